//! The request journal: a bounded ring buffer of what the APIs were asked and answered, so a
//! test can verify the calls its code made. Memory stays flat however long the server runs;
//! per-(service, method, path, status) counters make `total` exact since the last reset.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};

use bytes::Bytes;
use chrono::{DateTime, SecondsFormat, Utc};
use http::Method;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::config::DEFAULT_JOURNAL_CAPACITY;
use crate::http::{Body, Divergence, MockRequest};
use crate::services::Service;
use crate::shared::{CREDENTIAL_HEADERS, REDACTED, SECRET_FIELDS};

/// Request bodies are kept up to this many bytes; answers' bodies when no larger.
pub(crate) const BODY_KEPT_BYTES: usize = 4096;
/// Distinct (service, method, path, status) counters kept; past this, unknown paths are counted
/// together under [`OTHER_PATH`] so that a fuzzer cannot grow memory without bound.
const MAX_COUNTERS: usize = 4096;
/// The path unknown routes are counted under once [`MAX_COUNTERS`] is reached.
const OTHER_PATH: &str = "<other>";

/// The admin contract's `ServiceName`: which API a request was for, as the wire spells it
/// (`unknown`: no service's path). In Rust it is an `Option<Service>`; this is its schema.
#[cfg(feature = "schema")]
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
pub(crate) enum ServiceName {
    Autional,
    Gropius,
    Unknown,
}

/// `Option<Service>` as the admin API spells it: the service's name, or `unknown` for none.
pub(crate) mod service_or_unknown {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::services::Service;

    const UNKNOWN: &str = "unknown";

    /// The name of `service`, or `unknown`.
    pub(crate) fn name(service: Option<Service>) -> &'static str {
        service.map_or(UNKNOWN, Service::name)
    }

    /// The service `text` names (`Ok(None)` for `unknown`), or why not.
    pub(crate) fn parse(text: &str) -> Result<Option<Service>, String> {
        match text {
            UNKNOWN => Ok(None),
            _ => text.parse().map(Some).map_err(|_| {
                format!("unknown service {text:?}: expected autional, gropius or unknown")
            }),
        }
    }

    pub(crate) fn serialize<S: Serializer>(
        service: &Option<Service>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(name(*service))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Service>, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        parse(&text).map_err(serde::de::Error::custom)
    }
}

/// One request and its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct JournalEntry {
    /// When the answer was made (RFC 3339 UTC, by the mock's clock).
    #[cfg_attr(feature = "schema", schemars(extend("format" = "date-time")))]
    pub time: String,
    /// Which API (`None`: a path of no service's, such as an unknown route).
    #[serde(with = "service_or_unknown")]
    #[cfg_attr(feature = "schema", schemars(with = "ServiceName"))]
    pub service: Option<Service>,
    /// The HTTP method.
    pub method: String,
    /// The path, without the query string.
    pub path: String,
    /// The status answered; absent when an injected fault dropped the connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "u16"))]
    pub status: Option<u16>,
    /// The request headers (lower-case names; several values joined with `, `), credentials
    /// shown as `<redacted>`.
    pub headers: BTreeMap<String, String>,
    /// The request body as text (invalid UTF-8 replaced), cut at 4096 bytes.
    pub body: String,
    /// Whether `body` was cut (or the body was over the server's limit and not read).
    pub body_truncated: bool,
    /// Why the body was not read whole, when it was not: over the limit, or broken framing
    /// (a bad chunk size, a body shorter than its `Content-Length`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub body_error: Option<String>,
    /// Time from receiving the request to answering, in microseconds (injected delays included).
    pub latency_us: u64,
    /// The injected fault that answered, if one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub fault_id: Option<String>,
    /// What the real service would have answered instead, when it is known to answer this
    /// request otherwise (the `contract` profile only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Divergence"))]
    pub divergence: Option<Divergence>,
    /// What broke the contract in this exchange, a sentence each naming the field or the
    /// status (the proxy only: `clientreg-mock proxy` checks what passes through).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub violations: Vec<String>,
}

