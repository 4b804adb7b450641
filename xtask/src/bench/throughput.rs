//! Throughput and latency: the mock, with default settings and its log to a file and to
//! `/dev/null`, against the no-work baseline and wiremock-rs, under each load generator, in a
//! short and a long run.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::*;

/// The servers of every measurement, in the order of the first round (later rounds rotate it,
/// so that no server always runs first or right after wiremock-rs gave its memory back).
const SERVERS: [Server; 4] = [
    Server::Baseline,
    Server::Wiremock,
    Server::MockLogFile,
    Server::Mock,
];

/// One cell of the matrix: a case under one generator for one duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cell {
    case: usize,
    generator: Generator,
    seconds: u64,
}

/// One run of one server in one cell.
struct Measurement {
    load: Load,
    rss_kib: u64,
}

/// The targets of BENCHMARKS.md, checked per cell.
const TARGET_ABOVE_WIREMOCK: f64 = 1.0;
const TARGET_CREATE_OF_BASELINE: f64 = 0.6;
const TARGET_REJECTED_OF_BASELINE: f64 = 0.7;
const TARGET_P99_US: f64 = 2000.0;

pub(crate) fn run(paths: &Paths, options: &Options, report: &mut String) -> Result<()> {
    let cases = cases();
    let answers = write_answers(paths)?;
    // Every round of every server in every cell.
    let mut measured: BTreeMap<(Cell, Server), Vec<Measurement>> = BTreeMap::new();
    for round in 0..options.rounds {
        let mut servers = SERVERS;
        servers.rotate_left(round % SERVERS.len());
        for (index, (case, answer)) in cases.iter().zip(&answers).enumerate() {
            for &generator in &options.generators {
                for &seconds in &options.durations {
                    let cell = Cell {
                        case: index,
                        generator,
                        seconds,
                    };
                    for server in servers {
                        let m = measure(paths, options, server, case, answer, generator, seconds)?;
                        eprintln!(
                            "round {} {:<24} {} {:>2}s {:<34} {:>7.0} req/s  p50 {:>6.0}us  p99 {:>6.0}us  rss {} KiB",
                            round + 1,
                            case.name,
                            generator.name(),
                            seconds,
                            server.label(),
                            m.load.requests_per_second,
                            m.load.p50_us,
                            m.load.p99_us,
                            m.rss_kib
                        );
                        measured.entry((cell, server)).or_default().push(m);
                    }
                }
            }
        }
    }
    write_report(report, options, &cases, &answers, &measured)
}

/// Starts `server`, warms it up for a second, measures, stops it and waits for the machine to
/// settle.
fn measure(
    paths: &Paths,
    options: &Options,
    server: Server,
    case: &Case,
    answer: &Answer,
    generator: Generator,
    seconds: u64,
) -> Result<Measurement> {
    let child = start(paths, server, Some((answer.status, &answer.file)))?;
    let port = server.port();
    load(
        paths,
        generator,
        port,
        case,
        answer.status,
        options.connections,
        1,
    )?;
    let load = load(
        paths,
        generator,
        port,
        case,
        answer.status,
        options.connections,
        seconds,
    )?;
    let rss_kib = rss_kib(child.id());
    if rss_kib == 0 {
        bail!("{} exited during the run", server.label());
    }
    stop(child);
    settle(rss_kib);
    Ok(Measurement { load, rss_kib })
}

