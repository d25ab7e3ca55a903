//! The words of the pages, for the UI drawing them on the server: the catalogs in a
//! language, the sentences of errors, the islands' words, country names (the UI reaches
//! the server only through `api`).

use crate::domain::lang::{Arg, Lang};
pub use crate::server::country_names::{country_name, sorted_regions};
use crate::server::i18n::Catalog;
pub use crate::server::i18n::{error_sentence, said};

/// The language of the request being answered: its `lang` cookie, else its browser's.
pub fn request_lang() -> Lang {
    crate::server::request::RequestMeta::current().lang()
}

/// Message `key` in `lang`, with `args`.
pub fn message(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    Catalog::get().message(lang, key, args)
}

/// The islands' words of `families` in `lang`, as a page carries them.
pub fn live_words(lang: Lang, families: &[&str]) -> String {
    Catalog::get().live_words(lang, families)
}
