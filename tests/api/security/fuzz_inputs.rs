//! Bad input never breaks anything: every server function and page gets random,
//! oversized, non-UTF-8, wrongly typed and missing fields (generated with proptest from a
//! fixed seed, so a failure reproduces), from a visitor, a pending session and a signed-in
//! one. Never a 5xx or a dropped connection, and the accounts, sessions, codes and photos
//! are unchanged by every request that was refused. (Refused sign-ins may still leave an
//! audit event and count towards the failed sign-in pause: that is their purpose.)

use super::signed_in;
use crate::helpers::*;
use crate::on_both;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

/// Every server function and the fields it reads.
const ENDPOINTS: &[(&str, &[&str])] = &[
    ("session", &[]),
    ("sign-up", &["country", "phone", "password", "confirm", "name"]),
    ("code-state", &["purpose"]),
    ("verify", &["code"]),
    ("resend-code", &["purpose", "channel"]),
    ("sign-in", &["country", "phone", "password", "next"]),
    ("verify-2fa", &["code", "next"]),
    ("send-sign-in-code", &["country", "phone", "channel"]),
    ("send-reset-code", &["country", "phone", "channel"]),
    ("sign-in-with-code", &["code", "next"]),
    ("reset-password", &["code", "password", "confirm"]),
    ("restart-flow", &["page"]),
    ("sign-out", &[]),
    ("profile", &[]),
    ("update-name", &["name"]),
    ("change-password", &["current", "password", "confirm"]),
    ("start-phone-change", &["current", "country", "phone", "channel"]),
    ("confirm-phone-change", &["code"]),
    ("cancel-phone-change", &[]),
    ("enable-2fa", &[]),
    ("disable-2fa", &["current"]),
    ("upload-photo", &["photo"]),
    ("remove-photo", &[]),
    ("sessions", &[]),
    ("end-sessions", &["which"]),
];

const PAGES: &[&str] =
    &["/", "/signup", "/verify", "/signin", "/signin/code", "/signin/2fa", "/reset-password", "/profile", "/sessions", "/profile/photo"];

#[derive(Clone)]
struct Attack {
    endpoint: usize,
    who: usize,
    content_type: usize,
    accept_html: bool,
    body: Vec<u8>,
}

/// The attack, short enough to read in a failure message.
impl std::fmt::Debug for Attack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = String::from_utf8_lossy(&self.body[..self.body.len().min(200)]).into_owned();
        write!(
            f,
            "{} as {} (content type #{}, html {}): {} bytes: {shown:?}",
            ENDPOINTS[self.endpoint].0,
            ["visitor", "pending", "signed in"][self.who],
            self.content_type,
            self.accept_html,
            self.body.len()
        )
    }
}

/// A value: printable, unicode, control characters, long, or percent-encoded bytes that
/// are not UTF-8.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,40}",
        "\\PC{0,30}",
        Just(String::new()),
        Just("+447400123456".to_string()),
        Just("123456".to_string()),
        (1usize..70_000).prop_map(|n| "9".repeat(n)),
        proptest::collection::vec(any::<u8>(), 0..40).prop_map(|bytes| bytes.iter().map(|b| format!("%{b:02X}")).collect()),
    ]
}

fn form_body(fields: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    let known = proptest::sample::select(fields.iter().copied().chain(["x", "__err", "__path", "phone[]"]).collect::<Vec<_>>());
    proptest::collection::vec((known, value(), any::<bool>()), 0..6).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v, raw)| if raw { format!("{k}={v}") } else { format!("{k}={}", url_encode(&v)) })
            .collect::<Vec<_>>()
            .join("&")
            .into_bytes()
    })
}

fn url_encode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

fn attack() -> impl Strategy<Value = Attack> {
    (0..ENDPOINTS.len()).prop_flat_map(|endpoint| {
        let body = prop_oneof![
            4 => form_body(ENDPOINTS[endpoint].1),
            1 => proptest::collection::vec(any::<u8>(), 0..300),
            1 => Just(b"{\"phone\": \"+447400123456\"}".to_vec()),
        ];
        (Just(endpoint), 0usize..3, 0usize..4, any::<bool>(), body).prop_map(|(endpoint, who, content_type, accept_html, body)| Attack {
            endpoint,
            who,
            content_type,
            accept_html,
            body,
        })
    })
}

/// id, phone, verified at, password hash, name, 2FA.
type UserColumns = (i64, String, Option<i64>, String, Option<String>, i64);

