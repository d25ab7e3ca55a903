//! Countries for the phone-number picker: ISO code, English name, calling code. A compact
//! table (no libphonenumber in the browser); the server still parses numbers with it.
//!
//! The set of regions and their calling codes mirrors libphonenumber's metadata (every
//! geographic region it supports; the non-geographic "001" entries are left out). Several
//! regions share a calling code (e.g. the NANP regions all use "1").

/// One selectable region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, uppercase (e.g. "GB").
    pub iso: &'static str,
    /// English short name (e.g. "United Kingdom").
    pub name: &'static str,
    /// International calling code, digits only, without "+" (e.g. "44").
    pub dial: &'static str,
}

/// Every region, sorted by name (ignoring case and accents, see [`sort_key`]).
#[rustfmt::skip]
pub const COUNTRIES: &[Country] = &[
    Country { iso: "AF", name: "Afghanistan", dial: "93" },
    Country { iso: "AX", name: "Åland Islands", dial: "358" },
    Country { iso: "AL", name: "Albania", dial: "355" },
    Country { iso: "DZ", name: "Algeria", dial: "213" },
    Country { iso: "AS", name: "American Samoa", dial: "1" },
    Country { iso: "AD", name: "Andorra", dial: "376" },
    Country { iso: "AO", name: "Angola", dial: "244" },
    Country { iso: "AI", name: "Anguilla", dial: "1" },
    Country { iso: "AG", name: "Antigua and Barbuda", dial: "1" },
    Country { iso: "AR", name: "Argentina", dial: "54" },
    Country { iso: "AM", name: "Armenia", dial: "374" },
    Country { iso: "AW", name: "Aruba", dial: "297" },
    Country { iso: "AC", name: "Ascension Island", dial: "247" },
    Country { iso: "AU", name: "Australia", dial: "61" },
    Country { iso: "AT", name: "Austria", dial: "43" },
    Country { iso: "AZ", name: "Azerbaijan", dial: "994" },
    Country { iso: "BS", name: "Bahamas", dial: "1" },
    Country { iso: "BH", name: "Bahrain", dial: "973" },
    Country { iso: "BD", name: "Bangladesh", dial: "880" },
    Country { iso: "BB", name: "Barbados", dial: "1" },
    Country { iso: "BY", name: "Belarus", dial: "375" },
    Country { iso: "BE", name: "Belgium", dial: "32" },
    Country { iso: "BZ", name: "Belize", dial: "501" },
    Country { iso: "BJ", name: "Benin", dial: "229" },
    Country { iso: "BM", name: "Bermuda", dial: "1" },
    Country { iso: "BT", name: "Bhutan", dial: "975" },
    Country { iso: "BO", name: "Bolivia", dial: "591" },
    Country { iso: "BA", name: "Bosnia and Herzegovina", dial: "387" },
    Country { iso: "BW", name: "Botswana", dial: "267" },
    Country { iso: "BR", name: "Brazil", dial: "55" },
    Country { iso: "IO", name: "British Indian Ocean Territory", dial: "246" },
    Country { iso: "VG", name: "British Virgin Islands", dial: "1" },
    Country { iso: "BN", name: "Brunei", dial: "673" },
    Country { iso: "BG", name: "Bulgaria", dial: "359" },
    Country { iso: "BF", name: "Burkina Faso", dial: "226" },
    Country { iso: "BI", name: "Burundi", dial: "257" },
    Country { iso: "KH", name: "Cambodia", dial: "855" },
    Country { iso: "CM", name: "Cameroon", dial: "237" },
    Country { iso: "CA", name: "Canada", dial: "1" },
    Country { iso: "CV", name: "Cape Verde", dial: "238" },
    Country { iso: "BQ", name: "Caribbean Netherlands", dial: "599" },
    Country { iso: "KY", name: "Cayman Islands", dial: "1" },
    Country { iso: "CF", name: "Central African Republic", dial: "236" },
    Country { iso: "TD", name: "Chad", dial: "235" },
    Country { iso: "CL", name: "Chile", dial: "56" },
    Country { iso: "CN", name: "China", dial: "86" },
    Country { iso: "CX", name: "Christmas Island", dial: "61" },
    Country { iso: "CC", name: "Cocos (Keeling) Islands", dial: "61" },
    Country { iso: "CO", name: "Colombia", dial: "57" },
    Country { iso: "KM", name: "Comoros", dial: "269" },
    Country { iso: "CD", name: "Congo (DRC)", dial: "243" },
    Country { iso: "CG", name: "Congo (Republic)", dial: "242" },
    Country { iso: "CK", name: "Cook Islands", dial: "682" },
    Country { iso: "CR", name: "Costa Rica", dial: "506" },
    Country { iso: "CI", name: "Côte d'Ivoire", dial: "225" },
    Country { iso: "HR", name: "Croatia", dial: "385" },
    Country { iso: "CU", name: "Cuba", dial: "53" },
    Country { iso: "CW", name: "Curaçao", dial: "599" },
    Country { iso: "CY", name: "Cyprus", dial: "357" },
    Country { iso: "CZ", name: "Czechia", dial: "420" },
    Country { iso: "DK", name: "Denmark", dial: "45" },
    Country { iso: "DJ", name: "Djibouti", dial: "253" },
    Country { iso: "DM", name: "Dominica", dial: "1" },
    Country { iso: "DO", name: "Dominican Republic", dial: "1" },
    Country { iso: "EC", name: "Ecuador", dial: "593" },
    Country { iso: "EG", name: "Egypt", dial: "20" },
    Country { iso: "SV", name: "El Salvador", dial: "503" },
    Country { iso: "GQ", name: "Equatorial Guinea", dial: "240" },
    Country { iso: "ER", name: "Eritrea", dial: "291" },
    Country { iso: "EE", name: "Estonia", dial: "372" },
    Country { iso: "SZ", name: "Eswatini", dial: "268" },
    Country { iso: "ET", name: "Ethiopia", dial: "251" },
    Country { iso: "FK", name: "Falkland Islands", dial: "500" },
    Country { iso: "FO", name: "Faroe Islands", dial: "298" },
    Country { iso: "FJ", name: "Fiji", dial: "679" },
    Country { iso: "FI", name: "Finland", dial: "358" },
    Country { iso: "FR", name: "France", dial: "33" },
    Country { iso: "GF", name: "French Guiana", dial: "594" },
    Country { iso: "PF", name: "French Polynesia", dial: "689" },
    Country { iso: "GA", name: "Gabon", dial: "241" },
    Country { iso: "GM", name: "Gambia", dial: "220" },
    Country { iso: "GE", name: "Georgia", dial: "995" },
    Country { iso: "DE", name: "Germany", dial: "49" },
    Country { iso: "GH", name: "Ghana", dial: "233" },
    Country { iso: "GI", name: "Gibraltar", dial: "350" },
    Country { iso: "GR", name: "Greece", dial: "30" },
    Country { iso: "GL", name: "Greenland", dial: "299" },
    Country { iso: "GD", name: "Grenada", dial: "1" },
    Country { iso: "GP", name: "Guadeloupe", dial: "590" },
    Country { iso: "GU", name: "Guam", dial: "1" },
    Country { iso: "GT", name: "Guatemala", dial: "502" },
    Country { iso: "GG", name: "Guernsey", dial: "44" },
    Country { iso: "GN", name: "Guinea", dial: "224" },
    Country { iso: "GW", name: "Guinea-Bissau", dial: "245" },
    Country { iso: "GY", name: "Guyana", dial: "592" },
    Country { iso: "HT", name: "Haiti", dial: "509" },
    Country { iso: "HN", name: "Honduras", dial: "504" },
    Country { iso: "HK", name: "Hong Kong", dial: "852" },
    Country { iso: "HU", name: "Hungary", dial: "36" },
    Country { iso: "IS", name: "Iceland", dial: "354" },
    Country { iso: "IN", name: "India", dial: "91" },
    Country { iso: "ID", name: "Indonesia", dial: "62" },
    Country { iso: "IR", name: "Iran", dial: "98" },
    Country { iso: "IQ", name: "Iraq", dial: "964" },
    Country { iso: "IE", name: "Ireland", dial: "353" },
    Country { iso: "IM", name: "Isle of Man", dial: "44" },
    Country { iso: "IL", name: "Israel", dial: "972" },
    Country { iso: "IT", name: "Italy", dial: "39" },
    Country { iso: "JM", name: "Jamaica", dial: "1" },
    Country { iso: "JP", name: "Japan", dial: "81" },
    Country { iso: "JE", name: "Jersey", dial: "44" },
    Country { iso: "JO", name: "Jordan", dial: "962" },
    Country { iso: "KZ", name: "Kazakhstan", dial: "7" },
    Country { iso: "KE", name: "Kenya", dial: "254" },
    Country { iso: "KI", name: "Kiribati", dial: "686" },
    Country { iso: "XK", name: "Kosovo", dial: "383" },
    Country { iso: "KW", name: "Kuwait", dial: "965" },
    Country { iso: "KG", name: "Kyrgyzstan", dial: "996" },
    Country { iso: "LA", name: "Laos", dial: "856" },
    Country { iso: "LV", name: "Latvia", dial: "371" },
    Country { iso: "LB", name: "Lebanon", dial: "961" },
    Country { iso: "LS", name: "Lesotho", dial: "266" },
    Country { iso: "LR", name: "Liberia", dial: "231" },
    Country { iso: "LY", name: "Libya", dial: "218" },
    Country { iso: "LI", name: "Liechtenstein", dial: "423" },
    Country { iso: "LT", name: "Lithuania", dial: "370" },
    Country { iso: "LU", name: "Luxembourg", dial: "352" },
    Country { iso: "MO", name: "Macao", dial: "853" },
    Country { iso: "MG", name: "Madagascar", dial: "261" },
    Country { iso: "MW", name: "Malawi", dial: "265" },
    Country { iso: "MY", name: "Malaysia", dial: "60" },
    Country { iso: "MV", name: "Maldives", dial: "960" },
    Country { iso: "ML", name: "Mali", dial: "223" },
    Country { iso: "MT", name: "Malta", dial: "356" },
    Country { iso: "MH", name: "Marshall Islands", dial: "692" },
    Country { iso: "MQ", name: "Martinique", dial: "596" },
    Country { iso: "MR", name: "Mauritania", dial: "222" },
    Country { iso: "MU", name: "Mauritius", dial: "230" },
    Country { iso: "YT", name: "Mayotte", dial: "262" },
    Country { iso: "MX", name: "Mexico", dial: "52" },
    Country { iso: "FM", name: "Micronesia", dial: "691" },
    Country { iso: "MD", name: "Moldova", dial: "373" },
    Country { iso: "MC", name: "Monaco", dial: "377" },
    Country { iso: "MN", name: "Mongolia", dial: "976" },
    Country { iso: "ME", name: "Montenegro", dial: "382" },
    Country { iso: "MS", name: "Montserrat", dial: "1" },
    Country { iso: "MA", name: "Morocco", dial: "212" },
    Country { iso: "MZ", name: "Mozambique", dial: "258" },
    Country { iso: "MM", name: "Myanmar", dial: "95" },
    Country { iso: "NA", name: "Namibia", dial: "264" },
    Country { iso: "NR", name: "Nauru", dial: "674" },
    Country { iso: "NP", name: "Nepal", dial: "977" },
    Country { iso: "NL", name: "Netherlands", dial: "31" },
    Country { iso: "NC", name: "New Caledonia", dial: "687" },
    Country { iso: "NZ", name: "New Zealand", dial: "64" },
    Country { iso: "NI", name: "Nicaragua", dial: "505" },
    Country { iso: "NE", name: "Niger", dial: "227" },
    Country { iso: "NG", name: "Nigeria", dial: "234" },
    Country { iso: "NU", name: "Niue", dial: "683" },
    Country { iso: "NF", name: "Norfolk Island", dial: "672" },
    Country { iso: "KP", name: "North Korea", dial: "850" },
    Country { iso: "MK", name: "North Macedonia", dial: "389" },
    Country { iso: "MP", name: "Northern Mariana Islands", dial: "1" },
    Country { iso: "NO", name: "Norway", dial: "47" },
    Country { iso: "OM", name: "Oman", dial: "968" },
    Country { iso: "PK", name: "Pakistan", dial: "92" },
    Country { iso: "PW", name: "Palau", dial: "680" },
    Country { iso: "PS", name: "Palestine", dial: "970" },
    Country { iso: "PA", name: "Panama", dial: "507" },
    Country { iso: "PG", name: "Papua New Guinea", dial: "675" },
    Country { iso: "PY", name: "Paraguay", dial: "595" },
    Country { iso: "PE", name: "Peru", dial: "51" },
    Country { iso: "PH", name: "Philippines", dial: "63" },
    Country { iso: "PL", name: "Poland", dial: "48" },
    Country { iso: "PT", name: "Portugal", dial: "351" },
    Country { iso: "PR", name: "Puerto Rico", dial: "1" },
    Country { iso: "QA", name: "Qatar", dial: "974" },
    Country { iso: "RE", name: "Réunion", dial: "262" },
    Country { iso: "RO", name: "Romania", dial: "40" },
    Country { iso: "RU", name: "Russia", dial: "7" },
    Country { iso: "RW", name: "Rwanda", dial: "250" },
    Country { iso: "BL", name: "Saint Barthélemy", dial: "590" },
    Country { iso: "SH", name: "Saint Helena", dial: "290" },
    Country { iso: "KN", name: "Saint Kitts and Nevis", dial: "1" },
    Country { iso: "LC", name: "Saint Lucia", dial: "1" },
    Country { iso: "MF", name: "Saint Martin", dial: "590" },
    Country { iso: "PM", name: "Saint Pierre and Miquelon", dial: "508" },
    Country { iso: "VC", name: "Saint Vincent and the Grenadines", dial: "1" },
    Country { iso: "WS", name: "Samoa", dial: "685" },
    Country { iso: "SM", name: "San Marino", dial: "378" },
    Country { iso: "ST", name: "São Tomé and Príncipe", dial: "239" },
    Country { iso: "SA", name: "Saudi Arabia", dial: "966" },
    Country { iso: "SN", name: "Senegal", dial: "221" },
    Country { iso: "RS", name: "Serbia", dial: "381" },
    Country { iso: "SC", name: "Seychelles", dial: "248" },
    Country { iso: "SL", name: "Sierra Leone", dial: "232" },
    Country { iso: "SG", name: "Singapore", dial: "65" },
    Country { iso: "SX", name: "Sint Maarten", dial: "1" },
    Country { iso: "SK", name: "Slovakia", dial: "421" },
    Country { iso: "SI", name: "Slovenia", dial: "386" },
    Country { iso: "SB", name: "Solomon Islands", dial: "677" },
    Country { iso: "SO", name: "Somalia", dial: "252" },
    Country { iso: "ZA", name: "South Africa", dial: "27" },
    Country { iso: "KR", name: "South Korea", dial: "82" },
    Country { iso: "SS", name: "South Sudan", dial: "211" },
    Country { iso: "ES", name: "Spain", dial: "34" },
    Country { iso: "LK", name: "Sri Lanka", dial: "94" },
    Country { iso: "SD", name: "Sudan", dial: "249" },
    Country { iso: "SR", name: "Suriname", dial: "597" },
    Country { iso: "SJ", name: "Svalbard and Jan Mayen", dial: "47" },
    Country { iso: "SE", name: "Sweden", dial: "46" },
    Country { iso: "CH", name: "Switzerland", dial: "41" },
    Country { iso: "SY", name: "Syria", dial: "963" },
    Country { iso: "TW", name: "Taiwan", dial: "886" },
    Country { iso: "TJ", name: "Tajikistan", dial: "992" },
    Country { iso: "TZ", name: "Tanzania", dial: "255" },
    Country { iso: "TH", name: "Thailand", dial: "66" },
    Country { iso: "TL", name: "Timor-Leste", dial: "670" },
    Country { iso: "TG", name: "Togo", dial: "228" },
    Country { iso: "TK", name: "Tokelau", dial: "690" },
    Country { iso: "TO", name: "Tonga", dial: "676" },
    Country { iso: "TT", name: "Trinidad and Tobago", dial: "1" },
    Country { iso: "TA", name: "Tristan da Cunha", dial: "290" },
    Country { iso: "TN", name: "Tunisia", dial: "216" },
    Country { iso: "TR", name: "Turkey", dial: "90" },
    Country { iso: "TM", name: "Turkmenistan", dial: "993" },
    Country { iso: "TC", name: "Turks and Caicos Islands", dial: "1" },
    Country { iso: "TV", name: "Tuvalu", dial: "688" },
    Country { iso: "UG", name: "Uganda", dial: "256" },
    Country { iso: "UA", name: "Ukraine", dial: "380" },
    Country { iso: "AE", name: "United Arab Emirates", dial: "971" },
    Country { iso: "GB", name: "United Kingdom", dial: "44" },
    Country { iso: "US", name: "United States", dial: "1" },
    Country { iso: "UY", name: "Uruguay", dial: "598" },
    Country { iso: "VI", name: "US Virgin Islands", dial: "1" },
    Country { iso: "UZ", name: "Uzbekistan", dial: "998" },
    Country { iso: "VU", name: "Vanuatu", dial: "678" },
    Country { iso: "VA", name: "Vatican City", dial: "39" },
    Country { iso: "VE", name: "Venezuela", dial: "58" },
    Country { iso: "VN", name: "Vietnam", dial: "84" },
    Country { iso: "WF", name: "Wallis and Futuna", dial: "681" },
    Country { iso: "EH", name: "Western Sahara", dial: "212" },
    Country { iso: "YE", name: "Yemen", dial: "967" },
    Country { iso: "ZM", name: "Zambia", dial: "260" },
    Country { iso: "ZW", name: "Zimbabwe", dial: "263" },
];

