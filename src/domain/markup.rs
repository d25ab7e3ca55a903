//! Text into markup built as a string: the one escaper of the app, for HTML and XML
//! alike (the country lists the phone input builds, in the browser too; the TwiML a voice
//! call reads; the console outbox page). Leptos escapes what its views render; this is
//! for the few places that write markup by hand. It lives here, not in a crate, because
//! the browser build uses it and ten lines cost the Wasm less than a dependency.

/// `s` with `&`, `<`, `>`, `"` and `'` written as entities: safe as element text and as a
/// quoted attribute value, in HTML and in XML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_characters_become_entities_and_nothing_else_changes() {
        assert_eq!(escape("Trinidad & <b>\"x\"</b> 'y'"), "Trinidad &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt; &#39;y&#39;");
        assert_eq!(escape("Côte d’Ivoire 🇨🇮 +225"), "Côte d’Ivoire 🇨🇮 +225");
        assert_eq!(escape("&amp;"), "&amp;amp;", "escaping twice shows the entity, never the character");
    }
}
