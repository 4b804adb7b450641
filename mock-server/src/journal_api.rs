//! The part of the admin API every server under `/__mock/` has, the mock and the proxy alike:
//! `GET /__mock/health`, `GET /__mock/journal`, `GET /__mock/violations`, the query of `POST
//! /__mock/reset`, and the `405` of a route that does not take a method. Bad input gets a
//! `400` with a message.

use http::header::ALLOW;
use http::{HeaderValue, Method, StatusCode};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::clock::Clock;
use crate::config::DroppedLogLines;
use crate::http::{ErrorBody, MockRequest, MockResponse};
use crate::journal::{Journal, JournalQuery, service_or_unknown};
use crate::services::{AdminError, Service};
use crate::shared::{CREDENTIAL_HEADERS, SECRET_FIELDS};

/// Who may use a server's admin API: everyone, or whoever gives its key (every route but
/// `/__mock/health`); and what the server warns of, when it was started open off loopback.
#[derive(Debug, Default)]
pub(crate) struct AdminAccess {
    key: Option<AdminKey>,
    warning: Option<String>,
}

/// The admin key, kept as its SHA-256 digest: compared in constant time, whatever its length,
/// and never shown.
struct AdminKey([u8; 32]);

impl std::fmt::Debug for AdminKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AdminKey(<redacted>)")
    }
}

/// The realm both challenges name.
const REALM: &str = "clientreg-mock admin";

impl AdminAccess {
    /// Access guarded by `key` (`None`: open), warning of `warning`.
    pub(crate) fn new(key: Option<&str>, warning: Option<String>) -> Self {
        Self {
            key: key.map(|key| AdminKey(Sha256::digest(key.as_bytes()).into())),
            warning,
        }
    }

    /// What the server warns of (an open admin API, accepted development credentials).
    pub(crate) fn warning(&self) -> Option<&str> {
        self.warning.as_deref()
    }

    /// The `401` to a request on `route` that does not give the key, when one is set: every
    /// route asks for it but the health check. `None`: the request may go on.
    pub(crate) fn refused(
        &self,
        route: AdminRoute<'_>,
        request: &MockRequest,
        clock: &Clock,
    ) -> Option<MockResponse> {
        let key = self.key.as_ref()?;
        if route == AdminRoute::Health || given_key(request).is_some_and(|given| key.is(&given)) {
            return None;
        }
        let mut refused = AdminError(
            StatusCode::UNAUTHORIZED,
            "the admin API asks for its key: Authorization: Bearer <key>, or HTTP basic with the \
             key as the password"
                .to_string(),
        )
        .response(clock);
        for scheme in ["Bearer", "Basic"] {
            if let Ok(challenge) =
                HeaderValue::from_str(&format!("{scheme} realm=\"{REALM}\", charset=\"UTF-8\""))
            {
                refused
                    .headers
                    .append(http::header::WWW_AUTHENTICATE, challenge);
            }
        }
        Some(refused)
    }
}

impl AdminKey {
    /// Whether `given` is the key: their digests compared in constant time.
    fn is(&self, given: &[u8]) -> bool {
        let digest: [u8; 32] = Sha256::digest(given).into();
        bool::from(digest.ct_eq(&self.0))
    }
}

/// The key a request gives, as bytes: `Authorization: Bearer <key>` (the scheme in any case),
/// or `Basic` with the key as the password (the user name is not read).
fn given_key(request: &MockRequest) -> Option<Vec<u8>> {
    let header = request
        .headers
        .get(http::header::AUTHORIZATION)?
        .as_bytes()
        .trim_ascii();
    let space = header.iter().position(|b| *b == b' ')?;
    let (scheme, credentials) = (&header[..space], header[space..].trim_ascii());
    if scheme.eq_ignore_ascii_case(b"bearer") {
        return Some(credentials.to_vec());
    }
    if scheme.eq_ignore_ascii_case(b"basic") {
        use base64::Engine;
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(credentials)
            .ok()?;
        let colon = decoded.iter().position(|b| *b == b':')?;
        return Some(decoded[colon + 1..].to_vec());
    }
    None
}

