//! A phone number as it is being typed, in the browser: its digits grouped the way the
//! chosen country writes a mobile number, a pasted `+44…` recognised with its country,
//! and a first check of its length. Everything comes from the compact table in
//! [`countries`](super::countries); the server still parses with libphonenumber and has
//! the last word.

use super::countries::{Country, COUNTRIES, MAIN_FOR_SHARED_CODE};
use super::phone::PhoneError;

/// The field's text after an edit, and the country a typed `+` code points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    pub text: String,
    /// Set when the text starts with `+` (or `00`) and a known calling code.
    pub country: Option<&'static Country>,
}

/// The characters people put between digits; anything else (a letter, say) turns
/// formatting off so nothing typed is changed.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}')
}

/// What was typed, as digits: `(true, digits after the +)` for an international form
/// (`+…` or `00…`), `(false, digits)` for a national one; `None` if it holds anything
/// but digits, separators and a leading `+`.
fn digits_of(input: &str) -> Option<(bool, String)> {
    let input = input.trim();
    let (plus, rest) = match input.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    if !rest.chars().all(|c| c.is_ascii_digit() || is_separator(c)) {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix("00") {
        Some(after) if !plus => Some((true, after.to_string())),
        _ => Some((plus, digits)),
    }
}

/// `digits` written into `pattern` (`#` takes a digit, anything else is copied while
/// digits remain). `None` if the pattern is empty or too short for them.
fn fill(pattern: &str, digits: &str) -> Option<String> {
    if pattern.is_empty() || pattern.bytes().filter(|&b| b == b'#').count() < digits.len() {
        return None;
    }
    let mut out = String::with_capacity(pattern.len());
    let mut left = digits.chars();
    let mut next = left.next();
    for p in pattern.chars() {
        let Some(d) = next else { break };
        if p == '#' {
            out.push(d);
            next = left.next();
        } else {
            out.push(p);
        }
    }
    Some(out)
}

/// The digits a country's national pattern starts with (its trunk prefix as written,
/// `0` in `0#### ######`), and the pattern for a number typed without them.
fn national_lead(c: &Country) -> (String, &'static str) {
    let lead = &c.national[..c.national.find('#').unwrap_or(c.national.len())];
    let digits: String = lead.chars().filter(char::is_ascii_digit).collect();
    let bare = if digits.is_empty() { c.national } else { c.intl };
    (digits, bare)
}

/// The country of an international number's digits (after the `+`) and its calling
/// code's length: `preferred` if it has that code, else the main country for it.
pub fn country_of_international(digits: &str, preferred: Option<&'static Country>) -> Option<(&'static Country, usize)> {
    for len in 1..=3.min(digits.len()) {
        let code = &digits[..len];
        if let Some(p) = preferred.filter(|p| p.dial == code) {
            return Some((p, len));
        }
        let mut sharing = COUNTRIES.iter().filter(|c| c.dial == code);
        if let Some(first) = sharing.next() {
            let main = COUNTRIES.iter().find(|c| c.dial == code && MAIN_FOR_SHARED_CODE.contains(&c.iso));
            return Some((main.unwrap_or(first), len));
        }
    }
    None
}

/// The field's text after an edit: the digits grouped the way `country` (the picker's
/// choice) writes a mobile number, or, for a `+…`/`00…` number, the way the country of its
/// calling code does. Text that holds anything else, or more digits than the pattern,
/// is left as typed.
pub fn as_you_type(country: Option<&'static Country>, input: &str) -> Typed {
    let unchanged = || Typed { text: input.to_string(), country: None };
    let Some((international, digits)) = digits_of(input) else { return unchanged() };
    if international {
        let Some((c, len)) = country_of_international(&digits, country) else {
            return Typed { text: format!("+{digits}"), country: None };
        };
        let rest = &digits[len..];
        let text = if rest.is_empty() {
            format!("+{}", c.dial)
        } else {
            format!("+{} {}", c.dial, fill(c.intl, rest).unwrap_or_else(|| rest.to_string()))
        };
        return Typed { text, country: Some(c) };
    }
    let Some(c) = country else { return unchanged() };
    if digits.is_empty() || c.national.is_empty() {
        return unchanged();
    }
    let (lead, bare) = national_lead(c);
    let text = if !lead.is_empty() && digits.starts_with(&lead) {
        match &digits[lead.len()..] {
            "" => Some(lead.clone()),
            rest => fill(c.national, rest),
        }
    } else if lead.is_empty() && !c.trunk.is_empty() && digits.starts_with(c.trunk) {
        match &digits[c.trunk.len()..] {
            "" => Some(c.trunk.to_string()),
            rest => fill(bare, rest).map(|f| format!("{} {f}", c.trunk)),
        }
    } else {
        fill(bare, &digits)
    };
    match text {
        Some(text) => Typed { text, country: None },
        None => unchanged(),
    }
}

/// A first check of what was typed, before it is sent: empty, not a number, or a length
/// no mobile number of the country has. Lenient where the table cannot tell (the server
/// parses with libphonenumber and decides).
pub fn check(country: Option<&'static Country>, input: &str) -> Result<(), PhoneError> {
    if input.trim().is_empty() {
        return Err(PhoneError::Empty);
    }
    let (international, digits) = digits_of(input).ok_or(PhoneError::Invalid)?;
    if international {
        let (c, len) = country_of_international(&digits, country).ok_or(PhoneError::Invalid)?;
        let n = digits.len() - len;
        let fits = COUNTRIES.iter().filter(|o| o.dial == c.dial).any(|o| fits_length(o, n));
        return if fits { Ok(()) } else { Err(PhoneError::Invalid) };
    }
    let c = country.ok_or(PhoneError::NoCountry)?;
    let (lead, _) = national_lead(c);
    let mut lengths = vec![digits.len()];
    for prefix in [c.trunk, lead.as_str()] {
        if !prefix.is_empty() && digits.starts_with(prefix) {
            lengths.push(digits.len() - prefix.len());
        }
    }
    if lengths.iter().any(|&n| fits_length(c, n)) {
        Ok(())
    } else {
        Err(PhoneError::Invalid)
    }
}

/// Whether `n` digits after the calling code can be a mobile number of `c`.
fn fits_length(c: &Country, n: usize) -> bool {
    (usize::from(c.min)..=usize::from(c.max)).contains(&n)
}

/// Where the caret goes after the field's text changed from what was typed to `text`:
/// just after the same number of digits (and `+`) as were before it.
pub fn caret_after(text: &str, digits_before: usize) -> usize {
    if digits_before == 0 {
        return 0;
    }
    let mut seen = 0;
    for (i, ch) in text.char_indices() {
        if ch.is_ascii_digit() || ch == '+' {
            seen += 1;
            if seen == digits_before {
                return text[..i + ch.len_utf8()].encode_utf16().count();
            }
        }
    }
    text.encode_utf16().count()
}

/// How many digits (and `+`) stand before UTF-16 offset `caret` of `text`.
pub fn digits_before(text: &str, caret: usize) -> usize {
    let mut units = 0;
    let mut seen = 0;
    for ch in text.chars() {
        if units >= caret {
            break;
        }
        units += ch.len_utf16();
        if ch.is_ascii_digit() || ch == '+' {
            seen += 1;
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::countries::by_iso;

    fn typed(iso: &str, input: &str) -> String {
        as_you_type(by_iso(iso), input).text
    }

    #[test]
    fn national_numbers_are_grouped_as_the_country_writes_them() {
        assert_eq!(typed("GB", "07400123456"), "07400 123456");
        assert_eq!(typed("GB", "7400123456"), "7400 123456");
        assert_eq!(typed("US", "2015550123"), "(201) 555-0123");
        assert_eq!(typed("US", "12015550123"), "1 (201) 555-0123");
        assert_eq!(typed("FR", "0612345678"), "06 12 34 56 78");
        assert_eq!(typed("RU", "89123456789"), "8 (912) 345-67-89");
        assert_eq!(typed("RU", "9123456789"), "912 345-67-89");
        assert_eq!(typed("AR", "01115 2345 6789"), "011 15-2345-6789");
    }

    #[test]
    fn a_number_being_typed_is_grouped_as_far_as_it_goes() {
        assert_eq!(typed("GB", "0"), "0");
        assert_eq!(typed("GB", "07"), "07");
        assert_eq!(typed("GB", "074001"), "07400 1");
        assert_eq!(typed("US", "2"), "(2");
        assert_eq!(typed("US", "2015"), "(201) 5");
        // Already formatted text stays as it is (typing on keeps working).
        assert_eq!(typed("GB", "07400 1"), "07400 1");
        assert_eq!(typed("US", "(201) 555-0"), "(201) 555-0");
    }

    #[test]
    fn text_that_is_not_a_plain_number_is_left_alone() {
        assert_eq!(typed("GB", "07400 12345 ext 2"), "07400 12345 ext 2");
        assert_eq!(typed("GB", "hello"), "hello");
        assert_eq!(typed("GB", "0740012345678999"), "0740012345678999", "too long for the pattern");
        assert_eq!(typed("GB", ""), "");
        assert_eq!(as_you_type(None, "07400123456").text, "07400123456", "no country");
        let no_pattern: &'static Country = Box::leak(Box::new(Country { national: "", ..*by_iso("AR").unwrap() }));
        assert_eq!(as_you_type(Some(no_pattern), "01115 2345 6789").text, "01115 2345 6789", "no usable national pattern");
    }

    #[test]
    fn a_pasted_international_number_is_grouped_and_picks_its_country() {
        let t = as_you_type(by_iso("US"), "+447400123456");
        assert_eq!(t.text, "+44 7400 123456");
        assert_eq!(t.country.map(|c| c.iso), Some("GB"));
        let t = as_you_type(by_iso("GB"), "0033 6 12 34 56 78");
        assert_eq!(t.text, "+33 6 12 34 56 78");
        assert_eq!(t.country.map(|c| c.iso), Some("FR"));
        // A shared code keeps the picked country if it has that code, else the main one.
        assert_eq!(as_you_type(by_iso("CA"), "+14165550123").country.map(|c| c.iso), Some("CA"));
        assert_eq!(as_you_type(by_iso("GB"), "+12015550123").country.map(|c| c.iso), Some("US"));
        assert_eq!(as_you_type(by_iso("GB"), "+12015550123").text, "+1 201-555-0123");
        assert_eq!(as_you_type(by_iso("GB"), "+44").text, "+44");
        assert_eq!(as_you_type(by_iso("GB"), "+").text, "+");
        assert_eq!(as_you_type(by_iso("GB"), "+8").country, None, "no code is just 8");
    }

    #[test]
    fn the_length_check_catches_what_is_clearly_wrong() {
        let gb = by_iso("GB");
        assert_eq!(check(gb, "07400 123456"), Ok(()));
        assert_eq!(check(gb, "7400 123456"), Ok(()));
        assert_eq!(check(gb, "+44 7400 123456"), Ok(()));
        assert_eq!(check(by_iso("US"), "+44 7400 123456"), Ok(()), "the + code wins");
        assert_eq!(check(gb, "   "), Err(PhoneError::Empty));
        assert_eq!(check(gb, "0740 012"), Err(PhoneError::Invalid));
        assert_eq!(check(gb, "07400 1234567"), Err(PhoneError::Invalid));
        assert_eq!(check(gb, "+44 7400"), Err(PhoneError::Invalid));
        assert_eq!(check(gb, "+999 123"), Err(PhoneError::Invalid), "no such code");
        assert_eq!(check(gb, "call me"), Err(PhoneError::Invalid));
        // 266 digits are not 10 (no wrapping at 256).
        assert_eq!(check(gb, &format!("+44{}", "7".repeat(266))), Err(PhoneError::Invalid));
        assert_eq!(check(gb, &"7".repeat(266)), Err(PhoneError::Invalid));
        assert_eq!(check(None, "07400123456"), Err(PhoneError::NoCountry));
        assert_eq!(check(None, "+447400123456"), Ok(()));
        // Trunk prefixes written or not.
        assert_eq!(check(by_iso("US"), "1 201 555 0123"), Ok(()));
        assert_eq!(check(by_iso("US"), "201 555 0123"), Ok(()));
        assert_eq!(check(by_iso("BY"), "8 029 491-19-11"), Ok(()));
    }

    #[test]
    fn the_caret_stays_after_the_same_digit() {
        // "074001" typed with the caret after the 5th digit, shown as "07400 1".
        assert_eq!(digits_before("074001", 5), 5);
        assert_eq!(caret_after("07400 1", 5), 5);
        assert_eq!(caret_after("07400 1", 6), 7);
        assert_eq!(caret_after("(201) 555-0123", 3), 4);
        assert_eq!(caret_after("+44 7400", 3), 3);
        assert_eq!(caret_after("(201)", 0), 0);
        assert_eq!(digits_before("(201) 5", 7), 4);
    }
}
