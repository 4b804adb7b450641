//! Every way a Gropius call fails, with the real service's status, message and body shape:
//! the one place where those are decided.

use http::StatusCode;

use super::model::HttpError;
use super::quirks::Quirk;
use crate::clock::Clock;
use crate::http::ErrorBody;

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
    /// No route takes the method and path: NestJS's `Cannot <METHOD> <path>` (the
    /// `upstream` profile only; the contract answers `404`/`405` in the mock's own shape).
    #[error("Cannot {0}")]
    NoRoute(String),
    /// What the real service answers where it departs from the contract (the `upstream`
    /// profile only).
    #[error("{}", .0.message())]
    Upstream(Quirk),
    /// The upstream did not answer (`clientreg-mock proxy` only).
    #[cfg(feature = "proxy")]
    #[error("the upstream did not answer: {0}")]
    Gateway(String),
}

impl ErrorBody for GropiusError {
    type Body = HttpError;

    fn status(&self) -> StatusCode {
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
            | Self::SecretNotFound
            | Self::NoRoute(_) => StatusCode::NOT_FOUND,
            Self::Upstream(quirk) => quirk.status(),
            #[cfg(feature = "proxy")]
            Self::Gateway(_) => StatusCode::BAD_GATEWAY,
        }
    }

    /// NestJS's error body (no `WWW-Authenticate` on a `401`: the real guard sends none).
    fn body(&self, _: &Clock) -> HttpError {
        HttpError {
            status_code: self.status().as_u16(),
            message: self.to_string(),
            error: self.reason_phrase().map(str::to_string),
        }
    }
}

impl GropiusError {
    /// NestJS's body has an `error` (the reason phrase) only where NestJS builds the
    /// exception itself: the guard's `403`, the body parser's `400` for malformed JSON, and
    /// the `404` of a request no route takes (and the proxy's `502`). An
    /// `HttpException(message, status)` thrown by a handler, the guard's `401` (`UnauthorizedException(undefined, message)`), the `413` and
    /// an unhandled error have none. Seen in the real service's answers
    /// (`docs/upstream.md`, "Error bodies").
    fn reason_phrase(&self) -> Option<&'static str> {
        match self {
            Self::Forbidden | Self::MalformedJson(_) | Self::NoRoute(_) => {
                self.status().canonical_reason()
            }
            #[cfg(feature = "proxy")]
            Self::Gateway(_) => self.status().canonical_reason(),
            _ => None,
        }
    }
}
