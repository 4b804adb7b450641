//! The framework-independent core: both services behind one router, over shared state.
//! `Mock::handle` takes a plain request and returns a plain response; it never blocks on I/O
//! and never panics on input.

use std::sync::Arc;

use http::header::ALLOW;
use http::{HeaderValue, Method, StatusCode};
use serde::{Deserialize, Serialize};

use crate::autional::{Autional, CREATE_CLIENT_PATH};
use crate::clock::Clock;
use crate::config::{MockConfig, Profile, SecretSet};
use crate::entropy::Entropy;
use crate::gropius::{CREATE_AUTH_CLIENT_PATH, Gropius};
use crate::http::{MockRequest, MockResponse};

/// The health route.
pub const HEALTH_PATH: &str = "/__mock/health";

/// What both services share: the clock, the randomness, the limits and the profile.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) clock: Clock,
    pub(crate) entropy: Entropy,
    pub(crate) body_limit: usize,
    pub(crate) profile: Profile,
}

/// Both services and their state.
#[derive(Debug)]
pub struct Mock {
    autional: Autional,
    gropius: Gropius,
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

impl Mock {
    /// A mock built from `config`.
    pub fn new(config: &MockConfig) -> Self {
        let shared = Arc::new(Shared {
            clock: config.clock,
            entropy: config.seed.map_or(Entropy::Os, Entropy::seeded),
            body_limit: config.body_limit,
            profile: config.profile,
        });
        Self {
            autional: Autional::new(
                SecretSet::new(&config.credentials.autional_api_keys),
                shared.clone(),
            ),
            gropius: Gropius::new(&config.credentials, shared.clone()),
            shared,
        }
    }

    /// Answers one request.
    pub fn handle(&self, request: &MockRequest) -> MockResponse {
        let (allowed, answer): (Method, fn(&Self, &MockRequest) -> MockResponse) = match request
            .path
            .as_str()
        {
            CREATE_CLIENT_PATH => (Method::POST, |mock, r| mock.autional.create_client(r)),
            CREATE_AUTH_CLIENT_PATH => (Method::POST, |mock, r| mock.gropius.create_auth_client(r)),
            HEALTH_PATH => (Method::GET, |_, _| {
                MockResponse::json(StatusCode::OK, &serde_json::json!({"status": "ok"}))
            }),
            _ => {
                return MockError::response(
                    StatusCode::NOT_FOUND,
                    format!("no route for {} {}", request.method, request.path),
                );
            }
        };
        if request.method != allowed {
            let mut response = MockError::response(
                StatusCode::METHOD_NOT_ALLOWED,
                format!(
                    "{} is not allowed on {}; use {allowed}",
                    request.method, request.path
                ),
            );
            response.headers.insert(
                ALLOW,
                HeaderValue::from_str(allowed.as_str()).expect("a method name is a header value"),
            );
            return response;
        }
        answer(self, request)
    }

    /// The Autional service.
    pub fn autional(&self) -> &Autional {
        &self.autional
    }

    /// The Gropius service.
    pub fn gropius(&self) -> &Gropius {
        &self.gropius
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
