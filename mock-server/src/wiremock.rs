//! The contract as `wiremock::Respond` implementations: the second adapter over the core.
//!
//! A team that already uses wiremock-rs mounts the contract behaviour on its own
//! `wiremock::MockServer`, layers one-off stubs over it with a higher priority, and keeps
//! wiremock's own `expect(n)` verification. The responders share one [`Mock`], so the two
//! services, the journal and the faults behave as in [`crate::MockServer`].
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use clientreg_mock::wiremock::MountableMock;
//! use wiremock::matchers::{method, path};
//! use wiremock::{Mock, MockServer, ResponseTemplate};
//!
//! let server = MockServer::start().await;
//! let contract = MountableMock::new(&Default::default()).unwrap();
//! // The contract answers every create, and must be called twice…
//! contract.mount_autional(&server, 2).await;
//! // …except once, when a higher-priority one-off stub answers 503 first.
//! Mock::given(method("POST"))
//!     .and(path("/internal/oauth/clients"))
//!     .respond_with(ResponseTemplate::new(503))
//!     .up_to_n_times(1)
//!     .with_priority(1)
//!     .expect(1)
//!     .mount(&server)
//!     .await;
//!
//! let http = reqwest::Client::new();
//! let create = || {
//!     http.post(format!("{}/internal/oauth/clients", server.uri()))
//!         .header("x-api-key", "dev-api-key")
//!         .header("x-tenant-id", "t1")
//!         .json(&serde_json::json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}))
//!         .send()
//! };
//! assert_eq!(create().await.unwrap().status(), 503);
//! assert_eq!(create().await.unwrap().status(), 201);
//! assert_eq!(create().await.unwrap().status(), 201);
//! assert_eq!(contract.mock().autional_clients("t1").len(), 2);
//! // Dropping `server` verifies both expectations.
//! # }
//! ```

use std::sync::Arc;
use std::time::Instant;

use ::wiremock::matchers::{method, path, path_regex};
use ::wiremock::{Respond, ResponseTemplate};

use crate::autional::CREATE_CLIENT_PATH;
use crate::clock::Clock;
use crate::config::MockConfig;
use crate::error::ConfigError;
use crate::gropius::AUTH_CLIENTS_PATH;
use crate::http::{Body, ErrorBody, MockRequest, Outcome};
use crate::mock::Mock;
use crate::services::AdminError;

/// The priority the `mount_*` helpers give the contract: lower than wiremock's default (5), so
/// that a test's own stubs answer first.
pub const CONTRACT_PRIORITY: u8 = 10;

/// The contract behaviour of both services over one shared [`Mock`].
#[derive(Debug, Clone)]
pub struct MountableMock {
    mock: Arc<Mock>,
}

impl MountableMock {
    /// The contract with `config` (accounts, seed, clock, profile, ...).
    pub fn new(config: &MockConfig) -> Result<Self, ConfigError> {
        Ok(Self {
            mock: Arc::new(Mock::new(config)?),
        })
    }

    /// A responder answering any request as the mock would (both services and the admin API
    /// over this one [`Mock`]): mount it on the paths you want it to answer.
    pub fn responder(&self) -> impl Respond + use<> {
        MockResponder {
            mock: self.mock.clone(),
        }
    }

    /// Mounts Autional's endpoint (any `POST` to its path) at [`CONTRACT_PRIORITY`], expecting
    /// `calls` calls (`wiremock` verifies them when the server drops).
    pub async fn mount_autional(&self, server: &::wiremock::MockServer, calls: u64) {
        ::wiremock::Mock::given(method("POST"))
            .and(path(CREATE_CLIENT_PATH))
            .respond_with(self.responder())
            .with_priority(CONTRACT_PRIORITY)
            .expect(calls)
            .mount(server)
            .await;
    }

    /// Mounts Gropius's auth-client API (any method on `/auth/api/login/client` and the paths
    /// below it: create, list, read, update, delete, client secrets) at [`CONTRACT_PRIORITY`],
    /// expecting `calls` calls in all.
    pub async fn mount_gropius(&self, server: &::wiremock::MockServer, calls: u64) {
        ::wiremock::Mock::given(path_regex(format!("^{AUTH_CLIENTS_PATH}(/.*)?$")))
            .respond_with(self.responder())
            .with_priority(CONTRACT_PRIORITY)
            .expect(calls)
            .mount(server)
            .await;
    }

    /// The core, for stored clients, the journal and faults.
    pub fn mock(&self) -> &Mock {
        &self.mock
    }
}

/// Answers a wiremock request as the contract says, through [`Mock::serve`]: injected faults
/// apply, the journal records it, and wiremock waits out an injected delay.
///
/// wiremock cannot close a connection from a responder: a `drop_connection` fault answers `503`
/// with a message saying so.
#[derive(Debug, Clone)]
pub(crate) struct MockResponder {
    mock: Arc<Mock>,
}

impl Respond for MockResponder {
    fn respond(&self, request: &::wiremock::Request) -> ResponseTemplate {
        let received = Instant::now();
        let body = if request.body.len() > self.mock.body_limit() {
            Body::TooLarge
        } else {
            Body::Complete(request.body.clone().into())
        };
        let request = MockRequest {
            method: request.method.clone(),
            path: request.url.path().to_string(),
            query: request.url.query().map(str::to_string),
            headers: request.headers.clone(),
            body,
            received,
        };
        let reply = self.mock.serve(&request);
        let response = match reply.outcome {
            Outcome::Respond(response) => response,
            Outcome::DropConnection => AdminError(
                http::StatusCode::SERVICE_UNAVAILABLE,
                "drop_connection fault: wiremock cannot close a connection".to_string(),
            )
            .response(&Clock::System),
        };
        let mut template =
            ResponseTemplate::new(response.status.as_u16()).set_body_bytes(response.body.to_vec());
        for (name, value) in &response.headers {
            template = template.append_header(name.clone(), value.clone());
        }
        match reply.delay {
            Some(delay) => template.set_delay(delay),
            None => template,
        }
    }
}
