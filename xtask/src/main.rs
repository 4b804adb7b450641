//! `cargo xtask <task>`: the command line only; each task is a module of the library.

use std::path::Path;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use xtask::bench::{Generator, Options, Part};
use xtask::{SERVICES, codegen, examples, gropius, project_root};

/// The project's chores: generate the SDK, check the contract, report breaking changes,
/// benchmark the mock.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Regenerate the SDK's modules under sdk/src/generated/ from openapi/.
    Generate,
    /// Fail when a document does not parse, an example does not validate against its schema,
    /// or a generated module is stale (shows the diff).
    Check,
    /// Write each published crate's public API listing (<folder>/public-api.txt) from rustdoc's
    /// JSON; with --check, fail with a diff when a checked-in listing is stale.
    Api {
        /// Compare instead of writing.
        #[arg(long)]
        check: bool,
    },
    /// Classify every change to the contract documents since a revision as breaking, possibly
    /// breaking or safe; fail on a breaking change not listed, with its reason, in
    /// openapi/accepted-changes.yaml, and when a published crate's version does not move past
    /// the revision's compatible range after a break of the contract or of its API listing.
    Breaking {
        /// The git revision to compare the working tree with.
        #[arg(long, default_value = "HEAD~1")]
        base: String,
        /// How to print the changes.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Benchmark the mock (release) against the same stack with no work and against
    /// wiremock-rs: throughput, start-up, memory per client, instructions per request, SDK
    /// overhead. Writes target/bench/report.md.
    Bench {
        /// Rounds of every case on every server (medians are reported).
        #[arg(long, default_value_t = Options::default().rounds, value_parser = positive)]
        rounds: usize,
        /// Seconds of load per measurement of the proxy part.
        #[arg(long, default_value_t = Options::default().seconds, value_parser = clap::value_parser!(u64).range(1..))]
        seconds: u64,
        /// Seconds of load of each throughput run (comma-separated; default: 2,10).
        #[arg(long, value_delimiter = ',', value_parser = clap::value_parser!(u64).range(1..))]
        durations: Vec<u64>,
        /// Load generators of the throughput part (comma-separated; default: wrk,oha).
        #[arg(long, value_enum, value_delimiter = ',')]
        generators: Vec<Generator>,
        /// Clients created for the memory measurement.
        #[arg(long, default_value_t = Options::default().clients, value_parser = positive)]
        clients: usize,
        /// Which parts to run (comma-separated; default: all but `profile`).
        #[arg(long, value_enum, value_delimiter = ',')]
        parts: Vec<Part>,
    },
    /// The real Gropius login-service on this machine (target/gropius/): `up` starts it and
    /// mints tokens, `tokens` mints fresh ones, `states` serves Pact's provider states made
    /// through it, `down` stops it.
    Gropius {
        #[command(subcommand)]
        action: GropiusAction,
    },
}

#[derive(Debug, Subcommand)]
enum GropiusAction {
    /// Install (once per source), then start PostgreSQL, the GraphQL backend's stand-in and the
    /// service, all on 127.0.0.1; mint tokens into target/gropius/verify.env.
    Up {
        /// The service's source: a gropius-login-service checkout (or its backend/ folder).
        /// Default: ../shared/upstream/gropius-login-service, else a clone of the pinned commit.
        #[arg(long, env = "GROPIUS_SOURCE")]
        source: Option<std::path::PathBuf>,
    },
    /// Mint fresh tokens (they live 10 minutes) into target/gropius/verify.env.
    Tokens,
    /// Send the traffic corpus (openapi/fidelity/gropius-login.corpus.yaml) to the running
    /// service through `clientreg-mock proxy --record`.
    Record {
        /// Where to write the recording.
        #[arg(long, default_value = "target/gropius/recording.jsonl")]
        out: std::path::PathBuf,
    },
    /// Serve Pact's provider states (the verifiers' state-change URL), made through the running
    /// service's own API, on 127.0.0.1:PORT until stopped.
    States {
        /// The port to listen on.
        #[arg(long, default_value_t = 18183)]
        port: u16,
    },
    /// Stop every process `up` started, by its pid.
    Down,
}

