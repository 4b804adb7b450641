//! The framework-independent core: both services and the admin API behind one router, and the
//! one pipeline every request goes through, whatever adapter brought it:
//!
//! ```text
//! Mock::serve(request) ─▶ faults ─▶ route ─▶ service or admin API ─▶ journal + log line ─▶ observer
//!                      ◀─ Reply: answer (after a delay), or close the connection
//! ```
//!
//! Nothing here blocks on I/O, waits, or panics on input: the adapter waits out the delay.

use std::time::Duration;

use http::{HeaderValue, Method, StatusCode};

use crate::admin;
use crate::autional::CREATE_CLIENT_PATH;
use crate::config::{MockConfig, ResponseObserver};
use crate::error::{ConfigError, FaultError};
use crate::faults::{Fault, FaultAnswer, FaultSpec};
use crate::gropius::{AUTH_CLIENTS_PATH, GropiusRoute};
use crate::http::ErrorBody;
use crate::http::{Divergence, MockRequest, MockResponse, Outcome, Reply};
use crate::journal::{Answered, JournalPage, JournalQuery, ViolationSummary};
use crate::journal_api::{self, method_not_allowed};
use crate::model::{AuthClientDetails, CreateClientResponse, Stats};
use crate::profile::Profile;
use crate::services::{AdminError, Service};
use crate::shared::ADMIN_PREFIX;
use crate::state::{MockState, NotedDivergence};

/// Both services, the admin API, and their state: plain request in, [`Reply`] out, no server
/// inside, so that any HTTP stack can sit in front of it.
///
/// ```
/// use bytes::Bytes;
/// use http::{HeaderMap, Method};
/// use mock_server::Mock;
/// use mock_server::adapter::{MockRequest, Outcome};
/// use mock_server::config::MockConfig;
///
/// let mock = Mock::new(&MockConfig::default()).unwrap();
/// let request = MockRequest::new(Method::GET, "/__mock/health", HeaderMap::new(), Bytes::new());
/// let reply = mock.serve(&request);
/// assert_eq!(reply.delay, None);
/// let Outcome::Respond(response) = reply.outcome else { panic!("no fault was set") };
/// assert_eq!(response.status, 200);
/// ```
#[derive(Debug)]
pub struct Mock {
    state: MockState,
    observer: Option<ResponseObserver>,
}

/// Every route the mock knows.
enum Route<'p> {
    CreateClient,
    Gropius(GropiusRoute<'p>),
    Health,
    Stats,
    Reset,
    AutionalClients,
    GropiusClients,
    GropiusUsers,
    Journal,
    Violations,
    Faults,
    Fault(&'p str),
    Page,
}

impl<'p> Route<'p> {
    fn of(path: &'p str) -> Option<Self> {
        Some(match path {
            CREATE_CLIENT_PATH => Route::CreateClient,
            "/__mock/" => Route::Page,
            "/__mock/health" => Route::Health,
            "/__mock/stats" => Route::Stats,
            "/__mock/violations" => Route::Violations,
            "/__mock/reset" => Route::Reset,
            "/__mock/autional/clients" => Route::AutionalClients,
            "/__mock/gropius/clients" => Route::GropiusClients,
            "/__mock/gropius/users" => Route::GropiusUsers,
            "/__mock/journal" => Route::Journal,
            "/__mock/faults" => Route::Faults,
            _ => {
                if let Some(route) = GropiusRoute::of(path) {
                    return Some(Route::Gropius(route));
                }
                match path.strip_prefix("/__mock/faults/") {
                    Some(id) if !id.is_empty() && !id.contains('/') => Route::Fault(id),
                    _ => return None,
                }
            }
        })
    }

    fn allowed(&self) -> &'static [Method] {
        match self {
            Route::CreateClient | Route::Reset | Route::GropiusUsers => &[Method::POST],
            Route::Gropius(route) => route.allowed(),
            Route::Health
            | Route::Stats
            | Route::Violations
            | Route::AutionalClients
            | Route::GropiusClients
            | Route::Journal
            | Route::Page => &[Method::GET],
            Route::Faults => &[Method::GET, Method::POST, Method::DELETE],
            Route::Fault(_) => &[Method::DELETE],
        }
    }
}

impl Mock {
    /// A mock built from `config`. Initial faults that do not validate are refused.
    pub fn new(config: &MockConfig) -> Result<Self, ConfigError> {
        Ok(Self {
            state: MockState::new(config)?,
            observer: config.observer.clone(),
        })
    }

