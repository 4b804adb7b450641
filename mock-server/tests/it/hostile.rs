//! `verify`, `proxy` and `replay` (the binary) against stand-ins that misbehave and recordings
//! that are broken or crafted: bounded memory, no credential printed, not even in part, no
//! userinfo shown, nothing left behind when interrupted, and inputs refused where they enter.

use crate::support::{BINARY, RECORDING};
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::Duration;

use clientreg_mock::MockServer;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, Request, ResponseTemplate};

/// A 66-character API key, as production keys are.
const LONG_KEY: &str = "ak_live_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV";

/// What a run of the binary did: its exit status, stdout, stderr, and its peak resident memory.
struct Ran {
    status: i32,
    stdout: String,
    stderr: String,
    peak_kib: i64,
}

/// Runs the binary with `args` (and nothing from the environment) to its end, measuring its
/// peak memory as the kernel counted it (`wait4`'s `ru_maxrss`). Output goes to files, so that
/// a large report cannot block the child on a full pipe.
fn run(args: &[&str]) -> Ran {
    let dir = std::env::temp_dir().join(format!(
        "mock-server-hostile-{}-{}",
        std::process::id(),
        ulid::Ulid::new()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let out = std::fs::File::create(dir.join("stdout")).unwrap();
    let err = std::fs::File::create(dir.join("stderr")).unwrap();
    let child = Command::new(BINARY)
        .args(args)
        .env_clear()
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain data the kernel fills; `pid` is this process's own child, not
    // waited for elsewhere (`child` is forgotten, so its `Drop` does not touch it).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    std::mem::forget(child);
    assert_eq!(waited, pid, "wait4: {}", std::io::Error::last_os_error());
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    let read = |name: &str| {
        let mut text = String::new();
        std::fs::File::open(dir.join(name))
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let ran = Ran {
        status: code,
        stdout: read("stdout"),
        stderr: read("stderr"),
        peak_kib: usage.ru_maxrss,
    };
    let _ = std::fs::remove_dir_all(&dir);
    ran
}

/// Runs the binary on a blocking thread (it waits for the child), so that servers in this
/// test's runtime keep answering it.
async fn run_async(args: Vec<String>) -> Ran {
    tokio::task::spawn_blocking(move || run(&args.iter().map(String::as_str).collect::<Vec<_>>()))
        .await
        .unwrap()
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

/// A server answering every request, after reading it whole, with `status` and a JSON body of
/// `size` bytes sent in chunks without a length: nothing tells the client the size up front.
async fn huge_answers(status: u16, size: usize) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    if socket.read(&mut byte).await.unwrap_or(0) == 0 {
                        return;
                    }
                    head.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&head).to_ascii_lowercase();
                let length = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|n| n.trim().parse::<usize>().ok())
                    .unwrap_or(0);
                let mut body = vec![0u8; length];
                if socket.read_exact(&mut body).await.is_err() {
                    return;
                }
                let start = format!(
                    "HTTP/1.1 {status} Whatever\r\ncontent-type: application/json\r\n\
                     transfer-encoding: chunked\r\nconnection: close\r\n\r\n"
                );
                if socket.write_all(start.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = {
                    let mut chunk = b"[\"".to_vec();
                    chunk.resize(64 * 1024, b'x');
                    chunk
                };
                let mut sent = 0;
                while sent < size {
                    let framed = [
                        format!("{:x}\r\n", chunk.len()).into_bytes(),
                        chunk.clone(),
                        b"\r\n".to_vec(),
                    ]
                    .concat();
                    if socket.write_all(&framed).await.is_err() {
                        return;
                    }
                    sent += chunk.len();
                }
                let _ = socket.write_all(b"0\r\n\r\n").await;
            });
        }
    });
    format!("http://{address}")
}

fn write_file(name: &str, text: &str) -> std::path::PathBuf {
    let file = std::env::temp_dir().join(format!(
        "mock-server-hostile-{}-{}-{name}",
        std::process::id(),
        ulid::Ulid::new()
    ));
    std::fs::write(&file, text).unwrap();
    file
}

/// Every run of 8 characters of `secret` that appears in `text`.
fn parts_of(secret: &str, text: &str) -> Vec<String> {
    (0..=secret.len() - 8)
        .map(|at| &secret[at..at + 8])
        .filter(|part| text.contains(part))
        .map(str::to_string)
        .collect()
}

