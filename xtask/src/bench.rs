//! `cargo xtask bench`: the mock server against the limit of its own HTTP stack (a baseline
//! answering a fixed body) and against wiremock-rs, in one run, plus memory per stored client,
//! the journal's flat memory, start-up time, instructions per request and the SDK's overhead.
//! Writes `target/bench/report.md` (what BENCHMARKS.md quotes).

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// What to run and for how long.
#[derive(Debug, Clone)]
pub struct Options {
    /// Rounds of every case on every server (medians are reported).
    pub rounds: usize,
    /// Seconds of load per measurement (after a one-second warm-up).
    pub seconds: u64,
    /// Keep-alive connections of the load generator.
    pub connections: usize,
    /// Clients created for the memory measurement.
    pub clients: usize,
    /// Which parts to run: `throughput`, `startup`, `memory`, `instructions`, `sdk`.
    pub parts: Vec<String>,
}

/// Every part of the benchmark, in the order they run.
pub const PARTS: [&str; 5] = ["throughput", "startup", "memory", "instructions", "sdk"];

impl Default for Options {
    fn default() -> Self {
        Self {
            rounds: 3,
            seconds: 5,
            connections: 16,
            clients: 1_000_000,
            parts: PARTS.iter().map(|p| p.to_string()).collect(),
        }
    }
}

/// One kind of request.
struct Case {
    name: &'static str,
    path: &'static str,
    headers: Vec<(&'static str, &'static str)>,
    body: String,
}

fn cases() -> Vec<Case> {
    // Sizes as in the spec examples.
    let autional_body = r#"{"name":"My Application","redirect_uris":["https://app.example.com/callback"],"grant_types":["authorization_code","refresh_token"],"scopes":["openid","profile","email"],"is_confidential":true,"client_auth_methods":["client_secret_basic"],"logo_url":"https://app.example.com/logo.png","privacy_policy":"https://app.example.com/privacy","terms_url":"https://app.example.com/terms","website":"https://app.example.com"}"#;
    let gropius_body = r#"{"name":"My Client","redirectUrls":["https://example.com/oauth/callback?query=value"],"isValid":true,"requiresSecret":false,"validScopes":["backend"]}"#;
    vec![
        Case {
            name: "autional create (201)",
            path: "/internal/oauth/clients",
            headers: vec![
                ("X-API-Key", "dev-api-key"),
                ("X-Tenant-ID", "tenant-bench"),
                ("Content-Type", "application/json"),
            ],
            body: autional_body.to_string(),
        },
        Case {
            name: "gropius create (201)",
            path: "/auth/api/login/client",
            headers: vec![
                ("Authorization", "Bearer dev-admin-token"),
                ("Content-Type", "application/json"),
            ],
            body: gropius_body.to_string(),
        },
        Case {
            name: "autional rejected (401)",
            path: "/internal/oauth/clients",
            headers: vec![
                ("X-API-Key", "wrong-key"),
                ("X-Tenant-ID", "tenant-bench"),
                ("Content-Type", "application/json"),
            ],
            body: autional_body.to_string(),
        },
    ]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Server {
    Baseline,
    Wiremock,
    Mock,
}

impl Server {
    const ALL: [Server; 3] = [Server::Baseline, Server::Wiremock, Server::Mock];

    fn label(self) -> &'static str {
        match self {
            Server::Baseline => "baseline (same stack, fixed body)",
            Server::Wiremock => "wiremock-rs (fixed body)",
            Server::Mock => "mock-server (contract, journal on)",
        }
    }

    fn port(self) -> u16 {
        match self {
            Server::Baseline => 19101,
            Server::Wiremock => 19102,
            Server::Mock => 19103,
        }
    }
}

/// The row of the mock measured again after `POST /__mock/reset`.
const REUSED_LABEL: &str = "mock-server, after /__mock/reset (memory reused)";

struct Measurement {
    requests_per_second: f64,
    p50_us: f64,
    p99_us: f64,
    rss_kib: u64,
}

struct Paths {
    mock: PathBuf,
    servers: PathBuf,
    work: PathBuf,
}

