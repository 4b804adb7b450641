//! The wire types the mock reads and writes, each the Rust twin of a component of a document in
//! `openapi/` (named in its doc comment). They are public so that a drift test can hold each
//! type's JSON Schema to its component, and so that a test can read what the mock stores.
//!
//! Callers of the services use the SDK's generated types instead: these are the mock's own,
//! written independently of them on purpose.

pub use crate::autional::model::{
    ClientAuthMethod, CreateClientEnvelope, CreateClientRequest, CreateClientResponse,
    ErrorEnvelope, FapiProfile, GrantType,
};
pub use crate::gropius::model::{
    AuthClient, AuthClientDetails, AuthClientScope, CensoredClientSecret, CreateAuthClientInput,
    CreatedClientSecret, DefaultReturn, HttpError, UpdateAuthClientInput,
};
pub use crate::journal::{ViolationCount, ViolationSummary};
pub use crate::journal_api::{Health, HealthStatus};
pub use crate::services::ErrorMessage;
pub use crate::store::{Stats, StoreStats};
