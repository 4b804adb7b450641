//! The recording `clientreg-mock proxy --record FILE` writes and `clientreg-mock replay` reads: one
//! JSON object per line, per exchange (format: `docs/recording.md`, version 2). A credential is
//! replaced by a pseudonym, the same for the same credential within one recording, that keeps
//! only its form; secrets in answers by `<redacted>`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::services::Service;
use crate::text::TokenForm;

/// The format version written, and the only one read.
pub(crate) const RECORDING_VERSION: u32 = 2;

/// One exchange, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedExchange {
    /// The format version (2, the one this build reads and writes).
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
    /// replaced by its pseudonym, `<credential N: form>` (`docs/recording.md`); an
    /// `Authorization` header keeps its scheme word (`Bearer <credential 1: jwt>`).
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

/// A pseudonym found in a recorded header value: the text before it (an `Authorization`
/// scheme), its number and its form.
pub(crate) fn parse_pseudonym(value: &str) -> Option<(&str, usize, TokenForm)> {
    let at = value.find("<credential ")?;
    let inner = value[at..]
        .strip_prefix("<credential ")?
        .strip_suffix('>')?;
    let (number, form) = inner.split_once(": ")?;
    Some((&value[..at], number.parse().ok()?, TokenForm::named(form)?))
}

/// Why a recording cannot be read: the line (from 1), and what is wrong with it.
#[derive(Debug, thiserror::Error)]
pub enum RecordingError {
    /// The line is not an exchange.
    #[error("line {line}: {source}")]
    NotAnExchange {
        /// The line, from 1.
        line: usize,
        /// Why not.
        source: serde_json::Error,
    },
    /// The exchange is of another format version.
    #[error("line {line}: version {version}, this build reads {RECORDING_VERSION}")]
    Version {
        /// The line, from 1.
        line: usize,
        /// Its version.
        version: u32,
    },
}

/// Reads a recording: every line a [`RecordedExchange`] of this version; blank lines skipped.
///
/// ```
/// let line = r#"{"version":2,"time":"2026-12-07T00:00:00Z","latency_us":1,"request":{"method":"GET","path":"/auth/api/login/client","headers":{},"body":""},"answer":{"status":401,"headers":{},"body":"{\"message\":\"Authorization header is empty\",\"statusCode\":401}"}}"#;
/// let exchanges = clientreg_mock::check::read_recording(line).unwrap();
/// assert_eq!(exchanges[0].answer.status, 401);
/// assert!(clientreg_mock::check::read_recording("{}").is_err());
/// ```
pub fn read_recording(text: &str) -> Result<Vec<RecordedExchange>, RecordingError> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let line_number = i + 1;
            let exchange: RecordedExchange =
                serde_json::from_str(line).map_err(|source| RecordingError::NotAnExchange {
                    line: line_number,
                    source,
                })?;
            if exchange.version != RECORDING_VERSION {
                return Err(RecordingError::Version {
                    line: line_number,
                    version: exchange.version,
                });
            }
            Ok(exchange)
        })
        .collect()
}

/// Writes the Pact V4 file of `consumer`'s recorded exchanges with `provider` (or with each
/// service the recording holds exchanges with) to `out/CONSUMER-PROVIDER.json`, merged into what
/// the file holds, as [`crate::Mock::write_pacts`] writes a test run's: the same interactions,
/// provider states, rules and generators, from what the real service answered (secrets are
/// already redacted in a recording). Returns the files written. `clientreg-mock pact` runs it.
///
/// ```no_run
/// use clientreg_mock::{Service, check};
///
/// let text = std::fs::read_to_string("recording.jsonl")?;
/// let recording = check::read_recording(&text)?;
/// check::pacts_from_recording(&recording, "tenant-service", Some(Service::Gropius), "pacts".as_ref())?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn pacts_from_recording(
    recording: &[RecordedExchange],
    consumer: &str,
    provider: Option<Service>,
    out: &std::path::Path,
) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut written = Vec::new();
    for service in Service::ALL {
        if provider.is_some_and(|p| p != service) {
            continue;
        }
        let exchanges: Vec<crate::journal::Exchange> = recording
            .iter()
            .filter(|recorded| Service::of(&recorded.request.path) == Some(service))
            // A recorded method is one hyper read, so always a valid token.
            .filter_map(|recorded| {
                let method = http::Method::from_bytes(recorded.request.method.as_bytes()).ok()?;
                Some((method, recorded))
            })
            .map(|(method, recorded)| crate::journal::Exchange {
                method,
                path: recorded.request.path.clone(),
                status: Some(recorded.answer.status),
                headers: recorded
                    .request
                    .headers
                    .iter()
                    .map(|(name, value)| (name.clone(), value.clone()))
                    .collect(),
                body: Some(recorded.request.body().into_boxed_slice()),
                answer: Some(bytes::Bytes::from(recorded.answer.body.clone())),
                fault_id: None,
                divergence: None,
                violated: false,
            })
            .collect();
        written.extend(crate::pact::write_exchanges(
            out, consumer, service, &exchanges,
        )?);
    }
    Ok(written)
}
