//! Configuration from environment variables (a `.env` file is read first if present).
//! Every variable is listed in [`VARIABLES`], which `--help` prints. A value that does not
//! parse stops the start with a message naming the variable.

use crate::server::sms::twilio::{TwilioConfig, TwilioFrom, TwilioVerifyConfig};
use std::net::SocketAddr;
use std::time::Duration;

/// (name, default, meaning) of every variable the server reads.
pub const VARIABLES: &[(&str, &str, &str)] = &[
    ("DATABASE_URL", "sqlite://data/phone-auth.db", "sqlite://PATH or postgres://USER@HOST/DB"),
    ("LEPTOS_SITE_ADDR", "127.0.0.1:3000", "address and port to listen on"),
    ("PUBLIC_URL", "http://<LEPTOS_SITE_ADDR>", "the URL people use; its host ends each SMS (@host #code)"),
    ("APP_NAME", "Phone Auth", "name shown in pages and messages"),
    ("APP_SECRET", "generated into data/app-secret", "32+ characters; keys the code hashes (set it for several instances)"),
    ("SMS_PROVIDER", "console", "console | twilio | twilio-verify"),
    ("ALLOW_CONSOLE_PROVIDER", "(unset)", "1 lets the console provider run with an https PUBLIC_URL (test deployments only)"),
    ("TWILIO_API_BASE", "https://api.twilio.com", "Twilio REST base URL (Messaging, Calls)"),
    ("TWILIO_VERIFY_BASE", "https://verify.twilio.com", "Twilio Verify base URL"),
    ("TWILIO_ACCOUNT_SID", "", "AC + 32 hex (twilio, twilio-verify)"),
    ("TWILIO_VERIFY_SERVICE_SID", "", "VA + 32 hex (twilio-verify)"),
    ("TWILIO_VERIFY_LOCALE", "(by country)", "language of Verify messages, e.g. en or pt-BR (twilio-verify)"),
    ("TWILIO_AUTH_TOKEN", "", "auth token (or use TWILIO_API_KEY_SID + TWILIO_API_KEY_SECRET)"),
    ("TWILIO_API_KEY_SID", "", "SK + 32 hex, optional"),
    ("TWILIO_API_KEY_SECRET", "", "secret of the API key"),
    ("TWILIO_FROM_NUMBER", "", "E.164 sender number (twilio: needed for voice; twilio-verify: optional, for notices)"),
    ("TWILIO_MESSAGING_SERVICE_SID", "", "MG + 32 hex, instead of TWILIO_FROM_NUMBER for SMS"),
    ("TWILIO_TIMEOUT", "5s", "timeout of each Twilio request"),
    ("DEFAULT_COUNTRY", "US", "country preselected in phone fields (ISO code)"),
    ("SMS_ALLOWED_COUNTRIES", "(all)", "comma-separated ISO codes accepted for phone numbers"),
    ("CODE_TTL", "5m", "how long a code is valid (5s to 10m; below 1m only for tests)"),
    ("CODE_MAX_ATTEMPTS", "5", "wrong tries before a code is dead"),
    ("RESEND_COOLDOWN", "30s", "wait between two codes to one number"),
    ("SENDS_PER_NUMBER_PER_HOUR", "5", "codes per phone number per hour"),
    ("SENDS_PER_IP_PER_HOUR", "20", "codes per client IP per hour"),
    ("DAILY_SEND_BUDGET", "10000", "codes sent by the whole service per day"),
    ("SESSION_TTL", "30d", "absolute session lifetime"),
    ("SESSION_IDLE_TTL", "7d", "session ends after this long unused"),
    ("FAILED_SIGNINS_PER_HOUR", "100", "wrong passwords per number per hour before sign-in is paused"),
    ("FAILED_SIGNINS_PER_IP_PER_HOUR", "300", "wrong passwords per client IP (IPv6: per /64) per hour before its sign-ins pause"),
    ("TRUSTED_PROXIES", "(none)", "comma-separated IPs/CIDRs whose X-Forwarded-For is believed"),
    ("ARGON2_MAX_CONCURRENCY", "(cores - 1, at least 1)", "password hashes computed at once"),
    ("RUST_LOG", "info", "log filter"),
    ("LOG_FORMAT", "human", "human | json"),
    ("METRICS_TOKEN", "(none: /metrics is open)", "bearer token required by /metrics"),
];

