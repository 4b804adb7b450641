//! Sends the trials to a target over HTTP and judges each answer: the status, code and message
//! the trial expects, the fields that echo the request, and the document's schema for the
//! status. Requests are spaced to a bounded rate, each has a timeout, none is retried, and every
//! Gropius client the run creates is deleted when it ends.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::Mutex;
use tokio::time::Instant;

use super::contract::{Answer, AnswerMismatch, BodyMismatch, ContractChecker};
use super::redact::{DETAIL_BYTES, Redactor, display_url};
use super::trials::{BodySpec, Fixture, Trial};
use crate::profile::Profile;
use crate::services::Service;
use crate::shared::describe;
use crate::text::is_http_url;

/// The credentials and names a run fills the trials' placeholders with. `Debug` shows which
/// are given, never their values.
#[derive(Clone, Default)]
pub struct TargetCredentials {
    /// Autional's `X-API-Key`.
    pub api_key: Option<String>,
    /// Autional's `X-Tenant-ID`.
    pub tenant: Option<String>,
    /// A Gropius admin's access token.
    pub admin_token: Option<String>,
    /// A Gropius non-admin's access token.
    pub user_token: Option<String>,
    /// A Gropius user id that `clientCredentialFlowUser` may name.
    pub known_user: Option<String>,
}

impl fmt::Debug for TargetCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let given = |value: &Option<String>| if value.is_some() { "<given>" } else { "<none>" };
        f.debug_struct("TargetCredentials")
            .field("api_key", &given(&self.api_key))
            .field("tenant", &self.tenant)
            .field("admin_token", &given(&self.admin_token))
            .field("user_token", &given(&self.user_token))
            .field("known_user", &self.known_user)
            .finish()
    }
}

impl TargetCredentials {
    /// The value of a placeholder, and the flag that gives it.
    fn value(&self, placeholder: &str) -> (Option<&str>, &'static str) {
        match placeholder {
            "{api_key}" => (self.api_key.as_deref(), "--api-key"),
            "{tenant}" => (self.tenant.as_deref(), "--tenant"),
            "{admin_token}" => (self.admin_token.as_deref(), "--admin-token"),
            "{user_token}" => (self.user_token.as_deref(), "--user-token"),
            "{known_user}" => (self.known_user.as_deref(), "--known-user"),
            _ => (None, ""),
        }
    }

    /// The secrets, to keep out of every line the run prints.
    pub(crate) fn secrets(&self) -> impl Iterator<Item = &str> {
        [&self.api_key, &self.admin_token, &self.user_token]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }
}

/// What a run is given.
#[derive(Debug, Clone)]
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

/// The most of an answer the checker reads: a longer one fails its trial, unread past this.
pub(crate) const ANSWER_LIMIT: usize = 4 * 1024 * 1024;

/// Why a check (a [`Verifier`] run, a [`super::replay`]) could not start; nothing was sent
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
    /// The CA given to trust (`--target-ca`) is not a PEM certificate.
    #[error("--target-ca is not a PEM certificate: {0}")]
    TargetCa(#[source] reqwest::Error),
    /// The HTTP client could not be built.
    #[error("the HTTP client could not be built: {0}")]
    Client(#[source] reqwest::Error),
}

/// A run against one target: its HTTP client, its pacing and what it must clean up.
#[derive(Debug)]
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

/// A request as sent, for judging.
struct Sent {
    method: String,
    path: String,
    body: Option<Value>,
}

/// An answer as received.
struct Received {
    status: u16,
    content_type: Option<String>,
    bytes: Vec<u8>,
    json: Option<Value>,
}

/// The base URL of `target` (no trailing `/`) and a client for it: a timeout per request, no
/// redirects followed, no retries.
pub(crate) fn client_for(
    target: &str,
    timeout: Duration,
    ca: Option<&[u8]>,
) -> Result<(String, reqwest::Client), CheckError> {
    let base = target.trim_end_matches('/').to_string();
    if !is_http_url(&base) {
        return Err(CheckError::Target(display_url(target)));
    }
    let mut http = reqwest::Client::builder()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none());
    if let Some(pem) = ca {
        let ca = reqwest::Certificate::from_pem(pem).map_err(CheckError::TargetCa)?;
        http = http.add_root_certificate(ca);
    }
    let http = http.build().map_err(CheckError::Client)?;
    Ok((base, http))
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

    async fn send(
        &self,
        method: &str,
        path: &str,
        headers: &BTreeMap<String, Option<String>>,
        body: Option<Vec<u8>>,
    ) -> Result<Received, String> {
        let method = reqwest::Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        for (name, value) in headers {
            if let Some(value) = value {
                request = request.header(name, self.fill(value));
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
        let content_type = answer
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let bytes = read_limited(&mut answer)
            .await
            .map_err(|why| format!("{status}, {why}"))?;
        let json = serde_json::from_slice(&bytes).ok();
        Ok(Received {
            status,
            content_type,
            bytes,
            json,
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

/// Why an answer's body was not read whole.
pub(crate) enum Unread {
    /// It is longer than the limit (said by its length, or met while reading).
    TooLarge {
        /// Whether any of it was read before the limit was met.
        partly: bool,
    },
    /// Reading it failed (said without the URL).
    Broken(String),
}

/// An answer's body, read chunk by chunk up to `limit` bytes, so that an answer without a
/// length is never buffered past it: the checker's reads, and the proxy's.
pub(crate) async fn read_up_to(
    answer: &mut reqwest::Response,
    limit: usize,
) -> Result<Vec<u8>, Unread> {
    if answer
        .content_length()
        .is_some_and(|length| length > limit as u64)
    {
        return Err(Unread::TooLarge { partly: false });
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = answer
        .chunk()
        .await
        .map_err(|e| Unread::Broken(describe(&e.without_url())))?
    {
        if bytes.len() + chunk.len() > limit {
            return Err(Unread::TooLarge { partly: true });
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// An answer's body, read up to [`ANSWER_LIMIT`].
pub(crate) async fn read_limited(answer: &mut reqwest::Response) -> Result<Vec<u8>, String> {
    read_up_to(answer, ANSWER_LIMIT)
        .await
        .map_err(|unread| match unread {
            Unread::TooLarge { partly: false } => {
                format!("the answer's body is larger than {ANSWER_LIMIT} bytes: not read")
            }
            Unread::TooLarge { partly: true } => {
                format!("the answer's body is larger than {ANSWER_LIMIT} bytes: not read past them")
            }
            Unread::Broken(why) => format!("body unreadable: {why}"),
        })
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
