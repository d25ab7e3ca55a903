//! ASVS 2.2.1: anti-automation against credential and code guessing. Failed password
//! sign-ins pause after FAILED_SIGNINS_PER_HOUR per number (the right password too), alike
//! for numbers with and without an account; a code dies after its tries.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;
use serde_json::json;

async fn password_guessing_pauses_the_number(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("FAILED_SIGNINS_PER_HOUR", "3".into())] }).await;
    let phone = signed_in(&app).await;
    let unknown = random_phone();
    let attacker = new_client();
    for target in [&phone, &unknown] {
        for _ in 0..3 {
            let r = app.sign_in_with(&attacker, target, "guess guess guess").await;
            assert_eq!(error_json(r).await, json!("BadCredentials"));
        }
        let r = app.sign_in_with(&attacker, target, "guess guess guess").await;
        assert_eq!(r.status(), 429);
        let e = error_json(r).await;
        assert!(e["TooManySignIns"]["minutes"].as_u64().unwrap() >= 1, "{e}");
    }
    // Paused means paused: the right password does not get through either.
    let r = app.sign_in_with(&new_client(), &phone, PASSWORD).await;
    assert_eq!(r.status(), 429);
    assert!(session_cookie(&r).is_none());
    assert!(app.audit_kinds(&phone).await.contains(&"sign_in_paused".to_string()));
    // Another number is not affected.
    let other = new_client();
    let second = random_phone();
    app.call_with(&other, "sign-up", &[("country", "GB"), ("phone", &second), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    app.call_with(&other, "verify", &[("code", &app.last_code(&second).await)]).await;
    assert_eq!(app.sign_in_with(&new_client(), &second, PASSWORD).await.status(), 200);
}
on_both!(password_guessing_pauses_the_number);

async fn guessing_a_code_past_its_tries_fails(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let code = app.last_code(&phone).await;
    let guesses: Vec<String> = (0..6).map(|i| format!("{:06}", (code.parse::<u32>().unwrap() + 1 + i) % 1_000_000)).collect();
    for (i, g) in guesses.iter().take(5).enumerate() {
        let e = error_json(app.call("verify", &[("code", g)]).await).await;
        if i < 4 {
            assert_eq!(e, json!({"WrongCode": {"tries_left": 4 - i}}));
        } else {
            assert_eq!(e, json!("TooManyTries"));
        }
    }
    // The right code is dead too.
    assert_eq!(error_json(app.call("verify", &[("code", &code)]).await).await, json!("TooManyTries"));
    assert_eq!(app.count("SELECT COUNT(*) FROM verification_codes WHERE phone = $1 AND state = 'dead'", &phone).await, 1);
}
on_both!(guessing_a_code_past_its_tries_fails);
