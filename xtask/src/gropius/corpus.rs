//! The traffic corpus (`openapi/fidelity/gropius-login.corpus.yaml`) sent over raw HTTP/1.1,
//! so that every form of a request (a header twice, a body that is not JSON, a bare scheme) goes
//! out exactly as written.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use serde_json::Value;

/// The corpus, relative to the workspace root.
pub const CORPUS: &str = "openapi/fidelity/gropius-login.corpus.yaml";

/// The format version this build reads.
const VERSION: u32 = 1;

/// A JWT of the right shape (`{"alg":"RS256","typ":"JWT"}`, `{"sub":"forged"}`) that no key
/// signed.
const FORGED_JWT: &str =
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmb3JnZWQifQ.Zm9yZ2VkLXNpZ25hdHVyZQ";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    version: u32,
    deployed_at: String,
    requests: Vec<Request>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Request {
    method: String,
    path: String,
    #[serde(default)]
    auth: Auth,
    #[serde(default)]
    body: Option<Value>,
    #[serde(default)]
    raw_body: Option<String>,
    #[serde(default)]
    body_bytes: Option<usize>,
    #[serde(default)]
    content_type: Option<String>,
    #[serde(default)]
    capture: BTreeMap<String, String>,
}

/// The `Authorization` header a request carries.
#[derive(Debug, Default, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Auth {
    #[default]
    Admin,
    AdminLowerCase,
    AdminTwice,
    User,
    None,
    Empty,
    Basic,
    BearerOnly,
    Malformed,
    Undecodable,
    Forged,
}

/// The credentials a corpus run uses.
pub struct Credentials {
    /// An admin's access token.
    pub admin_token: String,
    /// A non-admin's access token.
    pub user_token: String,
    /// A user id the service knows.
    pub known_user: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("known_user", &self.known_user)
            .finish_non_exhaustive()
    }
}

impl Auth {
    fn headers(self, credentials: &Credentials) -> Vec<String> {
        let bearer = |token: &str| format!("Authorization: Bearer {token}");
        match self {
            Auth::Admin => vec![bearer(&credentials.admin_token)],
            Auth::AdminLowerCase => {
                vec![format!("Authorization: bearer {}", credentials.admin_token)]
            }
            Auth::AdminTwice => vec![bearer(&credentials.admin_token); 2],
            Auth::User => vec![bearer(&credentials.user_token)],
            Auth::None => vec![],
            Auth::Empty => vec!["Authorization: ".to_string()],
            Auth::Basic => vec!["Authorization: Basic Y29ycHVzOmNvcnB1cw==".to_string()],
            Auth::BearerOnly => vec!["Authorization: Bearer".to_string()],
            Auth::Malformed => vec![bearer("not-a-jwt")],
            Auth::Undecodable => vec![bearer("x.y.z")],
            Auth::Forged => vec![bearer(FORGED_JWT)],
        }
    }
}

/// The URL the corpus's real service is deployed at (its `GROPIUS_ENDPOINT`, and the mock's
/// `--gropius-endpoint` when the recording is replayed): `deployed_at` in the corpus at
/// `corpus_text`.
pub fn deployed_at(corpus_text: &str) -> Result<String> {
    let corpus: Corpus = serde_yaml::from_str(corpus_text).context("the corpus")?;
    Ok(corpus.deployed_at)
}

/// How a capture may be spelled in a path or body: `{name}` as captured, `{name:upper}` in
/// upper case, `{name:simple}` without hyphens, `{name:braced}` in braces, `{name:quads}` with
/// a hyphen after every four hex digits, `{name:urn}` as a `urn:uuid:` (the spellings of a UUID
/// PostgreSQL reads, and one it does not).
type Respell = fn(&str) -> String;
const SPELLINGS: [(&str, Respell); 6] = [
    ("", |v| v.to_string()),
    (":upper", |v| v.to_uppercase()),
    (":simple", |v| v.replace('-', "")),
    (":braced", |v| format!("{{{v}}}")),
    (":quads", |v| {
        let digits: Vec<char> = v.chars().filter(|c| *c != '-').collect();
        let quads: Vec<String> = digits.chunks(4).map(|q| q.iter().collect()).collect();
        quads.join("-")
    }),
    (":urn", |v| format!("urn:uuid:{v}")),
];

