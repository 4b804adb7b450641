//! The HTTP edge under hostile and odd input, over real sockets: identifiers that are not UTF-8,
//! broken framing, a `413` that must reach a client still sending, slow and idle connections,
//! faults that would break HTTP, repeated credentials, URIs outside RFC 3986, a bounded store,
//! and the admin API's query strings.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

use clientreg_mock::{FaultSpec, JournalQuery, MockServer};
use serde_json::{Value, json};

use crate::support::{AUTIONAL, GROPIUS};
const BODY: &str = r#"{"name":"n","redirect_uris":["https://a.example/cb"]}"#;

/// Sends raw bytes on a fresh connection, optionally half-closes, and reads until the server
/// closes or `timeout` passes; returns what came back.
fn exchange(server: &MockServer, bytes: &[u8], half_close: bool, timeout: Duration) -> Vec<u8> {
    let mut stream = TcpStream::connect(server.address()).unwrap();
    stream.write_all(bytes).unwrap();
    if half_close {
        stream.shutdown(Shutdown::Write).unwrap();
    }
    stream.set_read_timeout(Some(timeout)).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    answer
}

/// A request head for `path` with `headers` (each a full `Name: value` line, as bytes), a
/// `Connection: close` and a body of `body`.
fn request(path: &str, headers: &[&[u8]], body: &str) -> Vec<u8> {
    let mut bytes =
        format!("POST {path} HTTP/1.1\r\nHost: edge\r\nConnection: close\r\n").into_bytes();
    for header in headers {
        bytes.extend_from_slice(header);
        bytes.extend_from_slice(b"\r\n");
    }
    bytes.extend_from_slice(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    bytes
}

/// The status and the JSON body of a raw answer.
fn parse(answer: &[u8]) -> (u16, Value) {
    let text = String::from_utf8_lossy(answer);
    let status = text
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"));
    let body = text.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

fn autional_headers(tenant: &[u8]) -> Vec<Vec<u8>> {
    let mut tenant_line = b"X-Tenant-ID: ".to_vec();
    tenant_line.extend_from_slice(tenant);
    vec![
        b"X-API-Key: dev-api-key".to_vec(),
        tenant_line,
        b"Content-Type: application/json".to_vec(),
    ]
}

fn autional_with_tenant(server: &MockServer, tenant: &[u8]) -> (u16, Value) {
    let headers = autional_headers(tenant);
    let headers: Vec<&[u8]> = headers.iter().map(Vec::as_slice).collect();
    parse(&exchange(
        server,
        &request(AUTIONAL, &headers, BODY),
        false,
        Duration::from_secs(5),
    ))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tenant_that_is_not_utf_8_or_holds_a_control_character_is_refused_never_merged() {
    let server = MockServer::start().await;
    tokio::task::block_in_place(|| {
        for (tenant, why) in [
            (&b"iso\xff\xfe"[..], "is not valid UTF-8"),
            (b"iso\xfe\xff", "is not valid UTF-8"),
            (b"caf\xe9", "is not valid UTF-8"),
            (b"a\tb", "holds a control character"),
        ] {
            let (status, body) = autional_with_tenant(&server, tenant);
            assert_eq!(status, 400, "{tenant:?}: {body}");
            assert_eq!(body["code"], 40000003, "{tenant:?}: {body}");
            let message = body["message"].as_str().unwrap();
            assert!(
                message.contains("X-Tenant-ID") && message.contains(why),
                "{message}"
            );
        }
        // U+FFFD written as UTF-8 is a tenant of its own, not where bad bytes land.
        let (status, _) = autional_with_tenant(&server, "iso\u{fffd}\u{fffd}".as_bytes());
        assert_eq!(status, 201);
        let (status, _) = autional_with_tenant(&server, "café".as_bytes());
        assert_eq!(status, 201);
    });
    assert_eq!(server.stats().autional.stored_clients, 2);
    assert_eq!(server.autional_clients("iso\u{fffd}\u{fffd}").len(), 1);
    assert_eq!(server.autional_clients("café").len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_body_that_cannot_be_read_is_a_400_in_the_service_s_shape_and_journaled() {
    let server = MockServer::start().await;
    let autional = autional_headers(b"t1");
    let autional: Vec<&[u8]> = autional.iter().map(Vec::as_slice).collect();
    let gropius: Vec<&[u8]> = vec![
        b"Authorization: Bearer dev-admin-token",
        b"Content-Type: application/json",
    ];
    tokio::task::block_in_place(|| {
        // A chunk size that is not hexadecimal.
        let mut bad_chunk = format!("POST {AUTIONAL} HTTP/1.1\r\nHost: edge\r\n").into_bytes();
        for header in &autional {
            bad_chunk.extend_from_slice(header);
            bad_chunk.extend_from_slice(b"\r\n");
        }
        bad_chunk.extend_from_slice(b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        let (status, body) = parse(&exchange(
            &server,
            &bad_chunk,
            false,
            Duration::from_secs(5),
        ));
        assert_eq!(
            (status, body["code"].as_i64()),
            (400, Some(40000001)),
            "{body}"
        );
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("could not be read"),
            "{body}"
        );

        // A body shorter than its Content-Length, the client half-closing its side.
        for (path, headers) in [(AUTIONAL, &autional), (GROPIUS, &gropius)] {
            let mut short = request(path, headers, r#"{"name":"#);
            let declared = format!("Content-Length: {}", r#"{"name":"#.len());
            let text = String::from_utf8(short.clone())
                .unwrap()
                .replace(&declared, "Content-Length: 100");
            short = text.into_bytes();
            let (status, body) = parse(&exchange(&server, &short, true, Duration::from_secs(5)));
            assert_eq!(status, 400, "{path}: {body}");
            if path == GROPIUS {
                assert_eq!(body["statusCode"], 400, "{body}");
                assert!(
                    body["message"]
                        .as_str()
                        .unwrap()
                        .starts_with("request aborted"),
                    "{body}"
                );
            } else {
                assert_eq!(body["code"], 40000001, "{body}");
            }
        }
    });
    let journal = server.journal(&JournalQuery::default());
    assert_eq!(journal.total, 3);
    for entry in &journal.entries {
        let error = entry.body_error.as_deref().unwrap_or_default();
        assert!(error.starts_with("could not be read"), "{entry:?}");
    }
    assert_eq!(server.stats().autional.stored_clients, 0);
    assert_eq!(server.stats().gropius.stored_clients, 0);
}

/// What Python's `http.client` does: write the whole body, then read the answer.
fn write_all_then_read(server: &MockServer, body_size: usize) -> Result<String, String> {
    let mut stream = TcpStream::connect(server.address()).map_err(|e| e.to_string())?;
    let head = format!(
        "POST {AUTIONAL} HTTP/1.1\r\nHost: edge\r\nX-API-Key: dev-api-key\r\nX-Tenant-ID: t\r\nContent-Type: application/json\r\nContent-Length: {body_size}\r\n\r\n"
    );
    stream
        .write_all(head.as_bytes())
        .map_err(|e| format!("head: {e}"))?;
    stream
        .write_all(&vec![b'x'; body_size])
        .map_err(|e| format!("body: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = Vec::new();
    stream
        .read_to_end(&mut answer)
        .map_err(|e| format!("answer: {e}"))?;
    Ok(String::from_utf8_lossy(&answer).into_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_413_reaches_a_client_that_writes_its_whole_body_first() {
    let server = MockServer::start().await;
    tokio::task::block_in_place(|| {
        for attempt in 0..100 {
            let answer = write_all_then_read(&server, 2 * 1024 * 1024)
                .unwrap_or_else(|e| panic!("try {attempt}: {e}"));
            assert!(
                answer.starts_with("HTTP/1.1 413"),
                "try {attempt}: {answer}"
            );
            assert!(
                answer.to_ascii_lowercase().contains("connection: close"),
                "{answer}"
            );
            assert!(answer.contains("41300001"), "{answer}");
        }
    });
}

#[tokio::test(flavor = "multi_thread")]
async fn expect_100_continue_gets_its_413_at_once() {
    let server = MockServer::start().await;
    let started = Instant::now();
    let answer = tokio::task::block_in_place(|| {
        let mut stream = TcpStream::connect(server.address()).unwrap();
        let head = format!(
            "POST {AUTIONAL} HTTP/1.1\r\nHost: edge\r\nX-API-Key: dev-api-key\r\nX-Tenant-ID: t\r\nContent-Type: application/json\r\nContent-Length: 8388608\r\nExpect: 100-continue\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut buffer = [0u8; 1024];
        let read = stream.read(&mut buffer).unwrap();
        String::from_utf8_lossy(&buffer[..read]).into_owned()
    });
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_connection_sending_its_head_slowly_is_closed_within_the_header_timeout() {
    let server = MockServer::builder()
        .header_timeout(Duration::from_secs(1))
        .idle_timeout(Duration::from_secs(30))
        .start()
        .await;
    let started = Instant::now();
    let closed_after = tokio::task::block_in_place(|| {
        let mut stream = TcpStream::connect(server.address()).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        for byte in format!("POST {AUTIONAL} HTTP/1.1\r\nHost: slow\r\n").bytes() {
            if stream.write_all(&[byte]).is_err() {
                return started.elapsed();
            }
            let mut buffer = [0u8; 256];
            match stream.read(&mut buffer) {
                Ok(_) => return started.elapsed(), // closed (0) or answered
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(_) => return started.elapsed(),
            }
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "still open after 5 s"
            );
        }
        panic!("the whole head was sent at 5 bytes/s without the server closing");
    });
    assert!(
        closed_after < Duration::from_millis(2500),
        "{closed_after:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_idle_keep_alive_connection_is_closed_after_the_idle_timeout() {
    let server = MockServer::builder()
        .idle_timeout(Duration::from_millis(300))
        .start()
        .await;
    let elapsed = tokio::task::block_in_place(|| {
        let mut stream = TcpStream::connect(server.address()).unwrap();
        stream
            .write_all(b"GET /__mock/health HTTP/1.1\r\nHost: idle\r\n\r\n")
            .unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let started = Instant::now();
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
        started.elapsed()
    });
    assert!(elapsed >= Duration::from_millis(250), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn connections_beyond_the_limit_wait_to_be_served() {
    let server = MockServer::builder().max_connections(1).start().await;
    tokio::task::block_in_place(|| {
        let holder = TcpStream::connect(server.address()).unwrap();
        std::thread::sleep(Duration::from_millis(100));
        let mut waiting = TcpStream::connect(server.address()).unwrap();
        waiting
            .write_all(b"GET /__mock/health HTTP/1.1\r\nHost: limit\r\nConnection: close\r\n\r\n")
            .unwrap();
        waiting
            .set_read_timeout(Some(Duration::from_millis(400)))
            .unwrap();
        let mut buffer = [0u8; 512];
        assert!(
            waiting.read(&mut buffer).is_err(),
            "answered beyond the limit"
        );
        drop(holder);
        waiting
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let read = waiting.read(&mut buffer).unwrap();
        assert!(String::from_utf8_lossy(&buffer[..read]).starts_with("HTTP/1.1 200"));
    });
}

#[tokio::test]
async fn faults_that_would_break_http_are_refused_naming_the_field() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    let url = format!("{}/__mock/faults", server.base_url());
    for (fault, field) in [
        (
            json!({"method": "POST", "path": GROPIUS, "status": 100}),
            "status 100",
        ),
        (
            json!({"method": "POST", "path": GROPIUS, "status": 101}),
            "status 101",
        ),
        (
            json!({"method": "POST", "path": GROPIUS, "status": 103}),
            "status 103",
        ),
        (
            json!({"method": "POST", "path": GROPIUS, "status": 204, "body": "hi"}),
            "body: a 204",
        ),
        (
            json!({"method": "POST", "path": GROPIUS, "status": 304, "body": {}}),
            "body: a 304",
        ),
        (
            json!({"method": "POST", "path": GROPIUS, "status": 200, "headers": [{"name": "content-length", "value": "999"}]}),
            "header \"content-length\"",
        ),
        (
            json!({"method": "POST", "path": GROPIUS, "status": 200, "headers": [{"name": "Transfer-Encoding", "value": "chunked"}]}),
            "header \"Transfer-Encoding\"",
        ),
        (
            json!({"method": "POST", "path": GROPIUS, "status": 200, "headers": [{"name": "connection", "value": "upgrade"}]}),
            "header \"connection\"",
        ),
    ] {
        let answer = http.post(&url).json(&fault).send().await.unwrap();
        assert_eq!(answer.status(), 400, "{fault}");
        let body: Value = answer.json().await.unwrap();
        let message = body["message"].as_str().unwrap();
        assert!(message.contains(field), "{fault}: {message}");
    }
    assert!(server.faults().is_empty());
    // A 204 without a body is fine, and goes out without one.
    server
        .add_fault(FaultSpec::new("POST", GROPIUS).status(204).times(1))
        .unwrap();
    let answer = http
        .post(format!("{}{GROPIUS}", server.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 204);
    assert!(
        answer
            .headers()
            .get("content-length")
            .is_none_or(|v| v == "0")
    );
}

#[tokio::test]
async fn repeated_autional_credentials_are_refused_and_gropius_reads_the_first() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    let autional = |extra: &[(&'static str, &'static str)]| {
        let mut request = http
            .post(format!("{}{AUTIONAL}", server.base_url()))
            .header("content-type", "application/json")
            .body(BODY);
        for (name, value) in extra {
            request = request.header(*name, *value);
        }
        request.send()
    };
    let answer = autional(&[
        ("x-api-key", "dev-api-key"),
        ("x-tenant-id", "a"),
        ("x-tenant-id", "b"),
    ])
    .await
    .unwrap();
    assert_eq!(answer.status(), 400);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["code"], 40000003);
    assert!(
        body["message"].as_str().unwrap().contains("more than once"),
        "{body}"
    );

    let answer = autional(&[
        ("x-api-key", "dev-api-key"),
        ("x-api-key", "other"),
        ("x-tenant-id", "a"),
    ])
    .await
    .unwrap();
    assert_eq!(answer.status(), 401);
    assert_eq!(answer.json::<Value>().await.unwrap()["code"], 40100001);

    let gropius = |authorizations: &[&'static str]| {
        let mut request = http
            .post(format!("{}{GROPIUS}", server.base_url()))
            .json(&json!({"name": "c", "redirectUrls": [], "validScopes": []}));
        for value in authorizations {
            request = request.header("authorization", *value);
        }
        request.send()
    };
    // Gropius reads the first Authorization, as Node's HTTP parser does (it drops repeated
    // ones): seen in the real service's answers (openapi/fidelity, exchange #10).
    let twice = gropius(&["Bearer dev-user-token", "Bearer dev-admin-token"])
        .await
        .unwrap();
    assert_eq!(twice.status(), 403, "the first, a non-admin's, decides");
    assert_eq!(server.stats().autional.stored_clients, 0);
    assert_eq!(server.stats().gropius.stored_clients, 0);

    // The scheme word in any case, the token trimmed, as the real guard reads them.
    for header in [
        "bearer dev-admin-token",
        "BEARER dev-admin-token",
        "Bearer  dev-admin-token ",
    ] {
        assert_eq!(gropius(&[header]).await.unwrap().status(), 201, "{header}");
    }
    // HTTP strips the trailing space, so the guard sees `Bearer` alone: not a Bearer header.
    let empty_token = gropius(&["Bearer "]).await.unwrap();
    assert_eq!(empty_token.status(), 401);
    assert_eq!(
        empty_token.json::<Value>().await.unwrap()["message"],
        "Only accepting Bearer authorization"
    );
}

#[tokio::test]
async fn uris_outside_rfc_3986_and_non_loopback_http_are_refused() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    for (uri, rule) in [
        (
            "http://127.0.0.2/cb",
            "http is only allowed with a loopback host",
        ),
        (
            "http://[::2]/cb",
            "http is only allowed with a loopback host",
        ),
        ("https://app.example.com/%zz", "must be an absolute URI"),
        ("https://a.example/cb?x=[1]", "must be an absolute URI"),
    ] {
        let answer = http
            .post(format!("{}{AUTIONAL}", server.base_url()))
            .header("x-api-key", "dev-api-key")
            .header("x-tenant-id", "t")
            .json(&json!({"name": "n", "redirect_uris": [uri]}))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 400, "{uri}");
        let body: Value = answer.json().await.unwrap();
        assert!(
            body["message"].as_str().unwrap().contains(rule),
            "{uri}: {body}"
        );
    }
    for uri in [
        "http://127.0.0.1:8080/cb",
        "http://[::1]/cb",
        "http://LOCALHOST/cb",
    ] {
        let answer = http
            .post(format!("{}{AUTIONAL}", server.base_url()))
            .header("x-api-key", "dev-api-key")
            .header("x-tenant-id", "t")
            .json(&json!({"name": "n", "redirect_uris": [uri]}))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 201, "{uri}");
    }
    let answer = http
        .post(format!("{}{GROPIUS}", server.base_url()))
        .bearer_auth("dev-admin-token")
        .json(&json!({"name": "c", "redirectUrls": ["https://a.example/cb?x=[1]"], "validScopes": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    assert_eq!(
        answer.json::<Value>().await.unwrap()["message"],
        "Invalid redirect url: Invalid URL"
    );
}

#[tokio::test]
async fn a_full_store_drops_its_oldest_client_and_counts_it() {
    let server = MockServer::builder().max_clients(3).start().await;
    let http = reqwest::Client::new();
    let mut ids = Vec::new();
    for i in 0..5 {
        let tenant = if i % 2 == 0 { "even" } else { "odd" };
        let answer: Value = http
            .post(format!("{}{AUTIONAL}", server.base_url()))
            .header("x-api-key", "dev-api-key")
            .header("x-tenant-id", tenant)
            .json(
                &json!({"name": format!("client {i}"), "redirect_uris": ["https://a.example/cb"]}),
            )
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        ids.push(answer["data"]["id"].as_str().unwrap().to_string());
        let created = http
            .post(format!("{}{GROPIUS}", server.base_url()))
            .bearer_auth("dev-admin-token")
            .json(&json!({"name": format!("client {i}"), "redirectUrls": [], "validScopes": []}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
    }
    let stats = server.stats();
    assert_eq!(
        (
            stats.autional.stored_clients,
            stats.autional.dropped_clients
        ),
        (3, 2)
    );
    assert_eq!(
        (stats.gropius.stored_clients, stats.gropius.dropped_clients),
        (3, 2)
    );
    let kept: Vec<String> = ["even", "odd"]
        .iter()
        .flat_map(|tenant| server.autional_clients(tenant))
        .map(|client| client.id)
        .collect();
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(kept.contains(id), i >= 2, "client {i}");
    }
    let names: Vec<String> = server
        .gropius_clients()
        .into_iter()
        .map(|c| c.client.name)
        .collect();
    assert_eq!(names, ["client 2", "client 3", "client 4"]);
    let over_http: Value = http
        .get(format!("{}/__mock/stats", server.base_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(over_http["autional"]["dropped_clients"], 2);
    server.reset(None);
    assert_eq!(server.stats().autional.dropped_clients, 0);
}

#[tokio::test]
async fn a_health_check_ignores_its_query_and_a_bad_journal_number_is_named() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    let health = http
        .get(format!("{}/__mock/health?x=1", server.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    for (query, message) in [
        (
            "limit=-1",
            "query: limit must be a whole number from 0 to 2147483647, not \"-1\"",
        ),
        (
            "limit=x",
            "query: limit must be a whole number from 0 to 2147483647, not \"x\"",
        ),
        (
            "status=teapot",
            "query: status must be a whole number from 0 to 65535, not \"teapot\"",
        ),
    ] {
        let answer = http
            .get(format!("{}/__mock/journal?{query}", server.base_url()))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 400, "{query}");
        assert_eq!(answer.json::<Value>().await.unwrap()["message"], message);
    }
}
