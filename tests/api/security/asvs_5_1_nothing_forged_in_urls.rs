//! ASVS 5.1 / 5.3: nothing a link carries reaches the page as the app's own words, and no
//! phone number or name is put in a URL the app builds. A failed plain form post carries
//! its error and what was typed in a sealed, short-lived, HttpOnly flash cookie read once.

use crate::helpers::*;
use crate::on_both;
use base64::Engine;

const FORGED: &str = "Call +1 900 555 0100 now to unlock your account";

async fn a_crafted_error_link_shows_nothing_from_the_link(b: Backend) {
    let app = spawn_app(b).await;
    let forged = serde_json::json!({"Invalid": {"field": "Phone", "message": FORGED}}).to_string();
    for encoded in [
        base64::engine::general_purpose::URL_SAFE.encode(&forged),
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&forged),
        url_encode(&forged),
    ] {
        for (page, path) in [("/signin", "/api/sign-in"), ("/signup", "/api/sign-up"), ("/signin/code", "/api/send-sign-in-code")] {
            let url = format!("{page}?__path={}&__err={encoded}&phone=%2B19005550100&name=Mallory", url_encode(path));
            let html = app.page(&new_client(), &url).await.text().await.unwrap();
            assert!(!html.contains("900 555 0100") && !html.contains("unlock your account"), "{url} shows the link's words");
            assert!(!html.contains("+19005550100") && !html.contains("Mallory"), "{url} fills fields from the link");
        }
    }
}
on_both!(a_crafted_error_link_shows_nothing_from_the_link);

async fn a_forged_flash_cookie_is_ignored(b: Backend) {
    let app = spawn_app(b).await;
    let payload = serde_json::json!({"path": "/api/sign-in", "error": {"Invalid": {"field": "Phone", "message": FORGED}}, "kept": [], "at": 4102444800i64});
    let value = format!(
        "{}.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(payload.to_string()),
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode([0u8; 32])
    );
    let html = app.page(&client_with_cookie(&format!("pa_flash={value}")), "/signin").await.text().await.unwrap();
    assert!(!html.contains("unlock your account"));
}
on_both!(a_forged_flash_cookie_is_ignored);

async fn failed_plain_posts_put_no_number_or_name_in_the_url(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    type Case<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>);
    let cases: [Case; 4] = [
        ("sign-in", "/signin?next=%2Fprofile", vec![("country", "GB"), ("phone", &phone), ("password", "not the password at all")]),
        (
            "sign-up",
            "/signup",
            vec![("country", "GB"), ("phone", &phone), ("password", "password1"), ("confirm", "password1"), ("name", "Ada")],
        ),
        ("send-sign-in-code", "/signin/code", vec![("country", "GB"), ("phone", "+44 7400 12345a")]),
        ("send-reset-code", "/reset-password", vec![("country", "ZZ"), ("phone", "07400 123456")]),
    ];
    for (endpoint, from, form) in cases {
        let browser = new_client();
        let r = app.post_form(&browser, endpoint, from, &form).await;
        assert_eq!(r.status(), 302, "{endpoint}");
        let to = location(&r);
        let digits = &phone[1..];
        assert!(!to.contains(digits) && !to.contains("7400") && !to.contains("Ada") && !to.contains("__err"), "{endpoint}: {to}");
        assert_eq!(to, from, "{endpoint}: back to the page with its own query only");
        let html = app.page(&browser, &to).await.text().await.unwrap();
        assert!(html.contains("role=\"alert\""), "{endpoint}: the error is shown on the page");
    }
}
on_both!(failed_plain_posts_put_no_number_or_name_in_the_url);

fn url_encode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}
