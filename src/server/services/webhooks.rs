//! Delivering the outbox's events to `WEBHOOK_URL` as the Standard Webhooks
//! specification says: a JSON POST with `webhook-id` (the event's id, the same on every
//! try, for the receiver to drop repeats), `webhook-timestamp` (unix seconds of this try)
//! and `webhook-signature` (`v1,` and the base64 of HMAC-SHA256 over
//! `{id}.{timestamp}.{body}` with the key of `WEBHOOK_SECRET`). Every instance runs the
//! loop; an event is claimed with a lease (see `Db::claim_webhooks`), so one instance
//! delivers it. A 2xx delivers it; anything else is tried again after 5 s, 5 min, 30 min,
//! 2 h, 5 h, then every 10 h, for 24 h.

use std::time::Duration;

use base64::Engine as _;
use hmac::{Hmac, Mac};

use crate::server::clock::now;
use crate::server::db::webhooks::Claimed;
use crate::server::state::AppState;

/// How long an instance holds a claimed event (longer than one try can take).
pub const LEASE: i64 = 60;
/// Each try's timeout.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// Events claimed at once by one instance (and posted concurrently).
pub const BATCH: i64 = 16;
/// How often an idle instance looks for due events.
pub const POLL: Duration = Duration::from_millis(500);

/// The pause before try `attempt + 1` after `attempt` failed tries (Standard Webhooks'
/// suggested schedule).
pub fn backoff(attempts: i64) -> i64 {
    match attempts {
        ..=1 => 5,
        2 => 5 * 60,
        3 => 30 * 60,
        4 => 2 * 3600,
        5 => 5 * 3600,
        _ => 10 * 3600,
    }
}

/// `webhook-signature`'s value for one try.
pub fn signature(key: &[u8], id: &str, timestamp: i64, body: &str) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(format!("{id}.{timestamp}.{body}").as_bytes());
    format!("v1,{}", base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes()))
}

/// Delivers due events until the task is stopped; does nothing without `WEBHOOK_URL`.
pub async fn deliver_loop(state: AppState) {
    let Some(hooks) = state.config.webhooks.clone() else { return };
    let instance = {
        use rand::Rng;
        format!("{:016x}", rand::rngs::OsRng.gen::<u64>())
    };
    let http = match reqwest::Client::builder().timeout(TIMEOUT).connect_timeout(TIMEOUT).build() {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "webhooks: could not build the HTTP client; no webhooks will be delivered");
            return;
        }
    };
    loop {
        let claimed = match state.db.claim_webhooks(&instance, now(), LEASE, BATCH).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "webhooks: could not read the outbox");
                Vec::new()
            }
        };
        if claimed.is_empty() {
            tokio::time::sleep(POLL).await;
            continue;
        }
        let mut tries = tokio::task::JoinSet::new();
        for event in claimed {
            let (state, http, hooks, instance) = (state.clone(), http.clone(), hooks.clone(), instance.clone());
            tries.spawn(async move { deliver_one(&state, &http, &hooks.url, &hooks.key.0, &instance, event).await });
        }
        while tries.join_next().await.is_some() {}
    }
}

async fn deliver_one(state: &AppState, http: &reqwest::Client, url: &str, key: &[u8], instance: &str, event: Claimed) {
    let ts = now();
    let sent = http
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("webhook-id", &event.event_id)
        .header("webhook-timestamp", ts.to_string())
        .header("webhook-signature", signature(key, &event.event_id, ts, &event.payload))
        .body(event.payload.clone())
        .send()
        .await;
    let outcome = match sent {
        Ok(r) if r.status().is_success() => Ok(()),
        Ok(r) => Err(format!("HTTP {}", r.status().as_u16())),
        Err(e) if e.is_timeout() => Err("timeout".to_string()),
        Err(e) if e.is_connect() => Err("connection failed".to_string()),
        Err(_) => Err("request failed".to_string()),
    };
    let t = now();
    let recorded = match outcome {
        Ok(()) => {
            state.metrics.webhook(&event.event_type, "delivered");
            tracing::info!(event = %event.event_id, kind = %event.event_type, attempts = event.attempts, "webhook delivered");
            state.db.webhook_delivered(event.id, instance, t).await
        }
        Err(error) => {
            let next = t + backoff(event.attempts);
            let give_up = next > event.retry_until;
            if give_up {
                state.metrics.webhook(&event.event_type, "abandoned");
                tracing::error!(event = %event.event_id, kind = %event.event_type, attempts = event.attempts, %error, "webhook abandoned after 24 hours of tries (`phone-auth webhooks retry ID` tries again)");
            } else {
                state.metrics.webhook(&event.event_type, "failed");
                tracing::warn!(event = %event.event_id, kind = %event.event_type, attempts = event.attempts, %error, retry_in_s = next - t, "webhook not delivered");
            }
            state.db.webhook_failed(event.id, instance, &error, next, give_up, t).await
        }
    };
    if let Err(e) = recorded {
        // The lease runs out and the event is tried again: a receiver drops the repeat by its id.
        tracing::warn!(error = %e, "webhooks: could not record a try");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the Standard Webhooks specification's reference implementations.
    #[test]
    fn signature_matches_the_specifications_example() {
        let key = base64::engine::general_purpose::STANDARD.decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let sig = signature(&key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, r#"{"test": 2432232314}"#);
        assert_eq!(sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    #[test]
    fn backoff_grows_to_ten_hours() {
        let pauses: Vec<i64> = (1..=8).map(backoff).collect();
        assert_eq!(pauses, [5, 300, 1800, 7200, 18000, 36000, 36000, 36000]);
    }
}