    /// Serves one request: the oldest matching fault applies first, then the contract (or the
    /// admin API); the journal records it (admin calls aside) with its latency counted to the
    /// end of any injected delay, one log line says what happened, and the observer sees the
    /// answer. The adapter only waits out [`Reply::delay`] and sends the [`Reply::outcome`].
    pub fn serve(&self, request: &MockRequest) -> Reply {
        let (delay, fault_id, outcome) =
            match self.state.faults.take(&request.method, &request.path) {
                None => (None, None, Outcome::Respond(self.route(request))),
                Some(effect) => {
                    let outcome = match effect.answer {
                        None => Outcome::Respond(self.route(request)),
                        Some(FaultAnswer::Respond(response)) => Outcome::Respond(response),
                        Some(FaultAnswer::DropConnection) => Outcome::DropConnection,
                    };
                    (effect.delay, Some(effect.fault_id), outcome)
                }
            };
        let mut outcome = outcome;
        if let Outcome::Respond(response) = &mut outcome
            && let Some(divergence) = &response.divergence
        {
            response
                .headers
                .insert(DIVERGENCE_HEADER, divergence_header(divergence));
            self.state.note_divergence(request, divergence);
        }
        let latency = request.received.elapsed() + delay.unwrap_or_default();
        self.record(request, &outcome, latency, fault_id);
        if let (Some(observer), Outcome::Respond(response)) = (&self.observer, &outcome) {
            observer.call(request, response);
        }
        Reply { delay, outcome }
    }

    /// The contract's (or the admin API's) answer, without faults or journal.
    fn route(&self, request: &MockRequest) -> MockResponse {
        let Some(route) = Route::of(&request.path) else {
            let not_found = AdminError(
                StatusCode::NOT_FOUND,
                format!("no route for {} {}", request.method, request.path),
            )
            .response(&self.state.shared.clock);
            return match request.path.strip_prefix(AUTH_CLIENTS_PATH) {
                Some(rest) if rest.starts_with('/') => {
                    self.state.gropius.no_route(request, not_found)
                }
                _ => not_found,
            };
        };
        let state = &self.state;
        let answer = match (&route, &request.method) {
            (Route::CreateClient, &Method::POST) => Ok(state.autional.create_client(request)),
            (Route::Gropius(gropius), _) => match state.gropius.serve(*gropius, request) {
                Some(response) => Ok(response),
                None => {
                    let not_allowed = method_not_allowed(request, route.allowed());
                    return state.gropius.no_route(request, not_allowed);
                }
            },
            (Route::Page, &Method::GET) => Ok(journal_api::page()),
            (Route::Health, &Method::GET) => journal_api::health(state.dropped_log_lines.as_ref()),
            (Route::Stats, &Method::GET) => admin::stats(state, request),
            (Route::Violations, &Method::GET) => journal_api::violations(&state.journal, request),
            (Route::Reset, &Method::POST) => admin::reset(state, request),
            (Route::AutionalClients, &Method::GET) => admin::autional_clients(state, request),
            (Route::GropiusClients, &Method::GET) => admin::gropius_clients(state, request),
            (Route::GropiusUsers, &Method::POST) => admin::add_gropius_user(state, request),
            (Route::Journal, &Method::GET) => journal_api::journal(&state.journal, request),
            (Route::Faults, &Method::POST) => admin::add_fault(state, request),
            (Route::Faults, &Method::GET) => admin::list_faults(state, request),
            (Route::Faults, &Method::DELETE) => admin::clear_faults(state, request),
            (Route::Fault(id), &Method::DELETE) => admin::remove_fault(state, request, id),
            _ => return method_not_allowed(request, route.allowed()),
        };
        answer.unwrap_or_else(|error| error.response(&state.shared.clock))
    }

    /// The journal entry (admin calls are not journaled) and the log line of one request.
    fn record(
        &self,
        request: &MockRequest,
        outcome: &Outcome,
        latency: Duration,
        fault_id: Option<String>,
    ) {
        let status = match outcome {
            Outcome::Respond(response) => Some(response.status.as_u16()),
            Outcome::DropConnection => None,
        };
        let latency_us = latency.as_micros().try_into().unwrap_or(u64::MAX);
        // Method, path, status and latency only: headers and bodies may hold secrets.
        let logged_status = status.unwrap_or(0);
        match fault_id.as_deref() {
            None => tracing::info!(
                method = request.method.as_str(),
                path = request.path.as_str(),
                status = logged_status,
                latency_us,
                "request"
            ),
            Some(fault) => tracing::info!(
                method = request.method.as_str(),
                path = request.path.as_str(),
                status = logged_status,
                latency_us,
                fault,
                "request"
            ),
        }
        if request.path.starts_with(ADMIN_PREFIX) {
            return;
        }
        let divergence = match outcome {
            Outcome::Respond(response) => response.divergence.clone(),
            Outcome::DropConnection => None,
        };
        self.state.journal.record(
            request,
            &Answered {
                time: self.state.shared.clock.now(),
                status,
                latency_us,
                fault_id,
                divergence,
                violations: Vec::new(),
            },
        );
    }

