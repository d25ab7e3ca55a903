//! The kinds of security event an account's activity records, stored by name, the facts
//! recorded with each ([`AuditDetail`]), and the sentence a person reads for them.

use crate::domain::{Channel, CodePurpose};
use serde::{Deserialize, Serialize};

/// What happened to an account. Stored as its [`AuditKind::as_str`] name; shown on the
/// profile as the sentence of [`AuditKind::words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditKind {
    SignUp,
    SignUpExisting,
    PhoneVerified,
    SignIn,
    SignInFailed,
    SignInPaused,
    SignInPasswordOk,
    SignInCodeOk,
    CodeSent,
    CodeNotSent,
    SessionEnded,
    PasswordChanged,
    PasswordReset,
    PhoneChanged,
    PhoneChangeCancelled,
    TwoFactorEnabled,
    TwoFactorDisabled,
    StepUpFailed,
    StepUpPaused,
    NameChanged,
    PhotoChanged,
    PhotoRemoved,
    NewDeviceAlert,
    BrowserTrusted,
    BrowserForgotten,
    AuthenticatorAdded,
    AuthenticatorRemoved,
    RecoveryCodesCreated,
    SecurityAlert,
    PasskeyAdded,
    PasskeyRemoved,
}

impl AuditKind {
    /// Every kind, for tests and the operator's tools.
    pub const ALL: [AuditKind; 31] = [
        AuditKind::SignUp,
        AuditKind::SignUpExisting,
        AuditKind::PhoneVerified,
        AuditKind::SignIn,
        AuditKind::SignInFailed,
        AuditKind::SignInPaused,
        AuditKind::SignInPasswordOk,
        AuditKind::SignInCodeOk,
        AuditKind::CodeSent,
        AuditKind::CodeNotSent,
        AuditKind::SessionEnded,
        AuditKind::PasswordChanged,
        AuditKind::PasswordReset,
        AuditKind::PhoneChanged,
        AuditKind::PhoneChangeCancelled,
        AuditKind::TwoFactorEnabled,
        AuditKind::TwoFactorDisabled,
        AuditKind::StepUpFailed,
        AuditKind::StepUpPaused,
        AuditKind::NameChanged,
        AuditKind::PhotoChanged,
        AuditKind::PhotoRemoved,
        AuditKind::NewDeviceAlert,
        AuditKind::BrowserTrusted,
        AuditKind::BrowserForgotten,
        AuditKind::AuthenticatorAdded,
        AuditKind::AuthenticatorRemoved,
        AuditKind::RecoveryCodesCreated,
        AuditKind::SecurityAlert,
        AuditKind::PasskeyAdded,
        AuditKind::PasskeyRemoved,
    ];

