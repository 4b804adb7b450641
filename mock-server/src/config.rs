//! What a mock is built from ([`MockConfig`]: accounts, randomness, clock, limits, profile and
//! initial faults), apart from what a server needs to serve it or the proxy ([`ServerConfig`]:
//! timeouts and connections).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::faults::FaultSpec;
use crate::http::{MockRequest, MockResponse};
use crate::profile::Profile;
#[cfg(feature = "tls")]
pub use crate::tls::Tls;
use chrono::{DateTime, Utc};

/// The development API key for Autional, accepted unless configured otherwise.
pub const DEV_API_KEY: &str = "dev-api-key";
/// The development admin token for Gropius.
pub const DEV_ADMIN_TOKEN: &str = "dev-admin-token";
/// The development non-admin token for Gropius (authenticates, then gets `403`).
pub const DEV_USER_TOKEN: &str = "dev-user-token";
/// The development Gropius user known as a `clientCredentialFlowUser`.
pub const DEV_USER: &str = "dev-user";
/// The default deployment URL of the Gropius service the mock stands in for (the real service's
/// `GROPIUS_ENDPOINT`): the mock's own default address.
pub(crate) const DEFAULT_GROPIUS_ENDPOINT: &str = "http://127.0.0.1:8080/";
/// The default body limit: 1 MiB.
pub(crate) const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;
/// The default time a client may take to send a request's head: 10 s.
pub(crate) const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// The default time a keep-alive connection may stay idle: 5 s.
pub(crate) const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(5);
/// The default number of connections served at once.
pub(crate) const DEFAULT_MAX_CONNECTIONS: usize = 1024;
/// The default number of journal entries kept.
pub(crate) const DEFAULT_JOURNAL_CAPACITY: usize = 1000;
/// The default number of clients each service keeps (about 800 bytes each: both services full
/// stay under about 1 GiB).
pub(crate) const DEFAULT_MAX_CLIENTS: usize = 500_000;

/// Everything a mock is built from: who may call, its randomness and clock, its limits, its
/// profile and the faults it starts with. Every field has a default.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use clientreg_mock::config::MockConfig;
/// use clientreg_mock::{MockServer, Profile};
///
/// let config = MockConfig {
///     seed: Some(7),
///     profile: Profile::Upstream,
///     ..MockConfig::default()
/// };
/// let server = MockServer::builder().config(config).start().await;
/// assert_eq!(server.profile(), Profile::Upstream);
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct MockConfig {
    /// Who may call what.
    pub accounts: Accounts,
    /// A seed for reproducible ids and secrets; `None` draws them from the operating system.
    pub seed: Option<u64>,
    /// A clock stopped at this instant, for reproducible timestamps and ULIDs; `None` (the
    /// default) reads the system's.
    pub fixed_time: Option<DateTime<Utc>>,
    /// The largest request body read, in bytes (default 1 MiB); a longer one is answered
    /// `413`.
    pub body_limit: usize,
    /// Contract or upstream behaviour.
    pub profile: Profile,
    /// How many journal entries are kept (default 1000; the oldest go first).
    pub journal_capacity: usize,
    /// How many clients each service keeps (default 500,000); when full, a create drops the
    /// oldest client.
    pub max_clients: usize,
    /// Faults active from the start.
    pub faults: Vec<FaultSpec>,
    /// The URL the Gropius deployment the mock stands in for is served at (the real service's
    /// `GROPIUS_ENDPOINT`): its built-in clients' redirect URLs are made from it, as the real
    /// service makes them (`<endpoint>login`, `<endpoint>auth/flow/account`, …). An absolute
    /// URL; a missing final `/` is added, as the real service adds it.
    pub gropius_endpoint: String,
    /// Called with every request served and the answer sent (not for a dropped connection).
    pub observer: Option<ResponseObserver>,
    /// How many lines of the process's log were dropped, for the health check to report; `None`
    /// when the log is not the mock's own (an embedded mock logs through its host's subscriber).
    pub dropped_log_lines: Option<DroppedLogLines>,
}

