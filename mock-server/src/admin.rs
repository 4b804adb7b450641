//! The admin API under `/__mock/` (described in `openapi/mock-admin.yaml`): health, reset,
//! stored clients, the journal and fault injection. Bad input gets a `400` with a message.

use http::StatusCode;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::config::DroppedLogLines;
use crate::faults::FaultSpec;
use crate::http::{Body, MockRequest, MockResponse};
use crate::journal::{JournalQuery, ServiceName};
use crate::state::{MockState, ResetScope};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResetQuery {
    service: Option<ResetScope>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantQuery {
    tenant: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoQuery {}

/// `{"status": "ok"}`, with the count of dropped log lines when the log is the server's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Health {
    /// Always `ok`.
    pub status: HealthStatus,
    /// Log lines dropped so far because the log writer fell behind (the `mock-server` binary
    /// drops lines rather than slow requests down); absent for an embedded mock, whose log is its
    /// host's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "u64"))]
    pub dropped_log_lines: Option<u64>,
}

/// The one health status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    /// The server is up.
    Ok,
}

/// The body of every answer the mock gives outside the two APIs' own error shapes (unknown
/// route, wrong method, bad input to the admin API): the admin contract's `MockError`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ErrorMessage {
    /// What went wrong.
    pub message: String,
}

impl ErrorMessage {
    /// An answer with this status and message.
    pub(crate) fn response(status: StatusCode, message: impl Into<String>) -> MockResponse {
        MockResponse::json(
            status,
            &ErrorMessage {
                message: message.into(),
            },
        )
    }
}

/// Why an admin call was refused: its status and message (answered as an [`ErrorMessage`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AdminError(StatusCode, String);

impl AdminError {
    fn bad_request(message: impl Into<String>) -> Self {
        Self(StatusCode::BAD_REQUEST, message.into())
    }

    pub(crate) fn into_response(self) -> MockResponse {
        ErrorMessage::response(self.0, self.1)
    }
}

type AdminResult = Result<MockResponse, AdminError>;

fn query<T: DeserializeOwned>(request: &MockRequest) -> Result<T, AdminError> {
    serde_urlencoded::from_str(request.query.as_deref().unwrap_or(""))
        .map_err(|e| AdminError::bad_request(format!("query: {e}")))
}

fn no_query(request: &MockRequest) -> Result<(), AdminError> {
    query::<NoQuery>(request).map(|_| ())
}

/// `GET /__mock/stats`.
pub(crate) fn stats(state: &MockState, request: &MockRequest) -> AdminResult {
    no_query(request)?;
    Ok(MockResponse::json(StatusCode::OK, &state.stats()))
}

/// `GET /__mock/violations`.
pub(crate) fn violations(state: &MockState, request: &MockRequest) -> AdminResult {
    no_query(request)?;
    Ok(MockResponse::json(
        StatusCode::OK,
        &state.journal.violations(),
    ))
}

/// `GET /__mock/health` (a query string is ignored: probes add their own).
pub(crate) fn health(state: &MockState) -> AdminResult {
    Ok(MockResponse::json(
        StatusCode::OK,
        &Health {
            status: HealthStatus::Ok,
            dropped_log_lines: state.dropped_log_lines.as_ref().map(DroppedLogLines::get),
        },
    ))
}

/// `POST /__mock/reset[?service=autional|gropius]`.
pub(crate) fn reset(state: &MockState, request: &MockRequest) -> AdminResult {
    let ResetQuery { service } = query(request)?;
    state.reset(service);
    Ok(MockResponse::empty(StatusCode::NO_CONTENT))
}

/// `GET /__mock/autional/clients?tenant=<id>`.
pub(crate) fn autional_clients(state: &MockState, request: &MockRequest) -> AdminResult {
    let TenantQuery { tenant } = query(request)?;
    Ok(MockResponse::json(
        StatusCode::OK,
        &state.autional.clients(&tenant),
    ))
}

/// `GET /__mock/gropius/clients`.
pub(crate) fn gropius_clients(state: &MockState, request: &MockRequest) -> AdminResult {
    no_query(request)?;
    Ok(MockResponse::json(StatusCode::OK, &state.gropius.clients()))
}