    /// The name stored in the database (and printed by the operator's CLI).
    pub fn as_str(self) -> &'static str {
        match self {
            AuditKind::SignUp => "sign_up",
            AuditKind::SignUpExisting => "sign_up_existing",
            AuditKind::PhoneVerified => "phone_verified",
            AuditKind::SignIn => "sign_in",
            AuditKind::SignInFailed => "sign_in_failed",
            AuditKind::SignInPaused => "sign_in_paused",
            AuditKind::SignInPasswordOk => "sign_in_password_ok",
            AuditKind::SignInCodeOk => "sign_in_code_ok",
            AuditKind::CodeSent => "code_sent",
            AuditKind::CodeNotSent => "code_not_sent",
            AuditKind::SessionEnded => "session_ended",
            AuditKind::PasswordChanged => "password_changed",
            AuditKind::PasswordReset => "password_reset",
            AuditKind::PhoneChanged => "phone_changed",
            AuditKind::PhoneChangeCancelled => "phone_change_cancelled",
            AuditKind::TwoFactorEnabled => "two_factor_enabled",
            AuditKind::TwoFactorDisabled => "two_factor_disabled",
            AuditKind::StepUpFailed => "step_up_failed",
            AuditKind::StepUpPaused => "step_up_paused",
            AuditKind::NameChanged => "name_changed",
            AuditKind::PhotoChanged => "photo_changed",
            AuditKind::PhotoRemoved => "photo_removed",
            AuditKind::NewDeviceAlert => "new_device_alert",
            AuditKind::BrowserTrusted => "browser_trusted",
            AuditKind::BrowserForgotten => "browser_forgotten",
            AuditKind::AuthenticatorAdded => "authenticator_added",
            AuditKind::AuthenticatorRemoved => "authenticator_removed",
            AuditKind::RecoveryCodesCreated => "recovery_codes_created",
            AuditKind::SecurityAlert => "security_alert",
            AuditKind::PasskeyAdded => "passkey_added",
            AuditKind::PasskeyRemoved => "passkey_removed",
        }
    }

    pub fn parse(s: &str) -> Option<AuditKind> {
        AuditKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Events that may be someone else at work: the activity marks them.
    pub fn is_warning(self) -> bool {
        matches!(
            self,
            AuditKind::SignInFailed
                | AuditKind::SignInPaused
                | AuditKind::SignUpExisting
                | AuditKind::StepUpFailed
                | AuditKind::StepUpPaused
        )
    }

    /// The event as a sentence a person reads on the profile. `device` is the device
    /// the event came from, in words ("Firefox on Windows"); `detail` the facts recorded
    /// with it. [`Sentence::names_device`] says whether the sentence named the device.
    pub fn words(self, detail: &AuditDetail, device: &str) -> Sentence {
        let on = |what: &str| {
            let text = if device == crate::domain::device::UNKNOWN_DEVICE {
                format!("{what} on an unknown device")
            } else {
                format!("{what} on {device}")
            };
            Sentence { text, names_device: true }
        };
        let plain = |text: String| Sentence { text, names_device: false };
        let signed_out = |n: Option<u64>| match n {
            None => String::new(),
            Some(0) => "; no other device was signed in".into(),
            Some(n) => format!("; {} {} signed out", devices(n, "other "), if n == 1 { "was" } else { "were" }),
        };
        match self {
            AuditKind::SignUp => on("Account created"),
            AuditKind::SignUpExisting => plain("Someone tried to create an account with your number".into()),
            AuditKind::PhoneVerified => plain("Phone number verified".into()),
            AuditKind::SignIn => on(match detail.method {
                Some(SignInMethod::Code) => "Signed in with a code",
                Some(SignInMethod::PasswordAndCode) => "Signed in with your password and a code",
                Some(SignInMethod::CodeAndPassword) => "Signed in with a code and your password",
                Some(SignInMethod::AfterVerification) => "Signed in after verifying your number",
                Some(SignInMethod::PasswordOnTrustedBrowser) => "Signed in with your password on a trusted browser",
                Some(SignInMethod::CodeOnTrustedBrowser) => "Signed in with a code on a trusted browser",
                Some(SignInMethod::PasswordAndAuthenticator) => "Signed in with your password and your authenticator app",
                Some(SignInMethod::PasswordAndRecoveryCode) => "Signed in with your password and a recovery code",
                Some(SignInMethod::Passkey) => "Signed in with a passkey",
                Some(SignInMethod::PasswordAndPasskey) => "Signed in with your password and a passkey",
                Some(SignInMethod::Password) | None => "Signed in",
            }),
            AuditKind::SignInFailed => plain(
                match detail.reason {
                    Some(FailReason::WrongCode) => "A wrong sign-in code was entered",
                    Some(FailReason::CodeWithoutPassword) => "A sign-in with only a code was refused: two-factor sign-in is on",
                    Some(FailReason::WrongPassword | FailReason::UnknownNumber) | None => "A wrong password was tried",
                }
                .into(),
            ),
            AuditKind::SignInPaused => plain("Sign-in paused after too many wrong passwords".into()),
            AuditKind::SignInPasswordOk => on("Password entered, the second step asked"),
            AuditKind::SignInCodeOk => on("Sign-in code entered, the password asked"),
            AuditKind::CodeSent if detail.test_number == Some(true) => {
                plain("A code for this test number was issued: its code is fixed, nothing was sent".into())
            }
            AuditKind::CodeSent => {
                let what = match detail.purpose {
                    Some(CodePurpose::VerifyPhone) => "A code to verify your number",
                    Some(CodePurpose::SignIn) => "A sign-in code",
                    Some(CodePurpose::TwoFactor) => "A two-factor sign-in code",
                    Some(CodePurpose::ResetPassword) => "A password reset code",
                    Some(CodePurpose::ChangePhone) => "A code to confirm your new number",
                    None => "A code",
                };
                let how = match detail.channel {
                    Some(Channel::Voice) => " was read out by a phone call",
                    Some(Channel::Sms) => " was sent by text message",
                    None => " was sent",
                };
                plain(format!("{what}{how}"))
            }
            AuditKind::CodeNotSent => plain(match detail.not_sent {
                Some(NotSent::ProviderRefused) => "A code could not be sent: the text message service refused the number".into(),
                _ => "A code could not be sent".into(),
            }),
            AuditKind::SessionEnded => match &detail.ended {
                Some(Ended::ThisDevice) | None => on("Signed out"),
                Some(Ended::Other { device: Some(d) }) => plain(format!("Signed out {d} from another device")),
                Some(Ended::Other { device: None }) => plain("Signed out another device".into()),
                Some(Ended::Others { count: 0 }) => plain("Signed out all other devices; none was signed in".into()),
                Some(Ended::Others { count }) => plain(format!("Signed out {}", devices(*count, "other "))),
                Some(Ended::All { count: 0 | 1 }) => plain("Signed out everywhere".into()),
                Some(Ended::All { count }) => plain(format!("Signed out everywhere: {count} devices")),
                Some(Ended::ByOperator { .. }) => plain("An administrator signed out all your devices".into()),
            },
            AuditKind::PasswordChanged => plain(format!("Password changed{}", signed_out(detail.others_ended))),
            AuditKind::PasswordReset => plain(match detail.others_ended {
                None => "Password reset with a code".into(),
                Some(0) => "Password reset with a code; no device was signed in".into(),
                Some(n) => format!("Password reset with a code; {} {} signed out", devices(n, ""), if n == 1 { "was" } else { "were" }),
            }),
            AuditKind::PhoneChanged => {
                let to = match detail.number.as_deref().map(|n| n.chars().rev().take(2).collect::<Vec<_>>()) {
                    Some(last) if last.len() == 2 && last.iter().all(char::is_ascii_digit) => {
                        format!(" to a number ending in {}{}", last[1], last[0])
                    }
                    _ => String::new(),
                };
                plain(format!("Phone number changed{to}{}", signed_out(detail.others_ended)))
            }
            AuditKind::PhoneChangeCancelled => plain("Phone number change cancelled".into()),
            AuditKind::TwoFactorEnabled => plain("Two-factor sign-in turned on".into()),
            AuditKind::TwoFactorDisabled if detail.by_operator == Some(true) => {
                plain("An administrator turned off two-factor sign-in and removed its authenticator app and recovery codes".into())
            }
            AuditKind::TwoFactorDisabled => plain("Two-factor sign-in turned off".into()),
            AuditKind::StepUpFailed => plain("A wrong current password was entered to change a setting".into()),
            AuditKind::StepUpPaused => plain("Password checks paused after too many wrong tries".into()),
            AuditKind::NameChanged => plain("Name changed".into()),
            AuditKind::PhotoChanged => plain("Photo changed".into()),
            AuditKind::PhotoRemoved => plain("Photo removed".into()),
            AuditKind::BrowserTrusted => on("Two-factor sign-in stopped asking for a code"),
            AuditKind::BrowserForgotten => plain("A browser is no longer trusted: it will be asked for a code again".into()),
            AuditKind::AuthenticatorAdded => on("Authenticator app added"),
            AuditKind::PasskeyAdded => on("Passkey added"),
            AuditKind::PasskeyRemoved => on("Passkey removed"),
            AuditKind::AuthenticatorRemoved => on("Authenticator app removed"),
            AuditKind::RecoveryCodesCreated => on("New recovery codes made"),
            AuditKind::SecurityAlert => plain(
                match detail.alert_sent {
                    Some(false) => "The text message about this change to your account could not be sent",
                    Some(true) | None => "We sent a text message to your number about this change to your account",
                }
                .into(),
            ),
            AuditKind::NewDeviceAlert => {
                let from = if device == crate::domain::device::UNKNOWN_DEVICE { "an unknown device" } else { device };
                let told = match detail.alert_sent {
                    Some(false) => "the alert to your number could not be sent",
                    Some(true) | None => "we sent an alert to your number",
                };
                Sentence { text: format!("First sign-in from {from}: {told}"), names_device: true }
            }
        }
    }
}

