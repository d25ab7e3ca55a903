//! SMS-pumping brakes that learn (issue 19 §5): the conversion watch per calling code and
//! number prefix, the proof-of-work challenge it asks for (accepted once, also when 50
//! copies arrive at once), the pause below it, and the same answer whether or not a
//! number has an account.

use base64::Engine as _;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::helpers::*;
use crate::on_both;

/// Brakes after 3 sends: a challenge under 50 % used, a pause under `pause` %.
async fn brakes_app(b: Backend, pause: &str) -> TestApp {
    let vars = vec![
        ("CONVERSION_MIN_SENDS", "3".to_string()),
        ("CONVERSION_CHALLENGE_BELOW", "50".into()),
        ("CONVERSION_PAUSE_BELOW", pause.into()),
        ("POW_DIFFICULTY", "2000".into()),
    ];
    spawn_app_with(b, Options { vars }).await
}

/// A number of the block `+44 7400 12xx xx`: one prefix.
fn in_block(i: usize) -> String {
    format!("+44740012{:04}", (i * 37 + random_phone()[9..].parse::<usize>().unwrap()) % 10_000)
}

async fn sign_up_with(app: &TestApp, client: &reqwest::Client, country: &str, phone: &str) -> reqwest::Response {
    app.call_with(client, "sign-up", &[("country", country), ("phone", phone), ("password", PASSWORD), ("confirm", PASSWORD)]).await
}

/// Solves a challenge as the browser's worker does: the base64 of the solution's JSON.
fn solve(c: &Value) -> String {
    let (salt, challenge) = (c["salt"].as_str().unwrap(), c["challenge"].as_str().unwrap());
    let n = (0..=c["maxnumber"].as_u64().unwrap())
        .find(|n| hex::encode(Sha256::digest(format!("{salt}{n}").as_bytes())) == challenge)
        .expect("a challenge has a solution");
    let mut solution = c.clone();
    solution["number"] = json!(n);
    base64::engine::general_purpose::STANDARD.encode(solution.to_string())
}

async fn challenge(app: &TestApp) -> Value {
    let r = app.client.get(app.url("/pow/challenge")).send().await.unwrap();
    assert_eq!(r.headers()["cache-control"], "no-store");
    r.json().await.unwrap()
}

fn with_pow(solution: &str) -> reqwest::Client {
    client_with_cookie(&format!("pa_pow={solution}"))
}

/// Three codes to a block, none used: the fourth send there needs the proof of work; a
/// solved challenge lets one send through, once; numbers of another country are not
/// braked; nothing is reserved for a refused send.
async fn poor_conversion_asks_for_a_proof_of_work(b: Backend) {
    let app = brakes_app(b, "0").await;
    for i in 0..3 {
        assert_eq!(sign_up_with(&app, &new_client(), "GB", &in_block(i)).await.status(), 200);
    }
    let phone = in_block(3);
    let r = sign_up_with(&app, &new_client(), "GB", &phone).await;
    assert_eq!(r.status(), 428);
    assert_eq!(error_json(r).await, json!("ChallengeNeeded"));
    assert_eq!(app.count("SELECT COUNT(*) FROM verification_codes WHERE phone = $1", &phone).await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM send_slots WHERE phone = $1", &phone).await, 0, "nothing reserved");
    // Another calling code converts (it has no sends yet): not braked.
    assert_eq!(sign_up_with(&app, &new_client(), "FR", "+33612345678").await.status(), 200);

    // A wrong, a forged and an unsigned solution do nothing.
    let c = challenge(&app).await;
    let good = solve(&c);
    let mut wrong: Value = serde_json::from_slice(&base64::engine::general_purpose::STANDARD.decode(&good).unwrap()).unwrap();
    wrong["number"] = json!(wrong["number"].as_u64().unwrap() + 1);
    let mut forged = c.clone();
    forged["signature"] = json!("00".repeat(32));
    for bad in [base64::engine::general_purpose::STANDARD.encode(wrong.to_string()), solve(&forged), "not-base64!".to_string()] {
        assert_eq!(sign_up_with(&app, &with_pow(&bad), "GB", &phone).await.status(), 428, "{bad}");
    }
    // The solution: one send, once.
    assert_eq!(sign_up_with(&app, &with_pow(&good), "GB", &phone).await.status(), 200);
    assert_eq!(sign_up_with(&app, &with_pow(&good), "GB", &in_block(4)).await.status(), 428, "a replay");
    let metrics = app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("phone_auth_pumping_brakes_total{action=\"challenge\",scope=\"calling_code\"}"), "{metrics}");
    assert!(metrics.contains("phone_auth_pumping_brakes_total{action=\"challenge_solved\",scope=\"calling_code\"} 1"), "{metrics}");
}
on_both!(poor_conversion_asks_for_a_proof_of_work);

