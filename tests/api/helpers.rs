//! `spawn_app`: the real application, built by the same `Application::build` as `main`,
//! on port 0 with a database of its own; plus a browser-like HTTP client.

use phone_auth::server::config::Config;
use phone_auth::server::startup::Application;
use phone_auth::server::state::AppState;
use reqwest::header::{ACCEPT, REFERER};
use reqwest::redirect::Policy;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs `$body` (an async fn taking a `Backend`) once per database: `name_sqlite`, and
/// `name_postgres` when TEST_DATABASE_URL is set (otherwise it says it skipped, or fails
/// with REQUIRE_POSTGRES set: see [`postgres_available`]).
#[macro_export]
macro_rules! on_both {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::helpers::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if !$crate::helpers::postgres_available() {
                    return;
                }
                super::$name($crate::helpers::Backend::Postgres).await
            }
        }
    };
}

/// Whether the PostgreSQL tier can run (TEST_DATABASE_URL set). When it is not, the test
/// says it skipped, and with REQUIRE_POSTGRES set (as CI sets it) it fails instead: a
/// missing database never passes silently there.
pub fn postgres_available() -> bool {
    if std::env::var("TEST_DATABASE_URL").is_ok_and(|v| !v.is_empty()) {
        return true;
    }
    assert!(std::env::var("REQUIRE_POSTGRES").is_err(), "REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not");
    eprintln!("skipped: TEST_DATABASE_URL is not set");
    false
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique(prefix: &str) -> String {
    format!("{prefix}_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst), rand_suffix())
}

fn rand_suffix() -> u32 {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
    t.subsec_nanos() % 1_000_000
}

/// A fresh database: a new SQLite file, or a new schema in the PostgreSQL database. It
/// is removed (the file and its WAL, or the schema) when this is dropped, at the end of
/// the test that made it.
pub struct TestDb {
    pub url: String,
    made: Made,
}

enum Made {
    SqliteFile(std::path::PathBuf),
    PostgresSchema { base: String, schema: String },
}

pub async fn fresh_database(backend: Backend) -> TestDb {
    match backend {
        Backend::Sqlite => {
            let dir = std::env::temp_dir().join("phone-auth-tests");
            std::fs::create_dir_all(&dir).unwrap();
            let file = dir.join(format!("{}.db", unique("t")));
            TestDb { url: format!("sqlite://{}?mode=rwc", file.display()), made: Made::SqliteFile(file) }
        }
        Backend::Postgres => {
            let base = std::env::var("TEST_DATABASE_URL").expect("TEST_DATABASE_URL");
            let schema = unique("t");
            sqlx::any::install_default_drivers();
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&base).await.expect("connect to TEST_DATABASE_URL");
            sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&mut conn).await.unwrap();
            let sep = if base.contains('?') { '&' } else { '?' };
            TestDb { url: format!("{base}{sep}options=-c%20search_path%3D{schema}"), made: Made::PostgresSchema { base, schema } }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.made {
            Made::SqliteFile(file) => {
                for suffix in ["", "-wal", "-shm"] {
                    let mut path = file.clone().into_os_string();
                    path.push(suffix);
                    let _ = std::fs::remove_file(path);
                }
            }
            // On a thread of its own: a drop cannot await, and may run inside the
            // test's runtime. The apps on it may still hold idle connections; a schema
            // drop does not wait for those.
            Made::PostgresSchema { base, schema } => {
                let (base, schema) = (base.clone(), schema.clone());
                let dropped = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                    rt.block_on(async {
                        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&base).await.map_err(|e| e.to_string())?;
                        sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
                            .execute(&mut conn)
                            .await
                            .map_err(|e| e.to_string())?;
                        Ok::<_, String>(())
                    })
                })
                .join();
                if let Ok(Err(e)) = dropped {
                    eprintln!("could not drop the test schema: {e}");
                }
            }
        }
    }
}

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    /// The database this app made for itself (removed when the app is dropped).
    _db: Option<TestDb>,
    /// A browser with JavaScript: server functions answer JSON; redirects not followed.
    pub client: reqwest::Client,
}

#[derive(Default)]
pub struct Options {
    pub vars: Vec<(&'static str, String)>,
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, Options::default()).await
}

pub async fn spawn_app_with(backend: Backend, opts: Options) -> TestApp {
    let db = fresh_database(backend).await;
    let mut app = spawn_app_on(db.url.clone(), opts).await;
    app._db = Some(db);
    app
}

