//! What the profile and sessions pages show of an account's security activity and its
//! sessions: made by the services (sentences from [`crate::domain::audit`], times in the
//! person's zone from [`crate::domain::time`]), carried to the pages by the server
//! functions.

use crate::domain::audit::{AuditDetail, AuditKind, Ended, FailReason, NotSent, Sentence, SignInMethod};
use crate::domain::device::{Device, UNKNOWN_BROWSER, UNKNOWN_SYSTEM};
use crate::domain::lang::Arg;
use crate::domain::time::When;
use crate::domain::{Channel, CodePurpose};
use serde::{Deserialize, Serialize};

/// One entry of the security activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityItem {
    pub at: When,
    /// The event as a sentence ("Signed in on Firefox on Windows").
    pub event: String,
    /// The device the event came from, in words ("Chrome on macOS").
    pub device: String,
    /// Whether `event` already names the device.
    pub names_device: bool,
    pub ip: String,
    /// Possibly someone else at work (a wrong password, a refused sign-in): marked.
    pub warning: bool,
}

/// One of the person's sessions (a device signed in).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionItem {
    pub id: i64,
    pub device: String,
    pub ip: String,
    pub signed_in_at: When,
    pub last_active_at: When,
    /// The session of the browser asking.
    pub this_device: bool,
    /// What a session not fully signed in still waits for ("Password entered, waiting
    /// for the code"); `None` when it is signed in.
    pub waiting: Option<String>,
}

/// A browser where two-factor sign-in asks no code for a while, for the sessions page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrustedBrowser {
    pub id: i64,
    pub device: String,
    pub ip: String,
    pub trusted_at: When,
    pub until: When,
    /// The browser asking.
    pub this_device: bool,
}

/// An app the person allowed to sign them in (OpenID Connect), for "Connected apps".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectedApp {
    pub client_id: String,
    pub name: String,
    /// What it may know, in words ("your phone number and name").
    pub knows: String,
    pub allowed_at: When,
}

/// Formats a catalog message: `(key, arguments) -> text` (the server's catalog in the
/// person's language; see `server/services/account.rs`).
pub type Words<'t> = &'t dyn Fn(&str, &[(&str, Arg)]) -> String;

