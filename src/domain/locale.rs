//! The browser's `Accept-Language` header, read for two things: the country a visitor's
//! phone field starts on when nothing better is known (the region subtag of the most
//! preferred language that names a country, as in `en-GB` or `fr-CA`), and the language
//! of the messages a code is sent in (`domain::lang`).

use crate::domain::countries::{by_iso, Country};

/// At most this many language ranges are read (a header is a handful; a longer one is
/// cut rather than sorted whole).
const MAX_RANGES: usize = 32;

/// One language range of the header: its region subtag (upper case, two letters) if it
/// has one, and its quality in thousandths (`q=0.8` is 800).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Range {
    /// The whole range as sent (`en-GB`, `zh-Hans-CN`).
    tag: String,
    region: Option<String>,
    q: u16,
}

/// The header's language ranges in order of preference (highest `q` first; equal `q` in
/// the header's order). Ranges with `q=0` ("not acceptable") and malformed ones are left
/// out; parsing never fails.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AcceptLanguage {
    ranges: Vec<Range>,
}

impl AcceptLanguage {
    pub fn parse(header: &str) -> AcceptLanguage {
        let mut ranges: Vec<Range> = header.split(',').take(MAX_RANGES).filter_map(parse_range).filter(|r| r.q > 0).collect();
        // A stable sort: equal qualities keep the header's order.
        ranges.sort_by_key(|r| std::cmp::Reverse(r.q));
        AcceptLanguage { ranges }
    }

    /// The region subtags, most preferred first (`"en-GB, fr;q=0.8, de-AT;q=0.5"` gives
    /// `GB`, `AT`).
    pub fn regions(&self) -> impl Iterator<Item = &str> {
        self.ranges.iter().filter_map(|r| r.region.as_deref())
    }

    /// The language ranges themselves, most preferred first (the language of messages,
    /// `domain::lang`).
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.ranges.iter().map(|r| r.tag.as_str())
    }

    /// The country of the first region that is a known country and, when `allowed` is
    /// not empty (the operator's `SMS_ALLOWED_COUNTRIES`), one of those.
    pub fn country(&self, allowed: &[String]) -> Option<&'static Country> {
        self.regions().filter_map(by_iso).find(|c| allowed.is_empty() || allowed.iter().any(|a| a.eq_ignore_ascii_case(c.iso)))
    }
}

/// `lang[-Script][-RG][-…][;q=0.8]`: BCP 47's language, an optional four-letter script,
/// then a two-letter region (a three-digit UN M.49 area such as `419` is no country).
fn parse_range(item: &str) -> Option<Range> {
    let mut parts = item.split(';');
    let tag = parts.next()?.trim();
    let mut q = 1000;
    for param in parts {
        let (k, v) = param.split_once('=')?;
        if k.trim().eq_ignore_ascii_case("q") {
            q = parse_q(v.trim())?;
        }
    }
    if tag.is_empty() || tag == "*" {
        return None;
    }
    let mut subtags = tag.split(['-', '_']);
    let language = subtags.next()?;
    if !(1..=8).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut next = subtags.next();
    if next.is_some_and(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic())) {
        next = subtags.next();
    }
    let region = next.filter(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic())).map(str::to_ascii_uppercase);
    Some(Range { tag: tag.to_string(), region, q })
}

/// A quality value: `0` to `1` with at most three decimals, in thousandths.
fn parse_q(v: &str) -> Option<u16> {
    let (whole, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac_thousandths = format!("{frac:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(frac_thousandths),
        "1" if frac_thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions(h: &str) -> Vec<String> {
        AcceptLanguage::parse(h).regions().map(str::to_string).collect()
    }

    fn country(h: &str, allowed: &[&str]) -> Option<&'static str> {
        let allowed: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
        AcceptLanguage::parse(h).country(&allowed).map(|c| c.iso)
    }

    #[test]
    fn the_region_of_the_most_preferred_tag_wins() {
        assert_eq!(country("en-GB,en;q=0.9", &[]), Some("GB"));
        assert_eq!(country("fr-CA, fr;q=0.9, en-US;q=0.8", &[]), Some("CA"));
        // Quality decides, not the order in the header.
        assert_eq!(country("en-US;q=0.5, de-AT;q=0.9", &[]), Some("AT"));
        // Equal qualities keep the header's order.
        assert_eq!(country("pt-BR;q=0.8, pt-PT;q=0.8", &[]), Some("BR"));
        // Case and underscores as some clients send them.
        assert_eq!(country("EN_gb", &[]), Some("GB"));
    }

    #[test]
    fn tags_without_a_country_are_passed_over() {
        // No region, a script, a UN M.49 area, a wildcard.
        assert_eq!(country("de, en-GB;q=0.5", &[]), Some("GB"));
        assert_eq!(country("zh-Hant-TW", &[]), Some("TW"));
        assert_eq!(country("es-419, es-MX;q=0.9", &[]), Some("MX"));
        assert_eq!(country("*, it-IT;q=0.1", &[]), Some("IT"));
        // A region that is no country in the table ("UK" is not an ISO code).
        assert_eq!(country("en-UK, en-IE;q=0.5", &[]), Some("IE"));
        assert_eq!(country("de", &[]), None);
        assert_eq!(country("", &[]), None);
    }

    #[test]
    fn only_allowed_countries_are_chosen() {
        assert_eq!(country("en-US, en-GB;q=0.8", &["GB", "FR"]), Some("GB"));
        assert_eq!(country("en-US", &["gb"]), None);
        assert_eq!(country("en-gb", &["gb"]), Some("GB"));
    }

    #[test]
    fn refused_and_malformed_ranges_are_left_out() {
        assert_eq!(regions("en-US;q=0, en-GB"), ["GB"]);
        assert_eq!(regions("en-US;q=2, en-GB;q=1.5, fr-FR;q=abc, de-DE;q=0.1234, it-IT;q=0.001"), ["IT"]);
        assert_eq!(regions("en-US;q=1.000, en-GB;q=0.5"), ["US", "GB"]);
        assert_eq!(regions("1234-US, e-CH, toolonglanguage-DE, en-FR-x, ;q=1, ,"), ["CH", "FR"]);
        assert_eq!(regions("en-GBR, en-G, en-G1"), Vec::<String>::new());
    }

    #[test]
    fn a_long_header_is_cut() {
        let long = format!("{}, en-GB", vec!["de"; MAX_RANGES].join(", "));
        assert_eq!(country(&long, &[]), None);
        let short = format!("{}, en-GB", vec!["de"; MAX_RANGES - 1].join(", "));
        assert_eq!(country(&short, &[]), Some("GB"));
    }
}
