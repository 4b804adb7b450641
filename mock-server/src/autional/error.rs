//! Every way an Autional call fails, with its status, business code and message: the one
//! place where those are decided.

use std::fmt;

use http::StatusCode;
use http::header::WWW_AUTHENTICATE;

use super::model::ErrorEnvelope;
use crate::http::MockResponse;

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
}

impl AutionalError {
    /// The HTTP status.
    pub(crate) fn status(&self) -> StatusCode {
        match self {
            Self::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
            Self::BodyTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::BadTenant(_) | Self::Malformed(_) | Self::Invalid(_) => StatusCode::BAD_REQUEST,
        }
    }

    /// The business code.
    pub(crate) fn code(&self) -> i64 {
        match self {
            Self::Malformed(_) => 40000001,
            Self::Invalid(_) => 40000002,
            Self::BadTenant(_) => 40000003,
            Self::Unauthenticated(_) => 40100001,
            Self::BodyTooLarge(_) => 41300001,
        }
    }

    /// The answer: the error envelope, with `WWW-Authenticate` on a `401`.
    pub(crate) fn into_response(self, timestamp: String) -> MockResponse {
        let envelope = ErrorEnvelope {
            code: self.code(),
            message: self.to_string(),
            timestamp,
        };
        let response = MockResponse::json(self.status(), &envelope);
        match self {
            Self::Unauthenticated(_) => {
                response.with_header(WWW_AUTHENTICATE, r#"ApiKey header="X-API-Key""#)
            }
            _ => response,
        }
    }
}

impl From<Violation> for AutionalError {
    fn from(violation: Violation) -> Self {
        Self::Invalid(violation)
    }
}
