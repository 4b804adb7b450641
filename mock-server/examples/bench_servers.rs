//! The peers and tools `cargo xtask bench` measures the mock server against (see
//! BENCHMARKS.md). Not part of the mock; built in release by the benchmark.
//!
//! ```text
//! bench_servers baseline  --listen ADDR --status N --body-file F   same HTTP stack, fixed answer
//! bench_servers wiremock  --listen ADDR --status N --body-file F   wiremock-rs, fixed answer
//! bench_servers drive     --url URL --requests N --connections C --body-file F [--header K:V]...
//! bench_servers startup-embedded --runs N                           MockServer::start() timings
//! ```

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderValue, StatusCode, header::CONTENT_TYPE};
use http_body_util::Full;
use hyper_util::rt::TokioIo;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn required(args: &[String], name: &str) -> String {
    arg(args, name).unwrap_or_else(|| panic!("{name} is required"))
}

fn fixed_answer(args: &[String]) -> (StatusCode, Bytes) {
    let status = StatusCode::from_u16(required(args, "--status").parse().unwrap()).unwrap();
    let body = std::fs::read(required(args, "--body-file")).unwrap();
    (status, Bytes::from(body))
}

// The same allocator as the clientreg-mock binary, so that the peers differ from it only in the
// work they do.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // As the clientreg-mock binary does (see its main.rs): mimalloc keeps freed memory.
    // SAFETY: sets one of mimalloc's documented options (`mi_option_purge_delay`) before any
    // thread starts.
    unsafe { libmimalloc_sys::mi_option_set(15, -1) };
    tokio::runtime::Runtime::new().unwrap().block_on(run());
}

async fn run() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("baseline") => baseline(&args).await,
        Some("wiremock") => wiremock_peer(&args).await,
        Some("drive") => drive(&args).await,
        Some("startup-embedded") => startup_embedded(&args).await,
        _ => eprintln!("usage: bench_servers baseline|wiremock|drive|startup-embedded ..."),
    }
}

/// The mock's HTTP stack (tokio, hyper's HTTP/1.1 connections with `TCP_NODELAY`, the same
/// allocator) answering every request with one pre-serialized body: the limit of the stack
/// itself. Keep its connection settings those of `mock-server/src/server.rs`.
async fn baseline(args: &[String]) {
    let (status, body) = fixed_answer(args);
    let listen: SocketAddr = required(args, "--listen").parse().unwrap();
    let listener = tokio::net::TcpListener::bind(listen).await.unwrap();
    println!("baseline listening on {listen}");
    // Exits on SIGTERM (rather than dying of it), so that a profiler around it can write out.
    let mut terminated =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).unwrap();
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => accepted.unwrap().0,
            _ = terminated.recv() => return,
        };
        let _ = stream.set_nodelay(true);
        let body = body.clone();
        let service = hyper::service::service_fn(move |_request| {
            let mut answer = hyper::Response::new(Full::new(body.clone()));
            *answer.status_mut() = status;
            answer
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            std::future::ready(Ok::<_, std::convert::Infallible>(answer))
        });
        tokio::spawn(
            hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service),
        );
    }
}

/// wiremock-rs, the peer a Rust team would pick instead, answering every request with the same
/// body.
async fn wiremock_peer(args: &[String]) {
    let (status, body) = fixed_answer(args);
    let listen: SocketAddr = required(args, "--listen").parse().unwrap();
    let listener = std::net::TcpListener::bind(listen).unwrap();
    let server = wiremock::MockServer::builder()
        .listener(listener)
        .start()
        .await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(
            wiremock::ResponseTemplate::new(status.as_u16())
                .set_body_raw(body.to_vec(), "application/json"),
        )
        .mount(&server)
        .await;
    println!("wiremock listening on {listen}");
    std::future::pending::<()>().await;
}

/// Sends exactly `--requests` POSTs over `--connections` keep-alive connections and prints the
/// count of each status (wrk runs for a duration, not a count).
async fn drive(args: &[String]) {
    let url = required(args, "--url");
    let requests: usize = required(args, "--requests").parse().unwrap();
    let connections: usize = arg(args, "--connections").map_or(16, |c| c.parse().unwrap());
    let body = Bytes::from(std::fs::read(required(args, "--body-file")).unwrap());
    let mut headers = reqwest::header::HeaderMap::new();
    for (i, a) in args.iter().enumerate() {
        if a == "--header" {
            let (name, value) = args[i + 1].split_once(':').unwrap();
            headers.insert(
                reqwest::header::HeaderName::from_bytes(name.trim().as_bytes()).unwrap(),
                value.trim().parse().unwrap(),
            );
        }
    }
    let client = reqwest::Client::builder()
        .default_headers(headers)
        .pool_max_idle_per_host(connections)
        .build()
        .unwrap();
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..connections {
        let (client, url, body, next) = (client.clone(), url.clone(), body.clone(), next.clone());
        workers.push(tokio::spawn(async move {
            let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
            while next.fetch_add(1, Ordering::Relaxed) < requests {
                let status = match client.post(&url).body(body.clone()).send().await {
                    Ok(answer) => {
                        let status = answer.status().as_u16();
                        let _ = answer.bytes().await;
                        status
                    }
                    Err(_) => 0,
                };
                *statuses.entry(status).or_default() += 1;
            }
            statuses
        }));
    }
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for worker in workers {
        for (status, count) in worker.await.unwrap() {
            *statuses.entry(status).or_default() += count;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "sent {requests} in {seconds:.1}s ({:.0} req/s); statuses {statuses:?}",
        requests as f64 / seconds
    );
}

/// Times `MockServer::start()` (bind, build, spawn) `--runs` times and prints the median and
/// the largest, in microseconds.
async fn startup_embedded(args: &[String]) {
    let runs: usize = arg(args, "--runs").map_or(100, |r| r.parse().unwrap());
    let mut micros = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        let server = clientreg_mock::MockServer::start().await;
        micros.push(started.elapsed().as_micros());
        drop(server);
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    micros.sort_unstable();
    println!(
        "embedded MockServer::start(): median {}us, max {}us over {runs} runs",
        micros[runs / 2],
        micros[runs - 1]
    );
}
