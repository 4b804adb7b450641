//! Sends the trials to a target over HTTP and judges each answer: the status, code and message
//! the trial expects, the fields that echo the request, and the document's schema for the
//! status. Requests are spaced to a bounded rate, each has a timeout, none is retried, and every
//! Gropius client the run creates is deleted when it ends.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::Mutex;
use tokio::time::Instant;

use super::contract::{Answer, AnswerMismatch, BodyMismatch, ContractChecker};
use super::outcome::{CheckError, TrialOutcome, TrialResult};
use super::redact::{DETAIL_BYTES, Redactor, display_url};
use super::target::{TargetCredentials, client_for, read_limited};
use super::trials::{BodySpec, Fixture, Trial};
use crate::profile::Profile;
use crate::services::Service;
use crate::shared::describe;

/// What a run is given. `Debug` shows the target without the userinfo of its URL.
#[derive(Clone)]
pub struct Settings {
    /// The deployment's base URL (`https://auth.example.com/api/v1`).
    pub target: String,
    /// The credentials the trials need.
    pub credentials: TargetCredentials,
    /// The services whose trials run.
    pub services: Vec<Service>,
    /// Run the trials that create or change something.
    pub allow_writes: bool,
    /// At most this many requests per second.
    pub max_rps: u32,
    /// Each request's timeout.
    pub timeout: Duration,
    /// Names what the run creates (`contract-verify <run id>`).
    pub run_id: String,
    /// A CA (PEM) to trust for an https target, besides the system's (`--target-ca`).
    pub target_ca: Option<Vec<u8>>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("target", &display_url(&self.target))
            .field("credentials", &self.credentials)
            .field("services", &self.services)
            .field("allow_writes", &self.allow_writes)
            .field("max_rps", &self.max_rps)
            .field("timeout", &self.timeout)
            .field("run_id", &self.run_id)
            .field("target_ca", &self.target_ca.as_ref().map(Vec::len))
            .finish()
    }
}

/// A run against one target: its HTTP client, its pacing and what it must clean up. (The
/// module's example runs one.)
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use clientreg_mock::check::{Settings, TargetCredentials, TrialOutcome, Verifier, trials};
/// use clientreg_mock::{MockServer, Service};
///
/// let mock = MockServer::start().await;
/// let verifier = Verifier::new(Settings {
///     target: format!("http://ci:pw@{}", mock.address()),
///     credentials: TargetCredentials {
///         api_key: Some(clientreg_mock::DEV_API_KEY.into()),
///         tenant: Some("t1".into()),
///         ..TargetCredentials::default()
///     },
///     services: vec![Service::Autional],
///     allow_writes: false,
///     max_rps: 1000,
///     timeout: std::time::Duration::from_secs(5),
///     run_id: "doc".into(),
///     target_ca: None,
/// })
/// .unwrap();
/// assert!(!format!("{verifier:?}").contains("pw@"), "Debug shows no userinfo");
/// let results = verifier.run_all(&trials()).await;
/// assert!(results.iter().all(|r| r.outcome != TrialOutcome::Fail));
/// # }
/// ```
pub struct Verifier {
    settings: Settings,
    base: String,
    http: reqwest::Client,
    contract: ContractChecker,
    redactor: Redactor,
    next_request: Mutex<Instant>,
    created_gropius: Mutex<Vec<String>>,
    created_autional: Mutex<usize>,
    /// Creates answered `201` whose client could not be read back (no id): they may remain.
    unread_creates: Mutex<Vec<String>>,
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The settings show the target without its userinfo; the base URL is made from it.
        f.debug_struct("Verifier")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

/// A request as sent, for judging.
struct Sent {
    method: String,
    path: String,
    body: Option<Value>,
}

/// An answer as received, with its headers.
struct RawAnswer {
    status: u16,
    headers: Vec<(String, String)>,
    bytes: Vec<u8>,
}

/// Runs a state hook: `hook` (a command and its arguments) given `change` as JSON on its stdin;
/// answers what it printed as JSON (nothing printed: no values). A non-zero exit is a failure
/// with the first line it wrote to stderr.
async fn run_hook(hook: &[String], change: &Value) -> Result<Value, String> {
    use tokio::io::AsyncWriteExt;
    let (program, args) = hook.split_first().ok_or("an empty state hook")?;
    let mut child = tokio::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("the state hook {program:?} could not start: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(change.to_string().as_bytes())
            .await
            .map_err(|e| format!("the state hook's stdin: {e}"))?;
    }
    let output = child
        .wait_with_output()
        .await
        .map_err(|e| format!("the state hook: {e}"))?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        return Err(format!(
            "the state hook exited with {}: {}",
            output.status,
            said.lines().next().unwrap_or("")
        ));
    }
    if output.stdout.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Null);
    }
    serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("the state hook printed something that is not JSON: {e}"))
}

