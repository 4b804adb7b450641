//! `cargo xtask bench`: the mock server against the limit of its own HTTP stack (a baseline
//! answering a fixed body) and against wiremock-rs, in one run, plus memory per stored client,
//! the journal's flat memory, start-up time, instructions per request and the SDK's overhead.
//! Writes `target/bench/report.md` (what BENCHMARKS.md quotes). Each part is a module; this one
//! holds what they share: the cases, the servers, and the tools that start and drive them.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

mod instructions;
mod memory;
mod proxy;
mod sdk;
mod startup;
mod throughput;

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
    /// Which parts to run.
    pub parts: Vec<Part>,
}

/// A part of the benchmark; they run in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Part {
    /// Requests per second and latency against the baseline and wiremock-rs.
    Throughput,
    /// Time until the server answers.
    Startup,
    /// Memory per stored client, and the journal's.
    Memory,
    /// Instructions per request (callgrind).
    Instructions,
    /// The SDK's overhead over raw reqwest.
    Sdk,
    /// `mock-server proxy`'s overhead over calling the mock directly.
    Proxy,
}

impl Part {
    /// Every part, in the order they run.
    pub const ALL: [Part; 6] = [
        Part::Throughput,
        Part::Startup,
        Part::Memory,
        Part::Instructions,
        Part::Sdk,
        Part::Proxy,
    ];
}

impl Default for Options {
    fn default() -> Self {
        Self {
            rounds: 3,
            seconds: 5,
            connections: 16,
            clients: 1_000_000,
            parts: Part::ALL.to_vec(),
        }
    }
}

/// One kind of request.
pub(crate) struct Case {
    pub(crate) name: &'static str,
    pub(crate) path: &'static str,
    pub(crate) headers: Vec<(&'static str, &'static str)>,
    pub(crate) body: String,
}

pub(crate) fn cases() -> Vec<Case> {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Server {
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

pub(crate) struct Paths {
    pub(crate) mock: PathBuf,
    pub(crate) servers: PathBuf,
    pub(crate) work: PathBuf,
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

    let wanted = |part: Part| options.parts.contains(&part);
    if wanted(Part::Throughput) {
        eprintln!("== throughput and latency");
        throughput::run(&paths, options, &mut report)?;
    }
    if wanted(Part::Startup) {
        eprintln!("== start-up");
        startup::run(&paths, &mut report)?;
    }
    if wanted(Part::Memory) {
        eprintln!("== memory ({} clients)", options.clients);
        memory::run(&paths, options, &mut report)?;
    }
    if wanted(Part::Instructions) {
        eprintln!("== instructions per request (callgrind)");
        instructions::run(&paths, &mut report)?;
    }
    if wanted(Part::Sdk) {
        eprintln!("== SDK overhead (criterion, callgrind)");
        sdk::run(root, options.rounds, &mut report)?;
    }
    if wanted(Part::Proxy) {
        eprintln!("== proxy overhead");
        proxy::run(&paths, options, &mut report)?;
    }
    let out = paths.work.join("report.md");
    std::fs::write(&out, &report)?;
    println!("\n{report}\n(written to {})", out.display());
    Ok(())
}

pub(crate) fn ensure_tools() -> Result<()> {
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

pub(crate) fn machine() -> String {
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

pub(crate) fn start(paths: &Paths, server: Server, answer: Option<(u16, &Path)>) -> Result<Child> {
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

pub(crate) fn wait_until_listening(port: u16) -> Result<Duration> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(started.elapsed());
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    bail!("nothing listens on port {port}")
}

/// Waits after a server that held `rss_kib` has exited: memory given back to the system disturbs
/// whatever runs next for seconds (BENCHMARKS.md, "p99"), so the next server would be measured
/// in worse conditions than the one before it.
pub(crate) fn settle(rss_kib: u64) {
    let seconds = (rss_kib as f64 / (1024.0 * 1024.0) * 10.0).max(1.0);
    std::thread::sleep(Duration::from_secs_f64(seconds));
}

pub(crate) fn stop(mut child: Child) {
    let _ = Command::new("kill").arg(child.id().to_string()).status();
    let _ = child.wait();
}

pub(crate) fn rss_kib(pid: u32) -> u64 {
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
pub(crate) fn http(
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

pub(crate) fn wrk_script(paths: &Paths, case: &Case) -> Result<PathBuf> {
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

pub(crate) fn wrk(
    port: u16,
    path: &str,
    script: &Path,
    connections: usize,
    seconds: u64,
) -> Result<String> {
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

pub(crate) fn parse_duration_us(text: &str) -> Option<f64> {
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

pub(crate) fn parse_wrk(output: &str) -> Result<(f64, f64, f64)> {
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

/// The mock's own answer to each case, written to a file: what the peers answer with.
pub(crate) fn write_answers(paths: &Paths) -> Result<Vec<Answer>> {
    let mock = start(paths, Server::Mock, None)?;
    let mut answers = Vec::new();
    for (i, case) in cases().iter().enumerate() {
        let (status, body) = http(
            Server::Mock.port(),
            "POST",
            case.path,
            &case.headers,
            &case.body,
        )?;
        let file = paths.work.join(format!("answer-{i}.json"));
        std::fs::write(&file, &body)?;
        answers.push(Answer { status, file });
    }
    stop(mock);
    Ok(answers)
}

/// A fixed answer a peer server gives: the mock's answer to one case.
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) file: PathBuf,
}

pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

pub(crate) fn callgrind_total(out: &Path) -> Result<f64> {
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
