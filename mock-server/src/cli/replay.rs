//! `mock-server replay`: the flags, and the run they start (`mock_server::proxy::replay` does
//! the work).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use mock_server::proxy::{ReplaySettings, read_recording, replay};
use mock_server::verify::{Credentials, Report};

/// Re-sends each request of a recording (`proxy --record`) to a target, typically this mock, and
/// compares each answer with the recorded one: the mock's fidelity, measured on real traffic.
/// Same report, exit status and JSON shape as `verify`. Every flag has an environment twin.
#[derive(Debug, clap::Args)]
pub struct ReplayArgs {
    /// The recording: one JSON line per exchange (docs/recording.md).
    #[arg(long, env = "MOCK_SERVER_REPLAY_RECORDING")]
    recording: PathBuf,

    /// The target's base URL.
    #[arg(long, env = "MOCK_SERVER_REPLAY_TARGET")]
    target: String,

    /// How to report: a line per exchange, a JSON object, or JUnit XML.
    #[arg(long, env = "MOCK_SERVER_REPLAY_FORMAT", default_value = "text",
          value_parser = ["text", "json", "junit"])]
    format: String,

    /// The target's Autional API key, for a recorded key the upstream accepted.
    #[arg(long = "api-key", env = "MOCK_SERVER_REPLAY_API_KEY", hide_env_values = true,
          default_value = mock_server::DEV_API_KEY, hide_default_value = true)]
    api_key: String,

    /// The target's Gropius admin token, for a recorded token the upstream accepted.
    #[arg(long = "admin-token", env = "MOCK_SERVER_REPLAY_ADMIN_TOKEN", hide_env_values = true,
          default_value = mock_server::DEV_ADMIN_TOKEN, hide_default_value = true)]
    admin_token: String,

    /// The target's Gropius non-admin token, for a recorded token the upstream refused with 403.
    #[arg(long = "user-token", env = "MOCK_SERVER_REPLAY_USER_TOKEN", hide_env_values = true,
          default_value = mock_server::DEV_USER_TOKEN, hide_default_value = true)]
    user_token: String,

    /// Seconds each request may take.
    #[arg(long, env = "MOCK_SERVER_REPLAY_TIMEOUT", default_value = "10", value_parser = super::parse_seconds)]
    timeout: Duration,
}

/// Replays the recording and prints the report.
pub async fn run(args: ReplayArgs) -> ExitCode {
    let text = match std::fs::read_to_string(&args.recording) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "error: cannot read the recording {}: {e}",
                args.recording.display()
            );
            return ExitCode::from(2);
        }
    };
    let exchanges = match read_recording(&text) {
        Ok(exchanges) => exchanges,
        Err(e) => {
            eprintln!(
                "error: {} is not a recording: {e}",
                args.recording.display()
            );
            return ExitCode::from(2);
        }
    };
    let settings = ReplaySettings {
        target: args.target.clone(),
        credentials: Credentials {
            api_key: Some(args.api_key),
            admin_token: Some(args.admin_token),
            user_token: Some(args.user_token),
            ..Credentials::default()
        },
        timeout: args.timeout,
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
        target: args.target,
        results,
        cleanup: Vec::new(),
    };
    super::verify::print_report(&report, &args.format)
}
