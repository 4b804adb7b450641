//! How a check ended: a result per trial (or per replayed exchange), and why a check could not
//! start at all.

use crate::services::Service;

/// How one trial ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrialOutcome {
    /// The answer is what the trial expects.
    Pass,
    /// It is not: `detail` says what differed.
    Fail,
    /// Not run: `detail` says why.
    Skipped,
}

impl TrialOutcome {
    /// `pass`, `fail` or `skipped`.
    pub fn as_str(self) -> &'static str {
        match self {
            TrialOutcome::Pass => "pass",
            TrialOutcome::Fail => "fail",
            TrialOutcome::Skipped => "skipped",
        }
    }
}

/// One trial's result.
#[derive(Debug, Clone)]
pub struct TrialResult {
    /// The service.
    pub service: String,
    /// The trial's name.
    pub name: String,
    /// How it ended.
    pub outcome: TrialOutcome,
    /// For a failure, what differed; for a skip, why.
    pub detail: Option<String>,
}

/// Why a check (a [`super::Verifier`] run, a [`super::replay`]) could not start; nothing was sent
/// but what found the target unreachable.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The target's URL is not an http(s) URL (shown without its userinfo).
    #[error("--target {0:?} is not an http(s) URL")]
    Target(String),
    /// Nothing answered at the target.
    #[error("the target {target} is unreachable: {reason}")]
    Unreachable {
        /// The target (without its userinfo).
        target: String,
        /// What the connection attempt said, with every credential masked.
        reason: String,
        /// The HTTP client's error (without its URL).
        #[source]
        source: reqwest::Error,
    },
    /// A recorded path that does not start with `/`: it is appended to the target's URL, and
    /// must not lead to another host.
    #[error(
        "the recording cannot be replayed: exchange #{exchange} has the path {path:?}: a recorded path must start with /"
    )]
    RecordedPathNotAbsolute {
        /// The exchange's number in the recording, from 1.
        exchange: usize,
        /// Its path, cut short.
        path: String,
    },
    /// The recording has no exchange of the services asked for.
    #[error("the recording cannot be replayed: it has no exchange of {}", .0.iter().map(|s| s.name()).collect::<Vec<_>>().join(" or "))]
    NothingToReplay(Vec<Service>),
    /// The target is this project's mock, its admin API asks for a key, and the one given
    /// (`--target-admin-key`) is not it, or none was: the recorded users cannot be made known.
    #[error(
        "the target {0} is a mock whose admin API asks for its key: give --target-admin-key (its --admin-key)"
    )]
    MockAdminKey(String),
    /// The CA given to trust (`--target-ca`) is not a PEM certificate.
    #[error("--target-ca is not a PEM certificate: {0}")]
    TargetCa(#[source] reqwest::Error),
    /// The HTTP client could not be built.
    #[error("the HTTP client could not be built: {0}")]
    Client(#[source] reqwest::Error),
}
