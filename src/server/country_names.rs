//! The names of the phone picker's countries in each language of the pages, from CLDR
//! (`locales/countries.tsv`, written by `locales/countries.py`; English is the table's
//! own names, `domain::countries`). Only the server has them: it writes them into the
//! page's country `<select>`, where the browser's picker reads them.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::domain::countries::sort_key;
use crate::domain::lang::Lang;

const SOURCE: &str = include_str!("../../locales/countries.tsv");

struct Table {
    /// Each region (ISO code, uppercase) with its names, one per `Lang::ALL`.
    names: HashMap<&'static str, [&'static str; Lang::ALL.len()]>,
    /// The regions in the file's order.
    regions: Vec<&'static str>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse(SOURCE))
}

/// The file: a header (`region`, then a language tag per column), then a row per region.
/// A language without a column, or a row without its cell, has no names there.
fn parse(source: &'static str) -> Table {
    let mut lines = source.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let column: Vec<Option<usize>> = Lang::ALL.iter().map(|l| header.iter().position(|h| h.trim() == l.tag())).collect();
    let mut names = HashMap::new();
    let mut regions = Vec::new();
    for line in lines {
        let cells: Vec<&'static str> = line.split('\t').map(str::trim).collect();
        let region = cells[0];
        let mut row = [""; Lang::ALL.len()];
        for (i, at) in column.iter().enumerate() {
            row[i] = at.and_then(|at| cells.get(at).copied()).unwrap_or("");
        }
        if names.insert(region, row).is_none() {
            regions.push(region);
        }
    }
    Table { names, regions }
}

/// The name of `region` (ISO 3166-1 alpha-2, any case) in `lang`; `None` for a region
/// the file does not list.
pub fn country_name(region: &str, lang: Lang) -> Option<&'static str> {
    let names = table().names.get(region.trim().to_ascii_uppercase().as_str())?;
    Some(names[lang.index()]).filter(|n| !n.is_empty()).or_else(|| Some(names[0]).filter(|n| !n.is_empty()))
}