/// An event as a sentence in the person's language (the `activity-` messages): the same
/// sentence as [`AuditKind::words`] (which the operator's command line prints, in
/// English), with the device named in those words too.
pub fn event_sentence(kind: AuditKind, detail: &AuditDetail, device: &Device, t: Words) -> Sentence {
    let unknown = device.browser == UNKNOWN_BROWSER && device.os == UNKNOWN_SYSTEM;
    let named = if unknown { t("activity-unknown-device", &[]) } else { device.label_with(t) };
    let on = |key: &str| Sentence { text: t(key, &[("device", Arg::Text(&named))]), names_device: true };
    let plain = |key: &str| Sentence { text: t(key, &[]), names_device: false };
    let counted = |key: &str, n: u64| Sentence { text: t(key, &[("n", Arg::Number(n as i64))]), names_device: false };
    // A change that signed out the other devices: `base`, `base-none`, `base-others`.
    let ended = |base: &str, others: Option<u64>, args: &[(&str, Arg)]| {
        let (key, n) = match others {
            None => (base.to_string(), None),
            Some(0) => (format!("{base}-none"), None),
            Some(n) => (format!("{base}-others"), Some(n as i64)),
        };
        let mut all = args.to_vec();
        if let Some(n) = n {
            all.push(("n", Arg::Number(n)));
        }
        Sentence { text: t(&key, &all), names_device: false }
    };
    match kind {
        AuditKind::SignUp => on("activity-sign-up"),
        AuditKind::SignUpExisting => plain("activity-sign-up-existing"),
        AuditKind::PhoneVerified => plain("activity-phone-verified"),
        AuditKind::SignIn => on(match detail.method {
            Some(SignInMethod::Code) => "activity-sign-in-code",
            Some(SignInMethod::PasswordAndCode) => "activity-sign-in-password-code",
            Some(SignInMethod::CodeAndPassword) => "activity-sign-in-code-password",
            Some(SignInMethod::AfterVerification) => "activity-sign-in-after-verification",
            Some(SignInMethod::PasswordOnTrustedBrowser) => "activity-sign-in-password-trusted",
            Some(SignInMethod::CodeOnTrustedBrowser) => "activity-sign-in-code-trusted",
            Some(SignInMethod::PasswordAndAuthenticator) => "activity-sign-in-password-app",
            Some(SignInMethod::PasswordAndRecoveryCode) => "activity-sign-in-password-recovery",
            Some(SignInMethod::Passkey) => "activity-sign-in-passkey",
            Some(SignInMethod::PasswordAndPasskey) => "activity-sign-in-password-passkey",
            Some(SignInMethod::Password) | None => "activity-sign-in",
        }),
        AuditKind::SignInFailed => plain(match detail.reason {
            Some(FailReason::WrongCode) => "activity-wrong-code",
            Some(FailReason::CodeWithoutPassword) => "activity-code-without-password",
            Some(FailReason::WrongPassword | FailReason::UnknownNumber) | None => "activity-wrong-password",
        }),
        AuditKind::SignInPaused => plain("activity-sign-in-paused"),
        AuditKind::SignInPasswordOk => on("activity-password-ok"),
        AuditKind::SignInCodeOk => on("activity-code-ok"),
        AuditKind::CodeSent if detail.test_number == Some(true) => plain("activity-test-code"),
        AuditKind::CodeSent => {
            let what = t(
                match detail.purpose {
                    Some(CodePurpose::VerifyPhone) => "activity-code-verify-phone",
                    Some(CodePurpose::SignIn) => "activity-code-sign-in",
                    Some(CodePurpose::TwoFactor) => "activity-code-two-factor",
                    Some(CodePurpose::ResetPassword) => "activity-code-reset",
                    Some(CodePurpose::ChangePhone) => "activity-code-change-phone",
                    None => "activity-code",
                },
                &[],
            );
            let key = match detail.channel {
                Some(Channel::Voice) => "activity-code-sent-voice",
                Some(Channel::Sms) => "activity-code-sent-sms",
                None => "activity-code-sent",
            };
            Sentence { text: t(key, &[("what", Arg::Text(&what))]), names_device: false }
        }
        AuditKind::CodeNotSent => plain(match detail.not_sent {
            Some(NotSent::ProviderRefused) => "activity-code-not-sent-refused",
            _ => "activity-code-not-sent",
        }),
        AuditKind::SessionEnded => match &detail.ended {
            Some(Ended::ThisDevice) | None => on("activity-signed-out-here"),
            Some(Ended::Other { device: Some(d) }) => {
                // Recorded in English words: shown in the person's.
                let other = Device::from_label(d).label_with(t);
                Sentence { text: t("activity-signed-out-other", &[("device", Arg::Text(&other))]), names_device: false }
            }
            Some(Ended::Other { device: None }) => plain("activity-signed-out-another"),
            Some(Ended::Others { count: 0 }) => plain("activity-signed-out-others-none"),
            Some(Ended::Others { count }) => counted("activity-signed-out-others", *count),
            Some(Ended::All { count: 0 | 1 }) => plain("activity-signed-out-everywhere"),
            Some(Ended::All { count }) => counted("activity-signed-out-everywhere-count", *count),
            Some(Ended::ByOperator { .. }) => plain("activity-signed-out-by-operator"),
        },
        AuditKind::PasswordChanged => ended("activity-password-changed", detail.others_ended, &[]),
        AuditKind::PasswordReset => ended("activity-password-reset", detail.others_ended, &[]),
        AuditKind::PhoneChanged => {
            let last = match detail.number.as_deref().map(|n| n.chars().rev().take(2).collect::<Vec<_>>()) {
                Some(last) if last.len() == 2 && last.iter().all(char::is_ascii_digit) => Some(format!("{}{}", last[1], last[0])),
                _ => None,
            };
            match &last {
                Some(last) => ended("activity-phone-changed-to", detail.others_ended, &[("last", Arg::Text(last))]),
                None => ended("activity-phone-changed", detail.others_ended, &[]),
            }
        }
        AuditKind::PhoneChangeCancelled => plain("activity-phone-change-cancelled"),
        AuditKind::TwoFactorEnabled => plain("activity-two-factor-on"),
        AuditKind::TwoFactorDisabled if detail.by_operator == Some(true) => plain("activity-two-factor-off-by-operator"),
        AuditKind::TwoFactorDisabled => plain("activity-two-factor-off"),
        AuditKind::StepUpFailed => plain("activity-step-up-failed"),
        AuditKind::StepUpPaused => plain("activity-step-up-paused"),
        AuditKind::NameChanged => plain("activity-name-changed"),
        AuditKind::PhotoChanged => plain("activity-photo-changed"),
        AuditKind::PhotoRemoved => plain("activity-photo-removed"),
        AuditKind::BrowserTrusted => on("activity-browser-trusted"),
        AuditKind::BrowserForgotten => plain("activity-browser-forgotten"),
        AuditKind::AuthenticatorAdded => on("activity-app-added"),
        AuditKind::PasskeyAdded => on("activity-passkey-added"),
        AuditKind::PasskeyRemoved => on("activity-passkey-removed"),
        AuditKind::AuthenticatorRemoved => on("activity-app-removed"),
        AuditKind::RecoveryCodesCreated => on("activity-recovery-codes"),
        AuditKind::SecurityAlert => plain(match detail.alert_sent {
            Some(false) => "activity-alert-not-sent",
            Some(true) | None => "activity-alert-sent",
        }),
        AuditKind::NewDeviceAlert => on(match detail.alert_sent {
            Some(false) => "activity-new-device-not-alerted",
            Some(true) | None => "activity-new-device-alerted",
        }),
    }
}

