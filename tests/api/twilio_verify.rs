//! Twilio Verify: the provider against the fake (wire format, approved-only, expiry, the
//! single retry), and every flow of the app with SMS_PROVIDER=twilio-verify.

use std::time::{Duration, Instant};

use phone_auth::domain::{Channel, CodePurpose, OtpCode, PhoneNumber};
use phone_auth::server::sms::twilio::{TwilioVerify, TwilioVerifyConfig};
use phone_auth::server::sms::{DeliveryError, PhoneVerifier};
use serde_json::{json, Value};

use crate::fake_twilio::{FakeFailure, FakeTwilio, DEFAULT_SECRET};
use crate::helpers::*;
use crate::on_both;

pub const ACCOUNT: &str = "AC0123456789abcdef0123456789abcdef";
pub const SERVICE: &str = "VA0123456789abcdef0123456789abcdef";
const TO: &str = "+447400123456";

fn verifier(fake: &FakeTwilio, timeout: Duration, locale: Option<&str>) -> TwilioVerify {
    TwilioVerify::new(
        TwilioVerifyConfig {
            verify_base: fake.base_url.clone(),
            service_sid: SERVICE.into(),
            auth_username: ACCOUNT.into(),
            auth_secret: DEFAULT_SECRET.into(),
            locale: locale.map(str::to_string),
            timeout,
            messaging: None,
        },
        reqwest::Client::new(),
    )
}

fn to() -> PhoneNumber {
    PhoneNumber::parse(None, TO, &[]).unwrap()
}

fn code(s: &str) -> OtpCode {
    OtpCode::parse(s).unwrap()
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

#[tokio::test]
async fn a_verification_is_a_form_post_with_to_and_channel() {
    let fake = FakeTwilio::start().await;
    let v = verifier(&fake, Duration::from_secs(5), Some("en"));
    let started = v.start(&to(), Channel::Sms, CodePurpose::SignIn, phone_auth::domain::lang::Lang::En).await.expect("started");
    assert_eq!(started.code_hash, None, "Twilio owns the code");
    v.start(&to(), Channel::Voice, CodePurpose::SignIn, phone_auth::domain::lang::Lang::En).await.expect("started again by voice");
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].path, format!("/v2/Services/{SERVICE}/Verifications"));
    assert_eq!(reqs[0].method, "POST");
    assert_eq!((reqs[0].basic_user.as_deref(), reqs[0].basic_secret.as_deref()), (Some(ACCOUNT), Some(DEFAULT_SECRET)));
    assert!(reqs[0].content_type.as_deref().unwrap().starts_with("application/x-www-form-urlencoded"));
    assert_eq!(reqs[0].form_keys(), ["Channel", "Locale", "To"]);
    assert_eq!(reqs[0].form_value("To").as_deref(), Some(TO));
    assert_eq!(reqs[0].form_value("Channel").as_deref(), Some("sms"));
    assert_eq!(reqs[1].form_value("Channel").as_deref(), Some("call"), "voice is Verify's call channel");
    assert_eq!(reqs[0].form_value("Locale").as_deref(), Some("en"));
    // Verify resends the same code while the verification is pending.
    assert_eq!(reqs[0].fake_code, reqs[1].fake_code);
}

#[tokio::test]
async fn only_approved_is_a_right_code() {
    let fake = FakeTwilio::start().await;
    let v = verifier(&fake, Duration::from_secs(5), None);
    v.start(&to(), Channel::Sms, CodePurpose::VerifyPhone, phone_auth::domain::lang::Lang::En).await.unwrap();
    let right = fake.code_for(TO).unwrap();
    let wrong = if right == "000000" { "111111" } else { "000000" };
    assert!(!v.check(&to(), CodePurpose::VerifyPhone, None, &code(wrong)).await.unwrap(), "pending is not approved");
    let check = fake.requests().pop().unwrap();
    assert_eq!(check.path, format!("/v2/Services/{SERVICE}/VerificationCheck"));
    assert_eq!(check.form_keys(), ["Code", "To"]);
    assert!(v.check(&to(), CodePurpose::VerifyPhone, None, &code(&right)).await.unwrap());
    // Approved is used up: Twilio answers 404 (20404), which means "expired".
    let e = v.check(&to(), CodePurpose::VerifyPhone, None, &code(&right)).await.unwrap_err();
    assert_eq!(kind(&e), "Expired");
}

