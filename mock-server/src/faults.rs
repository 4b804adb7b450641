//! Fault injection: for the next `times` requests that match a method and path, answer with a
//! given status and body, wait before answering, or close the connection without answering.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use http::{HeaderMap, Method, StatusCode};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::http::MockResponse;
use crate::mock::ADMIN_PREFIX;

/// The most uses a fault may be given (the contract's `int32` range).
pub const MAX_TIMES: u32 = i32::MAX as u32;
/// The longest delay a fault may add: one minute.
pub const MAX_DELAY_MS: u64 = 60_000;

/// A fault to inject (the body of `POST /__mock/faults`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
    #[schemars(with = "u16")]
    pub status: Option<u16>,
    /// The body to answer with `status`: a string is sent as is (`text/plain` unless `headers`
    /// says otherwise), any other JSON value as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "serde_json::Value")]
    pub body: Option<serde_json::Value>,
    /// Headers to answer with `status`.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "BTreeMap<String, String>")]
    pub headers: Option<BTreeMap<String, String>>,
    /// Wait this long before answering (or dropping), in milliseconds, at most 60000.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "u64")]
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
    #[schemars(with = "u32")]
    pub times: Option<u32>,
}

/// The answer to `POST /__mock/faults`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FaultCreated {
    /// The fault's id, for `DELETE /__mock/faults/{id}`.
    pub id: String,
}

/// An active fault, as `GET /__mock/faults` lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fault {
    /// The fault's id.
    pub id: String,
    /// What it matches and does.
    #[serde(flatten)]
    pub spec: FaultSpec,
    /// How many more requests it applies to (absent: until cleared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u32")]
    pub remaining: Option<u32>,
}

/// What a fault does to one request.
#[derive(Debug, Clone, PartialEq)]
pub struct FaultAction {
    /// The fault that applied.
    pub fault_id: String,
    /// Wait this long first.
    pub delay: Option<Duration>,
    /// Then close the connection, or answer with this, or (neither) answer normally.
    pub outcome: FaultOutcome,
}

/// The end of a faulted request.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultOutcome {
    /// Answer as the contract says (the fault only delays).
    Normal,
    /// Answer with this instead.
    Respond(MockResponse),
    /// Close the connection without answering.
    DropConnection,
}

impl FaultSpec {
    /// Checks the spec; the error says what is wrong.
    pub fn validate(&self) -> Result<(), String> {
        if Method::from_bytes(self.method.as_bytes()).is_err() || self.method.is_empty() {
            return Err(format!("method {:?} is not an HTTP method", self.method));
        }
        if !self.path.starts_with('/') {
            return Err(format!("path {:?} must start with /", self.path));
        }
        if self.path.starts_with(ADMIN_PREFIX) {
            return Err(format!(
                "path {:?}: the admin API cannot be faulted",
                self.path
            ));
        }
        if let Some(status) = self.status
            && !(100..=599).contains(&status)
        {
            return Err(format!("status {status} is not between 100 and 599"));
        }
        if let Some(times) = self.times
            && !(1..=MAX_TIMES).contains(&times)
        {
            return Err(format!(
                "times must be between 1 and {MAX_TIMES} (leave it out for until cleared)"
            ));
        }
        if self.delay_ms.is_some_and(|ms| ms > MAX_DELAY_MS) {
            return Err(format!("delay_ms must be at most {MAX_DELAY_MS}"));
        }
        if self.status.is_none() && self.delay_ms.is_none() && !self.drop_connection {
            return Err("a fault needs status, delay_ms or drop_connection".to_string());
        }
        if self.drop_connection && self.status.is_some() {
            return Err("drop_connection answers nothing: leave status out".to_string());
        }
        if (self.body.is_some() || self.headers.is_some()) && self.status.is_none() {
            return Err("body and headers need a status".to_string());
        }
        for (name, value) in self.headers.iter().flatten() {
            if HeaderName::from_bytes(name.as_bytes()).is_err()
                || HeaderValue::from_str(value).is_err()
            {
                return Err(format!(
                    "header {name:?}: {value:?} is not a valid HTTP header"
                ));
            }
        }
        Ok(())
    }

    fn matches(&self, method: &Method, path: &str) -> bool {
        self.path == path && self.method.eq_ignore_ascii_case(method.as_str())
    }

    fn action(&self, fault_id: &str) -> FaultAction {
        let outcome = if self.drop_connection {
            FaultOutcome::DropConnection
        } else if let Some(status) = self.status {
            FaultOutcome::Respond(self.response(status))
        } else {
            FaultOutcome::Normal
        };
        FaultAction {
            fault_id: fault_id.to_string(),
            delay: self.delay_ms.map(Duration::from_millis),
            outcome,
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
        if let Some(content_type) = content_type {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        }
        for (name, value) in self.headers.iter().flatten() {
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) {
                headers.insert(name, value);
            }
        }
        MockResponse {
            status,
            headers,
            body: body.into(),
        }
    }
}

/// The active faults, oldest first: the oldest matching fault applies.
#[derive(Debug, Default)]
pub struct Faults {
    next_id: AtomicU64,
    // Lets every request skip the lock while no fault is set (the usual case).
    any: AtomicBool,
    active: Mutex<Vec<Fault>>,
}

impl Faults {
    /// Adds a checked fault.
    pub fn add(&self, spec: FaultSpec) -> Result<FaultCreated, String> {
        spec.validate()?;
        let id = format!("fault-{}", self.next_id.fetch_add(1, Ordering::Relaxed) + 1);
        let mut active = self.lock();
        active.push(Fault {
            id: id.clone(),
            remaining: spec.times,
            spec,
        });
        self.any.store(true, Ordering::Release);
        Ok(FaultCreated { id })
    }

    /// Takes one use of the oldest fault matching the request, if any.
    pub fn take(&self, method: &Method, path: &str) -> Option<FaultAction> {
        if !self.any.load(Ordering::Acquire) {
            return None;
        }
        let mut active = self.lock();
        let index = active.iter().position(|f| f.spec.matches(method, path))?;
        let fault = &mut active[index];
        let action = fault.spec.action(&fault.id);
        if let Some(remaining) = &mut fault.remaining {
            *remaining -= 1;
            if *remaining == 0 {
                active.remove(index);
            }
        }
        self.any.store(!active.is_empty(), Ordering::Release);
        Some(action)
    }

    /// The active faults, oldest first.
    pub fn list(&self) -> Vec<Fault> {
        self.lock().clone()
    }

    /// Removes one fault; whether it existed.
    pub fn remove(&self, id: &str) -> bool {
        let mut active = self.lock();
        let before = active.len();
        active.retain(|f| f.id != id);
        self.any.store(!active.is_empty(), Ordering::Release);
        active.len() != before
    }

    /// Removes the faults whose path satisfies `on_path` (every fault: `|_| true`).
    pub fn clear(&self, on_path: impl Fn(&str) -> bool) {
        let mut active = self.lock();
        active.retain(|f| !on_path(&f.spec.path));
        self.any.store(!active.is_empty(), Ordering::Release);
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Fault>> {
        self.active.lock().unwrap_or_else(|p| p.into_inner())
    }
}