/// A secret string: never printed by `Debug`, never serialized.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: String) -> Self {
        Secret(s)
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

#[derive(Debug, Clone)]
pub enum SmsProvider {
    Console,
    Twilio(TwilioConfig),
    TwilioVerify(TwilioVerifyConfig),
}

impl SmsProvider {
    pub fn name(&self) -> &'static str {
        match self {
            SmsProvider::Console => "console",
            SmsProvider::Twilio(_) => "twilio",
            SmsProvider::TwilioVerify(_) => "twilio-verify",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Limits {
    pub code_ttl: i64,
    pub code_max_attempts: u32,
    pub resend_cooldown: i64,
    pub sends_per_number_per_hour: u64,
    pub sends_per_ip_per_hour: u64,
    pub daily_send_budget: u64,
    pub session_ttl: i64,
    pub session_idle_ttl: i64,
    pub failed_signins_per_hour: u64,
    pub failed_signins_per_ip_per_hour: u64,
}

#[derive(Clone)]
pub struct Config {
    pub database_url: String,
    pub listen: SocketAddr,
    pub public_url: String,
    pub app_name: String,
    /// `None` means "generate one into the data directory on first start".
    pub app_secret: Option<Secret>,
    pub sms: SmsProvider,
    pub default_country: String,
    pub allowed_countries: Vec<String>,
    pub limits: Limits,
    pub argon2_max_concurrency: usize,
    /// Proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<crate::server::net::Cidr>,
    pub log_format: crate::server::telemetry::LogFormat,
    /// Required as a bearer token by `/metrics` when set.
    pub metrics_token: Option<Secret>,
}

/// Every setting, with the database URL's password hidden (the secrets are [`Secret`]s,
/// which never print).
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_url_password(&self.database_url))
            .field("listen", &self.listen)
            .field("public_url", &self.public_url)
            .field("app_name", &self.app_name)
            .field("app_secret", &self.app_secret)
            .field("sms", &self.sms)
            .field("default_country", &self.default_country)
            .field("allowed_countries", &self.allowed_countries)
            .field("limits", &self.limits)
            .field("argon2_max_concurrency", &self.argon2_max_concurrency)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("log_format", &self.log_format)
            .field("metrics_token", &self.metrics_token)
            .finish()
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
pub fn redact_url_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(_) => url.to_string(),
        // Not a URL we can read: show only its scheme.
        Err(_) => url.split_once(':').map_or_else(|| "[unreadable]".to_string(), |(scheme, _)| format!("{scheme}:[hidden]")),
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("configuration: {var}: {message}")]
pub struct ConfigError {
    pub var: &'static str,
    pub message: String,
}

fn err(var: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError { var, message: message.into() }
}

/// Parses `90`, `90s`, `5m`, `2h`, `30d` into seconds.
pub fn parse_duration(s: &str) -> Option<i64> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (&s[..i], s[i..].trim()),
        None => (s, "s"),
    };
    let n: i64 = num.parse().ok()?;
    let mult = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        _ => return None,
    };
    n.checked_mul(mult)
}

fn is_sid(s: &str, prefix: &str) -> bool {
    s.len() == 34 && s.starts_with(prefix) && s[2..].bytes().all(|b| b.is_ascii_hexdigit())
}