/// An answer as received.
struct Received {
    status: u16,
    content_type: Option<String>,
    bytes: Vec<u8>,
    json: Option<Value>,
}

impl Verifier {
    /// A verifier for `settings`.
    pub fn new(settings: Settings) -> Result<Self, CheckError> {
        let (base, http) = client_for(
            &settings.target,
            settings.timeout,
            settings.target_ca.as_deref(),
        )?;
        let redactor = Redactor::new(settings.credentials.secrets(), [settings.target.as_str()]);
        Ok(Self {
            settings,
            base,
            http,
            contract: ContractChecker::embedded(),
            redactor,
            next_request: Mutex::new(Instant::now()),
            created_gropius: Mutex::new(Vec::new()),
            created_autional: Mutex::new(0),
            unread_creates: Mutex::new(Vec::new()),
        })
    }

    /// The contract the answers are checked against (for its coverage).
    pub fn contract(&self) -> &ContractChecker {
        &self.contract
    }

    /// Whether anything answers HTTP at the target (any status will do).
    pub async fn reachable(&self) -> Result<(), CheckError> {
        self.pace().await;
        match self.http.get(&self.base).send().await {
            Ok(_) => Ok(()),
            Err(e) => {
                let source = e.without_url();
                Err(CheckError::Unreachable {
                    target: display_url(&self.base),
                    reason: self.redactor.excerpt(&describe(&source), DETAIL_BYTES),
                    source,
                })
            }
        }
    }

    /// Runs every trial of the chosen services, judged by the contract. (Call
    /// [`Verifier::clean_up`] after it.)
    pub async fn run_all(&self, trials: &[Trial]) -> Vec<TrialResult> {
        self.run_until(trials, std::future::pending::<()>()).await.0
    }

    /// Like [`Verifier::run_all`], until `stop` completes (a signal, say): the trial under way
    /// is abandoned, and what it was doing is noted for [`Verifier::clean_up`] (a client it was
    /// creating may remain). One result per trial run, in order, and how many of the chosen
    /// trials were not run (or abandoned midway).
    pub async fn run_until(
        &self,
        trials: &[Trial],
        stop: impl Future<Output = ()>,
    ) -> (Vec<TrialResult>, usize) {
        let chosen: Vec<&Trial> = trials
            .iter()
            .filter(|t| self.settings.services.contains(&t.service))
            .collect();
        let mut results = Vec::new();
        let mut stop = std::pin::pin!(stop);
        for trial in &chosen {
            tokio::select! {
                result = self.run_trial(trial, Profile::Contract) => results.push(result),
                () = &mut stop => {
                    let writes = self
                        .contract
                        .operation(&trial.operation)
                        .is_some_and(|o| trial.writes(&o.method));
                    if writes && self.settings.allow_writes {
                        self.unread_creates
                            .lock()
                            .await
                            .push(format!("{}/{} (interrupted)", trial.service, trial.name));
                    }
                    let not_run = chosen.len() - results.len();
                    return (results, not_run);
                }
            }
        }
        (results, 0)
    }

