//! Every way an Autional call fails, with its status, business code and message: the one
//! place where those are decided.

use std::fmt;

use http::StatusCode;
use http::header::{HeaderName, WWW_AUTHENTICATE};

use super::model::ErrorEnvelope;
use crate::clock::Clock;
use crate::http::ErrorBody;

/// A validation rule that failed: the field (a JSON path such as `redirect_uris[1]`) and the
/// rule, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Violation {
    /// Where: the property, with an index for an array item.
    pub(crate) field: String,
    /// What rule failed.
    pub(crate) rule: String,
}

impl Violation {
    /// A violation of `rule` at `field`.
    pub(crate) fn new(field: impl Into<String>, rule: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            rule: rule.into(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.rule)
    }
}

/// Why an Autional request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum AutionalError {
    /// `X-API-Key` missing, unknown or repeated.
    #[error("X-API-Key header {0}")]
    Unauthenticated(&'static str),
    /// `X-Tenant-ID` missing, blank or too long.
    #[error("X-Tenant-ID header {0}")]
    BadTenant(&'static str),
    /// The body is longer than the limit.
    #[error("request body exceeds the limit of {0} bytes")]
    BodyTooLarge(usize),
    /// The body is not a JSON object sent as `application/json`.
    #[error("{0}")]
    Malformed(String),
    /// A validation rule failed.
    #[error("{0}")]
    Invalid(Violation),
    /// The upstream did not answer (`clientreg-mock proxy` only).
    #[cfg(feature = "proxy")]
    #[error("the upstream did not answer: {0}")]
    Gateway(String),
}

impl AutionalError {
    /// The business code: the status followed by a number of five digits (`40000002` for a
    /// `400`), the convention every Autional error follows ([`is_business_code`]).
    pub(crate) fn code(&self) -> i64 {
        let number = match self {
            Self::Malformed(_) | Self::Unauthenticated(_) | Self::BodyTooLarge(_) => 1,
            #[cfg(feature = "proxy")]
            Self::Gateway(_) => 1,
            Self::Invalid(_) => 2,
            Self::BadTenant(_) => 3,
        };
        i64::from(self.status().as_u16()) * 100_000 + number
    }
}

#[cfg(feature = "proxy")]
/// Whether `code` follows Autional's convention for an answer of `status`: `0` for a success,
/// else the status followed by five digits.
pub(crate) fn is_business_code(status: StatusCode, code: i64) -> bool {
    if status.is_success() {
        code == 0
    } else {
        code / 100_000 == i64::from(status.as_u16())
    }
}

impl ErrorBody for AutionalError {
    type Body = ErrorEnvelope;

    fn status(&self) -> StatusCode {
        match self {
            Self::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
            Self::BodyTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::BadTenant(_) | Self::Malformed(_) | Self::Invalid(_) => StatusCode::BAD_REQUEST,
            #[cfg(feature = "proxy")]
            Self::Gateway(_) => StatusCode::BAD_GATEWAY,
        }
    }

    /// The error envelope.
    fn body(&self, clock: &Clock) -> ErrorEnvelope {
        ErrorEnvelope {
            code: self.code(),
            message: self.to_string(),
            timestamp: clock.timestamp(),
        }
    }

    /// `WWW-Authenticate` on a `401`.
    fn header(&self) -> Option<(HeaderName, &'static str)> {
        matches!(self, Self::Unauthenticated(_))
            .then_some((WWW_AUTHENTICATE, r#"ApiKey header="X-API-Key""#))
    }
}

impl From<Violation> for AutionalError {
    fn from(violation: Violation) -> Self {
        Self::Invalid(violation)
    }
}
