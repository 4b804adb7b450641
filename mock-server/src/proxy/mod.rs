//! `mock-server proxy`: forwards every request to an upstream (the real service) and its answer
//! back unchanged, and checks each exchange against the contract: the request (operation
//! known, its required headers and credentials present, its body against the schema, which
//! states every rule) and the answer (status declared, body schema, the business-code and
//! message conventions). Each exchange is journaled with its violations; the admin API under
//! `/__mock/` answers on the proxy as on the mock.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::StatusCode;
use http::header::{self, HeaderMap, HeaderName};
use serde_json::{Value, json};

use crate::config::MockConfig;
use crate::error::StartError;
use crate::http::{Body, MockRequest, MockResponse};
use crate::journal::{JournalPage, JournalQuery, ServiceName, Violation, ViolationSummary};
use crate::mock::{Mock, Outcome, Reply, service_of};
use crate::server::{Handler, Serving};
use crate::shared::{ADMIN_PREFIX, describe};
use crate::verify::{Answer, Contract};

mod record;
mod replay;

pub use record::Exchange as RecordedExchange;
use record::{Exchange, Recorder};
pub use record::{RECORDING_VERSION, RecordedAnswer, RecordedRequest, read_recording};
pub use replay::{NotCompared, ReplaySettings, compare_recordings, replay};

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

/// The proxy's settings: the upstream, and the serving settings it shares with the mock
/// (listen address, body limit, timeouts, connection limit, journal size).
#[derive(Debug, Clone)]
pub struct ProxyConfig {
    /// The upstream's base URL: each request's path and query are appended to it.
    pub upstream: String,
    /// Each forwarded request's timeout.
    pub upstream_timeout: Duration,
    /// The serving settings (its accounts, profile and faults are not used).
    pub serving: MockConfig,
    /// Append every exchange to this file, a JSON line each (`docs/recording.md`).
    pub record: Option<std::path::PathBuf>,
}

struct Proxy {
    upstream: String,
    http: reqwest::Client,
    contract: Contract,
    /// The admin API and the journal.
    admin: Mock,
    recorder: Option<Recorder>,
}

impl Handler for Proxy {
    fn body_limit(&self) -> usize {
        self.admin.body_limit()
    }

    async fn handle(&self, request: MockRequest) -> Reply {
        // The admin API, and a body the edge did not read whole (the mock answers those in the
        // service's shape: 413, or 400 for broken framing), are not forwarded.
        if request.path.starts_with(ADMIN_PREFIX) || !matches!(request.body, Body::Complete(_)) {
            return self.admin.serve(&request);
        }
        let (answer, violations) = match self.forward(&request).await {
            Ok(answer) => {
                let violations = self.check(&request, &answer);
                (answer, violations)
            }
            Err(reason) => {
                let answer = bad_gateway(&request.path, &reason);
                let operation = self.operation_id(&request);
                let violation = Violation {
                    operation,
                    kind: "upstream",
                    message: format!("the upstream did not answer: {reason}"),
                };
                (answer, vec![violation])
            }
        };
        let latency = request.received.elapsed();
        if let Some(recorder) = &self.recorder {
            let body = match &request.body {
                Body::Complete(bytes) => &bytes[..],
                _ => &[],
            };
            recorder.write(&Exchange::of(
                request.method.as_str(),
                &request.path,
                request.query.as_deref(),
                &request.headers,
                body,
                &answer,
                latency.as_micros().try_into().unwrap_or(u64::MAX),
                &recorder.pseudonyms,
            ));
        }
        self.admin
            .record_exchange(&request, answer.status.as_u16(), latency, violations);
        Reply {
            delay: None,
            outcome: Outcome::Respond(answer),
        }
    }
}

impl Proxy {
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
        let sent = self
            .http
            .request(request.method.clone(), url)
            .headers(headers)
            .body(body)
            .send()
            .await
            .map_err(|e| describe(&e))?;
        let status = sent.status();
        let mut headers = sent.headers().clone();
        strip_hop_by_hop(&mut headers);
        let limit = self.admin.body_limit();
        if sent.content_length().is_some_and(|n| n > limit as u64) {
            return Err(format!(
                "the upstream's answer is larger than the body limit ({limit} bytes)"
            ));
        }
        // Read chunk by chunk, so that an answer without a length is not buffered past the limit.
        let mut sent = sent;
        let mut body = Vec::new();
        while let Some(chunk) = sent.chunk().await.map_err(|e| describe(&e))? {
            if body.len() + chunk.len() > limit {
                return Err(format!(
                    "the upstream's answer is larger than the body limit ({limit} bytes)"
                ));
            }
            body.extend_from_slice(&chunk);
        }
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
        if let Err(why) = self.contract.check(method, &request.path, checked) {
            violations.push(violation("answer", format!("the answer: {why}")));
        }
        if let Some(why) = convention(service_of(&request.path), answer) {
            violations.push(violation("answer-convention", format!("the answer: {why}")));
        }
        violations
    }
}

