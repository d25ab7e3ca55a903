//! Signed webhooks (issue 19 §4): events written to the outbox in the change's own
//! transaction, delivered as Standard Webhooks (checked here with the specification's
//! verification, written from it), retried with backoff, delivered once by any number of
//! instances, and surviving a restart.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode};
use base64::Engine as _;
use serde_json::Value;

use crate::fake_twilio::FakeTwilio;
use crate::helpers::*;
use crate::on_both;

/// The key of the tests' `WEBHOOK_SECRET`.
const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/// One delivery as the receiver saw it.
#[derive(Debug, Clone)]
struct Delivery {
    id: String,
    kind: String,
    data: Value,
}

/// The operator's app: verifies each delivery as the Standard Webhooks specification
/// says (signature over `id.timestamp.body`, timestamp within 5 minutes) and records it;
/// can be told to answer 500 for a while.
#[derive(Clone)]
struct Receiver {
    url: String,
    got: Arc<Mutex<Vec<Delivery>>>,
    bad: Arc<Mutex<Vec<String>>>,
    failing: Arc<Mutex<bool>>,
}

fn verify(headers: &HeaderMap, body: &str) -> Result<(String, i64), String> {
    let get = |k: &str| headers.get(k).and_then(|v| v.to_str().ok()).map(str::to_string).ok_or(format!("no {k}"));
    let (id, ts, sigs) = (get("webhook-id")?, get("webhook-timestamp")?, get("webhook-signature")?);
    let ts: i64 = ts.parse().map_err(|_| "timestamp is not a number".to_string())?;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    if (now - ts).abs() > 300 {
        return Err("stale timestamp".into());
    }
    let key = base64::engine::general_purpose::STANDARD.decode(SECRET.trim_start_matches("whsec_")).unwrap();
    use hmac::Mac;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{ts}.{body}").as_bytes());
    let expected = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    // The header may list several signatures, space-separated, each `v1,<base64>`.
    if sigs.split(' ').any(|s| s.strip_prefix("v1,") == Some(expected.as_str())) {
        Ok((id, ts))
    } else {
        Err(format!("bad signature {sigs}"))
    }
}

