//! ASVS 3.3.4: people can see where they are signed in and end any of those sessions.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;

async fn sessions_are_listed_and_can_be_ended(b: Backend) {
    let app = spawn_app(b).await;
    let phone = signed_in(&app).await;
    let other = new_client();
    app.sign_in_with(&other, &phone, PASSWORD).await;
    let list = app.json_of(&app.client, "sessions", &[]).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    let theirs = list.as_array().unwrap().iter().find(|s| s["this_device"] == false).unwrap()["id"].as_i64().unwrap();
    app.call("end-sessions", &[("which", &theirs.to_string())]).await;
    assert_eq!(app.page(&other, "/profile").await.status(), 302);
    assert_eq!(app.json_of(&app.client, "sessions", &[]).await.as_array().unwrap().len(), 1);
}
on_both!(sessions_are_listed_and_can_be_ended);