/// A count of at least 1.
fn positive(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{text:?} is not a whole number of at least 1")),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let root = project_root();
    let result = match Cli::parse().task {
        Task::Generate => codegen::generate(&root, SERVICES).map(|changed| {
            if changed.is_empty() {
                println!("generated code is up to date");
            }
            for file in changed {
                println!("wrote {file}");
            }
        }),
        Task::Check => examples::check_examples(&root, SERVICES)
            .and_then(|()| codegen::check_fresh(&root, SERVICES))
            .map(|()| println!("contract documents valid, examples valid, generated code fresh")),
        Task::Api { check: true } => xtask::api::check(&root)
            .map(|()| println!("the published crates' API listings are current")),
        Task::Api { check: false } => xtask::api::write(&root).map(|changed| {
            if changed.is_empty() {
                println!("the published crates' API listings are current");
            }
            for file in changed {
                println!("wrote {file}");
            }
        }),
        Task::Breaking { base, format } => return breaking(&root, &base, format),
        Task::Bench {
            rounds,
            seconds,
            durations,
            generators,
            clients,
            parts,
        } => {
            let defaults = Options::default();
            let options = Options {
                rounds,
                seconds,
                durations: if durations.is_empty() {
                    defaults.durations
                } else {
                    durations
                },
                generators: if generators.is_empty() {
                    defaults.generators
                } else {
                    generators
                },
                clients,
                parts: if parts.is_empty() {
                    Part::ALL.to_vec()
                } else {
                    parts
                },
                ..Options::default()
            };
            xtask::bench::run(&root, &options)
        }
        Task::Gropius { action } => match action {
            GropiusAction::Up { source } => gropius::up(&root, source),
            GropiusAction::Tokens => gropius::tokens(&root),
            GropiusAction::Record { out } => gropius::record(&root, &root.join(out)),
            GropiusAction::States { port } => gropius::states(&root, port),
            GropiusAction::Down => gropius::down(&root),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn breaking(root: &Path, base: &str, format: Format) -> ExitCode {
    let documents: Vec<&str> = SERVICES.iter().map(|service| service.spec).collect();
    let changes = match xtask::breaking::report(root, base, &documents) {
        Ok(changes) => changes,
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&changes).expect("changes serialize")
        ),
        Format::Text if changes.is_empty() => println!("no change to the contract since {base}"),
        Format::Text => {
            for change in &changes {
                println!("{change}");
            }
        }
    }
    let unaccepted = changes
        .iter()
        .filter(|c| c.severity == xtask::breaking::Severity::Breaking && c.accepted.is_none())
        .count();
    // Possibly breaking counts too: a response enum value added is a new variant of an
    // exhaustive enum in the SDK.
    let contract_breaks = changes
        .iter()
        .filter(|c| c.severity != xtask::breaking::Severity::Safe)
        .filter(|c| c.severity != xtask::breaking::Severity::NotCompared)
        .count();
    let verdicts = match xtask::versions::verdicts(root, base, contract_breaks) {
        Ok(verdicts) => verdicts,
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    for verdict in &verdicts {
        match format {
            Format::Text => println!("{verdict}"),
            Format::Json => eprintln!("{verdict}"),
        }
    }
    let mut failed = false;
    if unaccepted > 0 {
        eprintln!(
            "{unaccepted} breaking change(s) since {base}: make them compatible, or list each in \
             openapi/accepted-changes.yaml with its reason"
        );
        failed = true;
    }
    let silent: Vec<&str> = verdicts
        .iter()
        .filter(|v| !v.says_so())
        .map(|v| v.name)
        .collect();
    if !silent.is_empty() {
        eprintln!(
            "{} broke since {base} and the version does not say so: raise the minor version \
             (0.x) in each Cargo.toml, and the exact requirement on clientreg-contract in the \
             workspace's Cargo.toml if it moved",
            silent.join(", ")
        );
        failed = true;
    }
    if failed {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
