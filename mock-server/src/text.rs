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

/// An absolute URI (RFC 3986 §4.3: a scheme, and no relative reference), read by the
/// `fluent-uri` crate, which holds a URI to RFC 3986's grammar exactly: a `%` not followed by two
/// hex digits, a space or a `[` outside an IP literal is not a URI.
#[derive(Debug, Clone)]
pub(crate) struct AbsoluteUri<'a>(fluent_uri::Uri<&'a str>);

/// What a URI's host is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HostKind {
    /// No host, or an empty one (`com.example.app:/cb`, `file:///x`).
    None,
    /// `127.0.0.1`, `[::1]` or `localhost` (in any case), written so: the loopback hosts RFC
    /// 8252 §7.3 and the contract name, and no other spelling (`[0::1]` is `Other`), as the
    /// contract's pattern reads them.
    Loopback,
    /// Any other host.
    Other,
}

impl<'a> AbsoluteUri<'a> {
    /// The scheme, as written (schemes are case-insensitive: compare with
    /// [`str::eq_ignore_ascii_case`]).
    pub(crate) fn scheme(&self) -> &'a str {
        self.0.scheme().as_str()
    }

    /// Whether the scheme is `http` or `https`, in any case.
    pub(crate) fn is_web(&self) -> bool {
        let scheme = self.scheme();
        scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")
    }

    /// What its host is.
    pub(crate) fn host(&self) -> HostKind {
        use fluent_uri::component::Host;
        let Some(authority) = self.0.authority() else {
            return HostKind::None;
        };
        match authority.host_parsed() {
            Host::Ipv4(ip) if ip == std::net::Ipv4Addr::LOCALHOST => HostKind::Loopback,
            Host::Ipv6(_) if authority.host() == "[::1]" => HostKind::Loopback,
            Host::RegName(name) if name.as_str().is_empty() => HostKind::None,
            Host::RegName(name) if name.as_str().eq_ignore_ascii_case("localhost") => {
                HostKind::Loopback
            }
            _ => HostKind::Other,
        }
    }

    /// Whether the URI has a fragment (even an empty one).
    pub(crate) fn has_fragment(&self) -> bool {
        self.0.fragment().is_some()
    }

    /// The origin of an http(s) URI as the WHATWG URL standard serializes it
    /// (`https://app.example.com`, the default port left out, the host in lower case), or
    /// `None` when a browser could not read the URI.
    ///
    /// A plain host (an IPv4 address, or ASCII labels that a browser reads as a domain name
    /// without IDNA) is serialized from `fluent-uri`'s parse; anything else goes through the
    /// `url` crate, whose parse is costly (BENCHMARKS.md). A property test holds the two to the
    /// same answer.
    pub(crate) fn web_origin(&self) -> Option<String> {
        self.plain_web_origin().or_else(|| {
            let url = url::Url::parse(self.0.as_str()).ok()?;
            Some(url.origin().ascii_serialization())
        })
    }

    fn plain_web_origin(&self) -> Option<String> {
        use fluent_uri::component::Host;
        let scheme = self.scheme().to_ascii_lowercase();
        let default_port = match scheme.as_str() {
            "https" => 443,
            "http" => 80,
            _ => return None,
        };
        let authority = self.0.authority()?;
        if !authority
            .userinfo()
            .is_none_or(|info| info.as_str().is_empty())
        {
            return None;
        }
        let host = match authority.host_parsed() {
            Host::Ipv4(ip) => ip.to_string(),
            Host::RegName(name) if is_plain_domain(name.as_str()) => {
                name.as_str().to_ascii_lowercase()
            }
            _ => return None,
        };
        let port = match authority.port().map(|p| p.as_str()) {
            None | Some("") => String::new(),
            Some(port) => match port.parse::<u16>() {
                Ok(port) if port == default_port => String::new(),
                Ok(port) => format!(":{port}"),
                Err(_) => return None,
            },
        };
        Some(format!("{scheme}://{host}{port}"))
    }
}

