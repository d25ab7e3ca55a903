//! Vonage's SMS API (formerly Nexmo), as its OpenAPI document describes it
//! (`shared/vonage-oai/sms.yml`, vendored for the contract test): `POST {api_base}/sms/json`,
//! form-encoded `api_key`, `api_secret`, `from`, `to` (digits, no `+`), `text`,
//! `type=unicode` when the text is not GSM-7, `callback` (where its delivery receipt
//! goes) and `client-ref`. The answer is JSON whose `messages[].status` is `"0"` when the
//! message was accepted and an error code otherwise, even with HTTP 200. SMS only: the
//! app owns the code ([`LocalCodeVerifier`](super::LocalCodeVerifier)).

use std::time::Duration;

use serde::Deserialize;

use super::{DeliveryError, MessageSender, MessageTexts, Outgoing};
use crate::domain::{Channel, PhoneNumber};

/// How to reach Vonage and who the messages come from.
#[derive(Clone)]
pub struct VonageConfig {
    /// e.g. `https://rest.nexmo.com`, no trailing slash.
    pub api_base: String,
    /// The account's API key (8 characters).
    pub api_key: String,
    /// The API secret. Never logged.
    pub api_secret: String,
    /// The sender: a number (E.164, sent without `+`) or an alphanumeric sender id.
    pub from: String,
    /// Per-request timeout (connect + answer).
    pub timeout: Duration,
    /// Where Vonage sends each message's delivery receipt (`callback`), e.g.
    /// `https://auth.example.com/hooks/vonage/receipt`.
    pub callback: Option<String>,
}

impl std::fmt::Debug for VonageConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VonageConfig")
            .field("api_base", &self.api_base)
            .field("api_key", &self.api_key)
            .field("api_secret", &"<redacted>")
            .field("from", &self.from)
            .field("timeout", &self.timeout)
            .field("callback", &self.callback)
            .finish()
    }
}

/// Concurrent requests to Vonage; more wait (up to the timeout) for a turn.
pub const MAX_IN_FLIGHT: usize = 32;

/// Sends codes through Vonage's SMS API.
pub struct VonageSms {
    cfg: VonageConfig,
    http: reqwest::Client,
    in_flight: tokio::sync::Semaphore,
}

impl std::fmt::Debug for VonageSms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VonageSms").field("cfg", &self.cfg).finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct Answer {
    #[serde(default)]
    messages: Vec<AnswerMessage>,
}

#[derive(Deserialize)]
struct AnswerMessage {
    status: Option<String>,
    #[serde(rename = "message-id")]
    message_id: Option<String>,
    #[serde(rename = "error-text")]
    error_text: Option<String>,
}

/// One try: accepted (with the first part's message id), final, or worth one more.
enum Attempt {
    Accepted(String),
    Failed(DeliveryError),
    Retryable(DeliveryError),
}

impl VonageSms {
    /// `http` is the process's one shared client.
    pub fn new(cfg: VonageConfig, http: reqwest::Client) -> Self {
        VonageSms { cfg, http, in_flight: tokio::sync::Semaphore::new(MAX_IN_FLIGHT) }
    }

    fn url(&self) -> String {
        format!("{}/sms/json", self.cfg.api_base.trim_end_matches('/'))
    }