/// The catalogs, for tests that check a message says what the English code says and
/// formats in every language.
#[cfg(all(test, feature = "ssr"))]
pub(crate) mod words {
    use crate::domain::lang::{Arg, Lang};
    use crate::server::i18n::Catalog;

    pub struct Words(Lang);

    pub fn bundle() -> Words {
        Words(Lang::En)
    }

    /// The words of language `tag`.
    pub fn catalog(tag: &str) -> Words {
        Words(Lang::from_tag(tag).expect("a language of the pages"))
    }

    pub fn format(words: &Words, key: &str, args: &[(&str, Arg)]) -> String {
        Catalog::get().message(words.0, key, args)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::domain::audit::NotSent;

    #[test]
    fn every_event_says_in_english_what_the_command_line_says() {
        let bundle = words::bundle();
        let t = |key: &str, args: &[(&str, Arg)]| words::format(&bundle, key, args);
        let others: Vec<_> = crate::domain::lang::Lang::ALL.iter().skip(1).map(|l| words::catalog(l.tag())).collect();
        let device = |b: &str, os: &str| Device { browser: b.into(), os: os.into() };
        let devices = [
            device("Firefox", "Windows"),
            device("curl", UNKNOWN_SYSTEM),
            device(UNKNOWN_BROWSER, "Linux"),
            device(UNKNOWN_BROWSER, UNKNOWN_SYSTEM),
        ];
        let mut details = vec![AuditDetail::none()];
        for m in [
            "password",
            "code",
            "password_and_code",
            "code_and_password",
            "after_verification",
            "password_on_trusted_browser",
            "code_on_trusted_browser",
            "password_and_authenticator",
            "password_and_recovery_code",
            "passkey",
            "password_and_passkey",
        ] {
            details.push(AuditDetail::sign_in(SignInMethod::parse(m).unwrap()));
        }
        for r in [FailReason::WrongPassword, FailReason::UnknownNumber, FailReason::WrongCode, FailReason::CodeWithoutPassword] {
            details.push(AuditDetail::failed(r));
        }
        for p in
            [CodePurpose::VerifyPhone, CodePurpose::SignIn, CodePurpose::TwoFactor, CodePurpose::ResetPassword, CodePurpose::ChangePhone]
        {
            for c in [Channel::Sms, Channel::Voice] {
                details.push(AuditDetail::code(p, c));
            }
            details.push(AuditDetail { purpose: Some(p), ..AuditDetail::none() });
        }
        details.push(AuditDetail { channel: Some(Channel::Sms), ..AuditDetail::none() });
        details.push(AuditDetail { test_number: Some(true), ..AuditDetail::none() });
        details.push(AuditDetail { not_sent: Some(NotSent::ProviderRefused), ..AuditDetail::none() });
        details.push(AuditDetail { not_sent: Some(NotSent::NoAccount), ..AuditDetail::none() });
        for n in [0, 1, 2, 7, 11, 100] {
            details.push(AuditDetail::others_ended(n));
            details.push(AuditDetail { number: Some("+*********78".into()), ..AuditDetail::others_ended(n) });
            details.push(AuditDetail::ended(Ended::Others { count: n }));
            details.push(AuditDetail::ended(Ended::All { count: n }));
            details.push(AuditDetail::ended(Ended::ByOperator { count: n }));
        }
        details.push(AuditDetail { number: Some("+*********78".into()), ..AuditDetail::none() });
        details.push(AuditDetail { number: Some("+**".into()), ..AuditDetail::none() });
        details.push(AuditDetail::ended(Ended::ThisDevice));
        details.push(AuditDetail::ended(Ended::Other { device: None }));
        for d in &devices {
            details.push(AuditDetail::ended(Ended::Other { device: Some(d.label()) }));
        }
        for b in [false, true] {
            details.push(AuditDetail { alert_sent: Some(b), ..AuditDetail::none() });
            details.push(AuditDetail { by_operator: Some(b), ..AuditDetail::none() });
        }
        let mut checked = 0;
        for kind in AuditKind::ALL {
            for detail in &details {
                for d in &devices {
                    assert_eq!(event_sentence(kind, detail, d, &t), kind.words(detail, &d.label()), "{kind} {detail:?} {d:?}");
                    // Every other language formats it without error (`format` checks).
                    for other in &others {
                        let t = |key: &str, args: &[(&str, Arg)]| words::format(other, key, args);
                        let said = event_sentence(kind, detail, d, &t).text;
                        assert!(!said.is_empty() && !said.contains('{'), "{said}");
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000);
        for d in &devices {
            assert_eq!(d.label_with(&t), d.label());
        }
    }
}
