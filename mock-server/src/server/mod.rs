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
use crate::error::{ConfigError, StartError};
use crate::journal_api::AdminAccess;

pub(crate) use self::connection::Handler;
#[cfg(feature = "tls")]
use self::connection::TlsEdge;
use self::connection::{ConnectionLimits, Edge, serve};
pub use self::mock_server::{MockServer, MockServerBuilder};

/// Who may use the admin API of a server that will listen on `listen`, from its settings: a
/// server off a loopback address needs an admin key and credentials of its own
/// (`dev_credentials`: it would accept a public development one), unless
/// `insecure_open_admin` says the user means it, and then it warns of what is open.
pub(crate) fn admin_access(
    listen: SocketAddr,
    config: &ServerConfig,
    dev_credentials: bool,
) -> Result<AdminAccess, StartError> {
    let key = config.admin_key.as_deref();
    if key.is_some_and(str::is_empty) {
        return Err(ConfigError::EmptyAdminKey.into());
    }
    let mut open = Vec::new();
    if !listen.ip().is_loopback() {
        if key.is_none() {
            if !config.insecure_open_admin {
                return Err(StartError::OpenAdmin { address: listen });
            }
            open.push("the admin API (journal, reset, faults, stored clients) has no key");
        }
        if dev_credentials {
            if !config.insecure_open_admin {
                return Err(StartError::DevelopmentCredentials { address: listen });
            }
            open.push("the public development credentials are accepted");
        }
    }
    let warning = (!open.is_empty()).then(|| {
        format!(
            "insecure (--insecure-open-admin): listening on {listen}, off loopback, and {}",
            open.join("; ")
        )
    });
    Ok(AdminAccess::new(key, warning))
}

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

#[cfg(test)]
mod tests {
    use bytes::Bytes;
    use http::{HeaderMap, Method};

    use super::admin_access;
    use crate::config::{MockConfig, ServerConfig};
    use crate::error::StartError;
    use crate::http::{MockRequest, Outcome};
    use crate::mock::Mock;

    fn server(key: Option<&str>, insecure: bool) -> ServerConfig {
        ServerConfig {
            admin_key: key.map(str::to_string),
            insecure_open_admin: insecure,
            ..ServerConfig::default()
        }
    }

    /// What a mock's health check says, with `admin`.
    fn health(admin: super::AdminAccess) -> serde_json::Value {
        let mock = Mock::with_admin(&MockConfig::default(), admin).unwrap();
        let request = MockRequest::new(
            Method::GET,
            "/__mock/health",
            HeaderMap::new(),
            Bytes::new(),
        );
        let Outcome::Respond(answer) = mock.serve(&request).outcome else {
            panic!("no fault was set")
        };
        serde_json::from_slice(&answer.body).unwrap()
    }

    #[test]
    fn off_loopback_a_server_needs_a_key_and_its_own_credentials_or_says_it_is_open() {
        let outside = "0.0.0.0:8080".parse().unwrap();
        let loopback = "127.0.0.1:8080".parse().unwrap();
        assert!(matches!(
            admin_access(outside, &server(None, false), false),
            Err(StartError::OpenAdmin { .. })
        ));
        assert!(matches!(
            admin_access(outside, &server(Some("k"), false), true),
            Err(StartError::DevelopmentCredentials { .. })
        ));
        assert!(matches!(
            admin_access(loopback, &server(Some(""), false), false),
            Err(StartError::Config(crate::error::ConfigError::EmptyAdminKey))
        ));
        let guarded = admin_access(outside, &server(Some("k"), false), false).unwrap();
        assert_eq!(guarded.warning(), None);
        assert_eq!(health(guarded).get("warning"), None);
        let on_loopback = admin_access(loopback, &server(None, false), true).unwrap();
        assert_eq!(on_loopback.warning(), None);
        let open = admin_access(outside, &server(None, true), true).unwrap();
        let warning = open.warning().unwrap().to_string();
        assert!(
            warning.contains("--insecure-open-admin")
                && warning.contains("has no key")
                && warning.contains("development credentials"),
            "{warning}"
        );
        assert_eq!(health(open)["warning"], warning.as_str());
    }
}
