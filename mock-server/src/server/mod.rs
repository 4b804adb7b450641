//! The HTTP edge over the core, and [`MockServer`], the handle a test holds.
//!
//! The edge only translates I/O: it reads the body up to the limit, hands the request to a
//! [`Handler`] (the mock's [`crate::Mock::serve`], or the proxy), waits out an injected delay, then
//! writes the answer or closes the connection. It owns its accept loop and each connection's
//! life (`connection.rs`), so that it can bound what a slow, idle or hostile client holds: a
//! fault can close one connection; a header that takes too long, an idle keep-alive connection
//! and connections beyond the limit are closed or wait; an answer sent before the body was read
//! (a `413`) is followed by a lingering close, so that a client still sending reads the answer
//! rather than a reset. [`Serving`] is one listener being served; `mock_server.rs` is the
//! test's handle on a served mock.

mod connection;
mod mock_server;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::config::ServerConfig;
use crate::error::StartError;

pub(crate) use self::connection::Handler;
#[cfg(feature = "tls")]
use self::connection::TlsEdge;
use self::connection::{ConnectionLimits, Edge, serve};
pub use self::mock_server::{MockServer, MockServerBuilder};

/// A listener being served: stopped by [`Serving::stop`], or (without waiting) when dropped.
#[derive(Debug)]
pub(crate) struct Serving {
    address: SocketAddr,
    /// The CA of the certificate the server made for itself, when it serves HTTPS so.
    #[cfg(feature = "tls")]
    ca: Option<crate::tls::CaCertificate>,
    https: bool,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Serving {
    /// Binds `listen` and serves `handler` on it.
    pub(crate) async fn start<H: Handler>(
        handler: Arc<H>,
        listen: SocketAddr,
        config: &ServerConfig,
    ) -> Result<Self, StartError> {
        let bind = |source| StartError::Bind {
            address: listen,
            source,
        };
        #[cfg(feature = "tls")]
        let tls = match &config.tls {
            Some(tls) => Some(crate::tls::acceptor(tls, listen)?),
            None => None,
        };
        #[cfg(feature = "tls")]
        let edge = match &tls {
            Some(tls) => Edge::Tls(Arc::new(TlsEdge::new(tls.acceptor.clone()))),
            None => Edge::Plain,
        };
        #[cfg(not(feature = "tls"))]
        let edge = Edge::Plain;
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
            edge,
            async move {
                let _ = stopped.await;
            },
        ));
        Ok(Self {
            address,
            #[cfg(feature = "tls")]
            https: tls.is_some(),
            #[cfg(not(feature = "tls"))]
            https: false,
            #[cfg(feature = "tls")]
            ca: tls.and_then(|t| t.ca),
            shutdown: Some(shutdown),
            task: Some(task),
        })
    }

    /// The address it listens on.
    pub(crate) fn address(&self) -> SocketAddr {
        self.address
    }

    /// `http://<address>`, or `https://<address>` when it serves HTTPS.
    pub(crate) fn base_url(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}", self.address)
    }

    /// The CA to trust, when the server made its certificate.
    #[cfg(feature = "tls")]
    pub(crate) fn ca(&self) -> Option<&crate::tls::CaCertificate> {
        self.ca.as_ref()
    }

    /// Stops accepting and waits for the requests under way (for up to `connection::SHUTDOWN_GRACE`).
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
