//! The errors the library returns to its users (not the answers the services give: those are
//! each service's own `error` module). One type per way of failing, each saying what to fix.

use std::net::SocketAddr;

/// A name that is none of those its kind has: a [`crate::Profile`] other than `contract` or
/// `upstream`, a [`crate::Service`] other than `autional` or `gropius`.
///
/// ```
/// let error = "strict".parse::<clientreg_mock::Profile>().unwrap_err();
/// assert_eq!(error.to_string(), r#"unknown profile "strict": expected contract or upstream"#);
/// assert_eq!(error.given(), "strict");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {given:?}: expected {expected}")]
pub struct UnknownName {
    kind: &'static str,
    given: String,
    expected: &'static str,
}

impl UnknownName {
    /// `given`, which names no `kind` (`expected` lists those that do).
    pub(crate) fn new(kind: &'static str, given: &str, expected: &'static str) -> Self {
        Self {
            kind,
            given: given.to_string(),
            expected,
        }
    }

    /// The name as given.
    pub fn given(&self) -> &str {
        &self.given
    }
}

/// Why a fault was refused (by [`crate::FaultSpec::validate`], [`crate::Mock::add_fault`]
/// or `POST /__mock/faults`). The message names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FaultError {
    /// `method` is not an HTTP method token.
    #[error("method {0:?} is not an HTTP method")]
    Method(String),
    /// `path` does not start with `/`.
    #[error("path {0:?} must start with /")]
    PathNotAbsolute(String),
    /// `path` is under `/__mock/`.
    #[error("path {0:?}: the admin API cannot be faulted")]
    AdminPath(String),
    /// `status` is not a final status (an informational `1xx` answer cannot end a request).
    #[error("status {0} is not between 200 and 599")]
    Status(u16),
    /// `body` with a status whose answers have none (`204`, `304`).
    #[error("body: a {0} answer has no body")]
    BodyNotAllowed(u16),
    /// A header that frames the answer or the connection, which the server sets itself.
    #[error("header {0:?}: the server frames the answer itself, so a fault cannot set it")]
    FramingHeader(String),
    /// `times` is 0 or too large.
    #[error("times must be between 1 and {max} (leave it out for until cleared)")]
    Times {
        /// The largest `times` allowed.
        max: u32,
    },
    /// `delay_ms` is too long.
    #[error("delay_ms must be at most {max}")]
    Delay {
        /// The longest delay allowed, in milliseconds.
        max: u64,
    },
    /// The fault would do nothing.
    #[error("a fault needs status, delay_ms or drop_connection")]
    NoEffect,
    /// `drop_connection` together with `status`.
    #[error("drop_connection answers nothing: leave status out")]
    DropWithStatus,
    /// `body` or `headers` without `status`.
    #[error("body and headers need a status")]
    AnswerWithoutStatus,
    /// A header name or value that HTTP does not allow.
    #[error("header {name:?}: {value:?} is not a valid HTTP header")]
    Header {
        /// The header's name as given.
        name: String,
        /// Its value as given.
        value: String,
    },
}

/// Why a [`crate::config::MockConfig`] (or a server's or the proxy's settings) cannot make a
/// mock, a server or a proxy.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// One of the initial faults is not valid.
    #[error("initial fault #{index} ({method} {path}): {source}")]
    InitialFault {
        /// Its place in [`crate::config::MockConfig::faults`], from 0.
        index: usize,
        /// Its method, as given.
        method: String,
        /// Its path, as given.
        path: String,
        /// What is wrong with it.
        source: FaultError,
    },
    /// A certificate or key cannot be used: the server's (`tls` feature), or a CA to trust.
    #[error("{what}: {source}")]
    Certificate {
        /// What could not be used (`the TLS private key`, `--upstream-ca`).
        what: &'static str,
        /// Why not: the parser's or the TLS library's error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The Gropius endpoint ([`crate::config::MockConfig::gropius_endpoint`]) is not an
    /// absolute URL that paths can be joined to.
    #[error(
        "the Gropius endpoint {0:?} is not an absolute URL (such as https://gropius.example.com/)"
    )]
    GropiusEndpoint(String),
    /// The admin key ([`crate::config::ServerConfig::admin_key`]) is empty: anyone could give it.
    #[error("the admin key is empty")]
    EmptyAdminKey,
    /// The proxy's upstream is not an `http` or `https` URL (shown without its userinfo).
    #[error("the upstream {0:?} is not an http:// or https:// URL")]
    Upstream(String),
}

/// Why a [`crate::MockServer`] did not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The configuration is not valid; nothing was bound.
    #[error("bad configuration: {0}")]
    Config(#[from] ConfigError),
    /// The proxy's recording file could not be opened for appending.
    #[error("cannot open the recording {}: {source}", path.display())]
    Recording {
        /// The file asked for.
        path: std::path::PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The proxy's HTTP client could not be built (its TLS set-up).
    #[cfg(feature = "proxy")]
    #[error("the proxy's HTTP client: {0}")]
    HttpClient(#[source] reqwest::Error),
    /// The address is not a loopback one and the admin API has no key: anyone who reaches it
    /// could read the journal and reset the server. Nothing was bound.
    #[error(
        "listening on {address} (not a loopback address) needs an admin key: add --admin-key <KEY> (or --admin-key-file <FILE>), or --insecure-open-admin to leave the admin API open"
    )]
    OpenAdmin {
        /// The address asked for.
        address: SocketAddr,
    },
    /// The address is not a loopback one and the mock would accept the public development
    /// credentials. Nothing was bound.
    #[error(
        "listening on {address} (not a loopback address) needs credentials of your own: add --api-key, --admin-token and --user-token, or --insecure-open-admin to accept the public development ones"
    )]
    DevelopmentCredentials {
        /// The address asked for.
        address: SocketAddr,
    },
    /// The address could not be bound (in use, or not this machine's).
    #[error("could not listen on {address}: {source}")]
    Bind {
        /// The address asked for.
        address: SocketAddr,
        /// What the operating system said.
        source: std::io::Error,
    },
}