/// Sends every request of the corpus at `corpus_text` to `address` (`host:port`), one
/// connection each, in order; returns how many were answered, and the statuses.
pub fn send(corpus_text: &str, address: &str, credentials: &Credentials) -> Result<Vec<u16>> {
    let corpus: Corpus = serde_yaml::from_str(corpus_text).context("the corpus")?;
    if corpus.version != VERSION {
        bail!(
            "corpus version {}, this build reads {VERSION}",
            corpus.version
        );
    }
    let mut captured: BTreeMap<String, String> = BTreeMap::new();
    captured.insert("known_user".into(), credentials.known_user.clone());
    let mut statuses = Vec::new();
    for (index, request) in corpus.requests.iter().enumerate() {
        let fill = |text: &str| {
            captured
                .iter()
                .fold(text.to_string(), |text, (name, value)| {
                    SPELLINGS.iter().fold(text, |text, (spelling, respell)| {
                        text.replace(&format!("{{{name}{spelling}}}"), &respell(value))
                    })
                })
        };
        let path = fill(&request.path);
        let body: Option<Vec<u8>> = match (&request.body, &request.raw_body, request.body_bytes) {
            (Some(body), None, None) => Some(fill(&body.to_string()).into_bytes()),
            (None, Some(raw), None) => Some(fill(raw).into_bytes()),
            (None, None, Some(n)) => Some(vec![b'x'; n]),
            (None, None, None) => None,
            _ => bail!("request {}: one of body, raw_body, body_bytes", index + 1),
        };
        let mut head = format!(
            "{} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n",
            request.method
        );
        for header in request.auth.headers(credentials) {
            head.push_str(&header);
            head.push_str("\r\n");
        }
        if let Some(body) = &body {
            let content_type = request
                .content_type
                .as_deref()
                .unwrap_or("application/json");
            head.push_str(&format!(
                "Content-Type: {content_type}\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        head.push_str("\r\n");
        let (status, answer) = exchange(address, head.as_bytes(), body.as_deref())
            .with_context(|| format!("request {} ({} {path})", index + 1, request.method))?;
        statuses.push(status);
        for (name, pointer) in &request.capture {
            match serde_json::from_slice::<Value>(&answer).ok().and_then(|v| {
                v.pointer(pointer)
                    .and_then(Value::as_str)
                    .map(str::to_string)
            }) {
                Some(value) => {
                    captured.insert(name.clone(), value);
                }
                None => eprintln!(
                    "request {} ({} {path}) answered {status} with nothing at {pointer}: \
                     {{{name}}} stays unset",
                    index + 1,
                    request.method
                ),
            }
        }
    }
    Ok(statuses)
}

/// One request on its own connection: the status and the body (chunked transfer decoded).
fn exchange(address: &str, head: &[u8], body: Option<&[u8]>) -> Result<(u16, Vec<u8>)> {
    let mut stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.write_all(head)?;
    if let Some(body) = body {
        // The server may answer (413) and close before reading it all.
        let _ = stream.write_all(body);
    }
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .context("no complete answer head")?;
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .context("no status")?;
    let rest = &raw[end + 4..];
    let body = if head.contains("transfer-encoding: chunked") {
        dechunk(rest)
    } else {
        rest.to_vec()
    };
    Ok((status, body))
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&data[..line_end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next().unwrap_or("").trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        let end = (start + size).min(data.len());
        body.extend_from_slice(&data[start..end]);
        data = data.get(end + 2..).unwrap_or_default();
    }
    body
}

#[cfg(test)]
mod tests {
    use super::dechunk;

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(dechunk(b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"), b"abcde");
        assert_eq!(dechunk(b"0\r\n\r\n"), b"");
    }

    #[test]
    fn a_capture_is_spelled_as_asked() {
        let spelled: Vec<String> = super::SPELLINGS
            .iter()
            .map(|(_, respell)| respell("0123abcd-89ab-cdef-0123-456789abcdef"))
            .collect();
        assert_eq!(
            spelled,
            [
                "0123abcd-89ab-cdef-0123-456789abcdef",
                "0123ABCD-89AB-CDEF-0123-456789ABCDEF",
                "0123abcd89abcdef0123456789abcdef",
                "{0123abcd-89ab-cdef-0123-456789abcdef}",
                "0123-abcd-89ab-cdef-0123-4567-89ab-cdef",
                "urn:uuid:0123abcd-89ab-cdef-0123-456789abcdef",
            ]
        );
    }

    #[test]
    fn the_corpus_parses() {
        let text = std::fs::read_to_string(crate::project_root().join(super::CORPUS)).unwrap();
        let corpus: super::Corpus = serde_yaml::from_str(&text).unwrap();
        assert!(corpus.requests.len() > 100);
    }
}
