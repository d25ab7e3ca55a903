//! ASVS 3.2.1: a new session token at every authentication step: sign-in, phone
//! verification, the second factor, and a password change. A token from before never
//! becomes a signed-in token (no session fixation).

use super::signed_in;
use crate::helpers::*;
use crate::on_both;

async fn every_step_issues_a_fresh_token(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    let r = app.sign_up(&phone).await;
    let pending = session_cookie(&r).unwrap();
    let r = app.call("verify", &[("code", &app.last_code(&phone).await)]).await;
    let verified = session_cookie(&r).unwrap();
    assert_ne!(pending, verified);
    // A token planted before sign-in (fixation) is replaced and dies.
    let planted = client_with_cookie(&format!("pa_session={verified}"));
    let r = app.sign_in_with(&planted, &phone, PASSWORD).await;
    let signed = session_cookie(&r).unwrap();
    assert_ne!(signed, verified);
    assert_eq!(
        app.page(&client_with_cookie(&format!("pa_session={verified}")), "/profile").await.status(),
        302,
        "the planted token is dead"
    );
    // 2FA: the half session's token is not the signed-in one.
    let app2 = spawn_app(b).await;
    let phone2 = signed_in(&app2).await;
    app2.call("enable-2fa", &[]).await;
    let browser = new_client();
    let half = session_cookie(&app2.sign_in_with(&browser, &phone2, PASSWORD).await).unwrap();
    let full = session_cookie(&app2.call_with(&browser, "verify-2fa", &[("code", &app2.code_for(&phone2, "2fa").await)]).await).unwrap();
    assert_ne!(half, full);
    // A password change rotates this browser's token too.
    let before = session_cookie(
        &app2
            .call_with(
                &browser,
                "change-password",
                &[("current", PASSWORD), ("password", "new long passphrase"), ("confirm", "new long passphrase")],
            )
            .await,
    )
    .unwrap();
    assert_ne!(before, full);
    assert_eq!(app2.page(&client_with_cookie(&format!("pa_session={full}")), "/profile").await.status(), 302);
}
on_both!(every_step_issues_a_fresh_token);