/// Which entries to read. Every filter is optional.
///
/// ```
/// use bytes::Bytes;
/// use http::{HeaderMap, Method};
/// use clientreg_mock::adapter::MockRequest;
/// use clientreg_mock::config::MockConfig;
/// use clientreg_mock::{JournalQuery, Mock, Service};
///
/// let mock = Mock::new(&MockConfig::default()).unwrap();
/// let create = MockRequest::new(Method::POST, "/internal/oauth/clients", HeaderMap::new(), Bytes::new());
/// mock.serve(&create); // no API key: 401
/// let refused = mock.journal(&JournalQuery {
///     service: Some(Some(Service::Autional)),
///     status: Some(401),
///     ..JournalQuery::default()
/// });
/// assert_eq!(refused.total, 1);
/// assert_eq!(refused.entries[0].method, "POST");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalQuery {
    /// Only requests to this service (`Some(None)`: to a path of no service's).
    pub service: Option<Option<Service>>,
    /// Only this method (case-insensitive).
    pub method: Option<String>,
    /// Only this exact path.
    pub path: Option<String>,
    /// Only this status.
    pub status: Option<u16>,
    /// Only exchanges with violations (`true`) or without (`false`).
    pub violations: Option<bool>,
    /// At most this many entries, newest first (default: every kept entry that matches).
    pub limit: Option<usize>,
}

/// How often one kind of violation was found in one operation's exchanges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ViolationCount {
    /// The service (`None`: a path of no service's).
    #[serde(with = "service_or_unknown")]
    #[cfg_attr(feature = "schema", schemars(with = "ServiceName"))]
    pub service: Option<Service>,
    /// The operation's `operationId` (`unknown` for a request to no operation).
    pub operation: String,
    /// What broke: `unknown-operation`, `request` (a header, the body), `answer` (an
    /// undeclared status, the body's schema), `answer-convention` (business code, message or
    /// `statusCode`), `upstream` (it did not answer).
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["unknown-operation", "request", "answer", "answer-convention", "upstream"])))]
    pub kind: String,
    /// In how many exchanges since the last reset.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub count: u64,
}

/// `GET /__mock/violations`: what the proxy found since the last reset, per operation and kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ViolationSummary {
    /// Exchanges with at least one violation.
    pub exchanges_with_violations: u64,
    /// Per operation and kind, most first.
    pub counts: Vec<ViolationCount>,
}

/// One thing an exchange broke of the contract (the proxy's checks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Violation {
    /// The operation's id, or `unknown`.
    pub(crate) operation: String,
    /// Its kind, one of those [`ViolationCount::kind`] names.
    pub(crate) kind: &'static str,
    /// A sentence naming the field or the status.
    pub(crate) message: String,
}

/// What a journal read returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct JournalPage {
    /// How many requests matched since the last reset, kept or not.
    pub total: u64,
    /// The matching entries still kept, newest first.
    pub entries: Vec<JournalEntry>,
}

/// A request as the journal keeps it: compact (three allocations), credentials already
/// redacted, turned into a [`JournalEntry`] only when read.
#[derive(Debug)]
struct Recorded {
    time: DateTime<Utc>,
    service: Option<Service>,
    method: Method,
    path: String,
    status: Option<u16>,
    /// `name\0value\n` for each header (neither byte can occur in a header).
    headers: String,
    body: Box<[u8]>,
    body_truncated: bool,
    body_error: Option<Box<str>>,
    latency_us: u64,
    fault_id: Option<String>,
    divergence: Option<Box<Divergence>>,
    violations: Box<[String]>,
    /// The answer's body when it was at most [`BODY_KEPT_BYTES`] (the answer's own buffer: no
    /// copy), for the Pact export.
    answer: Option<Bytes>,
}

/// `answer` as the journal may keep it: with every string value of a [`SECRET_FIELDS`] field
/// replaced by [`REDACTED`] (a copy, made only when the answer holds one: a created client's or
/// secret's answer), so that no minted secret is kept, shown or exported.
pub(crate) fn kept_answer(answer: &Bytes) -> Bytes {
    let mut redacted: Option<Vec<u8>> = None;
    for field in SECRET_FIELDS {
        let mut from = 0;
        loop {
            let text = redacted.as_deref().unwrap_or(answer);
            let Some(found) = memchr::memmem::find(&text[from..], field.as_bytes()) else {
                break;
            };
            let at = from + found;
            let after_name = at + field.len();
            // A member name: the field's bytes between quotes (no allocation for the marker).
            let quoted = at > 0 && text[at - 1] == b'"' && text.get(after_name) == Some(&b'"');
            let Some((start, end)) = quoted
                .then(|| string_value_after(text, after_name + 1))
                .flatten()
            else {
                from = after_name;
                continue;
            };
            let mut copy = Vec::with_capacity(text.len());
            copy.extend_from_slice(&text[..start]);
            copy.extend_from_slice(REDACTED.as_bytes());
            copy.extend_from_slice(&text[end..]);
            from = start + REDACTED.len();
            redacted = Some(copy);
        }
    }
    redacted.map_or_else(|| answer.clone(), Bytes::from)
}

