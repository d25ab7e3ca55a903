//! What a successful action tells the person ("Password changed. 2 other devices were
//! signed out."). An action redirects to its page with `?notice=<key>[&n=<count>]`, with
//! or without JavaScript; the page shows the sentence for the key. Only known keys are
//! shown, so a crafted link cannot put words on the page.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    NameSaved,
    PhotoUpdated,
    PhotoRemoved,
    PasswordChanged {
        others_ended: u64,
    },
    PhoneCodeSent,
    PhoneChangeCancelled,
    /// The number changed; `old_told` says whether the old number got the heads-up SMS.
    PhoneChanged {
        others_ended: u64,
        old_told: bool,
    },
    TwoFactorOn,
    TwoFactorOff,
    SessionEnded,
    /// A trusted browser was forgotten (it will be asked for a code again).
    BrowserForgotten,
    OtherSessionsEnded {
        ended: u64,
    },
    PasswordReset,
    SignedOut,
    /// The phone number of a new account was just proved: the first page it lands on.
    Welcome,
    AppSetupStarted,
    AppSetupCancelled,
    /// The authenticator app's first code came back (recovery codes may be shown too).
    AppAdded,
    AppRemoved,
    RecoveryCodesCreated,
    /// Signed in with a recovery code: `left` remain.
    RecoveryCodeUsed {
        left: u64,
    },
    PasskeyAdded,
    PasskeyRenamed,
    PasskeyRemoved,
}

