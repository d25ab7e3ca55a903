//! The words phone-auth sends to phones, in each [`Lang`]: Fluent catalogs
//! (`locales/<tag>.ftl`, one file per language, built into the binary) with CLDR plural
//! rules. Unit tests keep every file's keys equal to English's and every message
//! formatting without error in every language, for every variant.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::lang::Lang;

/// Each language's catalog source.
pub const SOURCES: [(Lang, &str); 8] = [
    (Lang::En, include_str!("../../locales/en.ftl")),
    (Lang::Es, include_str!("../../locales/es.ftl")),
    (Lang::PtBr, include_str!("../../locales/pt-BR.ftl")),
    (Lang::Fr, include_str!("../../locales/fr.ftl")),
    (Lang::De, include_str!("../../locales/de.ftl")),
    (Lang::Ar, include_str!("../../locales/ar.ftl")),
    (Lang::Hi, include_str!("../../locales/hi.ftl")),
    (Lang::ZhCn, include_str!("../../locales/zh-CN.ftl")),
];

/// One argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    /// A number: plural forms select on it.
    Number(i64),
}

pub struct Catalog {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
}

impl Catalog {
    /// The catalogs, parsed once. A file that does not parse is a build defect (the unit
    /// tests parse every one): its language then falls back to English.
    pub fn get() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            let bundles = SOURCES
                .iter()
                .filter_map(|(lang, source)| match bundle(*lang, source) {
                    Ok(b) => Some((*lang, b)),
                    Err(e) => {
                        tracing::error!(lang = lang.tag(), error = %e, "a message catalog does not parse: English is used instead");
                        None
                    }
                })
                .collect();
            Catalog { bundles }
        })
    }

    fn bundle(&self, lang: Lang) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
    }

    /// Message `key` in `lang` (English when the language lacks it), with `args`.
    pub fn message(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Text(t) => fluent_args.set(*name, FluentValue::from(*t)),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        for bundle in [self.bundle(lang), self.bundle(Lang::En)].into_iter().flatten() {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(lang = lang.tag(), key, errors = ?errors, "a message formatted with errors");
                }
                return text.into_owned();
            }
        }
        tracing::error!(key, "no message with this key in any catalog");
        key.to_string()
    }
}

/// One language's bundle: no Unicode isolation marks around arguments (they would be
/// sent in every SMS and break its GSM-7 encoding).
fn bundle(lang: Lang, source: &str) -> Result<FluentBundle<FluentResource>, String> {
    let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| format!("{errors:?}"))?;
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().map_err(|e| format!("{e}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|errors| format!("{errors:?}"))?;
    Ok(bundle)
}

/// The ids of a catalog's messages, sorted.
pub fn keys(source: &str) -> Vec<String> {
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let mut ids: Vec<String> = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    ids.sort();
    ids
}

/// How many SMS segments `text` takes: GSM-7 (160, or 153 each when split; the extension
/// table's characters count twice) or UCS-2 (70, or 67 each).
pub fn sms_segments(text: &str) -> usize {
    if crate::server::sms::vonage::is_gsm7(text) {
        let septets: usize = text.chars().map(|c| if "^{}\\[~]|€\u{c}".contains(c) { 2 } else { 1 }).sum();
        if septets <= 160 {
            1
        } else {
            septets.div_ceil(153)
        }
    } else {
        let units = text.encode_utf16().count();
        if units <= 70 {
            1
        } else {
            units.div_ceil(67)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PURPOSES: [&str; 5] = ["verify-phone", "sign-in", "2fa", "reset-password", "change-phone"];
    const WHATS: [&str; 6] =
        ["authenticator-added", "authenticator-removed", "recovery-codes", "passkey-added", "passkey-removed", "two-factor-off"];

    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let english = keys(SOURCES[0].1);
        assert!(english.len() >= 7, "{english:?}");
        for (lang, source) in SOURCES {
            assert!(FluentResource::try_new(source.to_string()).is_ok(), "{} does not parse", lang.tag());
            assert_eq!(keys(source), english, "{} has other keys than English", lang.tag());
        }
    }

    /// Every message formats without an error in every language, for every purpose,
    /// every alert and plural forms from 0 to 200 minutes.
    #[test]
    fn every_message_formats_in_every_language() {
        for (lang, source) in SOURCES {
            let b = bundle(lang, source).unwrap();
            for key in keys(source) {
                let pattern = b.get_message(&key).and_then(|m| m.value()).unwrap();
                for purpose in PURPOSES {
                    for what in WHATS {
                        for minutes in (0..=20).chain([100, 101, 102, 111, 200]) {
                            let mut args = FluentArgs::new();
                            for (k, v) in [
                                ("app", "Phone Auth"),
                                ("code", "123456"),
                                ("device", "Firefox"),
                                ("url", "https://a.example/profile"),
                                ("phone", "+44*******56"),
                            ] {
                                args.set(k, FluentValue::from(v));
                            }
                            args.set("purpose", FluentValue::from(purpose));
                            args.set("what", FluentValue::from(what));
                            args.set("minutes", FluentValue::from(minutes));
                            let mut errors = vec![];
                            let text = b.format_pattern(pattern, Some(&args), &mut errors);
                            assert!(errors.is_empty(), "{} {key}: {errors:?}", lang.tag());
                            assert!(!text.contains('{') && !text.trim().is_empty(), "{} {key}: {text}", lang.tag());
                        }
                    }
                }
            }
        }
    }

    /// Arabic's six plural forms read as Arabic does.
    #[test]
    fn arabic_minutes_take_their_plural_form() {
        let c = Catalog::get();
        let sms = |m| {
            c.message(
                Lang::Ar,
                "sms-code",
                &[("app", Arg::Text("A")), ("purpose", Arg::Text("sign-in")), ("code", Arg::Text("1")), ("minutes", Arg::Number(m))],
            )
        };
        assert!(sms(1).contains("دقيقة واحدة"));
        assert!(sms(2).contains("دقيقتين"));
        assert!(sms(5).contains("5 دقائق"));
        assert!(sms(11).contains("11 دقيقة"));
        assert!(sms(100).contains("100 دقيقة"));
    }

    #[test]
    fn segments_count_as_carriers_do() {
        assert_eq!(sms_segments(&"a".repeat(160)), 1);
        assert_eq!(sms_segments(&"a".repeat(161)), 2);
        assert_eq!(sms_segments(&"€".repeat(80)), 1, "160 septets");
        assert_eq!(sms_segments(&"€".repeat(81)), 2);
        assert_eq!(sms_segments(&"ó".repeat(70)), 1);
        assert_eq!(sms_segments(&"ó".repeat(71)), 2);
    }

    #[test]
    fn a_missing_language_falls_back_to_english_and_a_missing_key_shows_its_name() {
        let c = Catalog::get();
        assert_eq!(c.message(Lang::De, "no-such-key", &[]), "no-such-key");
        assert_eq!(c.message(Lang::Fr, "voice-again", &[]), "Je répète, votre code est");
    }
}
