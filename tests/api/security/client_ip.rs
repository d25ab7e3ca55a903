//! The client IP that limits and the sessions page use: the socket's, unless the socket is
//! a proxy listed in TRUSTED_PROXIES; a client cannot pick its own by sending
//! `X-Forwarded-For`.

use crate::helpers::*;
use crate::on_both;

async fn sessions_record(app: &TestApp, forwarded: &str) -> String {
    let browser = new_client();
    let phone = random_phone();
    browser
        .post(app.url("/api/sign-up"))
        .header("x-forwarded-for", forwarded)
        .form(&[("country", "GB"), ("phone", phone.as_str()), ("password", PASSWORD), ("confirm", PASSWORD)])
        .send()
        .await
        .unwrap();
    let (ip,): (String,) = sqlx::query_as("SELECT s.ip FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.phone = $1")
        .bind(&phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    ip
}

async fn forwarded_for_counts_only_from_trusted_proxies(b: Backend) {
    let direct = spawn_app(b).await;
    assert_eq!(sessions_record(&direct, "203.0.113.50").await, "127.0.0.1", "a client's own header is ignored");
    let proxied = spawn_app_with(b, Options { vars: vec![("TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8".into())] }).await;
    assert_eq!(sessions_record(&proxied, "203.0.113.50").await, "203.0.113.50");
    assert_eq!(sessions_record(&proxied, "198.51.100.1, 203.0.113.50, 10.1.1.1").await, "203.0.113.50", "the rightmost untrusted hop");
}
on_both!(forwarded_for_counts_only_from_trusted_proxies);

async fn the_per_ip_limit_follows_the_real_client(b: Backend) {
    let app =
        spawn_app_with(b, Options { vars: vec![("TRUSTED_PROXIES", "127.0.0.1".into()), ("SENDS_PER_IP_PER_HOUR", "2".into())] }).await;
    let send = |ip: &'static str| {
        let app = &app;
        async move {
            new_client()
                .post(app.url("/api/send-sign-in-code"))
                .header("x-forwarded-for", ip)
                .form(&[("country", "GB"), ("phone", random_phone().as_str())])
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(send("203.0.113.7").await, 200);
    assert_eq!(send("203.0.113.7").await, 200);
    assert_eq!(send("203.0.113.7").await, 429, "a third code from the same client in the hour");
    assert_eq!(send("203.0.113.8").await, 200, "another client behind the same proxy is not affected");
}
on_both!(the_per_ip_limit_follows_the_real_client);
