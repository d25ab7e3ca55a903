//! Trusted browsers: "Don't ask for a code on this browser" at two-factor sign-in makes
//! that browser's next sign-ins skip the second factor (password or passwordless) until
//! the trust expires, is forgotten on the sessions page, or the password changes; other
//! browsers are still asked. On SQLite and PostgreSQL.

use crate::helpers::*;
use crate::on_both;
use phone_auth::domain::audit::SignInMethod;
use serde_json::Value;

async fn two_factor_account(app: &TestApp) -> (String, i64) {
    let phone = app.verified_accounts(1).await.remove(0);
    let p = phone_auth::domain::PhoneNumber::parse(None, &phone, &[]).unwrap();
    let user = app.state.db.user_by_phone(&p).await.unwrap().unwrap();
    app.state.db.set_two_factor(user.id, true, 1).await.unwrap();
    (phone, user.id)
}

/// Signs in with the password: where the answer sends the browser.
async fn sign_in(app: &TestApp, browser: &reqwest::Client, phone: &str, password: &str) -> String {
    let r = app.call_with(browser, "sign-in", &[("country", "GB"), ("phone", phone), ("password", password)]).await;
    assert_eq!(r.status(), 200);
    location(&r)
}

/// The second factor, with the box ticked or not.
async fn second_factor(app: &TestApp, browser: &reqwest::Client, phone: &str, trust: bool) {
    let code = app.code_for(phone, "2fa").await;
    let mut form = vec![("code", code.as_str())];
    if trust {
        form.push(("trust", "on"));
    }
    let r = app.call_with(browser, "verify-2fa", &form).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".to_string()));
}

async fn sign_out(app: &TestApp, browser: &reqwest::Client) {
    assert_eq!(app.call_with(browser, "sign-out", &[]).await.status(), 200);
}

async fn trusted_list(app: &TestApp, browser: &reqwest::Client) -> Vec<Value> {
    app.json_of(browser, "trusted-browsers", &[]).await.as_array().cloned().unwrap_or_default()
}

async fn a_trusted_browser_skips_the_code_until_forgotten_or_the_password_changes(b: Backend) {
    let app = spawn_app(b).await;
    let (phone, user_id) = two_factor_account(&app).await;
    let browser = new_client();

    // Without the box: asked again next time.
    assert_eq!(sign_in(&app, &browser, &phone, PASSWORD).await, "/signin/2fa");
    second_factor(&app, &browser, &phone, false).await;
    assert_eq!(trusted_list(&app, &browser).await, Vec::<Value>::new());
    sign_out(&app, &browser).await;
    app.age_codes(&phone, 60).await;
    assert_eq!(sign_in(&app, &browser, &phone, PASSWORD).await, "/signin/2fa");

    // With it: this browser is listed, and its next sign-in needs only the password.
    second_factor(&app, &browser, &phone, true).await;
    let list = trusted_list(&app, &browser).await;
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["this_device"], true);
    sign_out(&app, &browser).await;
    assert_eq!(sign_in(&app, &browser, &phone, PASSWORD).await, "/profile", "no code asked");
    assert_eq!(last_sign_in_method(&app, user_id).await, Some(SignInMethod::PasswordOnTrustedBrowser));
    // ... and a wrong password still fails there.
    let r = app.call_with(&browser, "sign-in", &[("country", "GB"), ("phone", &phone), ("password", "not the password")]).await;
    assert_eq!(r.status(), 401);

    // Another browser is asked; it sees the trusted one as not its own.
    let other = new_client();
    app.age_codes(&phone, 60).await;
    assert_eq!(sign_in(&app, &other, &phone, PASSWORD).await, "/signin/2fa");
    second_factor(&app, &other, &phone, false).await;
    let seen = trusted_list(&app, &other).await;
    assert_eq!((seen.len(), seen[0]["this_device"].clone()), (1, Value::Bool(false)));

    // Forgotten (from the other browser): asked again.
    let id = seen[0]["id"].to_string();
    let r = app.call_with(&other, "forget-browser", &[("id", id.as_str())]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/sessions?notice=browser-forgotten".to_string()));
    assert_eq!(trusted_list(&app, &other).await, Vec::<Value>::new());
    sign_out(&app, &browser).await;
    app.age_codes(&phone, 60).await;
    assert_eq!(sign_in(&app, &browser, &phone, PASSWORD).await, "/signin/2fa");

    // Trusted again, then the password changes: every trust ends.
    second_factor(&app, &browser, &phone, true).await;
    let new_password = "a brand new passphrase 42";
    let r =
        app.call_with(&browser, "change-password", &[("current", PASSWORD), ("password", new_password), ("confirm", new_password)]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(trusted_list(&app, &browser).await, Vec::<Value>::new());
    sign_out(&app, &browser).await;
    app.age_codes(&phone, 60).await;
    assert_eq!(sign_in(&app, &browser, &phone, new_password).await, "/signin/2fa");
}
on_both!(a_trusted_browser_skips_the_code_until_forgotten_or_the_password_changes);

/// A trusted browser's passwordless sign-in needs no password step; a trust that has
/// expired asks again; another account's trust on the same browser does not count.
async fn passwordless_and_expiry(b: Backend) {
    let app = spawn_app(b).await;
    let (phone, user_id) = two_factor_account(&app).await;
    let browser = new_client();
    assert_eq!(sign_in(&app, &browser, &phone, PASSWORD).await, "/signin/2fa");
    second_factor(&app, &browser, &phone, true).await;
    sign_out(&app, &browser).await;

    let r = app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    assert_eq!(r.status(), 200);
    let code = app.code_for(&phone, "sign-in").await;
    let r = app.call_with(&browser, "sign-in-with-code", &[("code", &code)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".to_string()), "no password step");
    assert_eq!(last_sign_in_method(&app, user_id).await, Some(SignInMethod::CodeOnTrustedBrowser));
    sign_out(&app, &browser).await;

    // Another account with 2FA on the same browser: its own trust, not this one's.
    let (second, _) = two_factor_account(&app).await;
    assert_eq!(sign_in(&app, &browser, &second, PASSWORD).await, "/signin/2fa");
    second_factor(&app, &browser, &second, false).await;
    sign_out(&app, &browser).await;

    // Expired.
    sqlx::query("UPDATE trusted_browsers SET expires_at = 1").execute(&mut *app.state.db.write().await.unwrap()).await.unwrap();
    app.age_codes(&phone, 60).await;
    assert_eq!(sign_in(&app, &browser, &phone, PASSWORD).await, "/signin/2fa");
}
on_both!(passwordless_and_expiry);
