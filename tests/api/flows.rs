//! Sign-up, verification, sign-in, sign-out and the guards, through HTTP, on each database.

use crate::helpers::*;
use crate::on_both;
use serde_json::json;

async fn health_answers(b: Backend) {
    let app = spawn_app(b).await;
    let r = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.unwrap(), "ok");
}
on_both!(health_answers);

async fn sign_up_verify_sign_out_sign_in(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    let national = format!("0{}", &phone[3..]);

    let r = app
        .call("sign-up", &[("country", "GB"), ("phone", &national), ("password", PASSWORD), ("confirm", PASSWORD), ("name", " Ada ")])
        .await;
    assert_eq!(r.status(), 200);
    let pending_token = session_cookie(&r).expect("a pending session cookie");
    assert_eq!(location(&r), "/verify");

    // One SMS with a 6-digit code; no WebOTP line for an IP address (the test app's
    // PUBLIC_URL is http://127.0.0.1:...): browsers take only host names there.
    let sent = app.outbox(&phone).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["purpose"], "verify-phone");
    let code = sent[0]["code"].as_str().unwrap().to_string();
    let body = sent[0]["body"].as_str().unwrap();
    assert!(body.contains(&format!("is {code}.")) && body.ends_with("Do not share it."), "{body}");

    // The code is stored only as a keyed hash.
    let stored: (Option<String>,) = sqlx::query_as("SELECT code_hash FROM verification_codes WHERE phone = $1")
        .bind(&phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    let stored = stored.0.unwrap();
    assert_eq!(stored.len(), 64);
    assert!(!stored.contains(&code));

    // A pending session cannot see the profile yet.
    let r = app.page(&app.client, "/profile").await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/verify".into()));

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let r = app.call("verify", &[("code", wrong)]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(error_json(r).await, json!({"WrongCode": {"tries_left": 4}}));

    let r = app.call("verify", &[("code", &code)]).await;
    assert_eq!(r.status(), 200);
    let full_token = session_cookie(&r).expect("a new session cookie after verification");
    assert_ne!(full_token, pending_token, "verification starts a new session token");
    assert_eq!(location(&r), "/profile?notice=welcome", "the new account is welcomed");

    // The old pending token is dead.
    let stale = new_client();
    let r = stale
        .get(app.url("/profile"))
        .header("accept", "text/html")
        .header("cookie", format!("pa_session={pending_token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);

    let r = app.page(&app.client, "/profile").await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains(&format!("id=\"profile-phone\" dir=\"ltr\">+44 {} {}", &phone[3..7], &phone[7..])), "{html}");
    assert!(html.contains("id=\"profile-name\">Ada<"));
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE phone = $1 AND phone_verified_at IS NOT NULL", &phone).await, 1);

    // Sign out deletes the session row; the old cookie no longer works.
    let r = app.call("sign-out", &[]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.phone = $1", &phone).await, 0);
    let r = stale
        .get(app.url("/profile"))
        .header("accept", "text/html")
        .header("cookie", format!("pa_session={full_token}"))
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin?next=%2Fprofile".into()));

    // Sign in again with the password: a fresh token, and `next` is honoured.
    let r = app.call("sign-in", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("next", "/profile")]).await;
    assert_eq!(r.status(), 200);
    let again = session_cookie(&r).unwrap();
    assert_ne!(again, full_token);
    assert_eq!(location(&r), "/profile");
    let kinds: Vec<(String,)> =
        sqlx::query_as("SELECT kind FROM audit_events e JOIN users u ON u.id = e.user_id WHERE u.phone = $1 ORDER BY e.id")
            .bind(&phone)
            .fetch_all(&mut *app.state.db.read().await.unwrap())
            .await
            .unwrap();
    let kinds: Vec<&str> = kinds.iter().map(|k| k.0.as_str()).collect();
    assert_eq!(kinds, ["code_sent", "sign_up", "phone_verified", "sign_in", "session_ended", "sign_in"]);
}
on_both!(sign_up_verify_sign_out_sign_in);

async fn bad_sign_up_input_gets_one_sentence_and_creates_nothing(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    let cases: [(&str, &str, &str, &str, serde_json::Value); 5] = [
        ("GB", "123", PASSWORD, PASSWORD, json!({"Invalid": {"field": "Phone", "message": "This is not a valid phone number."}})),
        (
            "GB",
            "020 7946 0018",
            PASSWORD,
            PASSWORD,
            json!({"Invalid": {"field": "Phone", "message": "This number cannot receive text messages. Use a mobile number."}}),
        ),
        (
            "GB",
            &phone,
            "password1",
            "password1",
            json!({"Invalid": {"field": "Password", "message": "This password is too common, choose one that is harder to guess."}}),
        ),
        (
            "GB",
            &phone,
            "short",
            "short",
            json!({"Invalid": {"field": "Password", "message": "Use at least 8 characters for your password."}}),
        ),
        ("GB", &phone, PASSWORD, "something else", json!({"Invalid": {"field": "Confirm", "message": "The two passwords do not match."}})),
    ];
    for (country, number, pw, confirm, expected) in cases {
        let r = app.call("sign-up", &[("country", country), ("phone", number), ("password", pw), ("confirm", confirm)]).await;
        assert_eq!(r.status(), 422, "{number} {pw}");
        assert!(session_cookie(&r).is_none());
        assert_eq!(error_json(r).await, expected);
    }
    // Missing fields are a clear error too, never a 500.
    let r = app.call("sign-up", &[("phone", "x")]).await;
    assert!(r.status().is_client_error(), "{}", r.status());
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE phone <> $1", "").await, 0);
    assert!(app.outbox(&phone).await.is_empty());
}
on_both!(bad_sign_up_input_gets_one_sentence_and_creates_nothing);

async fn form_posts_without_javascript_redirect_and_keep_input(b: Backend) {
    let app = spawn_app(b).await;
    let browser = new_client();
    let phone = random_phone();
    let r = app
        .post_form(
            &browser,
            "sign-up",
            "/signup",
            &[("country", "GB"), ("phone", &phone), ("password", "password1"), ("confirm", "password1"), ("name", "Ada")],
        )
        .await;
    assert_eq!(r.status(), 302);
    let to = location(&r);
    // Back to the form; the error and what was typed travel in the signed flash cookie,
    // never in the URL.
    assert_eq!(to, "/signup");
    assert!(set_cookie_headers(&r).iter().any(|c| c.starts_with("pa_flash=") && c.contains("HttpOnly")), "{:?}", set_cookie_headers(&r));
    let page = app.page(&browser, &to).await;
    assert!(set_cookie_headers(&page).iter().any(|c| c.starts_with("pa_flash=;") && c.contains("Max-Age=0")), "read once");
    let html = page.text().await.unwrap();
    assert!(html.contains("This password is too common, choose one"), "the error is shown on the page");
    assert!(html.contains(&format!("value=\"{phone}\"")), "the phone number typed is kept");
    assert!(html.contains("value=\"Ada\""), "the name typed is kept");
    assert!(!html.contains("password1"), "a password is never carried");
    let again = app.page(&browser, &to).await.text().await.unwrap();
    assert!(!again.contains("This password is too common"), "shown once");

    let r = app
        .post_form(
            &browser,
            "sign-up",
            "/signup",
            &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("confirm", PASSWORD), ("name", "")],
        )
        .await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/verify".into()));
    let html = app.page(&browser, "/verify").await.text().await.unwrap();
    assert!(html.contains("id=\"code-countdown\""), "countdown rendered");
    // The static expiry (for no-JS), its text with the renderer's markers taken out.
    let at = html.find("id=\"code-expires-at\"").expect("static expiry rendered");
    let span = &html[at..at + html[at..].find("</span>").unwrap()];
    let text = span.split_once('>').unwrap().1.replace("<!>", "").replace("<!---->", "");
    assert!(text.starts_with("It expires at ") && text.ends_with(" UTC."), "static expiry time for no-JS: {span}");
    let code = app.last_code(&phone).await;
    let r = app.post_form(&browser, "verify", "/verify", &[("code", &code)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/profile?notice=welcome".into()));
    let r = app.post_form(&browser, "sign-out", "/profile", &[]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/".into()));
}
on_both!(form_posts_without_javascript_redirect_and_keep_input);

async fn codes_die_after_five_wrong_tries_and_are_single_use(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let code = app.last_code(&phone).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for left in (1..=4).rev() {
        let r = app.call("verify", &[("code", wrong)]).await;
        assert_eq!(error_json(r).await, json!({"WrongCode": {"tries_left": left}}));
    }
    let r = app.call("verify", &[("code", wrong)]).await;
    assert_eq!(error_json(r).await, json!("TooManyTries"));
    // Even the right code is refused now.
    let r = app.call("verify", &[("code", &code)]).await;
    assert_eq!(error_json(r).await, json!("TooManyTries"));

    // A new code (after the cooldown) works once. The resend answers with the new code's
    // state, so the page's countdown starts over without a reload.
    app.age_codes(&phone, 60).await;
    let r = app.call("resend-code", &[("channel", "sms")]).await;
    assert_eq!(r.status(), 200);
    let state: serde_json::Value = r.json().await.unwrap();
    let now_ms = state["server_now_ms"].as_i64().unwrap();
    let expires_ms = state["expires_at_ms"].as_i64().expect("a usable code after the resend");
    assert!((expires_ms - now_ms - 300_000).abs() <= 2_000, "a full lifetime ahead: {state}");
    assert!(state["resend_at_ms"].as_i64().unwrap() > now_ms, "the cooldown starts again: {state}");
    let shown: String = state["phone"].as_str().unwrap().chars().filter(char::is_ascii_digit).collect();
    assert_eq!(format!("+{shown}"), phone, "the number the code went to: {state}");
    let fresh = app.last_code(&phone).await;
    let r = app.call("verify", &[("code", &fresh)]).await;
    assert_eq!(r.status(), 200);
    // Reuse is refused (the session is full now, and the code is used).
    let r = app.call("verify", &[("code", &fresh)]).await;
    assert_eq!(error_json(r).await, json!("NotSignedIn"));
    assert_eq!(app.count("SELECT COUNT(*) FROM verification_codes WHERE phone = $1 AND state = 'used'", &phone).await, 1);
}
on_both!(codes_die_after_five_wrong_tries_and_are_single_use);

async fn expired_and_superseded_codes_are_refused(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let first = app.last_code(&phone).await;
    app.age_codes(&phone, 301).await;
    let r = app.call("verify", &[("code", &first)]).await;
    assert_eq!(error_json(r).await, json!("CodeExpired"));

    // Resend by voice: a new code; the old one is superseded for good.
    assert_eq!(app.call("resend-code", &[("channel", "voice")]).await.status(), 200);
    let sent = app.outbox(&phone).await;
    assert_eq!(sent.last().unwrap()["channel"], "voice");
    let twiml = sent.last().unwrap()["body"].as_str().unwrap().to_string();
    let second = app.last_code(&phone).await;
    let spoken: Vec<String> = second.chars().map(String::from).collect();
    assert_eq!(twiml.matches(&spoken.join(", ")).count(), 2, "the voice call reads the digits twice: {twiml}");
    if second != first {
        let r = app.call("verify", &[("code", &first)]).await;
        assert_eq!(error_json(r).await, json!({"WrongCode": {"tries_left": 4}}));
    }
    assert_eq!(app.call("verify", &[("code", &second)]).await.status(), 200);
}
on_both!(expired_and_superseded_codes_are_refused);

async fn resend_waits_for_the_cooldown_and_the_hourly_limit(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let r = app.call("resend-code", &[("channel", "sms")]).await;
    assert_eq!(r.status(), 429);
    let retry_after: u64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    let e = error_json(r).await;
    let secs = e["Cooldown"]["seconds"].as_u64().unwrap();
    assert!((1..=30).contains(&secs), "{e}");
    assert_eq!(retry_after, secs, "Retry-After says the same wait");
    // Four more sends fit in the hour (5 in all), the sixth does not.
    for _ in 0..4 {
        app.age_codes(&phone, 31).await;
        assert_eq!(app.call("resend-code", &[("channel", "sms")]).await.status(), 200);
    }
    app.age_codes(&phone, 31).await;
    let r = app.call("resend-code", &[("channel", "sms")]).await;
    assert_eq!(r.status(), 429);
    let retry_after: u64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    let minutes = error_json(r).await["TooManySends"]["minutes"].as_u64().unwrap();
    assert!(minutes >= 1);
    assert_eq!(retry_after, minutes * 60);
    assert_eq!(app.outbox(&phone).await.len(), 5);
}
on_both!(resend_waits_for_the_cooldown_and_the_hourly_limit);

async fn sign_in_failures_look_the_same(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    let other = new_client();
    let wrong = app.call_with(&other, "sign-in", &[("country", "GB"), ("phone", &phone), ("password", "not the password")]).await;
    assert_eq!(wrong.status(), 401);
    assert!(session_cookie(&wrong).is_none());
    let unknown = app.call_with(&other, "sign-in", &[("country", "GB"), ("phone", &random_phone()), ("password", PASSWORD)]).await;
    assert_eq!(unknown.status(), 401);
    assert_eq!(error_json(wrong).await, error_json(unknown).await);

    // `next` must be a local path.
    let r = app
        .call_with(&other, "sign-in", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("next", "//evil.example/")])
        .await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".into()));
}
on_both!(sign_in_failures_look_the_same);

async fn unverified_sign_in_goes_to_verify(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    app.age_codes(&phone, 60).await;
    let other = new_client();
    let r = app.call_with(&other, "sign-in", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/verify".into()));
    assert_eq!(app.outbox(&phone).await.len(), 2, "a fresh code is sent");
    let code = app.last_code(&phone).await;
    let r = app.call_with(&other, "verify", &[("code", &code)]).await;
    assert_eq!(r.status(), 200);
    // The first browser's pending session ended with the verification.
    let r = app.page(&app.client, "/verify").await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin".into()));
}
on_both!(unverified_sign_in_goes_to_verify);

async fn guards_send_visitors_where_they_belong(b: Backend) {
    let app = spawn_app(b).await;
    let anon = new_client();
    for (path, to) in [("/profile", "/signin?next=%2Fprofile"), ("/verify", "/signin")] {
        let r = app.page(&anon, path).await;
        assert_eq!((r.status().as_u16(), location(&r)), (302, to.to_string()), "{path}");
    }
    for path in ["/", "/signin", "/signup"] {
        assert_eq!(app.page(&anon, path).await.status(), 200, "{path}");
    }
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    for path in ["/signin", "/signup", "/verify"] {
        let r = app.page(&app.client, path).await;
        assert_eq!((r.status().as_u16(), location(&r)), (302, "/profile".to_string()), "{path}");
    }
    let home = app.page(&app.client, "/").await.text().await.unwrap();
    assert!(home.contains("id=\"whoami\""));
    assert!(home.contains("id=\"phone-state\">verified<"));
    assert_eq!(app.page(&anon, "/no-such-page").await.status(), 404);
    // Signing up again with a verified number answers like a new sign-up (no hint that
    // the number has an account) but changes nothing and sends nothing.
    let sent = app.outbox(&phone).await.len();
    app.age_codes(&phone, 60).await;
    let r = app
        .call_with(
            &anon,
            "sign-up",
            &[("country", "GB"), ("phone", &phone), ("password", "another long passphrase"), ("confirm", "another long passphrase")],
        )
        .await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/verify".into()));
    assert_eq!(app.outbox(&phone).await.len(), sent, "the owner gets no message");
    let r = app.call_with(&anon, "verify", &[("code", &app.last_code(&phone).await)]).await;
    assert_eq!(error_json(r).await, json!({"WrongCode": {"tries_left": 4}}), "not even the owner's last code works there");
    assert_eq!(app.sign_in_with(&new_client(), &phone, PASSWORD).await.status(), 200, "the password is unchanged");
    // The signer's own password answers as it would for a new number ("verify your
    // number"), so the pair of requests says nothing either; it reaches only /verify,
    // whose codes are blind.
    let signer = new_client();
    let r = app.sign_in_with(&signer, &phone, "another long passphrase").await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/verify".into()));
    assert_eq!(location(&app.page(&signer, "/profile").await), "/verify");
    assert_eq!(app.sign_in_with(&new_client(), &phone, "yet another passphrase").await.status(), 401);
    assert!(app.audit_kinds(&phone).await.contains(&"sign_up_existing".to_string()));
}
on_both!(guards_send_visitors_where_they_belong);

async fn session_cookie_is_http_only_and_lax(b: Backend) {
    let app = spawn_app(b).await;
    let r = app.sign_up(&random_phone()).await;
    let cookie = r.headers().get(reqwest::header::SET_COOKIE).unwrap().to_str().unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
    let token = session_cookie(&r).unwrap();
    assert_eq!(token.len(), 43);
    let stored: Vec<(String,)> =
        sqlx::query_as("SELECT token_hash FROM sessions").fetch_all(&mut *app.state.db.read().await.unwrap()).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0].0, token, "only the hash is stored");
}
on_both!(session_cookie_is_http_only_and_lax);

async fn https_public_url_makes_host_prefixed_secure_cookies(b: Backend) {
    let app = spawn_app_with(
        b,
        Options { vars: vec![("PUBLIC_URL", "https://auth.example.com".into()), ("ALLOW_CONSOLE_PROVIDER", "1".into())] },
    )
    .await;
    let phone = random_phone();
    let r = app.sign_up(&phone).await;
    let cookie = r.headers().get(reqwest::header::SET_COOKIE).unwrap().to_str().unwrap().to_string();
    assert!(cookie.starts_with("__Host-pa_session=") && cookie.contains("; Secure"), "{cookie}");
    let code = app.last_code(&phone).await;
    let sent = app.outbox(&phone).await;
    assert!(sent[0]["body"].as_str().unwrap().ends_with(&format!("\n\n@auth.example.com #{code}")));
}
on_both!(https_public_url_makes_host_prefixed_secure_cookies);

/// A guarded page answers a real redirect whatever `Accept` says: a browser's
/// `text/html`, curl's `*/*`, or none at all (uptime checkers, link previewers).
async fn guarded_pages_redirect_whatever_the_accept_header(b: Backend) {
    let app = spawn_app(b).await;
    let anon = new_client();
    for accept in [Some("text/html"), Some("*/*"), Some("application/json"), None] {
        let mut req = anon.get(app.url("/profile"));
        if let Some(a) = accept {
            req = req.header(reqwest::header::ACCEPT, a);
        }
        let r = req.send().await.unwrap();
        assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin?next=%2Fprofile".to_string()), "Accept {accept:?}");
        assert!(r.headers().get("serverfnredirect").is_none());
    }
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    let r = app.client.get(app.url("/signin")).header(reqwest::header::ACCEPT, "*/*").send().await.unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/profile".to_string()));
    assert!(r.text().await.unwrap().is_empty(), "no page behind the redirect");
    // A page the visitor may see is a page, and server functions keep their own answer.
    assert_eq!(app.client.get(app.url("/profile")).header(reqwest::header::ACCEPT, "*/*").send().await.unwrap().status(), 200);
    let r = app.call("sign-out", &[]).await;
    assert_eq!(r.status(), 200, "a script's sign-out is answered, not redirected");
}
on_both!(guarded_pages_redirect_whatever_the_accept_header);

/// The `Max-Age` of the cookie `name` that a response sets.
fn max_age(r: &reqwest::Response, name: &str) -> Option<i64> {
    let cookie = set_cookie_headers(r).into_iter().find(|c| c.starts_with(&format!("{name}=")))?;
    cookie.split(';').find_map(|attr| attr.trim().to_ascii_lowercase().strip_prefix("max-age=")?.parse().ok())
}

/// `expires_at - created_at` of each session of `phone`'s account, by kind.
async fn session_lifetimes(app: &TestApp, phone: &str) -> Vec<(String, i64)> {
    sqlx::query_as(
        "SELECT s.kind, s.expires_at - s.created_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.phone = $1 ORDER BY s.id",
    )
    .bind(phone)
    .fetch_all(&mut *app.state.db.read().await.unwrap())
    .await
    .unwrap()
}

/// PENDING_TTL, TWO_FACTOR_TTL and FLOW_TTL set the lifetimes of the pending session, of
/// the half session before the second factor, and of the flow cookie.
async fn session_and_flow_lifetimes_come_from_the_configuration(b: Backend) {
    let vars = vec![("PENDING_TTL", "2h".into()), ("TWO_FACTOR_TTL", "3m".into()), ("FLOW_TTL", "20m".into())];
    let app = spawn_app_with(b, Options { vars }).await;
    let phone = random_phone();
    let r = app.sign_up(&phone).await;
    assert_eq!((r.status().as_u16(), max_age(&r, "pa_session")), (200, Some(7_200)));
    assert_eq!(session_lifetimes(&app, &phone).await, vec![("pending".to_string(), 7_200)]);

    let code = app.last_code(&phone).await;
    assert_eq!(app.call("verify", &[("code", &code)]).await.status(), 200);
    assert_eq!(app.call("enable-2fa", &[]).await.status(), 200);
    let browser = new_client();
    let r = app.sign_in_with(&browser, &phone, PASSWORD).await;
    assert_eq!((location(&r), max_age(&r, "pa_session")), ("/signin/2fa".to_string(), Some(180)));
    assert!(session_lifetimes(&app, &phone).await.contains(&("2fa".to_string(), 180)));

    let r = app.call_with(&new_client(), "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    assert_eq!((location(&r), max_age(&r, "pa_flow")), ("/signin/code".to_string(), Some(1_200)));
}
on_both!(session_and_flow_lifetimes_come_from_the_configuration);
