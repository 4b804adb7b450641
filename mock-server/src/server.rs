//! The axum adapter over the core, the accept loop that can drop a connection on demand, and
//! [`MockServer`], the handle a test holds.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::header::CONTENT_LENGTH;
use chrono::{DateTime, Utc};
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::{Notify, oneshot};
use tower::ServiceExt;

use crate::admin::ResetScope;
use crate::clock::Clock;
use crate::config::{Credentials, MockConfig, Profile};
use crate::faults::{Fault, FaultCreated, FaultSpec};
use crate::http::{Body, MockRequest, MockResponse};
use crate::journal::{JournalPage, JournalQuery};
use crate::mock::{Mock, Outcome};

/// How long a shutdown waits for requests under way.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Lets a request close its own connection without answering (a `drop_connection` fault).
#[derive(Clone, Default)]
struct ConnectionKill(Arc<Notify>);

fn router(mock: Arc<Mock>) -> axum::Router {
    axum::Router::new().fallback(serve_one).with_state(mock)
}

async fn serve_one(
    State(mock): State<Arc<Mock>>,
    kill: Option<axum::Extension<ConnectionKill>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let started = Instant::now();
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
        match axum::body::to_bytes(body, limit).await {
            Ok(bytes) => Body::Complete(bytes),
            Err(_) => Body::TooLarge,
        }
    };
    let request = MockRequest {
        method: parts.method,
        path: parts.uri.path().to_string(),
        query: parts.uri.query().map(str::to_string),
        headers: parts.headers,
        body,
    };
    let reply = mock.serve(&request);
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    mock.record(&request, &reply, started.elapsed());
    // Method, path, status and latency only: headers and bodies may hold secrets.
    let status = match &reply.outcome {
        Outcome::Respond(response) => response.status.as_u16(),
        Outcome::DropConnection => 0,
    };
    let latency_us = started.elapsed().as_micros() as u64;
    match reply.fault_id.as_deref() {
        None => tracing::info!(
            method = %request.method,
            path = %request.path,
            status,
            latency_us,
            "request"
        ),
        Some(fault) => tracing::info!(
            method = %request.method,
            path = %request.path,
            status,
            latency_us,
            fault,
            "request"
        ),
    }
    match (reply.outcome, kill) {
        (Outcome::Respond(response), _) => into_axum(response),
        (Outcome::DropConnection, Some(axum::Extension(kill))) => {
            kill.0.notify_one();
            // The connection task drops this future together with the connection.
            std::future::pending().await
        }
        (Outcome::DropConnection, None) => into_axum(crate::mock::MockError::response(
            http::StatusCode::SERVICE_UNAVAILABLE,
            "drop_connection fault: this server cannot close connections",
        )),
    }
}

fn into_axum(response: MockResponse) -> axum::response::Response {
    let mut answer = axum::response::Response::new(axum::body::Body::from(response.body));
    *answer.status_mut() = response.status;
    *answer.headers_mut() = response.headers;
    answer
}

/// Serves `mock` on `listener` (HTTP/1.1, keep-alive) until `shutdown` completes, then lets
/// the requests under way finish (for up to five seconds).
pub async fn serve(
    listener: TcpListener,
    mock: Arc<Mock>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_router(listener, router(mock), shutdown).await
}

/// The accept loop [`serve`] runs, for any axum router: the benchmarks' baseline server uses it
/// so that it measures the same HTTP stack with no work behind it.
pub async fn serve_router(
    listener: TcpListener,
    router: axum::Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
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
        let kill = ConnectionKill::default();
        let router = router.clone();
        let per_connection = kill.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<_>| {
            request.extensions_mut().insert(per_connection.clone());
            router.clone().oneshot(request.map(axum::body::Body::new))
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            tokio::select! {
                _ = connection => {}
                () = kill.0.notified() => {}
            }
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => {}
    }
    Ok(())
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
}

impl MockServer {
    /// Starts a server with the default configuration (development credentials, system clock,
    /// random ids, 1 MiB body limit, `contract` profile).
    ///
    /// # Panics
    /// When no port can be bound on 127.0.0.1 (use [`MockServerBuilder::try_start`] to handle it).
    pub async fn start() -> Self {
        Self::builder().start().await
    }

    /// A builder for a server with other settings.
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
    pub fn autional_clients(
        &self,
        tenant: &str,
    ) -> Vec<crate::autional::model::CreateClientResponse> {
        self.mock.autional().clients(tenant)
    }

    /// The clients Gropius stores, oldest first.
    pub fn gropius_clients(&self) -> Vec<crate::gropius::model::AuthClient> {
        self.mock.gropius().clients()
    }

    /// Forgets all state of one service (clients, journal entries, faults), or of both: what
    /// `POST /__mock/reset` does.
    pub fn reset(&self, scope: Option<ResetScope>) {
        self.mock.reset(scope);
    }

    /// Reads the request journal: what `GET /__mock/journal` answers.
    pub fn journal(&self, query: &JournalQuery) -> JournalPage {
        self.mock.journal().read(query)
    }

    /// Injects a fault: what `POST /__mock/faults` does. The error says why a spec is refused.
    pub fn add_fault(&self, spec: FaultSpec) -> Result<FaultCreated, String> {
        self.mock.faults().add(spec)
    }

    /// The active faults with their remaining counts: what `GET /__mock/faults` answers.
    pub fn faults(&self) -> Vec<Fault> {
        self.mock.faults().list()
    }

    /// Removes one fault; whether it existed.
    pub fn remove_fault(&self, id: &str) -> bool {
        self.mock.faults().remove(id)
    }

    /// Removes every fault.
    pub fn clear_faults(&self) {
        self.mock.faults().clear(|_| true);
    }

    /// The core behind the server, for anything else.
    pub fn mock(&self) -> &Mock {
        &self.mock
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
    /// The credentials and users the server knows.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.config.credentials = credentials;
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
        self.config.observer = Some(crate::config::ResponseObserver::new(observer));
        self
    }

    /// Where to listen (default: a random port of 127.0.0.1).
    pub fn listen(mut self, address: SocketAddr) -> Self {
        self.listen = address;
        self
    }

    /// The configuration built so far.
    pub fn config(&self) -> &MockConfig {
        &self.config
    }

    /// Starts the server.
    ///
    /// # Panics
    /// When the address cannot be bound, or an initial fault is not valid.
    pub async fn start(self) -> MockServer {
        let listen = self.listen;
        self.try_start()
            .await
            .unwrap_or_else(|e| panic!("the mock server could not listen on {listen}: {e}"))
    }

    /// Starts the server, or says why it could not (the address, or an initial fault).
    pub async fn try_start(self) -> std::io::Result<MockServer> {
        let mock = Mock::new(&self.config).map_err(std::io::Error::other)?;
        let mock = Arc::new(mock);
        let listener = TcpListener::bind(self.listen).await?;
        let address = listener.local_addr()?;
        let (shutdown, stopped) = oneshot::channel::<()>();
        tokio::spawn(serve(listener, mock.clone(), async move {
            let _ = stopped.await;
        }));
        Ok(MockServer {
            mock,
            address,
            shutdown: Some(shutdown),
        })
    }
}
