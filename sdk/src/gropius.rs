//! The Gropius login-service's auth clients: `POST /auth/api/login/client`.
//!
//! [`Client`] sends the admin's access token as `Authorization: Bearer …` on every request and
//! always sends `redirectUrls` and `validScopes`, even empty: the real service answers `500`
//! when either is missing, although the contract gives both a default.
//!
//! ```no_run
//! use sdk::gropius::{self, types::{AuthClientScope, CreateAuthClientInput}};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = gropius::Client::new("http://127.0.0.1:8080", "dev-admin-token")?;
//! let created = client
//!     .create_auth_client(
//!         CreateAuthClientInput::builder()
//!             .name("My Client")
//!             .redirect_urls(vec!["https://example.com/oauth/callback".to_string()])
//!             .valid_scopes(vec![AuthClientScope::Backend]),
//!     )
//!     .await?;
//! println!("created {} (requires secret: {})", created.id, created.requires_secret);
//! # Ok(())
//! # }
//! ```

use std::fmt;

use progenitor_client::OperationInfo;
use reqwest::StatusCode;

use crate::generated::gropius_login as generated;
use crate::transport::{Credentials, observe_status};
use crate::{BuildError, ClientOptions, ServiceError};

pub use generated::types;

/// What a call to the Gropius login-service returns on failure.
pub type Error = crate::Error<ApiError>;

/// A client of the Gropius login-service's auth-client API.
#[derive(Debug, Clone)]
pub struct Client {
    generated: generated::Client,
}

impl Client {
    /// A client for the service at `base_url` that authenticates with the access token
    /// `token` (its user must be an admin), with default [`ClientOptions`].
    pub fn new(base_url: &str, token: &str) -> Result<Self, BuildError> {
        Self::with_options(base_url, token, ClientOptions::default())
    }

    /// Like [`Client::new`], with your own timeouts and `User-Agent`.
    pub fn with_options(
        base_url: &str,
        token: &str,
        options: ClientOptions,
    ) -> Result<Self, BuildError> {
        Self::with_http_client(base_url, token, options.build_http_client()?)
    }

    /// Like [`Client::new`], over your own `reqwest::Client` (the token is still sent on every
    /// request).
    pub fn with_http_client(
        base_url: &str,
        token: &str,
        http: reqwest::Client,
    ) -> Result<Self, BuildError> {
        let base_url = crate::options::normalize_base_url(base_url)?;
        Ok(Self {
            generated: generated::Client::new_with_client(
                &base_url,
                http,
                Credentials::bearer(token)?,
            ),
        })
    }

    /// Creates an auth client and returns it.
    ///
    /// `input` is a [`types::CreateAuthClientInput`] or its builder; a missing `name` fails with
    /// [`crate::Error::InvalidRequest`] before anything is sent.
    pub async fn create_auth_client<I>(&self, input: I) -> Result<types::AuthClient, Error>
    where
        I: TryInto<types::CreateAuthClientInput>,
        I::Error: fmt::Display,
    {
        let input = input
            .try_into()
            .map_err(|e| crate::Error::InvalidRequest(format!("create auth client input: {e}")))?;
        let call = Box::pin(self.generated.create_auth_client().body(input).send());
        let (result, status) = observe_status(call).await;
        match result {
            Ok(answer) => Ok(answer.into_inner()),
            Err(error) => Err(crate::Error::from_generated(error, status).await),
        }
    }

    /// The generated client underneath, for anything this layer does not wrap.
    pub fn generated(&self) -> &generated::Client {
        &self.generated
    }
}

/// The lists the real service needs present in a create body, although the contract gives
/// them a default (`[]`): it answers `500` when either is missing.
const ALWAYS_SENT_LISTS: [&str; 2] = ["redirectUrls", "validScopes"];

/// Puts every list of [`ALWAYS_SENT_LISTS`] into a `create_auth_client` body, empty when the
/// caller gave none: the generated type leaves an empty list out of the JSON.
pub(crate) fn send_default_lists(request: &mut reqwest::Request, info: &OperationInfo) {
    if info.operation_id != "create_auth_client" {
        return;
    }
    let Some(bytes) = request.body().and_then(reqwest::Body::as_bytes) else {
        return;
    };
    let Ok(serde_json::Value::Object(mut body)) = serde_json::from_slice(bytes) else {
        return;
    };
    for list in ALWAYS_SENT_LISTS {
        body.entry(list)
            .or_insert_with(|| serde_json::Value::Array(Vec::new()));
    }
    if let Ok(bytes) = serde_json::to_vec(&body) {
        *request.body_mut() = Some(bytes.into());
    }
}

/// An error the Gropius login-service answered with (NestJS's error body).
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// What went wrong, in the service's words (`Authorization header is empty`, `Invalid
    /// redirect url: Invalid URL`, ...).
    pub message: String,
    /// The status's reason phrase, when the service sends it (`Bad Request`, `Forbidden`, ...).
    pub error: Option<String>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Gropius answered HTTP {}: {}", self.status, self.message)
    }
}

impl std::error::Error for ApiError {}

impl crate::error::sealed::FromErrorBody for ApiError {
    type Body = types::HttpError;

    fn from_body(status: StatusCode, body: types::HttpError) -> Self {
        Self {
            status,
            message: body.message,
            error: body.error,
        }
    }
}

impl ServiceError for ApiError {
    fn status(&self) -> StatusCode {
        self.status
    }
}