/// `POST /__mock/gropius/users` with `{"id": "<user id>"}`: the user becomes known to
/// `clientCredentialFlowUser` until the next reset.
pub(crate) fn add_gropius_user(state: &MockState, request: &MockRequest) -> AdminResult {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct KnownUser {
        id: String,
    }
    no_query(request)?;
    let bad = AdminError::bad_request;
    let Body::Complete(bytes) = &request.body else {
        return Err(bad("the body could not be read whole".to_string()));
    };
    let user: KnownUser = serde_json::from_slice(bytes)
        .map_err(|e| bad(format!("the body must be {{\"id\": \"<user id>\"}}: {e}")))?;
    if user.id.is_empty() || user.id.chars().any(char::is_control) {
        return Err(bad(
            "id must be a non-empty string without control characters".to_string(),
        ));
    }
    state.gropius.add_user(user.id);
    Ok(MockResponse::empty(StatusCode::NO_CONTENT))
}

/// `GET /__mock/journal?service=&method=&path=&status=&violations=&limit=`.
pub(crate) fn journal(state: &MockState, request: &MockRequest) -> AdminResult {
    let filter: JournalFilter = query(request)?;
    let query = JournalQuery {
        service: filter.service,
        method: filter.method,
        path: filter.path,
        status: filter
            .status
            .map(|text| bounded("status", &text, 0, u16::MAX.into()))
            .transpose()?
            .map(|status| status as u16),
        violations: filter
            .violations
            .map(|text| match text.as_str() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(AdminError::bad_request(format!(
                    "query: violations must be true or false, not {text:?}"
                ))),
            })
            .transpose()?,
        limit: filter
            .limit
            .map(|text| bounded("limit", &text, 0, MAX_LIMIT))
            .transpose()?,
    };
    Ok(MockResponse::json(
        StatusCode::OK,
        &state.journal.read(&query),
    ))
}

/// The largest `limit` a journal read takes (the contract's `int32` range).
const MAX_LIMIT: usize = i32::MAX as usize;

/// A whole number in `min..=max`, or a `400` naming the parameter and its range.
fn bounded(parameter: &str, text: &str, min: usize, max: usize) -> Result<usize, AdminError> {
    text.parse::<usize>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            AdminError::bad_request(format!(
                "query: {parameter} must be a whole number from {min} to {max}, not {text:?}"
            ))
        })
}

/// The journal query as it comes in a query string (`deny_unknown_fields` catches typos);
/// numbers are read by [`bounded`], so that a bad one is named with its range.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JournalFilter {
    service: Option<ServiceName>,
    method: Option<String>,
    path: Option<String>,
    status: Option<String>,
    violations: Option<String>,
    limit: Option<String>,
}

/// `POST /__mock/faults`.
pub(crate) fn add_fault(state: &MockState, request: &MockRequest) -> AdminResult {
    no_query(request)?;
    let bad = AdminError::bad_request;
    let bytes = match &request.body {
        Body::Complete(bytes) => bytes,
        Body::TooLarge => return Err(bad("the fault is larger than the body limit".to_string())),
        Body::Unreadable(reason) => {
            return Err(bad(format!("the body could not be read: {reason}")));
        }
    };
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| bad(format!("body is not JSON: {e}")))?;
    let spec: FaultSpec = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let message = e.into_inner().to_string();
        if path == "." {
            bad(message)
        } else {
            bad(format!("{path}: {message}"))
        }
    })?;
    let created = state.faults.add(spec).map_err(|e| bad(e.to_string()))?;
    Ok(MockResponse::json(StatusCode::CREATED, &created))
}

/// `GET /__mock/faults`.
pub(crate) fn list_faults(state: &MockState, request: &MockRequest) -> AdminResult {
    no_query(request)?;
    Ok(MockResponse::json(StatusCode::OK, &state.faults.list()))
}

/// `DELETE /__mock/faults`.
pub(crate) fn clear_faults(state: &MockState, request: &MockRequest) -> AdminResult {
    no_query(request)?;
    state.faults.clear(|_| true);
    Ok(MockResponse::empty(StatusCode::NO_CONTENT))
}

/// `DELETE /__mock/faults/{id}`.
pub(crate) fn remove_fault(state: &MockState, request: &MockRequest, id: &str) -> AdminResult {
    no_query(request)?;
    if state.faults.remove(id) {
        Ok(MockResponse::empty(StatusCode::NO_CONTENT))
    } else {
        Err(AdminError(
            StatusCode::NOT_FOUND,
            format!("no fault {id:?}"),
        ))
    }
}
