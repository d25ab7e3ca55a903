//! ASVS 3.7.1: sensitive changes need the current password again (step-up), so a session
//! left open (or stolen) cannot take the account: changing the password or the phone
//! number, and turning two-factor sign-in off.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;

async fn sensitive_changes_need_the_current_password(b: Backend) {
    let app = spawn_app(b).await;
    let phone = signed_in(&app).await;
    app.call("enable-2fa", &[]).await;
    let wrong = "not the password at all";
    let cases = [
        ("change-password", vec![("current", wrong), ("password", "taken over passphrase"), ("confirm", "taken over passphrase")]),
        ("change-password", vec![("current", ""), ("password", "taken over passphrase"), ("confirm", "taken over passphrase")]),
        ("start-phone-change", vec![("country", "GB"), ("phone", "+447400999111"), ("current", wrong)]),
        ("disable-2fa", vec![("current", wrong)]),
    ];
    for (endpoint, form) in cases {
        let e = app.json_of(&app.client, endpoint, &form).await;
        assert_eq!(e["Invalid"]["field"], "CurrentPassword", "{endpoint}: {e}");
    }
    let profile = app.json_of(&app.client, "profile", &[]).await;
    assert_eq!(profile["user"]["two_factor"], true);
    assert_eq!(profile["pending_phone"], serde_json::Value::Null);
    assert_eq!(app.sign_in_with(&new_client(), &phone, PASSWORD).await.status(), 200);
    assert_eq!(app.audit_kinds(&phone).await.iter().filter(|k| *k == "step_up_failed").count(), 3);
}
on_both!(sensitive_changes_need_the_current_password);
