//! The hyper adapter over the core, and [`MockServer`], the handle a test holds.
//!
//! The adapter only translates I/O: it reads the body up to the limit, hands the request to
//! [`Mock::serve`], waits out an injected delay, then writes the answer or closes the
//! connection. It owns its accept loop and each connection's life, so that it can bound what a
//! slow, idle or hostile client holds: a fault can close one connection; a header that takes too
//! long, an idle keep-alive connection and connections beyond the limit are closed or wait; an
//! answer sent before the body was read (a `413`) is followed by a lingering close, so that a
//! client still sending reads the answer rather than a reset.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use http::header::{CONNECTION, CONTENT_LENGTH, HeaderValue};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, Semaphore, oneshot, watch};
use tokio::task::{JoinHandle, JoinSet};

use crate::clock::Clock;
use crate::config::{Accounts, MockConfig, ResponseObserver};
use crate::error::{FaultError, StartError};
use crate::faults::{Fault, FaultCreated, FaultSpec};
use crate::http::{Body, MockRequest, MockResponse};
use crate::journal::{JournalPage, JournalQuery};
use crate::mock::{Mock, Outcome, Reply};
use crate::model::{AuthClientDetails, CreateClientResponse, Stats};
use crate::profile::Profile;
use crate::shared::describe;
use crate::state::{NotedDivergence, ResetScope};

/// How long a shutdown waits for requests under way.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);
/// A lingering close reads and discards what the client still sends for at most this long…
const LINGER_TIME: Duration = Duration::from_secs(5);
/// …stopping sooner when nothing arrives for this long…
const LINGER_IDLE: Duration = Duration::from_secs(1);
/// …or when this many bytes were discarded.
const LINGER_BYTES: u64 = 64 * 1024 * 1024;

/// What one connection may hold, from the configuration.
#[derive(Debug, Clone, Copy)]
struct ConnectionLimits {
    header_timeout: Duration,
    idle_timeout: Duration,
}

/// What the HTTP edge serves: the mock, or the proxy. The edge reads the body (up to
/// `body_limit`), hands the request over, waits the reply's delay and sends its answer.
pub(crate) trait Handler: Send + Sync + 'static {
    /// The largest body read; a longer one reaches the handler as [`Body::TooLarge`].
    fn body_limit(&self) -> usize;
    /// The reply to one request.
    fn handle(&self, request: MockRequest) -> impl Future<Output = Reply> + Send;
}

impl Handler for Mock {
    fn body_limit(&self) -> usize {
        Mock::body_limit(self)
    }

    async fn handle(&self, request: MockRequest) -> Reply {
        self.serve(&request)
    }
}

/// What a connection's requests tell the connection: when it last heard from the client, how
/// many requests are under way, and whether it must close (a fault) or linger (an answer sent
/// before the body was read).
struct ConnectionState {
    opened: Instant,
    /// Milliseconds since `opened` of the last byte read or answer sent.
    last_activity_ms: AtomicU64,
    in_flight: AtomicUsize,
    linger: AtomicBool,
    kill: Notify,
}

impl ConnectionState {
    fn new() -> Self {
        Self {
            opened: Instant::now(),
            last_activity_ms: AtomicU64::new(0),
            in_flight: AtomicUsize::new(0),
            linger: AtomicBool::new(false),
            kill: Notify::new(),
        }
    }

    fn touch(&self) {
        let ms = self
            .opened
            .elapsed()
            .as_millis()
            .try_into()
            .unwrap_or(u64::MAX);
        self.last_activity_ms.store(ms, Ordering::Relaxed);
    }

    /// Idle: no request under way and nothing heard for `timeout`.
    fn is_idle(&self, timeout: Duration) -> bool {
        let last = Duration::from_millis(self.last_activity_ms.load(Ordering::Relaxed));
        self.in_flight.load(Ordering::Acquire) == 0 && self.opened.elapsed() >= last + timeout
    }
}

/// Counts one request under way for as long as it lives.
struct InFlight<'c>(&'c ConnectionState);

impl<'c> InFlight<'c> {
    fn start(connection: &'c ConnectionState) -> Self {
        connection.in_flight.fetch_add(1, Ordering::AcqRel);
        Self(connection)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.touch();
        self.0.in_flight.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The TCP stream, noting in its connection's state each time bytes arrive.
struct WatchedStream {
    stream: TcpStream,
    connection: Arc<ConnectionState>,
}

impl AsyncRead for WatchedStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.connection.touch();
        }
        polled
    }
}

impl AsyncWrite for WatchedStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// Reads one request, serves it, and says what to send; `None` closes the connection.
async fn answer<H: Handler>(
    handler: &H,
    connection: &ConnectionState,
    request: hyper::Request<Incoming>,
) -> Option<MockResponse> {
    let _in_flight = InFlight::start(connection);
    let received = Instant::now();
    let (parts, body) = request.into_parts();
    let limit = handler.body_limit();
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
            Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Body::TooLarge,
            Err(e) => Body::Unreadable(describe(&*e)),
        }
    };
    // The rest of a body over the limit was not read: close after answering, lingering so that
    // the client, which may still be sending it, reads the answer (an `Expect: 100-continue`
    // client is answered at once and sends nothing more).
    let unread = matches!(body, Body::TooLarge);
    let request = MockRequest {
        method: parts.method,
        path: parts.uri.path().to_string(),
        query: parts.uri.query().map(str::to_string),
        headers: parts.headers,
        body,
        received,
    };
    let reply = handler.handle(request).await;
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    match reply.outcome {
        Outcome::Respond(mut response) => {
            if unread {
                connection.linger.store(true, Ordering::Release);
                response
                    .headers
                    .insert(CONNECTION, HeaderValue::from_static("close"));
            }
            Some(response)
        }
        Outcome::DropConnection => None,
    }
}

