//! The operator's commands on the same binary: `serve` (the default), `migrate`,
//! `users list`, `users show PHONE`, `sessions revoke-all PHONE`, and `--help`, which lists
//! every configuration variable with its default.

use crate::domain::time::date_time_utc;
use crate::domain::PhoneNumber;
use crate::server::clock::now;
use crate::server::config::{Config, VARIABLES};
use crate::server::db::Db;
use anyhow::{bail, Context};

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Serve,
    Migrate,
    UsersList { limit: i64 },
    UsersShow(String),
    RevokeSessions(String),
    Help,
}

pub const USAGE: &str = "USAGE:
  phone-auth [serve]                      serve the app (the default)
  phone-auth migrate                      run the database migrations and exit
  phone-auth users list [--limit N]       the newest N users (default 50)
  phone-auth users show PHONE             one user: sessions and recent security activity
  phone-auth sessions revoke-all PHONE    sign a user out everywhere
  phone-auth --help                       this text and every configuration variable

PHONE is written with + and the country code, e.g. +447400123456.";

impl Command {
    pub fn parse(args: &[String]) -> Result<Command, String> {
        let words: Vec<&str> = args.iter().map(String::as_str).collect();
        Ok(match words.as_slice() {
            [] | ["serve"] => Command::Serve,
            ["migrate"] => Command::Migrate,
            ["users", "list"] => Command::UsersList { limit: 50 },
            ["users", "list", "--limit", n] => Command::UsersList {
                limit: n.parse().ok().filter(|n| (1..=100_000).contains(n)).ok_or("--limit takes a number from 1 to 100000")?,
            },
            ["users", "show", phone] => Command::UsersShow(phone.to_string()),
            ["sessions", "revoke-all", phone] => Command::RevokeSessions(phone.to_string()),
            ["--help"] | ["-h"] | ["help"] => Command::Help,
            _ => return Err(format!("unknown command `{}`; try --help", words.join(" "))),
        })
    }
}

pub fn help() -> String {
    let mut out = format!(
        "phone-auth: phone-number authentication server\n\n{USAGE}\n\nConfiguration (environment variables; a .env file is read first):\n"
    );
    for (name, default, meaning) in VARIABLES {
        out.push_str(&format!("  {name:<30} {meaning}\n  {:<30} default: {default}\n", ""));
    }
    out
}

fn parse_phone(input: &str) -> anyhow::Result<PhoneNumber> {
    PhoneNumber::parse(None, input, &[]).map_err(|e| anyhow::anyhow!("{input}: {e}"))
}

/// Runs an operator command (not `serve`); returns what to print.
pub async fn run(command: Command, config: &Config) -> anyhow::Result<String> {
    let db = Db::connect(&config.database_url).await?;
    let t = now();
    let idle = config.limits.session_idle_ttl;
    let out = match command {
        Command::Migrate => "migrations are up to date".to_string(),
        Command::UsersList { limit } => {
            let users = db.list_users(limit, t, idle).await.context("could not list users")?;
            let mut out = format!(
                "{:<8} {:<17} {:<9} {:<4} {:<9} {:<22} {}\n",
                "id", "phone", "verified", "2fa", "sessions", "created (UTC)", "name"
            );
            for u in &users {
                out.push_str(&format!(
                    "{:<8} {:<17} {:<9} {:<4} {:<9} {:<22} {}\n",
                    u.id,
                    u.phone,
                    if u.phone_verified_at.is_some() { "yes" } else { "no" },
                    if u.two_factor { "on" } else { "off" },
                    u.sessions,
                    date_time_utc(u.created_at),
                    u.name.as_deref().unwrap_or("")
                ));
            }
            out.push_str(&format!("{} user(s)", users.len()));
            out
        }
        Command::UsersShow(phone) => {
            let phone = parse_phone(&phone)?;
            let Some(u) = db.user_by_phone(&phone).await.context("could not read the user")? else {
                bail!("no user has the number {phone}")
            };
            let sessions = db.sessions_of_user(u.id, t, idle).await.context("could not read sessions")?;
            let events = db.recent_audit(u.id, 10).await.context("could not read activity")?;
            let mut out = format!(
                "user {}\n  phone      {}\n  name       {}\n  verified   {}\n  2fa        {}\n  created    {}\n\nsessions ({}):\n",
                u.id,
                u.phone,
                u.name.as_deref().unwrap_or("-"),
                u.phone_verified_at.map(date_time_utc).unwrap_or_else(|| "no".into()),
                if u.two_factor { "on" } else { "off" },
                date_time_utc(u.created_at),
                sessions.len()
            );
            for s in &sessions {
                out.push_str(&format!(
                    "  #{:<6} {:<8} {:<16} last active {}  {}\n",
                    s.id,
                    s.kind.as_str(),
                    s.ip,
                    date_time_utc(s.last_seen_at),
                    crate::domain::device::Device::parse(&s.user_agent).label()
                ));
            }
            out.push_str("\nrecent activity:\n");
            for e in &events {
                out.push_str(&format!("  {}  {:<22} {} {}\n", date_time_utc(e.created_at), e.kind, e.ip, e.detail));
            }
            out
        }
        Command::RevokeSessions(phone) => {
            let phone = parse_phone(&phone)?;
            let Some(u) = db.user_by_phone(&phone).await.context("could not read the user")? else {
                bail!("no user has the number {phone}")
            };
            let ended = db.delete_all_sessions(u.id).await.context("could not end the sessions")?;
            db.insert_audit(Some(u.id), crate::domain::AuditKind::SessionEnded, &format!("all {ended} session(s), by an operator"), "", "phone-auth cli", t)
                .await
                .context("could not record the audit event")?;
            format!("ended {ended} session(s) of {phone}")
        }
        Command::Serve | Command::Help => unreachable!("handled by main"),
    };
    db.close().await;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn commands_parse() {
        assert_eq!(Command::parse(&args("")), Ok(Command::Serve));
        assert_eq!(Command::parse(&args("serve")), Ok(Command::Serve));
        assert_eq!(Command::parse(&args("migrate")), Ok(Command::Migrate));
        assert_eq!(Command::parse(&args("users list")), Ok(Command::UsersList { limit: 50 }));
        assert_eq!(Command::parse(&args("users list --limit 5")), Ok(Command::UsersList { limit: 5 }));
        assert!(Command::parse(&args("users list --limit 0")).is_err());
        assert_eq!(Command::parse(&args("users show +447400123456")), Ok(Command::UsersShow("+447400123456".into())));
        assert_eq!(Command::parse(&args("sessions revoke-all +447400123456")), Ok(Command::RevokeSessions("+447400123456".into())));
        assert_eq!(Command::parse(&args("--help")), Ok(Command::Help));
        assert!(Command::parse(&args("users delete x")).unwrap_err().contains("--help"));
    }

    #[test]
    fn help_lists_every_variable_with_its_default() {
        let h = help();
        for (name, default, _) in VARIABLES {
            assert!(h.contains(name) && h.contains(default), "{name}");
        }
        assert!(h.contains("sessions revoke-all PHONE"));
    }
}
