//! HTTPS: the SDK against `MockServer::builder().https()`, HTTP/2 by ALPN, the edge under
//! hostile handshakes, `verify`, `replay` and the proxy against an https target, and the
//! binary's `--tls` with a made certificate and with one brought.

use crate::support::{BINARY, RECORDING, recorded_deployment};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use clientreg_mock::config::{ServerConfig, Tls};
use clientreg_mock::proxy::{ProxyConfig, ProxyServer};
use clientreg_mock::{MockServer, Profile};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::support::run_binary;

fn trusting(pem: &str) -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).unwrap())
}

fn temp(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!(
        "mock-server-tls-{}-{}-{name}",
        std::process::id(),
        ulid::Ulid::new()
    ))
}

#[tokio::test]
async fn the_sdk_with_rustls_calls_the_mock_over_https() {
    let server = MockServer::builder().https().start().await;
    assert!(server.base_url().starts_with("https://127.0.0.1:"));
    let ca = server
        .ca_certificate()
        .expect("a made certificate has a CA");
    assert_eq!(ca.sha256_fingerprint().len(), 32 * 3 - 1);
    let http = trusting(ca.pem()).build().unwrap();
    let autional = clientreg_sdk::autional::Client::with_http_client(
        &server.base_url(),
        clientreg_mock::DEV_API_KEY,
        http.clone(),
    )
    .unwrap();
    let created = autional
        .create_client(
            "t1",
            clientreg_sdk::autional::types::CreateClientRequest::builder()
                .name("over https")
                .redirect_uris(vec!["https://app.example.com/cb".to_string()]),
        )
        .await
        .unwrap();
    assert_eq!(
        server.autional_clients("t1")[0].client_id,
        created.client_id.unwrap()
    );
    let gropius = clientreg_sdk::gropius::Client::with_http_client(
        &server.base_url(),
        clientreg_mock::DEV_ADMIN_TOKEN,
        http,
    )
    .unwrap();
    let listed = gropius.list_auth_clients().await.unwrap();
    assert!(!listed.is_empty());
    // Not trusted: refused by the client, nothing reaches the mock's services.
    let untrusted = reqwest::Client::new()
        .get(format!("{}/__mock/health", server.base_url()))
        .send()
        .await;
    assert!(untrusted.is_err());
}

#[tokio::test]
async fn http2_is_served_when_offered_and_http1_otherwise() {
    let server = MockServer::builder().https().start().await;
    let pem = server.ca_certificate().unwrap().pem().to_string();
    let url = format!("{}/__mock/health", server.base_url());
    let h2 = trusting(&pem)
        .build()
        .unwrap()
        .get(&url)
        .send()
        .await
        .unwrap();
    assert_eq!(h2.version(), reqwest::Version::HTTP_2);
    assert_eq!(h2.status(), 200);
    let h1 = trusting(&pem)
        .http1_only()
        .build()
        .unwrap()
        .get(&url)
        .send()
        .await
        .unwrap();
    assert_eq!(h1.version(), reqwest::Version::HTTP_11);
    // A fault that drops the connection closes the HTTP/2 connection too.
    server
        .add_fault(
            clientreg_mock::FaultSpec::new("GET", "/auth/api/login/client").drop_connection(),
        )
        .unwrap();
    let dropped = trusting(&pem)
        .build()
        .unwrap()
        .get(format!("{}/auth/api/login/client", server.base_url()))
        .bearer_auth(clientreg_mock::DEV_ADMIN_TOKEN)
        .send()
        .await;
    assert!(dropped.is_err(), "{dropped:?}");
}

