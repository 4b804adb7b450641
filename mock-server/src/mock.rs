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
use crate::http::{DIVERGENCE_HEADER, Divergence, MockRequest, MockResponse, Outcome, Reply};
use crate::journal::{
    Answered, BODY_KEPT_BYTES, JournalPage, JournalQuery, ViolationSummary, kept_answer,
};
use crate::journal_api::{self, AdminAccess, AdminRoute, method_not_allowed};
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
/// use clientreg_mock::Mock;
/// use clientreg_mock::adapter::{MockRequest, Outcome};
/// use clientreg_mock::config::MockConfig;
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
    /// Who may use the admin API: everyone, unless a server started it with a key.
    admin: AdminAccess,
}

/// Every route the mock knows.
#[derive(Clone, Copy)]
enum Route<'p> {
    CreateClient,
    Gropius(GropiusRoute<'p>),
    Admin(AdminRoute<'p>),
}

impl<'p> Route<'p> {
    fn of(path: &'p str) -> Option<Self> {
        if path == CREATE_CLIENT_PATH {
            return Some(Route::CreateClient);
        }
        GropiusRoute::of(path)
            .map(Route::Gropius)
            .or_else(|| AdminRoute::of(path).map(Route::Admin))
    }

    /// The service it belongs to (`None`: the admin API's).
    fn service(self) -> Option<Service> {
        match self {
            Route::CreateClient => Some(Service::Autional),
            Route::Gropius(_) => Some(Service::Gropius),
            Route::Admin(_) => None,
        }
    }

    fn allowed(&self) -> &'static [Method] {
        match self {
            Route::CreateClient => &[Method::POST],
            Route::Gropius(route) => route.allowed(),
            Route::Admin(route) => route.allowed(),
        }
    }
}

impl Mock {
    /// A mock built from `config`. Initial faults that do not validate are refused.
    pub fn new(config: &MockConfig) -> Result<Self, ConfigError> {
        Self::with_admin(config, AdminAccess::default())
    }

    /// A mock whose admin API `admin` guards (a server's, from its settings).
    pub(crate) fn with_admin(config: &MockConfig, admin: AdminAccess) -> Result<Self, ConfigError> {
        Ok(Self {
            state: MockState::new(config)?,
            observer: config.observer.clone(),
            admin,
        })
    }