    /// What `mock-server proxy` found since the last reset, per operation and kind (a mock
    /// that is not a proxy finds nothing).
    pub fn violations(&self) -> ViolationSummary {
        self.state.journal.violations()
    }

    /// Forgets all state of one service (clients, journal entries, faults on its path), or of
    /// both: what `POST /__mock/reset` does.
    pub fn reset(&self, scope: Option<Service>) {
        self.state.reset(scope);
    }

    /// The clients Autional stores for `tenant`, oldest first, secrets redacted.
    pub fn autional_clients(&self, tenant: &str) -> Vec<CreateClientResponse> {
        self.state.autional.clients(tenant)
    }

    /// What each service stores, and how many clients it dropped because it was full: what
    /// `GET /__mock/stats` answers.
    pub fn stats(&self) -> Stats {
        self.state.stats()
    }

    /// Every answer since the last reset where the real service is known to answer otherwise
    /// (the `contract` profile only), oldest first; the newest 1000 are kept. A test can
    /// assert there are none: then the real service would have answered its requests the same
    /// way (as far as this project knows).
    ///
    /// ```
    /// use mock_server::Mock;
    /// use mock_server::config::MockConfig;
    ///
    /// let mock = Mock::new(&MockConfig::default()).unwrap();
    /// assert!(mock.divergences().is_empty());
    /// ```
    pub fn divergences(&self) -> Vec<NotedDivergence> {
        self.state.divergences()
    }

    /// How many clients Autional stores, over all tenants.
    pub fn autional_client_count(&self) -> usize {
        self.state.autional.client_count()
    }

    /// The clients Gropius stores (the built-in ones aside), oldest first, their secrets
    /// censored.
    pub fn gropius_clients(&self) -> Vec<AuthClientDetails> {
        self.state.gropius.clients()
    }

    /// Makes `user` one `clientCredentialFlowUser` may name, until the next reset of Gropius:
    /// what `POST /__mock/gropius/users` does.
    pub fn add_gropius_user(&self, user: impl Into<String>) {
        self.state.gropius.add_user(user.into());
    }

    /// How many clients Gropius stores.
    pub fn gropius_client_count(&self) -> usize {
        self.state.gropius.client_count()
    }

    /// Reads the request journal: what `GET /__mock/journal` answers.
    pub fn journal(&self, query: &JournalQuery) -> JournalPage {
        self.state.journal.read(query)
    }

    /// Injects a fault: what `POST /__mock/faults` does. Its id (for
    /// [`Mock::remove_fault`]).
    pub fn add_fault(&self, spec: FaultSpec) -> Result<String, FaultError> {
        self.state.faults.add(spec).map(|created| created.id)
    }

    /// The active faults with their remaining counts, oldest first: what `GET /__mock/faults`
    /// answers.
    pub fn faults(&self) -> Vec<Fault> {
        self.state.faults.list()
    }

    /// Removes one fault; whether it existed.
    pub fn remove_fault(&self, id: &str) -> bool {
        self.state.faults.remove(id)
    }

    /// Removes every fault.
    pub fn clear_faults(&self) {
        self.state.faults.clear(|_| true);
    }

    /// The largest request body an adapter should read.
    pub fn body_limit(&self) -> usize {
        self.state.shared.body_limit
    }

    /// The fidelity profile in force.
    pub fn profile(&self) -> Profile {
        self.state.shared.profile
    }
}

/// The header that tells a client the real service would have answered otherwise.
const DIVERGENCE_HEADER: http::HeaderName = http::HeaderName::from_static("x-mock-divergence");

/// `<quirk>; upstream <status> "<message>"`, as a header value (the messages are ASCII).
fn divergence_header(divergence: &Divergence) -> HeaderValue {
    let text = format!(
        "{}; upstream {} \"{}\"",
        divergence.quirk, divergence.upstream_status, divergence.upstream_message
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("divergence"))
}
