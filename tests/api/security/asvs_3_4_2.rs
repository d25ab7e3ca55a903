//! ASVS 3.4.2: session and flow cookies are `HttpOnly`: scripts cannot read them.

use super::set_cookies;
use crate::helpers::*;
use crate::on_both;

async fn cookies_are_http_only(b: Backend) {
    let app = spawn_app(b).await;
    let r = app.sign_up(&random_phone()).await;
    let flow = app.call_with(&new_client(), "send-sign-in-code", &[("country", "GB"), ("phone", &random_phone())]).await;
    let all: Vec<String> = set_cookies(&r).into_iter().chain(set_cookies(&flow)).collect();
    assert!(all.len() >= 2);
    for c in all {
        assert!(c.contains("; HttpOnly"), "{c}");
    }
}
on_both!(cookies_are_http_only);
