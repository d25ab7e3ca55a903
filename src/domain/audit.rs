//! The kinds of security event an account's activity records, stored by name.

/// What happened to an account. Stored as its [`AuditKind::as_str`] name; shown on the
/// profile as [`AuditKind::words`].
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
}

impl AuditKind {
    /// Every kind, for tests and the operator's tools.
    pub const ALL: [AuditKind; 22] = [
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
        }
    }

    pub fn parse(s: &str) -> Option<AuditKind> {
        AuditKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The event as the profile shows it, with its detail.
    pub fn words(self, detail: &str) -> String {
        let what = match self {
            AuditKind::SignUp => "Account created",
            AuditKind::PhoneVerified => "Phone number verified",
            AuditKind::SignIn => "Signed in",
            AuditKind::SignInFailed => "Failed sign-in",
            AuditKind::SignInPasswordOk => "Password accepted, code sent",
            AuditKind::SignInCodeOk => "Sign-in code accepted, password asked",
            AuditKind::CodeSent => "Code sent",
            AuditKind::CodeNotSent => "Code not sent",
            AuditKind::SessionEnded => "Signed out",
            AuditKind::PasswordChanged => "Password changed",
            AuditKind::PasswordReset => "Password reset",
            AuditKind::PhoneChanged => "Phone number changed",
            AuditKind::PhoneChangeCancelled => "Phone number change cancelled",
            AuditKind::TwoFactorEnabled => "Two-factor sign-in turned on",
            AuditKind::TwoFactorDisabled => "Two-factor sign-in turned off",
            AuditKind::StepUpFailed => "Wrong current password",
            AuditKind::StepUpPaused => "Password checks paused after too many wrong tries",
            AuditKind::SignInPaused => "Sign-in paused after too many failed tries",
            AuditKind::SignUpExisting => "Sign-up attempted with this number",
            AuditKind::NameChanged => "Name changed",
            AuditKind::PhotoChanged => "Photo changed",
            AuditKind::PhotoRemoved => "Photo removed",
        };
        if detail.is_empty() {
            what.to_string()
        } else {
            format!("{what} ({detail})")
        }
    }
}

impl std::fmt::Display for AuditKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::AuditKind;

    #[test]
    fn every_kind_has_a_name_and_reads_as_words() {
        for kind in AuditKind::ALL {
            assert_eq!(AuditKind::parse(kind.as_str()), Some(kind));
            let words = kind.words("");
            assert!(!words.contains('_') && words.starts_with(char::is_uppercase), "{kind} reads as {words}");
        }
        assert_eq!(AuditKind::SignIn.words("password"), "Signed in (password)");
        assert_eq!(AuditKind::parse("sign_in_again"), None);
    }
}