/// 1. Memory and report size stay bounded whatever the target answers: 20 MiB bodies, sent
///    without a length, to every request of `verify` and of `replay`.
#[tokio::test(flavor = "multi_thread")]
async fn memory_and_report_stay_bounded_against_20_mib_answers() {
    let target = huge_answers(200, 20 * 1024 * 1024).await;
    let recording = write_file("recording.jsonl", RECORDING);
    let verify = run_async(strings(&[
        "verify",
        "--target",
        &target,
        "--api-key",
        LONG_KEY,
        "--tenant",
        "t1",
        "--admin-token",
        "an-admin-token-of-some-length",
        "--user-token",
        "a-user-token-of-some-length",
        "--known-user",
        "dev-user",
        "--allow-writes",
        "--max-rps",
        "1000",
        "--format",
        "json",
    ]))
    .await;
    let replay = run_async(strings(&[
        "replay",
        "--recording",
        recording.to_str().unwrap(),
        "--target",
        &target,
        "--format",
        "json",
    ]))
    .await;
    let _ = std::fs::remove_file(&recording);
    for (command, ran) in [("verify", &verify), ("replay", &replay)] {
        assert_eq!(ran.status, 1, "{command}: {}", ran.stderr);
        let report: Value = serde_json::from_str(&ran.stdout).unwrap();
        assert!(report["summary"]["failed"].as_u64().unwrap() > 0);
        assert!(
            ran.stdout.contains("larger than 4194304 bytes"),
            "{command}: {}",
            &ran.stdout[..ran.stdout.len().min(2000)]
        );
        // Bounded: each detail at most 1000 bytes (plus its size note), whatever came.
        assert!(
            ran.stdout.len() < 300 * 1024,
            "{command}: a report of {} bytes",
            ran.stdout.len()
        );
        // Flat: the same against 200 MiB bodies, and far below what an unbounded read took
        // (BENCHMARKS.md, "The checker's memory").
        assert!(
            ran.peak_kib < 160 * 1024,
            "{command}: peak {} KiB",
            ran.peak_kib
        );
    }
}

/// 2. A credential echoed in part by the target is masked in every format, before any cut.
#[tokio::test(flavor = "multi_thread")]
async fn a_credential_echoed_in_part_appears_in_no_format() {
    let stand_in = wiremock::MockServer::start().await;
    Mock::given(any())
        .respond_with(|request: &Request| {
            let key = request
                .headers
                .get("x-api-key")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            let echoed: String = key.chars().take(42).collect();
            ResponseTemplate::new(401).set_body_json(json!({
                "code": 40100001,
                "message": format!("{} unknown API key {echoed}...", "x".repeat(100)),
                "timestamp": "2026-12-05T00:00:00Z",
            }))
        })
        .mount(&stand_in)
        .await;
    for format in ["text", "json", "junit"] {
        let ran = run_async(strings(&[
            "verify",
            "--target",
            &stand_in.uri(),
            "--api-key",
            LONG_KEY,
            "--tenant",
            "t1",
            "--services",
            "autional",
            "--max-rps",
            "1000",
            "--format",
            format,
        ]))
        .await;
        assert_eq!(ran.status, 1, "{format}: {}", ran.stderr);
        // (JUnit escapes it: `&lt;redacted&gt;`.)
        assert!(ran.stdout.contains("redacted"), "{format}: {}", ran.stdout);
        let shown = parts_of(LONG_KEY, &format!("{}{}", ran.stdout, ran.stderr));
        assert!(shown.is_empty(), "{format}: {shown:?} in {}", ran.stdout);
    }
}

/// 3. A password in a target or upstream URL is never printed.
#[tokio::test(flavor = "multi_thread")]
async fn the_userinfo_of_a_url_is_never_printed() {
    let server = MockServer::start().await;
    let port = server.address().port();
    let with_password = format!("http://ci:Pw-s3cret@127.0.0.1:{port}");
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        format!("http://ci:Pw-s3cret@127.0.0.1:{port}")
    };
    let recording = write_file("recording.jsonl", RECORDING);
    let mut printed = Vec::new();
    for format in ["text", "json", "junit"] {
        let ran = run_async(strings(&[
            "verify",
            "--target",
            &with_password,
            "--api-key",
            "dev-api-key",
            "--tenant",
            "t1",
            "--services",
            "autional",
            "--max-rps",
            "1000",
            "--format",
            format,
        ]))
        .await;
        printed.push((format!("verify {format}"), ran));
    }
    let unreachable = run_async(strings(&["verify", "--target", &closed, "--api-key", "k"])).await;
    assert_eq!(unreachable.status, 2);
    assert!(
        unreachable.stderr.contains("unreachable"),
        "{}",
        unreachable.stderr
    );
    printed.push(("verify unreachable".into(), unreachable));
    let replay = run_async(strings(&[
        "replay",
        "--recording",
        recording.to_str().unwrap(),
        "--target",
        &with_password,
    ]))
    .await;
    assert!(
        replay.stdout.starts_with("replay http://127.0.0.1:"),
        "{}",
        replay.stdout
    );
    printed.push(("replay".into(), replay));
    let _ = std::fs::remove_file(&recording);
    // The proxy's start-up banner.
    let mut proxy = Command::new(BINARY)
        .args([
            "proxy",
            "--listen",
            "127.0.0.1:0",
            "--upstream",
            &with_password,
        ])
        .env_clear()
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut banner = String::new();
    BufReader::new(proxy.stdout.take().unwrap())
        .read_line(&mut banner)
        .unwrap();
    let _ = proxy.kill();
    let _ = proxy.wait();
    assert!(
        banner.contains("forwarding to http://127.0.0.1:"),
        "{banner}"
    );
    assert!(
        !banner.contains("Pw-s3cret") && !banner.contains("ci:"),
        "{banner}"
    );
    for (what, ran) in printed {
        let all = format!("{}{}", ran.stdout, ran.stderr);
        assert!(
            !all.contains("Pw-s3cret") && !all.contains("ci:Pw"),
            "{what}: {all}"
        );
    }
}

