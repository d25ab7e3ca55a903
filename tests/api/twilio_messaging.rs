//! `TwilioMessaging` against the fake Twilio: the wire format Twilio's OpenAPI spec asks
//! for, error classification, and the single retry.

use std::time::{Duration, Instant};

use phone_auth::domain::{Channel, CodePurpose, OtpCode, PhoneNumber};
use phone_auth::server::sms::twilio::{TwilioConfig, TwilioFrom, TwilioMessaging};
use phone_auth::server::sms::{DeliveryError, MessageSender, MessageTexts, Outgoing};

use crate::fake_twilio::{FakeFailure, FakeTwilio};

const ACCOUNT: &str = "AC0123456789abcdef0123456789abcdef";
const SECRET: &str = crate::fake_twilio::DEFAULT_SECRET;
const FROM: &str = "+15005550006";
const SERVICE: &str = "MG0123456789abcdef0123456789abcdef";
const TO: &str = "+447400123456";
const CODE: &str = "482915";

fn config(api_base: &str, from: TwilioFrom, timeout: Duration) -> TwilioConfig {
    TwilioConfig {
        api_base: api_base.to_string(),
        account_sid: ACCOUNT.to_string(),
        auth_username: ACCOUNT.to_string(),
        auth_secret: SECRET.to_string(),
        from,
        timeout,
        status_callback: None,
    }
}

fn sender(fake: &FakeTwilio) -> TwilioMessaging {
    TwilioMessaging::new(config(&fake.base_url, TwilioFrom::Number(FROM.into()), Duration::from_secs(5)), reqwest::Client::new())
}

async fn send(sender: &TwilioMessaging, channel: Channel) -> Result<(), DeliveryError> {
    let msg = Outgoing {
        to: PhoneNumber::parse(None, TO, &[]).unwrap(),
        channel,
        purpose: CodePurpose::SignIn,
        code: OtpCode::from_generated(CODE.into()),
        lang: phone_auth::domain::lang::Lang::En,
    };
    let texts = MessageTexts::render(&msg, "Phone Auth", "example.com", 5);
    sender.send(&msg, &texts).await.map(|_| ())
}

fn kind(e: &DeliveryError) -> &'static str {
    match e {
        DeliveryError::InvalidNumber { .. } => "InvalidNumber",
        DeliveryError::RegionNotAllowed { .. } => "RegionNotAllowed",
        DeliveryError::OptedOut { .. } => "OptedOut",
        DeliveryError::TooManySends { .. } => "TooManySends",
        DeliveryError::TooManyChecks { .. } => "TooManyChecks",
        DeliveryError::Expired { .. } => "Expired",
        DeliveryError::BadCredentials { .. } => "BadCredentials",
        DeliveryError::Unavailable { .. } => "Unavailable",
        DeliveryError::Rejected { .. } => "Rejected",
    }
}

fn twilio_error(http_status: u16, code: u32) -> FakeFailure {
    FakeFailure::TwilioError { http_status, code, message: format!("Scripted error {code}") }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn sms_is_a_form_post_to_the_accounts_messages_resource() {
    let fake = FakeTwilio::start().await;
    send(&sender(&fake), Channel::Sms).await.expect("sent");

    let reqs = fake.requests();
    assert_eq!(reqs.len(), 1);
    let req = &reqs[0];
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, format!("/2010-04-01/Accounts/{ACCOUNT}/Messages.json"));
    assert_eq!(req.basic_user.as_deref(), Some(ACCOUNT));
    assert_eq!(req.basic_secret.as_deref(), Some(SECRET));
    let ct = req.content_type.as_deref().unwrap_or_default();
    assert!(ct.starts_with("application/x-www-form-urlencoded"), "{ct}");

    // Exactly the spec's field names (CreateMessageRequest), nothing else.
    assert_eq!(req.form_keys(), strings(&["Body", "From", "To"]));
    assert_eq!(req.form_value("To").as_deref(), Some(TO));
    assert_eq!(req.form_value("From").as_deref(), Some(FROM));
    let body = req.form_value("Body").unwrap();
    assert!(body.contains(&format!("sign-in code is {CODE}")), "{body}");
    assert!(body.ends_with(&format!("\n\n@example.com #{CODE}")), "{body}");
    // Form-encoded on the wire, `+` of E.164 escaped.
    assert!(req.raw_body.contains("To=%2B447400123456"), "{}", req.raw_body);

    assert_eq!(fake.sent_codes(), vec![(TO.to_string(), CODE.to_string())]);
}

