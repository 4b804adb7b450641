//! Every way a Gropius call fails, with the real service's status, message and body shape:
//! the one place where those are decided.

use http::StatusCode;
use http::header::WWW_AUTHENTICATE;

use super::model::HttpError;
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
    /// The real service's crash on a missing list (the `upstream` profile only).
    #[error("Internal server error")]
    Internal,
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
            Self::UserNotFound => StatusCode::NOT_FOUND,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// NestJS adds the reason phrase for an `HttpException` it throws, not for errors from the
    /// body parser or for unhandled ones.
    fn reason_phrase(&self) -> Option<&'static str> {
        match self {
            Self::MalformedJson(_)
            | Self::UnreadableBody(_)
            | Self::BodyTooLarge
            | Self::Internal => None,
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
