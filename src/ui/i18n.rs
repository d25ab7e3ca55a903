//! The words of the pages, in the page's language.
//!
//! On the server every text comes from the Fluent catalogs (`locales/<tag>.ftl`, see
//! `server/i18n.rs`) in the language of the request (`Lang`, in the Leptos context from
//! the shell). The Wasm carries no catalog: the islands' words (the messages whose key
//! starts with `live-`) come with the page, in the page's language only and only the
//! families its islands use ([`IslandWords`]: `<meta name="phone-auth-words">`, one
//! `key=text` per line, the key without `live-`), and their `{ $name }` arguments are
//! filled in here. A `live-` message therefore has no selector (no plural forms): it is
//! written so that it needs none.

use crate::domain::lang::Lang;
use crate::domain::AppError;
use leptos::prelude::*;

pub use crate::domain::lang::Arg;

pub use crate::domain::lang::LIVE;

/// The language of the page being drawn.
#[cfg(feature = "ssr")]
pub fn lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// The language of the page being drawn (`<html lang>`).
#[cfg(not(feature = "ssr"))]
pub fn lang() -> Lang {
    leptos::prelude::document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|t| Lang::from_tag(&t))
        .unwrap_or_default()
}

/// Message `key` in the page's language.
pub fn t(key: &str) -> String {
    t_with(key, &[])
}

/// Message `key` in the page's language, with `args`.
#[cfg(feature = "ssr")]
pub fn t_with(key: &str, args: &[(&str, Arg)]) -> String {
    crate::api::words::message(lang(), key, args)
}

/// Message `key` from the page's words (only `live-` messages are there), with `args`.
#[cfg(not(feature = "ssr"))]
pub fn t_with(key: &str, args: &[(&str, Arg)]) -> String {
    let short = key.strip_prefix(LIVE).unwrap_or(key);
    let mut text = page_words().iter().find(|(k, _)| k == short).map(|(_, v)| v.clone()).unwrap_or_else(|| key.to_string());
    for (name, arg) in args {
        let value = match arg {
            Arg::Text(t) => t.to_string(),
            Arg::Number(n) => n.to_string(),
        };
        text = text.replace(&format!("{{${name}}}"), &value);
    }
    text
}

/// The `live-` words the server put in the page (read once).
#[cfg(not(feature = "ssr"))]
fn page_words() -> &'static [(String, String)] {
    use std::sync::OnceLock;
    static WORDS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = vec![];
        #[cfg(feature = "hydrate")]
        if let Some(content) =
            document().query_selector("meta[name=phone-auth-words]").ok().flatten().and_then(|m| m.get_attribute("content"))
        {
            for line in content.lines() {
                if let Some((key, text)) = line.split_once('=') {
                    words.push((key.to_string(), text.to_string()));
                }
            }
        }
        words
    })
}

/// The words of the islands of a page, in its language: the `live-` messages of
/// `families` (`"code"` for `live-code-`...), put in the page's head. A page (one
/// `IslandWords` each) names the families of every island it may draw; `err` (the
/// sentences the browser makes itself) comes with any.
#[component]
pub fn IslandWords(families: &'static [&'static str]) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let content = {
        let mut all = vec!["err"];
        all.extend_from_slice(families);
        crate::api::words::live_words(lang(), &all)
    };
    #[cfg(not(feature = "ssr"))]
    let content = {
        let _ = families;
        String::new()
    };
    leptos::view! { <leptos_meta::Meta name="phone-auth-words" content=content/> }
}

/// The one sentence of an error, in the page's language.
pub fn error_text(error: &AppError) -> String {
    #[cfg(feature = "ssr")]
    {
        crate::api::words::error_sentence(error, lang())
    }
    #[cfg(not(feature = "ssr"))]
    {
        match error {
            AppError::Said { text, .. } => text.clone(),
            AppError::Transport(_) => t("live-err-transport"),
            // Made in the browser with its words already (the phone field's check).
            AppError::Invalid { message, .. } => message.clone(),
            other => other.to_string(),
        }
    }
}
