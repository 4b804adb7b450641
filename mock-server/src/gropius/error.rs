//! Every way a Gropius call fails, with the real service's status, message and body shape:
//! the one place where those are decided.

use http::StatusCode;
use http::header::WWW_AUTHENTICATE;

use super::model::HttpError;
use super::quirks::Quirk;
use crate::http::MockResponse;

/// Why a Gropius request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum GropiusError {
    /// The body is not JSON (answered by the body parser, before authentication).
    #[error("{0}")]
    MalformedJson(String),
    /// The body is longer than the limit (answered by the body parser).
    #[error("request entity too large")]
    BodyTooLarge,
    /// The body could not be read: broken framing, or the client stopped sending (answered by
    /// the body parser).
    #[error("request aborted: {0}")]
    UnreadableBody(String),
    /// Authentication failed.
    #[error("{0}")]
    Unauthorized(String),
    /// The token's user is not an admin.
    #[error("Forbidden resource")]
    Forbidden,
    /// A body check failed.
    #[error("{0}")]
    BadRequest(String),
    /// `clientCredentialFlowUser` names no known user.
    #[error("User with given id not found")]
    UserNotFound,
    /// No auth client has the id (a read).
    #[error("Auth client with given id not found")]
    ClientNotFound,
    /// No auth client that can be changed has the id (a write: none, or a built-in one).
    #[error("Auth client with given id not found or is default auth client")]
    ClientNotWritable,
    /// The client has no secret with the fingerprint.
    #[error("No secret with given fingerprint")]
    SecretNotFound,
    /// What the real service answers where it departs from the contract (the `upstream`
    /// profile only).
    #[error("{}", .0.message())]
    Upstream(Quirk),
}

impl GropiusError {
    /// The HTTP status.
    pub(crate) fn status(&self) -> StatusCode {
        match self {
            Self::MalformedJson(_) | Self::UnreadableBody(_) | Self::BadRequest(_) => {
                StatusCode::BAD_REQUEST
            }
            Self::BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::UserNotFound
            | Self::ClientNotFound
            | Self::ClientNotWritable
            | Self::SecretNotFound => StatusCode::NOT_FOUND,
            Self::Upstream(quirk) => quirk.status(),
        }
    }

    /// NestJS adds the reason phrase for an `HttpException` it throws, not for errors from the
    /// body parser or for unhandled ones.
    fn reason_phrase(&self) -> Option<&'static str> {
        match self {
            Self::MalformedJson(_) | Self::UnreadableBody(_) | Self::BodyTooLarge => None,
            Self::Upstream(quirk) if quirk.status().is_server_error() => None,
            _ => self.status().canonical_reason(),
        }
    }

    /// The answer: NestJS's error body, with `WWW-Authenticate` on a `401`.
    pub(crate) fn into_response(self) -> MockResponse {
        let body = HttpError {
            status_code: self.status().as_u16(),
            message: self.to_string(),
            error: self.reason_phrase().map(str::to_string),
        };
        let response = MockResponse::json(self.status(), &body);
        match self {
            Self::Unauthorized(_) => response.with_header(WWW_AUTHENTICATE, "Bearer"),
            _ => response,
        }
    }
}