/// 4. An interrupted `verify` deletes what it created, says so, and exits 143 for SIGTERM.
#[tokio::test(flavor = "multi_thread")]
async fn an_interrupted_verify_deletes_what_it_created_and_says_so() {
    let server = MockServer::start().await;
    let target = server.base_url();
    let child = Command::new(BINARY)
        .args([
            "verify",
            "--target",
            &target,
            "--admin-token",
            "dev-admin-token",
            "--user-token",
            "dev-user-token",
            "--known-user",
            "dev-user",
            "--services",
            "gropius",
            "--allow-writes",
            "--max-rps",
            "5",
            "--format",
            "json",
        ])
        .env_clear()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Until it has created something (paced at 5 requests a second, far from the end).
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while server.gropius_clients().is_empty() {
        assert!(std::time::Instant::now() < deadline, "nothing was created");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(!server.gropius_clients().is_empty());
    // SAFETY: a signal to this test's own child.
    assert_eq!(
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) },
        0
    );
    let output = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(143), "{stdout}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    let interrupted = report["trials"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "interrupted")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert!(
        interrupted["detail"]
            .as_str()
            .unwrap()
            .starts_with("by SIGTERM after"),
        "{interrupted}"
    );
    let cleanup = report["cleanup"].to_string();
    assert!(cleanup.contains("deleted"), "{cleanup}");
    assert!(
        server.gropius_clients().is_empty(),
        "left behind: {:?}; the report: {report:#}",
        server.gropius_clients()
    );
}

/// 6. An upstream or target that is not an http(s) URL is a usage error for all three.
#[tokio::test(flavor = "multi_thread")]
async fn a_url_that_is_not_http_is_a_usage_error_for_all_three() {
    let recording = write_file("recording.jsonl", RECORDING);
    for bad in [
        "auth.staging.example.com",
        "127.0.0.1:9",
        "not a url",
        "ftp://files.example.com",
    ] {
        let proxy = run_async(strings(&[
            "proxy",
            "--listen",
            "127.0.0.1:0",
            "--upstream",
            bad,
        ]))
        .await;
        assert_eq!(proxy.status, 2, "proxy {bad}: {}", proxy.stderr);
        assert!(
            proxy.stderr.contains("not an http:// or https:// URL"),
            "{}",
            proxy.stderr
        );
        let verify = run_async(strings(&["verify", "--target", bad])).await;
        assert_eq!(verify.status, 2, "verify {bad}: {}", verify.stderr);
        let replay = run_async(strings(&[
            "replay",
            "--recording",
            recording.to_str().unwrap(),
            "--target",
            bad,
        ]))
        .await;
        assert_eq!(replay.status, 2, "replay {bad}: {}", replay.stderr);
        assert!(
            replay.stderr.contains("not an http(s) URL"),
            "{}",
            replay.stderr
        );
    }
    let _ = std::fs::remove_file(&recording);
}

