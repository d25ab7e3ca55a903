//! New-browser alerts: a complete sign-in from a browser the account has not used before
//! sends its number one SMS (not for the account's first browser, not for a browser it
//! knows), within the daily send budget, recorded in the activity; concurrent sign-ins
//! from one new browser tell once; ALERT_NEW_DEVICE=0 turns it off. On SQLite and
//! PostgreSQL.

use crate::helpers::*;
use crate::on_both;
use phone_auth::domain::AuditKind;

/// The bodies of the notices (not codes) sent to `phone`.
async fn notices(app: &TestApp, phone: &str) -> Vec<String> {
    app.outbox(phone).await.iter().filter(|m| m["purpose"] == "notice").map(|m| m["body"].as_str().unwrap().to_string()).collect()
}

async fn devices_seen(app: &TestApp, phone: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT devices_seen FROM users WHERE phone = $1")
        .bind(phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    n
}

async fn sign_in(app: &TestApp, browser: &reqwest::Client, phone: &str) -> reqwest::Response {
    let r = app.call_with(browser, "sign-in", &[("country", "GB"), ("phone", phone), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 200, "sign-in of {phone}");
    r
}

/// The device cookie a response sets, if any.
fn device_cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("pa_device="))
        .map(str::to_string)
}

/// The account's alert events, newest first: whether each went.
async fn alert_events(app: &TestApp, phone: &str) -> Vec<Option<bool>> {
    let p = phone_auth::domain::PhoneNumber::parse(None, phone, &[]).unwrap();
    let user = app.state.db.user_by_phone(&p).await.unwrap().unwrap();
    let events = app.state.db.recent_audit(user.id, 50).await.unwrap();
    events.iter().filter(|e| e.kind == AuditKind::NewDeviceAlert).map(|e| e.detail.alert_sent).collect()
}

/// An app with the alerts on (as by default; the other tests' apps have them off).
async fn alerting_app(b: Backend, mut vars: Vec<(&'static str, String)>) -> TestApp {
    vars.push(("ALERT_NEW_DEVICE", "1".into()));
    spawn_app_with(b, Options { vars }).await
}

async fn a_browser_new_to_the_account_is_told_once(b: Backend) {
    let app = alerting_app(b, vec![]).await;
    let phone = random_phone();
    // The sign-up's browser is the account's first: no news.
    app.signed_up_and_verified(&phone).await;
    settle(&app).await;
    assert_eq!(devices_seen(&app, &phone).await, 1);
    assert_eq!(notices(&app, &phone).await, Vec::<String>::new());

    // Another browser: one alert, naming where to act.
    let other = new_client();
    let r = sign_in(&app, &other, &phone).await;
    let cookie = device_cookie(&r).expect("the new browser gets a device cookie");
    let id = cookie.strip_prefix("pa_device=").unwrap().split(';').next().unwrap().to_string();
    assert!(id.len() == 32 && id.bytes().all(|c| c.is_ascii_hexdigit()), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Max-Age=34560000"), "{cookie}");
    settle(&app).await;
    let told = notices(&app, &phone).await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].starts_with("Phone Auth: new sign-in to your account from ") && told[0].contains("Not you? Change your password at "));
    assert!(told[0].ends_with("/profile"), "{}", told[0]);
    assert_eq!(alert_events(&app, &phone).await, vec![Some(true)]);
    let known = app.state.db.user_by_phone(&phone_auth::domain::PhoneNumber::parse(None, &phone, &[]).unwrap()).await.unwrap().unwrap();
    let words = app.state.db.recent_audit(known.id, 1).await.unwrap().remove(0);
    assert!(words
        .kind
        .words(&words.detail, "Firefox on Windows")
        .text
        .starts_with("First sign-in from Firefox on Windows: we sent an alert"));

    // Known browsers again (the sign-up's and the other): nothing new; no cookie to set.
    assert_eq!(device_cookie(&sign_in(&app, &app.client, &phone).await), None);
    assert_eq!(device_cookie(&sign_in(&app, &other, &phone).await), None);
    // A browser whose cookie is not one of ours is a new browser.
    let forged = client_with_cookie("pa_device=not-a-device-id");
    assert!(device_cookie(&sign_in(&app, &forged, &phone).await).is_some());
    settle(&app).await;
    assert_eq!(devices_seen(&app, &phone).await, 3);
    assert_eq!(notices(&app, &phone).await.len(), 2);
    assert_eq!(alert_events(&app, &phone).await, vec![Some(true), Some(true)]);
}
on_both!(a_browser_new_to_the_account_is_told_once);

