//! The SDK's overhead over the same requests built by hand with reqwest, against the same local
//! server answering fixed bodies (so the server's cost is the same for both). Two calls: an
//! Autional create, and the Gropius lifecycle (create, read, update, create a secret, list the
//! secrets, delete the secret, delete the client, list the clients: every operation of the
//! auth-client API once).
//!
//! "The same requests" is checked before anything is measured: both ways go once to a capturing
//! server, and their methods, URIs, headers and bodies must be identical (the SDK sends the
//! contract's defaults, e.g. Autional's `grant_types`, `scopes` and `is_confidential`, and
//! progenitor's `accept` and `api-version` headers; a hand-built request that left them out
//! would be a smaller request, not a cheaper client).
//!
//! `cargo bench -p tests --bench sdk_overhead` runs criterion (groups `create_client` and
//! `gropius_lifecycle`). With `SDK_OVERHEAD_CALLS=SERVICE:sdk:N` (or `SERVICE:raw:N`, SERVICE
//! `autional` or `gropius`) it makes N calls and exits instead: what `cargo xtask bench` counts
//! instructions over with callgrind. With `SDK_OVERHEAD_INTERLEAVED=ROUNDS:CALLS` it times both
//! ways in alternation, CALLS calls each per round and service, and prints each round's ratio:
//! two criterion runs one after the other drift apart by more than the overhead itself on a
//! noisy machine.

use std::hint::black_box;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use clientreg_sdk::autional::{self, types::CreateClientRequest};
use clientreg_sdk::generated::autional::ClientInfo as _;
use clientreg_sdk::gropius;
use criterion::Criterion;
use http::HeaderMap;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};

const ANSWER: &str = r#"{"code":0,"data":{"id":"01KN9KDSG0M5DNTEDNQY8AX24H","client_id":"app-8c53b6c508b7716d52671658","client_secret":"secret_f9b29aa0b042b6bcd849e1499e825da45bb463261413875001bfdb4e8428122a","name":"My Application","redirect_uris":["https://app.example.com/callback"],"cors_origins":["https://app.example.com"],"grant_types":["authorization_code","refresh_token"],"scopes":["openid","profile","email"],"client_auth_methods":"[\"client_secret_basic\"]","is_confidential":true,"status":"active"},"message":"success","timestamp":"2026-04-03T12:00:00Z"}"#;

/// What one call is: an Autional create, or the Gropius lifecycle (the eight operations of its
/// auth-client API, one after the other).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Service {
    Autional,
    Gropius,
}

impl Service {
    const ALL: [Service; 2] = [Service::Autional, Service::Gropius];

    fn name(self) -> &'static str {
        match self {
            Service::Autional => "autional",
            Service::Gropius => "gropius",
        }
    }

    /// Requests one call makes.
    fn requests(self) -> usize {
        match self {
            Service::Autional => 1,
            Service::Gropius => 8,
        }
    }
}

/// Both ways of making the calls, over one `reqwest::Client`.
struct Callers {
    http: reqwest::Client,
    base: String,
    autional: autional::Client,
    gropius: gropius::Client,
}

const TOKEN: &str = "dev-admin-token";

impl Callers {
    fn new(base: &str) -> Self {
        let http = reqwest::Client::new();
        Self {
            autional: autional::Client::with_http_client(base, "dev-api-key", http.clone())
                .unwrap(),
            gropius: gropius::Client::with_http_client(base, TOKEN, http.clone()).unwrap(),
            base: base.to_string(),
            http,
        }
    }

    /// One call through the SDK or built by hand, on its own `block_on` as criterion's
    /// iterations run.
    fn call(&self, runtime: &tokio::runtime::Runtime, service: Service, sdk: bool) -> usize {
        match (service, sdk) {
            (Service::Autional, true) => runtime.block_on(self.autional_sdk()),
            (Service::Autional, false) => runtime.block_on(self.autional_raw()),
            (Service::Gropius, true) => runtime.block_on(self.gropius_sdk()),
            (Service::Gropius, false) => runtime.block_on(self.gropius_raw()),
        }
    }