    async fn attempt(&self, form: &[(&str, &str)]) -> Attempt {
        let sent = self
            .http
            .post(self.url())
            .header(reqwest::header::ACCEPT, "application/json")
            .timeout(self.cfg.timeout)
            .form(form)
            .send()
            .await;
        let resp = match sent {
            Ok(resp) => resp,
            Err(e) => {
                let kind = if e.is_timeout() {
                    "timeout"
                } else if e.is_connect() {
                    "connection failed"
                } else {
                    "request failed"
                };
                let err = DeliveryError::Unavailable { detail: format!("no answer from Vonage: {kind}") };
                return if e.is_builder() { Attempt::Failed(err) } else { Attempt::Retryable(err) };
            }
        };
        let status = resp.status();
        let body = resp.text().await.unwrap_or_default();
        if status.is_server_error() {
            return Attempt::Retryable(DeliveryError::Unavailable { detail: format!("HTTP {}", status.as_u16()) });
        }
        if !status.is_success() {
            let detail = format!("HTTP {}", status.as_u16());
            return Attempt::Failed(match status.as_u16() {
                401 | 403 => DeliveryError::BadCredentials { detail },
                429 => DeliveryError::TooManySends { detail },
                _ => DeliveryError::Rejected { detail },
            });
        }
        let Ok(answer) = serde_json::from_str::<Answer>(&body) else {
            // It may have been accepted: sending again could deliver the code twice.
            return Attempt::Failed(DeliveryError::Unavailable { detail: format!("HTTP {} with an unreadable answer", status.as_u16()) });
        };
        if answer.messages.is_empty() {
            return Attempt::Failed(DeliveryError::Unavailable { detail: "an answer without messages".into() });
        }
        // A long text goes as several parts, each with its status: all must be accepted.
        if let Some(failed) = answer.messages.iter().find(|m| m.status.as_deref() != Some("0")) {
            let err = map_vonage_status(failed.status.as_deref().unwrap_or(""), failed.error_text.as_deref().unwrap_or(""));
            return if matches!(err, DeliveryError::Unavailable { .. }) { Attempt::Retryable(err) } else { Attempt::Failed(err) };
        }
        match answer.messages[0].message_id.clone().filter(|id| !id.is_empty() && id.len() <= 64) {
            Some(id) => Attempt::Accepted(id),
            None => Attempt::Failed(DeliveryError::Unavailable { detail: "accepted without a message id".into() }),
        }
    }

    /// Sends `text` to `to`; `what` ("sms", "notice" or the purpose) is for the log. Once
    /// more after a connection error, a timeout, a 5xx or status 5, with a pause between.
    async fn post(&self, to: &PhoneNumber, text: &str, client_ref: &str, with_receipt: bool, what: &str) -> Result<String, DeliveryError> {
        let Ok(Ok(_turn)) = tokio::time::timeout(self.cfg.timeout, self.in_flight.acquire()).await else {
            return Err(DeliveryError::Unavailable { detail: format!("{MAX_IN_FLIGHT} requests to Vonage already in flight") });
        };
        let digits = to.as_str().trim_start_matches('+');
        let from = self.cfg.from.trim_start_matches('+');
        let mut form = vec![
            ("api_key", self.cfg.api_key.as_str()),
            ("api_secret", self.cfg.api_secret.as_str()),
            ("from", from),
            ("to", digits),
            ("text", text),
            ("client-ref", client_ref),
        ];
        if !is_gsm7(text) {
            form.push(("type", "unicode"));
        }
        match (&self.cfg.callback, with_receipt) {
            (Some(url), true) => form.push(("callback", url.as_str())),
            // No receipt wanted (a notice): none is asked for.
            _ => form.push(("status-report-req", "false")),
        }
        let mut outcome = self.attempt(&form).await;
        if let Attempt::Retryable(err) = &outcome {
            tracing::warn!(to = %to.masked(), what, error = %err, "vonage unavailable, retrying once");
            tokio::time::sleep(super::twilio::jitter()).await;
            outcome = self.attempt(&form).await;
        }
        match outcome {
            Attempt::Accepted(id) => {
                tracing::info!(message_id = %id, to = %to.masked(), what, "vonage accepted the message");
                Ok(id)
            }
            Attempt::Failed(err) | Attempt::Retryable(err) => {
                match err {
                    DeliveryError::BadCredentials { .. } | DeliveryError::Rejected { .. } => {
                        tracing::error!(to = %to.masked(), what, error = %err, "vonage refused the request")
                    }
                    _ => tracing::warn!(to = %to.masked(), what, error = %err, "vonage did not send it"),
                }
                Err(err)
            }
        }
    }
}

#[async_trait::async_trait]
impl MessageSender for VonageSms {
    async fn send(&self, msg: &Outgoing, texts: &MessageTexts) -> Result<Option<String>, DeliveryError> {
        if msg.channel == Channel::Voice {
            // Not offered: `can_call` is false.
            return Err(DeliveryError::Rejected { detail: "the Vonage SMS API does not place calls".into() });
        }
        let client_ref = format!("phone-auth-{}", msg.purpose.as_str());
        let id = self.post(&msg.to, &texts.sms_body, &client_ref, true, msg.purpose.as_str()).await?;
        Ok(self.cfg.callback.as_ref().map(|_| id))
    }

