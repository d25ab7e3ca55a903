//! The operator's commands on the same binary: `serve` (the default), `migrate`,
//! `users list [--limit N]`, `users show PHONE`, `sessions revoke-all PHONE`, and `--help`,
//! which lists every configuration variable with its default. clap reads the commands and
//! the settings (`config::Settings`, each variable also an option) in one pass.

use crate::domain::time::date_time_utc;
use crate::domain::PhoneNumber;
use crate::server::clock::now;
use crate::server::config::{Config, ConfigError, Settings};
use crate::server::db::Db;
use anyhow::{bail, Context};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::process::ExitCode;

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Serve,
    Migrate,
    UsersList { limit: i64 },
    UsersShow(String),
    RevokeSessions(String),
}

const USAGE: &str = "phone-auth [serve]
       phone-auth migrate
       phone-auth users list [--limit N]
       phone-auth users show PHONE
       phone-auth sessions revoke-all PHONE";

/// The command line as clap reads it.
#[derive(Parser)]
#[command(
    name = "phone-auth",
    bin_name = "phone-auth",
    about = "phone-auth: phone-number authentication server",
    long_about = "phone-auth: phone-number authentication server\n\n\
        Every setting below is read from its environment variable (a .env file is read first, \
        and an empty variable counts as unset), or from the option of the same name before the command.",
    override_usage = USAGE,
    after_help = "PHONE is written with + and the country code, e.g. +447400123456."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Sub>,
    #[command(flatten)]
    settings: Settings,
}

#[derive(Subcommand)]
enum Sub {
    /// Serve the app (the default)
    Serve,
    /// Run the database migrations and exit
    Migrate,
    /// Users: `users list [--limit N]`, `users show PHONE`
    #[command(subcommand)]
    Users(UsersSub),
    /// Sessions: `sessions revoke-all PHONE`
    #[command(subcommand)]
    Sessions(SessionsSub),
}

#[derive(Subcommand)]
enum UsersSub {
    /// The newest users, with their live sessions
    List {
        /// How many, 1 to 100000
        #[arg(long, value_name = "N", default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=100_000))]
        limit: i64,
    },
    /// One user: sessions and recent security activity
    Show {
        #[arg(value_name = "PHONE")]
        phone: String,
    },
}

#[derive(Subcommand)]
enum SessionsSub {
    /// Sign a user out everywhere
    RevokeAll {
        #[arg(value_name = "PHONE")]
        phone: String,
    },
}

/// The command line's grammar. With `read_env`, the settings' variables are read from the
/// process environment; without, only from the arguments. Values never show in `--help`.
fn command(read_env: bool) -> clap::Command {
    let cmd = Cli::command().mut_args(|a| a.hide_env_values(true));
    if read_env {
        cmd
    } else {
        cmd.mut_args(|a| a.env(None))
    }
}

