//! The country a phone field starts on, decided by the server: the person's own number's
//! when it knows it (signed in, a pending sign-up, a half session, a signed-out code
//! flow), else the region of the browser's `Accept-Language`, else `DEFAULT_COUNTRY`
//! (GB in these tests); and the number of a password reset handed to the sign-in page in
//! the sealed flash cookie, never in the URL.

use crate::helpers::*;
use crate::on_both;

/// A French mobile number (the tests' default country is GB, their browsers' language
/// en-US: each source of the country differs).
const FR_MOBILE: &str = "+33612345678";
const FR_NATIONAL: &str = "06 12 34 56 78";

/// A browser (cookie jar, redirects not followed) that sends `accept_language`.
fn browser(accept_language: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ACCEPT_LANGUAGE, accept_language.parse().unwrap());
    reqwest::Client::builder()
        .cookie_store(true)
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .unwrap()
}

async fn default_country(app: &TestApp, client: &reqwest::Client) -> String {
    let info = app.json_of(client, "session", &[]).await;
    info["default_country"].as_str().unwrap_or_else(|| panic!("{info}")).to_string()
}

/// The country the no-JS select of `page` has selected.
async fn selected_country(app: &TestApp, client: &reqwest::Client, page: &str) -> String {
    let html = app.page(client, page).await.text().await.unwrap();
    let at = html.find(" selected>").unwrap_or_else(|| panic!("no country selected on {page}"));
    let start = html[..at].rfind("value=\"").unwrap() + 7;
    html[start..at - 1].to_string()
}

async fn the_language_region_picks_the_country_of_a_visitor(b: Backend) {
    let app = spawn_app(b).await;
    assert_eq!(default_country(&app, &new_client()).await, "GB", "no Accept-Language: DEFAULT_COUNTRY");
    for (header, expected) in [
        ("fr-FR,fr;q=0.9,en;q=0.8", "FR"),
        ("de, en-US;q=0.5", "US"),
        ("en-US;q=0.1, pt-BR;q=0.8", "BR"),
        ("zh-Hant-TW", "TW"),
        ("es-419, es;q=0.9", "GB"),
        ("en-UK", "GB"),
        ("*", "GB"),
        ("garbage;;;===,,", "GB"),
    ] {
        assert_eq!(default_country(&app, &browser(header)).await, expected, "{header}");
    }
    // The page draws the select with it.
    assert_eq!(selected_country(&app, &browser("fr-FR"), "/signup").await, "FR");
    assert_eq!(selected_country(&app, &browser("fr-FR"), "/signin/code").await, "FR");

    // Only a country the operator accepts numbers from.
    let app = spawn_app_with(b, Options { vars: vec![("SMS_ALLOWED_COUNTRIES", "GB,IE".into())] }).await;
    assert_eq!(default_country(&app, &browser("fr-FR, en-IE;q=0.5")).await, "IE");
    assert_eq!(default_country(&app, &browser("fr-FR")).await, "GB");
}
on_both!(the_language_region_picks_the_country_of_a_visitor);

async fn the_own_number_comes_before_the_language(b: Backend) {
    let app = spawn_app(b).await;
    // A pending sign-up, then signed in.
    let person = browser("en-US");
    let r = app
        .call_with(&person, "sign-up", &[("country", "FR"), ("phone", FR_NATIONAL), ("password", PASSWORD), ("confirm", PASSWORD)])
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(default_country(&app, &person).await, "FR", "pending sign-up");
    let code = app.last_code(FR_MOBILE).await;
    assert_eq!(app.call_with(&person, "verify", &[("code", &code)]).await.status(), 200);
    assert_eq!(default_country(&app, &person).await, "FR", "signed in");
    // The profile's "new number" field starts on it.
    assert_eq!(selected_country(&app, &person, "/profile").await, "FR");

    // A signed-out code flow: the number in its sealed cookie.
    for endpoint in ["send-sign-in-code", "send-reset-code"] {
        let visitor = browser("en-US");
        assert_eq!(default_country(&app, &visitor).await, "US");
        app.call_with(&visitor, endpoint, &[("country", "FR"), ("phone", FR_NATIONAL)]).await;
        assert_eq!(default_country(&app, &visitor).await, "FR", "{endpoint}");
        app.age_codes(FR_MOBILE, 60).await;
    }

    // The half sessions of two-factor sign-in (password, then code; code, then password).
    assert_eq!(app.call_with(&person, "enable-2fa", &[]).await.status(), 200);
    let half = browser("en-US");
    let r = app.call_with(&half, "sign-in", &[("country", "FR"), ("phone", FR_NATIONAL), ("password", PASSWORD)]).await;
    assert_eq!(location(&r), "/signin/2fa");
    assert_eq!(default_country(&app, &half).await, "FR", "password right, code outstanding");
    app.age_codes(FR_MOBILE, 60).await;
    let step = browser("en-US");
    app.call_with(&step, "send-sign-in-code", &[("country", "FR"), ("phone", FR_NATIONAL)]).await;
    let r = app.call_with(&step, "sign-in-with-code", &[("code", &app.code_for(FR_MOBILE, "sign-in").await)]).await;
    assert_eq!(location(&r), "/signin/code");
    assert_eq!(default_country(&app, &step).await, "FR", "code right, password outstanding");
}
on_both!(the_own_number_comes_before_the_language);

async fn a_reset_hands_its_number_to_the_sign_in_page(b: Backend) {
    let app = spawn_app(b).await;
    let owner = browser("en-US");
    app.call_with(&owner, "sign-up", &[("country", "FR"), ("phone", FR_NATIONAL), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    app.call_with(&owner, "verify", &[("code", &app.last_code(FR_MOBILE).await)]).await;
    let new_password = "a brand new long passphrase";
    for javascript in [true, false] {
        let person = browser("en-US");
        let send = [("country", "FR"), ("phone", FR_NATIONAL)];
        let reset = |code: String| vec![("code", code), ("password", new_password.to_string()), ("confirm", new_password.to_string())];
        let r = if javascript {
            app.call_with(&person, "send-reset-code", &send).await
        } else {
            app.post_form(&person, "send-reset-code", "/reset-password", &send).await
        };
        assert_eq!(location(&r), "/reset-password");
        let form = reset(app.code_for(FR_MOBILE, "reset-password").await);
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = if javascript {
            app.call_with(&person, "reset-password", &form).await
        } else {
            app.post_form(&person, "reset-password", "/reset-password", &form).await
        };
        let to = location(&r);
        assert_eq!(to, "/signin?notice=password-reset", "javascript: {javascript}");
        assert!(set_cookie_headers(&r).iter().any(|c| c.starts_with("pa_flash=") && c.contains("HttpOnly")));
        // The sign-in page has the number, its country chosen, once.
        let html = app.page(&person, &to).await.text().await.unwrap();
        assert!(html.contains(&format!("value=\"{FR_NATIONAL}\"")), "javascript: {javascript}");
        assert_eq!(selected_country(&app, &person, &to).await, "US", "read once: back to the language's country");
        let html_again = app.page(&person, &to).await.text().await.unwrap();
        assert!(!html_again.contains(FR_NATIONAL));
        assert!(html.contains("<option value=\"FR\" selected>"), "javascript: {javascript}");
        // And it signs in with it.
        let r = app.call_with(&person, "sign-in", &[("country", "FR"), ("phone", FR_NATIONAL), ("password", new_password)]).await;
        assert_eq!(location(&r), "/profile");
        app.call_with(&person, "sign-out", &[]).await;
        app.age_codes(FR_MOBILE, 60).await;
    }
}
on_both!(a_reset_hands_its_number_to_the_sign_in_page);
