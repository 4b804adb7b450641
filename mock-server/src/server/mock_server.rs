//! [`MockServer`]: a mock served on a random port of 127.0.0.1 for a test, and its builder.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::config::{Accounts, MockConfig, ResponseObserver, ServerConfig};
use crate::error::StartError;
use crate::faults::FaultSpec;
use crate::http::{MockRequest, MockResponse};
use crate::mock::Mock;
use crate::profile::Profile;

use super::Serving;

/// A mock server running in the background of a test, on a random port of 127.0.0.1.
///
/// It accepts connections as soon as [`MockServer::start`] returns, and shuts down when
/// dropped. It derefs to its [`Mock`]: what the test reads and sets (stored clients, journal,
/// faults, divergences, reset) are the mock's methods, called on the server.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use clientreg_mock::MockServer;
/// use clientreg_sdk::autional::{self, types::CreateClientRequest};
///
/// let server = MockServer::start().await;
/// let client = autional::Client::new(&server.base_url(), clientreg_mock::DEV_API_KEY)?;
/// let created = client
///     .create_client(
///         "tenant-1",
///         CreateClientRequest::builder()
///             .name("My Application")
///             .redirect_uris(vec!["https://app.example.com/callback".to_string()]),
///     )
///     .await?;
/// assert_eq!(server.autional_clients("tenant-1")[0].client_id, created.client_id.unwrap());
/// assert!(server.autional_clients("tenant-2").is_empty());
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct MockServer {
    mock: Arc<Mock>,
    serving: Serving,
}

impl std::ops::Deref for MockServer {
    type Target = Mock;

    fn deref(&self) -> &Mock {
        &self.mock
    }
}

impl MockServer {
    /// Starts a server with the default configuration (development accounts, system clock,
    /// random ids, 1 MiB body limit, `contract` profile).
    ///
    /// # Panics
    /// When no port can be bound on 127.0.0.1 (use [`MockServerBuilder::try_start`] to handle it).
    pub async fn start() -> Self {
        Self::builder().start().await
    }

    /// A builder for a server with other settings.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// use clientreg_mock::{MockServer, Profile};
    ///
    /// let server = MockServer::builder()
    ///     .seed(7)
    ///     .fixed_time("2026-04-03T12:00:00Z".parse().unwrap())
    ///     .profile(Profile::Upstream)
    ///     .start()
    ///     .await;
    /// assert_eq!(server.profile(), Profile::Upstream);
    /// # }
    /// ```
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder::default()
    }

    /// The server's base URL, `http://127.0.0.1:<port>` (`https://…` when it serves HTTPS): give
    /// it to the SDK as is.
    pub fn base_url(&self) -> String {
        self.serving.base_url()
    }

    /// The CA to trust to call the server over HTTPS, when it made its own certificate
    /// ([`MockServerBuilder::https`]).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let server = clientreg_mock::MockServer::builder().https().start().await;
    /// assert!(server.base_url().starts_with("https://127.0.0.1:"));
    /// let ca = server.ca_certificate().unwrap();
    /// let trusted = reqwest::Certificate::from_pem(ca.pem().as_bytes()).unwrap();
    /// let http = reqwest::Client::builder().add_root_certificate(trusted).build().unwrap();
    /// let health = http.get(format!("{}/__mock/health", server.base_url())).send().await.unwrap();
    /// assert_eq!(health.status(), 200);
    /// # }
    /// ```
    #[cfg(feature = "tls")]
    pub fn ca_certificate(&self) -> Option<&crate::tls::CaCertificate> {
        self.serving.ca()
    }

    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.serving.address()
    }

    /// Stops accepting connections and waits for the requests under way (for up to five
    /// seconds). Dropping the server stops it too, without waiting.
    pub async fn shutdown(self) {
        self.serving.stop().await;
    }
}

/// Settings for a [`MockServer`]: the mock's ([`MockConfig`]) and the server's
/// ([`ServerConfig`]), each with its defaults.
#[derive(Debug, Clone)]
pub struct MockServerBuilder {
    config: MockConfig,
    server: ServerConfig,
    listen: SocketAddr,
}

impl Default for MockServerBuilder {
    fn default() -> Self {
        Self {
            config: MockConfig::default(),
            server: ServerConfig::default(),
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        }
    }
}

impl MockServerBuilder {
    /// Every setting of the mock at once (the binary builds one from its flags).
    pub fn config(mut self, config: MockConfig) -> Self {
        self.config = config;
        self
    }

    /// Every setting of the server at once.
    pub fn server(mut self, server: ServerConfig) -> Self {
        self.server = server;
        self
    }

    /// The API keys, tokens and users the server knows.
    pub fn accounts(mut self, accounts: Accounts) -> Self {
        self.config.accounts = accounts;
        self
    }

    /// Reproducible ids and secrets from `seed`.
    pub fn seed(mut self, seed: u64) -> Self {
        self.config.seed = Some(seed);
        self
    }

    /// A clock stopped at `at`, for reproducible timestamps and ULIDs.
    pub fn fixed_time(mut self, at: DateTime<Utc>) -> Self {
        self.config.fixed_time = Some(at);
        self
    }

