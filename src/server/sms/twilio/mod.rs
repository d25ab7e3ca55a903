//! Twilio: Programmable Messaging (SMS through the Messages resource, voice calls through
//! the Calls resource with inline TwiML; the app owns the code) and Verify v2 (Twilio owns
//! the code). Both speak form-encoded HTTP with basic auth (account SID + auth token, or
//! API key SID + secret) through [`TwilioHttp`]: one shared client, a timeout on every
//! request, one retry with jitter after a connection error or a 5xx, never after a 4xx.
//! Error answers are JSON `{"code", "message", "more_info", "status"}`; [`map_twilio_error`]
//! turns them into a [`DeliveryError`].

mod messaging;
mod verify;

pub use messaging::{TwilioConfig, TwilioFrom, TwilioMessaging};
pub use verify::{TwilioVerify, TwilioVerifyConfig};

use std::time::Duration;

use serde::Deserialize;

use super::DeliveryError;
use crate::domain::phone::mask_e164;
use crate::domain::{Channel, PhoneNumber};

/// How requests reach Twilio: the shared HTTP client and the basic-auth pair.
#[derive(Clone)]
pub struct TwilioHttp {
    http: reqwest::Client,
    /// The account SID, or an API key SID (`SK...`).
    username: String,
    /// The auth token, or the API key secret. Never logged.
    secret: String,
    timeout: Duration,
    /// Requests in flight, at most [`MAX_IN_FLIGHT`]: a slow Twilio cannot make the app
    /// open connection after connection.
    in_flight: std::sync::Arc<tokio::sync::Semaphore>,
}

/// Concurrent requests to Twilio per provider; more wait (up to the timeout) for a turn.
pub const MAX_IN_FLIGHT: usize = 32;

impl std::fmt::Debug for TwilioHttp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwilioHttp")
            .field("username", &self.username)
            .field("secret", &"<redacted>")
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// The outcome of one HTTP attempt.
enum Attempt {
    /// Twilio accepted it: the resource SID and the whole answer.
    Accepted { sid: String, body: String },
    /// Final: do not try again (4xx, or a 2xx we could not read).
    Failed(DeliveryError),
    /// Connection error, timeout or 5xx: worth one more try.
    Retryable(DeliveryError),
}

/// A 2xx answer: the SID of what Twilio created, and its JSON.
pub struct Accepted {
    pub sid: String,
    pub body: String,
}

impl TwilioHttp {
    pub fn new(http: reqwest::Client, username: String, secret: String, timeout: Duration) -> Self {
        TwilioHttp { http, username, secret, timeout, in_flight: std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_IN_FLIGHT)) }
    }

    async fn attempt(&self, url: &str, form: &[(&str, &str)], sid_prefixes: &[&str]) -> Attempt {
        let sent = self
            .http
            .post(url)
            .basic_auth(&self.username, Some(&self.secret))
            .header(reqwest::header::ACCEPT, "application/json")
            .timeout(self.timeout)
            .form(form)
            .send()
            .await;
        let resp = match sent {
            Ok(resp) => resp,
            Err(e) => return transport_error(&e),
        };
        let status = resp.status();
        let request_id = resp.headers().get("twilio-request-id").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let body = match resp.text().await {
            Ok(body) => body,
            Err(e) if status.is_success() => {
                // Twilio probably accepted it; trying again could send the code twice.
                return Attempt::Failed(DeliveryError::Unavailable {
                    detail: format!(
                        "HTTP {} but the answer could not be read: {}{}",
                        status.as_u16(),
                        error_kind(&e),
                        request_id_suffix(request_id.as_deref())
                    ),
                });
            }
            // The status alone decides an error; an unreadable body changes nothing.
            Err(_) => String::new(),
        };

        if status.is_success() {
            return match accepted_sid(&body, sid_prefixes) {
                Some(sid) => Attempt::Accepted { sid, body },
                None => Attempt::Failed(DeliveryError::Unavailable {
                    detail: format!(
                        "HTTP {} without a {} SID in the answer ({} bytes){}",
                        status.as_u16(),
                        sid_prefixes.join("/"),
                        body.len(),
                        request_id_suffix(request_id.as_deref())
                    ),
                }),
            };
        }

        let err = map_twilio_error(status.as_u16(), &body, request_id.as_deref());
        if status.is_server_error() {
            Attempt::Retryable(err)
        } else {
            Attempt::Failed(err)
        }
    }

    /// POSTs `form` to `url`; with [`Retry::AfterOutage`], once more after a connection
    /// error, a timeout or a 5xx. `to`, `channel` and `what` ("sms", "call", "check",
    /// "notice") are for the log.
    #[allow(clippy::too_many_arguments)]
    pub async fn post(
        &self,
        url: &str,
        form: &[(&str, &str)],
        sid_prefixes: &[&str],
        to: &PhoneNumber,
        channel: Channel,
        what: &str,
        retry: Retry,
    ) -> Result<Accepted, DeliveryError> {
        let Ok(Ok(_turn)) = tokio::time::timeout(self.timeout, self.in_flight.acquire()).await else {
            return Err(DeliveryError::Unavailable { detail: format!("{MAX_IN_FLIGHT} requests to Twilio already in flight") });
        };
        let mut outcome = self.attempt(url, form, sid_prefixes).await;
        if let (Retry::AfterOutage, Attempt::Retryable(err)) = (retry, &outcome) {
            let pause = jitter();
            tracing::warn!(
                to = %to.masked(),
                channel = channel.as_str(),
                what,
                error = %err,
                retry_in_ms = pause.as_millis() as u64,
                "twilio unavailable, retrying once"
            );
            tokio::time::sleep(pause).await;
            outcome = self.attempt(url, form, sid_prefixes).await;
        }
        match outcome {
            Attempt::Accepted { sid, body } => {
                tracing::info!(sid = %sid, to = %to.masked(), channel = channel.as_str(), what, "twilio accepted the request");
                Ok(Accepted { sid, body })
            }
            Attempt::Failed(err) | Attempt::Retryable(err) => Err(err),
        }
    }
}