impl Notice {
    pub fn key(self) -> &'static str {
        match self {
            Notice::NameSaved => "name-saved",
            Notice::PhotoUpdated => "photo-updated",
            Notice::PhotoRemoved => "photo-removed",
            Notice::PasswordChanged { .. } => "password-changed",
            Notice::PhoneCodeSent => "phone-code-sent",
            Notice::PhoneChangeCancelled => "phone-change-cancelled",
            Notice::PhoneChanged { old_told: true, .. } => "phone-changed",
            Notice::PhoneChanged { old_told: false, .. } => "phone-changed-untold",
            Notice::TwoFactorOn => "2fa-on",
            Notice::TwoFactorOff => "2fa-off",
            Notice::SessionEnded => "session-ended",
            Notice::BrowserForgotten => "browser-forgotten",
            Notice::OtherSessionsEnded { .. } => "others-ended",
            Notice::PasswordReset => "password-reset",
            Notice::SignedOut => "signed-out",
            Notice::Welcome => "welcome",
            Notice::AppSetupStarted => "app-setup",
            Notice::AppSetupCancelled => "app-setup-cancelled",
            Notice::AppAdded => "app-added",
            Notice::AppRemoved => "app-removed",
            Notice::RecoveryCodesCreated => "recovery-codes",
            Notice::RecoveryCodeUsed { .. } => "recovery-code-used",
            Notice::PasskeyAdded => "passkey-added",
            Notice::PasskeyRenamed => "passkey-renamed",
            Notice::PasskeyRemoved => "passkey-removed",
        }
    }

    fn count(self) -> Option<u64> {
        match self {
            Notice::PasswordChanged { others_ended } | Notice::PhoneChanged { others_ended, .. } => Some(others_ended),
            Notice::OtherSessionsEnded { ended } => Some(ended),
            Notice::RecoveryCodeUsed { left } => Some(left),
            _ => None,
        }
    }

    /// `path?notice=key[&n=count]`.
    pub fn url(self, path: &str) -> String {
        match self.count() {
            Some(n) => format!("{path}?notice={}&n={n}", self.key()),
            None => format!("{path}?notice={}", self.key()),
        }
    }

    /// The notice of a query string's `notice` and `n` values.
    pub fn parse(key: &str, n: Option<&str>) -> Option<Notice> {
        let n = n.and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        Some(match key {
            "name-saved" => Notice::NameSaved,
            "photo-updated" => Notice::PhotoUpdated,
            "photo-removed" => Notice::PhotoRemoved,
            "password-changed" => Notice::PasswordChanged { others_ended: n },
            "phone-code-sent" => Notice::PhoneCodeSent,
            "phone-change-cancelled" => Notice::PhoneChangeCancelled,
            "phone-changed" => Notice::PhoneChanged { others_ended: n, old_told: true },
            "phone-changed-untold" => Notice::PhoneChanged { others_ended: n, old_told: false },
            "2fa-on" => Notice::TwoFactorOn,
            "2fa-off" => Notice::TwoFactorOff,
            "session-ended" => Notice::SessionEnded,
            "browser-forgotten" => Notice::BrowserForgotten,
            "others-ended" => Notice::OtherSessionsEnded { ended: n },
            "password-reset" => Notice::PasswordReset,
            "signed-out" => Notice::SignedOut,
            "welcome" => Notice::Welcome,
            "app-setup" => Notice::AppSetupStarted,
            "app-setup-cancelled" => Notice::AppSetupCancelled,
            "app-added" => Notice::AppAdded,
            "app-removed" => Notice::AppRemoved,
            "recovery-codes" => Notice::RecoveryCodesCreated,
            "recovery-code-used" => Notice::RecoveryCodeUsed { left: n },
            "passkey-added" => Notice::PasskeyAdded,
            "passkey-renamed" => Notice::PasskeyRenamed,
            "passkey-removed" => Notice::PasskeyRemoved,
            _ => return None,
        })
    }

    /// The sentence's catalog message (`notice-` keys) and its numeric arguments: the
    /// pages show it in the person's language (`NoticeBanner`). A count of other devices
    /// or recovery codes is `n`; none at all has its own message.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, i64)>) {
        let plain = |key: &'static str| (key, vec![]);
        let counted = |none: &'static str, some: &'static str, n: u64| if n == 0 { (none, vec![]) } else { (some, vec![("n", n as i64)]) };
        match *self {
            Notice::NameSaved => plain("notice-name-saved"),
            Notice::PhotoUpdated => plain("notice-photo-updated"),
            Notice::PhotoRemoved => plain("notice-photo-removed"),
            Notice::PasswordChanged { others_ended } => counted("notice-password-changed-none", "notice-password-changed", others_ended),
            Notice::PhoneCodeSent => plain("notice-phone-code-sent"),
            Notice::PhoneChangeCancelled => plain("notice-phone-change-cancelled"),
            Notice::PhoneChanged { others_ended, old_told: true } => {
                counted("notice-number-changed-told-none", "notice-number-changed-told", others_ended)
            }
            Notice::PhoneChanged { others_ended, old_told: false } => {
                counted("notice-number-changed-none", "notice-number-changed", others_ended)
            }
            Notice::TwoFactorOn => plain("notice-two-factor-on"),
            Notice::TwoFactorOff => plain("notice-two-factor-off"),
            Notice::SessionEnded => plain("notice-session-ended"),
            Notice::BrowserForgotten => plain("notice-browser-forgotten"),
            Notice::OtherSessionsEnded { ended } => counted("notice-others-ended-none", "notice-others-ended", ended),
            Notice::PasswordReset => plain("notice-password-reset"),
            Notice::SignedOut => plain("notice-signed-out"),
            Notice::Welcome => plain("notice-welcome"),
            Notice::AppSetupStarted => plain("notice-app-setup"),
            Notice::AppSetupCancelled => plain("notice-app-setup-cancelled"),
            Notice::AppAdded => plain("notice-app-added"),
            Notice::AppRemoved => plain("notice-app-removed"),
            Notice::RecoveryCodesCreated => plain("notice-recovery-codes"),
            Notice::RecoveryCodeUsed { left } => counted("notice-recovery-code-last", "notice-recovery-code-used", left),
            Notice::PasskeyAdded => plain("notice-passkey-added"),
            Notice::PasskeyRenamed => plain("notice-passkey-renamed"),
            Notice::PasskeyRemoved => plain("notice-passkey-removed"),
        }
    }

    /// The sentence in English (the catalog's English says the same: see `message`).
    pub fn sentence(self) -> String {
        fn others(n: u64) -> String {
            match n {
                0 => "No other device was signed in.".into(),
                1 => "Your 1 other device was signed out.".into(),
                n => format!("Your {n} other devices were signed out."),
            }
        }
        match self {
            Notice::NameSaved => "Your name was saved.".into(),
            Notice::PhotoUpdated => "Your photo was updated.".into(),
            Notice::PhotoRemoved => "Your photo was removed.".into(),
            Notice::PasswordChanged { others_ended } => format!("Your password was changed. {}", others(others_ended)),
            Notice::PhoneCodeSent => "We sent a code to your new number. Enter it below to finish the change.".into(),
            Notice::PhoneChangeCancelled => "The phone number change was cancelled.".into(),
            Notice::PhoneChanged { others_ended, old_told: true } => {
                format!("Your phone number was changed and your old number was told. {}", others(others_ended))
            }
            Notice::PhoneChanged { others_ended, old_told: false } => {
                format!("Your phone number was changed. {}", others(others_ended))
            }
            Notice::TwoFactorOn => "Two-factor sign-in is on: signing in will also need a code sent to your phone.".into(),
            Notice::TwoFactorOff => "Two-factor sign-in is off.".into(),
            Notice::SessionEnded => "That device was signed out.".into(),
            Notice::BrowserForgotten => "That browser is no longer trusted: it will be asked for a code again.".into(),
            Notice::OtherSessionsEnded { ended: 0 } => "No other device was signed in.".into(),
            Notice::OtherSessionsEnded { ended: 1 } => "1 other device was signed out.".into(),
            Notice::OtherSessionsEnded { ended } => format!("{ended} other devices were signed out."),
            Notice::PasswordReset => "Your password was reset and every device was signed out. Sign in with your new password.".into(),
            Notice::SignedOut => "You are signed out.".into(),
            Notice::Welcome => "Welcome! Your phone number is verified and you are signed in.".into(),
            Notice::AppSetupStarted => "Scan the QR code with your authenticator app, then enter the code it shows.".into(),
            Notice::AppSetupCancelled => "The authenticator app set-up was cancelled.".into(),
            Notice::AppAdded => "Your authenticator app is set up. Two-factor sign-in is on.".into(),
            Notice::AppRemoved => "Your authenticator app was removed.".into(),
            Notice::RecoveryCodesCreated => "Here are your new recovery codes. Any earlier ones no longer work.".into(),
            Notice::RecoveryCodeUsed { left: 0 } => "You signed in with your last recovery code. Make new ones now, below.".into(),
            Notice::RecoveryCodeUsed { left: 1 } => "You signed in with a recovery code. 1 recovery code remains.".into(),
            Notice::RecoveryCodeUsed { left } => format!("You signed in with a recovery code. {left} recovery codes remain."),
            Notice::PasskeyAdded => "Your passkey was added. Next time, sign in with it: no number or password to type.".into(),
            Notice::PasskeyRenamed => "The passkey was renamed.".into(),
            Notice::PasskeyRemoved => "The passkey was removed.".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Notice;

    #[test]
    fn notices_round_trip_through_their_url() {
        let all = [
            Notice::NameSaved,
            Notice::PhotoUpdated,
            Notice::PhotoRemoved,
            Notice::PasswordChanged { others_ended: 2 },
            Notice::PhoneCodeSent,
            Notice::PhoneChangeCancelled,
            Notice::PhoneChanged { others_ended: 1, old_told: true },
            Notice::PhoneChanged { others_ended: 2, old_told: false },
            Notice::TwoFactorOn,
            Notice::TwoFactorOff,
            Notice::SessionEnded,
            Notice::BrowserForgotten,
            Notice::OtherSessionsEnded { ended: 3 },
            Notice::PasswordReset,
            Notice::SignedOut,
            Notice::Welcome,
            Notice::AppSetupStarted,
            Notice::AppSetupCancelled,
            Notice::AppAdded,
            Notice::AppRemoved,
            Notice::RecoveryCodesCreated,
            Notice::RecoveryCodeUsed { left: 7 },
            Notice::PasskeyAdded,
            Notice::PasskeyRenamed,
            Notice::PasskeyRemoved,
        ];
        for n in all {
            let url = n.url("/profile");
            let query = url.split_once('?').unwrap().1;
            let mut key = "";
            let mut count = None;
            for kv in query.split('&') {
                match kv.split_once('=').unwrap() {
                    ("notice", v) => key = v,
                    ("n", v) => count = Some(v),
                    other => panic!("{other:?}"),
                }
            }
            assert_eq!(Notice::parse(key, count), Some(n), "{url}");
        }
        assert_eq!(Notice::parse("<script>", None), None);
    }

    #[test]
    fn counts_are_in_words() {
        assert_eq!(
            Notice::PasswordChanged { others_ended: 2 }.sentence(),
            "Your password was changed. Your 2 other devices were signed out."
        );
        assert_eq!(Notice::PasswordChanged { others_ended: 0 }.sentence(), "Your password was changed. No other device was signed in.");
        assert_eq!(Notice::OtherSessionsEnded { ended: 1 }.sentence(), "1 other device was signed out.");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_catalog_says_the_same_in_english() {
        use crate::domain::lang::Arg;
        let bundle = crate::domain::activity::words::bundle();
        let others: Vec<_> = crate::domain::lang::Lang::ALL.iter().map(|l| crate::domain::activity::words::catalog(l.tag())).collect();
        for n in [0, 1, 2, 3, 11, 100] {
            for notice in [
                Notice::NameSaved,
                Notice::PhotoUpdated,
                Notice::PhotoRemoved,
                Notice::PasswordChanged { others_ended: n },
                Notice::PhoneCodeSent,
                Notice::PhoneChangeCancelled,
                Notice::PhoneChanged { others_ended: n, old_told: true },
                Notice::PhoneChanged { others_ended: n, old_told: false },
                Notice::TwoFactorOn,
                Notice::TwoFactorOff,
                Notice::SessionEnded,
                Notice::BrowserForgotten,
                Notice::OtherSessionsEnded { ended: n },
                Notice::PasswordReset,
                Notice::SignedOut,
                Notice::Welcome,
                Notice::AppSetupStarted,
                Notice::AppSetupCancelled,
                Notice::AppAdded,
                Notice::AppRemoved,
                Notice::RecoveryCodesCreated,
                Notice::RecoveryCodeUsed { left: n },
                Notice::PasskeyAdded,
                Notice::PasskeyRenamed,
                Notice::PasskeyRemoved,
            ] {
                let (key, args) = notice.message();
                let args: Vec<_> = args.iter().map(|(name, v)| (*name, Arg::Number(*v))).collect();
                assert_eq!(crate::domain::activity::words::format(&bundle, key, &args), notice.sentence(), "{notice:?}");
                for other in &others {
                    assert!(!crate::domain::activity::words::format(other, key, &args).is_empty());
                }
            }
        }
    }
}
