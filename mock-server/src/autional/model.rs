//! Autional's wire types, as the mock reads and writes them. They mirror the components of
//! `openapi/autional.yaml` (a drift test holds them to it, hence `JsonSchema`, feature `schema`).

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `CreateClientRequest`. Optional properties may be left out but not sent as `null`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct CreateClientRequest {
    /// The display name.
    pub name: String,
    /// Where the authorization server may redirect back to.
    #[cfg_attr(feature = "schema", schemars(inner(url)))]
    pub redirect_uris: Vec<String>,
    /// Token-endpoint authentication methods.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<ClientAuthMethod>"))]
    pub client_auth_methods: Option<Vec<ClientAuthMethod>>,
    /// The FAPI profile.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "FapiProfile"))]
    pub fapi_profile: Option<FapiProfile>,
    /// Grant types.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<GrantType>"))]
    pub grant_types: Option<Vec<GrantType>>,
    /// Whether the client is confidential.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "bool"))]
    pub is_confidential: Option<bool>,
    /// The JWK Set, by value.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "jwk-set")))]
    pub jwks: Option<String>,
    /// The JWK Set, by reference.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "String", url))]
    pub jwks_uri: Option<String>,
    /// The logo.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "String", url))]
    pub logo_url: Option<String>,
    /// The privacy policy.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "String", url))]
    pub privacy_policy: Option<String>,
    /// Scopes.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    pub scopes: Option<Vec<String>>,
    /// The terms of service.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "String", url))]
    pub terms_url: Option<String>,
    /// The home page.
    #[serde(
        default,
        deserialize_with = "crate::json::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "String", url))]
    pub website: Option<String>,
}

/// `ClientAuthMethod`: the IANA token-endpoint authentication methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClientAuthMethod {
    /// `none`: a public client.
    None,
    /// `client_secret_basic`.
    ClientSecretBasic,
    /// `client_secret_post`.
    ClientSecretPost,
    /// `client_secret_jwt`.
    ClientSecretJwt,
    /// `private_key_jwt`.
    PrivateKeyJwt,
    /// `tls_client_auth`.
    TlsClientAuth,
    /// `self_signed_tls_client_auth`.
    SelfSignedTlsClientAuth,
}

impl ClientAuthMethod {
    /// Whether the method authenticates with a shared secret (and so the client gets one).
    pub(crate) fn uses_shared_secret(self) -> bool {
        matches!(
            self,
            Self::ClientSecretBasic | Self::ClientSecretPost | Self::ClientSecretJwt
        )
    }

    /// Whether a FAPI client may use the method.
    pub(crate) fn allowed_for_fapi(self) -> bool {
        matches!(
            self,
            Self::PrivateKeyJwt | Self::TlsClientAuth | Self::SelfSignedTlsClientAuth
        )
    }
}

/// `GrantType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub enum GrantType {
    /// `authorization_code`.
    #[serde(rename = "authorization_code")]
    AuthorizationCode,
    /// `refresh_token`.
    #[serde(rename = "refresh_token")]
    RefreshToken,
    /// `client_credentials`.
    #[serde(rename = "client_credentials")]
    ClientCredentials,
    /// `urn:ietf:params:oauth:grant-type:device_code`.
    #[serde(rename = "urn:ietf:params:oauth:grant-type:device_code")]
    DeviceCode,
    /// `urn:ietf:params:oauth:grant-type:jwt-bearer`.
    #[serde(rename = "urn:ietf:params:oauth:grant-type:jwt-bearer")]
    JwtBearer,
    /// `urn:ietf:params:oauth:grant-type:token-exchange`.
    #[serde(rename = "urn:ietf:params:oauth:grant-type:token-exchange")]
    TokenExchange,
}

/// `FapiProfile`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum FapiProfile {
    /// `fapi1`.
    Fapi1,
    /// `fapi2`.
    Fapi2,
}

/// `CreateClientResponse`: the created client, as answered and as stored. The mock always sends
/// every field but the conditional ones; the contract keeps them all optional, as published, so
/// the type says so too (`serde(default)`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct CreateClientResponse {
    /// A ULID.
    #[serde(default)]
    pub id: String,
    /// Unique and opaque.
    #[serde(default)]
    pub client_id: String,
    /// Only at creation, only for a confidential client with a shared-secret method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub client_secret: Option<String>,
    /// As given.
    #[serde(default)]
    pub name: String,
    /// As given.
    #[serde(default)]
    pub redirect_uris: Vec<String>,
    /// The distinct origins of the http(s) redirect URIs.
    #[serde(default)]
    pub cors_origins: Vec<String>,
    /// With defaults applied.
    #[serde(default)]
    pub grant_types: Vec<GrantType>,
    /// With defaults applied.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// A string holding a JSON array of the methods, defaults applied.
    #[serde(default)]
    pub client_auth_methods: String,
    /// With the default applied.
    #[serde(default)]
    pub is_confidential: bool,
    /// `active`.
    #[serde(default)]
    pub status: String,
    /// As given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "FapiProfile"))]
    pub fapi_profile: Option<FapiProfile>,
    /// As given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub jwks: Option<String>,
    /// As given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub jwks_uri: Option<String>,
    /// As given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub logo_url: Option<String>,
    /// As given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub privacy_policy: Option<String>,
    /// As given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub terms_url: Option<String>,
    /// As given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub website: Option<String>,
}

/// `CreateClientEnvelope`: the success envelope. The mock writes it with the client already
/// serialized (`D` = `&RawValue`), since that is how it keeps clients.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct CreateClientEnvelope<D = CreateClientResponse> {
    /// `0`.
    pub code: i64,
    /// The created client.
    pub data: D,
    /// `success`.
    pub message: String,
    /// RFC 3339 UTC.
    #[cfg_attr(feature = "schema", schemars(extend("format" = "date-time")))]
    pub timestamp: String,
}

/// `ErrorEnvelope`: every error answer.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ErrorEnvelope {
    /// The 8-digit business code.
    pub code: i64,
    /// What went wrong.
    pub message: String,
    /// RFC 3339 UTC.
    #[cfg_attr(feature = "schema", schemars(extend("format" = "date-time")))]
    pub timestamp: String,
}