/// A TLS 1.0 ClientHello (legacy version, no supported_versions extension), as an old client
/// sends it.
fn tls10_client_hello() -> Vec<u8> {
    let mut hello = vec![0x03, 0x01];
    hello.extend_from_slice(&[7u8; 32]);
    hello.push(0); // no session id
    hello.extend_from_slice(&[0x00, 0x02, 0x00, 0x2f]); // TLS_RSA_WITH_AES_128_CBC_SHA
    hello.extend_from_slice(&[0x01, 0x00]); // null compression
    let mut handshake = vec![0x01, 0x00];
    handshake.extend_from_slice(&(hello.len() as u16).to_be_bytes());
    handshake.extend_from_slice(&hello);
    let mut record = vec![0x16, 0x03, 0x01];
    record.extend_from_slice(&(handshake.len() as u16).to_be_bytes());
    record.extend_from_slice(&handshake);
    record
}

/// Reads until the server closes (or 3 s pass): what it sent.
async fn until_closed(stream: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
    let mut got = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(3), stream.read_to_end(&mut got)).await;
    read.ok().map(|_| got)
}

#[tokio::test]
async fn plain_http_a_stalled_handshake_and_old_versions_end_cleanly() {
    let server = MockServer::builder()
        .https()
        .header_timeout(Duration::from_millis(300))
        .start()
        .await;
    let address = server.address();
    // Plain HTTP to the TLS port: no HTTP answer, the connection closes.
    let mut plain = tokio::net::TcpStream::connect(address).await.unwrap();
    plain
        .write_all(b"GET /__mock/health HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let said = until_closed(&mut plain).await.expect("closed");
    assert!(!said.starts_with(b"HTTP/"), "{said:?}");
    // A handshake that never starts: closed after the header timeout.
    let mut stalled = tokio::net::TcpStream::connect(address).await.unwrap();
    let started = std::time::Instant::now();
    until_closed(&mut stalled)
        .await
        .expect("closed by the server");
    assert!(started.elapsed() < Duration::from_secs(2));
    // Only TLS 1.0 offered: a handshake failure alert, then closed.
    let mut old = tokio::net::TcpStream::connect(address).await.unwrap();
    old.write_all(&tls10_client_hello()).await.unwrap();
    let said = until_closed(&mut old).await.expect("closed");
    assert_eq!(said.first(), Some(&0x15), "an alert record: {said:?}");
    // And the server goes on.
    let pem = server.ca_certificate().unwrap().pem().to_string();
    let health = trusting(&pem)
        .build()
        .unwrap()
        .get(format!("{}/__mock/health", server.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(server.journal(&Default::default()).total, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn verify_replay_and_the_proxy_work_against_an_https_target() {
    let server = MockServer::builder()
        .https()
        .gropius_endpoint(recorded_deployment())
        .profile(Profile::Upstream)
        .start()
        .await;
    let ca_file = temp("ca.pem");
    std::fs::write(&ca_file, server.ca_certificate().unwrap().pem()).unwrap();
    let ca = ca_file.to_str().unwrap().to_string();
    let (status, stdout, stderr) = run_binary(
        [
            "verify",
            "--target",
            &server.base_url(),
            "--target-ca",
            &ca,
            "--api-key",
            "dev-api-key",
            "--tenant",
            "t1",
            "--services",
            "autional",
            "--max-rps",
            "1000",
        ]
        .map(String::from)
        .to_vec(),
    )
    .await;
    assert_eq!(status, 0, "{stdout}{stderr}");
    // Without the CA, the target is not trusted: unreachable, exit status 2.
    let (status, _, stderr) = run_binary(
        ["verify", "--target", &server.base_url(), "--api-key", "k"]
            .map(String::from)
            .to_vec(),
    )
    .await;
    assert_eq!(status, 2, "{stderr}");
    let recording = temp("recording.jsonl");
    std::fs::write(&recording, RECORDING).unwrap();
    let (status, stdout, stderr) = run_binary(
        [
            "replay",
            "--recording",
            recording.to_str().unwrap(),
            "--target",
            &server.base_url(),
            "--target-ca",
            &ca,
        ]
        .map(String::from)
        .to_vec(),
    )
    .await;
    assert_eq!(status, 0, "{stdout}{stderr}");
    // The proxy: https on its listening side, to an https upstream it trusts by --upstream-ca.
    let proxy = ProxyServer::start(
        ProxyConfig {
            upstream_ca: Some(server.ca_certificate().unwrap().pem().as_bytes().to_vec()),
            server: ServerConfig {
                tls: Some(Tls::Generated { names: vec![] }),
                ..ServerConfig::default()
            },
            ..ProxyConfig::new(server.base_url())
        },
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    assert!(proxy.base_url().starts_with("https://"));
    let through = trusting(proxy.ca_certificate().unwrap().pem())
        .build()
        .unwrap()
        .get(format!("{}/auth/api/login/client", proxy.base_url()))
        .bearer_auth(clientreg_mock::DEV_ADMIN_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(through.status(), 200);
    let journaled = proxy.journal(&Default::default());
    assert_eq!(journaled.total, 1);
    assert!(journaled.entries[0].violations.is_empty(), "{journaled:?}");
    // An upstream whose CA is not given is not trusted: 502.
    let untrusting = ProxyServer::start(
        ProxyConfig::new(server.base_url()),
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let refused = reqwest::get(format!("{}/auth/api/login/client", untrusting.base_url()))
        .await
        .unwrap();
    assert_eq!(refused.status(), 502);
    let _ = std::fs::remove_file(&ca_file);
    let _ = std::fs::remove_file(&recording);
}

/// A private CA and a certificate it signs for 127.0.0.1, as PEM: (CA, chain, key).
fn brought_certificate() -> (String, String, String) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&key, &issuer)
        .unwrap();
    (ca.pem(), leaf.pem(), key.serialize_pem())
}

/// Starts the binary with `args`; returns it, its first stdout line's base URL, and the next
/// `banner` lines.
fn start_binary(args: &[&str], banner: usize) -> (std::process::Child, String, Vec<String>) {
    let mut child = Command::new(BINARY)
        .args(args)
        .env_clear()
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("https://"))
        .unwrap_or_else(|| panic!("{first}"))
        .to_string();
    let banner: Vec<String> = lines.by_ref().take(banner).map(|l| l.unwrap()).collect();
    // The rest is drained: a closed pipe would end the server at its next line.
    std::thread::spawn(move || lines.for_each(drop));
    (child, url, banner)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_binary_serves_https_with_a_made_or_a_brought_certificate() {
    let ca_out = temp("ca-out.pem");
    let (mut made, url, banner) = start_binary(
        &[
            "--listen",
            "127.0.0.1:0",
            "--tls",
            "--tls-name",
            "mock.test",
            "--tls-ca-out",
            ca_out.to_str().unwrap(),
        ],
        5,
    );
    let fingerprint = banner
        .iter()
        .find_map(|l| l.trim().strip_prefix("CA SHA-256 fingerprint "))
        .unwrap_or_else(|| panic!("{banner:?}"))
        .to_string();
    let pem = std::fs::read_to_string(&ca_out).unwrap();
    let health = trusting(&pem)
        .build()
        .unwrap()
        .get(format!("{url}/__mock/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let _ = made.kill();
    let _ = made.wait();
    assert_eq!(fingerprint.len(), 95, "{fingerprint}");

    let (ca, chain, key) = brought_certificate();
    let (chain_file, key_file) = (temp("chain.pem"), temp("key.pem"));
    std::fs::write(&chain_file, chain).unwrap();
    std::fs::write(&key_file, key).unwrap();
    let (mut brought, url, _) = start_binary(
        &[
            "--listen",
            "127.0.0.1:0",
            "--tls",
            "--tls-cert",
            chain_file.to_str().unwrap(),
            "--tls-key",
            key_file.to_str().unwrap(),
        ],
        0,
    );
    let health = trusting(&ca)
        .build()
        .unwrap()
        .get(format!("{url}/__mock/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let _ = brought.kill();
    let _ = brought.wait();
    for file in [ca_out, chain_file, key_file] {
        let _ = std::fs::remove_file(file);
    }
}
