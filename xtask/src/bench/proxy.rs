//! The proxy's overhead: the same load against the mock directly and through `clientreg-mock proxy`
//! in front of it, side by side in each round.

use std::fmt::Write as _;
use std::process::{Command, Stdio};

use anyhow::Result;

use super::*;

/// Where the proxy listens during the benchmark.
const PROXY_PORT: u16 = 19104;

/// Requests per second and latency quartiles of one wrk run.
struct Run {
    rps: f64,
    p50_us: f64,
    p99_us: f64,
}

pub(crate) fn run(paths: &Paths, options: &Options, report: &mut String) -> Result<()> {
    let cases: Vec<Case> = cases().into_iter().take(2).collect();
    let mut direct: Vec<Vec<Run>> = cases.iter().map(|_| Vec::new()).collect();
    let mut proxied: Vec<Vec<Run>> = cases.iter().map(|_| Vec::new()).collect();
    for round in 1..=options.rounds {
        for (index, case) in cases.iter().enumerate() {
            let script = wrk_script(paths, case)?;
            let upstream = start(paths, Server::Mock, None)?;
            let proxy = Command::new("taskset")
                .args(["-c", "0"])
                .arg(&paths.mock)
                .args(["proxy", "--upstream"])
                .arg(format!("http://127.0.0.1:{}", Server::Mock.port()))
                .args(["--listen", &format!("127.0.0.1:{PROXY_PORT}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()?;
            wait_until_listening(PROXY_PORT)?;
            let measure = |port| -> Result<Run> {
                wrk(port, case.path, &script, options.connections, 1)?;
                let (rps, p50_us, p99_us) = parse_wrk(&wrk(
                    port,
                    case.path,
                    &script,
                    options.connections,
                    options.seconds,
                )?)?;
                Ok(Run {
                    rps,
                    p50_us,
                    p99_us,
                })
            };
            // Alternate which goes first, so neither always meets the fuller store.
            let (first, second) = if round % 2 == 1 {
                (Server::Mock.port(), PROXY_PORT)
            } else {
                (PROXY_PORT, Server::Mock.port())
            };
            let a = measure(first)?;
            let b = measure(second)?;
            let (d, p) = if first == PROXY_PORT { (b, a) } else { (a, b) };
            eprintln!(
                "round {round} {}: direct {:.0} req/s p50 {:.0} µs, through the proxy {:.0} req/s p50 {:.0} µs",
                case.name, d.rps, d.p50_us, p.rps, p.p50_us
            );
            direct[index].push(d);
            proxied[index].push(p);
            stop(proxy);
            stop(upstream);
            settle(0);
        }
    }
    writeln!(report, "## Proxy overhead\n")?;
    writeln!(
        report,
        "`clientreg-mock proxy` in front of the mock against the mock directly, same wrk load, \
         {} rounds alternating which goes first; medians. The proxy and the mock share core 0 \
         (the machine has two cores; wrk has the other), so the proxy's cost includes taking CPU \
         from its upstream.\n",
        options.rounds
    )?;
    writeln!(
        report,
        "| case | direct req/s | proxy req/s | ratio | direct p50 µs | proxy p50 µs | added p50 µs | direct p99 µs | proxy p99 µs |"
    )?;
    writeln!(report, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")?;
    for (index, case) in cases.iter().enumerate() {
        let m = |runs: &[Run], f: fn(&Run) -> f64| median(runs.iter().map(f).collect());
        let (d, p) = (&direct[index], &proxied[index]);
        let (d_rps, p_rps) = (m(d, |r| r.rps), m(p, |r| r.rps));
        let (d_p50, p_p50) = (m(d, |r| r.p50_us), m(p, |r| r.p50_us));
        writeln!(
            report,
            "| {} | {d_rps:.0} | {p_rps:.0} | {:.2} | {d_p50:.0} | {p_p50:.0} | {:.0} | {:.0} | {:.0} |",
            case.name,
            p_rps / d_rps,
            p_p50 - d_p50,
            m(d, |r| r.p99_us),
            m(p, |r| r.p99_us),
        )?;
    }
    writeln!(report)?;
    Ok(())
}
