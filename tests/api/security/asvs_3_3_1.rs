//! ASVS 3.3.1: signing out ends the session on the server: the token is dead afterwards,
//! for full and half sessions alike.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;
use serde_json::json;

async fn a_token_after_sign_out_is_refused(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let r = app.call("verify", &[("code", &app.last_code(&phone).await)]).await;
    let token = session_cookie(&r).unwrap();
    let r = app.call("sign-out", &[]).await;
    assert_eq!(session_cookie(&r).as_deref(), Some(""), "the cookie is cleared");
    let replay = client_with_cookie(&format!("pa_session={token}"));
    assert_eq!(app.page(&replay, "/profile").await.status(), 302);
    assert_eq!(app.json_of(&replay, "profile", &[]).await, json!(null));
    assert_eq!(app.json_of(&replay, "update-name", &[("name", "Mallory")]).await, json!("NotSignedIn"));
    assert_eq!(
        app.client.get(app.url("/profile/photo")).header("cookie", format!("pa_session={token}")).send().await.unwrap().status(),
        404
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.phone = $1", &phone).await, 0);

    // The same for a half (2FA) session.
    let app = spawn_app(b).await;
    let phone = signed_in(&app).await;
    app.call("enable-2fa", &[]).await;
    let browser = new_client();
    let half = session_cookie(&app.sign_in_with(&browser, &phone, PASSWORD).await).unwrap();
    app.call_with(&browser, "sign-out", &[]).await;
    let replay = client_with_cookie(&format!("pa_session={half}"));
    assert_eq!(app.json_of(&replay, "verify-2fa", &[("code", &app.code_for(&phone, "2fa").await)]).await, json!("NotSignedIn"));
}
on_both!(a_token_after_sign_out_is_refused);

async fn idle_and_expired_sessions_are_refused(b: Backend) {
    let app = spawn_app(b).await;
    let phone = signed_in(&app).await;
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 8 * 86400")
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    assert_eq!(app.page(&app.client, "/profile").await.status(), 302, "idle for over 7 days");
    app.sign_in_with(&app.client, &phone, PASSWORD).await;
    assert_eq!(app.page(&app.client, "/profile").await.status(), 200);
    sqlx::query("UPDATE sessions SET expires_at = created_at - 1").execute(&mut *app.state.db.write().await.unwrap()).await.unwrap();
    assert_eq!(app.page(&app.client, "/profile").await.status(), 302, "past the absolute lifetime");
}
on_both!(idle_and_expired_sessions_are_refused);