    /// Runs one trial and judges its answer by what `profile` expects: the contract's
    /// answer, or under `upstream` the real service's where a known quirk departs from it.
    pub async fn run_trial(&self, trial: &Trial, profile: Profile) -> TrialResult {
        let result = |outcome, detail: Option<String>| TrialResult {
            service: trial.service.name().to_string(),
            name: trial.name.clone(),
            outcome,
            detail: detail.map(|d| self.redactor.excerpt(&d, DETAIL_BYTES)),
        };
        let Some(operation) = self.contract.operation(&trial.operation) else {
            return result(
                TrialOutcome::Fail,
                Some(format!("no operation {} in the contract", trial.operation)),
            );
        };
        let method = operation.method.clone();
        let template = operation.path.clone();
        if let Some(flag) = self.missing_credential(trial) {
            return result(TrialOutcome::Skipped, Some(format!("needs {flag}")));
        }
        if trial.writes(&method) && !self.settings.allow_writes {
            return result(
                TrialOutcome::Skipped,
                Some("creates or changes something: run with --allow-writes".into()),
            );
        }
        let mut captures = BTreeMap::new();
        for (name, fixture) in &trial.setup {
            if let Err(why) = self.set_up(trial, fixture, &mut captures).await {
                return result(TrialOutcome::Fail, Some(format!("setup {name}: {why}")));
            }
        }
        let mut path = template;
        for (param, value) in &trial.path_params {
            path = path.replace(&format!("{{{param}}}"), &self.fill(value));
        }
        for (param, value) in &captures {
            path = path.replace(&format!("{{{param}}}"), value);
        }
        let body = match &trial.body {
            BodySpec::None => None,
            BodySpec::Json(body) => Some(self.fill_json(body).to_string().into_bytes()),
            BodySpec::Raw(raw) => Some(self.fill(raw).into_bytes()),
            BodySpec::Oversized(bytes) => Some(oversized(*bytes)),
        };
        let sent = Sent {
            method: method.clone(),
            path,
            body: body.as_deref().and_then(|b| serde_json::from_slice(b).ok()),
        };
        let received = match self
            .send(&sent.method, &sent.path, &trial.headers, body)
            .await
        {
            Ok(received) => received,
            Err(why) => return result(TrialOutcome::Fail, Some(why)),
        };
        self.note_created(&trial.operation, &received, trial).await;

        // What the contract says of the answer: a body of the wrong shape is reported first and
        // plainly, as the field-by-field judging that follows would only list its symptoms.
        let answer = Answer {
            status: received.status,
            content_type: received.content_type.as_deref(),
            body: &received.bytes,
        };
        let contract = self.contract.check_answer(&sent.method, &sent.path, answer);
        if let Err(mismatch) = &contract
            && wrong_shape(mismatch)
        {
            return result(TrialOutcome::Fail, Some(self.mismatch(mismatch, &received)));
        }
        let judged = match profile {
            Profile::Contract => judge(
                trial,
                &sent,
                &received,
                &ExpectedAnswer::contract(trial),
                &self.redactor,
            ),
            Profile::Upstream => match &trial.upstream {
                Some(upstream) => judge(
                    trial,
                    &sent,
                    &received,
                    &ExpectedAnswer::upstream(upstream),
                    &self.redactor,
                ),
                None => judge(
                    trial,
                    &sent,
                    &received,
                    &ExpectedAnswer::contract(trial),
                    &self.redactor,
                ),
            },
        };
        let judged =
            judged.and_then(|()| contract.map_err(|mismatch| self.mismatch(&mismatch, &received)));
        match judged {
            Ok(()) => result(TrialOutcome::Pass, None),
            Err(mut why) => {
                if profile == Profile::Contract
                    && let Some(upstream) = &trial.upstream
                    && judge(
                        trial,
                        &sent,
                        &received,
                        &ExpectedAnswer::upstream(upstream),
                        &self.redactor,
                    )
                    .is_ok()
                {
                    why.push_str(&format!(
                        "; this is the real service's known quirk {:?} (x-upstream-quirks)",
                        upstream.quirk
                    ));
                }
                result(TrialOutcome::Fail, Some(why))
            }
        }
    }

    /// A contract mismatch as a detail: what the contract declares and what came, with an
    /// excerpt of the body (masked, then cut) where the body is at fault.
    fn mismatch(&self, mismatch: &AnswerMismatch, received: &Received) -> String {
        let about_the_body = matches!(
            mismatch,
            AnswerMismatch::Body { body, .. } | AnswerMismatch::NotMockError { body, .. }
                if matches!(body, BodyMismatch::Schema { .. } | BodyMismatch::NotJson(_))
        );
        let said = self.redactor.mask(&mismatch.to_string());
        if about_the_body {
            format!(
                "{said}; the answer: {}",
                self.redactor.body(&received.bytes)
            )
        } else {
            said
        }
    }

