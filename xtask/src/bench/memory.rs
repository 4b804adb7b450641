//! Memory: resident bytes per stored client, and the journal staying flat.

use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::*;

pub(crate) fn drive(
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

pub(crate) fn run(paths: &Paths, options: &Options, report: &mut String) -> Result<()> {
    let cases = cases();
    let (create, rejected) = (&cases[0], &cases[2]);
    // Every client created is kept: the default `--max-clients` (500,000) would drop the oldest
    // past it, and the memory per client would be divided by clients no longer held.
    let max_clients = options.clients.to_string();
    let child = start_with(paths, Server::Mock, None, &["--max-clients", &max_clients])?;
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
    let (status, stats) = http(Server::Mock.port(), "GET", "/__mock/stats", &[], "")?;
    let stats: serde_json::Value = serde_json::from_str(&stats)?;
    let stored = stats["autional"]["stored_clients"].as_u64().unwrap_or(0);
    if status != 200 || stored != options.clients as u64 {
        bail!(
            "the mock stores {stored} clients after {} creates: {stats}",
            options.clients
        );
    }
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
        "Resident memory of the clientreg-mock process (`VmRSS`), default settings (journal of 1,000 entries) \
         but `--max-clients {}`, so that every client created is kept (`GET /__mock/stats` is checked):\n",
        options.clients
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