/// Dot-separated labels of ASCII letters, digits and inner `-`, the last starting with a
/// letter (so that a browser does not read the host as an IPv4 address), none an IDNA `xn--`
/// label: a host a browser reads as written, lower-cased.
fn is_plain_domain(host: &str) -> bool {
    let mut labels = host.split('.').peekable();
    while let Some(label) = labels.next() {
        let bytes = label.as_bytes();
        let plain = !bytes.is_empty()
            && bytes
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
            && bytes[0] != b'-'
            && bytes[bytes.len() - 1] != b'-'
            && !label
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("xn--"));
        if !plain || (labels.peek().is_none() && !bytes[0].is_ascii_alphabetic()) {
            return false;
        }
    }
    true
}

/// `uri` as an absolute URI, if it is one.
pub(crate) fn parse_absolute_uri(uri: &str) -> Option<AbsoluteUri<'_>> {
    fluent_uri::Uri::parse(uri).ok().map(AbsoluteUri)
}

/// Whether `uri` is an absolute URI that a browser (or Node.js's `new URL()`) also reads.
pub(crate) fn is_absolute_url(uri: &str) -> bool {
    parse_absolute_uri(uri).is_some() && url::Url::parse(uri).is_ok()
}

/// Whether `uri` is an absolute `http` or `https` URL with a host: what a base URL given to
/// the checker or the proxy must be.
#[cfg(feature = "check")]
pub(crate) fn is_http_url(uri: &str) -> bool {
    parse_absolute_uri(uri).is_some_and(|uri| {
        matches!(uri.scheme().to_ascii_lowercase().as_str(), "http" | "https")
            && uri.0.authority().is_some_and(|a| !a.host().is_empty())
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// URIs near the plain shape, many inside it and many just outside.
    fn near_plain_uri() -> impl Strategy<Value = String> {
        let scheme = prop_oneof!["https", "http", "HTTPS", "Http", "ftp"];
        let label = prop_oneof![
            "[a-z][a-z0-9]{0,8}",
            "[a-zA-Z0-9-]{1,6}",
            "xn--[a-z0-9]{1,6}",
            "XN--[a-z0-9]{1,4}",
            "[0-9]{1,3}",
            "0x[0-9a-f]{1,2}",
            "",
        ];
        let host = prop::collection::vec(label, 1..5).prop_map(|labels| labels.join("."));
        let userinfo = prop_oneof![
            Just(String::new()),
            Just("user@".to_string()),
            Just("@".to_string())
        ];
        let port = prop_oneof![
            Just(String::new()),
            Just(":".to_string()),
            "[0-9]{1,5}".prop_map(|p| format!(":{p}"))
        ];
        let rest = "[a-zA-Z0-9/?#.:@=&_~-]{0,16}";
        (scheme, userinfo, host, port, rest)
            .prop_map(|(s, u, h, p, r)| format!("{s}://{u}{h}{p}{r}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// The plain serialization of an origin agrees with the `url` crate wherever it answers.
        #[test]
        fn the_plain_origin_agrees_with_the_url_crate(uri in near_plain_uri()) {
            if let Some(parsed) = parse_absolute_uri(&uri)
                && let Some(plain) = parsed.plain_web_origin()
            {
                let url = url::Url::parse(&uri);
                prop_assert!(url.is_ok(), "{uri}: url says {url:?}");
                prop_assert_eq!(plain, url.unwrap().origin().ascii_serialization(), "{}", uri);
            }
        }
    }

    #[test]
    fn only_rfc_3986_uris_are_uris() {
        for uri in [
            "https://app.example.com/callback",
            "https://example.com/oauth/callback?query=value",
            "http://[::1]:8080/cb",
            "com.example.app:/callback",
            "https://a.example/cb?x=%5B1%5D",
        ] {
            assert!(parse_absolute_uri(uri).is_some(), "{uri}");
        }
        for uri in [
            "https://app.example.com/%zz",
            "https://a.example/cb?x=[1]",
            "https://exa mple.com/",
            "/relative/path",
            "not a uri",
            "",
        ] {
            assert!(parse_absolute_uri(uri).is_none(), "{uri}");
        }
    }

    #[test]
    fn only_the_named_hosts_are_loopback() {
        let host = |uri| parse_absolute_uri(uri).unwrap().host();
        for uri in [
            "http://127.0.0.1/cb",
            "http://[::1]/cb",
            "http://localhost:3000/cb",
            "http://LocalHost/cb",
        ] {
            assert_eq!(host(uri), HostKind::Loopback, "{uri}");
        }
        for uri in [
            "http://127.0.0.2/cb",
            "http://127.1/cb",
            "http://0x7f.0.0.1/cb",
            "http://[::2]/cb",
            "http://localhost.example/cb",
        ] {
            assert_eq!(host(uri), HostKind::Other, "{uri}");
        }
        assert_eq!(host("com.example.app:/cb"), HostKind::None);
    }

    #[test]
    fn the_origin_is_the_browser_s() {
        let origin = |uri| parse_absolute_uri(uri).unwrap().web_origin();
        assert_eq!(
            origin("HTTPS://App.Example.com:443/x?y#z").as_deref(),
            Some("https://app.example.com")
        );
        assert_eq!(
            origin("http://localhost:3000/cb").as_deref(),
            Some("http://localhost:3000")
        );
        let plain = |uri| parse_absolute_uri(uri).unwrap().plain_web_origin();
        for uri in [
            "https://app.example.com/callback",
            "https://App.Example.com:8443/x",
            "http://127.0.0.1:8080/cb",
            "http://localhost/cb",
        ] {
            assert!(plain(uri).is_some(), "{uri} takes the plain serialization");
        }
        for uri in [
            "http://[::1]/cb",
            "https://xn--bcher-kva.example/",
            "https://user@example.com/",
            "http://127.1/cb",
        ] {
            assert_eq!(plain(uri), None, "{uri} goes through the url crate");
        }
    }
}

/// The form of a Bearer token, which decides what the real service's JWT library says when it
/// cannot verify one, and all a recording keeps of a credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenForm {
    /// Nothing.
    Empty,
    /// Three base64url parts, the first a JSON object: a JWT (its signature unknown).
    Jwt,
    /// Three dot-separated parts that are not a JWT.
    ThreeParts,
    /// Anything else.
    Malformed,
}

impl TokenForm {
    /// The form of `token`.
    pub(crate) fn of(token: &[u8]) -> Self {
        if token.is_empty() {
            return Self::Empty;
        }
        let parts: Vec<&[u8]> = token.split(|b| *b == b'.').collect();
        if parts.len() != 3 {
            return Self::Malformed;
        }
        let header_is_object = base64url_decode(parts[0])
            .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
            .is_some_and(|value| value.is_object());
        if header_is_object {
            Self::Jwt
        } else {
            Self::ThreeParts
        }
    }

    /// Its name in a recording's pseudonym.
    #[cfg(feature = "check")]
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::Jwt => "jwt",
            Self::ThreeParts => "three parts",
            Self::Malformed => "malformed",
        }
    }

    /// The form named `name`.
    #[cfg(feature = "check")]
    pub(crate) fn named(name: &str) -> Option<Self> {
        [Self::Empty, Self::Jwt, Self::ThreeParts, Self::Malformed]
            .into_iter()
            .find(|form| form.name() == name)
    }
}

/// Unpadded base64url, as JWT parts are written.
fn base64url_decode(text: &[u8]) -> Option<Vec<u8>> {
    let mut bits = 0u32;
    let mut count = 0;
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for byte in text {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(value);
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
    }
    Some(out)
}
