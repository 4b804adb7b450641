//! The framework-independent core: both services and the admin API behind one router, over
//! shared state. [`Mock::handle`] answers a plain request with a plain response; [`Mock::serve`]
//! adds injected faults, and [`Mock::record`] writes the journal. Nothing here blocks on I/O or
//! panics on input.

use std::sync::Arc;
use std::time::Duration;

use http::header::ALLOW;
use http::{HeaderValue, Method, StatusCode};
use serde::{Deserialize, Serialize};

use crate::admin::{self, ResetScope};
use crate::autional::{Autional, CREATE_CLIENT_PATH};
use crate::clock::Clock;
use crate::config::{MockConfig, Profile, ResponseObserver, SecretSet};
use crate::entropy::Entropy;
use crate::faults::{FaultOutcome, Faults};
use crate::gropius::{CREATE_AUTH_CLIENT_PATH, Gropius};
use crate::http::{MockRequest, MockResponse};
use crate::journal::{Answered, Journal, ServiceName};

/// The prefix of every admin route.
pub const ADMIN_PREFIX: &str = "/__mock/";

/// What both services share: the clock, the randomness, the limits and the profile.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) clock: Clock,
    pub(crate) entropy: Entropy,
    pub(crate) body_limit: usize,
    pub(crate) profile: Profile,
}

/// Both services, the admin API, and their state.
#[derive(Debug)]
pub struct Mock {
    autional: Autional,
    gropius: Gropius,
    journal: Journal,
    faults: Faults,
    observer: Option<ResponseObserver>,
    shared: Arc<Shared>,
}

/// The body of every answer the mock gives outside the two APIs' own error shapes (unknown
/// route, wrong method, bad input to the admin API).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MockError {
    /// What went wrong.
    pub message: String,
}

impl MockError {
    /// An answer with this status and message.
    pub fn response(status: StatusCode, message: impl Into<String>) -> MockResponse {
        MockResponse::json(
            status,
            &MockError {
                message: message.into(),
            },
        )
    }
}

/// What an adapter does with one request: wait, then answer or drop the connection.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// Wait this long first (an injected delay).
    pub delay: Option<Duration>,
    /// Then this.
    pub outcome: Outcome,
    /// The injected fault behind this reply, if any.
    pub fault_id: Option<String>,
}

/// The end of a [`Reply`].
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Send this answer.
    Respond(MockResponse),
    /// Close the connection without answering.
    DropConnection,
}

/// Every route the mock knows.
enum Route<'p> {
    CreateClient,
    CreateAuthClient,
    Health,
    Reset,
    AutionalClients,
    GropiusClients,
    Journal,
    Faults,
    Fault(&'p str),
}

impl<'p> Route<'p> {
    fn of(path: &'p str) -> Option<Self> {
        Some(match path {
            CREATE_CLIENT_PATH => Route::CreateClient,
            CREATE_AUTH_CLIENT_PATH => Route::CreateAuthClient,
            "/__mock/health" => Route::Health,
            "/__mock/reset" => Route::Reset,
            "/__mock/autional/clients" => Route::AutionalClients,
            "/__mock/gropius/clients" => Route::GropiusClients,
            "/__mock/journal" => Route::Journal,
            "/__mock/faults" => Route::Faults,
            _ => match path.strip_prefix("/__mock/faults/") {
                Some(id) if !id.is_empty() && !id.contains('/') => Route::Fault(id),
                _ => return None,
            },
        })
    }

    fn allowed(&self) -> &'static [Method] {
        match self {
            Route::CreateClient | Route::CreateAuthClient | Route::Reset => &[Method::POST],
            Route::Health | Route::AutionalClients | Route::GropiusClients | Route::Journal => {
                &[Method::GET]
            }
            Route::Faults => &[Method::GET, Method::POST, Method::DELETE],
            Route::Fault(_) => &[Method::DELETE],
        }
    }
}

impl Mock {
    /// A mock built from `config`. Initial faults that do not validate are refused.
    pub fn new(config: &MockConfig) -> Result<Self, String> {
        let shared = Arc::new(Shared {
            clock: config.clock,
            entropy: config.seed.map_or(Entropy::Os, Entropy::seeded),
            body_limit: config.body_limit,
            profile: config.profile,
        });
        let mock = Self {
            autional: Autional::new(
                SecretSet::new(&config.credentials.autional_api_keys),
                shared.clone(),
            ),
            gropius: Gropius::new(&config.credentials, shared.clone()),
            journal: Journal::new(config.journal_capacity),
            faults: Faults::default(),
            observer: config.observer.clone(),
            shared,
        };
        for fault in &config.faults {
            mock.faults
                .add(fault.clone())
                .map_err(|e| format!("initial fault {fault:?}: {e}"))?;
        }
        Ok(mock)
    }

