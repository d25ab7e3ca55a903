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

/// Every language's SMS and voice call keep the providers' contracts (issue 20 §6): a
/// sign-up's SMS and a resend by voice through Twilio, and a sign-up's SMS through
/// Vonage (unicode exactly when the text is not GSM-7), each checked against the specs.
async fn every_language_keeps_the_providers_contracts(b: Backend) {
    let twilio = FakeTwilio::start().await;
    let app = spawn_app_with(b, Options { vars: twilio_messaging_vars(&twilio.base_url, crate::fake_twilio::DEFAULT_SECRET) }).await;
    let vonage = FakeVonage::start().await;
    let mut vars = crate::delivery::vonage_vars(&vonage);
    vars.push(("SMS_PROVIDER", "vonage".into()));
    let by_vonage = spawn_app_with(b, Options { vars }).await;
    let spec = crate::delivery::spec();
    for lang in phone_auth::domain::lang::Lang::ALL {
        let client = browser(&app, "en", Some(lang.tag()));
        let phone = random_phone();
        sign_up(&app, &client, &phone).await;
        app.age_codes(&phone, 31).await;
        assert_eq!(app.call_with(&client, "resend-code", &[("channel", "voice")]).await.status(), 200, "{}", lang.tag());
        let client = browser(&by_vonage, "en", Some(lang.tag()));
        let phone = random_phone();
        sign_up(&by_vonage, &client, &phone).await;
        let req = vonage.last_to(&phone).unwrap();
        let text = req.value("text").unwrap();
        let gsm7 = phone_auth::server::sms::vonage::is_gsm7(&text);
        assert_eq!(req.value("type").as_deref(), (!gsm7).then_some("unicode"), "{}: {text}", lang.tag());
        assert_eq!(crate::delivery::contract_problems(&spec, &req), Vec::<String>::new(), "{}", lang.tag());
    }
    let requests = twilio.requests();
    assert_eq!(requests.iter().filter(|r| r.form_value("Body").is_some()).count(), 8);
    assert_eq!(requests.iter().filter(|r| r.form_value("Twiml").is_some()).count(), 8);
    for req in requests {
        assert_eq!(crate::twilio_contract::contract_problems(&req), Vec::<String>::new(), "{}", req.raw_body);
    }
}
on_both!(every_language_keeps_the_providers_contracts);

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

