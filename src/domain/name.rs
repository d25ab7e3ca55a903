//! The optional display name a person gives at sign-up.

use serde::Serialize;

pub const MAX_NAME_CHARS: usize = 64;

/// Made only by [`DisplayName::parse`] (so it neither deserializes nor has a public
/// constructor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisplayName(String);

impl DisplayName {
    /// Trims the input; an empty name is `Ok(None)`. Control characters and names longer
    /// than [`MAX_NAME_CHARS`] are refused.
    pub fn parse(input: &str) -> Result<Option<Self>, &'static str> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        if trimmed.chars().count() > MAX_NAME_CHARS {
            return Err("Your name can be at most 64 characters long.");
        }
        if trimmed.chars().any(char::is_control) {
            return Err("Your name contains characters that are not allowed.");
        }
        Ok(Some(DisplayName(trimmed.to_string())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_is_no_name_and_spaces_are_trimmed() {
        assert_eq!(DisplayName::parse("   "), Ok(None));
        assert_eq!(DisplayName::parse("  Ada ").unwrap().unwrap().as_str(), "Ada");
    }

    #[test]
    fn long_or_control_names_are_refused() {
        assert!(DisplayName::parse(&"a".repeat(65)).is_err());
        assert!(DisplayName::parse(&"é".repeat(64)).is_ok());
        assert!(DisplayName::parse("Ada\u{0007}").is_err());
    }
}
