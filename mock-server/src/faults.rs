//! Fault injection: for the next `times` requests that match a method and path, answer with a
//! given status and body, wait before answering, or close the connection without answering.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use http::{HeaderMap, Method, StatusCode};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::FaultError;
use crate::http::MockResponse;
use crate::shared::ADMIN_PREFIX;

/// The most uses a fault may be given (the contract's `int32` range).
const MAX_TIMES: u32 = i32::MAX as u32;
/// The longest delay a fault may add: one minute.
const MAX_DELAY_MS: u64 = 60_000;
/// Headers that frame the answer or the connection (`Content-Length` and RFC 9110 §7.6.1's
/// connection-specific fields): the server sets them, and a fault that set them would leave
/// the client waiting for bytes that never come, or reading the next answer as this one's.
const FRAMING_HEADERS: [&str; 7] = [
    "content-length",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "proxy-connection",
    "te",
    "upgrade",
];

/// A fault to inject (the body of `POST /__mock/faults`).
///
/// ```
/// use clientreg_mock::FaultSpec;
///
/// // The next two creates answer 503 with an HTML page, after 100 ms.
/// let fault = FaultSpec::new("POST", "/internal/oauth/clients")
///     .status(503)
///     .header("content-type", "text/html")
///     .body("<html>maintenance</html>")
///     .delay_ms(100)
///     .times(2);
/// assert!(fault.validate().is_ok());
/// assert!(FaultSpec::new("POST", "no-slash").status(503).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FaultSpec {
    /// The method to match (case-insensitive).
    pub method: String,
    /// The exact path to match (not under `/__mock/`).
    pub path: String,
    /// Answer with this status instead of the contract's answer.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "u16"))]
    pub status: Option<u16>,
    /// The body to answer with `status`: a string is sent as is (`text/plain` unless `headers`
    /// says otherwise), any other JSON value, `null` included, as JSON.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "serde_json::Value"))]
    pub body: Option<serde_json::Value>,
    /// Headers to answer with `status`, in order (a name may repeat).
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<FaultHeader>"))]
    pub headers: Option<Vec<FaultHeader>>,
    /// Wait this long before answering (or dropping), in milliseconds, at most 60000.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "u64"))]
    pub delay_ms: Option<u64>,
    /// Close the connection without answering.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drop_connection: bool,
    /// How many matching requests the fault applies to (default: until cleared).
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "u32"))]
    pub times: Option<u32>,
}

/// One header a fault answers with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FaultHeader {
    /// The header's name: an RFC 9110 token, not one of the framing headers.
    pub name: String,
    /// The header's value: no control character but tab.
    pub value: String,
}

/// The answer to `POST /__mock/faults`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub(crate) struct FaultCreated {
    /// The fault's id, for `DELETE /__mock/faults/{id}`.
    pub id: String,
}

/// An active fault, as `GET /__mock/faults` lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Fault {
    /// The fault's id.
    pub id: String,
    /// What it matches and does.
    #[serde(flatten)]
    pub spec: FaultSpec,
    /// How many more requests it applies to (absent: until cleared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "u32"))]
    pub remaining: Option<u32>,
}

/// What a fault does to one request.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FaultEffect {
    /// The fault that applied.
    pub(crate) fault_id: String,
    /// Wait this long first.
    pub(crate) delay: Option<Duration>,
    /// Then answer with this, or close the connection (`None`: answer as the contract says).
    pub(crate) answer: Option<FaultAnswer>,
}

/// How a faulted request ends when the fault does more than delay it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum FaultAnswer {
    /// Answer with this instead of the contract's answer.
    Respond(MockResponse),
    /// Close the connection without answering.
    DropConnection,
}

impl FaultSpec {
    /// A fault on `method` and `path` that does nothing yet: give it a [`status`](Self::status),
    /// a [`delay_ms`](Self::delay_ms) or [`drop_connection`](Self::drop_connection).
    pub fn new(method: impl Into<String>, path: impl Into<String>) -> Self {
        Self {
            method: method.into(),
            path: path.into(),
            status: None,
            body: None,
            headers: None,
            delay_ms: None,
            drop_connection: false,
            times: None,
        }
    }

