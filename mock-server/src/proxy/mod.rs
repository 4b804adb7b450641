//! `clientreg-mock proxy`: forwards every request to an upstream (the real service) and its answer
//! back unchanged, and checks each exchange against the contract: the request (operation
//! known, its required headers and credentials present, its body against the schema, which
//! states every rule) and the answer (status declared, body schema, the business-code and
//! message conventions). Each exchange is journaled with its violations.
//!
//! The proxy is not a mock: it holds a journal, not a `Mock`. Its admin API under `/__mock/`
//! is what a proxy has (`admin.rs`: health, journal, violations, reset); a body the edge did
//! not read whole is answered by the proxy itself in the service's shape (`413`, or `400` for
//! broken framing), whatever the credentials, and never forwarded.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName};

use crate::check::{
    Answer, ContractChecker, RecordedExchange, Recorder, Unread, display_url, read_up_to,
};
use crate::clock::Clock;
use crate::config::{DEFAULT_BODY_LIMIT, DEFAULT_JOURNAL_CAPACITY, DroppedLogLines, ServerConfig};
use crate::error::{ConfigError, StartError};
use crate::http::{Body, MockRequest, MockResponse, Outcome, Reply};
use crate::journal::{Answered, Journal, JournalPage, JournalQuery, Violation, ViolationSummary};
use crate::journal_api::AdminAccess;

use crate::server::{Handler, Serving};
use crate::services::{Service, ShapedError, broken_convention};
use crate::shared::{ADMIN_PREFIX, describe};
use crate::text::is_http_url;

mod admin;

/// Headers that belong to one connection (RFC 9110 §7.6.1) or to the body's framing: never
/// forwarded; each side sets its own.
const HOP_BY_HOP: [HeaderName; 8] = [
    header::CONNECTION,
    HeaderName::from_static("keep-alive"),
    HeaderName::from_static("proxy-connection"),
    header::TE,
    header::TRAILER,
    header::TRANSFER_ENCODING,
    header::UPGRADE,
    header::CONTENT_LENGTH,
];

/// The proxy's settings: the upstream, what it keeps, and how its server holds connections.
/// `Debug` shows the upstream without the userinfo of its URL.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use clientreg_mock::MockServer;
/// use clientreg_mock::proxy::{ProxyConfig, ProxyServer};
///
/// let upstream = MockServer::start().await; // a real deployment, in practice
/// let config = ProxyConfig {
///     journal_capacity: 100,
///     ..ProxyConfig::new(upstream.base_url())
/// };
/// let proxy = ProxyServer::start(config, "127.0.0.1:0".parse().unwrap()).await.unwrap();
/// let answer = reqwest::get(format!("{}/auth/api/login/client", proxy.base_url())).await.unwrap();
/// assert_eq!(answer.status(), 401, "the upstream's answer, forwarded");
/// assert_eq!(proxy.journal(&Default::default()).total, 1);
/// # }
/// ```
#[derive(Clone)]
pub struct ProxyConfig {
    /// The upstream's base URL: each request's path and query are appended to it.
    pub upstream: String,
    /// Each forwarded request's timeout.
    pub upstream_timeout: Duration,
    /// The largest body read, of a request or of an upstream's answer, in bytes: a longer
    /// request is answered `413` by the proxy, a longer answer `502`.
    pub body_limit: usize,
    /// How many journal entries are kept (the oldest go first).
    pub journal_capacity: usize,
    /// The server's timeouts and connection limit.
    pub server: ServerConfig,
    /// Append every exchange to this file, a JSON line each (`docs/recording.md`).
    pub record: Option<std::path::PathBuf>,
    /// How many lines of the process's log were dropped, for the health check to report.
    pub dropped_log_lines: Option<DroppedLogLines>,
    /// A CA (PEM) to trust for an https upstream, besides the system's.
    pub upstream_ca: Option<Vec<u8>>,
    /// Whether the upstream's certificate is checked (it is, unless turned off by name).
    pub upstream_certificate_checks: bool,
}

impl std::fmt::Debug for ProxyConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProxyConfig")
            .field("upstream", &display_url(&self.upstream))
            .field("upstream_timeout", &self.upstream_timeout)
            .field("body_limit", &self.body_limit)
            .field("journal_capacity", &self.journal_capacity)
            .field("server", &self.server)
            .field("record", &self.record)
            .field("dropped_log_lines", &self.dropped_log_lines)
            .field("upstream_ca", &self.upstream_ca.as_ref().map(Vec::len))
            .field(
                "upstream_certificate_checks",
                &self.upstream_certificate_checks,
            )
            .finish()
    }
}

impl ProxyConfig {
    /// The settings for a proxy in front of `upstream`, every other at its default (10 s
    /// upstream timeout, 1 MiB body limit, 1000 journal entries, no recording).
    pub fn new(upstream: impl Into<String>) -> Self {
        Self {
            upstream: upstream.into(),
            upstream_timeout: Duration::from_secs(10),
            body_limit: DEFAULT_BODY_LIMIT,
            journal_capacity: DEFAULT_JOURNAL_CAPACITY,
            server: ServerConfig::default(),
            record: None,
            dropped_log_lines: None,
            upstream_ca: None,
            upstream_certificate_checks: true,
        }
    }
}

