//! The checker: the contract held against any deployment's answers, apart from the mock.
//!
//! - [`ContractChecker`]: the documents of `openapi/`, compiled in, as a checker of one answer
//!   (its status declared, its body against the schema), saying why not ([`AnswerMismatch`]);
//! - [`Verifier`] (`clientreg-mock verify`): the contract's trials (`openapi/trials/`) against a
//!   deployment, each answer held to its trial and to the schema, so that drift of the real
//!   service is caught; the conformance suite runs the same trials against the embedded mock;
//! - [`replay`] (`clientreg-mock replay`): a recording (`clientreg-mock proxy --record`, read by
//!   [`read_recording`]) re-sent to a target and each answer compared with the recorded one;
//!   [`compare_recordings`] compares two recordings.
//!
//! Behind the `check` feature (part of `cli`): a test crate that only embeds the mock builds
//! none of it. It shares with the mock only the wire types, the table of services and the
//! journal.
//!
//! ```no_run
//! # async fn run() -> Result<(), clientreg_mock::check::CheckError> {
//! use clientreg_mock::Service;
//! use clientreg_mock::check::{Settings, TargetCredentials, Verifier};
//!
//! let verifier = Verifier::new(Settings {
//!     target: "http://127.0.0.1:8080".into(),
//!     credentials: TargetCredentials { api_key: Some("dev-api-key".into()), tenant: Some("t1".into()), ..Default::default() },
//!     services: vec![Service::Autional],
//!     allow_writes: false,
//!     max_rps: 20,
//!     timeout: std::time::Duration::from_secs(10),
//!     run_id: "example".into(),
//!     target_ca: None,
//! })?;
//! verifier.reachable().await?;
//! let results = verifier.run_all(&clientreg_mock::check::trials()).await;
//! let _notes = verifier.clean_up().await; // deletes the Gropius clients the run created
//! assert!(results.iter().all(|r| r.outcome != clientreg_mock::check::TrialOutcome::Fail));
//! # Ok(()) }
//! ```

mod contract;
mod outcome;
mod pact;
#[cfg(feature = "proxy")]
mod recorder;
mod recording;
mod redact;
mod replay;
mod report;
mod run;
mod target;
mod trials;

pub(crate) use clientreg_contract::DOCUMENTS;
#[cfg(feature = "proxy")]
pub(crate) use contract::Answer;
pub use contract::{AnswerMismatch, BodyMismatch, ContractChecker, SchemaError};
pub use outcome::{CheckError, TrialOutcome, TrialResult};
#[cfg(feature = "proxy")]
pub(crate) use recorder::Recorder;
pub use recording::{
    RecordedAnswer, RecordedExchange, RecordedRequest, RecordingError, pacts_from_recording,
    read_recording,
};
#[cfg(feature = "proxy")]
pub(crate) use redact::display_url;
pub use replay::{ReplaySettings, compare_recordings, replay};
pub use report::Report;
pub use run::{Settings, Verifier};
pub use target::TargetCredentials;
#[cfg(feature = "proxy")]
pub(crate) use target::{Unread, read_up_to};
pub use trials::{Trial, all as trials};
