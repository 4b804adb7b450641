//! The `mock-server` binary: help, start-up, a taken address.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const BINARY: &str = env!("CARGO_BIN_EXE_mock-server");

#[test]
fn help_explains_each_flag_and_its_environment_variable() {
    let output = Command::new(BINARY).arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for expected in [
        "--listen",
        "MOCK_SERVER_LISTEN",
        "--api-key",
        "--admin-token",
        "--user-token",
        "--user",
        "--seed",
        "--fixed-time",
        "--body-limit",
        "--profile",
        "upstream",
        "--log-level",
    ] {
        assert!(
            help.contains(expected),
            "--help does not mention {expected}:\n{help}"
        );
    }
    assert!(!help.contains("dev-api-key"), "--help shows a credential");
}

#[test]
fn a_taken_address_is_a_clear_error_and_a_failed_exit() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let output = Command::new(BINARY)
        .args(["--listen", &address])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(&format!("cannot listen on {address}")),
        "{stderr}"
    );
}

#[test]
fn it_starts_prints_the_development_credentials_and_answers() {
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let mut child = Command::new(BINARY)
        .env("MOCK_SERVER_LISTEN", format!("127.0.0.1:{port}"))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut banner = String::new();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    for _ in 0..4 {
        stdout.read_line(&mut banner).unwrap();
    }
    let health = std::net::TcpStream::connect(("127.0.0.1", port)).map(|mut stream| {
        use std::io::{Read, Write};
        stream
            .write_all(b"GET /__mock/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    });
    let mut log_line = String::new();
    stdout.read_line(&mut log_line).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        banner.contains(&format!("http://127.0.0.1:{port}")),
        "{banner}"
    );
    for credential in [
        "dev-api-key",
        "dev-admin-token",
        "dev-user-token",
        "dev-user",
    ] {
        assert!(
            banner.contains(credential),
            "{credential} missing from:\n{banner}"
        );
    }
    let health = health.unwrap();
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(health.ends_with(r#"{"status":"ok"}"#), "{health}");

    // One line per request: RFC 3339 UTC time with microseconds, then what was asked and answered.
    let (time, rest) = log_line.split_once(' ').unwrap();
    assert_eq!(
        time.len(),
        "2026-11-23T11:30:22.123456Z".len(),
        "{log_line}"
    );
    let logged_at = chrono::DateTime::parse_from_rfc3339(time).unwrap();
    assert!(
        (chrono::Utc::now() - logged_at.to_utc())
            .num_seconds()
            .abs()
            < 60
    );
    assert!(
        rest.trim_start()
            .starts_with("INFO request method=GET path=/__mock/health status=200 latency_us="),
        "{log_line}"
    );
}

/// The Gropius lifecycle through the SDK against the binary, as another process runs it.
#[tokio::test]
async fn the_gropius_lifecycle_works_against_the_binary() {
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let _child = KillOnDrop(
        Command::new(BINARY)
            .args([
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--log-level",
                "warn",
            ])
            .stdout(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let base = format!("http://127.0.0.1:{port}");
    let mut ready = false;
    for _ in 0..100 {
        if reqwest::get(format!("{base}/__mock/health")).await.is_ok() {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(ready, "the binary did not answer its health check");
    {
        let gropius = sdk::gropius::Client::new(&base, mock_server::DEV_ADMIN_TOKEN).unwrap();
        let created = gropius
            .create_auth_client(
                sdk::gropius::types::CreateAuthClientInput::builder()
                    .name("from the binary")
                    .redirect_urls(vec![])
                    .valid_scopes(vec![]),
            )
            .await
            .unwrap();
        let first = gropius.create_client_secret(&created.id).await.unwrap();
        let second = gropius.create_client_secret(&created.id).await.unwrap();
        gropius
            .delete_client_secret(&created.id, &first.fingerprint)
            .await
            .unwrap();
        let left = gropius.list_client_secrets(&created.id).await.unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].fingerprint, second.fingerprint);
        gropius.delete_auth_client(&created.id).await.unwrap();
        assert_eq!(gropius.list_auth_clients().await.unwrap().len(), 2);
    }
}

/// A child process killed when the test ends, passed or not.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
