//! Delivering codes. The seam is the [`PhoneVerifier`]: "start a verification" and
//! "check a code". With the console and Twilio Messaging providers the app owns the code
//! ([`LocalCodeVerifier`] makes it, keeps only its keyed hash, and hands the text to a
//! [`MessageSender`]); with Twilio Verify, Twilio owns it. Either way the services own
//! rate limits, tries, expiry and purposes.

pub mod console;
pub mod failover;
pub mod local;
pub mod twilio;
pub mod vonage;

use crate::domain::lang::Lang;
use crate::domain::markup::escape;
use crate::domain::{Channel, CodePurpose, OtpCode, PhoneNumber};
use crate::server::i18n::{Arg, Catalog};
use async_trait::async_trait;

pub use console::{ConsoleSender, Outbox, OutboxMessage};
pub use failover::{Breaker, BreakerState, Failover, ProviderHealth};
pub use local::LocalCodeVerifier;
pub use twilio::{TwilioMessaging, TwilioVerify};
pub use vonage::{VonageConfig, VonageSms};

/// What went wrong delivering or checking, classified so each case gets its sentence.
/// The provider's own text stays in `detail` for the log and never reaches a person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryError {
    #[error("invalid number ({detail})")]
    InvalidNumber { detail: String },
    #[error("region not allowed ({detail})")]
    RegionNotAllowed { detail: String },
    #[error("number opted out ({detail})")]
    OptedOut { detail: String },
    #[error("provider says too many sends ({detail})")]
    TooManySends { detail: String },
    #[error("provider says too many checks ({detail})")]
    TooManyChecks { detail: String },
    #[error("verification expired or not found at provider ({detail})")]
    Expired { detail: String },
    #[error("provider rejected our credentials ({detail})")]
    BadCredentials { detail: String },
    /// 5xx, timeout, connection refused: try again later; the code is not spent.
    #[error("provider unavailable ({detail})")]
    Unavailable { detail: String },
    /// Any other 4xx the provider returned.
    #[error("provider refused the request ({detail})")]
    Rejected { detail: String },
}

/// One message to deliver: the code, where to, how, and why (for the wording).
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub to: PhoneNumber,
    pub channel: Channel,
    pub purpose: CodePurpose,
    pub code: OtpCode,
    /// The language the message is written (or read) in.
    pub lang: Lang,
}

impl DeliveryError {
    /// Whether another provider may well deliver what this one did not: its outage, its
    /// own throttling, its refusal of a region or of our account. A problem of the number
    /// itself (invalid, opted out) or of the person's tries is the same everywhere.
    pub fn worth_another_provider(&self) -> bool {
        matches!(
            self,
            DeliveryError::Unavailable { .. }
                | DeliveryError::TooManySends { .. }
                | DeliveryError::RegionNotAllowed { .. }
                | DeliveryError::BadCredentials { .. }
                | DeliveryError::Rejected { .. }
        )
    }

    /// Whether this failure says the provider itself is unwell (what its circuit breaker
    /// counts): down, throttling us, or refusing our account.
    pub fn provider_unwell(&self) -> bool {
        matches!(
            self,
            DeliveryError::Unavailable { .. }
                | DeliveryError::TooManySends { .. }
                | DeliveryError::BadCredentials { .. }
                | DeliveryError::Rejected { .. }
        )
    }
}

/// Sends text or voice messages. Implementations: console (log + outbox), Twilio
/// Programmable Messaging, Vonage's SMS API.
#[async_trait]
pub trait MessageSender: Send + Sync {
    /// Deliver `msg`; `Ok` means the provider accepted it, with the provider's id of the
    /// message when it will report on its delivery (a receipt names that id).
    async fn send(&self, msg: &Outgoing, texts: &MessageTexts) -> Result<Option<String>, DeliveryError>;

    /// Deliver a plain text message without a code (e.g. "your number was changed").
    async fn send_notice(&self, to: &PhoneNumber, body: &str) -> Result<(), DeliveryError>;

    /// Whether this sender can place voice calls at all (as configured).
    fn can_call(&self) -> bool {
        true
    }

    /// What accepting a message typically takes (a provider across the internet).
    fn typical_latency(&self) -> std::time::Duration {
        std::time::Duration::ZERO
    }
}

/// The words sent: the SMS body and the TwiML a voice call reads.
#[derive(Debug, Clone)]
pub struct MessageTexts {
    pub sms_body: String,
    pub twiml: String,
}