/// Where the string value that follows a member name at `at` (`: "…"`, whitespace allowed)
/// starts and ends, without its quotes; `None` when no string value follows.
fn string_value_after(text: &[u8], at: usize) -> Option<(usize, usize)> {
    let skip = |mut i: usize| {
        while text.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        i
    };
    let colon = skip(at);
    if text.get(colon) != Some(&b':') {
        return None;
    }
    let quote = skip(colon + 1);
    if text.get(quote) != Some(&b'"') {
        return None;
    }
    let mut i = quote + 1;
    while let Some(&byte) = text.get(i) {
        match byte {
            b'\\' => i += 2,
            b'"' => return Some((quote + 1, i)),
            _ => i += 1,
        }
    }
    None
}

/// One exchange as the Pact export reads it (`crate::pact`): the request as journaled
/// (credentials redacted), the body kept whole or not at all, and the answer's body.
#[derive(Debug, Clone)]
pub(crate) struct Exchange {
    /// The HTTP method.
    pub(crate) method: Method,
    /// The path, without the query.
    pub(crate) path: String,
    /// The status, `None` for a dropped connection.
    pub(crate) status: Option<u16>,
    /// The request headers, lower-case names, credentials as `<redacted>`.
    pub(crate) headers: Vec<(String, String)>,
    /// The request body, `None` when it was not kept whole.
    pub(crate) body: Option<Box<[u8]>>,
    /// The answer's body, `None` when it was not kept.
    pub(crate) answer: Option<Bytes>,
    /// The fault that answered, if one did.
    pub(crate) fault_id: Option<String>,
    /// The quirk the real service would have answered otherwise by, if any.
    pub(crate) divergence: Option<String>,
    /// Whether the exchange broke the contract (the proxy only).
    pub(crate) violated: bool,
}

impl Recorded {
    fn new(request: &MockRequest, service: Option<Service>, outcome: &Answered) -> Self {
        let (body, body_truncated, body_error) = match &request.body {
            Body::TooLarge => (
                Box::default(),
                true,
                Some("larger than the body limit; not read".into()),
            ),
            Body::Unreadable(reason) => (
                Box::default(),
                true,
                Some(format!("could not be read: {reason}").into()),
            ),
            Body::Complete(bytes) => (
                Box::from(&bytes[..bytes.len().min(BODY_KEPT_BYTES)]),
                bytes.len() > BODY_KEPT_BYTES,
                None,
            ),
        };
        let size = request
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len().max(REDACTED.len()) + 2)
            .sum();
        let mut headers = String::with_capacity(size);
        for (name, value) in &request.headers {
            headers.push_str(name.as_str());
            headers.push('\0');
            if CREDENTIAL_HEADERS.contains(&name.as_str()) {
                headers.push_str(REDACTED);
            } else {
                headers.push_str(&String::from_utf8_lossy(value.as_bytes()));
            }
            headers.push('\n');
        }
        Self {
            time: outcome.time,
            service,
            method: request.method.clone(),
            path: request.path.clone(),
            status: outcome.status,
            headers,
            body,
            body_truncated,
            body_error,
            latency_us: outcome.latency_us,
            fault_id: outcome.fault_id.clone(),
            divergence: outcome.divergence.clone(),
            violations: outcome
                .violations
                .iter()
                .map(|v| v.message.clone())
                .collect(),
            answer: outcome.answer.clone(),
        }
    }

    fn exchange(&self) -> Exchange {
        Exchange {
            method: self.method.clone(),
            path: self.path.clone(),
            status: self.status,
            headers: self
                .headers
                .split_terminator('\n')
                .map(|line| {
                    let (name, value) = line.split_once('\0').unwrap_or((line, ""));
                    (name.to_string(), value.to_string())
                })
                .collect(),
            body: (!self.body_truncated).then(|| self.body.clone()),
            answer: self.answer.clone(),
            fault_id: self.fault_id.clone(),
            divergence: self.divergence.as_ref().map(|d| d.quirk.clone()),
            violated: !self.violations.is_empty(),
        }
    }

    fn matches(&self, query: &JournalQuery) -> bool {
        query.service.is_none_or(|s| s == self.service)
            && query
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(self.method.as_str()))
            && query.path.as_deref().is_none_or(|p| p == self.path)
            && query.status.is_none_or(|s| Some(s) == self.status)
            && query
                .violations
                .is_none_or(|with| with != self.violations.is_empty())
    }

    fn entry(&self) -> JournalEntry {
        let mut headers: BTreeMap<String, String> = BTreeMap::new();
        for line in self.headers.split_terminator('\n') {
            let (name, value) = line.split_once('\0').unwrap_or((line, ""));
            headers
                .entry(name.to_string())
                .and_modify(|joined| {
                    joined.push_str(", ");
                    joined.push_str(value);
                })
                .or_insert_with(|| value.to_string());
        }
        JournalEntry {
            time: self.time.to_rfc3339_opts(SecondsFormat::Secs, true),
            service: self.service,
            method: self.method.to_string(),
            path: self.path.clone(),
            status: self.status,
            headers,
            body: String::from_utf8_lossy(&self.body).into_owned(),
            body_truncated: self.body_truncated,
            body_error: self.body_error.as_deref().map(str::to_string),
            latency_us: self.latency_us,
            fault_id: self.fault_id.clone(),
            divergence: self.divergence.as_deref().cloned(),
            violations: self.violations.to_vec(),
        }
    }
}

