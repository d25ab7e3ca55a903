//! Passkeys through the server's own endpoints, answered by a software authenticator
//! (webauthn-authenticator-rs's `SoftPasskey`, as webauthn-rs's own tests do): added after
//! the password, a sign-in with no number (complete even with 2FA on), the second step,
//! one answer per challenge (50 at once: one signs in), the counter stored as webauthn-rs
//! updates it, removal behind the password, and passkeys off for an IP-address site. On
//! SQLite and PostgreSQL.
//!
//! `SoftPasskey` keeps no resident keys: the test asks it for a plain credential and, at
//! a discoverable sign-in, names the credential and puts the account's user handle in the
//! answer as a browser's passkey would (the handle is not signed).

use crate::helpers::*;
use crate::on_both;
use phone_auth::domain::audit::SignInMethod;
use serde_json::{json, Value};
use webauthn_authenticator_rs::prelude::*;
use webauthn_authenticator_rs::softpasskey::SoftPasskey;

const SITE: &str = "http://localhost:4999";

async fn passkey_app(b: Backend) -> TestApp {
    spawn_app_with(b, Options { vars: vec![("PUBLIC_URL", SITE.into())] }).await
}

fn origin() -> Url {
    Url::parse(SITE).unwrap()
}

/// `{ceremony, options}` of `passkey-options`.
async fn options(app: &TestApp, browser: &reqwest::Client, form: &[(&str, &str)]) -> (String, Value) {
    let r = app.call_with(browser, "passkey-options", form).await;
    assert_eq!(r.status(), 200, "{form:?}");
    let v: Value = r.json().await.unwrap();
    (v["ceremony"].as_str().unwrap().to_string(), serde_json::from_str(v["options"].as_str().unwrap()).unwrap())
}

