//! The mock's own part of the admin API under `/__mock/` (described in
//! `openapi/mock-admin.yaml`): stats, reset, stored clients, known users and fault injection;
//! the journal, violations and health are [`crate::journal_api`]'s, which the proxy serves too.
//! Bad input gets a `400` with a message.

use http::StatusCode;
use serde::Deserialize;

use crate::faults::FaultSpec;
use crate::http::{Body, MockRequest, MockResponse};
use crate::journal_api::{AdminResult, no_query, query, reset_scope};
use crate::pact;
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
    let provider = match provider {
        Some(name) => name.parse::<Service>().map_err(|_| {
            bad(format!(
                "unknown provider {name:?}: expected autional or gropius"
            ))
        })?,
        None => {
            let with: Vec<Service> = Service::ALL
                .into_iter()
                .filter(|service| !state.journal.exchanges(*service).is_empty())
                .collect();
            match with[..] {
                [one] => one,
                [] => {
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
    let exchanges = state.journal.exchanges(provider);
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
    let change: pact::StateChange = serde_json::from_slice(bytes).map_err(|e| {
        bad(format!(
            "the body must be Pact's state change, {{\"state\", \"params\", \"action\"}}: {e}"
        ))
    })?;
    Ok(MockResponse::json(
        StatusCode::OK,
        &pact::change_state(state, &change)?,
    ))
}