/// Whether a request may be sent a second time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Once more after a connection error, a timeout or a 5xx (sends: Twilio dedupes
    /// nothing, but a message that did not leave is worth a second try).
    AfterOutage,
    /// Never: the request is not idempotent (a Verify check retried after a timeout may
    /// have been counted, and can then answer "not found" for a right code).
    Never,
}

/// What a Twilio API request typically takes from a server in Europe or the US, used for
/// blind sends until real ones have been timed.
pub const TYPICAL_LATENCY: std::time::Duration = std::time::Duration::from_millis(300);

/// Logs a failed Twilio request: loudly when it is the operator's to fix.
fn log_failure(err: &DeliveryError, to: &PhoneNumber, channel: Channel, what: &str) {
    match err {
        DeliveryError::BadCredentials { .. } | DeliveryError::Rejected { .. } => {
            tracing::error!(to = %to.masked(), channel = channel.as_str(), error = %err, what, "twilio refused the request")
        }
        _ => tracing::warn!(to = %to.masked(), channel = channel.as_str(), error = %err, what, "twilio did not do it"),
    }
}

/// 100–300 ms before the single retry, so concurrent retries do not land together.
pub(crate) fn jitter() -> Duration {
    use rand::Rng;
    Duration::from_millis(rand::thread_rng().gen_range(100..=300))
}

fn transport_error(e: &reqwest::Error) -> Attempt {
    let err = DeliveryError::Unavailable { detail: format!("no answer from Twilio: {}", error_kind(e)) };
    if e.is_builder() {
        // A malformed URL (bad api_base/account SID) will not get better on a retry.
        Attempt::Failed(err)
    } else {
        Attempt::Retryable(err)
    }
}

/// A reqwest error described without its URL (which is fine) or anything sent.
fn error_kind(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timeout"
    } else if e.is_connect() {
        "connection failed"
    } else if e.is_builder() {
        "bad request URL"
    } else if e.is_body() || e.is_decode() {
        "broken answer body"
    } else {
        "request failed"
    };
    // The source chain says e.g. "connection refused"; it never contains the form.
    let mut chain = String::new();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        chain.push_str(": ");
        chain.push_str(&s.to_string());
        source = s.source();
    }
    format!("{kind}{}", truncate(&chain, 300))
}

/// The `sid` of a 2xx answer when it is a well-formed SID with one of `prefixes`.
fn accepted_sid(body: &str, prefixes: &[&str]) -> Option<String> {
    #[derive(Deserialize)]
    struct Created {
        sid: Option<String>,
    }
    let sid = serde_json::from_str::<Created>(body).ok()?.sid?;
    is_sid(&sid, prefixes).then_some(sid)
}

/// `^(P1|P2..)[0-9a-fA-F]{32}$`.
fn is_sid(s: &str, prefixes: &[&str]) -> bool {
    s.len() == 34 && prefixes.iter().any(|p| s.starts_with(p)) && s.as_bytes()[2..].iter().all(u8::is_ascii_hexdigit)
}

#[derive(Deserialize)]
struct TwilioErrorBody {
    code: Option<u32>,
    message: Option<String>,
}

