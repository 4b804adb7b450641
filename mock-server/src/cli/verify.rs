//! `clientreg-mock verify`: the flags, and the run they start (`clientreg_mock::check` does the
//! work).

use std::process::ExitCode;
use std::time::Duration;

use clientreg_mock::Service;
use clientreg_mock::check::{
    Report, Settings, TargetCredentials, TrialOutcome, TrialResult, Verifier, trials,
};

/// Runs the contract's trials against a deployment and reports each one. Exit status: 0 when no
/// trial failed, 1 when one did, 2 on a usage error or an unreachable target, 130 or 143 when
/// interrupted (SIGINT, SIGTERM: the run stops, what it created is deleted, and the report says
/// so). Answers are read up to 4 MiB (a larger one fails its trial); credentials are masked in
/// every line printed, whole or in part, and a URL's userinfo is never shown. Every flag has an
/// environment-variable twin.
#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// The deployment's base URL: the trials' paths are appended to it.
    #[arg(long, env = "CLIENTREG_MOCK_VERIFY_TARGET")]
    target: String,

    /// Autional's internal API key (X-API-Key); without it the Autional trials are skipped.
    #[arg(
        long = "api-key",
        env = "CLIENTREG_MOCK_VERIFY_API_KEY",
        hide_env_values = true
    )]
    api_key: Option<String>,

    /// The Autional tenant (X-Tenant-ID) the trials use, and create clients under.
    #[arg(long, env = "CLIENTREG_MOCK_VERIFY_TENANT")]
    tenant: Option<String>,

    /// A Gropius admin's access token; without it the Gropius trials are skipped.
    #[arg(
        long = "admin-token",
        env = "CLIENTREG_MOCK_VERIFY_ADMIN_TOKEN",
        hide_env_values = true
    )]
    admin_token: Option<String>,

    /// A Gropius non-admin user's access token, for the 403 trials.
    #[arg(
        long = "user-token",
        env = "CLIENTREG_MOCK_VERIFY_USER_TOKEN",
        hide_env_values = true
    )]
    user_token: Option<String>,

    /// The id of a Gropius user that clientCredentialFlowUser may name.
    #[arg(long = "known-user", env = "CLIENTREG_MOCK_VERIFY_KNOWN_USER")]
    known_user: Option<String>,

    /// The services whose trials run (comma-separated).
    #[arg(long, env = "CLIENTREG_MOCK_VERIFY_SERVICES", value_delimiter = ',',
          default_value = "autional,gropius", value_parser = super::service_parser())]
    services: Vec<Service>,

    /// Also run the trials that create or change something. Created Gropius clients are
    /// deleted when the run ends; Autional has no API to delete a client.
    #[arg(long = "allow-writes", env = "CLIENTREG_MOCK_VERIFY_ALLOW_WRITES")]
    allow_writes: bool,

    /// How to report: a line per trial, a JSON object, or JUnit XML.
    #[arg(long, env = "CLIENTREG_MOCK_VERIFY_FORMAT", default_value = "text",
          value_parser = ["text", "json", "junit"])]
    format: String,

    /// At most this many requests per second.
    #[arg(long = "max-rps", env = "CLIENTREG_MOCK_VERIFY_MAX_RPS", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    max_rps: u32,

    /// Seconds each request may take.
    #[arg(long, env = "CLIENTREG_MOCK_VERIFY_TIMEOUT", default_value = "10", value_parser = super::parse_seconds)]
    timeout: Duration,

    /// Names what the run creates (`contract-verify <run id>`); default: a new ULID.
    #[arg(long = "run-id", env = "CLIENTREG_MOCK_VERIFY_RUN_ID")]
    run_id: Option<String>,

    /// Trust this CA (PEM) for an https target, besides the system's (the mock's own:
    /// `clientreg-mock --tls --tls-ca-out FILE`).
    #[arg(long = "target-ca", env = "CLIENTREG_MOCK_VERIFY_TARGET_CA")]
    target_ca: Option<std::path::PathBuf>,

    /// Run this Pact file's HTTP interactions (V3 or V4) instead of the trials, each judged by
    /// the pact's matching rules (repeat for several). The credentials above replace the pact's
    /// Authorization and X-API-Key.
    #[arg(
        long = "pact",
        env = "CLIENTREG_MOCK_VERIFY_PACT",
        value_delimiter = ','
    )]
    pacts: Vec<std::path::PathBuf>,

    /// Where to POST Pact's state-change requests (default: the target's own
    /// /__mock/pact/provider-states, the mock's).
    #[arg(
        long = "state-change-url",
        env = "CLIENTREG_MOCK_VERIFY_STATE_CHANGE_URL"
    )]
    state_change_url: Option<String>,

    /// A shell command that makes a provider state: given each state-change request as JSON on
    /// its stdin, it prints the values the pact's generators read as JSON (used when no
    /// --state-change-url is given).
    #[arg(long = "state-hook", env = "CLIENTREG_MOCK_VERIFY_STATE_HOOK")]
    state_hook: Option<String>,

    /// The admin key of a target that is this project's mock started with --admin-key: its
    /// provider states (POST /__mock/pact/provider-states) ask for it.
    #[arg(
        long = "target-admin-key",
        env = "CLIENTREG_MOCK_VERIFY_TARGET_ADMIN_KEY",
        hide_env_values = true
    )]
    target_admin_key: Option<String>,
}

