//! `clientreg-mock replay`: the flags, and the run they start (`clientreg_mock::check::replay` does
//! the work).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clientreg_mock::Service;
use clientreg_mock::check::{
    RecordedExchange, ReplaySettings, compare_recordings, read_recording, replay,
};
use clientreg_mock::check::{Report, TargetCredentials};

/// Re-sends each request of a recording (`proxy --record`) to a target, typically this mock, and
/// compares each answer with the recorded one: the mock's fidelity, measured on real traffic.
/// With `--compare-with OLD` instead of `--target`, sends nothing and compares the recording
/// with an older one of the same requests: what the recorded service changed. Same report, exit
/// status and JSON shape as `verify`. An empty recording, one with no exchange of the services
/// asked, and one whose path does not start with `/` are refused (exit status 2). Answers are
/// read up to 4 MiB; the credentials given are masked in every line printed, whole or in part,
/// and a URL's userinfo is never shown. Every flag has an environment twin.
#[derive(Debug, clap::Args)]
pub struct ReplayArgs {
    /// The recording: one JSON line per exchange (docs/recording.md).
    #[arg(long, env = "CLIENTREG_MOCK_REPLAY_RECORDING")]
    recording: PathBuf,

    /// The target's base URL.
    #[arg(
        long,
        env = "CLIENTREG_MOCK_REPLAY_TARGET",
        required_unless_present = "compare_with",
        conflicts_with = "compare_with"
    )]
    target: Option<String>,

    /// An older recording of the same requests to compare the recording with, instead of
    /// replaying it: each answer against the older one (nothing is sent).
    #[arg(long = "compare-with", env = "CLIENTREG_MOCK_REPLAY_COMPARE_WITH")]
    compare_with: Option<PathBuf>,

    /// How to report: a line per exchange, a JSON object, or JUnit XML.
    #[arg(long, env = "CLIENTREG_MOCK_REPLAY_FORMAT", default_value = "text",
          value_parser = ["text", "json", "junit"])]
    format: String,

    /// The target's Autional API key, for a recorded key the upstream accepted.
    #[arg(long = "api-key", env = "CLIENTREG_MOCK_REPLAY_API_KEY", hide_env_values = true,
          default_value = clientreg_mock::DEV_API_KEY, hide_default_value = true)]
    api_key: String,

    /// The target's Gropius admin token, for a recorded token the upstream accepted.
    #[arg(long = "admin-token", env = "CLIENTREG_MOCK_REPLAY_ADMIN_TOKEN", hide_env_values = true,
          default_value = clientreg_mock::DEV_ADMIN_TOKEN, hide_default_value = true)]
    admin_token: String,

    /// The target's Gropius non-admin token, for a recorded token the upstream refused with 403.
    #[arg(long = "user-token", env = "CLIENTREG_MOCK_REPLAY_USER_TOKEN", hide_env_values = true,
          default_value = clientreg_mock::DEV_USER_TOKEN, hide_default_value = true)]
    user_token: String,

    /// The admin key of a target that is this project's mock started with --admin-key: replay
    /// makes the recorded users known through its admin API (POST /__mock/gropius/users).
    #[arg(
        long = "target-admin-key",
        env = "CLIENTREG_MOCK_REPLAY_TARGET_ADMIN_KEY",
        hide_env_values = true
    )]
    target_admin_key: Option<String>,

    /// Seconds each request may take.
    #[arg(long, env = "CLIENTREG_MOCK_REPLAY_TIMEOUT", default_value = "10", value_parser = super::parse_seconds)]
    timeout: Duration,

    /// Trust this CA (PEM) for an https target, besides the system's.
    #[arg(long = "target-ca", env = "CLIENTREG_MOCK_REPLAY_TARGET_CA")]
    target_ca: Option<PathBuf>,

    /// The services whose exchanges are replayed (comma-separated).
    #[arg(long, env = "CLIENTREG_MOCK_REPLAY_SERVICES", value_delimiter = ',',
          default_value = "autional,gropius", value_parser = super::service_parser())]
    services: Vec<Service>,
}

/// Reads a recording, or says why not (exit status 2).
fn read(path: &Path) -> Result<Vec<RecordedExchange>, ExitCode> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        eprintln!("error: cannot read the recording {}: {e}", path.display());
        ExitCode::from(2)
    })?;
    let exchanges = read_recording(&text).map_err(|e| {
        eprintln!("error: {} is not a recording: {e}", path.display());
        ExitCode::from(2)
    })?;
    if exchanges.is_empty() {
        eprintln!(
            "error: the recording {} has no exchange: nothing to compare",
            path.display()
        );
        return Err(ExitCode::from(2));
    }
    Ok(exchanges)
}

/// Replays the recording (or compares it with an older one) and prints the report.
pub async fn run(args: ReplayArgs) -> ExitCode {
    let exchanges = match read(&args.recording) {
        Ok(exchanges) => exchanges,
        Err(code) => return code,
    };
    let Some(target) = args.target.clone() else {
        let older = args.compare_with.clone().unwrap_or_default();
        let before = match read(&older) {
            Ok(exchanges) => exchanges,
            Err(code) => return code,
        };
        let report = Report {
            command: "replay",
            run_id: args.recording.display().to_string(),
            target: format!("the recording {}", older.display()),
            results: compare_recordings(&before, &exchanges),
            cleanup: Vec::new(),
        };
        return super::verify::print_report(&report, &args.format);
    };
    let settings = ReplaySettings {
        target: target.clone(),
        credentials: TargetCredentials {
            api_key: Some(args.api_key),
            admin_token: Some(args.admin_token),
            user_token: Some(args.user_token),
            mock_admin_key: args.target_admin_key.clone(),
            ..TargetCredentials::default()
        },
        timeout: args.timeout,
        services: args.services.clone(),
        target_ca: match super::verify::read_ca(args.target_ca.as_deref()) {
            Ok(ca) => ca,
            Err(code) => return code,
        },
    };
    let results = match replay(&exchanges, &settings).await {
        Ok(results) => results,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let report = Report {
        command: "replay",
        run_id: args.recording.display().to_string(),
        target,
        results,
        cleanup: Vec::new(),
    };
    super::verify::print_report(&report, &args.format)
}
