//! One-time codes: their shape, what they are for, how they are delivered, and the rules
//! that decide whether a submitted code may still be accepted.

use serde::{Deserialize, Serialize};

pub const CODE_LEN: usize = 6;

/// Six ASCII digits. Debug hides the value: codes never reach logs.
#[derive(Clone, PartialEq, Eq)]
pub struct OtpCode(String);

impl std::fmt::Debug for OtpCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OtpCode(<redacted>)")
    }
}

impl OtpCode {
    /// Accepts what a person types or pastes: spaces and dashes between digits are
    /// ignored ("123 456", "123-456").
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '\u{a0}')).collect();
        if digits.is_empty() {
            return Err("Enter the 6-digit code.");
        }
        if digits.len() != CODE_LEN || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err("The code is 6 digits.");
        }
        Ok(OtpCode(digits))
    }

    /// Wraps a freshly generated code. The caller guarantees 6 digits.
    pub fn from_generated(digits: String) -> Self {
        debug_assert!(digits.len() == CODE_LEN && digits.bytes().all(|b| b.is_ascii_digit()));
        OtpCode(digits)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// "1, 2, 3, 4, 5, 6": how a voice call reads the code.
    pub fn spoken(&self) -> String {
        self.0.chars().map(String::from).collect::<Vec<_>>().join(", ")
    }
}

/// What a code is for. A code issued for one purpose is never accepted for another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CodePurpose {
    VerifyPhone,
    SignIn,
    TwoFactor,
    ResetPassword,
    ChangePhone,
}

impl CodePurpose {
    pub const ALL: [CodePurpose; 5] =
        [CodePurpose::VerifyPhone, CodePurpose::SignIn, CodePurpose::TwoFactor, CodePurpose::ResetPassword, CodePurpose::ChangePhone];

    pub fn as_str(self) -> &'static str {
        match self {
            CodePurpose::VerifyPhone => "verify-phone",
            CodePurpose::SignIn => "sign-in",
            CodePurpose::TwoFactor => "2fa",
            CodePurpose::ResetPassword => "reset-password",
            CodePurpose::ChangePhone => "change-phone",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The words in the message, so a person knows what the code will do.
    pub fn describe(self) -> &'static str {
        match self {
            CodePurpose::VerifyPhone => "verification code",
            CodePurpose::SignIn => "sign-in code",
            CodePurpose::TwoFactor => "sign-in code",
            CodePurpose::ResetPassword => "password reset code",
            CodePurpose::ChangePhone => "code to confirm your new number",
        }
    }
}

/// How a code reaches the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Channel {
    #[default]
    Sms,
    Voice,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Voice => "voice",
        }
    }

    /// Form values: `sms` or `voice` (`call` is accepted too). Anything else is SMS.
    pub fn from_form(s: Option<&str>) -> Self {
        match s.map(str::trim) {
            Some("voice") | Some("call") => Channel::Voice,
            _ => Channel::Sms,
        }
    }
}

/// The stored facts about an issued code that decide whether it can still be tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeStatus {
    pub expires_at: i64,
    pub attempts: u32,
    pub max_attempts: u32,
    pub used: bool,
}

/// What the latest code of a code page is doing, as the page tells it: one of these at a
/// time. A blind send (a number without an account) has a stored code of its own and
/// goes through the same states, so the page says the same for both.
/// It travels as its key (`"live"`, ...): a string costs the Wasm no decoder of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
pub enum CodeNow {
    /// Sent and can be entered until it expires.
    Live,
    /// Its time ran out.
    Expired,
    /// Entered wrongly too many times (or stopped by the provider): it no longer works.
    Spent,
    /// No code is waiting (none sent yet, or the last one was used or replaced).
    Missing,
}

impl CodeNow {
    /// The state as the page names it (`data-state`).
    pub fn key(self) -> &'static str {
        match self {
            CodeNow::Live => "live",
            CodeNow::Expired => "expired",
            CodeNow::Spent => "spent",
            CodeNow::Missing => "missing",
        }
    }

    /// The state a key names.
    pub fn from_key(key: &str) -> Option<CodeNow> {
        [CodeNow::Live, CodeNow::Expired, CodeNow::Spent, CodeNow::Missing].into_iter().find(|n| n.key() == key)
    }

    /// The state of a stored code that is still `active` in the database, at `now`.
    pub fn of_active(status: &CodeStatus, now: i64) -> CodeNow {
        match status.can_try(now) {
            Ok(()) => CodeNow::Live,
            Err(CodeRefusal::Expired) => CodeNow::Expired,
            Err(CodeRefusal::TooManyTries) => CodeNow::Spent,
            Err(CodeRefusal::Used) => CodeNow::Missing,
        }
    }
}

