//! ASVS 2.7.2: an out-of-band code expires (CODE_TTL, 5 minutes by default): after that it
//! is refused, whatever its purpose.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;
use serde_json::json;

async fn a_code_after_expiry_is_refused(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let code = app.last_code(&phone).await;
    app.age_codes(&phone, 301).await;
    assert_eq!(error_json(app.call("verify", &[("code", &code)]).await).await, json!("CodeExpired"));

    // The same for a sign-in code.
    let owner = spawn_app(b).await;
    let phone = signed_in(&owner).await;
    let browser = new_client();
    owner.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    let code = owner.code_for(&phone, "sign-in").await;
    owner.age_codes(&phone, 301).await;
    assert_eq!(owner.json_of(&browser, "sign-in-with-code", &[("code", &code)]).await, json!("CodeExpired"));
    let (ttl,): (i64,) = sqlx::query_as("SELECT expires_at - created_at FROM verification_codes ORDER BY id DESC LIMIT 1")
        .fetch_one(&mut *owner.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(ttl, 300, "five minutes by default");
}
on_both!(a_code_after_expiry_is_refused);
