//! The verifier for providers that only carry messages (console, Twilio Messaging): the
//! app makes the code with a CSPRNG, keeps only HMAC-SHA256(secret, purpose|phone|code),
//! and compares in constant time.

use super::{DeliveryError, MessageSender, MessageTexts, Outgoing, PhoneVerifier, Started};
use crate::domain::lang::Lang;
use crate::domain::{Channel, CodePurpose, OtpCode, PhoneNumber};
use crate::server::config::Secret;
use async_trait::async_trait;
use hmac::{Hmac, Mac};
use rand::Rng;
use sha2::Sha256;
use std::sync::Arc;

pub struct LocalCodeVerifier {
    provider: &'static str,
    sender: Arc<dyn MessageSender>,
    secret: Secret,
    app_name: String,
    host: String,
    ttl_minutes: i64,
}

impl LocalCodeVerifier {
    pub fn new(
        provider: &'static str,
        sender: Arc<dyn MessageSender>,
        secret: Secret,
        app_name: String,
        host: String,
        ttl_seconds: i64,
    ) -> Self {
        LocalCodeVerifier { provider, sender, secret, app_name, host, ttl_minutes: ((ttl_seconds + 59) / 60).max(1) }
    }

    fn hash(&self, to: &PhoneNumber, purpose: CodePurpose, code: &OtpCode) -> Vec<u8> {
        let mut mac = Hmac::<Sha256>::new_from_slice(self.secret.expose().as_bytes()).expect("HMAC takes keys of any length");
        mac.update(purpose.as_str().as_bytes());
        mac.update(b"|");
        mac.update(to.as_str().as_bytes());
        mac.update(b"|");
        mac.update(code.expose().as_bytes());
        mac.finalize().into_bytes().to_vec()
    }
}

pub fn generate_code() -> OtpCode {
    let n: u32 = rand::rngs::OsRng.gen_range(0..1_000_000);
    OtpCode::from_generated(format!("{n:06}"))
}

#[async_trait]
impl PhoneVerifier for LocalCodeVerifier {
    fn provider(&self) -> &'static str {
        self.provider
    }

    fn voice(&self) -> bool {
        self.sender.can_call()
    }

    fn typical_latency(&self) -> std::time::Duration {
        self.sender.typical_latency()
    }

    async fn start(&self, to: &PhoneNumber, channel: Channel, purpose: CodePurpose, lang: Lang) -> Result<Started, DeliveryError> {
        let code = generate_code();
        let hash = hex::encode(self.hash(to, purpose, &code));
        let msg = Outgoing { to: to.clone(), channel, purpose, code, lang };
        let texts = MessageTexts::render(&msg, &self.app_name, &self.host, self.ttl_minutes);
        let message_id = self.sender.send(&msg, &texts).await?;
        Ok(Started { code_hash: Some(hash), provider: self.provider, message_id, one_code_per_number: false })
    }

    async fn check(
        &self,
        to: &PhoneNumber,
        purpose: CodePurpose,
        stored_hash: Option<&str>,
        code: &OtpCode,
    ) -> Result<bool, DeliveryError> {
        let Some(stored) = stored_hash.and_then(|h| hex::decode(h).ok()) else {
            return Ok(false);
        };
        let computed = self.hash(to, purpose, code);
        Ok(subtle::ConstantTimeEq::ct_eq(computed.as_slice(), stored.as_slice()).into())
    }

    async fn notify(&self, to: &PhoneNumber, body: &str) -> Result<(), DeliveryError> {
        self.sender.send_notice(to, body).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::sms::{ConsoleSender, Outbox};

    fn verifier() -> (LocalCodeVerifier, Outbox) {
        let outbox = Outbox::default();
        let v = LocalCodeVerifier::new(
            "console",
            Arc::new(ConsoleSender::new(outbox.clone())),
            Secret::new("k".repeat(32)),
            "Phone Auth".into(),
            "localhost".into(),
            300,
        );
        (v, outbox)
    }

    #[test]
    fn generated_codes_are_six_digits() {
        for _ in 0..200 {
            let c = generate_code();
            assert_eq!(c.expose().len(), 6);
            assert!(c.expose().bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[tokio::test]
    async fn code_checks_only_for_its_number_and_purpose() {
        let (v, outbox) = verifier();
        let phone = PhoneNumber::parse(None, "+447400123456", &[]).unwrap();
        let other = PhoneNumber::parse(None, "+447400654321", &[]).unwrap();
        let started = v.start(&phone, Channel::Sms, CodePurpose::VerifyPhone, Lang::En).await.unwrap();
        let code = OtpCode::parse(&outbox.list(Some(phone.as_str()))[0].code).unwrap();
        let h = started.code_hash.as_deref();
        assert!(v.check(&phone, CodePurpose::VerifyPhone, h, &code).await.unwrap());
        assert!(!v.check(&phone, CodePurpose::SignIn, h, &code).await.unwrap());
        assert!(!v.check(&other, CodePurpose::VerifyPhone, h, &code).await.unwrap());
        let wrong = OtpCode::from_generated(if code.expose() == "000000" { "000001" } else { "000000" }.into());
        assert!(!v.check(&phone, CodePurpose::VerifyPhone, h, &wrong).await.unwrap());
        assert!(!v.check(&phone, CodePurpose::VerifyPhone, None, &code).await.unwrap());
    }
}
