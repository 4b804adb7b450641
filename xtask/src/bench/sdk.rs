//! The SDK's overhead over raw reqwest: criterion wall time, interleaved rounds, callgrind.

use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::*;

pub(crate) fn run(root: &Path, rounds: usize, report: &mut String) -> Result<()> {
    // Wall time: criterion, run `rounds` times, the overhead of each run and their median.
    let mut overheads = Vec::new();
    let mut runs = Vec::new();
    for _ in 0..rounds {
        let status = Command::new("cargo")
            .args([
                "bench",
                "--locked",
                "-p",
                "tests",
                "--bench",
                "sdk_overhead",
                "--",
                "--noplot",
            ])
            .current_dir(root)
            .status()?;
        if !status.success() {
            bail!("the SDK overhead benchmark failed");
        }
        let estimate = |name: &str| -> Result<f64> {
            let path = root.join(format!(
                "target/criterion/create_client/{name}/new/estimates.json"
            ));
            let json: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(&path).with_context(|| path.display().to_string())?,
            )?;
            json.pointer("/median/point_estimate")
                .and_then(serde_json::Value::as_f64)
                .context("no median")
        };
        let (sdk, raw) = (estimate("sdk")?, estimate("raw_reqwest")?);
        overheads.push(sdk / raw - 1.0);
        runs.push((raw, sdk));
    }

    // Wall time, interleaved: both ways in alternation, 2,000 calls each per round, so that the
    // machine's drift between two criterion runs does not land on one side.
    let executable = bench_executable(root)?;
    let output = Command::new(&executable)
        .env(
            "SDK_OVERHEAD_INTERLEAVED",
            format!("{INTERLEAVED_ROUNDS}:2000"),
        )
        .stderr(Stdio::inherit())
        .output()?;
    if !output.status.success() {
        bail!("the interleaved SDK overhead run failed");
    }
    let mut ratios: Vec<f64> = String::from_utf8(output.stdout)?
        .lines()
        .filter_map(|line| line.rsplit_once("ratio ")?.1.trim().parse().ok())
        .collect();
    if ratios.len() != INTERLEAVED_ROUNDS {
        bail!("the interleaved run printed {} rounds", ratios.len());
    }
    ratios.sort_by(|a, b| a.total_cmp(b));
    let quartile = |q: usize| ratios[(ratios.len() - 1) * q / 4] - 1.0;

    // Instructions: the same calls, counted by callgrind (I(3000 calls) − I(1000 calls)) / 2000.
    let mut per_call = Vec::new();
    for way in ["raw", "sdk"] {
        let mut totals = Vec::new();
        for calls in [1000, 3000] {
            let out = root.join(format!("target/bench/callgrind-sdk-{way}-{calls}.out"));
            let status = Command::new("valgrind")
                .arg("--tool=callgrind")
                .arg(format!("--callgrind-out-file={}", out.display()))
                .arg(&executable)
                .env("SDK_OVERHEAD_CALLS", format!("{way}:{calls}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()?;
            if !status.success() {
                bail!("{} under valgrind failed", executable.display());
            }
            totals.push(callgrind_total(&out)?);
        }
        per_call.push((totals[1] - totals[0]) / 2000.0);
    }

    writeln!(
        report,
        "## SDK overhead
"
    )?;
    writeln!(
        report,
        "One Autional create against an in-process fixed-answer server; the hand-built reqwest \
         request is checked to be byte-identical to the SDK's (headers and body) before anything \
         is measured.\n"
    )?;
    writeln!(
        report,
        "Wall time, interleaved ({INTERLEAVED_ROUNDS} rounds of 2,000 raw and 2,000 SDK calls, \
         alternating which goes first): overhead median {:+.1}%, quartiles {:+.1}% to {:+.1}%.\n",
        quartile(2) * 100.0,
        quartile(1) * 100.0,
        quartile(3) * 100.0
    )?;
    writeln!(
        report,
        "Wall time, criterion (median per call), {rounds} runs of both one after the other:\n"
    )?;
    for (i, (raw, sdk)) in runs.iter().enumerate() {
        writeln!(
            report,
            "- run {}: raw reqwest {:.1} µs, SDK {:.1} µs: {:+.1}%",
            i + 1,
            raw / 1000.0,
            sdk / 1000.0,
            (sdk / raw - 1.0) * 100.0
        )?;
    }
    writeln!(
        report,
        "- median overhead: {:+.1}%\n",
        median(overheads) * 100.0
    )?;
    writeln!(
        report,
        "Instructions per call (callgrind, client and server together): raw reqwest {:.0}, SDK {:.0}: {:+.1}%\n",
        per_call[0],
        per_call[1],
        (per_call[1] / per_call[0] - 1.0) * 100.0
    )?;
    Ok(())
}

/// Rounds of the interleaved SDK overhead measurement.
pub(crate) const INTERLEAVED_ROUNDS: usize = 30;

/// The path of the `sdk_overhead` bench executable (built if needed).
pub(crate) fn bench_executable(root: &Path) -> Result<PathBuf> {
    let output = Command::new("cargo")
        .args([
            "bench",
            "--locked",
            "--no-run",
            "-p",
            "tests",
            "--bench",
            "sdk_overhead",
            "--message-format=json",
        ])
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()?;
    if !output.status.success() {
        bail!("building the sdk_overhead bench failed");
    }
    String::from_utf8(output.stdout)?
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["target"]["name"] == "sdk_overhead")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .context("cargo named no sdk_overhead executable")
}
