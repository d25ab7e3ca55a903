//! ASVS 14.4.1-14.4.7: every answer carries the security headers: a Content-Security-
//! Policy (pages: own scripts by nonce and own Wasm only; everything else: nothing),
//! `nosniff`, a referrer policy, no framing, and HSTS over https.

use crate::helpers::*;
use crate::on_both;

async fn pages_and_other_answers_carry_security_headers(b: Backend) {
    let app = spawn_app(b).await;
    let page = app.page(&app.client, "/signup").await;
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_string();
    let html = page.text().await.unwrap();
    let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).expect("a nonce in the CSP").to_string();
    assert!(nonce.len() >= 16);
    assert!(csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline") && !csp.contains("*"), "{csp}");
    // Every inline script and style of the page carries the nonce.
    let scripts = html.matches("<script").count();
    assert!(scripts >= 1);
    let inline = scripts + html.matches("<style").count();
    assert_eq!(html.matches(&format!("nonce=\"{nonce}\"")).count(), inline, "{html}");
    // A new nonce for every page.
    let again = app.page(&app.client, "/signup").await;
    assert_ne!(again.headers()["content-security-policy"].to_str().unwrap(), csp);

    for path in ["/signup", "/healthz", "/api/session", "/no-such-page", "/dev/outbox.json"] {
        let r = if path.starts_with("/api/") {
            app.client.post(app.url(path)).send().await.unwrap()
        } else {
            app.page(&app.client, path).await
        };
        let h = r.headers();
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert!(h["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"), "{path}");
        assert!(h.get("strict-transport-security").is_none(), "no HSTS over plain http: {path}");
    }
    assert!(app.page(&app.client, "/healthz").await.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .starts_with("default-src 'none'"));

    let https = spawn_app_with(
        b,
        Options { vars: vec![("PUBLIC_URL", "https://auth.example.com".into()), ("ALLOW_CONSOLE_PROVIDER", "1".into())] },
    )
    .await;
    let r = https.page(&https.client, "/").await;
    assert_eq!(r.headers()["strict-transport-security"], "max-age=31536000; includeSubDomains");
}
on_both!(pages_and_other_answers_carry_security_headers);
