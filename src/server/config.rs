//! Configuration. Every variable the server reads is declared once, in [`Settings`] (clap
//! derive): its name, default, `--help` line and check, so a value that does not parse
//! stops the start with a message naming the variable. [`Config`], what the rest of the
//! app uses, is built from the settings by [`Config::from_settings`], with the checks that
//! involve several variables (a provider's credentials, the console provider behind
//! https, codes shorter than a minute).
//!
//! The values come from the environment (`main` reads a `.env` file first; an empty
//! variable counts as unset) or from a map ([`Config::from_vars`], for tests); each is
//! also an option of the same name (`CODE_TTL` is `--code-ttl`).

use crate::domain::brand::Rgb;
use crate::domain::{OtpCode, PhoneNumber};
use crate::server::net::Cidr;
use crate::server::sms::twilio::{TwilioConfig, TwilioFrom, TwilioVerifyConfig};
use crate::server::sms::VonageConfig;
use crate::server::telemetry::LogFormat;
use clap::{Args, FromArgMatches};
use std::ffi::OsString;
use std::net::SocketAddr;
use std::time::Duration;

/// Every setting, as clap reads it from the environment or the command line. Each field
/// is one variable: `env` its name, the doc comment its `--help` line, `default_value`
/// its default (or the help says what unset means), `value_parser` its check. No `Debug`:
/// the database URL may hold a password ([`Config`]'s `Debug` hides it).
#[derive(Args, Clone)]
pub struct Settings {
    /// sqlite://PATH or postgres://USER@HOST/DB; migrations run at start
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/phone-auth.db", value_parser = database_url, help_heading = "Server")]
    database_url: String,
    /// Address and port to listen on (unset: site-addr of Leptos.toml, 127.0.0.1:3000)
    #[arg(long, env = "LEPTOS_SITE_ADDR", value_parser = socket_addr, help_heading = "Server")]
    leptos_site_addr: Option<SocketAddr>,
    /// The URL people use: cookie flags, the same-origin check, the @host line of each SMS (unset: http://LEPTOS_SITE_ADDR)
    #[arg(long, env = "PUBLIC_URL", value_parser = public_url, help_heading = "Server")]
    public_url: Option<String>,
    /// Name shown in pages and messages
    #[arg(long, env = "APP_NAME", default_value = "Phone Auth", value_parser = text, help_heading = "Server")]
    app_name: String,
    /// The brand colour, #rrggbb: the pages' accent (buttons, links), adjusted light and dark to keep 4.5:1 contrast
    #[arg(long, env = "BRAND_COLOR", default_value = "#2f5bea", value_parser = brand_color, help_heading = "Server")]
    brand_color: Rgb,
    /// A logo shown in the header beside the name: a path on this site (/logo.svg) or an https:// URL (unset: none)
    #[arg(long, env = "LOGO_URL", value_parser = logo_url, help_heading = "Server")]
    logo_url: Option<String>,
    /// 32+ characters; keys the code hashes; the same on every instance (unset: generated
    /// into data/app-secret, or shared through PostgreSQL)
    #[arg(long, env = "APP_SECRET", value_parser = app_secret, help_heading = "Server")]
    app_secret: Option<Secret>,
    /// Password hashes computed at once, 1 to 256 (unset: the number of cores - 1, at least 1)
    #[arg(long, env = "ARGON2_MAX_CONCURRENCY", value_parser = whole(1, 256), help_heading = "Server")]
    argon2_max_concurrency: Option<u64>,
    /// Comma-separated IPs and CIDR blocks of proxies whose X-Forwarded-For is believed (unset: none)
    #[arg(long, env = "TRUSTED_PROXIES", value_parser = list(proxy), help_heading = "Server")]
    trusted_proxies: Option<List<Cidr>>,
    /// Comma-separated hosts (app.example.com, or host:port) that `next=` may send people to after sign-in, besides this site (unset: none)
    #[arg(long, env = "ALLOWED_REDIRECT_HOSTS", value_parser = list(redirect_host), help_heading = "Server")]
    allowed_redirect_hosts: Option<List<String>>,
    /// Issue the session cookie for this domain and its subdomains (example.com), without the __Host- prefix (unset: this host only)
    #[arg(long, env = "SESSION_COOKIE_DOMAIN", value_parser = cookie_domain, help_heading = "Server")]
    session_cookie_domain: Option<String>,