/// What must not change when a request is refused.
async fn snapshot(app: &TestApp) -> Vec<String> {
    let mut conn = app.state.db.read().await.unwrap();
    let mut out = vec![];
    let users: Vec<UserColumns> =
        sqlx::query_as("SELECT id, phone, phone_verified_at, password_hash, name, two_factor_enabled FROM users ORDER BY id")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    out.extend(users.iter().map(|u| format!("{u:?}")));
    let sessions: Vec<(i64, String, i64)> =
        sqlx::query_as("SELECT id, kind, user_id FROM sessions ORDER BY id").fetch_all(&mut *conn).await.unwrap();
    out.extend(sessions.iter().map(|s| format!("{s:?}")));
    let codes: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, phone, state FROM verification_codes ORDER BY id").fetch_all(&mut *conn).await.unwrap();
    out.extend(codes.iter().map(|c| format!("{c:?}")));
    let avatars: Vec<(i64, i64)> =
        sqlx::query_as("SELECT user_id, updated_at FROM avatars ORDER BY user_id").fetch_all(&mut *conn).await.unwrap();
    out.extend(avatars.iter().map(|a| format!("{a:?}")));
    out
}

async fn random_input_never_breaks_anything(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("SENDS_PER_IP_PER_HOUR", "100000".into())] }).await;
    signed_in(&app).await;
    let pending = new_client();
    app.call_with(&pending, "sign-up", &[("country", "GB"), ("phone", &random_phone()), ("password", PASSWORD), ("confirm", PASSWORD)])
        .await;
    let clients = [new_client(), pending, app.client.clone()];
    let content_types = ["application/x-www-form-urlencoded", "application/json", "multipart/form-data; boundary=xyz", ""];

    let mut runner = TestRunner::deterministic();
    let strategy = attack();
    let cases = if b == Backend::Sqlite { 400 } else { 200 };
    let mut refused = 0;
    for case in 0..cases {
        let a = strategy.new_tree(&mut runner).unwrap().current();
        let (endpoint, _) = ENDPOINTS[a.endpoint];
        let before = snapshot(&app).await;
        let mut req = clients[a.who].post(app.url(&format!("/api/{endpoint}"))).body(a.body.clone());
        if !content_types[a.content_type].is_empty() {
            req = req.header("content-type", content_types[a.content_type]);
        }
        if a.accept_html {
            req = req.header("accept", "text/html").header("referer", app.url("/profile"));
        }
        let r = req.send().await.unwrap_or_else(|e| panic!("case {case}: {endpoint} dropped the connection ({e}): {a:?}"));
        let status = r.status().as_u16();
        let body = r.text().await.unwrap_or_default();
        assert!(status < 500, "case {case}: {endpoint} answered {status}: {body}\n{a:?}");
        assert!(!body.contains("panicked") && !body.contains("stack backtrace"), "case {case}: {body}");
        if !(200..300).contains(&status) && status != 302 {
            refused += 1;
            assert_eq!(snapshot(&app).await, before, "case {case}: a refused {endpoint} changed the database: {a:?}");
        }
    }
    assert!(refused > cases / 2, "most random input is refused ({refused} of {cases})");

    // Pages with random query strings and paths.
    let mut runner = TestRunner::deterministic();
    let query = proptest::collection::vec(("[a-z_]{1,8}", value()), 0..4);
    for case in 0..(cases / 2) {
        let q = query.new_tree(&mut runner).unwrap().current();
        // URLs stay under what an HTTP client will send (64 KB).
        let qs =
            q.iter().map(|(k, v)| format!("{k}={}", url_encode(&v.chars().take(2_000).collect::<String>()))).collect::<Vec<_>>().join("&");
        let path = PAGES[case % PAGES.len()];
        for client in &clients {
            let r = app.page(client, &format!("{path}?{qs}")).await;
            assert!(r.status().as_u16() < 500, "{path}?{qs}: {}", r.status());
        }
    }
    for path in
        ["/%FF%FE", "/pkg/../Cargo.toml", "/api/", "/api/no-such-function", "/profile/photo?v=abc", &format!("/{}", "a".repeat(5000))]
    {
        let r = app.page(&app.client, path).await;
        assert!(r.status().as_u16() < 500, "{path}: {}", r.status());
        // The photo path serves the signed-in user's photo (or says there is none); the
        // others are not pages.
        assert!(r.status() != 200 || path.starts_with("/profile/photo"), "{path}: {}", r.status());
    }
}
on_both!(random_input_never_breaks_anything);
