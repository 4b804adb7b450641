//! Start-up: how long until the binary answers, and `MockServer::start()` embedded.

use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::*;

pub(crate) fn run(paths: &Paths, report: &mut String) -> Result<()> {
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
