//! Throughput and latency: the mock against the no-work baseline and wiremock-rs, under wrk.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::*;

/// The row of the mock measured again after `POST /__mock/reset`.
const REUSED_LABEL: &str = "mock-server, after /__mock/reset (memory reused)";

/// One wrk run.
struct Measurement {
    requests_per_second: f64,
    p50_us: f64,
    p99_us: f64,
    rss_kib: u64,
}

/// The medians over rounds of one case on one server.
struct Summary {
    requests_per_second: f64,
    p50_us: f64,
    p99_us: f64,
    rss_mib: f64,
}

impl Summary {
    fn of(rounds: &[Measurement]) -> Self {
        let median_of = |f: fn(&Measurement) -> f64| median(rounds.iter().map(f).collect());
        Self {
            requests_per_second: median_of(|m| m.requests_per_second),
            p50_us: median_of(|m| m.p50_us),
            p99_us: median_of(|m| m.p99_us),
            rss_mib: median_of(|m| m.rss_kib as f64) / 1024.0,
        }
    }
}

/// Every round of one case: per server, and the mock again after a reset.
#[derive(Default)]
struct CaseRounds {
    by_server: BTreeMap<Server, Vec<Measurement>>,
    /// The mock right after `POST /__mock/reset`, for the cases that store clients: the same
    /// load on memory the process has already touched (see "p99" in BENCHMARKS.md).
    after_reset: Vec<Measurement>,
}

pub(crate) fn run(paths: &Paths, options: &Options, report: &mut String) -> Result<()> {
    let cases = cases();
    let answers = write_answers(paths)?;
    let mut rounds: Vec<CaseRounds> = cases.iter().map(|_| CaseRounds::default()).collect();
    for round in 1..=options.rounds {
        for ((case, answer), case_rounds) in cases.iter().zip(&answers).zip(&mut rounds) {
            let script = wrk_script(paths, case)?;
            for server in Server::ALL {
                let child = start(paths, server, Some((answer.status, &answer.file)))?;
                wrk(server.port(), case.path, &script, options.connections, 1)?;
                let measure = || -> Result<Measurement> {
                    let (rps, p50, p99) = parse_wrk(&wrk(
                        server.port(),
                        case.path,
                        &script,
                        options.connections,
                        options.seconds,
                    )?)?;
                    Ok(Measurement {
                        requests_per_second: rps,
                        p50_us: p50,
                        p99_us: p99,
                        rss_kib: rss_kib(child.id()),
                    })
                };
                let measured = measure()?;
                if measured.rss_kib == 0 {
                    bail!("{} exited during the run", server.label());
                }
                print_round(round, case, server.label(), &measured);
                let held = measured.rss_kib;
                case_rounds
                    .by_server
                    .entry(server)
                    .or_default()
                    .push(measured);
                if server == Server::Mock && answer.status == 201 {
                    let (reset, _) = http(server.port(), "POST", "/__mock/reset", &[], "")?;
                    if reset != 204 {
                        bail!("POST /__mock/reset answered {reset}");
                    }
                    let measured = measure()?;
                    print_round(round, case, REUSED_LABEL, &measured);
                    case_rounds.after_reset.push(measured);
                }
                let held = rss_kib(child.id()).max(held);
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
    for (case, case_rounds) in cases.iter().zip(&rounds) {
        let summaries: BTreeMap<Server, Summary> = case_rounds
            .by_server
            .iter()
            .map(|(server, measured)| (*server, Summary::of(measured)))
            .collect();
        let baseline = summaries[&Server::Baseline].requests_per_second;
        let wiremock = summaries[&Server::Wiremock].requests_per_second;
        let mut row = |label: &str, summary: &Summary, ratios: bool| {
            let ratios = if ratios {
                format!(
                    "{:.2} | {:.2}",
                    summary.requests_per_second / baseline,
                    summary.requests_per_second / wiremock
                )
            } else {
                " | ".to_string()
            };
            writeln!(
                report,
                "| {} | {label} | {:.0} | {:.0} µs | {:.0} µs | {:.1} MiB | {ratios} |",
                case.name,
                summary.requests_per_second,
                summary.p50_us,
                summary.p99_us,
                summary.rss_mib
            )
        };
        for (server, summary) in &summaries {
            row(server.label(), summary, *server == Server::Mock)?;
        }
        if !case_rounds.after_reset.is_empty() {
            row(REUSED_LABEL, &Summary::of(&case_rounds.after_reset), true)?;
        }
    }
    writeln!(
        report,
        "\nEvery round's figures went to standard error during the run.\n"
    )?;
    Ok(())
}

fn print_round(round: usize, case: &Case, label: &str, m: &Measurement) {
    eprintln!(
        "round {round} {:<26} {label:<36} {:>9.0} req/s  p50 {:>6.0}us  p99 {:>6.0}us  rss {} KiB",
        case.name, m.requests_per_second, m.p50_us, m.p99_us, m.rss_kib
    );
}