#[tokio::test]
async fn messaging_service_replaces_from() {
    let fake = FakeTwilio::start().await;
    let sender = TwilioMessaging::new(
        config(&fake.base_url, TwilioFrom::MessagingService(SERVICE.into()), Duration::from_secs(5)),
        reqwest::Client::new(),
    );
    send(&sender, Channel::Sms).await.expect("sent");

    let req = &fake.requests()[0];
    assert_eq!(req.path, format!("/2010-04-01/Accounts/{ACCOUNT}/Messages.json"));
    assert_eq!(req.form_keys(), strings(&["Body", "MessagingServiceSid", "To"]));
    assert_eq!(fake.last_form_value("MessagingServiceSid").as_deref(), Some(SERVICE));
    assert_eq!(fake.last_form_value("From"), None);
    assert_eq!(fake.sent_codes(), vec![(TO.to_string(), CODE.to_string())]);
}

#[tokio::test]
async fn voice_places_a_call_with_twiml_reading_the_digits_twice() {
    let fake = FakeTwilio::start().await;
    send(&sender(&fake), Channel::Voice).await.expect("called");

    let reqs = fake.requests();
    assert_eq!(reqs.len(), 1);
    let req = &reqs[0];
    assert_eq!(req.path, format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json"));
    assert_eq!(req.basic_user.as_deref(), Some(ACCOUNT));
    assert_eq!(req.form_keys(), strings(&["From", "To", "Twiml"]));
    assert_eq!(req.form_value("To").as_deref(), Some(TO));
    assert_eq!(req.form_value("From").as_deref(), Some(FROM));
    let twiml = req.form_value("Twiml").unwrap();
    assert!(twiml.starts_with("<Response>") && twiml.ends_with("</Response>"), "{twiml}");
    assert_eq!(twiml.matches("4, 8, 2, 9, 1, 5").count(), 2, "{twiml}");
    assert!(!twiml.contains(CODE), "digits are read one by one: {twiml}");
    assert_eq!(fake.sent_codes(), vec![(TO.to_string(), CODE.to_string())]);
}

#[tokio::test]
async fn voice_with_only_a_messaging_service_is_refused_without_calling_twilio() {
    let fake = FakeTwilio::start().await;
    let sender = TwilioMessaging::new(
        config(&fake.base_url, TwilioFrom::MessagingService(SERVICE.into()), Duration::from_secs(5)),
        reqwest::Client::new(),
    );
    let err = send(&sender, Channel::Voice).await.unwrap_err();
    assert_eq!(kind(&err), "Rejected", "{err:?}");
    assert!(fake.requests().is_empty());
}

#[tokio::test]
async fn api_key_credentials_authenticate_and_the_path_keeps_the_account() {
    let fake = FakeTwilio::start().await;
    let key = "SKfedcba9876543210fedcba9876543210";
    fake.set_credentials(key, "api-key-secret");
    let mut cfg = config(&fake.base_url, TwilioFrom::Number(FROM.into()), Duration::from_secs(5));
    cfg.auth_username = key.into();
    cfg.auth_secret = "api-key-secret".into();
    send(&TwilioMessaging::new(cfg, reqwest::Client::new()), Channel::Sms).await.expect("sent");

    let req = &fake.requests()[0];
    assert_eq!(req.path, format!("/2010-04-01/Accounts/{ACCOUNT}/Messages.json"));
    assert_eq!(req.basic_user.as_deref(), Some(key));
    assert_eq!(req.basic_secret.as_deref(), Some("api-key-secret"));
}

#[tokio::test]
async fn wrong_credentials_are_bad_credentials_and_not_retried() {
    let fake = FakeTwilio::start().await;
    fake.set_credentials(ACCOUNT, "the-real-token");
    let err = send(&sender(&fake), Channel::Sms).await.unwrap_err();
    assert_eq!(kind(&err), "BadCredentials", "{err:?}");
    assert_eq!(fake.requests().len(), 1);
    assert!(fake.sent_codes().is_empty());
}

#[tokio::test]
async fn each_twilio_error_code_maps_to_its_delivery_error() {
    let fake = FakeTwilio::start().await;
    let sender = sender(&fake);
    let rows: &[(u16, u32, &str)] = &[
        (400, 21211, "InvalidNumber"),
        (400, 21614, "InvalidNumber"),
        (400, 60200, "InvalidNumber"),
        (400, 21408, "RegionNotAllowed"),
        (400, 21612, "RegionNotAllowed"),
        (400, 21610, "OptedOut"),
        (429, 20429, "TooManySends"),
        (429, 60203, "TooManySends"),
        (429, 60212, "TooManySends"),
        (429, 60202, "TooManyChecks"),
        // On Messages/Calls a 20404 means a wrong account SID or API base, not an
        // expired verification: the sender reports it as Rejected (map_twilio_error
        // itself says Expired, for Verify).
        (404, 20404, "Rejected"),
        (401, 20003, "BadCredentials"),
        (403, 20003, "BadCredentials"),
        (429, 20001, "TooManySends"),
        (400, 21604, "Rejected"),
        (403, 20008, "Rejected"),
    ];
    for &(status, code, want) in rows {
        let before = fake.requests().len();
        fake.fail_next(twilio_error(status, code), 1);
        let err = send(&sender, Channel::Sms).await.unwrap_err();
        assert_eq!(kind(&err), want, "HTTP {status} code {code}: {err:?}");
        assert_eq!(fake.requests().len(), before + 1, "a {status} is never retried (code {code})");
        let shown = err.to_string();
        assert!(shown.contains(&format!("HTTP {status} code {code}: Scripted error {code}")), "{shown}");
        assert!(shown.contains("(request id RQ"), "{shown}");
    }
    assert!(fake.sent_codes().is_empty());
    // Normal service resumes.
    send(&sender, Channel::Sms).await.expect("sent after the scripted errors");
}

#[tokio::test]
async fn voice_errors_are_classified_too() {
    let fake = FakeTwilio::start().await;
    fake.fail_next(twilio_error(400, 21211), 1);
    let err = send(&sender(&fake), Channel::Voice).await.unwrap_err();
    assert_eq!(kind(&err), "InvalidNumber", "{err:?}");
    assert_eq!(fake.requests()[0].path, format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json"));
}

#[tokio::test]
async fn one_500_is_retried_once_and_then_succeeds() {
    let fake = FakeTwilio::start().await;
    fake.fail_next(FakeFailure::ServerError, 1);
    send(&sender(&fake), Channel::Sms).await.expect("second try succeeds");

    let reqs = fake.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].form, reqs[1].form, "the retry sends the same message");
    assert_eq!(fake.sent_codes(), vec![(TO.to_string(), CODE.to_string())]);
}

