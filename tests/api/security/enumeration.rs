//! No enumeration: sign-in failures, "send me a code" (passwordless and reset) and sign-up
//! answer the same whether the number has an account, and take the same time. The timing
//! is measured over many interleaved tries; the medians must be within 20 %. Timing is
//! only meaningful on a quiet machine, so that test is `#[ignore]`d in the parallel run
//! and `./x test` runs it on its own afterwards.

use crate::helpers::*;
use crate::on_both;
use std::time::{Duration, Instant};

/// Creates `n` verified accounts directly in the database (quicker than signing up).
async fn accounts(app: &TestApp, n: usize) -> Vec<String> {
    let hash = app.state.hasher.hash(&phone_auth::domain::Password::from_attempt(PASSWORD.into())).await.unwrap();
    let mut phones = vec![];
    for _ in 0..n {
        let phone = random_phone();
        let p = phone_auth::domain::PhoneNumber::from_trusted(phone.clone());
        let id = app.state.db.insert_user(&p, &hash, None, 1).await.unwrap().unwrap();
        assert!(app.state.db.mark_phone_verified(id, 0, 1).await.unwrap());
        phones.push(phone);
    }
    phones
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Times `run` on each pair (known, unknown), interleaved, after a warm-up; asserts the
/// answers are identical and the medians within 20 % of each other.
async fn same_answer_same_time<F, Fut>(what: &str, known: &[String], unknown: &[String], run: F)
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = (u16, String)>,
{
    let (mut tk, mut tu) = (vec![], vec![]);
    for (i, (k, u)) in known.iter().zip(unknown).enumerate() {
        // Alternate which goes first, so neither profits from a warm cache.
        let order = if i % 2 == 0 { [(k, true), (u, false)] } else { [(u, false), (k, true)] };
        let mut answers = vec![];
        for (phone, is_known) in order {
            let began = Instant::now();
            let answer = run(phone.clone()).await;
            let took = began.elapsed();
            if i >= 3 {
                if is_known {
                    tk.push(took)
                } else {
                    tu.push(took)
                }
            }
            answers.push(answer);
        }
        assert_eq!(answers[0], answers[1], "{what}: the answers differ");
    }
    let (mk, mu) = (median(tk), median(tu));
    let ratio = mk.as_secs_f64() / mu.as_secs_f64();
    println!("{what}: median with an account {mk:?}, without {mu:?} (ratio {ratio:.2})");
    assert!((0.8..=1.25).contains(&ratio), "{what}: medians {mk:?} vs {mu:?} differ by more than 20 %");
}

async fn answers_and_timing_do_not_reveal_accounts(b: Backend) {
    if std::env::var("PHONE_AUTH_TIMING").is_err() {
        eprintln!("skipped: timing runs alone (PHONE_AUTH_TIMING=1, as ./x test does)");
        return;
    }
    let app = spawn_app_with(b, Options { vars: vec![("SENDS_PER_IP_PER_HOUR", "100000".into())] }).await;
    let n = 40;
    let known = accounts(&app, n * 3).await;
    let unknown: Vec<String> = (0..n * 3).map(|_| random_phone()).collect();

    let sign_in = |phone: String| {
        let app = &app;
        async move {
            let r = app.sign_in_with(&new_client(), &phone, "a wrong password here").await;
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    same_answer_same_time("sign-in failure", &known[..n], &unknown[..n], sign_in).await;

    let app_ref = &app;
    let send = |endpoint: &'static str| {
        move |phone: String| async move {
            let r = app_ref.call_with(&new_client(), endpoint, &[("country", "GB"), ("phone", &phone)]).await;
            (r.status().as_u16(), format!("{} {}", location(&r), r.text().await.unwrap()))
        }
    };
    same_answer_same_time("passwordless send", &known[n..2 * n], &unknown[n..2 * n], send("send-sign-in-code")).await;
    same_answer_same_time("reset send", &known[2 * n..], &unknown[2 * n..], send("send-reset-code")).await;
}
on_both!(answers_and_timing_do_not_reveal_accounts);

async fn sign_up_answers_the_same_for_a_taken_number(b: Backend) {
    let app = spawn_app(b).await;
    let taken = accounts(&app, 1).await.pop().unwrap();
    let free = random_phone();
    let mut answers = vec![];
    for phone in [&taken, &free] {
        let browser = new_client();
        let r =
            app.call_with(&browser, "sign-up", &[("country", "GB"), ("phone", phone), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
        let head = (r.status().as_u16(), location(&r), session_cookie(&r).is_some());
        let body = r.text().await.unwrap();
        let mut state = app.json_of(&browser, "code-state", &[("purpose", "verify-phone")]).await;
        for k in ["phone", "expires_at_ms", "server_now_ms", "resend_at_ms"] {
            assert!(!state[k].is_null(), "{k}");
            state[k] = serde_json::Value::Null;
        }
        let page = app.page(&browser, "/verify").await.status().as_u16();
        answers.push((head, body, state, page));
    }
    assert_eq!(answers[0], answers[1]);
}
on_both!(sign_up_answers_the_same_for_a_taken_number);