#[tokio::test]
async fn verify_errors_are_classified_and_only_5xx_and_timeouts_are_retried() {
    let fake = FakeTwilio::start().await;
    let v = verifier(&fake, Duration::from_secs(5), None);
    let cases: [(u16, u32, &str); 9] = [
        (400, 60200, "InvalidNumber"),
        (400, 21211, "InvalidNumber"),
        (403, 60605, "RegionNotAllowed"),
        (400, 21408, "RegionNotAllowed"),
        (400, 21610, "OptedOut"),
        (429, 60203, "TooManySends"),
        (429, 60212, "TooManySends"),
        (429, 20429, "TooManySends"),
        (401, 20003, "BadCredentials"),
    ];
    for (status, code_no, want) in cases {
        let before = fake.requests().len();
        fake.fail_next(FakeFailure::TwilioError { http_status: status, code: code_no, message: format!("scripted {code_no}") }, 1);
        let e = v.start(&to(), Channel::Sms, CodePurpose::SignIn, phone_auth::domain::lang::Lang::En).await.unwrap_err();
        assert_eq!(kind(&e), want, "{code_no}");
        assert_eq!(fake.requests().len(), before + 1, "{code_no}: a 4xx is never retried");
    }
    v.start(&to(), Channel::Sms, CodePurpose::SignIn, phone_auth::domain::lang::Lang::En).await.unwrap();
    fake.fail_next(FakeFailure::TwilioError { http_status: 429, code: 60202, message: "Max check attempts reached".into() }, 1);
    assert_eq!(kind(&v.check(&to(), CodePurpose::SignIn, None, &code("123456")).await.unwrap_err()), "TooManyChecks");

    // 5xx: one retry, then unavailable; a single 5xx is absorbed by the retry.
    let before = fake.requests().len();
    fake.fail_next(FakeFailure::ServerError, 2);
    assert_eq!(
        kind(&v.start(&to(), Channel::Sms, CodePurpose::SignIn, phone_auth::domain::lang::Lang::En).await.unwrap_err()),
        "Unavailable"
    );
    assert_eq!(fake.requests().len(), before + 2);
    fake.fail_next(FakeFailure::ServerError, 1);
    v.start(&to(), Channel::Sms, CodePurpose::SignIn, phone_auth::domain::lang::Lang::En).await.expect("retried once and accepted");
}

#[tokio::test]
async fn a_hanging_verify_gives_up_within_the_timeout() {
    let fake = FakeTwilio::start().await;
    let v = verifier(&fake, Duration::from_millis(400), None);
    fake.fail_next(FakeFailure::Hang, 2);
    let started = Instant::now();
    let e = v.start(&to(), Channel::Sms, CodePurpose::SignIn, phone_auth::domain::lang::Lang::En).await.unwrap_err();
    assert_eq!(kind(&e), "Unavailable");
    assert!(started.elapsed() < Duration::from_secs(2), "two timed-out attempts and a jitter: {:?}", started.elapsed());
    assert_eq!(fake.requests().len(), 2, "one retry after a timeout");
}

/// An app on SMS_PROVIDER=twilio-verify, with a sender number for notices.
pub async fn verify_app(b: Backend) -> (TestApp, FakeTwilio) {
    let fake = FakeTwilio::start().await;
    let app = spawn_app_with(
        b,
        Options {
            vars: vec![
                ("SMS_PROVIDER", "twilio-verify".into()),
                ("TWILIO_VERIFY_BASE", fake.base_url.clone()),
                ("TWILIO_API_BASE", fake.base_url.clone()),
                ("TWILIO_ACCOUNT_SID", ACCOUNT.into()),
                ("TWILIO_AUTH_TOKEN", DEFAULT_SECRET.into()),
                ("TWILIO_VERIFY_SERVICE_SID", SERVICE.into()),
                ("TWILIO_FROM_NUMBER", "+15005550006".into()),
                ("TWILIO_TIMEOUT", "2s".into()),
            ],
        },
    )
    .await;
    (app, fake)
}