/// "1 other device", "3 devices".
fn devices(n: u64, other: &str) -> String {
    match n {
        1 => format!("1 {other}device"),
        n => format!("{n} {other}devices"),
    }
}

/// An event in words, for the activity list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    /// The sentence says which device the event came from (the list then does not
    /// repeat it).
    pub names_device: bool,
}

/// The facts an event's sentence needs, recorded when it happens (stored as JSON in the
/// event's `detail`; an event recorded before these existed reads as the default, and
/// its sentence leaves the facts out).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditDetail {
    /// How a sign-in was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<SignInMethod>,
    /// Why a sign-in was refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<FailReason>,
    /// What a code was for, and how it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<CodePurpose>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// How many other sessions (devices) a password or phone change or a reset signed out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub others_ended: Option<u64>,
    /// Which sessions a sign-out ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Ended>,
    /// The number concerned, masked (`+*********56`): the new number of a phone change,
    /// the number of a code not sent (for the operator).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Why a code was not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_sent: Option<NotSent>,
    /// Whether the new-browser alert reached the provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_sent: Option<bool>,
    /// The change was the operator's (the command line), not the person's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_operator: Option<bool>,
    /// A code of a test number (`TEST_PHONE_NUMBERS`): fixed, not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_number: Option<bool>,
}

