//! The whole sign-up flow with SMS_PROVIDER=twilio against the fake Twilio, and how
//! provider failures reach the user.

use crate::fake_twilio::{FakeFailure, FakeTwilio};
use crate::helpers::*;
use crate::on_both;
use serde_json::json;

const ACCOUNT: &str = "AC0123456789abcdef0123456789abcdef";
const FROM: &str = "+15005550006";

pub(crate) async fn twilio_app(b: Backend) -> (TestApp, FakeTwilio) {
    let fake = FakeTwilio::start().await;
    let app = spawn_app_with(b, Options { vars: twilio_messaging_vars(&fake.base_url, crate::fake_twilio::DEFAULT_SECRET) }).await;
    (app, fake)
}

async fn twilio_sign_up_and_voice_resend(b: Backend) {
    let (app, fake) = twilio_app(b).await;
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    // No outbox page with a real provider.
    assert_eq!(app.client.get(app.url("/dev/outbox.json")).send().await.unwrap().status(), 404);

    let reqs = fake.requests();
    assert_eq!(reqs.len(), 1);
    let req = &reqs[0];
    assert_eq!(req.path, format!("/2010-04-01/Accounts/{ACCOUNT}/Messages.json"));
    assert_eq!(req.basic_user.as_deref(), Some(ACCOUNT));
    assert_eq!(req.basic_secret.as_deref(), Some(crate::fake_twilio::DEFAULT_SECRET));
    assert!(req.content_type.as_deref().unwrap_or("").starts_with("application/x-www-form-urlencoded"));
    assert_eq!(req.form_value("To").as_deref(), Some(phone.as_str()));
    assert_eq!(req.form_value("From").as_deref(), Some(FROM));
    let (_, code) = fake.sent_codes().pop().unwrap();
    let body = req.form_value("Body").unwrap();
    assert!(body.contains(&format!("is {code}.")) && !body.contains("@127.0.0.1"), "{body}");

    app.age_codes(&phone, 31).await;
    assert_eq!(app.call("resend-code", &[("channel", "voice")]).await.status(), 200);
    let call = fake.requests().pop().unwrap();
    assert_eq!(call.path, format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json"));
    let twiml = call.form_value("Twiml").unwrap();
    let (_, voice_code) = fake.sent_codes().pop().unwrap();
    let spoken = voice_code.chars().map(String::from).collect::<Vec<_>>().join(", ");
    assert_eq!(twiml.matches(&spoken).count(), 2, "{twiml}");
    assert_eq!(app.call("verify", &[("code", &voice_code)]).await.status(), 200);
}
on_both!(twilio_sign_up_and_voice_resend);

async fn twilio_errors_become_sentences(b: Backend) {
    let (app, fake) = twilio_app(b).await;
    let phone = random_phone();
    fake.fail_next(
        FakeFailure::TwilioError {
            http_status: 400,
            code: 21211,
            message: format!("The 'To' number {phone} is not a valid phone number."),
        },
        1,
    );
    let r = app.sign_up(&phone).await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), json!({"Delivery": "InvalidNumber"}));
    assert!(!text.contains("21211") && !text.contains("valid phone number."), "no raw provider text: {text}");

    // A provider outage: one retry, then "could not send, try again"; nothing is spent.
    let phone2 = random_phone();
    fake.fail_next(FakeFailure::ServerError, 2);
    let r = app.sign_up(&phone2).await;
    assert_eq!(r.status(), 503);
    assert_eq!(error_json(r).await, json!({"Delivery": "Unavailable"}));
    assert_eq!(fake.requests().len(), 1 + 2, "one retry after a 5xx");
    assert_eq!(app.count("SELECT COUNT(*) FROM verification_codes WHERE phone = $1", &phone2).await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM rate_counters WHERE bucket = 'send:phone:' || $1", &phone2).await, 0);
    // The next try goes through with no cooldown in the way.
    assert_eq!(app.sign_up(&phone2).await.status(), 200);
}
on_both!(twilio_errors_become_sentences);

/// A Messaging Service cannot place calls: with no number to call from, the voice choice
/// is not offered, and a request for it gets a sentence (nothing is spent).
async fn voice_is_not_offered_without_a_number_to_call_from(b: Backend) {
    let fake = FakeTwilio::start().await;
    let mut vars = twilio_messaging_vars(&fake.base_url, crate::fake_twilio::DEFAULT_SECRET);
    vars.retain(|(k, _)| *k != "TWILIO_FROM_NUMBER");
    vars.push(("TWILIO_MESSAGING_SERVICE_SID", "MG0123456789abcdef0123456789abcdef".into()));
    let app = spawn_app_with(b, Options { vars }).await;
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    assert_eq!(app.json_of(&app.client, "code-state", &[("purpose", "verify-phone")]).await["voice"], json!(false));
    let html = app.page(&app.client, "/verify").await.text().await.unwrap();
    // (The islands' words in the page's head hold every choice's label: the page's body does not.)
    let body = &html[html.find("<body").unwrap()..];
    assert!(!body.contains("channel-voice") && !body.contains("voice call"), "no voice choice on the page");
    app.age_codes(&phone, 31).await;
    assert_eq!(app.json_of(&app.client, "resend-code", &[("channel", "voice")]).await, json!({"Delivery": "NoVoice"}));
    assert!(fake.requests().iter().all(|r| !r.path.ends_with("/Calls.json")), "no call attempted");
    assert_eq!(app.call("resend-code", &[("channel", "sms")]).await.status(), 200, "the cooldown was not spent");
}
on_both!(voice_is_not_offered_without_a_number_to_call_from);