    /// Serves one request: the oldest matching fault applies first, then the contract (or the
    /// admin API); the journal records it (admin calls aside) with its latency counted to the
    /// end of any injected delay, one log line says what happened, and the observer sees the
    /// answer. The adapter only waits out [`Reply::delay`] and sends the [`Reply::outcome`].
    pub fn serve(&self, request: &MockRequest) -> Reply {
        // The path is parsed once: the router and the journal read the same route.
        let route = Route::of(&request.path);
        let (delay, fault_id, outcome) =
            match self.state.faults.take(&request.method, &request.path) {
                None => (None, None, Outcome::Respond(self.route(request, route))),
                Some(effect) => {
                    let outcome = match effect.answer {
                        None => Outcome::Respond(self.route(request, route)),
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
        let service = route.and_then(|route| route.service());
        self.record(request, service, &outcome, latency, fault_id);
        if let (Some(observer), Outcome::Respond(response)) = (&self.observer, &outcome) {
            observer.call(request, response);
        }
        Reply { delay, outcome }
    }

    /// The contract's (or the admin API's) answer to `request` on `route`, without faults or
    /// journal.
    fn route(&self, request: &MockRequest, route: Option<Route<'_>>) -> MockResponse {
        let Some(route) = route else {
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
            (Route::Admin(admin), _)
                if let Some(refused) = self.admin.refused(*admin, request, &state.shared.clock) =>
            {
                return refused;
            }
            (Route::Admin(admin), method) => match (admin, method) {
                (AdminRoute::Page, &Method::GET) => Ok(journal_api::page()),
                (AdminRoute::Health, &Method::GET) => {
                    journal_api::health(state.dropped_log_lines.as_ref(), &self.admin)
                }
                (AdminRoute::Stats, &Method::GET) => admin::stats(state, request),
                (AdminRoute::Violations, &Method::GET) => {
                    journal_api::violations(&state.journal, request)
                }
                (AdminRoute::Reset, &Method::POST) => admin::reset(state, request),
                (AdminRoute::AutionalClients, &Method::GET) => {
                    admin::autional_clients(state, request)
                }
                (AdminRoute::GropiusClients, &Method::GET) => {
                    admin::gropius_clients(state, request)
                }
                (AdminRoute::GropiusUsers, &Method::POST) => {
                    admin::add_gropius_user(state, request)
                }
                (AdminRoute::Journal, &Method::GET) => {
                    journal_api::journal(&state.journal, request)
                }
                (AdminRoute::Faults, &Method::POST) => admin::add_fault(state, request),
                (AdminRoute::Faults, &Method::GET) => admin::list_faults(state, request),
                (AdminRoute::Faults, &Method::DELETE) => admin::clear_faults(state, request),
                (AdminRoute::Fault(id), &Method::DELETE) => admin::remove_fault(state, request, id),
                (AdminRoute::Pact, &Method::GET) => admin::pact(state, request),
                (AdminRoute::PactProviderStates, &Method::POST) => {
                    admin::pact_provider_states(state, request)
                }
                _ => return method_not_allowed(request, route.allowed()),
            },
            _ => return method_not_allowed(request, route.allowed()),
        };
        answer.unwrap_or_else(|error| error.response(&state.shared.clock))
    }

    /// The journal entry (admin calls are not journaled) and the log line of one request.
    fn record(
        &self,
        request: &MockRequest,
        service: Option<Service>,
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
        let (divergence, answer) = match outcome {
            Outcome::Respond(response) => (
                response.divergence.clone(),
                (response.body.len() <= BODY_KEPT_BYTES).then(|| kept_answer(&response.body)),
            ),
            Outcome::DropConnection => (None, None),
        };
        self.state.journal.record(
            request,
            service,
            &Answered {
                time: self.state.shared.clock.now(),
                status,
                latency_us,
                fault_id,
                divergence,
                violations: Vec::new(),
                answer,
            },
        );
    }

    /// The Pact V4 file of `consumer`'s exchanges with `provider`, from the journal (so as many
    /// as it keeps): one interaction per distinct request, with the provider states it relies
    /// on (`an auth client exists`, `a client secret exists`), no credential, type rules for the
    /// values a provider mints, and `ProviderState` generators for the ids a path reuses. What a
    /// provider could not be verified with is left out and listed, with why, in
    /// `metadata.clientreg-mock.leftOut`: answers made by a fault or known to diverge from the
    /// real service, and `401`/`403` (a pact carries no credential). `GET /__mock/pact` answers
    /// the same.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// use clientreg_mock::{MockServer, Service};
    ///
    /// let server = MockServer::start().await;
    /// // … the code under test calls the mock …
    /// let pact = server.pact("tenant-service", Service::Gropius);
    /// assert_eq!(pact["provider"]["name"], "gropius");
    /// assert_eq!(pact["metadata"]["pactSpecification"]["version"], "4.0");
    /// # }
    /// ```
    pub fn pact(&self, consumer: &str, provider: Service) -> serde_json::Value {
        crate::pact::pact(consumer, provider, &self.state.journal.exchanges(provider))
    }

    /// Writes `consumer`'s pact with each service the journal holds exchanges with to
    /// `dir/CONSUMER-PROVIDER.json`, merged into what the file already holds, as Pact's consumer
    /// libraries do at the end of a test: call it at the end of each test, and the file gathers
    /// the interactions of all of them (under a lock on the file). An interaction of the same
    /// description and provider states with another answer is an error of kind `InvalidData`
    /// naming it, and the file is left as it was. Returns the files written.
    ///
    /// ```no_run
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let server = clientreg_mock::MockServer::start().await;
    /// // … the code under test calls the mock …
    /// server.write_pacts("target/pacts", "tenant-service")?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn write_pacts(
        &self,
        dir: impl AsRef<std::path::Path>,
        consumer: &str,
    ) -> std::io::Result<Vec<std::path::PathBuf>> {
        let mut written = Vec::new();
        for service in Service::ALL {
            let exchanges = self.state.journal.exchanges(service);
            written.extend(crate::pact::write_exchanges(
                dir.as_ref(),
                consumer,
                service,
                &exchanges,
            )?);
        }
        Ok(written)
    }

    /// What `clientreg-mock proxy` found since the last reset, per operation and kind (a mock
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
    /// use clientreg_mock::Mock;
    /// use clientreg_mock::config::MockConfig;
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

    /// What its server warns of, when started open off a loopback address
    /// (`--insecure-open-admin`): what anyone who reaches it may do.
    pub fn admin_warning(&self) -> Option<&str> {
        self.admin.warning()
    }

    /// The fidelity profile in force.
    pub fn profile(&self) -> Profile {
        self.state.shared.profile
    }
}

/// `<quirk>; upstream <status> "<message>"`, as a header value (the messages are ASCII).
fn divergence_header(divergence: &Divergence) -> HeaderValue {
    let text = format!(
        "{}; upstream {} \"{}\"",
        divergence.quirk, divergence.upstream_status, divergence.upstream_message
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("divergence"))
}