fn into_hyper(response: MockResponse) -> hyper::Response<Full<Bytes>> {
    let mut answer = hyper::Response::new(Full::new(response.body));
    *answer.status_mut() = response.status;
    *answer.headers_mut() = response.headers;
    answer
}

/// A listener being served: stopped by [`Serving::stop`], or (without waiting) when dropped.
#[derive(Debug)]
pub(crate) struct Serving {
    address: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Serving {
    /// Binds `listen` and serves `handler` on it.
    pub(crate) async fn start<H: Handler>(
        handler: Arc<H>,
        listen: SocketAddr,
        config: &MockConfig,
    ) -> Result<Self, StartError> {
        let bind = |source| StartError::Bind {
            address: listen,
            source,
        };
        let listener = TcpListener::bind(listen).await.map_err(bind)?;
        let address = listener.local_addr().map_err(bind)?;
        let (shutdown, stopped) = oneshot::channel::<()>();
        let limits = ConnectionLimits {
            header_timeout: config.header_timeout,
            idle_timeout: config.idle_timeout,
        };
        let task = tokio::spawn(serve(
            listener,
            handler,
            limits,
            config.max_connections,
            async move {
                let _ = stopped.await;
            },
        ));
        Ok(Self {
            address,
            shutdown: Some(shutdown),
            task: Some(task),
        })
    }

    /// The address it listens on.
    pub(crate) fn address(&self) -> SocketAddr {
        self.address
    }

    /// Stops accepting and waits for the requests under way (for up to [`SHUTDOWN_GRACE`]).
    pub(crate) async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// Serves `mock` on `listener` (HTTP/1.1, keep-alive) until `shutdown` completes, then lets
/// the requests under way finish (for up to [`SHUTDOWN_GRACE`]). At most `max_connections`
/// are open at once; more wait in the listener's backlog.
async fn serve<H: Handler>(
    listener: TcpListener,
    handler: Arc<H>,
    limits: ConnectionLimits,
    max_connections: usize,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let permits = Arc::new(Semaphore::new(max_connections.max(1)));
    let (stop, stopping) = watch::channel(false);
    let mut connections = JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        while connections.try_join_next().is_some() {}
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors, say: wait a little rather than spin.
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let (handler, stopping) = (handler.clone(), stopping.clone());
        connections.spawn(async move {
            serve_connection(stream, handler, limits, stopping).await;
            drop(permit);
        });
    }
    drop(listener);
    let _ = stop.send(true);
    let drained = async { while connections.join_next().await.is_some() {} };
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, drained).await;
}

/// One connection, from accept to close.
async fn serve_connection<H: Handler>(
    stream: TcpStream,
    handler: Arc<H>,
    limits: ConnectionLimits,
    mut stopping: watch::Receiver<bool>,
) {
    let _ = stream.set_nodelay(true);
    let state = Arc::new(ConnectionState::new());
    let io = TokioIo::new(WatchedStream {
        stream,
        connection: state.clone(),
    });
    let for_requests = state.clone();
    let service = hyper::service::service_fn(move |request| {
        let (handler, connection) = (handler.clone(), for_requests.clone());
        Box::pin(async move {
            match answer(&*handler, &connection, request).await {
                Some(response) => Ok::<_, Infallible>(into_hyper(response)),
                None => {
                    connection.kill.notify_one();
                    // The connection task drops this future together with the connection.
                    std::future::pending().await
                }
            }
        })
    });
    let mut connection = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .serve_connection(io, service);
    let mut idle_check = tokio::time::interval(
        (limits.idle_timeout / 4).clamp(Duration::from_millis(10), Duration::from_secs(1)),
    );
    let mut closing = false;
    let served = loop {
        tokio::select! {
            served = std::future::poll_fn(|cx| connection.poll_without_shutdown(cx)) => break served,
            () = state.kill.notified() => return,
            _ = stopping.changed(), if !closing => {
                closing = true;
                Pin::new(&mut connection).graceful_shutdown();
            }
            _ = idle_check.tick(), if !closing => {
                if state.is_idle(limits.idle_timeout) {
                    closing = true;
                    Pin::new(&mut connection).graceful_shutdown();
                }
            }
        }
    };
    if served.is_err() {
        return;
    }
    let mut stream = connection.into_parts().io.into_inner().stream;
    if state.linger.load(Ordering::Acquire) {
        linger(&mut stream).await;
    }
    let _ = stream.shutdown().await;
}

/// Reads and discards what the client still sends, within [`LINGER_TIME`], [`LINGER_IDLE`] and
/// [`LINGER_BYTES`] (what nginx calls a lingering close).
async fn linger(stream: &mut TcpStream) {
    let _ = stream.shutdown().await;
    let deadline = tokio::time::Instant::now() + LINGER_TIME;
    let mut discarded = 0u64;
    let mut buffer = vec![0u8; 64 * 1024];
    while discarded < LINGER_BYTES {
        let wait = LINGER_IDLE.min(deadline.saturating_duration_since(tokio::time::Instant::now()));
        match tokio::time::timeout(wait, stream.read(&mut buffer)).await {
            Ok(Ok(read)) if read > 0 => discarded += read as u64,
            _ => break,
        }
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
