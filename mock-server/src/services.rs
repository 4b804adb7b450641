//! The one table of services: which service a path belongs to, the shape of its error answers
//! and its business-code convention. The router, reset, the journal, the proxy and replay read
//! it; nothing else decides any of it.
//!
//! | service    | its paths                                  | error body                          | business code                     |
//! |------------|--------------------------------------------|-------------------------------------|-----------------------------------|
//! | `autional` | `/internal/oauth/clients`                  | `{code, message, timestamp}`        | `0` on success, else status + 5 digits |
//! | `gropius`  | `/auth/api/login/client` and its sub-routes | `{statusCode, message, error?}`     | `statusCode` repeats the status   |
//! | none       | the admin API, unknown paths               | the mock's own `{message}`          | none                              |

use http::StatusCode;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::autional::CREATE_CLIENT_PATH;
use crate::clock::Clock;
use crate::error::UnknownName;
use crate::gropius::GropiusRoute;
use crate::http::ErrorBody;

/// One of the services the mock stands in for (the admin contract's `ResetScope`).
///
/// ```
/// use clientreg_mock::Service;
///
/// assert_eq!(Service::of("/internal/oauth/clients"), Some(Service::Autional));
/// assert_eq!(Service::of("/auth/api/login/client/42"), Some(Service::Gropius));
/// assert_eq!(Service::of("/__mock/journal"), None);
/// assert_eq!("gropius".parse(), Ok(Service::Gropius));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Service {
    /// Autional: `POST /internal/oauth/clients`.
    Autional,
    /// Gropius login-service: the auth-client API under `/auth/api/login/client`.
    Gropius,
}

impl Service {
    /// Every service, in the order reports list them.
    pub const ALL: [Service; 2] = [Service::Autional, Service::Gropius];

    /// The service one of whose operations has `path` (`None`: no service's, such as the admin
    /// API's or an unknown path).
    pub fn of(path: &str) -> Option<Self> {
        if path == CREATE_CLIENT_PATH {
            Some(Self::Autional)
        } else if GropiusRoute::of(path).is_some() {
            Some(Self::Gropius)
        } else {
            None
        }
    }

    /// Its name, as the admin API, the command line and the reports spell it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Autional => "autional",
            Self::Gropius => "gropius",
        }
    }
}

impl std::str::FromStr for Service {
    type Err = UnknownName;

    /// A service by its name (`autional`, `gropius`).
    fn from_str(name: &str) -> Result<Self, UnknownName> {
        Self::ALL
            .into_iter()
            .find(|service| service.name() == name)
            .ok_or_else(|| UnknownName::new("service", name, "autional or gropius"))
    }
}

impl std::fmt::Display for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The body of every answer outside the two APIs' own error shapes (unknown route, wrong
/// method, bad input to the admin API): the admin contract's `MockError`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ErrorMessage {
    /// What went wrong.
    pub message: String,
}

/// Why a request outside the two APIs' own routes was refused (an unknown route, a wrong
/// method, bad input to the admin API): its status and message, answered as an
/// [`ErrorMessage`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AdminError(pub(crate) StatusCode, pub(crate) String);

impl AdminError {
    /// A `400` saying `message`.
    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Self(StatusCode::BAD_REQUEST, message.into())
    }

    /// A `409` saying `message`: a valid request the mock's state cannot answer.
    pub(crate) fn conflict(message: impl Into<String>) -> Self {
        Self(StatusCode::CONFLICT, message.into())
    }
}

impl ErrorBody for AdminError {
    type Body = ErrorMessage;

    fn status(&self) -> StatusCode {
        self.0
    }

    fn body(&self, _: &Clock) -> ErrorMessage {
        ErrorMessage {
            message: self.1.clone(),
        }
    }
}

#[cfg(feature = "proxy")]
pub(crate) use answers::{ShapedError, broken_convention};

