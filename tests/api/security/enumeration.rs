//! No enumeration: sign-in failures, "send me a code" (passwordless and reset), sign-up,
//! and the sequence "sign up, then sign in" answer the same whether the number has an
//! account. (That they take the same time is measured in `tests/timing`, a test binary
//! that runs alone.)

use crate::helpers::*;
use crate::on_both;

async fn sign_up_then_sign_in_answers_the_same_for_a_taken_number(b: Backend) {
    let app = spawn_app(b).await;
    let taken = app.verified_accounts(1).await.pop().unwrap();
    let free = random_phone();
    let mut answers = vec![];
    for phone in [&taken, &free] {
        // Someone signs the number up with a password of their own, then signs in with it.
        let signer = new_client();
        let password = "The signer's own password";
        let r =
            app.call_with(&signer, "sign-up", &[("country", "GB"), ("phone", phone), ("password", password), ("confirm", password)]).await;
        assert_eq!(r.status(), 200);
        let browser = new_client();
        let r = app.sign_in_with(&browser, phone, password).await;
        let head = (r.status().as_u16(), location(&r), session_cookie(&r).is_some());
        let body = r.text().await.unwrap();
        let page = app.page(&browser, "/verify").await.status().as_u16();
        let viewer = app.json_of(&browser, "session", &[]).await["viewer"].as_object().map(|o| o.keys().cloned().collect::<Vec<_>>());
        // And with another password: a plain failure, for both.
        let wrong = app.sign_in_with(&new_client(), phone, "Yet another password here").await;
        let wrong = (wrong.status().as_u16(), wrong.text().await.unwrap());
        answers.push((head, body, page, viewer, wrong));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0].0 .1, "/verify", "both go on to verify the number");
    // The owner's own password still signs in, and the owner's account is untouched.
    assert_eq!(app.sign_in_with(&new_client(), &taken, PASSWORD).await.status(), 200);
}
on_both!(sign_up_then_sign_in_answers_the_same_for_a_taken_number);

async fn sign_up_answers_the_same_for_a_taken_number(b: Backend) {
    let app = spawn_app(b).await;
    let taken = app.verified_accounts(1).await.pop().unwrap();
    let free = random_phone();
    let mut answers = vec![];
    for phone in [&taken, &free] {
        let browser = new_client();
        let r =
            app.call_with(&browser, "sign-up", &[("country", "GB"), ("phone", phone), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
        let head = (r.status().as_u16(), location(&r), session_cookie(&r).is_some());
        let body = r.text().await.unwrap();
        let mut state = app.json_of(&browser, "code-state", &[("purpose", "verify-phone")]).await;
        for k in ["phone", "expires_at_ms", "server_now_ms", "resend_at_ms", "sent_at", "expires_at", "resend_at"] {
            assert!(!state[k].is_null(), "{k}");
            state[k] = serde_json::Value::Null;
        }
        let page = app.page(&browser, "/verify").await.status().as_u16();
        answers.push((head, body, state, page));
    }
    assert_eq!(answers[0], answers[1]);
}
on_both!(sign_up_answers_the_same_for_a_taken_number);