/// Runs the whole benchmark and prints the report.
pub fn run(root: &Path, options: &Options) -> Result<()> {
    ensure_tools()?;
    let status = Command::new("cargo")
        .args([
            "build",
            "--release",
            "--locked",
            "-p",
            "mock-server",
            "--bin",
            "mock-server",
            "--example",
            "bench_servers",
        ])
        .current_dir(root)
        .status()?;
    if !status.success() {
        bail!("the release build failed");
    }
    let paths = Paths {
        mock: root.join("target/release/mock-server"),
        servers: root.join("target/release/examples/bench_servers"),
        work: root.join("target/bench"),
    };
    std::fs::create_dir_all(&paths.work)?;
    let mut report = String::new();
    writeln!(report, "# Benchmark run\n")?;
    writeln!(report, "{}\n", machine())?;
    writeln!(
        report,
        "Load: `wrk -t1 -c{} -d{}s --latency` pinned to core 1 (`taskset -c 1`), each server pinned to core 0, \
         1 s warm-up, {} rounds with the servers in turn; medians. After each server exits, a pause of \
         10 s per GiB it held (at least 1 s) before the next starts.\n",
        options.connections, options.seconds, options.rounds
    )?;

    let wanted = |part: &str| options.parts.iter().any(|p| p == part);
    if wanted("throughput") {
        eprintln!("== throughput and latency");
        throughput(&paths, options, &mut report)?;
    }
    if wanted("startup") {
        eprintln!("== start-up");
        startup(&paths, &mut report)?;
    }
    if wanted("memory") {
        eprintln!("== memory ({} clients)", options.clients);
        memory(&paths, options, &mut report)?;
    }
    if wanted("instructions") {
        eprintln!("== instructions per request (callgrind)");
        instructions(&paths, &mut report)?;
    }
    if wanted("sdk") {
        eprintln!("== SDK overhead (criterion, callgrind)");
        sdk_overhead(root, options.rounds, &mut report)?;
    }
    let out = paths.work.join("report.md");
    std::fs::write(&out, &report)?;
    println!("\n{report}\n(written to {})", out.display());
    Ok(())
}

fn ensure_tools() -> Result<()> {
    for (tool, package) in [
        ("wrk", "wrk"),
        ("taskset", "util-linux"),
        ("valgrind", "valgrind"),
    ] {
        if Command::new("which")
            .arg(tool)
            .stdout(Stdio::null())
            .status()?
            .success()
        {
            continue;
        }
        eprintln!("{tool} is missing: installing the Debian package {package}");
        let installed = Command::new("apt-get")
            .args(["install", "-y", "-q", package])
            .status();
        let installed = match installed {
            Ok(s) if s.success() => true,
            _ => Command::new("sh")
                .args([
                    "-c",
                    &format!("apt-get update -q && apt-get install -y -q {package}"),
                ])
                .status()
                .is_ok_and(|s| s.success()),
        };
        if !installed {
            bail!(
                "{tool} is needed: install it with `apt-get install {package}` (as root), then run again"
            );
        }
    }
    Ok(())
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("Machine: {cores} cores ({cpu}), Linux.")
}

fn start(paths: &Paths, server: Server, answer: Option<(u16, &Path)>) -> Result<Child> {
    let listen = format!("127.0.0.1:{}", server.port());
    if TcpStream::connect(("127.0.0.1", server.port())).is_ok() {
        bail!("something already listens on {listen}: stop it, or the figures would be its");
    }
    let mut command = Command::new("taskset");
    command.args(["-c", "0"]);
    match server {
        Server::Mock => {
            command.arg(&paths.mock).args(["--listen", &listen]);
        }
        Server::Baseline | Server::Wiremock => {
            let (status, body) = answer.expect("a fixed answer");
            let kind = if server == Server::Baseline {
                "baseline"
            } else {
                "wiremock"
            };
            command
                .arg(&paths.servers)
                .args([
                    kind,
                    "--listen",
                    &listen,
                    "--status",
                    &status.to_string(),
                    "--body-file",
                ])
                .arg(body);
        }
    }
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    wait_until_listening(server.port())?;
    Ok(child)
}