struct Proxy {
    upstream: String,
    http: reqwest::Client,
    contract: ContractChecker,
    journal: Journal,
    clock: Clock,
    body_limit: usize,
    recorder: Option<Recorder>,
    dropped_log_lines: Option<DroppedLogLines>,
    /// Who may use its admin API.
    admin: AdminAccess,
}

impl Handler for Proxy {
    fn body_limit(&self) -> usize {
        self.body_limit
    }

    async fn handle(&self, request: MockRequest) -> Reply {
        if request.path.starts_with(ADMIN_PREFIX) {
            return Reply {
                delay: None,
                outcome: Outcome::Respond(self.admin(&request)),
            };
        }
        // A body the edge did not read whole cannot be forwarded: answered here, as the
        // service's own body reading would, before any credential is looked at.
        if !matches!(request.body, Body::Complete(_)) {
            let answer = ShapedError::unread_body(&request.path, &request.body, self.body_limit)
                .response(&self.clock);
            self.record(&request, &answer, Vec::new());
            return Reply {
                delay: None,
                outcome: Outcome::Respond(answer),
            };
        }
        let (answer, violations) = match self.forward(&request).await {
            Ok(answer) => {
                let violations = self.check(&request, &answer);
                (answer, violations)
            }
            Err(reason) => {
                let answer =
                    ShapedError::gateway(&request.path, reason.clone()).response(&self.clock);
                let operation = self.operation_id(&request);
                let violation = Violation {
                    operation,
                    kind: "upstream",
                    message: format!("the upstream did not answer: {reason}"),
                };
                (answer, vec![violation])
            }
        };
        self.record(&request, &answer, violations);
        Reply {
            delay: None,
            outcome: Outcome::Respond(answer),
        }
    }
}

impl Proxy {
    /// Journals and logs one exchange with what it broke of the contract, and appends it to
    /// the recording (an answered request only: one the edge answered was not forwarded).
    fn record(&self, request: &MockRequest, answer: &MockResponse, violations: Vec<Violation>) {
        let latency = request.received.elapsed();
        let latency_us = latency.as_micros().try_into().unwrap_or(u64::MAX);
        let status = answer.status.as_u16();
        tracing::info!(
            method = request.method.as_str(),
            path = request.path.as_str(),
            status,
            latency_us,
            violations = violations.len(),
            "exchange"
        );
        if let (Some(recorder), Body::Complete(body)) = (&self.recorder, &request.body) {
            recorder.write(&RecordedExchange::of(
                request.method.as_str(),
                &request.path,
                request.query.as_deref(),
                &request.headers,
                body,
                answer,
                latency_us,
                &recorder.pseudonyms,
            ));
        }
        self.journal.record(
            request,
            Service::of(&request.path),
            &Answered {
                time: self.clock.now(),
                status: Some(status),
                latency_us,
                fault_id: None,
                divergence: None,
                violations,
                answer: None,
            },
        );
    }

    async fn forward(&self, request: &MockRequest) -> Result<MockResponse, String> {
        let mut url = format!("{}{}", self.upstream, request.path);
        if let Some(query) = &request.query {
            url.push('?');
            url.push_str(query);
        }
        let mut headers = request.headers.clone();
        strip_hop_by_hop(&mut headers);
        headers.remove(header::HOST);
        let body = match &request.body {
            Body::Complete(bytes) => bytes.clone(),
            _ => Bytes::new(),
        };
        let mut sent = self
            .http
            .request(request.method.clone(), url)
            .headers(headers)
            .body(body)
            .send()
            .await
            .map_err(|e| describe(&e.without_url()))?;
        let status = sent.status();
        let mut headers = sent.headers().clone();
        strip_hop_by_hop(&mut headers);
        let limit = self.body_limit;
        let body = read_up_to(&mut sent, limit)
            .await
            .map_err(|unread| match unread {
                Unread::TooLarge { .. } => {
                    format!("the upstream's answer is larger than the body limit ({limit} bytes)")
                }
                Unread::Broken(why) => why,
            })?;
        let body = Bytes::from(body);
        Ok(MockResponse {
            status,
            headers,
            body,
            divergence: None,
        })
    }

    /// What the exchange breaks of the contract, a sentence each.
    fn operation_id(&self, request: &MockRequest) -> String {
        self.contract
            .find(request.method.as_str(), &request.path)
            .map_or_else(|| "unknown".to_string(), |o| o.id.clone())
    }

