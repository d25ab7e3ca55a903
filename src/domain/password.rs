//! The password policy (NIST 800-63B style): 8 to 128 characters, no composition rules,
//! and not one of the most common passwords.

pub const MIN_PASSWORD_CHARS: usize = 8;
pub const MAX_PASSWORD_CHARS: usize = 128;

/// A password that passed the policy. Deliberately neither `Serialize` nor `Display`, and
/// its `Debug` hides the value, so it cannot reach a log or the browser by accident.
#[derive(Clone)]
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("Use at least 8 characters for your password.")]
    TooShort,
    #[error("Use at most 128 characters for your password.")]
    TooLong,
    #[error("This password is too common, choose one that is harder to guess.")]
    TooCommon,
    #[error("The two passwords do not match.")]
    Mismatch,
}

impl Password {
    /// Checks only the length rules; usable in the browser for early feedback.
    pub fn check_length(input: &str) -> Result<(), PasswordError> {
        let n = input.chars().count();
        if n < MIN_PASSWORD_CHARS {
            Err(PasswordError::TooShort)
        } else if n > MAX_PASSWORD_CHARS {
            Err(PasswordError::TooLong)
        } else {
            Ok(())
        }
    }

    /// Wraps a password typed at sign-in: no policy, since the hash decides.
    pub fn from_attempt(input: String) -> Self {
        Password(input)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Applies the whole policy to a new password and its confirmation. `is_common` says
    /// whether a password is on the list of the most common ones (the list is the
    /// server's: `server::common_passwords`).
    pub fn parse_new(input: String, confirm: &str, is_common: impl Fn(&str) -> bool) -> Result<Self, PasswordError> {
        Password::check_length(&input)?;
        if is_common(&input) {
            return Err(PasswordError::TooCommon);
        }
        if input != confirm {
            return Err(PasswordError::Mismatch);
        }
        Ok(Password(input))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        assert_eq!(Password::check_length("abcdefg"), Err(PasswordError::TooShort));
        assert_eq!(Password::check_length("abcdefgh"), Ok(()));
        assert_eq!(Password::check_length(&"é".repeat(128)), Ok(()));
        assert_eq!(Password::check_length(&"é".repeat(129)), Err(PasswordError::TooLong));
    }

    #[test]
    fn debug_never_shows_the_value() {
        let p = Password::from_attempt("hunter2hunter2".into());
        assert!(!format!("{p:?}").contains("hunter2"));
    }

    #[test]
    fn policy_refuses_common_and_mismatched_passwords() {
        let common = |p: &str| p.eq_ignore_ascii_case("password1");
        assert_eq!(Password::parse_new("password1".into(), "password1", common).unwrap_err(), PasswordError::TooCommon);
        assert_eq!(Password::parse_new("short".into(), "short", common).unwrap_err(), PasswordError::TooShort);
        assert_eq!(
            Password::parse_new("correct horse battery".into(), "correct horse batterx", common).unwrap_err(),
            PasswordError::Mismatch
        );
        assert!(Password::parse_new("correct horse battery".into(), "correct horse battery", common).is_ok());
    }
}