impl MessageTexts {
    /// The SMS and the call in `msg.lang` (`locales/*.ftl`): `app_name` opens the SMS;
    /// `host` (the public URL's host) makes the WebOTP line (`@host #123456`, always last)
    /// that lets phones offer to fill the code in. Browsers take only a host name there:
    /// with an IP address (the default `PUBLIC_URL` is `http://127.0.0.1:3000`) the line
    /// is left out. The call reads the digits twice in the language's voice.
    pub fn render(msg: &Outgoing, app_name: &str, host: &str, ttl_minutes: i64) -> Self {
        let catalog = Catalog::get();
        let code = msg.code.expose();
        let webotp = if webotp_host(host) { format!("\n\n@{host} #{code}") } else { String::new() };
        let purpose = msg.purpose.as_str();
        let body = catalog.message(
            msg.lang,
            "sms-code",
            &[
                ("app", Arg::Text(app_name)),
                ("purpose", Arg::Text(purpose)),
                ("code", Arg::Text(code)),
                ("minutes", Arg::Number(ttl_minutes)),
            ],
        );
        let sms_body = format!("{body}{webotp}");
        let spoken = escape(&msg.code.spoken());
        let intro = escape(&catalog.message(msg.lang, "voice-intro", &[("app", Arg::Text(app_name)), ("purpose", Arg::Text(purpose))]));
        let again = escape(&catalog.message(msg.lang, "voice-again", &[]));
        let say = say_attributes(msg.lang);
        let twiml = format!(
            "<Response><Say{say}>{intro}</Say><Pause length=\"1\"/><Say{say}>{spoken}.</Say><Pause length=\"1\"/><Say{say}>{again}</Say><Say{say}>{spoken}.</Say></Response>"
        );
        MessageTexts { sms_body, twiml }
    }
}

/// The `<Say>` attributes that read `lang`: Twilio's own voice for the languages it
/// speaks, a Google voice for Arabic and Hindi (which it does not); none for English
/// (Twilio's default).
pub fn say_attributes(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Es => " language=\"es-ES\"",
        Lang::PtBr => " language=\"pt-BR\"",
        Lang::Fr => " language=\"fr-FR\"",
        Lang::De => " language=\"de-DE\"",
        Lang::ZhCn => " language=\"zh-CN\"",
        Lang::Ar => " voice=\"Google.ar-XA-Standard-A\" language=\"ar-XA\"",
        Lang::Hi => " voice=\"Google.hi-IN-Standard-A\" language=\"hi-IN\"",
    }
}

/// Whether `host` can name the site in a WebOTP line: a host name, not an IP address.
fn webotp_host(host: &str) -> bool {
    !host.is_empty() && host.parse::<std::net::IpAddr>().is_err() && !host.contains(':')
}

/// The result of starting a verification.
#[derive(Debug, Clone)]
pub struct Started {
    /// Keyed hash of the code when the app owns it; `None` when the provider owns it.
    pub code_hash: Option<String>,
    /// The provider that took it (with failover, not always the first).
    pub provider: &'static str,
    /// The provider's id of the message, when a delivery receipt will name it.
    pub message_id: Option<String>,
    /// The provider keeps one live code per number (see [`PhoneVerifier::one_code_per_number`]).
    pub one_code_per_number: bool,
}

/// Start a verification and check codes. Chosen once at start-up from `SMS_PROVIDER`.
#[async_trait]
pub trait PhoneVerifier: Send + Sync {
    /// Provider name for logs, metrics and the code rows (`console`, `twilio`, ...).
    fn provider(&self) -> &'static str;

    /// True when the provider keeps one live code per number whatever its purpose (Twilio
    /// Verify): a new code must then retire the app's codes of every purpose for it.
    fn one_code_per_number(&self) -> bool {
        false
    }

    /// Whether codes can be read out by a voice call with this configuration: the voice
    /// choice is offered only then.
    fn voice(&self) -> bool {
        true
    }

    /// What starting a verification typically takes: blind sends take that long until
    /// real ones have been timed.
    fn typical_latency(&self) -> std::time::Duration {
        std::time::Duration::ZERO
    }

    /// Issue and deliver a new code for `purpose` to `to` over `channel`, in `lang`.
    async fn start(&self, to: &PhoneNumber, channel: Channel, purpose: CodePurpose, lang: Lang) -> Result<Started, DeliveryError>;

    /// Is `code` right? `stored_hash` is what `start` returned for the live code. The
    /// caller has already checked expiry, tries and purpose.
    async fn check(&self, to: &PhoneNumber, purpose: CodePurpose, stored_hash: Option<&str>, code: &OtpCode)
        -> Result<bool, DeliveryError>;