/// A port free at this moment. Whoever binds it next may find it taken meanwhile (by
/// another test's listener or outgoing connection) and must then choose again.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// An app whose public URL is its real address (the issuer an OpenID relying party
/// checks, the address providers send receipts to), with `vars` besides. Its port is
/// chosen before the app binds it, so another test can take it in between (an outgoing
/// connection's local port, say): then it is chosen again.
pub async fn spawn_addressed_app(backend: Backend, vars: Vec<(&'static str, String)>) -> TestApp {
    let db = fresh_database(backend).await;
    for _ in 0..20 {
        let port = free_port();
        let mut vars = vars.clone();
        vars.push(("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}")));
        vars.push(("PUBLIC_URL", format!("http://127.0.0.1:{port}")));
        match try_spawn_app_on(db.url.clone(), Options { vars }).await {
            Ok(mut app) => {
                app._db = Some(db);
                return app;
            }
            Err(e) if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::AddrInUse)) => {
                continue
            }
            Err(e) => panic!("application builds: {e:#}"),
        }
    }
    panic!("no free port for the app in 20 tries");
}

/// An app on a given database (several apps may share one, as instances do).
pub async fn spawn_app_on(database_url: String, opts: Options) -> TestApp {
    try_spawn_app_on(database_url, opts).await.expect("application builds")
}

async fn try_spawn_app_on(database_url: String, opts: Options) -> anyhow::Result<TestApp> {
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("DATABASE_URL".into(), database_url);
    vars.insert("APP_SECRET".into(), "integration-test-secret-0123456789abcdef".into());
    vars.insert("DEFAULT_COUNTRY".into(), "GB".into());
    // New-browser alerts go out after the answer: a test that counts messages or events
    // would race them. Their own tests (devices.rs) and the browser tests turn them on.
    vars.insert("ALERT_NEW_DEVICE".into(), "0".into());
    // The conversion watch counts every send but never brakes: most tests send codes
    // they never use. Its own tests (brakes.rs) set the thresholds.
    vars.insert("CONVERSION_CHALLENGE_BELOW".into(), "0".into());
    vars.insert("CONVERSION_PAUSE_BELOW".into(), "0".into());
    for (k, v) in opts.vars {
        vars.insert(k.to_string(), v);
    }
    let leptos_options = leptos::config::get_config_from_str(include_str!("../../Leptos.toml")).unwrap();
    let config = Config::from_vars(|k| vars.get(k).cloned(), "127.0.0.1:0".parse().unwrap()).expect("test configuration");
    let app = Application::build(config, leptos_options).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    tokio::spawn(app.run_until(std::future::pending()));
    Ok(TestApp { base, state, _db: None, client: new_client() })
}

/// A fresh "browser": its own cookie jar, redirects not followed. A request that gets no
/// answer within 20 s fails the test (naming the URL) instead of hanging the suite.
pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(Policy::none()).timeout(std::time::Duration::from_secs(20)).build().unwrap()
}

/// A UK mobile number, as E.164, that no other call in this process returns: a random
/// start (chosen once per process, so runs differ) plus the call's count times a prime
/// coprime to 10^6 (distinct for a million calls). The start used to be drawn anew on
/// every call, so two calls could collide, and a test that sent to both hit a cooldown.
pub fn random_phone() -> String {
    static START: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    let start = *START.get_or_init(|| rand_suffix() as u64);
    format!("+447400{:06}", (COUNTER.fetch_add(1, Ordering::SeqCst) as u64 * 7919 + start) % 1_000_000)
}

pub const PASSWORD: &str = "correct horse battery staple";

/// The variables of an app that sends with Twilio Messaging at `api_base` (a fake).
pub fn twilio_messaging_vars(api_base: &str, secret: &str) -> Vec<(&'static str, String)> {
    vec![
        ("SMS_PROVIDER", "twilio".into()),
        ("TWILIO_API_BASE", api_base.to_string()),
        ("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef".into()),
        ("TWILIO_AUTH_TOKEN", secret.to_string()),
        ("TWILIO_FROM_NUMBER", "+15005550006".into()),
        ("TWILIO_TIMEOUT", "2s".into()),
    ]
}