/// Classify a Twilio error answer (Messaging, Voice or Verify). `body` is the raw answer;
/// when it is Twilio's error JSON its `code` decides, otherwise the HTTP status does.
/// `detail` reads "HTTP {status} code {code}: {message} (request id {id})" and is for the
/// log only; phone numbers in Twilio's message are masked.
pub fn map_twilio_error(http_status: u16, body: &str, request_id: Option<&str>) -> DeliveryError {
    let parsed = serde_json::from_str::<TwilioErrorBody>(body).ok();
    let code = parsed.as_ref().and_then(|p| p.code);
    let message = match parsed.as_ref().and_then(|p| p.message.as_deref()) {
        Some(m) => redact_numbers(&truncate(m, 300)),
        None if body.trim().is_empty() => "(empty answer)".to_string(),
        None => format!("(not Twilio JSON) {}", redact_numbers(&truncate(&one_line(body), 200))),
    };
    let detail = format!(
        "HTTP {http_status} code {}: {message}{}",
        code.map_or_else(|| "none".to_string(), |c| c.to_string()),
        request_id_suffix(request_id)
    );
    match code {
        Some(21211 | 21614 | 60200) => DeliveryError::InvalidNumber { detail },
        Some(21408 | 21612 | 60605) => DeliveryError::RegionNotAllowed { detail },
        Some(21610) => DeliveryError::OptedOut { detail },
        Some(20429 | 60203 | 60212) => DeliveryError::TooManySends { detail },
        Some(60202) => DeliveryError::TooManyChecks { detail },
        Some(20404) => DeliveryError::Expired { detail },
        Some(20003) => DeliveryError::BadCredentials { detail },
        _ => match http_status {
            401 => DeliveryError::BadCredentials { detail },
            429 => DeliveryError::TooManySends { detail },
            400..=499 => DeliveryError::Rejected { detail },
            _ => DeliveryError::Unavailable { detail },
        },
    }
}

fn request_id_suffix(request_id: Option<&str>) -> String {
    match request_id {
        Some(id) if !id.is_empty() => format!(" (request id {})", truncate(id, 64)),
        _ => String::new(),
    }
}

