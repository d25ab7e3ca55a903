//! SMS pumping brakes: the daily send budget of the whole service, allowed countries, and
//! number types that cannot receive SMS, all checked before anything is sent.

use crate::helpers::*;
use crate::on_both;
use serde_json::json;

async fn the_daily_budget_stops_sends_for_everyone(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("DAILY_SEND_BUDGET", "2".into())] }).await;
    let (a, c) = (random_phone(), random_phone());
    assert_eq!(
        app.call_with(&new_client(), "sign-up", &[("country", "GB"), ("phone", &a), ("password", PASSWORD), ("confirm", PASSWORD)])
            .await
            .status(),
        200
    );
    assert_eq!(app.call_with(&new_client(), "send-reset-code", &[("country", "GB"), ("phone", &random_phone())]).await.status(), 200);
    let r =
        app.call_with(&new_client(), "sign-up", &[("country", "GB"), ("phone", &c), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
    assert_eq!(r.status(), 429);
    let e = error_json(r).await;
    assert!(e["TooManySends"]["minutes"].as_u64().is_some(), "{e}");
    assert!(app.outbox(&c).await.is_empty());
}
on_both!(the_daily_budget_stops_sends_for_everyone);

async fn only_allowed_countries_and_mobile_numbers_get_codes(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("SMS_ALLOWED_COUNTRIES", "GB,IE".into())] }).await;
    let cases = [
        ("US", "+12015550123", "Phone numbers from this country are not accepted."),
        ("GB", "0909 879 0000", "This number cannot receive text messages. Use a mobile number."),
        ("GB", "020 7946 0018", "This number cannot receive text messages. Use a mobile number."),
    ];
    for (country, number, sentence) in cases {
        for endpoint in ["sign-up", "send-sign-in-code", "send-reset-code"] {
            let r = app
                .call_with(
                    &new_client(),
                    endpoint,
                    &[("country", country), ("phone", number), ("password", PASSWORD), ("confirm", PASSWORD)],
                )
                .await;
            assert_eq!(error_json(r).await, json!({"Invalid": {"field": "Phone", "message": sentence}}), "{endpoint} {number}");
        }
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM verification_codes WHERE phone <> $1", "").await, 0, "nothing sent or stored");
    assert_eq!(app.sign_up(&random_phone()).await.status(), 200, "GB still works");
}
on_both!(only_allowed_countries_and_mobile_numbers_get_codes);
