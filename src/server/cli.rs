//! The operator's commands on the same binary: `serve` (the default), `migrate`,
//! `users list [--limit N]`, `users show PHONE`, `sessions revoke-all PHONE`,
//! `codes recent [--limit N]`, the OpenID
//! provider's `clients add|list|remove` and `keys rotate`, and `--help`,
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
    CodesRecent { limit: i64 },
    WebhooksList { limit: i64 },
    WebhooksRetry(String),
    UsersShow(String),
    ResetTwoFactor(String),
    RevokeSessions(String),
    ClientsAdd(NewClient),
    ClientsList,
    ClientsRemove(String),
    KeysRotate,
}

/// `clients add`: what the operator registers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewClient {
    pub name: String,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub public: bool,
}

const USAGE: &str = "phone-auth [serve]
       phone-auth migrate
       phone-auth users list [--limit N]
       phone-auth users show PHONE
       phone-auth sessions revoke-all PHONE
       phone-auth codes recent [--limit N]
       phone-auth webhooks list [--limit N]
       phone-auth webhooks retry EVENT_ID
       phone-auth clients add --name NAME --redirect-uri URI [--redirect-uri URI2] [--post-logout-redirect-uri URI] [--public]
       phone-auth clients list
       phone-auth clients remove CLIENT_ID
       phone-auth keys rotate";

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
    /// Users: `users list [--limit N]`, `users show PHONE`, `users reset-2fa PHONE`
    #[command(subcommand)]
    Users(UsersSub),
    /// Sessions: `sessions revoke-all PHONE`
    #[command(subcommand)]
    Sessions(SessionsSub),
    /// Codes: `codes recent [--limit N]`
    #[command(subcommand)]
    Codes(CodesSub),
    /// Webhooks: `webhooks list [--limit N]`, `webhooks retry EVENT_ID`
    #[command(subcommand)]
    Webhooks(WebhooksSub),
    /// OpenID Connect clients: `clients add`, `clients list`, `clients remove CLIENT_ID`
    #[command(subcommand)]
    Clients(ClientsSub),
    /// OpenID Connect signing keys: `keys rotate`
    #[command(subcommand)]
    Keys(KeysSub),
}

#[derive(Subcommand)]
enum ClientsSub {
    /// Register an app; prints its client id and (once) its secret
    Add {
        /// The name people see on the consent page
        #[arg(long, value_name = "NAME")]
        name: String,
        /// Where the app receives the code; exact match, repeat for several
        #[arg(long = "redirect-uri", value_name = "URI", required = true)]
        redirect_uris: Vec<String>,
        /// Where the app may send people after logout; repeat for several
        #[arg(long = "post-logout-redirect-uri", value_name = "URI")]
        post_logout_redirect_uris: Vec<String>,
        /// A public client (a single-page or native app): no secret, PKCE required
        #[arg(long)]
        public: bool,
    },
    /// The registered apps
    List,
    /// Remove an app with its codes, tokens and consents
    Remove {
        #[arg(value_name = "CLIENT_ID")]
        id: String,
    },
}

#[derive(Subcommand)]
enum KeysSub {
    /// A new signing key; the old ones stay published until their tokens expire
    Rotate,
}

#[derive(Subcommand)]
enum UsersSub {
    /// The newest users, with their live sessions
    List {
        /// How many, 1 to 100000
        #[arg(long, value_name = "N", default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=100_000))]
        limit: i64,
    },
    /// One user: sessions, second factors and recent security activity
    Show {
        #[arg(value_name = "PHONE")]
        phone: String,
    },
    /// Turn off a user's two-factor sign-in and remove their authenticator app and
    /// recovery codes (for someone who lost every second factor, once you know it is them)
    #[command(name = "reset-2fa")]
    ResetTwoFactor {
        #[arg(value_name = "PHONE")]
        phone: String,
    },
}

