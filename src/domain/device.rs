//! The device a session was signed in from, as the sessions table and the security
//! activity show it ("Firefox on Windows"). Naming a device from a `User-Agent` header
//! takes a parser, which the browser build does without: that is `server/device.rs`.

use crate::domain::lang::Arg;

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

    /// The label in a page's words: `t` formats a catalog message (`device-on`,
    /// `device-unknown-browser`, `device-unknown`); the names of browsers and systems
    /// stay as they are.
    pub fn label_with(&self, t: crate::domain::activity::Words) -> String {
        match (self.browser.as_str(), self.os.as_str()) {
            (UNKNOWN_BROWSER, UNKNOWN_SYSTEM) => t("device-unknown", &[]),
            (b, UNKNOWN_SYSTEM) => b.to_string(),
            (b, os) => {
                let browser = if b == UNKNOWN_BROWSER { t("device-unknown-browser", &[]) } else { b.to_string() };
                t("device-on", &[("browser", Arg::Text(&browser)), ("os", Arg::Text(os))])
            }
        }
    }

    /// The device of an English [`Device::label`] (as recorded with an event), so that it
    /// can be shown in other words. A label in other words reads as a browser's name: its
    /// `label_with` is then the label itself.
    pub fn from_label(label: &str) -> Device {
        let device = |b: &str, os: &str| Device { browser: b.to_string(), os: os.to_string() };
        if label == UNKNOWN_DEVICE {
            return device(UNKNOWN_BROWSER, UNKNOWN_SYSTEM);
        }
        match label.split_once(" on ") {
            Some((b, os)) if !b.is_empty() && !os.is_empty() => device(b, os),
            _ => device(label, UNKNOWN_SYSTEM),
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

    #[test]
    fn a_label_reads_back_and_takes_other_words() {
        let device = |b: &str, os: &str| Device { browser: b.into(), os: os.into() };
        for d in [
            device("Firefox", "Windows"),
            device("curl", UNKNOWN_SYSTEM),
            device(UNKNOWN_BROWSER, "Linux"),
            device(UNKNOWN_BROWSER, UNKNOWN_SYSTEM),
        ] {
            assert_eq!(Device::from_label(&d.label()), d);
        }
        let t = |key: &str, args: &[(&str, Arg)]| {
            let text = |name: &str| match args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a) {
                Some(Arg::Text(t)) => t.to_string(),
                _ => String::new(),
            };
            match key {
                "device-on" => format!("{} sur {}", text("browser"), text("os")),
                "device-unknown-browser" => "Navigateur inconnu".into(),
                _ => "Appareil inconnu".into(),
            }
        };
        assert_eq!(device("Firefox", "Windows").label_with(&t), "Firefox sur Windows");
        assert_eq!(device("curl", UNKNOWN_SYSTEM).label_with(&t), "curl");
        assert_eq!(device(UNKNOWN_BROWSER, "Linux").label_with(&t), "Navigateur inconnu sur Linux");
        assert_eq!(device(UNKNOWN_BROWSER, UNKNOWN_SYSTEM).label_with(&t), "Appareil inconnu");
        assert_eq!(Device::from_label("Firefox sur Windows").label_with(&t), "Firefox sur Windows");
    }
}