    fn check(&self, request: &MockRequest, answer: &MockResponse) -> Vec<Violation> {
        let method = request.method.as_str();
        let Some(operation) = self.contract.find(method, &request.path) else {
            return vec![Violation {
                operation: "unknown".to_string(),
                kind: "unknown-operation",
                message: format!("no operation of the contract is {method} {}", request.path),
            }];
        };
        let violation = |kind, message| Violation {
            operation: operation.id.clone(),
            kind,
            message,
        };
        let body = match &request.body {
            Body::Complete(bytes) => &bytes[..],
            _ => &[],
        };
        let mut violations: Vec<Violation> = self
            .contract
            .check_request(operation, |name| request.headers.contains_key(name), body)
            .into_iter()
            .map(|message| violation("request", message))
            .collect();
        let content_type = answer
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        let checked = Answer {
            status: answer.status.as_u16(),
            content_type,
            body: &answer.body,
        };
        if let Err(why) = self.contract.check_answer(method, &request.path, checked) {
            violations.push(violation("answer", format!("the answer: {why}")));
        }
        if let Some(why) = broken_convention(&request.path, answer) {
            violations.push(violation("answer-convention", format!("the answer: {why}")));
        }
        violations
    }
}

fn strip_hop_by_hop(headers: &mut HeaderMap) {
    // Names the Connection header lists are hop-by-hop too.
    let listed: Vec<HeaderName> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|name| HeaderName::from_bytes(name.trim().as_bytes()).ok())
        .collect();
    for name in HOP_BY_HOP.iter().chain(&listed) {
        headers.remove(name);
    }
}

/// A running proxy; it stops when dropped (or with [`ProxyServer::shutdown`]).
///
/// ```no_run
/// # async fn run() -> Result<(), clientreg_mock::StartError> {
/// use clientreg_mock::proxy::{ProxyConfig, ProxyServer};
///
/// let proxy = ProxyServer::start(
///     ProxyConfig::new("https://staging.example.com"),
///     "127.0.0.1:0".parse().unwrap(),
/// )
/// .await?;
/// // Point the consuming service at proxy.base_url(); read what broke the contract:
/// let flagged = proxy.journal(&clientreg_mock::JournalQuery { violations: Some(true), ..Default::default() });
/// # drop(flagged); Ok(()) }
/// ```
pub struct ProxyServer {
    proxy: Arc<Proxy>,
    serving: Serving,
}

impl std::fmt::Debug for ProxyServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProxyServer")
            .field("address", &self.serving.address())
            .field("upstream", &display_url(&self.proxy.upstream))
            .finish_non_exhaustive()
    }
}

impl ProxyServer {
    /// The upstream it forwards to, shown without the userinfo of its URL (a password in it
    /// is never printed).
    pub fn upstream(&self) -> String {
        display_url(&self.proxy.upstream)
    }

    /// Starts a proxy on `listen` in front of `config.upstream`.
    pub async fn start(config: ProxyConfig, listen: SocketAddr) -> Result<Self, StartError> {
        // A proxy has no accounts of its own: only its admin API needs guarding.
        let admin = crate::server::admin_access(listen, &config.server, false)?;
        if !is_http_url(&config.upstream) {
            return Err(ConfigError::Upstream(display_url(&config.upstream)).into());
        }
        let upstream = config.upstream.trim_end_matches('/').to_string();
        let mut http = reqwest::Client::builder()
            .timeout(config.upstream_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .danger_accept_invalid_certs(!config.upstream_certificate_checks);
        if let Some(pem) = &config.upstream_ca {
            let ca = reqwest::Certificate::from_pem(pem).map_err(|e| ConfigError::Certificate {
                what: "--upstream-ca (a PEM certificate)",
                source: e.into(),
            })?;
            http = http.add_root_certificate(ca);
        }
        let http = http.build().map_err(StartError::HttpClient)?;
        let recorder = match &config.record {
            Some(path) => Some(
                Recorder::open(path).map_err(|source| StartError::Recording {
                    path: path.clone(),
                    source,
                })?,
            ),
            None => None,
        };
        let proxy = Arc::new(Proxy {
            upstream,
            http,
            contract: ContractChecker::embedded(),
            journal: Journal::new(config.journal_capacity),
            clock: Clock::System,
            body_limit: config.body_limit,
            recorder,
            dropped_log_lines: config.dropped_log_lines,
            admin,
        });
        let serving = Serving::start(proxy.clone(), listen, &config.server).await?;
        Ok(Self { proxy, serving })
    }

    /// `http://<address>`, or `https://…` when it serves HTTPS.
    pub fn base_url(&self) -> String {
        self.serving.base_url()
    }

    /// The CA to trust to call the proxy over HTTPS, when it made its own certificate.
    #[cfg(feature = "tls")]
    pub fn ca_certificate(&self) -> Option<&crate::tls::CaCertificate> {
        self.serving.ca()
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.serving.address()
    }

    /// What it warns of, when started open off a loopback address (`--insecure-open-admin`).
    pub fn admin_warning(&self) -> Option<&str> {
        self.proxy.admin.warning()
    }

    /// The journaled exchanges matching `query` (as `GET /__mock/journal`).
    pub fn journal(&self, query: &JournalQuery) -> JournalPage {
        self.proxy.journal.read(query)
    }

    /// What was found since the last reset, per operation and kind (as `GET
    /// /__mock/violations`).
    pub fn violations(&self) -> ViolationSummary {
        self.proxy.journal.violations()
    }

    /// Stops accepting, lets the exchanges under way finish (for up to five seconds), and
    /// waits for it. Dropping the proxy stops it too, without waiting.
    pub async fn shutdown(self) {
        self.serving.stop().await;
    }
}
