//! The languages phone-auth speaks, and how a person's is chosen: a `lang` cookie (their
//! choice), else the first of their browser's `Accept-Language` that is one of these
//! (a regional variant takes its language: `es-MX` is Spanish, `zh-TW` is not Simplified
//! Chinese and falls through), else English.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    PtBr,
    Fr,
    De,
    Ar,
    Hi,
    ZhCn,
}

impl Lang {
    pub const ALL: [Lang; 8] = [Lang::En, Lang::Es, Lang::PtBr, Lang::Fr, Lang::De, Lang::Ar, Lang::Hi, Lang::ZhCn];

    /// Where the language is in [`Lang::ALL`] (the slot of its per-language tables).
    pub fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// The BCP 47 tag (`<html lang>`, the cookie, the catalog's file name).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Ar => "ar",
            Lang::Hi => "hi",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language's own name (the language menu).
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Ar => "العربية",
            Lang::Hi => "हिन्दी",
            Lang::ZhCn => "简体中文",
        }
    }

    /// Right to left (`dir="rtl"`).
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// A tag as stored or sent (`pt-BR`, `pt_br`, `zh-CN`...); exact languages only.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().replace('_', "-").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag().to_ascii_lowercase() == t)
    }

    /// What a browser's language range means here: `es-MX` → Spanish, `pt` and `pt-PT` →
    /// Portuguese (Brazil, the one written here), `zh`, `zh-CN`, `zh-Hans` → Simplified
    /// Chinese (but not `zh-TW` or `zh-Hant`).
    pub fn from_range(range: &str) -> Option<Lang> {
        let r = range.trim().replace('_', "-").to_ascii_lowercase();
        let primary = r.split('-').next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::PtBr),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            "ar" => Some(Lang::Ar),
            "hi" => Some(Lang::Hi),
            "zh" if !(r.contains("-tw") || r.contains("-hk") || r.contains("-hant") || r.contains("-mo")) => Some(Lang::ZhCn),
            _ => None,
        }
    }

    /// The first language of an `Accept-Language` header (by quality, then order) that is
    /// spoken here.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        crate::domain::locale::AcceptLanguage::parse(header).tags().find_map(Lang::from_range)
    }

    /// The person's language: the `lang` cookie's, else the browser's, else English.
    pub fn choose(cookie: Option<&str>, accept_language: &str) -> Lang {
        cookie.and_then(Lang::from_tag).or_else(|| Lang::from_accept_language(accept_language)).unwrap_or_default()
    }
}

/// The prefix of the messages the islands need in the browser (see `ui/i18n.rs`).
pub const LIVE: &str = "live-";

/// One argument of a message (see `server/i18n.rs` and `ui/i18n.rs`).
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    /// A number: plural forms select on it.
    Number(i64),
}

#[cfg(test)]
mod tests {
    use super::Lang::{self, *};

    #[test]
    fn tags_read_back() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Lang::from_tag("pt_br"), Some(PtBr));
        assert_eq!(Lang::from_tag("pt"), None);
    }

    #[test]
    fn the_browser_chooses_by_quality_then_order() {
        assert_eq!(Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"), Some(Fr));
        assert_eq!(Lang::from_accept_language("ja, es-MX;q=0.5, en;q=0.4"), Some(Es));
        assert_eq!(Lang::from_accept_language("en;q=0.2, ar-EG;q=0.9"), Some(Ar));
        assert_eq!(Lang::from_accept_language("zh-TW, zh-Hant;q=0.9"), None);
        assert_eq!(Lang::from_accept_language("zh-Hans-CN"), Some(ZhCn));
        assert_eq!(Lang::from_accept_language("pt-PT"), Some(PtBr));
        assert_eq!(Lang::from_accept_language("de;q=0, hi"), Some(Hi));
        assert_eq!(Lang::from_accept_language(""), None);
        assert_eq!(Lang::choose(Some("ar"), "en"), Ar);
        assert_eq!(Lang::choose(Some("xx"), "de-AT"), De);
        assert_eq!(Lang::choose(None, "ja"), En);
        assert!(Ar.rtl() && !Hi.rtl());
    }
}
