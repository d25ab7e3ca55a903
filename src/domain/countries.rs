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
    /// English short name (e.g. "United Kingdom"). Not in the Wasm: the browser's picker
    /// reads the names in the page's language off the page's `<select>`.
    #[cfg(not(feature = "hydrate"))]
    pub name: &'static str,
    /// International calling code, digits only, without "+" (e.g. "44").
    pub dial: &'static str,
    /// The trunk prefix dialled before a national number (e.g. "0"), or "".
    pub trunk: &'static str,
    /// How a mobile number is written nationally: `#` per digit of the national number,
    /// with its trunk prefix and separators (e.g. "0#### ######"); "" where a plain
    /// pattern cannot follow libphonenumber (the number is then left as typed).
    pub national: &'static str,
    /// How the national part of a `+` number is written (e.g. "#### ######"), or "".
    pub intl: &'static str,
    /// The shortest and longest mobile number, in digits after the calling code.
    pub min: u8,
    pub max: u8,
}

/// Every region, sorted by name (ignoring case and accents, see [`sort_key`]).
#[rustfmt::skip]
pub const COUNTRIES: &[Country] = &[
    Country { iso: "AF", #[cfg(not(feature = "hydrate"))] name: "Afghanistan", dial: "93", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "AX", #[cfg(not(feature = "hydrate"))] name: "Åland Islands", dial: "358", trunk: "0", national: "0## #######", intl: "## #######", min: 6, max: 10 },
    Country { iso: "AL", #[cfg(not(feature = "hydrate"))] name: "Albania", dial: "355", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "DZ", #[cfg(not(feature = "hydrate"))] name: "Algeria", dial: "213", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "AS", #[cfg(not(feature = "hydrate"))] name: "American Samoa", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "AD", #[cfg(not(feature = "hydrate"))] name: "Andorra", dial: "376", trunk: "", national: "### ###", intl: "### ###", min: 6, max: 9 },
    Country { iso: "AO", #[cfg(not(feature = "hydrate"))] name: "Angola", dial: "244", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "AI", #[cfg(not(feature = "hydrate"))] name: "Anguilla", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "AG", #[cfg(not(feature = "hydrate"))] name: "Antigua and Barbuda", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "AR", #[cfg(not(feature = "hydrate"))] name: "Argentina", dial: "54", trunk: "0", national: "01# ##-####-####", intl: "# ## ####-####", min: 10, max: 11 },
    Country { iso: "AM", #[cfg(not(feature = "hydrate"))] name: "Armenia", dial: "374", trunk: "0", national: "0## ######", intl: "## ######", min: 8, max: 8 },
    Country { iso: "AW", #[cfg(not(feature = "hydrate"))] name: "Aruba", dial: "297", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "AC", #[cfg(not(feature = "hydrate"))] name: "Ascension Island", dial: "247", trunk: "", national: "#####", intl: "#####", min: 5, max: 5 },
    Country { iso: "AU", #[cfg(not(feature = "hydrate"))] name: "Australia", dial: "61", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "AT", #[cfg(not(feature = "hydrate"))] name: "Austria", dial: "43", trunk: "0", national: "0### ######", intl: "### ######", min: 7, max: 13 },
    Country { iso: "AZ", #[cfg(not(feature = "hydrate"))] name: "Azerbaijan", dial: "994", trunk: "0", national: "0## ### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "BS", #[cfg(not(feature = "hydrate"))] name: "Bahamas", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "BH", #[cfg(not(feature = "hydrate"))] name: "Bahrain", dial: "973", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "BD", #[cfg(not(feature = "hydrate"))] name: "Bangladesh", dial: "880", trunk: "0", national: "0####-######", intl: "####-######", min: 10, max: 10 },
    Country { iso: "BB", #[cfg(not(feature = "hydrate"))] name: "Barbados", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "BY", #[cfg(not(feature = "hydrate"))] name: "Belarus", dial: "375", trunk: "8", national: "8 0## ###-##-##", intl: "## ###-##-##", min: 9, max: 9 },
    Country { iso: "BE", #[cfg(not(feature = "hydrate"))] name: "Belgium", dial: "32", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "BZ", #[cfg(not(feature = "hydrate"))] name: "Belize", dial: "501", trunk: "", national: "###-####", intl: "###-####", min: 7, max: 7 },
    Country { iso: "BJ", #[cfg(not(feature = "hydrate"))] name: "Benin", dial: "229", trunk: "", national: "## ## ## ## ##", intl: "## ## ## ## ##", min: 10, max: 10 },
    Country { iso: "BM", #[cfg(not(feature = "hydrate"))] name: "Bermuda", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "BT", #[cfg(not(feature = "hydrate"))] name: "Bhutan", dial: "975", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "BO", #[cfg(not(feature = "hydrate"))] name: "Bolivia", dial: "591", trunk: "0", national: "########", intl: "########", min: 8, max: 8 },
    Country { iso: "BA", #[cfg(not(feature = "hydrate"))] name: "Bosnia and Herzegovina", dial: "387", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 9 },
    Country { iso: "BW", #[cfg(not(feature = "hydrate"))] name: "Botswana", dial: "267", trunk: "", national: "## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "BR", #[cfg(not(feature = "hydrate"))] name: "Brazil", dial: "55", trunk: "0", national: "(##) #####-####", intl: "## #####-####", min: 10, max: 11 },
    Country { iso: "IO", #[cfg(not(feature = "hydrate"))] name: "British Indian Ocean Territory", dial: "246", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "VG", #[cfg(not(feature = "hydrate"))] name: "British Virgin Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "BN", #[cfg(not(feature = "hydrate"))] name: "Brunei", dial: "673", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "BG", #[cfg(not(feature = "hydrate"))] name: "Bulgaria", dial: "359", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 9 },
    Country { iso: "BF", #[cfg(not(feature = "hydrate"))] name: "Burkina Faso", dial: "226", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "BI", #[cfg(not(feature = "hydrate"))] name: "Burundi", dial: "257", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "KH", #[cfg(not(feature = "hydrate"))] name: "Cambodia", dial: "855", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 9 },
    Country { iso: "CM", #[cfg(not(feature = "hydrate"))] name: "Cameroon", dial: "237", trunk: "", national: "# ## ## ## ##", intl: "# ## ## ## ##", min: 9, max: 9 },
    Country { iso: "CA", #[cfg(not(feature = "hydrate"))] name: "Canada", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "CV", #[cfg(not(feature = "hydrate"))] name: "Cape Verde", dial: "238", trunk: "", national: "### ## ##", intl: "### ## ##", min: 7, max: 7 },
    Country { iso: "BQ", #[cfg(not(feature = "hydrate"))] name: "Caribbean Netherlands", dial: "599", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "KY", #[cfg(not(feature = "hydrate"))] name: "Cayman Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "CF", #[cfg(not(feature = "hydrate"))] name: "Central African Republic", dial: "236", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "TD", #[cfg(not(feature = "hydrate"))] name: "Chad", dial: "235", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "CL", #[cfg(not(feature = "hydrate"))] name: "Chile", dial: "56", trunk: "", national: "(#) #### ####", intl: "# #### ####", min: 9, max: 9 },
    Country { iso: "CN", #[cfg(not(feature = "hydrate"))] name: "China", dial: "86", trunk: "0", national: "### #### ####", intl: "### #### ####", min: 11, max: 11 },
    Country { iso: "CX", #[cfg(not(feature = "hydrate"))] name: "Christmas Island", dial: "61", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "CC", #[cfg(not(feature = "hydrate"))] name: "Cocos (Keeling) Islands", dial: "61", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "CO", #[cfg(not(feature = "hydrate"))] name: "Colombia", dial: "57", trunk: "0", national: "### #######", intl: "### #######", min: 10, max: 10 },
    Country { iso: "KM", #[cfg(not(feature = "hydrate"))] name: "Comoros", dial: "269", trunk: "", national: "### ## ##", intl: "### ## ##", min: 7, max: 7 },
    Country { iso: "CD", #[cfg(not(feature = "hydrate"))] name: "Congo (DRC)", dial: "243", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 7, max: 9 },
    Country { iso: "CG", #[cfg(not(feature = "hydrate"))] name: "Congo (Republic)", dial: "242", trunk: "", national: "## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "CK", #[cfg(not(feature = "hydrate"))] name: "Cook Islands", dial: "682", trunk: "", national: "## ###", intl: "## ###", min: 5, max: 5 },
    Country { iso: "CR", #[cfg(not(feature = "hydrate"))] name: "Costa Rica", dial: "506", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "CI", #[cfg(not(feature = "hydrate"))] name: "Côte d'Ivoire", dial: "225", trunk: "", national: "## ## ## ####", intl: "## ## ## ####", min: 10, max: 10 },
    Country { iso: "HR", #[cfg(not(feature = "hydrate"))] name: "Croatia", dial: "385", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 8, max: 9 },
    Country { iso: "CU", #[cfg(not(feature = "hydrate"))] name: "Cuba", dial: "53", trunk: "0", national: "0# #######", intl: "# #######", min: 8, max: 8 },
    Country { iso: "CW", #[cfg(not(feature = "hydrate"))] name: "Curaçao", dial: "599", trunk: "", national: "# ### ####", intl: "# ### ####", min: 7, max: 8 },
    Country { iso: "CY", #[cfg(not(feature = "hydrate"))] name: "Cyprus", dial: "357", trunk: "", national: "## ######", intl: "## ######", min: 8, max: 8 },
    Country { iso: "CZ", #[cfg(not(feature = "hydrate"))] name: "Czechia", dial: "420", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "DK", #[cfg(not(feature = "hydrate"))] name: "Denmark", dial: "45", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "DJ", #[cfg(not(feature = "hydrate"))] name: "Djibouti", dial: "253", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "DM", #[cfg(not(feature = "hydrate"))] name: "Dominica", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "DO", #[cfg(not(feature = "hydrate"))] name: "Dominican Republic", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "EC", #[cfg(not(feature = "hydrate"))] name: "Ecuador", dial: "593", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "EG", #[cfg(not(feature = "hydrate"))] name: "Egypt", dial: "20", trunk: "0", national: "0## ########", intl: "## ########", min: 10, max: 10 },
    Country { iso: "SV", #[cfg(not(feature = "hydrate"))] name: "El Salvador", dial: "503", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "GQ", #[cfg(not(feature = "hydrate"))] name: "Equatorial Guinea", dial: "240", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "ER", #[cfg(not(feature = "hydrate"))] name: "Eritrea", dial: "291", trunk: "0", national: "0# ### ###", intl: "# ### ###", min: 7, max: 7 },
    Country { iso: "EE", #[cfg(not(feature = "hydrate"))] name: "Estonia", dial: "372", trunk: "", national: "#### ####", intl: "#### ####", min: 7, max: 8 },
    Country { iso: "SZ", #[cfg(not(feature = "hydrate"))] name: "Eswatini", dial: "268", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "ET", #[cfg(not(feature = "hydrate"))] name: "Ethiopia", dial: "251", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "FK", #[cfg(not(feature = "hydrate"))] name: "Falkland Islands", dial: "500", trunk: "", national: "#####", intl: "#####", min: 5, max: 5 },
    Country { iso: "FO", #[cfg(not(feature = "hydrate"))] name: "Faroe Islands", dial: "298", trunk: "", national: "######", intl: "######", min: 6, max: 6 },
    Country { iso: "FJ", #[cfg(not(feature = "hydrate"))] name: "Fiji", dial: "679", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "FI", #[cfg(not(feature = "hydrate"))] name: "Finland", dial: "358", trunk: "0", national: "0## #######", intl: "## #######", min: 6, max: 10 },
    Country { iso: "FR", #[cfg(not(feature = "hydrate"))] name: "France", dial: "33", trunk: "0", national: "0# ## ## ## ##", intl: "# ## ## ## ##", min: 9, max: 9 },
    Country { iso: "GF", #[cfg(not(feature = "hydrate"))] name: "French Guiana", dial: "594", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "PF", #[cfg(not(feature = "hydrate"))] name: "French Polynesia", dial: "689", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "GA", #[cfg(not(feature = "hydrate"))] name: "Gabon", dial: "241", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 7, max: 8 },
    Country { iso: "GM", #[cfg(not(feature = "hydrate"))] name: "Gambia", dial: "220", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "GE", #[cfg(not(feature = "hydrate"))] name: "Georgia", dial: "995", trunk: "0", national: "### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "DE", #[cfg(not(feature = "hydrate"))] name: "Germany", dial: "49", trunk: "0", national: "0#### #######", intl: "#### #######", min: 10, max: 11 },
    Country { iso: "GH", #[cfg(not(feature = "hydrate"))] name: "Ghana", dial: "233", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "GI", #[cfg(not(feature = "hydrate"))] name: "Gibraltar", dial: "350", trunk: "", national: "########", intl: "########", min: 8, max: 8 },
    Country { iso: "GR", #[cfg(not(feature = "hydrate"))] name: "Greece", dial: "30", trunk: "", national: "### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "GL", #[cfg(not(feature = "hydrate"))] name: "Greenland", dial: "299", trunk: "", national: "## ## ##", intl: "## ## ##", min: 6, max: 6 },
    Country { iso: "GD", #[cfg(not(feature = "hydrate"))] name: "Grenada", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "GP", #[cfg(not(feature = "hydrate"))] name: "Guadeloupe", dial: "590", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "GU", #[cfg(not(feature = "hydrate"))] name: "Guam", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "GT", #[cfg(not(feature = "hydrate"))] name: "Guatemala", dial: "502", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "GG", #[cfg(not(feature = "hydrate"))] name: "Guernsey", dial: "44", trunk: "0", national: "0#### ######", intl: "#### ######", min: 10, max: 10 },
    Country { iso: "GN", #[cfg(not(feature = "hydrate"))] name: "Guinea", dial: "224", trunk: "", national: "### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "GW", #[cfg(not(feature = "hydrate"))] name: "Guinea-Bissau", dial: "245", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "GY", #[cfg(not(feature = "hydrate"))] name: "Guyana", dial: "592", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "HT", #[cfg(not(feature = "hydrate"))] name: "Haiti", dial: "509", trunk: "", national: "## ## ####", intl: "## ## ####", min: 8, max: 8 },
    Country { iso: "HN", #[cfg(not(feature = "hydrate"))] name: "Honduras", dial: "504", trunk: "", national: "####-####", intl: "####-####", min: 8, max: 8 },
    Country { iso: "HK", #[cfg(not(feature = "hydrate"))] name: "Hong Kong", dial: "852", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "HU", #[cfg(not(feature = "hydrate"))] name: "Hungary", dial: "36", trunk: "06", national: "06 ## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "IS", #[cfg(not(feature = "hydrate"))] name: "Iceland", dial: "354", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 9 },
    Country { iso: "IN", #[cfg(not(feature = "hydrate"))] name: "India", dial: "91", trunk: "0", national: "0##### #####", intl: "##### #####", min: 10, max: 10 },
    Country { iso: "ID", #[cfg(not(feature = "hydrate"))] name: "Indonesia", dial: "62", trunk: "0", national: "0###-###-###", intl: "###-###-###", min: 9, max: 12 },
    Country { iso: "IR", #[cfg(not(feature = "hydrate"))] name: "Iran", dial: "98", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "IQ", #[cfg(not(feature = "hydrate"))] name: "Iraq", dial: "964", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "IE", #[cfg(not(feature = "hydrate"))] name: "Ireland", dial: "353", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "IM", #[cfg(not(feature = "hydrate"))] name: "Isle of Man", dial: "44", trunk: "0", national: "0#### ######", intl: "#### ######", min: 10, max: 10 },
    Country { iso: "IL", #[cfg(not(feature = "hydrate"))] name: "Israel", dial: "972", trunk: "0", national: "0##-###-####", intl: "##-###-####", min: 9, max: 9 },
    Country { iso: "IT", #[cfg(not(feature = "hydrate"))] name: "Italy", dial: "39", trunk: "", national: "### ### ####", intl: "### ### ####", min: 9, max: 10 },
    Country { iso: "JM", #[cfg(not(feature = "hydrate"))] name: "Jamaica", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "JP", #[cfg(not(feature = "hydrate"))] name: "Japan", dial: "81", trunk: "0", national: "0##-####-####", intl: "##-####-####", min: 10, max: 10 },
    Country { iso: "JE", #[cfg(not(feature = "hydrate"))] name: "Jersey", dial: "44", trunk: "0", national: "0#### ######", intl: "#### ######", min: 10, max: 10 },
    Country { iso: "JO", #[cfg(not(feature = "hydrate"))] name: "Jordan", dial: "962", trunk: "0", national: "0# #### ####", intl: "# #### ####", min: 9, max: 9 },
    Country { iso: "KZ", #[cfg(not(feature = "hydrate"))] name: "Kazakhstan", dial: "7", trunk: "8", national: "#########", intl: "#########", min: 10, max: 10 },
    Country { iso: "KE", #[cfg(not(feature = "hydrate"))] name: "Kenya", dial: "254", trunk: "0", national: "0### ######", intl: "### ######", min: 9, max: 9 },
    Country { iso: "KI", #[cfg(not(feature = "hydrate"))] name: "Kiribati", dial: "686", trunk: "0", national: "########", intl: "########", min: 8, max: 8 },
    Country { iso: "XK", #[cfg(not(feature = "hydrate"))] name: "Kosovo", dial: "383", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "KW", #[cfg(not(feature = "hydrate"))] name: "Kuwait", dial: "965", trunk: "", national: "### #####", intl: "### #####", min: 8, max: 8 },
    Country { iso: "KG", #[cfg(not(feature = "hydrate"))] name: "Kyrgyzstan", dial: "996", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "LA", #[cfg(not(feature = "hydrate"))] name: "Laos", dial: "856", trunk: "0", national: "0## ## ### ###", intl: "## ## ### ###", min: 9, max: 10 },
    Country { iso: "LV", #[cfg(not(feature = "hydrate"))] name: "Latvia", dial: "371", trunk: "", national: "## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "LB", #[cfg(not(feature = "hydrate"))] name: "Lebanon", dial: "961", trunk: "0", national: "## ### ###", intl: "## ### ###", min: 7, max: 8 },
    Country { iso: "LS", #[cfg(not(feature = "hydrate"))] name: "Lesotho", dial: "266", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "LR", #[cfg(not(feature = "hydrate"))] name: "Liberia", dial: "231", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 7, max: 9 },
    Country { iso: "LY", #[cfg(not(feature = "hydrate"))] name: "Libya", dial: "218", trunk: "0", national: "0##-#######", intl: "##-#######", min: 9, max: 9 },
    Country { iso: "LI", #[cfg(not(feature = "hydrate"))] name: "Liechtenstein", dial: "423", trunk: "0", national: "### ### ###", intl: "### ### ###", min: 7, max: 9 },
    Country { iso: "LT", #[cfg(not(feature = "hydrate"))] name: "Lithuania", dial: "370", trunk: "0", national: "(0-###) #####", intl: "### #####", min: 8, max: 8 },
    Country { iso: "LU", #[cfg(not(feature = "hydrate"))] name: "Luxembourg", dial: "352", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "MO", #[cfg(not(feature = "hydrate"))] name: "Macao", dial: "853", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "MG", #[cfg(not(feature = "hydrate"))] name: "Madagascar", dial: "261", trunk: "0", national: "0## ## ### ##", intl: "## ## ### ##", min: 9, max: 9 },
    Country { iso: "MW", #[cfg(not(feature = "hydrate"))] name: "Malawi", dial: "265", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "MY", #[cfg(not(feature = "hydrate"))] name: "Malaysia", dial: "60", trunk: "0", national: "0##-### ####", intl: "##-### ####", min: 9, max: 10 },
    Country { iso: "MV", #[cfg(not(feature = "hydrate"))] name: "Maldives", dial: "960", trunk: "", national: "###-####", intl: "###-####", min: 7, max: 7 },
    Country { iso: "ML", #[cfg(not(feature = "hydrate"))] name: "Mali", dial: "223", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "MT", #[cfg(not(feature = "hydrate"))] name: "Malta", dial: "356", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "MH", #[cfg(not(feature = "hydrate"))] name: "Marshall Islands", dial: "692", trunk: "1", national: "###-####", intl: "###-####", min: 7, max: 7 },
    Country { iso: "MQ", #[cfg(not(feature = "hydrate"))] name: "Martinique", dial: "596", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "MR", #[cfg(not(feature = "hydrate"))] name: "Mauritania", dial: "222", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "MU", #[cfg(not(feature = "hydrate"))] name: "Mauritius", dial: "230", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "YT", #[cfg(not(feature = "hydrate"))] name: "Mayotte", dial: "262", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "MX", #[cfg(not(feature = "hydrate"))] name: "Mexico", dial: "52", trunk: "", national: "### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "FM", #[cfg(not(feature = "hydrate"))] name: "Micronesia", dial: "691", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "MD", #[cfg(not(feature = "hydrate"))] name: "Moldova", dial: "373", trunk: "0", national: "0### ## ###", intl: "### ## ###", min: 8, max: 8 },
    Country { iso: "MC", #[cfg(not(feature = "hydrate"))] name: "Monaco", dial: "377", trunk: "0", national: "0# ## ## ## ##", intl: "# ## ## ## ##", min: 8, max: 9 },
    Country { iso: "MN", #[cfg(not(feature = "hydrate"))] name: "Mongolia", dial: "976", trunk: "0", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "ME", #[cfg(not(feature = "hydrate"))] name: "Montenegro", dial: "382", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "MS", #[cfg(not(feature = "hydrate"))] name: "Montserrat", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "MA", #[cfg(not(feature = "hydrate"))] name: "Morocco", dial: "212", trunk: "0", national: "0# ## ## ## ##", intl: "# ## ## ## ##", min: 9, max: 9 },
    Country { iso: "MZ", #[cfg(not(feature = "hydrate"))] name: "Mozambique", dial: "258", trunk: "", national: "## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "MM", #[cfg(not(feature = "hydrate"))] name: "Myanmar", dial: "95", trunk: "0", national: "0# ### ####", intl: "# ### ####", min: 7, max: 10 },
    Country { iso: "NA", #[cfg(not(feature = "hydrate"))] name: "Namibia", dial: "264", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "NR", #[cfg(not(feature = "hydrate"))] name: "Nauru", dial: "674", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "NP", #[cfg(not(feature = "hydrate"))] name: "Nepal", dial: "977", trunk: "0", national: "###-#######", intl: "###-#######", min: 10, max: 10 },
    Country { iso: "NL", #[cfg(not(feature = "hydrate"))] name: "Netherlands", dial: "31", trunk: "0", national: "0# ########", intl: "# ########", min: 9, max: 11 },
    Country { iso: "NC", #[cfg(not(feature = "hydrate"))] name: "New Caledonia", dial: "687", trunk: "", national: "##.##.##", intl: "##.##.##", min: 6, max: 6 },
    Country { iso: "NZ", #[cfg(not(feature = "hydrate"))] name: "New Zealand", dial: "64", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 8, max: 10 },
    Country { iso: "NI", #[cfg(not(feature = "hydrate"))] name: "Nicaragua", dial: "505", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "NE", #[cfg(not(feature = "hydrate"))] name: "Niger", dial: "227", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "NG", #[cfg(not(feature = "hydrate"))] name: "Nigeria", dial: "234", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "NU", #[cfg(not(feature = "hydrate"))] name: "Niue", dial: "683", trunk: "", national: "### ####", intl: "### ####", min: 4, max: 7 },
    Country { iso: "NF", #[cfg(not(feature = "hydrate"))] name: "Norfolk Island", dial: "672", trunk: "", national: "# #####", intl: "# #####", min: 6, max: 6 },
    Country { iso: "KP", #[cfg(not(feature = "hydrate"))] name: "North Korea", dial: "850", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "MK", #[cfg(not(feature = "hydrate"))] name: "North Macedonia", dial: "389", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "MP", #[cfg(not(feature = "hydrate"))] name: "Northern Mariana Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "NO", #[cfg(not(feature = "hydrate"))] name: "Norway", dial: "47", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "OM", #[cfg(not(feature = "hydrate"))] name: "Oman", dial: "968", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "PK", #[cfg(not(feature = "hydrate"))] name: "Pakistan", dial: "92", trunk: "0", national: "0### #######", intl: "### #######", min: 10, max: 10 },
    Country { iso: "PW", #[cfg(not(feature = "hydrate"))] name: "Palau", dial: "680", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "PS", #[cfg(not(feature = "hydrate"))] name: "Palestine", dial: "970", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "PA", #[cfg(not(feature = "hydrate"))] name: "Panama", dial: "507", trunk: "", national: "####-####", intl: "####-####", min: 7, max: 8 },
    Country { iso: "PG", #[cfg(not(feature = "hydrate"))] name: "Papua New Guinea", dial: "675", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "PY", #[cfg(not(feature = "hydrate"))] name: "Paraguay", dial: "595", trunk: "0", national: "0### ######", intl: "### ######", min: 9, max: 9 },
    Country { iso: "PE", #[cfg(not(feature = "hydrate"))] name: "Peru", dial: "51", trunk: "0", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "PH", #[cfg(not(feature = "hydrate"))] name: "Philippines", dial: "63", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "PL", #[cfg(not(feature = "hydrate"))] name: "Poland", dial: "48", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "PT", #[cfg(not(feature = "hydrate"))] name: "Portugal", dial: "351", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "PR", #[cfg(not(feature = "hydrate"))] name: "Puerto Rico", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "QA", #[cfg(not(feature = "hydrate"))] name: "Qatar", dial: "974", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "RE", #[cfg(not(feature = "hydrate"))] name: "Réunion", dial: "262", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "RO", #[cfg(not(feature = "hydrate"))] name: "Romania", dial: "40", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "RU", #[cfg(not(feature = "hydrate"))] name: "Russia", dial: "7", trunk: "8", national: "8 (###) ###-##-##", intl: "### ###-##-##", min: 10, max: 10 },
    Country { iso: "RW", #[cfg(not(feature = "hydrate"))] name: "Rwanda", dial: "250", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "BL", #[cfg(not(feature = "hydrate"))] name: "Saint Barthélemy", dial: "590", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "SH", #[cfg(not(feature = "hydrate"))] name: "Saint Helena", dial: "290", trunk: "", national: "#####", intl: "#####", min: 5, max: 5 },
    Country { iso: "KN", #[cfg(not(feature = "hydrate"))] name: "Saint Kitts and Nevis", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "LC", #[cfg(not(feature = "hydrate"))] name: "Saint Lucia", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "MF", #[cfg(not(feature = "hydrate"))] name: "Saint Martin", dial: "590", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "PM", #[cfg(not(feature = "hydrate"))] name: "Saint Pierre and Miquelon", dial: "508", trunk: "0", national: "0## ## ##", intl: "## ## ##", min: 6, max: 9 },
    Country { iso: "VC", #[cfg(not(feature = "hydrate"))] name: "Saint Vincent and the Grenadines", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "WS", #[cfg(not(feature = "hydrate"))] name: "Samoa", dial: "685", trunk: "", national: "## #####", intl: "## #####", min: 7, max: 10 },
    Country { iso: "SM", #[cfg(not(feature = "hydrate"))] name: "San Marino", dial: "378", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "ST", #[cfg(not(feature = "hydrate"))] name: "São Tomé and Príncipe", dial: "239", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "SA", #[cfg(not(feature = "hydrate"))] name: "Saudi Arabia", dial: "966", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "SN", #[cfg(not(feature = "hydrate"))] name: "Senegal", dial: "221", trunk: "", national: "## ### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "RS", #[cfg(not(feature = "hydrate"))] name: "Serbia", dial: "381", trunk: "0", national: "0## #######", intl: "## #######", min: 8, max: 10 },
    Country { iso: "SC", #[cfg(not(feature = "hydrate"))] name: "Seychelles", dial: "248", trunk: "", national: "# ### ###", intl: "# ### ###", min: 7, max: 7 },
    Country { iso: "SL", #[cfg(not(feature = "hydrate"))] name: "Sierra Leone", dial: "232", trunk: "0", national: "(0##) ######", intl: "## ######", min: 8, max: 8 },
    Country { iso: "SG", #[cfg(not(feature = "hydrate"))] name: "Singapore", dial: "65", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "SX", #[cfg(not(feature = "hydrate"))] name: "Sint Maarten", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "SK", #[cfg(not(feature = "hydrate"))] name: "Slovakia", dial: "421", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "SI", #[cfg(not(feature = "hydrate"))] name: "Slovenia", dial: "386", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "SB", #[cfg(not(feature = "hydrate"))] name: "Solomon Islands", dial: "677", trunk: "", national: "## #####", intl: "## #####", min: 5, max: 7 },
    Country { iso: "SO", #[cfg(not(feature = "hydrate"))] name: "Somalia", dial: "252", trunk: "0", national: "# #######", intl: "# #######", min: 7, max: 9 },
    Country { iso: "ZA", #[cfg(not(feature = "hydrate"))] name: "South Africa", dial: "27", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 5, max: 9 },
    Country { iso: "KR", #[cfg(not(feature = "hydrate"))] name: "South Korea", dial: "82", trunk: "0", national: "0##-####-####", intl: "##-####-####", min: 9, max: 10 },
    Country { iso: "SS", #[cfg(not(feature = "hydrate"))] name: "South Sudan", dial: "211", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "ES", #[cfg(not(feature = "hydrate"))] name: "Spain", dial: "34", trunk: "", national: "### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "LK", #[cfg(not(feature = "hydrate"))] name: "Sri Lanka", dial: "94", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "SD", #[cfg(not(feature = "hydrate"))] name: "Sudan", dial: "249", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "SR", #[cfg(not(feature = "hydrate"))] name: "Suriname", dial: "597", trunk: "", national: "###-####", intl: "###-####", min: 7, max: 7 },
    Country { iso: "SJ", #[cfg(not(feature = "hydrate"))] name: "Svalbard and Jan Mayen", dial: "47", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "SE", #[cfg(not(feature = "hydrate"))] name: "Sweden", dial: "46", trunk: "0", national: "0##-### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "CH", #[cfg(not(feature = "hydrate"))] name: "Switzerland", dial: "41", trunk: "0", national: "0## ### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "SY", #[cfg(not(feature = "hydrate"))] name: "Syria", dial: "963", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "TW", #[cfg(not(feature = "hydrate"))] name: "Taiwan", dial: "886", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "TJ", #[cfg(not(feature = "hydrate"))] name: "Tajikistan", dial: "992", trunk: "", national: "## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "TZ", #[cfg(not(feature = "hydrate"))] name: "Tanzania", dial: "255", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "TH", #[cfg(not(feature = "hydrate"))] name: "Thailand", dial: "66", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "TL", #[cfg(not(feature = "hydrate"))] name: "Timor-Leste", dial: "670", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "TG", #[cfg(not(feature = "hydrate"))] name: "Togo", dial: "228", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "TK", #[cfg(not(feature = "hydrate"))] name: "Tokelau", dial: "690", trunk: "", national: "####", intl: "####", min: 4, max: 7 },
    Country { iso: "TO", #[cfg(not(feature = "hydrate"))] name: "Tonga", dial: "676", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "TT", #[cfg(not(feature = "hydrate"))] name: "Trinidad and Tobago", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "TA", #[cfg(not(feature = "hydrate"))] name: "Tristan da Cunha", dial: "290", trunk: "", national: "####", intl: "####", min: 4, max: 4 },
    Country { iso: "TN", #[cfg(not(feature = "hydrate"))] name: "Tunisia", dial: "216", trunk: "", national: "## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "TR", #[cfg(not(feature = "hydrate"))] name: "Turkey", dial: "90", trunk: "0", national: "0### ### ## ##", intl: "### ### ## ##", min: 10, max: 10 },
    Country { iso: "TM", #[cfg(not(feature = "hydrate"))] name: "Turkmenistan", dial: "993", trunk: "8", national: "8 ## ######", intl: "## ######", min: 8, max: 8 },
    Country { iso: "TC", #[cfg(not(feature = "hydrate"))] name: "Turks and Caicos Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "TV", #[cfg(not(feature = "hydrate"))] name: "Tuvalu", dial: "688", trunk: "", national: "## ####", intl: "## ####", min: 6, max: 7 },
    Country { iso: "UG", #[cfg(not(feature = "hydrate"))] name: "Uganda", dial: "256", trunk: "0", national: "0### ######", intl: "### ######", min: 9, max: 9 },
    Country { iso: "UA", #[cfg(not(feature = "hydrate"))] name: "Ukraine", dial: "380", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "AE", #[cfg(not(feature = "hydrate"))] name: "United Arab Emirates", dial: "971", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "GB", #[cfg(not(feature = "hydrate"))] name: "United Kingdom", dial: "44", trunk: "0", national: "0#### ######", intl: "#### ######", min: 10, max: 10 },
    Country { iso: "US", #[cfg(not(feature = "hydrate"))] name: "United States", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "UY", #[cfg(not(feature = "hydrate"))] name: "Uruguay", dial: "598", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "VI", #[cfg(not(feature = "hydrate"))] name: "US Virgin Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "UZ", #[cfg(not(feature = "hydrate"))] name: "Uzbekistan", dial: "998", trunk: "", national: "## ### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "VU", #[cfg(not(feature = "hydrate"))] name: "Vanuatu", dial: "678", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "VA", #[cfg(not(feature = "hydrate"))] name: "Vatican City", dial: "39", trunk: "", national: "### ### ####", intl: "### ### ####", min: 9, max: 10 },
    Country { iso: "VE", #[cfg(not(feature = "hydrate"))] name: "Venezuela", dial: "58", trunk: "0", national: "0###-#######", intl: "###-#######", min: 10, max: 10 },
    Country { iso: "VN", #[cfg(not(feature = "hydrate"))] name: "Vietnam", dial: "84", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "WF", #[cfg(not(feature = "hydrate"))] name: "Wallis and Futuna", dial: "681", trunk: "", national: "## ## ##", intl: "## ## ##", min: 6, max: 6 },
    Country { iso: "EH", #[cfg(not(feature = "hydrate"))] name: "Western Sahara", dial: "212", trunk: "0", national: "0# ## ## ## ##", intl: "# ## ## ## ##", min: 9, max: 9 },
    Country { iso: "YE", #[cfg(not(feature = "hydrate"))] name: "Yemen", dial: "967", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "ZM", #[cfg(not(feature = "hydrate"))] name: "Zambia", dial: "260", trunk: "0", national: "0## #######", intl: "## #######", min: 9, max: 9 },
    Country { iso: "ZW", #[cfg(not(feature = "hydrate"))] name: "Zimbabwe", dial: "263", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
];

/// The country with this ISO 3166-1 alpha-2 code, ignoring case.
pub fn by_iso(iso: &str) -> Option<&'static Country> {
    let iso = iso.trim();
    COUNTRIES.iter().find(|c| c.iso.eq_ignore_ascii_case(iso))
}

/// The countries libphonenumber names first for a calling code that several share (the
/// one a `+1…` number is taken for until someone picks another, and listed first).
pub const MAIN_FOR_SHARED_CODE: &[&str] = &["US", "RU", "GB", "IT", "NO", "AU", "MA", "RE", "SH", "GP", "CW", "FI"];

/// Short names people search for that are not in a country's name.
const ALIASES: &[(&str, &str)] = &[("uk", "GB"), ("usa", "US"), ("uae", "AE"), ("drc", "CD")];

/// What a search in the country picker finds: by calling code (`44`, `+44`; that code
/// first, its main country leading, then longer codes starting with it), else by name (the name starting with the
/// query, then a word of it, then anywhere; case and accents ignored), with an exact ISO
/// code or a common short name ("UK") first. An empty query finds every country.
#[cfg(not(feature = "hydrate"))]
pub fn search(query: &str) -> Vec<&'static Country> {
    let named: Vec<(&'static Country, &str)> = COUNTRIES.iter().map(|c| (c, c.name)).collect();
    search_named(query, &named)
}

/// [`search`] over `named`: countries with the names they are shown by (the page's
/// language), in the order they are listed (which each group of matches keeps).
pub fn search_named<S: AsRef<str>>(query: &str, named: &[(&'static Country, S)]) -> Vec<&'static Country> {
    let q = sort_key(query.trim());
    let code = q.strip_prefix('+').unwrap_or(&q).trim();
    // Grouped by how well each country matches, best group first (passes over the
    // table rather than a sort: a sort would cost the Wasm more than the whole table).
    let rank = |c: &Country, name: &str| -> Option<u8> {
        if !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) {
            return match (c.dial == code, MAIN_FOR_SHARED_CODE.contains(&c.iso)) {
                (true, true) => Some(0),
                (true, false) => Some(1),
                _ => c.dial.starts_with(code).then_some(2),
            };
        }
        let name = sort_key(name);
        if q.is_empty() || c.iso.eq_ignore_ascii_case(&q) || ALIASES.iter().any(|&(a, iso)| a == q && iso == c.iso) {
            Some(0)
        } else if name.starts_with(&q) {
            Some(1)
        } else if name.split(|ch: char| !ch.is_alphanumeric()).any(|w| w.starts_with(&q)) {
            Some(2)
        } else {
            name.contains(&q).then_some(3)
        }
    };
    let ranks: Vec<Option<u8>> = named.iter().map(|(c, name)| rank(c, name.as_ref())).collect();
    (0..4u8).flat_map(|r| named.iter().zip(&ranks).filter(move |(_, &k)| k == Some(r)).map(|((c, _), _)| *c)).collect()
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
/// under C). Also the key names in other languages are searched and sorted by: `ß`,
/// `æ`, `œ` are spelled out, a typographic apostrophe is a plain one, and Arabic's
/// hamza forms of alef are a plain alef, its short vowel marks and tatweel left out.
pub fn sort_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            'ß' => key.push_str("ss"),
            'Æ' | 'æ' => key.push_str("ae"),
            'Œ' | 'œ' => key.push_str("oe"),
            // Arabic short vowels and other marks (fathatan to sukun, superscript alef), tatweel.
            '\u{64B}'..='\u{652}' | '\u{670}' | '\u{640}' => {}
            c => key.push(fold(c)),
        }
    }
    key
}

fn fold(c: char) -> char {
    match c {
        'À'..='Å' | 'à'..='å' => 'a',
        'Ç' | 'ç' => 'c',
        'È'..='Ë' | 'è'..='ë' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' => 'i',
        'Ñ' | 'ñ' => 'n',
        'Ò'..='Ö' | 'ò'..='ö' | 'Ø' | 'ø' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        '’' | '‘' => '\'',
        'آ' | 'أ' | 'إ' | 'ٱ' => 'ا',
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

    fn found(query: &str) -> Vec<&'static str> {
        search(query).into_iter().map(|c| c.iso).collect()
    }

    #[test]
    fn search_by_name_code_or_short_name() {
        assert_eq!(found("").len(), COUNTRIES.len());
        assert_eq!(found("united k"), ["GB"]);
        assert_eq!(found("  United Kingdom "), ["GB"]);
        assert_eq!(found("uk")[0], "GB");
        assert_eq!(found("usa")[0], "US");
        assert_eq!(found("gb")[0], "GB");
        // Name start, then a word start, then anywhere.
        let guinea = found("guinea");
        assert_eq!(&guinea[..2], ["GN", "GW"]);
        assert!(guinea.contains(&"GQ") && guinea.contains(&"PG"), "{guinea:?}");
        assert!(guinea.iter().position(|&c| c == "GW") < guinea.iter().position(|&c| c == "GQ"));
        // Accents and case do not matter.
        assert_eq!(found("cote d"), ["CI"]);
        assert_eq!(found("ÅLAND")[0], "AX");
        // Calling codes, with or without +.
        assert_eq!(found("+44"), ["GB", "GG", "IM", "JE"]);
        assert_eq!(found("1")[0], "US");
        assert_eq!(found("33"), ["FR"]);
        let plus_three_five = found("+35");
        assert!(plus_three_five.len() > 5 && plus_three_five.iter().all(|&iso| by_iso(iso).unwrap().dial.starts_with("35")));
        assert!(found("xyzzy").is_empty());
        assert!(found("+999").is_empty());
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

/// The formatting columns of the table are libphonenumber's (the server has it, the
/// browser only the table). On a mismatch the test prints the rows as they should be.
#[cfg(all(test, feature = "ssr"))]
mod against_libphonenumber {
    use super::{Country, COUNTRIES, MAIN_FOR_SHARED_CODE};
    use crate::domain::phone_format::as_you_type;
    use phonenumber::{metadata::DATABASE, Mode};

    /// `formatted` with the digits of the national number `nsn` (counted from the end)
    /// replaced by `#`.
    fn pattern(formatted: &str, nsn: &str) -> String {
        let mut left = nsn.len();
        let mut out: Vec<char> = formatted
            .chars()
            .rev()
            .map(|ch| {
                if ch.is_ascii_digit() && left > 0 {
                    left -= 1;
                    '#'
                } else {
                    ch
                }
            })
            .collect();
        out.reverse();
        out.into_iter().collect()
    }

    fn leak(s: String) -> &'static str {
        Box::leak(s.into_boxed_str())
    }

    /// The row for `c` from libphonenumber's example mobile number: a pattern is kept
    /// only if, given it, the formatter writes the example exactly as libphonenumber does.
    fn expected(c: &Country) -> Country {
        let meta = DATABASE.by_id(c.iso).unwrap_or_else(|| panic!("{} unknown to libphonenumber", c.iso));
        let d = meta.descriptors();
        let mobile = d.mobile().unwrap_or(d.general());
        let example = mobile
            .example()
            .or(d.general().example())
            .or(d.fixed_line().and_then(|f| f.example()))
            .unwrap_or_else(|| panic!("{} has no example", c.iso));
        let number = phonenumber::parse(Some(c.iso.parse().expect("region")), example).expect("example parses");
        let nsn = number.national().to_string();
        let national = number.format().mode(Mode::National).to_string();
        let international = number.format().mode(Mode::International).to_string();
        let mut lengths = mobile.possible_length().to_vec();
        if lengths.is_empty() {
            lengths = d.general().possible_length().to_vec();
        }
        if lengths.is_empty() {
            lengths.push(nsn.len() as u16);
        }
        let intl = pattern(&international, &nsn);
        let intl = intl.strip_prefix(&format!("+{}", c.dial)).unwrap_or(&intl).trim_start().to_string();
        let mut row = Country {
            trunk: leak(meta.national_prefix().unwrap_or("").to_string()),
            national: leak(pattern(&national, &nsn)),
            intl: leak(intl),
            min: *lengths.iter().min().expect("a length") as u8,
            max: *lengths.iter().max().expect("a length") as u8,
            ..*c
        };
        let typed: String = national.chars().filter(char::is_ascii_digit).collect();
        if as_you_type(Some(Box::leak(Box::new(row))), &typed).text != national {
            row.national = "";
        }
        if as_you_type(Some(Box::leak(Box::new(row))), &format!("+{}{nsn}", c.dial)).text != international {
            row.intl = "";
        }
        row
    }

    #[test]
    fn formatting_columns_match_libphonenumber() {
        let mut wrong = Vec::new();
        for c in COUNTRIES {
            let e = expected(c);
            if e != *c {
                wrong.push(format!(
                    "    Country {{ iso: {:?}, name: {:?}, dial: {:?}, trunk: {:?}, national: {:?}, intl: {:?}, min: {}, max: {} }},",
                    e.iso, e.name, e.dial, e.trunk, e.national, e.intl, e.min, e.max
                ));
            }
        }
        assert!(wrong.is_empty(), "rows that differ from libphonenumber:\n{}", wrong.join("\n"));
    }

    #[test]
    fn main_countries_of_shared_codes_are_libphonenumber_s() {
        for c in COUNTRIES {
            let sharing = COUNTRIES.iter().filter(|o| o.dial == c.dial).count();
            let main = DATABASE.by_id(c.iso).expect("known").is_main_country_for_code();
            assert_eq!(sharing > 1 && main, MAIN_FOR_SHARED_CODE.contains(&c.iso), "{}", c.iso);
        }
    }
}
