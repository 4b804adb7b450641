//! Writing the recording (`clientreg-mock proxy --record FILE`, feature `proxy`): each exchange
//! as a line of [`super::recording`]'s format, credentials replaced by per-recording pseudonyms
//! that keep only their form, secrets in answers by `<redacted>`.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::sync::{Mutex, PoisonError};

use http::HeaderMap;
use serde_json::Value;
use sha2::Digest;

use super::recording::{RECORDING_VERSION, RecordedAnswer, RecordedExchange, RecordedRequest};
use crate::http::MockResponse;
use crate::shared::{CREDENTIAL_HEADERS, REDACTED, SECRET_FIELDS};
use crate::text::TokenForm;

/// The pseudonyms of one recording: each credential is numbered in the order it is first
/// seen. Only a SHA-256 digest of a credential is kept, to know it again.
#[derive(Default)]
pub(crate) struct Pseudonyms {
    /// Digest → number.
    seen: Mutex<HashMap<[u8; 32], usize>>,
}

impl Pseudonyms {
    /// `value`'s stand-in: its scheme word kept (for `Authorization`), the rest
    /// `<credential N: form>`.
    fn of(&self, header: &str, value: &[u8]) -> String {
        let (scheme, token) = match value.iter().position(|b| *b == b' ') {
            Some(at) if header.ends_with("authorization") => (&value[..=at], &value[at + 1..]),
            _ => (&value[..0], value),
        };
        let token = token.trim_ascii();
        let digest: [u8; 32] = sha2::Sha256::digest(token).into();
        let number = {
            let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
            let next = seen.len() + 1;
            *seen.entry(digest).or_insert(next)
        };
        format!(
            "{}<credential {number}: {}>",
            String::from_utf8_lossy(scheme),
            TokenForm::of(token).name()
        )
    }
}

fn headers_as_map(
    headers: &HeaderMap,
    redact: impl Fn(&str, &[u8]) -> Option<String>,
) -> BTreeMap<String, String> {
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    for (name, value) in headers {
        let text = match redact(name.as_str(), value.as_bytes()) {
            Some(redacted) => redacted,
            None => String::from_utf8_lossy(value.as_bytes()).into_owned(),
        };
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

impl RecordedExchange {
    /// An exchange as the proxy saw it, with credentials replaced by their pseudonyms and
    /// secrets redacted.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn of(
        method: &str,
        path: &str,
        query: Option<&str>,
        request_headers: &HeaderMap,
        request_body: &[u8],
        answer: &MockResponse,
        latency_us: u64,
        pseudonyms: &Pseudonyms,
    ) -> Self {
        let status = answer.status.as_u16();
        let request_headers = headers_as_map(request_headers, |name, value| {
            CREDENTIAL_HEADERS
                .contains(&name)
                .then(|| pseudonyms.of(name, value))
        });
        let answer_headers = headers_as_map(&answer.headers, |name, _| {
            CREDENTIAL_HEADERS
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
    /// This recording's credentials.
    pub(crate) pseudonyms: Pseudonyms,
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
            pseudonyms: Pseudonyms::default(),
        })
    }

    /// Writes one line; a failure is logged, never answered to the client.
    pub(crate) fn write(&self, exchange: &RecordedExchange) {
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