    /// The request built by hand: what a team without the SDK would write.
    async fn autional_raw(&self) -> usize {
        let answer = self
            .http
            .post(format!("{}/internal/oauth/clients", self.base))
            .header("accept", "application/json")
            .header(
                "api-version",
                clientreg_sdk::generated::autional::Client::api_version(),
            )
            .header("x-api-key", "dev-api-key")
            .header("x-tenant-id", "tenant-42")
            .json(&json!({
                "name": "My Application",
                "redirect_uris": ["https://app.example.com/callback"],
                "grant_types": ["authorization_code", "refresh_token"],
                "scopes": ["openid", "profile", "email"],
                "is_confidential": true,
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 201);
        let envelope: Value = answer.json().await.unwrap();
        envelope["data"]["client_id"].as_str().map_or(0, str::len)
    }

    /// The same call through the SDK: typed request, typed answer.
    async fn autional_sdk(&self) -> usize {
        let created = self
            .autional
            .create_client(
                "tenant-42",
                CreateClientRequest::builder()
                    .name("My Application")
                    .redirect_uris(vec!["https://app.example.com/callback".to_string()]),
            )
            .await
            .unwrap();
        created.client_id.as_deref().map_or(0, str::len)
    }

    /// One Gropius request built by hand: the SDK's headers, a JSON body if any, the status
    /// checked and the answer decoded.
    async fn gropius_request(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
        status: u16,
    ) -> Value {
        let mut request = self
            .http
            .request(method, format!("{}{GROPIUS_PATH}{path}", self.base))
            .header("accept", "application/json")
            .header(
                "api-version",
                clientreg_sdk::generated::gropius_login::Client::api_version(),
            )
            .header("authorization", format!("Bearer {TOKEN}"));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let answer = request.send().await.unwrap();
        assert_eq!(answer.status(), status);
        answer.json().await.unwrap()
    }

    /// The Gropius lifecycle built by hand.
    async fn gropius_raw(&self) -> usize {
        use reqwest::Method;
        let created = self
            .gropius_request(
                Method::POST,
                "",
                Some(json!({
                    "isValid": true,
                    "name": "My Client",
                    "redirectUrls": ["https://example.com/oauth/callback"],
                    "requiresSecret": true,
                    "validScopes": ["backend"],
                })),
                201,
            )
            .await;
        let id = created["id"].as_str().unwrap().to_string();
        let client = format!("/{id}");
        let secrets = format!("/{id}/client-secret");
        let read = self.gropius_request(Method::GET, &client, None, 200).await;
        let updated = self
            .gropius_request(
                Method::PUT,
                &client,
                Some(json!({"name": "Renamed", "redirectUrls": [], "validScopes": ["backend"]})),
                200,
            )
            .await;
        let secret = self
            .gropius_request(Method::POST, &secrets, None, 201)
            .await;
        let fingerprint = secret["fingerprint"].as_str().unwrap();
        let listed = self.gropius_request(Method::GET, &secrets, None, 200).await;
        let deleted_secret = self
            .gropius_request(
                Method::DELETE,
                &format!("{secrets}/{fingerprint}"),
                None,
                200,
            )
            .await;
        let deleted = self
            .gropius_request(Method::DELETE, &client, None, 200)
            .await;
        let all = self.gropius_request(Method::GET, "", None, 200).await;
        read["censoredClientSecrets"].as_array().map_or(0, Vec::len)
            + updated["name"].as_str().map_or(0, str::len)
            + listed.as_array().map_or(0, Vec::len)
            + deleted_secret["result"].as_str().map_or(0, str::len)
            + deleted["result"].as_str().map_or(0, str::len)
            + all.as_array().map_or(0, Vec::len)
    }

    /// The same lifecycle through the SDK.
    async fn gropius_sdk(&self) -> usize {
        use clientreg_sdk::gropius::types::{
            AuthClientScope, CreateAuthClientInput, UpdateAuthClientInput,
        };
        let created = self
            .gropius
            .create_auth_client(
                CreateAuthClientInput::builder()
                    .name("My Client")
                    .redirect_urls(vec!["https://example.com/oauth/callback".to_string()])
                    .is_valid(true)
                    .requires_secret(true)
                    .valid_scopes(vec![AuthClientScope::Backend]),
            )
            .await
            .unwrap();
        let id = &created.id;
        let read = self.gropius.get_auth_client(id).await.unwrap();
        let updated = self
            .gropius
            .update_auth_client(
                id,
                UpdateAuthClientInput::builder()
                    .name("Renamed")
                    .redirect_urls(vec![])
                    .valid_scopes(vec![AuthClientScope::Backend]),
            )
            .await
            .unwrap();
        let secret = self.gropius.create_client_secret(id).await.unwrap();
        let listed = self.gropius.list_client_secrets(id).await.unwrap();
        let deleted_secret = self
            .gropius
            .delete_client_secret(id, &secret.fingerprint)
            .await
            .unwrap();
        let deleted = self.gropius.delete_auth_client(id).await.unwrap();
        let all = self.gropius.list_auth_clients().await.unwrap();
        read.censored_client_secrets.len()
            + updated.name.len()
            + listed.len()
            + deleted_secret.result.len()
            + deleted.result.len()
            + all.len()
    }
}

/// The requests a capturing server received: method, URI, headers and body.
type Captured = Arc<Mutex<Vec<(String, HeaderMap, Bytes)>>>;

/// Where Gropius's auth-client routes start.
use tests::GROPIUS as GROPIUS_PATH;

const CLIENT: &str = r#"{"id":"b10da48c-ea4c-4967-ab8e-0efcd8069414","name":"My Client","redirectUrls":["https://example.com/oauth/callback"],"isValid":true,"requiresSecret":true,"validScopes":["backend"],"isInternal":false}"#;
const CLIENT_DETAILS: &str = r#"{"id":"b10da48c-ea4c-4967-ab8e-0efcd8069414","name":"My Client","redirectUrls":["https://example.com/oauth/callback"],"isValid":true,"requiresSecret":true,"validScopes":["backend"],"isInternal":false,"censoredClientSecrets":[]}"#;
const CREATED_SECRET: &str = r#"{"secretText":"65060736032bb898420d0863dca725","censored":"65060**********","fingerprint":"53f14d14b0b5dafc8982da05966335597b0f8c8c9f69dc9f0c04104cb4e43e30"}"#;
const SECRETS: &str = r#"[{"censored":"65060**********","fingerprint":"53f14d14b0b5dafc8982da05966335597b0f8c8c9f69dc9f0c04104cb4e43e30"}]"#;
const DELETED: &str =
    r#"{"operation":"delete-client","result":"success","time":"2026-04-03T12:00:00.000Z"}"#;
const CLIENTS: &str = r#"[{"id":"gropius-auth-client","name":"Gropius auth client","redirectUrls":[],"isValid":true,"requiresSecret":false,"validScopes":["backend","login","login-register"],"isInternal":true},{"id":"login-auth-client","name":"Login auth client","redirectUrls":[],"isValid":true,"requiresSecret":false,"validScopes":["login-register","auth","login"],"isInternal":true}]"#;

/// The fixed answer to a request: the mock's own answers (seed 1, fixed time), by route.
fn fixed_answer(method: &http::Method, path: &str) -> (http::StatusCode, &'static str) {
    use http::{Method, StatusCode};
    let Some(rest) = path.strip_prefix(GROPIUS_PATH) else {
        return (StatusCode::CREATED, ANSWER);
    };
    let segments = rest.split('/').filter(|s| !s.is_empty()).count();
    match (method, segments) {
        (&Method::POST, 0) => (StatusCode::CREATED, CLIENT),
        (&Method::GET, 0) => (StatusCode::OK, CLIENTS),
        (&Method::GET, 1) => (StatusCode::OK, CLIENT_DETAILS),
        (&Method::PUT, 1) => (StatusCode::OK, CLIENT),
        (&Method::POST, 2) => (StatusCode::CREATED, CREATED_SECRET),
        (&Method::GET, 2) => (StatusCode::OK, SECRETS),
        (&Method::DELETE, _) => (StatusCode::OK, DELETED),
        _ => (StatusCode::NOT_FOUND, "{}"),
    }
}

/// A server answering every request with its fixed answer (hyper, HTTP/1.1 keep-alive); with
/// `capture`, it keeps what it received.
async fn fixed_answer_server(capture: Option<Captured>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let _ = stream.set_nodelay(true);
            let capture = capture.clone();
            let service = hyper::service::service_fn(
                move |request: hyper::Request<hyper::body::Incoming>| {
                    let capture = capture.clone();
                    async move {
                        let (parts, body) = request.into_parts();
                        let body = body.collect().await?.to_bytes();
                        let (status, answer) = fixed_answer(&parts.method, parts.uri.path());
                        if let Some(capture) = capture {
                            let line = format!("{} {}", parts.method, parts.uri);
                            capture.lock().unwrap().push((line, parts.headers, body));
                        }
                        let mut answer =
                            hyper::Response::new(Full::new(Bytes::from_static(answer.as_bytes())));
                        *answer.status_mut() = status;
                        answer.headers_mut().insert(
                            http::header::CONTENT_TYPE,
                            http::HeaderValue::from_static("application/json"),
                        );
                        Ok::<_, hyper::Error>(answer)
                    }
                },
            );
            tokio::spawn(
                hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service),
            );
        }
    });
    format!("http://{address}")
}