#[tokio::test]
async fn two_500s_are_unavailable_after_exactly_one_retry() {
    let fake = FakeTwilio::start().await;
    fake.fail_next(FakeFailure::ServerError, 2);
    let err = send(&sender(&fake), Channel::Sms).await.unwrap_err();
    assert_eq!(kind(&err), "Unavailable", "{err:?}");
    assert!(err.to_string().contains("HTTP 500 code 20500"), "{err}");
    assert_eq!(fake.requests().len(), 2);
    assert!(fake.sent_codes().is_empty());
}

#[tokio::test]
async fn a_400_is_not_retried() {
    let fake = FakeTwilio::start().await;
    fake.fail_next(twilio_error(400, 21211), 2);
    let err = send(&sender(&fake), Channel::Sms).await.unwrap_err();
    assert_eq!(kind(&err), "InvalidNumber", "{err:?}");
    assert_eq!(fake.requests().len(), 1);
}

#[tokio::test]
async fn a_hanging_twilio_is_unavailable_within_the_timeout() {
    let fake = FakeTwilio::start().await;
    fake.fail_next(FakeFailure::Hang, 2);
    let sender =
        TwilioMessaging::new(config(&fake.base_url, TwilioFrom::Number(FROM.into()), Duration::from_millis(300)), reqwest::Client::new());
    let started = Instant::now();
    let err = send(&sender, Channel::Sms).await.unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(kind(&err), "Unavailable", "{err:?}");
    assert!(elapsed < Duration::from_secs(3), "took {elapsed:?}");
    // Two timed-out tries of 300 ms each, with the jitter between.
    assert!(elapsed >= Duration::from_millis(600), "took {elapsed:?}");
    assert_eq!(fake.requests().len(), 2, "a timeout is retried once");
}

