//! The admin key over real sockets: every admin route but the health check refused without it
//! (and nothing done) and served with it, as Bearer or as HTTP basic's password, on the mock and
//! on the proxy; never logged, journaled, shown on the page or in a report; a server off a
//! loopback address refused without a key or with the development credentials.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use clientreg_mock::config::ServerConfig;
use clientreg_mock::proxy::{ProxyConfig, ProxyServer};
use clientreg_mock::{JournalQuery, MockServer, StartError};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::{AUTIONAL, BINARY, RECORDING, run_binary};

const KEY: &str = "adm1n-k3y-0f-s0me-length";

/// How a request carries the key, or does not.
#[derive(Debug, Clone, Copy)]
enum Given {
    Nothing,
    Bearer(&'static str),
    Basic(&'static str),
}

async fn call(base: &str, method: &Method, path: &str, given: Given) -> reqwest::Response {
    let http = reqwest::Client::new();
    let mut request = http.request(method.clone(), format!("{base}{path}"));
    if *method == Method::POST {
        request = request.json(&match path {
            "/__mock/gropius/users" => json!({"id": "made-known"}),
            "/__mock/faults" => json!({"method": "POST", "path": AUTIONAL, "status": 503}),
            _ => json!({}),
        });
    }
    request = match given {
        Given::Nothing => request,
        Given::Bearer(key) => request.bearer_auth(key),
        Given::Basic(key) => request.basic_auth("anyone", Some(key)),
    };
    request.send().await.unwrap()
}

/// Every admin route of the mock (method, path), the page among them.
const MOCK_ROUTES: [(Method, &str); 12] = [
    (Method::GET, "/__mock/"),
    (Method::GET, "/__mock/stats"),
    (Method::GET, "/__mock/violations"),
    (Method::GET, "/__mock/autional/clients?tenant=t"),
    (Method::GET, "/__mock/gropius/clients"),
    (Method::POST, "/__mock/gropius/users"),
    (Method::GET, "/__mock/journal"),
    (Method::GET, "/__mock/faults"),
    (Method::POST, "/__mock/faults"),
    (Method::DELETE, "/__mock/faults/fault-1"),
    (Method::DELETE, "/__mock/faults"),
    (Method::POST, "/__mock/reset"),
];

/// A refusal: `401`, both challenges, the mock's error body, never the key.
async fn assert_refused(answer: reqwest::Response, what: &str) {
    assert_eq!(answer.status(), StatusCode::UNAUTHORIZED, "{what}");
    let challenges: Vec<String> = answer
        .headers()
        .get_all("www-authenticate")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        challenges.iter().any(|c| c.starts_with("Bearer realm="))
            && challenges.iter().any(|c| c.starts_with("Basic realm=")),
        "{what}: {challenges:?}"
    );
    let body = answer.text().await.unwrap();
    assert!(
        body.contains("asks for its key") && !body.contains(KEY),
        "{what}: {body}"
    );
}

#[tokio::test]
async fn every_admin_route_of_the_mock_asks_for_the_key_and_does_nothing_without_it() {
    let server = MockServer::builder().admin_key(KEY).start().await;
    let base = server.base_url();
    let created = reqwest::Client::new()
        .post(format!("{base}{AUTIONAL}"))
        .header("x-api-key", clientreg_mock::DEV_API_KEY)
        .header("x-tenant-id", "t")
        .json(&json!({"name": "kept", "redirect_uris": ["https://a.example/cb"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    for (method, path) in &MOCK_ROUTES {
        for given in [
            Given::Nothing,
            Given::Bearer("not-the-key"),
            Given::Basic("not-the-key"),
            Given::Bearer(""),
        ] {
            let what = format!("{method} {path} with {given:?}");
            assert_refused(call(&base, method, path, given).await, &what).await;
        }
    }
    // Nothing was done: the client is still there, no fault was added, no user made known.
    assert_eq!(server.autional_clients("t").len(), 1);
    assert!(server.faults().is_empty());
    assert_eq!(server.journal(&JournalQuery::default()).total, 1);
    // The health check is open.
    let health = call(&base, &Method::GET, "/__mock/health", Given::Nothing).await;
    assert_eq!(health.status(), 200);
    // With the key, as Bearer or as basic's password, every route answers.
    for given in [Given::Bearer(KEY), Given::Basic(KEY)] {
        for (method, path) in &MOCK_ROUTES {
            let answer = call(&base, method, path, given).await;
            assert_ne!(
                answer.status(),
                StatusCode::UNAUTHORIZED,
                "{method} {path} with {given:?}"
            );
            assert!(answer.status().as_u16() < 500, "{method} {path}");
        }
    }
    // The last route was the reset: it did what it says.
    assert!(server.autional_clients("t").is_empty());
}

#[tokio::test]
async fn every_admin_route_of_the_proxy_asks_for_the_key() {
    let upstream = MockServer::start().await;
    let proxy = ProxyServer::start(
        ProxyConfig {
            server: ServerConfig {
                admin_key: Some(KEY.into()),
                ..ServerConfig::default()
            },
            ..ProxyConfig::new(upstream.base_url())
        },
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let base = proxy.base_url();
    let routes = [
        (Method::GET, "/__mock/"),
        (Method::GET, "/__mock/journal"),
        (Method::GET, "/__mock/violations"),
        (Method::POST, "/__mock/reset"),
    ];
    // An exchange through the proxy, which a refused reset must not forget.
    let forwarded = call(
        &base,
        &Method::GET,
        "/auth/api/login/client",
        Given::Nothing,
    )
    .await;
    assert_eq!(forwarded.status(), 401, "Gropius's own 401: no token");
    for (method, path) in &routes {
        for given in [Given::Nothing, Given::Bearer("nope"), Given::Basic("nope")] {
            let what = format!("proxy {method} {path} with {given:?}");
            assert_refused(call(&base, method, path, given).await, &what).await;
        }
    }
    assert_eq!(proxy.journal(&JournalQuery::default()).total, 1);
    let health = call(&base, &Method::GET, "/__mock/health", Given::Nothing).await;
    assert_eq!(health.status(), 200);
    for given in [Given::Bearer(KEY), Given::Basic(KEY)] {
        for (method, path) in &routes {
            let answer = call(&base, method, path, given).await;
            assert!(answer.status().is_success(), "proxy {method} {path}");
        }
    }
    assert_eq!(proxy.journal(&JournalQuery::default()).total, 0);
}

#[tokio::test]
async fn off_loopback_the_server_starts_only_with_a_key_and_credentials_of_its_own() {
    // Refused before anything is bound (no server here listens off loopback).
    let open = MockServer::builder()
        .listen("0.0.0.0:0".parse().unwrap())
        .try_start()
        .await;
    assert!(
        matches!(open, Err(StartError::OpenAdmin { .. })),
        "{open:?}"
    );
    let with_dev_credentials = MockServer::builder()
        .listen("0.0.0.0:0".parse().unwrap())
        .admin_key(KEY)
        .try_start()
        .await;
    assert!(
        matches!(
            with_dev_credentials,
            Err(StartError::DevelopmentCredentials { .. })
        ),
        "{with_dev_credentials:?}"
    );
    let proxy = ProxyServer::start(
        ProxyConfig::new("http://127.0.0.1:9"),
        "0.0.0.0:0".parse().unwrap(),
    )
    .await;
    assert!(matches!(proxy, Err(StartError::OpenAdmin { .. })));

    // The binary: one line that says what to add, exit status 2.
    for (args, says) in [
        (vec!["--listen", "0.0.0.0:0"], "add --admin-key"),
        (
            vec!["--listen", "0.0.0.0:0", "--admin-key", KEY],
            "add --api-key, --admin-token and --user-token",
        ),
        (
            vec![
                "proxy",
                "--upstream",
                "http://127.0.0.1:9",
                "--listen",
                "0.0.0.0:0",
            ],
            "add --admin-key",
        ),
    ] {
        let (status, _, stderr) = run_binary(&args).await;
        assert_eq!(status, 2, "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(!stderr.contains(KEY), "{stderr}");
    }
}

/// The binary with the key from a file: the key is asked for, and it is in no log line, no
/// journal entry, the page, or a replay's report.
#[tokio::test]
async fn the_key_is_read_from_a_file_and_never_shown() {
    let dir = std::env::temp_dir().join(format!("mock-server-admin-key-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let key_file = dir.join("admin.key");
    std::fs::write(&key_file, format!("{KEY}\n")).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = Command::new(BINARY)
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .args(["--admin-key-file", key_file.to_str().unwrap()])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut banner = String::new();
    for _ in 0..4 {
        stdout.read_line(&mut banner).unwrap();
    }
    assert!(banner.contains("asks for the admin key"), "{banner}");
    for _ in 0..50 {
        if reqwest::get(format!("{base}/__mock/health")).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_refused(
        call(&base, &Method::GET, "/__mock/journal", Given::Nothing).await,
        "the binary's journal",
    )
    .await;
    // A Gropius call carrying the admin key as its token, to see where it would show.
    let gropius = call(
        &base,
        &Method::GET,
        "/auth/api/login/client",
        Given::Bearer(KEY),
    )
    .await;
    assert_eq!(gropius.status(), 401);
    let journal = call(&base, &Method::GET, "/__mock/journal", Given::Bearer(KEY)).await;
    assert_eq!(journal.status(), 200);
    let journal = journal.text().await.unwrap();
    let page = call(&base, &Method::GET, "/__mock/", Given::Basic(KEY)).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    // replay against it, with the key: the recorded users are made known, and the report
    // never shows the key.
    let recording = dir.join("recording.jsonl");
    std::fs::write(&recording, RECORDING).unwrap();
    let (status, report, stderr) = run_binary([
        "replay",
        "--recording",
        recording.to_str().unwrap(),
        "--target",
        &base,
        "--target-admin-key",
        KEY,
        "--services",
        "gropius",
        "--format",
        "json",
    ])
    .await;
    assert!(status == 0 || status == 1, "{stderr}");
    assert!(report.contains("\"summary\""), "{report}{stderr}");
    let (refused_status, _, refused) = run_binary([
        "replay",
        "--recording",
        recording.to_str().unwrap(),
        "--target",
        &base,
        "--services",
        "gropius",
    ])
    .await;
    assert_eq!(refused_status, 2, "{refused}");
    assert!(refused.contains("--target-admin-key"), "{refused}");
    terminate(&child);
    let _ = child.wait();
    let mut log = banner;
    std::io::Read::read_to_string(&mut stdout, &mut log).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    for (place, text) in [
        ("the log", &log),
        ("the journal", &journal),
        ("the page", &page),
        ("replay's report", &report),
        ("replay's error", &refused),
    ] {
        assert!(!text.contains(KEY), "the key in {place}");
        assert!(!text.contains(&KEY[..12]), "part of the key in {place}");
    }
}

/// Stops the child with SIGTERM, so that it writes out its log.
fn terminate(child: &std::process::Child) {
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: a plain kill(2) of our own child's pid.
    unsafe {
        libc::kill(pid, libc::SIGTERM);
    }
}