/// How a server holds its connections: what a slow, idle or numerous client may take. The
/// mock's server and the proxy each take one; the mock itself ([`MockConfig`]) needs none.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use std::time::Duration;
/// use clientreg_mock::MockServer;
/// use clientreg_mock::config::ServerConfig;
///
/// let server = MockServer::builder()
///     .server(ServerConfig {
///         header_timeout: Duration::from_secs(1),
///         ..ServerConfig::default()
///     })
///     .start()
///     .await;
/// # drop(server);
/// # }
/// ```
#[derive(Clone)]
pub struct ServerConfig {
    /// How long a client may take to send a request's head (default 10 s).
    pub header_timeout: Duration,
    /// How long a keep-alive connection may stay idle (default 5 s).
    pub idle_timeout: Duration,
    /// How many connections are served at once (default 1024); more wait to be accepted.
    pub max_connections: usize,
    /// Serve HTTPS (HTTP/2 or HTTP/1.1, by ALPN) rather than plain HTTP/1.1.
    #[cfg(feature = "tls")]
    pub tls: Option<Tls>,
    /// The key every admin route but `/__mock/health` asks for, as `Authorization: Bearer <key>`
    /// or HTTP basic with the key as the password; without it, a `401` and nothing done.
    /// `None`: the admin API is open, which a server off a loopback address refuses unless
    /// [`ServerConfig::insecure_open_admin`] says so. Compared in constant time; never logged,
    /// journaled or shown (`Debug` shows whether there is one).
    pub admin_key: Option<String>,
    /// Start off a loopback address without an admin key, or with the development credentials:
    /// the admin API (and the mock's accounts) open to anyone who can reach the server, said at
    /// start-up, on the page and in `GET /__mock/health`.
    pub insecure_open_admin: bool,
}

impl fmt::Debug for ServerConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("ServerConfig");
        debug
            .field("header_timeout", &self.header_timeout)
            .field("idle_timeout", &self.idle_timeout)
            .field("max_connections", &self.max_connections);
        #[cfg(feature = "tls")]
        debug.field("tls", &self.tls);
        debug
            .field("admin_key", &self.admin_key.as_ref().map(|_| Redacted(1)))
            .field("insecure_open_admin", &self.insecure_open_admin)
            .finish()
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            header_timeout: DEFAULT_HEADER_TIMEOUT,
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            #[cfg(feature = "tls")]
            tls: None,
            admin_key: None,
            insecure_open_admin: false,
        }
    }
}

/// Reads how many log lines the process has dropped so far because its log writer fell behind
/// (the `clientreg-mock` binary drops lines rather than slow requests down): `GET /__mock/health`
/// reports it as `dropped_log_lines`.
///
/// ```
/// use std::sync::Arc;
/// use std::sync::atomic::{AtomicU64, Ordering};
///
/// let dropped = Arc::new(AtomicU64::new(0));
/// let read = dropped.clone();
/// let config = clientreg_mock::config::MockConfig {
///     dropped_log_lines: Some(clientreg_mock::config::DroppedLogLines::new(move || read.load(Ordering::Relaxed))),
///     ..clientreg_mock::config::MockConfig::default()
/// };
/// # let _ = config;
/// ```
#[derive(Clone)]
pub struct DroppedLogLines(Arc<CountFn>);

type CountFn = dyn Fn() -> u64 + Send + Sync;

impl DroppedLogLines {
    /// A counter read by calling `count`; it must be quick and must not block.
    pub fn new(count: impl Fn() -> u64 + Send + Sync + 'static) -> Self {
        Self(Arc::new(count))
    }

    /// The count now.
    pub(crate) fn get(&self) -> u64 {
        (self.0)()
    }
}

impl fmt::Debug for DroppedLogLines {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("DroppedLogLines").field(&self.get()).finish()
    }
}