impl AuditDetail {
    pub fn none() -> AuditDetail {
        AuditDetail::default()
    }

    pub fn sign_in(method: SignInMethod) -> AuditDetail {
        AuditDetail { method: Some(method), ..AuditDetail::default() }
    }

    pub fn failed(reason: FailReason) -> AuditDetail {
        AuditDetail { reason: Some(reason), ..AuditDetail::default() }
    }

    pub fn code(purpose: CodePurpose, channel: Channel) -> AuditDetail {
        AuditDetail { purpose: Some(purpose), channel: Some(channel), ..AuditDetail::default() }
    }

    pub fn others_ended(n: u64) -> AuditDetail {
        AuditDetail { others_ended: Some(n), ..AuditDetail::default() }
    }

    pub fn ended(which: Ended) -> AuditDetail {
        AuditDetail { ended: Some(which), ..AuditDetail::default() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignInMethod {
    Password,
    Code,
    PasswordAndCode,
    /// Passwordless with 2FA on: the code, then the password.
    CodeAndPassword,
    AfterVerification,
    /// 2FA on, one factor given on a browser trusted earlier with both: the password,
    /// or a code (passwordless).
    PasswordOnTrustedBrowser,
    CodeOnTrustedBrowser,
    /// 2FA on: the password, then a code from the authenticator app.
    PasswordAndAuthenticator,
    /// 2FA on: the password, then a recovery code.
    PasswordAndRecoveryCode,
    /// A passkey, user verification included (complete on its own).
    Passkey,
    /// 2FA on: the password, then a passkey.
    PasswordAndPasskey,
}

impl SignInMethod {
    const ALL: [SignInMethod; 11] = [
        SignInMethod::Password,
        SignInMethod::Code,
        SignInMethod::PasswordAndCode,
        SignInMethod::CodeAndPassword,
        SignInMethod::AfterVerification,
        SignInMethod::PasswordOnTrustedBrowser,
        SignInMethod::CodeOnTrustedBrowser,
        SignInMethod::PasswordAndAuthenticator,
        SignInMethod::PasswordAndRecoveryCode,
        SignInMethod::Passkey,
        SignInMethod::PasswordAndPasskey,
    ];

    /// The stored name (a session's `sign_in_method`), the same as its JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            SignInMethod::Password => "password",
            SignInMethod::Code => "code",
            SignInMethod::PasswordAndCode => "password_and_code",
            SignInMethod::CodeAndPassword => "code_and_password",
            SignInMethod::AfterVerification => "after_verification",
            SignInMethod::PasswordOnTrustedBrowser => "password_on_trusted_browser",
            SignInMethod::CodeOnTrustedBrowser => "code_on_trusted_browser",
            SignInMethod::PasswordAndAuthenticator => "password_and_authenticator",
            SignInMethod::PasswordAndRecoveryCode => "password_and_recovery_code",
            SignInMethod::Passkey => "passkey",
            SignInMethod::PasswordAndPasskey => "password_and_passkey",
        }
    }

    pub fn parse(s: &str) -> Option<SignInMethod> {
        SignInMethod::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailReason {
    WrongPassword,
    UnknownNumber,
    WrongCode,
    /// A right code alone, for an account that needs the password too.
    CodeWithoutPassword,
}

/// Why a code was not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotSent {
    /// The number has no account: a blind code row, never sent.
    NoAccount,
    /// The SMS provider refused the number.
    ProviderRefused,
}

/// The sessions a sign-out ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "which")]
pub enum Ended {
    /// The session of the browser that signed out.
    ThisDevice,
    /// One other session, from the sessions page; its device in words.
    Other { device: Option<String> },
    /// Every other session.
    Others { count: u64 },
    /// Every session, this one included.
    All { count: u64 },
    /// Every session, by the service's operator (`phone-auth sessions revoke-all`).
    ByOperator { count: u64 },
}

impl std::fmt::Display for AuditKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn says(kind: AuditKind, detail: AuditDetail, device: &str) -> String {
        kind.words(&detail, device).text
    }

    #[test]
    fn every_kind_has_a_name_and_reads_as_a_sentence() {
        for kind in AuditKind::ALL {
            assert_eq!(AuditKind::parse(kind.as_str()), Some(kind));
            let words = says(kind, AuditDetail::none(), "Firefox on Windows");
            assert!(!words.contains('_') && !words.contains('(') && words.starts_with(char::is_uppercase), "{kind} reads as {words}");
        }
        assert_eq!(AuditKind::parse("sign_in_again"), None);
    }

    #[test]
    fn sign_ins_say_how_and_on_which_device() {
        let s = AuditKind::SignIn.words(&AuditDetail::sign_in(SignInMethod::Password), "Firefox on Windows");
        assert_eq!(s, Sentence { text: "Signed in on Firefox on Windows".into(), names_device: true });
        assert_eq!(
            says(AuditKind::SignIn, AuditDetail::sign_in(SignInMethod::Code), "Safari on iOS"),
            "Signed in with a code on Safari on iOS"
        );
        assert_eq!(
            says(AuditKind::SignIn, AuditDetail::sign_in(SignInMethod::PasswordAndCode), "Chrome on Android"),
            "Signed in with your password and a code on Chrome on Android"
        );
        assert_eq!(says(AuditKind::SignIn, AuditDetail::none(), "Unknown device"), "Signed in on an unknown device");
        assert_eq!(says(AuditKind::SignInFailed, AuditDetail::failed(FailReason::WrongPassword), "curl"), "A wrong password was tried");
        assert!(!AuditKind::SignInFailed.words(&AuditDetail::none(), "curl").names_device);
        assert!(AuditKind::SignInFailed.is_warning() && !AuditKind::SignIn.is_warning());
    }

    #[test]
    fn counts_of_devices_signed_out_are_in_words() {
        let changed = |n| says(AuditKind::PasswordChanged, AuditDetail::others_ended(n), "");
        assert_eq!(changed(2), "Password changed; 2 other devices were signed out");
        assert_eq!(changed(1), "Password changed; 1 other device was signed out");
        assert_eq!(changed(0), "Password changed; no other device was signed in");
        assert_eq!(says(AuditKind::PhoneChanged, AuditDetail::none(), ""), "Phone number changed");
        let phone = AuditDetail { number: Some("+*********78".into()), ..AuditDetail::others_ended(1) };
        assert_eq!(
            says(AuditKind::PhoneChanged, phone, ""),
            "Phone number changed to a number ending in 78; 1 other device was signed out"
        );
        assert_eq!(
            says(AuditKind::PasswordReset, AuditDetail::others_ended(3), ""),
            "Password reset with a code; 3 devices were signed out"
        );
        let ended = |e| says(AuditKind::SessionEnded, AuditDetail::ended(e), "Chrome on macOS");
        assert_eq!(ended(Ended::ThisDevice), "Signed out on Chrome on macOS");
        assert_eq!(ended(Ended::Other { device: Some("Safari on iOS".into()) }), "Signed out Safari on iOS from another device");
        assert_eq!(ended(Ended::Others { count: 2 }), "Signed out 2 other devices");
        assert_eq!(ended(Ended::All { count: 1 }), "Signed out everywhere");
        assert_eq!(ended(Ended::All { count: 3 }), "Signed out everywhere: 3 devices");
        assert_eq!(
            says(AuditKind::CodeSent, AuditDetail::code(CodePurpose::ChangePhone, Channel::Voice), ""),
            "A code to confirm your new number was read out by a phone call"
        );
    }

    #[test]
    fn details_are_stored_as_json_and_old_free_text_reads_as_none() {
        let d = AuditDetail::ended(Ended::Other { device: Some("Firefox on Windows".into()) });
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, r#"{"ended":{"which":"other","device":"Firefox on Windows"}}"#);
        assert_eq!(serde_json::from_str::<AuditDetail>(&json).unwrap(), d);
        assert_eq!(serde_json::to_string(&AuditDetail::none()).unwrap(), "{}");
        assert!(serde_json::from_str::<AuditDetail>("2 other session(s) ended").is_err());
    }
}
