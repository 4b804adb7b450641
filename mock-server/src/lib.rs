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
//! `clientreg-mock` binary. What a test needs is at the root: start a server, configure it
//! ([`config`]), inject faults ([`FaultSpec`]), read the journal ([`JournalQuery`]), the stored
//! clients and the divergences. The rest is in a few modules:
//!
//! - [`config`]: every setting of the mock ([`config::MockConfig`]) and of its server
//!   ([`config::ServerConfig`]);
//! - [`model`]: the wire types, each the twin of a component of `openapi/`;
//! - [`adapter`]: the contract logic, [`Mock`], as a plain request in and a reply out, for
//!   putting another HTTP stack in front of it;
//! - [`wiremock`] (feature `wiremock`): the mock mounted on a `wiremock::MockServer`;
//! - [`check`] (feature `check`): the contract as a checker of real services' answers, with
//!   `verify` and `replay`; [`proxy`] (feature `proxy`): live traffic forwarded and checked.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use clientreg_mock::{FaultSpec, JournalQuery, MockServer};
//!
//! let server = MockServer::start().await;
//! server
//!     .add_fault(FaultSpec::new("POST", "/internal/oauth/clients").status(503).times(1))
//!     .unwrap();
//! // … the code under test calls `server.base_url()` …
//! assert_eq!(server.journal(&JournalQuery::default()).total, 0);
//! # }
//! ```
//!
//! # Features
//!
//! | feature | default | turns on |
//! |---|---|---|
//! | `cli` | yes | the `clientreg-mock` binary: argument parsing, the allocator, log formatting, signals (implies `check`, `proxy`, `tls`) |
//! | `check` | | [`check`]: the contract as a checker of real answers (`verify`, `replay`) |
//! | `proxy` | | [`proxy`]: live traffic forwarded to the real service and checked |
//! | `tls` | | HTTPS: `MockServerBuilder::https`, [`CaCertificate`], HTTP/2 by ALPN |
//! | `wiremock` | | [`wiremock`]: the mock as a `wiremock::Respond` |
//! | `schema` | | `schemars::JsonSchema` for the wire types in [`model`] |
//!
//! A test crate depends on it with `default-features = false` (and the features it uses): the
//! library then builds none of what the binary alone needs.
//!
//! # Which contract
//!
//! The documents and trials come from `clientreg-contract`, of which this crate depends on
//! exactly one version; a change to the contract that breaks a caller moves this crate's minor
//! version (0.x), as does a breaking change to its Rust API.
#![warn(missing_docs)]

mod admin;
mod autional;
#[cfg(feature = "check")]
pub mod check;
mod clock;
pub mod config;
mod entropy;
mod error;
mod faults;
mod gropius;
mod http;
mod journal;
mod journal_api;
mod json;
mod mock;
pub mod model;
mod pact;
mod profile;
#[cfg(feature = "proxy")]
pub mod proxy;
mod server;
mod services;
mod shared;
mod state;
mod store;
mod text;
#[cfg(feature = "tls")]
mod tls;
#[cfg(feature = "wiremock")]
pub mod wiremock;

pub mod adapter {
    //! The contract logic as a value, for an adapter that puts its own HTTP stack in front of
    //! it: build a [`MockRequest`], hand it to [`crate::Mock::serve`], wait out the
    //! [`Reply`]'s delay and send its [`Outcome`]. The server behind [`crate::MockServer`] and
    //! the [`crate::wiremock`] responder are two such adapters.
    pub use crate::http::{Body, MockRequest, MockResponse, Outcome, Reply};
}

pub use crate::config::{DEV_ADMIN_TOKEN, DEV_API_KEY, DEV_USER, DEV_USER_TOKEN};
pub use crate::error::{ConfigError, FaultError, StartError, UnknownName};
pub use crate::faults::{Fault, FaultHeader, FaultSpec};
pub use crate::http::Divergence;
pub use crate::journal::{JournalEntry, JournalPage, JournalQuery};
pub use crate::mock::Mock;
pub use crate::profile::Profile;
pub use crate::server::{MockServer, MockServerBuilder};
pub use crate::services::Service;
pub use crate::state::NotedDivergence;
#[cfg(feature = "tls")]
pub use crate::tls::CaCertificate;

/// The crate README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;