    /// Answer with this status.
    pub fn status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Answer with this body: a string as is (`text/plain` unless a `content-type` header says
    /// otherwise), any other JSON value as JSON.
    pub fn body(mut self, body: impl Into<serde_json::Value>) -> Self {
        self.body = Some(body.into());
        self
    }

    /// Answer with this header too (after those already given; a name may repeat).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.get_or_insert_with(Vec::new).push(FaultHeader {
            name: name.into(),
            value: value.into(),
        });
        self
    }

    /// Wait this long before answering (or dropping).
    pub fn delay_ms(mut self, milliseconds: u64) -> Self {
        self.delay_ms = Some(milliseconds);
        self
    }

    /// Close the connection without answering.
    pub fn drop_connection(mut self) -> Self {
        self.drop_connection = true;
        self
    }

    /// Apply to the next `times` matching requests only (default: until cleared).
    pub fn times(mut self, times: u32) -> Self {
        self.times = Some(times);
        self
    }

    /// Checks the spec; the error says what is wrong.
    pub fn validate(&self) -> Result<(), FaultError> {
        if Method::from_bytes(self.method.as_bytes()).is_err() || self.method.is_empty() {
            return Err(FaultError::Method(self.method.clone()));
        }
        if !self.path.starts_with('/') {
            return Err(FaultError::PathNotAbsolute(self.path.clone()));
        }
        if self.path.starts_with(ADMIN_PREFIX) {
            return Err(FaultError::AdminPath(self.path.clone()));
        }
        if let Some(status) = self.status
            && !(200..=599).contains(&status)
        {
            return Err(FaultError::Status(status));
        }
        if let Some(status @ (204 | 304)) = self.status
            && self.body.is_some()
        {
            return Err(FaultError::BodyNotAllowed(status));
        }
        if let Some(times) = self.times
            && !(1..=MAX_TIMES).contains(&times)
        {
            return Err(FaultError::Times { max: MAX_TIMES });
        }
        if self.delay_ms.is_some_and(|ms| ms > MAX_DELAY_MS) {
            return Err(FaultError::Delay { max: MAX_DELAY_MS });
        }
        if self.status.is_none() && self.delay_ms.is_none() && !self.drop_connection {
            return Err(FaultError::NoEffect);
        }
        if self.drop_connection && self.status.is_some() {
            return Err(FaultError::DropWithStatus);
        }
        if (self.body.is_some() || self.headers.is_some()) && self.status.is_none() {
            return Err(FaultError::AnswerWithoutStatus);
        }
        for FaultHeader { name, value } in self.headers.iter().flatten() {
            let Ok(header) = HeaderName::from_bytes(name.as_bytes()) else {
                return Err(FaultError::Header {
                    name: name.clone(),
                    value: value.clone(),
                });
            };
            if HeaderValue::from_str(value).is_err() {
                return Err(FaultError::Header {
                    name: name.clone(),
                    value: value.clone(),
                });
            }
            if FRAMING_HEADERS.contains(&header.as_str()) {
                return Err(FaultError::FramingHeader(name.clone()));
            }
        }
        Ok(())
    }

    fn effect(&self, fault_id: &str) -> FaultEffect {
        let answer = if self.drop_connection {
            Some(FaultAnswer::DropConnection)
        } else {
            self.status
                .map(|status| FaultAnswer::Respond(self.response(status)))
        };
        FaultEffect {
            fault_id: fault_id.to_string(),
            delay: self.delay_ms.map(Duration::from_millis),
            answer,
        }
    }

    fn response(&self, status: u16) -> MockResponse {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let (body, content_type) = match &self.body {
            None => (Vec::new(), None),
            Some(serde_json::Value::String(text)) => {
                (text.clone().into_bytes(), Some("text/plain; charset=utf-8"))
            }
            Some(value) => (value.to_string().into_bytes(), Some("application/json")),
        };
        let mut headers = HeaderMap::new();
        for FaultHeader { name, value } in self.headers.iter().flatten() {
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) {
                headers.append(name, value);
            }
        }
        if let Some(content_type) = content_type
            && !headers.contains_key(CONTENT_TYPE)
        {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        }
        MockResponse {
            status,
            headers,
            body: body.into(),
            divergence: None,
        }
    }
}

/// The active faults, oldest first: the oldest matching fault applies. A request finds its
/// faults by its path and method (an index), not by scanning every fault: however many are
/// set, a request costs the same (BENCHMARKS.md, "Faults").
#[derive(Debug, Default)]
pub(crate) struct Faults {
    next_id: AtomicU64,
    // Lets every request skip the lock while no fault is set (the usual case).
    any: AtomicBool,
    active: Mutex<Active>,
}

/// The faults by their number (the order they were added in), and their numbers by path and
/// upper-case method.
#[derive(Debug, Default)]
struct Active {
    by_number: BTreeMap<u64, Fault>,
    by_target: HashMap<String, HashMap<String, BTreeSet<u64>>>,
}

impl Active {
    fn insert(&mut self, number: u64, fault: Fault) {
        self.by_target
            .entry(fault.spec.path.clone())
            .or_default()
            .entry(fault.spec.method.to_ascii_uppercase())
            .or_default()
            .insert(number);
        self.by_number.insert(number, fault);
    }

    fn remove(&mut self, number: u64) -> Option<Fault> {
        let fault = self.by_number.remove(&number)?;
        if let Some(by_method) = self.by_target.get_mut(&fault.spec.path) {
            let method = fault.spec.method.to_ascii_uppercase();
            if let Some(numbers) = by_method.get_mut(&method) {
                numbers.remove(&number);
                if numbers.is_empty() {
                    by_method.remove(&method);
                }
            }
            if by_method.is_empty() {
                self.by_target.remove(&fault.spec.path);
            }
        }
        Some(fault)
    }