    /// Answers one request as the contract (or the admin API) says, without faults or journal.
    pub fn handle(&self, request: &MockRequest) -> MockResponse {
        let Some(route) = Route::of(&request.path) else {
            return MockError::response(
                StatusCode::NOT_FOUND,
                format!("no route for {} {}", request.method, request.path),
            );
        };
        let answer = match (&route, &request.method) {
            (Route::CreateClient, &Method::POST) => Ok(self.autional.create_client(request)),
            (Route::CreateAuthClient, &Method::POST) => {
                Ok(self.gropius.create_auth_client(request))
            }
            (Route::Health, &Method::GET) => admin::health(request),
            (Route::Reset, &Method::POST) => admin::reset(self, request),
            (Route::AutionalClients, &Method::GET) => admin::autional_clients(self, request),
            (Route::GropiusClients, &Method::GET) => admin::gropius_clients(self, request),
            (Route::Journal, &Method::GET) => admin::journal(self, request),
            (Route::Faults, &Method::POST) => admin::add_fault(self, request),
            (Route::Faults, &Method::GET) => admin::list_faults(self, request),
            (Route::Faults, &Method::DELETE) => admin::clear_faults(self, request),
            (Route::Fault(id), &Method::DELETE) => admin::remove_fault(self, request, id),
            _ => return method_not_allowed(request, route.allowed()),
        };
        answer.unwrap_or_else(admin::AdminError::into_response)
    }

    /// What to do with one request: the oldest matching fault applies first, then the
    /// contract.
    pub fn serve(&self, request: &MockRequest) -> Reply {
        let reply = match self.faults.take(&request.method, &request.path) {
            None => Reply {
                delay: None,
                outcome: Outcome::Respond(self.handle(request)),
                fault_id: None,
            },
            Some(fault) => Reply {
                delay: fault.delay,
                outcome: match fault.outcome {
                    FaultOutcome::Normal => Outcome::Respond(self.handle(request)),
                    FaultOutcome::Respond(response) => Outcome::Respond(response),
                    FaultOutcome::DropConnection => Outcome::DropConnection,
                },
                fault_id: Some(fault.fault_id),
            },
        };
        if let (Some(observer), Outcome::Respond(response)) = (&self.observer, &reply.outcome) {
            (observer.0)(request, response);
        }
        reply
    }

    /// Writes one served request into the journal (admin calls are not journaled).
    pub fn record(&self, request: &MockRequest, reply: &Reply, latency: Duration) {
        if request.path.starts_with(ADMIN_PREFIX) {
            return;
        }
        let service = match request.path.as_str() {
            CREATE_CLIENT_PATH => ServiceName::Autional,
            CREATE_AUTH_CLIENT_PATH => ServiceName::Gropius,
            _ => ServiceName::Unknown,
        };
        let status = match &reply.outcome {
            Outcome::Respond(response) => Some(response.status.as_u16()),
            Outcome::DropConnection => None,
        };
        self.journal.record(
            request,
            &Answered {
                time: self.shared.clock.now(),
                service,
                status,
                latency_us: latency.as_micros().try_into().unwrap_or(u64::MAX),
                fault_id: reply.fault_id.clone(),
            },
        );
    }

    /// Forgets all state of one service (clients, journal entries, faults on its path), or of
    /// both.
    pub fn reset(&self, scope: Option<ResetScope>) {
        match scope {
            None => {
                self.autional.reset();
                self.gropius.reset();
                self.journal.reset(None);
                self.faults.clear(|_| true);
            }
            Some(ResetScope::Autional) => {
                self.autional.reset();
                self.journal.reset(Some(ServiceName::Autional));
                self.faults.clear(|path| path == CREATE_CLIENT_PATH);
            }
            Some(ResetScope::Gropius) => {
                self.gropius.reset();
                self.journal.reset(Some(ServiceName::Gropius));
                self.faults.clear(|path| path == CREATE_AUTH_CLIENT_PATH);
            }
        }
    }

    /// The Autional service.
    pub fn autional(&self) -> &Autional {
        &self.autional
    }

    /// The Gropius service.
    pub fn gropius(&self) -> &Gropius {
        &self.gropius
    }

    /// The request journal.
    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    /// The injected faults.
    pub fn faults(&self) -> &Faults {
        &self.faults
    }

    /// The largest request body an adapter should read.
    pub fn body_limit(&self) -> usize {
        self.shared.body_limit
    }

    /// The fidelity profile in force.
    pub fn profile(&self) -> Profile {
        self.shared.profile
    }
}

fn method_not_allowed(request: &MockRequest, allowed: &[Method]) -> MockResponse {
    let allow = allowed
        .iter()
        .map(Method::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let mut response = MockError::response(
        StatusCode::METHOD_NOT_ALLOWED,
        format!(
            "{} is not allowed on {}; use {allow}",
            request.method, request.path
        ),
    );
    response.headers.insert(
        ALLOW,
        HeaderValue::from_str(&allow).expect("method names are header values"),
    );
    response
}
