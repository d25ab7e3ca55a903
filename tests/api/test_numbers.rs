//! Two things a send does not count or counts apart. Test numbers (`TEST_PHONE_NUMBERS`):
//! a fixed code, never sent to any provider, counted against no limit, budget or
//! cooldown, each code recorded in the activity; a wrong code still costs a try; a number
//! taken off the list has no code that works. Country caps (`COUNTRY_DAILY_CAPS`): a
//! destination country's daily cap stops sends there only. On SQLite and PostgreSQL.

use crate::helpers::*;
use crate::on_both;

const TEST_NUMBER: &str = "+447400900123";
const FIXED: &str = "246810";

async fn a_test_number_signs_up_and_in_with_its_fixed_code_sending_nothing(b: Backend) {
    let vars = vec![
        ("TEST_PHONE_NUMBERS", format!("{TEST_NUMBER}:{FIXED}")),
        // One code a day for everyone else: test numbers spend none of it.
        ("DAILY_SEND_BUDGET", "1".into()),
        ("SENDS_PER_NUMBER_PER_HOUR", "2".into()),
    ];
    let app = spawn_app_with(b, Options { vars }).await;

    // Sign-up: the code page, nothing sent, and the fixed code proves the number.
    assert_eq!(app.sign_up(TEST_NUMBER).await.status(), 200);
    assert_eq!(app.outbox(TEST_NUMBER).await, Vec::<serde_json::Value>::new(), "nothing reaches the provider");
    let r = app.call("verify", &[("code", "000000")]).await;
    assert_eq!(r.status(), 422, "a wrong code is wrong (and costs a try)");
    assert_eq!(error_json(r).await["WrongCode"]["tries_left"], 4);
    let r = app.call("verify", &[("code", FIXED)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile?notice=welcome".to_string()));
    assert_eq!(app.call("sign-out", &[]).await.status(), 200);

    // Passwordless sign-in, over and over: no cooldown, no per-number limit, no budget.
    let browser = new_client();
    for _ in 0..6 {
        let r = app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", TEST_NUMBER)]).await;
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    }
    let r = app.call_with(&browser, "sign-in-with-code", &[("code", FIXED)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".to_string()));
    assert_eq!(app.outbox(TEST_NUMBER).await, Vec::<serde_json::Value>::new());

    // The budget is untouched: a real number still gets its one code of the day.
    let real = random_phone();
    assert_eq!(app.call_with(&new_client(), "send-sign-in-code", &[("country", "GB"), ("phone", &real)]).await.status(), 200);
    assert_eq!(app.call_with(&new_client(), "send-sign-in-code", &[("country", "GB"), ("phone", &random_phone())]).await.status(), 429);

    // Every code issued is in the activity, said for what it is.
    let p = phone_auth::domain::PhoneNumber::parse(None, TEST_NUMBER, &[]).unwrap();
    let user = app.state.db.user_by_phone(&p).await.unwrap().unwrap();
    let events = app.state.db.recent_audit(user.id, 50).await.unwrap();
    let fixed: Vec<_> = events.iter().filter(|e| e.detail.test_number == Some(true)).collect();
    assert_eq!(fixed.len(), 7, "the sign-up's code and six sign-in codes");
    assert_eq!(
        fixed[0].kind.words(&fixed[0].detail, "Firefox on Windows").text,
        "A code for this test number was issued: its code is fixed, nothing was sent"
    );

    // Off the list (another instance, same database, same secret), a fixed code issued
    // under the list no longer works.
    let db_url = app.state.config.database_url.clone();
    let other = spawn_app_on(db_url, Options::default()).await;
    let browser = new_client();
    let r = app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", TEST_NUMBER)]).await;
    assert_eq!(r.status(), 200);
    let r = other.call_with(&browser, "sign-in-with-code", &[("code", FIXED)]).await;
    assert_eq!(r.status(), 422, "the fixed code is just a guess there");
    assert!(error_json(r).await["WrongCode"].is_object());
}
on_both!(a_test_number_signs_up_and_in_with_its_fixed_code_sending_nothing);

/// A destination country's daily cap (`COUNTRY_DAILY_CAPS`): sends there stop with the
/// budget sentence while other countries go on; the metric counts it.
async fn a_country_cap_stops_sends_there_only(b: Backend) {
    let vars = vec![("COUNTRY_DAILY_CAPS", "*:100,GB:2".to_string())];
    let app = spawn_app_with(b, Options { vars }).await;
    let send = |phone: String| {
        let app = &app;
        async move { app.call_with(&new_client(), "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await }
    };
    assert_eq!(send(random_phone()).await.status(), 200);
    assert_eq!(send(random_phone()).await.status(), 200);
    let r = send(random_phone()).await;
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
    assert!(error_json(r).await["TooManySends"]["minutes"].as_u64().unwrap() >= 1);
    // France is under the * cap.
    assert_eq!(send("+33612345678".into()).await.status(), 200);
    let metrics = app.state.metrics.render(None, &[]);
    assert!(metrics.contains("phone_auth_rate_limited_total{limit=\"country_cap\"} 1"), "{metrics}");
}
on_both!(a_country_cap_stops_sends_there_only);
