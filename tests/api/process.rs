//! The real binary as a process: graceful shutdown, JSON logs without secrets, the
//! operator's commands, and durability under SIGKILL. The binary is `PHONE_AUTH_BIN` when
//! set (`./x test` points it at the release build), else this build's debug binary.

use crate::fake_twilio::{FakeFailure, FakeTwilio, DEFAULT_SECRET};
use crate::helpers::*;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn binary() -> String {
    std::env::var("PHONE_AUTH_BIN").ok().filter(|p| !p.is_empty()).unwrap_or_else(|| env!("CARGO_BIN_EXE_phone-auth").to_string())
}

/// A fresh folder for one test's files, removed with everything in it when the test ends.
struct TempDir(std::path::PathBuf);

impl std::ops::Deref for TempDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl AsRef<std::path::Path> for TempDir {
    fn as_ref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(name: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("phone-auth-{name}-{}-{}", std::process::id(), rand::random::<u32>()));
    std::fs::create_dir_all(&dir).unwrap();
    TempDir(dir)
}

/// A running server process, with its log lines collected.
struct Server {
    child: Child,
    base: String,
    logs: Arc<Mutex<Vec<String>>>,
}

impl Server {
    async fn start(dir: &std::path::Path, db: &str, vars: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(binary());
        cmd.current_dir(dir)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            // Port 0: the process binds a free port and logs it. A port chosen here and
            // bound there could be taken in between (by another test's connection), and
            // the wait below could then find another server answering on it.
            .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
            .env("DATABASE_URL", db)
            .env("APP_SECRET", "process-test-secret-0123456789abcdef")
            .env("DEFAULT_COUNTRY", "GB")
            .env("SENDS_PER_IP_PER_HOUR", "100000")
            // The storms send codes they never use: the conversion watch counts, never brakes.
            .env("CONVERSION_CHALLENGE_BELOW", "0")
            .env("CONVERSION_PAUSE_BELOW", "0")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start phone-auth");
        let logs = Arc::new(Mutex::new(Vec::new()));
        for pipe in
            [child.stdout.take().map(|p| Box::new(p) as Box<dyn std::io::Read + Send>), child.stderr.take().map(|p| Box::new(p) as _)]
                .into_iter()
                .flatten()
        {
            let logs = logs.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    logs.lock().unwrap().push(line);
                }
            });
        }
        let client = new_client();
        let began = Instant::now();
        let mut base = None;
        loop {
            if base.is_none() {
                base = logs.lock().unwrap().iter().find_map(|line| listening_on(line));
            }
            if let Some(base) = &base {
                if client.get(format!("{base}/healthz")).send().await.is_ok_and(|r| r.status() == 200) {
                    break;
                }
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("phone-auth exited with {status}: {:?}", logs.lock().unwrap());
            }
            assert!(began.elapsed() < Duration::from_secs(30), "phone-auth did not start: {:?}", logs.lock().unwrap());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Server { child, base: base.unwrap(), logs }
    }

    fn signal(&self, sig: &str) {
        let ok = Command::new("kill").arg(format!("-{sig}")).arg(self.child.id().to_string()).status().unwrap().success();
        assert!(ok, "kill -{sig}");
    }

    async fn wait(&mut self, within: Duration) -> std::process::ExitStatus {
        let began = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(began.elapsed() < within, "the process did not exit within {within:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn log_text(&self) -> Vec<String> {
        self.logs.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The base URL in the process's "listening on http://…" log line, if `line` is it.
fn listening_on(line: &str) -> Option<String> {
    let rest = &line[line.find("listening on http://")? + "listening on ".len()..];
    let end = rest["http://".len()..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || ".:[]".contains(c)))
        .map_or(rest.len(), |i| i + "http://".len());
    Some(rest[..end].to_string())
}

fn twilio_vars(fake: &FakeTwilio) -> Vec<(&'static str, String)> {
    vec![
        ("SMS_PROVIDER", "twilio".into()),
        ("TWILIO_API_BASE", fake.base_url.clone()),
        ("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef".into()),
        ("TWILIO_AUTH_TOKEN", DEFAULT_SECRET.into()),
        ("TWILIO_FROM_NUMBER", "+15005550006".into()),
        ("TWILIO_TIMEOUT", "1s".into()),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_requests_in_flight_then_exits() {
    let fake = FakeTwilio::start().await;
    let dir = temp_dir("shutdown");
    let vars = twilio_vars(&fake);
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut server = Server::start(&dir, &format!("sqlite://{}/db.sqlite", dir.display()), &vars).await;
    // Twilio hangs: this sign-up takes two timed-out attempts (about 2 s).
    fake.fail_next(FakeFailure::Hang, 2);
    let base = server.base.clone();
    let in_flight = tokio::spawn(async move {
        new_client()
            .post(format!("{base}/api/sign-up"))
            .form(&[("country", "GB"), ("phone", random_phone().as_str()), ("password", PASSWORD), ("confirm", PASSWORD)])
            .send()
            .await
    });
    // Wait until the request reached Twilio, then ask the server to stop.
    let began = Instant::now();
    while fake.requests().is_empty() {
        assert!(began.elapsed() < Duration::from_secs(10));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.signal("TERM");
    // No new connections after the signal (waited for, within a bound).
    let began = Instant::now();
    while new_client().get(format!("{}/healthz", server.base)).send().await.is_ok() {
        assert!(began.elapsed() < Duration::from_secs(5), "still accepting connections 5 s after the signal");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(!in_flight.is_finished(), "the request in flight is still being answered");
    let answer = in_flight.await.unwrap().expect("the request in flight was answered");
    assert_eq!(answer.status(), 503, "it finished (Twilio down: could not send)");
    let status = server.wait(Duration::from_secs(12)).await;
    assert!(status.success(), "{status}");
    assert!(server.log_text().iter().any(|l| l.contains("shutting down")), "{:?}", server.log_text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_carry_request_ids_and_no_secrets() {
    let fake = FakeTwilio::start().await;
    let dir = temp_dir("logs");
    let mut vars = twilio_vars(&fake);
    vars.push(("LOG_FORMAT", "json".into()));
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let server = Server::start(&dir, &format!("sqlite://{}/db.sqlite", dir.display()), &vars).await;
    let client = new_client();
    let phone = random_phone();
    let password = "a secret long passphrase";
    let r = client
        .post(format!("{}/api/sign-up", server.base))
        .header("x-request-id", "trace-me-0001")
        .form(&[("country", "GB"), ("phone", phone.as_str()), ("password", password), ("confirm", password)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let token = session_cookie(&r).unwrap();
    let code = fake.code_for(&phone).unwrap();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    client.post(format!("{}/api/verify", server.base)).form(&[("code", wrong)]).send().await.unwrap();
    let r = client.post(format!("{}/api/verify", server.base)).form(&[("code", code.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let token2 = session_cookie(&r).unwrap();
    client
        .post(format!("{}/api/sign-in", server.base))
        .form(&[("country", "GB"), ("phone", phone.as_str()), ("password", "wrong one")])
        .send()
        .await
        .unwrap();
    // The last request's summary line is written after its answer: wait for it.
    let began = Instant::now();
    while !server.log_text().iter().any(|l| l.contains("answered") && l.contains("/api/sign-in")) {
        assert!(began.elapsed() < Duration::from_secs(10), "no summary line for the sign-in: {:?}", server.log_text());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    let lines = server.log_text();
    assert!(lines.len() >= 5, "{lines:?}");
    let mut traced = 0;
    for line in &lines {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(v["level"].is_string() && v["timestamp"].is_string(), "{line}");
        // Secrets would be in the text of the line (its strings), not in its numbers
        // (a latency like 0.0417520000000004 is not a code).
        let mut texts = vec![];
        strings_of(&v, &mut texts);
        for secret in [password, "wrong one", token.as_str(), token2.as_str(), code.as_str(), wrong, &phone[1..], DEFAULT_SECRET] {
            assert!(texts.iter().all(|t| !t.contains(secret)), "a secret or a full number reached the log: {line}");
        }
        if v["span"]["id"] == "trace-me-0001" {
            traced += 1;
        }
    }
    assert!(traced >= 2, "the sign-up's lines carry its request id: {lines:#?}");
    assert!(lines.iter().any(|l| l.contains(&crate::helpers::masked(&phone))), "numbers appear masked: {lines:#?}");
}

fn strings_of(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings_of(x, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| {
            out.push(k.clone());
            strings_of(x, out)
        }),
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_commands_list_show_and_revoke() {
    let dir = temp_dir("cli");
    let db = format!("sqlite://{}/db.sqlite?mode=rwc", dir.display());
    let app = spawn_app_on(db.clone(), Options::default()).await;
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    let run = |args: &[&str]| {
        let out = Command::new(binary())
            .args(args)
            .env_clear()
            .env("DATABASE_URL", &db)
            .env("APP_SECRET", "integration-test-secret-0123456789abcdef")
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, out, _) = run(&["migrate"]);
    assert_eq!((code, out.trim()), (Some(0), "migrations are up to date"));
    let (code, out, _) = run(&["users", "list"]);
    assert_eq!(code, Some(0));
    assert!(out.contains(&phone) && out.contains("1 user(s)"), "{out}");
    let (code, out, _) = run(&["users", "show", &phone]);
    assert_eq!(code, Some(0));
    assert!(out.contains("verified") && out.contains("sessions (1)") && out.contains("phone_verified"), "{out}");
    // Support for someone who lost every second factor: 2FA off, the app and codes gone.
    let p = phone_auth::domain::PhoneNumber::parse(None, &phone, &[]).unwrap();
    let user = app.state.db.user_by_phone(&p).await.unwrap().unwrap();
    app.state.db.set_two_factor(user.id, true, 1).await.unwrap();
    app.state.db.new_recovery_codes(user.id, &["a".repeat(64), "b".repeat(64)], 1).await.unwrap();
    let (code, out, _) = run(&["users", "show", &phone]);
    assert_eq!(code, Some(0));
    assert!(out.contains("2fa        on (authenticator app none; 2 recovery code(s) left)"), "{out}");
    let (code, out, _) = run(&["users", "reset-2fa", &phone]);
    assert_eq!(
        (code, out.trim().to_string()),
        (Some(0), format!("two-factor sign-in is off for {phone}; its authenticator app and recovery codes are removed"))
    );
    let (code, out, _) = run(&["users", "show", &phone]);
    assert_eq!(code, Some(0));
    assert!(out.contains("2fa        off") && out.contains("An administrator turned off two-factor sign-in"), "{out}");
    assert!(out.contains("passkeys   0"), "{out}");
    assert_eq!(app.state.db.factor_summary(user.id).await.unwrap().recovery_made, 0);
    let (code, out, _) = run(&["users", "reset-2fa", &phone]);
    assert_eq!((code, out.trim().to_string()), (Some(0), format!("two-factor sign-in is already off for {phone}")));
    let (code, out, _) = run(&["sessions", "revoke-all", &phone]);
    assert_eq!(code, Some(0));
    assert_eq!(out.trim(), format!("ended 1 session(s) of {phone}"));
    assert_eq!(app.page(&app.client, "/profile").await.status(), 302, "signed out everywhere");
    let (code, _, err) = run(&["users", "show", "+447400000000"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("no user has the number"), "{err}");
    let (code, _, err) = run(&["users", "frobnicate"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--help"));
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("TWILIO_VERIFY_SERVICE_SID") && out.contains("sessions revoke-all"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_commands_register_clients_and_rotate_keys() {
    let dir = temp_dir("cli-oidc");
    let db = format!("sqlite://{}/db.sqlite?mode=rwc", dir.display());
    let app = spawn_app_on(db.clone(), Options::default()).await;
    let run = |args: &[&str]| {
        let out = Command::new(binary())
            .args(args)
            .env_clear()
            .env("DATABASE_URL", &db)
            .env("APP_SECRET", "integration-test-secret-0123456789abcdef")
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, out, err) = run(&[
        "clients",
        "add",
        "--name",
        "My App",
        "--redirect-uri",
        "https://app.example/cb",
        "--redirect-uri",
        "https://app.example/cb2",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let field = |name: &str| {
        out.lines().find_map(|l| l.strip_prefix(name)).map(|v| v.trim().to_string()).unwrap_or_else(|| panic!("{name}: {out}"))
    };
    let (id, secret) = (field("client_id"), field("client_secret"));
    assert!(out.contains("shown only this once"), "{out}");
    let stored = app.state.db.client(&id).await.unwrap().expect("stored");
    assert_eq!(stored.redirect_uris.0, vec!["https://app.example/cb", "https://app.example/cb2"]);
    assert_eq!(stored.secret_hash.as_deref(), Some(phone_auth::server::services::oidc::hash_secret(&secret).as_str()));
    assert!(!format!("{stored:?}").contains(stored.secret_hash.as_deref().unwrap()), "Debug hides the hash");
    let (code, out, _) = run(&["clients", "add", "--name", "Spa", "--redirect-uri", "http://localhost:5173/cb", "--public"]);
    assert_eq!(code, Some(0));
    assert!(!out.contains("client_secret"), "a public client has no secret: {out}");
    let (code, out, _) = run(&["clients", "list"]);
    assert_eq!(code, Some(0));
    assert!(out.contains(&id) && out.contains("My App") && out.contains("public") && out.contains("2 client(s)"), "{out}");
    assert!(!out.contains(&secret));
    let (code, _, err) = run(&["clients", "add", "--name", "Bad", "--redirect-uri", "/relative"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("not an absolute URI"), "{err}");
    // A rotation by the command is what the running app signs with next.
    let before = app.state.oidc_keys.active(&app.state.db, &app.state.cookie_keys.signing_keys).await.unwrap().kid.clone();
    let (code, out, err) = run(&["keys", "rotate"]);
    assert_eq!(code, Some(0), "{err}");
    let kid = out.split_whitespace().nth(3).unwrap().trim_end_matches(';').to_string();
    assert!(out.contains("signs in 300 s"), "{out}");
    let active = || async { app.state.oidc_keys.active(&app.state.db, &app.state.cookie_keys.signing_keys).await.unwrap().kid.clone() };
    assert_eq!(active().await, before, "the old key signs while the new one is published");
    sqlx::query("UPDATE oidc_signing_keys SET retired_at = retired_at - 301 WHERE kid = $1")
        .bind(&before)
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    assert_eq!(active().await, kid);
    let jwks: serde_json::Value = app.client.get(app.url("/oauth/jwks")).send().await.unwrap().json().await.unwrap();
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 2, "the old key stays published");
    let (code, out, _) = run(&["clients", "remove", &id]);
    assert_eq!((code, out.trim().starts_with("removed client")), (Some(0), true));
    let (code, _, err) = run(&["clients", "remove", &id]);
    assert_eq!(code, Some(1));
    assert!(err.contains("no client has the id"), "{err}");
}

/// The `.env` file of the working directory is read (never over the environment), a blank
/// line in it is unset, and a code lifetime under a minute is taken only with the tests'
/// switch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_env_file_is_read_and_a_short_code_ttl_needs_the_test_switch() {
    let dir = temp_dir("dotenv");
    let db = format!("sqlite://{}/db.sqlite", dir.display());
    std::fs::write(dir.join(".env"), "CODE_TTL=6s\nALLOW_SHORT_CODE_TTL=1\nRESEND_COOLDOWN=3s\nTWILIO_API_KEY_SID=\nPENDING_TTL=\n")
        .unwrap();
    let server = Server::start(&dir, &db, &[("RESEND_COOLDOWN", "4s")]).await;
    let browser = reqwest::Client::builder().cookie_store(true).timeout(Duration::from_secs(10)).build().unwrap();
    let phone = random_phone();
    let r = browser
        .post(format!("{}/api/sign-up", server.base))
        .form(&[("country", "GB"), ("phone", phone.as_str()), ("password", PASSWORD), ("confirm", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let state: serde_json::Value = browser
        .post(format!("{}/api/code-state", server.base))
        .form(&[("purpose", "verify-phone")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state["code_ttl_s"], 6, "{state}");
    // The code and the cooldown start together: 4 s (the environment's) against 6 s.
    assert_eq!(state["resend_at_ms"].as_i64().unwrap() - state["expires_at_ms"].as_i64().unwrap(), -2_000, "{state}");
    drop(server);

    // Without the switch, the same lifetime stops the start with a sentence naming it.
    let out = Command::new(binary())
        .arg("migrate")
        .current_dir(&dir)
        .env_clear()
        .env("DATABASE_URL", &db)
        .env("ALLOW_SHORT_CODE_TTL", "0")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("configuration: CODE_TTL: must be at least 1m, got 6s") && err.contains("ALLOW_SHORT_CODE_TTL=1"), "{err}");
}

/// A sign-up storm, SIGKILL in the middle, a restart: every sign-up that was answered with
/// success is there, and SQLite says the file is sound.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_sign_ups_survive_sigkill() {
    let dir = temp_dir("durability");
    let db = format!("sqlite://{}/db.sqlite", dir.display());
    let server = Server::start(&dir, &db, &[("RESEND_COOLDOWN", "1s")]).await;
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut workers = vec![];
    for _ in 0..6 {
        let (base, acknowledged, stop) = (server.base.clone(), acknowledged.clone(), stop.clone());
        workers.push(tokio::spawn(async move {
            let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap();
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let phone = random_phone();
                let sent = client
                    .post(format!("{base}/api/sign-up"))
                    .form(&[("country", "GB"), ("phone", phone.as_str()), ("password", PASSWORD), ("confirm", PASSWORD)])
                    .send()
                    .await;
                match sent {
                    Ok(r) if r.status() == 200 => acknowledged.lock().unwrap().push(phone),
                    Ok(_) => {}
                    Err(_) => break,
                }
            }
        }));
    }
    // Let the storm run, then kill the server without warning.
    let began = Instant::now();
    while acknowledged.lock().unwrap().len() < 40 {
        assert!(began.elapsed() < Duration::from_secs(60), "the storm is too slow");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.signal("KILL");
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for w in workers {
        let _ = w.await;
    }
    drop(server);
    let acknowledged = acknowledged.lock().unwrap().clone();

    // Restart on the same file: everything acknowledged is there.
    let restarted = Server::start(&dir, &db, &[]).await;
    drop(restarted);
    sqlx::any::install_default_drivers();
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&db).await.unwrap();
    let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&mut conn).await.unwrap();
    assert_eq!(check, "ok");
    let mut missing = vec![];
    for phone in &acknowledged {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE phone = $1").bind(phone).fetch_one(&mut conn).await.unwrap();
        if n != 1 {
            missing.push(phone.clone());
        }
    }
    assert!(missing.is_empty(), "{} of {} acknowledged sign-ups lost: {missing:?}", missing.len(), acknowledged.len());
    println!("durability: {} acknowledged sign-ups, all present after SIGKILL and restart", acknowledged.len());
}
