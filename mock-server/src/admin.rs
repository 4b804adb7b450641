//! The mock's own part of the admin API under `/__mock/` (described in
//! `openapi/mock-admin.yaml`): stats, reset, stored clients, known users and fault injection;
//! the journal, violations and health are [`crate::journal_api`]'s, which the proxy serves too.
//! Bad input gets a `400` with a message.

use http::StatusCode;
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::faults::FaultSpec;
use crate::http::{Body, ErrorBody, MockRequest, MockResponse};
use crate::journal_api::{AdminResult, no_query, query, reset_scope};
use crate::pact::{self, CLIENT_EXISTS, SECRET_EXISTS, STATES, USER_EXISTS};
use crate::services::{AdminError, Service};
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

/// `GET /__mock/pact?consumer=NAME[&provider=autional|gropius]`: the Pact V4 file of the
/// consumer's exchanges with the provider; without `provider`, with the one service that has
/// exchanges in the journal.
pub(crate) fn pact(state: &MockState, request: &MockRequest) -> AdminResult {
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct PactQuery {
        consumer: String,
        provider: Option<String>,
    }
    let PactQuery { consumer, provider } = query(request)?;
    let bad = AdminError::bad_request;
    if consumer.is_empty() || consumer.chars().any(char::is_control) {
        return Err(bad(
            "consumer must be a non-empty name without control characters".to_string(),
        ));
    }
    let (provider, exchanges) = match provider {
        Some(name) => {
            let provider = name.parse::<Service>().map_err(|_| {
                bad(format!(
                    "unknown provider {name:?}: expected autional or gropius"
                ))
            })?;
            (provider, state.journal.exchanges(provider))
        }
        None => {
            let mut with: Vec<(Service, Vec<_>)> = Service::ALL
                .into_iter()
                .map(|service| (service, state.journal.exchanges(service)))
                .filter(|(_, exchanges)| !exchanges.is_empty())
                .collect();
            match with.len() {
                1 => with.remove(0),
                0 => {
                    return Err(AdminError::conflict(
                        "the journal holds no exchange with either service: name the provider",
                    ));
                }
                _ => {
                    return Err(AdminError::conflict(
                        "the journal holds exchanges with both services: name the provider (autional or gropius)",
                    ));
                }
            }
        }
    };
    Ok(MockResponse::json(
        StatusCode::OK,
        &pact::pact(&consumer, provider, &exchanges),
    ))
}

/// `POST /__mock/pact/provider-states`: Pact's state-change request; answers the values its
/// generators read.
pub(crate) fn pact_provider_states(state: &MockState, request: &MockRequest) -> AdminResult {
    no_query(request)?;
    let bad = AdminError::bad_request;
    let Body::Complete(bytes) = &request.body else {
        return Err(bad("the body could not be read whole".to_string()));
    };
    let change: StateChange = serde_json::from_slice(bytes).map_err(|e| {
        bad(format!(
            "the body must be Pact's state change, {{\"state\", \"params\", \"action\"}}: {e}"
        ))
    })?;
    Ok(MockResponse::json(
        StatusCode::OK,
        &change_state(state, &change)?,
    ))
}

/// Pact's state-change request.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StateChange {
    state: String,
    #[serde(default)]
    params: Map<String, Value>,
    #[serde(default = "setup")]
    action: Action,
}

/// A state change without an action sets the state up.
fn setup() -> Action {
    Action::Setup
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Action {
    Setup,
    Teardown,
}

/// Makes (or, on `teardown`, lets go of) the state `change` names; answers the values a
/// `ProviderState` generator reads.
fn change_state(state: &MockState, change: &StateChange) -> Result<Value, AdminError> {
    let bad = AdminError::bad_request;
    // Pact's verifier asks for the empty state before an interaction that names none.
    if change.state.is_empty() {
        return Ok(json!({}));
    }
    if !STATES.contains(&change.state.as_str()) {
        return Err(bad(format!(
            "unknown provider state {:?}: the mock makes {}",
            change.state,
            STATES.map(|s| format!("{s:?}")).join(", ")
        )));
    }
    if change.action == Action::Teardown {
        // A state's client stays (a reset forgets it): a later interaction's list may hold it.
        *state.pact_client() = None;
        return Ok(json!({}));
    }
    let refused = |what: &str, response: MockResponse| {
        AdminError::conflict(format!(
            "the state {what:?} could not be made: {} {}",
            response.status.as_u16(),
            String::from_utf8_lossy(&response.body)
        ))
    };
    match change.state.as_str() {
        USER_EXISTS => {
            let user = change
                .params
                .get("id")
                .and_then(Value::as_str)
                .filter(|id| !id.is_empty() && !id.chars().any(char::is_control))
                .ok_or_else(|| {
                    AdminError::conflict(format!(
                        "{USER_EXISTS:?} takes params {{\"id\": \"<user id>\"}}, a non-empty id without control characters"
                    ))
                })?;
            state.gropius.add_user(user.to_string());
            Ok(json!({ "id": user }))
        }
        CLIENT_EXISTS => {
            if let Some(user) = change
                .params
                .get("clientCredentialFlowUser")
                .and_then(Value::as_str)
            {
                state.gropius.add_user(user.to_string());
            }
            let body = Value::Object(change.params.clone());
            let made = state
                .gropius
                .make_client(&body)
                .map_err(|error| refused(CLIENT_EXISTS, error.response(&state.shared.clock)))?;
            let id = serde_json::from_slice::<Value>(&made.body)
                .ok()
                .and_then(|answer| answer.get("id").and_then(Value::as_str).map(str::to_string))
                .ok_or_else(|| bad("the made client has no id".to_string()))?;
            *state.pact_client() = Some(id.clone());
            Ok(json!({ "id": id }))
        }
        _ => {
            let Some(id) = state.pact_client().clone() else {
                return Err(AdminError::conflict(format!(
                    "{SECRET_EXISTS:?} adds to the client an earlier {CLIENT_EXISTS:?} made, and none did"
                )));
            };
            let whole = |name: &str, default: u64, most: u64| match change.params.get(name) {
                None => Ok(default),
                Some(value) => value
                    .as_u64()
                    .filter(|n| (1..=most).contains(n))
                    .ok_or_else(|| {
                        AdminError::conflict(format!(
                            "{name} must be a whole number from 1 to {most}"
                        ))
                    }),
            };
            let count = whole("count", 1, 100)?;
            let named = whole("named", count, count)?;
            let mut fingerprint = Value::Null;
            for place in 1..=count {
                let made = state
                    .gropius
                    .make_client_secret(&id)
                    .map_err(|error| refused(SECRET_EXISTS, error.response(&state.shared.clock)))?;
                if place == named {
                    fingerprint = serde_json::from_slice::<Value>(&made.body)
                        .ok()
                        .and_then(|answer| answer.get("fingerprint").cloned())
                        .unwrap_or(Value::Null);
                }
            }
            Ok(json!({ "id": id, "fingerprint": fingerprint }))
        }
    }
}