/// Sends every `(client, form)` to `endpoint` at the same moment (tasks released by one
/// barrier) and returns each answer's status and JSON body (`Null` when it has none), in
/// order. A 5xx fails the test.
pub async fn concurrently(app: &TestApp, endpoint: &str, calls: Vec<(reqwest::Client, Vec<(&'static str, String)>)>) -> Vec<(u16, Value)> {
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(calls.len()));
    let mut tasks = Vec::new();
    for (client, form) in calls {
        let (url, barrier, endpoint) = (app.url(&format!("/api/{endpoint}")), barrier.clone(), endpoint.to_string());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let r = client.post(url).form(&form).send().await.unwrap();
            let status = r.status().as_u16();
            let text = r.text().await.unwrap();
            assert!(status < 500, "{endpoint}: {status} {text}");
            (status, serde_json::from_str::<Value>(&text).unwrap_or(Value::Null))
        }));
    }
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Calls a server function as the hydrated app does (form-encoded, JSON answer).
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.call_with(&self.client, endpoint, form).await
    }

    pub async fn call_with(&self, client: &reqwest::Client, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        client.post(self.url(&format!("/api/{endpoint}"))).form(form).send().await.unwrap()
    }

    /// Posts a form as a browser without JavaScript does: Accept text/html, a Referer.
    pub async fn post_form(&self, client: &reqwest::Client, endpoint: &str, from_page: &str, form: &[(&str, &str)]) -> reqwest::Response {
        client
            .post(self.url(&format!("/api/{endpoint}")))
            .header(ACCEPT, "text/html,application/xhtml+xml")
            .header(REFERER, self.url(from_page))
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// GETs a page as a browser navigation.
    pub async fn page(&self, client: &reqwest::Client, path: &str) -> reqwest::Response {
        client.get(self.url(path)).header(ACCEPT, "text/html").send().await.unwrap()
    }

    pub async fn sign_up(&self, phone: &str) -> reqwest::Response {
        self.call("sign-up", &[("country", "GB"), ("phone", phone), ("password", PASSWORD), ("confirm", PASSWORD), ("name", "Ada")]).await
    }

    /// Codes the console provider "sent" to `phone`, oldest first.
    pub async fn outbox(&self, phone: &str) -> Vec<Value> {
        let r = self.client.get(self.url("/dev/outbox.json")).query(&[("to", phone)]).send().await.unwrap();
        assert_eq!(r.status(), 200);
        r.json::<Vec<Value>>().await.unwrap()
    }

    /// The newest code sent to `phone` for `purpose` (`sign-in`, `2fa`, ...).
    pub async fn code_for(&self, phone: &str, purpose: &str) -> String {
        let all = self.outbox(phone).await;
        all.iter().rev().find(|m| m["purpose"] == purpose).unwrap_or_else(|| panic!("no {purpose} code to {phone}: {all:?}"))["code"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Signs `client` in with the password; returns the answer (not checked).
    pub async fn sign_in_with(&self, client: &reqwest::Client, phone: &str, password: &str) -> reqwest::Response {
        self.call_with(client, "sign-in", &[("country", "GB"), ("phone", phone), ("password", password)]).await
    }

    /// A JSON server function answer as a value (success or error alike).
    pub async fn json_of(&self, client: &reqwest::Client, endpoint: &str, form: &[(&str, &str)]) -> Value {
        let r = self.call_with(client, endpoint, form).await;
        let text = r.text().await.unwrap();
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("{endpoint}: not JSON: {text}"))
    }

    /// The kinds of the audit events of `phone`'s account, oldest first.
    pub async fn audit_kinds(&self, phone: &str) -> Vec<String> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT kind FROM audit_events e JOIN users u ON u.id = e.user_id WHERE u.phone = $1 ORDER BY e.id")
                .bind(phone)
                .fetch_all(&mut *self.state.db.read().await.unwrap())
                .await
                .unwrap();
        rows.into_iter().map(|r| r.0).collect()
    }

    pub async fn last_code(&self, phone: &str) -> String {
        let all = self.outbox(phone).await;
        // Notices (a new-browser alert on its way) carry no code.
        all.iter().rev().find(|m| m["purpose"] != "notice").unwrap_or_else(|| panic!("no code to {phone}: {all:?}"))["code"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Moves every code of `phone` `secs` seconds into the past (expiry and cooldown)
    /// instead of sleeping.
    pub async fn age_codes(&self, phone: &str, secs: i64) {
        sqlx::query("UPDATE verification_codes SET created_at = created_at - $1, expires_at = expires_at - $1 WHERE phone = $2")
            .bind(secs)
            .bind(phone)
            .execute(&mut *self.state.db.write().await.unwrap())
            .await
            .unwrap();
        // The resend cooldown's slot ages with them.
        sqlx::query("UPDATE send_slots SET sent_at = sent_at - $1 WHERE phone = $2")
            .bind(secs)
            .bind(phone)
            .execute(&mut *self.state.db.write().await.unwrap())
            .await
            .unwrap();
    }

    pub async fn count(&self, sql: &str, phone: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(sql).bind(phone).fetch_one(&mut *self.state.db.read().await.unwrap()).await.unwrap();
        n
    }

    /// Creates `n` verified accounts (password [`PASSWORD`]) directly in the database,
    /// quicker than signing up; returns their numbers.
    pub async fn verified_accounts(&self, n: usize) -> Vec<String> {
        let hash = self.state.hasher.hash(&phone_auth::domain::Password::from_attempt(PASSWORD.into())).await.unwrap();
        let mut phones = vec![];
        for _ in 0..n {
            let phone = random_phone();
            let p = phone_auth::domain::PhoneNumber::parse(None, &phone, &[]).unwrap();
            self.state.db.insert_verified_user(&p, &hash, None, 1).await.unwrap().expect("a fresh number");
            phones.push(phone);
        }
        phones
    }

    /// Signs up and verifies `phone`; the client ends signed in.
    pub async fn signed_up_and_verified(&self, phone: &str) {
        assert_eq!(self.sign_up(phone).await.status(), 200);
        let code = self.last_code(phone).await;
        let r = self.call("verify", &[("code", &code)]).await;
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    }
}

/// A verified account and a browser signed in to it (no 2FA): its number, user id and
/// the browser.
pub async fn signed_in_account(app: &TestApp) -> (String, i64, reqwest::Client) {
    let phone = app.verified_accounts(1).await.remove(0);
    let p = phone_auth::domain::PhoneNumber::parse(None, &phone, &[]).unwrap();
    let user = app.state.db.user_by_phone(&p).await.unwrap().unwrap();
    let browser = new_client();
    assert_eq!(location(&app.sign_in_with(&browser, &phone, PASSWORD).await), "/profile");
    (phone, user.id, browser)
}

/// How the account's latest sign-in signed in (its audit event).
pub async fn last_sign_in_method(app: &TestApp, user_id: i64) -> Option<phone_auth::domain::audit::SignInMethod> {
    let events = app.state.db.recent_audit(user_id, 30).await.unwrap();
    events.into_iter().find(|e| e.kind == phone_auth::domain::AuditKind::SignIn).and_then(|e| e.detail.method)
}

/// Waits for the work on its way after the answers (alerts: the app's background work)
/// to finish.
pub async fn settle(app: &TestApp) {
    let work = &app.state.background;
    work.close();
    work.wait().await;
    work.reopen();
}

/// The flow cookie's value in a response's Set-Cookie headers (`Some("")` when cleared).
pub fn flow_cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("pa_flow=").map(|rest| rest.split(';').next().unwrap_or("").to_string()))
}

/// A client that sends `cookie` (`name=value`) on every request and keeps no jar: one
/// browser holding exactly one token.
pub fn client_with_cookie(cookie: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::COOKIE, cookie.parse().unwrap());
    reqwest::Client::builder()
        .default_headers(headers)
        .redirect(Policy::none())
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .unwrap()
}

/// Every `Set-Cookie` header of a response.
pub fn set_cookie_headers(r: &reqwest::Response) -> Vec<String> {
    r.headers().get_all(reqwest::header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).map(str::to_string).collect()
}

/// The session cookie's value in a response's Set-Cookie headers.
pub fn session_cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("pa_session=").map(|rest| rest.split(';').next().unwrap_or("").to_string()))
}

pub async fn error_json(r: reqwest::Response) -> Value {
    let text = r.text().await.unwrap();
    serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"))
}

pub fn location(r: &reqwest::Response) -> String {
    r.headers().get(reqwest::header::LOCATION).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

/// A number as the logs show it.
pub fn masked(phone: &str) -> String {
    phone_auth::domain::phone::mask_e164(phone)
}