    /// The number of the oldest fault on `path` for `method`.
    fn oldest(&self, method: &Method, path: &str) -> Option<u64> {
        let by_method = self.by_target.get(path)?;
        let method = method.as_str();
        let numbers = if method.bytes().any(|b| b.is_ascii_lowercase()) {
            by_method.get(&method.to_ascii_uppercase())
        } else {
            by_method.get(method)
        }?;
        numbers.first().copied()
    }
}

/// The number in a fault's id (`fault-7`).
fn number_of(id: &str) -> Option<u64> {
    id.strip_prefix("fault-")?.parse().ok()
}

impl Faults {
    /// Adds a checked fault.
    pub(crate) fn add(&self, spec: FaultSpec) -> Result<FaultCreated, FaultError> {
        spec.validate()?;
        let number = self.next_id.fetch_add(1, Ordering::Relaxed) + 1;
        let id = format!("fault-{number}");
        let mut active = self.lock();
        active.insert(
            number,
            Fault {
                id: id.clone(),
                remaining: spec.times,
                spec,
            },
        );
        self.any.store(true, Ordering::Release);
        Ok(FaultCreated { id })
    }

    /// Takes one use of the oldest fault matching the request, if any.
    pub(crate) fn take(&self, method: &Method, path: &str) -> Option<FaultEffect> {
        if !self.any.load(Ordering::Acquire) {
            return None;
        }
        let mut active = self.lock();
        let number = active.oldest(method, path)?;
        let fault = active.by_number.get_mut(&number)?;
        let effect = fault.spec.effect(&fault.id);
        if let Some(remaining) = &mut fault.remaining {
            *remaining -= 1;
            if *remaining == 0 {
                active.remove(number);
            }
        }
        self.any
            .store(!active.by_number.is_empty(), Ordering::Release);
        Some(effect)
    }

    /// The active faults, oldest first.
    pub(crate) fn list(&self) -> Vec<Fault> {
        self.lock().by_number.values().cloned().collect()
    }

    /// Removes one fault; whether it existed.
    pub(crate) fn remove(&self, id: &str) -> bool {
        let mut active = self.lock();
        let removed = number_of(id).and_then(|n| active.remove(n)).is_some();
        self.any
            .store(!active.by_number.is_empty(), Ordering::Release);
        removed
    }

    /// Removes the faults whose path satisfies `on_path` (every fault: `|_| true`).
    pub(crate) fn clear(&self, on_path: impl Fn(&str) -> bool) {
        let mut active = self.lock();
        let gone: Vec<u64> = active
            .by_number
            .iter()
            .filter(|(_, f)| on_path(&f.spec.path))
            .map(|(n, _)| *n)
            .collect();
        for number in gone {
            active.remove(number);
        }
        self.any
            .store(!active.by_number.is_empty(), Ordering::Release);
    }

    fn lock(&self) -> MutexGuard<'_, Active> {
        self.active.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(method: &str, path: &str, status: u16) -> FaultSpec {
        FaultSpec::new(method, path).status(status).times(1)
    }

    #[test]
    fn the_oldest_fault_on_the_request_s_path_and_method_applies() {
        let faults = Faults::default();
        for i in 0..10_000 {
            faults
                .add(spec("POST", &format!("/other/{i}"), 500))
                .unwrap();
        }
        let first = faults.add(spec("post", "/x", 501)).unwrap();
        faults.add(spec("GET", "/x", 502)).unwrap();
        faults.add(spec("POST", "/x", 503)).unwrap();
        let status = |effect: Option<FaultEffect>| match effect.and_then(|e| e.answer) {
            Some(FaultAnswer::Respond(response)) => Some(response.status.as_u16()),
            _ => None,
        };
        assert_eq!(status(faults.take(&Method::POST, "/x")), Some(501));
        assert_eq!(status(faults.take(&Method::POST, "/x")), Some(503));
        assert_eq!(status(faults.take(&Method::POST, "/x")), None);
        assert!(!faults.remove(&first.id), "used up, so removed");
        assert_eq!(status(faults.take(&Method::GET, "/x")), Some(502));
        assert_eq!(faults.list().len(), 10_000);
        assert_eq!(faults.list()[0].spec.path, "/other/0");
        faults.clear(|path| path.ends_with("/7"));
        assert_eq!(faults.list().len(), 9_999);
        assert!(faults.remove("fault-1"));
        assert!(!faults.remove("fault-1") && !faults.remove("not-a-fault"));
        faults.clear(|_| true);
        assert!(faults.list().is_empty());
        assert_eq!(status(faults.take(&Method::POST, "/other/5")), None);
    }
}
