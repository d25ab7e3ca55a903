//! ASVS 3.4.1: with an https public URL every cookie has the `Secure` attribute.

use super::set_cookies;
use crate::helpers::*;
use crate::on_both;

async fn cookies_are_secure_over_https(b: Backend) {
    let app = spawn_app_with(
        b,
        Options { vars: vec![("PUBLIC_URL", "https://auth.example.com".into()), ("ALLOW_CONSOLE_PROVIDER", "1".into())] },
    )
    .await;
    let phone = random_phone();
    let r = app.sign_up(&phone).await;
    let flow = app.call("send-reset-code", &[("country", "GB"), ("phone", &random_phone())]).await;
    for c in set_cookies(&r).into_iter().chain(set_cookies(&flow)) {
        assert!(c.contains("; Secure"), "{c}");
    }
    // Over plain http (development) the attribute would stop the cookie: it is left out.
    let dev = spawn_app(b).await;
    let r = dev.sign_up(&random_phone()).await;
    assert!(set_cookies(&r).iter().all(|c| !c.contains("Secure")));
}
on_both!(cookies_are_secure_over_https);
