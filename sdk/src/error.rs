//! The one error type every call returns, and the mapping from progenitor's errors to it.

use std::fmt;

use bytes::Bytes;
use reqwest::StatusCode;

/// What went wrong with a call. `A` is the service's own API error
/// ([`crate::autional::ApiError`], [`crate::gropius::ApiError`]).
///
/// [`Error::Api`] means the service answered and said no; every other variant means no answer
/// the contract describes came back.
#[derive(Debug, thiserror::Error)]
pub enum Error<A: ServiceError> {
    /// The request was not sent: a value broke a constraint the contract states (a blank
    /// tenant, a missing required field).
    #[error("invalid request, nothing was sent: {0}")]
    InvalidRequest(String),
    /// The service answered with an error the contract describes.
    #[error("{0}")]
    Api(A),
    /// No answer came: connection refused or reset, timeout, or the body broke off.
    #[error("no answer from the service: {0}")]
    Transport(#[source] reqwest::Error),
    /// An answer came that the contract does not describe: a status it does not declare, or a
    /// body that does not decode (a 500 with an HTML page, truncated JSON).
    #[error("unexpected answer{}: {detail}", status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
    UnexpectedResponse {
        /// The HTTP status of the answer.
        status: Option<StatusCode>,
        /// The body as received.
        body: Bytes,
        /// Why it could not be read.
        detail: String,
    },
}

impl<A: ServiceError> Error<A> {
    /// The HTTP status of the answer, when one came.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::InvalidRequest(_) => None,
            Error::Api(api) => Some(api.status()),
            Error::Transport(e) => e.status(),
            Error::UnexpectedResponse { status, .. } => *status,
        }
    }

    /// The service's API error, when it answered with one.
    pub fn api(&self) -> Option<&A> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }

    /// Whether no answer came because the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_timeout())
    }

    /// Maps what a generated call returned. `status` is the answer's status as the transport
    /// hooks saw it (progenitor drops it when a body does not decode).
    pub(crate) async fn from_generated(
        error: progenitor_client::Error<A::Body>,
        status: Option<StatusCode>,
    ) -> Self {
        use progenitor_client::Error as Generated;
        match error {
            Generated::InvalidRequest(message) | Generated::Custom(message) => {
                Error::InvalidRequest(message)
            }
            Generated::CommunicationError(e)
            | Generated::InvalidUpgrade(e)
            | Generated::ResponseBodyError(e) => Error::Transport(e),
            Generated::ErrorResponse(answer) => {
                let status = answer.status();
                Error::Api(A::from_body(status, answer.into_inner()))
            }
            Generated::InvalidResponsePayload(body, e) => Self::from_bytes(
                status,
                body,
                format!("the body does not match the contract: {e}"),
            ),
            Generated::UnexpectedResponse(response) => {
                let status = response.status();
                match response.bytes().await {
                    Ok(body) => Self::from_bytes(
                        Some(status),
                        body,
                        format!("the contract does not declare status {status}"),
                    ),
                    Err(e) => Error::Transport(e),
                }
            }
        }
    }

    /// An answer progenitor could not place: still an API error when it is an error status with
    /// the service's error body, otherwise an unexpected answer.
    fn from_bytes(status: Option<StatusCode>, body: Bytes, detail: String) -> Self {
        if let Some(api) = status.and_then(|status| A::from_unplaced(status, &body)) {
            return Error::Api(api);
        }
        Error::UnexpectedResponse {
            status,
            body,
            detail,
        }
    }
}

/// A typed input from what the caller gave (the type or its builder), or an
/// [`Error::InvalidRequest`] saying what is missing; nothing is sent then.
pub(crate) fn checked<T, I, A>(input: I, what: &str) -> Result<T, Error<A>>
where
    A: ServiceError,
    I: TryInto<T>,
    I::Error: fmt::Display,
{
    input
        .try_into()
        .map_err(|e| Error::InvalidRequest(format!("{what}: {e}")))
}

/// An error a service answered with: what [`Error::Api`] carries
/// ([`crate::autional::ApiError`], [`crate::gropius::ApiError`]). Sealed: only this crate's
/// error types implement it.
pub trait ServiceError: fmt::Display + fmt::Debug + sealed::FromErrorBody {
    /// The HTTP status the service answered with.
    fn status(&self) -> StatusCode;
}

/// What [`ServiceError`] needs that users must not call nor implement: in a private module,
/// so that the trait is sealed.
pub(crate) mod sealed {
    use reqwest::StatusCode;

    /// Builds a service's API error from the error body the contract declares.
    pub trait FromErrorBody: Sized {
        /// The service's error body, as generated from the contract.
        type Body: serde::de::DeserializeOwned;

        /// Builds the error from an answer's status and error body.
        fn from_body(status: StatusCode, body: Self::Body) -> Self;

        /// Reads an answer the generated code could not place (an undeclared status, or a body
        /// that is not the declared one): an API error when it is an error status carrying the
        /// service's error body.
        fn from_unplaced(status: StatusCode, body: &[u8]) -> Option<Self> {
            if !(status.is_client_error() || status.is_server_error()) {
                return None;
            }
            serde_json::from_slice(body)
                .ok()
                .map(|parsed| Self::from_body(status, parsed))
        }
    }
}

/// Why a client could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The base URL is not an absolute http(s) URL.
    #[error("base URL {base_url:?} is not usable: {reason}")]
    BaseUrl {
        /// The base URL as given.
        base_url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A credential cannot be sent as an HTTP header.
    #[error("the {what} is not usable: {reason}")]
    Credential {
        /// Which credential.
        what: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// reqwest could not build its client (no TLS backend, say).
    #[error("the HTTP client could not be built: {0}")]
    HttpClient(#[source] reqwest::Error),
}
