//! Small text rules shared by both services.

/// White space as ECMAScript's `\s` and `String.prototype.trim` see it (the contract's
/// `pattern: '\S'` and the Gropius service's `trim()` both use that set; it adds U+FEFF to
/// Rust's `char::is_whitespace`).
pub(crate) fn is_ecma_whitespace(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Whether a text is empty or only white space.
pub(crate) fn is_blank(text: &str) -> bool {
    text.chars().all(is_ecma_whitespace)
}

/// An absolute URI, as the validation rules read it.
///
/// `https://app.example.com/callback`-shaped URIs (lower-case http(s), a plain lower-case domain
/// name, no port, user or IDNA label) are read in one pass over the text; anything else is
/// parsed by the `url` crate. Both readings agree on every URI the short one accepts (a property
/// test holds them to it); the short one is there for speed (BENCHMARKS.md says how much).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum AbsoluteUri<'a> {
    /// Read in one pass: `scheme://host` followed by a path, query or fragment, or nothing.
    Plain {
        /// `http` or `https`.
        scheme: &'a str,
        /// A lower-case domain name.
        host: &'a str,
        /// Whether a `#` follows.
        has_fragment: bool,
    },
    /// Parsed by the `url` crate.
    Parsed(url::Url),
}

impl AbsoluteUri<'_> {
    /// The scheme, lower case.
    pub(crate) fn scheme(&self) -> &str {
        match self {
            AbsoluteUri::Plain { scheme, .. } => scheme,
            AbsoluteUri::Parsed(url) => url.scheme(),
        }
    }

    /// The host, if the URI has one.
    pub(crate) fn host(&self) -> Option<url::Host<&str>> {
        match self {
            AbsoluteUri::Plain { host, .. } => Some(url::Host::Domain(host)),
            AbsoluteUri::Parsed(url) => url.host(),
        }
    }

    /// Whether the URI has a fragment (even an empty one).
    pub(crate) fn has_fragment(&self) -> bool {
        match self {
            AbsoluteUri::Plain { has_fragment, .. } => *has_fragment,
            AbsoluteUri::Parsed(url) => url.fragment().is_some(),
        }
    }

    /// The origin as the WHATWG URL standard serializes it (`https://app.example.com`).
    pub(crate) fn origin(&self) -> String {
        match self {
            AbsoluteUri::Plain { scheme, host, .. } => format!("{scheme}://{host}"),
            AbsoluteUri::Parsed(url) => url.origin().ascii_serialization(),
        }
    }
}

/// Which bytes RFC 3986 allows in a URI: unreserved, reserved and `%`.
const RFC3986: [bool; 256] = {
    let mut allowed = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        allowed[b] = c.is_ascii_alphanumeric();
        b += 1;
    }
    let others = b"-._~:/?#[]@!$&'()*+,;=%";
    let mut i = 0;
    while i < others.len() {
        allowed[others[i] as usize] = true;
        i += 1;
    }
    allowed
};

/// An absolute URI: only RFC 3986 characters, and parseable (WHATWG rules, as a browser or
/// Node.js `new URL()` reads it) with a scheme.
pub(crate) fn parse_absolute_uri(uri: &str) -> Option<AbsoluteUri<'_>> {
    if !uri.bytes().all(|b| RFC3986[usize::from(b)]) {
        return None;
    }
    if let Some(plain) = plain_web_uri(uri) {
        return Some(plain);
    }
    url::Url::parse(uri).ok().map(AbsoluteUri::Parsed)
}

/// The one-pass reading of [`AbsoluteUri::Plain`], or `None` to leave the URI to the `url`
/// crate. Only for text already checked against [`RFC3986`].
fn plain_web_uri(uri: &str) -> Option<AbsoluteUri<'_>> {
    let (scheme, rest) = if let Some(rest) = uri.strip_prefix("https://") {
        ("https", rest)
    } else {
        ("http", uri.strip_prefix("http://")?)
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    if !is_plain_domain(host) {
        return None;
    }
    Some(AbsoluteUri::Plain {
        scheme,
        host,
        has_fragment: rest[host_end..].contains('#'),
    })
}

/// Dot-separated labels of `a-z`, `0-9` and inner `-`, the last starting with a letter (so the
/// WHATWG host parser does not read it as an IPv4 address), none an IDNA `xn--` label.
fn is_plain_domain(host: &str) -> bool {
    let mut labels = host.split('.').peekable();
    while let Some(label) = labels.next() {
        let bytes = label.as_bytes();
        let plain = !bytes.is_empty()
            && bytes
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
            && bytes[0] != b'-'
            && bytes[bytes.len() - 1] != b'-'
            && !label.starts_with("xn--");
        if !plain || (labels.peek().is_none() && !bytes[0].is_ascii_lowercase()) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// URIs near the plain shape, many inside it and many just outside.
    fn near_plain_uri() -> impl Strategy<Value = String> {
        let scheme = prop_oneof!["https", "http", "HTTPS", "Http", "ftp", "com.example.app"];
        let label = prop_oneof![
            "[a-z][a-z0-9]{0,8}",
            "[a-z0-9-]{1,6}",
            "xn--[a-z0-9]{1,6}",
            "[0-9]{1,3}",
            "0x[0-9a-f]{1,2}",
            "[A-Za-z]{1,4}",
            "",
        ];
        let host = prop::collection::vec(label, 1..5).prop_map(|labels| labels.join("."));
        let port = prop_oneof![
            Just(String::new()),
            "[0-9]{1,5}".prop_map(|p| format!(":{p}"))
        ];
        let rest = "[a-zA-Z0-9/?#%.:@=&_~-]{0,16}";
        (scheme, prop_oneof!["://", ":/", ":"], host, port, rest)
            .prop_map(|(s, sep, h, p, r)| format!("{s}{sep}{h}{p}{r}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// The one-pass reading agrees with the `url` crate wherever it answers.
        #[test]
        fn the_plain_reading_agrees_with_the_url_crate(uri in near_plain_uri()) {
            if let Some(plain) = plain_web_uri(&uri) {
                let url = url::Url::parse(&uri);
                prop_assert!(url.is_ok(), "{uri}: url says {url:?}");
                let parsed = AbsoluteUri::Parsed(url.unwrap());
                prop_assert_eq!(plain.scheme(), parsed.scheme());
                prop_assert_eq!(plain.host(), parsed.host());
                prop_assert_eq!(plain.has_fragment(), parsed.has_fragment());
                prop_assert_eq!(plain.origin(), parsed.origin());
            }
        }
    }

    #[test]
    fn typical_web_uris_take_the_plain_reading() {
        for uri in [
            "https://app.example.com/callback",
            "https://example.com/oauth/callback?query=value",
            "http://localhost/cb",
            "https://app.example.com#top",
            "https://a-b.example.io",
        ] {
            assert!(
                matches!(parse_absolute_uri(uri), Some(AbsoluteUri::Plain { .. })),
                "{uri}"
            );
        }
        for uri in [
            "https://App.example.com/",
            "https://app.example.com:8443/",
            "http://127.0.0.1/cb",
            "https://user@example.com/",
            "com.example.app:/callback",
            "https://xn--bcher-kva.example/",
        ] {
            assert!(
                matches!(parse_absolute_uri(uri), Some(AbsoluteUri::Parsed(_))),
                "{uri}"
            );
        }
        assert_eq!(parse_absolute_uri("https://exa mple.com/"), None);
        assert_eq!(parse_absolute_uri("not a uri"), None);
    }
}
