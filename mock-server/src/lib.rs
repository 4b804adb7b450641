//! An in-memory, stateful mock of two OAuth client-registration endpoints, held to the
//! contract in `openapi/`:
//!
//! - Autional `POST /internal/oauth/clients` (API key, tenant header, envelope), and
//! - Gropius login-service `POST /auth/api/login/client` (admin Bearer token).
//!
//! Every validation rule of the contract is enforced, with the status, code and message the
//! contract gives; a rejected request stores nothing; clients are kept per tenant.
//!
//! Use it in-process with [`MockServer`] (a random port, shut down on drop), or run the
//! `mock-server` binary. The contract logic itself is [`Mock`]: a plain request in, a [`Reply`]
//! out, no server inside, so any HTTP stack can sit in front of it; with the `wiremock` feature,
//! [`wiremock`] mounts it on a `wiremock::MockServer`.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use mock_server::{FaultSpec, JournalQuery, MockServer};
//!
//! let server = MockServer::start().await;
//! server
//!     .add_fault(FaultSpec::new("POST", "/internal/oauth/clients").status(503).times(1))
//!     .unwrap();
//! // … the code under test calls `server.base_url()` …
//! assert_eq!(server.journal(&JournalQuery::default()).total, 0);
//! # }
//! ```
#![warn(missing_docs)]

mod admin;
mod autional;
mod clock;
mod config;
mod entropy;
mod error;
mod faults;
mod gropius;
mod http;
mod journal;
mod json;
mod mock;
pub mod model;
mod profile;
#[cfg(feature = "proxy")]
pub mod proxy;
mod server;
mod shared;
mod state;
mod store;
mod text;
#[cfg(feature = "verify")]
pub mod verify;
#[cfg(feature = "wiremock")]
pub mod wiremock;

pub use crate::clock::Clock;
pub use crate::config::{
    Accounts, DEFAULT_BODY_LIMIT, DEFAULT_HEADER_TIMEOUT, DEFAULT_IDLE_TIMEOUT,
    DEFAULT_MAX_CLIENTS, DEFAULT_MAX_CONNECTIONS, DEV_ADMIN_TOKEN, DEV_API_KEY, DEV_USER,
    DEV_USER_TOKEN, DroppedLogLines, MockConfig, ResponseObserver,
};
pub use crate::error::{ConfigError, FaultError, StartError};
pub use crate::faults::{Fault, FaultCreated, FaultHeader, FaultSpec};
pub use crate::gropius::ENDPOINT as GROPIUS_ENDPOINT;
pub use crate::http::{Body, Divergence, MockRequest, MockResponse};
pub use crate::journal::{
    DEFAULT_JOURNAL_CAPACITY, JournalEntry, JournalPage, JournalQuery, ServiceName, ViolationCount,
    ViolationSummary,
};
pub use crate::mock::{Mock, Outcome, Reply};
pub use crate::profile::{Profile, UnknownProfile};
pub use crate::server::{MockServer, MockServerBuilder};
pub use crate::shared::REDACTED;
pub use crate::state::{NotedDivergence, ResetScope};
