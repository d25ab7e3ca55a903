//! The half session (password right, second factor outstanding) reaches the second-factor
//! page and its functions only, and never becomes anyone's full session but by its code.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;
use serde_json::{json, Value};

async fn a_half_session_is_good_for_nothing_else(b: Backend) {
    let app = spawn_app(b).await;
    let phone = signed_in(&app).await;
    app.call("enable-2fa", &[]).await;
    let browser = new_client();
    let half = session_cookie(&app.sign_in_with(&browser, &phone, PASSWORD).await).unwrap();
    let h = client_with_cookie(&format!("pa_session={half}"));
    for path in ["/", "/profile", "/sessions", "/verify", "/signin", "/signup", "/signin/code", "/reset-password"] {
        let r = app.page(&h, path).await;
        assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin/2fa".to_string()), "{path}");
    }
    let refused = [("profile", vec![]), ("sessions", vec![])];
    for (endpoint, form) in refused {
        assert_eq!(app.json_of(&h, endpoint, &form).await, Value::Null, "{endpoint}");
    }
    for (endpoint, form) in [
        ("update-name", vec![("name", "x")]),
        ("change-password", vec![("current", PASSWORD), ("password", "half session pass"), ("confirm", "half session pass")]),
        ("start-phone-change", vec![("country", "GB"), ("phone", "+447400999222"), ("current", PASSWORD)]),
        ("enable-2fa", vec![]),
        ("disable-2fa", vec![("current", PASSWORD)]),
        ("end-sessions", vec![("which", "all")]),
        ("remove-photo", vec![]),
        ("verify", vec![("code", "123456")]),
        ("resend-code", vec![("purpose", "verify-phone")]),
        ("resend-code", vec![("purpose", "change-phone")]),
    ] {
        assert_eq!(app.json_of(&h, endpoint, &form).await, json!("NotSignedIn"), "{endpoint} {form:?}");
    }
    assert_eq!(h.get(app.url("/profile/photo")).send().await.unwrap().status(), 404);
    // The other devices still work and nothing changed.
    let profile = app.json_of(&app.client, "profile", &[]).await;
    assert_eq!(profile["user"]["two_factor"], true);
    assert_eq!(profile["user"]["name"], "Ada");
    // It lives 10 minutes.
    sqlx::query("UPDATE sessions SET expires_at = created_at WHERE kind = '2fa'")
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    assert_eq!(app.json_of(&h, "verify-2fa", &[("code", &app.code_for(&phone, "2fa").await)]).await, json!("NotSignedIn"));
}
on_both!(a_half_session_is_good_for_nothing_else);