/// Every route of the admin API under `/__mock/`: the one list the mock's router and the
/// proxy's read. The first five every server has; the rest are the mock's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AdminRoute<'p> {
    /// `/__mock/`: the page.
    Page,
    /// `/__mock/health`.
    Health,
    /// `/__mock/journal`.
    Journal,
    /// `/__mock/violations`.
    Violations,
    /// `/__mock/reset`.
    Reset,
    /// `/__mock/stats`.
    Stats,
    /// `/__mock/autional/clients`.
    AutionalClients,
    /// `/__mock/gropius/clients`.
    GropiusClients,
    /// `/__mock/gropius/users`.
    GropiusUsers,
    /// `/__mock/faults`.
    Faults,
    /// `/__mock/faults/{id}`.
    Fault(&'p str),
    /// `/__mock/pact`.
    Pact,
    /// `/__mock/pact/provider-states`.
    PactProviderStates,
}

impl<'p> AdminRoute<'p> {
    /// The admin route of `path`, if it is one.
    pub(crate) fn of(path: &'p str) -> Option<Self> {
        Some(match path {
            "/__mock/" => Self::Page,
            "/__mock/health" => Self::Health,
            "/__mock/journal" => Self::Journal,
            "/__mock/violations" => Self::Violations,
            "/__mock/reset" => Self::Reset,
            "/__mock/stats" => Self::Stats,
            "/__mock/autional/clients" => Self::AutionalClients,
            "/__mock/gropius/clients" => Self::GropiusClients,
            "/__mock/gropius/users" => Self::GropiusUsers,
            "/__mock/faults" => Self::Faults,
            "/__mock/pact" => Self::Pact,
            "/__mock/pact/provider-states" => Self::PactProviderStates,
            _ => match path.strip_prefix("/__mock/faults/") {
                Some(id) if !id.is_empty() && !id.contains('/') => Self::Fault(id),
                _ => return None,
            },
        })
    }

    /// The methods it answers.
    pub(crate) fn allowed(self) -> &'static [Method] {
        match self {
            Self::Reset | Self::GropiusUsers | Self::PactProviderStates => &[Method::POST],
            Self::Page
            | Self::Health
            | Self::Journal
            | Self::Violations
            | Self::Stats
            | Self::AutionalClients
            | Self::GropiusClients
            | Self::Pact => &[Method::GET],
            Self::Faults => &[Method::GET, Method::POST, Method::DELETE],
            Self::Fault(_) => &[Method::DELETE],
        }
    }

    /// Whether every server has it (the proxy too), not only the mock.
    #[cfg_attr(not(feature = "proxy"), allow(dead_code))]
    pub(crate) fn on_every_server(self) -> bool {
        matches!(
            self,
            Self::Page | Self::Health | Self::Journal | Self::Violations | Self::Reset
        )
    }
}

/// `{"status": "ok"}`, with the count of dropped log lines when the log is the server's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Health {
    /// Always `ok`.
    pub status: HealthStatus,
    /// Log lines dropped so far because the log writer fell behind (the `clientreg-mock` binary
    /// drops lines rather than slow requests down); absent for an embedded mock, whose log is its
    /// host's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "u64"))]
    pub dropped_log_lines: Option<u64>,
    /// What is open to anyone who can reach the server, when it was started so off a loopback
    /// address (`--insecure-open-admin`); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub warning: Option<String>,
}

/// The one health status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    /// The server is up.
    Ok,
}

/// An admin route's answer, or why it refused.
pub(crate) type AdminResult = Result<MockResponse, AdminError>;

pub(crate) fn query<T: DeserializeOwned>(request: &MockRequest) -> Result<T, AdminError> {
    serde_urlencoded::from_str(request.query.as_deref().unwrap_or(""))
        .map_err(|e| AdminError::bad_request(format!("query: {e}")))
}