    async fn send_notice(&self, to: &PhoneNumber, body: &str) -> Result<(), DeliveryError> {
        self.post(to, body, "phone-auth-notice", false, "notice").await.map(|_| ())
    }

    fn can_call(&self) -> bool {
        false
    }

    fn typical_latency(&self) -> Duration {
        super::twilio::TYPICAL_LATENCY
    }
}

/// A Vonage `messages[].status` other than `"0"` as a [`DeliveryError`]; `error_text` is
/// Vonage's own words, kept for the log (numbers masked).
pub fn map_vonage_status(status: &str, error_text: &str) -> DeliveryError {
    let detail = format!("status {status}: {}", super::twilio::redact_numbers(&error_text.chars().take(200).collect::<String>()));
    match status {
        // Missing or invalid parameters, an unprocessable message (an unknown prefix).
        "2" | "3" | "6" => DeliveryError::InvalidNumber { detail },
        // Barred: the number may not receive messages; like an opt-out.
        "7" => DeliveryError::OptedOut { detail },
        // De-activated.
        "33" => DeliveryError::InvalidNumber { detail },
        "1" => DeliveryError::TooManySends { detail },
        // Credentials, a suspended account, no credit, demo-mode destinations: the
        // operator's to fix.
        "4" | "8" | "9" | "29" => DeliveryError::BadCredentials { detail },
        "5" | "10" => DeliveryError::Unavailable { detail },
        _ => DeliveryError::Rejected { detail },
    }
}

/// Whether every character is in the GSM 03.38 default alphabet or its extension table
/// (otherwise the message must go as `type=unicode`).
pub fn is_gsm7(text: &str) -> bool {
    const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const EXTENDED: &str = "^{}\\[~]|€\u{c}";
    text.chars().all(|c| BASIC.contains(c) || EXTENDED.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(e: &DeliveryError) -> &'static str {
        match e {
            DeliveryError::InvalidNumber { .. } => "InvalidNumber",
            DeliveryError::OptedOut { .. } => "OptedOut",
            DeliveryError::TooManySends { .. } => "TooManySends",
            DeliveryError::BadCredentials { .. } => "BadCredentials",
            DeliveryError::Unavailable { .. } => "Unavailable",
            DeliveryError::Rejected { .. } => "Rejected",
            _ => "other",
        }
    }

    #[test]
    fn each_status_maps_to_its_error() {
        let rows = [
            ("1", "TooManySends"),
            ("2", "InvalidNumber"),
            ("3", "InvalidNumber"),
            ("6", "InvalidNumber"),
            ("7", "OptedOut"),
            ("33", "InvalidNumber"),
            ("4", "BadCredentials"),
            ("8", "BadCredentials"),
            ("9", "BadCredentials"),
            ("29", "BadCredentials"),
            ("5", "Unavailable"),
            ("15", "Rejected"),
            ("23", "Rejected"),
        ];
        for (status, want) in rows {
            assert_eq!(kind(&map_vonage_status(status, "x")), want, "status {status}");
        }
    }

    #[test]
    fn numbers_in_vonage_words_are_masked() {
        let e = map_vonage_status("6", "Unroutable message to 447700900123 - rejected");
        assert!(!format!("{e}").contains("447700900123"), "{e}");
    }

    #[test]
    fn gsm7_or_unicode() {
        assert!(is_gsm7("Phone Auth: your sign-in code is 123456. It expires in 5 min.\n\n@example.com #123456"));
        assert!(!is_gsm7("Ça coûte 5€ [ok]"), "û is not GSM-7");
        assert!(is_gsm7("Çava 5€ [ok] {x}"));
        assert!(!is_gsm7("रमेश: 123456"));
        assert!(!is_gsm7("Code 123456 ✓"));
    }

    #[test]
    fn debug_hides_the_secret() {
        let cfg = VonageConfig {
            api_base: "https://rest.nexmo.com".into(),
            api_key: "abcd1234".into(),
            api_secret: "very-secret-value".into(),
            from: "PhoneAuth".into(),
            timeout: Duration::from_secs(5),
            callback: None,
        };
        assert!(!format!("{cfg:?}").contains("very-secret-value"));
    }
}
