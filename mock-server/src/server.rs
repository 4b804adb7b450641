//! The hyper adapter over the core, and [`MockServer`], the handle a test holds.
//!
//! The adapter only translates I/O: it reads the body up to the limit, hands the request to
//! [`Mock::serve`], waits out an injected delay, then writes the answer or closes the
//! connection. It owns its accept loop so that a fault can close one connection.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use http::header::CONTENT_LENGTH;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::{Notify, oneshot};
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::{Accounts, MockConfig, ResponseObserver};
use crate::error::{FaultError, StartError};
use crate::faults::{Fault, FaultCreated, FaultSpec};
use crate::http::{Body, MockRequest, MockResponse};
use crate::journal::{JournalPage, JournalQuery};
use crate::mock::{Mock, Outcome};
use crate::model::{AuthClient, CreateClientResponse};
use crate::profile::Profile;
use crate::state::ResetScope;

/// How long a shutdown waits for requests under way.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Reads one request, serves it, and says what to send; `None` closes the connection.
async fn answer(mock: &Mock, request: hyper::Request<Incoming>) -> Option<MockResponse> {
    let received = Instant::now();
    let (parts, body) = request.into_parts();
    let limit = mock.body_limit();
    let declared_too_long = parts
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
        .is_some_and(|length| length > limit as u64);
    let body = if declared_too_long {
        Body::TooLarge
    } else {
        match Limited::new(body, limit).collect().await {
            Ok(collected) => Body::Complete(collected.to_bytes()),
            Err(_) => Body::TooLarge,
        }
    };
    let request = MockRequest {
        method: parts.method,
        path: parts.uri.path().to_string(),
        query: parts.uri.query().map(str::to_string),
        headers: parts.headers,
        body,
        received,
    };
    let reply = mock.serve(&request);
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    match reply.outcome {
        Outcome::Respond(response) => Some(response),
        Outcome::DropConnection => None,
    }
}

fn into_hyper(response: MockResponse) -> hyper::Response<Full<Bytes>> {
    let mut answer = hyper::Response::new(Full::new(response.body));
    *answer.status_mut() = response.status;
    *answer.headers_mut() = response.headers;
    answer
}

/// Serves `mock` on `listener` (HTTP/1.1, keep-alive) until `shutdown` completes, then lets
/// the requests under way finish (for up to [`SHUTDOWN_GRACE`]).
async fn serve(
    listener: TcpListener,
    mock: Arc<Mock>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, say: wait a little rather than spin.
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        // Set by a request whose fault drops the connection.
        let kill = Arc::new(Notify::new());
        let (mock, killer) = (mock.clone(), kill.clone());
        let service = hyper::service::service_fn(move |request| {
            let (mock, killer) = (mock.clone(), killer.clone());
            async move {
                match answer(&mock, request).await {
                    Some(response) => Ok::<_, Infallible>(into_hyper(response)),
                    None => {
                        killer.notify_one();
                        // The connection task drops this future together with the connection.
                        std::future::pending().await
                    }
                }
            }
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            tokio::select! {
                _ = connection => {}
                () = kill.notified() => {}
            }
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => {}
    }
}

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
    address: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
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
        format!("http://{}", self.address)
    }

    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The clients Autional stores for `tenant`, oldest first, secrets redacted.
    pub fn autional_clients(&self, tenant: &str) -> Vec<CreateClientResponse> {
        self.mock.autional_clients(tenant)
    }

    /// The clients Gropius stores, oldest first.
    pub fn gropius_clients(&self) -> Vec<AuthClient> {
        self.mock.gropius_clients()
    }

    /// Forgets all state of one service (clients, journal entries, faults), or of both: what
    /// `POST /__mock/reset` does.
    pub fn reset(&self, scope: Option<ResetScope>) {
        self.mock.reset(scope);
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
    pub async fn shutdown(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
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
        let bind = |source| StartError::Bind {
            address: self.listen,
            source,
        };
        let listener = TcpListener::bind(self.listen).await.map_err(bind)?;
        let address = listener.local_addr().map_err(bind)?;
        let (shutdown, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(serve(listener, mock.clone(), async move {
            let _ = stopped.await;
        }));
        Ok(MockServer {
            mock,
            address,
            shutdown: Some(shutdown),
            task: Some(task),
        })
    }
}