    /// console (the log and /dev/outbox, for development), twilio (Programmable Messaging and calls), twilio-verify or vonage; a comma-separated list (twilio,vonage) fails over in that order
    #[arg(long, env = "SMS_PROVIDER", value_parser = provider_list, default_value = "console", help_heading = "SMS")]
    sms_provider: List<ProviderName>,
    /// Comma-separated COUNTRY:provider pairs, with * for every other country (IN:vonage,*:twilio): the provider tried first for numbers of that country; the others follow in SMS_PROVIDER order (unset: SMS_PROVIDER order)
    #[arg(long, env = "SMS_ROUTES", value_parser = list(route), help_heading = "SMS")]
    sms_routes: Option<List<(String, ProviderName)>>,
    /// 1 lets the console provider, which shows every code at /dev/outbox, run with an https PUBLIC_URL: test deployments only
    #[arg(
        long,
        env = "ALLOW_CONSOLE_PROVIDER",
        action = clap::ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_value = "0",
        default_missing_value = "1",
        value_parser = one_or_zero,
        help_heading = "SMS",
    )]
    allow_console_provider: bool,
    /// Country preselected in phone fields (ISO code)
    #[arg(long, env = "DEFAULT_COUNTRY", default_value = "US", value_parser = country, help_heading = "SMS")]
    default_country: String,
    /// Comma-separated ISO codes of the countries whose numbers are accepted (unset: all)
    #[arg(long, env = "SMS_ALLOWED_COUNTRIES", value_parser = list(country), help_heading = "SMS")]
    sms_allowed_countries: Option<List<String>>,

    /// Twilio REST base URL (Messaging, Calls)
    #[arg(long, env = "TWILIO_API_BASE", default_value = "https://api.twilio.com", value_parser = base_url, help_heading = "Twilio")]
    twilio_api_base: String,
    /// Twilio Verify base URL
    #[arg(long, env = "TWILIO_VERIFY_BASE", default_value = "https://verify.twilio.com", value_parser = base_url, help_heading = "Twilio")]
    twilio_verify_base: String,
    /// AC + 32 hex, for twilio and twilio-verify (unset: none)
    #[arg(long, env = "TWILIO_ACCOUNT_SID", value_parser = sid("AC"), help_heading = "Twilio")]
    twilio_account_sid: Option<String>,
    /// 32 hex, the account's auth token, or use TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET (unset: none)
    #[arg(long, env = "TWILIO_AUTH_TOKEN", value_parser = auth_token, help_heading = "Twilio")]
    twilio_auth_token: Option<Secret>,
    /// SK + 32 hex, an API key instead of the auth token (unset: none)
    #[arg(long, env = "TWILIO_API_KEY_SID", value_parser = sid("SK"), help_heading = "Twilio")]
    twilio_api_key_sid: Option<String>,
    /// The secret of the API key (unset: none)
    #[arg(long, env = "TWILIO_API_KEY_SECRET", value_parser = secret(1), help_heading = "Twilio")]
    twilio_api_key_secret: Option<Secret>,
    /// VA + 32 hex, the Verify Service of twilio-verify (unset: none)
    #[arg(long, env = "TWILIO_VERIFY_SERVICE_SID", value_parser = sid("VA"), help_heading = "Twilio")]
    twilio_verify_service_sid: Option<String>,
    /// Language of the messages of twilio-verify, e.g. en or pt-BR (unset: by country)
    #[arg(long, env = "TWILIO_VERIFY_LOCALE", value_parser = locale, help_heading = "Twilio")]
    twilio_verify_locale: Option<String>,
    /// E.164 sender number; twilio needs it for voice, twilio-verify sends notices from it (unset: none)
    #[arg(long, env = "TWILIO_FROM_NUMBER", value_parser = e164, help_heading = "Twilio")]
    twilio_from_number: Option<String>,
    /// MG + 32 hex, a Messaging Service instead of TWILIO_FROM_NUMBER for SMS (unset: none)
    #[arg(long, env = "TWILIO_MESSAGING_SERVICE_SID", value_parser = sid("MG"), help_heading = "Twilio")]
    twilio_messaging_service_sid: Option<String>,
    /// Timeout of each Twilio request, 1s to 60s
    #[arg(long, env = "TWILIO_TIMEOUT", default_value = "5s", value_parser = timeout(1, 60), help_heading = "Twilio")]
    twilio_timeout: Duration,

    /// Vonage SMS API base URL
    #[arg(long, env = "VONAGE_API_BASE", default_value = "https://rest.nexmo.com", value_parser = base_url, help_heading = "Vonage")]
    vonage_api_base: String,
    /// The account's API key, 8 characters, for vonage (unset: none)
    #[arg(long, env = "VONAGE_API_KEY", value_parser = vonage_key, help_heading = "Vonage")]
    vonage_api_key: Option<String>,
    /// The API secret, 6 to 32 characters, for vonage (unset: none)
    #[arg(long, env = "VONAGE_API_SECRET", value_parser = vonage_secret, help_heading = "Vonage")]
    vonage_api_secret: Option<Secret>,
    /// The sender: an E.164 number or an alphanumeric sender id of up to 11 characters, for vonage (unset: none)
    #[arg(long, env = "VONAGE_FROM", value_parser = vonage_from, help_heading = "Vonage")]
    vonage_from: Option<String>,
    /// Timeout of each Vonage request, 1s to 60s
    #[arg(long, env = "VONAGE_TIMEOUT", default_value = "5s", value_parser = timeout(1, 60), help_heading = "Vonage")]
    vonage_timeout: Duration,
    /// The signature secret of the account's signed webhooks: delivery receipts must then carry a valid sig (HMAC-SHA256) (unset: receipts are checked against the stored message id only)
    #[arg(long, env = "VONAGE_SIGNATURE_SECRET", value_parser = secret(16), help_heading = "Vonage")]
    vonage_signature_secret: Option<Secret>,

    /// How long a code is valid, 1m to 10m (from 5s with ALLOW_SHORT_CODE_TTL=1)
    #[arg(long, env = "CODE_TTL", default_value = "5m", value_parser = seconds(5, 600), help_heading = "Codes and limits")]
    code_ttl: i64,
    /// 1 allows a CODE_TTL below one minute: tests only (the browser tests watch a short countdown)
    #[arg(
        long,
        env = "ALLOW_SHORT_CODE_TTL",
        action = clap::ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_value = "0",
        default_missing_value = "1",
        value_parser = one_or_zero,
        help_heading = "Codes and limits",
    )]
    allow_short_code_ttl: bool,
    /// Wrong tries before a code is dead, 1 to 20
    #[arg(long, env = "CODE_MAX_ATTEMPTS", default_value = "5", value_parser = whole(1, 20), help_heading = "Codes and limits")]
    code_max_attempts: u64,
    /// Wait between two codes to one number, 1s to 1h
    #[arg(long, env = "RESEND_COOLDOWN", default_value = "30s", value_parser = seconds(1, 3_600), help_heading = "Codes and limits")]
    resend_cooldown: i64,
    /// Codes per phone number per hour, 1 to 1000
    #[arg(long, env = "SENDS_PER_NUMBER_PER_HOUR", default_value = "5", value_parser = whole(1, 1_000), help_heading = "Codes and limits")]
    sends_per_number_per_hour: u64,
    /// Codes per client IP per hour, 1 to 100000
    #[arg(long, env = "SENDS_PER_IP_PER_HOUR", default_value = "20", value_parser = whole(1, 100_000), help_heading = "Codes and limits")]
    sends_per_ip_per_hour: u64,
    /// Codes sent by the whole service per day, 1 to 100000000
    #[arg(
        long,
        env = "DAILY_SEND_BUDGET",
        default_value = "10000",
        value_parser = whole(1, 100_000_000),
        help_heading = "Codes and limits",
    )]
    daily_send_budget: u64,
    /// 1 sends the account's number an SMS when someone signs in from a browser the account has not used before, and when an authenticator app or recovery codes are added or removed (counted against DAILY_SEND_BUDGET only); 0 turns them off
    #[arg(
        long,
        env = "ALERT_NEW_DEVICE",
        action = clap::ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_value = "1",
        default_missing_value = "1",
        value_parser = one_or_zero,
        help_heading = "Codes and limits",
    )]
    alert_new_device: bool,
    /// Comma-separated daily caps on codes sent per destination country, ISO:N, with * for every other country (*:500,GB:5000) (unset: none but DAILY_SEND_BUDGET)
    #[arg(long, env = "COUNTRY_DAILY_CAPS", value_parser = list(country_cap), help_heading = "Codes and limits")]
    country_daily_caps: Option<List<(String, u64)>>,
    /// Codes sent in the last hour to a calling code or number prefix before its conversion (codes used per code sent) is judged, 0 to turn the watch off, up to 100000
    #[arg(long, env = "CONVERSION_MIN_SENDS", default_value = "20", value_parser = whole(0, 100_000), help_heading = "Codes and limits")]
    conversion_min_sends: u64,
    /// Percent of codes used below which sends to that calling code or prefix need the browser's proof of work, 0 to 100
    #[arg(long, env = "CONVERSION_CHALLENGE_BELOW", default_value = "20", value_parser = whole(0, 100), help_heading = "Codes and limits")]
    conversion_challenge_below: u64,
    /// Percent of codes used below which sends to that calling code or prefix pause (until its hour recovers), 0 to 100
    #[arg(long, env = "CONVERSION_PAUSE_BELOW", default_value = "5", value_parser = whole(0, 100), help_heading = "Codes and limits")]
    conversion_pause_below: u64,
    /// The proof of work's size: the browser tries up to this many SHA-256 hashes (half on average), 1000 to 10000000
    #[arg(long, env = "POW_DIFFICULTY", default_value = "100000", value_parser = whole(1_000, 10_000_000), help_heading = "Codes and limits")]
    pow_difficulty: u64,
    /// Comma-separated +number:code pairs (+447400900123:246810; mobile numbers, as the forms take): numbers whose code is fixed, never sent, and not counted against any limit (app-store reviewers, the operator's own tests) (unset: none)
    #[arg(long, env = "TEST_PHONE_NUMBERS", value_parser = list(test_number), help_heading = "Codes and limits")]
    test_phone_numbers: Option<List<(PhoneNumber, OtpCode)>>,
    /// 1 lets TEST_PHONE_NUMBERS serve an https PUBLIC_URL (a fixed code is a way into that account for anyone who knows it)
    #[arg(
        long,
        env = "ALLOW_TEST_NUMBERS",
        action = clap::ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_value = "0",
        default_missing_value = "1",
        value_parser = one_or_zero,
        help_heading = "Codes and limits",
    )]
    allow_test_numbers: bool,
    /// Wrong passwords per number per hour before sign-in (and step-up checks) pause, 1 to 100000
    #[arg(
        long,
        env = "FAILED_SIGNINS_PER_HOUR",
        default_value = "100",
        value_parser = whole(1, 100_000),
        help_heading = "Codes and limits",
    )]
    failed_signins_per_hour: u64,
    /// Wrong passwords per client IP (IPv6: per /64) per hour before its sign-ins pause, 1 to 1000000
    #[arg(
        long,
        env = "FAILED_SIGNINS_PER_IP_PER_HOUR",
        default_value = "300",
        value_parser = whole(1, 1_000_000),
        help_heading = "Codes and limits",
    )]
    failed_signins_per_ip_per_hour: u64,

    /// Absolute session lifetime, 1m to 365d
    #[arg(long, env = "SESSION_TTL", default_value = "30d", value_parser = seconds(60, 365 * 86_400), help_heading = "Sessions")]
    session_ttl: i64,
    /// A session ends after this long unused, 1m to 365d
    #[arg(long, env = "SESSION_IDLE_TTL", default_value = "7d", value_parser = seconds(60, 365 * 86_400), help_heading = "Sessions")]
    session_idle_ttl: i64,
    /// How long "Don't ask for a code on this browser" lasts (two-factor sign-in asks no second factor there), 1d to 400d
    #[arg(long, env = "TRUSTED_BROWSER_TTL", default_value = "30d", value_parser = seconds(86_400, 400 * 86_400), help_heading = "Sessions")]
    trusted_browser_ttl: i64,
    /// Lifetime of the session of a sign-up whose number is not proved yet (it reaches only /verify), 10m to 7d
    #[arg(long, env = "PENDING_TTL", default_value = "1d", value_parser = seconds(600, 7 * 86_400), help_heading = "Sessions")]
    pending_ttl: i64,
    /// Lifetime of the half session between a correct password and the second factor, 1m to 1h
    #[arg(long, env = "TWO_FACTOR_TTL", default_value = "10m", value_parser = seconds(60, 3_600), help_heading = "Sessions")]
    two_factor_ttl: i64,
    /// How long a signed-out code flow (sign-in with a code, password reset) keeps its number, 10m to 1d
    #[arg(long, env = "FLOW_TTL", default_value = "30m", value_parser = seconds(600, 86_400), help_heading = "Sessions")]
    flow_ttl: i64,

    /// Log filter, e.g. info or phone_auth=debug,info
    #[arg(long, env = "RUST_LOG", default_value = "info", value_parser = log_filter, help_heading = "Logs and metrics")]
    rust_log: String,
    /// human or json
    #[arg(
        long,
        env = "LOG_FORMAT",
        default_value = "human",
        value_parser = |v: &str| LogFormat::parse(Some(v)),
        help_heading = "Logs and metrics",
    )]
    log_format: LogFormat,
    /// 16+ characters: the bearer token /metrics then requires (unset: /metrics is open)
    #[arg(long, env = "METRICS_TOKEN", value_parser = metrics_token, help_heading = "Logs and metrics")]
    metrics_token: Option<Secret>,

    /// Where events (user.created, session.ended, code.undelivered...) are posted, signed as Standard Webhooks say (unset: no webhooks)
    #[arg(long, env = "WEBHOOK_URL", value_parser = base_url, help_heading = "Webhooks")]
    webhook_url: Option<String>,
    /// whsec_ and the base64 of 24 to 64 random bytes: the key the webhooks are signed with, required with WEBHOOK_URL (unset: none)
    #[arg(long, env = "WEBHOOK_SECRET", value_parser = webhook_secret, help_heading = "Webhooks")]
    webhook_secret: Option<WebhookKey>,
}

/// The key of `WEBHOOK_SECRET` (decoded from `whsec_<base64>`): never printed.
#[derive(Clone)]
pub struct WebhookKey(pub Vec<u8>);

impl std::fmt::Debug for WebhookKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WebhookKey(<redacted>)")
    }
}

