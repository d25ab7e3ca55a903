//! Phone numbers, stored and compared as E.164 (`+4474001234567`).

use serde::Serialize;

/// A phone number in E.164 form. It can only be made by [`PhoneNumber::parse`] (server
/// side, with libphonenumber's data) or by reading back a value the server stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// For logs and for showing a number to someone who may not own it: everything but
    /// the country code and the last two digits hidden.
    pub fn masked(&self) -> String {
        mask_e164(&self.0)
    }

    /// A number this server wrote itself, already parsed: a database column (read back
    /// in `server::db` only) or its own authenticated cookie. Everything a person typed
    /// goes through `parse`.
    pub fn from_stored(e164: String) -> Self {
        PhoneNumber(e164)
    }
}

impl std::fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub fn mask_e164(e164: &str) -> String {
    let digits: Vec<char> = e164.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 4 {
        return "+***".into();
    }
    let keep = 2;
    let hidden = digits.len() - keep;
    let mut out = String::from("+");
    out.extend(std::iter::repeat_n('*', hidden));
    out.extend(&digits[hidden..]);
    out
}

/// Why a number was refused, as the sentence shown beside the phone field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("Enter your phone number.")]
    Empty,
    #[error("Choose the country of your phone number, or type it with + and the country code.")]
    NoCountry,
    #[error("This is not a valid phone number.")]
    Invalid,
    #[error("This number cannot receive text messages. Use a mobile number.")]
    NotMobile,
    #[error("Phone numbers from this country are not accepted.")]
    CountryNotAllowed,
}

#[cfg(feature = "ssr")]
mod parse {
    use super::{PhoneError, PhoneNumber};
    use phonenumber::{country, metadata::DATABASE, Mode, Type};

    impl PhoneNumber {
        /// Parse what a person typed. `country` is the ISO 3166 code picked beside the
        /// field; a number typed with a leading `+` (or `00`) needs none. Accepts only
        /// numbers libphonenumber knows to be valid and able to receive SMS (mobile, or
        /// the regions where fixed and mobile ranges cannot be told apart, like the US).
        /// `allowed`, when not empty, lists the ISO codes accepted.
        pub fn parse(country: Option<&str>, input: &str, allowed: &[String]) -> Result<Self, PhoneError> {
            let cleaned: String = input.trim().chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}')).collect();
            if cleaned.is_empty() {
                return Err(PhoneError::Empty);
            }
            // Digits and one leading `+` only: libphonenumber would turn letters into
            // keypad digits (`12345a` as `123452`) and drop `tel:` or ` ext 5`, so the
            // number stored would not be the one typed.
            if cleaned.len() > 32 || !cleaned.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || (c == '+' && i == 0)) {
                return Err(PhoneError::Invalid);
            }
            let cleaned = match cleaned.strip_prefix("00") {
                Some(rest) => format!("+{rest}"),
                None => cleaned,
            };
            let region: Option<country::Id> = if cleaned.starts_with('+') {
                None
            } else {
                let code = country.map(str::trim).filter(|c| !c.is_empty()).ok_or(PhoneError::NoCountry)?;
                Some(code.to_ascii_uppercase().parse().map_err(|_| PhoneError::NoCountry)?)
            };
            let number = phonenumber::parse(region, &cleaned).map_err(|_| PhoneError::Invalid)?;
            // libphonenumber's validity check is its type check (the number's region, then
            // its patterns) on the national number with its leading zeros: the same check,
            // so done once, when there are none (each pattern is a lookup in a regex cache).
            let kind = number.number_type(&DATABASE);
            let valid = if number.national().zeros() == 0 { kind != Type::Unknown } else { phonenumber::is_valid_with(&DATABASE, &number) };
            if !valid {
                return Err(PhoneError::Invalid);
            }
            match kind {
                Type::Mobile | Type::FixedLineOrMobile => {}
                _ => return Err(PhoneError::NotMobile),
            }
            if !allowed.is_empty() {
                let iso = number.country().id().map(|id| id.as_ref().to_string()).unwrap_or_default();
                if !allowed.iter().any(|a| a.eq_ignore_ascii_case(&iso)) {
                    return Err(PhoneError::CountryNotAllowed);
                }
            }
            Ok(PhoneNumber(number.format().mode(Mode::E164).to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_keeps_only_the_last_two_digits() {
        assert_eq!(mask_e164("+447400123456"), "+**********56");
        assert_eq!(mask_e164("+1"), "+***");
    }

    #[cfg(feature = "ssr")]
    mod parsing {
        use super::super::*;

        fn p(country: Option<&str>, s: &str) -> Result<String, PhoneError> {
            PhoneNumber::parse(country, s, &[]).map(|n| n.as_str().to_string())
        }

        #[test]
        fn national_number_with_country_becomes_e164() {
            assert_eq!(p(Some("GB"), "07400 123456").unwrap(), "+447400123456");
            assert_eq!(p(Some("gb"), "7400-123-456").unwrap(), "+447400123456");
        }

        #[test]
        fn international_forms_need_no_country() {
            assert_eq!(p(None, "+44 7400 123456").unwrap(), "+447400123456");
            assert_eq!(p(Some("US"), "0044 7400 123456").unwrap(), "+447400123456");
        }

        #[test]
        fn us_numbers_are_mobile_capable() {
            assert_eq!(p(Some("US"), "(201) 555-0123").unwrap(), "+12015550123");
        }

        #[test]
        fn rejects_garbage_empty_and_missing_country() {
            assert_eq!(p(Some("GB"), "   "), Err(PhoneError::Empty));
            assert_eq!(p(None, "07400123456"), Err(PhoneError::NoCountry));
            assert_eq!(p(Some("GB"), "hello"), Err(PhoneError::Invalid));
            assert_eq!(p(Some("GB"), "0740"), Err(PhoneError::Invalid));
            assert_eq!(p(Some("ZZ"), "07400123456"), Err(PhoneError::NoCountry));
            assert_eq!(p(Some("GB"), &"1".repeat(500)), Err(PhoneError::Invalid));
        }

        #[test]
        fn letters_extensions_and_tel_uris_are_refused_not_rewritten() {
            for typed in
                ["+44 7400 12345a", "07400 1234AB", "tel:+447400123456", "+44 7400 123456 ext 5", "+447400123456;ext=5", "+44+7400123456"]
            {
                assert_eq!(p(Some("GB"), typed), Err(PhoneError::Invalid), "{typed}");
            }
            assert_eq!(p(Some("GB"), "+44 (7400) 123-456").unwrap(), "+447400123456");
        }

        #[test]
        fn rejects_landlines_where_they_are_distinct() {
            // A London fixed-line number: valid, but cannot receive SMS.
            assert_eq!(p(Some("GB"), "020 7946 0018"), Err(PhoneError::NotMobile));
        }

        #[test]
        fn premium_rate_and_toll_free_numbers_are_refused() {
            // SMS pumping targets: valid numbers that are not mobile.
            assert_eq!(p(Some("GB"), "0909 879 0000"), Err(PhoneError::NotMobile), "UK premium rate");
            assert_eq!(p(Some("GB"), "0800 890 567"), Err(PhoneError::NotMobile), "UK freephone");
            assert_eq!(p(Some("DE"), "0900 5 123456"), Err(PhoneError::NotMobile), "German premium rate");
        }

        #[test]
        fn allowed_countries_are_enforced() {
            let allowed = vec!["US".to_string()];
            assert_eq!(PhoneNumber::parse(None, "+447400123456", &allowed), Err(PhoneError::CountryNotAllowed));
            assert!(PhoneNumber::parse(None, "+12015550123", &allowed).is_ok());
        }
    }
}
