//! One listener's connections: the accept loop, each connection's life (header and idle
//! timeouts, the connection limit, a fault's close, a lingering close after an early answer),
//! and the body read up to the limit. Only I/O: the [`Handler`] decides every answer.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::header::{CONNECTION, CONTENT_LENGTH, HeaderValue};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, Semaphore, watch};
use tokio::task::JoinSet;

use crate::http::{Body, MockRequest, MockResponse, Outcome, Reply};
use crate::mock::Mock;
use crate::shared::describe;

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
pub(super) struct ConnectionLimits {
    pub(super) header_timeout: Duration,
    pub(super) idle_timeout: Duration,
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

/// The HTTPS side of a listener: the acceptor, and how many handshakes failed (plain HTTP sent
/// to the port, a handshake that never finished, a client offering only old versions).
#[cfg(feature = "tls")]
pub(super) struct TlsEdge {
    pub(super) acceptor: tokio_rustls::TlsAcceptor,
    failed: AtomicU64,
}

#[cfg(feature = "tls")]
impl TlsEdge {
    pub(super) fn new(acceptor: tokio_rustls::TlsAcceptor) -> Self {
        Self {
            acceptor,
            failed: AtomicU64::new(0),
        }
    }

    /// Logs a handshake that did not complete, with the count so far: the connection closes,
    /// the server goes on.
    fn failed(&self, reason: &str) {
        let failed_handshakes = self.failed.fetch_add(1, Ordering::Relaxed) + 1;
        tracing::info!(reason, failed_handshakes, "tls handshake failed");
    }
}

/// What a listener speaks: plain HTTP/1.1, or HTTPS.
#[derive(Clone)]
pub(super) enum Edge {
    Plain,
    #[cfg(feature = "tls")]
    Tls(Arc<TlsEdge>),
}

/// Serves `mock` on `listener` (HTTP/1.1, keep-alive; over TLS, HTTP/2 too by ALPN) until
/// `shutdown` completes, then lets the requests under way finish (for up to
/// [`SHUTDOWN_GRACE`]). At most `max_connections` are open at once; more wait in the
/// listener's backlog.
pub(super) async fn serve<H: Handler>(
    listener: TcpListener,
    handler: Arc<H>,
    limits: ConnectionLimits,
    max_connections: usize,
    edge: Edge,
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
        let (handler, stopping, edge) = (handler.clone(), stopping.clone(), edge.clone());
        connections.spawn(async move {
            serve_connection(stream, handler, limits, stopping, edge).await;
            drop(permit);
        });
    }
    drop(listener);
    let _ = stop.send(true);
    let drained = async { while connections.join_next().await.is_some() {} };
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, drained).await;
}

/// One connection, from accept to close: the TLS handshake first, within the header timeout,
/// when the listener speaks HTTPS.
async fn serve_connection<H: Handler>(
    stream: TcpStream,
    handler: Arc<H>,
    limits: ConnectionLimits,
    stopping: watch::Receiver<bool>,
    edge: Edge,
) {
    let _ = stream.set_nodelay(true);
    let state = Arc::new(ConnectionState::new());
    let watched = WatchedStream {
        stream,
        connection: state.clone(),
    };
    match edge {
        Edge::Plain => serve_http1(watched, handler, limits, stopping, state).await,
        #[cfg(feature = "tls")]
        Edge::Tls(tls) => {
            let accepted =
                tokio::time::timeout(limits.header_timeout, tls.acceptor.accept(watched)).await;
            let stream = match accepted {
                Ok(Ok(stream)) => stream,
                Ok(Err(e)) => return tls.failed(&e.to_string()),
                Err(_) => return tls.failed("no handshake within the header timeout"),
            };
            if stream.get_ref().1.alpn_protocol() == Some(b"h2") {
                serve_http2(stream, handler, limits, stopping, state).await;
            } else {
                serve_http1(stream, handler, limits, stopping, state).await;
            }
        }
    }
}

