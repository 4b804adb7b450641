//! The Gropius login-service's auth-client API, under `/auth/api/login/client`: create, list,
//! read, update and delete auth clients, and add, list and delete their client secrets.
//!
//! [`Client`] sends the admin's access token as `Authorization: Bearer …` on every request. A
//! create and an update always carry `redirectUrls` and `validScopes` (`vec![]` for none), and
//! an update its `name`: the contract requires them, since the real service answers `500`
//! when a list is missing (and `400` for an update without `name`), so the builders of
//! [`types::CreateAuthClientInput`] and [`types::UpdateAuthClientInput`] refuse to build
//! without them.
//!
//! A client created with `requiresSecret` (the default) cannot authorize until it has a secret.
//! The whole life of one, with a secret rotated:
//!
//! ```no_run
//! use clientreg_sdk::gropius::{self, types::{AuthClientScope, CreateAuthClientInput, UpdateAuthClientInput}};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let gropius = gropius::Client::new("http://127.0.0.1:8080", "dev-admin-token")?;
//! let created = gropius
//!     .create_auth_client(
//!         CreateAuthClientInput::builder()
//!             .name("My Client")
//!             .redirect_urls(vec!["https://example.com/oauth/callback".to_string()])
//!             .valid_scopes(vec![AuthClientScope::Backend]),
//!     )
//!     .await?;
//!
//! // A secret: keep `secret_text` now, it is never shown again.
//! let first = gropius.create_client_secret(&created.id).await?;
//! let keep_in_your_vault = first.secret_text.to_string();
//!
//! // Rotate: add the new secret, move your service to it, then delete the old one.
//! let second = gropius.create_client_secret(&created.id).await?;
//! gropius
//!     .delete_client_secret(&created.id, &first.fingerprint)
//!     .await?;
//! let left = gropius.list_client_secrets(&created.id).await?;
//! assert_eq!(left.len(), 1);
//! assert_eq!(left[0].fingerprint, second.fingerprint);
//!
//! // Fix a redirect URL, then delete the client. An update sets the name and both lists
//! // (each list replaced whole), as the real service requires: send the ones to keep.
//! gropius
//!     .update_auth_client(
//!         &created.id,
//!         UpdateAuthClientInput::builder()
//!             .name("My Client")
//!             .redirect_urls(vec!["https://example.com/callback".to_string()])
//!             .valid_scopes(vec![AuthClientScope::Backend]),
//!     )
//!     .await?;
//! gropius.delete_auth_client(&created.id).await?;
//! # drop(keep_in_your_vault);
//! # Ok(())
//! # }
//! ```

use std::fmt;

use progenitor_client::OperationInfo;
use reqwest::StatusCode;

use crate::error::checked;
use crate::generated::gropius_login as generated;
use crate::transport::{ClientSetup, Credentials, send};
use crate::{BuildError, ClientOptions, ServiceError};

pub use generated::types;

/// What a call to the Gropius login-service returns on failure.
pub type Error = crate::Error<ApiError>;

