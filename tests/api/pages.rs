//! What the pages show (issue 16): the operator's brand in every page, times in the
//! person's zone (the `tz` cookie) or in UTC said out loud, and the activity's sentences
//! from the facts recorded with each event.

use crate::helpers::*;
use crate::on_both;
use phone_auth::domain::audit::AuditDetail;
use phone_auth::domain::AuditKind;
use std::sync::Arc;

async fn the_brand_is_the_operators(b: Backend) {
    let app = spawn_app_with(
        b,
        Options {
            vars: vec![
                ("APP_NAME", "Acme Login".into()),
                ("BRAND_COLOR", "#ffcc00".into()),
                ("LOGO_URL", "https://cdn.example.com/acme.svg".into()),
            ],
        },
    )
    .await;
    for path in ["/", "/signin", "/no-such-page"] {
        let r = app.page(&app.client, path).await;
        let csp = r.headers()["content-security-policy"].to_str().unwrap().to_string();
        let html = r.text().await.unwrap();
        assert!(!html.contains("Phone Auth"), "{path}: the default name is gone");
        let header = html.split("<header").nth(1).and_then(|h| h.split("</header>").next()).unwrap_or_default();
        assert!(header.contains(r#"<img src="https://cdn.example.com/acme.svg" alt="Acme Login""#), "{path}: {header}");
        assert!(header.contains(r#"<span aria-hidden="true" class="brand-name">Acme Login"#), "{path}: the name is read once: {header}");
        let footer = html.split("<footer").nth(1).unwrap_or_default();
        assert!(footer.contains("Acme Login uses your phone number"), "{path}: the footer: {footer}");
        assert!(csp.contains("img-src 'self' data: https://cdn.example.com;"), "{csp}");
        // The accent: the yellow darkened until it reads on the light page, and
        // lightened or kept on the dark one, in an inline style under the page's nonce.
        let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).unwrap();
        let css = phone_auth::domain::brand::accent_css(phone_auth::domain::brand::Rgb(0xff, 0xcc, 0x00));
        assert!(html.contains(&format!(r#"<style nonce="{nonce}">{css}</style>"#)), "{path}: {html}");
        assert!(!css.contains("--brand-accent:#ffcc00;"), "a pale yellow is not an accent on white: {css}");
        assert!(csp.contains(&format!("style-src 'self' 'nonce-{nonce}'")), "{csp}");
    }
    let title = |html: &str| html.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).map(str::to_string);
    assert_eq!(title(&app.page(&app.client, "/").await.text().await.unwrap()).as_deref(), Some("Acme Login"));
    assert_eq!(title(&app.page(&app.client, "/signin").await.text().await.unwrap()).as_deref(), Some("Sign in · Acme Login"));
}

/// A client whose cookie jar the test can write to (the `tz` cookie a page script sets).
fn client_with_zone(app: &TestApp, zone: Option<&str>) -> reqwest::Client {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    if let Some(zone) = zone {
        jar.add_cookie_str(&format!("tz={zone}; Path=/"), &app.url("/").parse().unwrap());
    }
    reqwest::Client::builder().cookie_provider(jar).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn times_are_in_the_persons_zone_or_say_utc(b: Backend) {
    let app = spawn_app(b).await;
    let mut texts = Vec::new();
    for zone in [Some("America/New_York"), None, Some("Not/AZone")] {
        let client = client_with_zone(&app, zone);
        let phone = random_phone();
        app.call_with(&client, "sign-up", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
        let r = app.call_with(&client, "verify", &[("code", &app.last_code(&phone).await)]).await;
        assert_eq!(r.status(), 200);
        // An event of 1 July 2023, 12:00 UTC: 08:00 in New York (summer time).
        let (uid,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE phone = $1")
            .bind(&phone)
            .fetch_one(&mut *app.state.db.read().await.unwrap())
            .await
            .unwrap();
        app.state.db.insert_audit(Some(uid), AuditKind::NameChanged, &AuditDetail::none(), "127.0.0.1", "", 1_688_212_800).await.unwrap();
        let profile = app.json_of(&client, "profile", &[]).await;
        let old = profile["activity"].as_array().unwrap().iter().find(|e| e["event"] == "Name changed").unwrap().clone();
        assert_eq!(old["at"]["iso"], "2023-07-01T12:00:00Z");
        let recent = &profile["activity"][0]["at"]["text"];
        assert_eq!(recent, "just now");
        let sessions = app.json_of(&client, "sessions", &[]).await;
        texts.push((old["at"]["text"].clone(), old["at"]["full"].clone(), sessions[0]["signed_in_at"]["full"].clone()));
    }
    assert_eq!((texts[0].0.as_str(), texts[0].1.as_str()), (Some("1 July 2023 at 08:00"), Some("Saturday 1 July 2023 at 08:00")));
    assert!(!texts[0].2.as_str().unwrap().contains("UTC"), "{texts:?}");
    for unknown in &texts[1..] {
        assert_eq!((unknown.0.as_str(), unknown.1.as_str()), (Some("1 July 2023 at 12:00 UTC"), Some("Saturday 1 July 2023 at 12:00 UTC")));
        assert!(unknown.2.as_str().unwrap().ends_with(" UTC"), "{texts:?}");
    }
}

async fn ending_a_session_names_its_device(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    let iphone = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1")
        .build()
        .unwrap();
    app.sign_in_with(&iphone, &phone, PASSWORD).await;
    let sessions = app.json_of(&app.client, "sessions", &[]).await;
    let id = sessions.as_array().unwrap().iter().find(|s| s["this_device"] == false).unwrap()["id"].as_i64().unwrap();
    app.call("end-sessions", &[("which", &id.to_string())]).await;
    app.sign_in_with(&iphone, &phone, PASSWORD).await;
    app.call("end-sessions", &[("which", "others")]).await;
    let profile = app.json_of(&app.client, "profile", &[]).await;
    let events: Vec<&str> = profile["activity"].as_array().unwrap().iter().map(|e| e["event"].as_str().unwrap()).collect();
    assert_eq!(events[0], "Signed out 1 other device", "{events:?}");
    assert_eq!(events[1], "Signed in on Safari on iOS", "{events:?}");
    assert_eq!(events[2], "Signed out Safari on iOS from another device", "{events:?}");
    // What is stored is the facts, as JSON, not the words.
    let (detail,): (String,) = sqlx::query_as("SELECT detail FROM audit_events WHERE kind = 'session_ended' ORDER BY id LIMIT 1")
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(detail, r#"{"ended":{"which":"other","device":"Safari on iOS"}}"#);
}

on_both!(the_brand_is_the_operators);
on_both!(times_are_in_the_persons_zone_or_say_utc);
on_both!(ending_a_session_names_its_device);