type Answered = Result<hyper::Response<Full<Bytes>>, Infallible>;

/// The service a connection's requests go to: each answered by `handler`, or the connection
/// killed (a fault's `drop_connection`).
fn answering<H: Handler>(
    handler: Arc<H>,
    state: Arc<ConnectionState>,
) -> impl Fn(hyper::Request<Incoming>) -> Pin<Box<dyn Future<Output = Answered> + Send>> + Clone {
    move |request| {
        let (handler, connection) = (handler.clone(), state.clone());
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
    }
}

/// When a connection should close gracefully: the server is stopping, or the connection has
/// been idle for the idle timeout. Each HTTP version's loop waits on it beside its connection.
struct Closer {
    stopping: watch::Receiver<bool>,
    idle_check: tokio::time::Interval,
    idle_timeout: Duration,
}

impl Closer {
    fn new(stopping: watch::Receiver<bool>, idle_timeout: Duration) -> Self {
        let every = (idle_timeout / 4).clamp(Duration::from_millis(10), Duration::from_secs(1));
        Self {
            stopping,
            idle_check: tokio::time::interval(every),
            idle_timeout,
        }
    }

    /// Completes when the connection should close (cancel-safe: the loops drop it each turn).
    async fn wait(&mut self, connection: &ConnectionState) {
        loop {
            tokio::select! {
                _ = self.stopping.changed() => return,
                _ = self.idle_check.tick() => {
                    if connection.is_idle(self.idle_timeout) {
                        return;
                    }
                }
            }
        }
    }
}

/// HTTP/1.1 on `io`, keep-alive, until the client or the server closes it.
async fn serve_http1<H, S>(
    io: S,
    handler: Arc<H>,
    limits: ConnectionLimits,
    stopping: watch::Receiver<bool>,
    state: Arc<ConnectionState>,
) where
    H: Handler,
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(answering(handler, state.clone()));
    let mut connection = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .serve_connection(TokioIo::new(io), service);
    let mut closer = Closer::new(stopping, limits.idle_timeout);
    let mut closing = false;
    let served = loop {
        tokio::select! {
            served = std::future::poll_fn(|cx| connection.poll_without_shutdown(cx)) => break served,
            () = state.kill.notified() => return,
            () = closer.wait(&state), if !closing => {
                closing = true;
                Pin::new(&mut connection).graceful_shutdown();
            }
        }
    };
    if served.is_err() {
        return;
    }
    let mut stream = connection.into_parts().io.into_inner();
    if state.linger.load(Ordering::Acquire) {
        linger(&mut stream).await;
    }
    let _ = stream.shutdown().await;
}

/// HTTP/2 on `io` (negotiated by ALPN), until the client or the server closes it. An answer
/// sent before its body was read resets that stream only; a fault's `drop_connection` closes
/// the whole connection.
#[cfg(feature = "tls")]
async fn serve_http2<H, S>(
    io: S,
    handler: Arc<H>,
    limits: ConnectionLimits,
    stopping: watch::Receiver<bool>,
    state: Arc<ConnectionState>,
) where
    H: Handler,
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(answering(handler, state.clone()));
    let mut connection =
        hyper::server::conn::http2::Builder::new(hyper_util::rt::TokioExecutor::new())
            .timer(TokioTimer::new())
            .serve_connection(TokioIo::new(io), service);
    let mut closer = Closer::new(stopping, limits.idle_timeout);
    let mut closing = false;
    loop {
        tokio::select! {
            _ = &mut connection => return,
            () = state.kill.notified() => return,
            () = closer.wait(&state), if !closing => {
                closing = true;
                Pin::new(&mut connection).graceful_shutdown();
            }
        }
    }
}

/// Reads and discards what the client still sends, within [`LINGER_TIME`], [`LINGER_IDLE`] and
/// [`LINGER_BYTES`] (what nginx calls a lingering close).
async fn linger<S: AsyncRead + AsyncWrite + Unpin>(stream: &mut S) {
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
