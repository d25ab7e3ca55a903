//! ASVS 4.2.2: state-changing requests from another site are refused (403): server
//! functions, plain form posts and the photo upload. Same-site ones, and clients that are
//! not browsers (no Origin, no Referer), pass.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;

async fn cross_site_posts_are_refused(b: Backend) {
    let app = spawn_app(b).await;
    let phone = signed_in(&app).await;
    let evil = "https://evil.example";
    let attempts =
        [("update-name", vec![("name", "Pwned")]), ("enable-2fa", vec![]), ("end-sessions", vec![("which", "all")]), ("sign-out", vec![])];
    for (endpoint, form) in &attempts {
        let r = app.client.post(app.url(&format!("/api/{endpoint}"))).header("origin", evil).form(form).send().await.unwrap();
        assert_eq!(r.status(), 403, "{endpoint}");
        assert_eq!(r.text().await.unwrap(), "This request came from another site and was refused.");
        // A plain form post (no Origin sent by old browsers, a Referer instead).
        let r = app
            .client
            .post(app.url(&format!("/api/{endpoint}")))
            .header("accept", "text/html")
            .header("referer", format!("{evil}/trap.html"))
            .form(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{endpoint} by referer");
        let r = app.client.post(app.url(&format!("/api/{endpoint}"))).header("origin", "null").form(form).send().await.unwrap();
        assert_eq!(r.status(), 403, "{endpoint} from an opaque origin");
    }
    let part = reqwest::multipart::Part::bytes(b"x".to_vec()).file_name("a.png");
    let r = app
        .client
        .post(app.url("/api/upload-photo"))
        .header("origin", evil)
        .multipart(reqwest::multipart::Form::new().part("photo", part))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    // Nothing changed.
    let profile = app.json_of(&app.client, "profile", &[]).await;
    assert_eq!(profile["user"]["name"], "Ada");
    assert_eq!(profile["user"]["two_factor"], false);
    assert_eq!(app.page(&app.client, "/profile").await.status(), 200, "still signed in");

    // The page's own origin works.
    let r = app.client.post(app.url("/api/update-name")).header("origin", &app.base).form(&[("name", "Grace")]).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["user"]["name"], "Grace");
    // Reading is not a write: a cross-site GET of a page is served (without the cookie's
    // help in real browsers, SameSite=Lax aside).
    assert_eq!(app.client.get(app.url("/")).header("origin", evil).send().await.unwrap().status(), 200);
    assert!(app.audit_kinds(&phone).await.contains(&"name_changed".to_string()));
}
on_both!(cross_site_posts_are_refused);
