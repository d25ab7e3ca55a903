//! The words phone-auth sends to phones, in each [`Lang`]: Fluent catalogs
//! (`locales/<tag>.ftl`, one file per language, built into the binary) with CLDR plural
//! rules. Unit tests keep every file's keys equal to English's and every message
//! formatting without error in every language, for every variant.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::lang::Lang;
use crate::domain::AppError;

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

pub use crate::domain::lang::Arg;

pub struct Catalog {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
    /// Each language's messages that take no arguments, formatted (most of a page's
    /// words: about 100 of the 110 a profile page asks for), by key: made the first time
    /// the language is asked for. Looking each up in its bundle and formatting it again
    /// took about 800 instructions a word; this, about 250.
    plain: [OnceLock<HashMap<Box<str>, Box<str>>>; Lang::ALL.len()],
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
            Catalog { bundles, plain: Default::default() }
        })
    }

    fn bundle(&self, lang: Lang) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
    }

    /// Message `key` in `lang` (English when the language lacks it), with `args`.
    pub fn message(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        if args.is_empty() {
            if let Some(text) = self.plain(lang).get(key) {
                return String::from(&**text);
            }
        }
        self.format(lang, key, args)
    }

    /// Message `key` in `lang` (English when the language lacks it), formatted with `args`.
    fn format(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
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

impl Catalog {
    /// `lang`'s messages that format without arguments and without errors (English's
    /// where `lang` lacks one), by key: what [`Catalog::message`] gives for them.
    fn plain(&self, lang: Lang) -> &HashMap<Box<str>, Box<str>> {
        self.plain[lang.index()].get_or_init(|| {
            keys(SOURCES[0].1)
                .into_iter()
                .filter_map(|key| {
                    let (bundle, pattern) = [self.bundle(lang), self.bundle(Lang::En)]
                        .into_iter()
                        .flatten()
                        .find_map(|b| b.get_message(&key).and_then(|m| m.value()).map(|p| (b, p)))?;
                    let mut errors = vec![];
                    let text = bundle.format_pattern(pattern, None, &mut errors);
                    errors.is_empty().then(|| (key.into_boxed_str(), text.into_owned().into_boxed_str()))
                })
                .collect()
        })
    }
}

/// The catalog's messages in `lang`, as a function of a key and its arguments (what the
/// domain's wording functions take: `Device::label_with`, `event_sentence`, `month_year`).
pub fn words(lang: Lang) -> impl Fn(&str, &[(&str, Arg)]) -> String {
    move |key, args| Catalog::get().message(lang, key, args)
}

/// One language's live words: each key without `live-`, and its text.
type LiveWords = Vec<(String, String)>;

impl Catalog {
    /// The English message whose text is `english` among the `invalid-` and `live-err-` messages (the
    /// sentences of `AppError::Invalid`, which services write in English): its key.
    pub fn invalid_key(&self, english: &str) -> Option<&'static str> {
        static KEYS: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
        let keys = KEYS.get_or_init(|| {
            keys(SOURCES[0].1)
                .into_iter()
                .filter(|k| k.starts_with("invalid-") || k.starts_with("live-err-"))
                .map(|k| {
                    let key: &'static str = Box::leak(k.into_boxed_str());
                    (Catalog::get().message(Lang::En, key, &[]), key)
                })
                .collect()
        });
        keys.iter().find(|(text, _)| text == english).map(|(_, k)| *k)
    }

    /// The `live-` messages of `lang` whose family is one of `families` (`code` for the
    /// `live-code-` ones...), with their arguments left as `{$name}` for the browser to
    /// fill in, as the page carries them: one `key=text` per line, the key without `live-` (see `ui::i18n`).
    pub fn live_words(&self, lang: Lang, families: &[&str]) -> String {
        // Every language's live words, made once (a page must not parse the catalog).
        static WORDS: OnceLock<Vec<(Lang, LiveWords)>> = OnceLock::new();
        let all = WORDS.get_or_init(|| {
            let live: Vec<String> = keys(SOURCES[0].1).into_iter().filter(|k| k.starts_with(crate::domain::lang::LIVE)).collect();
            Lang::ALL
                .into_iter()
                .map(|l| {
                    let words = live
                        .iter()
                        .map(|k| (k[crate::domain::lang::LIVE.len()..].to_string(), self.raw(l, k).replace('\n', " ")))
                        .collect();
                    (l, words)
                })
                .collect()
        });
        // And each language's words of each set of families the pages ask for (a handful),
        // as they asked: a page copies them, it does not pick them out again (that was
        // 3 % of a profile page's instructions).
        static PICKED: std::sync::Mutex<Vec<(Lang, Vec<String>, String)>> = std::sync::Mutex::new(Vec::new());
        let mut picked = PICKED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, _, text)) = picked.iter().find(|(l, f, _)| *l == lang && f.iter().map(String::as_str).eq(families.iter().copied()))
        {
            return text.clone();
        }
        let Some((_, words)) = all.iter().find(|(l, _)| *l == lang) else { return String::new() };
        let text = words
            .iter()
            .filter(|(k, _)| families.iter().any(|f| k.strip_prefix(f).is_some_and(|r| r.starts_with('-'))))
            .map(|(k, text)| format!("{k}={text}"))
            .collect::<Vec<_>>()
            .join("\n");
        picked.push((lang, families.iter().map(|f| f.to_string()).collect(), text.clone()));
        text
    }

    /// Message `key` formatted with no arguments: each shows as `{$name}`.
    fn raw(&self, lang: Lang, key: &str) -> String {
        for bundle in [self.bundle(lang), self.bundle(Lang::En)].into_iter().flatten() {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                return bundle.format_pattern(pattern, None, &mut errors).into_owned();
            }
        }
        key.to_string()
    }
}