async fn sign_up_verified(app: &TestApp, fake: &FakeTwilio, client: &reqwest::Client, phone: &str) {
    let r = app.call_with(client, "sign-up", &[("country", "GB"), ("phone", phone), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let code = fake.code_for(phone).expect("a verification was started");
    let r = app.call_with(client, "verify", &[("code", &code)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
}

async fn every_flow_runs_on_twilio_verify(b: Backend) {
    let (app, fake) = verify_app(b).await;
    let phone = random_phone();

    // Sign-up verification, with a wrong code first (Verify says pending: a wrong try).
    let r = app.sign_up(&phone).await;
    assert_eq!(r.status(), 200);
    let first = fake.code_for(&phone).unwrap();
    let wrong = if first == "000000" { "111111" } else { "000000" };
    assert_eq!(error_json(app.call("verify", &[("code", wrong)]).await).await, json!({"WrongCode": {"tries_left": 4}}));
    assert_eq!(app.call("verify", &[("code", &first)]).await.status(), 200);
    let stored: (Option<String>, String) = sqlx::query_as("SELECT code_hash, provider FROM verification_codes WHERE phone = $1")
        .bind(&phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(stored, (None, "twilio-verify".to_string()), "Twilio owns the code: nothing of it is stored");

    // Passwordless sign-in.
    let browser = new_client();
    app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    let c = fake.code_for(&phone).unwrap();
    let r = app.call_with(&browser, "sign-in-with-code", &[("code", &c)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".into()));

    // Two-factor sign-in.
    assert_eq!(app.call_with(&browser, "enable-2fa", &[]).await.status(), 200);
    let second = new_client();
    let r = app.sign_in_with(&second, &phone, PASSWORD).await;
    assert_eq!(location(&r), "/signin/2fa");
    let c = fake.code_for(&phone).unwrap();
    let r = app.call_with(&second, "verify-2fa", &[("code", &c)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".into()));
    app.call_with(&second, "disable-2fa", &[("current", PASSWORD)]).await;

    // Password reset.
    let third = new_client();
    app.age_codes(&phone, 60).await;
    app.call_with(&third, "send-reset-code", &[("country", "GB"), ("phone", &phone)]).await;
    let c = fake.code_for(&phone).unwrap();
    let r = app
        .call_with(
            &third,
            "reset-password",
            &[("code", &c), ("password", "another long passphrase"), ("confirm", "another long passphrase")],
        )
        .await;
    assert_eq!(location(&r), "/signin?notice=password-reset");

    // Phone change: Verify checks the new number's code; the old number is told by SMS.
    let fourth = new_client();
    assert_eq!(app.sign_in_with(&fourth, &phone, "another long passphrase").await.status(), 200);
    let new = random_phone();
    let r =
        app.call_with(&fourth, "start-phone-change", &[("country", "GB"), ("phone", &new), ("current", "another long passphrase")]).await;
    assert_eq!(location(&r), "/profile?notice=phone-code-sent");
    let c = fake.code_for(&new).unwrap();
    let r = app.call_with(&fourth, "confirm-phone-change", &[("code", &c)]).await;
    assert_eq!(location(&r), "/profile?notice=phone-changed&n=0");
    let notices = fake.notices_to(&phone);
    assert_eq!(notices.len(), 1, "the old number is told");
    assert!(notices[0].starts_with("Phone Auth: ") && notices[0].contains("was changed"), "{}", notices[0]);
}

/// Verify sends only codes: without a sender number the old number of a phone change
/// cannot be told, and the page says only what happened.
async fn without_a_sender_the_page_does_not_claim_the_old_number_was_told(b: Backend) {
    let fake = FakeTwilio::start().await;
    let vars = vec![
        ("SMS_PROVIDER", "twilio-verify".into()),
        ("TWILIO_VERIFY_BASE", fake.base_url.clone()),
        ("TWILIO_ACCOUNT_SID", ACCOUNT.into()),
        ("TWILIO_AUTH_TOKEN", DEFAULT_SECRET.into()),
        ("TWILIO_VERIFY_SERVICE_SID", SERVICE.into()),
        ("TWILIO_TIMEOUT", "2s".into()),
    ];
    let app = spawn_app_with(b, Options { vars }).await;
    let phone = random_phone();
    sign_up_verified(&app, &fake, &app.client, &phone).await;
    let new = random_phone();
    let r = app.call("start-phone-change", &[("country", "GB"), ("phone", &new), ("current", PASSWORD)]).await;
    assert_eq!(location(&r), "/profile?notice=phone-code-sent");
    let r = app.call("confirm-phone-change", &[("code", &fake.code_for(&new).unwrap())]).await;
    assert_eq!(location(&r), "/profile?notice=phone-changed-untold&n=0");
    let html = app.page(&app.client, "/profile?notice=phone-changed-untold&n=0").await.text().await.unwrap();
    assert!(html.contains("Your phone number was changed.") && !html.contains("old number was told"), "says only what happened");
    assert!(fake.notices_to(&phone).is_empty());
}
on_both!(without_a_sender_the_page_does_not_claim_the_old_number_was_told);

async fn with_verify_a_code_is_bound_to_its_purpose(b: Backend) {
    // Verify keeps one code per number: a reset code request retires the sign-in code,
    // so the code Twilio sent cannot be used on the sign-in page.
    let (app, fake) = verify_app(b).await;
    let phone = random_phone();
    sign_up_verified(&app, &fake, &new_client(), &phone).await;
    let signin = new_client();
    app.call_with(&signin, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    let reset = new_client();
    app.call_with(&reset, "send-reset-code", &[("country", "GB"), ("phone", &phone)]).await;
    let c = fake.code_for(&phone).unwrap();
    assert_eq!(app.json_of(&signin, "sign-in-with-code", &[("code", &c)]).await, json!("NoActiveCode"));
    assert_eq!(
        location(
            &app.call_with(
                &reset,
                "reset-password",
                &[("code", &c), ("password", "yet another passphrase"), ("confirm", "yet another passphrase")]
            )
            .await
        ),
        "/signin?notice=password-reset"
    );
}

async fn verify_expiry_and_outage_at_check_time(b: Backend) {
    let (app, fake) = verify_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let c = fake.code_for(&phone).unwrap();

    // Provider down while checking: one sentence, no try is counted, and the check is
    // never retried (a check is not idempotent: a retry after a timeout can answer "not
    // found" for a right code).
    let checks = || fake.requests().iter().filter(|r| r.path.ends_with("/VerificationCheck")).count();
    fake.fail_next(FakeFailure::ServerError, 2);
    let r = app.call("verify", &[("code", &c)]).await;
    assert_eq!(r.status(), 503);
    assert_eq!(error_json(r).await, json!({"Delivery": "CheckUnavailable"}));
    assert_eq!(app.count("SELECT attempts FROM verification_codes WHERE phone = $1", &phone).await, 0);
    assert_eq!(checks(), 1, "no retry of a check");
    fake.fail_next(FakeFailure::Hang, 1);
    let r = app.call("verify", &[("code", &c)]).await;
    assert_eq!(error_json(r).await, json!({"Delivery": "CheckUnavailable"}), "a timed-out check");
    assert_eq!(checks(), 2, "no retry of a timed-out check");
    assert_eq!(app.count("SELECT attempts FROM verification_codes WHERE phone = $1", &phone).await, 0, "and no try counted");

    // Twilio's 404 on a check: "expired, request a new one".
    fake.fail_next(FakeFailure::TwilioError { http_status: 404, code: 20404, message: "The requested resource was not found".into() }, 1);
    assert_eq!(error_json(app.call("verify", &[("code", &c)]).await).await, json!("CodeExpired"));
    // Too many checks at Twilio.
    fake.fail_next(FakeFailure::TwilioError { http_status: 429, code: 60202, message: "Max check attempts reached".into() }, 1);
    assert_eq!(error_json(app.call("verify", &[("code", &c)]).await).await, json!({"Delivery": "TooManyChecks"}));
    assert_eq!(app.call("verify", &[("code", &c)]).await.status(), 200, "the code still works afterwards");
}

/// Twilio's 60202 on a *send* (the last code was tried too often): its own sentence.
async fn a_send_locked_after_checks_says_so(b: Backend) {
    let (app, fake) = verify_app(b).await;
    fake.fail_next(FakeFailure::TwilioError { http_status: 429, code: 60202, message: "Max check attempts reached".into() }, 1);
    let r = app.sign_up(&random_phone()).await;
    assert_eq!(r.status(), 429);
    assert_eq!(error_json(r).await, json!({"Delivery": "LockedAfterChecks"}));
}
on_both!(a_send_locked_after_checks_says_so);

async fn a_number_without_an_account_never_reaches_verify(b: Backend) {
    let (app, fake) = verify_app(b).await;
    let stranger = random_phone();
    let browser = new_client();
    app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", &stranger)]).await;
    assert_eq!(app.json_of(&browser, "sign-in-with-code", &[("code", "123456")]).await, json!({"WrongCode": {"tries_left": 4}}));
    assert!(fake.requests().is_empty(), "no verification started or checked for a number without an account");
}

on_both!(every_flow_runs_on_twilio_verify);
on_both!(with_verify_a_code_is_bound_to_its_purpose);
on_both!(verify_expiry_and_outage_at_check_time);
on_both!(a_number_without_an_account_never_reaches_verify);

/// Each Twilio error, through the whole app, as the sentence a person reads — for both
/// providers. Nothing is spent when the provider fails.
async fn each_provider_error_is_one_sentence(b: Backend) {
    let expected: [(u16, u32, Value); 11] = [
        (400, 21211, json!({"Delivery": "InvalidNumber"})),
        (400, 60200, json!({"Delivery": "InvalidNumber"})),
        (400, 21408, json!({"Delivery": "RegionNotAllowed"})),
        (403, 60605, json!({"Delivery": "RegionNotAllowed"})),
        (400, 21610, json!({"Delivery": "OptedOut"})),
        (429, 60203, json!({"Delivery": "TooMany"})),
        (429, 60212, json!({"Delivery": "TooMany"})),
        (429, 20429, json!({"Delivery": "TooMany"})),
        (429, 0, json!({"Delivery": "TooMany"})),
        (401, 20003, json!({"Delivery": "ProviderMisconfigured"})),
        (500, 20500, json!({"Delivery": "Unavailable"})),
    ];
    for provider in ["twilio", "twilio-verify"] {
        let (app, fake) = if provider == "twilio" { crate::twilio_flows::twilio_app(b).await } else { verify_app(b).await };
        for (status, code_no, want) in &expected {
            let phone = random_phone();
            let failure = if *status == 500 {
                FakeFailure::ServerError
            } else {
                FakeFailure::TwilioError {
                    http_status: *status,
                    code: *code_no,
                    message: format!("Raw provider words {code_no} for {phone}"),
                }
            };
            fake.fail_next(failure, if *status == 500 { 2 } else { 1 });
            let r = app
                .call_with(&new_client(), "sign-up", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("confirm", PASSWORD)])
                .await;
            let text = r.text().await.unwrap();
            assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), *want, "{provider} {status} {code_no}");
            assert!(
                !text.contains("Raw provider words") && !text.chars().any(|c| c.is_ascii_digit()),
                "no provider text reaches the user: {text}"
            );
            assert_eq!(app.count("SELECT COUNT(*) FROM verification_codes WHERE phone = $1", &phone).await, 0, "nothing spent");
        }
        // The sentences themselves.
        let r = app
            .call_with(
                &new_client(),
                "sign-up",
                &[("country", "GB"), ("phone", &random_phone()), ("password", PASSWORD), ("confirm", PASSWORD)],
            )
            .await;
        assert_eq!(r.status(), 200, "{provider}: normal service resumes");
    }
}
on_both!(each_provider_error_is_one_sentence);
