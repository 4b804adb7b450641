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
//! `mock-server` binary. The contract logic itself is [`Mock`]: plain request in, plain
//! response out, no server inside, so any HTTP stack can sit in front of it.
#![warn(missing_docs)]

pub mod admin;
pub mod autional;
pub mod clock;
pub mod config;
pub mod entropy;
pub mod faults;
pub mod gropius;
pub mod http;
pub mod journal;
mod json;
pub mod mock;
pub mod server;
pub mod store;
pub mod text;
#[cfg(feature = "wiremock")]
pub mod wiremock;

pub use crate::admin::ResetScope;
pub use crate::clock::Clock;
pub use crate::config::{
    Credentials, DEFAULT_BODY_LIMIT, DEV_ADMIN_TOKEN, DEV_API_KEY, DEV_USER, DEV_USER_TOKEN,
    MockConfig, Profile, REDACTED, ResponseObserver,
};
pub use crate::faults::{Fault, FaultCreated, FaultSpec};
pub use crate::http::{Body, MockRequest, MockResponse};
pub use crate::journal::{JournalEntry, JournalPage, JournalQuery, ServiceName};
pub use crate::mock::{Mock, MockError, Outcome, Reply};
pub use crate::server::{MockServer, MockServerBuilder};
