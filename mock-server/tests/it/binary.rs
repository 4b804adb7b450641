//! The `clientreg-mock` binary: help, start-up, a taken address.

use crate::support::BINARY;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn help_explains_each_flag_and_its_environment_variable() {
    let output = Command::new(BINARY).arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for expected in [
        "--listen",
        "CLIENTREG_MOCK_LISTEN",
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
    let port = free_port();
    let mut child = Command::new(BINARY)
        .env("CLIENTREG_MOCK_LISTEN", format!("127.0.0.1:{port}"))
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
    assert!(
        health.ends_with(r#"{"status":"ok","dropped_log_lines":0}"#),
        "{health}"
    );

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
    let port = free_port();
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
    wait_for_health(&reqwest::Client::new(), &base).await;
    {
        let gropius =
            clientreg_sdk::gropius::Client::new(&base, clientreg_mock::DEV_ADMIN_TOKEN).unwrap();
        let created = gropius
            .create_auth_client(
                clientreg_sdk::gropius::types::CreateAuthClientInput::builder()
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

/// A free port on the loopback interface.
fn free_port() -> u16 {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    probe.local_addr().unwrap().port()
}

/// Waits until the binary at `base` answers its health check (at most 5 s).
async fn wait_for_health(client: &reqwest::Client, base: &str) {
    for _ in 0..200 {
        if client
            .get(format!("{base}/__mock/health"))
            .send()
            .await
            .is_ok()
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("the binary did not answer its health check");
}

/// The log is written by a thread of its own; stopping the server writes out every line still
/// queued, so a test reading the log after the server stopped sees every request in it.
#[tokio::test]
async fn every_log_line_is_written_out_when_the_server_stops() {
    let dir = std::env::temp_dir().join(format!("mock-server-log-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log_path = dir.join("mock.log");
    let port = free_port();
    let mut child = KillOnDrop(
        Command::new(BINARY)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .stdout(std::fs::File::create(&log_path).unwrap())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    wait_for_health(&client, &base).await;
    const REQUESTS: usize = 2_000;
    for i in 0..REQUESTS {
        let answer = client
            .get(format!("{base}/__mock/stats?n={i}"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            answer.status(),
            400,
            "an unknown query parameter is refused"
        );
    }
    terminate(&child.0);
    let exit = child.0.wait().unwrap();
    assert!(exit.success(), "{exit}");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.0.stderr.take().unwrap(), &mut stderr).unwrap();

    let log = std::fs::read_to_string(&log_path).unwrap();
    let logged = log
        .lines()
        .filter(|line| line.contains("request method=GET path=/__mock/stats status=400"))
        .count();
    assert_eq!(logged, REQUESTS, "{stderr}");
    assert!(log.trim_end().ends_with("stopped"), "{log}");
    assert!(!stderr.contains("dropped"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// With stdout a pipe that nobody reads, the log's writer blocks once the pipe is full: requests
/// are still answered (with a blocking log they would wait for the pipe forever), the lines that
/// did not fit are dropped, and the health check counts them.
#[tokio::test]
async fn a_stuck_log_drops_lines_instead_of_holding_requests_up() {
    let port = free_port();
    let mut child = KillOnDrop(
        Command::new(BINARY)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .env("CLIENTREG_MOCK_LOG_BUFFER", "16")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    // Held, never read: the pipe fills after about 64 KiB of log.
    let _stdout = child.0.stdout.take().unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .unwrap();
    wait_for_health(&client, &base).await;
    // Each line is over 80 bytes: 3,000 of them are well past the pipe and the queue.
    for _ in 0..3_000 {
        let answer = client
            .get(format!("{base}/__mock/health"))
            .send()
            .await
            .expect("answered although the log cannot be written");
        assert_eq!(answer.status(), 200);
    }
    let health: serde_json::Value = client
        .get(format!("{base}/__mock/health"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let dropped = health["dropped_log_lines"].as_u64().unwrap();
    assert!(dropped > 1_000, "{health}");

    // It still stops on SIGTERM, with the stuck writer left behind, and says what was dropped.
    terminate(&child.0);
    let mut exit = None;
    for _ in 0..200 {
        exit = child.0.try_wait().unwrap();
        if exit.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        exit.is_some_and(|e| e.success()),
        "no clean exit within 10 s: {exit:?}"
    );
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.0.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(stderr.contains("log lines were dropped"), "{stderr}");
}

/// Sends `child` SIGTERM, as a service manager or a CI job stops it.
fn terminate(child: &std::process::Child) {
    let terminated = Command::new("sh")
        .args(["-c", &format!("kill -TERM {}", child.id())])
        .status()
        .unwrap();
    assert!(terminated.success());
}

/// A child process killed when the test ends, passed or not.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