/// The message key and arguments of an error's sentence (`err-`, `invalid-` and the
/// phone field's `live-err-` messages); `None` for an `Invalid` sentence the catalog does
/// not know (it is shown as written) and for words already said.
pub fn error_message(error: &AppError) -> Option<(&'static str, Vec<(&'static str, i64)>)> {
    use crate::domain::error::DeliveryProblem as D;
    let plain = |k: &'static str| Some((k, vec![]));
    match error {
        AppError::Invalid { message, .. } => Catalog::get().invalid_key(message).map(|k| (k, vec![])),
        AppError::BadCredentials => plain("err-bad-credentials"),
        AppError::WrongCode { tries_left } => Some(("err-wrong-code", vec![("tries", i64::from(*tries_left))])),
        AppError::CodeExpired => plain("err-code-expired"),
        AppError::TooManyTries => plain("err-too-many-tries"),
        AppError::NoActiveCode => plain("err-no-active-code"),
        AppError::Cooldown { seconds } => Some(("err-cooldown", vec![("seconds", *seconds as i64)])),
        AppError::TooManySends { minutes } => Some(("err-too-many-sends", vec![("minutes", *minutes as i64)])),
        AppError::Delivery(problem) => plain(match problem {
            D::InvalidNumber => "err-delivery-invalid-number",
            D::RegionNotAllowed => "err-delivery-region",
            D::OptedOut => "err-delivery-opted-out",
            D::TooMany => "err-delivery-too-many",
            D::TooManyChecks => "err-delivery-too-many-checks",
            D::LockedAfterChecks => "err-delivery-locked",
            D::ProviderMisconfigured => "err-delivery-misconfigured",
            D::NoVoice => "err-delivery-no-voice",
            D::Unavailable => "err-delivery-unavailable",
            D::CheckUnavailable => "err-delivery-check-unavailable",
        }),
        AppError::ChallengeNeeded => plain("err-challenge-needed"),
        AppError::SendsPaused { minutes } => Some(("err-sends-paused", vec![("minutes", *minutes as i64)])),
        AppError::TooManySignIns { minutes } => Some(("err-too-many-sign-ins", vec![("minutes", *minutes as i64)])),
        AppError::NotSignedIn => plain("err-not-signed-in"),
        AppError::AlreadySignedIn => plain("err-already-signed-in"),
        AppError::SessionGone => plain("err-session-gone"),
        AppError::StartOver => plain("err-start-over"),
        AppError::Internal { .. } => plain("err-internal"),
        AppError::Unavailable => plain("err-unavailable"),
        AppError::Busy => plain("err-busy"),
        AppError::Transport(_) => plain("live-err-transport"),
        AppError::Said { .. } => None,
    }
}

/// The one sentence of `error` in `lang`.
pub fn error_sentence(error: &AppError, lang: Lang) -> String {
    if let AppError::Said { text, .. } = error {
        return text.clone();
    }
    match error_message(error) {
        Some((key, numbers)) => {
            let reference = match error {
                AppError::Internal { reference } => reference.as_str(),
                _ => "",
            };
            let mut args: Vec<(&str, Arg)> = numbers.iter().map(|(name, n)| (*name, Arg::Number(*n))).collect();
            args.push(("reference", Arg::Text(reference)));
            Catalog::get().message(lang, key, &args)
        }
        None => error.to_string(),
    }
}