    /// The largest request body read, in bytes.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.config.body_limit = bytes;
        self
    }

    /// The URL the Gropius deployment the mock stands in for is served at (the real service's
    /// `GROPIUS_ENDPOINT`; default `http://127.0.0.1:8080/`, the mock's own default address): the built-in
    /// clients' redirect URLs are made from it.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let server = clientreg_mock::MockServer::builder()
    ///     .gropius_endpoint("https://gropius.example.com/")
    ///     .start()
    ///     .await;
    /// let login = reqwest::Client::new()
    ///     .get(format!("{}/auth/api/login/client", server.base_url()))
    ///     .bearer_auth(clientreg_mock::DEV_ADMIN_TOKEN)
    ///     .send()
    ///     .await
    ///     .unwrap()
    ///     .text()
    ///     .await
    ///     .unwrap();
    /// assert!(login.contains("\"https://gropius.example.com/login\""));
    /// # }
    /// ```
    pub fn gropius_endpoint(mut self, url: impl Into<String>) -> Self {
        self.config.gropius_endpoint = url.into();
        self
    }

    /// The key every admin route but `/__mock/health` asks for ([`ServerConfig::admin_key`]):
    /// `Authorization: Bearer <key>`, or HTTP basic with the key as the password.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let server = clientreg_mock::MockServer::builder().admin_key("s3cret-admin-key").start().await;
    /// let http = reqwest::Client::new();
    /// let journal = format!("{}/__mock/journal", server.base_url());
    /// assert_eq!(http.get(&journal).send().await.unwrap().status(), 401);
    /// let with_key = http.get(&journal).bearer_auth("s3cret-admin-key").send().await.unwrap();
    /// assert_eq!(with_key.status(), 200);
    /// # }
    /// ```
    pub fn admin_key(mut self, key: impl Into<String>) -> Self {
        self.server.admin_key = Some(key.into());
        self
    }

    /// Contract or upstream behaviour.
    pub fn profile(mut self, profile: Profile) -> Self {
        self.config.profile = profile;
        self
    }

    /// How many journal entries are kept (default 1000).
    pub fn journal_capacity(mut self, entries: usize) -> Self {
        self.config.journal_capacity = entries;
        self
    }

    /// How many clients each service keeps before it drops the oldest (default
    /// 500,000).
    pub fn max_clients(mut self, clients: usize) -> Self {
        self.config.max_clients = clients;
        self
    }

    /// How long a client may take to send a request's head, counted from when the server
    /// starts waiting for it (default 10 s).
    pub fn header_timeout(mut self, timeout: Duration) -> Self {
        self.server.header_timeout = timeout;
        self
    }

    /// How long a keep-alive connection may stay idle before it is closed (default
    /// 5 s).
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.server.idle_timeout = timeout;
        self
    }

    /// How many connections are served at once; more wait to be accepted (default
    /// 1024).
    pub fn max_connections(mut self, connections: usize) -> Self {
        self.server.max_connections = connections;
        self
    }

    /// A fault active from the start (checked when the server starts).
    pub fn fault(mut self, fault: FaultSpec) -> Self {
        self.config.faults.push(fault);
        self
    }

    /// Calls `observer` with every request served and the answer sent.
    pub fn observe(
        mut self,
        observer: impl Fn(&MockRequest, &MockResponse) + Send + Sync + 'static,
    ) -> Self {
        self.config.observer = Some(ResponseObserver::new(observer));
        self
    }

    /// Serve HTTPS with a certificate made at start-up for 127.0.0.1, `localhost` and `::1`,
    /// signed by a private CA that [`MockServer::ca_certificate`] gives; HTTP/2 when the client
    /// offers it (ALPN), HTTP/1.1 otherwise.
    #[cfg(feature = "tls")]
    pub fn https(mut self) -> Self {
        self.server.tls = Some(crate::tls::Tls::Generated { names: Vec::new() });
        self
    }

    /// Where to listen (default: a random port of 127.0.0.1).
    pub fn listen(mut self, address: SocketAddr) -> Self {
        self.listen = address;
        self
    }

    /// Starts the server.
    ///
    /// # Panics
    /// When the configuration is not valid or the address cannot be bound; the message says
    /// which (use [`try_start`](Self::try_start) to handle either).
    pub async fn start(self) -> MockServer {
        self.try_start()
            .await
            .unwrap_or_else(|e| panic!("the mock server did not start: {e}"))
    }

    /// Starts the server, or says why it could not: a bad configuration (nothing is bound
    /// then), or an address that cannot be bound.
    pub async fn try_start(self) -> Result<MockServer, StartError> {
        let admin = super::admin_access(
            self.listen,
            &self.server,
            self.config.accounts.has_development_credentials(),
        )?;
        let mock = Arc::new(Mock::with_admin(&self.config, admin)?);
        let serving = Serving::start(mock.clone(), self.listen, &self.server).await?;
        Ok(MockServer { mock, serving })
    }
}