fn parse_with(cmd: clap::Command, args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> Result<(Command, Settings), clap::Error> {
    let cli = Cli::from_arg_matches(&cmd.try_get_matches_from(args)?)?;
    let command = match cli.command {
        None | Some(Sub::Serve) => Command::Serve,
        Some(Sub::Migrate) => Command::Migrate,
        Some(Sub::Users(UsersSub::List { limit })) => Command::UsersList { limit },
        Some(Sub::Users(UsersSub::Show { phone })) => Command::UsersShow(phone),
        Some(Sub::Sessions(SessionsSub::RevokeAll { phone })) => Command::RevokeSessions(phone),
    };
    Ok((command, cli.settings))
}

/// Reads the command line (program name first) and the settings from the process
/// environment. The error is `--help`, a usage error or a bad setting: see [`report`].
pub fn parse(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> Result<(Command, Settings), clap::Error> {
    parse_with(command(true), args)
}

/// Prints what a failed [`parse`] says and gives the exit code: 0 after `--help`, 1 for a
/// bad setting (one line naming its variable, as any configuration error), 2 for a
/// command line that does not parse.
pub fn report(e: clap::Error) -> ExitCode {
    if let Some(config) = ConfigError::from_clap(&e, &command(true)) {
        eprintln!("phone-auth: {config}");
        return ExitCode::FAILURE;
    }
    let _ = e.print();
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
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
                let device = crate::domain::device::Device::parse(&e.user_agent).label();
                let words = e.kind.words(&e.detail, &device).text;
                out.push_str(&format!("  {}  {:<22} {:<16} {words}\n", date_time_utc(e.created_at), e.kind, e.ip));
            }
            out
        }
        Command::RevokeSessions(phone) => {
            let phone = parse_phone(&phone)?;
            let Some(u) = db.user_by_phone(&phone).await.context("could not read the user")? else {
                bail!("no user has the number {phone}")
            };
            let ended = db.delete_all_sessions(u.id).await.context("could not end the sessions")?;
            db.insert_audit(
                Some(u.id),
                crate::domain::AuditKind::SessionEnded,
                &crate::domain::audit::AuditDetail::ended(crate::domain::audit::Ended::ByOperator { count: ended }),
                "",
                "phone-auth cli",
                t,
            )
            .await
            .context("could not record the audit event")?;
            format!("ended {ended} session(s) of {phone}")
        }
        Command::Serve => unreachable!("handled by main"),
    };
    db.close().await;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::error::ErrorKind;

    /// The command of a command line, the settings read from the arguments only.
    fn parse(s: &str) -> Result<Command, String> {
        parse_with(command(false), std::iter::once("phone-auth").chain(s.split_whitespace())).map(|(c, _)| c).map_err(|e| e.to_string())
    }

    fn error_kind(s: &str) -> Option<ErrorKind> {
        parse_with(command(false), std::iter::once("phone-auth").chain(s.split_whitespace())).err().map(|e| e.kind())
    }

    #[test]
    fn commands_parse() {
        assert_eq!(parse(""), Ok(Command::Serve));
        assert_eq!(parse("serve"), Ok(Command::Serve));
        assert_eq!(parse("migrate"), Ok(Command::Migrate));
        assert_eq!(parse("users list"), Ok(Command::UsersList { limit: 50 }));
        assert_eq!(parse("users list --limit 5"), Ok(Command::UsersList { limit: 5 }));
        assert!(parse("users list --limit 0").is_err());
        assert_eq!(parse("users show +447400123456"), Ok(Command::UsersShow("+447400123456".into())));
        assert_eq!(parse("sessions revoke-all +447400123456"), Ok(Command::RevokeSessions("+447400123456".into())));
        assert_eq!(error_kind("--help"), Some(ErrorKind::DisplayHelp));
        assert_eq!(error_kind("-h"), Some(ErrorKind::DisplayHelp));
        assert_eq!(error_kind("help"), Some(ErrorKind::DisplayHelp));
        assert!(parse("users delete x").unwrap_err().contains("--help"));
    }

    #[test]
    fn help_lists_every_variable_with_its_default() {
        let cmd = command(true);
        let h = cmd.clone().render_long_help().to_string();
        let settings: Vec<_> = cmd.get_arguments().filter(|a| a.get_env().is_some()).collect();
        assert_eq!(settings.len(), crate::server::config::variables().len());
        for a in settings {
            let name = a.get_env().unwrap().to_str().unwrap();
            assert!(h.contains(&format!("[env: {name}]")), "{name}");
            match a.get_default_values() {
                [] => assert!(a.get_help().unwrap().to_string().contains("(unset: "), "{name} says what unset means"),
                [default] => {
                    let default = default.to_str().unwrap();
                    // clap quotes a default with a space: `[default: "Phone Auth"]`.
                    let shown = [format!("[default: {default}]"), format!("[default: \"{default}\"]")];
                    assert!(shown.iter().any(|d| h.contains(d)), "{name}");
                }
                more => panic!("{name} has several defaults: {more:?}"),
            }
        }
        assert!(h.contains("sessions revoke-all PHONE"));
    }

    #[test]
    fn settings_are_options_too_and_a_bad_one_names_its_variable() {
        let args = ["phone-auth", "--code-ttl", "2m", "--allow-console-provider", "migrate"];
        let (c, settings) = parse_with(command(false), args).unwrap();
        assert_eq!(c, Command::Migrate);
        let config = Config::from_settings(settings, "127.0.0.1:3000".parse().unwrap()).unwrap();
        assert_eq!(config.limits.code_ttl, 120);
        let e = parse_with(command(false), ["phone-auth", "--code-ttl", "soon"]).err().unwrap();
        let config = ConfigError::from_clap(&e, &command(true)).expect("a setting's error");
        assert_eq!((config.var.as_str(), config.message.as_str()), ("CODE_TTL", "`soon` is not a duration like 30s, 5m, 2h or 7d"));
        let usage = parse_with(command(false), ["phone-auth", "users", "list", "--limit", "0"]).err().unwrap();
        assert!(ConfigError::from_clap(&usage, &command(true)).is_none(), "--limit is no setting");
    }
}