/// Fails unless both ways send the same requests: method, URI, headers, byte-identical bodies.
async fn assert_same_requests(service: Service) {
    let capture = Arc::new(Mutex::new(Vec::new()));
    let callers = Callers::new(&fixed_answer_server(Some(capture.clone())).await);
    let callers = &callers;
    let runtime_free = |sdk| async move {
        match (service, sdk) {
            (Service::Autional, true) => callers.autional_sdk().await,
            (Service::Autional, false) => callers.autional_raw().await,
            (Service::Gropius, true) => callers.gropius_sdk().await,
            (Service::Gropius, false) => callers.gropius_raw().await,
        }
    };
    let raw_result = runtime_free(false).await;
    let sdk_result = runtime_free(true).await;
    assert_eq!(raw_result, sdk_result, "both ways read the same answers");
    let seen = capture.lock().unwrap();
    let n = service.requests();
    assert_eq!(seen.len(), 2 * n, "each way makes {n} requests");
    for ((raw_line, raw_headers, raw_body), (sdk_line, sdk_headers, sdk_body)) in
        seen[..n].iter().zip(&seen[n..])
    {
        assert_eq!(raw_line, sdk_line);
        assert_eq!(
            raw_body,
            sdk_body,
            "{raw_line}: the hand-built body differs from the SDK's:\n{}\n{}",
            String::from_utf8_lossy(raw_body),
            String::from_utf8_lossy(sdk_body)
        );
        assert_eq!(
            raw_headers, sdk_headers,
            "{raw_line}: the hand-built request's headers differ from the SDK's"
        );
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

fn service_named(name: &str) -> Service {
    Service::ALL
        .into_iter()
        .find(|s| s.name() == name)
        .unwrap_or_else(|| panic!("{name:?} is autional or gropius"))
}

fn main() {
    let runtime = runtime();
    for service in Service::ALL {
        runtime.block_on(assert_same_requests(service));
    }
    let callers = runtime.block_on(async { Callers::new(&fixed_answer_server(None).await) });

    if let Ok(spec) = std::env::var("SDK_OVERHEAD_CALLS") {
        let mut parts = spec.split(':');
        let (service, way, count) = (parts.next(), parts.next(), parts.next());
        let (Some(service), Some(way @ ("raw" | "sdk")), Some(count)) = (service, way, count)
        else {
            panic!("SDK_OVERHEAD_CALLS is SERVICE:raw:N or SERVICE:sdk:N");
        };
        let (service, count) = (service_named(service), count.parse::<usize>().unwrap());
        for _ in 0..count {
            black_box(callers.call(&runtime, service, way == "sdk"));
        }
        return;
    }

    if let Ok(spec) = std::env::var("SDK_OVERHEAD_INTERLEAVED") {
        interleaved(&runtime, &callers, &spec);
        return;
    }

    let mut criterion = Criterion::default().configure_from_args();
    for (service, group) in [
        (Service::Autional, "create_client"),
        (Service::Gropius, "gropius_lifecycle"),
    ] {
        let mut group = criterion.benchmark_group(group);
        group.bench_function("raw_reqwest", |b| {
            b.iter(|| black_box(callers.call(&runtime, service, false)))
        });
        group.bench_function("sdk", |b| {
            b.iter(|| black_box(callers.call(&runtime, service, true)))
        });
        group.finish();
    }
    criterion.final_summary();
}

/// Times `calls` raw calls and `calls` SDK calls of each service per round, alternating which
/// goes first, and prints `round <i> <service> raw <ns/call> sdk <ns/call> ratio <sdk/raw>`.
fn interleaved(runtime: &tokio::runtime::Runtime, callers: &Callers, spec: &str) {
    let (rounds, calls) = spec
        .split_once(':')
        .and_then(|(r, c)| Some((r.parse::<usize>().ok()?, c.parse::<u32>().ok()?)))
        .expect("SDK_OVERHEAD_INTERLEAVED is ROUNDS:CALLS");
    let time = |service: Service, sdk: bool| {
        let started = std::time::Instant::now();
        for _ in 0..calls {
            black_box(callers.call(runtime, service, sdk));
        }
        started.elapsed().as_nanos() as f64 / f64::from(calls)
    };
    // Warm-up: connections, allocator, caches.
    for service in Service::ALL {
        time(service, false);
        time(service, true);
    }
    for round in 0..rounds {
        for service in Service::ALL {
            let (raw, sdk) = if round % 2 == 0 {
                let raw = time(service, false);
                (raw, time(service, true))
            } else {
                let sdk = time(service, true);
                (time(service, false), sdk)
            };
            println!(
                "round {round} {} raw {raw:.0} sdk {sdk:.0} ratio {:.4}",
                service.name(),
                sdk / raw
            );
        }
    }
}
