//! The contract's trials (`clientreg-contract`'s `TRIALS`, from `openapi/trials/`): the data model and
//! what a trial needs to be sent. The format is described in `openapi/README.md`.

use std::collections::BTreeMap;

use clientreg_contract::TRIALS;
use serde::Deserialize;
use serde_json::Value;

use crate::profile::Profile;
use crate::services::Service;

/// The format version this build reads.
const VERSION: u32 = 2;

/// A trials file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TrialFile {
    version: u32,
    document: String,
    service: Service,
    operation: String,
    headers: BTreeMap<String, String>,
    #[serde(default)]
    fixtures: BTreeMap<String, Fixture>,
    trials: Vec<TrialSpec>,
}

/// A request a trial's `setup` makes first, and what it captures from the answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Fixture {
    pub(crate) operation: String,
    #[serde(default)]
    pub(crate) body: Option<Value>,
    pub(crate) status: u16,
    /// Capture name → JSON pointer into the answer.
    #[serde(default)]
    pub(crate) capture: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TrialSpec {
    name: String,
    #[serde(default)]
    operation: Option<String>,
    #[serde(default)]
    setup: Vec<String>,
    #[serde(default)]
    path: BTreeMap<String, String>,
    #[serde(default)]
    headers: BTreeMap<String, Option<String>>,
    #[serde(default)]
    body: Option<Value>,
    #[serde(default)]
    raw_body: Option<String>,
    #[serde(default)]
    raw_body_bytes: Option<usize>,
    expect: ContractAnswer,
    #[serde(default)]
    upstream: Option<UpstreamAnswer>,
}

/// What the contract says comes back.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContractAnswer {
    /// The status.
    pub status: u16,
    /// Autional's business code.
    #[serde(default)]
    pub code: Option<i64>,
    /// The start of the message.
    #[serde(default)]
    pub message: Option<String>,
    /// Fields of the request body the answer repeats (under the file's answer root).
    #[serde(default)]
    pub echo: Vec<String>,
}

/// What the real service answers instead, by one of its known quirks (`x-upstream-quirks`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UpstreamAnswer {
    /// The status.
    pub status: u16,
    /// The start of the message.
    #[serde(default)]
    pub message: Option<String>,
    /// Fields of the request body the answer repeats.
    #[serde(default)]
    pub echo: Vec<String>,
    /// The quirk's name (as the mock's `x-mock-divergence` header names it).
    pub quirk: String,
}

/// How a trial's body is given.
#[derive(Debug, Clone)]
pub(crate) enum BodySpec {
    None,
    Json(Value),
    Raw(String),
    /// A JSON object of this many bytes (for the body limit).
    Oversized(usize),
}

/// One trial: a request and what the contract says comes back.
#[derive(Debug, Clone)]
pub struct Trial {
    /// The service it is for.
    pub service: Service,
    /// Its name, unique within the service.
    pub name: String,
    /// The operation it calls.
    pub operation: String,
    pub(crate) setup: Vec<(String, Fixture)>,
    pub(crate) path_params: BTreeMap<String, String>,
    /// Headers: the file's defaults with the trial's over them (`None`: left out).
    pub(crate) headers: BTreeMap<String, Option<String>>,
    /// The file's default headers alone, which its fixtures send.
    pub(crate) file_headers: BTreeMap<String, Option<String>>,
    pub(crate) body: BodySpec,
    /// What the contract says comes back.
    pub(crate) expect: ContractAnswer,
    /// What the real service answers instead, where a known quirk departs from the contract.
    pub(crate) upstream: Option<UpstreamAnswer>,
    /// Where the answer repeats the request's fields (`/data` for Autional's envelope).
    pub(crate) echo_under: &'static str,
}

impl Trial {
    /// Whether it creates or changes something on the target when sent with `method` (its
    /// operation's): a setup, or a success the contract (or the real service, by a known
    /// quirk) answers to a method other than `GET`.
    pub fn writes(&self, method: &str) -> bool {
        let success = |status: u16| (200..300).contains(&status);
        self.has_setup()
            || (method != "GET"
                && (success(self.expect.status)
                    || self.upstream.as_ref().is_some_and(|u| success(u.status))))
    }

    /// The status expected under `profile`: the contract's, or under `upstream` the real
    /// service's where a known quirk departs from the contract.
    pub fn expected_status(&self, profile: Profile) -> u16 {
        match (profile, &self.upstream) {
            (Profile::Upstream, Some(upstream)) => upstream.status,
            _ => self.expect.status,
        }
    }

