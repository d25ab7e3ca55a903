//! ASVS 11.1.4 (anti-automation against excessive calls) against SMS pumping with real
//! concurrency: the resend cooldown and every send limit are reserved atomically before
//! the provider is called, so a burst of identical requests sends no more than the limits
//! allow. Counted at the provider (the fake Twilio), on both databases.

use crate::fake_twilio::FakeTwilio;
use crate::helpers::*;
use crate::on_both;
use serde_json::Value;

async fn twilio_app_with(b: Backend, extra: Vec<(&'static str, String)>) -> (TestApp, FakeTwilio) {
    let fake = FakeTwilio::start().await;
    let mut vars = twilio_messaging_vars(&fake.base_url, crate::fake_twilio::DEFAULT_SECRET);
    vars.push(("TWILIO_TIMEOUT", "5s".into()));
    vars.extend(extra);
    (spawn_app_with(b, Options { vars }).await, fake)
}

/// Sends `n` requests at once (one fresh client each) and returns their JSON answers.
async fn burst(app: &TestApp, n: usize, endpoint: &str, form: impl Fn(usize) -> Vec<(&'static str, String)>) -> Vec<Value> {
    concurrently(app, endpoint, (0..n).map(|i| (new_client(), form(i))).collect()).await.into_iter().map(|(_, v)| v).collect()
}

fn refused(answers: &[Value], kind: &str) -> usize {
    answers.iter().filter(|a| a.get(kind).is_some()).count()
}

async fn fifty_sends_for_one_number_send_one_code(b: Backend) {
    let (app, fake) = twilio_app_with(b, vec![]).await;
    let phone = random_phone();
    app.signed_up_and_verified_twilio(&fake, &phone).await;
    let before = fake.sent_codes().len();

    let answers = burst(&app, 50, "send-sign-in-code", |_| vec![("country", "GB".into()), ("phone", phone.clone())]).await;
    let sent = fake.sent_codes().len() - before;
    assert_eq!(sent, 1, "one code within the cooldown, whatever the burst");
    // Every asker is sent on to the code page (a code from a moment ago is still good),
    // or told to wait; nothing else.
    assert!(answers.iter().all(|a| a.is_null() || a.get("Cooldown").is_some()), "{answers:?}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM verification_codes WHERE phone = $1 AND purpose = 'sign-in'", &phone).await,
        1,
        "one code row"
    );
}
on_both!(fifty_sends_for_one_number_send_one_code);

/// 50 sign-ups of 50 numbers at once, from one address, with `var` = `limit`: exactly
/// `limit` codes leave, the rest are told "too many".
async fn fifty_sign_ups_send_no_more_than(b: Backend, var: &'static str, limit: usize) {
    let (app, fake) = twilio_app_with(b, vec![(var, limit.to_string())]).await;
    let phones: Vec<String> = (0..50).map(|_| random_phone()).collect();
    let answers = burst(&app, 50, "sign-up", |i| {
        vec![("country", "GB".into()), ("phone", phones[i].clone()), ("password", PASSWORD.into()), ("confirm", PASSWORD.into())]
    })
    .await;
    assert_eq!(fake.sent_codes().len(), limit, "{var}={limit}");
    assert_eq!(refused(&answers, "TooManySends"), 50 - limit, "{answers:?}");
}

async fn fifty_sign_ups_from_one_address_send_only_its_limit(b: Backend) {
    fifty_sign_ups_send_no_more_than(b, "SENDS_PER_IP_PER_HOUR", 10).await;
}
on_both!(fifty_sign_ups_from_one_address_send_only_its_limit);

async fn the_daily_budget_holds_under_a_burst(b: Backend) {
    fifty_sign_ups_send_no_more_than(b, "DAILY_SEND_BUDGET", 3).await;
}
on_both!(the_daily_budget_holds_under_a_burst);

/// The previous hour counts too (the sliding window), read in the very statement that
/// takes the unit: with 14 sends from this address in the last hour's fixed window, a
/// burst of 50 gets only what the sliding estimate leaves of 20.
async fn a_burst_after_a_busy_hour_sends_only_what_the_sliding_window_leaves(b: Backend) {
    use phone_auth::domain::rate::{current_cap, window_start};
    const HOUR: i64 = 3_600;
    let (limit, previous) = (20u64, 14u64);
    let (app, fake) = twilio_app_with(b, vec![("SENDS_PER_IP_PER_HOUR", limit.to_string())]).await;
    let now = || std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let before = now();
    sqlx::query("INSERT INTO rate_counters (bucket, window_start, count) VALUES ('send:ip:127.0.0.1', $1, $2)")
        .bind(window_start(before, HOUR) - HOUR)
        .bind(previous as i64)
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    let phones: Vec<String> = (0..50).map(|_| random_phone()).collect();
    let answers = burst(&app, 50, "sign-up", |i| {
        vec![("country", "GB".into()), ("phone", phones[i].clone()), ("password", PASSWORD.into()), ("confirm", PASSWORD.into())]
    })
    .await;
    // The cap moves as the last hour fades (by one every few minutes): what it was when
    // the burst began or when it ended (or the whole limit, had a new hour begun).
    let after = now();
    let new_hour = window_start(after, HOUR) != window_start(before, HOUR);
    let low = current_cap(before, HOUR, previous, limit).min(current_cap(after, HOUR, previous, limit));
    let high =
        if new_hour { limit as i64 } else { current_cap(before, HOUR, previous, limit).max(current_cap(after, HOUR, previous, limit)) };
    let sent = fake.sent_codes().len() as i64;
    assert!(new_hour || sent < limit as i64, "the previous hour counted: {sent} sent");
    assert!((low..=high).contains(&sent), "{sent} sent, the sliding window leaves {low}..={high}");
    assert_eq!(refused(&answers, "TooManySends") as i64, 50 - sent, "{answers:?}");
}
on_both!(a_burst_after_a_busy_hour_sends_only_what_the_sliding_window_leaves);

async fn a_failed_delivery_gives_its_reservation_back(b: Backend) {
    let (app, fake) = twilio_app_with(b, vec![("SENDS_PER_NUMBER_PER_HOUR", "2".into())]).await;
    let phone = random_phone();
    app.signed_up_and_verified_twilio(&fake, &phone).await;
    // Twilio is down for two sends: nothing is spent, neither the cooldown nor the limit.
    fake.fail_next(crate::fake_twilio::FakeFailure::ServerError, 4);
    for _ in 0..2 {
        let e = error_json(app.call_with(&new_client(), "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await).await;
        assert_eq!(e, serde_json::json!({"Delivery": "Unavailable"}));
    }
    let r = app.call_with(&new_client(), "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
}
on_both!(a_failed_delivery_gives_its_reservation_back);

async fn one_live_code_per_number_and_purpose_is_the_database_s_rule(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let second = sqlx::query(
        "INSERT INTO verification_codes (phone, user_id, purpose, channel, provider, created_at, expires_at) \
         VALUES ($1, NULL, 'verify-phone', 'sms', 'console', 1, 2)",
    )
    .bind(&phone)
    .execute(&mut *app.state.db.write().await.unwrap())
    .await;
    assert!(second.is_err(), "a second active code for the same number and purpose is refused by the database");
}
on_both!(one_live_code_per_number_and_purpose_is_the_database_s_rule);

impl TestApp {
    /// Signs up and verifies `phone` through the fake Twilio (its code read there).
    pub async fn signed_up_and_verified_twilio(&self, fake: &FakeTwilio, phone: &str) {
        assert_eq!(self.sign_up(phone).await.status(), 200);
        let code = fake.code_for(phone).expect("a code was sent");
        let r = self.call("verify", &[("code", &code)]).await;
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    }
}
