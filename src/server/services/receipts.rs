//! Delivery receipts: what Twilio (`StatusCallback` of Messages and Calls) and Vonage
//! (the `callback` of each SMS) report about a code's message. A receipt counts only when
//! it is the provider's (Twilio: `X-Twilio-Signature`; Vonage: its `sig` when
//! `VONAGE_SIGNATURE_SECRET` is set, and its API key) and names a message the app sent;
//! it moves the code's delivery state forward only (see `Db::record_receipt`).

use base64::Engine as _;
use hmac::{Hmac, Mac};
use subtle::ConstantTimeEq;

use crate::domain::delivery::DeliveryState;
use crate::domain::PhoneNumber;
use crate::server::clock::now;
use crate::server::db::codes::Receipt;
use crate::server::state::AppState;

/// Why a receipt was not taken.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// No provider of that kind is configured, or it asks for no receipts.
    NotConfigured,
    /// The signature is missing or wrong, or it is too old (403).
    BadSignature,
    /// It lacks a field a receipt has (400).
    Malformed,
    /// It could not be recorded now (503: the provider tries again).
    Failed,
    /// No code was sent with that message id (404).
    UnknownMessage,
}

/// What a taken receipt did.
#[derive(Debug, PartialEq, Eq)]
pub enum Taken {
    /// The code's delivery moved to this state.
    Moved(DeliveryState),
    /// Known message, nothing new (late, repeated, or a state that says nothing).
    Unchanged,
}

/// A Vonage receipt's signed `timestamp` may be this far from our clock (seconds).
pub const VONAGE_SIGNATURE_WINDOW: i64 = 300;

/// Twilio's request signature: base64 of HMAC-SHA1, keyed with the account's auth
/// token, over the full URL Twilio requested followed by each POST parameter's name and
/// value, sorted by name.
pub fn twilio_signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(auth_token.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(url.as_bytes());
    for (k, v) in sorted {
        mac.update(k.as_bytes());
        mac.update(v.as_bytes());
    }
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Vonage's signature of a webhook (HMAC-SHA256 with the signature secret, lower-case
/// hex): over `&name=value` for each parameter but `sig`, sorted by name, with `&` and
/// `=` in values replaced by `_`.
pub fn vonage_signature(secret: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().filter(|(k, _)| k != "sig").collect();
    sorted.sort();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    for (k, v) in sorted {
        mac.update(format!("&{k}={}", v.replace(['&', '='], "_")).as_bytes());
    }
    hex::encode(mac.finalize().into_bytes())
}

fn get<'a>(params: &'a [(String, String)], key: &str) -> Option<&'a str> {
    params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).filter(|v| !v.is_empty())
}