fn wait_until_listening(port: u16) -> Result<Duration> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(started.elapsed());
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    bail!("nothing listens on port {port}")
}

/// Waits after a server that held `rss_kib` has exited: on this VM, memory given back to the
/// system disturbs whatever runs next for seconds (a p99 of 28 ms for the no-work baseline right
/// after wiremock-rs gave back 2.8 GiB, 0.17 ms twenty seconds later), so the next server would
/// be measured in worse conditions than the one before it.
fn settle(rss_kib: u64) {
    let seconds = (rss_kib as f64 / (1024.0 * 1024.0) * 10.0).max(1.0);
    std::thread::sleep(Duration::from_secs_f64(seconds));
}

fn stop(mut child: Child) {
    let _ = Command::new("kill").arg(child.id().to_string()).status();
    let _ = child.wait();
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// One HTTP/1.1 request on a fresh connection; returns the status and the body.
fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes())?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    let status = answer.split_whitespace().nth(1).unwrap_or("0").parse()?;
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Ok((status, body))
}

fn wrk_script(paths: &Paths, case: &Case) -> Result<PathBuf> {
    let mut script = format!("wrk.method = \"POST\"\nwrk.body = [==[{}]==]\n", case.body);
    for (name, value) in &case.headers {
        script.push_str(&format!("wrk.headers[\"{name}\"] = \"{value}\"\n"));
    }
    let path = paths.work.join(format!(
        "{}.lua",
        case.name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-")
            .replace(['(', ')'], "")
    ));
    std::fs::write(&path, script)?;
    Ok(path)
}

