//! Autional's internal client registration: `POST /internal/oauth/clients`.
//!
//! [`Client`] sends the API key as `X-API-Key` on every request, takes the tenant per call, and
//! unwraps the `{code, data, message, timestamp}` envelope: a call returns the created client,
//! or an [`Error`] whose [`ApiError`] carries the HTTP status, business code, message and
//! timestamp (as the service's official TypeScript SDK does).
//!
//! ```no_run
//! use clientreg_sdk::autional::{self, types::CreateClientRequest};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = autional::Client::new("http://127.0.0.1:8080", "dev-api-key")?;
//! let request = CreateClientRequest::builder()
//!     .name("My Application")
//!     .redirect_uris(vec!["https://app.example.com/callback".to_string()]);
//! match client.create_client("tenant-42", request).await {
//!     Ok(created) => println!("client_id {:?}", created.client_id),
//!     Err(clientreg_sdk::Error::Api(e)) => println!("refused: {} (code {})", e.message, e.code),
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok(())
//! # }
//! ```

use std::fmt;

use chrono::{DateTime, Utc};
use reqwest::StatusCode;

use crate::error::checked;
use crate::generated::autional as generated;
use crate::transport::{Credentials, observe_status};
use crate::{BuildError, ClientOptions, ServiceError};

crate::transport::hooks_for!(generated::Client);

pub use generated::types;

/// What a call to Autional returns on failure.
pub type Error = crate::Error<ApiError>;

/// The business code Autional answers with on success.
pub const SUCCESS_CODE: i64 = 0;

/// A client of Autional's internal client-registration API.
#[derive(Debug, Clone)]
pub struct Client {
    generated: generated::Client,
}

impl Client {
    /// A client for the service at `base_url` (including the `/api/v1` base path of the real
    /// service; the mock server serves at its root) that authenticates with `api_key`, with
    /// default [`ClientOptions`].
    pub fn new(base_url: &str, api_key: &str) -> Result<Self, BuildError> {
        Self::with_options(base_url, api_key, ClientOptions::default())
    }

    /// Like [`Client::new`], with your own timeouts and `User-Agent`.
    pub fn with_options(
        base_url: &str,
        api_key: &str,
        options: ClientOptions,
    ) -> Result<Self, BuildError> {
        Self::with_http_client(base_url, api_key, options.build_http_client()?)
    }

    /// Like [`Client::new`], over your own `reqwest::Client` (its timeouts, proxies, TLS and
    /// `User-Agent` apply; the API key is still sent on every request).
    pub fn with_http_client(
        base_url: &str,
        api_key: &str,
        http: reqwest::Client,
    ) -> Result<Self, BuildError> {
        let base_url = crate::options::normalize_base_url(base_url)?;
        Ok(Self {
            generated: generated::Client::new_with_client(
                &base_url,
                http,
                Credentials::api_key(api_key)?.into(),
            ),
        })
    }

    /// Registers an OAuth client for `tenant` and returns it, with its `client_secret` when the
    /// contract gives one (the only time the secret is ever shown).
    ///
    /// `request` is a [`types::CreateClientRequest`] or its builder. A blank tenant or a request
    /// missing a required field fails with [`crate::Error::InvalidRequest`] before anything is
    /// sent.
    pub async fn create_client<R>(
        &self,
        tenant: &str,
        request: R,
    ) -> Result<types::CreateClientResponse, Error>
    where
        R: TryInto<types::CreateClientRequest>,
        R::Error: fmt::Display,
    {
        let tenant = types::CreateClientXTenantId::try_from(tenant).map_err(|e| {
            crate::Error::InvalidRequest(format!(
                "tenant {tenant:?} is not a valid X-Tenant-ID: {e}"
            ))
        })?;
        let request = checked(request, "create client request")?;
        let call = Box::pin(
            self.generated
                .create_client()
                .x_tenant_id(tenant)
                .body(request)
                .send(),
        );
        let (result, status) = observe_status(call).await;
        match result {
            Ok(answer) => {
                let status = answer.status();
                let envelope = answer.into_inner();
                if envelope.code == SUCCESS_CODE {
                    Ok(envelope.data)
                } else {
                    Err(crate::Error::Api(ApiError {
                        status,
                        code: envelope.code,
                        message: envelope.message,
                        timestamp: envelope.timestamp,
                    }))
                }
            }
            Err(error) => Err(crate::Error::from_generated(error, status).await),
        }
    }

    /// The generated client underneath, for anything this layer does not wrap.
    pub fn generated(&self) -> &generated::Client {
        &self.generated
    }
}

/// An error Autional answered with: an error status, or a success status whose envelope
/// carries a non-zero code.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The 8-digit business code (`40000002` a validation rule failed, `40100001` a missing or
    /// unknown API key, ...; the contract's description lists them all).
    pub code: i64,
    /// What went wrong; for a validation error it names the field and the rule.
    pub message: String,
    /// When the service answered.
    pub timestamp: DateTime<Utc>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Autional answered HTTP {} with code {}: {}",
            self.status, self.code, self.message
        )
    }
}

impl std::error::Error for ApiError {}

impl crate::error::sealed::FromErrorBody for ApiError {
    type Body = types::ErrorEnvelope;

    fn from_body(status: StatusCode, body: types::ErrorEnvelope) -> Self {
        Self {
            status,
            code: body.code,
            message: body.message,
            timestamp: body.timestamp,
        }
    }

    /// Also an error: a success status whose envelope carries a non-zero code and no `data`
    /// (the official TypeScript SDK looks at `code`, not at the status).
    fn from_unplaced(status: StatusCode, body: &[u8]) -> Option<Self> {
        let envelope: types::ErrorEnvelope = serde_json::from_slice(body).ok()?;
        let is_error =
            status.is_client_error() || status.is_server_error() || envelope.code != SUCCESS_CODE;
        is_error.then(|| Self::from_body(status, envelope))
    }
}

impl ServiceError for ApiError {
    fn status(&self) -> StatusCode {
        self.status
    }
}

impl types::CreateClientResponse {
    /// The token-endpoint authentication methods, parsed from `client_auth_methods` (which the
    /// contract types as a string holding a JSON array). Empty when the field is absent.
    ///
    /// ```
    /// # use clientreg_sdk::autional::types::{ClientAuthMethod, CreateClientResponse};
    /// let created = CreateClientResponse::builder()
    ///     .client_auth_methods(Some(r#"["client_secret_basic","private_key_jwt"]"#.to_string()));
    /// let created = CreateClientResponse::try_from(created).unwrap();
    /// assert_eq!(
    ///     created.client_auth_methods().unwrap(),
    ///     vec![ClientAuthMethod::ClientSecretBasic, ClientAuthMethod::PrivateKeyJwt],
    /// );
    /// ```
    pub fn client_auth_methods(&self) -> Result<Vec<types::ClientAuthMethod>, serde_json::Error> {
        match &self.client_auth_methods {
            Some(text) => serde_json::from_str(text),
            None => Ok(Vec::new()),
        }
    }
}
