use std::process::ExitCode;

use xtask::{SERVICES, codegen, examples, project_root};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  generate   regenerate the SDK's modules under sdk/src/generated/ from openapi/
  check      fail when a document does not parse, an example does not validate against its
             schema, or a generated module is stale (shows the diff)
  breaking [--base <rev>] [--format text|json]
             classify every change to openapi/ since <rev> (default HEAD~1) as breaking,
             possibly breaking or safe; fail on a breaking change not listed, with its reason,
             in openapi/accepted-changes.yaml
  bench [--rounds N] [--seconds N] [--clients N] [--parts throughput,startup,memory,instructions,sdk]
             benchmark the mock (release) against the same stack with no work and against
             wiremock-rs, memory per client, start-up, instructions per request, SDK overhead;
             writes target/bench/report.md
";

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let root = project_root();
    let result = match task.as_str() {
        "generate" => codegen::generate(&root, SERVICES).map(|changed| {
            if changed.is_empty() {
                println!("generated code is up to date");
            }
            for file in changed {
                println!("wrote {file}");
            }
        }),
        "check" => examples::check_examples(&root, SERVICES)
            .and_then(|()| codegen::check_fresh(&root, SERVICES))
            .map(|()| println!("contract documents valid, examples valid, generated code fresh")),
        "breaking" => return breaking(&root),
        "bench" => return bench(&root),
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn breaking(root: &std::path::Path) -> ExitCode {
    let mut base = "HEAD~1".to_string();
    let mut json = false;
    let mut args = std::env::args().skip(2);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--base", Some(rev)) => base = rev,
            ("--format", Some(format)) if format == "json" || format == "text" => {
                json = format == "json"
            }
            _ => {
                eprint!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let changes = match xtask::breaking::report(root, &base) {
        Ok(changes) => changes,
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&changes).expect("changes serialize")
        );
    } else if changes.is_empty() {
        println!("no change to the contract since {base}");
    } else {
        for change in &changes {
            println!("{change}");
        }
    }
    let unaccepted = changes
        .iter()
        .filter(|c| c.severity == xtask::breaking::Severity::Breaking && c.accepted.is_none())
        .count();
    if unaccepted > 0 {
        eprintln!(
            "{unaccepted} breaking change(s) since {base}: make them compatible, or list each in \
             openapi/accepted-changes.yaml with its reason"
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn bench(root: &std::path::Path) -> ExitCode {
    let mut options = xtask::bench::Options::default();
    let mut args = std::env::args().skip(2);
    while let Some(arg) = args.next() {
        let number = |value: Option<String>| value.and_then(|v| v.parse::<usize>().ok());
        match arg.as_str() {
            "--parts" => match args.next() {
                Some(parts) if parts.split(',').all(|p| xtask::bench::PARTS.contains(&p)) => {
                    options.parts = parts.split(',').map(str::to_string).collect();
                }
                _ => return usage(),
            },
            "--rounds" => match number(args.next()) {
                Some(n) if n > 0 => options.rounds = n,
                _ => return usage(),
            },
            "--seconds" => match number(args.next()) {
                Some(n) if n > 0 => options.seconds = n as u64,
                _ => return usage(),
            },
            "--clients" => match number(args.next()) {
                Some(n) if n > 0 => options.clients = n,
                _ => return usage(),
            },
            _ => return usage(),
        }
    }
    match xtask::bench::run(root, &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprint!("{USAGE}");
    ExitCode::from(2)
}
