//! Twilio Programmable Messaging: SMS through `POST {api_base}/2010-04-01/Accounts/{sid}/
//! Messages.json` (`To`, `From` or `MessagingServiceSid`, `Body`) and voice calls through
//! `Calls.json` (`To`, `From`, `Twiml` reading the digits twice). The app owns the code.

use std::time::Duration;

use super::{log_failure, Retry, TwilioHttp};
use crate::domain::{Channel, PhoneNumber};
use crate::server::sms::{DeliveryError, MessageSender, MessageTexts, Outgoing};

/// How to reach Twilio and who the messages come from.
#[derive(Clone)]
pub struct TwilioConfig {
    /// e.g. `https://api.twilio.com`, no trailing slash.
    pub api_base: String,
    /// `AC...`: the account the messages are sent from (goes in the path).
    pub account_sid: String,
    /// Basic-auth user: the account SID, or an API key SID (`SK...`).
    pub auth_username: String,
    /// Basic-auth password: the auth token, or the API key secret. Never logged.
    pub auth_secret: String,
    pub from: TwilioFrom,
    /// Per-request timeout (connect + answer).
    pub timeout: Duration,
    /// Where Twilio reports each code's delivery (`StatusCallback`, e.g.
    /// `https://auth.example.com/hooks/twilio/status`); `None`: no reports are asked for
    /// (the receipts' signatures need the account's auth token).
    pub status_callback: Option<String>,
}

impl std::fmt::Debug for TwilioConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwilioConfig")
            .field("api_base", &self.api_base)
            .field("account_sid", &self.account_sid)
            .field("auth_username", &self.auth_username)
            .field("auth_secret", &"<redacted>")
            .field("from", &self.from)
            .field("timeout", &self.timeout)
            .field("status_callback", &self.status_callback)
            .finish()
    }
}

/// The sender: a Twilio number, or a Messaging Service that picks one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TwilioFrom {
    /// E.164 number owned by the account (needed for voice calls).
    Number(String),
    /// `MG...` Messaging Service SID (SMS only).
    MessagingService(String),
}

/// Sends codes through Twilio Programmable Messaging / Voice.
pub struct TwilioMessaging {
    cfg: TwilioConfig,
    http: TwilioHttp,
}

impl std::fmt::Debug for TwilioMessaging {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwilioMessaging").field("cfg", &self.cfg).finish_non_exhaustive()
    }
}

impl TwilioMessaging {
    /// `http` is the process's one shared client (pooled, bounded connections).
    pub fn new(cfg: TwilioConfig, http: reqwest::Client) -> Self {
        let http = TwilioHttp::new(http, cfg.auth_username.clone(), cfg.auth_secret.clone(), cfg.timeout);
        TwilioMessaging { cfg, http }
    }

    fn url(&self, resource: &str) -> String {
        format!("{}/2010-04-01/Accounts/{}/{resource}.json", self.cfg.api_base.trim_end_matches('/'), self.cfg.account_sid)
    }

    fn sms_from(&self) -> (&'static str, &str) {
        match &self.cfg.from {
            TwilioFrom::Number(n) => ("From", n.as_str()),
            TwilioFrom::MessagingService(mg) => ("MessagingServiceSid", mg.as_str()),
        }
    }

    async fn deliver(
        &self,
        resource: &str,
        sid_prefixes: &[&str],
        form: &[(&str, &str)],
        to: &PhoneNumber,
        channel: Channel,
        what: &str,
    ) -> Result<String, DeliveryError> {
        match self.http.post(&self.url(resource), form, sid_prefixes, to, channel, what, Retry::AfterOutage).await {
            Ok(accepted) => Ok(accepted.sid),
            Err(err) => {
                // On the Messages and Calls resources a 20404 means the account SID or
                // API base is wrong, not that a verification expired: an operator problem.
                let err = match err {
                    DeliveryError::Expired { detail } => {
                        DeliveryError::Rejected { detail: format!("{detail} [resource not found: check TWILIO account SID and API base]") }
                    }
                    other => other,
                };
                log_failure(&err, to, channel, what);
                Err(err)
            }
        }
    }
}

#[async_trait::async_trait]
impl MessageSender for TwilioMessaging {
    async fn send(&self, msg: &Outgoing, texts: &MessageTexts) -> Result<Option<String>, DeliveryError> {
        let to = msg.to.as_str();
        let callback = self.cfg.status_callback.as_deref();
        let sid = match msg.channel {
            Channel::Sms => {
                let mut form = vec![("To", to), self.sms_from(), ("Body", texts.sms_body.as_str())];
                form.extend(callback.map(|url| ("StatusCallback", url)));
                self.deliver("Messages", &["SM", "MM"], &form, &msg.to, msg.channel, msg.purpose.as_str()).await?
            }
            Channel::Voice => {
                let from = match &self.cfg.from {
                    TwilioFrom::Number(n) => n.as_str(),
                    TwilioFrom::MessagingService(_) => {
                        let err = DeliveryError::Rejected {
                            detail: "voice codes need a Twilio phone number as From; only a Messaging \
                                     Service (MG...) is configured, and calls cannot be placed from one"
                                .into(),
                        };
                        tracing::error!(to = %msg.to.masked(), channel = "voice", error = %err, "twilio call not placed");
                        return Err(err);
                    }
                };
                let mut form = vec![("To", to), ("From", from), ("Twiml", texts.twiml.as_str())];
                form.extend(callback.map(|url| ("StatusCallback", url)));
                self.deliver("Calls", &["CA"], &form, &msg.to, msg.channel, msg.purpose.as_str()).await?
            }
        };
        Ok(callback.map(|_| sid))
    }

    async fn send_notice(&self, to: &PhoneNumber, body: &str) -> Result<(), DeliveryError> {
        let form = [("To", to.as_str()), self.sms_from(), ("Body", body)];
        self.deliver("Messages", &["SM", "MM"], &form, to, Channel::Sms, "notice").await.map(|_| ())
    }

    /// Calls need a Twilio number as From; a Messaging Service cannot place them.
    fn can_call(&self) -> bool {
        matches!(self.cfg.from, TwilioFrom::Number(_))
    }

    fn typical_latency(&self) -> std::time::Duration {
        super::TYPICAL_LATENCY
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_debug_hides_the_secret() {
        let cfg = TwilioConfig {
            api_base: "https://api.twilio.com".into(),
            account_sid: "AC00000000000000000000000000000000".into(),
            auth_username: "SK00000000000000000000000000000000".into(),
            auth_secret: "very-secret-token".into(),
            from: TwilioFrom::Number("+15005550006".into()),
            timeout: Duration::from_secs(10),
            status_callback: None,
        };
        let shown = format!("{cfg:?}");
        assert!(!shown.contains("very-secret-token"), "{shown}");
        assert!(shown.contains("<redacted>") && shown.contains("SK000"), "{shown}");
        let sender = TwilioMessaging::new(cfg, reqwest::Client::new());
        assert!(!format!("{sender:?}").contains("very-secret-token"));
    }
}