/// Of 50 sign-ins at once from one new browser, one finds it new; 50 new browsers at
/// once each get their own count (the database decides, on both databases); and ten
/// concurrent sign-ins from one new browser send one alert.
async fn concurrent_sign_ins_from_one_new_browser_tell_once(b: Backend) {
    let app = alerting_app(b, vec![]).await;
    let phone = app.verified_accounts(1).await.remove(0);
    let user = app.state.db.user_by_phone(&phone_auth::domain::PhoneNumber::parse(None, &phone, &[]).unwrap()).await.unwrap().unwrap();
    let db = app.state.db.clone();
    let same: Vec<_> = (0..50)
        .map(|_| {
            let db = db.clone();
            tokio::spawn(async move { db.remember_device(user.id, "same-browser", 1).await.unwrap() })
        })
        .collect();
    let mut firsts = vec![];
    for t in same {
        firsts.extend(t.await.unwrap());
    }
    assert_eq!(firsts, vec![1], "one of 50 finds the browser new");
    let many: Vec<_> = (0..50)
        .map(|i| {
            let db = db.clone();
            tokio::spawn(async move { db.remember_device(user.id, &format!("browser-{i}"), 2).await.unwrap() })
        })
        .collect();
    let mut counts = vec![];
    for t in many {
        counts.push(t.await.unwrap().expect("each is new"));
    }
    counts.sort();
    assert_eq!(counts, (2..=51).collect::<Vec<i64>>(), "every new browser its own count");
    // The account keeps its 50 most recent browsers.
    let (kept,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM known_devices WHERE user_id = $1")
        .bind(user.id)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(kept, phone_auth::server::db::devices::KEPT_PER_ACCOUNT);

    // Over HTTP: one browser (one device cookie) signing in ten times at once.
    let browser = client_with_cookie("pa_device=0123456789abcdef0123456789abcdef");
    let tries: Vec<_> = (0..10)
        .map(|_| {
            let (browser, url, phone) = (browser.clone(), app.url("/api/sign-in"), phone.clone());
            tokio::spawn(async move {
                browser
                    .post(url)
                    .form(&[("country", "GB"), ("phone", phone.as_str()), ("password", PASSWORD)])
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    let mut ok = 0;
    for t in tries {
        let status = t.await.unwrap();
        assert!(status == 200 || status == 503, "{status}");
        ok += usize::from(status == 200);
    }
    assert!(ok >= 1);
    settle(&app).await;
    assert_eq!(notices(&app, &phone).await.len(), 1, "one alert for the one new browser");
}
on_both!(concurrent_sign_ins_from_one_new_browser_tell_once);

/// ALERT_NEW_DEVICE=0: browsers are still remembered, nobody is told; and with the daily
/// send budget spent the alert is not sent, and the activity says so.
async fn off_or_out_of_budget_no_sms(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("ALERT_NEW_DEVICE", "0".into())] }).await;
    let phone = app.verified_accounts(1).await.remove(0);
    for _ in 0..3 {
        sign_in(&app, &new_client(), &phone).await;
    }
    settle(&app).await;
    assert_eq!(devices_seen(&app, &phone).await, 3);
    assert_eq!(notices(&app, &phone).await, Vec::<String>::new());
    assert_eq!(alert_events(&app, &phone).await, vec![]);

    let app = alerting_app(b, vec![("DAILY_SEND_BUDGET", "1".into())]).await;
    let phone = app.verified_accounts(1).await.remove(0);
    for _ in 0..3 {
        sign_in(&app, &new_client(), &phone).await;
    }
    settle(&app).await;
    assert_eq!(notices(&app, &phone).await.len(), 1, "the budget's one unit");
    // (The refused one is recorded at once, the sent one after its send: either order.)
    let mut events = alert_events(&app, &phone).await;
    events.sort();
    assert_eq!(events, vec![Some(false), Some(true)]);
}
on_both!(off_or_out_of_budget_no_sms);
