//! Twilio Verify v2: Twilio makes, sends and checks the code.
//! `POST {verify_base}/v2/Services/{ServiceSid}/Verifications` (`To`, `Channel` = `sms` or
//! `call`, optional `Locale`) starts one; `.../VerificationCheck` (`To`, `Code`) checks it,
//! and only `status = approved` is a right code. A 404 (code 20404) means the verification
//! expired or was used: "request a new one". The app still owns sends limits, tries,
//! expiry and purposes (its code rows), so Verify is just another [`PhoneVerifier`].

use std::time::Duration;

use async_trait::async_trait;
use serde::Deserialize;

use super::{log_failure, Retry, TwilioConfig, TwilioHttp, TwilioMessaging};
use crate::domain::lang::Lang;
use crate::domain::{Channel, CodePurpose, OtpCode, PhoneNumber};
use crate::server::sms::{DeliveryError, MessageSender, PhoneVerifier, Started};

#[derive(Clone)]
pub struct TwilioVerifyConfig {
    /// e.g. `https://verify.twilio.com`, no trailing slash.
    pub verify_base: String,
    /// `VA...`: the Verify Service.
    pub service_sid: String,
    /// Basic-auth user: the account SID, or an API key SID (`SK...`).
    pub auth_username: String,
    /// The auth token, or the API key secret. Never logged.
    pub auth_secret: String,
    /// Language of the message (`en`, `pt-BR`); Twilio picks one by country without it.
    pub locale: Option<String>,
    pub timeout: Duration,
    /// Verify sends only codes. Notices (the old number told of a phone change) go
    /// through Programmable Messaging when a sender number or service is configured.
    pub messaging: Option<TwilioConfig>,
}

impl std::fmt::Debug for TwilioVerifyConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwilioVerifyConfig")
            .field("verify_base", &self.verify_base)
            .field("service_sid", &self.service_sid)
            .field("auth_username", &self.auth_username)
            .field("auth_secret", &"<redacted>")
            .field("locale", &self.locale)
            .field("timeout", &self.timeout)
            .field("messaging", &self.messaging)
            .finish()
    }
}

pub struct TwilioVerify {
    cfg: TwilioVerifyConfig,
    http: TwilioHttp,
    notices: Option<TwilioMessaging>,
}

#[derive(Deserialize)]
struct VerificationAnswer {
    status: Option<String>,
}

impl TwilioVerify {
    /// `http` is the process's one shared client.
    pub fn new(cfg: TwilioVerifyConfig, http: reqwest::Client) -> Self {
        let notices = cfg.messaging.clone().map(|m| TwilioMessaging::new(m, http.clone()));
        let http = TwilioHttp::new(http, cfg.auth_username.clone(), cfg.auth_secret.clone(), cfg.timeout);
        TwilioVerify { cfg, http, notices }
    }

    fn url(&self, resource: &str) -> String {
        format!("{}/v2/Services/{}/{resource}", self.cfg.verify_base.trim_end_matches('/'), self.cfg.service_sid)
    }
}

fn status_of(body: &str) -> Option<String> {
    serde_json::from_str::<VerificationAnswer>(body).ok()?.status
}

#[async_trait]
impl PhoneVerifier for TwilioVerify {
    fn provider(&self) -> &'static str {
        "twilio-verify"
    }

    fn typical_latency(&self) -> std::time::Duration {
        super::TYPICAL_LATENCY
    }

    fn one_code_per_number(&self) -> bool {
        // Verify keeps one pending verification per number and service, whatever it is
        // for: a new one must retire the app's codes of every purpose for that number.
        true
    }

    async fn start(&self, to: &PhoneNumber, channel: Channel, purpose: CodePurpose, lang: Lang) -> Result<Started, DeliveryError> {
        let channel_name = match channel {
            Channel::Sms => "sms",
            Channel::Voice => "call",
        };
        let mut form = vec![("To", to.as_str()), ("Channel", channel_name)];
        // The operator's TWILIO_VERIFY_LOCALE, else the person's language (Verify's locales
        // include each of our tags as written: `pt-BR`, `zh-CN`...).
        form.push(("Locale", self.cfg.locale.as_deref().unwrap_or(lang.tag())));
        match self.http.post(&self.url("Verifications"), &form, &["VE"], to, channel, purpose.as_str(), Retry::AfterOutage).await {
            // Verify's own delivery reports go to its service's webhook, not to a callback
            // per request: its codes carry no message id here.
            Ok(_) => Ok(Started { code_hash: None, provider: "twilio-verify", message_id: None, one_code_per_number: true }),
            Err(err) => {
                log_failure(&err, to, channel, purpose.as_str());
                Err(err)
            }
        }
    }

    async fn check(
        &self,
        to: &PhoneNumber,
        purpose: CodePurpose,
        _stored_hash: Option<&str>,
        code: &OtpCode,
    ) -> Result<bool, DeliveryError> {
        let form = [("To", to.as_str()), ("Code", code.expose())];
        // Never retried (see `Retry::Never`). A timed-out check reads "could not be
        // checked" and its try is given back.
        let accepted = match self.http.post(&self.url("VerificationCheck"), &form, &["VE"], to, Channel::Sms, "check", Retry::Never).await {
            Ok(a) => a,
            Err(err) => {
                if !matches!(err, DeliveryError::Expired { .. }) {
                    log_failure(&err, to, Channel::Sms, "check");
                }
                return Err(err);
            }
        };
        match status_of(&accepted.body).as_deref() {
            Some("approved") => Ok(true),
            // A wrong code leaves the verification pending.
            Some("pending") => Ok(false),
            other => {
                tracing::info!(to = %to.masked(), purpose = purpose.as_str(), status = ?other, sid = %accepted.sid, "verification is no longer pending");
                Err(DeliveryError::Expired { detail: format!("verification {} is {}", accepted.sid, other.unwrap_or("without a status")) })
            }
        }
    }

    async fn notify(&self, to: &PhoneNumber, body: &str) -> Result<(), DeliveryError> {
        match &self.notices {
            Some(m) => m.send_notice(to, body).await,
            None => Err(DeliveryError::Rejected {
                detail: "Twilio Verify sends only codes: set TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID to send notices".into(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_approved_is_right() {
        assert_eq!(status_of(r#"{"sid":"VE1","status":"approved","valid":true}"#).as_deref(), Some("approved"));
        assert_eq!(status_of(r#"{"status":"pending"}"#).as_deref(), Some("pending"));
        assert_eq!(status_of("not json"), None);
    }

    #[test]
    fn debug_hides_the_secret() {
        let cfg = TwilioVerifyConfig {
            verify_base: "https://verify.twilio.com".into(),
            service_sid: "VA00000000000000000000000000000000".into(),
            auth_username: "AC00000000000000000000000000000000".into(),
            auth_secret: "very-secret-token".into(),
            locale: None,
            timeout: Duration::from_secs(5),
            messaging: None,
        };
        assert!(!format!("{cfg:?}").contains("very-secret-token"));
    }
}
