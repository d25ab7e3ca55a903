//! ASVS 3.3.3: changing the password (or the phone number, or a reset) ends every other
//! session, and the person is told how many.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;

async fn credential_changes_end_the_other_sessions(b: Backend) {
    let app = spawn_app(b).await;
    let phone = signed_in(&app).await;
    let thief = new_client();
    assert_eq!(app.sign_in_with(&thief, &phone, PASSWORD).await.status(), 200);
    let r = app
        .call("change-password", &[("current", PASSWORD), ("password", "fresh long passphrase"), ("confirm", "fresh long passphrase")])
        .await;
    assert_eq!(location(&r), "/profile?notice=password-changed&n=1");
    assert_eq!(app.page(&thief, "/profile").await.status(), 302);

    assert_eq!(app.sign_in_with(&thief, &phone, "fresh long passphrase").await.status(), 200);
    let new = random_phone();
    app.call("start-phone-change", &[("country", "GB"), ("phone", &new), ("current", "fresh long passphrase")]).await;
    let r = app.call("confirm-phone-change", &[("code", &app.code_for(&new, "change-phone").await)]).await;
    assert_eq!(location(&r), "/profile?notice=phone-changed&n=1");
    assert_eq!(app.page(&thief, "/profile").await.status(), 302);
}
on_both!(credential_changes_end_the_other_sessions);
