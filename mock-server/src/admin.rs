//! The mock's own part of the admin API under `/__mock/` (described in
//! `openapi/mock-admin.yaml`): stats, reset, stored clients, known users and fault injection;
//! the journal, violations and health are [`crate::journal_api`]'s, which the proxy serves too.
//! Bad input gets a `400` with a message.

use http::StatusCode;
use serde::Deserialize;

use crate::faults::FaultSpec;
use crate::http::{Body, MockRequest, MockResponse};
use crate::journal_api::{AdminResult, no_query, query, reset_scope};
use crate::services::AdminError;
use crate::state::MockState;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantQuery {
    tenant: String,
}

/// `GET /__mock/stats`.
pub(crate) fn stats(state: &MockState, request: &MockRequest) -> AdminResult {
    no_query(request)?;
    Ok(MockResponse::json(StatusCode::OK, &state.stats()))
}

/// `POST /__mock/reset[?service=autional|gropius]`.
pub(crate) fn reset(state: &MockState, request: &MockRequest) -> AdminResult {
    state.reset(reset_scope(request)?);
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