    /// Deletes every Gropius client the run created (the secrets go with them) and says what
    /// it did, and what it could not undo.
    pub async fn clean_up(&self) -> Vec<String> {
        let mut notes = Vec::new();
        let ids = std::mem::take(&mut *self.created_gropius.lock().await);
        let mut deleted = 0;
        for id in &ids {
            let headers = BTreeMap::from([(
                "authorization".to_string(),
                Some("Bearer {admin_token}".to_string()),
            )]);
            match self
                .send(
                    "DELETE",
                    &format!("/auth/api/login/client/{id}"),
                    &headers,
                    None,
                )
                .await
            {
                // 200 deleted; 404: a trial deleted it already.
                Ok(answer) if answer.status == 200 || answer.status == 404 => deleted += 1,
                Ok(answer) => notes.push(format!(
                    "could not delete Gropius client {id}: {}",
                    answer.status
                )),
                Err(why) => notes.push(format!("could not delete Gropius client {id}: {why}")),
            }
        }
        if !ids.is_empty() {
            notes.insert(
                0,
                format!(
                    "deleted {deleted} of the {} Gropius clients this run created",
                    ids.len()
                ),
            );
        }
        for unread in self.unread_creates.lock().await.drain(..) {
            notes.push(format!(
                "{unread} answered 201 with no client id to read: a Gropius client named \"contract-verify {}\" may remain",
                self.settings.run_id
            ));
        }
        let autional = *self.created_autional.lock().await;
        if autional > 0 {
            notes.push(format!(
                "{autional} Autional clients named \"contract-verify {}\" stay under tenant {:?}: Autional has no API to delete a client",
                self.settings.run_id,
                self.settings.credentials.tenant.as_deref().unwrap_or_default()
            ));
        }
        notes
            .into_iter()
            .map(|n| self.redactor.excerpt(&n, DETAIL_BYTES))
            .collect()
    }