/// A client of the Gropius login-service's auth-client API.
#[derive(Debug, Clone)]
pub struct Client {
    generated: generated::Client,
    /// The same, with updates sending `"clientCredentialFlowUser": null`.
    clearing_user: generated::Client,
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
        let setup = ClientSetup::from(Credentials::bearer(token)?);
        Ok(Self {
            generated: generated::Client::new_with_client(&base_url, http.clone(), setup.clone()),
            clearing_user: generated::Client::new_with_client(
                &base_url,
                http,
                setup.with_fix(clear_user_on_update),
            ),
        })
    }

    /// Creates an auth client and returns it.
    ///
    /// `input` is a [`types::CreateAuthClientInput`] or its builder; a missing `name`,
    /// `redirect_urls` or `valid_scopes` fails with [`crate::Error::InvalidRequest`] before
    /// anything is sent.
    pub async fn create_auth_client<I>(&self, input: I) -> Result<types::AuthClient, Error>
    where
        I: TryInto<types::CreateAuthClientInput>,
        I::Error: fmt::Display,
    {
        let input = checked(input, "create auth client input")?;
        send(self.generated.create_auth_client().body(input).send()).await
    }

    /// Every auth client: the two built-in ones first, then the created ones, oldest first.
    pub async fn list_auth_clients(&self) -> Result<Vec<types::AuthClient>, Error> {
        send(self.generated.list_auth_clients().send()).await
    }

    /// The auth client `id`, with its secrets censored and its client-credential-flow user.
    pub async fn get_auth_client(&self, id: &str) -> Result<types::AuthClientDetails, Error> {
        send(self.generated.get_auth_client().id(id).send()).await
    }

    /// Sets the client's name and both lists (each replaced whole), changes the flags and the
    /// user `input` gives, and returns the client. To clear the client-credential-flow user, use
    /// [`clear_client_credential_flow_user`](Self::clear_client_credential_flow_user).
    pub async fn update_auth_client<I>(
        &self,
        id: &str,
        input: I,
    ) -> Result<types::AuthClient, Error>
    where
        I: TryInto<types::UpdateAuthClientInput>,
        I::Error: fmt::Display,
    {
        let input = checked(input, "update auth client input")?;
        send(
            self.generated
                .update_auth_client()
                .id(id)
                .body(input)
                .send(),
        )
        .await
    }

    /// Like [`update_auth_client`](Self::update_auth_client), and clears the
    /// client-credential-flow user (`"clientCredentialFlowUser": null`), which the generated
    /// input type cannot say: it leaves an absent user out.
    pub async fn clear_client_credential_flow_user<I>(
        &self,
        id: &str,
        input: I,
    ) -> Result<types::AuthClient, Error>
    where
        I: TryInto<types::UpdateAuthClientInput>,
        I::Error: fmt::Display,
    {
        let input = checked(input, "update auth client input")?;
        send(
            self.clearing_user
                .update_auth_client()
                .id(id)
                .body(input)
                .send(),
        )
        .await
    }

    /// Deletes the auth client `id` and its secrets.
    pub async fn delete_auth_client(&self, id: &str) -> Result<types::DefaultReturn, Error> {
        send(self.generated.delete_auth_client().id(id).send()).await
    }

    /// The secrets of the auth client `id`, censored, oldest first.
    pub async fn list_client_secrets(
        &self,
        id: &str,
    ) -> Result<Vec<types::CensoredClientSecret>, Error> {
        send(self.generated.list_client_secrets().id(id).send()).await
    }

    /// Adds a secret to the auth client `id`. Keep its `secret_text`: it is shown this once.
    pub async fn create_client_secret(
        &self,
        id: &str,
    ) -> Result<types::CreatedClientSecret, Error> {
        send(self.generated.create_client_secret().id(id).send()).await
    }

    /// Deletes the secret with `fingerprint` from the auth client `id`.
    pub async fn delete_client_secret(
        &self,
        id: &str,
        fingerprint: &str,
    ) -> Result<types::DefaultReturn, Error> {
        send(
            self.generated
                .delete_client_secret()
                .id(id)
                .fingerprint(fingerprint)
                .send(),
        )
        .await
    }

    /// The generated client underneath, for anything this layer does not wrap.
    pub fn generated(&self) -> &generated::Client {
        &self.generated
    }
}

crate::transport::hooks_for!(generated::Client);

/// The fix-up of the client [`Client::clear_client_credential_flow_user`] sends through:
/// `"clientCredentialFlowUser": null` in an update (the generated type leaves a `None` out of
/// the JSON).
fn clear_user_on_update(request: &mut reqwest::Request, info: &OperationInfo) {
    if info.operation_id == "update_auth_client" {
        patch_body(request, |body| {
            body.insert(
                "clientCredentialFlowUser".to_string(),
                serde_json::Value::Null,
            );
        });
    }
}

/// Rewrites a JSON object body with `change`.
fn patch_body(
    request: &mut reqwest::Request,
    change: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>),
) {
    let Some(bytes) = request.body().and_then(reqwest::Body::as_bytes) else {
        return;
    };
    let Ok(serde_json::Value::Object(mut body)) = serde_json::from_slice(bytes) else {
        return;
    };
    change(&mut body);
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
