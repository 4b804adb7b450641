//! Where the mock's time goes under load: `perf record` of the mock (default settings, its log
//! to a file) while oha drives it, on a build with line tables (`target/prof`), and the share of
//! the mock's samples spent in each part of a request. The machine's VM has no hardware
//! counters, so perf samples the `cpu-clock` software event.

use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::*;

/// Seconds perf samples, inside a load run one second longer.
const SAMPLED_SECONDS: u64 = 4;

/// The parts reported: a label, and a substring of the frame whose inclusive share it is.
/// Indented rows are part of the row above them.
const PARTS: [(&str, &str); 12] = [
    (
        "system calls (the kernel's TCP work; loopback delivery to the load generator runs here too)",
        "entry_SYSCALL_64_after_hwframe",
    ),
    (
        "hyper: reading the request head",
        "Http1Transaction>::parse",
    ),
    (
        "hyper: writing the answer head",
        "Http1Transaction>::encode",
    ),
    (
        "the mock's pipeline (`Mock::serve`)",
        "clientreg_mock::mock::Mock::serve",
    ),
    (
        "· the answer (`Mock::route`)",
        "clientreg_mock::mock::Mock::route",
    ),
    (
        "· · reading JSON (serde_json)",
        "serde_json::de::from_trait",
    ),
    (
        "· · Autional's rules",
        "clientreg_mock::autional::validate::validate",
    ),
    (
        "· · Gropius's checks (both profiles' verdicts, one pass)",
        "clientreg_mock::gropius::validate::check_fields",
    ),
    (
        "· · the created client as JSON (Autional)",
        "for clientreg_mock::autional::model::CreateClientResponse>::serialize",
    ),
    (
        "· · the answer's body as JSON",
        "clientreg_mock::http::MockResponse::json",
    ),
    ("· the journal", "clientreg_mock::journal::Journal::record"),
    (
        "· the log line, formatted on the request's thread",
        "tracing_core::event::Event::dispatch",
    ),
];

pub(crate) fn run(
    root: &Path,
    paths: &Paths,
    options: &Options,
    report: &mut String,
) -> Result<()> {
    ensure_perf()?;
    build_mock(
        root,
        &["--target-dir", "target/prof"],
        &[("CARGO_PROFILE_RELEASE_DEBUG", "line-tables-only")],
    )?;
    let profiled = Paths {
        mock: root.join("target/prof/release/clientreg-mock"),
        servers: paths.servers.clone(),
        work: paths.work.clone(),
        oha: paths.oha.clone(),
    };
    let cases = cases();
    let answers = write_answers(paths)?;
    let mut shares: Vec<Vec<f64>> = Vec::new();
    for (index, (case, answer)) in cases.iter().zip(&answers).enumerate() {
        let child = start(&profiled, Server::MockLogFile, None)?;
        let port = Server::MockLogFile.port();
        let oha = |seconds| {
            let connections = options.connections;
            load(
                &profiled,
                Generator::Oha,
                port,
                case,
                answer.status,
                connections,
                seconds,
            )
        };
        oha(1)?;
        let data = paths.work.join(format!("perf-{index}.data"));
        let perf = Command::new("perf")
            .args(["record", "-F", "999", "-e", "cpu-clock", "-g"])
            .args([
                "--call-graph",
                "dwarf,16384",
                "-p",
                &child.id().to_string(),
                "-o",
            ])
            .arg(&data)
            .args(["--", "sleep", &SAMPLED_SECONDS.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let measured = oha(SAMPLED_SECONDS + 1)?;
        let recorded = perf.wait_with_output()?;
        stop(child);
        if !recorded.status.success() {
            bail!("perf record failed");
        }
        eprintln!(
            "profiled {} at {:.0} req/s ({})",
            case.name,
            measured.requests_per_second,
            data.display()
        );
        shares.push(parts_of(&data)?);
    }

    writeln!(report, "## Where the time goes (perf)\n")?;
    writeln!(
        report,
        "`perf record -e cpu-clock -g --call-graph dwarf` of the mock (default settings, log to a \
         file, a build with line tables) for {SAMPLED_SECONDS} s while `oha -c{}` drives it; the \
         share of the mock's samples (all its threads) under each frame, inclusive (a row marked \
         · is part of the row above it). `perf report -i target/bench/perf-N.data --children` \
         shows the rest.\n",
        options.connections
    )?;
    write!(report, "| part |")?;
    for case in &cases {
        write!(report, " {} |", case.name)?;
    }
    writeln!(report)?;
    writeln!(report, "|---|{}", "---:|".repeat(cases.len()))?;
    for (row, (label, _)) in PARTS.iter().enumerate() {
        write!(report, "| {label} |")?;
        for case_shares in &shares {
            write!(report, " {:.1}% |", case_shares[row])?;
        }
        writeln!(report)?;
    }
    for (offset, label) in [
        "memory allocation and freeing (mimalloc's own functions)",
        "the log's writer thread",
    ]
    .iter()
    .enumerate()
    {
        write!(report, "| {label} |")?;
        for case_shares in &shares {
            write!(report, " {:.1}% |", case_shares[PARTS.len() + offset])?;
        }
        writeln!(report)?;
    }
    writeln!(report)?;
    Ok(())
}

/// The inclusive share of each of [`PARTS`] in a recording, then the allocator's own share, then
/// the log writer thread's.
fn parts_of(data: &Path) -> Result<Vec<f64>> {
    let report = |args: &[&str]| -> Result<String> {
        let output = Command::new("perf")
            .arg("report")
            .arg("-i")
            .arg(data)
            .args(["--stdio", "-g", "none"])
            .args(args)
            .stderr(Stdio::null())
            .output()?;
        if !output.status.success() {
            bail!("perf report failed on {}", data.display());
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    };
    // Lines like "  94.33%     0.43%  [.] symbol": the first figure is inclusive.
    let by_symbol = report(&["--children", "--sort", "sym"])?;
    let share = |line: &str| -> Option<f64> {
        line.split_whitespace()
            .next()?
            .strip_suffix('%')?
            .parse()
            .ok()
    };
    let mut shares: Vec<f64> = PARTS
        .iter()
        .map(|(_, frame)| {
            by_symbol
                .lines()
                .filter(|line| line.contains(frame))
                .filter_map(share)
                .fold(0.0, f64::max)
        })
        .collect();
    // The allocator: its own functions' samples (mimalloc's names start with `mi_` or `_mi_`).
    let by_self = report(&["--no-children", "--sort", "sym"])?;
    shares.push(
        by_self
            .lines()
            .filter(|line| {
                line.split("] ")
                    .nth(1)
                    .is_some_and(|sym| sym.starts_with("mi_") || sym.starts_with("_mi_"))
            })
            .filter_map(share)
            .sum(),
    );
    let by_thread = report(&["--no-children", "--sort", "comm"])?;
    shares.push(
        by_thread
            .lines()
            .filter(|line| line.contains("clientreg-log"))
            .filter_map(share)
            .sum(),
    );
    Ok(shares)
}

/// perf, from Debian's package, unless it is there.
fn ensure_perf() -> Result<()> {
    let present = Command::new("perf")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if present {
        return Ok(());
    }
    let installed = Command::new("apt-get")
        .args(["install", "-y", "-q", "linux-perf"])
        .status()
        .is_ok_and(|s| s.success());
    if !installed {
        bail!(
            "perf is needed: install it with `apt-get install linux-perf` (as root), then run again"
        );
    }
    Ok(())
}