impl From<CodeNow> for &'static str {
    fn from(now: CodeNow) -> Self {
        now.key()
    }
}

impl TryFrom<String> for CodeNow {
    type Error = String;

    fn try_from(key: String) -> Result<Self, String> {
        CodeNow::from_key(&key).ok_or_else(|| format!("no code state {key:?}"))
    }
}

/// Why a stored code cannot be tried any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeRefusal {
    Used,
    Expired,
    TooManyTries,
}

impl CodeStatus {
    /// Can a guess be made at `now` (unix seconds)? Checked before comparing, so a dead
    /// code never reveals whether a guess would have matched.
    pub fn can_try(&self, now: i64) -> Result<(), CodeRefusal> {
        if self.used {
            Err(CodeRefusal::Used)
        } else if self.attempts >= self.max_attempts {
            Err(CodeRefusal::TooManyTries)
        } else if now >= self.expires_at {
            Err(CodeRefusal::Expired)
        } else {
            Ok(())
        }
    }

    /// Tries left after one more wrong guess.
    pub fn tries_left_after_miss(&self) -> u32 {
        self.max_attempts.saturating_sub(self.attempts + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_states_travel_as_their_keys() {
        for now in [CodeNow::Live, CodeNow::Expired, CodeNow::Spent, CodeNow::Missing] {
            let json = serde_json::to_string(&now).unwrap();
            assert_eq!(json, format!("\"{}\"", now.key()));
            assert_eq!(serde_json::from_str::<CodeNow>(&json).unwrap(), now);
        }
        assert!(serde_json::from_str::<CodeNow>("\"Live\"").is_err());
    }

    #[test]
    fn code_parsing_accepts_spaced_digits_only() {
        assert_eq!(OtpCode::parse(" 123 456 ").unwrap().expose(), "123456");
        assert_eq!(OtpCode::parse("123-456").unwrap().expose(), "123456");
        assert!(OtpCode::parse("12345").is_err());
        assert!(OtpCode::parse("1234567").is_err());
        assert!(OtpCode::parse("12a456").is_err());
        assert!(OtpCode::parse("١٢٣٤٥٦").is_err(), "non-ASCII digits are refused");
        assert_eq!(OtpCode::parse(""), Err("Enter the 6-digit code."));
    }

    #[test]
    fn spoken_code_separates_digits() {
        assert_eq!(OtpCode::from_generated("123456".into()).spoken(), "1, 2, 3, 4, 5, 6");
    }

    #[test]
    fn purposes_round_trip_and_are_distinct() {
        for p in CodePurpose::ALL {
            assert_eq!(CodePurpose::parse(p.as_str()), Some(p));
        }
        assert_eq!(CodePurpose::parse("verify"), None);
    }

    #[test]
    fn channel_from_form_defaults_to_sms() {
        assert_eq!(Channel::from_form(Some("voice")), Channel::Voice);
        assert_eq!(Channel::from_form(Some("carrier-pigeon")), Channel::Sms);
        assert_eq!(Channel::from_form(None), Channel::Sms);
    }

    fn status(attempts: u32, used: bool) -> CodeStatus {
        CodeStatus { expires_at: 1_000, attempts, max_attempts: 5, used }
    }

    #[test]
    fn code_expires_at_its_deadline() {
        assert_eq!(status(0, false).can_try(999), Ok(()));
        assert_eq!(status(0, false).can_try(1_000), Err(CodeRefusal::Expired));
    }

    #[test]
    fn fifth_wrong_try_kills_the_code() {
        assert_eq!(status(4, false).can_try(0), Ok(()));
        assert_eq!(status(4, false).tries_left_after_miss(), 0);
        assert_eq!(status(5, false).can_try(0), Err(CodeRefusal::TooManyTries));
    }

    #[test]
    fn a_code_page_tells_one_state() {
        assert_eq!(CodeNow::of_active(&status(0, false), 999), CodeNow::Live);
        assert_eq!(CodeNow::of_active(&status(0, false), 1_000), CodeNow::Expired);
        assert_eq!(CodeNow::of_active(&status(5, false), 999), CodeNow::Spent);
        assert_eq!(CodeNow::of_active(&status(5, false), 5_000), CodeNow::Spent, "out of tries says so even once expired");
        assert_eq!(CodeNow::of_active(&status(1, true), 999), CodeNow::Missing);
    }

    #[test]
    fn used_code_is_refused_before_anything_else() {
        assert_eq!(status(5, true).can_try(5_000), Err(CodeRefusal::Used));
    }
}
