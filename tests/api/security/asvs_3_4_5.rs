//! ASVS 3.4.5: cookies are scoped as tightly as `__Host-` requires: `Path=/` and no
//! `Domain`, so they go to this host only.

use super::set_cookies;
use crate::helpers::*;
use crate::on_both;

async fn cookies_have_path_and_no_domain(b: Backend) {
    let app = spawn_app_with(
        b,
        Options { vars: vec![("PUBLIC_URL", "https://auth.example.com".into()), ("ALLOW_CONSOLE_PROVIDER", "1".into())] },
    )
    .await;
    let r = app.sign_up(&random_phone()).await;
    let out = app.call("sign-out", &[]).await;
    for c in set_cookies(&r).into_iter().chain(set_cookies(&out)) {
        assert!(c.contains("; Path=/"), "{c}");
        assert!(!c.to_ascii_lowercase().contains("domain="), "{c}");
    }
}
on_both!(cookies_have_path_and_no_domain);