/// `whsec_` and the base64 of 24 to 64 bytes (Standard Webhooks' secret format).
fn webhook_secret(v: &str) -> Result<WebhookKey, String> {
    use base64::Engine as _;
    let bad = || "must be whsec_ followed by the base64 of 24 to 64 random bytes (e.g. whsec_$(openssl rand -base64 32))".to_string();
    let b64 = v.trim().strip_prefix("whsec_").ok_or_else(bad)?;
    let key = base64::engine::general_purpose::STANDARD.decode(b64).map_err(|_| bad())?;
    if (24..=64).contains(&key.len()) {
        Ok(WebhookKey(key))
    } else {
        Err(bad())
    }
}

/// Where the webhooks go and how they are signed.
#[derive(Debug, Clone)]
pub struct Webhooks {
    pub url: String,
    pub key: WebhookKey,
}

/// One name of `SMS_PROVIDER`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ProviderName {
    Console,
    Twilio,
    TwilioVerify,
    Vonage,
}

impl ProviderName {
    fn parse(v: &str) -> Result<ProviderName, String> {
        match v.trim() {
            "console" => Ok(ProviderName::Console),
            "twilio" => Ok(ProviderName::Twilio),
            "twilio-verify" => Ok(ProviderName::TwilioVerify),
            "vonage" => Ok(ProviderName::Vonage),
            other => Err(format!("`{other}` is not a provider: console, twilio, twilio-verify or vonage")),
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            ProviderName::Console => "console",
            ProviderName::Twilio => "twilio",
            ProviderName::TwilioVerify => "twilio-verify",
            ProviderName::Vonage => "vonage",
        }
    }
}

/// `twilio,vonage`: providers in failover order, each once; twilio and twilio-verify
/// (one Twilio account) not both.
fn provider_list(v: &str) -> Result<List<ProviderName>, String> {
    let names = list(ProviderName::parse)(v)?.0;
    if names.is_empty() {
        return Err("names no provider".into());
    }
    for (i, n) in names.iter().enumerate() {
        if names[..i].contains(n) {
            return Err(format!("names {} twice", n.as_str()));
        }
    }
    if names.contains(&ProviderName::Twilio) && names.contains(&ProviderName::TwilioVerify) {
        return Err("names twilio and twilio-verify: choose one for the Twilio account".into());
    }
    Ok(List(names))
}

/// `IN:vonage` or `*:twilio`: a country (or every other one) and the provider tried first.
fn route(v: &str) -> Result<(String, ProviderName), String> {
    let bad = || format!("`{}` is not COUNTRY:provider, like IN:vonage or *:twilio", v.trim());
    let (c, p) = v.trim().split_once(':').ok_or_else(bad)?;
    let c = if c.trim() == "*" { "*".to_string() } else { country(c)? };
    Ok((c, ProviderName::parse(p)?))
}

/// A Vonage API key: 8 letters or digits.
fn vonage_key(v: &str) -> Result<String, String> {
    let v = v.trim();
    if v.len() == 8 && v.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(v.to_string())
    } else {
        Err("must be the account's 8-character API key".into())
    }
}

/// A Vonage API secret: 6 to 32 characters.
fn vonage_secret(v: &str) -> Result<Secret, String> {
    let v = v.trim();
    if (6..=32).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_graphic()) {
        Ok(Secret(v.to_string()))
    } else {
        Err("must be the account's API secret (6 to 32 characters)".into())
    }
}

/// A Vonage sender: an E.164 number, or up to 11 letters, digits and spaces.
fn vonage_from(v: &str) -> Result<String, String> {
    let v = v.trim();
    if v.starts_with('+') {
        return e164(v);
    }
    if (1..=11).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
        Ok(v.to_string())
    } else {
        Err(format!("`{v}` is neither an E.164 number nor a sender id of up to 11 letters and digits"))
    }
}

/// A comma-separated list (empty items are skipped).
#[derive(Clone)]
struct List<T>(Vec<T>);

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
    Vonage(VonageConfig),
}

impl SmsProvider {
    pub fn name(&self) -> &'static str {
        match self {
            SmsProvider::Console => "console",
            SmsProvider::Twilio(_) => "twilio",
            SmsProvider::TwilioVerify(_) => "twilio-verify",
            SmsProvider::Vonage(_) => "vonage",
        }
    }
}

/// The conversion watch (`CONVERSION_*`) and the proof of work (`POW_DIFFICULTY`).
#[derive(Debug, Clone)]
pub struct Brakes {
    /// Sends in the hour before a calling code or prefix is judged (0: no watch).
    pub min_sends: u64,
    /// Percent of codes used under which a send needs the proof of work.
    pub challenge_below: u64,
    /// Percent of codes used under which sends pause.
    pub pause_below: u64,
    /// The largest number the browser may have to try.
    pub pow_difficulty: u64,
}

/// How delivery receipts are told from forgeries.
#[derive(Debug, Clone, Default)]
pub struct Receipts {
    /// Twilio's receipts are signed with the account's auth token (`X-Twilio-Signature`);
    /// without it no receipts are asked for.
    pub twilio_auth_token: Option<Secret>,
    /// Vonage's API key (a receipt names it) and, when signatures are on, its secret.
    pub vonage_api_key: Option<String>,
    pub vonage_signature_secret: Option<Secret>,
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
    /// How long a browser trusted at two-factor sign-in skips the second factor.
    pub trusted_browser_ttl: i64,
    /// Lifetime of a session that still has to verify its phone.
    pub pending_ttl: i64,
    /// Lifetime of the half session between a correct password and the second factor.
    pub two_factor_ttl: i64,
    /// Lifetime of the flow cookie of the signed-out code flows.
    pub flow_ttl: i64,
    pub failed_signins_per_hour: u64,
    pub failed_signins_per_ip_per_hour: u64,
}

#[derive(Clone)]
pub struct Config {
    pub database_url: String,
    pub listen: SocketAddr,
    pub public_url: String,
    pub app_name: String,
    /// The brand colour the pages' accent is derived from.
    pub brand_color: Rgb,
    /// The accent colours derived from it (`brand::accent_css`), worked out once: every
    /// page's head carries them, and the search for a readable shade is not free.
    pub accent_css: String,
    /// The header's logo: a local path or an https URL.
    pub logo_url: Option<String>,
    /// `None` means "generate one into the data directory on first start".
    pub app_secret: Option<Secret>,
    /// The providers in failover order (`SMS_PROVIDER`, at least one).
    pub sms: Vec<SmsProvider>,
    /// (ISO country or `*`, provider name): the provider tried first for that country.
    pub sms_routes: Vec<(String, String)>,
    pub receipts: Receipts,
    pub default_country: String,
    pub allowed_countries: Vec<String>,
    pub limits: Limits,
    pub argon2_max_concurrency: usize,
    /// Proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<crate::server::net::Cidr>,
    /// Hosts (`host` or `host:port`, lowercase) an absolute `next` may name.
    pub allowed_redirect_hosts: Vec<String>,
    /// The session cookie's `Domain`, when sibling subdomains share it.
    pub session_cookie_domain: Option<String>,
    /// Tell the account's number about a sign-in from a browser it has not used before.
    pub alert_new_device: bool,
    /// Numbers whose code is fixed and never sent (`TEST_PHONE_NUMBERS`).
    pub test_numbers: Vec<(PhoneNumber, OtpCode)>,
    /// Daily caps on codes per destination country (`COUNTRY_DAILY_CAPS`; `*`: the others).
    pub country_caps: Vec<(String, u64)>,
    /// The SMS-pumping brakes: the conversion watch and the proof of work.
    pub brakes: Brakes,
    /// The `RUST_LOG` filter of the log.
    pub log_filter: String,
    pub log_format: LogFormat,
    /// Required as a bearer token by `/metrics` when set.
    pub metrics_token: Option<Secret>,
    /// Signed webhooks to the operator's app (`WEBHOOK_URL`, `WEBHOOK_SECRET`).
    pub webhooks: Option<Webhooks>,
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
            .field("brand_color", &self.brand_color.hex())
            .field("logo_url", &self.logo_url)
            .field("app_secret", &self.app_secret)
            .field("sms", &self.sms)
            .field("sms_routes", &self.sms_routes)
            .field("receipts", &self.receipts)
            .field("default_country", &self.default_country)
            .field("allowed_countries", &self.allowed_countries)
            .field("limits", &self.limits)
            .field("argon2_max_concurrency", &self.argon2_max_concurrency)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("allowed_redirect_hosts", &self.allowed_redirect_hosts)
            .field("session_cookie_domain", &self.session_cookie_domain)
            .field("alert_new_device", &self.alert_new_device)
            .field("country_caps", &self.country_caps)
            .field("brakes", &self.brakes)
            .field("test_numbers", &self.test_numbers.iter().map(|(p, _)| p.masked()).collect::<Vec<_>>())
            .field("log_filter", &self.log_filter)
            .field("log_format", &self.log_format)
            .field("metrics_token", &self.metrics_token)
            .field("webhooks", &self.webhooks)
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
    pub var: String,
    pub message: String,
}

fn err(var: &str, message: impl Into<String>) -> ConfigError {
    ConfigError { var: var.to_string(), message: message.into() }
}

