//! `cargo xtask bench`: the mock server against the limit of its own HTTP stack (a baseline
//! answering a fixed body) and against wiremock-rs, in one run, plus memory per stored client,
//! the journal's flat memory, start-up time, instructions per request and the SDK's overhead.
//! Writes `target/bench/report.md` (what BENCHMARKS.md quotes). Each part is a module; this one
//! holds what they share: the cases, the servers, and the tools that start and drive them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

mod faults;
mod https;
mod instructions;
mod memory;
mod profile;
mod proxy;
mod sdk;
mod startup;
mod throughput;

/// What to run and for how long.
#[derive(Debug, Clone)]
pub struct Options {
    /// Rounds of every case on every server (medians are reported).
    pub rounds: usize,
    /// Seconds of load per measurement of the proxy part (after a one-second warm-up).
    pub seconds: u64,
    /// Seconds of load of each throughput measurement: a short run (a test suite's burst) and a
    /// long one (after a one-second warm-up each).
    pub durations: Vec<u64>,
    /// The load generators of the throughput part.
    pub generators: Vec<Generator>,
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
    /// `clientreg-mock proxy`'s overhead over calling the mock directly.
    Proxy,
    /// What 100,000 active faults cost a request none of them matches.
    Faults,
    /// HTTPS against plain HTTP: keep-alive throughput and handshakes per second.
    Https,
    /// Where the mock's time goes under load (perf; a second build with line tables). Not in
    /// the default set.
    Profile,
}

impl Part {
    /// Every part, in the order they run.
    pub const ALL: [Part; 8] = [
        Part::Throughput,
        Part::Startup,
        Part::Memory,
        Part::Instructions,
        Part::Sdk,
        Part::Proxy,
        Part::Faults,
        Part::Https,
    ];
}

