//! The SDK's overhead over raw reqwest: criterion wall time, interleaved rounds, callgrind.

use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::*;

/// The calls the benchmark measures (`tests/benches/sdk_overhead.rs`): its name for the call,
/// criterion's group, what the call is, and how many calls callgrind counts over (N and 3N).
const CALLS: [(&str, &str, &str, u32); 2] = [
    ("autional", "create_client", "one Autional create", 1000),
    (
        "gropius",
        "gropius_lifecycle",
        "the Gropius lifecycle: create, read, update, create a secret, list the secrets, \
         delete the secret, delete the client, list the clients (8 requests)",
        250,
    ),
];

pub(crate) fn run(root: &Path, rounds: usize, report: &mut String) -> Result<()> {
    // Wall time: criterion, run `rounds` times, the overhead of each run per call.
    let mut criterion_runs: Vec<Vec<(f64, f64)>> = CALLS.iter().map(|_| Vec::new()).collect();
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
        for ((_, group, _, _), runs) in CALLS.iter().zip(&mut criterion_runs) {
            let estimate = |name: &str| -> Result<f64> {
                let path = root.join(format!(
                    "target/criterion/{group}/{name}/new/estimates.json"
                ));
                let json: serde_json::Value = serde_json::from_str(
                    &std::fs::read_to_string(&path).with_context(|| path.display().to_string())?,
                )?;
                json.pointer("/median/point_estimate")
                    .and_then(serde_json::Value::as_f64)
                    .context("no median")
            };
            runs.push((estimate("raw_reqwest")?, estimate("sdk")?));
        }
    }

    // Wall time, interleaved: both ways in alternation, per round, so that the machine's drift
    // between two criterion runs does not land on one side.
    let executable = bench_executable(root)?;
    let output = Command::new(&executable)
        .env(
            "SDK_OVERHEAD_INTERLEAVED",
            format!("{INTERLEAVED_ROUNDS}:{INTERLEAVED_CALLS}"),
        )
        .stderr(Stdio::inherit())
        .output()?;
    if !output.status.success() {
        bail!("the interleaved SDK overhead run failed");
    }
    let stdout = String::from_utf8(output.stdout)?;
    let interleaved: Vec<[f64; 3]> = CALLS
        .iter()
        .map(|(name, ..)| {
            let ratios: Vec<f64> = stdout
                .lines()
                .filter(|line| line.split_whitespace().nth(2) == Some(name))
                .filter_map(|line| line.rsplit_once("ratio ")?.1.trim().parse().ok())
                .collect();
            if ratios.len() != INTERLEAVED_ROUNDS {
                bail!(
                    "the interleaved run printed {} rounds of {name}",
                    ratios.len()
                );
            }
            Ok(quartiles(ratios).map(|r| r - 1.0))
        })
        .collect::<Result<_>>()?;

    // Instructions and first-level cache misses: the same calls, counted by callgrind with its
    // cache simulation, (I(3N calls) − I(N calls)) / 2N.
    let mut counted: Vec<[PerCall; 2]> = Vec::new();
    for (name, _, _, n) in CALLS {
        let mut per_way = Vec::new();
        for way in ["raw", "sdk"] {
            let mut runs = Vec::new();
            for calls in [n, 3 * n] {
                let out = root.join(format!(
                    "target/bench/callgrind-sdk-{name}-{way}-{calls}.out"
                ));
                let status = Command::new("valgrind")
                    .args(["--tool=callgrind", "--cache-sim=yes"])
                    .arg(format!("--callgrind-out-file={}", out.display()))
                    .arg(&executable)
                    .env("SDK_OVERHEAD_CALLS", format!("{name}:{way}:{calls}"))
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()?;
                if !status.success() {
                    bail!("{} under valgrind failed", executable.display());
                }
                runs.push(callgrind_events(&out)?);
            }
            let per_call = |events: &[&str]| -> Result<f64> {
                let total = |run| -> Result<f64> {
                    events.iter().map(|event| callgrind_count(run, event)).sum()
                };
                Ok((total(&runs[1])? - total(&runs[0])?) / f64::from(2 * n))
            };
            per_way.push(PerCall {
                instructions: per_call(&["Ir"])?,
                instruction_misses: per_call(&["I1mr"])?,
                data_misses: per_call(&["D1mr", "D1mw"])?,
            });
        }
        counted.push([per_way[0], per_way[1]]);
    }

    writeln!(report, "## SDK overhead\n")?;
    writeln!(
        report,
        "Against an in-process server answering fixed bodies; the hand-built reqwest requests \
         are checked to be identical to the SDK's (method, URI, headers, body) before anything \
         is measured. The calls:\n"
    )?;
    for (name, _, what, _) in CALLS {
        writeln!(report, "- `{name}`: {what}")?;
    }
    writeln!(
        report,
        "\n| call | instructions, raw reqwest | instructions, SDK | change | L1 misses, raw → SDK: instruction; data | wall time, interleaved: median (quartiles) | wall time, criterion: each run |"
    )?;
    writeln!(report, "|---|---:|---:|---:|---:|---:|---|")?;
    for (index, (name, ..)) in CALLS.iter().enumerate() {
        let [raw_counts, sdk_counts] = counted[index];
        let (raw, sdk) = (raw_counts.instructions, sdk_counts.instructions);
        let misses = format!(
            "{:.0} → {:.0} ({:+.0}%); {:.0} → {:.0} ({:+.0}%)",
            raw_counts.instruction_misses,
            sdk_counts.instruction_misses,
            (sdk_counts.instruction_misses / raw_counts.instruction_misses - 1.0) * 100.0,
            raw_counts.data_misses,
            sdk_counts.data_misses,
            (sdk_counts.data_misses / raw_counts.data_misses - 1.0) * 100.0,
        );
        let [q1, m, q3] = interleaved[index];
        let runs: Vec<String> = criterion_runs[index]
            .iter()
            .map(|(raw, sdk)| {
                format!(
                    "{:.1} / {:.1} µs ({:+.1}%)",
                    raw / 1000.0,
                    sdk / 1000.0,
                    (sdk / raw - 1.0) * 100.0
                )
            })
            .collect();
        writeln!(
            report,
            "| {name} | {raw:.0} | {sdk:.0} | {:+.1}% | {misses} | {:+.1}% ({:+.1}% to {:+.1}%) | {} |",
            (sdk / raw - 1.0) * 100.0,
            m * 100.0,
            q1 * 100.0,
            q3 * 100.0,
            runs.join("; ")
        )?;
    }
    writeln!(
        report,
        "\nInstructions and L1 misses: callgrind with its cache simulation (`--cache-sim=yes`) over \
         client and server together, (I(3N calls) − I(N calls)) / 2N; data misses are reads and \
         writes. \
         Interleaved: {INTERLEAVED_ROUNDS} rounds of {INTERLEAVED_CALLS} raw and {INTERLEAVED_CALLS} SDK calls of each, \
         alternating which goes first. Criterion: raw / SDK median per call, {rounds} runs one \
         after the other.\n"
    )?;
    Ok(())
}

/// What callgrind counted per call of one way.
#[derive(Clone, Copy)]
struct PerCall {
    instructions: f64,
    /// First-level instruction cache misses.
    instruction_misses: f64,
    /// First-level data cache misses, reads and writes.
    data_misses: f64,
}

/// Rounds of the interleaved SDK overhead measurement.
pub(crate) const INTERLEAVED_ROUNDS: usize = 60;

/// Calls of each way per round of the interleaved measurement.
pub(crate) const INTERLEAVED_CALLS: u32 = 1000;

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
