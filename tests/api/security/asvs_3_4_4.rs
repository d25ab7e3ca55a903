//! ASVS 3.4.4: over https the cookies use the `__Host-` prefix (so no subdomain can set or
//! scope them), and the app reads only the prefixed name.

use super::set_cookies;
use crate::helpers::*;
use crate::on_both;

async fn cookies_are_host_prefixed_over_https(b: Backend) {
    let app = spawn_app_with(
        b,
        Options { vars: vec![("PUBLIC_URL", "https://auth.example.com".into()), ("ALLOW_CONSOLE_PROVIDER", "1".into())] },
    )
    .await;
    let phone = random_phone();
    let r = app.sign_up(&phone).await;
    let cookies = set_cookies(&r);
    assert!(cookies.iter().any(|c| c.starts_with("__Host-pa_session=")), "{cookies:?}");
    let token = cookies.iter().find_map(|c| c.strip_prefix("__Host-pa_session=")).unwrap().split(';').next().unwrap().to_string();
    // The same token under the unprefixed name (as a subdomain could set it) is ignored.
    let sneaky = client_with_cookie(&format!("pa_session={token}"));
    assert_eq!(app.page(&sneaky, "/verify").await.status(), 302);
    let proper = client_with_cookie(&format!("__Host-pa_session={token}"));
    assert_eq!(app.page(&proper, "/verify").await.status(), 200);
    let flow = app.call_with(&new_client(), "send-reset-code", &[("country", "GB"), ("phone", &random_phone())]).await;
    assert!(set_cookies(&flow).iter().any(|c| c.starts_with("__Host-pa_flow=")));
}
on_both!(cookies_are_host_prefixed_over_https);
