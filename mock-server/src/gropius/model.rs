//! The Gropius login-service's wire types, as the mock reads and writes them. They mirror the
//! components of `openapi/gropius-login.yaml` (a drift test holds them to it).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// `CreateAuthClientInput`, with the contract's defaults applied on reading.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CreateAuthClientInput {
    /// The name.
    pub name: String,
    /// Redirect URLs; default `[]`.
    #[serde(default)]
    #[schemars(inner(url))]
    pub redirect_urls: Vec<String>,
    /// Validity; default `true`.
    #[serde(default = "yes")]
    pub is_valid: bool,
    /// Whether a secret is required; default `true`.
    #[serde(default = "yes")]
    pub requires_secret: bool,
    /// Scopes; default `[]`.
    #[serde(default)]
    pub valid_scopes: Vec<AuthClientScope>,
    /// The subject for the client credential flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub client_credential_flow_user: Option<String>,
}

fn yes() -> bool {
    true
}

/// `AuthClientScope`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuthClient {
    /// A UUID v4.
    pub id: Uuid,
    /// As given.
    pub name: String,
    /// As given, defaulted.
    pub redirect_urls: Vec<String>,
    /// As given, defaulted.
    pub is_valid: bool,
    /// As given, defaulted.
    pub requires_secret: bool,
    /// As given, defaulted; left out under the `upstream` profile, as the real service does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Vec<AuthClientScope>")]
    pub valid_scopes: Option<Vec<AuthClientScope>>,
    /// Always `false` for a client created through the API.
    pub is_internal: bool,
}

/// `HttpError`: NestJS's error body.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HttpError {
    /// The HTTP status, repeated.
    pub status_code: u16,
    /// What went wrong.
    pub message: String,
    /// The reason phrase, when NestJS adds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub error: Option<String>,
}
