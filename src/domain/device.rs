//! A readable device name ("Firefox on Windows") from a `User-Agent` header, for the
//! sessions table and the security activity. A short ordered list of markers covers the
//! browsers and systems people use; anything else is named honestly as unknown.

/// Browser and operating system named by a user agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub browser: &'static str,
    pub os: &'static str,
}

impl Device {
    pub fn parse(user_agent: &str) -> Device {
        Device { browser: browser(user_agent), os: os(user_agent) }
    }

    /// "Firefox on Windows", "Safari on iOS", "curl", "Unknown device".
    pub fn label(&self) -> String {
        match (self.browser, self.os) {
            ("Unknown browser", "Unknown system") => "Unknown device".to_string(),
            (b, "Unknown system") => b.to_string(),
            (b, os) => format!("{b} on {os}"),
        }
    }
}

/// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
fn browser(ua: &str) -> &'static str {
    const BROWSERS: &[(&str, &str)] = &[
        ("Edg/", "Edge"),
        ("EdgA/", "Edge"),
        ("EdgiOS/", "Edge"),
        ("OPR/", "Opera"),
        ("Opera", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("YaBrowser/", "Yandex Browser"),
        ("Vivaldi/", "Vivaldi"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("HeadlessChrome/", "Headless Chrome"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
        ("curl/", "curl"),
        ("Wget/", "Wget"),
        ("python-requests/", "Python requests"),
        ("reqwest", "reqwest"),
    ];
    BROWSERS.iter().find(|(marker, _)| ua.contains(marker)).map(|(_, name)| *name).unwrap_or("Unknown browser")
}

fn os(ua: &str) -> &'static str {
    const SYSTEMS: &[(&str, &str)] = &[
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("iPod", "iOS"),
        ("Android", "Android"),
        ("CrOS", "ChromeOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Macintosh", "macOS"),
        ("Linux", "Linux"),
        ("FreeBSD", "FreeBSD"),
    ];
    SYSTEMS.iter().find(|(marker, _)| ua.contains(marker)).map(|(_, name)| *name).unwrap_or("Unknown system")
}

#[cfg(test)]
mod tests {
    use super::Device;

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
}