/// The table's rows for the answers only a proxy gives: the edge's to a body it did not read
/// whole, the `502`, and the conventions a proxy checks answers against.
#[cfg(feature = "proxy")]
mod answers {
    use http::StatusCode;
    use serde_json::Value;

    use super::{AdminError, Service};
    use crate::autional::error::{AutionalError, is_business_code};
    use crate::autional::unread_body_error as autional_unread_body;
    use crate::clock::Clock;
    use crate::gropius::error::GropiusError;
    use crate::gropius::unread_body_error as gropius_unread_body;
    use crate::http::{Body, ErrorBody, MockResponse};

    /// An error answer in the shape of the service a path belongs to, for the answers no service's
    /// own logic gives: the edge's to a body it did not read whole, the proxy's `502`.
    #[derive(Debug)]
    pub(crate) enum ShapedError {
        Autional(AutionalError),
        Gropius(GropiusError),
        Mock(AdminError),
    }

    impl ShapedError {
        /// The answer to a request to `path` whose body was not read whole (over `limit`, or its
        /// framing broken): what the service's own body reading answers (`413`, or `400`), before
        /// any credential is looked at.
        pub(crate) fn unread_body(path: &str, body: &Body, limit: usize) -> Self {
            match Service::of(path) {
                Some(Service::Autional) => Self::Autional(autional_unread_body(body, limit)),
                Some(Service::Gropius) => Self::Gropius(gropius_unread_body(body)),
                None => Self::Mock(match body {
                    Body::Unreadable(reason) => AdminError::bad_request(format!(
                        "the request body could not be read: {reason}"
                    )),
                    _ => AdminError(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        format!("the request body is larger than the limit of {limit} bytes"),
                    ),
                }),
            }
        }

        /// The `502` to a request to `path` that the upstream did not answer, saying `reason`.
        pub(crate) fn gateway(path: &str, reason: String) -> Self {
            match Service::of(path) {
                Some(Service::Autional) => Self::Autional(AutionalError::Gateway(reason)),
                Some(Service::Gropius) => Self::Gropius(GropiusError::Gateway(reason)),
                None => Self::Mock(AdminError(
                    StatusCode::BAD_GATEWAY,
                    format!("the upstream did not answer: {reason}"),
                )),
            }
        }

        /// The answer, made now by `clock`.
        pub(crate) fn response(&self, clock: &Clock) -> MockResponse {
            match self {
                Self::Autional(error) => error.response(clock),
                Self::Gropius(error) => error.response(clock),
                Self::Mock(error) => error.response(clock),
            }
        }
    }

    /// What an answer to a request to `path` breaks of its service's conventions that the schema
    /// does not state: Autional's `code` is `0` with `success` on a 2xx and starts with the status
    /// otherwise (`40000002` for a 400); Gropius's error `statusCode` repeats the status.
    pub(crate) fn broken_convention(path: &str, answer: &MockResponse) -> Option<String> {
        let body: Value = serde_json::from_slice(&answer.body).ok()?;
        let status = answer.status;
        match Service::of(path)? {
            Service::Autional => {
                let code = body.get("code")?.as_i64()?;
                if status.is_success() {
                    let message = body.get("message").and_then(Value::as_str);
                    (!is_business_code(status, code) || message != Some("success")).then(|| {
                        format!(
                            "a {} has code {code} and message {message:?}; the contract says 0 and \"success\"",
                            status.as_u16()
                        )
                    })
                } else {
                    (!is_business_code(status, code)).then(|| {
                        format!(
                            "a {0} has code {code}, which does not start with {0}",
                            status.as_u16()
                        )
                    })
                }
            }
            Service::Gropius if !status.is_success() => {
                let code = body.get("statusCode")?.as_u64()?;
                (code != u64::from(status.as_u16()))
                    .then(|| format!("a {} has statusCode {code}", status.as_u16()))
            }
            Service::Gropius => None,
        }
    }
}