/// `error` as a page in `lang` shows it: English errors stay as they are (their
/// sentence is their `Display`); others carry their sentence ([`AppError::Said`]).
pub fn said(error: AppError, lang: Lang) -> AppError {
    if lang == Lang::En || matches!(error, AppError::Said { .. }) {
        return error;
    }
    AppError::Said { text: error_sentence(&error, lang), error: Box::new(error) }
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

    /// The variables a message uses (those a format without arguments misses).
    fn variables(b: &FluentBundle<FluentResource>, key: &str) -> Vec<String> {
        let pattern = b.get_message(key).and_then(|m| m.value()).unwrap();
        let mut errors = vec![];
        b.format_pattern(pattern, None, &mut errors);
        let mut vars: Vec<String> = errors
            .iter()
            .filter_map(|e| match e {
                fluent_bundle::FluentError::ResolverError(fluent_bundle::resolver::ResolverError::Reference(
                    fluent_bundle::resolver::errors::ReferenceKind::Variable { id },
                )) => Some(id.clone()),
                _ => None,
            })
            .collect();
        vars.sort();
        vars.dedup();
        vars
    }

    #[test]
    fn the_words_made_once_are_the_words_formatted_each_time() {
        let catalog = Catalog::get();
        for lang in Lang::ALL {
            let plain = catalog.plain(lang);
            // Most messages take no arguments; those that do are not among them.
            assert!(plain.len() > keys(SOURCES[0].1).len() / 2, "{lang:?}: {}", plain.len());
            assert!(!plain.contains_key("time-weekday") && !plain.contains_key("profile-recovery-left"), "{lang:?}");
            for key in keys(SOURCES[0].1) {
                assert_eq!(catalog.message(lang, &key, &[]), catalog.format(lang, &key, &[]), "{lang:?} {key}");
            }
        }
        assert_eq!(catalog.message(Lang::De, "profile-title", &[]), catalog.format(Lang::De, "profile-title", &[]));
        assert_ne!(catalog.message(Lang::De, "profile-title", &[]), catalog.message(Lang::En, "profile-title", &[]));
    }

    /// Every message formats without an error in every language: for every purpose and
    /// alert it selects on, and every number from 0 to 20 and some beyond (the plural
    /// forms) for its numeric arguments. Text arguments get a sample.
    #[test]
    fn every_message_formats_in_every_language() {
        const TEXTS: [(&str, &str); 12] = [
            ("app", "Phone Auth"),
            ("code", "123456"),
            ("device", "Firefox"),
            ("url", "https://a.example/profile"),
            ("phone", "+44*******56"),
            ("reference", "ab12cd"),
            ("time", "04:59"),
            ("clock", "14:05"),
            ("client", "Acme"),
            ("name", "Work laptop"),
            ("date", "3 March 2026"),
            ("when", "today at 14:05"),
        ];
        let numbers: Vec<i64> = (0..=20).chain([100, 101, 102, 111, 200]).collect();
        for (lang, source) in SOURCES {
            let b = bundle(lang, source).unwrap();
            for key in keys(source) {
                let vars = variables(&b, &key);
                let pattern = b.get_message(&key).and_then(|m| m.value()).unwrap();
                let purposes: &[&str] = if vars.iter().any(|v| v == "purpose") { &PURPOSES } else { &[""] };
                let whats: &[&str] = if vars.iter().any(|v| v == "what") { &WHATS } else { &[""] };
                let numeric: Vec<&String> =
                    vars.iter().filter(|v| !TEXTS.iter().any(|(t, _)| t == v) && *v != "purpose" && *v != "what").collect();
                let counts: &[i64] = if numeric.is_empty() { &[1] } else { &numbers };
                for purpose in purposes {
                    for what in whats {
                        for n in counts {
                            let mut args = FluentArgs::new();
                            for (k, v) in TEXTS {
                                args.set(k, FluentValue::from(v));
                            }
                            args.set("purpose", FluentValue::from(*purpose));
                            args.set("what", FluentValue::from(*what));
                            for v in &numeric {
                                args.set(v.as_str(), FluentValue::from(*n));
                            }
                            let mut errors = vec![];
                            let text = b.format_pattern(pattern, Some(&args), &mut errors);
                            assert!(errors.is_empty(), "{} {key}: {errors:?}", lang.tag());
                            // Only the piece of a sentence beside a link may be empty.
                            let may_be_empty = key.ends_with("-before") || key.ends_with("-after");
                            assert!(!text.contains("{$") && (may_be_empty || !text.trim().is_empty()), "{} {key}: {text}", lang.tag());
                        }
                    }
                }
            }
        }
    }

    /// Every error's sentence in English is its `Display` (one sentence, two places that
    /// must agree), and every language has its own words for it.
    #[test]
    fn every_error_has_its_sentence_in_every_language() {
        use crate::domain::error::DeliveryProblem as D;
        use crate::domain::Field;
        let mut errors = vec![
            AppError::BadCredentials,
            AppError::WrongCode { tries_left: 1 },
            AppError::WrongCode { tries_left: 3 },
            AppError::CodeExpired,
            AppError::TooManyTries,
            AppError::NoActiveCode,
            AppError::Cooldown { seconds: 1 },
            AppError::Cooldown { seconds: 42 },
            AppError::TooManySends { minutes: 15 },
            AppError::TooManySends { minutes: 1 },
            AppError::TooManySignIns { minutes: 1 },
            AppError::ChallengeNeeded,
            AppError::SendsPaused { minutes: 60 },
            AppError::TooManySignIns { minutes: 15 },
            AppError::NotSignedIn,
            AppError::AlreadySignedIn,
            AppError::SessionGone,
            AppError::StartOver,
            AppError::Internal { reference: "ab12cd".into() },
            AppError::Unavailable,
            AppError::Busy,
            AppError::Transport("fetch failed".into()),
        ];
        for d in [
            D::InvalidNumber,
            D::RegionNotAllowed,
            D::OptedOut,
            D::TooMany,
            D::TooManyChecks,
            D::LockedAfterChecks,
            D::ProviderMisconfigured,
            D::NoVoice,
            D::Unavailable,
            D::CheckUnavailable,
        ] {
            errors.push(AppError::Delivery(d));
        }
        for sentence in invalid_sentences() {
            errors.push(AppError::invalid(Field::Phone, sentence));
        }
        for e in &errors {
            assert!(error_message(e).is_some(), "no message for {e:?}");
            assert_eq!(error_sentence(e, Lang::En), e.to_string(), "{e:?}");
            for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
                let said = said(e.clone(), lang);
                assert_eq!(said.plain(), e);
                assert_ne!(said.to_string(), e.to_string(), "{e:?} is English in {}", lang.tag());
            }
        }
        assert_eq!(said(AppError::BadCredentials, Lang::En), AppError::BadCredentials);
    }

    /// Every sentence an `AppError::Invalid` is made with: the parse errors of the domain
    /// types, and the literal sentences of `invalid(Field::..., "...")` in the sources
    /// (read from them, so a new one cannot be forgotten).
    fn invalid_sentences() -> Vec<String> {
        use crate::domain::password::PasswordError;
        use crate::domain::phone::PhoneError;
        use crate::server::services::avatar::PhotoError;
        let mut out: Vec<String> = vec![];
        for e in [PhoneError::Empty, PhoneError::NoCountry, PhoneError::Invalid, PhoneError::NotMobile, PhoneError::CountryNotAllowed] {
            out.push(e.to_string());
        }
        for e in [PasswordError::TooShort, PasswordError::TooLong, PasswordError::TooCommon, PasswordError::Mismatch] {
            out.push(e.to_string());
        }
        for e in [PhotoError::Empty, PhotoError::TooLarge, PhotoError::NotAPicture, PhotoError::TooManyPixels, PhotoError::Unreadable] {
            out.push(e.to_string());
        }
        for bad in ["", "12", "1234567"] {
            out.extend(crate::domain::OtpCode::parse(bad).err().map(str::to_string));
        }
        for bad in ["", "abc", "abcde-1234?"] {
            out.extend(crate::domain::factor::RecoveryCode::parse(bad).err().map(str::to_string));
        }
        for bad in ["x".repeat(65), "a\u{7}b".to_string()] {
            out.extend(crate::domain::DisplayName::parse(&bad).err().map(str::to_string));
        }
        out.push(format!("A passkey's name is at most {} characters.", crate::server::services::passkeys::MAX_NAME_CHARS));
        out.push(format!("An account holds at most {} passkeys. Remove one first.", crate::server::services::passkeys::MAX_PER_ACCOUNT));
        let mut literal = 0;
        for path in source_files(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))) {
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines().filter(|l| l.contains("invalid(") && !l.trim_start().starts_with("//")) {
                let Some(at) = line.find("invalid(") else { continue };
                let rest = &line[at..];
                let Some(open) = rest.find(", \"") else { continue };
                let body = &rest[open + 3..];
                let Some(close) = body.find('"') else { continue };
                let sentence = &body[..close];
                if !sentence.contains('{') && !path.ends_with("flash.rs") {
                    out.push(sentence.to_string());
                    literal += 1;
                }
            }
        }
        assert!(literal >= 25, "the sources' literal sentences were not found ({literal})");
        out.sort();
        out.dedup();
        out
    }

    fn source_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = vec![];
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(source_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
        out
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
