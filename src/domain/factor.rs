//! The second step of a two-factor sign-in: its methods, and the recovery codes that
//! stand in when the phone is gone.

use serde::{Deserialize, Serialize};

/// A way to pass the second step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SecondFactor {
    /// A code sent to the account's number (SMS or voice).
    Sms,
    /// A code from an authenticator app (TOTP).
    App,
    /// One of the account's passkeys (needs scripts).
    Passkey,
    /// One of the account's recovery codes.
    Recovery,
}

impl SecondFactor {
    pub const ALL: [SecondFactor; 4] = [SecondFactor::Sms, SecondFactor::App, SecondFactor::Passkey, SecondFactor::Recovery];

    /// The form and query value (`method=`), and the stored "last used" name.
    pub fn as_str(self) -> &'static str {
        match self {
            SecondFactor::Sms => "sms",
            SecondFactor::App => "app",
            SecondFactor::Passkey => "passkey",
            SecondFactor::Recovery => "recovery",
        }
    }

    pub fn parse(s: &str) -> Option<SecondFactor> {
        SecondFactor::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// The methods an account offers, the last used first, then SMS, the app, a passkey,
    /// a recovery code (always last: it is for when the others are out of reach).
    pub fn offered(last: Option<SecondFactor>, app: bool, passkey: bool, recovery_codes: bool) -> Vec<SecondFactor> {
        let mut v = vec![SecondFactor::Sms];
        if app {
            v.push(SecondFactor::App);
        }
        if passkey {
            v.push(SecondFactor::Passkey);
        }
        if let Some(last) = last.filter(|l| v.contains(l)) {
            v.retain(|m| *m != last);
            v.insert(0, last);
        }
        if recovery_codes {
            v.push(SecondFactor::Recovery);
        }
        v
    }
}

/// How many recovery codes an account gets at a time.
pub const RECOVERY_CODES: usize = 10;

/// The alphabet of recovery codes: Crockford's base32 in lower case (no i, l, o, u), 5
/// bits a character.
pub const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Characters in a recovery code: 50 random bits.
const RECOVERY_LEN: usize = 10;

/// A recovery code as typed: ten characters of [`RECOVERY_ALPHABET`], shown as
/// `xxxxx-xxxxx`. Debug hides the value.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode(String);

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(<redacted>)")
    }
}

impl RecoveryCode {
    /// Accepts what a person types or pastes: any case, spaces and dashes anywhere, and
    /// the letters Crockford's base32 reads as digits (o as 0, i and l as 1).
    pub fn parse(input: &str) -> Result<RecoveryCode, &'static str> {
        let mut code = String::with_capacity(RECOVERY_LEN);
        for c in input.chars().filter(|c| !matches!(c, ' ' | '-' | '\u{a0}')) {
            let c = match c.to_ascii_lowercase() {
                'o' => '0',
                'i' | 'l' => '1',
                c => c,
            };
            if !c.is_ascii() || !RECOVERY_ALPHABET.contains(&(c as u8)) {
                return Err("A recovery code is 10 letters and digits, like abcde-12345.");
            }
            code.push(c);
        }
        match code.len() {
            0 => Err("Enter one of your recovery codes."),
            RECOVERY_LEN => Ok(RecoveryCode(code)),
            _ => Err("A recovery code is 10 letters and digits, like abcde-12345."),
        }
    }

    /// A code of ten random indexes into [`RECOVERY_ALPHABET`] (the caller draws them
    /// from a CSPRNG).
    pub fn from_random(indexes: [u8; RECOVERY_LEN]) -> RecoveryCode {
        RecoveryCode(indexes.iter().map(|i| RECOVERY_ALPHABET[usize::from(i & 31)] as char).collect())
    }

    /// The canonical ten characters (what is hashed).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// As shown: `xxxxx-xxxxx`.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..5], &self.0[5..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_parse_as_people_type_them() {
        let c = RecoveryCode::parse("ABCDE-12345").unwrap();
        assert_eq!(c.expose(), "abcde12345");
        assert_eq!(c.display(), "abcde-12345");
        assert_eq!(RecoveryCode::parse(" abcde 12345 ").unwrap(), c);
        assert_eq!(RecoveryCode::parse("Oabcd-eIL23").unwrap().expose(), "0abcde1123");
        assert_eq!(RecoveryCode::parse("").unwrap_err(), "Enter one of your recovery codes.");
        assert!(RecoveryCode::parse("abcde-1234").is_err(), "too short");
        assert!(RecoveryCode::parse("abcde-123456").is_err(), "too long");
        assert!(RecoveryCode::parse("abcde-1234u").is_err(), "u is not in the alphabet");
        assert!(RecoveryCode::parse("abcdé-12345").is_err());
        assert_eq!(format!("{c:?}"), "RecoveryCode(<redacted>)");
    }

    #[test]
    fn random_codes_use_the_alphabet() {
        let c = RecoveryCode::from_random([0, 1, 2, 31, 32, 255, 10, 11, 12, 13]);
        assert_eq!(c.expose(), "012z0zabcd");
        assert_eq!(RecoveryCode::parse(&c.display()).unwrap(), c);
    }

    #[test]
    fn the_last_used_method_comes_first_and_recovery_codes_last() {
        use SecondFactor::*;
        assert_eq!(SecondFactor::offered(None, false, false, false), vec![Sms]);
        assert_eq!(SecondFactor::offered(None, true, false, true), vec![Sms, App, Recovery]);
        assert_eq!(SecondFactor::offered(Some(App), true, true, true), vec![App, Sms, Passkey, Recovery]);
        assert_eq!(SecondFactor::offered(Some(Passkey), true, true, false), vec![Passkey, Sms, App]);
        assert_eq!(SecondFactor::offered(Some(App), false, false, true), vec![Sms, Recovery], "the app was removed");
        assert_eq!(SecondFactor::offered(Some(Recovery), true, false, true), vec![Sms, App, Recovery]);
        for m in SecondFactor::ALL {
            assert_eq!(SecondFactor::parse(m.as_str()), Some(m));
        }
    }
}
