//! What active faults cost a request that none of them matches: the rejected create's
//! throughput with no fault set and with 100,000 set on other paths, side by side on one
//! server, and how long posting them takes (one keep-alive connection).

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};

use anyhow::{Context, Result, bail};

use super::*;

/// The faults set for the second measurement.
const FAULTS: usize = 100_000;

pub(crate) fn run(paths: &Paths, options: &Options, report: &mut String) -> Result<()> {
    let case = cases()
        .into_iter()
        .find(|c| c.name.starts_with("autional rejected"))
        .context("the rejected create case")?;
    let rounds = options.rounds.clamp(1, 3);
    let (mut ratios, mut before, mut after, mut posting) = (vec![], vec![], vec![], vec![]);
    for round in 1..=rounds {
        eprintln!("   round {round}/{rounds}");
        let server = start(paths, Server::Mock, None)?;
        let port = Server::Mock.port();
        let measure = || {
            load(
                paths,
                Generator::Wrk,
                port,
                &case,
                401,
                options.connections,
                2,
            )
            .map(|l| l.requests_per_second)
        };
        let none = measure()?;
        let started = Instant::now();
        post_faults(port, FAULTS)?;
        let took = started.elapsed().as_secs_f64();
        let many = measure()?;
        stop(server);
        before.push(none);
        after.push(many);
        ratios.push(many / none);
        posting.push(took);
    }
    writeln!(report, "## Faults\n")?;
    writeln!(
        report,
        "The rejected create (401) under wrk, 2 s, {} connections, on one mock server: first with no fault set, then with {FAULTS} set on other paths. Medians over {rounds} rounds.\n",
        options.connections
    )?;
    writeln!(report, "| faults set | req/s | ratio |")?;
    writeln!(report, "|---|---|---|")?;
    writeln!(report, "| none | {:.0} | 1 |", median(before))?;
    writeln!(
        report,
        "| {FAULTS} on other paths | {:.0} | {:.2} |",
        median(after),
        median(ratios)
    )?;
    writeln!(
        report,
        "\nPosting the {FAULTS} faults (`POST /__mock/faults`, one keep-alive connection): {:.1} s.\n",
        median(posting)
    )?;
    Ok(())
}

/// Posts `count` faults, each on a path of its own, over one keep-alive connection.
fn post_faults(port: u16, count: usize) -> Result<()> {
    let stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_nodelay(true)?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    for i in 0..count {
        let body = format!(r#"{{"method":"POST","path":"/elsewhere/{i}","status":503}}"#);
        // One write per request: several small ones would wait on Nagle and delayed ACKs.
        let request = format!(
            "POST /__mock/faults HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        writer.write_all(request.as_bytes())?;
        let mut status_line = String::new();
        reader.read_line(&mut status_line)?;
        if !status_line.contains(" 201 ") {
            bail!("posting fault {i}: {status_line}");
        }
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line)?;
            if line == "\r\n" || line.is_empty() {
                break;
            }
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse()?;
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body)?;
    }
    Ok(())
}