/// A function called with every request a mock server serves and the answer it sends: a test
/// suite can check each answer against the contract, or log them. It runs on the server's task,
/// so it must be quick and must not block.
///
/// ```
/// use std::sync::atomic::{AtomicUsize, Ordering};
/// use std::sync::Arc;
/// use clientreg_mock::config::{MockConfig, ResponseObserver};
///
/// let refused = Arc::new(AtomicUsize::new(0));
/// let count = refused.clone();
/// let config = MockConfig {
///     observer: Some(ResponseObserver::new(move |_request, answer| {
///         if answer.status == 401 {
///             count.fetch_add(1, Ordering::Relaxed);
///         }
///     })),
///     ..MockConfig::default()
/// };
/// # let _ = (config, refused);
/// ```
#[derive(Clone)]
pub struct ResponseObserver(Arc<ObserveFn>);

type ObserveFn = dyn Fn(&MockRequest, &MockResponse) + Send + Sync;

impl ResponseObserver {
    /// An observer calling `f`.
    pub fn new(f: impl Fn(&MockRequest, &MockResponse) + Send + Sync + 'static) -> Self {
        Self(Arc::new(f))
    }

    pub(crate) fn call(&self, request: &MockRequest, response: &MockResponse) {
        (self.0)(request, response);
    }
}

impl fmt::Debug for ResponseObserver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResponseObserver")
    }
}

impl Default for MockConfig {
    fn default() -> Self {
        Self {
            accounts: Accounts::default(),
            seed: None,
            fixed_time: None,
            body_limit: DEFAULT_BODY_LIMIT,
            profile: Profile::Contract,
            journal_capacity: DEFAULT_JOURNAL_CAPACITY,
            max_clients: DEFAULT_MAX_CLIENTS,
            faults: Vec::new(),
            gropius_endpoint: DEFAULT_GROPIUS_ENDPOINT.to_string(),
            observer: None,
            dropped_log_lines: None,
        }
    }
}

/// The accounts the mock knows: the API keys and tokens it accepts, and the users it knows. The
/// defaults are the development ones ([`DEV_API_KEY`], [`DEV_ADMIN_TOKEN`], [`DEV_USER_TOKEN`],
/// [`DEV_USER`]).
///
/// `Debug` shows how many keys and tokens there are, never their values:
///
/// ```
/// let accounts = clientreg_mock::config::Accounts::default();
/// assert!(!format!("{accounts:?}").contains(clientreg_mock::DEV_API_KEY));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Accounts {
    /// API keys Autional accepts in `X-API-Key`.
    pub autional_api_keys: Vec<String>,
    /// Gropius access tokens whose user is an admin.
    pub gropius_admin_tokens: Vec<String>,
    /// Gropius access tokens whose user is not an admin.
    pub gropius_user_tokens: Vec<String>,
    /// Gropius user ids that `clientCredentialFlowUser` may name.
    pub gropius_users: Vec<String>,
}

impl Default for Accounts {
    fn default() -> Self {
        Self {
            autional_api_keys: vec![DEV_API_KEY.to_string()],
            gropius_admin_tokens: vec![DEV_ADMIN_TOKEN.to_string()],
            gropius_user_tokens: vec![DEV_USER_TOKEN.to_string()],
            gropius_users: vec![DEV_USER.to_string()],
        }
    }
}

impl Accounts {
    /// Whether it accepts one of the public development credentials ([`DEV_API_KEY`],
    /// [`DEV_ADMIN_TOKEN`], [`DEV_USER_TOKEN`]): anyone may call with them.
    pub(crate) fn has_development_credentials(&self) -> bool {
        let has = |list: &[String], dev: &str| list.iter().any(|given| given == dev);
        has(&self.autional_api_keys, DEV_API_KEY)
            || has(&self.gropius_admin_tokens, DEV_ADMIN_TOKEN)
            || has(&self.gropius_user_tokens, DEV_USER_TOKEN)
    }
}

impl fmt::Debug for Accounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Accounts")
            .field("autional_api_keys", &Redacted(self.autional_api_keys.len()))
            .field(
                "gropius_admin_tokens",
                &Redacted(self.gropius_admin_tokens.len()),
            )
            .field(
                "gropius_user_tokens",
                &Redacted(self.gropius_user_tokens.len()),
            )
            .field("gropius_users", &self.gropius_users)
            .finish()
    }
}

struct Redacted(usize);

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} redacted>", self.0)
    }
}