    /// The known quirk by which the real service answers it otherwise than the contract (as
    /// `x-upstream-quirks` and the mock's `x-mock-divergence` name it), if any: then it is
    /// judged under each profile apart.
    pub fn quirk(&self) -> Option<&str> {
        self.upstream
            .as_ref()
            .map(|upstream| upstream.quirk.as_str())
    }

    /// Whether it makes requests of its own before its trial request.
    pub fn has_setup(&self) -> bool {
        !self.setup.is_empty()
    }

    /// The placeholders (`{api_key}`, ...) its request and setup use.
    pub(crate) fn placeholders(&self) -> Vec<&'static str> {
        let mut text = serde_json::to_string(&self.headers).unwrap_or_default();
        if let BodySpec::Json(body) = &self.body {
            text.push_str(&body.to_string());
        }
        if let BodySpec::Raw(raw) = &self.body {
            text.push_str(raw);
        }
        for (_, fixture) in &self.setup {
            text.push_str(
                &fixture
                    .body
                    .as_ref()
                    .map(Value::to_string)
                    .unwrap_or_default(),
            );
        }
        PLACEHOLDERS
            .into_iter()
            .filter(|p| text.contains(p))
            .collect()
    }
}

/// The placeholders a trial may use, each filled from a flag of `verify`.
pub(crate) const PLACEHOLDERS: [&str; 6] = [
    "{api_key}",
    "{tenant}",
    "{admin_token}",
    "{user_token}",
    "{known_user}",
    "{run}",
];

/// Every trial of every file, in file order.
///
/// ```
/// use clientreg_mock::{Profile, Service};
///
/// let trials = clientreg_mock::check::trials();
/// let quirk = trials.iter().find(|t| t.name == "created_with_every_scope").unwrap();
/// assert_eq!(quirk.quirk(), Some("scope-not-backend"));
/// assert_eq!(quirk.service, Service::Gropius);
/// assert_eq!(quirk.expected_status(Profile::Contract), 201);
/// assert_eq!(quirk.expected_status(Profile::Upstream), 400);
/// ```
///
/// # Panics
/// If a file compiled into this build does not parse (a test holds them to the format).
pub fn all() -> Vec<Trial> {
    TRIALS
        .iter()
        .flat_map(|(name, text)| {
            parse(name, text).unwrap_or_else(|e| panic!("openapi/trials/{name}: {e}"))
        })
        .collect()
}

fn parse(name: &str, text: &str) -> Result<Vec<Trial>, String> {
    let file: TrialFile = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
    if file.version != VERSION {
        return Err(format!(
            "version {}, this build reads {VERSION}",
            file.version
        ));
    }
    if file.document != name {
        return Err(format!("names the document {}", file.document));
    }
    let echo_under = if file.service == Service::Autional {
        "/data"
    } else {
        ""
    };
    let mut seen = std::collections::BTreeSet::new();
    file.trials
        .into_iter()
        .map(|spec| {
            if !seen.insert(spec.name.clone()) {
                return Err(format!("two trials are named {}", spec.name));
            }
            let body = match (spec.body, spec.raw_body, spec.raw_body_bytes) {
                (None, None, None) => BodySpec::None,
                (Some(body), None, None) => BodySpec::Json(body),
                (None, Some(raw), None) => BodySpec::Raw(raw),
                (None, None, Some(bytes)) => BodySpec::Oversized(bytes),
                _ => {
                    return Err(format!(
                        "{}: give one of body, raw_body, raw_body_bytes",
                        spec.name
                    ));
                }
            };
            let setup = spec
                .setup
                .iter()
                .map(|fixture| {
                    file.fixtures
                        .get(fixture)
                        .map(|f| (fixture.clone(), f.clone()))
                        .ok_or_else(|| format!("{}: no fixture {fixture}", spec.name))
                })
                .collect::<Result<_, _>>()?;
            let file_headers: BTreeMap<String, Option<String>> = file
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), Some(v.clone())))
                .collect();
            let mut headers = file_headers.clone();
            headers.extend(spec.headers);
            Ok(Trial {
                service: file.service,
                name: spec.name,
                operation: spec.operation.unwrap_or_else(|| file.operation.clone()),
                setup,
                path_params: spec.path,
                headers,
                file_headers,
                body,
                expect: spec.expect,
                upstream: spec.upstream,
                echo_under,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::services::Service;

    #[test]
    fn every_trials_file_parses() {
        let trials = super::all();
        assert!(trials.iter().any(|t| t.service == Service::Autional));
        assert!(trials.iter().any(|t| t.service == Service::Gropius));
    }
}