/// The words of a page a person sees or hears: its title, the text between its tags
/// (scripts, styles and the country list's names left out: those are CLDR's, not ours)
/// and the attributes read aloud or shown (aria-label, placeholder, title, alt).
fn visible_words(html: &str) -> Vec<String> {
    let title = regex::Regex::new(r"(?s)<title>(.*?)</title>").unwrap();
    let dropped = regex::Regex::new(
        r#"(?s)<head>.*?</head>|<script.*?</script>|<style.*?</style>|<select[^>]*name="country".*?</select>|<template.*?</template>"#,
    )
    .unwrap();
    let tag = regex::Regex::new(r#"(?s)<[^>]*>"#).unwrap();
    let attr = regex::Regex::new(r#"\b(?:aria-label|placeholder|title|alt)="([^"]*)""#).unwrap();
    let mut out: Vec<String> = title.captures_iter(html).map(|c| c[1].to_string()).collect();
    let body = dropped.replace_all(html, " ");
    for t in tag.find_iter(&body) {
        out.extend(attr.captures_iter(t.as_str()).map(|c| c[1].to_string()));
    }
    out.extend(tag.split(&body).map(str::to_string));
    out.into_iter()
        .map(|w| {
            w.replace("&amp;", "&")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
        })
        .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect()
}

/// Words that are the same in every language: names, not text.
fn is_a_name(word: &str, extra: &[&str]) -> bool {
    let lang_names = phone_auth::domain::lang::Lang::ALL.map(|l| l.name());
    word.contains("Phone Auth")
        || lang_names.contains(&word)
        || extra.contains(&word)
        || !word.chars().any(|c| c.is_alphabetic() && c.is_ascii())
}

/// Every page in every language (issue 20 §6): the language chosen by the menu's server
/// function (cookie, and the account's language), `<html lang dir>` set by the server,
/// no message key showing instead of a text, and no English left: a text of the page in
/// another language that is exactly a text of the same page in English is a miss, but
/// for names and the few words that really are the same (`same` below).
async fn every_page_speaks_every_language(b: Backend) {
    let app = spawn_app(b).await;
    let key = regex::Regex::new(r"\b(?:live|nav|err|invalid|home|signup|signin|signincode|verify|reset|notfound|guard|webotp|phone|code|twofa|factors|form|profile|passkey|sessions|notice|activity|device|time|oidc|footer|language)-[a-z0-9]+(?:-[a-z0-9]+)*\b").unwrap();
    // Words that are the same as English's in a language, as a native writer would write them.
    let same: &[(&str, &[&str])] = &[("de", &["(optional)", "Name"]), ("fr", &["Sessions"])];
    let mut pages_by_lang: Vec<(String, Vec<(String, String)>)> = vec![];
    for lang in phone_auth::domain::lang::Lang::ALL {
        let browser = new_client();
        // The menu's server function: the cookie, then the pages in the language.
        let r = app.call_with(&browser, "language", &[("lang", lang.tag()), ("back", "/signin")]).await;
        assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.status());
        assert!(set_cookie_headers(&r).iter().any(|c| c.starts_with(&format!("lang={};", lang.tag()))), "{:?}", set_cookie_headers(&r));
        let mut pages = vec![];
        for path in ["/", "/signup", "/signin", "/signin/code", "/reset-password", "/no-such-page"] {
            pages.push((path.to_string(), app.page(&browser, path).await.text().await.unwrap()));
        }
        // A sign-up waiting for its code, then the signed-in pages.
        let phone = random_phone();
        let r = app
            .call_with(&browser, "sign-up", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("confirm", PASSWORD)])
            .await;
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
        pages.push(("/verify".into(), app.page(&browser, "/verify").await.text().await.unwrap()));
        let code = app.code_for(&phone, "verify-phone").await;
        assert_eq!(app.call_with(&browser, "verify", &[("code", &code)]).await.status(), 200);
        // Signed in, the menu also stores the choice on the account.
        let r = app.call_with(&browser, "language", &[("lang", lang.tag()), ("back", "/profile")]).await;
        assert!(r.status().is_success() || r.status().is_redirection());
        let p = phone_auth::domain::PhoneNumber::parse(None, &phone, &[]).unwrap();
        let user = app.state.db.user_by_phone(&p).await.unwrap().unwrap();
        assert_eq!(app.state.db.user_language(user.id).await.unwrap().as_deref(), Some(lang.tag()));
        for path in ["/profile", "/sessions"] {
            pages.push((path.to_string(), app.page(&browser, path).await.text().await.unwrap()));
        }
        // A wrong code's sentence in the language (an error the server says).
        let r = app
            .call_with(&browser, "change-password", &[("current", "not my password"), ("password", PASSWORD), ("confirm", PASSWORD)])
            .await;
        assert_eq!(r.status(), 422);
        let said: serde_json::Value = r.json().await.unwrap();
        if lang == phone_auth::domain::lang::Lang::En {
            assert_eq!(said["Invalid"]["message"], "Your current password is not right.", "{said}");
        } else {
            // The error as it is, and its sentence in the language for the page's script.
            assert_eq!(said["Said"]["error"]["Invalid"]["field"], "CurrentPassword", "{said}");
            let text = said["Said"]["text"].as_str().unwrap();
            assert!(!text.is_empty() && text != "Your current password is not right.", "{}: {said}", lang.tag());
        }
        // Two-factor sign-in on: the second step's page.
        assert_eq!(app.call_with(&browser, "enable-2fa", &[]).await.status(), 200);
        assert_eq!(app.call_with(&browser, "sign-out", &[]).await.status(), 200);
        app.sign_in_with(&browser, &phone, PASSWORD).await;
        pages.push(("/signin/2fa".into(), app.page(&browser, "/signin/2fa").await.text().await.unwrap()));
        // The islands' words come with the pages that have islands, only their families.
        let words = |path: &str| {
            let html = &pages.iter().find(|(p, _)| p == path).unwrap().1;
            let needle = r#"<meta name="phone-auth-words" content=""#;
            let at = html.find(needle).map(|i| i + needle.len());
            at.map(|i| html[i..i + html[i..].find('"').unwrap()].to_string())
        };
        assert_eq!(words("/"), None);
        let signup = words("/signup").expect("the sign-up page's words");
        assert!(signup.starts_with("auth-") && signup.contains("\nphone-") && signup.contains("\nerr-transport="), "{signup}");
        assert!(!signup.contains("\nprofile-") && !signup.contains("\ncode-"), "{signup}");
        let profile = words("/profile").expect("the profile's words");
        assert!(profile.contains("\nprofile-") && profile.contains("\ncode-") && profile.contains("\npasskey-"), "{profile}");
        for (path, html) in &pages {
            let dir = if lang.rtl() { "rtl" } else { "ltr" };
            assert!(html.contains(&format!(r#"<html lang="{}" dir="{dir}""#, lang.tag())), "{} {path}: no <html lang dir>", lang.tag());
            for w in visible_words(html) {
                assert!(!key.is_match(&w), "{} {path}: a message key shows: {w:?}", lang.tag());
            }
        }
        pages_by_lang.push((lang.tag().to_string(), pages));
    }
    let (_, english) = pages_by_lang.remove(0);
    for (tag, pages) in &pages_by_lang {
        let extra: &[&str] = same.iter().find(|(t, _)| t == tag).map(|(_, w)| *w).unwrap_or(&[]);
        let mut left = vec![];
        for ((path, html), (_, en_html)) in pages.iter().zip(&english) {
            let en_words = visible_words(en_html);
            for w in visible_words(html) {
                if en_words.contains(&w) && !is_a_name(&w, extra) {
                    left.push(format!("{path}: {w:?}"));
                }
            }
        }
        left.dedup();
        assert!(left.is_empty(), "English left in {tag}:\n{}", left.join("\n"));
    }
}
on_both!(every_page_speaks_every_language);
