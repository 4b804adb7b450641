//! What HTTPS costs: the rejected create (401) under wrk against the mock serving plain HTTP and
//! the mock serving HTTPS (`--tls`, a made certificate, TLS 1.3, HTTP/1.1: wrk offers no ALPN),
//! side by side: keep-alive connections (the TLS record layer) and a new connection per
//! request (`Connection: close`: a full handshake each, so requests per second are handshakes
//! per second).

use std::fmt::Write as _;

use anyhow::{Context, Result, bail};

use super::*;

const PLAIN_PORT: u16 = 19106;
const TLS_PORT: u16 = 19107;

pub(crate) fn run(paths: &Paths, options: &Options, report: &mut String) -> Result<()> {
    let case = cases()
        .into_iter()
        .find(|c| c.name.starts_with("autional rejected"))
        .context("the rejected create case")?;
    let keep_alive = wrk_script(paths, &case)?;
    let mut closing_case = case;
    closing_case.name = "autional rejected close";
    closing_case.headers.push(("Connection", "close"));
    let closing = wrk_script(paths, &closing_case)?;
    let rounds = options.rounds.clamp(1, 4);
    let mut rows: Vec<(&str, Vec<f64>, Vec<f64>)> = vec![
        ("keep-alive, 16 connections", vec![], vec![]),
        ("a connection per request (handshakes/s)", vec![], vec![]),
    ];
    for round in 1..=rounds {
        eprintln!("   round {round}/{rounds}");
        let plain = spawn(paths, PLAIN_PORT, &[])?;
        let tls = spawn(paths, TLS_PORT, &["--tls"])?;
        for (row, script) in rows.iter_mut().zip([&keep_alive, &closing]) {
            let connections = if script == &closing {
                4
            } else {
                options.connections
            };
            let http = requests_per_second(
                &format!("http://127.0.0.1:{PLAIN_PORT}"),
                &case_path(),
                script,
                connections,
            )?;
            let https = requests_per_second(
                &format!("https://127.0.0.1:{TLS_PORT}"),
                &case_path(),
                script,
                connections,
            )?;
            row.1.push(http);
            row.2.push(https);
        }
        stop(plain);
        stop(tls);
    }
    writeln!(report, "## HTTPS\n")?;
    writeln!(
        report,
        "The rejected create (401) under wrk, 2 s, the mock with `--log-level warn`; medians over {rounds} rounds.\n"
    )?;
    writeln!(report, "| connections | http req/s | https req/s | ratio |")?;
    writeln!(report, "|---|---:|---:|---:|")?;
    for (label, http, https) in rows {
        let ratios: Vec<f64> = http.iter().zip(&https).map(|(h, s)| s / h).collect();
        writeln!(
            report,
            "| {label} | {:.0} | {:.0} | {:.2} |",
            median(http),
            median(https),
            median(ratios)
        )?;
    }
    writeln!(report)?;
    Ok(())
}

fn case_path() -> String {
    "/internal/oauth/clients".to_string()
}

/// The release mock on `port`, pinned to core 0, its log quiet (the throughput part measures
/// the log; this one, TLS).
fn spawn(paths: &Paths, port: u16, extra: &[&str]) -> Result<Child> {
    if TcpStream::connect(("127.0.0.1", port)).is_ok() {
        bail!("something already listens on 127.0.0.1:{port}");
    }
    let child = Command::new("taskset")
        .args(["-c", "0"])
        .arg(&paths.mock)
        .args([
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--log-level",
            "warn",
        ])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    wait_until_listening(port)?;
    Ok(child)
}

/// wrk (pinned to core 1) against `base` for 2 s: its requests per second; every answer must
/// be the 401 (wrk counts the others as non-2xx, so all of them here).
fn requests_per_second(base: &str, path: &str, script: &Path, connections: usize) -> Result<f64> {
    let output = Command::new("taskset")
        .args([
            "-c",
            "1",
            "wrk",
            "-t1",
            &format!("-c{connections}"),
            "-d2s",
            "-s",
        ])
        .arg(script)
        .arg(format!("{base}{path}"))
        .output()?;
    let text = String::from_utf8(output.stdout)?;
    if !output.status.success() {
        bail!(
            "wrk against {base} failed: {text}{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    text.lines()
        .find_map(|l| l.trim().strip_prefix("Requests/sec:"))
        .and_then(|n| n.trim().parse().ok())
        .with_context(|| format!("no Requests/sec in wrk's output: {text}"))
}
