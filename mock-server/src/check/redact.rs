//! What the checker prints, made safe, in one place: every credential it was given masked
//! (whole, and any run of [`PARTIAL_ECHO`] of its characters, an echo of part of it), the
//! userinfo of a URL never shown, and every value cut to a bounded excerpt, after masking.

use crate::shared::REDACTED;

/// A run of this many characters of a credential is masked wherever it appears: a target that
/// echoes part of a key is caught, not only one that echoes all of it. A credential shorter than
/// this is masked whole.
pub(crate) const PARTIAL_ECHO: usize = 8;
/// The longest detail a report line carries, in bytes.
pub(crate) const DETAIL_BYTES: usize = 1000;
/// The longest excerpt of a body a detail quotes, in bytes.
pub(crate) const BODY_EXCERPT_BYTES: usize = 200;

/// The credentials a run was given, to mask in everything it prints. `Debug` shows how many.
#[derive(Clone, Default)]
pub(crate) struct Redactor {
    secrets: Vec<String>,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Redactor(<{} redacted>)", self.secrets.len())
    }
}

impl Redactor {
    /// A redactor of `secrets` (empty ones left out) and of the userinfo of each URL in `urls`.
    pub(crate) fn new<'a>(
        secrets: impl IntoIterator<Item = &'a str>,
        urls: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let mut all: Vec<String> = secrets
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        for url in urls {
            if let Some(userinfo) = userinfo(url) {
                for part in userinfo.split(':').chain([userinfo]) {
                    if !part.is_empty() {
                        all.push(part.to_string());
                        let decoded = percent_decoded(part);
                        if decoded != part {
                            all.push(decoded);
                        }
                    }
                }
            }
        }
        all.sort();
        all.dedup();
        Self { secrets: all }
    }

    /// `text` with every credential masked as [`REDACTED`]: each whole occurrence, and each run
    /// of at least [`PARTIAL_ECHO`] of its characters.
    pub(crate) fn mask(&self, text: &str) -> String {
        let mut masked: Vec<(usize, usize)> = Vec::new();
        for secret in &self.secrets {
            let windows: Vec<&str> = if secret.chars().count() <= PARTIAL_ECHO {
                vec![secret.as_str()]
            } else {
                let starts: Vec<usize> = secret.char_indices().map(|(i, _)| i).collect();
                (0..=starts.len() - PARTIAL_ECHO)
                    .map(|first| {
                        let end = starts
                            .get(first + PARTIAL_ECHO)
                            .copied()
                            .unwrap_or(secret.len());
                        &secret[starts[first]..end]
                    })
                    .collect()
            };
            for window in windows {
                masked.extend(
                    text.match_indices(window)
                        .map(|(at, found)| (at, at + found.len())),
                );
            }
        }
        if masked.is_empty() {
            return text.to_string();
        }
        masked.sort_unstable();
        let mut out = String::with_capacity(text.len());
        let mut written = 0;
        let mut ranges = masked.into_iter().peekable();
        while let Some((start, mut end)) = ranges.next() {
            while let Some(&(next_start, next_end)) = ranges.peek() {
                if next_start > end {
                    break;
                }
                end = end.max(next_end);
                ranges.next();
            }
            if start < written {
                continue;
            }
            out.push_str(&text[written..start]);
            out.push_str(REDACTED);
            written = end;
        }
        out.push_str(&text[written..]);
        out
    }

    /// At most `max` bytes of `text`, masked first: masking runs over a little more than is
    /// kept, and a credential that the end of that runs through is dropped with it, so that
    /// no part of one is cut into view.
    pub(crate) fn excerpt(&self, text: &str, max: usize) -> String {
        match self.excerpt_of(text, max, text.len()) {
            (kept, false) => kept,
            (kept, true) => format!("{kept}… ({} bytes in all)", text.len()),
        }
    }

    /// An excerpt of a body, quoted, with its size when it is cut.
    pub(crate) fn body(&self, bytes: &[u8]) -> String {
        // Never more than a bounded prefix is decoded, whatever the body's size.
        let prefix = &bytes[..bytes.len().min(BODY_EXCERPT_BYTES * 4 + 256)];
        let text = String::from_utf8_lossy(prefix);
        match self.excerpt_of(&text, BODY_EXCERPT_BYTES, bytes.len()) {
            (kept, false) => format!("{kept:?}"),
            (kept, true) => format!("{kept:?}… ({} bytes in all)", bytes.len()),
        }
    }

    /// The masked excerpt of `text` (the first of `total` bytes), and whether it was cut.
    fn excerpt_of(&self, text: &str, max: usize, total: usize) -> (String, bool) {
        let longest = self.secrets.iter().map(String::len).max().unwrap_or(0);
        let limit = max + longest + REDACTED.len();
        let considered = if text.len() > limit {
            self.without_a_cut_credential(cut(text, limit))
        } else {
            text
        };
        let masked = self.mask(considered);
        if considered.len() == total && masked.len() <= max {
            return (masked, false);
        }
        (cut(&masked, max).to_string(), true)
    }

    /// `text` without its end when that end is the first characters of a credential (the
    /// rest of which a cut took away).
    fn without_a_cut_credential<'t>(&self, text: &'t str) -> &'t str {
        let mut end = text.len();
        for secret in &self.secrets {
            if let Some(k) = (1..secret.len())
                .rev()
                .find(|&k| secret.is_char_boundary(k) && text[..end].ends_with(&secret[..k]))
            {
                end -= k;
            }
        }
        &text[..end]
    }
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The userinfo of an `http(s)://user:password@host` URL, if it has one.
fn userinfo(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    authority.rsplit_once('@').map(|(info, _)| info)
}

fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(byte) = text
                .get(i + 1..i + 3)
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `url` as it may be printed: without its userinfo (`https://host/…` for
/// `https://user:password@host/…`).
pub(crate) fn display_url(url: &str) -> String {
    match (url.split_once("://"), userinfo(url)) {
        (Some((scheme, rest)), Some(info)) => {
            let after = &rest[info.len() + 1..];
            format!("{scheme}://{after}")
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "k3y-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    #[test]
    fn a_credential_is_masked_whole_and_in_part_and_never_cut_into_view() {
        let redactor = Redactor::new([KEY, "short"], []);
        let echoed = format!("401: unknown key {KEY} (short)");
        assert_eq!(
            redactor.mask(&echoed),
            "401: unknown key <redacted> (<redacted>)"
        );
        let partial = format!("key starts {}…", &KEY[..42]);
        assert_eq!(redactor.mask(&partial), "key starts <redacted>…");
        for max in 0..echoed.len() + 10 {
            let shown = redactor.excerpt(&echoed, max);
            for window in 0..=KEY.len() - 4 {
                assert!(!shown.contains(&KEY[window..window + 4]), "{max}: {shown}");
            }
        }
    }

    #[test]
    fn the_userinfo_of_a_url_is_never_shown() {
        let url = "http://ci:Pw-s3cret%21@auth.example.com:8443/base?x=1";
        assert_eq!(display_url(url), "http://auth.example.com:8443/base?x=1");
        assert_eq!(display_url("https://host/a@b"), "https://host/a@b");
        let redactor = Redactor::new([], [url]);
        let said = redactor.mask("error sending request for url (http://ci:Pw-s3cret!@x/)");
        assert!(!said.contains("Pw-s3cret"), "{said}");
    }
}
