//! No enumeration by timing: sign-in failures, "send me a code" (passwordless and reset),
//! sign-up and the start of a phone change take the same time whether or not the number
//! has an account, with a provider that takes 150-250 ms per request (the fake Twilio)
//! and from the first request after a start. Each is measured over many interleaved
//! tries; the medians must be within 25 % of each other (or 10 ms) where no provider is
//! involved, and within a third where one is (its 150-250 ms spread makes the medians of
//! 37 tries wander by about 8 ms each, so two medians differ by more than 65 ms about
//! once in a million runs; a blind answer that skipped the wait, the leak this guards
//! against, would differ by 100 %).
//!
//! A test binary of its own: cargo runs test binaries one after another, so nothing else
//! runs beside it and the timing is the app's, not the machine's. It runs in every
//! `cargo test`, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.

#[path = "../support/fake_twilio.rs"]
mod fake_twilio;
#[allow(dead_code)]
#[path = "../api/helpers.rs"]
mod helpers;

use fake_twilio::FakeTwilio;
use helpers::*;
use std::time::{Duration, Instant};

/// How far apart the medians may be: no provider involved, and a provider involved.
const LOCAL: f64 = 1.25;
const WITH_PROVIDER: f64 = 1.33;
/// Pairs timed per question (the first three warm up and are not counted).
const PAIRS: usize = 40;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Times `run` on each pair (known, unknown), interleaved, after a warm-up; asserts the
/// answers are identical and the medians within `max_ratio` of each other.
async fn same_answer_same_time<F, Fut>(what: &str, max_ratio: f64, known: &[String], unknown: &[String], run: F)
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
    let close = (1.0 / max_ratio..=max_ratio).contains(&ratio) || mk.abs_diff(mu) < Duration::from_millis(10);
    assert!(close, "{what}: medians {mk:?} vs {mu:?} differ by more than a ratio of {max_ratio}");
}

/// Removes what changes from answer to answer (dates, the number itself) from a body.
fn normalized(body: &str, phone: &str) -> String {
    let digits = &phone[1..];
    let body = body.replace(phone, "+NUMBER").replace(digits, "NUMBER");
    body.split(|c: char| c.is_ascii_digit()).collect::<Vec<_>>().join("#")
}

async fn timing_does_not_reveal_accounts(b: Backend) {
    let fake = FakeTwilio::start().await;
    fake.set_latency(Duration::from_millis(150), Duration::from_millis(250));
    let mut vars = twilio_messaging_vars(&fake.base_url, fake_twilio::DEFAULT_SECRET);
    vars.extend([
        ("TWILIO_TIMEOUT", "5s".into()),
        ("SENDS_PER_IP_PER_HOUR", "100000".into()),
        ("FAILED_SIGNINS_PER_IP_PER_HOUR", "100000".into()),
    ]);
    let app = spawn_app_with(b, Options { vars }).await;
    let known = app.verified_accounts(PAIRS * 5).await;
    let unknown: Vec<String> = (0..PAIRS * 5).map(|_| random_phone()).collect();
    let part = |i: usize| (&known[i * PAIRS..(i + 1) * PAIRS], &unknown[i * PAIRS..(i + 1) * PAIRS]);
    let app = &app;

    // From a fresh start: the first blind sends already take as long as real ones.
    let send = |endpoint: &'static str| {
        move |phone: String| async move {
            let r = app.call_with(&new_client(), endpoint, &[("country", "GB"), ("phone", &phone)]).await;
            (r.status().as_u16(), format!("{} {}", location(&r), r.text().await.unwrap()))
        }
    };
    // The very first request of a fresh start is for a number without an account: its
    // blind send already waits about as long as the provider takes (nothing was timed
    // yet), not 0 ms.
    let began = Instant::now();
    let first = send("send-sign-in-code")(random_phone()).await;
    let took = began.elapsed();
    println!("first blind send after the start: {took:?}");
    assert_eq!(first.0, 200);
    assert!(took >= Duration::from_millis(150), "the first blind send answered in {took:?}");
    let (k, u) = part(0);
    same_answer_same_time("passwordless send", WITH_PROVIDER, k, u, send("send-sign-in-code")).await;
    let (k, u) = part(1);
    same_answer_same_time("reset send", WITH_PROVIDER, k, u, send("send-reset-code")).await;

    let sign_in = |phone: String| async move {
        let r = app.sign_in_with(&new_client(), &phone, "a wrong password here").await;
        (r.status().as_u16(), r.text().await.unwrap())
    };
    let (k, u) = part(2);
    same_answer_same_time("sign-in failure", LOCAL, k, u, sign_in).await;

    let sign_up = |phone: String| async move {
        let r = app
            .call_with(&new_client(), "sign-up", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("confirm", PASSWORD)])
            .await;
        (r.status().as_u16(), format!("{} {}", location(&r), r.text().await.unwrap()))
    };
    let (k, u) = part(3);
    same_answer_same_time("sign-up", WITH_PROVIDER, k, u, sign_up).await;

    // One signed-in person starting a change to a number of another account, or to a
    // number without one.
    let mover = random_phone();
    assert_eq!(app.sign_up(&mover).await.status(), 200);
    let code = fake.code_for(&mover).expect("a code");
    assert_eq!(app.call("verify", &[("code", &code)]).await.status(), 200);
    let change = |phone: String| async move {
        let r = app.call("start-phone-change", &[("country", "GB"), ("phone", &phone), ("current", PASSWORD)]).await;
        (r.status().as_u16(), format!("{} {}", location(&r), normalized(&r.text().await.unwrap(), &phone)))
    };
    let (k, u) = part(4);
    same_answer_same_time("phone change", WITH_PROVIDER, k, u, change).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timing_does_not_reveal_accounts_on_either_database() {
    timing_does_not_reveal_accounts(Backend::Sqlite).await;
    if !postgres_available() {
        return;
    }
    timing_does_not_reveal_accounts(Backend::Postgres).await;
}