impl Receiver {
    async fn start() -> Receiver {
        let r = Receiver { url: String::new(), got: Default::default(), bad: Default::default(), failing: Arc::new(Mutex::new(false)) };
        let state = r.clone();
        let app = axum::Router::new().route(
            "/hooks",
            axum::routing::post(move |headers: HeaderMap, body: String| {
                let state = state.clone();
                async move {
                    if *state.failing.lock().unwrap() {
                        return StatusCode::INTERNAL_SERVER_ERROR;
                    }
                    match verify(&headers, &body) {
                        Ok((id, _)) => {
                            let v: Value = serde_json::from_str(&body).unwrap();
                            assert!(v["timestamp"].as_str().unwrap().ends_with('Z'), "{v}");
                            state.got.lock().unwrap().push(Delivery {
                                id,
                                kind: v["type"].as_str().unwrap().into(),
                                data: v["data"].clone(),
                            });
                            StatusCode::NO_CONTENT
                        }
                        Err(why) => {
                            state.bad.lock().unwrap().push(why);
                            StatusCode::UNAUTHORIZED
                        }
                    }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hooks", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Receiver { url, ..r }
    }

    fn deliveries(&self) -> Vec<Delivery> {
        assert_eq!(self.bad.lock().unwrap().clone(), Vec::<String>::new(), "every delivery verifies");
        self.got.lock().unwrap().clone()
    }

    /// The kinds of deliveries `from..`, sorted (events delivered together may arrive
    /// in any order, as Standard Webhooks allow).
    fn kinds(&self, from: usize) -> Vec<String> {
        let mut k: Vec<String> = self.deliveries().into_iter().skip(from).map(|d| d.kind).collect();
        k.sort();
        k
    }

    /// The delivery of `kind` among `from..`.
    fn one(&self, kind: &str, from: usize) -> Delivery {
        self.deliveries().into_iter().skip(from).find(|d| d.kind == kind).unwrap_or_else(|| panic!("no {kind}"))
    }

    fn fail(&self, on: bool) {
        *self.failing.lock().unwrap() = on;
    }

    /// Waits (up to 10 s) until `n` deliveries have come.
    async fn wait_for(&self, n: usize) -> Vec<Delivery> {
        for _ in 0..200 {
            if self.got.lock().unwrap().len() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.deliveries()
    }
}

fn hook_vars(receiver: &Receiver) -> Vec<(&'static str, String)> {
    vec![("WEBHOOK_URL", receiver.url.clone()), ("WEBHOOK_SECRET", SECRET.into())]
}

/// Waits (up to 10 s) until `n` outbox rows meet `condition`; returns how many do.
async fn outbox_until(app: &TestApp, condition: &str, n: i64) -> i64 {
    for _ in 0..200 {
        if outbox_count(app, condition).await == n {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    outbox_count(app, condition).await
}

async fn outbox_count(app: &TestApp, condition: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM webhook_outbox WHERE {condition}"))
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    n
}

/// The account's life, told to the operator's app: created and verified, signed in,
/// password changed (the other session ended), number changed, signed out.
async fn the_lifecycle_is_told_in_signed_events(b: Backend) {
    let receiver = Receiver::start().await;
    let app = spawn_app_with(b, Options { vars: hook_vars(&receiver) }).await;
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    receiver.wait_for(3).await;
    assert_eq!(receiver.kinds(0), ["session.created", "user.created", "user.phone_verified"]);
    let created = receiver.one("user.created", 0);
    let user_id = created.data["user_id"].as_i64().unwrap();
    assert_eq!(created.data["phone"], Value::String(phone.clone()));

    // Another browser signs in; a password change ends it.
    let other = new_client();
    assert_eq!(location(&app.sign_in_with(&other, &phone, PASSWORD).await), "/profile");
    receiver.wait_for(4).await;
    let fresh = "another long passphrase 42";
    let r = app.call("change-password", &[("current", PASSWORD), ("password", fresh), ("confirm", fresh)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    // The changing browser's session is renewed (ended as replaced, a new one created).
    receiver.wait_for(8).await;
    assert_eq!(receiver.kinds(3), ["session.created", "session.created", "session.ended", "session.ended", "user.password_changed"]);
    let mut reasons: Vec<String> = receiver
        .deliveries()
        .into_iter()
        .skip(3)
        .filter(|d| d.kind == "session.ended")
        .map(|d| {
            assert_eq!(d.data["user_id"].as_i64(), Some(user_id));
            d.data["reason"].as_str().unwrap().to_string()
        })
        .collect();
    reasons.sort();
    assert_eq!(reasons, ["password_changed", "replaced"]);

    // A phone change, then sign-out.
    let new = random_phone();
    let r = app.call("start-phone-change", &[("country", "GB"), ("phone", &new), ("current", fresh)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let code = app.code_for(&new, "change-phone").await;
    assert_eq!(app.call("confirm-phone-change", &[("code", &code)]).await.status(), 200);
    assert_eq!(app.call("sign-out", &[]).await.status(), 200);
    let got = receiver.wait_for(12).await;
    assert_eq!(receiver.kinds(8), ["session.created", "session.ended", "session.ended", "user.phone_changed"]);
    let changed = receiver.one("user.phone_changed", 8);
    assert_eq!((changed.data["phone"].as_str(), changed.data["previous_phone"].as_str()), (Some(new.as_str()), Some(phone.as_str())));
    let mut reasons: Vec<String> =
        got.iter().skip(8).filter(|d| d.kind == "session.ended").map(|d| d.data["reason"].as_str().unwrap().to_string()).collect();
    reasons.sort();
    assert_eq!(reasons, ["replaced", "signed_out"]);
    // Each once, by its id.
    let mut ids: Vec<String> = got.iter().map(|d| d.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12);
    assert_eq!(outbox_until(&app, "delivered_at IS NOT NULL", 12).await, 12);
}
on_both!(the_lifecycle_is_told_in_signed_events);

/// A receiver that fails: the event waits (5 s, then longer), is tried again, and is
/// delivered once it answers; `webhooks retry` makes a waiting one due at once.
async fn failed_deliveries_are_retried_with_backoff(b: Backend) {
    let receiver = Receiver::start().await;
    receiver.fail(true);
    let app = spawn_app_with(b, Options { vars: hook_vars(&receiver) }).await;
    app.signed_up_and_verified(&random_phone()).await;
    // Tried once, failed: the next try is 5 s later.
    assert_eq!(outbox_until(&app, "attempts >= 1 AND lease_until IS NULL", 3).await, 3);
    let rows: Vec<(i64, i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT attempts, next_attempt_at - created_at, retry_until - created_at, last_error FROM webhook_outbox ORDER BY id",
    )
    .fetch_all(&mut *app.state.db.read().await.unwrap())
    .await
    .unwrap();
    assert_eq!(rows.len(), 3, "user.created, user.phone_verified, session.created");
    for (attempts, wait, retry_for, error) in &rows {
        assert_eq!(*attempts, 1);
        assert!((5..=7).contains(wait), "the first retry comes 5 s later: {wait}");
        assert_eq!(*retry_for, 24 * 3600);
        assert_eq!(error.as_deref(), Some("HTTP 500"));
    }
    receiver.fail(false);
    // The second try (after 5 s) delivers them.
    let got = receiver.wait_for(3).await;
    assert_eq!(got.len(), 3);
    assert_eq!(outbox_until(&app, "delivered_at IS NOT NULL AND attempts = 2", 3).await, 3);

    // An abandoned event comes back with `webhooks retry`.
    receiver.fail(true);
    app.verified_accounts(1).await;
    assert_eq!(outbox_until(&app, "attempts >= 1 AND delivered_at IS NULL AND lease_until IS NULL", 2).await, 2);
    sqlx::query("UPDATE webhook_outbox SET failed_at = 1, next_attempt_at = next_attempt_at + 3600 WHERE delivered_at IS NULL")
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    receiver.fail(false);
    let ids: Vec<(String,)> = sqlx::query_as("SELECT event_id FROM webhook_outbox WHERE failed_at IS NOT NULL")
        .fetch_all(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(ids.len(), 2);
    for (id,) in &ids {
        assert!(app.state.db.retry_webhook(id, phone_auth::server::clock::now()).await.unwrap());
    }
    assert!(!app.state.db.retry_webhook("msg_unknown", phone_auth::server::clock::now()).await.unwrap());
    assert_eq!(receiver.wait_for(5).await.len(), 5);
    // The operator's view: every event delivered, and `retry` of a delivered one refused.
    use phone_auth::server::cli::{run, Command};
    let listed = run(Command::WebhooksList { limit: 10 }, &app.state.config).await.unwrap();
    assert_eq!(listed.matches("delivered 20").count(), 5, "{listed}");
    assert!(listed.ends_with("5 event(s)"), "{listed}");
    assert!(run(Command::WebhooksRetry(ids[0].0.clone()), &app.state.config).await.is_err(), "delivered: nothing to retry");
}
on_both!(failed_deliveries_are_retried_with_backoff);

/// Events written while no instance runs (a crash between the change and the delivery)
/// are delivered by the next instance; with two instances on one database, each event
/// reaches the receiver once.
async fn the_outbox_survives_and_is_delivered_once_by_two_instances(b: Backend) {
    let receiver = Receiver::start().await;
    let db = fresh_database(b).await;
    // The changes, written by a process that stops before delivering anything.
    let offline = phone_auth::server::db::Db::connect(&db.url).await.unwrap().with_webhooks(true);
    for _ in 0..15 {
        let p = phone_auth::domain::PhoneNumber::parse(None, &random_phone(), &[]).unwrap();
        offline.insert_verified_user(&p, "not-a-real-hash", None, phone_auth::server::clock::now()).await.unwrap().unwrap();
    }
    offline.close().await;
    // Two instances start together.
    let a = spawn_app_on(db.url.clone(), Options { vars: hook_vars(&receiver) }).await;
    let b2 = spawn_app_on(db.url.clone(), Options { vars: hook_vars(&receiver) }).await;
    // And both write more while they deliver.
    let more_a = a.verified_accounts(10);
    let more_b = b2.verified_accounts(10);
    let _ = tokio::join!(more_a, more_b);
    let got = receiver.wait_for(70).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let got_all = receiver.deliveries();
    assert_eq!(got_all.len(), got.len(), "nothing delivered twice after the fact");
    let mut per_id: HashMap<String, usize> = HashMap::new();
    for d in &got_all {
        *per_id.entry(d.id.clone()).or_default() += 1;
    }
    assert_eq!(per_id.len(), 70, "35 accounts, two events each");
    assert!(per_id.values().all(|n| *n == 1), "each event delivered once: {per_id:?}");
    let (instances,): (i64,) = sqlx::query_as("SELECT COUNT(DISTINCT leased_by) FROM webhook_outbox")
        .fetch_one(&mut *a.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert!(instances >= 1);
    drop(db);
}
on_both!(the_outbox_survives_and_is_delivered_once_by_two_instances);

/// An undelivered code is an event too.
async fn an_undelivered_code_is_an_event(b: Backend) {
    let receiver = Receiver::start().await;
    let fake = FakeTwilio::start().await;
    let mut vars = twilio_messaging_vars(&fake.base_url, crate::fake_twilio::DEFAULT_SECRET);
    vars.extend(hook_vars(&receiver));
    let app = spawn_addressed_app(b, vars).await;
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let sid = fake.last_sid_to(&phone).unwrap();
    assert_eq!(fake.post_status(&sid, "undelivered", Some("30003")).await, 204);
    let got = receiver.wait_for(1).await;
    assert_eq!(receiver.kinds(0), ["code.undelivered"]);
    assert_eq!(got[0].data["phone"], Value::String(phone));
    assert_eq!((got[0].data["purpose"].as_str(), got[0].data["error_code"].as_str()), (Some("verify-phone"), Some("30003")));
}
on_both!(an_undelivered_code_is_an_event);

/// Without WEBHOOK_URL nothing is written to the outbox.
async fn no_webhooks_no_outbox(b: Backend) {
    let app = spawn_app(b).await;
    app.signed_up_and_verified(&random_phone()).await;
    assert_eq!(outbox_count(&app, "1 = 1").await, 0);
}
on_both!(no_webhooks_no_outbox);
