//! ASVS 2.2.1 with real concurrency: a try is reserved before a code is compared and a
//! failure before a password is hashed, so however many guesses arrive at once, no more
//! than the limits are ever compared (or sent to Twilio Verify's check).

use crate::helpers::*;
use crate::on_both;
use serde_json::{json, Value};
use std::time::Duration;

/// Concurrent calls of `endpoint` by `client` (which shares its session cookie), one per
/// form; their JSON answers.
async fn concurrent(app: &TestApp, client: &reqwest::Client, endpoint: &str, forms: Vec<Vec<(&'static str, String)>>) -> Vec<Value> {
    concurrently(app, endpoint, forms.into_iter().map(|f| (client.clone(), f)).collect()).await.into_iter().map(|(_, v)| v).collect()
}

fn wrong(code: &str, i: usize) -> String {
    format!("{:06}", (code.parse::<u32>().unwrap() + 1 + i as u32) % 1_000_000)
}

async fn fifty_concurrent_guesses_compare_at_most_five(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let code = app.last_code(&phone).await;
    // 50 wrong guesses at once: five are compared (four answer "wrong, N tries left", the
    // fifth kills the code), the other 45 are refused without a comparison.
    let answers = concurrent(&app, &app.client, "verify", (0..50).map(|i| vec![("code", wrong(&code, i))]).collect()).await;
    let wrong_answers = answers.iter().filter(|a| a.get("WrongCode").is_some()).count();
    let refused = answers.iter().filter(|a| **a == json!("TooManyTries")).count();
    assert_eq!((wrong_answers, refused), (4, 46), "{answers:?}");
    let (attempts,): (i64,) = sqlx::query_as("SELECT MAX(attempts) FROM verification_codes WHERE phone = $1")
        .bind(&phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(attempts, 5);
    // And the right code is dead with them.
    assert_eq!(error_json(app.call("verify", &[("code", &code)]).await).await, json!("TooManyTries"));
}
on_both!(fifty_concurrent_guesses_compare_at_most_five);

async fn a_right_code_behind_five_wrong_ones_in_flight_is_refused(b: Backend) {
    // Twilio Verify takes 300 ms per check: five wrong guesses are in flight (their tries
    // taken) when 45 requests with the right code arrive.
    let (app, fake) = crate::twilio_verify::verify_app(b).await;
    let phone = random_phone();
    assert_eq!(app.sign_up(&phone).await.status(), 200);
    let code = fake.code_for(&phone).expect("a verification was started");
    fake.set_latency(Duration::from_millis(300), Duration::from_millis(300));
    let wrong_ones: Vec<_> = (0..5)
        .map(|i| {
            let (client, url, guess) = (app.client.clone(), app.url("/api/verify"), wrong(&code, i));
            tokio::spawn(async move { client.post(url).form(&[("code", guess)]).send().await.unwrap().text().await.unwrap() })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let right = concurrent(&app, &app.client, "verify", (0..45).map(|_| vec![("code", code.clone())]).collect()).await;
    for w in wrong_ones {
        let text = w.await.unwrap();
        assert!(text.contains("WrongCode") || text.contains("TooManyTries"), "{text}");
    }
    assert!(right.iter().all(|a| *a == json!("TooManyTries")), "{right:?}");
    let checks = fake.requests().iter().filter(|r| r.path.ends_with("/VerificationCheck")).count();
    assert_eq!(checks, 5, "no more than CODE_MAX_ATTEMPTS checks reach Twilio");
}
on_both!(a_right_code_behind_five_wrong_ones_in_flight_is_refused);

async fn fifty_concurrent_password_guesses_hash_no_more_than_the_limit(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("FAILED_SIGNINS_PER_HOUR", "5".into())] }).await;
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    let attacker = new_client();
    let forms =
        (0..50).map(|i| vec![("country", "GB".to_string()), ("phone", phone.clone()), ("password", format!("guess number {i}"))]).collect();
    let answers = concurrent(&app, &attacker, "sign-in", forms).await;
    let bad = answers.iter().filter(|a| **a == json!("BadCredentials")).count();
    let paused = answers.iter().filter(|a| a.get("TooManySignIns").is_some()).count();
    assert_eq!(bad, 5, "{answers:?}");
    assert_eq!(paused, 45, "{answers:?}");
}
on_both!(fifty_concurrent_password_guesses_hash_no_more_than_the_limit);

async fn one_client_trying_many_numbers_pauses(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("FAILED_SIGNINS_PER_IP_PER_HOUR", "10".into())] }).await;
    let forms = (0..30)
        .map(|_| vec![("country", "GB".to_string()), ("phone", random_phone()), ("password", "guess guess guess".to_string())])
        .collect();
    let answers = concurrent(&app, &new_client(), "sign-in", forms).await;
    assert_eq!(answers.iter().filter(|a| **a == json!("BadCredentials")).count(), 10, "{answers:?}");
    assert_eq!(answers.iter().filter(|a| a.get("TooManySignIns").is_some()).count(), 20, "{answers:?}");
}
on_both!(one_client_trying_many_numbers_pauses);
