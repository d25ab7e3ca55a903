//! The account lifecycle through HTTP, on each database: passwordless sign-in, two-factor
//! sign-in and its half session, password reset, password and phone changes, the
//! sessions page, and the security activity.

use crate::helpers::*;
use crate::on_both;
use serde_json::{json, Value};

const NEW_PASSWORD: &str = "a brand new long passphrase";

/// A verified account signed in on `app.client`; returns its number.
async fn account(app: &TestApp) -> String {
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    phone
}

async fn session_kinds(app: &TestApp, phone: &str) -> Vec<String> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT s.kind FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.phone = $1 ORDER BY s.id")
            .bind(phone)
            .fetch_all(&mut *app.state.db.read().await.unwrap())
            .await
            .unwrap();
    rows.into_iter().map(|r| r.0).collect()
}

async fn passwordless_sign_in_with_a_code(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    let browser = new_client();

    let r = app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/signin/code".into()));
    assert!(flow_cookie(&r).is_some_and(|v| !v.is_empty()), "the number is kept in the flow cookie, not the URL");
    let state = app.json_of(&browser, "code-state", &[("purpose", "sign-in")]).await;
    assert_eq!(state["phone"], format!("+44 {} {}", &phone[3..7], &phone[7..]));
    assert!(state["expires_at_ms"].as_i64().unwrap() > state["server_now_ms"].as_i64().unwrap());
    let code = app.code_for(&phone, "sign-in").await;

    // A code for another purpose is not a sign-in code.
    let verify_code = app.code_for(&phone, "verify-phone").await;
    if verify_code != code {
        let e = app.json_of(&browser, "sign-in-with-code", &[("code", &verify_code)]).await;
        assert_eq!(e, json!({"WrongCode": {"tries_left": 4}}));
    }

    let r = app.call_with(&browser, "sign-in-with-code", &[("code", &code), ("next", "/sessions")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/sessions".into()), "next is honoured");
    assert!(session_cookie(&r).is_some());
    assert_eq!(flow_cookie(&r).as_deref(), Some(""), "the flow cookie is cleared");
    let r = app.page(&browser, "/profile").await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.audit_kinds(&phone).await.last().unwrap(), "sign_in");

    // The code is single use (within the cooldown no new code replaces it).
    let again = new_client();
    app.call_with(&again, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    assert_eq!(app.json_of(&again, "sign-in-with-code", &[("code", &code)]).await, json!("NoActiveCode"));

    // Without the flow cookie there is no number to sign in to.
    assert_eq!(app.json_of(&new_client(), "sign-in-with-code", &[("code", &code)]).await, json!("StartOver"));
}

async fn passwordless_answers_do_not_reveal_accounts(b: Backend) {
    let app = spawn_app(b).await;
    let known = account(&app).await;
    let unknown = random_phone();
    let unverified = random_phone();
    assert_eq!(
        app.call_with(
            &new_client(),
            "sign-up",
            &[("country", "GB"), ("phone", &unverified), ("password", PASSWORD), ("confirm", PASSWORD)]
        )
        .await
        .status(),
        200
    );

    let mut answers = vec![];
    for (endpoint, purpose) in [("send-sign-in-code", "sign-in"), ("send-reset-code", "reset-password")] {
        for phone in [&known, &unknown, &unverified] {
            let browser = new_client();
            let r = app.call_with(&browser, endpoint, &[("country", "GB"), ("phone", phone)]).await;
            let status = r.status().as_u16();
            let to = location(&r);
            let body = r.text().await.unwrap();
            let state = app.json_of(&browser, "code-state", &[("purpose", purpose)]).await;
            let mut shape = state.clone();
            for k in ["phone", "expires_at_ms", "server_now_ms", "resend_at_ms", "sent_at", "expires_at", "resend_at"] {
                assert!(!state[k].is_null(), "{endpoint} {phone}: {k} missing in {state}");
                shape[k] = Value::Null;
            }
            // A wrong code gets the same answer too.
            let wrong = app
                .json_of(
                    &browser,
                    if purpose == "sign-in" { "sign-in-with-code" } else { "reset-password" },
                    &[("code", "000000"), ("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)],
                )
                .await;
            // And so does asking again at once.
            let again = app.json_of(&browser, endpoint, &[("country", "GB"), ("phone", phone)]).await;
            answers.push((endpoint, status, to, body, shape, wrong, again));
        }
    }
    for group in answers.chunks(3) {
        for other in &group[1..] {
            // The known number's code may be 000000 once in a million runs.
            assert_eq!(
                (&group[0].1, &group[0].2, &group[0].3, &group[0].4, &group[0].6),
                (&other.1, &other.2, &other.3, &other.4, &other.6),
                "{}",
                group[0].0
            );
            if app.code_for(&known, "sign-in").await != "000000" {
                assert_eq!(group[0].5, other.5, "{}", group[0].0);
            }
        }
    }
    // Only the account's number got messages.
    assert!(app.outbox(&unknown).await.is_empty());
    assert_eq!(app.outbox(&unverified).await.iter().filter(|m| m["purpose"] != "verify-phone").count(), 0);
    assert_eq!(app.outbox(&known).await.iter().filter(|m| m["purpose"] == "sign-in" || m["purpose"] == "reset-password").count(), 2);
}

async fn passwordless_with_two_factor_on_asks_for_the_password(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    assert_eq!(location(&app.call("enable-2fa", &[]).await), "/profile?notice=2fa-on");
    let browser = new_client();
    app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    let code = app.code_for(&phone, "sign-in").await;
    // The right code is one factor: on to the password step of the same page, with a
    // half session (and the flow over).
    let r = app.call_with(&browser, "sign-in-with-code", &[("code", &code), ("next", "/sessions")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/signin/code?next=%2Fsessions".into()));
    assert_eq!(flow_cookie(&r), Some(String::new()));
    let half = session_cookie(&r).unwrap();
    assert_eq!(session_kinds(&app, &phone).await.iter().filter(|k| *k == "password-step").count(), 1);
    let page = app.page(&browser, "/signin/code?next=%2Fsessions").await.text().await.unwrap();
    assert!(page.contains("id=\"password-step-form\"") && !page.contains("id=\"send-code-form\""), "{page}");

    // A wrong password: one sentence beside the field, and the step stays.
    let r = app.call_with(&browser, "sign-in-password-step", &[("password", "not the password")]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(error_json(r).await, json!({"Invalid": {"field": "Password", "message": "That password is not right."}}));
    assert_eq!(app.page(&browser, "/signin/code").await.status(), 200);

    // The right password: a full session under a new token, on to `next`.
    let r = app.call_with(&browser, "sign-in-password-step", &[("password", PASSWORD), ("next", "/sessions")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/sessions".into()));
    let full = session_cookie(&r).unwrap();
    assert_ne!(full, half, "a fresh token after the password");
    assert!(!session_kinds(&app, &phone).await.contains(&"password-step".to_string()));
    let stale = client_with_cookie(&format!("pa_session={half}"));
    assert_eq!(app.json_of(&stale, "sign-in-password-step", &[("password", PASSWORD)]).await, json!("NotSignedIn"));
    assert_eq!(app.page(&client_with_cookie(&format!("pa_session={full}")), "/profile").await.status(), 200);
    let kinds = app.audit_kinds(&phone).await;
    assert!(kinds.ends_with(&["sign_in_code_ok".into(), "sign_in_failed".into(), "sign_in".into()]), "{kinds:?}");
}

/// Without JavaScript: the code, then the password step, as plain posts and redirects;
/// a wrong password comes back to the step with its sentence (in the flash, not the URL).
async fn passwordless_with_two_factor_on_works_without_javascript(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    app.call("enable-2fa", &[]).await;
    let browser = new_client();
    let r = app.post_form(&browser, "send-sign-in-code", "/signin/code", &[("country", "GB"), ("phone", &phone)]).await;
    assert_eq!(location(&r), "/signin/code");
    let code = app.code_for(&phone, "sign-in").await;
    let r = app.post_form(&browser, "sign-in-with-code", "/signin/code", &[("code", &code), ("next", "")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin/code".into()));
    let r = app.post_form(&browser, "sign-in-password-step", "/signin/code", &[("password", "not the password"), ("next", "")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin/code".into()));
    let page = app.page(&browser, "/signin/code").await.text().await.unwrap();
    assert!(page.contains("That password is not right.") && page.contains("id=\"password-step-form\""), "{page}");
    let r = app.post_form(&browser, "sign-in-password-step", "/signin/code", &[("password", PASSWORD), ("next", "")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/profile".into()));
    assert_eq!(app.page(&browser, "/profile").await.status(), 200);
}

async fn two_factor_sign_in_goes_through_a_half_session(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    let r = app.call("enable-2fa", &[]).await;
    assert_eq!(r.status(), 200);
    let profile = app.json_of(&app.client, "profile", &[]).await;
    assert_eq!(profile["user"]["two_factor"], true);

    let browser = new_client();
    let r = app.sign_in_with(&browser, &phone, PASSWORD).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/signin/2fa".into()));
    let half = session_cookie(&r).unwrap();
    assert_eq!(session_kinds(&app, &phone).await.iter().filter(|k| *k == "2fa").count(), 1);
    let code = app.code_for(&phone, "2fa").await;

    // The half session reaches only the second-factor page and its functions.
    let half_client = client_with_cookie(&format!("pa_session={half}"));
    for path in ["/", "/profile", "/sessions", "/signin", "/signin/code", "/reset-password", "/verify", "/signup"] {
        let r = app.page(&half_client, path).await;
        assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin/2fa".into()), "{path}");
    }
    assert_eq!(app.page(&half_client, "/signin/2fa").await.status(), 200);
    assert_eq!(app.json_of(&half_client, "profile", &[]).await, Value::Null);
    assert_eq!(app.json_of(&half_client, "sessions", &[]).await, Value::Null);
    assert_eq!(app.json_of(&half_client, "update-name", &[("name", "Mallory")]).await, json!("NotSignedIn"));
    assert_eq!(app.json_of(&half_client, "disable-2fa", &[("current", PASSWORD)]).await, json!("NotSignedIn"));
    assert_eq!(app.json_of(&half_client, "end-sessions", &[("which", "others")]).await, json!("NotSignedIn"));

    let wrong = if code == "000000" { "111111" } else { "000000" };
    assert_eq!(app.json_of(&half_client, "verify-2fa", &[("code", wrong)]).await, json!({"WrongCode": {"tries_left": 4}}));
    let r = app.call_with(&half_client, "verify-2fa", &[("code", &code), ("next", "/sessions")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/sessions".into()));
    let full = session_cookie(&r).unwrap();
    assert_ne!(full, half, "a fresh token after the second factor");
    let r = app.page(&half_client, "/signin/2fa").await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin".into()), "the half session is gone");
    let full_client = client_with_cookie(&format!("pa_session={full}"));
    assert_eq!(app.page(&full_client, "/profile").await.status(), 200);
    let kinds = app.audit_kinds(&phone).await;
    assert!(kinds.ends_with(&["sign_in_password_ok".into(), "sign_in_failed".into(), "sign_in".into()]), "{kinds:?}");
}

async fn half_session_ends_at_sign_out_and_never_carries_over(b: Backend) {
    let app = spawn_app(b).await;
    let alice = account(&app).await;
    app.call("enable-2fa", &[]).await;
    let bob_client = new_client();
    let bob = random_phone();
    app.call_with(&bob_client, "sign-up", &[("country", "GB"), ("phone", &bob), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    let code = app.last_code(&bob).await;
    assert_eq!(app.call_with(&bob_client, "verify", &[("code", &code)]).await.status(), 200);

    // Sign-out ends the half session.
    let browser = new_client();
    let half = session_cookie(&app.sign_in_with(&browser, &alice, PASSWORD).await).unwrap();
    assert_eq!(app.call_with(&browser, "sign-out", &[]).await.status(), 200);
    assert!(!session_kinds(&app, &alice).await.contains(&"2fa".to_string()));
    let stale = client_with_cookie(&format!("pa_session={half}"));
    assert_eq!(app.json_of(&stale, "verify-2fa", &[("code", &app.code_for(&alice, "2fa").await)]).await, json!("NotSignedIn"));

    // A later sign-in as someone else on the same browser ends Alice's half session: her
    // code cannot finish anything there, and Bob gets a session of his own.
    app.age_codes(&alice, 60).await;
    let half = session_cookie(&app.sign_in_with(&browser, &alice, PASSWORD).await).unwrap();
    let alice_code = app.code_for(&alice, "2fa").await;
    let r = app.sign_in_with(&browser, &bob, PASSWORD).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".into()));
    assert!(!session_kinds(&app, &alice).await.contains(&"2fa".to_string()), "Alice's half session ended");
    let stale = client_with_cookie(&format!("pa_session={half}"));
    assert_eq!(app.json_of(&stale, "verify-2fa", &[("code", &alice_code)]).await, json!("NotSignedIn"));
    // Bob's full session cannot take Alice's second factor either.
    assert_eq!(app.json_of(&browser, "verify-2fa", &[("code", &alice_code)]).await, json!("NotSignedIn"));
    let who = app.json_of(&browser, "session", &[]).await;
    assert_eq!(who["viewer"]["SignedIn"]["phone"], format!("+44 {} {}", &bob[3..7], &bob[7..]));

    // A half session expires after 10 minutes.
    let half = session_cookie(&app.sign_in_with(&new_client(), &alice, PASSWORD).await).unwrap();
    let (ttl,): (i64,) = sqlx::query_as("SELECT expires_at - created_at FROM sessions WHERE kind = '2fa'")
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(ttl, 600);
    assert!(!half.is_empty());
}

async fn turning_two_factor_off_needs_the_password(b: Backend) {
    let app = spawn_app(b).await;
    account(&app).await;
    app.call("enable-2fa", &[]).await;
    let e = app.json_of(&app.client, "disable-2fa", &[("current", "not my password")]).await;
    assert_eq!(e, json!({"Invalid": {"field": "CurrentPassword", "message": "Your current password is not right."}}));
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["user"]["two_factor"], true);
    let r = app.call("disable-2fa", &[("current", PASSWORD)]).await;
    assert_eq!(location(&r), "/profile?notice=2fa-off");
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["user"]["two_factor"], false);
}

async fn password_reset_by_sms_ends_every_session(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    let other_device = new_client();
    assert_eq!(app.sign_in_with(&other_device, &phone, PASSWORD).await.status(), 200);

    let browser = new_client();
    let r = app.call_with(&browser, "send-reset-code", &[("country", "GB"), ("phone", &phone)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/reset-password".into()));
    let code = app.code_for(&phone, "reset-password").await;

    // A sign-in code is not a reset code, and a bad new password costs no try.
    let e = app.json_of(&browser, "reset-password", &[("code", &code), ("password", "password1"), ("confirm", "password1")]).await;
    assert_eq!(e["Invalid"]["field"], "Password");
    let e = app.json_of(&browser, "reset-password", &[("code", &code), ("password", NEW_PASSWORD), ("confirm", "other")]).await;
    assert_eq!(e["Invalid"]["field"], "Confirm");

    let r = app.call_with(&browser, "reset-password", &[("code", &code), ("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/signin?notice=password-reset".into()));
    assert!(session_kinds(&app, &phone).await.is_empty(), "a reset ends every session");
    assert_eq!(app.page(&other_device, "/profile").await.status(), 302);
    assert_eq!(app.page(&app.client, "/profile").await.status(), 302);
    assert_eq!(app.sign_in_with(&new_client(), &phone, PASSWORD).await.status(), 401);
    assert_eq!(app.sign_in_with(&new_client(), &phone, NEW_PASSWORD).await.status(), 200);
    assert!(app.audit_kinds(&phone).await.contains(&"password_reset".to_string()));

    // Used, the code is gone; and without the flow cookie there is nothing to reset.
    let e = app.json_of(&browser, "reset-password", &[("code", &code), ("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)]).await;
    assert_eq!(e, json!("StartOver"));
}

async fn a_sign_in_code_cannot_reset_a_password(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    let browser = new_client();
    app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    let sign_in_code = app.code_for(&phone, "sign-in").await;
    app.call_with(&browser, "send-reset-code", &[("country", "GB"), ("phone", &phone)]).await;
    let reset_code = app.code_for(&phone, "reset-password").await;
    if sign_in_code != reset_code {
        let e = app
            .json_of(&browser, "reset-password", &[("code", &sign_in_code), ("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)])
            .await;
        assert_eq!(e, json!({"WrongCode": {"tries_left": 4}}));
    }
    assert_eq!(app.sign_in_with(&new_client(), &phone, PASSWORD).await.status(), 200, "the password is unchanged");
}

async fn changing_the_password_signs_out_the_other_sessions(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    let laptop = new_client();
    assert_eq!(app.sign_in_with(&laptop, &phone, PASSWORD).await.status(), 200);

    let e = app
        .json_of(&app.client, "change-password", &[("current", "wrong password"), ("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)])
        .await;
    assert_eq!(e["Invalid"]["field"], "CurrentPassword");
    let e =
        app.json_of(&app.client, "change-password", &[("current", PASSWORD), ("password", "password1"), ("confirm", "password1")]).await;
    assert_eq!(e["Invalid"]["field"], "Password");

    let r = app.call("change-password", &[("current", PASSWORD), ("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=password-changed&n=1".into()));
    assert!(session_cookie(&r).is_some(), "this browser gets a fresh token");
    assert_eq!(app.page(&app.client, "/profile").await.status(), 200);
    let r = app.page(&laptop, "/profile").await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin?next=%2Fprofile".into()));
    assert_eq!(session_kinds(&app, &phone).await, ["full"]);
    assert_eq!(app.sign_in_with(&new_client(), &phone, NEW_PASSWORD).await.status(), 200);
}

async fn changing_the_phone_needs_the_new_numbers_code(b: Backend) {
    let app = spawn_app(b).await;
    let old = account(&app).await;
    let laptop = new_client();
    app.sign_in_with(&laptop, &old, PASSWORD).await;
    let taken = random_phone();
    let other = new_client();
    app.call_with(&other, "sign-up", &[("country", "GB"), ("phone", &taken), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    app.call_with(&other, "verify", &[("code", &app.last_code(&taken).await)]).await;
    let new = random_phone();

    let start = |phone: &str, pw: &str| vec![("country", "GB".to_string()), ("phone", phone.to_string()), ("current", pw.to_string())];
    let call = |form: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.json_of(&app.client, "start-phone-change", &pairs).await
        }
    };
    assert_eq!(call(start(&new, "wrong")).await["Invalid"]["field"], "CurrentPassword");
    // Another account's number is answered like any number (a code goes to it), so this
    // step says nothing about who has an account; the change is refused only once the
    // code has come back.
    let r = app.call("start-phone-change", &[("country", "GB"), ("phone", &taken), ("current", PASSWORD)]).await;
    assert_eq!(location(&r), "/profile?notice=phone-code-sent");
    let taken_code = app.code_for(&taken, "change-phone").await;
    assert_eq!(
        app.json_of(&app.client, "confirm-phone-change", &[("code", &taken_code)]).await,
        json!({"Invalid": {"field": "Phone", "message": "This number belongs to another account."}})
    );
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["user"]["phone"], format!("+44 {} {}", &old[3..7], &old[7..]));
    assert_eq!(call(start(&old, PASSWORD)).await["Invalid"]["message"], "This is already your number.");
    assert!(app.outbox(&new).await.is_empty());

    let r = app.call("start-phone-change", &[("country", "GB"), ("phone", &new), ("current", PASSWORD)]).await;
    assert_eq!(location(&r), "/profile?notice=phone-code-sent");
    let profile = app.json_of(&app.client, "profile", &[]).await;
    assert_eq!(profile["pending_phone"]["phone"], format!("+44 {} {}", &new[3..7], &new[7..]));
    assert_eq!(profile["user"]["phone"], format!("+44 {} {}", &old[3..7], &old[7..]), "the number is unchanged until the code");
    let code = app.code_for(&new, "change-phone").await;

    // The other account cannot use this code, even holding it.
    assert_eq!(app.json_of(&other, "confirm-phone-change", &[("code", &code)]).await, json!("NoActiveCode"));

    let r = app.call("confirm-phone-change", &[("code", &code)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=phone-changed&n=1".into()));
    let profile = app.json_of(&app.client, "profile", &[]).await;
    assert_eq!(profile["user"]["phone"], format!("+44 {} {}", &new[3..7], &new[7..]));
    assert_eq!(profile["pending_phone"], Value::Null);
    let told = app.outbox(&old).await;
    let notice = told.last().unwrap();
    assert_eq!(notice["purpose"], "notice");
    assert!(notice["body"].as_str().unwrap().contains("was changed"), "{notice}");
    assert!(!notice["body"].as_str().unwrap().contains(&new[3..]), "the old number sees only a masked new number");
    assert_eq!(app.page(&laptop, "/profile").await.status(), 302, "other sessions end");
    assert_eq!(app.sign_in_with(&new_client(), &new, PASSWORD).await.status(), 200);
    assert_eq!(app.sign_in_with(&new_client(), &old, PASSWORD).await.status(), 401);
    assert!(app.audit_kinds(&new).await.contains(&"phone_changed".to_string()));
}

async fn a_phone_change_can_be_cancelled(b: Backend) {
    let app = spawn_app(b).await;
    let old = account(&app).await;
    let new = random_phone();
    app.call("start-phone-change", &[("country", "GB"), ("phone", &new), ("current", PASSWORD)]).await;
    let code = app.code_for(&new, "change-phone").await;
    assert_eq!(location(&app.call("cancel-phone-change", &[]).await), "/profile?notice=phone-change-cancelled");
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["pending_phone"], Value::Null);
    assert_eq!(app.json_of(&app.client, "confirm-phone-change", &[("code", &code)]).await, json!("NoActiveCode"));
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["user"]["phone"], format!("+44 {} {}", &old[3..7], &old[7..]));
}

async fn the_sessions_page_lists_and_ends_sessions(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    let phone_browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1")
        .build()
        .unwrap();
    assert_eq!(app.sign_in_with(&phone_browser, &phone, PASSWORD).await.status(), 200);
    let third = new_client();
    assert_eq!(app.sign_in_with(&third, &phone, PASSWORD).await.status(), 200);

    let list = app.json_of(&app.client, "sessions", &[]).await;
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list.iter().filter(|s| s["this_device"] == true).count(), 1);
    let iphone = list.iter().find(|s| s["device"] == "Safari on iOS").expect("device from the user agent");
    assert_eq!(iphone["ip"], "127.0.0.1");
    assert!(iphone["signed_in_at"]["unix"].as_i64().unwrap() > 0 && iphone["last_active_at"]["unix"].as_i64().unwrap() > 0);
    assert_eq!(iphone["signed_in_at"]["text"], "just now");

    // End one: that browser is signed out on its next request.
    let id = iphone["id"].as_i64().unwrap().to_string();
    let r = app.call("end-sessions", &[("which", &id)]).await;
    assert_eq!(location(&r), "/sessions?notice=session-ended");
    let r = app.page(&phone_browser, "/profile").await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/signin?next=%2Fprofile".into()));
    assert_eq!(app.json_of(&app.client, "end-sessions", &[("which", &id)]).await, json!("SessionGone"));

    // Someone else's session cannot be ended from here.
    let stranger = new_client();
    let stranger_phone = random_phone();
    app.call_with(&stranger, "sign-up", &[("country", "GB"), ("phone", &stranger_phone), ("password", PASSWORD), ("confirm", PASSWORD)])
        .await;
    let (stranger_id,): (i64,) = sqlx::query_as("SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.phone = $1")
        .bind(&stranger_phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(app.json_of(&app.client, "end-sessions", &[("which", &stranger_id.to_string())]).await, json!("SessionGone"));
    assert_eq!(app.json_of(&app.client, "end-sessions", &[("which", "not-a-number")]).await, json!("SessionGone"));
    assert_eq!(app.page(&stranger, "/verify").await.status(), 200);

    // All others.
    let r = app.call("end-sessions", &[("which", "others")]).await;
    assert_eq!(location(&r), "/sessions?notice=others-ended&n=1");
    assert_eq!(app.page(&third, "/profile").await.status(), 302);
    assert_eq!(app.page(&app.client, "/profile").await.status(), 200);
    assert_eq!(app.json_of(&app.client, "sessions", &[]).await.as_array().unwrap().len(), 1);

    // Ending this device's own session signs this browser out.
    let own = app.json_of(&app.client, "sessions", &[]).await[0]["id"].as_i64().unwrap().to_string();
    let r = app.call("end-sessions", &[("which", &own)]).await;
    assert_eq!(location(&r), "/signin?notice=signed-out");
    assert_eq!(session_cookie(&r).as_deref(), Some(""));
    assert!(session_kinds(&app, &phone).await.is_empty());
}

async fn ending_all_sessions_signs_everyone_out(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    let other = new_client();
    app.sign_in_with(&other, &phone, PASSWORD).await;
    let r = app.call("end-sessions", &[("which", "all")]).await;
    assert_eq!(location(&r), "/signin?notice=signed-out");
    assert!(session_kinds(&app, &phone).await.is_empty());
    assert_eq!(app.page(&other, "/profile").await.status(), 302);
}

async fn last_active_moves_at_most_once_a_minute(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    let seen = || async {
        let (t,): (i64,) = sqlx::query_as("SELECT s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.phone = $1")
            .bind(&phone)
            .fetch_one(&mut *app.state.db.read().await.unwrap())
            .await
            .unwrap();
        t
    };
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 30").execute(&mut *app.state.db.write().await.unwrap()).await.unwrap();
    let before = seen().await;
    app.page(&app.client, "/profile").await;
    assert_eq!(seen().await, before, "30 s ago is recent enough: no write");
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 60").execute(&mut *app.state.db.write().await.unwrap()).await.unwrap();
    let before = seen().await;
    app.page(&app.client, "/profile").await;
    assert!(seen().await >= before + 60, "over a minute: moved to now");
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(width, height, image::Rgb([10, 120, 200])));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

async fn upload(app: &TestApp, client: &reqwest::Client, name: &str, bytes: Vec<u8>, mime: &str) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()).mime_str(mime).unwrap();
    let form = reqwest::multipart::Form::new().part("photo", part);
    client.post(app.url("/api/upload-photo")).multipart(form).send().await.unwrap()
}

async fn profile_photo_upload_is_checked_scaled_and_served_privately(b: Backend) {
    let app = spawn_app(b).await;
    account(&app).await;
    let r = upload(&app, &app.client, "me.png", png(800, 600), "image/png").await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=photo-updated".into()));
    let version = app.json_of(&app.client, "profile", &[]).await["photo_version"].as_i64().expect("a photo version");

    let r = app.client.get(app.url(&format!("/profile/photo?v={version}"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "image/jpeg");
    assert_eq!(r.headers()["cache-control"], "private, max-age=31536000, immutable");
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    let bytes = r.bytes().await.unwrap();
    let img = image::load_from_memory(&bytes).unwrap();
    assert_eq!((img.width(), img.height()), (256, 192), "scaled into 256x256, aspect kept");
    let r = app.client.get(app.url("/profile/photo")).send().await.unwrap();
    assert_eq!(r.headers()["cache-control"], "private, no-cache", "unversioned URLs revalidate");
    assert_eq!(app.client.get(app.url("/profile/photo")).send().await.unwrap().status(), 200);
    assert_eq!(new_client().get(app.url("/profile/photo")).send().await.unwrap().status(), 404, "only for its owner");

    // Judged by content: a text file named .png, a GIF, an oversized file.
    let e = error_json(upload(&app, &app.client, "evil.png", b"<script>alert(1)</script>".to_vec(), "image/png").await).await;
    assert_eq!(e, json!({"Invalid": {"field": "Photo", "message": "This file is not a PNG, JPEG or WebP picture."}}));
    let e = error_json(upload(&app, &app.client, "a.gif", b"GIF89a\x01\x00\x01\x00".to_vec(), "image/gif").await).await;
    assert_eq!(e["Invalid"]["field"], "Photo");
    let mut big = png(64, 64);
    big.resize(2 * 1024 * 1024 + 10, 0);
    let e = error_json(upload(&app, &app.client, "big.png", big, "image/png").await).await;
    assert_eq!(e["Invalid"]["message"], "The photo is larger than 2 MB. Choose a smaller one.");
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["photo_version"], version, "a bad upload loses nothing");

    // Signed out, nothing is stored.
    let r = upload(&app, &new_client(), "me.png", png(10, 10), "image/png").await;
    assert_eq!(error_json(r).await, json!("NotSignedIn"));

    let r = app.call("remove-photo", &[]).await;
    assert_eq!(location(&r), "/profile?notice=photo-removed");
    assert_eq!(app.client.get(app.url("/profile/photo")).send().await.unwrap().status(), 404);
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["photo_version"], Value::Null);
}

async fn the_profile_shows_recent_security_activity(b: Backend) {
    let app = spawn_app(b).await;
    let phone = account(&app).await;
    app.sign_in_with(&new_client(), &phone, "wrong password").await;
    app.call("update-name", &[("name", "Grace")]).await;
    app.call("enable-2fa", &[]).await;
    let profile = app.json_of(&app.client, "profile", &[]).await;
    assert_eq!(profile["user"]["name"], "Grace");
    let events: Vec<&str> = profile["activity"].as_array().unwrap().iter().map(|e| e["event"].as_str().unwrap()).collect();
    assert_eq!(events[0], "Two-factor sign-in turned on");
    assert_eq!(events[1], "Name changed");
    assert!(events.contains(&"A wrong password was tried"), "{events:?}");
    assert!(events.contains(&"Account created on an unknown device"), "{events:?}");
    assert!(events.contains(&"Signed in after verifying your number on an unknown device"), "{events:?}");
    assert!(events.contains(&"A code to verify your number was sent by text message"), "{events:?}");
    assert!(events.iter().all(|e| !e.contains('_') && !e.contains('(')), "no internals: {events:?}");
    let wrong = profile["activity"].as_array().unwrap().iter().find(|e| e["event"] == "A wrong password was tried").unwrap();
    assert_eq!(wrong["warning"], true, "a wrong password is marked");
    assert_eq!(profile["activity"][0]["warning"], false);
    assert_eq!(profile["activity"][0]["ip"], "127.0.0.1");
    assert_eq!(profile["activity"][0]["device"], "Unknown device", "the test client sends no User-Agent");
    // The time is an instant and its words; without a `tz` cookie the zone is unknown
    // (UTC), and recent times need none.
    let at = &profile["activity"][0]["at"];
    assert!(at["unix"].as_i64().unwrap() > 0 && at["iso"].as_str().unwrap().ends_with('Z'), "{at}");
    assert_eq!(at["text"], "just now");
    assert!(at["full"].as_str().unwrap().ends_with(" UTC"), "{at}");

    // Another browser signed in, then a password change: the sentence counts the devices
    // it signed out, from the browser's own user agent.
    let firefox = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0")
        .build()
        .unwrap();
    app.sign_in_with(&firefox, &phone, PASSWORD).await;
    app.call("disable-2fa", &[("current", PASSWORD)]).await;
    app.call("change-password", &[("current", PASSWORD), ("password", "a whole new passphrase"), ("confirm", "a whole new passphrase")])
        .await;
    let profile = app.json_of(&app.client, "profile", &[]).await;
    let events: Vec<&str> = profile["activity"].as_array().unwrap().iter().map(|e| e["event"].as_str().unwrap()).collect();
    assert_eq!(events[0], "Password changed; 1 other device was signed out", "{events:?}");
    assert!(events.contains(&"Password entered, the second step asked on Firefox on Windows"), "{events:?}");
    for _ in 0..25 {
        app.call("update-name", &[("name", "Grace")]).await;
    }
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["activity"].as_array().unwrap().len(), 20, "the last 20");
}

on_both!(passwordless_sign_in_with_a_code);
on_both!(passwordless_answers_do_not_reveal_accounts);
on_both!(passwordless_with_two_factor_on_asks_for_the_password);
on_both!(passwordless_with_two_factor_on_works_without_javascript);
on_both!(two_factor_sign_in_goes_through_a_half_session);
on_both!(half_session_ends_at_sign_out_and_never_carries_over);
on_both!(turning_two_factor_off_needs_the_password);
on_both!(password_reset_by_sms_ends_every_session);
on_both!(a_sign_in_code_cannot_reset_a_password);
on_both!(changing_the_password_signs_out_the_other_sessions);
on_both!(changing_the_phone_needs_the_new_numbers_code);
on_both!(a_phone_change_can_be_cancelled);
on_both!(the_sessions_page_lists_and_ends_sessions);
on_both!(ending_all_sessions_signs_everyone_out);
on_both!(last_active_moves_at_most_once_a_minute);
on_both!(profile_photo_upload_is_checked_scaled_and_served_privately);
on_both!(the_profile_shows_recent_security_activity);
