//! Delivery (issue 19): the Vonage provider against its OpenAPI document, failover
//! between providers with a circuit breaker and country routes, and delivery receipts
//! (Twilio's signed status callbacks, Vonage's receipts) moving a code's state, shown
//! only where it cannot tell whether a number has an account.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use crate::fake_twilio::{FakeFailure, FakeTwilio};
use crate::fake_vonage::{FakeVonage, VonageFailure, API_KEY, API_SECRET};
use crate::helpers::*;
use crate::on_both;

pub(crate) fn vonage_vars(fake: &FakeVonage) -> Vec<(&'static str, String)> {
    vec![
        ("VONAGE_API_BASE", fake.base_url.clone()),
        ("VONAGE_API_KEY", API_KEY.into()),
        ("VONAGE_API_SECRET", API_SECRET.into()),
        ("VONAGE_FROM", "PhoneAuth".into()),
        ("VONAGE_TIMEOUT", "2s".into()),
    ]
}

/// An app sending with Twilio Messaging through `fake`, reachable at its public URL.
async fn twilio_app(b: Backend, fake: &FakeTwilio) -> TestApp {
    spawn_addressed_app(b, twilio_messaging_vars(&fake.base_url, crate::fake_twilio::DEFAULT_SECRET)).await
}

async fn vonage_app(b: Backend, extra: &[(&'static str, &str)]) -> (TestApp, FakeVonage) {
    let fake = FakeVonage::start().await;
    let mut vars = vonage_vars(&fake);
    vars.push(("SMS_PROVIDER", "vonage".into()));
    vars.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
    (spawn_addressed_app(b, vars).await, fake)
}

/// Both fakes, `SMS_PROVIDER` as given (twilio and vonage in some order).
async fn both_app(b: Backend, providers: &str, extra: &[(&'static str, &str)]) -> (TestApp, FakeTwilio, FakeVonage) {
    let twilio = FakeTwilio::start().await;
    let vonage = FakeVonage::start().await;
    let mut vars = twilio_messaging_vars(&twilio.base_url, crate::fake_twilio::DEFAULT_SECRET);
    vars.retain(|(k, _)| *k != "SMS_PROVIDER");
    vars.extend(vonage_vars(&vonage));
    vars.push(("SMS_PROVIDER", providers.into()));
    vars.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
    (spawn_addressed_app(b, vars).await, twilio, vonage)
}

pub(crate) fn spec() -> Value {
    let path = format!("{}/tests/vonage-oai/sms.yml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Checks one request against `POST /sms/{format}` of Vonage's OpenAPI document: the
/// path's format, form encoding, required fields, no unknown field, and each value
/// against its schema (length, pattern, enum, type). The problems found.
pub(crate) fn contract_problems(spec: &Value, req: &crate::fake_vonage::VonageRequest) -> Vec<String> {
    let mut problems = vec![];
    let op = &spec["paths"]["/{format}"]["post"];
    let formats: Vec<&str> = op["parameters"][0]["schema"]["enum"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    match req.path.strip_prefix("/sms/") {
        Some(f) if formats.contains(&f) => {}
        _ => problems.push(format!("path {} is not /sms/{{{}}}", req.path, formats.join("|"))),
    }
    let content = &op["requestBody"]["content"];
    let ct = req.content_type.clone().unwrap_or_default();
    if !content.as_object().unwrap().keys().any(|k| ct.starts_with(k.as_str())) {
        problems.push(format!("content type {ct} is not one the operation takes"));
    }
    let schema = &spec["components"]["schemas"]["NewMessage"];
    let props = schema["properties"].as_object().unwrap();
    for required in schema["required"].as_array().unwrap().iter().filter_map(Value::as_str) {
        if req.value(required).is_none() {
            problems.push(format!("required {required} is missing"));
        }
    }
    let mut seen = BTreeSet::new();
    for (k, v) in &req.form {
        if !seen.insert(k.clone()) {
            problems.push(format!("{k} is sent twice"));
        }
        let Some(p) = props.get(k) else {
            problems.push(format!("{k} is not a field of NewMessage"));
            continue;
        };
        let len = v.chars().count() as u64;
        if p["minLength"].as_u64().is_some_and(|min| len < min) || p["maxLength"].as_u64().is_some_and(|max| len > max) {
            problems.push(format!("{k}={v:?} has a length outside {}..{}", p["minLength"], p["maxLength"]));
        }
        if let Some(pattern) = p["pattern"].as_str() {
            if !regex::Regex::new(&format!("^(?:{pattern})$")).unwrap().is_match(v) {
                problems.push(format!("{k}={v:?} does not match {pattern}"));
            }
        }
        if let Some(values) = p["enum"].as_array() {
            if !values.iter().any(|e| e.as_str() == Some(v.as_str()) || e.as_i64().map(|n| n.to_string()).as_deref() == Some(v)) {
                problems.push(format!("{k}={v:?} is not one of {values:?}"));
            }
        }
        match p["type"].as_str() {
            Some("boolean") if v != "true" && v != "false" => problems.push(format!("{k}={v:?} is not a boolean")),
            Some("integer") if v.parse::<i64>().is_err() => problems.push(format!("{k}={v:?} is not an integer")),
            _ => {}
        }
        if k == "callback" && !(v.starts_with("https://") || v.starts_with("http://")) {
            problems.push(format!("callback {v:?} is not an absolute URL"));
        }
    }
    if req.value("api_secret").is_none() && req.value("sig").is_none() {
        problems.push("neither api_secret nor sig".into());
    }
    problems
}

/// Sign-up with SMS_PROVIDER=vonage: every request fits Vonage's OpenAPI document, the
/// number goes without `+`, a text outside GSM-7 goes as unicode, the code verifies.
async fn vonage_sends_what_its_spec_describes(b: Backend) {
    let (app, fake) = vonage_app(b, &[("APP_NAME", "Zoë's Café ✓")]).await;
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let req = fake.last_to(&phone).expect("a message to the number");
    let spec = spec();
    assert_eq!(contract_problems(&spec, &req), Vec::<String>::new());
    assert_eq!(req.value("to").as_deref(), Some(phone.trim_start_matches('+')));
    assert_eq!(req.value("type").as_deref(), Some("unicode"), "✓ is not GSM-7");
    assert_eq!(req.value("client-ref").as_deref(), Some("phone-auth-verify-phone"));
    assert!(req.value("callback").unwrap().ends_with("/hooks/vonage/receipt"));
    // Voice is not offered: Vonage's SMS API places no calls.
    assert_eq!(app.json_of(&app.client, "code-state", &[("purpose", "verify-phone")]).await["voice"], json!(false));
    let code = fake.code_for(&phone).unwrap();
    assert_eq!(app.call("verify", &[("code", &code)]).await.status(), 200);
    // A GSM-7 text goes as plain text (no type), and the contract checker itself catches a bad request.
    let (app, fake) = vonage_app(b, &[]).await;
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let mut req = fake.last_to(&phone).unwrap();
    assert_eq!(req.value("type"), None);
    assert_eq!(contract_problems(&spec, &req), Vec::<String>::new());
    req.form.push(("to".into(), "+44".into()));
    req.form.push(("colour".into(), "red".into()));
    assert_eq!(contract_problems(&spec, &req).len(), 4, "{:?}", contract_problems(&spec, &req));
}
on_both!(vonage_sends_what_its_spec_describes);

/// Vonage's in-body statuses reach people as Twilio's do: one sentence, no raw text, and
/// nothing spent when the provider is at fault.
async fn vonage_statuses_become_sentences(b: Backend) {
    let (app, fake) = vonage_app(b, &[]).await;
    for (status, want, http) in [
        ("3", json!({"Delivery": "InvalidNumber"}), 422),
        ("7", json!({"Delivery": "OptedOut"}), 422),
        ("33", json!({"Delivery": "InvalidNumber"}), 422),
        ("1", json!({"Delivery": "TooMany"}), 429),
        ("9", json!({"Delivery": "ProviderMisconfigured"}), 503),
    ] {
        fake.fail_next(VonageFailure::Status(status, "Some words about +447400123456"), 1);
        let r = app.sign_up(&random_phone()).await;
        assert_eq!(r.status(), http, "status {status}");
        let text = r.text().await.unwrap();
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), want, "status {status}");
        assert!(!text.contains("Some words"), "{text}");
    }
    // An outage: one retry, then "could not send"; nothing spent; the next try goes through.
    let phone = random_phone();
    let before = fake.requests().len();
    fake.fail_next(VonageFailure::Http(503), 2);
    assert_eq!(error_json(app.sign_up(&phone).await).await, json!({"Delivery": "Unavailable"}));
    assert_eq!(fake.requests().len(), before + 2, "one retry after a 5xx");
    assert_eq!(app.count("SELECT COUNT(*) FROM verification_codes WHERE phone = $1", &phone).await, 0);
    assert_eq!(app.sign_up(&phone).await.status(), 200);
}
on_both!(vonage_statuses_become_sentences);

/// `SMS_PROVIDER=twilio,vonage`: an outage, throttling or a refused region at Twilio goes
/// to Vonage at once; a problem of the number itself does not.
async fn failover_on_provider_problems_only(b: Backend) {
    let (app, twilio, vonage) = both_app(b, "twilio,vonage", &[]).await;
    let cases = [
        (FakeFailure::ServerError, 2),
        (FakeFailure::TwilioError { http_status: 429, code: 20429, message: "Too Many Requests".into() }, 1),
        (FakeFailure::TwilioError { http_status: 400, code: 21408, message: "Region not enabled".into() }, 1),
        // Our credentials at Twilio, or another refusal of our request (a From it rejects).
        (FakeFailure::TwilioError { http_status: 401, code: 20003, message: "Authenticate".into() }, 1),
        (FakeFailure::TwilioError { http_status: 400, code: 21606, message: "The From phone number is not valid".into() }, 1),
    ];
    for (failure, times) in cases {
        let phone = random_phone();
        twilio.fail_next(failure.clone(), times);
        let r = app.sign_up(&phone).await;
        assert_eq!(r.status(), 200, "{failure:?}: {}", r.text().await.unwrap());
        let code = vonage.code_for(&phone).unwrap_or_else(|| panic!("{failure:?}: Vonage sent it"));
        let (provider,): (String,) = sqlx::query_as("SELECT provider FROM verification_codes WHERE phone = $1")
            .bind(&phone)
            .fetch_one(&mut *app.state.db.read().await.unwrap())
            .await
            .unwrap();
        assert_eq!(provider, "vonage", "{failure:?}");
        assert_eq!(app.call("verify", &[("code", &code)]).await.status(), 200, "{failure:?}: the failed-over code works");
        app.call("sign-out", &[]).await;
    }
    // The number itself: no failover, the person hears why.
    let phone = random_phone();
    let sent_before = vonage.sent().len();
    twilio.fail_next(FakeFailure::TwilioError { http_status: 400, code: 21211, message: "Invalid 'To'".into() }, 1);
    assert_eq!(error_json(app.sign_up(&phone).await).await, json!({"Delivery": "InvalidNumber"}));
    assert_eq!(vonage.sent().len(), sent_before, "an invalid number is invalid at Vonage too");
    // Both down: the outage's sentence, nothing spent.
    let phone = random_phone();
    twilio.fail_next(FakeFailure::ServerError, 2);
    vonage.fail_next(VonageFailure::Http(500), 2);
    assert_eq!(error_json(app.sign_up(&phone).await).await, json!({"Delivery": "Unavailable"}));
    assert_eq!(app.count("SELECT COUNT(*) FROM rate_counters WHERE bucket = 'send:phone:' || $1", &phone).await, 0);
}
on_both!(failover_on_provider_problems_only);

async fn metrics_text(app: &TestApp) -> String {
    app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap()
}

async fn readyz(app: &TestApp) -> String {
    app.client.get(app.url("/readyz")).send().await.unwrap().text().await.unwrap()
}

/// A provider that keeps failing is skipped (its breaker opens: seen in /metrics and
/// /readyz); after a while one probe goes to it, and its success closes the breaker.
async fn a_failing_provider_is_skipped_then_probed(b: Backend) {
    let (app, twilio, vonage) = both_app(b, "twilio,vonage", &[]).await;
    assert!(readyz(&app).await.ends_with("providers: twilio closed, vonage closed"), "{}", readyz(&app).await);
    twilio.fail_next(FakeFailure::ServerError, 1000);
    for _ in 0..phone_auth::server::sms::failover::FAILURES_TO_OPEN {
        assert_eq!(app.sign_up(&random_phone()).await.status(), 200);
    }
    let metrics = metrics_text(&app).await;
    assert!(metrics.contains("phone_auth_provider_breaker{provider=\"twilio\"} 1"), "{metrics}");
    assert!(metrics.contains("phone_auth_provider_breaker{provider=\"vonage\"} 0"), "{metrics}");
    assert!(readyz(&app).await.contains("twilio open"));
    // Open: Twilio is not asked at all.
    let asked = twilio.requests().len();
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    assert_eq!(twilio.requests().len(), asked, "skipped while open");
    assert!(vonage.code_for(&phone).is_some());
    // Still open when Vonage is down too: a fast refusal, the outage's sentence.
    vonage.fail_next(VonageFailure::Http(500), 2);
    assert_eq!(error_json(app.sign_up(&random_phone()).await).await, json!({"Delivery": "Unavailable"}));
    assert_eq!(twilio.requests().len(), asked);
    // The breaker of this app was built with the default 30 s: the probe is checked in the
    // unit test of `Breaker`; here, that the gauge reads half open once the time is up is
    // covered there too.
}
on_both!(a_failing_provider_is_skipped_then_probed);

/// `SMS_ROUTES`: a country's route is tried first, the rest follow in order.
async fn routes_pick_the_first_provider_by_country(b: Backend) {
    let (app, twilio, vonage) = both_app(b, "twilio,vonage", &[("SMS_ROUTES", "GB:vonage,*:twilio")]).await;
    let gb = random_phone();
    assert_eq!(app.sign_up(&gb).await.status(), 200);
    assert!(vonage.code_for(&gb).is_some(), "GB goes to Vonage first");
    // The operator's `codes recent` names the provider of each code.
    let listed = phone_auth::server::cli::run(phone_auth::server::cli::Command::CodesRecent { limit: 5 }, &app.state.config).await.unwrap();
    assert!(listed.contains("vonage") && listed.contains("queued") && listed.contains(&masked(&gb)), "{listed}");
    assert!(!listed.contains(&gb), "numbers are masked: {listed}");
    assert!(twilio.code_for(&gb).is_none());
    // Vonage down for GB: Twilio takes it.
    let gb2 = random_phone();
    vonage.fail_next(VonageFailure::Http(502), 2);
    assert_eq!(app.sign_up(&gb2).await.status(), 200);
    assert!(twilio.code_for(&gb2).is_some());
    // Voice: Vonage places no calls, so a voice code for GB goes to Twilio.
    app.age_codes(&gb2, 31).await;
    assert_eq!(app.call("resend-code", &[("channel", "voice")]).await.status(), 200);
    assert!(twilio.requests().last().unwrap().path.ends_with("/Calls.json"));
}
on_both!(routes_pick_the_first_provider_by_country);

async fn code_delivery(app: &TestApp, phone: &str) -> (Option<String>, Option<String>) {
    sqlx::query_as("SELECT delivery, delivery_error FROM verification_codes WHERE phone = $1 ORDER BY id DESC LIMIT 1")
        .bind(phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap()
}

/// Twilio's status callbacks: accepted only when signed with the auth token over the
/// full URL and parameters; they move the code's state forward only; a forged, replayed
/// or unknown one changes nothing.
async fn twilio_receipts_are_signed_and_move_forward(b: Backend) {
    let fake = FakeTwilio::start().await;
    let app = twilio_app(b, &fake).await;
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let sid = fake.last_sid_to(&phone).expect("the message asked for status callbacks");
    assert_eq!(fake.last_form_value("StatusCallback").unwrap(), app.url("/hooks/twilio/status"));
    assert_eq!(code_delivery(&app, &phone).await, (Some("queued".into()), None));

    assert_eq!(fake.post_status(&sid, "sent", None).await, 204);
    assert_eq!(code_delivery(&app, &phone).await.0.as_deref(), Some("sent"));
    assert_eq!(fake.post_status(&sid, "undelivered", Some("30003")).await, 204);
    assert_eq!(code_delivery(&app, &phone).await, (Some("undelivered".into()), Some("30003".into())));
    // Late or replayed: taken (Twilio need not retry) but nothing moves back.
    assert_eq!(fake.post_status(&sid, "sent", None).await, 204);
    assert_eq!(fake.post_status(&sid, "delivered", None).await, 204);
    assert_eq!(code_delivery(&app, &phone).await.0.as_deref(), Some("undelivered"));
    let metrics = metrics_text(&app).await;
    assert!(metrics.contains("phone_auth_deliveries_total{provider=\"twilio\",country=\"GB\",state=\"undelivered\"} 1"), "{metrics}");

    // Forged: signed with another token, or for another URL, or not signed.
    let url = app.url("/hooks/twilio/status");
    assert_eq!(crate::fake_twilio::post_status_to(&url, "not-the-token-0123456789abcdef01", &sid, "delivered", None).await, 403);
    let other = app.url("/hooks/twilio/status?x=1");
    let params = vec![("MessageSid".to_string(), sid.clone()), ("MessageStatus".to_string(), "delivered".to_string())];
    let signed_elsewhere = crate::fake_twilio::sign(crate::fake_twilio::DEFAULT_SECRET, &other, &params);
    let r = reqwest::Client::new().post(&url).header("X-Twilio-Signature", signed_elsewhere).form(&params).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let r = reqwest::Client::new().post(&url).form(&params).send().await.unwrap();
    assert_eq!(r.status(), 403);
    // A well-signed receipt for a message the app never sent.
    let unknown = "SM0123456789abcdef0123456789abcdef";
    assert_eq!(crate::fake_twilio::post_status_to(&url, crate::fake_twilio::DEFAULT_SECRET, unknown, "delivered", None).await, 404);
    assert_eq!(code_delivery(&app, &phone).await.0.as_deref(), Some("undelivered"));
}
on_both!(twilio_receipts_are_signed_and_move_forward);

/// Many copies of one receipt at once move the state once (one conditional update).
async fn concurrent_receipts_count_once(b: Backend) {
    let fake = FakeTwilio::start().await;
    let app = twilio_app(b, &fake).await;
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let sid = fake.last_sid_to(&phone).unwrap();
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(50));
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let (fake, sid, barrier) = (fake.clone(), sid.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                fake.post_status(&sid, "delivered", None).await
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), 204);
    }
    let metrics = metrics_text(&app).await;
    assert!(metrics.contains("phone_auth_deliveries_total{provider=\"twilio\",country=\"GB\",state=\"delivered\"} 1"), "{metrics}");
}
on_both!(concurrent_receipts_count_once);

/// The state reaches the code page only where the person is known (a phone change, the
/// second step), never on a signed-out flow's page, where a number without an account
/// gets no message and would be told apart.
async fn delivery_is_shown_only_to_a_known_person(b: Backend) {
    let fake = FakeTwilio::start().await;
    let app = twilio_app(b, &fake).await;
    // Sign-up: delivered, but the page does not say so.
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    fake.post_status(&fake.last_sid_to(&phone).unwrap(), "delivered", None).await;
    let state = app.json_of(&app.client, "code-state", &[("purpose", "verify-phone")]).await;
    assert_eq!((state["delivery"].clone(), state["delivered_at"].clone()), (Value::Null, Value::Null));
    let code = fake.code_for(&phone).unwrap();
    assert_eq!(app.call("verify", &[("code", &code)]).await.status(), 200);

    // A phone change: the page tells it, with and without JavaScript.
    let new = random_phone();
    let r = app.call("start-phone-change", &[("country", "GB"), ("phone", &new), ("current", PASSWORD)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let state = app.json_of(&app.client, "code-state", &[("purpose", "change-phone")]).await;
    assert_eq!(state["delivery"], json!("Queued"));
    fake.post_status(&fake.last_sid_to(&new).unwrap(), "undelivered", Some("30003")).await;
    let state = app.json_of(&app.client, "code-state", &[("purpose", "change-phone")]).await;
    assert_eq!(state["delivery"], json!("Undelivered"));
    let html = app.page(&app.client, "/profile").await.text().await.unwrap();
    assert!(html.contains("Your carrier could not deliver the message. Try a voice call."), "the page says it");
    assert!(html.contains(r#"id="channel-voice" name="channel" value="voice" checked"#), "the voice call is chosen");
}
on_both!(delivery_is_shown_only_to_a_known_person);

/// Vonage's receipts: for a message the app sent to that number, signed when a signature
/// secret is set (and fresh), in JSON (as its spec says), a form or a query string.
async fn vonage_receipts_are_checked(b: Backend) {
    let secret = "a-signature-secret-0123456789";
    let (app, fake) = vonage_app(b, &[("VONAGE_SIGNATURE_SECRET", secret)]).await;
    fake.sign_receipts(secret);
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let req = fake.last_to(&phone).unwrap();
    assert_eq!(code_delivery(&app, &phone).await.0.as_deref(), Some("queued"));
    assert_eq!(fake.post_receipt(&req, "accepted", "0", &[]).await, 204);
    assert_eq!(code_delivery(&app, &phone).await.0.as_deref(), Some("sent"));
    // Forged, stale, unsigned: refused.
    assert_eq!(fake.post_receipt(&req, "delivered", "0", &[("sig", "00ff")]).await, 403);
    assert_eq!(fake.post_receipt(&req, "delivered", "0", &[("timestamp", "1582650446")]).await, 403);
    // Another message id, or another number for this id: not ours.
    assert_eq!(fake.post_receipt(&req, "delivered", "0", &[("messageId", "0A0000001234567B")]).await, 404);
    assert_eq!(fake.post_receipt(&req, "delivered", "0", &[("msisdn", "447400000001")]).await, 404);
    assert_eq!(code_delivery(&app, &phone).await.0.as_deref(), Some("sent"));
    assert_eq!(fake.post_receipt(&req, "expired", "1", &[]).await, 204);
    assert_eq!(code_delivery(&app, &phone).await, (Some("undelivered".into()), Some("1".into())));

    // Without a secret: a receipt in a query string (GET) is taken by its id and number.
    let (app, fake) = vonage_app(b, &[]).await;
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let req = fake.last_to(&phone).unwrap();
    let query = format!(
        "msisdn={}&messageId={}&status=delivered&err-code=0&api-key={API_KEY}",
        phone.trim_start_matches('+'),
        req.message_id.clone().unwrap()
    );
    let r = reqwest::get(format!("{}?{query}", app.url("/hooks/vonage/receipt"))).await.unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(code_delivery(&app, &phone).await.0.as_deref(), Some("delivered"));
    let r = reqwest::get(format!("{}?msisdn=1&status=delivered", app.url("/hooks/vonage/receipt"))).await.unwrap();
    assert_eq!(r.status(), 400, "no message id: not a receipt");
}
on_both!(vonage_receipts_are_checked);

/// `SMS_PROVIDER=twilio-verify,vonage`: Verify owns its codes; when it fails, Vonage
/// carries an app-owned code, and each code is checked by whoever issued it.
async fn verify_fails_over_to_an_app_owned_code(b: Backend) {
    let twilio = FakeTwilio::start().await;
    let vonage = FakeVonage::start().await;
    let mut vars = vonage_vars(&vonage);
    vars.extend([
        ("SMS_PROVIDER", "twilio-verify,vonage".to_string()),
        ("TWILIO_VERIFY_BASE", twilio.base_url.clone()),
        ("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef".into()),
        ("TWILIO_AUTH_TOKEN", crate::fake_twilio::DEFAULT_SECRET.into()),
        ("TWILIO_VERIFY_SERVICE_SID", "VA0123456789abcdef0123456789abcdef".into()),
        ("TWILIO_TIMEOUT", "2s".into()),
    ]);
    let app = spawn_addressed_app(b, vars).await;
    // Verify works: its code (no hash kept) is checked at Verify.
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let (provider, hash): (String, Option<String>) = sqlx::query_as("SELECT provider, code_hash FROM verification_codes WHERE phone = $1")
        .bind(&phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!((provider.as_str(), hash), ("twilio-verify", None));
    assert_eq!(app.call("verify", &[("code", &twilio.code_for(&phone).unwrap())]).await.status(), 200);
    app.call("sign-out", &[]).await;

    // Verify down: Vonage sends an app-owned code (hashed), checked by the app.
    let phone = random_phone();
    twilio.fail_next(FakeFailure::ServerError, 2);
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let (provider, hash): (String, Option<String>) = sqlx::query_as("SELECT provider, code_hash FROM verification_codes WHERE phone = $1")
        .bind(&phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(provider, "vonage");
    assert!(hash.is_some(), "an app-owned code keeps its hash");
    let checks_before = twilio.requests().iter().filter(|r| r.path.ends_with("/VerificationCheck")).count();
    assert_eq!(app.call("verify", &[("code", &vonage.code_for(&phone).unwrap())]).await.status(), 200);
    let checks_after = twilio.requests().iter().filter(|r| r.path.ends_with("/VerificationCheck")).count();
    assert_eq!(checks_after, checks_before, "Verify is not asked about the app's code");
}
on_both!(verify_fails_over_to_an_app_owned_code);