impl ConfigError {
    /// The setting a clap error is about, as a configuration error naming its variable;
    /// `None` when the error is not about a setting (a usage error, `--help`). The message
    /// is the check's own sentence: clap's would repeat the value, which may be a secret.
    pub fn from_clap(e: &clap::Error, cmd: &clap::Command) -> Option<ConfigError> {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        // clap names the argument as it is written: `--code-ttl <CODE_TTL>`,
        // `--allow-short-code-ttl[=<ALLOW_SHORT_CODE_TTL>]`.
        let Some(ContextValue::String(shown)) = e.get(ContextKind::InvalidArg) else { return None };
        let long = shown.strip_prefix("--")?.split([' ', '=', '[']).next()?;
        let arg = cmd.get_arguments().find(|a| a.get_long() == Some(long))?;
        let var = arg.get_env()?.to_str()?;
        let message = match (e.kind(), e.get(ContextKind::InvalidValue), e.get(ContextKind::ValidValue)) {
            (ErrorKind::ValueValidation, _, _) => {
                std::error::Error::source(e).map_or_else(|| "is not valid".to_string(), |s| s.to_string())
            }
            // A value outside a fixed list (SMS_PROVIDER): not a secret, so it is shown.
            (ErrorKind::InvalidValue, Some(ContextValue::String(value)), Some(ContextValue::Strings(valid))) => {
                format!("`{value}` is not one of: {}", valid.join(", "))
            }
            (kind, _, _) => kind.to_string(),
        };
        Some(ConfigError { var: var.to_string(), message })
    }
}

/// The settings command: every variable as an option of the same name.
fn settings_command() -> clap::Command {
    Settings::augment_args(clap::Command::new("phone-auth"))
}

/// The name of every variable the settings read.
pub fn variables() -> Vec<String> {
    settings_command().get_arguments().filter_map(|a| a.get_env()?.to_str().map(String::from)).collect()
}

/// Removes the variables of the settings that are set but blank (a `KEY=` line in a `.env`
/// file): an empty variable means unset. `main` calls it before any other thread starts.
pub fn forget_blank_variables() {
    for var in variables() {
        if std::env::var_os(&var).is_some_and(|v| v.to_str().is_some_and(|v| v.trim().is_empty())) {
            std::env::remove_var(&var);
        }
    }
}

impl Settings {
    /// The settings read through `get` (a map in tests) instead of the process environment:
    /// each variable that `get` gives a non-blank value is passed as its option.
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Result<Settings, ConfigError> {
        let declared = settings_command();
        let mut args = vec![OsString::from("phone-auth")];
        for arg in declared.get_arguments() {
            let (Some(var), Some(long)) = (arg.get_env().and_then(|v| v.to_str()), arg.get_long()) else { continue };
            if let Some(value) = get(var).filter(|v| !v.trim().is_empty()) {
                args.push(format!("--{long}={value}").into());
            }
        }
        // Only `get` is read: the process environment is not.
        let matches = declared.clone().mut_args(|a| a.env(None)).try_get_matches_from(args);
        matches.and_then(|m| Settings::from_arg_matches(&m)).map_err(|e| {
            // Every option passed is declared and has a value, so only a value can be wrong;
            // clap's own text is not used, as it may repeat the value.
            ConfigError::from_clap(&e, &declared).unwrap_or_else(|| err("configuration", e.kind().to_string()))
        })
    }
}

/// Parses `90`, `90s`, `5m`, `2h`, `30d`, `1h 30m` into seconds: a bare number is seconds;
/// anything else is read by humantime, in whole seconds, with units from seconds to days
/// (weeks, months and years are refused: humantime's month is 30.44 days, and no setting
/// needs them).
pub fn parse_duration(s: &str) -> Option<i64> {
    const UNITS: &[&str] = &[
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day",
        "days",
    ];
    let s = s.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    if !s.split(|c: char| !c.is_alphabetic()).filter(|unit| !unit.is_empty()).all(|unit| UNITS.contains(&unit)) {
        return None;
    }
    let d = humantime::parse_duration(s).ok()?;
    if d.subsec_nanos() != 0 {
        return None;
    }
    i64::try_from(d.as_secs()).ok()
}

/// Seconds as they are written: `300` is `5m`, `5400` is `1h 30m`, `604800` is `7d`.
fn shown(secs: i64) -> String {
    let mut rest = secs.unsigned_abs();
    let mut parts = Vec::new();
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)] {
        if rest >= size {
            parts.push(format!("{}{unit}", rest / size));
            rest %= size;
        }
    }
    match (secs < 0, parts.is_empty()) {
        (_, true) => "0s".to_string(),
        (true, false) => format!("-{}", parts.join(" ")),
        (false, false) => parts.join(" "),
    }
}

// The checks of single values, named in the declarations of [`Settings`]. Each takes the
// text and gives the value or the sentence that follows the variable's name; none repeats
// a secret.

/// A duration from `min` to `max` seconds, in seconds.
fn seconds(min: i64, max: i64) -> impl Fn(&str) -> Result<i64, String> + Clone + Send + Sync + 'static {
    move |v| {
        let secs = parse_duration(v).ok_or_else(|| format!("`{}` is not a duration like 30s, 5m, 2h or 7d", v.trim()))?;
        if secs < min || secs > max {
            return Err(format!("must be between {} and {}, got {}", shown(min), shown(max), shown(secs)));
        }
        Ok(secs)
    }
}

/// A timeout from `min` to `max` seconds.
fn timeout(min: i64, max: i64) -> impl Fn(&str) -> Result<Duration, String> + Clone + Send + Sync + 'static {
    move |v| {
        parse_duration(v)
            .filter(|s| (min..=max).contains(s))
            .map(|s| Duration::from_secs(s.unsigned_abs()))
            .ok_or_else(|| format!("must be a duration from {} to {}", shown(min), shown(max)))
    }
}

/// A whole number from `min` to `max`.
fn whole(min: u64, max: u64) -> impl Fn(&str) -> Result<u64, String> + Clone + Send + Sync + 'static {
    move |v| {
        let v = v.trim();
        let n: u64 = v.parse().map_err(|_| format!("`{v}` is not a whole number"))?;
        if n < min || n > max {
            return Err(format!("must be between {min} and {max}, got {n}"));
        }
        Ok(n)
    }
}

/// `1` or `0`.
fn one_or_zero(v: &str) -> Result<bool, String> {
    match v.trim() {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err("must be 1 or 0 (or unset)".into()),
    }
}

/// Free text, trimmed.
fn text(v: &str) -> Result<String, String> {
    Ok(v.trim().to_string())
}

/// A comma-separated list of `item`s; empty items are skipped.
fn list<T: Clone + Send + Sync + 'static>(
    item: fn(&str) -> Result<T, String>,
) -> impl Fn(&str) -> Result<List<T>, String> + Clone + Send + Sync + 'static {
    move |v| v.split(',').map(str::trim).filter(|i| !i.is_empty()).map(item).collect::<Result<Vec<T>, String>>().map(List)
}

/// `GB:5000` or `*:500`: a country (or every other one) and its daily cap, 1 to 10000000.
fn country_cap(v: &str) -> Result<(String, u64), String> {
    let bad = || format!("`{}` is not COUNTRY:N, like GB:5000 or *:500", v.trim());
    let (c, n) = v.trim().split_once(':').ok_or_else(bad)?;
    let c = if c.trim() == "*" { "*".to_string() } else { country(c)? };
    let n = n.trim().parse::<u64>().ok().filter(|n| (1..=10_000_000).contains(n)).ok_or_else(bad)?;
    Ok((c, n))
}

/// `+447400900123:246810`: a number (E.164, a mobile: the forms take no other) and its fixed six-digit code.
fn test_number(v: &str) -> Result<(PhoneNumber, OtpCode), String> {
    let bad = || format!("`{v}` is not +number:code, like +447400900123:246810");
    let (number, code) = v.trim().split_once(':').ok_or_else(bad)?;
    let number = PhoneNumber::parse(None, number.trim(), &[]).map_err(|e| format!("`{number}`: {e}"))?;
    let code = OtpCode::parse(code.trim()).map_err(|_| bad())?;
    Ok((number, code))
}

fn brand_color(v: &str) -> Result<Rgb, String> {
    Rgb::parse(v).map_err(str::to_string)
}

/// A logo's address: a path on this site, or an https URL (the page's Content-Security-
/// Policy then allows images from its origin). Nothing that could break out of an
/// attribute or name another scheme.
fn logo_url(v: &str) -> Result<String, String> {
    let v = v.trim();
    let safe = v.bytes().all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b'\\' | b'`'));
    let local = v.starts_with('/') && !v.starts_with("//");
    let remote = url::Url::parse(v).is_ok_and(|u| u.scheme() == "https" && u.host_str().is_some_and(|h| !h.is_empty()));
    if !safe || !(local || remote) || v.len() > 2_048 {
        return Err("must be a path on this site like /logo.svg or an https:// URL".into());
    }
    Ok(v.to_string())
}

fn database_url(v: &str) -> Result<String, String> {
    let v = v.trim();
    if !(v.starts_with("sqlite:") || v.starts_with("postgres://") || v.starts_with("postgresql://")) {
        return Err("must start with sqlite: or postgres://".into());
    }
    Ok(v.to_string())
}

fn socket_addr(v: &str) -> Result<SocketAddr, String> {
    v.trim().parse().map_err(|_| format!("`{}` is not an address and port like 127.0.0.1:3000", v.trim()))
}

fn public_url(v: &str) -> Result<String, String> {
    let v = v.trim().trim_end_matches('/');
    if !(v.starts_with("http://") || v.starts_with("https://")) || host_of(v).is_empty() {
        return Err("must be an absolute http:// or https:// URL".into());
    }
    Ok(v.to_string())
}

fn base_url(v: &str) -> Result<String, String> {
    let v = v.trim();
    if !(v.starts_with("http://") || v.starts_with("https://")) || host_of(v).is_empty() {
        return Err("must be an http:// or https:// URL".into());
    }
    Ok(v.trim_end_matches('/').to_string())
}

/// A secret of at least `min` characters.
fn secret(min: usize) -> impl Fn(&str) -> Result<Secret, String> + Clone + Send + Sync + 'static {
    move |v| match v.trim() {
        v if v.chars().count() < min => Err(format!("must be at least {min} characters")),
        v => Ok(Secret::new(v.to_string())),
    }
}

