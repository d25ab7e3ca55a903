//! Running as a service: readiness, metrics, request ids, several instances on one
//! PostgreSQL, and a database outage the app survives.

use crate::helpers::*;
use crate::on_both;
use serde_json::json;
use std::time::{Duration, Instant};

async fn ready_and_metrics(b: Backend) {
    let app = spawn_app(b).await;
    let r = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!((r.status().as_u16(), r.text().await.unwrap()), (200, "ready\nproviders: console closed".to_string()));

    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    app.sign_in_with(&new_client(), &phone, "wrong password!").await;
    let r = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let text = r.text().await.unwrap();
    for line in [
        "phone_auth_http_requests_total{route=\"/api/sign-up\",status=\"200\"} 1",
        "phone_auth_http_requests_total{route=\"/readyz\",status=\"200\"} 1",
        "phone_auth_codes_sent_total{provider=\"console\",channel=\"sms\",result=\"ok\"} 1",
        "phone_auth_code_checks_total{result=\"ok\"} 1",
        "phone_auth_sign_ins_total{method=\"password\",result=\"failed\"} 1",
        "phone_auth_active_sessions 1",
        "# TYPE phone_auth_http_request_duration_seconds histogram",
    ] {
        assert!(text.contains(line), "missing {line}:\n{text}");
    }
    assert!(text.contains("phone_auth_http_request_duration_seconds_count{route=\"/api/verify\"} 1"), "{text}");
    // Paths that match no route share one label: no unbounded series.
    app.client.get(app.url("/no/such/page/12345")).send().await.unwrap();
    let text = app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(!text.contains("12345") && text.contains("route=\"unmatched\""), "{text}");
}
on_both!(ready_and_metrics);

async fn metrics_can_require_a_token(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("METRICS_TOKEN", "a-long-metrics-token-123".into())] }).await;
    assert_eq!(app.client.get(app.url("/metrics")).send().await.unwrap().status(), 401);
    assert_eq!(app.client.get(app.url("/metrics")).bearer_auth("wrong-token-but-long-enough").send().await.unwrap().status(), 401);
    let r = app.client.get(app.url("/metrics")).bearer_auth("a-long-metrics-token-123").send().await.unwrap();
    assert_eq!(r.status(), 200);
}
on_both!(metrics_can_require_a_token);

async fn every_answer_has_a_request_id(b: Backend) {
    let app = spawn_app(b).await;
    let r = app.client.get(app.url("/healthz")).send().await.unwrap();
    let id = r.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_eq!(id.len(), 16);
    let r = app.client.get(app.url("/healthz")).header("x-request-id", "lb-7f3a-0001").send().await.unwrap();
    assert_eq!(r.headers()["x-request-id"], "lb-7f3a-0001", "a load balancer's id is kept");
    let r = app.client.get(app.url("/healthz")).header("x-request-id", "not an id; <script>").send().await.unwrap();
    assert_eq!(r.headers()["x-request-id"].len(), 16, "a made-up id replaces one that is not sane");
}
on_both!(every_answer_has_a_request_id);

