//! The one piece of URL building the app needs on both sides: a local path carried as a
//! query value (`?next=/profile` written as `?next=%2Fprofile`).

/// `page` with `?next=<next>` (or `&next=`, encoded) when there is a `next`: the links and answers that
/// carry where the person was going.
pub fn with_next(page: &str, next: &str) -> String {
    if next.is_empty() {
        page.to_string()
    } else {
        let sep = if page.contains('?') { '&' } else { '?' };
        format!("{page}{sep}next={}", encode_component(next))
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986), for a query value.
pub fn encode_component(s: &str) -> String {
    percent_encode(s, |b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~'))
}

/// `s` as UTF-8 bytes, each one `keep` refuses written `%XX`. `keep` must refuse `%`
/// for the result to decode exactly.
pub fn percent_encode(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{encode_component, with_next};

    #[test]
    fn next_is_added_encoded_and_only_when_there_is_one() {
        assert_eq!(with_next("/signup", ""), "/signup");
        assert_eq!(with_next("/signin/2fa?method=sms", "/p"), "/signin/2fa?method=sms&next=%2Fp");
        assert_eq!(with_next("/signup", "/oauth/authorize?resume=abc"), "/signup?next=%2Foauth%2Fauthorize%3Fresume%3Dabc");
    }

    #[test]
    fn only_unreserved_characters_stay() {
        assert_eq!(encode_component("/profile"), "%2Fprofile");
        assert_eq!(encode_component("/a?b=c&d"), "%2Fa%3Fb%3Dc%26d");
        assert_eq!(encode_component("Az09-_.~"), "Az09-_.~");
        assert_eq!(encode_component("é"), "%C3%A9");
    }
}