impl Default for Options {
    fn default() -> Self {
        Self {
            rounds: 5,
            seconds: 5,
            durations: vec![2, 10],
            generators: vec![Generator::Wrk, Generator::Oha],
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

/// A load generator, pinned to core 1 (the servers have core 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Generator {
    /// `wrk -t1` (Debian's package), HTTP/1.1 keep-alive, a Lua script for the request.
    Wrk,
    /// `oha` (installed by the benchmark, version [`OHA_VERSION`]), one worker thread.
    Oha,
}

/// The oha the benchmark installs under `target/bench-tools`.
pub const OHA_VERSION: &str = "1.16.0";

impl Generator {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Generator::Wrk => "wrk",
            Generator::Oha => "oha",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Server {
    Baseline,
    Wiremock,
    /// The mock with default settings, its log (stdout) to `/dev/null`.
    Mock,
    /// The mock with default settings, its log (stdout) to a file, as `clientreg-mock > mock.log`.
    MockLogFile,
}

impl Server {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Server::Baseline => "baseline (same stack, fixed body)",
            Server::Wiremock => "wiremock-rs (fixed body)",
            Server::Mock => "clientreg-mock, log to /dev/null",
            Server::MockLogFile => "clientreg-mock, log to a file",
        }
    }

    pub(crate) fn port(self) -> u16 {
        match self {
            Server::Baseline => 19101,
            Server::Wiremock => 19102,
            Server::Mock => 19103,
            Server::MockLogFile => 19105,
        }
    }
}

pub(crate) struct Paths {
    pub(crate) mock: PathBuf,
    pub(crate) servers: PathBuf,
    pub(crate) work: PathBuf,
    /// oha, when a part needs it.
    pub(crate) oha: Option<PathBuf>,
}

/// Runs the whole benchmark and prints the report.
pub fn run(root: &Path, options: &Options) -> Result<()> {
    ensure_tools()?;
    build_mock(
        root,
        &["--example", "bench_servers", "--features", "wiremock"],
        &[],
    )?;
    let paths = Paths {
        mock: root.join("target/release/clientreg-mock"),
        servers: root.join("target/release/examples/bench_servers"),
        work: root.join("target/bench"),
        oha: if wanted_oha(options) {
            Some(ensure_oha(root)?)
        } else {
            None
        },
    };
    std::fs::create_dir_all(&paths.work)?;
    let mut report = String::new();
    writeln!(report, "# Benchmark run\n")?;
    writeln!(report, "{}\n", machine())?;

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
    if wanted(Part::Faults) {
        eprintln!("== faults");
        faults::run(&paths, options, &mut report)?;
    }
    if wanted(Part::Https) {
        eprintln!("== https");
        https::run(&paths, options, &mut report)?;
    }
    if wanted(Part::Profile) {
        eprintln!("== where the time goes (perf)");
        profile::run(root, &paths, options, &mut report)?;
    }
    let out = paths.work.join("report.md");
    std::fs::write(&out, &report)?;
    println!("\n{report}\n(written to {})", out.display());
    Ok(())
}

/// `cargo build --release --locked -p clientreg-mock --bin clientreg-mock`, with `extra` arguments
/// and `envs` set.
pub(crate) fn build_mock(root: &Path, extra: &[&str], envs: &[(&str, &str)]) -> Result<()> {
    let status = Command::new("cargo")
        .args(["build", "--release", "--locked", "-p", "clientreg-mock"])
        .args(["--bin", "clientreg-mock"])
        .args(extra)
        .envs(envs.iter().copied())
        .current_dir(root)
        .status()?;
    if !status.success() {
        bail!("the release build of the mock failed");
    }
    Ok(())
}

/// Whether a part that runs oha is wanted.
fn wanted_oha(options: &Options) -> bool {
    options.parts.contains(&Part::Profile)
        || (options.parts.contains(&Part::Throughput)
            && options.generators.contains(&Generator::Oha))
}

/// Where the benchmark installs the tools that are not Debian packages.
pub(crate) fn tools_dir(root: &Path) -> PathBuf {
    root.join("target/bench-tools")
}

/// oha, installed with cargo at [`OHA_VERSION`] under [`tools_dir`] unless it is there.
pub(crate) fn ensure_oha(root: &Path) -> Result<PathBuf> {
    let oha = tools_dir(root).join("bin/oha");
    let installed = Command::new(&oha)
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    if installed.as_deref() == Some(&format!("oha {OHA_VERSION}")) {
        return Ok(oha);
    }
    eprintln!(
        "installing oha {OHA_VERSION} under {}",
        tools_dir(root).display()
    );
    let status = Command::new("cargo")
        .args([
            "install",
            "oha",
            "--locked",
            "--version",
            OHA_VERSION,
            "--root",
        ])
        .arg(tools_dir(root))
        .status()?;
    if !status.success() {
        bail!("cargo install oha {OHA_VERSION} failed");
    }
    Ok(oha)
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
    start_with(paths, server, answer, &[])
}

/// Like [`start`], with more arguments for the mock.
pub(crate) fn start_with(
    paths: &Paths,
    server: Server,
    answer: Option<(u16, &Path)>,
    mock_args: &[&str],
) -> Result<Child> {
    let listen = format!("127.0.0.1:{}", server.port());
    if TcpStream::connect(("127.0.0.1", server.port())).is_ok() {
        bail!("something already listens on {listen}: stop it, or the figures would be its");
    }
    let mut command = Command::new("taskset");
    command.args(["-c", "0"]);
    command.stdout(Stdio::null());
    match server {
        Server::Mock => {
            command
                .arg(&paths.mock)
                .args(["--listen", &listen])
                .args(mock_args);
        }
        Server::MockLogFile => {
            let log = paths.work.join("mock.log");
            let file = std::fs::File::create(&log)
                .with_context(|| format!("cannot write {}", log.display()))?;
            command
                .arg(&paths.mock)
                .args(["--listen", &listen])
                .stdout(file);
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
    let child = command.stderr(Stdio::null()).spawn()?;
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

/// What one load generator run measured.
pub(crate) struct Load {
    pub(crate) requests_per_second: f64,
    pub(crate) p50_us: f64,
    pub(crate) p99_us: f64,
}

/// Runs `generator` against `port` for `seconds` with `case`'s request (its Lua script for wrk,
/// its body file for oha, both written by [`request_files`]); every answer must be `status`.
pub(crate) fn load(
    paths: &Paths,
    generator: Generator,
    port: u16,
    case: &Case,
    status: u16,
    connections: usize,
    seconds: u64,
) -> Result<Load> {
    let files = request_files(paths, case)?;
    match generator {
        Generator::Wrk => {
            let output = wrk(port, case.path, &files.wrk_script, connections, seconds)?;
            // wrk counts answers only as "2xx or 3xx" and the rest: all of the one or all of
            // the other.
            let count = |prefix: &str, field: usize| -> u64 {
                output
                    .lines()
                    .map(str::trim)
                    .find(|l| l.starts_with(prefix) || l.contains(prefix))
                    .and_then(|l| l.split_whitespace().nth(field)?.parse().ok())
                    .unwrap_or(0)
            };
            let total = count("requests in", 0);
            let non_2xx = count("Non-2xx or 3xx responses:", 4);
            let expected_non_2xx = if (200..400).contains(&status) {
                0
            } else {
                total
            };
            if total == 0 || non_2xx != expected_non_2xx {
                bail!("wrk saw answers other than {status}:\n{output}");
            }
            let (requests_per_second, p50_us, p99_us) = parse_wrk(&output)?;
            Ok(Load {
                requests_per_second,
                p50_us,
                p99_us,
            })
        }
        Generator::Oha => {
            let oha = paths.oha.as_ref().context("oha is not installed")?;
            let mut command = Command::new("taskset");
            command
                .args(["-c", "1"])
                .arg(oha)
                .args([
                    "--no-tui",
                    "--output-format",
                    "json",
                    "--worker-threads",
                    "1",
                ])
                .args(["-z", &format!("{seconds}s"), "-c", &connections.to_string()])
                .args(["-m", "POST", "-D"])
                .arg(&files.body);
            for (name, value) in &case.headers {
                command.args(["-H", &format!("{name}: {value}")]);
            }
            let output = command
                .arg(format!("http://127.0.0.1:{port}{}", case.path))
                .output()?;
            if !output.status.success() {
                bail!("oha failed: {}", String::from_utf8_lossy(&output.stderr));
            }
            let report: serde_json::Value =
                serde_json::from_slice(&output.stdout).context("oha printed no JSON report")?;
            let statuses = report["statusCodeDistribution"]
                .as_object()
                .context("oha reported no statuses")?;
            if statuses.keys().any(|s| *s != status.to_string()) {
                bail!("oha saw answers other than {status}: {statuses:?}");
            }
            let number = |pointer: &str| {
                report
                    .pointer(pointer)
                    .and_then(serde_json::Value::as_f64)
                    .with_context(|| format!("oha reported no {pointer}"))
            };
            Ok(Load {
                requests_per_second: number("/summary/requestsPerSec")?,
                p50_us: number("/latencyPercentiles/p50")? * 1e6,
                p99_us: number("/latencyPercentiles/p99")? * 1e6,
            })
        }
    }
}

/// A case's request as each generator takes it.
pub(crate) struct RequestFiles {
    pub(crate) wrk_script: PathBuf,
    pub(crate) body: PathBuf,
}

pub(crate) fn request_files(paths: &Paths, case: &Case) -> Result<RequestFiles> {
    let wrk_script = wrk_script(paths, case)?;
    let body = wrk_script.with_extension("json");
    std::fs::write(&body, &case.body)?;
    Ok(RequestFiles { wrk_script, body })
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

/// The first quartile, the median and the third quartile of `values` (linear interpolation
/// between the closest ranks, as numpy's default).
pub(crate) fn quartiles(mut values: Vec<f64>) -> [f64; 3] {
    values.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| {
        let rank = q * (values.len() - 1) as f64;
        let (low, high) = (rank.floor() as usize, rank.ceil() as usize);
        values[low] + (values[high] - values[low]) * (rank - low as f64)
    };
    [at(0.25), at(0.5), at(0.75)]
}

pub(crate) fn callgrind_total(out: &Path) -> Result<f64> {
    callgrind_count(&callgrind_events(out)?, "Ir")
}

/// Each event callgrind counted (`Ir`; with `--cache-sim=yes` also `I1mr`, `D1mr`, `D1mw` and
/// the last-level misses), with its total over the run.
pub(crate) fn callgrind_events(out: &Path) -> Result<BTreeMap<String, f64>> {
    let text = std::fs::read_to_string(out)
        .with_context(|| format!("callgrind wrote no {}", out.display()))?;
    let names = text
        .lines()
        .find_map(|l| l.strip_prefix("events:"))
        .context("no callgrind events line")?;
    let totals = text
        .lines()
        .find_map(|l| {
            l.strip_prefix("summary:")
                .or_else(|| l.strip_prefix("totals:"))
        })
        .context("no callgrind total")?;
    names
        .split_whitespace()
        .zip(totals.split_whitespace())
        .map(|(name, total)| Ok((name.to_string(), total.parse()?)))
        .collect()
}

/// The total of `event` in `events`.
pub(crate) fn callgrind_count(events: &BTreeMap<String, f64>, event: &str) -> Result<f64> {
    events
        .get(event)
        .copied()
        .with_context(|| format!("callgrind counted no {event}"))
}