fn same(a: &str, b: &str) -> bool {
    bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// A Twilio status callback: `url` is the full URL it was posted to (the public URL and
/// the request's path and query), `signature` the `X-Twilio-Signature` header.
pub async fn twilio(state: &AppState, url: &str, signature: Option<&str>, params: &[(String, String)]) -> Result<Taken, Refused> {
    let Some(token) = &state.config.receipts.twilio_auth_token else { return Err(Refused::NotConfigured) };
    if !state.config.sms.iter().any(|p| p.name() == "twilio") {
        return Err(Refused::NotConfigured);
    }
    let expected = twilio_signature(token.expose(), url, params);
    if !signature.is_some_and(|s| same(s, &expected)) {
        tracing::warn!("a Twilio status callback with a wrong or missing signature was refused");
        return Err(Refused::BadSignature);
    }
    let (id, status) = match (get(params, "MessageSid"), get(params, "CallSid")) {
        (Some(sid), _) => (sid, get(params, "MessageStatus").or(get(params, "SmsStatus"))),
        (None, Some(sid)) => (sid, get(params, "CallStatus")),
        _ => return Err(Refused::Malformed),
    };
    let Some(status) = status else { return Err(Refused::Malformed) };
    let error = get(params, "ErrorCode");
    record(state, "twilio", id, None, DeliveryState::from_twilio(status), error).await
}

/// A Vonage delivery receipt (query string, form or JSON, flattened to `params`).
pub async fn vonage(state: &AppState, params: &[(String, String)]) -> Result<Taken, Refused> {
    if !state.config.sms.iter().any(|p| p.name() == "vonage") {
        return Err(Refused::NotConfigured);
    }
    let receipts = &state.config.receipts;
    if let Some(secret) = &receipts.vonage_signature_secret {
        let fresh =
            get(params, "timestamp").and_then(|t| t.parse::<i64>().ok()).is_some_and(|t| (now() - t).abs() <= VONAGE_SIGNATURE_WINDOW);
        let expected = vonage_signature(secret.expose(), params);
        let signed = get(params, "sig").is_some_and(|s| same(&s.to_ascii_lowercase(), &expected));
        if !(signed && fresh) {
            tracing::warn!(signed, fresh, "a Vonage delivery receipt with a wrong, missing or stale signature was refused");
            return Err(Refused::BadSignature);
        }
    }
    // A receipt for another Vonage account is not ours to take.
    if let (Some(ours), Some(theirs)) = (&receipts.vonage_api_key, get(params, "api-key")) {
        if !same(ours, theirs) {
            return Err(Refused::UnknownMessage);
        }
    }
    let (Some(id), Some(status), Some(msisdn)) = (get(params, "messageId"), get(params, "status"), get(params, "msisdn")) else {
        return Err(Refused::Malformed);
    };
    let phone = format!("+{}", msisdn.trim_start_matches('+'));
    let error = get(params, "err-code").filter(|c| *c != "0");
    record(state, "vonage", id, Some(&phone), DeliveryState::from_vonage(status), error).await
}

async fn record(
    state: &AppState,
    provider: &str,
    message_id: &str,
    phone: Option<&str>,
    delivery: Option<DeliveryState>,
    error: Option<&str>,
) -> Result<Taken, Refused> {
    if message_id.len() > 64 || error.is_some_and(|e| e.len() > 16) {
        return Err(Refused::Malformed);
    }
    // A state that says nothing of delivery is still checked against the stored ids, so
    // a made-up id is refused however it is dressed.
    let receipt = match delivery {
        Some(d) => state.db.record_receipt(provider, message_id, phone, d, error, now()).await,
        None => {
            state.db.knows_message(provider, message_id, phone).await.map(|known| if known { Receipt::Stale } else { Receipt::Unknown })
        }
    };
    let receipt = receipt.map_err(|e| {
        tracing::error!(error = %e, "could not record a delivery receipt");
        // Not taken: the provider will try again.
        Refused::Failed
    })?;
    match (receipt, delivery) {
        (Receipt::Unknown, _) => {
            tracing::warn!(provider, "a delivery receipt for a message we did not send was refused");
            Err(Refused::UnknownMessage)
        }
        (Receipt::Moved { phone, .. }, Some(d)) => {
            let country = PhoneNumber::from_stored(phone.clone()).region().unwrap_or("unknown");
            state.metrics.delivery(provider, country, d.as_str());
            if d.is_failure() {
                tracing::warn!(provider, to = %PhoneNumber::from_stored(phone).masked(), state = d.as_str(), error = error.unwrap_or("none"), "a code was not delivered");
            } else {
                tracing::info!(provider, state = d.as_str(), "delivery receipt");
            }
            Ok(Taken::Moved(d))
        }
        _ => Ok(Taken::Unchanged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    /// Twilio's documented example (the security page of its webhooks docs).
    #[test]
    fn twilio_signature_matches_twilios_example() {
        let params = pairs(&[
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]);
        let sig = twilio_signature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", &params);
        assert_eq!(sig, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    #[test]
    fn vonage_signature_sorts_and_escapes() {
        let params = pairs(&[("b", "x=y"), ("a", "1&2"), ("sig", "ignored")]);
        let mut mac = Hmac::<sha2::Sha256>::new_from_slice(b"secret").unwrap();
        mac.update(b"&a=1_2&b=x_y");
        assert_eq!(vonage_signature("secret", &params), hex::encode(mac.finalize().into_bytes()));
    }
}
