//! Passwordless sign-in of an account with two-factor sign-in on (ASVS 2.2.1, 3.2.1):
//! nothing before the right code differs from any other number; the right code opens a
//! half session whose only use is the password step; its password checks are reserved
//! against the sign-in limits before they are hashed (however many arrive at once); it
//! becomes a full session once, under a new token; it lives minutes.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;
use serde_json::{json, Value};

/// An account with 2FA on, signed in on `app.client`.
async fn two_factor_account(app: &TestApp) -> String {
    let phone = signed_in(app).await;
    assert_eq!(app.call("enable-2fa", &[]).await.status(), 200);
    phone
}

/// The `Cookie` header of a browser that entered the right sign-in code for `phone`
/// (2FA on): its password-step half session.
async fn password_step(app: &TestApp, phone: &str) -> String {
    let browser = new_client();
    app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", phone)]).await;
    let code = app.code_for(phone, "sign-in").await;
    let r = app.call_with(&browser, "sign-in-with-code", &[("code", &code)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/signin/code".into()));
    format!("pa_session={}", session_cookie(&r).expect("a half session"))
}

async fn sessions_of_kind(app: &TestApp, phone: &str, kind: &str) -> i64 {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.phone = $1 AND s.kind = $2")
            .bind(phone)
            .bind(kind)
            .fetch_one(&mut *app.state.db.read().await.unwrap())
            .await
            .unwrap();
    n
}

fn count(results: &[(u16, Value)], status: u16) -> usize {
    results.iter().filter(|(s, _)| *s == status).count()
}

async fn nothing_differs_before_the_right_code(b: Backend) {
    let app = spawn_app(b).await;
    let with_2fa = two_factor_account(&app).await;
    let without = app.verified_accounts(1).await.remove(0);
    let unknown = random_phone();
    let mut answers = vec![];
    for phone in [&with_2fa, &without, &unknown] {
        let browser = new_client();
        let r = app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", phone)]).await;
        let sent = (r.status().as_u16(), location(&r), session_cookie(&r));
        let r = app.call_with(&browser, "sign-in-with-code", &[("code", "000000")]).await;
        let wrong = (r.status().as_u16(), session_cookie(&r), error_json(r).await);
        answers.push((sent, wrong));
    }
    // The known numbers' codes may be 000000 once in a million runs.
    if app.code_for(&with_2fa, "sign-in").await != "000000" && app.code_for(&without, "sign-in").await != "000000" {
        assert_eq!(answers[0], answers[1]);
        assert_eq!(answers[0], answers[2]);
        assert_eq!(answers[0].1 .2, json!({"WrongCode": {"tries_left": 4}}));
    }
    assert_eq!(sessions_of_kind(&app, &with_2fa, "password-step").await, 0);
}
on_both!(nothing_differs_before_the_right_code);

async fn the_password_step_is_good_for_nothing_else(b: Backend) {
    let app = spawn_app(b).await;
    let phone = two_factor_account(&app).await;
    let h = client_with_cookie(&password_step(&app, &phone).await);
    for path in ["/", "/profile", "/sessions", "/verify", "/signin", "/signup", "/signin/2fa", "/reset-password"] {
        let r = app.page(&h, path).await;
        assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin/code".to_string()), "{path}");
    }
    assert_eq!(app.page(&h, "/signin/code").await.status(), 200);
    for endpoint in ["profile", "sessions"] {
        assert_eq!(app.json_of(&h, endpoint, &[]).await, Value::Null, "{endpoint}");
    }
    for (endpoint, form) in [
        ("update-name", vec![("name", "x")]),
        ("change-password", vec![("current", PASSWORD), ("password", "half session pass"), ("confirm", "half session pass")]),
        ("disable-2fa", vec![("current", PASSWORD)]),
        ("end-sessions", vec![("which", "all")]),
        ("verify", vec![("code", "123456")]),
        ("verify-2fa", vec![("code", "123456")]),
        ("resend-code", vec![("purpose", "2fa")]),
    ] {
        assert_eq!(app.json_of(&h, endpoint, &form).await, json!("NotSignedIn"), "{endpoint} {form:?}");
    }
    // Nothing changed for the account.
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["user"]["two_factor"], true);
    // It lives as long as TWO_FACTOR_TTL.
    sqlx::query("UPDATE sessions SET expires_at = created_at WHERE kind = 'password-step'")
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    assert_eq!(app.json_of(&h, "sign-in-password-step", &[("password", PASSWORD)]).await, json!("NotSignedIn"));
    assert_eq!(sessions_of_kind(&app, &phone, "full").await, 1, "only app.client's");
}
on_both!(the_password_step_is_good_for_nothing_else);

/// 50 password posts at once on one password step, past FAILED_SIGNINS_PER_HOUR: no more
/// are hashed than the limit allows, and then the right password is refused as well (here
/// and on the sign-in form: one limit for the number).
async fn guessing_on_the_password_step_pauses_like_sign_in(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("FAILED_SIGNINS_PER_HOUR", "5".into())] }).await;
    let phone = two_factor_account(&app).await;
    let cookie = password_step(&app, &phone).await;
    let calls = (0..50).map(|i| (client_with_cookie(&cookie), vec![("password", format!("guess number {i}"))])).collect();
    let results = concurrently(&app, "sign-in-password-step", calls).await;
    assert_eq!(count(&results, 422), 5, "{results:?}");
    assert_eq!(count(&results, 429), 45, "{results:?}");
    assert!(results.iter().filter(|(s, _)| *s == 429).all(|(_, e)| e["TooManySignIns"]["minutes"].as_u64() >= Some(1)));
    // Past the limit the right password is refused too, on either way in.
    let r = app.call_with(&client_with_cookie(&cookie), "sign-in-password-step", &[("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429);
    assert!(session_cookie(&r).is_none());
    assert_eq!(app.sign_in_with(&new_client(), &phone, PASSWORD).await.status(), 429);
    assert_eq!(sessions_of_kind(&app, &phone, "full").await, 1, "only app.client's");
    let kinds = app.audit_kinds(&phone).await;
    assert_eq!(kinds.iter().filter(|k| *k == "sign_in_failed").count(), 5);
    assert!(kinds.contains(&"sign_in_paused".to_string()));
}
on_both!(guessing_on_the_password_step_pauses_like_sign_in);

/// The right password among 49 wrong ones at once: at most the limit is hashed, and the
/// right one signs in at most once.
async fn the_right_password_among_guesses_signs_in_at_most_once(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("FAILED_SIGNINS_PER_HOUR", "5".into())] }).await;
    let phone = two_factor_account(&app).await;
    let cookie = password_step(&app, &phone).await;
    let calls = (0..50)
        .map(|i| {
            (client_with_cookie(&cookie), vec![("password", if i == 17 { PASSWORD.to_string() } else { format!("guess number {i}") })])
        })
        .collect();
    let results = concurrently(&app, "sign-in-password-step", calls).await;
    let (ok, wrong, paused, gone) = (count(&results, 200), count(&results, 422), count(&results, 429), count(&results, 401));
    assert_eq!(ok + wrong + paused + gone, 50, "{results:?}");
    assert!(ok <= 1 && wrong <= 5, "{results:?}");
    assert_eq!(results[17].0 == 200, ok == 1);
    assert_eq!(sessions_of_kind(&app, &phone, "full").await, 1 + ok as i64);
    assert_eq!(sessions_of_kind(&app, &phone, "password-step").await, 1 - ok as i64);
}
on_both!(the_right_password_among_guesses_signs_in_at_most_once);

/// 20 right passwords at once on one password step: exactly one full session.
async fn the_half_session_is_upgraded_once(b: Backend) {
    let app = spawn_app(b).await;
    let phone = two_factor_account(&app).await;
    let cookie = password_step(&app, &phone).await;
    let calls = (0..20).map(|_| (client_with_cookie(&cookie), vec![("password", PASSWORD.to_string())])).collect();
    let results = concurrently(&app, "sign-in-password-step", calls).await;
    assert_eq!(count(&results, 200), 1, "{results:?}");
    assert!(results.iter().filter(|(s, _)| *s != 200).all(|r| *r == (401, json!("NotSignedIn"))), "{results:?}");
    assert_eq!(sessions_of_kind(&app, &phone, "full").await, 2, "app.client's and the one upgrade");
    assert_eq!(sessions_of_kind(&app, &phone, "password-step").await, 0);
    assert_eq!(app.audit_kinds(&phone).await.iter().filter(|k| *k == "sign_in").count(), 2, "the sign-up's and this one");
}
on_both!(the_half_session_is_upgraded_once);
