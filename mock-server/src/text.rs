//! Small text rules shared by both services.

/// White space as ECMAScript's `\s` and `String.prototype.trim` see it (the contract's
/// `pattern: '\S'` and the Gropius service's `trim()` both use that set; it adds U+FEFF to
/// Rust's `char::is_whitespace`).
pub fn is_ecma_whitespace(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Whether a text is empty or only white space.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(is_ecma_whitespace)
}

/// An absolute URI: only RFC 3986 characters, and parseable (WHATWG rules, as a browser or
/// Node.js `new URL()` reads it) with a scheme.
pub fn parse_absolute_uri(uri: &str) -> Option<url::Url> {
    let rfc3986 = uri
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b));
    if !rfc3986 {
        return None;
    }
    url::Url::parse(uri).ok()
}
