//! The list of the most common passwords a new password may not be (the policy itself,
//! length and confirmation, is `domain::password`).

use std::collections::HashSet;
use std::sync::OnceLock;

/// 30,000 most common passwords (zxcvbn's frequency list, MIT, Dropbox), lower case.
const LIST: &str = include_str!("common-passwords.txt");

fn set() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| LIST.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
}

/// Whether `candidate` (in any case) is on the list.
pub fn is_common(candidate: &str) -> bool {
    set().contains(candidate.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::password::{Password, PasswordError};

    #[test]
    fn the_list_refuses_common_passwords_in_any_case() {
        assert!(set().len() >= 10_000, "bundled list has {}", set().len());
        assert!(is_common("password1") && is_common("PASSWORD1") && !is_common("correct horse battery"));
        assert_eq!(Password::parse_new("PASSWORD1".into(), "PASSWORD1", is_common).unwrap_err(), PasswordError::TooCommon);
    }
}