/// 50 sends at once with one solution: one gets through.
async fn a_solution_is_accepted_once_under_concurrency(b: Backend) {
    let app = brakes_app(b, "0").await;
    for i in 0..3 {
        sign_up_with(&app, &new_client(), "GB", &in_block(i)).await;
    }
    let solution = solve(&challenge(&app).await);
    let calls = (0..50)
        .map(|i| {
            let form: Vec<(&'static str, String)> =
                vec![("country", "GB".into()), ("phone", in_block(10 + i)), ("password", PASSWORD.into()), ("confirm", PASSWORD.into())];
            (with_pow(&solution), form)
        })
        .collect();
    let answers = concurrently(&app, "sign-up", calls).await;
    let through = answers.iter().filter(|(status, _)| *status == 200).count();
    let asked = answers.iter().filter(|(status, body)| *status == 428 && *body == json!("ChallengeNeeded")).count();
    assert_eq!((through, asked), (1, 49), "{answers:?}");
}
on_both!(a_solution_is_accepted_once_under_concurrency);

/// Used codes keep the conversion up: no brake.
async fn codes_used_keep_sends_open(b: Backend) {
    let app = brakes_app(b, "0").await;
    for i in 0..4 {
        let client = new_client();
        let phone = in_block(i);
        assert_eq!(sign_up_with(&app, &client, "GB", &phone).await.status(), 200, "send {i}");
        let code = app.code_for(&phone, "verify-phone").await;
        assert_eq!(app.call_with(&client, "verify", &[("code", &code)]).await.status(), 200);
    }
    assert_eq!(sign_up_with(&app, &new_client(), "GB", &in_block(5)).await.status(), 200);
}
on_both!(codes_used_keep_sends_open);

/// Below the pause threshold sends there stop (429 with Retry-After), even with a
/// solved challenge; a number with an account and one without get the same answer.
async fn very_poor_conversion_pauses_sends_alike_for_everyone(b: Backend) {
    let app = brakes_app(b, "40").await;
    let account = app.verified_accounts(1).await.remove(0);
    for i in 0..3 {
        assert_eq!(sign_up_with(&app, &new_client(), "GB", &in_block(i)).await.status(), 200);
    }
    let solution = solve(&challenge(&app).await);
    for phone in [account.as_str(), &in_block(20)] {
        let r = app.call_with(&with_pow(&solution), "send-sign-in-code", &[("country", "GB"), ("phone", phone)]).await;
        assert_eq!(r.status(), 429, "{phone}");
        assert_eq!(r.headers()["retry-after"], "3600");
        assert_eq!(error_json(r).await, json!({"SendsPaused": {"minutes": 60}}));
    }
}
on_both!(very_poor_conversion_pauses_sends_alike_for_everyone);

/// Challenged: the sign-in code flow answers the same for a number with an account and
/// one without; without JavaScript the page says why in a sentence.
async fn the_challenge_tells_nothing_about_accounts(b: Backend) {
    let app = brakes_app(b, "0").await;
    let account = app.verified_accounts(1).await.remove(0);
    for i in 0..3 {
        sign_up_with(&app, &new_client(), "GB", &in_block(i)).await;
    }
    let mut answers = vec![];
    for phone in [account.as_str(), &in_block(30)] {
        let r = app.call_with(&new_client(), "send-sign-in-code", &[("country", "GB"), ("phone", phone)]).await;
        answers.push((r.status().as_u16(), error_json(r).await));
    }
    assert_eq!(answers[0], (428, json!("ChallengeNeeded")));
    assert_eq!(answers[0], answers[1]);
    // A browser without JavaScript: back to the form with the sentence.
    let browser = new_client();
    let r = app.post_form(&browser, "send-sign-in-code", "/signin/code", &[("country", "GB"), ("phone", &in_block(31))]).await;
    assert_eq!(r.status(), 302);
    let html = app.page(&browser, &location(&r)).await.text().await.unwrap();
    assert!(
        html.contains("Numbers like this one need a quick check by your browser before we send a code. Turn JavaScript on and try again."),
        "the page says why"
    );
}
on_both!(the_challenge_tells_nothing_about_accounts);