fn app_secret(v: &str) -> Result<Secret, String> {
    secret(32)(v)
}

fn metrics_token(v: &str) -> Result<Secret, String> {
    match v.trim() {
        t if t.len() < 16 => Err("must be at least 16 characters".into()),
        t => Ok(Secret::new(t.to_string())),
    }
}

fn auth_token(v: &str) -> Result<Secret, String> {
    // Auth tokens are 32 hex characters; anything else is a paste error.
    match v.trim() {
        t if t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()) => Ok(Secret::new(t.to_string())),
        _ => Err("must be 32 hexadecimal characters".into()),
    }
}

fn is_sid(s: &str, prefix: &str) -> bool {
    s.len() == 34 && s.starts_with(prefix) && s[2..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// A Twilio SID: `prefix` and 32 hexadecimal characters.
fn sid(prefix: &'static str) -> impl Fn(&str) -> Result<String, String> + Clone + Send + Sync + 'static {
    move |v| match v.trim() {
        v if is_sid(v, prefix) => Ok(v.to_string()),
        _ => Err(format!("must be {prefix} followed by 32 hexadecimal characters")),
    }
}

fn e164(v: &str) -> Result<String, String> {
    let n = v.trim();
    if !n.starts_with('+') || n.len() < 8 || n.len() > 16 || !n[1..].bytes().all(|b| b.is_ascii_digit()) {
        return Err("must be an E.164 number like +15005550006".into());
    }
    Ok(n.to_string())
}

fn locale(v: &str) -> Result<String, String> {
    let l = v.trim();
    let (lang, region) = l.split_once('-').map_or((l, None), |(a, b)| (a, Some(b)));
    let ok = (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && region.is_none_or(|r| (2..=4).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !ok {
        return Err("must be a language code like en, fr or pt-BR".into());
    }
    Ok(l.to_string())
}

fn country(v: &str) -> Result<String, String> {
    let c = v.trim().to_ascii_uppercase();
    if crate::domain::countries::by_iso(&c).is_none() {
        return Err(format!("`{c}` is not a known ISO country code"));
    }
    Ok(c)
}

fn proxy(v: &str) -> Result<Cidr, String> {
    Cidr::parse(v).ok_or_else(|| format!("`{}` is not an IP address or block like 10.0.0.0/8", v.trim()))
}

/// A host name (letters, digits, `-`, `.`), lowercased.
fn host_name(v: &str) -> Option<String> {
    let v = v.trim().to_ascii_lowercase();
    let ok = !v.is_empty()
        && v.len() <= 253
        && v.split('.').all(|l| !l.is_empty() && l.len() <= 63 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    ok.then_some(v)
}

/// An exact host an absolute `next` may name: `app.example.com` or `app.example.com:8443`.
fn redirect_host(v: &str) -> Result<String, String> {
    let v = v.trim();
    let bad = || format!("`{v}` is not a host name like app.example.com or app.example.com:8443");
    let (host, port) = match v.rsplit_once(':') {
        Some((h, p)) => (h, Some(p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(bad)?)),
        None => (v, None),
    };
    let host = host_name(host).ok_or_else(bad)?;
    Ok(match port {
        Some(p) => format!("{host}:{p}"),
        None => host,
    })
}

/// The session cookie's domain: a host name with at least one dot (a leading dot is
/// dropped, as browsers do).
fn cookie_domain(v: &str) -> Result<String, String> {
    let v = v.trim();
    host_name(v.strip_prefix('.').unwrap_or(v)).filter(|h| h.contains('.')).ok_or_else(|| format!("`{v}` is not a domain like example.com"))
}

fn log_filter(v: &str) -> Result<String, String> {
    let v = v.trim();
    tracing_subscriber::EnvFilter::try_new(v).map_err(|_| format!("`{v}` is not a log filter like info or phone_auth=debug,info"))?;
    Ok(v.to_string())
}

impl Config {
    /// Reads the configuration through `get` (a map in tests; `main` reads the process
    /// environment through clap). `listen` applies when `LEPTOS_SITE_ADDR` is unset.
    pub fn from_vars(get: impl Fn(&str) -> Option<String>, listen: SocketAddr) -> Result<Config, ConfigError> {
        Config::from_settings(Settings::from_vars(get)?, listen)
    }

    /// The configuration of parsed settings: what involves several variables is checked
    /// here. `listen` comes from Leptos's options, when `LEPTOS_SITE_ADDR` is unset.
    pub fn from_settings(s: Settings, listen: SocketAddr) -> Result<Config, ConfigError> {
        let listen = s.leptos_site_addr.unwrap_or(listen);
        let public_url = s.public_url.clone().unwrap_or_else(|| format!("http://{listen}"));

        let base = public_url.trim_end_matches('/');
        let sms = s
            .sms_provider
            .0
            .iter()
            .map(|name| {
                Ok(match name {
                    ProviderName::Console => SmsProvider::Console,
                    ProviderName::Twilio => SmsProvider::Twilio(twilio(&s, base)?),
                    ProviderName::TwilioVerify => SmsProvider::TwilioVerify(twilio_verify(&s)?),
                    ProviderName::Vonage => SmsProvider::Vonage(vonage(&s, base)?),
                })
            })
            .collect::<Result<Vec<_>, ConfigError>>()?;
        let sms_routes: Vec<(String, String)> =
            s.sms_routes.clone().map(|l| l.0).unwrap_or_default().into_iter().map(|(c, p)| (c, p.as_str().to_string())).collect();
        if let Some((_, p)) = sms_routes.iter().find(|(_, p)| !sms.iter().any(|x| x.name() == p)) {
            return Err(err("SMS_ROUTES", format!("routes to {p}, which SMS_PROVIDER does not name")));
        }
        let webhooks = match (s.webhook_url.clone(), s.webhook_secret.clone()) {
            (Some(url), Some(key)) => Some(Webhooks { url, key }),
            (None, None) => None,
            (Some(_), None) => return Err(err("WEBHOOK_SECRET", "is required with WEBHOOK_URL (the key the webhooks are signed with)")),
            (None, Some(_)) => return Err(err("WEBHOOK_URL", "is required with WEBHOOK_SECRET")),
        };
        if s.conversion_pause_below > s.conversion_challenge_below {
            return Err(err(
                "CONVERSION_PAUSE_BELOW",
                format!(
                    "({}) is above CONVERSION_CHALLENGE_BELOW ({}): sends would pause before any challenge",
                    s.conversion_pause_below, s.conversion_challenge_below
                ),
            ));
        }
        let receipts = Receipts {
            twilio_auth_token: s.twilio_auth_token.clone(),
            vonage_api_key: s.vonage_api_key.clone(),
            vonage_signature_secret: s.vonage_signature_secret.clone(),
        };

        // The console provider shows every code at /dev/outbox: a public (https) site
        // running it would hand out every account. Only on purpose.
        if sms.iter().any(|p| matches!(p, SmsProvider::Console)) && public_url.starts_with("https://") && !s.allow_console_provider {
            return Err(err(
                "SMS_PROVIDER",
                "the console provider shows every code at /dev/outbox and must not serve an https PUBLIC_URL: \
                 choose twilio or twilio-verify, or set ALLOW_CONSOLE_PROVIDER=1 for a test deployment",
            ));
        }

        // A fixed code is a way into its account for anyone who knows it: on a public
        // (https) site only on purpose.
        let test_numbers = s.test_phone_numbers.map(|l| l.0).unwrap_or_default();
        if !test_numbers.is_empty() && public_url.starts_with("https://") && !s.allow_test_numbers {
            return Err(err(
                "TEST_PHONE_NUMBERS",
                "a test number's code is fixed, a way into its account for anyone who knows it: \
                 set ALLOW_TEST_NUMBERS=1 to use them on an https PUBLIC_URL",
            ));
        }

        // Codes shorter than a minute cannot be typed from a phone in time: only the
        // browser tests, which watch a countdown end, ask for them.
        if s.code_ttl < 60 && !s.allow_short_code_ttl {
            return Err(err(
                "CODE_TTL",
                format!("must be at least 1m, got {} (below a minute only for tests, with ALLOW_SHORT_CODE_TTL=1)", shown(s.code_ttl)),
            ));
        }

        // A cookie for a domain the site is not in would never come back to it.
        if let Some(d) = &s.session_cookie_domain {
            let host = host_of(&public_url).to_ascii_lowercase();
            if host != *d && !host.ends_with(&format!(".{d}")) {
                return Err(err("SESSION_COOKIE_DOMAIN", format!("`{d}` does not contain the host of PUBLIC_URL ({host})")));
            }
        }

        let limits = Limits {
            code_ttl: s.code_ttl,
            code_max_attempts: s.code_max_attempts as u32,
            resend_cooldown: s.resend_cooldown,
            sends_per_number_per_hour: s.sends_per_number_per_hour,
            sends_per_ip_per_hour: s.sends_per_ip_per_hour,
            daily_send_budget: s.daily_send_budget,
            session_ttl: s.session_ttl,
            session_idle_ttl: s.session_idle_ttl,
            trusted_browser_ttl: s.trusted_browser_ttl,
            pending_ttl: s.pending_ttl,
            two_factor_ttl: s.two_factor_ttl,
            flow_ttl: s.flow_ttl,
            failed_signins_per_hour: s.failed_signins_per_hour,
            failed_signins_per_ip_per_hour: s.failed_signins_per_ip_per_hour,
        };
        // One core is always left to the pages: sign-ins queue rather than starve them.
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        let argon2_max_concurrency = s.argon2_max_concurrency.map_or(cores.saturating_sub(1).max(1), |n| n as usize);

        Ok(Config {
            database_url: s.database_url,
            listen,
            public_url,
            app_name: s.app_name,
            brand_color: s.brand_color,
            accent_css: crate::domain::brand::accent_css(s.brand_color),
            logo_url: s.logo_url,
            app_secret: s.app_secret,
            sms,
            sms_routes,
            receipts,
            default_country: s.default_country,
            alert_new_device: s.alert_new_device,
            test_numbers,
            country_caps: s.country_daily_caps.map(|l| l.0).unwrap_or_default(),
            brakes: Brakes {
                min_sends: s.conversion_min_sends,
                challenge_below: s.conversion_challenge_below,
                pause_below: s.conversion_pause_below,
                pow_difficulty: s.pow_difficulty,
            },
            allowed_countries: s.sms_allowed_countries.map(|l| l.0).unwrap_or_default(),
            limits,
            argon2_max_concurrency,
            trusted_proxies: s.trusted_proxies.map(|l| l.0).unwrap_or_default(),
            allowed_redirect_hosts: s.allowed_redirect_hosts.map(|l| l.0).unwrap_or_default(),
            session_cookie_domain: s.session_cookie_domain,
            log_filter: s.rust_log,
            log_format: s.log_format,
            metrics_token: s.metrics_token,
            webhooks,
        })
    }

    /// The daily cap on codes to `country` (ISO code; `None`: a number of no country),
    /// its own or the `*` one.
    pub fn country_cap(&self, country: Option<&str>) -> Option<u64> {
        let own = country.and_then(|c| self.country_caps.iter().find(|(k, _)| k == c));
        own.or_else(|| self.country_caps.iter().find(|(k, _)| k == "*")).map(|(_, n)| *n)
    }

    /// The fixed code of a test number (`TEST_PHONE_NUMBERS`).
    pub fn test_code(&self, phone: &PhoneNumber) -> Option<&OtpCode> {
        self.test_numbers.iter().find(|(p, _)| p == phone).map(|(_, c)| c)
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
fn twilio_credentials(s: &Settings, provider: &str) -> Result<(String, String, String), ConfigError> {
    let account_sid =
        s.twilio_account_sid.clone().ok_or_else(|| err("TWILIO_ACCOUNT_SID", format!("is required with SMS_PROVIDER={provider}")))?;
    let (auth_username, auth_secret) = match (&s.twilio_api_key_sid, &s.twilio_api_key_secret, &s.twilio_auth_token) {
        (Some(sid), Some(secret), _) => (sid.clone(), secret.expose().to_string()),
        (Some(_), None, _) => return Err(err("TWILIO_API_KEY_SECRET", "is required with TWILIO_API_KEY_SID")),
        (None, _, Some(token)) => (account_sid.clone(), token.expose().to_string()),
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
fn twilio_sender(s: &Settings) -> Option<TwilioFrom> {
    match (&s.twilio_from_number, &s.twilio_messaging_service_sid) {
        (Some(n), _) => Some(TwilioFrom::Number(n.clone())),
        (None, Some(mg)) => Some(TwilioFrom::MessagingService(mg.clone())),
        (None, None) => None,
    }
}

/// `base`: the public URL without its trailing slash. Delivery receipts are asked for
/// when their signatures can be checked: with the account's auth token.
fn twilio(s: &Settings, base: &str) -> Result<TwilioConfig, ConfigError> {
    let (account_sid, auth_username, auth_secret) = twilio_credentials(s, "twilio")?;
    let from = twilio_sender(s)
        .ok_or_else(|| err("TWILIO_FROM_NUMBER", "is required with SMS_PROVIDER=twilio (or set TWILIO_MESSAGING_SERVICE_SID)"))?;
    let status_callback = s.twilio_auth_token.as_ref().map(|_| format!("{base}{TWILIO_RECEIPTS_PATH}"));
    Ok(TwilioConfig {
        api_base: s.twilio_api_base.clone(),
        account_sid,
        auth_username,
        auth_secret,
        from,
        timeout: s.twilio_timeout,
        status_callback,
    })
}

/// Where Twilio posts delivery receipts (`StatusCallback`), under the public URL.
pub const TWILIO_RECEIPTS_PATH: &str = "/hooks/twilio/status";
/// Where Vonage sends delivery receipts (`callback`), under the public URL.
pub const VONAGE_RECEIPTS_PATH: &str = "/hooks/vonage/receipt";

fn vonage(s: &Settings, base: &str) -> Result<VonageConfig, ConfigError> {
    let need = |var: &str| err(var, "is required with SMS_PROVIDER=vonage");
    Ok(VonageConfig {
        api_base: s.vonage_api_base.clone(),
        api_key: s.vonage_api_key.clone().ok_or_else(|| need("VONAGE_API_KEY"))?,
        api_secret: s.vonage_api_secret.as_ref().ok_or_else(|| need("VONAGE_API_SECRET"))?.expose().to_string(),
        from: s.vonage_from.clone().ok_or_else(|| need("VONAGE_FROM"))?,
        timeout: s.vonage_timeout,
        callback: Some(format!("{base}{VONAGE_RECEIPTS_PATH}")),
    })
}

fn twilio_verify(s: &Settings) -> Result<TwilioVerifyConfig, ConfigError> {
    let (account_sid, auth_username, auth_secret) = twilio_credentials(s, "twilio-verify")?;
    let service_sid = s
        .twilio_verify_service_sid
        .clone()
        .ok_or_else(|| err("TWILIO_VERIFY_SERVICE_SID", "is required with SMS_PROVIDER=twilio-verify"))?;
    let messaging = twilio_sender(s).map(|from| TwilioConfig {
        api_base: s.twilio_api_base.clone(),
        account_sid,
        auth_username: auth_username.clone(),
        auth_secret: auth_secret.clone(),
        from,
        timeout: s.twilio_timeout,
        // Notices only: no receipts (no code row to tell).
        status_callback: None,
    });
    Ok(TwilioVerifyConfig {
        verify_base: s.twilio_verify_base.clone(),
        service_sid,
        auth_username,
        auth_secret,
        locale: s.twilio_verify_locale.clone(),
        timeout: s.twilio_timeout,
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
    fn country_caps_name_a_country_or_all_others() {
        let c = cfg(&[("COUNTRY_DAILY_CAPS", "*:500, gb:5000")]).unwrap();
        assert_eq!(c.country_cap(Some("GB")), Some(5000));
        assert_eq!(c.country_cap(Some("FR")), Some(500));
        assert_eq!(c.country_cap(None), Some(500));
        let c = cfg(&[("COUNTRY_DAILY_CAPS", "GB:5")]).unwrap();
        assert_eq!(c.country_cap(Some("FR")), None, "no * cap: only the daily budget");
        for bad in ["GB", "GB:0", "XX:5", "GB:ten", "*:-1"] {
            assert_eq!(cfg(&[("COUNTRY_DAILY_CAPS", bad)]).unwrap_err().var, "COUNTRY_DAILY_CAPS", "{bad}");
        }
    }

    #[test]
    fn test_numbers_are_number_code_pairs_and_need_a_flag_on_https() {
        let c = cfg(&[("TEST_PHONE_NUMBERS", "+447400900123:246810, +447400123456:000111")]).unwrap();
        assert_eq!(c.test_numbers.len(), 2);
        let us = PhoneNumber::parse(None, "+447400900123", &[]).unwrap();
        assert_eq!(c.test_code(&us).map(OtpCode::expose), Some("246810"));
        assert!(!format!("{c:?}").contains("246810"), "codes never in the log");
        assert!(cfg(&[]).unwrap().test_numbers.is_empty());
        for bad in ["+447400900123", "+447400900123:12345", "12:246810", "+447400900123:abcdef", "+15005550006:246810"] {
            let e = cfg(&[("TEST_PHONE_NUMBERS", bad)]).unwrap_err();
            assert_eq!(e.var, "TEST_PHONE_NUMBERS", "{bad}: {e}");
        }
        let https =
            [("PUBLIC_URL", "https://auth.example.com"), ("SMS_PROVIDER", "twilio-verify"), ("TEST_PHONE_NUMBERS", "+447400900123:246810")];
        let https: Vec<(&str, &str)> = https
            .into_iter()
            .chain([
                ("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef"),
                ("TWILIO_AUTH_TOKEN", "0123456789abcdef0123456789abcdef"),
                ("TWILIO_VERIFY_SERVICE_SID", "VA0123456789abcdef0123456789abcdef"),
            ])
            .collect();
        let e = cfg(&https).unwrap_err();
        assert_eq!(e.var, "TEST_PHONE_NUMBERS");
        assert!(e.message.contains("ALLOW_TEST_NUMBERS=1"), "{e}");
        let mut allowed = https.clone();
        allowed.push(("ALLOW_TEST_NUMBERS", "1"));
        assert_eq!(cfg(&allowed).unwrap().test_numbers.len(), 1);
    }

    #[test]
    fn defaults_run_on_sqlite_with_the_console() {
        let c = cfg(&[]).unwrap();
        assert_eq!(c.database_url, "sqlite://data/phone-auth.db");
        assert!(matches!(c.sms[..], [SmsProvider::Console]));
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
        let [SmsProvider::Twilio(t)] = &ok.sms[..] else { panic!("twilio expected") };
        assert_eq!(t.auth_username, sid);
        assert_eq!(t.api_base, "https://api.twilio.com");
        assert_eq!(t.timeout, Duration::from_secs(5));
        assert!(!format!("{:?}", t).contains(token), "the token must not be printed");
        // Signed receipts are asked for: the auth token checks them.
        assert_eq!(t.status_callback.as_deref(), Some("http://127.0.0.1:3000/hooks/twilio/status"));
    }

    #[test]
    fn webhooks_need_a_url_and_a_standard_secret() {
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        let c = cfg(&[("WEBHOOK_URL", "https://app.example.com/hooks"), ("WEBHOOK_SECRET", secret)]).unwrap();
        let hooks = c.webhooks.clone().expect("webhooks on");
        assert_eq!((hooks.url.as_str(), hooks.key.0.len()), ("https://app.example.com/hooks", 24));
        assert!(!format!("{c:?}").contains("MfKQ9r8G"), "the key is not printed");
        assert!(cfg(&[]).unwrap().webhooks.is_none());
        assert_eq!(cfg(&[("WEBHOOK_URL", "https://app.example.com/hooks")]).unwrap_err().var, "WEBHOOK_SECRET");
        assert_eq!(cfg(&[("WEBHOOK_SECRET", secret)]).unwrap_err().var, "WEBHOOK_URL");
        for bad in ["MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_short", "whsec_not base64!"] {
            assert_eq!(cfg(&[("WEBHOOK_URL", "https://a.example/h"), ("WEBHOOK_SECRET", bad)]).unwrap_err().var, "WEBHOOK_SECRET", "{bad}");
        }
        assert_eq!(cfg(&[("WEBHOOK_URL", "ftp://a.example/h"), ("WEBHOOK_SECRET", secret)]).unwrap_err().var, "WEBHOOK_URL");
    }

    #[test]
    fn providers_fail_over_in_order_with_routes() {
        let twilio = [
            ("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef"),
            ("TWILIO_AUTH_TOKEN", "0123456789abcdef0123456789abcdef"),
            ("TWILIO_FROM_NUMBER", "+15005550006"),
        ];
        let vonage = [("VONAGE_API_KEY", "abcd1234"), ("VONAGE_API_SECRET", "vonageSecret42"), ("VONAGE_FROM", "PhoneAuth")];
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut v = twilio.to_vec();
            v.extend_from_slice(&vonage);
            v.extend_from_slice(extra);
            cfg(&v)
        };
        let c = with(&[("SMS_PROVIDER", "twilio, vonage"), ("SMS_ROUTES", "in:vonage,*:twilio")]).unwrap();
        assert_eq!(c.sms.iter().map(SmsProvider::name).collect::<Vec<_>>(), ["twilio", "vonage"]);
        assert_eq!(c.sms_routes, [("IN".to_string(), "vonage".to_string()), ("*".into(), "twilio".into())]);
        let SmsProvider::Vonage(v) = &c.sms[1] else { panic!("vonage expected") };
        assert_eq!(
            (v.api_base.as_str(), v.from.as_str(), v.callback.as_deref()),
            ("https://rest.nexmo.com", "PhoneAuth", Some("http://127.0.0.1:3000/hooks/vonage/receipt"))
        );
        assert!(!format!("{c:?}").contains("vonageSecret42"), "the Vonage secret must not be printed");
        for (bad, var) in [
            (("SMS_PROVIDER", "twilio,twilio"), "SMS_PROVIDER"),
            (("SMS_PROVIDER", "twilio,twilio-verify"), "SMS_PROVIDER"),
            (("SMS_PROVIDER", "twilio,sns"), "SMS_PROVIDER"),
            (("SMS_ROUTES", "IN:vonage"), "SMS_ROUTES"),
            (("SMS_ROUTES", "XX:twilio"), "SMS_ROUTES"),
            (("SMS_ROUTES", "IN"), "SMS_ROUTES"),
        ] {
            assert_eq!(with(&[bad]).unwrap_err().var, var, "{bad:?}");
        }
        // SMS_ROUTES naming a provider SMS_PROVIDER does not list.
        assert_eq!(with(&[("SMS_PROVIDER", "twilio"), ("SMS_ROUTES", "IN:vonage")]).unwrap_err().var, "SMS_ROUTES");
        for (missing, var) in
            [("VONAGE_API_KEY", "VONAGE_API_KEY"), ("VONAGE_API_SECRET", "VONAGE_API_SECRET"), ("VONAGE_FROM", "VONAGE_FROM")]
        {
            let v: Vec<_> = vonage.iter().filter(|(k, _)| *k != missing).copied().chain([("SMS_PROVIDER", "vonage")]).collect();
            assert_eq!(cfg(&v).unwrap_err().var, var);
        }
        for (k, bad) in
            [("VONAGE_API_KEY", "abc"), ("VONAGE_API_SECRET", "abc"), ("VONAGE_FROM", "A much too long sender"), ("VONAGE_FROM", "+12")]
        {
            assert_eq!(with(&[("SMS_PROVIDER", "vonage"), (k, bad)]).unwrap_err().var, k, "{k}={bad}");
        }
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
        let [SmsProvider::TwilioVerify(v)] = &with(&[va, ("TWILIO_VERIFY_LOCALE", "pt-BR")]).unwrap().sms[..] else {
            panic!("verify expected")
        };
        assert_eq!(
            (v.verify_base.as_str(), v.locale.as_deref(), v.messaging.is_none()),
            ("https://verify.twilio.com", Some("pt-BR"), true)
        );
        let [SmsProvider::TwilioVerify(v)] = &with(&[va, ("TWILIO_FROM_NUMBER", "+15005550006")]).unwrap().sms[..] else { panic!() };
        assert_eq!(v.messaging.clone().unwrap().from, TwilioFrom::Number("+15005550006".into()));
        assert_eq!(cfg(&[("SMS_PROVIDER", "sms")]).unwrap_err().var, "SMS_PROVIDER");
    }

    #[test]
    fn secret_debug_is_redacted() {
        assert_eq!(format!("{:?}", Secret::new("abc".into())), "Secret(<redacted>)");
    }

    #[test]
    fn every_duration_written_before_still_parses_and_humantime_adds_spans() {
        for (text, secs) in [
            ("90", 90),
            ("90s", 90),
            ("1s", 1),
            ("6s", 6),
            ("300s", 300),
            ("5m", 300),
            ("5 m", 300),
            (" 5m ", 300),
            ("2h", 7_200),
            ("1d", 86_400),
            ("7d", 604_800),
            ("30d", 2_592_000),
            ("365d", 31_536_000),
            ("1h 30m", 5_400),
            ("1h30m", 5_400),
            ("2min", 120),
            ("1 day", 86_400),
            ("1.5m", 90),
        ] {
            assert_eq!(parse_duration(text), Some(secs), "{text}");
        }
        for text in ["", "-5s", "5w", "1M", "1y", "0.5s", "250ms", "5 weeks", "soon", "5x"] {
            assert_eq!(parse_duration(text), None, "{text}");
        }
    }

    #[test]
    fn durations_are_shown_as_they_are_written() {
        assert_eq!(
            [shown(0), shown(6), shown(300), shown(5_400), shown(604_800), shown(365 * 86_400)],
            ["0s", "6s", "5m", "1h 30m", "7d", "365d"]
        );
    }

    #[test]
    fn durations_keep_their_bounds() {
        assert_eq!(cfg(&[("CODE_TTL", "10m")]).unwrap().limits.code_ttl, 600);
        let e = cfg(&[("CODE_TTL", "11m")]).unwrap_err();
        assert_eq!((e.var.as_str(), e.message.as_str()), ("CODE_TTL", "must be between 5s and 10m, got 11m"));
        assert_eq!(cfg(&[("RESEND_COOLDOWN", "0")]).unwrap_err().var, "RESEND_COOLDOWN");
        assert_eq!(cfg(&[("SESSION_TTL", "366d")]).unwrap_err().var, "SESSION_TTL");
        assert_eq!(cfg(&[("SESSION_IDLE_TTL", "59s")]).unwrap_err().var, "SESSION_IDLE_TTL");
        assert_eq!(cfg(&[("TWILIO_TIMEOUT", "61s")]).unwrap_err().message, "must be a duration from 1s to 1m");
        assert_eq!(cfg(&[("CODE_MAX_ATTEMPTS", "21")]).unwrap_err().message, "must be between 1 and 20, got 21");
        assert_eq!(cfg(&[("SENDS_PER_IP_PER_HOUR", "many")]).unwrap_err().message, "`many` is not a whole number");
        assert_eq!(cfg(&[("ARGON2_MAX_CONCURRENCY", "0")]).unwrap_err().var, "ARGON2_MAX_CONCURRENCY");
        assert_eq!(cfg(&[("ARGON2_MAX_CONCURRENCY", "3")]).unwrap().argon2_max_concurrency, 3);
    }

    #[test]
    fn session_code_and_flow_lifetimes_are_settings_with_the_old_defaults() {
        let l = cfg(&[]).unwrap().limits;
        assert_eq!(
            (l.session_ttl, l.session_idle_ttl, l.pending_ttl, l.two_factor_ttl, l.flow_ttl),
            (30 * 86_400, 7 * 86_400, 86_400, 600, 30 * 60)
        );
        let l = cfg(&[("PENDING_TTL", "2h"), ("TWO_FACTOR_TTL", "5m"), ("FLOW_TTL", "1h")]).unwrap().limits;
        assert_eq!((l.pending_ttl, l.two_factor_ttl, l.flow_ttl), (7_200, 300, 3_600));
        for (var, value) in [
            ("PENDING_TTL", "5m"),
            ("PENDING_TTL", "8d"),
            ("TWO_FACTOR_TTL", "30s"),
            ("TWO_FACTOR_TTL", "2h"),
            ("FLOW_TTL", "5m"),
            ("FLOW_TTL", "2d"),
            ("FLOW_TTL", "later"),
        ] {
            assert_eq!(cfg(&[(var, value)]).unwrap_err().var, var, "{var}={value}");
        }
    }

    #[test]
    fn a_code_ttl_under_a_minute_needs_the_test_switch() {
        let e = cfg(&[("CODE_TTL", "6s")]).unwrap_err();
        assert_eq!(e.var, "CODE_TTL");
        assert!(e.message.contains("at least 1m") && e.message.contains("ALLOW_SHORT_CODE_TTL=1"), "{}", e.message);
        assert_eq!(cfg(&[("CODE_TTL", "6s"), ("ALLOW_SHORT_CODE_TTL", "1")]).unwrap().limits.code_ttl, 6);
        assert_eq!(cfg(&[("CODE_TTL", "1m")]).unwrap().limits.code_ttl, 60);
        assert_eq!(cfg(&[("CODE_TTL", "4s"), ("ALLOW_SHORT_CODE_TTL", "1")]).unwrap_err().var, "CODE_TTL");
        assert_eq!(cfg(&[("CODE_TTL", "6s"), ("ALLOW_SHORT_CODE_TTL", "0")]).unwrap_err().var, "CODE_TTL");
        assert_eq!(cfg(&[("ALLOW_SHORT_CODE_TTL", "yes")]).unwrap_err().var, "ALLOW_SHORT_CODE_TTL");
        assert_eq!(cfg(&[("ALLOW_CONSOLE_PROVIDER", "true")]).unwrap_err().var, "ALLOW_CONSOLE_PROVIDER");
    }

    #[test]
    fn redirect_hosts_and_the_cookie_domain_are_host_names() {
        let c = cfg(&[("ALLOWED_REDIRECT_HOSTS", " App.Example.com, grafana.example.com:8443,")]).unwrap();
        assert_eq!(c.allowed_redirect_hosts, ["app.example.com", "grafana.example.com:8443"]);
        assert!(cfg(&[]).unwrap().allowed_redirect_hosts.is_empty());
        for bad in ["https://app.example.com", "*.example.com", "app.example.com/x", "a:0", "a:99999", "evil.com@app.example.com"] {
            let e = cfg(&[("ALLOWED_REDIRECT_HOSTS", bad)]).unwrap_err();
            assert!(e.to_string().contains("ALLOWED_REDIRECT_HOSTS"), "{bad}: {e}");
        }
        let vars = [
            ("PUBLIC_URL", "https://auth.example.com"),
            ("SESSION_COOKIE_DOMAIN", ".Example.com"),
            ("SMS_PROVIDER", "console"),
            ("ALLOW_CONSOLE_PROVIDER", "1"),
        ];
        assert_eq!(cfg(&vars).unwrap().session_cookie_domain.as_deref(), Some("example.com"));
        assert!(cfg(&[]).unwrap().session_cookie_domain.is_none());
        for bad in ["com", "other.org", "exa mple.com"] {
            let vars = [("PUBLIC_URL", "https://auth.example.com"), ("SESSION_COOKIE_DOMAIN", bad), ("ALLOW_CONSOLE_PROVIDER", "1")];
            let e = cfg(&vars).unwrap_err();
            assert!(e.to_string().contains("SESSION_COOKIE_DOMAIN"), "{bad}: {e}");
        }
    }

    #[test]
    fn trusted_proxies_are_addresses_and_blocks() {
        let c = cfg(&[("TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8,fd00::/8,")]).unwrap();
        let ip = |s: &str| s.parse::<std::net::IpAddr>().unwrap();
        let trusted = |s: &str| c.trusted_proxies.iter().any(|p| p.contains(ip(s)));
        assert_eq!(c.trusted_proxies.len(), 3);
        assert!(trusted("127.0.0.1") && !trusted("127.0.0.2") && trusted("10.200.0.1") && trusted("fd12::1") && !trusted("8.8.8.8"));
        assert!(cfg(&[]).unwrap().trusted_proxies.is_empty());
        for bad in ["10.0.0.0/33", "proxy.local", "10.0.0.1, 300.0.0.1"] {
            let e = cfg(&[("TRUSTED_PROXIES", bad)]).unwrap_err();
            assert_eq!(e.var, "TRUSTED_PROXIES", "{bad}");
            assert!(e.message.contains("is not an IP address or block"), "{}", e.message);
        }
    }

    #[test]
    fn blank_variables_are_unset_and_values_are_trimmed() {
        let c = cfg(&[
            ("CODE_TTL", "  "),
            ("APP_SECRET", ""),
            ("SMS_PROVIDER", " "),
            ("DEFAULT_COUNTRY", " gb "),
            ("SMS_ALLOWED_COUNTRIES", "gb, fr,"),
            ("PUBLIC_URL", " http://localhost:3000/ "),
            ("APP_NAME", " Acme "),
        ])
        .unwrap();
        assert_eq!((c.limits.code_ttl, c.app_secret.is_none(), c.sms[0].name()), (300, true, "console"));
        assert_eq!((c.default_country.as_str(), c.allowed_countries.clone()), ("GB", vec!["GB".to_string(), "FR".to_string()]));
        assert_eq!((c.public_url.as_str(), c.app_name.as_str()), ("http://localhost:3000", "Acme"));
        assert_eq!(cfg(&[("SMS_ALLOWED_COUNTRIES", "GB,XX")]).unwrap_err().var, "SMS_ALLOWED_COUNTRIES");
    }

    #[test]
    fn the_listen_address_and_the_log_settings_are_checked() {
        let c = cfg(&[("LEPTOS_SITE_ADDR", "127.0.0.1:4000"), ("RUST_LOG", "phone_auth=debug,info"), ("LOG_FORMAT", "json")]).unwrap();
        assert_eq!((c.listen.port(), c.public_url.as_str()), (4000, "http://127.0.0.1:4000"));
        assert_eq!((c.log_filter.as_str(), c.log_format), ("phone_auth=debug,info", LogFormat::Json));
        assert_eq!(cfg(&[]).unwrap().log_filter, "info");
        assert_eq!(cfg(&[("LEPTOS_SITE_ADDR", "localhost")]).unwrap_err().var, "LEPTOS_SITE_ADDR");
        assert_eq!(cfg(&[("RUST_LOG", "phone_auth=loud")]).unwrap_err().var, "RUST_LOG");
        let e = cfg(&[("LOG_FORMAT", "xml")]).unwrap_err();
        assert_eq!((e.var.as_str(), e.message.as_str()), ("LOG_FORMAT", "`xml` is not one of: human, json"));
        let e = cfg(&[("SMS_PROVIDER", "pigeon")]).unwrap_err();
        assert_eq!(e.message, "`pigeon` is not a provider: console, twilio, twilio-verify or vonage");
    }

    #[test]
    fn messages_never_repeat_a_secret() {
        for (var, value) in [
            ("APP_SECRET", "too-short-but-secret"),
            ("METRICS_TOKEN", "short-secret"),
            ("TWILIO_AUTH_TOKEN", "secret-token-that-is-not-hex-0123"),
            ("DATABASE_URL", "mysql://app:pw-secret@db/auth"),
        ] {
            let e = cfg(&[(var, value)]).unwrap_err();
            assert_eq!(e.var, var);
            assert!(!e.to_string().contains("secret"), "{e}");
        }
    }

    #[test]
    fn the_brand_colour_and_the_logo_are_checked() {
        let c = cfg(&[]).unwrap();
        assert_eq!((c.brand_color.hex(), c.logo_url.clone()), ("#2f5bea".to_string(), None));
        let c = cfg(&[("BRAND_COLOR", " #FF6600 "), ("LOGO_URL", "/logo.svg")]).unwrap();
        assert_eq!((c.brand_color.hex(), c.logo_url.as_deref()), ("#ff6600".to_string(), Some("/logo.svg")));
        assert_eq!(
            cfg(&[("LOGO_URL", "https://cdn.example.com/brand/logo.png")]).unwrap().logo_url.as_deref(),
            Some("https://cdn.example.com/brand/logo.png")
        );
        for bad in ["orange", "#f60", "ff6600", "#ff660"] {
            let e = cfg(&[("BRAND_COLOR", bad)]).unwrap_err();
            assert_eq!((e.var.as_str(), e.message.as_str()), ("BRAND_COLOR", "must be a colour like #2f5bea"), "{bad}");
        }
        for bad in [
            "http://cdn.example.com/logo.png",
            "//evil.example/logo.png",
            "javascript:alert(1)",
            "logo.svg",
            "/logo.svg\" onload=\"x",
            "data:image/png;base64,AAAA",
        ] {
            assert_eq!(cfg(&[("LOGO_URL", bad)]).unwrap_err().var, "LOGO_URL", "{bad}");
        }
    }

    /// README's configuration section lists exactly the variables declared here.
    #[test]
    fn the_readme_lists_every_variable() {
        let readme = include_str!("../../README.md");
        let section = readme.split("\n## Configuration\n").nth(1).expect("README has a Configuration section");
        let section = section.split("\n## ").next().unwrap();
        let declared = variables();
        for var in &declared {
            assert!(section.contains(&format!("`{var}`")), "README does not list {var}");
        }
        for row in section.lines().filter(|l| l.starts_with("| `")) {
            let names = row.split('|').nth(1).unwrap();
            for name in names.split('`').skip(1).step_by(2) {
                assert!(declared.iter().any(|v| v == name), "README lists {name}, which is not declared");
            }
        }
    }
}