#[tokio::test]
async fn one_timeout_is_retried_and_then_succeeds() {
    let fake = FakeTwilio::start().await;
    fake.fail_next(FakeFailure::Hang, 1);
    let sender =
        TwilioMessaging::new(config(&fake.base_url, TwilioFrom::Number(FROM.into()), Duration::from_millis(300)), reqwest::Client::new());
    send(&sender, Channel::Sms).await.expect("second try succeeds");
    assert_eq!(fake.requests().len(), 2);
    assert_eq!(fake.sent_codes().len(), 1);
}

#[tokio::test]
async fn connection_refused_is_unavailable() {
    let closed = {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        listener.local_addr().unwrap()
    };
    let sender = TwilioMessaging::new(
        config(&format!("http://{closed}"), TwilioFrom::Number(FROM.into()), Duration::from_millis(500)),
        reqwest::Client::new(),
    );
    let started = Instant::now();
    let err = send(&sender, Channel::Sms).await.unwrap_err();
    assert_eq!(kind(&err), "Unavailable", "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn a_2xx_without_a_message_sid_is_unavailable_and_not_retried() {
    let fake = FakeTwilio::start().await;
    // A 200 whose body is error JSON, not a Message resource.
    fake.fail_next(twilio_error(200, 0), 1);
    let err = send(&sender(&fake), Channel::Sms).await.unwrap_err();
    assert_eq!(kind(&err), "Unavailable", "{err:?}");
    assert_eq!(fake.requests().len(), 1, "it may have been accepted: no second send");
}

/// The fake itself enforces what Twilio enforces, so the tests above mean something.
#[tokio::test]
async fn fake_checks_auth_encoding_and_required_fields() {
    let fake = FakeTwilio::start().await;
    let http = reqwest::Client::new();
    let messages = format!("{}/2010-04-01/Accounts/{ACCOUNT}/Messages.json", fake.base_url);
    let calls = format!("{}/2010-04-01/Accounts/{ACCOUNT}/Calls.json", fake.base_url);
    let post = |url: &str, form: &[(&str, &str)]| http.post(url).basic_auth(ACCOUNT, Some(SECRET)).form(form).send();

    let r = post(&messages, &[("Body", "hi"), ("From", FROM)]).await.unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let json: serde_json::Value = r.json().await.unwrap();
    assert_eq!(json["code"], 21604);
    assert_eq!(json["message"], "A 'To' phone number is required.");
    assert_eq!(json["more_info"], "https://www.twilio.com/docs/errors/21604");
    assert_eq!(json["status"], 400);

    let r = post(&messages, &[("To", TO), ("Body", "hi")]).await.unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let r = post(&calls, &[("To", TO), ("From", FROM)]).await.unwrap();
    assert_eq!(r.status().as_u16(), 400, "a call needs Url, Twiml or ApplicationSid");

    let r = http.post(&messages).form(&[("To", TO), ("Body", "hi"), ("From", FROM)]).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert_eq!(r.json::<serde_json::Value>().await.unwrap()["code"], 20003);

    let r = http
        .post(&messages)
        .basic_auth(ACCOUNT, Some(SECRET))
        .json(&serde_json::json!({"To": TO, "Body": "hi", "From": FROM}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400, "JSON bodies are not accepted");

    let r = post(&messages, &[("To", TO), ("Body", "code 123456"), ("From", FROM)]).await.unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let request_id = r.headers().get("twilio-request-id").unwrap().to_str().unwrap().to_string();
    assert!(request_id.starts_with("RQ") && request_id.len() == 34, "{request_id}");
    let json: serde_json::Value = r.json().await.unwrap();
    let sid = json["sid"].as_str().unwrap();
    assert!(sid.starts_with("SM") && sid.len() == 34, "{sid}");
    assert!(sid[2..].bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)), "{sid}");
    assert_eq!(json["account_sid"], ACCOUNT);
    assert_eq!(json["to"], TO);
    assert_eq!(json["from"], FROM);
    assert_eq!(json["status"], "queued");
    assert!(json["date_created"].as_str().unwrap().ends_with(" +0000"));
    assert_eq!(json["uri"], format!("/2010-04-01/Accounts/{ACCOUNT}/Messages/{sid}.json"));

    // Only the accepted message counts as sent.
    assert_eq!(fake.sent_codes(), vec![(TO.to_string(), "123456".to_string())]);
    assert_eq!(fake.requests().len(), 6);
}