    fn missing_credential(&self, trial: &Trial) -> Option<&'static str> {
        trial.placeholders().into_iter().find_map(|placeholder| {
            if placeholder == "{run}" {
                return None;
            }
            let (value, flag) = self.settings.credentials.value(placeholder);
            value.is_none().then_some(flag)
        })
    }

    async fn set_up(
        &self,
        trial: &Trial,
        fixture: &Fixture,
        captures: &mut BTreeMap<String, String>,
    ) -> Result<(), String> {
        let operation = self
            .contract
            .operation(&fixture.operation)
            .ok_or_else(|| format!("no operation {}", fixture.operation))?;
        let mut path = operation.path.clone();
        for (param, value) in captures.iter() {
            path = path.replace(&format!("{{{param}}}"), value);
        }
        let body = fixture
            .body
            .as_ref()
            .map(|b| self.fill_json(b).to_string().into_bytes());
        // The file's default headers (credentials, content type), not the trial's own changes.
        let headers = &trial.file_headers;
        let answer = self.send(&operation.method, &path, headers, body).await?;
        self.note_created(&fixture.operation, &answer, trial).await;
        if answer.status != fixture.status {
            return Err(format!(
                "expected {}, got {} {}",
                fixture.status,
                answer.status,
                self.redactor.body(&answer.bytes)
            ));
        }
        let answered = Answer {
            status: answer.status,
            content_type: answer.content_type.as_deref(),
            body: &answer.bytes,
        };
        if let Err(mismatch) = self
            .contract
            .check_answer(&operation.method, &path, answered)
            && wrong_shape(&mismatch)
        {
            return Err(self.mismatch(&mismatch, &answer));
        }
        for (name, pointer) in &fixture.capture {
            let value = answer
                .json
                .as_ref()
                .and_then(|j| j.pointer(pointer))
                .and_then(Value::as_str)
                .ok_or_else(|| format!("no {pointer} in the answer to capture as {name}"))?;
            captures.insert(name.clone(), value.to_string());
        }
        Ok(())
    }

    /// Remembers what a successful create made, for cleaning up and for the notes; a create
    /// whose client has no id to read is noted as one that may remain.
    async fn note_created(&self, operation: &str, answer: &Received, trial: &Trial) {
        if answer.status != 201 {
            return;
        }
        match operation {
            "create_auth_client" => {
                match answer
                    .json
                    .as_ref()
                    .and_then(|j| j.get("id"))
                    .and_then(Value::as_str)
                {
                    Some(id) => self.created_gropius.lock().await.push(id.to_string()),
                    None => self
                        .unread_creates
                        .lock()
                        .await
                        .push(format!("{}/{}", trial.service, trial.name)),
                }
            }
            "create_client" => *self.created_autional.lock().await += 1,
            _ => {}
        }
    }

    /// Sends a trial's request: its headers' placeholders filled, then as [`Self::send_raw`].
    async fn send(
        &self,
        method: &str,
        path: &str,
        headers: &BTreeMap<String, Option<String>>,
        body: Option<Vec<u8>>,
    ) -> Result<Received, String> {
        let filled: BTreeMap<String, Option<String>> = headers
            .iter()
            .map(|(name, value)| (name.clone(), value.as_deref().map(|v| self.fill(v))))
            .collect();
        let answer = self.send_raw(method, path, &filled, body).await?;
        let content_type = answer
            .headers
            .iter()
            .find(|(name, _)| name == "content-type")
            // Read as `HeaderValue::to_str` reads it: visible ASCII and tabs only.
            .filter(|(_, value)| {
                value
                    .bytes()
                    .all(|b| b == b'\t' || (0x20..0x7f).contains(&b))
            })
            .map(|(_, value)| value.clone());
        let json = serde_json::from_slice(&answer.bytes).ok();
        Ok(Received {
            status: answer.status,
            content_type,
            bytes: answer.bytes,
            json,
        })
    }

    /// Runs every HTTP interaction of `pact` (a Pact file, V3 or V4, as JSON) against the
    /// target, each judged by the pact's own matching rules, as Pact's verifier judges it: a
    /// result per interaction, named by its description, failing with every difference (a
    /// matcher or generator it does not know fails by name). Each interaction's provider states
    /// are made first: by Pact's state-change request POSTed to `state_change_url`, or else by
    /// `state_hook` (a command given each state-change request as JSON on its stdin, printing the
    /// values its generators read as JSON on its stdout), or else at the target's own
    /// `/__mock/pact/provider-states` (the mock's); an interaction whose states cannot be made
    /// fails saying which. Credentials: the pact's `Authorization` and `X-API-Key` are replaced
    /// by the settings' (a pact carries none of its own).
    pub async fn run_pact(
        &self,
        pact: &Value,
        state_change_url: Option<&str>,
        state_hook: Option<&[String]>,
    ) -> Vec<TrialResult> {
        let provider = pact
            .pointer("/provider/name")
            .and_then(Value::as_str)
            .unwrap_or("provider")
            .to_string();
        let result = |name: String, outcome, detail: Option<String>| TrialResult {
            service: provider.clone(),
            name,
            outcome,
            detail: detail.map(|d| self.redactor.excerpt(&d, DETAIL_BYTES)),
        };
        let interactions = match super::pact::interactions(pact) {
            Ok(interactions) => interactions,
            Err(why) => return vec![result("pact".to_string(), TrialOutcome::Fail, Some(why))],
        };
        let mut results = Vec::new();
        for interaction in interactions {
            let description = interaction
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or("(no description)")
                .to_string();
            let states = super::pact::states(interaction);
            let mut values = serde_json::Map::new();
            let mut failed = None;
            for (state, params) in &states {
                let change =
                    serde_json::json!({"state": state, "params": params, "action": "setup"});
                let made = self
                    .change_state(&change, state_change_url, state_hook)
                    .await;
                match made {
                    Ok(Value::Object(made)) => values.extend(made),
                    Ok(_) => {}
                    Err(why) => {
                        failed = Some(format!(
                            "the provider state {state:?} could not be made: {why}"
                        ));
                        break;
                    }
                }
            }
            let outcome = match failed {
                Some(why) => Err(vec![why]),
                None => self.judge_interaction(interaction, &values).await,
            };
            for (state, params) in &states {
                let change =
                    serde_json::json!({"state": state, "params": params, "action": "teardown"});
                // A teardown that fails changes no verdict: what it undoes is the provider's.
                let _ = self
                    .change_state(&change, state_change_url, state_hook)
                    .await;
            }
            results.push(match outcome {
                Ok(()) => result(description, TrialOutcome::Pass, None),
                Err(differences) => result(
                    description,
                    TrialOutcome::Fail,
                    Some(differences.join("; ")),
                ),
            });
        }
        results
    }

    /// Sends `interaction`'s request (its generators filled from `values`) and judges the answer.
    async fn judge_interaction(
        &self,
        interaction: &Value,
        values: &serde_json::Map<String, Value>,
    ) -> Result<(), Vec<String>> {
        let request = super::pact::request(interaction, values).map_err(|why| vec![why])?;
        let credentials = &self.settings.credentials;
        let mut headers: BTreeMap<String, Option<String>> = request
            .headers
            .iter()
            .map(|(name, value)| (name.clone(), Some(value.clone())))
            .collect();
        if let Some(token) = &credentials.admin_token
            && headers.contains_key("authorization")
        {
            headers.insert("authorization".into(), Some(format!("Bearer {token}")));
        }
        if let Some(key) = &credentials.api_key
            && headers.contains_key("x-api-key")
        {
            headers.insert("x-api-key".into(), Some(key.clone()));
        }
        let path = match &request.query {
            Some(query) => format!("{}?{query}", request.path),
            None => request.path.clone(),
        };
        let answer = self
            .send_raw(&request.method, &path, &headers, request.body)
            .await
            .map_err(|why| vec![why])?;
        let expected = interaction.get("response").cloned().unwrap_or(Value::Null);
        let mut differences = Vec::new();
        if let Some(status) = expected.get("status").and_then(Value::as_u64)
            && status != u64::from(answer.status)
        {
            differences.push(format!(
                "status {status} expected, {} answered",
                answer.status
            ));
        }
        differences.extend(super::pact::compare_headers(&expected, &answer.headers));
        differences.extend(super::pact::compare_response_body(&expected, &answer.bytes));
        if differences.is_empty() {
            Ok(())
        } else {
            Err(differences)
        }
    }

    /// Sends one state change where [`Self::run_pact`] says: `state_change_url`, else
    /// `state_hook`, else the target's own `/__mock/pact/provider-states`.
    async fn change_state(
        &self,
        change: &Value,
        state_change_url: Option<&str>,
        state_hook: Option<&[String]>,
    ) -> Result<Value, String> {
        match (state_change_url, state_hook) {
            (Some(url), _) => self.post_state(url, change, false).await,
            (None, Some(hook)) => run_hook(hook, change).await,
            (None, None) => {
                let own = format!("{}/__mock/pact/provider-states", self.base);
                self.post_state(&own, change, true).await
            }
        }
    }

    /// POSTs a state change; `own` when the URL is the target's admin API (its key, if given,
    /// goes with it). Answers the values the state made.
    async fn post_state(&self, url: &str, change: &Value, own: bool) -> Result<Value, String> {
        let mut request = self.http.post(url).json(change);
        if own && let Some(key) = &self.settings.credentials.mock_admin_key {
            request = request.bearer_auth(key);
        }
        self.pace().await;
        let mut answer = request
            .send()
            .await
            .map_err(|e| format!("no answer: {}", describe(&e.without_url())))?;
        let status = answer.status();
        let bytes = read_limited(&mut answer)
            .await
            .map_err(|why| format!("{status}, {why}"))?;
        if !status.is_success() {
            return Err(format!("{status}: {}", String::from_utf8_lossy(&bytes)));
        }
        Ok(serde_json::from_slice(&bytes).unwrap_or(Value::Null))
    }

    /// Sends a request as given (paced), answering its status, headers (lower-case names, the
    /// first of a repeated one found first) and body, read up to the limit.
    async fn send_raw(
        &self,
        method: &str,
        path: &str,
        headers: &BTreeMap<String, Option<String>>,
        body: Option<Vec<u8>>,
    ) -> Result<RawAnswer, String> {
        let method = reqwest::Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        for (name, value) in headers {
            if let Some(value) = value {
                request = request.header(name, value);
            }
        }
        if let Some(body) = body {
            request = request.body(body);
        }
        self.pace().await;
        let mut answer = request
            .send()
            .await
            .map_err(|e| format!("no answer: {}", describe(&e.without_url())))?;
        let status = answer.status().as_u16();
        let headers = answer
            .headers()
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_string(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect();
        let bytes = read_limited(&mut answer)
            .await
            .map_err(|why| format!("{status}, {why}"))?;
        Ok(RawAnswer {
            status,
            headers,
            bytes,
        })
    }

    /// Waits for the request's slot: requests start at most `max_rps` a second.
    async fn pace(&self) {
        let interval = Duration::from_secs(1) / self.settings.max_rps.max(1);
        let mut next = self.next_request.lock().await;
        let now = Instant::now();
        if *next > now {
            tokio::time::sleep_until(*next).await;
        }
        *next = Instant::now().max(*next) + interval;
    }

    fn fill(&self, text: &str) -> String {
        let credentials = &self.settings.credentials;
        let mut text = text.replace("{run}", &self.settings.run_id);
        for placeholder in super::trials::PLACEHOLDERS {
            if let (Some(value), _) = credentials.value(placeholder) {
                text = text.replace(placeholder, value);
            }
        }
        text
    }

    fn fill_json(&self, value: &Value) -> Value {
        match value {
            Value::String(text) => Value::String(self.fill(text)),
            Value::Array(items) => Value::Array(items.iter().map(|v| self.fill_json(v)).collect()),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), self.fill_json(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
}

/// What a trial is judged by.
struct ExpectedAnswer<'a> {
    status: u16,
    code: Option<i64>,
    message: Option<&'a str>,
    echo: &'a [String],
}

impl<'a> ExpectedAnswer<'a> {
    fn contract(trial: &'a Trial) -> Self {
        Self {
            status: trial.expect.status,
            code: trial.expect.code,
            message: trial.expect.message.as_deref(),
            echo: &trial.expect.echo,
        }
    }

    fn upstream(upstream: &'a super::trials::UpstreamAnswer) -> Self {
        Self {
            status: upstream.status,
            code: None,
            message: upstream.message.as_deref(),
            echo: &upstream.echo,
        }
    }

    fn describe(&self) -> String {
        let mut text = self.status.to_string();
        if let Some(code) = self.code {
            text.push_str(&format!(" code {code}"));
        }
        if let Some(message) = self.message {
            text.push_str(&format!(" {message:?}…"));
        }
        text
    }
}

/// Whether a mismatch is of the body's shape (a value of another JSON type than declared).
fn wrong_shape(mismatch: &AnswerMismatch) -> bool {
    matches!(
        mismatch,
        AnswerMismatch::Body { body, .. } | AnswerMismatch::NotMockError { body, .. }
            if body.is_wrong_shape()
    )
}

fn judge(
    trial: &Trial,
    sent: &Sent,
    received: &Received,
    expected: &ExpectedAnswer<'_>,
    redactor: &Redactor,
) -> Result<(), String> {
    let body = received.json.as_ref();
    let got = || {
        let mut text = received.status.to_string();
        if let Some(code) = body.and_then(|b| b.get("code")).and_then(Value::as_i64) {
            text.push_str(&format!(" code {code}"));
        }
        match body.and_then(|b| b.get("message")).and_then(Value::as_str) {
            Some(message) => text.push_str(&format!(" {message:?}")),
            None if received.json.is_none() && !received.bytes.is_empty() => {
                text.push_str(&format!(" {}", redactor.body(&received.bytes)))
            }
            None => {}
        }
        text
    };
    let differs = || format!("expected {}, got {}", expected.describe(), got());
    if received.status != expected.status {
        return Err(differs());
    }
    if let Some(code) = expected.code
        && body.and_then(|b| b.get("code")).and_then(Value::as_i64) != Some(code)
    {
        return Err(differs());
    }
    if let Some(message) = expected.message
        && !body
            .and_then(|b| b.get("message"))
            .and_then(Value::as_str)
            .is_some_and(|m| m.starts_with(message))
    {
        return Err(differs());
    }
    if trial.service == Service::Gropius
        && received.status >= 400
        && body
            .and_then(|b| b.get("statusCode"))
            .and_then(Value::as_u64)
            != Some(u64::from(received.status))
    {
        return Err(format!("{}: statusCode is not {}", got(), received.status));
    }
    for field in expected.echo {
        let sent_value = sent.body.as_ref().and_then(|b| b.get(field));
        let answered = body
            .and_then(|b| b.pointer(trial.echo_under))
            .and_then(|b| b.get(field));
        if sent_value != answered {
            return Err(format!(
                "{field}: sent {}, answered {}",
                sent_value.map_or("nothing".into(), Value::to_string),
                answered.map_or("nothing".into(), Value::to_string)
            ));
        }
    }
    Ok(())
}

/// A JSON object of `bytes` bytes.
fn oversized(bytes: usize) -> Vec<u8> {
    let mut body = br#"{"name":""#.to_vec();
    body.resize(bytes.saturating_sub(2).max(body.len()), b'x');
    body.extend_from_slice(br#""}"#);
    body
}
