//! The wire types a test reads from the mock (the clients it stores, its counts), each the Rust
//! twin of a component of a document in `openapi/` (named in its doc comment), and, with the
//! `schema` feature, [`component_schemas`]: the JSON Schema of every wire type the mock reads
//! or writes beside the component it twins, for a drift test to hold each to the contract.
//!
//! Callers of the services use the SDK's generated types instead: these are the mock's own,
//! written independently of them on purpose.

pub use crate::autional::model::{CreateClientResponse, FapiProfile, GrantType};
pub use crate::gropius::model::{
    AuthClient, AuthClientDetails, AuthClientScope, CensoredClientSecret,
};
pub use crate::journal::{ViolationCount, ViolationSummary};
pub use crate::store::{Stats, StoreStats};

/// Every wire type the mock reads or writes, as `(document, component, the type's JSON Schema)`:
/// the type is the twin of `component` in `openapi/<document>` (feature `schema`).
///
/// ```
/// let twins = clientreg_mock::model::component_schemas();
/// assert!(twins.iter().any(|(document, component, _)| {
///     *document == "gropius-login.yaml" && *component == "AuthClient"
/// }));
/// ```
#[cfg(feature = "schema")]
pub fn component_schemas() -> Vec<(&'static str, &'static str, serde_json::Value)> {
    fn schema<T: schemars::JsonSchema>() -> serde_json::Value {
        serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default()
    }
    vec![
        (
            "autional.yaml",
            "CreateClientRequest",
            schema::<crate::autional::model::CreateClientRequest>(),
        ),
        (
            "autional.yaml",
            "CreateClientResponse",
            schema::<crate::autional::model::CreateClientResponse>(),
        ),
        (
            "autional.yaml",
            "CreateClientEnvelope",
            schema::<crate::autional::model::CreateClientEnvelope>(),
        ),
        (
            "autional.yaml",
            "ErrorEnvelope",
            schema::<crate::autional::model::ErrorEnvelope>(),
        ),
        (
            "autional.yaml",
            "ClientAuthMethod",
            schema::<crate::autional::model::ClientAuthMethod>(),
        ),
        (
            "autional.yaml",
            "GrantType",
            schema::<crate::autional::model::GrantType>(),
        ),
        (
            "autional.yaml",
            "FapiProfile",
            schema::<crate::autional::model::FapiProfile>(),
        ),
        (
            "gropius-login.yaml",
            "CreateAuthClientInput",
            schema::<crate::gropius::model::CreateAuthClientInput>(),
        ),
        (
            "gropius-login.yaml",
            "AuthClient",
            schema::<crate::gropius::model::AuthClient>(),
        ),
        (
            "gropius-login.yaml",
            "HttpError",
            schema::<crate::gropius::model::HttpError>(),
        ),
        (
            "gropius-login.yaml",
            "UpdateAuthClientInput",
            schema::<crate::gropius::model::UpdateAuthClientInput>(),
        ),
        (
            "gropius-login.yaml",
            "AuthClientDetails",
            schema::<crate::gropius::model::AuthClientDetails>(),
        ),
        (
            "gropius-login.yaml",
            "CensoredClientSecret",
            schema::<crate::gropius::model::CensoredClientSecret>(),
        ),
        (
            "gropius-login.yaml",
            "CreatedClientSecret",
            schema::<crate::gropius::model::CreatedClientSecret>(),
        ),
        (
            "gropius-login.yaml",
            "DefaultReturn",
            schema::<crate::gropius::model::DefaultReturn>(),
        ),
        (
            "mock-admin.yaml",
            "Divergence",
            schema::<crate::http::Divergence>(),
        ),
        (
            "gropius-login.yaml",
            "AuthClientScope",
            schema::<crate::gropius::model::AuthClientScope>(),
        ),
        (
            "mock-admin.yaml",
            "MockError",
            schema::<crate::services::ErrorMessage>(),
        ),
        (
            "mock-admin.yaml",
            "Health",
            schema::<crate::journal_api::Health>(),
        ),
        ("mock-admin.yaml", "Stats", schema::<crate::store::Stats>()),
        (
            "mock-admin.yaml",
            "ViolationSummary",
            schema::<crate::journal::ViolationSummary>(),
        ),
        (
            "mock-admin.yaml",
            "ViolationCount",
            schema::<crate::journal::ViolationCount>(),
        ),
        (
            "mock-admin.yaml",
            "StoreStats",
            schema::<crate::store::StoreStats>(),
        ),
        (
            "mock-admin.yaml",
            "ResetScope",
            schema::<crate::services::Service>(),
        ),
        (
            "mock-admin.yaml",
            "ServiceName",
            schema::<crate::journal::ServiceName>(),
        ),
        (
            "mock-admin.yaml",
            "AutionalClient",
            schema::<crate::autional::model::CreateClientResponse>(),
        ),
        (
            "mock-admin.yaml",
            "GropiusClient",
            schema::<crate::gropius::model::AuthClientDetails>(),
        ),
        (
            "mock-admin.yaml",
            "JournalEntry",
            schema::<crate::journal::JournalEntry>(),
        ),
        (
            "mock-admin.yaml",
            "JournalPage",
            schema::<crate::journal::JournalPage>(),
        ),
        (
            "mock-admin.yaml",
            "FaultSpec",
            schema::<crate::faults::FaultSpec>(),
        ),
        (
            "mock-admin.yaml",
            "FaultCreated",
            schema::<crate::faults::FaultCreated>(),
        ),
        ("mock-admin.yaml", "Fault", schema::<crate::faults::Fault>()),
    ]
}