/// 7. An empty recording, or one with no exchange of the services asked, is an error.
#[tokio::test(flavor = "multi_thread")]
async fn an_empty_recording_or_one_with_nothing_asked_is_an_error() {
    let server = MockServer::start().await;
    let empty = write_file("empty.jsonl", "\n\n");
    let gropius_only = write_file("gropius.jsonl", RECORDING);
    let ran = run_async(strings(&[
        "replay",
        "--recording",
        empty.to_str().unwrap(),
        "--target",
        &server.base_url(),
    ]))
    .await;
    assert_eq!(ran.status, 2, "{}", ran.stdout);
    assert!(ran.stderr.contains("has no exchange"), "{}", ran.stderr);
    let compared = run_async(strings(&[
        "replay",
        "--recording",
        empty.to_str().unwrap(),
        "--compare-with",
        gropius_only.to_str().unwrap(),
    ]))
    .await;
    assert_eq!(compared.status, 2, "{}", compared.stdout);
    let none_asked = run_async(strings(&[
        "replay",
        "--recording",
        gropius_only.to_str().unwrap(),
        "--target",
        &server.base_url(),
        "--services",
        "autional",
    ]))
    .await;
    assert_eq!(none_asked.status, 2, "{}", none_asked.stdout);
    assert!(
        none_asked.stderr.contains("no exchange of autional"),
        "{}",
        none_asked.stderr
    );
    assert_eq!(server.journal(&Default::default()).total, 0);
    let _ = std::fs::remove_file(&empty);
    let _ = std::fs::remove_file(&gropius_only);
}

/// 8. A recorded path that would reach another host is refused, and nothing is sent there.
#[tokio::test(flavor = "multi_thread")]
async fn a_crafted_recording_cannot_send_the_credentials_elsewhere() {
    let server = MockServer::start().await;
    let collector = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let collector_port = collector.local_addr().unwrap().port();
    let mut line: Value = serde_json::from_str(RECORDING.lines().next().unwrap()).unwrap();
    line["request"]["path"] = format!("@127.0.0.1:{collector_port}/collect").into();
    let first = RECORDING.lines().next().unwrap();
    let crafted = write_file("crafted.jsonl", &format!("{first}\n{line}\n"));
    let ran = run_async(strings(&[
        "replay",
        "--recording",
        crafted.to_str().unwrap(),
        "--target",
        &server.base_url(),
        "--admin-token",
        "production-admin-token",
    ]))
    .await;
    assert_eq!(ran.status, 2, "{}", ran.stdout);
    assert!(ran.stderr.contains("must start with /"), "{}", ran.stderr);
    let reached = tokio::time::timeout(Duration::from_millis(300), collector.accept()).await;
    assert!(reached.is_err(), "the collector was reached");
    assert_eq!(server.journal(&Default::default()).total, 0);
    let _ = std::fs::remove_file(&crafted);
}

/// 9. An answer of the wrong shape is reported by its shape, first, and a client created but
///    not read back is named as one that may remain.
#[tokio::test(flavor = "multi_thread")]
async fn an_answer_of_the_wrong_shape_is_reported_by_its_shape() {
    let stand_in = wiremock::MockServer::start().await;
    let contract = clientreg_mock::wiremock::MountableMock::new(&Default::default()).unwrap();
    // The published decorator's bug: the created client, wrapped in an array.
    Mock::given(method("POST"))
        .and(path("/auth/api/login/client"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!([{
            "id": "7b0a1c9e-0d6f-4a51-9a3b-2f8e1d4c5b6a", "name": "contract-verify run",
            "redirectUrls": [], "isValid": true, "requiresSecret": true,
            "clientCredentialFlowUser": null
        }])))
        .with_priority(1)
        .mount(&stand_in)
        .await;
    Mock::given(any())
        .respond_with(contract.responder())
        .with_priority(clientreg_mock::wiremock::CONTRACT_PRIORITY)
        .mount(&stand_in)
        .await;
    let ran = run_async(strings(&[
        "verify",
        "--target",
        &stand_in.uri(),
        "--admin-token",
        "dev-admin-token",
        "--user-token",
        "dev-user-token",
        "--known-user",
        "dev-user",
        "--services",
        "gropius",
        "--allow-writes",
        "--max-rps",
        "1000",
        "--format",
        "json",
    ]))
    .await;
    assert_eq!(ran.status, 1, "{}", ran.stderr);
    let report: Value = serde_json::from_str(&ran.stdout).unwrap();
    let shape = "the body: the contract declares object, the answer has array";
    let trials = report["trials"].as_array().unwrap();
    let by_shape: Vec<&Value> = trials
        .iter()
        .filter(|t| t["detail"].as_str().is_some_and(|d| d.contains(shape)))
        .collect();
    assert!(!by_shape.is_empty(), "{report:#}");
    // A trial whose setup created a client reports the shape, not a missing field.
    let setup = trials
        .iter()
        .filter_map(|t| t["detail"].as_str())
        .find(|d| d.starts_with("setup client:"))
        .unwrap_or_else(|| panic!("{report:#}"));
    assert!(setup.contains(shape), "{setup}");
    assert!(!setup.contains("no /id"), "{setup}");
    let cleanup = report["cleanup"].to_string();
    assert!(cleanup.contains("may remain"), "{cleanup}");
}