#[derive(Subcommand)]
enum WebhooksSub {
    /// The newest events of the outbox: delivered, waiting for a retry, or abandoned
    List {
        /// How many, 1 to 10000
        #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(i64).range(1..=10_000))]
        limit: i64,
    },
    /// Try an undelivered event again now, with another 24 hours of tries
    Retry {
        #[arg(value_name = "EVENT_ID")]
        id: String,
    },
}

#[derive(Subcommand)]
enum CodesSub {
    /// The newest codes sent, with their provider and delivery (numbers masked)
    Recent {
        /// How many, 1 to 10000
        #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(i64).range(1..=10_000))]
        limit: i64,
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
        Some(Sub::Users(UsersSub::ResetTwoFactor { phone })) => Command::ResetTwoFactor(phone),
        Some(Sub::Sessions(SessionsSub::RevokeAll { phone })) => Command::RevokeSessions(phone),
        Some(Sub::Codes(CodesSub::Recent { limit })) => Command::CodesRecent { limit },
        Some(Sub::Webhooks(WebhooksSub::List { limit })) => Command::WebhooksList { limit },
        Some(Sub::Webhooks(WebhooksSub::Retry { id })) => Command::WebhooksRetry(id),
        Some(Sub::Clients(ClientsSub::Add { name, redirect_uris, post_logout_redirect_uris, public })) => {
            Command::ClientsAdd(NewClient { name, redirect_uris, post_logout_redirect_uris, public })
        }
        Some(Sub::Clients(ClientsSub::List)) => Command::ClientsList,
        Some(Sub::Clients(ClientsSub::Remove { id })) => Command::ClientsRemove(id),
        Some(Sub::Keys(KeysSub::Rotate)) => Command::KeysRotate,
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
    let db = Db::connect(&config.database_url).await?.with_webhooks(config.webhooks.is_some());
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
        Command::CodesRecent { limit } => {
            let codes = db.recent_codes(limit).await.context("could not list codes")?;
            let mut out = format!(
                "{:<8} {:<22} {:<17} {:<15} {:<6} {:<14} {:<11} {:<12} {}\n",
                "id", "sent (UTC)", "to", "purpose", "via", "provider", "code", "delivery", "receipt (UTC), error"
            );
            for c in &codes {
                let receipt = match (c.delivery.as_deref(), c.delivery_at) {
                    (Some(_), Some(at)) => date_time_utc(at),
                    _ => String::new(),
                };
                let error = c.delivery_error.as_deref().map(|e| format!(", error {e}")).unwrap_or_default();
                out.push_str(&format!(
                    "{:<8} {:<22} {:<17} {:<15} {:<6} {:<14} {:<11} {:<12} {receipt}{error}\n",
                    c.id,
                    date_time_utc(c.created_at),
                    crate::domain::phone::mask_e164(&c.phone),
                    c.purpose,
                    c.channel,
                    c.provider,
                    c.state,
                    c.delivery.as_deref().unwrap_or("-"),
                ));
            }
            out.push_str(&format!("{} code(s)", codes.len()));
            out
        }
        Command::WebhooksList { limit } => {
            let rows = db.list_webhooks(limit).await.context("could not list webhook events")?;
            let mut out = format!("{:<32} {:<22} {:<22} {:<9} {}\n", "event id", "type", "created (UTC)", "attempts", "state");
            for r in &rows {
                let state = match (r.delivered_at, r.failed_at) {
                    (Some(at), _) => format!("delivered {}", date_time_utc(at)),
                    (None, Some(at)) => format!("abandoned {} ({})", date_time_utc(at), r.last_error.as_deref().unwrap_or("")),
                    (None, None) if r.attempts == 0 => "waiting".to_string(),
                    (None, None) => {
                        format!("next try {} ({})", date_time_utc(r.next_attempt_at), r.last_error.as_deref().unwrap_or("in flight"))
                    }
                };
                out.push_str(&format!(
                    "{:<32} {:<22} {:<22} {:<9} {state}\n",
                    r.event_id,
                    r.event_type,
                    date_time_utc(r.created_at),
                    r.attempts
                ));
            }
            out.push_str(&format!("{} event(s)", rows.len()));
            out
        }
        Command::WebhooksRetry(id) => {
            if !db.retry_webhook(&id, t).await.context("could not update the event")? {
                bail!("no undelivered event has the id {id}")
            }
            format!("{id} will be tried again now (a running instance delivers it)")
        }
        Command::UsersShow(phone) => {
            let phone = parse_phone(&phone)?;
            let Some(u) = db.user_by_phone(&phone).await.context("could not read the user")? else {
                bail!("no user has the number {phone}")
            };
            let sessions = db.sessions_of_user(u.id, t, idle).await.context("could not read sessions")?;
            let events = db.recent_audit(u.id, 10).await.context("could not read activity")?;
            let factors = db.factor_summary(u.id).await.context("could not read the second factors")?;
            let two_factor = match (u.two_factor, factors.app_since, factors.recovery_made) {
                (false, ..) => "off".to_string(),
                (true, app, made) => format!(
                    "on (authenticator app {}; {})",
                    app.map(|at| format!("since {}", date_time_utc(at))).unwrap_or_else(|| "none".into()),
                    if made > 0 { format!("{} recovery code(s) left", factors.recovery_left) } else { "no recovery codes".into() }
                ),
            };
            let two_factor = format!("{two_factor}\n  passkeys   {}", factors.passkeys);
            let mut out = format!(
                "user {}\n  phone      {}\n  name       {}\n  verified   {}\n  2fa        {}\n  created    {}\n\nsessions ({}):\n",
                u.id,
                u.phone,
                u.name.as_deref().unwrap_or("-"),
                u.phone_verified_at.map(date_time_utc).unwrap_or_else(|| "no".into()),
                two_factor,
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
        Command::ResetTwoFactor(phone) => {
            let phone = parse_phone(&phone)?;
            let Some(u) = db.user_by_phone(&phone).await.context("could not read the user")? else {
                bail!("no user has the number {phone}")
            };
            if !u.two_factor {
                return Ok(format!("two-factor sign-in is already off for {phone}"));
            }
            db.set_two_factor(u.id, false, t).await.context("could not turn two-factor sign-in off")?;
            db.insert_audit(
                Some(u.id),
                crate::domain::AuditKind::TwoFactorDisabled,
                &crate::domain::audit::AuditDetail { by_operator: Some(true), ..Default::default() },
                "",
                "phone-auth cli",
                t,
            )
            .await
            .context("could not record the audit event")?;
            format!("two-factor sign-in is off for {phone}; its authenticator app and recovery codes are removed")
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
        Command::ClientsAdd(new) => {
            let (client, secret) = add_client(&db, new).await?;
            let mut out = format!(
                "client_id      {}\nname           {}\ntype           {}\nredirect URIs  {}\n",
                client.id,
                client.name,
                if client.public { "public (PKCE, no secret)" } else { "confidential" },
                client.redirect_uris.0.join(" ")
            );
            if !client.post_logout_redirect_uris.0.is_empty() {
                out.push_str(&format!("after logout   {}\n", client.post_logout_redirect_uris.0.join(" ")));
            }
            if let Some(secret) = secret {
                out.push_str(&format!(
                    "client_secret  {secret}\n\nThe secret is shown only this once: store it now (only its hash is kept).\n"
                ));
            }
            out.push_str(&format!("discovery      {}/.well-known/openid-configuration", crate::server::services::oidc::issuer(config)));
            out
        }
        Command::ClientsList => {
            let clients = db.list_clients().await.context("could not list clients")?;
            let mut out = format!("{:<24} {:<13} {:<22} {:<24} {}\n", "client_id", "type", "created (UTC)", "name", "redirect URIs");
            for c in &clients {
                out.push_str(&format!(
                    "{:<24} {:<13} {:<22} {:<24} {}\n",
                    c.id,
                    if c.public { "public" } else { "confidential" },
                    date_time_utc(c.created_at),
                    c.name,
                    c.redirect_uris.0.join(" ")
                ));
            }
            out.push_str(&format!("{} client(s)", clients.len()));
            out
        }
        Command::ClientsRemove(id) => {
            if !db.delete_client(&id).await.context("could not remove the client")? {
                bail!("no client has the id {id}")
            }
            format!("removed client {id}, with its codes, tokens and consents")
        }
        Command::KeysRotate => {
            let secret = crate::server::secret::app_secret(config, &db).await?;
            let keys = crate::server::cookie::CookieKeys::derive(secret.expose());
            let kid = crate::server::oidc_keys::rotate(&db, &keys.signing_keys).await?;
            format!(
                "new signing key {kid}; published now, it signs in {} s; the previous keys stay published {} s longer, until the tokens they signed expire",
                crate::server::oidc_keys::PUBLISH_AHEAD,
                crate::server::oidc_keys::ID_TOKEN_TTL
            )
        }
        Command::Serve => unreachable!("handled by main"),
    };
    db.close().await;
    Ok(out)
}

/// Registers a client: checks its name and redirect URIs, makes its id and (for a
/// confidential client) its secret, stores the secret's hash. The secret is returned
/// once, to be printed.
pub async fn add_client(db: &Db, new: NewClient) -> anyhow::Result<(crate::server::db::oidc::ClientRow, Option<String>)> {
    use crate::domain::oidc::RedirectUri;
    use crate::server::db::oidc::{ClientRow, UriList};
    use crate::server::services::oidc::{hash_secret, random_token};
    let name = new.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
        bail!("--name must be 1 to 80 characters, without control characters");
    }
    let uris = |list: Vec<String>| -> anyhow::Result<UriList> {
        let mut v = Vec::new();
        for u in list {
            v.push(RedirectUri::parse(&u).map_err(|e| anyhow::anyhow!(e))?.as_str().to_string());
        }
        v.dedup();
        Ok(UriList(v))
    };
    let secret = (!new.public).then(random_token);
    let mut id_bytes = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut id_bytes);
    let client = ClientRow {
        id: hex::encode(id_bytes),
        name,
        secret_hash: secret.as_deref().map(hash_secret),
        redirect_uris: uris(new.redirect_uris)?,
        post_logout_redirect_uris: uris(new.post_logout_redirect_uris)?,
        public: new.public,
        created_at: now(),
    };
    db.insert_client(&client).await.context("could not store the client")?;
    Ok((client, secret))
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
        assert_eq!(parse("codes recent"), Ok(Command::CodesRecent { limit: 20 }));
        assert_eq!(parse("codes recent --limit 3"), Ok(Command::CodesRecent { limit: 3 }));
        assert_eq!(parse("webhooks list"), Ok(Command::WebhooksList { limit: 20 }));
        assert_eq!(parse("webhooks retry msg_1"), Ok(Command::WebhooksRetry("msg_1".into())));
        assert!(parse("users list --limit 0").is_err());
        assert_eq!(parse("users show +447400123456"), Ok(Command::UsersShow("+447400123456".into())));
        assert_eq!(parse("users reset-2fa +447400123456"), Ok(Command::ResetTwoFactor("+447400123456".into())));
        assert_eq!(parse("sessions revoke-all +447400123456"), Ok(Command::RevokeSessions("+447400123456".into())));
        assert_eq!(
            parse("clients add --name Grafana --redirect-uri https://g.example/cb --redirect-uri https://g.example/cb2 --public"),
            Ok(Command::ClientsAdd(NewClient {
                name: "Grafana".into(),
                redirect_uris: vec!["https://g.example/cb".into(), "https://g.example/cb2".into()],
                post_logout_redirect_uris: vec![],
                public: true,
            }))
        );
        assert!(parse("clients add --name Grafana").is_err(), "a redirect URI is required");
        assert_eq!(parse("clients list"), Ok(Command::ClientsList));
        assert_eq!(parse("clients remove abc"), Ok(Command::ClientsRemove("abc".into())));
        assert_eq!(parse("keys rotate"), Ok(Command::KeysRotate));
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