/// The country with this ISO 3166-1 alpha-2 code, ignoring case.
pub fn by_iso(iso: &str) -> Option<&'static Country> {
    let iso = iso.trim();
    COUNTRIES.iter().find(|c| c.iso.eq_ignore_ascii_case(iso))
}

/// The emoji flag (a pair of regional-indicator symbols) for a two-letter code, or an
/// empty string if `iso` is not exactly two ASCII letters.
pub fn flag(iso: &str) -> String {
    let bytes = iso.as_bytes();
    if bytes.len() != 2 || !bytes.iter().all(|b| b.is_ascii_alphabetic()) {
        return String::new();
    }
    bytes.iter().filter_map(|b| char::from_u32(0x1F1E6 + u32::from(b.to_ascii_uppercase() - b'A'))).collect()
}

/// The key [`COUNTRIES`] is sorted by: the name lowercased, with accented Latin letters
/// folded to their base letter (so "Åland Islands" sorts under A and "Côte d'Ivoire"
/// under C).
pub fn sort_key(name: &str) -> String {
    name.chars().map(fold).collect()
}

fn fold(c: char) -> char {
    match c {
        'À'..='Å' | 'à'..='å' => 'a',
        'Ç' | 'ç' => 'c',
        'È'..='Ë' | 'è'..='ë' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' => 'i',
        'Ñ' | 'ñ' => 'n',
        'Ò'..='Ö' | 'ò'..='ö' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' => 'u',
        c => c.to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_by_name() {
        for pair in COUNTRIES.windows(2) {
            assert!(sort_key(pair[0].name) < sort_key(pair[1].name), "{} should come after {}", pair[0].name, pair[1].name);
        }
    }

    #[test]
    fn iso_codes_are_unique_uppercase_pairs() {
        for (i, c) in COUNTRIES.iter().enumerate() {
            assert_eq!(c.iso.len(), 2, "{}", c.iso);
            assert!(c.iso.bytes().all(|b| b.is_ascii_uppercase()), "{}", c.iso);
            assert!(COUNTRIES[i + 1..].iter().all(|o| o.iso != c.iso), "duplicate {}", c.iso);
        }
    }

    #[test]
    fn dial_codes_are_one_to_three_digits() {
        for c in COUNTRIES {
            assert!((1..=3).contains(&c.dial.len()), "{}: {}", c.iso, c.dial);
            assert!(c.dial.bytes().all(|b| b.is_ascii_digit()), "{}: {}", c.iso, c.dial);
            assert!(!c.dial.starts_with('0'), "{}: {}", c.iso, c.dial);
        }
    }

    #[test]
    fn names_are_present() {
        for c in COUNTRIES {
            assert!(!c.name.trim().is_empty(), "{}", c.iso);
        }
    }

    #[test]
    fn expected_entries() {
        assert_eq!(COUNTRIES.len(), 245);
        let check = |iso: &str, name: &str, dial: &str| {
            let c = by_iso(iso).unwrap_or_else(|| panic!("missing {iso}"));
            assert_eq!((c.name, c.dial), (name, dial), "{iso}");
        };
        check("GB", "United Kingdom", "44");
        check("US", "United States", "1");
        check("CA", "Canada", "1");
        check("FR", "France", "33");
        check("DE", "Germany", "49");
        check("IN", "India", "91");
        check("NG", "Nigeria", "234");
        check("BR", "Brazil", "55");
        check("JP", "Japan", "81");
        check("AU", "Australia", "61");
        check("XK", "Kosovo", "383");
        check("RU", "Russia", "7");
        check("KZ", "Kazakhstan", "7");
        check("JE", "Jersey", "44");
        assert!(by_iso("001").is_none());
    }

    #[test]
    fn by_iso_ignores_case() {
        assert_eq!(by_iso("gb").map(|c| c.name), Some("United Kingdom"));
        assert_eq!(by_iso("Gb"), by_iso("GB"));
        assert_eq!(by_iso("us").map(|c| c.dial), Some("1"));
        assert!(by_iso("zz").is_none());
        assert!(by_iso("").is_none());
    }

    #[test]
    fn flags() {
        assert_eq!(flag("GB"), "🇬🇧");
        assert_eq!(flag("gb"), "🇬🇧");
        assert_eq!(flag("US"), "🇺🇸");
        assert_eq!(flag("1"), "");
        assert_eq!(flag(""), "");
        assert_eq!(flag("G1"), "");
        assert_eq!(flag("GBR"), "");
        assert_eq!(flag("É1"), "");
    }
}
