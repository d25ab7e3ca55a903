//! The device a session was signed in from, as the sessions table and the security
//! activity show it ("Firefox on Windows"). Naming a device from a `User-Agent` header
//! takes a parser, which the browser build does without: that is `server/device.rs`.

/// What a browser or system is called when the user agent does not say.
pub const UNKNOWN_BROWSER: &str = "Unknown browser";
pub const UNKNOWN_SYSTEM: &str = "Unknown system";
/// The label of a user agent that tells nothing.
pub const UNKNOWN_DEVICE: &str = "Unknown device";

/// Browser and operating system named by a user agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub browser: String,
    pub os: String,
}

impl Device {
    /// "Firefox on Windows", "Safari on iOS", "curl", "Unknown device".
    pub fn label(&self) -> String {
        match (self.browser.as_str(), self.os.as_str()) {
            (UNKNOWN_BROWSER, UNKNOWN_SYSTEM) => UNKNOWN_DEVICE.to_string(),
            (b, UNKNOWN_SYSTEM) => b.to_string(),
            (b, os) => format!("{b} on {os}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_leaves_out_what_is_unknown() {
        let device = |b: &str, os: &str| Device { browser: b.into(), os: os.into() };
        assert_eq!(device("Firefox", "Windows").label(), "Firefox on Windows");
        assert_eq!(device("curl", UNKNOWN_SYSTEM).label(), "curl");
        assert_eq!(device(UNKNOWN_BROWSER, "Linux").label(), "Unknown browser on Linux");
        assert_eq!(device(UNKNOWN_BROWSER, UNKNOWN_SYSTEM).label(), "Unknown device");
    }
}
