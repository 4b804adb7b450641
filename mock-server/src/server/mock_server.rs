//! [`MockServer`]: a mock served on a random port of 127.0.0.1 for a test, and its builder.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::clock::Clock;
use crate::config::{Accounts, MockConfig, ResponseObserver};
use crate::error::{FaultError, StartError};
use crate::faults::{Fault, FaultCreated, FaultSpec};
use crate::http::{MockRequest, MockResponse};
use crate::journal::{JournalPage, JournalQuery};
use crate::mock::Mock;
use crate::model::{AuthClientDetails, CreateClientResponse, Stats};
use crate::profile::Profile;
use crate::state::{NotedDivergence, ResetScope};

use super::Serving;

/// A mock server running in the background of a test, on a random port of 127.0.0.1.
///
/// It accepts connections as soon as [`MockServer::start`] returns, and shuts down when
/// dropped.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use mock_server::MockServer;
/// use sdk::autional::{self, types::CreateClientRequest};
///
/// let server = MockServer::start().await;
/// let client = autional::Client::new(&server.base_url(), mock_server::DEV_API_KEY)?;
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
    /// use mock_server::{MockServer, Profile};
    ///
    /// let server = MockServer::builder()
    ///     .seed(7)
    ///     .fixed_time("2026-04-03T12:00:00Z".parse().unwrap())
    ///     .profile(Profile::Upstream)
    ///     .start()
    ///     .await;
    /// assert_eq!(server.mock().profile(), Profile::Upstream);
    /// # }
    /// ```
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder::default()
    }

    /// The server's base URL, `http://127.0.0.1:<port>`: give it to the SDK as is.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.serving.address())
    }

    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.serving.address()
    }

    /// The clients Autional stores for `tenant`, oldest first, secrets redacted.
    pub fn autional_clients(&self, tenant: &str) -> Vec<CreateClientResponse> {
        self.mock.autional_clients(tenant)
    }

    /// The clients Gropius stores (the built-in ones aside), oldest first, their secrets
    /// censored.
    pub fn gropius_clients(&self) -> Vec<AuthClientDetails> {
        self.mock.gropius_clients()
    }

    /// Forgets all state of one service (clients, journal entries, faults), or of both: what
    /// `POST /__mock/reset` does.
    pub fn reset(&self, scope: Option<ResetScope>) {
        self.mock.reset(scope);
    }

    /// Makes `user` one `clientCredentialFlowUser` may name, until the next reset of Gropius:
    /// what `POST /__mock/gropius/users` does.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() {
    /// let server = mock_server::MockServer::start().await;
    /// server.add_gropius_user("6b7a2b1e-5f0c-4d3e-9a8b-1c2d3e4f5a6b");
    /// # }
    /// ```
    pub fn add_gropius_user(&self, user: impl Into<String>) {
        self.mock.add_gropius_user(user);
    }

    /// What each service stores, and how many clients it dropped because it was full: what
    /// `GET /__mock/stats` answers.
    pub fn stats(&self) -> Stats {
        self.mock.stats()
    }

    /// Every answer since the last reset where the real service is known to answer otherwise
    /// (see [`Mock::divergences`]): assert there are none to know that your requests would get
    /// the same answers from the real service.
    pub fn divergences(&self) -> Vec<NotedDivergence> {
        self.mock.divergences()
    }

    /// Reads the request journal: what `GET /__mock/journal` answers.
    pub fn journal(&self, query: &JournalQuery) -> JournalPage {
        self.mock.journal(query)
    }

    /// Injects a fault: what `POST /__mock/faults` does. The error says why a spec is refused.
    pub fn add_fault(&self, spec: FaultSpec) -> Result<FaultCreated, FaultError> {
        self.mock.add_fault(spec)
    }

    /// The active faults with their remaining counts: what `GET /__mock/faults` answers.
    pub fn faults(&self) -> Vec<Fault> {
        self.mock.faults()
    }

    /// Removes one fault; whether it existed.
    pub fn remove_fault(&self, id: &str) -> bool {
        self.mock.remove_fault(id)
    }

    /// Removes every fault.
    pub fn clear_faults(&self) {
        self.mock.clear_faults();
    }

    /// The core behind the server, for anything else.
    pub fn mock(&self) -> &Mock {
        &self.mock
    }

    /// Stops accepting connections and waits for the requests under way (for up to five
    /// seconds). Dropping the server stops it too, without waiting.
    pub async fn shutdown(self) {
        self.serving.stop().await;
    }
}

/// Settings for a [`MockServer`]. Every setting has the default of [`MockConfig`].
#[derive(Debug, Clone)]
pub struct MockServerBuilder {
    config: MockConfig,
    listen: SocketAddr,
}

impl Default for MockServerBuilder {
    fn default() -> Self {
        Self {
            config: MockConfig::default(),
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        }
    }
}

impl MockServerBuilder {
    /// Every setting at once (the binary builds one from its flags).
    pub fn config(mut self, config: MockConfig) -> Self {
        self.config = config;
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
        self.config.clock = Clock::Fixed(at);
        self
    }

    /// The largest request body read, in bytes.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.config.body_limit = bytes;
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
    /// [`crate::DEFAULT_MAX_CLIENTS`]).
    pub fn max_clients(mut self, clients: usize) -> Self {
        self.config.max_clients = clients;
        self
    }

    /// How long a client may take to send a request's head, counted from when the server
    /// starts waiting for it (default [`crate::DEFAULT_HEADER_TIMEOUT`]).
    pub fn header_timeout(mut self, timeout: Duration) -> Self {
        self.config.header_timeout = timeout;
        self
    }

    /// How long a keep-alive connection may stay idle before it is closed (default
    /// [`crate::DEFAULT_IDLE_TIMEOUT`]).
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.config.idle_timeout = timeout;
        self
    }

    /// How many connections are served at once; more wait to be accepted (default
    /// [`crate::DEFAULT_MAX_CONNECTIONS`]).
    pub fn max_connections(mut self, connections: usize) -> Self {
        self.config.max_connections = connections;
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
        let mock = Arc::new(Mock::new(&self.config)?);
        let serving = Serving::start(mock.clone(), self.listen, &self.config).await?;
        Ok(MockServer { mock, serving })
    }
}