impl Config {
    /// Reads the configuration through `get` (the process environment in `main`, a map in
    /// tests). `listen` comes from Leptos's options.
    pub fn from_vars(get: impl Fn(&str) -> Option<String>, listen: SocketAddr) -> Result<Config, ConfigError> {
        let var = |name: &str| get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let duration = |name: &'static str, default: i64, min: i64, max: i64| -> Result<i64, ConfigError> {
            match var(name) {
                None => Ok(default),
                Some(v) => {
                    let secs = parse_duration(&v).ok_or_else(|| err(name, format!("`{v}` is not a duration like 30s, 5m, 2h or 7d")))?;
                    if secs < min || secs > max {
                        return Err(err(name, format!("must be between {min} and {max} seconds, got {secs}")));
                    }
                    Ok(secs)
                }
            }
        };
        let number = |name: &'static str, default: u64, min: u64, max: u64| -> Result<u64, ConfigError> {
            match var(name) {
                None => Ok(default),
                Some(v) => {
                    let n: u64 = v.parse().map_err(|_| err(name, format!("`{v}` is not a whole number")))?;
                    if n < min || n > max {
                        return Err(err(name, format!("must be between {min} and {max}, got {n}")));
                    }
                    Ok(n)
                }
            }
        };

        let database_url = var("DATABASE_URL").unwrap_or_else(|| "sqlite://data/phone-auth.db".into());
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres://") || database_url.starts_with("postgresql://")) {
            return Err(err("DATABASE_URL", "must start with sqlite: or postgres://"));
        }

        let public_url = var("PUBLIC_URL").unwrap_or_else(|| format!("http://{listen}"));
        let public_url = public_url.trim_end_matches('/').to_string();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) || host_of(&public_url).is_empty() {
            return Err(err("PUBLIC_URL", "must be an absolute http:// or https:// URL"));
        }

        let app_secret = match var("APP_SECRET") {
            None => None,
            Some(s) if s.chars().count() < 32 => return Err(err("APP_SECRET", "must be at least 32 characters")),
            Some(s) => Some(Secret::new(s)),
        };

        let sms = match var("SMS_PROVIDER").as_deref().unwrap_or("console") {
            "console" => SmsProvider::Console,
            "twilio" => SmsProvider::Twilio(twilio_from_vars(&var)?),
            "twilio-verify" => SmsProvider::TwilioVerify(twilio_verify_from_vars(&var)?),
            other => return Err(err("SMS_PROVIDER", format!("`{other}` is not one of: console, twilio, twilio-verify"))),
        };

        // The console provider shows every code at /dev/outbox: a public (https) site
        // running it would hand out every account. Only on purpose.
        if matches!(sms, SmsProvider::Console)
            && public_url.starts_with("https://")
            && var("ALLOW_CONSOLE_PROVIDER").as_deref() != Some("1")
        {
            return Err(err(
                "SMS_PROVIDER",
                "the console provider shows every code at /dev/outbox and must not serve an https PUBLIC_URL: \
                 choose twilio or twilio-verify, or set ALLOW_CONSOLE_PROVIDER=1 for a test deployment",
            ));
        }

        let default_country = var("DEFAULT_COUNTRY").unwrap_or_else(|| "US".into()).to_ascii_uppercase();
        if crate::domain::countries::by_iso(&default_country).is_none() {
            return Err(err("DEFAULT_COUNTRY", format!("`{default_country}` is not a known ISO country code")));
        }
        let allowed_countries = match var("SMS_ALLOWED_COUNTRIES") {
            None => Vec::new(),
            Some(list) => {
                let mut out = Vec::new();
                for c in list.split(',').map(|c| c.trim().to_ascii_uppercase()).filter(|c| !c.is_empty()) {
                    if crate::domain::countries::by_iso(&c).is_none() {
                        return Err(err("SMS_ALLOWED_COUNTRIES", format!("`{c}` is not a known ISO country code")));
                    }
                    out.push(c);
                }
                out
            }
        };

        let limits = Limits {
            code_ttl: duration("CODE_TTL", 300, 5, 600)?,
            code_max_attempts: number("CODE_MAX_ATTEMPTS", 5, 1, 20)? as u32,
            resend_cooldown: duration("RESEND_COOLDOWN", 30, 1, 3_600)?,
            sends_per_number_per_hour: number("SENDS_PER_NUMBER_PER_HOUR", 5, 1, 1_000)?,
            sends_per_ip_per_hour: number("SENDS_PER_IP_PER_HOUR", 20, 1, 100_000)?,
            daily_send_budget: number("DAILY_SEND_BUDGET", 10_000, 1, 100_000_000)?,
            session_ttl: duration("SESSION_TTL", 30 * 86_400, 60, 365 * 86_400)?,
            session_idle_ttl: duration("SESSION_IDLE_TTL", 7 * 86_400, 60, 365 * 86_400)?,
            failed_signins_per_hour: number("FAILED_SIGNINS_PER_HOUR", 100, 1, 100_000)?,
            failed_signins_per_ip_per_hour: number("FAILED_SIGNINS_PER_IP_PER_HOUR", 300, 1, 1_000_000)?,
        };
        let mut trusted_proxies = Vec::new();
        for item in var("TRUSTED_PROXIES").unwrap_or_default().split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let cidr = crate::server::net::Cidr::parse(item)
                .ok_or_else(|| err("TRUSTED_PROXIES", format!("`{item}` is not an IP address or block like 10.0.0.0/8")))?;
            trusted_proxies.push(cidr);
        }
        // One core is always left to the pages: sign-ins queue rather than starve them.
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        let argon2_max_concurrency = number("ARGON2_MAX_CONCURRENCY", cores.saturating_sub(1).max(1) as u64, 1, 256)? as usize;

        Ok(Config {
            database_url,
            listen,
            public_url,
            app_name: var("APP_NAME").unwrap_or_else(|| "Phone Auth".into()),
            app_secret,
            sms,
            default_country,
            allowed_countries,
            limits,
            argon2_max_concurrency,
            trusted_proxies,
            log_format: crate::server::telemetry::LogFormat::parse(var("LOG_FORMAT").as_deref()).map_err(|m| err("LOG_FORMAT", m))?,
            metrics_token: match var("METRICS_TOKEN") {
                Some(t) if t.len() < 16 => return Err(err("METRICS_TOKEN", "must be at least 16 characters")),
                t => t.map(Secret::new),
            },
        })
    }

    /// Host of the public URL, for the WebOTP line of each SMS.
    pub fn public_host(&self) -> &str {
        host_of(&self.public_url)
    }

    /// `scheme://host[:port]` of the public URL: what browsers send as `Origin`.
    pub fn public_origin(&self) -> String {
        let rest = self.public_url.split_once("://").map(|(_, r)| r).unwrap_or(&self.public_url);
        let authority = rest.split('/').next().unwrap_or("");
        let scheme = if self.is_https() { "https" } else { "http" };
        format!("{scheme}://{}", authority.to_ascii_lowercase())
    }

    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let authority = rest.split('/').next().unwrap_or("");
    // Strip a port, but keep IPv6 literals whole.
    if authority.starts_with('[') {
        authority.split_once(']').map(|(h, _)| &h[1..]).unwrap_or(authority)
    } else {
        authority.split(':').next().unwrap_or(authority)
    }
}