/// What the server did with a request, as the journal records it.
#[derive(Debug, Clone)]
pub(crate) struct Answered {
    /// When it answered.
    pub(crate) time: DateTime<Utc>,
    /// The status, or `None` when the connection was dropped.
    pub(crate) status: Option<u16>,
    /// Microseconds from request to answer.
    pub(crate) latency_us: u64,
    /// The injected fault that answered, if any.
    pub(crate) fault_id: Option<String>,
    /// What the real service would have answered instead, if known to differ.
    pub(crate) divergence: Option<Box<Divergence>>,
    /// What broke the contract (the proxy's checks; empty for the mock's own answers).
    pub(crate) violations: Vec<Violation>,
    /// The answer's body, when it is at most [`BODY_KEPT_BYTES`].
    pub(crate) answer: Option<Bytes>,
}

/// Requests counted by (service, method, status, whether it broke the contract), per path: a
/// lookup by `&str` allocates only for a new path.
type Counters = HashMap<String, HashMap<(Option<Service>, Method, Option<u16>, bool), u64>>;

#[derive(Debug, Default)]
struct JournalState {
    entries: VecDeque<Recorded>,
    counters: Counters,
    counted_paths: usize,
    /// Violations by (service, operation, kind); operations are the contract's, so bounded.
    violations: HashMap<(Option<Service>, String, &'static str), u64>,
    exchanges_with_violations: HashMap<Option<Service>, u64>,
}

/// The journal. Its lock is held only to push one entry or copy a page.
#[derive(Debug)]
pub(crate) struct Journal {
    capacity: usize,
    state: Mutex<JournalState>,
}

impl Journal {
    /// A journal keeping the newest `capacity` entries (0 keeps none but still counts).
    pub(crate) fn new(capacity: usize) -> Self {
        Self {
            capacity,
            state: Mutex::new(JournalState {
                entries: VecDeque::with_capacity(capacity.min(DEFAULT_JOURNAL_CAPACITY)),
                ..JournalState::default()
            }),
        }
    }

