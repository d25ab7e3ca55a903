//! Second factors beside the SMS code: the authenticator app (set up with the password,
//! confirmed by its first code, each code accepted once, 50 copies at once sign in once)
//! and recovery codes (ten, shown once, each used once, new ones retire the old), the
//! second step offering the last used method first, removal and turning 2FA off behind
//! the password, and the alerts. On SQLite and PostgreSQL.

use crate::helpers::*;
use crate::on_both;
use phone_auth::domain::audit::SignInMethod;
use serde_json::Value;
use totp_rs::TOTP;

async fn profile(app: &TestApp, browser: &reqwest::Client) -> Value {
    app.json_of(browser, "profile", &[]).await
}

/// The app's TOTP, from the `otpauth://` URI the profile shows during set-up.
async fn app_totp(app: &TestApp, browser: &reqwest::Client) -> TOTP {
    let p = profile(app, browser).await;
    let uri = p["factors"]["setup"]["uri"].as_str().unwrap_or_else(|| panic!("no set-up: {p}"));
    TOTP::from_url(uri).unwrap()
}

/// The code of time step `step`.
fn code_at(totp: &TOTP, step: i64) -> String {
    totp.generate((step * 30) as u64)
}

fn step_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64 / 30
}

async fn last_step(app: &TestApp, user_id: i64) -> i64 {
    let (s,): (i64,) = sqlx::query_as("SELECT last_step FROM authenticators WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    s
}

/// The recovery codes the profile page shows once, right after they were made.
async fn shown_codes(app: &TestApp, browser: &reqwest::Client) -> Vec<String> {
    let html = app.page(browser, "/profile").await.text().await.unwrap();
    let re = regex::Regex::new(r"<li><code>([0-9a-z]{5}-[0-9a-z]{5})(?:<!>)?</code>").unwrap();
    re.captures_iter(&html).map(|c| c[1].to_string()).collect()
}

/// Sets up the authenticator app of the signed-in `browser`; returns its TOTP and the
/// recovery codes shown.
async fn set_up_app(app: &TestApp, browser: &reqwest::Client) -> (TOTP, Vec<String>) {
    let r = app.call_with(browser, "add-app", &[("current", PASSWORD)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=app-setup".to_string()));
    let totp = app_totp(app, browser).await;
    let r = app.call_with(browser, "confirm-app", &[("code", &code_at(&totp, step_now()))]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=app-added".to_string()));
    let codes = shown_codes(app, browser).await;
    (totp, codes)
}

async fn sign_out(app: &TestApp, browser: &reqwest::Client) {
    assert_eq!(app.call_with(browser, "sign-out", &[]).await.status(), 200);
}

fn two_factor_codes(outbox: &[Value]) -> usize {
    outbox.iter().filter(|m| m["purpose"] == "2fa").count()
}

async fn the_authenticator_app_is_set_up_and_signs_in_once_per_code(b: Backend) {
    let app = spawn_app(b).await;
    let (phone, user_id, browser) = signed_in_account(&app).await;

    // The password first.
    let r = app.call_with(&browser, "add-app", &[("current", "not my password")]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(error_json(r).await["Invalid"]["field"], "CurrentPassword");
    assert!(profile(&app, &browser).await["factors"]["setup"].is_null());

    let r = app.call_with(&browser, "add-app", &[("current", PASSWORD)]).await;
    assert_eq!(r.status(), 200);
    let p = profile(&app, &browser).await;
    let setup = &p["factors"]["setup"];
    assert!(setup["qr_svg"].as_str().unwrap().starts_with("<svg"), "{setup}");
    let secret: String = setup["secret"].as_str().unwrap().split(' ').collect();
    assert!(setup["uri"].as_str().unwrap().contains(&format!("secret={secret}")), "{setup}");
    assert_eq!(p["user"]["two_factor"], false, "not on before the first code");
    // The secret is sealed at rest.
    let (stored,): (String,) = sqlx::query_as("SELECT secret_sealed FROM authenticators WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert!(!stored.to_uppercase().contains(&secret) && !stored.contains(&secret.to_lowercase()));

    // A wrong first code is refused beside the field; the right one finishes, turns 2FA on
    // and shows ten recovery codes, once.
    let totp = app_totp(&app, &browser).await;
    let wrong = code_at(&totp, step_now() + 5);
    let r = app.call_with(&browser, "confirm-app", &[("code", &wrong)]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(error_json(r).await["Invalid"]["field"], "Code");
    let r = app.call_with(&browser, "confirm-app", &[("code", &code_at(&totp, step_now()))]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=app-added".to_string()));
    let codes = shown_codes(&app, &browser).await;
    assert_eq!(codes.len(), 10, "{codes:?}");
    assert_eq!(shown_codes(&app, &browser).await, Vec::<String>::new(), "shown once");
    let p = profile(&app, &browser).await;
    assert_eq!(p["user"]["two_factor"], true);
    assert!(p["factors"]["app"].is_array(), "{p}");
    assert!(p["factors"]["setup"].is_null());
    assert_eq!(p["factors"]["recovery_left"], 10);
    let kinds = app.audit_kinds(&phone).await;
    for k in ["authenticator_added", "two_factor_enabled", "recovery_codes_created"] {
        assert!(kinds.iter().any(|x| x == k), "{k} in {kinds:?}");
    }
    // A second app is refused while this one stays.
    let r = app.call_with(&browser, "add-app", &[("current", PASSWORD)]).await;
    assert_eq!(r.status(), 422);

    // The next sign-in asks for the app first, and texts nothing.
    sign_out(&app, &browser).await;
    let sent_before = two_factor_codes(&app.outbox(&phone).await);
    assert_eq!(location(&app.sign_in_with(&browser, &phone, PASSWORD).await), "/signin/2fa");
    assert_eq!(two_factor_codes(&app.outbox(&phone).await), sent_before, "no SMS when the app comes first");
    let step = app.json_of(&browser, "second-step", &[]).await;
    assert_eq!(step["methods"], serde_json::json!(["App", "Sms", "Recovery"]), "{step}");
    assert!(step["code"].is_null());

    // The code that finished the set-up is spent.
    let used = last_step(&app, user_id).await;
    let r = app.call_with(&browser, "verify-2fa", &[("method", "app"), ("code", &code_at(&totp, used))]).await;
    assert_eq!(r.status(), 422);
    // The next step's code signs in, once.
    let next = code_at(&totp, used + 1);
    let r = app.call_with(&browser, "verify-2fa", &[("method", "app"), ("code", &next)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".to_string()));
    assert_eq!(last_sign_in_method(&app, user_id).await, Some(SignInMethod::PasswordAndAuthenticator));
    sign_out(&app, &browser).await;
    assert_eq!(location(&app.sign_in_with(&browser, &phone, PASSWORD).await), "/signin/2fa");
    let r = app.call_with(&browser, "verify-2fa", &[("method", "app"), ("code", &next)]).await;
    assert_eq!(r.status(), 422, "a replayed code");
    assert!(error_json(r).await.to_string().contains("used already"));

    // 50 browsers with one fresh code at once: one signs in. (The steps accepted so far
    // moved back, as if a minute had passed, so the current step's code is unused.) The
    // code is read after the 50 sign-ins, which may take longer than a step on a busy
    // machine: a code read before them could be out of the window by then.
    let mut browsers = vec![];
    for _ in 0..50 {
        let b = new_client();
        assert_eq!(location(&app.sign_in_with(&b, &phone, PASSWORD).await), "/signin/2fa");
        browsers.push(b);
    }
    sqlx::query("UPDATE authenticators SET last_step = $1 WHERE user_id = $2")
        .bind(step_now() - 2)
        .bind(user_id)
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    let fresh = code_at(&totp, step_now());
    let calls = browsers.into_iter().map(|b| (b, vec![("method", "app".to_string()), ("code", fresh.clone())])).collect();
    let answers = concurrently(&app, "verify-2fa", calls).await;
    assert_eq!(answers.iter().filter(|(s, _)| *s == 200).count(), 1, "{answers:?}");
}
on_both!(the_authenticator_app_is_set_up_and_signs_in_once_per_code);

async fn recovery_codes_sign_in_once_each_and_new_ones_retire_the_old(b: Backend) {
    let app = spawn_app(b).await;
    let (phone, user_id, browser) = signed_in_account(&app).await;
    let (_, codes) = set_up_app(&app, &browser).await;
    assert_eq!(codes.len(), 10);
    sign_out(&app, &browser).await;

    // A recovery code completes the second step; the profile says how many remain.
    assert_eq!(location(&app.sign_in_with(&browser, &phone, PASSWORD).await), "/signin/2fa");
    let typed = codes[0].to_uppercase().replace('-', " ");
    let r = app.call_with(&browser, "verify-2fa", &[("method", "recovery"), ("code", &typed)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=recovery-code-used&n=9".to_string()));
    assert_eq!(last_sign_in_method(&app, user_id).await, Some(SignInMethod::PasswordAndRecoveryCode));
    assert_eq!(profile(&app, &browser).await["factors"]["recovery_left"], 9);
    sign_out(&app, &browser).await;

    // Used once, never again; not a well-formed code either: one clear sentence.
    assert_eq!(location(&app.sign_in_with(&browser, &phone, PASSWORD).await), "/signin/2fa");
    let r = app.call_with(&browser, "verify-2fa", &[("method", "recovery"), ("code", &codes[0])]).await;
    assert_eq!(r.status(), 422);
    let r = app.call_with(&browser, "verify-2fa", &[("method", "recovery"), ("code", "12345")]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(error_json(r).await["Invalid"]["message"], "A recovery code is 10 letters and digits, like abcde-12345.");

    let left: i64 = app
        .count("SELECT COUNT(*) FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.phone = $1 AND used_at IS NULL", &phone)
        .await;
    assert_eq!(left, 9);

    // New codes need the password, and retire every earlier one.
    let signed_in = new_client();
    assert_eq!(location(&app.sign_in_with(&signed_in, &phone, PASSWORD).await), "/signin/2fa");
    let r = app.call_with(&signed_in, "verify-2fa", &[("method", "recovery"), ("code", &codes[2])]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let r = app.call_with(&signed_in, "new-recovery-codes", &[("current", "wrong password")]).await;
    assert_eq!(r.status(), 422);
    let r = app.call_with(&signed_in, "new-recovery-codes", &[("current", PASSWORD)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=recovery-codes".to_string()));
    let fresh = shown_codes(&app, &signed_in).await;
    assert_eq!(fresh.len(), 10);
    assert!(fresh.iter().all(|c| !codes.contains(c)));
    assert_eq!(profile(&app, &signed_in).await["factors"]["recovery_left"], 10);
    sign_out(&app, &signed_in).await;
    assert_eq!(location(&app.sign_in_with(&signed_in, &phone, PASSWORD).await), "/signin/2fa");
    let r = app.call_with(&signed_in, "verify-2fa", &[("method", "recovery"), ("code", &codes[3])]).await;
    assert_eq!(r.status(), 422, "an old code");
    let r = app.call_with(&signed_in, "verify-2fa", &[("method", "recovery"), ("code", &fresh[0])]).await;
    assert_eq!(r.status(), 200);

    // Another account: 50 browsers with one of its codes at once, one signs in.
    let (other, _, other_browser) = signed_in_account(&app).await;
    let (_, codes) = set_up_app(&app, &other_browser).await;
    let mut calls = vec![];
    for _ in 0..50 {
        let b = new_client();
        assert_eq!(location(&app.sign_in_with(&b, &other, PASSWORD).await), "/signin/2fa");
        calls.push((b, vec![("method", "recovery".to_string()), ("code", codes[1].clone())]));
    }
    let answers = concurrently(&app, "verify-2fa", calls).await;
    assert_eq!(answers.iter().filter(|(s, _)| *s == 200).count(), 1, "{answers:?}");
    let left: i64 = app
        .count("SELECT COUNT(*) FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.phone = $1 AND used_at IS NULL", &other)
        .await;
    assert_eq!(left, 9);
}
on_both!(recovery_codes_sign_in_once_each_and_new_ones_retire_the_old);

async fn the_sms_code_stays_a_way_in_and_comes_first_once_used(b: Backend) {
    let app = spawn_app(b).await;
    let (phone, user_id, browser) = signed_in_account(&app).await;
    set_up_app(&app, &browser).await;
    sign_out(&app, &browser).await;

    // The app comes first; "Text me a code instead" sends one, and it signs in.
    assert_eq!(location(&app.sign_in_with(&browser, &phone, PASSWORD).await), "/signin/2fa");
    let r = app.call_with(&browser, "send-2fa-code", &[("next", "/sessions")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/signin/2fa?method=sms&next=%2Fsessions".to_string()));
    let step = app.json_of(&browser, "second-step", &[]).await;
    assert_eq!(step["code"]["now"], "live", "{step}");
    let code = app.code_for(&phone, "2fa").await;
    let r = app.call_with(&browser, "verify-2fa", &[("code", &code), ("next", "/sessions")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/sessions".to_string()));
    assert_eq!(last_sign_in_method(&app, user_id).await, Some(SignInMethod::PasswordAndCode));
    sign_out(&app, &browser).await;

    // Now the SMS code comes first, sent with the password.
    app.age_codes(&phone, 120).await;
    let before = two_factor_codes(&app.outbox(&phone).await);
    assert_eq!(location(&app.sign_in_with(&browser, &phone, PASSWORD).await), "/signin/2fa");
    assert_eq!(two_factor_codes(&app.outbox(&phone).await), before + 1);
    let step = app.json_of(&browser, "second-step", &[]).await;
    assert_eq!(step["methods"], serde_json::json!(["Sms", "App", "Recovery"]), "{step}");

    // The pages: the chosen method's form and links to the others, without scripts.
    let html = app.page(&browser, "/signin/2fa").await.text().await.unwrap();
    assert!(html.contains("id=\"two-factor-form\"") && html.contains("href=\"/signin/2fa?method=app\""), "{html}");
    let html = app.page(&browser, "/signin/2fa?method=recovery").await.text().await.unwrap();
    assert!(html.contains("id=\"recovery-code-form\"") && html.contains("name=\"method\" value=\"recovery\""), "{html}");
    let html = app.page(&browser, "/signin/2fa?method=app&next=%2Fsessions").await.text().await.unwrap();
    assert!(html.contains("id=\"app-code-form\"") && html.contains("href=\"/signin/2fa?method=sms&amp;next=%2Fsessions\""), "{html}");
}
on_both!(the_sms_code_stays_a_way_in_and_comes_first_once_used);

async fn removing_needs_the_password_and_every_change_is_told(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("ALERT_NEW_DEVICE", "1".into())] }).await;
    let (phone, _, browser) = signed_in_account(&app).await;
    set_up_app(&app, &browser).await;

    let r = app.call_with(&browser, "remove-app", &[("current", "wrong password")]).await;
    assert_eq!(r.status(), 422);
    assert!(profile(&app, &browser).await["factors"]["app"].is_array(), "still there");
    let r = app.call_with(&browser, "remove-app", &[("current", PASSWORD)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=app-removed".to_string()));
    let p = profile(&app, &browser).await;
    assert!(p["factors"]["app"].is_null());
    assert_eq!(p["factors"]["recovery_left"], 10, "the recovery codes stay");
    assert_eq!(p["user"]["two_factor"], true);

    // Turning 2FA off needs the password too, and takes the recovery codes with it.
    let r = app.call_with(&browser, "disable-2fa", &[("current", "wrong password")]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(profile(&app, &browser).await["user"]["two_factor"], true);
    let r = app.call_with(&browser, "disable-2fa", &[("current", PASSWORD)]).await;
    assert_eq!(r.status(), 200);
    let p = profile(&app, &browser).await;
    assert_eq!(p["user"]["two_factor"], false);
    assert!(p["factors"]["recovery_left"].is_null());

    // Each change texted the number once, and the activity says so.
    settle(&app).await;
    let notices: Vec<String> =
        app.outbox(&phone).await.iter().filter(|m| m["purpose"] == "notice").map(|m| m["body"].as_str().unwrap().to_string()).collect();
    assert_eq!(notices.len(), 3, "{notices:?}");
    assert!(notices[0].contains("an authenticator app was added to your account. Not you?"), "{notices:?}");
    assert!(notices[1].contains("the authenticator app was removed from your account"), "{notices:?}");
    assert!(notices[2].contains("two-factor sign-in was turned off"), "{notices:?}");
    let kinds = app.audit_kinds(&phone).await;
    assert_eq!(kinds.iter().filter(|k| *k == "security_alert").count(), 3, "{kinds:?}");
    assert!(kinds.iter().any(|k| k == "authenticator_removed"));
}
on_both!(removing_needs_the_password_and_every_change_is_told);

async fn a_set_up_expires_and_can_be_cancelled(b: Backend) {
    let app = spawn_app(b).await;
    let (_, user_id, browser) = signed_in_account(&app).await;
    assert_eq!(app.call_with(&browser, "add-app", &[("current", PASSWORD)]).await.status(), 200);
    let totp = app_totp(&app, &browser).await;
    sqlx::query("UPDATE authenticators SET created_at = created_at - 3600 WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    assert!(profile(&app, &browser).await["factors"]["setup"].is_null(), "too old to show");
    let r = app.call_with(&browser, "confirm-app", &[("code", &code_at(&totp, step_now()))]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(error_json(r).await["Invalid"]["message"], "The set-up has expired. Start again.");
    // Housekeeping removes it (a finished app would stay).
    let cutoff = step_now() * 30 - phone_auth::server::services::factors::SETUP_TTL;
    assert_eq!(app.state.db.delete_stale_authenticator_setups(cutoff).await.unwrap(), 1);
    assert!(app.state.db.authenticator(user_id).await.unwrap().is_none());
    // Started again (a new secret), then cancelled.
    assert_eq!(app.call_with(&browser, "add-app", &[("current", PASSWORD)]).await.status(), 200);
    assert_ne!(app_totp(&app, &browser).await.get_secret_base32(), totp.get_secret_base32());
    assert_eq!(app.call_with(&browser, "cancel-app", &[]).await.status(), 200);
    assert!(profile(&app, &browser).await["factors"]["setup"].is_null());
    assert_eq!(profile(&app, &browser).await["user"]["two_factor"], false);
}
on_both!(a_set_up_expires_and_can_be_cancelled);