    /// Tell `to` something by SMS (no code): the old number hears of a phone change.
    async fn notify(&self, to: &PhoneNumber, body: &str) -> Result<(), DeliveryError>;

    /// Each provider behind this verifier and its circuit breaker, for `/metrics` and
    /// `/readyz` (one provider has no breaker: always closed).
    fn health(&self) -> Vec<ProviderHealth> {
        vec![ProviderHealth { provider: self.provider(), state: BreakerState::Closed }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An SMS with `code` for `purpose` to a UK mobile.
    fn sms(purpose: CodePurpose, code: &str) -> Outgoing {
        Outgoing {
            to: PhoneNumber::parse(None, "+447400123456", &[]).unwrap(),
            channel: Channel::Sms,
            purpose,
            code: OtpCode::from_generated(code.into()),
            lang: Lang::En,
        }
    }

    #[test]
    fn sms_ends_with_webotp_line_and_voice_reads_digits_twice() {
        let msg = sms(CodePurpose::VerifyPhone, "123456");
        let t = MessageTexts::render(&msg, "Phone Auth", "example.com", 5);
        assert!(t.sms_body.ends_with("\n\n@example.com #123456"), "{}", t.sms_body);
        assert!(t.sms_body.contains("verification code is 123456"));
        assert_eq!(t.twiml.matches("1, 2, 3, 4, 5, 6").count(), 2, "{}", t.twiml);
        assert!(t.twiml.starts_with("<Response>") && t.twiml.ends_with("</Response>"));
    }

    /// Every language's SMS for every purpose: the WebOTP line last, the segments it takes
    /// reported (GSM-7 and one segment for English, French and German; at most two for
    /// the others, whose scripts or accents need UCS-2), and the call in the language's
    /// voice reading the digits twice.
    #[test]
    fn every_language_every_purpose_fits_and_reads_the_code_twice() {
        let purposes =
            [CodePurpose::VerifyPhone, CodePurpose::SignIn, CodePurpose::TwoFactor, CodePurpose::ResetPassword, CodePurpose::ChangePhone];
        let mut report = vec![];
        for lang in Lang::ALL {
            for purpose in purposes {
                let msg = Outgoing { lang, ..sms(purpose, "482915") };
                let t = MessageTexts::render(&msg, "Phone Auth", "auth.example.com", 5);
                assert!(t.sms_body.ends_with("\n\n@auth.example.com #482915"), "{lang:?} {purpose:?}: {}", t.sms_body);
                assert!(
                    t.sms_body.contains("482915. ") || t.sms_body.contains("482915，") || t.sms_body.contains("482915 है"),
                    "{lang:?}: {}",
                    t.sms_body
                );
                let segments = crate::server::i18n::sms_segments(&t.sms_body);
                report.push(format!("{} {}: {} chars, {} segment(s)", lang.tag(), purpose.as_str(), t.sms_body.chars().count(), segments));
                if matches!(lang, Lang::En | Lang::Fr | Lang::De) {
                    assert!(crate::server::sms::vonage::is_gsm7(&t.sms_body), "{lang:?} {purpose:?} leaves GSM-7: {}", t.sms_body);
                    assert_eq!(segments, 1, "{lang:?} {purpose:?}: {}", t.sms_body);
                } else {
                    assert!(segments <= 2, "{lang:?} {purpose:?}: {} segments: {}", segments, t.sms_body);
                }
                assert_eq!(t.twiml.matches("4, 8, 2, 9, 1, 5").count(), 2, "{}", t.twiml);
                assert_eq!(t.twiml.matches(&format!("<Say{}>", say_attributes(lang))).count(), 4, "{}", t.twiml);
            }
        }
        println!("{}", report.join("\n"));
    }

    #[test]
    fn no_webotp_line_for_an_ip_address() {
        let msg = sms(CodePurpose::SignIn, "654321");
        for host in ["127.0.0.1", "::1", "2001:db8::1", ""] {
            let t = MessageTexts::render(&msg, "Phone Auth", host, 5);
            assert!(t.sms_body.ends_with("Do not share it."), "{host}: {}", t.sms_body);
            assert!(!t.sms_body.contains('@') && !t.sms_body.contains('#'), "{host}: {}", t.sms_body);
        }
        let t = MessageTexts::render(&msg, "Phone Auth", "localhost", 5);
        assert!(t.sms_body.ends_with("\n\n@localhost #654321"), "{}", t.sms_body);
    }
}