fn wrk(port: u16, path: &str, script: &Path, connections: usize, seconds: u64) -> Result<String> {
    let output = Command::new("taskset")
        .args([
            "-c",
            "1",
            "wrk",
            "-t1",
            &format!("-c{connections}"),
            &format!("-d{seconds}s"),
            "--latency",
            "-s",
        ])
        .arg(script)
        .arg(format!("http://127.0.0.1:{port}{path}"))
        .output()?;
    if !output.status.success() {
        bail!("wrk failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(String::from_utf8(output.stdout)?)
}

fn parse_duration_us(text: &str) -> Option<f64> {
    let text = text.trim();
    let (number, factor) = if let Some(n) = text.strip_suffix("us") {
        (n, 1.0)
    } else if let Some(n) = text.strip_suffix("ms") {
        (n, 1000.0)
    } else if let Some(n) = text.strip_suffix('s') {
        (n, 1_000_000.0)
    } else {
        return None;
    };
    number.trim().parse::<f64>().ok().map(|n| n * factor)
}

fn parse_wrk(output: &str) -> Result<(f64, f64, f64)> {
    let find = |prefix: &str| {
        output
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(prefix))
            .map(|l| l[prefix.len()..].trim().to_string())
    };
    let rps: f64 = find("Requests/sec:")
        .context("wrk printed no Requests/sec")?
        .parse()?;
    let p50 = find("50%")
        .and_then(|v| parse_duration_us(&v))
        .context("no p50")?;
    let p99 = find("99%")
        .and_then(|v| parse_duration_us(&v))
        .context("no p99")?;
    if output.contains("Socket errors") {
        eprintln!("warning: wrk saw socket errors:\n{output}");
    }
    Ok((rps, p50, p99))
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

fn throughput(paths: &Paths, options: &Options, report: &mut String) -> Result<()> {
    let cases = cases();
    // The fixed answers the peers serve: the mock's own answer to each case.
    let mut answers = Vec::new();
    let mock = start(paths, Server::Mock, None)?;
    for case in &cases {
        let (status, body) = http(
            Server::Mock.port(),
            "POST",
            case.path,
            &case.headers,
            &case.body,
        )?;
        let file = paths.work.join(format!("answer-{}.json", answers.len()));
        std::fs::write(&file, &body)?;
        answers.push((status, file));
    }
    stop(mock);

    let mut results: Vec<Vec<Vec<Measurement>>> = cases
        .iter()
        .map(|_| Server::ALL.iter().map(|_| Vec::new()).collect())
        .collect();
    // The mock again right after `POST /__mock/reset`, for the cases that store clients: the
    // same load on memory the process has already touched (see "p99" in BENCHMARKS.md).
    let mut reused: Vec<Vec<Measurement>> = cases.iter().map(|_| Vec::new()).collect();
    for round in 1..=options.rounds {
        for (c, case) in cases.iter().enumerate() {
            let script = wrk_script(paths, case)?;
            for (s, server) in Server::ALL.into_iter().enumerate() {
                let (status, file) = &answers[c];
                let child = start(paths, server, Some((*status, file)))?;
                wrk(server.port(), case.path, &script, options.connections, 1)?;
                let measure = || -> Result<(f64, f64, f64)> {
                    parse_wrk(&wrk(
                        server.port(),
                        case.path,
                        &script,
                        options.connections,
                        options.seconds,
                    )?)
                };
                let (rps, p50, p99) = measure()?;
                let rss = rss_kib(child.id());
                if rss == 0 {
                    bail!("{} exited during the run", server.label());
                }
                eprintln!(
                    "round {round} {:<26} {:<36} {rps:>9.0} req/s  p50 {p50:>6.0}us  p99 {p99:>6.0}us  rss {rss} KiB",
                    case.name,
                    server.label()
                );
                results[c][s].push(Measurement {
                    requests_per_second: rps,
                    p50_us: p50,
                    p99_us: p99,
                    rss_kib: rss,
                });
                if server == Server::Mock && *status == 201 {
                    let (reset, _) = http(server.port(), "POST", "/__mock/reset", &[], "")?;
                    if reset != 204 {
                        bail!("POST /__mock/reset answered {reset}");
                    }
                    let (rps, p50, p99) = measure()?;
                    eprintln!(
                        "round {round} {:<26} {:<36} {rps:>9.0} req/s  p50 {p50:>6.0}us  p99 {p99:>6.0}us",
                        case.name, REUSED_LABEL
                    );
                    reused[c].push(Measurement {
                        requests_per_second: rps,
                        p50_us: p50,
                        p99_us: p99,
                        rss_kib: rss_kib(child.id()),
                    });
                }
                let held = rss_kib(child.id()).max(rss);
                stop(child);
                settle(held);
            }
        }
    }

    writeln!(report, "## Throughput and latency\n")?;
    writeln!(
        report,
        "| case | server | req/s | p50 | p99 | RSS after | mock ÷ baseline | mock ÷ wiremock-rs |"
    )?;
    writeln!(report, "|---|---|---:|---:|---:|---:|---:|---:|")?;
    for (c, case) in cases.iter().enumerate() {
        let rps: Vec<f64> = (0..3)
            .map(|s| {
                median(
                    results[c][s]
                        .iter()
                        .map(|m| m.requests_per_second)
                        .collect(),
                )
            })
            .collect();
        for (s, server) in Server::ALL.into_iter().enumerate() {
            let m = &results[c][s];
            let p50 = median(m.iter().map(|m| m.p50_us).collect());
            let p99 = median(m.iter().map(|m| m.p99_us).collect());
            let rss = median(m.iter().map(|m| m.rss_kib as f64).collect());
            let ratios = if server == Server::Mock {
                format!("{:.2} | {:.2}", rps[2] / rps[0], rps[2] / rps[1])
            } else {
                " | ".to_string()
            };
            writeln!(
                report,
                "| {} | {} | {:.0} | {:.0} µs | {:.0} µs | {:.1} MiB | {ratios} |",
                case.name,
                server.label(),
                rps[s],
                p50,
                p99,
                rss / 1024.0
            )?;
        }
        let m = &reused[c];
        if !m.is_empty() {
            let reused_rps = median(m.iter().map(|m| m.requests_per_second).collect());
            writeln!(
                report,
                "| {} | {REUSED_LABEL} | {reused_rps:.0} | {:.0} µs | {:.0} µs | {:.1} MiB | {:.2} | {:.2} |",
                case.name,
                median(m.iter().map(|m| m.p50_us).collect()),
                median(m.iter().map(|m| m.p99_us).collect()),
                median(m.iter().map(|m| m.rss_kib as f64).collect()) / 1024.0,
                reused_rps / rps[0],
                reused_rps / rps[1],
            )?;
        }
    }
    writeln!(
        report,
        "\nEvery round's figures went to standard error during the run.\n"
    )?;
    Ok(())
}

fn startup(paths: &Paths, report: &mut String) -> Result<()> {
    let mut micros = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        let mut child = Command::new(&paths.mock)
            .args(["--listen", "127.0.0.1:19104"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        loop {
            if let Ok((200, _)) = http(19104, "GET", "/__mock/health", &[], "") {
                break;
            }
            if started.elapsed() > Duration::from_secs(10) {
                bail!("the mock server did not become healthy");
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        micros.push(started.elapsed().as_micros() as f64);
        let _ = child.kill();
        let _ = child.wait();
    }
    let embedded = Command::new(&paths.servers)
        .args(["startup-embedded", "--runs", "200"])
        .output()?;
    writeln!(report, "## Start-up\n")?;
    writeln!(
        report,
        "- process: from spawn to the first `200` from `GET /__mock/health`: median {:.1} ms, max {:.1} ms over 20 runs",
        median(micros.clone()) / 1000.0,
        micros.iter().cloned().fold(0.0, f64::max) / 1000.0
    )?;
    writeln!(
        report,
        "- {}\n",
        String::from_utf8_lossy(&embedded.stdout).trim()
    )?;
    Ok(())
}

fn drive(
    paths: &Paths,
    port: u16,
    case: &Case,
    requests: usize,
    connections: usize,
) -> Result<String> {
    let body = paths.work.join("drive-body.json");
    std::fs::write(&body, &case.body)?;
    let mut command = Command::new("taskset");
    command
        .args(["-c", "1"])
        .arg(&paths.servers)
        .args([
            "drive",
            "--url",
            &format!("http://127.0.0.1:{port}{}", case.path),
        ])
        .args([
            "--requests",
            &requests.to_string(),
            "--connections",
            &connections.to_string(),
            "--body-file",
        ])
        .arg(&body);
    for (name, value) in &case.headers {
        command.args(["--header", &format!("{name}:{value}")]);
    }
    let output = command.output()?;
    if !output.status.success() {
        bail!("drive failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(String::from_utf8(output.stdout)?.trim().to_string())
}

fn memory(paths: &Paths, options: &Options, report: &mut String) -> Result<()> {
    let cases = cases();
    let (create, rejected) = (&cases[0], &cases[2]);
    let child = start(paths, Server::Mock, None)?;
    let pid = child.id();
    let idle = rss_kib(pid);
    let created = drive(
        paths,
        Server::Mock.port(),
        create,
        options.clients,
        options.connections,
    )?;
    let after_clients = rss_kib(pid);
    let journal = drive(
        paths,
        Server::Mock.port(),
        rejected,
        options.clients,
        options.connections,
    )?;
    let after_journal = rss_kib(pid);
    stop(child);
    settle(after_journal);
    let per_client = (after_clients.saturating_sub(idle) * 1024) as f64 / options.clients as f64;
    writeln!(report, "## Memory\n")?;
    writeln!(
        report,
        "Resident memory of the mock-server process (`VmRSS`), default settings (journal of 1,000 entries):\n"
    )?;
    writeln!(report, "| moment | RSS |")?;
    writeln!(report, "|---|---:|")?;
    writeln!(
        report,
        "| started, idle | {:.1} MiB |",
        idle as f64 / 1024.0
    )?;
    writeln!(
        report,
        "| after {} typical creates (`{created}`) | {:.1} MiB |",
        options.clients,
        after_clients as f64 / 1024.0
    )?;
    writeln!(
        report,
        "| after {} more requests, rejected (journal only; `{journal}`) | {:.1} MiB |",
        options.clients,
        after_journal as f64 / 1024.0
    )?;
    writeln!(
        report,
        "\nPer stored client: {per_client:.0} bytes. Growth over the rejected requests: {:.1} MiB.\n",
        (after_journal as f64 - after_clients as f64) / 1024.0
    )?;
    Ok(())
}

/// Instructions the server executes per request, by difference between two counts under
/// callgrind (start-up and shutdown cancel out).
fn instructions(paths: &Paths, report: &mut String) -> Result<()> {
    let case = &cases()[0];
    let answer = paths.work.join("answer-0.json");
    writeln!(report, "## Instructions per request (callgrind)\n")?;
    writeln!(
        report,
        "`valgrind --tool=callgrind`, one connection, {} case; (I(3000 requests) − I(1000 requests)) / 2000:\n",
        case.name
    )?;
    let mut per_request = Vec::new();
    for server in [Server::Baseline, Server::Mock] {
        let mut totals = Vec::new();
        for requests in [1000usize, 3000] {
            let out = paths
                .work
                .join(format!("callgrind-{}-{requests}.out", server.port()));
            let listen = format!("127.0.0.1:{}", server.port());
            let mut command = Command::new("valgrind");
            command
                .arg("--tool=callgrind")
                .arg(format!("--callgrind-out-file={}", out.display()));
            match server {
                Server::Mock => {
                    command.arg(&paths.mock).args(["--listen", &listen]);
                }
                _ => {
                    command
                        .arg(&paths.servers)
                        .args([
                            "baseline",
                            "--listen",
                            &listen,
                            "--status",
                            "201",
                            "--body-file",
                        ])
                        .arg(&answer);
                }
            }
            let log = paths
                .work
                .join(format!("callgrind-{}-{requests}.log", server.port()));
            let child = command
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(&log)?)
                .spawn()?;
            wait_until_listening(server.port()).with_context(|| {
                format!("{} under valgrind (see {})", server.label(), log.display())
            })?;
            drive(paths, server.port(), case, requests, 1)?;
            // SIGTERM: both shut down gracefully, and callgrind writes its counts on exit.
            stop(child);
            totals.push(callgrind_total(&out)?);
        }
        let value = (totals[1] - totals[0]) / 2000.0;
        per_request.push(value);
        writeln!(
            report,
            "- {}: {:.0} instructions per request",
            server.label(),
            value
        )?;
    }
    writeln!(
        report,
        "- ratio mock ÷ baseline: {:.2}\n",
        per_request[1] / per_request[0]
    )?;
    Ok(())
}

fn sdk_overhead(root: &Path, rounds: usize, report: &mut String) -> Result<()> {
    // Wall time: criterion, run `rounds` times, the overhead of each run and their median.
    let mut overheads = Vec::new();
    let mut runs = Vec::new();
    for _ in 0..rounds {
        let status = Command::new("cargo")
            .args([
                "bench",
                "--locked",
                "-p",
                "tests",
                "--bench",
                "sdk_overhead",
                "--",
                "--noplot",
            ])
            .current_dir(root)
            .status()?;
        if !status.success() {
            bail!("the SDK overhead benchmark failed");
        }
        let estimate = |name: &str| -> Result<f64> {
            let path = root.join(format!(
                "target/criterion/create_client/{name}/new/estimates.json"
            ));
            let json: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(&path).with_context(|| path.display().to_string())?,
            )?;
            json.pointer("/median/point_estimate")
                .and_then(serde_json::Value::as_f64)
                .context("no median")
        };
        let (sdk, raw) = (estimate("sdk")?, estimate("raw_reqwest")?);
        overheads.push(sdk / raw - 1.0);
        runs.push((raw, sdk));
    }

    // Wall time, interleaved: both ways in alternation, 2,000 calls each per round, so that the
    // machine's drift between two criterion runs does not land on one side.
    let executable = bench_executable(root)?;
    let output = Command::new(&executable)
        .env(
            "SDK_OVERHEAD_INTERLEAVED",
            format!("{INTERLEAVED_ROUNDS}:2000"),
        )
        .stderr(Stdio::inherit())
        .output()?;
    if !output.status.success() {
        bail!("the interleaved SDK overhead run failed");
    }
    let mut ratios: Vec<f64> = String::from_utf8(output.stdout)?
        .lines()
        .filter_map(|line| line.rsplit_once("ratio ")?.1.trim().parse().ok())
        .collect();
    if ratios.len() != INTERLEAVED_ROUNDS {
        bail!("the interleaved run printed {} rounds", ratios.len());
    }
    ratios.sort_by(|a, b| a.total_cmp(b));
    let quartile = |q: usize| ratios[(ratios.len() - 1) * q / 4] - 1.0;

    // Instructions: the same calls, counted by callgrind (I(3000 calls) − I(1000 calls)) / 2000.
    let mut per_call = Vec::new();
    for way in ["raw", "sdk"] {
        let mut totals = Vec::new();
        for calls in [1000, 3000] {
            let out = root.join(format!("target/bench/callgrind-sdk-{way}-{calls}.out"));
            let status = Command::new("valgrind")
                .arg("--tool=callgrind")
                .arg(format!("--callgrind-out-file={}", out.display()))
                .arg(&executable)
                .env("SDK_OVERHEAD_CALLS", format!("{way}:{calls}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()?;
            if !status.success() {
                bail!("{} under valgrind failed", executable.display());
            }
            totals.push(callgrind_total(&out)?);
        }
        per_call.push((totals[1] - totals[0]) / 2000.0);
    }

    writeln!(
        report,
        "## SDK overhead
"
    )?;
    writeln!(
        report,
        "One Autional create against an in-process fixed-answer server; the hand-built reqwest \
         request is checked to be byte-identical to the SDK's (headers and body) before anything \
         is measured.\n"
    )?;
    writeln!(
        report,
        "Wall time, interleaved ({INTERLEAVED_ROUNDS} rounds of 2,000 raw and 2,000 SDK calls, \
         alternating which goes first): overhead median {:+.1}%, quartiles {:+.1}% to {:+.1}%.\n",
        quartile(2) * 100.0,
        quartile(1) * 100.0,
        quartile(3) * 100.0
    )?;
    writeln!(
        report,
        "Wall time, criterion (median per call), {rounds} runs of both one after the other:\n"
    )?;
    for (i, (raw, sdk)) in runs.iter().enumerate() {
        writeln!(
            report,
            "- run {}: raw reqwest {:.1} µs, SDK {:.1} µs: {:+.1}%",
            i + 1,
            raw / 1000.0,
            sdk / 1000.0,
            (sdk / raw - 1.0) * 100.0
        )?;
    }
    writeln!(
        report,
        "- median overhead: {:+.1}%\n",
        median(overheads) * 100.0
    )?;
    writeln!(
        report,
        "Instructions per call (callgrind, client and server together): raw reqwest {:.0}, SDK {:.0}: {:+.1}%\n",
        per_call[0],
        per_call[1],
        (per_call[1] / per_call[0] - 1.0) * 100.0
    )?;
    Ok(())
}

/// Rounds of the interleaved SDK overhead measurement.
const INTERLEAVED_ROUNDS: usize = 30;

/// The path of the `sdk_overhead` bench executable (built if needed).
fn bench_executable(root: &Path) -> Result<PathBuf> {
    let output = Command::new("cargo")
        .args([
            "bench",
            "--locked",
            "--no-run",
            "-p",
            "tests",
            "--bench",
            "sdk_overhead",
            "--message-format=json",
        ])
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()?;
    if !output.status.success() {
        bail!("building the sdk_overhead bench failed");
    }
    String::from_utf8(output.stdout)?
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["target"]["name"] == "sdk_overhead")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .context("cargo named no sdk_overhead executable")
}

/// The total instruction count callgrind wrote.
fn callgrind_total(out: &Path) -> Result<f64> {
    let text = std::fs::read_to_string(out)
        .with_context(|| format!("callgrind wrote no {}", out.display()))?;
    text.lines()
        .find_map(|l| {
            l.strip_prefix("summary:")
                .or_else(|| l.strip_prefix("totals:"))
        })
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .context("no callgrind total")
}
