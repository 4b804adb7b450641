//! The recording `mock-server proxy --record FILE` writes and `mock-server replay` reads: one
//! JSON object per line, per exchange (format: `docs/recording.md`, version 1). Credentials are
//! replaced by what the upstream made of them, secrets in answers by `<redacted>`.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Mutex;

use http::HeaderMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::http::MockResponse;
use crate::shared::REDACTED;

/// The format version written, and the only one read.
pub const RECORDING_VERSION: u32 = 1;

/// Request headers that carry credentials.
const CREDENTIAL_HEADERS: [&str; 4] = [
    "authorization",
    "x-api-key",
    "cookie",
    "proxy-authorization",
];
/// Answer headers that carry credentials.
const ANSWER_SECRET_HEADERS: [&str; 1] = ["set-cookie"];
/// Answer body fields that hold secrets, at any depth.
const SECRET_FIELDS: [&str; 2] = ["client_secret", "secretText"];

/// One exchange, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exchange {
    /// The format version ([`RECORDING_VERSION`]).
    pub version: u32,
    /// When the answer was sent (RFC 3339 UTC).
    pub time: String,
    /// Microseconds from receiving the request to answering it.
    pub latency_us: u64,
    /// What the client sent.
    pub request: RecordedRequest,
    /// What the upstream answered (or the proxy, for a `502`).
    pub answer: RecordedAnswer,
}

/// A request, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedRequest {
    /// The method.
    pub method: String,
    /// The path.
    pub path: String,
    /// The query string, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The headers (lower-case names, repeated values joined with `, `). A credential is
    /// replaced by what the upstream made of it: `<redacted: accepted>`, `<redacted: refused
    /// 401>` or `<redacted: refused 403>` (a Bearer token keeps its `Bearer ` scheme).
    pub headers: BTreeMap<String, String>,
    /// The body as text (empty for none), when it is UTF-8.
    #[serde(default)]
    pub body: String,
    /// The body's bytes, when it is not UTF-8 (then `body` is empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_bytes: Option<Vec<u8>>,
}

impl RecordedRequest {
    /// The body as sent.
    pub fn body(&self) -> Vec<u8> {
        self.body_bytes
            .clone()
            .unwrap_or_else(|| self.body.clone().into_bytes())
    }
}

/// An answer, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedAnswer {
    /// The status.
    pub status: u16,
    /// The headers (lower-case names), `set-cookie` redacted.
    pub headers: BTreeMap<String, String>,
    /// The body as text, with `client_secret` and `secretText` values replaced by `<redacted>`.
    pub body: String,
}

/// How the upstream treated a request's credential, from its answer.
pub(crate) fn credential_note(status: u16) -> String {
    match status {
        401 | 403 => format!("<redacted: refused {status}>"),
        _ => "<redacted: accepted>".to_string(),
    }
}

fn headers_as_map(
    headers: &HeaderMap,
    redact: impl Fn(&str, &str) -> Option<String>,
) -> BTreeMap<String, String> {
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    for (name, value) in headers {
        let text = String::from_utf8_lossy(value.as_bytes()).into_owned();
        let text = redact(name.as_str(), &text).unwrap_or(text);
        map.entry(name.as_str().to_string())
            .and_modify(|v| {
                v.push_str(", ");
                v.push_str(&text);
            })
            .or_insert(text);
    }
    map
}

fn redact_secrets(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if SECRET_FIELDS.contains(&key.as_str()) && value.is_string() {
                    *value = Value::String(REDACTED.to_string());
                } else {
                    redact_secrets(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_secrets),
        _ => {}
    }
}

impl Exchange {
    /// An exchange as the proxy saw it, with credentials and secrets redacted.
    pub(crate) fn of(
        method: &str,
        path: &str,
        query: Option<&str>,
        request_headers: &HeaderMap,
        request_body: &[u8],
        answer: &MockResponse,
        latency_us: u64,
    ) -> Self {
        let status = answer.status.as_u16();
        let note = credential_note(status);
        let request_headers = headers_as_map(request_headers, |name, value| {
            CREDENTIAL_HEADERS.contains(&name).then(|| {
                match value.get(..7).filter(|p| p.eq_ignore_ascii_case("bearer ")) {
                    Some(scheme) => format!("{scheme}{note}"),
                    None => note.clone(),
                }
            })
        });
        let answer_headers = headers_as_map(&answer.headers, |name, _| {
            ANSWER_SECRET_HEADERS
                .contains(&name)
                .then(|| REDACTED.to_string())
        });
        let answer_body = match serde_json::from_slice::<Value>(&answer.body) {
            Ok(mut value) => {
                redact_secrets(&mut value);
                value.to_string()
            }
            Err(_) => String::from_utf8_lossy(&answer.body).into_owned(),
        };
        Self {
            version: RECORDING_VERSION,
            time: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            latency_us,
            request: RecordedRequest {
                method: method.to_string(),
                path: path.to_string(),
                query: query.map(str::to_string),
                headers: request_headers,
                body: std::str::from_utf8(request_body)
                    .map(str::to_string)
                    .unwrap_or_default(),
                body_bytes: std::str::from_utf8(request_body)
                    .is_err()
                    .then(|| request_body.to_vec()),
            },
            answer: RecordedAnswer {
                status,
                headers: answer_headers,
                body: answer_body,
            },
        }
    }
}

/// Appends exchanges to a file, a line each, flushed per line (a crash loses at most the line
/// being written).
pub(crate) struct Recorder {
    file: Mutex<std::fs::File>,
}

impl Recorder {
    /// Appends to `path` (created if missing).
    pub(crate) fn open(path: &std::path::Path) -> std::io::Result<Self> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        Ok(Self {
            file: Mutex::new(file),
        })
    }

    /// Writes one line; a failure is logged, never answered to the client.
    pub(crate) fn write(&self, exchange: &Exchange) {
        let Ok(mut line) = serde_json::to_vec(exchange) else {
            return;
        };
        line.push(b'\n');
        let mut file = self
            .file
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Err(e) = file.write_all(&line) {
            tracing::warn!("the recording could not be written: {e}");
        }
    }
}

/// Reads a recording: every line an [`Exchange`] of this version; blank lines skipped.
pub fn read_recording(text: &str) -> Result<Vec<Exchange>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let exchange: Exchange =
                serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
            if exchange.version != RECORDING_VERSION {
                return Err(format!(
                    "line {}: version {}, this build reads {RECORDING_VERSION}",
                    i + 1,
                    exchange.version
                ));
            }
            Ok(exchange)
        })
        .collect()
}