/// Every region, sorted by its name in `lang`: lowercased, accents ignored
/// (`countries::sort_key`: "Égypte" is under E, "Österreich" under O); Arabic, Hindi
/// and Chinese names in Unicode's order (the alphabet's order for the first two, with
/// Arabic's hamza forms of alef as alef; by code point for Chinese).
pub fn sorted_regions(lang: Lang) -> Vec<&'static str> {
    let mut keyed: Vec<(String, &'static str)> =
        table().regions.iter().map(|r| (country_name(r, lang).map(sort_key).unwrap_or_default(), *r)).collect();
    keyed.sort();
    keyed.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::countries::{by_iso, search_named, COUNTRIES};

    #[test]
    fn every_region_has_a_name_in_every_language() {
        assert_eq!(table().regions.len(), COUNTRIES.len());
        for c in COUNTRIES {
            for lang in Lang::ALL {
                let name = country_name(c.iso, lang).unwrap_or_else(|| panic!("{} has no name in {}", c.iso, lang.tag()));
                assert!(!name.trim().is_empty() && !name.contains('\t'), "{} in {}", c.iso, lang.tag());
            }
            // English is the table's own.
            assert_eq!(country_name(c.iso, Lang::En), Some(c.name));
        }
        assert!(table().regions.iter().all(|r| by_iso(r).is_some()));
        assert_eq!(country_name("ZZ", Lang::De), None);
        assert_eq!(country_name("", Lang::De), None);
    }

    #[test]
    fn names_are_cldr_s() {
        assert_eq!(country_name("DE", Lang::De), Some("Deutschland"));
        assert_eq!(country_name("de", Lang::De), Some("Deutschland"));
        assert_eq!(country_name("EG", Lang::Ar), Some("مصر"));
        assert_eq!(country_name("CN", Lang::ZhCn), Some("中国"));
        assert_eq!(country_name("GB", Lang::En), Some("United Kingdom"));
        assert_eq!(country_name("GB", Lang::Es), Some("Reino Unido"));
        assert_eq!(country_name("BR", Lang::PtBr), Some("Brasil"));
        assert_eq!(country_name("FR", Lang::Fr), Some("France"));
        assert_eq!(country_name("IN", Lang::Hi), Some("भारत"));
        assert_eq!(country_name("US", Lang::Fr), Some("États-Unis"));
    }

    #[test]
    fn each_language_sorts_by_its_own_names() {
        // English keeps the table's order.
        let english: Vec<&str> = COUNTRIES.iter().map(|c| c.iso).collect();
        assert_eq!(sorted_regions(Lang::En), english);
        for lang in Lang::ALL {
            let sorted = sorted_regions(lang);
            assert_eq!(sorted.len(), COUNTRIES.len(), "{}", lang.tag());
            let keys: Vec<String> = sorted.iter().map(|r| sort_key(country_name(r, lang).unwrap())).collect();
            assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{}", lang.tag());
        }
        let at = |lang: Lang, iso: &str| sorted_regions(lang).iter().position(|r| *r == iso).unwrap();
        // Accents do not count: Égypte after Danemark and before Espagne; Ägypten with A.
        assert!(at(Lang::Fr, "DK") < at(Lang::Fr, "EG") && at(Lang::Fr, "EG") < at(Lang::Fr, "ES"));
        assert!(at(Lang::De, "EG") < at(Lang::De, "AL"), "Ägypten before Albanien");
        assert!(
            at(Lang::De, "AT") > at(Lang::De, "NO") && at(Lang::De, "AT") < at(Lang::De, "PK"),
            "Österreich between Norwegen and Pakistan"
        );
        assert_eq!(sorted_regions(Lang::Es)[0], "AF");
        // Arabic: the hamza on alef does not count (إيطاليا after الأرجنتين).
        assert!(at(Lang::Ar, "IT") > at(Lang::Ar, "AR"), "إيطاليا after الأرجنتين");
    }

    #[test]
    fn the_picker_finds_countries_by_their_names_in_the_page_s_language() {
        for lang in Lang::ALL {
            let named: Vec<(&'static crate::domain::countries::Country, &str)> =
                sorted_regions(lang).into_iter().map(|r| (by_iso(r).unwrap(), country_name(r, lang).unwrap())).collect();
            let found = |q: &str| search_named(q, &named).into_iter().map(|c| c.iso).collect::<Vec<_>>();
            assert_eq!(found("").len(), COUNTRIES.len());
            let mut plus_44 = found("+44");
            assert_eq!(plus_44[0], "GB", "{}", lang.tag());
            plus_44.sort();
            assert_eq!(plus_44, ["GB", "GG", "IM", "JE"], "{}", lang.tag());
            assert_eq!(found("+44")[0], "GB", "{}", lang.tag());
            assert_eq!(found("44")[0], "GB", "{}", lang.tag());
            assert_eq!(found("uk")[0], "GB", "{}", lang.tag());
            assert_eq!(found("de")[0], "DE", "{}", lang.tag());
        }
        let in_lang = |lang: Lang, q: &str| {
            let named: Vec<(&'static crate::domain::countries::Country, &str)> =
                sorted_regions(lang).into_iter().map(|r| (by_iso(r).unwrap(), country_name(r, lang).unwrap())).collect();
            search_named(q, &named).into_iter().map(|c| c.iso).collect::<Vec<_>>()
        };
        assert_eq!(in_lang(Lang::De, "deutsch"), ["DE"]);
        assert_eq!(in_lang(Lang::Fr, "egypte"), ["EG"]);
        assert_eq!(in_lang(Lang::Fr, "cote d'i"), ["CI"]);
        assert_eq!(in_lang(Lang::Es, "alemania"), ["DE"]);
        assert_eq!(in_lang(Lang::Ar, "مصر"), ["EG"]);
        assert_eq!(in_lang(Lang::ZhCn, "中国")[0], "CN");
        assert_eq!(in_lang(Lang::Hi, "भारत"), ["IN"]);
        // The English names are not searched in another language.
        assert!(in_lang(Lang::De, "germany").is_empty());
    }
}
