//! Instructions per request, counted by callgrind.

use std::fmt::Write as _;

use anyhow::{Context, Result};

use super::memory::drive;
use super::*;

/// Instructions the server executes per request, by difference between two counts under
/// callgrind (start-up and shutdown cancel out).
pub(crate) fn run(paths: &Paths, report: &mut String) -> Result<()> {
    let case = &cases()[0];
    let answer = write_answers(paths)?.swap_remove(0).file;
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
