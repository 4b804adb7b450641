//! The Gropius login-service's wire types, as the mock reads and writes them. They mirror the
//! components of `openapi/gropius-login.yaml` (a drift test holds them to it).

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `CreateAuthClientInput`, with the contract's defaults applied on reading. The two lists are
/// required by the contract, but read with a default: their absence is answered after the user
/// lookup (where the real service crashes), not when this type is read.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", schemars(extend("required" = ["name", "redirectUrls", "validScopes"])))]
pub struct CreateAuthClientInput {
    /// The name.
    pub name: String,
    /// Redirect URLs.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(inner(url)))]
    pub redirect_urls: Vec<String>,
    /// Validity; default `true`.
    #[serde(default = "yes")]
    pub is_valid: bool,
    /// Whether a secret is required; default `true`.
    #[serde(default = "yes")]
    pub requires_secret: bool,
    /// Scopes.
    #[serde(default)]
    pub valid_scopes: Vec<AuthClientScope>,
    /// The subject for the client credential flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub client_credential_flow_user: Option<String>,
}

fn yes() -> bool {
    true
}

/// `AuthClientScope`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AuthClientScope {
    /// `login`: the login-service REST API.
    Login,
    /// `login-register`: a registration-only token.
    LoginRegister,
    /// `backend`: the Gropius GraphQL backend.
    Backend,
    /// `auth`: the internal login-flow API.
    Auth,
}

/// `AuthClient`: the created client, as answered and as stored.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AuthClient {
    /// A UUID v4 for a created client; the built-in clients' ids are words.
    pub id: String,
    /// As given.
    pub name: String,
    /// As given, defaulted.
    pub redirect_urls: Vec<String>,
    /// As given, defaulted.
    pub is_valid: bool,
    /// As given, defaulted.
    pub requires_secret: bool,
    /// As given, kept; the service never shows it (`None` in every answer), as the real
    /// service does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_scopes: Option<Vec<AuthClientScope>>,
    /// `true` only for the two built-in clients.
    pub is_internal: bool,
}

/// `UpdateAuthClientInput`: the name and both lists set, the flags and the user changed only
/// when given.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct UpdateAuthClientInput {
    /// The new name.
    pub name: String,
    /// The redirect URLs, replacing the old ones.
    #[cfg_attr(feature = "schema", schemars(inner(url)))]
    pub redirect_urls: Vec<String>,
    /// A new validity flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "bool"))]
    pub is_valid: Option<bool>,
    /// Whether a secret is required from now on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "bool"))]
    pub requires_secret: Option<bool>,
    /// The scopes, replacing the old ones.
    pub valid_scopes: Vec<AuthClientScope>,
    /// A new client-credential-flow user (`Some(None)`: cleared by `null`).
    #[serde(
        default,
        deserialize_with = "crate::json::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    pub client_credential_flow_user: Option<Option<String>>,
}

/// `GetAuthClientResponse` (component `AuthClientDetails`): an auth client with its censored
/// secrets and its client-credential-flow user.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AuthClientDetails {
    /// The auth client.
    #[serde(flatten)]
    pub client: AuthClient,
    /// Its secrets, censored, oldest first.
    pub censored_client_secrets: Vec<CensoredClientSecret>,
    /// The id of its client-credential-flow user, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub client_credential_flow_user: Option<String>,
}

/// `CensoredClientSecret`: a secret as it is shown after its creation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct CensoredClientSecret {
    /// The secret's first 5 characters and ten `*`.
    pub censored: String,
    /// The hex SHA-256 of the secret's stored hash.
    pub fingerprint: String,
}

/// `CreateAuthClientSecretResponse` (component `CreatedClientSecret`): a new secret, shown
/// this once.
#[derive(Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CreatedClientSecret {
    /// The secret.
    pub secret_text: String,
    /// Its first 5 characters and ten `*`.
    pub censored: String,
    /// The hex SHA-256 of its stored hash.
    pub fingerprint: String,
}

impl std::fmt::Debug for CreatedClientSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreatedClientSecret")
            .field("secret_text", &crate::shared::REDACTED)
            .field("censored", &self.censored)
            .field("fingerprint", &self.fingerprint)
            .finish()
    }
}

/// `DefaultReturn`: the answer to an operation that returns nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DefaultReturn {
    /// What was done (`delete-client`, `delete-clientSecret`).
    pub operation: String,
    /// `success`.
    pub result: String,
    /// When, ISO 8601 with milliseconds.
    #[cfg_attr(feature = "schema", schemars(extend("format" = "date-time")))]
    pub time: String,
}

/// `HttpError`: NestJS's error body.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct HttpError {
    /// The HTTP status, repeated.
    pub status_code: u16,
    /// What went wrong.
    pub message: String,
    /// The reason phrase, when NestJS adds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub error: Option<String>,
}