/// ASVS 6.4: two instances on one PostgreSQL without APP_SECRET use one generated secret.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_without_app_secret_share_the_generated_one_on_postgres() {
    if !postgres_available() {
        return;
    }
    let db = fresh_database(Backend::Postgres).await;
    let unset = || Options { vars: vec![("APP_SECRET", String::new())] };
    // Started at the same moment: one generates the secret, both use it.
    let (a, b) = tokio::join!(spawn_app_on(db.url.clone(), unset()), spawn_app_on(db.url.clone(), unset()));
    assert_eq!(a.state.secret.expose(), b.state.secret.expose());
    assert!(a.state.secret.expose().len() >= 32);
    // A code sent (and hashed) by A is right on B.
    let browser = new_client();
    let phone = random_phone();
    let r = a.call_with(&browser, "sign-up", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    assert_eq!(r.status(), 200);
    let r = b.call_with(&browser, "verify", &[("code", &a.last_code(&phone).await)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
}

/// Two instances on one PostgreSQL database, started at the same moment (their migrations
/// race): sessions, codes, limits and sign-outs are shared.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_everything_on_postgres() {
    if !postgres_available() {
        return;
    }
    let db = fresh_database(Backend::Postgres).await;
    let (a, b) = tokio::join!(spawn_app_on(db.url.clone(), Options::default()), spawn_app_on(db.url.clone(), Options::default()));
    let browser = new_client();
    let phone = random_phone();

    // A code sent by A is checked by B; the session made on B works on A.
    let r = a.call_with(&browser, "sign-up", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    assert_eq!(r.status(), 200);
    let code = a.last_code(&phone).await;
    assert!(b.outbox(&phone).await.is_empty(), "B sent nothing");
    let r = b.call_with(&browser, "verify", &[("code", &code)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    assert_eq!(a.page(&browser, "/profile").await.status(), 200);
    assert_eq!(b.page(&browser, "/profile").await.status(), 200);

    // Limits count across both: a code from A puts B's resend in the cooldown.
    let other = new_client();
    let second = random_phone();
    a.call_with(&other, "sign-up", &[("country", "GB"), ("phone", &second), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    let e = b.json_of(&other, "resend-code", &[]).await;
    assert!(e["Cooldown"]["seconds"].as_u64().is_some(), "{e}");
    // And the hourly count: 5 sends in all, wherever they happen.
    for i in 0..4 {
        a.age_codes(&second, 31).await;
        let app = if i % 2 == 0 { &a } else { &b };
        assert_eq!(app.call_with(&other, "resend-code", &[]).await.status(), 200);
    }
    a.age_codes(&second, 31).await;
    let e = b.json_of(&other, "resend-code", &[]).await;
    assert!(e["TooManySends"]["minutes"].as_u64().is_some(), "{e}");

    // Signing out on B ends the session on A.
    assert_eq!(b.call_with(&browser, "sign-out", &[]).await.status(), 200);
    let r = a.page(&browser, "/profile").await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin?next=%2Fprofile".into()));
    // A failed-sign-in pause counts across both too.
    let metrics = a.client.get(a.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("phone_auth_active_sessions"), "{metrics}");
}

/// A TCP relay between the app and PostgreSQL that can be cut and restored: a database
/// outage without stopping the machine's server.
struct Relay {
    port: u16,
    up: std::sync::Arc<std::sync::atomic::AtomicBool>,
    conns: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl Relay {
    async fn start(target: String) -> Relay {
        use std::sync::atomic::Ordering;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let conns = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (up2, conns2) = (up.clone(), conns.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else { continue };
                if !up2.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let target = target.clone();
                let task = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                conns2.lock().unwrap().push(task.abort_handle());
            }
        });
        Relay { port, up, conns }
    }

    fn cut(&self) {
        self.up.store(false, std::sync::atomic::Ordering::SeqCst);
        for c in self.conns.lock().unwrap().drain(..) {
            c.abort();
        }
    }

    fn restore(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_is_survived() {
    if !postgres_available() {
        return;
    }
    // The same database, reached through the relay.
    let direct = fresh_database(Backend::Postgres).await;
    let parsed = url::Url::parse(&direct.url).unwrap();
    let target = format!("{}:{}", parsed.host_str().unwrap(), parsed.port().unwrap_or(5432));
    let relay = Relay::start(target).await;
    let mut through = parsed.clone();
    through.set_host(Some("127.0.0.1")).unwrap();
    through.set_port(Some(relay.port)).unwrap();
    let app = spawn_app_on(through.to_string(), Options::default()).await;
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;

    relay.cut();
    let began = Instant::now();
    let r = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 503);
    assert!(began.elapsed() < Duration::from_secs(3), "readiness answers quickly: {:?}", began.elapsed());
    let r = app.page(&app.client, "/profile").await;
    assert_eq!(r.status(), 503, "a page says the service is unavailable");
    assert!(r.text().await.unwrap().contains("The service is unavailable right now"));
    let e = app.json_of(&new_client(), "sign-in", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD)]).await;
    assert_eq!(e, json!("Unavailable"));

    relay.restore();
    let mut ready = false;
    for _ in 0..50 {
        if app.client.get(app.url("/readyz")).send().await.unwrap().status() == 200 {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(ready, "the app recovers by itself");
    assert_eq!(app.page(&app.client, "/profile").await.status(), 200);
}
