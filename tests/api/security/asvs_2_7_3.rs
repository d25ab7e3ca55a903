//! ASVS 2.7.3: an out-of-band code is used once, and only for the request it was sent
//! for: a used code is refused, and a sign-in code cannot reset a password.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;
use serde_json::json;

async fn reusing_a_used_code_is_refused(b: Backend) {
    let app = spawn_app(b).await;
    let phone = signed_in(&app).await;
    let first = new_client();
    app.call_with(&first, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    let code = app.code_for(&phone, "sign-in").await;
    assert_eq!(app.call_with(&first, "sign-in-with-code", &[("code", &code)]).await.status(), 200);
    // A second browser with a flow for the same number replays it.
    let second = new_client();
    app.call_with(&second, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    assert_eq!(app.json_of(&second, "sign-in-with-code", &[("code", &code)]).await, json!("NoActiveCode"));
    assert!(session_cookie(&app.call_with(&second, "sign-in-with-code", &[("code", &code)]).await).is_none());
}
on_both!(reusing_a_used_code_is_refused);

async fn a_sign_in_code_cannot_reset_the_password(b: Backend) {
    let app = spawn_app(b).await;
    let phone = signed_in(&app).await;
    let attacker = new_client();
    app.call_with(&attacker, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    let sign_in_code = app.code_for(&phone, "sign-in").await;
    app.call_with(&attacker, "send-reset-code", &[("country", "GB"), ("phone", &phone)]).await;
    let reset_code = app.code_for(&phone, "reset-password").await;
    if reset_code != sign_in_code {
        let e = app
            .json_of(
                &attacker,
                "reset-password",
                &[("code", &sign_in_code), ("password", "attacker passphrase"), ("confirm", "attacker passphrase")],
            )
            .await;
        assert_eq!(e, json!({"WrongCode": {"tries_left": 4}}));
    }
    // And a verification code cannot sign in.
    let verify_code = app.code_for(&phone, "verify-phone").await;
    let signer = new_client();
    app.call_with(&signer, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    if verify_code != sign_in_code {
        assert_eq!(app.json_of(&signer, "sign-in-with-code", &[("code", &verify_code)]).await, json!({"WrongCode": {"tries_left": 4}}));
    }
    assert_eq!(app.sign_in_with(&new_client(), &phone, PASSWORD).await.status(), 200, "the password is unchanged");
}
on_both!(a_sign_in_code_cannot_reset_the_password);