/// The business-code and message conventions the schema does not state: Autional's `code` is
/// `0` with `success` on a 2xx and starts with the status otherwise (`40000002` for a 400);
/// Gropius's error `statusCode` repeats the status.
fn convention(service: ServiceName, answer: &MockResponse) -> Option<String> {
    let body: Value = serde_json::from_slice(&answer.body).ok()?;
    let status = answer.status.as_u16();
    match service {
        ServiceName::Autional => {
            let code = body.get("code")?.as_i64()?;
            if answer.status.is_success() {
                let message = body.get("message").and_then(Value::as_str);
                (code != 0 || message != Some("success")).then(|| {
                    format!("a {status} has code {code} and message {message:?}; the contract says 0 and \"success\"")
                })
            } else {
                (code / 100_000 != i64::from(status)).then(|| {
                    format!("a {status} has code {code}, which does not start with {status}")
                })
            }
        }
        ServiceName::Gropius if !answer.status.is_success() => {
            let code = body.get("statusCode")?.as_u64()?;
            (code != u64::from(status)).then(|| format!("a {status} has statusCode {code}"))
        }
        _ => None,
    }
}

/// The answer to a request the upstream did not answer: `502` in the service's error shape.
fn bad_gateway(path: &str, reason: &str) -> MockResponse {
    let message = format!("the upstream did not answer: {reason}");
    let body = match service_of(path) {
        ServiceName::Autional => json!({
            "code": 50200001,
            "message": message,
            "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        }),
        _ => json!({"statusCode": 502, "message": message, "error": "Bad Gateway"}),
    };
    MockResponse::json(StatusCode::BAD_GATEWAY, &body)
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
/// # async fn run() -> Result<(), mock_server::StartError> {
/// use mock_server::proxy::{ProxyConfig, ProxyServer};
///
/// let proxy = ProxyServer::start(ProxyConfig {
///     upstream: "https://staging.example.com".into(),
///     upstream_timeout: std::time::Duration::from_secs(10),
///     serving: Default::default(),
///     record: None,
/// }, "127.0.0.1:0".parse().unwrap()).await?;
/// // Point the consuming service at proxy.base_url(); read what broke the contract:
/// let flagged = proxy.journal(&mock_server::JournalQuery { violations: Some(true), ..Default::default() });
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
            .field("upstream", &self.proxy.upstream)
            .finish_non_exhaustive()
    }
}

impl ProxyServer {
    /// Starts a proxy on `listen` in front of `config.upstream`.
    pub async fn start(config: ProxyConfig, listen: SocketAddr) -> Result<Self, StartError> {
        let upstream = config.upstream.trim_end_matches('/').to_string();
        let http = reqwest::Client::builder()
            .timeout(config.upstream_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| StartError::Config(crate::error::ConfigError::Proxy(e.to_string())))?;
        let admin = Mock::new(&config.serving)?;
        let recorder = match &config.record {
            Some(path) => Some(Recorder::open(path).map_err(|e| {
                StartError::Config(crate::error::ConfigError::Proxy(format!(
                    "cannot open the recording {}: {e}",
                    path.display()
                )))
            })?),
            None => None,
        };
        let proxy = Arc::new(Proxy {
            upstream,
            http,
            contract: Contract::embedded(),
            admin,
            recorder,
        });
        let serving = Serving::start(proxy.clone(), listen, &config.serving).await?;
        Ok(Self { proxy, serving })
    }

    /// `http://<address>`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.serving.address())
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.serving.address()
    }

    /// The journaled exchanges matching `query` (as `GET /__mock/journal`).
    pub fn journal(&self, query: &JournalQuery) -> JournalPage {
        self.proxy.admin.journal(query)
    }

    /// What was found since the last reset, per operation and kind (as `GET
    /// /__mock/violations`).
    pub fn violations(&self) -> ViolationSummary {
        self.proxy.admin.violations()
    }

    /// Stops accepting, lets the exchanges under way finish (for up to five seconds), and
    /// waits for it. Dropping the proxy stops it too, without waiting.
    pub async fn shutdown(self) {
        self.serving.stop().await;
    }
}