/// The PEM file a --target-ca names, read; a file that cannot be read is a usage error.
pub fn read_ca(path: Option<&std::path::Path>) -> Result<Option<Vec<u8>>, ExitCode> {
    path.map(|path| {
        std::fs::read(path).map_err(|e| {
            eprintln!("error: cannot read {}: {e}", path.display());
            ExitCode::from(2)
        })
    })
    .transpose()
}

/// Runs the trials and prints the report.
pub async fn run(args: VerifyArgs) -> ExitCode {
    let run_id = args
        .run_id
        .unwrap_or_else(|| ulid::Ulid::new().to_string().to_lowercase());
    let settings = Settings {
        target: args.target,
        credentials: TargetCredentials {
            api_key: args.api_key,
            tenant: args.tenant,
            admin_token: args.admin_token,
            user_token: args.user_token,
            known_user: args.known_user,
            mock_admin_key: args.target_admin_key,
        },
        services: args.services,
        allow_writes: args.allow_writes,
        max_rps: args.max_rps,
        timeout: args.timeout,
        run_id: run_id.clone(),
        target_ca: match read_ca(args.target_ca.as_deref()) {
            Ok(ca) => ca,
            Err(code) => return code,
        },
    };
    let target = settings.target.clone();
    let verifier = match Verifier::new(settings) {
        Ok(verifier) => verifier,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = verifier.reachable().await {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    if !args.pacts.is_empty() {
        let hook = args
            .state_hook
            .map(|command| vec!["sh".to_string(), "-c".to_string(), command]);
        return run_pacts(
            &verifier,
            &args.pacts,
            args.state_change_url.as_deref(),
            hook.as_deref(),
            Report {
                command: "verify",
                run_id,
                target,
                results: Vec::new(),
                cleanup: Vec::new(),
            },
            &args.format,
        )
        .await;
    }
    let (signal, stop) = interrupted();
    let (mut results, not_run) = verifier.run_until(&trials(), stop).await;
    let signal = signal.get().copied();
    if let Some(signal) = signal {
        results.push(TrialResult {
            service: "run".to_string(),
            name: "interrupted".to_string(),
            outcome: TrialOutcome::Fail,
            detail: Some(format!(
                "by {} after {} trials, {} not run; what the run created is cleaned up below",
                signal.name(),
                results.len(),
                not_run
            )),
        });
    }
    let cleanup = verifier.clean_up().await;
    let report = Report {
        command: "verify",
        run_id,
        target,
        results,
        cleanup,
    };
    let status = print_report(&report, &args.format);
    match signal {
        Some(signal) => ExitCode::from(signal.exit_status()),
        None => status,
    }
}

/// `verify --pact`: each pact's interactions against the target, into `report`.
async fn run_pacts(
    verifier: &Verifier,
    files: &[std::path::PathBuf],
    state_change_url: Option<&str>,
    state_hook: Option<&[String]>,
    mut report: Report,
    format: &str,
) -> ExitCode {
    for file in files {
        let read = std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| serde_json::from_slice(&bytes).map_err(|e| e.to_string()));
        let pact: serde_json::Value = match read {
            Ok(pact) => pact,
            Err(e) => {
                eprintln!("error: cannot read the pact {}: {e}", file.display());
                return ExitCode::from(2);
            }
        };
        report
            .results
            .extend(verifier.run_pact(&pact, state_change_url, state_hook).await);
    }
    print_report(&report, format)
}

/// A signal that ends a run early.
#[derive(Debug, Clone, Copy)]
enum Interrupt {
    Int,
    Term,
}

impl Interrupt {
    fn name(self) -> &'static str {
        match self {
            Interrupt::Int => "SIGINT",
            Interrupt::Term => "SIGTERM",
        }
    }

    /// 128 + the signal's number, as a shell reports a process the signal ended.
    fn exit_status(self) -> u8 {
        match self {
            Interrupt::Int => 130,
            Interrupt::Term => 143,
        }
    }
}

/// A future that completes on SIGINT or SIGTERM, and where it says which came. The handlers
/// are in place from this call on: a signal that comes during the cleanup that follows is
/// taken by them too, so the cleanup finishes.
fn interrupted() -> (
    std::sync::Arc<std::sync::OnceLock<Interrupt>>,
    impl Future<Output = ()>,
) {
    let which = std::sync::Arc::new(std::sync::OnceLock::new());
    let said = which.clone();
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let mut terminate =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    let stop = async move {
        #[cfg(unix)]
        let terminate = async {
            match terminate.as_mut() {
                Some(signal) => {
                    signal.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let terminate = std::future::pending::<()>();
        let signal = tokio::select! {
            _ = ctrl_c => Interrupt::Int,
            () = terminate => Interrupt::Term,
        };
        let _ = said.set(signal);
    };
    (which, stop)
}

/// Prints `report` in `format` (`text`, `json`, `junit`); exit status 1 when a trial failed.
pub fn print_report(report: &Report, format: &str) -> ExitCode {
    match format {
        "json" => println!("{:#}", report.json()),
        "junit" => print!("{}", report.junit()),
        _ => print!("{}", report.text()),
    }
    if report.failed() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
