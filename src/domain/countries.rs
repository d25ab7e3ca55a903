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
    Country { iso: "AF", name: "Afghanistan", dial: "93", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "AX", name: "Åland Islands", dial: "358", trunk: "0", national: "0## #######", intl: "## #######", min: 6, max: 10 },
    Country { iso: "AL", name: "Albania", dial: "355", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "DZ", name: "Algeria", dial: "213", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "AS", name: "American Samoa", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "AD", name: "Andorra", dial: "376", trunk: "", national: "### ###", intl: "### ###", min: 6, max: 9 },
    Country { iso: "AO", name: "Angola", dial: "244", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "AI", name: "Anguilla", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "AG", name: "Antigua and Barbuda", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "AR", name: "Argentina", dial: "54", trunk: "0", national: "01# ##-####-####", intl: "# ## ####-####", min: 10, max: 11 },
    Country { iso: "AM", name: "Armenia", dial: "374", trunk: "0", national: "0## ######", intl: "## ######", min: 8, max: 8 },
    Country { iso: "AW", name: "Aruba", dial: "297", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "AC", name: "Ascension Island", dial: "247", trunk: "", national: "#####", intl: "#####", min: 5, max: 5 },
    Country { iso: "AU", name: "Australia", dial: "61", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "AT", name: "Austria", dial: "43", trunk: "0", national: "0### ######", intl: "### ######", min: 7, max: 13 },
    Country { iso: "AZ", name: "Azerbaijan", dial: "994", trunk: "0", national: "0## ### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "BS", name: "Bahamas", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "BH", name: "Bahrain", dial: "973", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "BD", name: "Bangladesh", dial: "880", trunk: "0", national: "0####-######", intl: "####-######", min: 10, max: 10 },
    Country { iso: "BB", name: "Barbados", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "BY", name: "Belarus", dial: "375", trunk: "8", national: "8 0## ###-##-##", intl: "## ###-##-##", min: 9, max: 9 },
    Country { iso: "BE", name: "Belgium", dial: "32", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "BZ", name: "Belize", dial: "501", trunk: "", national: "###-####", intl: "###-####", min: 7, max: 7 },
    Country { iso: "BJ", name: "Benin", dial: "229", trunk: "", national: "## ## ## ## ##", intl: "## ## ## ## ##", min: 10, max: 10 },
    Country { iso: "BM", name: "Bermuda", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "BT", name: "Bhutan", dial: "975", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "BO", name: "Bolivia", dial: "591", trunk: "0", national: "########", intl: "########", min: 8, max: 8 },
    Country { iso: "BA", name: "Bosnia and Herzegovina", dial: "387", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 9 },
    Country { iso: "BW", name: "Botswana", dial: "267", trunk: "", national: "## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "BR", name: "Brazil", dial: "55", trunk: "0", national: "(##) #####-####", intl: "## #####-####", min: 10, max: 11 },
    Country { iso: "IO", name: "British Indian Ocean Territory", dial: "246", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "VG", name: "British Virgin Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "BN", name: "Brunei", dial: "673", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "BG", name: "Bulgaria", dial: "359", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 9 },
    Country { iso: "BF", name: "Burkina Faso", dial: "226", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "BI", name: "Burundi", dial: "257", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "KH", name: "Cambodia", dial: "855", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 9 },
    Country { iso: "CM", name: "Cameroon", dial: "237", trunk: "", national: "# ## ## ## ##", intl: "# ## ## ## ##", min: 9, max: 9 },
    Country { iso: "CA", name: "Canada", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "CV", name: "Cape Verde", dial: "238", trunk: "", national: "### ## ##", intl: "### ## ##", min: 7, max: 7 },
    Country { iso: "BQ", name: "Caribbean Netherlands", dial: "599", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "KY", name: "Cayman Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "CF", name: "Central African Republic", dial: "236", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "TD", name: "Chad", dial: "235", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "CL", name: "Chile", dial: "56", trunk: "", national: "(#) #### ####", intl: "# #### ####", min: 9, max: 9 },
    Country { iso: "CN", name: "China", dial: "86", trunk: "0", national: "### #### ####", intl: "### #### ####", min: 11, max: 11 },
    Country { iso: "CX", name: "Christmas Island", dial: "61", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "CC", name: "Cocos (Keeling) Islands", dial: "61", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "CO", name: "Colombia", dial: "57", trunk: "0", national: "### #######", intl: "### #######", min: 10, max: 10 },
    Country { iso: "KM", name: "Comoros", dial: "269", trunk: "", national: "### ## ##", intl: "### ## ##", min: 7, max: 7 },
    Country { iso: "CD", name: "Congo (DRC)", dial: "243", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 7, max: 9 },
    Country { iso: "CG", name: "Congo (Republic)", dial: "242", trunk: "", national: "## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "CK", name: "Cook Islands", dial: "682", trunk: "", national: "## ###", intl: "## ###", min: 5, max: 5 },
    Country { iso: "CR", name: "Costa Rica", dial: "506", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "CI", name: "Côte d'Ivoire", dial: "225", trunk: "", national: "## ## ## ####", intl: "## ## ## ####", min: 10, max: 10 },
    Country { iso: "HR", name: "Croatia", dial: "385", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 8, max: 9 },
    Country { iso: "CU", name: "Cuba", dial: "53", trunk: "0", national: "0# #######", intl: "# #######", min: 8, max: 8 },
    Country { iso: "CW", name: "Curaçao", dial: "599", trunk: "", national: "# ### ####", intl: "# ### ####", min: 7, max: 8 },
    Country { iso: "CY", name: "Cyprus", dial: "357", trunk: "", national: "## ######", intl: "## ######", min: 8, max: 8 },
    Country { iso: "CZ", name: "Czechia", dial: "420", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "DK", name: "Denmark", dial: "45", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "DJ", name: "Djibouti", dial: "253", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "DM", name: "Dominica", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "DO", name: "Dominican Republic", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "EC", name: "Ecuador", dial: "593", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "EG", name: "Egypt", dial: "20", trunk: "0", national: "0## ########", intl: "## ########", min: 10, max: 10 },
    Country { iso: "SV", name: "El Salvador", dial: "503", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "GQ", name: "Equatorial Guinea", dial: "240", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "ER", name: "Eritrea", dial: "291", trunk: "0", national: "0# ### ###", intl: "# ### ###", min: 7, max: 7 },
    Country { iso: "EE", name: "Estonia", dial: "372", trunk: "", national: "#### ####", intl: "#### ####", min: 7, max: 8 },
    Country { iso: "SZ", name: "Eswatini", dial: "268", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "ET", name: "Ethiopia", dial: "251", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "FK", name: "Falkland Islands", dial: "500", trunk: "", national: "#####", intl: "#####", min: 5, max: 5 },
    Country { iso: "FO", name: "Faroe Islands", dial: "298", trunk: "", national: "######", intl: "######", min: 6, max: 6 },
    Country { iso: "FJ", name: "Fiji", dial: "679", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "FI", name: "Finland", dial: "358", trunk: "0", national: "0## #######", intl: "## #######", min: 6, max: 10 },
    Country { iso: "FR", name: "France", dial: "33", trunk: "0", national: "0# ## ## ## ##", intl: "# ## ## ## ##", min: 9, max: 9 },
    Country { iso: "GF", name: "French Guiana", dial: "594", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "PF", name: "French Polynesia", dial: "689", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "GA", name: "Gabon", dial: "241", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 7, max: 8 },
    Country { iso: "GM", name: "Gambia", dial: "220", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "GE", name: "Georgia", dial: "995", trunk: "0", national: "### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "DE", name: "Germany", dial: "49", trunk: "0", national: "0#### #######", intl: "#### #######", min: 10, max: 11 },
    Country { iso: "GH", name: "Ghana", dial: "233", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "GI", name: "Gibraltar", dial: "350", trunk: "", national: "########", intl: "########", min: 8, max: 8 },
    Country { iso: "GR", name: "Greece", dial: "30", trunk: "", national: "### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "GL", name: "Greenland", dial: "299", trunk: "", national: "## ## ##", intl: "## ## ##", min: 6, max: 6 },
    Country { iso: "GD", name: "Grenada", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "GP", name: "Guadeloupe", dial: "590", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "GU", name: "Guam", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "GT", name: "Guatemala", dial: "502", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "GG", name: "Guernsey", dial: "44", trunk: "0", national: "0#### ######", intl: "#### ######", min: 10, max: 10 },
    Country { iso: "GN", name: "Guinea", dial: "224", trunk: "", national: "### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "GW", name: "Guinea-Bissau", dial: "245", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "GY", name: "Guyana", dial: "592", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "HT", name: "Haiti", dial: "509", trunk: "", national: "## ## ####", intl: "## ## ####", min: 8, max: 8 },
    Country { iso: "HN", name: "Honduras", dial: "504", trunk: "", national: "####-####", intl: "####-####", min: 8, max: 8 },
    Country { iso: "HK", name: "Hong Kong", dial: "852", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "HU", name: "Hungary", dial: "36", trunk: "06", national: "06 ## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "IS", name: "Iceland", dial: "354", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 9 },
    Country { iso: "IN", name: "India", dial: "91", trunk: "0", national: "0##### #####", intl: "##### #####", min: 10, max: 10 },
    Country { iso: "ID", name: "Indonesia", dial: "62", trunk: "0", national: "0###-###-###", intl: "###-###-###", min: 9, max: 12 },
    Country { iso: "IR", name: "Iran", dial: "98", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "IQ", name: "Iraq", dial: "964", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "IE", name: "Ireland", dial: "353", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "IM", name: "Isle of Man", dial: "44", trunk: "0", national: "0#### ######", intl: "#### ######", min: 10, max: 10 },
    Country { iso: "IL", name: "Israel", dial: "972", trunk: "0", national: "0##-###-####", intl: "##-###-####", min: 9, max: 9 },
    Country { iso: "IT", name: "Italy", dial: "39", trunk: "", national: "### ### ####", intl: "### ### ####", min: 9, max: 10 },
    Country { iso: "JM", name: "Jamaica", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "JP", name: "Japan", dial: "81", trunk: "0", national: "0##-####-####", intl: "##-####-####", min: 10, max: 10 },
    Country { iso: "JE", name: "Jersey", dial: "44", trunk: "0", national: "0#### ######", intl: "#### ######", min: 10, max: 10 },
    Country { iso: "JO", name: "Jordan", dial: "962", trunk: "0", national: "0# #### ####", intl: "# #### ####", min: 9, max: 9 },
    Country { iso: "KZ", name: "Kazakhstan", dial: "7", trunk: "8", national: "#########", intl: "#########", min: 10, max: 10 },
    Country { iso: "KE", name: "Kenya", dial: "254", trunk: "0", national: "0### ######", intl: "### ######", min: 9, max: 9 },
    Country { iso: "KI", name: "Kiribati", dial: "686", trunk: "0", national: "########", intl: "########", min: 8, max: 8 },
    Country { iso: "XK", name: "Kosovo", dial: "383", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "KW", name: "Kuwait", dial: "965", trunk: "", national: "### #####", intl: "### #####", min: 8, max: 8 },
    Country { iso: "KG", name: "Kyrgyzstan", dial: "996", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "LA", name: "Laos", dial: "856", trunk: "0", national: "0## ## ### ###", intl: "## ## ### ###", min: 9, max: 10 },
    Country { iso: "LV", name: "Latvia", dial: "371", trunk: "", national: "## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "LB", name: "Lebanon", dial: "961", trunk: "0", national: "## ### ###", intl: "## ### ###", min: 7, max: 8 },
    Country { iso: "LS", name: "Lesotho", dial: "266", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "LR", name: "Liberia", dial: "231", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 7, max: 9 },
    Country { iso: "LY", name: "Libya", dial: "218", trunk: "0", national: "0##-#######", intl: "##-#######", min: 9, max: 9 },
    Country { iso: "LI", name: "Liechtenstein", dial: "423", trunk: "0", national: "### ### ###", intl: "### ### ###", min: 7, max: 9 },
    Country { iso: "LT", name: "Lithuania", dial: "370", trunk: "0", national: "(0-###) #####", intl: "### #####", min: 8, max: 8 },
    Country { iso: "LU", name: "Luxembourg", dial: "352", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "MO", name: "Macao", dial: "853", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "MG", name: "Madagascar", dial: "261", trunk: "0", national: "0## ## ### ##", intl: "## ## ### ##", min: 9, max: 9 },
    Country { iso: "MW", name: "Malawi", dial: "265", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "MY", name: "Malaysia", dial: "60", trunk: "0", national: "0##-### ####", intl: "##-### ####", min: 9, max: 10 },
    Country { iso: "MV", name: "Maldives", dial: "960", trunk: "", national: "###-####", intl: "###-####", min: 7, max: 7 },
    Country { iso: "ML", name: "Mali", dial: "223", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "MT", name: "Malta", dial: "356", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "MH", name: "Marshall Islands", dial: "692", trunk: "1", national: "###-####", intl: "###-####", min: 7, max: 7 },
    Country { iso: "MQ", name: "Martinique", dial: "596", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "MR", name: "Mauritania", dial: "222", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "MU", name: "Mauritius", dial: "230", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "YT", name: "Mayotte", dial: "262", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "MX", name: "Mexico", dial: "52", trunk: "", national: "### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "FM", name: "Micronesia", dial: "691", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "MD", name: "Moldova", dial: "373", trunk: "0", national: "0### ## ###", intl: "### ## ###", min: 8, max: 8 },
    Country { iso: "MC", name: "Monaco", dial: "377", trunk: "0", national: "0# ## ## ## ##", intl: "# ## ## ## ##", min: 8, max: 9 },
    Country { iso: "MN", name: "Mongolia", dial: "976", trunk: "0", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "ME", name: "Montenegro", dial: "382", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "MS", name: "Montserrat", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "MA", name: "Morocco", dial: "212", trunk: "0", national: "0# ## ## ## ##", intl: "# ## ## ## ##", min: 9, max: 9 },
    Country { iso: "MZ", name: "Mozambique", dial: "258", trunk: "", national: "## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "MM", name: "Myanmar", dial: "95", trunk: "0", national: "0# ### ####", intl: "# ### ####", min: 7, max: 10 },
    Country { iso: "NA", name: "Namibia", dial: "264", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "NR", name: "Nauru", dial: "674", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "NP", name: "Nepal", dial: "977", trunk: "0", national: "###-#######", intl: "###-#######", min: 10, max: 10 },
    Country { iso: "NL", name: "Netherlands", dial: "31", trunk: "0", national: "0# ########", intl: "# ########", min: 9, max: 11 },
    Country { iso: "NC", name: "New Caledonia", dial: "687", trunk: "", national: "##.##.##", intl: "##.##.##", min: 6, max: 6 },
    Country { iso: "NZ", name: "New Zealand", dial: "64", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 8, max: 10 },
    Country { iso: "NI", name: "Nicaragua", dial: "505", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "NE", name: "Niger", dial: "227", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "NG", name: "Nigeria", dial: "234", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "NU", name: "Niue", dial: "683", trunk: "", national: "### ####", intl: "### ####", min: 4, max: 7 },
    Country { iso: "NF", name: "Norfolk Island", dial: "672", trunk: "", national: "# #####", intl: "# #####", min: 6, max: 6 },
    Country { iso: "KP", name: "North Korea", dial: "850", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "MK", name: "North Macedonia", dial: "389", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "MP", name: "Northern Mariana Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "NO", name: "Norway", dial: "47", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "OM", name: "Oman", dial: "968", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "PK", name: "Pakistan", dial: "92", trunk: "0", national: "0### #######", intl: "### #######", min: 10, max: 10 },
    Country { iso: "PW", name: "Palau", dial: "680", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "PS", name: "Palestine", dial: "970", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "PA", name: "Panama", dial: "507", trunk: "", national: "####-####", intl: "####-####", min: 7, max: 8 },
    Country { iso: "PG", name: "Papua New Guinea", dial: "675", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "PY", name: "Paraguay", dial: "595", trunk: "0", national: "0### ######", intl: "### ######", min: 9, max: 9 },
    Country { iso: "PE", name: "Peru", dial: "51", trunk: "0", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "PH", name: "Philippines", dial: "63", trunk: "0", national: "0### ### ####", intl: "### ### ####", min: 10, max: 10 },
    Country { iso: "PL", name: "Poland", dial: "48", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "PT", name: "Portugal", dial: "351", trunk: "", national: "### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "PR", name: "Puerto Rico", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "QA", name: "Qatar", dial: "974", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "RE", name: "Réunion", dial: "262", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "RO", name: "Romania", dial: "40", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "RU", name: "Russia", dial: "7", trunk: "8", national: "8 (###) ###-##-##", intl: "### ###-##-##", min: 10, max: 10 },
    Country { iso: "RW", name: "Rwanda", dial: "250", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "BL", name: "Saint Barthélemy", dial: "590", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "SH", name: "Saint Helena", dial: "290", trunk: "", national: "#####", intl: "#####", min: 5, max: 5 },
    Country { iso: "KN", name: "Saint Kitts and Nevis", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "LC", name: "Saint Lucia", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "MF", name: "Saint Martin", dial: "590", trunk: "0", national: "0### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "PM", name: "Saint Pierre and Miquelon", dial: "508", trunk: "0", national: "0## ## ##", intl: "## ## ##", min: 6, max: 9 },
    Country { iso: "VC", name: "Saint Vincent and the Grenadines", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "WS", name: "Samoa", dial: "685", trunk: "", national: "## #####", intl: "## #####", min: 7, max: 10 },
    Country { iso: "SM", name: "San Marino", dial: "378", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "ST", name: "São Tomé and Príncipe", dial: "239", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "SA", name: "Saudi Arabia", dial: "966", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "SN", name: "Senegal", dial: "221", trunk: "", national: "## ### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "RS", name: "Serbia", dial: "381", trunk: "0", national: "0## #######", intl: "## #######", min: 8, max: 10 },
    Country { iso: "SC", name: "Seychelles", dial: "248", trunk: "", national: "# ### ###", intl: "# ### ###", min: 7, max: 7 },
    Country { iso: "SL", name: "Sierra Leone", dial: "232", trunk: "0", national: "(0##) ######", intl: "## ######", min: 8, max: 8 },
    Country { iso: "SG", name: "Singapore", dial: "65", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "SX", name: "Sint Maarten", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "SK", name: "Slovakia", dial: "421", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "SI", name: "Slovenia", dial: "386", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "SB", name: "Solomon Islands", dial: "677", trunk: "", national: "## #####", intl: "## #####", min: 5, max: 7 },
    Country { iso: "SO", name: "Somalia", dial: "252", trunk: "0", national: "# #######", intl: "# #######", min: 7, max: 9 },
    Country { iso: "ZA", name: "South Africa", dial: "27", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 5, max: 9 },
    Country { iso: "KR", name: "South Korea", dial: "82", trunk: "0", national: "0##-####-####", intl: "##-####-####", min: 9, max: 10 },
    Country { iso: "SS", name: "South Sudan", dial: "211", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "ES", name: "Spain", dial: "34", trunk: "", national: "### ## ## ##", intl: "### ## ## ##", min: 9, max: 9 },
    Country { iso: "LK", name: "Sri Lanka", dial: "94", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "SD", name: "Sudan", dial: "249", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "SR", name: "Suriname", dial: "597", trunk: "", national: "###-####", intl: "###-####", min: 7, max: 7 },
    Country { iso: "SJ", name: "Svalbard and Jan Mayen", dial: "47", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "SE", name: "Sweden", dial: "46", trunk: "0", national: "0##-### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "CH", name: "Switzerland", dial: "41", trunk: "0", national: "0## ### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "SY", name: "Syria", dial: "963", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "TW", name: "Taiwan", dial: "886", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "TJ", name: "Tajikistan", dial: "992", trunk: "", national: "## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "TZ", name: "Tanzania", dial: "255", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "TH", name: "Thailand", dial: "66", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "TL", name: "Timor-Leste", dial: "670", trunk: "", national: "#### ####", intl: "#### ####", min: 8, max: 8 },
    Country { iso: "TG", name: "Togo", dial: "228", trunk: "", national: "## ## ## ##", intl: "## ## ## ##", min: 8, max: 8 },
    Country { iso: "TK", name: "Tokelau", dial: "690", trunk: "", national: "####", intl: "####", min: 4, max: 7 },
    Country { iso: "TO", name: "Tonga", dial: "676", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "TT", name: "Trinidad and Tobago", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "TA", name: "Tristan da Cunha", dial: "290", trunk: "", national: "####", intl: "####", min: 4, max: 4 },
    Country { iso: "TN", name: "Tunisia", dial: "216", trunk: "", national: "## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "TR", name: "Turkey", dial: "90", trunk: "0", national: "0### ### ## ##", intl: "### ### ## ##", min: 10, max: 10 },
    Country { iso: "TM", name: "Turkmenistan", dial: "993", trunk: "8", national: "8 ## ######", intl: "## ######", min: 8, max: 8 },
    Country { iso: "TC", name: "Turks and Caicos Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "TV", name: "Tuvalu", dial: "688", trunk: "", national: "## ####", intl: "## ####", min: 6, max: 7 },
    Country { iso: "UG", name: "Uganda", dial: "256", trunk: "0", national: "0### ######", intl: "### ######", min: 9, max: 9 },
    Country { iso: "UA", name: "Ukraine", dial: "380", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "AE", name: "United Arab Emirates", dial: "971", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
    Country { iso: "GB", name: "United Kingdom", dial: "44", trunk: "0", national: "0#### ######", intl: "#### ######", min: 10, max: 10 },
    Country { iso: "US", name: "United States", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "UY", name: "Uruguay", dial: "598", trunk: "0", national: "0## ### ###", intl: "## ### ###", min: 8, max: 8 },
    Country { iso: "VI", name: "US Virgin Islands", dial: "1", trunk: "1", national: "(###) ###-####", intl: "###-###-####", min: 10, max: 10 },
    Country { iso: "UZ", name: "Uzbekistan", dial: "998", trunk: "", national: "## ### ## ##", intl: "## ### ## ##", min: 9, max: 9 },
    Country { iso: "VU", name: "Vanuatu", dial: "678", trunk: "", national: "### ####", intl: "### ####", min: 7, max: 7 },
    Country { iso: "VA", name: "Vatican City", dial: "39", trunk: "", national: "### ### ####", intl: "### ### ####", min: 9, max: 10 },
    Country { iso: "VE", name: "Venezuela", dial: "58", trunk: "0", national: "0###-#######", intl: "###-#######", min: 10, max: 10 },
    Country { iso: "VN", name: "Vietnam", dial: "84", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "WF", name: "Wallis and Futuna", dial: "681", trunk: "", national: "## ## ##", intl: "## ## ##", min: 6, max: 6 },
    Country { iso: "EH", name: "Western Sahara", dial: "212", trunk: "0", national: "0# ## ## ## ##", intl: "# ## ## ## ##", min: 9, max: 9 },
    Country { iso: "YE", name: "Yemen", dial: "967", trunk: "0", national: "0### ### ###", intl: "### ### ###", min: 9, max: 9 },
    Country { iso: "ZM", name: "Zambia", dial: "260", trunk: "0", national: "0## #######", intl: "## #######", min: 9, max: 9 },
    Country { iso: "ZW", name: "Zimbabwe", dial: "263", trunk: "0", national: "0## ### ####", intl: "## ### ####", min: 9, max: 9 },
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