pub(crate) fn no_query(request: &MockRequest) -> Result<(), AdminError> {
    query::<NoQuery>(request).map(|_| ())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoQuery {}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResetQuery {
    service: Option<Service>,
}

/// The service `POST /__mock/reset[?service=autional|gropius]` resets (`None`: every one).
pub(crate) fn reset_scope(request: &MockRequest) -> Result<Option<Service>, AdminError> {
    let ResetQuery { service } = query(request)?;
    Ok(service)
}

/// `GET /__mock/violations`.
pub(crate) fn violations(journal: &Journal, request: &MockRequest) -> AdminResult {
    no_query(request)?;
    Ok(MockResponse::json(StatusCode::OK, &journal.violations()))
}

/// `GET /__mock/health` (a query string is ignored: probes add their own).
pub(crate) fn health(
    dropped_log_lines: Option<&DroppedLogLines>,
    admin: &AdminAccess,
) -> AdminResult {
    Ok(MockResponse::json(
        StatusCode::OK,
        &Health {
            status: HealthStatus::Ok,
            dropped_log_lines: dropped_log_lines.map(DroppedLogLines::get),
            warning: admin.warning().map(str::to_string),
        },
    ))
}

/// `GET /__mock/journal?service=&method=&path=&status=&violations=&limit=`.
pub(crate) fn journal(journal: &Journal, request: &MockRequest) -> AdminResult {
    let filter: JournalFilter = query(request)?;
    let query = JournalQuery {
        service: filter
            .service
            .map(|text| service_or_unknown::parse(&text).map_err(AdminError::bad_request))
            .transpose()?,
        method: filter.method,
        path: filter.path,
        status: filter
            .status
            .map(|text| bounded("status", &text, 0, u16::MAX.into()))
            .transpose()?
            .map(|status| status as u16),
        violations: filter
            .violations
            .map(|text| match text.as_str() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(AdminError::bad_request(format!(
                    "query: violations must be true or false, not {text:?}"
                ))),
            })
            .transpose()?,
        limit: filter
            .limit
            .map(|text| bounded("limit", &text, 0, MAX_LIMIT))
            .transpose()?,
    };
    Ok(MockResponse::json(StatusCode::OK, &journal.read(&query)))
}

/// The largest `limit` a journal read takes (the contract's `int32` range).
const MAX_LIMIT: usize = i32::MAX as usize;

/// A whole number in `min..=max`, or a `400` naming the parameter and its range.
fn bounded(parameter: &str, text: &str, min: usize, max: usize) -> Result<usize, AdminError> {
    text.parse::<usize>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            AdminError::bad_request(format!(
                "query: {parameter} must be a whole number from {min} to {max}, not {text:?}"
            ))
        })
}

/// The journal query as it comes in a query string (`deny_unknown_fields` catches typos);
/// numbers are read by [`bounded`], so that a bad one is named with its range.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JournalFilter {
    service: Option<String>,
    method: Option<String>,
    path: Option<String>,
    status: Option<String>,
    violations: Option<String>,
    limit: Option<String>,
}

/// The page, `GET /__mock/` (`page.html`): the journal live, filters, each entry's request and
/// answer, the divergences and violations per operation, faults, stored clients, reset. It
/// reads the admin API the way any client does, in the browser; everything it needs is in it
/// (no other origin may be reached: the `Content-Security-Policy` says so).
pub(crate) fn page() -> MockResponse {
    let mut response = MockResponse::empty(StatusCode::OK);
    response.body = bytes::Bytes::from_static(PAGE.as_bytes());
    let headers = &mut response.headers;
    headers.insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        http::header::CACHE_CONTROL,
        HeaderValue::from_static("no-store"),
    );
    headers.insert(
        http::header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; connect-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
    );
    response
}

/// The page's HTML, CSS and script, in one file compiled in, with the lists of what it masks
/// filled in from [`CREDENTIAL_HEADERS`] and [`SECRET_FIELDS`] (their one home) when first
/// served.
static PAGE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let list = |names: &[&str]| serde_json::to_string(names).unwrap_or_else(|_| "[]".into());
    include_str!("page.html")
        .replace("/*CREDENTIAL_HEADERS*/[]", &list(&CREDENTIAL_HEADERS))
        .replace("/*SECRET_FIELDS*/[]", &list(&SECRET_FIELDS))
});

/// The `405` of a route that takes only `allowed`, with `Allow` listing them.
pub(crate) fn method_not_allowed(request: &MockRequest, allowed: &[Method]) -> MockResponse {
    let allow = allowed
        .iter()
        .map(Method::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let mut response = AdminError(
        StatusCode::METHOD_NOT_ALLOWED,
        format!(
            "{} is not allowed on {}; use {allow}",
            request.method, request.path
        ),
    )
    .response(&Clock::System);
    response.headers.insert(
        ALLOW,
        HeaderValue::from_str(&allow).expect("method names are header values"),
    );
    response
}