/// The account SID and the basic-auth pair (account SID + auth token, or API key).
fn twilio_credentials(var: &impl Fn(&str) -> Option<String>, provider: &str) -> Result<(String, String, String), ConfigError> {
    let account_sid =
        var("TWILIO_ACCOUNT_SID").ok_or_else(|| err("TWILIO_ACCOUNT_SID", format!("is required with SMS_PROVIDER={provider}")))?;
    if !is_sid(&account_sid, "AC") {
        return Err(err("TWILIO_ACCOUNT_SID", "must be AC followed by 32 hexadecimal characters"));
    }
    let (auth_username, auth_secret) = match (var("TWILIO_API_KEY_SID"), var("TWILIO_API_KEY_SECRET"), var("TWILIO_AUTH_TOKEN")) {
        (Some(sid), Some(secret), _) => {
            if !is_sid(&sid, "SK") {
                return Err(err("TWILIO_API_KEY_SID", "must be SK followed by 32 hexadecimal characters"));
            }
            (sid, secret)
        }
        (Some(_), None, _) => return Err(err("TWILIO_API_KEY_SECRET", "is required with TWILIO_API_KEY_SID")),
        (None, _, Some(token)) => {
            // Auth tokens are 32 hex characters; anything else is a paste error.
            if token.len() != 32 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(err("TWILIO_AUTH_TOKEN", "must be 32 hexadecimal characters"));
            }
            (account_sid.clone(), token)
        }
        (None, _, None) => {
            return Err(err(
                "TWILIO_AUTH_TOKEN",
                format!("is required with SMS_PROVIDER={provider} (or set TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET)"),
            ))
        }
    };
    Ok((account_sid, auth_username, auth_secret))
}