    /// Records one request, dropping the oldest entry when full.
    /// Records `request` to `service` (as its router found it: the path is parsed once) and
    /// what it was answered.
    pub(crate) fn record(
        &self,
        request: &MockRequest,
        service: Option<Service>,
        answered: &Answered,
    ) {
        // Built before taking the lock: the lock only guards the push.
        let recorded = (self.capacity > 0).then(|| Recorded::new(request, service, answered));
        let mut state = self.lock();
        let key = (
            service,
            request.method.clone(),
            answered.status,
            !answered.violations.is_empty(),
        );
        let state = &mut *state;
        match state.counters.get_mut(request.path.as_str()) {
            Some(by_key) => *by_key.entry(key).or_default() += 1,
            None => {
                let path = if state.counted_paths < MAX_COUNTERS {
                    state.counted_paths += 1;
                    request.path.clone()
                } else {
                    OTHER_PATH.to_string()
                };
                *state
                    .counters
                    .entry(path)
                    .or_default()
                    .entry(key)
                    .or_default() += 1;
            }
        }
        if !answered.violations.is_empty() {
            *state.exchanges_with_violations.entry(service).or_default() += 1;
            let mut kinds: Vec<(&str, &'static str)> = answered
                .violations
                .iter()
                .map(|v| (v.operation.as_str(), v.kind))
                .collect();
            kinds.dedup();
            for (operation, kind) in kinds {
                *state
                    .violations
                    .entry((service, operation.to_string(), kind))
                    .or_default() += 1;
            }
        }
        if let Some(recorded) = recorded {
            if state.entries.len() == self.capacity {
                state.entries.pop_front();
            }
            state.entries.push_back(recorded);
        }
    }

    /// The entries matching `query`, newest first, and how many requests matched in all.
    pub(crate) fn read(&self, query: &JournalQuery) -> JournalPage {
        let state = self.lock();
        let total = state
            .counters
            .iter()
            .filter(|(path, _)| query.path.as_deref().is_none_or(|p| p == path.as_str()))
            .flat_map(|(_, by_key)| by_key.iter())
            .filter(|((service, method, status, violated), _)| {
                query.service.is_none_or(|s| s == *service)
                    && query
                        .method
                        .as_deref()
                        .is_none_or(|m| m.eq_ignore_ascii_case(method.as_str()))
                    && query.status.is_none_or(|s| Some(s) == *status)
                    && query.violations.is_none_or(|v| v == *violated)
            })
            .map(|(_, count)| count)
            .sum();
        let entries = state
            .entries
            .iter()
            .rev()
            .filter(|recorded| recorded.matches(query))
            .take(query.limit.unwrap_or(usize::MAX))
            .map(Recorded::entry)
            .collect();
        JournalPage { total, entries }
    }

    /// The kept exchanges with `service`, oldest first.
    pub(crate) fn exchanges(&self, service: Service) -> Vec<Exchange> {
        let state = self.lock();
        state
            .entries
            .iter()
            .filter(|recorded| recorded.service == Some(service))
            .map(Recorded::exchange)
            .collect()
    }

    /// The violations found since the last reset, per operation and kind, most first.
    pub(crate) fn violations(&self) -> ViolationSummary {
        let state = self.lock();
        let mut counts: Vec<ViolationCount> = state
            .violations
            .iter()
            .map(|((service, operation, kind), count)| ViolationCount {
                service: *service,
                operation: operation.clone(),
                kind: kind.to_string(),
                count: *count,
            })
            .collect();
        counts.sort_by(|a, b| {
            (b.count, &a.operation, &a.kind).cmp(&(a.count, &b.operation, &b.kind))
        });
        ViolationSummary {
            exchanges_with_violations: state.exchanges_with_violations.values().sum(),
            counts,
        }
    }

    /// Forgets the entries and counts of `service`, or of every service.
    pub(crate) fn reset(&self, service: Option<Service>) {
        let mut state = self.lock();
        match service {
            None => *state = JournalState::default(),
            Some(service) => {
                let service = Some(service);
                state.entries.retain(|e| e.service != service);
                for by_key in state.counters.values_mut() {
                    by_key.retain(|(s, _, _, _), _| *s != service);
                }
                state.violations.retain(|(s, _, _), _| *s != service);
                state.exchanges_with_violations.remove(&service);
            }
        }
    }

    fn lock(&self) -> MutexGuard<'_, JournalState> {
        // Every change under the lock is one step (push, pop, clear), so a poisoned lock still
        // guards consistent data.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_answer_holds_no_secret_value() {
        for (answer, kept) in [
            (
                r#"{"code":0,"data":{"client_secret":"secret_ab","name":"x"}}"#,
                r#"{"code":0,"data":{"client_secret":"<redacted>","name":"x"}}"#,
            ),
            (
                r#"{"secretText" : "a\"b","secretText":"c","censored":"a****"}"#,
                r#"{"secretText" : "<redacted>","secretText":"<redacted>","censored":"a****"}"#,
            ),
            // The name inside a value is no member name.
            (
                r#"{"name":"client_secret","note":"secretText: x"}"#,
                r#"{"name":"client_secret","note":"secretText: x"}"#,
            ),
            // Not a string value, or no value: left as it is.
            (r#"{"client_secret":null}"#, r#"{"client_secret":null}"#),
            (r#"["client_secret"]"#, r#"["client_secret"]"#),
            (
                r#"{"client_secret":"unterminated"#,
                r#"{"client_secret":"unterminated"#,
            ),
        ] {
            let kept_now = kept_answer(&Bytes::from(answer));
            assert_eq!(std::str::from_utf8(&kept_now).unwrap(), kept, "{answer}");
        }
    }
}