/// Adds a passkey from `authenticator` to the signed-in `browser`'s account.
async fn add_passkey(app: &TestApp, browser: &reqwest::Client, authenticator: &mut WebauthnAuthenticator<SoftPasskey>, name: &str) {
    let (ceremony, mut opts) = options(app, browser, &[("purpose", "register"), ("current", PASSWORD)]).await;
    assert_eq!(opts["publicKey"]["authenticatorSelection"]["residentKey"], "required", "a discoverable credential");
    assert_eq!(opts["publicKey"]["authenticatorSelection"]["userVerification"], "required");
    opts["publicKey"]["authenticatorSelection"]["requireResidentKey"] = json!(false);
    opts["publicKey"]["authenticatorSelection"]["residentKey"] = json!("discouraged");
    let ccr: CreationChallengeResponse = serde_json::from_value(opts).unwrap();
    let credential = authenticator.do_registration(origin(), ccr).unwrap();
    let credential = serde_json::to_string(&credential).unwrap();
    let r = app.call_with(browser, "add-passkey", &[("ceremony", &ceremony), ("credential", &credential), ("name", name)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=passkey-added".to_string()));
}

async fn handle_of(app: &TestApp, user_id: i64) -> Vec<u8> {
    let (h,): (String,) = sqlx::query_as("SELECT webauthn_handle FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    uuid_bytes(&h)
}

fn uuid_bytes(s: &str) -> Vec<u8> {
    hex_decode(&s.replace('-', ""))
}

fn hex_decode(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

async fn credential_ids(app: &TestApp, user_id: i64) -> Vec<String> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT credential_id FROM passkeys WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    rows.into_iter().map(|r| r.0).collect()
}

/// A discoverable sign-in's answer from `authenticator` for `user_id`: the credential
/// named, the user handle given (as a browser's passkey answers).
async fn sign_in_answer(
    app: &TestApp,
    browser: &reqwest::Client,
    authenticator: &mut WebauthnAuthenticator<SoftPasskey>,
    user_id: i64,
) -> (String, String) {
    let (ceremony, mut opts) = options(app, browser, &[("purpose", "sign-in")]).await;
    assert!(opts["mediation"].is_null(), "a button's sign-in is not conditional");
    assert_eq!(opts["publicKey"]["allowCredentials"], json!([]), "no credentials named: the browser offers the site's passkeys");
    let ids = credential_ids(app, user_id).await;
    opts["publicKey"]["allowCredentials"] = json!(ids.iter().map(|id| json!({"type": "public-key", "id": id})).collect::<Vec<_>>());
    let rcr: RequestChallengeResponse = serde_json::from_value(opts).unwrap();
    let mut credential = authenticator.do_authentication(origin(), rcr).unwrap();
    credential.response.user_handle = Some(handle_of(app, user_id).await.into());
    (ceremony, serde_json::to_string(&credential).unwrap())
}

async fn stored_counter(app: &TestApp, user_id: i64) -> i64 {
    let (c,): (String,) = sqlx::query_as("SELECT credential FROM passkeys WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    let v: Value = serde_json::from_str(&c).unwrap();
    v["cred"]["counter"].as_i64().unwrap_or_else(|| panic!("no counter in {v}"))
}

async fn a_passkey_is_added_after_the_password_and_signs_in_with_no_number(b: Backend) {
    let app = passkey_app(b).await;
    let (phone, user_id, browser) = signed_in_account(&app).await;
    let mut authenticator = WebauthnAuthenticator::new(SoftPasskey::new(true));

    // The password first.
    let r = app.call_with(&browser, "passkey-options", &[("purpose", "register"), ("current", "wrong password")]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(error_json(r).await["Invalid"]["field"], "CurrentPassword");
    add_passkey(&app, &browser, &mut authenticator, "  Work laptop ").await;
    let p = app.json_of(&browser, "profile", &[]).await;
    assert_eq!(p["passkeys"].as_array().unwrap().len(), 1, "{p}");
    assert_eq!(p["passkeys"][0]["name"], "Work laptop");
    assert!(app.audit_kinds(&phone).await.iter().any(|k| k == "passkey_added"));
    // The user handle is random, never the number.
    let (handle,): (String,) = sqlx::query_as("SELECT webauthn_handle FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(handle.len(), 36);
    assert!(!handle.contains(&phone[1..]));

    // Signed out, in again with the passkey alone; 2FA on asks for nothing more.
    app.state.db.set_two_factor(user_id, true, 1).await.unwrap();
    assert_eq!(app.call_with(&browser, "sign-out", &[]).await.status(), 200);
    let counter = stored_counter(&app, user_id).await;
    let (ceremony, answer) = sign_in_answer(&app, &browser, &mut authenticator, user_id).await;
    let r = app.call_with(&browser, "passkey-sign-in", &[("ceremony", &ceremony), ("credential", &answer), ("next", "/sessions")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/sessions".to_string()));
    assert_eq!(last_sign_in_method(&app, user_id).await, Some(SignInMethod::Passkey));
    assert!(stored_counter(&app, user_id).await > counter, "the counter as webauthn-rs updated it");
    assert_eq!(app.json_of(&browser, "profile", &[]).await["user"]["phone"].as_str().map(|s| !s.is_empty()), Some(true));

    // The same answer again: the challenge is spent.
    let other = new_client();
    let r = app.call_with(&other, "passkey-sign-in", &[("ceremony", &ceremony), ("credential", &answer)]).await;
    assert_eq!(r.status(), 422);
    // A conditional request (the phone field's autofill) says so.
    let (_, opts) = options(&app, &other, &[("purpose", "sign-in-conditional")]).await;
    assert_eq!(opts["mediation"], "conditional");
    // Garbage is one sentence, not a 500.
    let (ceremony, _) = options(&app, &other, &[("purpose", "sign-in")]).await;
    let r = app.call_with(&other, "passkey-sign-in", &[("ceremony", &ceremony), ("credential", "{\"not\": \"a passkey\"}")]).await;
    assert_eq!(r.status(), 422);
}
on_both!(a_passkey_is_added_after_the_password_and_signs_in_with_no_number);

async fn one_challenge_signs_in_once(b: Backend) {
    let app = passkey_app(b).await;
    let (_, user_id, browser) = signed_in_account(&app).await;
    let mut authenticator = WebauthnAuthenticator::new(SoftPasskey::new(true));
    add_passkey(&app, &browser, &mut authenticator, "Phone").await;
    let signed_out = new_client();
    let (ceremony, answer) = sign_in_answer(&app, &signed_out, &mut authenticator, user_id).await;
    let calls = (0..50).map(|_| (new_client(), vec![("ceremony", ceremony.clone()), ("credential", answer.clone())])).collect();
    let answers = concurrently(&app, "passkey-sign-in", calls).await;
    assert_eq!(answers.iter().filter(|(s, _)| *s == 200).count(), 1, "{answers:?}");
}
on_both!(one_challenge_signs_in_once);

async fn a_passkey_is_a_second_step_and_goes_only_with_the_password(b: Backend) {
    let app = passkey_app(b).await;
    let (phone, user_id, browser) = signed_in_account(&app).await;
    let mut authenticator = WebauthnAuthenticator::new(SoftPasskey::new(true));
    add_passkey(&app, &browser, &mut authenticator, "Phone").await;
    app.state.db.set_two_factor(user_id, true, 1).await.unwrap();
    assert_eq!(app.call_with(&browser, "sign-out", &[]).await.status(), 200);

    assert_eq!(location(&app.sign_in_with(&browser, &phone, PASSWORD).await), "/signin/2fa");
    let step = app.json_of(&browser, "second-step", &[]).await;
    assert_eq!(step["methods"], json!(["Sms", "Passkey"]), "{step}");
    let (ceremony, opts) = options(&app, &browser, &[("purpose", "2fa")]).await;
    assert_eq!(opts["publicKey"]["allowCredentials"].as_array().map(Vec::len), Some(1), "the account's passkey named");
    let rcr: RequestChallengeResponse = serde_json::from_value(opts).unwrap();
    let answer = serde_json::to_string(&authenticator.do_authentication(origin(), rcr).unwrap()).unwrap();
    let r = app.call_with(&browser, "verify-2fa", &[("method", "passkey"), ("ceremony", &ceremony), ("code", &answer)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".to_string()));
    assert_eq!(last_sign_in_method(&app, user_id).await, Some(SignInMethod::PasswordAndPasskey));
    // Now offered first.
    assert_eq!(app.call_with(&browser, "sign-out", &[]).await.status(), 200);
    app.age_codes(&phone, 120).await;
    assert_eq!(location(&app.sign_in_with(&browser, &phone, PASSWORD).await), "/signin/2fa");
    assert_eq!(app.json_of(&browser, "second-step", &[]).await["methods"], json!(["Passkey", "Sms"]));
    // Another account's half session cannot answer with this account's challenge.
    let (_, _, other) = signed_in_account(&app).await;
    let (ceremony, opts) = options(&app, &browser, &[("purpose", "2fa")]).await;
    let rcr: RequestChallengeResponse = serde_json::from_value(opts).unwrap();
    let answer = serde_json::to_string(&authenticator.do_authentication(origin(), rcr).unwrap()).unwrap();
    let r = app.call_with(&other, "verify-2fa", &[("method", "passkey"), ("ceremony", &ceremony), ("code", &answer)]).await;
    assert_eq!(r.status(), 401, "a full session is not a half one");
    let r = app.call_with(&browser, "verify-2fa", &[("method", "passkey"), ("ceremony", &ceremony), ("code", &answer)]).await;
    assert_eq!(r.status(), 200);

    // Renamed; removed only with the password.
    let p = app.json_of(&browser, "profile", &[]).await;
    let id = p["passkeys"][0]["id"].as_i64().unwrap().to_string();
    let r = app.call_with(&browser, "rename-passkey", &[("id", &id), ("name", "My phone")]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.json_of(&browser, "profile", &[]).await["passkeys"][0]["name"], "My phone");
    let r = app.call_with(&browser, "remove-passkey", &[("id", &id), ("current", "wrong password")]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(app.json_of(&browser, "profile", &[]).await["passkeys"].as_array().unwrap().len(), 1);
    let r = app.call_with(&browser, "remove-passkey", &[("id", &id), ("current", PASSWORD)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=passkey-removed".to_string()));
    assert_eq!(app.json_of(&browser, "profile", &[]).await["passkeys"], json!([]));
    assert!(app.audit_kinds(&phone).await.iter().any(|k| k == "passkey_removed"));
}
on_both!(a_passkey_is_a_second_step_and_goes_only_with_the_password);

async fn an_ip_address_site_offers_no_passkeys(b: Backend) {
    let app = spawn_app(b).await;
    let (_, _, browser) = signed_in_account(&app).await;
    let r = app.call_with(&browser, "passkey-options", &[("purpose", "register"), ("current", PASSWORD)]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(error_json(r).await["Invalid"]["message"], "Passkeys are not available on this site.");
    assert!(app.json_of(&browser, "profile", &[]).await["passkeys"].is_null());
    let html = app.page(&new_client(), "/signin").await.text().await.unwrap();
    assert!(!html.contains("passkey-signin") && html.contains("autocomplete=\"tel\""), "{html}");
}
on_both!(an_ip_address_site_offers_no_passkeys);

async fn sign_in_challenges_are_bounded_per_client(b: Backend) {
    let app = passkey_app(b).await;
    let client = new_client();
    let limit = phone_auth::server::services::passkeys::SIGN_IN_CHALLENGES_PER_IP_PER_HOUR;
    for _ in 0..limit {
        assert_eq!(app.call_with(&client, "passkey-options", &[("purpose", "sign-in-conditional")]).await.status(), 200);
    }
    let r = app.call_with(&client, "passkey-options", &[("purpose", "sign-in")]).await;
    assert_eq!(r.status(), 429);
    assert!(error_json(r).await["TooManySignIns"]["minutes"].as_u64().unwrap() >= 1);
    let (rows,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM webauthn_ceremonies").fetch_one(&mut *app.state.db.read().await.unwrap()).await.unwrap();
    assert_eq!(rows, limit as i64, "no row for the refused one");
    // Expired challenges are cleaned up.
    assert_eq!(app.state.db.purge_ceremonies(i64::MAX / 2).await.unwrap(), limit);
}
on_both!(sign_in_challenges_are_bounded_per_client);