/// The sender of SMS (and calls): a number or a Messaging Service; `None` if neither.
fn twilio_sender(var: &impl Fn(&str) -> Option<String>) -> Result<Option<TwilioFrom>, ConfigError> {
    Ok(match (var("TWILIO_FROM_NUMBER"), var("TWILIO_MESSAGING_SERVICE_SID")) {
        (Some(n), _) => {
            if !n.starts_with('+') || n.len() < 8 || n.len() > 16 || !n[1..].bytes().all(|b| b.is_ascii_digit()) {
                return Err(err("TWILIO_FROM_NUMBER", "must be an E.164 number like +15005550006"));
            }
            Some(TwilioFrom::Number(n))
        }
        (None, Some(mg)) => {
            if !is_sid(&mg, "MG") {
                return Err(err("TWILIO_MESSAGING_SERVICE_SID", "must be MG followed by 32 hexadecimal characters"));
            }
            Some(TwilioFrom::MessagingService(mg))
        }
        (None, None) => None,
    })
}

fn base_url(var: &impl Fn(&str) -> Option<String>, name: &'static str, default: &str) -> Result<String, ConfigError> {
    let base = var(name).unwrap_or_else(|| default.into());
    if !(base.starts_with("http://") || base.starts_with("https://")) || host_of(&base).is_empty() {
        return Err(err(name, "must be an http:// or https:// URL"));
    }
    Ok(base.trim_end_matches('/').to_string())
}

fn twilio_timeout(var: &impl Fn(&str) -> Option<String>) -> Result<Duration, ConfigError> {
    match var("TWILIO_TIMEOUT") {
        None => Ok(Duration::from_secs(5)),
        Some(v) => Ok(Duration::from_secs(
            parse_duration(&v).filter(|s| (1..=60).contains(s)).ok_or_else(|| err("TWILIO_TIMEOUT", "must be a duration from 1s to 60s"))?
                as u64,
        )),
    }
}

fn twilio_from_vars(var: &impl Fn(&str) -> Option<String>) -> Result<TwilioConfig, ConfigError> {
    let (account_sid, auth_username, auth_secret) = twilio_credentials(var, "twilio")?;
    let from = twilio_sender(var)?
        .ok_or_else(|| err("TWILIO_FROM_NUMBER", "is required with SMS_PROVIDER=twilio (or set TWILIO_MESSAGING_SERVICE_SID)"))?;
    Ok(TwilioConfig {
        api_base: base_url(var, "TWILIO_API_BASE", "https://api.twilio.com")?,
        account_sid,
        auth_username,
        auth_secret,
        from,
        timeout: twilio_timeout(var)?,
    })
}