fn truncate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Masks phone-number-like runs (an optional `+` and 7 or more digits standing alone) so
/// Twilio's messages ("The 'To' number +1500... is not valid") do not put numbers in logs.
pub(crate) fn redact_numbers(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_token = i == 0 || !chars[i - 1].is_alphanumeric();
        let digits_from = if chars[i] == '+' { i + 1 } else { i };
        if starts_token && chars.get(digits_from).is_some_and(char::is_ascii_digit) {
            let mut end = digits_from;
            while end < chars.len() && chars[end].is_ascii_digit() {
                end += 1;
            }
            let ends_token = end == chars.len() || !chars[end].is_alphanumeric();
            if ends_token && end - digits_from >= 7 {
                let run: String = chars[digits_from..end].iter().collect();
                out.push_str(&mask_e164(&run));
            } else {
                out.extend(&chars[i..end]);
            }
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err_json(code: u32, status: u16, message: &str) -> String {
        serde_json::json!({
            "code": code,
            "message": message,
            "more_info": format!("https://www.twilio.com/docs/errors/{code}"),
            "status": status,
        })
        .to_string()
    }

    fn kind(e: &DeliveryError) -> &'static str {
        match e {
            DeliveryError::InvalidNumber { .. } => "InvalidNumber",
            DeliveryError::RegionNotAllowed { .. } => "RegionNotAllowed",
            DeliveryError::OptedOut { .. } => "OptedOut",
            DeliveryError::TooManySends { .. } => "TooManySends",
            DeliveryError::TooManyChecks { .. } => "TooManyChecks",
            DeliveryError::Expired { .. } => "Expired",
            DeliveryError::BadCredentials { .. } => "BadCredentials",
            DeliveryError::Unavailable { .. } => "Unavailable",
            DeliveryError::Rejected { .. } => "Rejected",
        }
    }

    fn detail(e: &DeliveryError) -> &str {
        match e {
            DeliveryError::InvalidNumber { detail }
            | DeliveryError::RegionNotAllowed { detail }
            | DeliveryError::OptedOut { detail }
            | DeliveryError::TooManySends { detail }
            | DeliveryError::TooManyChecks { detail }
            | DeliveryError::Expired { detail }
            | DeliveryError::BadCredentials { detail }
            | DeliveryError::Unavailable { detail }
            | DeliveryError::Rejected { detail } => detail,
        }
    }

    #[test]
    fn each_twilio_code_maps_to_its_error() {
        let rows: &[(u16, u32, &str)] = &[
            (400, 21211, "InvalidNumber"),
            (400, 21614, "InvalidNumber"),
            (400, 60200, "InvalidNumber"),
            (400, 21408, "RegionNotAllowed"),
            (400, 21612, "RegionNotAllowed"),
            (400, 21610, "OptedOut"),
            (429, 20429, "TooManySends"),
            (429, 60203, "TooManySends"),
            (429, 60212, "TooManySends"),
            (429, 60202, "TooManyChecks"),
            (404, 20404, "Expired"),
            (401, 20003, "BadCredentials"),
            (403, 20003, "BadCredentials"),
            (400, 21604, "Rejected"),
            (400, 21602, "Rejected"),
            (403, 20008, "Rejected"),
            (500, 20500, "Unavailable"),
            (503, 20503, "Unavailable"),
        ];
        for &(status, code, want) in rows {
            let e = map_twilio_error(status, &err_json(code, status, "Something."), None);
            assert_eq!(kind(&e), want, "HTTP {status} code {code}: {e:?}");
        }
    }

    #[test]
    fn http_status_decides_without_a_known_code() {
        assert_eq!(kind(&map_twilio_error(401, "", None)), "BadCredentials");
        assert_eq!(kind(&map_twilio_error(401, &err_json(20001, 401, "x"), None)), "BadCredentials");
        assert_eq!(kind(&map_twilio_error(429, "Too Many Requests", None)), "TooManySends");
        assert_eq!(kind(&map_twilio_error(429, &err_json(20001, 429, "x"), None)), "TooManySends");
        assert_eq!(kind(&map_twilio_error(400, "{}", None)), "Rejected");
        assert_eq!(kind(&map_twilio_error(404, "<html>Not Found</html>", None)), "Rejected");
        assert_eq!(kind(&map_twilio_error(500, "{}", None)), "Unavailable");
    }

    #[test]
    fn non_json_502_is_unavailable_and_keeps_a_short_snippet() {
        let body = format!("<html>\n<body><h1>502 Bad Gateway</h1>{}</body></html>", "x".repeat(5000));
        let e = map_twilio_error(502, &body, Some("RQ0123456789abcdef0123456789abcdef"));
        assert_eq!(kind(&e), "Unavailable");
        let d = detail(&e);
        assert!(d.starts_with("HTTP 502 code none: (not Twilio JSON) <html> <body><h1>502 Bad Gateway"), "{d}");
        assert!(d.ends_with(" (request id RQ0123456789abcdef0123456789abcdef)"), "{d}");
        assert!(d.len() < 400, "{d}");
    }

    #[test]
    fn detail_has_status_code_message_and_request_id() {
        let e = map_twilio_error(
            400,
            &err_json(21610, 400, "Attempt to send to unsubscribed recipient"),
            Some("RQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        );
        assert_eq!(
            e,
            DeliveryError::OptedOut {
                detail: "HTTP 400 code 21610: Attempt to send to unsubscribed recipient \
                         (request id RQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)"
                    .into()
            }
        );
        let e = map_twilio_error(400, &err_json(21211, 400, "Invalid 'To' Phone Number"), None);
        assert_eq!(detail(&e), "HTTP 400 code 21211: Invalid 'To' Phone Number");
    }

    #[test]
    fn phone_numbers_in_twilio_messages_are_masked() {
        let e = map_twilio_error(400, &err_json(21211, 400, "The 'To' number +15005550001 is not a valid phone number."), None);
        let d = detail(&e);
        assert!(!d.contains("5005550001"), "{d}");
        assert!(d.contains("+*********01"), "{d}");
        // Error codes, SIDs and short numbers stay readable.
        assert_eq!(redact_numbers("code 21211 for MG1234567890abcdef in 3 tries"), "code 21211 for MG1234567890abcdef in 3 tries");
    }

    #[test]
    fn sids_are_checked_by_prefix_and_hex() {
        let sm = "SM0123456789abcdefABCDEF0123456789";
        assert!(is_sid(sm, &["SM", "MM"]));
        assert!(!is_sid(sm, &["CA"]));
        assert!(!is_sid("SM0123456789abcdefABCDEF012345678g", &["SM"]));
        assert!(!is_sid("SM0123", &["SM"]));
        assert_eq!(accepted_sid(&format!(r#"{{"sid":"{sm}","status":"queued"}}"#), &["SM"]), Some(sm.into()));
        assert_eq!(accepted_sid(r#"{"sid":null}"#, &["SM"]), None);
        assert_eq!(accepted_sid("OK", &["SM"]), None);
    }
}
