//! ASVS 3.4.3: cookies are `SameSite=Lax`: not sent on cross-site subrequests or posts.

use super::set_cookies;
use crate::helpers::*;
use crate::on_both;

async fn cookies_are_same_site_lax(b: Backend) {
    let app = spawn_app(b).await;
    let r = app.sign_up(&random_phone()).await;
    let flow = app.call_with(&new_client(), "send-reset-code", &[("country", "GB"), ("phone", &random_phone())]).await;
    for c in set_cookies(&r).into_iter().chain(set_cookies(&flow)) {
        assert!(c.contains("; SameSite=Lax"), "{c}");
    }
}
on_both!(cookies_are_same_site_lax);
