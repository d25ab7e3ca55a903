//! Messages in the person's language (issue 20 §3): the SMS and the voice call of a code
//! in the language of the browser asking (its `lang` cookie, else `Accept-Language`),
//! each request still keeping Twilio's and Vonage's contracts; Twilio Verify told the
//! language as its `Locale`.

use crate::fake_twilio::FakeTwilio;
use crate::fake_vonage::FakeVonage;
use crate::helpers::*;
use crate::on_both;

/// A browser sending `Accept-Language`, with a `lang` cookie for `app` when given.
fn browser(app: &TestApp, accept_language: &str, lang_cookie: Option<&str>) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ACCEPT_LANGUAGE, accept_language.parse().unwrap());
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    if let Some(l) = lang_cookie {
        jar.add_cookie_str(&format!("lang={l}; Path=/"), &app.base.parse().unwrap());
    }
    reqwest::Client::builder().default_headers(headers).cookie_provider(jar).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn sign_up(app: &TestApp, client: &reqwest::Client, phone: &str) {
    let r = app.call_with(client, "sign-up", &[("country", "GB"), ("phone", phone), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
}

/// Spanish from `Accept-Language`, Arabic from the cookie, through Twilio: the SMS and the
/// call in the language, and every request within Twilio's contract.
async fn twilio_speaks_the_persons_language(b: Backend) {
    let fake = FakeTwilio::start().await;
    let app = spawn_app_with(b, Options { vars: twilio_messaging_vars(&fake.base_url, crate::fake_twilio::DEFAULT_SECRET) }).await;
    let es = browser(&app, "es-MX,es;q=0.9,en;q=0.5", None);
    let phone = random_phone();
    sign_up(&app, &es, &phone).await;
    let body = fake.requests().last().unwrap().form_value("Body").unwrap();
    assert!(body.starts_with("Phone Auth: tu código de verificación es "), "{body}");
    assert!(body.contains("Caduca en 5 min. No lo compartas."), "{body}");

    let ar = browser(&app, "en-GB", Some("ar"));
    let phone = random_phone();
    sign_up(&app, &ar, &phone).await;
    let body = fake.requests().last().unwrap().form_value("Body").unwrap();
    assert!(body.contains("رمز التحقق الخاص بك هو") && body.contains("5 دقائق"), "{body}");
    app.age_codes(&phone, 31).await;
    assert_eq!(app.call_with(&ar, "resend-code", &[("channel", "voice")]).await.status(), 200);
    let twiml = fake.requests().last().unwrap().form_value("Twiml").unwrap();
    assert!(twiml.contains(r#"<Say voice="Google.ar-XA-Standard-A" language="ar-XA">مرة أخرى، رمزك هو</Say>"#), "{twiml}");
    for req in fake.requests() {
        assert_eq!(crate::twilio_contract::contract_problems(&req), Vec::<String>::new(), "{}", req.raw_body);
    }
}
on_both!(twilio_speaks_the_persons_language);

/// Through Vonage: Hindi goes as unicode, French stays GSM-7 text; both fit the spec.
async fn vonage_speaks_the_persons_language(b: Backend) {
    let fake = FakeVonage::start().await;
    let mut vars = crate::delivery::vonage_vars(&fake);
    vars.push(("SMS_PROVIDER", "vonage".into()));
    let app = spawn_app_with(b, Options { vars }).await;
    let spec = crate::delivery::spec();
    let hi = random_phone();
    sign_up(&app, &browser(&app, "hi-IN", None), &hi).await;
    let req = fake.last_to(&hi).unwrap();
    assert!(req.value("text").unwrap().contains("आपका सत्यापन कोड"), "{:?}", req.value("text"));
    assert_eq!(req.value("type").as_deref(), Some("unicode"));
    assert_eq!(crate::delivery::contract_problems(&spec, &req), Vec::<String>::new());
    let fr = random_phone();
    sign_up(&app, &browser(&app, "fr-CA,fr", None), &fr).await;
    let req = fake.last_to(&fr).unwrap();
    assert!(req.value("text").unwrap().starts_with("Phone Auth : votre code de vérification est "), "{:?}", req.value("text"));
    assert_eq!(req.value("type"), None, "GSM-7: plain text");
    assert_eq!(crate::delivery::contract_problems(&spec, &req), Vec::<String>::new());
}
on_both!(vonage_speaks_the_persons_language);

/// The account keeps its sign-up's language: the alert of a sign-in from a new browser
/// (maybe not its owner's) is written in it, not in the new browser's.
async fn the_new_browser_alert_speaks_the_accounts_language(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("ALERT_NEW_DEVICE", "1".into())] }).await;
    let phone = random_phone();
    let first = browser(&app, "pt-BR", None);
    sign_up(&app, &first, &phone).await;
    let code = app.code_for(&phone, "verify-phone").await;
    assert_eq!(app.call_with(&first, "verify", &[("code", &code)]).await.status(), 200);
    let other = browser(&app, "de-DE", None);
    assert_eq!(location(&app.sign_in_with(&other, &phone, PASSWORD).await), "/profile");
    settle(&app).await;
    let notices: Vec<String> = app
        .outbox(&phone)
        .await
        .into_iter()
        .filter(|m| m["purpose"] == "notice")
        .map(|m| m["body"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].starts_with("Phone Auth: novo acesso à sua conta em "), "{}", notices[0]);
    assert!(notices[0].contains(". Não foi você? Altere sua senha em http") && notices[0].ends_with("/profile"), "{}", notices[0]);
}
on_both!(the_new_browser_alert_speaks_the_accounts_language);
