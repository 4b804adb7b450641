//! The SDK's overhead over the same request built by hand with reqwest, against the same local
//! server answering a fixed Autional envelope (so the server's cost is the same for both).
//!
//! "The same request" is checked before anything is measured: both calls go once to a capturing
//! server, and their headers and bodies must be identical (the SDK sends the contract's defaults
//! for `grant_types`, `scopes` and `is_confidential`, and progenitor's `accept` and
//! `api-version` headers; a hand-built request that left them out would be a smaller request,
//! not a cheaper client).
//!
//! `cargo bench -p tests --bench sdk_overhead` runs criterion. With `SDK_OVERHEAD_CALLS=sdk:N` (or
//! `raw:N`) it makes N calls and exits instead: what `cargo xtask bench` counts instructions
//! over with callgrind. With `SDK_OVERHEAD_INTERLEAVED=ROUNDS:CALLS` it times both ways in
//! alternation, CALLS calls each per round, and prints each round's ratio: two criterion runs one
//! after the other drift apart by more than the overhead itself on a noisy machine.

use std::hint::black_box;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use criterion::Criterion;
use http::HeaderMap;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use sdk::autional::{self, types::CreateClientRequest};
use sdk::generated::autional::ClientInfo;
use serde_json::{Value, json};

const ANSWER: &str = r#"{"code":0,"data":{"id":"01KN9KDSG0M5DNTEDNQY8AX24H","client_id":"app-8c53b6c508b7716d52671658","client_secret":"secret_f9b29aa0b042b6bcd849e1499e825da45bb463261413875001bfdb4e8428122a","name":"My Application","redirect_uris":["https://app.example.com/callback"],"cors_origins":["https://app.example.com"],"grant_types":["authorization_code","refresh_token"],"scopes":["openid","profile","email"],"client_auth_methods":"[\"client_secret_basic\"]","is_confidential":true,"status":"active"},"message":"success","timestamp":"2026-04-03T12:00:00Z"}"#;

/// Both ways of making the call, over one `reqwest::Client`.
struct Callers {
    http: reqwest::Client,
    url: String,
    sdk: autional::Client,
}

impl Callers {
    fn new(base: &str) -> Self {
        let http = reqwest::Client::new();
        Self {
            sdk: autional::Client::with_http_client(base, "dev-api-key", http.clone()).unwrap(),
            url: format!("{base}/internal/oauth/clients"),
            http,
        }
    }

    /// One call through the SDK or built by hand, on its own `block_on` as criterion's
    /// iterations run.
    fn call(&self, runtime: &tokio::runtime::Runtime, sdk: bool) -> usize {
        if sdk {
            runtime.block_on(self.sdk())
        } else {
            runtime.block_on(self.raw())
        }
    }

    /// The request built by hand: what a team without the SDK would write.
    async fn raw(&self) -> usize {
        let answer = self
            .http
            .post(&self.url)
            .header("accept", "application/json")
            .header(
                "api-version",
                sdk::generated::autional::Client::api_version(),
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
    async fn sdk(&self) -> usize {
        let created = self
            .sdk
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
}

/// The requests a capturing server received, headers and body.
type Captured = Arc<Mutex<Vec<(HeaderMap, Bytes)>>>;

/// A server answering every request with [`ANSWER`] (hyper, HTTP/1.1 keep-alive); with
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
                        if let Some(capture) = capture {
                            capture.lock().unwrap().push((parts.headers, body));
                        }
                        let mut answer =
                            hyper::Response::new(Full::new(Bytes::from_static(ANSWER.as_bytes())));
                        *answer.status_mut() = http::StatusCode::CREATED;
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

/// Fails unless both ways send byte-identical bodies and the same headers.
async fn assert_same_request() {
    let capture = Arc::new(Mutex::new(Vec::new()));
    let callers = Callers::new(&fixed_answer_server(Some(capture.clone())).await);
    callers.raw().await;
    callers.sdk().await;
    let seen = capture.lock().unwrap();
    let ((raw_headers, raw_body), (sdk_headers, sdk_body)) = (&seen[0], &seen[1]);
    assert_eq!(
        raw_body,
        sdk_body,
        "the hand-built body differs from the SDK's:\n{}\n{}",
        String::from_utf8_lossy(raw_body),
        String::from_utf8_lossy(sdk_body)
    );
    assert_eq!(
        raw_headers, sdk_headers,
        "the hand-built request's headers differ from the SDK's"
    );
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

fn main() {
    let runtime = runtime();
    runtime.block_on(assert_same_request());
    let callers = runtime.block_on(async { Callers::new(&fixed_answer_server(None).await) });

    if let Ok(spec) = std::env::var("SDK_OVERHEAD_CALLS") {
        let (sdk, count) = spec
            .split_once(':')
            .and_then(|(way, n)| {
                let sdk = match way {
                    "raw" => false,
                    "sdk" => true,
                    _ => return None,
                };
                Some((sdk, n.parse::<usize>().ok()?))
            })
            .expect("SDK_OVERHEAD_CALLS is raw:N or sdk:N");
        for _ in 0..count {
            black_box(callers.call(&runtime, sdk));
        }
        return;
    }

    if let Ok(spec) = std::env::var("SDK_OVERHEAD_INTERLEAVED") {
        interleaved(&runtime, &callers, &spec);
        return;
    }

    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("create_client");
    group.bench_function("raw_reqwest", |b| {
        b.iter(|| black_box(runtime.block_on(callers.raw())))
    });
    group.bench_function("sdk", |b| {
        b.iter(|| black_box(runtime.block_on(callers.sdk())))
    });
    group.finish();
    criterion.final_summary();
}

/// Times `calls` raw calls and `calls` SDK calls per round, alternating which goes first, and
/// prints `round <i> raw <ns/call> sdk <ns/call> ratio <sdk/raw>` for each.
fn interleaved(runtime: &tokio::runtime::Runtime, callers: &Callers, spec: &str) {
    let (rounds, calls) = spec
        .split_once(':')
        .and_then(|(r, c)| Some((r.parse::<usize>().ok()?, c.parse::<u32>().ok()?)))
        .expect("SDK_OVERHEAD_INTERLEAVED is ROUNDS:CALLS");
    let time = |sdk: bool| {
        let started = std::time::Instant::now();
        for _ in 0..calls {
            black_box(callers.call(runtime, sdk));
        }
        started.elapsed().as_nanos() as f64 / f64::from(calls)
    };
    // Warm-up: connections, allocator, caches.
    time(false);
    time(true);
    for round in 0..rounds {
        let (raw, sdk) = if round % 2 == 0 {
            let raw = time(false);
            (raw, time(true))
        } else {
            let sdk = time(true);
            (time(false), sdk)
        };
        println!(
            "round {round} raw {raw:.0} sdk {sdk:.0} ratio {:.4}",
            sdk / raw
        );
    }
}
