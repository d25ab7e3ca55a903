//! Naming the device of a `User-Agent` header ([`Device::parse`]), for the sessions
//! table, the security activity and the `sessions` command. The `woothee` parser tells
//! the browsers and systems apart; its names are then put in the words the pages use.

use crate::domain::device::{Device, UNKNOWN_BROWSER, UNKNOWN_SYSTEM};

/// Clients woothee does not tell apart, named by their own token: it calls every
/// command-line HTTP client "HTTP Library" (or knows none), and Headless Chrome "Chrome".
/// A sessions table that says "curl" or "Headless Chrome" tells a person that a script,
/// not one of their browsers, signed in, so these few are kept by hand.
const CLIENTS: &[(&str, &str)] = &[
    ("HeadlessChrome/", "Headless Chrome"),
    ("curl/", "curl"),
    ("Wget/", "Wget"),
    ("python-requests/", "Python requests"),
    ("reqwest", "reqwest"),
];

// The type lives in `domain` (the pages show it, and `domain` compiles to Wasm without a
// parser); its parsing, which needs woothee, is defined here, on the server only.
impl Device {
    pub fn parse(user_agent: &str) -> Device {
        let found = woothee::parser::Parser::new().parse(user_agent);
        let (name, os) = found.as_ref().map_or(("UNKNOWN", "UNKNOWN"), |r| (r.name, r.os));
        let browser = match CLIENTS.iter().find(|(marker, _)| user_agent.contains(marker)) {
            Some((_, client)) => *client,
            None => browser_name(name),
        };
        Device { browser: browser.to_string(), os: system_name(os).to_string() }
    }
}

/// woothee's browser names, in the words people know.
fn browser_name(name: &str) -> &str {
    match name {
        "UNKNOWN" => UNKNOWN_BROWSER,
        "SamsungBrowser" => "Samsung Internet",
        other => other,
    }
}

/// woothee's system names, in the words people know. Windows has no version: Windows 11
/// still says "Windows NT 10.0", so woothee's "Windows 10" would be wrong for it.
fn system_name(os: &str) -> &str {
    match os {
        "UNKNOWN" => UNKNOWN_SYSTEM,
        "Mac OSX" => "macOS",
        "iPhone" | "iPod" => "iOS",
        "iPad" => "iPadOS",
        "Windows Phone OS" => "Windows Phone",
        w if w.starts_with("Windows ") => "Windows",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::device::Device;

    #[test]
    fn common_browsers_and_systems_are_named() {
        let cases = [
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
                "Edge on Windows",
            ),
            ("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "Firefox on Linux"),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
                "Safari on iOS",
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
                "Chrome on Android",
            ),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
                "Safari on macOS",
            ),
            (
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
                "Headless Chrome on Linux",
            ),
            ("curl/8.5.0", "curl"),
            ("", "Unknown device"),
        ];
        for (ua, label) in cases {
            assert_eq!(Device::parse(ua).label(), label, "{ua}");
        }
    }

    #[test]
    fn opera_is_not_mistaken_for_chrome() {
        let ua =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0";
        assert_eq!(Device::parse(ua).browser, "Opera");
    }

    #[test]
    fn more_browsers_and_systems_in_the_words_people_know() {
        let cases = [
            (
                "Mozilla/5.0 (Linux; Android 13; SM-S901B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
                "Samsung Internet on Android",
            ),
            (
                "Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
                "Safari on iPadOS",
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1",
                "Chrome on iOS",
            ),
            (
                "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                "Chrome on ChromeOS",
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 YaBrowser/24.1.0.0 Safari/537.36",
                "Yandex Browser on Windows",
            ),
            ("Wget/1.21.4", "Wget"),
            ("python-requests/2.31.0", "Python requests"),
            ("something nobody wrote", "Unknown device"),
        ];
        for (ua, label) in cases {
            assert_eq!(Device::parse(ua).label(), label, "{ua}");
        }
    }
}