fn write_report(
    report: &mut String,
    options: &Options,
    cases: &[Case],
    answers: &[Answer],
    measured: &BTreeMap<(Cell, Server), Vec<Measurement>>,
) -> Result<()> {
    let rps = |cell: Cell, server: Server| -> Vec<f64> {
        measured[&(cell, server)]
            .iter()
            .map(|m| m.load.requests_per_second)
            .collect()
    };
    // The ratio of two servers, round by round (each round's two runs were minutes apart at
    // most), then the quartiles of those ratios.
    let ratio = |cell: Cell, server: Server, peer: Server| -> [f64; 3] {
        quartiles(
            rps(cell, server)
                .iter()
                .zip(rps(cell, peer))
                .map(|(a, b)| a / b)
                .collect(),
        )
    };
    let cells: Vec<Cell> = measured
        .keys()
        .map(|(cell, _)| *cell)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let show = |[q1, median, q3]: [f64; 3]| format!("**{median:.2}** ({q1:.2}–{q3:.2})");
    let load_name = |cell: Cell| format!("{} {} s", cell.generator.name(), cell.seconds);

    writeln!(report, "## Throughput and latency\n")?;
    writeln!(
        report,
        "Each generator pinned to core 1 (`taskset -c 1`; `wrk -t1`, `oha --worker-threads 1`), \
         each server to core 0, {} keep-alive connections, a 1 s warm-up before each run; {} \
         rounds, each server started afresh for each run, the servers' order rotated each round; \
         after a server exits, a pause of 10 s per GiB it held (at least 1 s). The mock runs with \
         its default settings (`clientreg-mock --listen ADDR`), its log written to a file \
         (`target/bench/mock.log`) and, separately, to `/dev/null`. Medians, with the quartiles \
         over rounds in brackets.\n",
        options.connections, options.rounds
    )?;
    writeln!(report, "### Ratios\n")?;
    writeln!(
        report,
        "| case | load | log to a file ÷ wiremock-rs | log to a file ÷ baseline | /dev/null ÷ wiremock-rs | /dev/null ÷ baseline |"
    )?;
    writeln!(report, "|---|---|---:|---:|---:|---:|")?;
    for &cell in &cells {
        writeln!(
            report,
            "| {} | {} | {} | {} | {} | {} |",
            cases[cell.case].name,
            load_name(cell),
            show(ratio(cell, Server::MockLogFile, Server::Wiremock)),
            show(ratio(cell, Server::MockLogFile, Server::Baseline)),
            show(ratio(cell, Server::Mock, Server::Wiremock)),
            show(ratio(cell, Server::Mock, Server::Baseline)),
        )?;
    }

    writeln!(report, "\n### Each server\n")?;
    writeln!(
        report,
        "| case | load | server | req/s | p50 µs | p99 µs | RSS after, MiB |"
    )?;
    writeln!(report, "|---|---|---|---:|---:|---:|---:|")?;
    let quartiles_of =
        |runs: &[Measurement], f: fn(&Measurement) -> f64| quartiles(runs.iter().map(f).collect());
    for &cell in &cells {
        for server in SERVERS {
            let runs = &measured[&(cell, server)];
            let [q1, m, q3] = quartiles_of(runs, |r| r.load.requests_per_second);
            writeln!(
                report,
                "| {} | {} | {} | {m:.0} ({q1:.0}–{q3:.0}) | {:.0} | {:.0} | {:.1} |",
                cases[cell.case].name,
                load_name(cell),
                server.label(),
                quartiles_of(runs, |r| r.load.p50_us)[1],
                quartiles_of(runs, |r| r.load.p99_us)[1],
                quartiles_of(runs, |r| r.rss_kib as f64)[1] / 1024.0,
            )?;
        }
    }

    writeln!(report, "\n### Targets (log to a file)\n")?;
    writeln!(report, "| target | worst cell | met? |")?;
    writeln!(report, "|---|---|---|")?;
    let worst = |cells: &mut dyn Iterator<Item = Cell>, value: &dyn Fn(Cell) -> f64, lowest| {
        cells
            .map(|cell| (value(cell), cell))
            .reduce(|a, b| if (a.0 < b.0) == lowest { a } else { b })
    };
    let verdict = |met: bool| if met { "yes" } else { "**no**" };
    // The rejected create's target is 0.7 of the baseline, the creates' 0.6.
    let rejected = |cell: &Cell| answers[cell.case].status >= 400;
    let mut target_row =
        |name: &str, found: Option<(f64, Cell)>, met: &dyn Fn(f64) -> bool, unit: &str| match found
        {
            Some((value, cell)) => {
                let prec = if unit == "×" { 2 } else { 0 };
                writeln!(
                    report,
                    "| {name} | {value:.prec$}{unit} ({}, {}) | {} |",
                    cases[cell.case].name,
                    load_name(cell),
                    verdict(met(value))
                )
            }
            None => Ok(()),
        };
    target_row(
        "above wiremock-rs in every case",
        worst(
            &mut cells.iter().copied(),
            &|cell| ratio(cell, Server::MockLogFile, Server::Wiremock)[1],
            true,
        ),
        &|v| v > TARGET_ABOVE_WIREMOCK,
        "×",
    )?;
    target_row(
        "≥ 0.6 of the baseline on creates",
        worst(
            &mut cells.iter().copied().filter(|c| !rejected(c)),
            &|cell| ratio(cell, Server::MockLogFile, Server::Baseline)[1],
            true,
        ),
        &|v| v >= TARGET_CREATE_OF_BASELINE,
        "×",
    )?;
    target_row(
        "≥ 0.7 of the baseline on the rejected create",
        worst(
            &mut cells.iter().copied().filter(rejected),
            &|cell| ratio(cell, Server::MockLogFile, Server::Baseline)[1],
            true,
        ),
        &|v| v >= TARGET_REJECTED_OF_BASELINE,
        "×",
    )?;
    target_row(
        &format!("p99 under 2 ms at {} connections", options.connections),
        worst(
            &mut cells.iter().copied(),
            &|cell| quartiles_of(&measured[&(cell, Server::MockLogFile)], |r| r.load.p99_us)[1],
            false,
        ),
        &|v| v < TARGET_P99_US,
        " µs",
    )?;
    writeln!(
        report,
        "\nEvery round's figures went to standard error during the run.\n"
    )?;
    Ok(())
}