fn twilio_verify_from_vars(var: &impl Fn(&str) -> Option<String>) -> Result<TwilioVerifyConfig, ConfigError> {
    let (account_sid, auth_username, auth_secret) = twilio_credentials(var, "twilio-verify")?;
    let service_sid =
        var("TWILIO_VERIFY_SERVICE_SID").ok_or_else(|| err("TWILIO_VERIFY_SERVICE_SID", "is required with SMS_PROVIDER=twilio-verify"))?;
    if !is_sid(&service_sid, "VA") {
        return Err(err("TWILIO_VERIFY_SERVICE_SID", "must be VA followed by 32 hexadecimal characters"));
    }
    let locale = match var("TWILIO_VERIFY_LOCALE") {
        None => None,
        Some(l) => {
            let (lang, region) = l.split_once('-').map_or((l.as_str(), None), |(a, b)| (a, Some(b)));
            let ok = (2..=3).contains(&lang.len())
                && lang.bytes().all(|b| b.is_ascii_lowercase())
                && region.is_none_or(|r| (2..=4).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_alphanumeric()));
            if !ok {
                return Err(err("TWILIO_VERIFY_LOCALE", "must be a language code like en, fr or pt-BR"));
            }
            Some(l)
        }
    };
    let timeout = twilio_timeout(var)?;
    let messaging = match twilio_sender(var)? {
        Some(from) => Some(TwilioConfig {
            api_base: base_url(var, "TWILIO_API_BASE", "https://api.twilio.com")?,
            account_sid,
            auth_username: auth_username.clone(),
            auth_secret: auth_secret.clone(),
            from,
            timeout,
        }),
        None => None,
    };
    Ok(TwilioVerifyConfig {
        verify_base: base_url(var, "TWILIO_VERIFY_BASE", "https://verify.twilio.com")?,
        service_sid,
        auth_username,
        auth_secret,
        locale,
        timeout,
        messaging,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn cfg(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_vars(|k| map.get(k).cloned(), "127.0.0.1:3000".parse().unwrap())
    }

    #[test]
    fn defaults_run_on_sqlite_with_the_console() {
        let c = cfg(&[]).unwrap();
        assert_eq!(c.database_url, "sqlite://data/phone-auth.db");
        assert!(matches!(c.sms, SmsProvider::Console));
        assert_eq!(c.limits.code_ttl, 300);
        assert_eq!(c.limits.resend_cooldown, 30);
        assert_eq!(c.limits.code_max_attempts, 5);
        assert_eq!(c.public_url, "http://127.0.0.1:3000");
        assert_eq!(c.public_host(), "127.0.0.1");
    }

    #[test]
    fn the_console_provider_refuses_a_public_https_site_unless_allowed() {
        let e = cfg(&[("PUBLIC_URL", "https://auth.example.com")]).unwrap_err();
        assert_eq!(e.var, "SMS_PROVIDER");
        assert!(e.message.contains("ALLOW_CONSOLE_PROVIDER=1"), "{}", e.message);
        assert!(cfg(&[("PUBLIC_URL", "https://auth.example.com"), ("ALLOW_CONSOLE_PROVIDER", "1")]).is_ok());
        assert!(cfg(&[("PUBLIC_URL", "http://127.0.0.1:3000")]).is_ok());
    }

    #[test]
    fn debug_hides_the_database_password() {
        let c = cfg(&[("DATABASE_URL", "postgres://app:s3cr3t-pw@db.internal:5432/auth")]).unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("s3cr3t-pw"), "{shown}");
        assert!(shown.contains("postgres://app:***@db.internal:5432/auth"), "{shown}");
    }

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("90"), Some(90));
        assert_eq!(parse_duration("5m"), Some(300));
        assert_eq!(parse_duration("7d"), Some(604_800));
        assert_eq!(parse_duration("5 weeks"), None);
        assert_eq!(parse_duration("m"), None);
    }

    #[test]
    fn bad_values_name_their_variable() {
        assert_eq!(cfg(&[("CODE_TTL", "1h")]).unwrap_err().var, "CODE_TTL");
        assert_eq!(cfg(&[("CODE_TTL", "soon")]).unwrap_err().var, "CODE_TTL");
        assert_eq!(cfg(&[("SMS_PROVIDER", "pigeon")]).unwrap_err().var, "SMS_PROVIDER");
        assert_eq!(cfg(&[("APP_SECRET", "short")]).unwrap_err().var, "APP_SECRET");
        assert_eq!(cfg(&[("DEFAULT_COUNTRY", "XX")]).unwrap_err().var, "DEFAULT_COUNTRY");
        assert_eq!(cfg(&[("DATABASE_URL", "mysql://x")]).unwrap_err().var, "DATABASE_URL");
    }

    #[test]
    fn twilio_needs_well_formed_credentials() {
        let sid = "AC0123456789abcdef0123456789abcdef";
        let token = "fedcba9876543210fedcba9876543210";
        assert_eq!(cfg(&[("SMS_PROVIDER", "twilio")]).unwrap_err().var, "TWILIO_ACCOUNT_SID");
        assert_eq!(cfg(&[("SMS_PROVIDER", "twilio"), ("TWILIO_ACCOUNT_SID", "AC123")]).unwrap_err().var, "TWILIO_ACCOUNT_SID");
        assert_eq!(cfg(&[("SMS_PROVIDER", "twilio"), ("TWILIO_ACCOUNT_SID", sid)]).unwrap_err().var, "TWILIO_AUTH_TOKEN");
        assert_eq!(
            cfg(&[("SMS_PROVIDER", "twilio"), ("TWILIO_ACCOUNT_SID", sid), ("TWILIO_AUTH_TOKEN", "t")]).unwrap_err().var,
            "TWILIO_AUTH_TOKEN"
        );
        assert_eq!(
            cfg(&[("SMS_PROVIDER", "twilio"), ("TWILIO_ACCOUNT_SID", sid), ("TWILIO_AUTH_TOKEN", token)]).unwrap_err().var,
            "TWILIO_FROM_NUMBER"
        );
        assert_eq!(
            cfg(&[
                ("SMS_PROVIDER", "twilio"),
                ("TWILIO_ACCOUNT_SID", sid),
                ("TWILIO_AUTH_TOKEN", token),
                ("TWILIO_FROM_NUMBER", "555-0006")
            ])
            .unwrap_err()
            .var,
            "TWILIO_FROM_NUMBER"
        );
        let ok = cfg(&[
            ("SMS_PROVIDER", "twilio"),
            ("TWILIO_ACCOUNT_SID", sid),
            ("TWILIO_AUTH_TOKEN", token),
            ("TWILIO_FROM_NUMBER", "+15005550006"),
        ])
        .unwrap();
        let SmsProvider::Twilio(t) = ok.sms else { panic!("twilio expected") };
        assert_eq!(t.auth_username, sid);
        assert_eq!(t.api_base, "https://api.twilio.com");
        assert_eq!(t.timeout, Duration::from_secs(5));
        assert!(!format!("{:?}", t).contains(token), "the token must not be printed");
    }

    #[test]
    fn twilio_verify_needs_a_service_and_takes_an_optional_sender() {
        let base = [("SMS_PROVIDER", "twilio-verify"), ("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef")];
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut v = base.to_vec();
            v.push(("TWILIO_AUTH_TOKEN", "0123456789abcdef0123456789abcdef"));
            v.extend_from_slice(extra);
            cfg(&v)
        };
        assert_eq!(cfg(&base).unwrap_err().var, "TWILIO_AUTH_TOKEN");
        assert_eq!(with(&[]).unwrap_err().var, "TWILIO_VERIFY_SERVICE_SID");
        assert_eq!(
            with(&[("TWILIO_VERIFY_SERVICE_SID", "MG0123456789abcdef0123456789abcdef")]).unwrap_err().var,
            "TWILIO_VERIFY_SERVICE_SID"
        );
        let va = ("TWILIO_VERIFY_SERVICE_SID", "VA0123456789abcdef0123456789abcdef");
        assert_eq!(with(&[va, ("TWILIO_VERIFY_LOCALE", "English")]).unwrap_err().var, "TWILIO_VERIFY_LOCALE");
        assert_eq!(with(&[va, ("TWILIO_VERIFY_BASE", "verify.twilio.com")]).unwrap_err().var, "TWILIO_VERIFY_BASE");
        let SmsProvider::TwilioVerify(v) = with(&[va, ("TWILIO_VERIFY_LOCALE", "pt-BR")]).unwrap().sms else { panic!("verify expected") };
        assert_eq!(
            (v.verify_base.as_str(), v.locale.as_deref(), v.messaging.is_none()),
            ("https://verify.twilio.com", Some("pt-BR"), true)
        );
        let SmsProvider::TwilioVerify(v) = with(&[va, ("TWILIO_FROM_NUMBER", "+15005550006")]).unwrap().sms else { panic!() };
        assert_eq!(v.messaging.unwrap().from, TwilioFrom::Number("+15005550006".into()));
        assert_eq!(cfg(&[("SMS_PROVIDER", "sms")]).unwrap_err().var, "SMS_PROVIDER");
    }

    #[test]
    fn secret_debug_is_redacted() {
        assert_eq!(format!("{:?}", Secret::new("abc".into())), "Secret(<redacted>)");
    }
}
