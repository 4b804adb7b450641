//! `clientreg-mock replay`: re-sends each recorded request to a target (typically the mock) and
//! compares its answer with the recorded one: status, the body's shape, the `error` key and
//! every value but those the contract names as not compared (`x-not-compared` in each
//! service's document: ids, secrets and times minted by whoever answers, and the JSON
//! parser's wording). Ids the recorded answers minted are mapped to those the replay's answers
//! mint, so a read of a created client reads the client the replay created.
//!
//! What the recording knows is used: a credential it saw accepted anywhere is sent as the
//! target's own (the non-admin's where it was forbidden), one it never saw accepted as one of
//! the same form; users it named are made known to the target through the admin API. A
//! difference the target announced with `x-mock-divergence`, and that the recording shows
//! (the announced status is the recorded one), is explained; an announced divergence the
//! recording does not show is a failure.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use super::DOCUMENTS;
use super::outcome::{CheckError, TrialOutcome, TrialResult};
use super::recording::{RecordedAnswer, RecordedExchange, RecordedRequest, parse_pseudonym};
use super::redact::{DETAIL_BYTES, Redactor, display_url};
use super::target::{TargetCredentials, client_for, read_limited};
use crate::http::DIVERGENCE_HEADER;
use crate::services::Service;
use crate::shared::describe;
use crate::text::TokenForm;

/// Body fields whose values are ids to map from the recording to the replay.
const MINTED_IDS: [&str; 2] = ["id", "fingerprint"];

/// What a credential the recording never saw accepted is replayed as, by its form: one of the
/// same shape, which the target refuses for the same reason.
fn refused_stand_in(form: TokenForm) -> &'static str {
    match form {
        TokenForm::Empty => "",
        // `{"alg":"RS256","typ":"JWT"}`, `{"sub":"forged"}`, signed by nobody.
        TokenForm::Jwt => {
            "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmb3JnZWQifQ.Zm9yZ2VkLXNpZ25hdHVyZQ"
        }
        TokenForm::ThreeParts => "replay.three.parts",
        TokenForm::Malformed => "replay-malformed",
    }
}

/// One value the contract says is not compared (`x-not-compared`), and when.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NotCompared {
    /// The body field (at any depth).
    pub field: String,
    /// Only in answers of this status.
    #[serde(default)]
    pub status: Option<u16>,
    /// Only in answers whose `error` is this.
    #[serde(default)]
    pub error: Option<String>,
    /// Why.
    pub why: String,
}

impl NotCompared {
    /// The rules of every service document compiled into this build.
    pub(crate) fn embedded() -> Vec<Self> {
        #[derive(Deserialize)]
        struct Document {
            #[serde(default, rename = "x-not-compared")]
            not_compared: Vec<NotCompared>,
        }
        DOCUMENTS
            .iter()
            .filter_map(|(_, text)| serde_yaml::from_str::<Document>(text).ok())
            .flat_map(|document| document.not_compared)
            .collect()
    }

    fn applies(&self, field: &str, status: u16, body: &Value) -> bool {
        self.field == field
            && self.status.is_none_or(|s| s == status)
            && self
                .error
                .as_deref()
                .is_none_or(|e| body.get("error").and_then(Value::as_str) == Some(e))
    }
}

/// What the recording shows of one credential (by its pseudonym's number).
#[derive(Debug, Default, Clone, Copy)]
struct Seen {
    /// An answer other than 401 came back to it somewhere.
    accepted: bool,
    /// A 403 came back to it somewhere: it authenticates, as a user who is not an admin.
    forbidden: bool,
}

/// What every credential of the recording was seen to do, over the whole recording.
fn credentials_seen<'r>(
    exchanges: impl IntoIterator<Item = &'r RecordedExchange>,
) -> BTreeMap<usize, Seen> {
    let mut seen: BTreeMap<usize, Seen> = BTreeMap::new();
    for exchange in exchanges {
        for value in exchange.request.headers.values() {
            for part in value.split(", ") {
                if let Some((_, number, _)) = parse_pseudonym(part) {
                    let entry = seen.entry(number).or_default();
                    entry.accepted |= exchange.answer.status != 401;
                    entry.forbidden |= exchange.answer.status == 403;
                }
            }
        }
    }
    seen
}

/// The Gropius users the recording shows the upstream knew: named by a request it accepted,
/// or by an answer.
fn users_named<'r>(exchanges: impl IntoIterator<Item = &'r RecordedExchange>) -> Vec<String> {
    let mut users = Vec::new();
    for exchange in exchanges {
        let answer: Option<Value> = serde_json::from_str(&exchange.answer.body).ok();
        let request: Option<Value> = serde_json::from_str(&exchange.request.body).ok();
        let accepted = (200..300).contains(&exchange.answer.status);
        let named = [answer.as_ref(), request.as_ref().filter(|_| accepted)];
        for body in named.into_iter().flatten() {
            if let Some(Value::String(user)) = body.get("clientCredentialFlowUser")
                && !users.contains(user)
            {
                users.push(user.clone());
            }
        }
    }
    users
}

/// What a replay is given. `Debug` shows the target without the userinfo of its URL.
#[derive(Clone)]
pub struct ReplaySettings {
    /// The target's base URL.
    pub target: String,
    /// The target's credentials: `api_key` and `admin_token` stand for a recorded credential
    /// the upstream accepted, `user_token` for one it only forbade (403).
    pub credentials: TargetCredentials,
    /// Each request's timeout.
    pub timeout: Duration,
    /// A CA (PEM) to trust for an https target, besides the system's (`--target-ca`).
    pub target_ca: Option<Vec<u8>>,
    /// The services whose exchanges are replayed; exchanges to no
    /// service's path go with them, when there is one of theirs.
    pub services: Vec<Service>,
}

impl std::fmt::Debug for ReplaySettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplaySettings")
            .field("target", &display_url(&self.target))
            .field("credentials", &self.credentials)
            .field("timeout", &self.timeout)
            .field("target_ca", &self.target_ca.as_ref().map(Vec::len))
            .field("services", &self.services)
            .finish()
    }
}

/// Replays `exchanges` in order against the target; one result per exchange of the services
/// asked. A recording with no such exchange, or one whose path could lead anywhere but the
/// target (a path must start with `/`), is refused before anything is sent. Answers are read
/// up to 4 MiB; every detail is masked and cut to 1,000 bytes.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use clientreg_mock::check::{ReplaySettings, TargetCredentials, TrialOutcome, read_recording, replay};
/// use clientreg_mock::{MockServer, Service};
///
/// let recorded = read_recording(r#"{"version":2,"time":"2026-12-07T00:00:00Z","latency_us":1,"request":{"method":"GET","path":"/auth/api/login/client","headers":{},"body":""},"answer":{"status":401,"headers":{},"body":"{\"message\":\"Authorization header is empty\",\"statusCode\":401}"}}"#).unwrap();
/// let mock = MockServer::start().await;
/// let settings = ReplaySettings {
///     target: mock.base_url(),
///     credentials: TargetCredentials::default(),
///     timeout: std::time::Duration::from_secs(5),
///     services: vec![Service::Gropius],
///     target_ca: None,
/// };
/// let results = replay(&recorded, &settings).await.unwrap();
/// assert_eq!(results[0].outcome, TrialOutcome::Pass, "the mock answers as recorded");
/// # }
/// ```
pub async fn replay(
    exchanges: &[RecordedExchange],
    settings: &ReplaySettings,
) -> Result<Vec<TrialResult>, CheckError> {
    if let Some((index, exchange)) = exchanges
        .iter()
        .enumerate()
        .find(|(_, e)| !e.request.path.starts_with('/'))
    {
        return Err(CheckError::RecordedPathNotAbsolute {
            exchange: index + 1,
            path: quoted_path(exchange),
        });
    }
    let exchanges: Vec<(usize, &RecordedExchange)> = exchanges
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            Service::of(&e.request.path).is_none_or(|s| settings.services.contains(&s))
        })
        .collect();
    let of_a_service_asked = exchanges
        .iter()
        .filter(|(_, e)| Service::of(&e.request.path).is_some())
        .count();
    if of_a_service_asked == 0 {
        return Err(CheckError::NothingToReplay(settings.services.clone()));
    }
    let redactor = Redactor::new(settings.credentials.secrets(), [settings.target.as_str()]);
    let (base, http) = client_for(
        &settings.target,
        settings.timeout,
        settings.target_ca.as_deref(),
    )?;
    if let Err(e) = http.get(&base).send().await {
        let source = e.without_url();
        return Err(CheckError::Unreachable {
            target: display_url(&base),
            reason: redactor.excerpt(&describe(&source), DETAIL_BYTES),
            source,
        });
    }
    let on_target = |url: &str| {
        let (Ok(url), Ok(base)) = (reqwest::Url::parse(url), reqwest::Url::parse(&base)) else {
            return false;
        };
        (url.scheme(), url.host_str(), url.port_or_known_default())
            == (base.scheme(), base.host_str(), base.port_or_known_default())
    };
    // The users the recording named, made known to the target when it is a mock (it answers
    // the admin API's health check); nothing is sent to any other target.
    let is_mock = http
        .get(format!("{base}/__mock/health"))
        .send()
        .await
        .is_ok_and(|answer| answer.status().is_success());
    if is_mock {
        for user in users_named(exchanges.iter().map(|(_, e)| *e)) {
            let mut made_known = http
                .post(format!("{base}/__mock/gropius/users"))
                .json(&serde_json::json!({ "id": user }));
            if let Some(key) = &settings.credentials.mock_admin_key {
                made_known = made_known.bearer_auth(key);
            }
            if made_known
                .send()
                .await
                .is_ok_and(|answer| answer.status() == reqwest::StatusCode::UNAUTHORIZED)
            {
                return Err(CheckError::MockAdminKey(display_url(&base)));
            }
        }
    }
    let not_compared = NotCompared::embedded();
    let seen = credentials_seen(exchanges.iter().map(|(_, e)| *e));
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    // Ids a recorded answer minted where the replay's answer minted none: the exchange's
    // number, and whether the target announced that divergence.
    let mut never_created: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    // Recorded ids of clients an announced divergence on a write left otherwise on the target
    // than in the recording (one side applied it, the other refused it): the exchange's
    // number. A later difference on one of them is that divergence's knock-on.
    let mut diverged: BTreeMap<String, usize> = BTreeMap::new();
    let mut results = Vec::new();
    for &(index, exchange) in &exchanges {
        let request = &exchange.request;
        let service = service_name(&request.path);
        let name = exchange_name(index, request);
        let result = |outcome, detail: Option<String>| {
            result(
                service,
                &name,
                outcome,
                detail.map(|d| redactor.excerpt(&d, DETAIL_BYTES)),
            )
        };
        let origin = never_created
            .iter()
            .find(|(id, _)| {
                request.path.contains(id.as_str()) || request.body.contains(id.as_str())
            })
            .map(|(id, (at, announced))| (id.clone(), *at, *announced));
        let diverged_at = diverged
            .iter()
            .find(|(id, _)| request.path.contains(id.as_str()))
            .map(|(id, at)| (id.clone(), *at));
        let knock_on = match (&origin, &diverged_at) {
            (Some((id, at, _)), _) => {
                format!("follows from #{at}, where the target created nothing for {id}: ")
            }
            (None, Some((id, at))) => format!(
                "knock-on of #{at}, an announced divergence that left {id} otherwise than recorded: "
            ),
            (None, None) => String::new(),
        };
        let fail = |detail: String| result(TrialOutcome::Fail, Some(detail));
        let path = map_ids(&request.path, &ids);
        let mut url = format!("{base}{path}");
        if let Some(query) = &request.query {
            url.push('?');
            url.push_str(query);
        }
        if !on_target(&url) {
            results.push(fail(format!(
                "not sent: its path, ids mapped, leads off the target ({})",
                display_url(&url)
            )));
            continue;
        }
        let Ok(method) = reqwest::Method::from_bytes(request.method.as_bytes()) else {
            results.push(fail("the recorded method is not a method".into()));
            continue;
        };
        let mut sent = http.request(method, url);
        for (header, value) in &request.headers {
            if ["host", "content-length", "connection", "transfer-encoding"]
                .contains(&header.as_str())
            {
                continue;
            }
            for value in credential(header, value, &seen, &settings.credentials) {
                sent = sent.header(header, value);
            }
        }
        let body = request.body();
        let body = match std::str::from_utf8(&body) {
            Ok(text) => map_ids(text, &ids).into_bytes(),
            Err(_) => body,
        };
        let mut answer = match sent.body(body).send().await {
            Ok(answer) => answer,
            Err(e) => {
                results.push(fail(format!(
                    "{knock_on}no answer: {}",
                    describe(&e.without_url())
                )));
                continue;
            }
        };
        let status = answer.status().as_u16();
        let announced = answer
            .headers()
            .get(DIVERGENCE_HEADER)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let bytes = match read_limited(&mut answer).await {
            Ok(bytes) => bytes,
            Err(why) => {
                results.push(fail(format!("{knock_on}{status}, {why}")));
                continue;
            }
        };
        let mut pairing = Pairing {
            ids: &mut ids,
            never_created: &mut never_created,
            exchange: (index + 1, announced.is_some()),
        };
        let (differences, skipped) = differences(
            &exchange.answer,
            status,
            &bytes,
            &mut pairing,
            &not_compared,
            ("recorded", "replayed"),
        );
        let (outcome, detail) = judge(
            &differences,
            announced.as_deref(),
            exchange.answer.status,
            &skipped,
        );
        let explained_write = outcome == TrialOutcome::Pass
            && announced.is_some()
            && request.method != "GET"
            && (is_success(status) || is_success(exchange.answer.status));
        if explained_write {
            for id in ids.keys().filter(|id| request.path.contains(id.as_str())) {
                diverged.entry(id.clone()).or_insert(index + 1);
            }
        }
        let (outcome, detail) = match (outcome, origin) {
            // What follows from a divergence the target announced is explained by it.
            (TrialOutcome::Fail, Some((_, _, true))) if announced.is_none() => {
                (TrialOutcome::Pass, detail.map(|d| format!("{knock_on}{d}")))
            }
            (TrialOutcome::Fail, None) if announced.is_none() && diverged_at.is_some() => {
                (TrialOutcome::Pass, detail.map(|d| format!("{knock_on}{d}")))
            }
            (TrialOutcome::Fail, _) => (outcome, detail.map(|d| format!("{knock_on}{d}"))),
            _ => (outcome, detail),
        };
        results.push(result(outcome, detail));
    }
    Ok(results)
}

/// Whether `status` is a success (2xx).
fn is_success(status: u16) -> bool {
    (200..300).contains(&status)
}

/// A recorded path as a report quotes it (cut: it comes from a file).
fn quoted_path(exchange: &RecordedExchange) -> String {
    Redactor::default().excerpt(&exchange.request.path, 120)
}

/// Where the ids a recorded answer minted are paired with those of another answer.
struct Pairing<'a> {
    ids: &'a mut BTreeMap<String, String>,
    never_created: &'a mut BTreeMap<String, (usize, bool)>,
    /// The exchange's number, and whether the target announced a divergence for it.
    exchange: (usize, bool),
}

/// How an answer (`status`, `body`) differs from a recorded one, and the values not compared
/// in it; the ids the recorded answer minted are paired with the answer's first.
fn differences(
    recorded: &RecordedAnswer,
    status: u16,
    body: &[u8],
    pairing: &mut Pairing<'_>,
    not_compared: &[NotCompared],
    names: (&str, &str),
) -> (Vec<String>, Vec<String>) {
    let (was, now) = names;
    let recorded_text = map_ids(&recorded.body, pairing.ids);
    let recorded_json: Option<Value> = serde_json::from_str(&recorded_text).ok();
    let answer: Option<Value> = serde_json::from_slice(body).ok();
    if let Some(value) = &recorded_json {
        learn_ids(
            value,
            answer.as_ref(),
            pairing.ids,
            pairing.never_created,
            pairing.exchange,
        );
    }
    let mut out = Vec::new();
    if status != recorded.status {
        out.push(format!("status: {was} {}, {now} {status}", recorded.status));
    }
    let mut skipped = Vec::new();
    match (&recorded_json, &answer) {
        (Some(a), Some(b)) => {
            let rules = Rules {
                not_compared,
                status: recorded.status,
                body: a,
                names,
            };
            compare(a, b, "", &rules, &mut out, &mut skipped);
        }
        (None, None) if recorded_text.as_bytes() == body => {}
        (None, None) => out.push(format!("body: the {was} and {now} bodies differ")),
        (Some(_), None) => out.push(format!("body: {was} JSON, {now} not JSON")),
        (None, Some(_)) => out.push(format!("body: {now} JSON, {was} not JSON")),
    }
    if let (Some(a), Some(b)) = (&recorded_json, &answer)
        && let (Some(from), Some(to)) = (deployment_url(a), deployment_url(b))
        && from != to
    {
        out.push(format!(
            "the built-in clients' redirect URLs are made from the deployment's URL: the {was} \
             answer's is {from}, the {now} answer's {to} (a mock is told it with \
             --gropius-endpoint {from})"
        ));
    }
    (out, skipped)
}

/// The deployment URL a Gropius answer's built-in `gropius-auth-client` was made from (its
/// redirect URL `<endpoint>login`), when the answer shows it: a list, or the client itself.
fn deployment_url(body: &Value) -> Option<String> {
    let built_in = |client: &Value| client.get("id") == Some(&Value::from("gropius-auth-client"));
    let client = match body {
        Value::Array(clients) => clients.iter().find(|c| built_in(c))?,
        client if built_in(client) => client,
        _ => return None,
    };
    let login = client.get("redirectUrls")?.get(0)?.as_str()?;
    login.strip_suffix("login").map(str::to_string)
}

/// One exchange's outcome: alike; different and announced by the target (explained, when
/// the announced upstream status is the recorded one); different and not announced; or
/// announced and not different.
fn judge(
    differences: &[String],
    announced: Option<&str>,
    recorded_status: u16,
    skipped: &[String],
) -> (TrialOutcome, Option<String>) {
    let not_compared =
        (!skipped.is_empty()).then(|| format!("not compared: {}", skipped.join("; ")));
    match (differences.is_empty(), announced) {
        (true, None) => (TrialOutcome::Pass, not_compared),
        (true, Some(divergence)) => (
            TrialOutcome::Fail,
            Some(format!(
                "the target announced a divergence the recording does not show: {divergence}"
            )),
        ),
        (false, None) => (TrialOutcome::Fail, Some(differences.join("; "))),
        (false, Some(divergence)) => {
            let announced_status = divergence
                .split("; upstream ")
                .nth(1)
                .and_then(|rest| rest.get(..3))
                .and_then(|s| s.parse::<u16>().ok());
            if announced_status == Some(recorded_status) {
                (
                    TrialOutcome::Pass,
                    Some(format!(
                        "announced divergence ({divergence}): {}",
                        differences.join("; ")
                    )),
                )
            } else {
                (
                    TrialOutcome::Fail,
                    Some(format!(
                        "{}; the target announced {divergence}, which is not what was recorded",
                        differences.join("; ")
                    )),
                )
            }
        }
    }
}

/// An exchange as a report names it: its number in the recording, method and path.
fn exchange_name(index: usize, request: &RecordedRequest) -> String {
    format!("#{} {} {}", index + 1, request.method, request.path)
}

/// The service a recorded path belongs to, as a report names it.
fn service_name(path: &str) -> &'static str {
    Service::of(path).map_or("unknown", Service::name)
}

fn result(service: &str, name: &str, outcome: TrialOutcome, detail: Option<String>) -> TrialResult {
    TrialResult {
        service: service.to_string(),
        name: name.to_string(),
        outcome,
        detail,
    }
}

/// The values to send for a recorded header: a credential the recording saw accepted becomes
/// the target's own (the non-admin's where it was forbidden), one it never saw accepted one of
/// the same form. A header recorded more than once is sent as often.
fn credential(
    header: &str,
    value: &str,
    seen: &BTreeMap<usize, Seen>,
    credentials: &TargetCredentials,
) -> Vec<String> {
    if !value.contains("<credential ") {
        return vec![value.to_string()];
    }
    value
        .split(", ")
        .map(|part| {
            let Some((scheme, number, form)) = parse_pseudonym(part) else {
                return part.to_string();
            };
            let seen = seen.get(&number).copied().unwrap_or_default();
            let target = match seen {
                Seen {
                    accepted: false, ..
                } => None,
                _ if header == "x-api-key" => credentials.api_key.as_deref(),
                Seen {
                    forbidden: true, ..
                } => credentials.user_token.as_deref(),
                _ => credentials.admin_token.as_deref(),
            };
            format!("{scheme}{}", target.unwrap_or(refused_stand_in(form)))
        })
        .collect()
}

fn map_ids(text: &str, ids: &BTreeMap<String, String>) -> String {
    ids.iter()
        .fold(text.to_string(), |text, (recorded, replayed)| {
            text.replace(recorded, replayed)
        })
}

/// The other spellings of `id` when it is a UUID in its canonical form, as a request may send
/// it (a database such as PostgreSQL reads each as the same id): upper case, without hyphens
/// (either case), a hyphen after every four digits. Braces need none: they wrap the canonical
/// form, which is mapped.
fn spellings(id: &str) -> Vec<String> {
    if uuid::Uuid::try_parse(id)
        .map(|u| u.hyphenated().to_string())
        .as_deref()
        != Ok(id)
    {
        return Vec::new();
    }
    let simple = id.replace('-', "");
    let digits: Vec<char> = simple.chars().collect();
    let quads = digits
        .chunks(4)
        .map(|quad| quad.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-");
    vec![
        id.to_uppercase(),
        simple.to_uppercase(),
        quads.to_uppercase(),
        simple,
        quads,
    ]
}

/// Pairs the ids a recorded answer minted with those of the replay's answer, at the same
/// place; an id the replay minted none for is noted as never created.
fn learn_ids(
    recorded: &Value,
    replayed: Option<&Value>,
    ids: &mut BTreeMap<String, String>,
    never_created: &mut BTreeMap<String, (usize, bool)>,
    exchange: (usize, bool),
) {
    let Value::Object(a) = recorded else {
        return;
    };
    for key in MINTED_IDS {
        let Some(Value::String(from)) = a.get(key) else {
            continue;
        };
        if from.len() < 8 || ids.contains_key(from) {
            continue;
        }
        match replayed.and_then(|b| b.get(key)) {
            Some(Value::String(to)) if to != from => {
                for (from, to) in spellings(from).into_iter().zip(spellings(to)) {
                    ids.insert(from, to);
                }
                ids.insert(from.clone(), to.clone());
            }
            Some(Value::String(_)) => {}
            _ => {
                never_created.entry(from.clone()).or_insert(exchange);
            }
        }
    }
}

/// What decides which values are compared in one answer.
struct Rules<'a> {
    not_compared: &'a [NotCompared],
    status: u16,
    body: &'a Value,
    /// What the two answers are called in a difference (`recorded`, `replayed`).
    names: (&'a str, &'a str),
}

impl Rules<'_> {
    fn rule(&self, key: &str) -> Option<&NotCompared> {
        self.not_compared
            .iter()
            .find(|rule| rule.applies(key, self.status, self.body))
    }
}

fn compare(
    recorded: &Value,
    replayed: &Value,
    at: &str,
    rules: &Rules<'_>,
    out: &mut Vec<String>,
    skipped: &mut Vec<String>,
) {
    let here = |key: &str| format!("{at}/{key}");
    match (recorded, replayed) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                match (b.get(key), rules.rule(key)) {
                    (None, _) => out.push(format!("{}: {} only", here(key), rules.names.0)),
                    (Some(_), Some(rule)) => {
                        // Every answer has ids and times: only a conditional rule is worth
                        // naming in the report.
                        if rule.status.is_some() || rule.error.is_some() {
                            skipped.push(format!("{} ({})", here(key), rule.why));
                        }
                    }
                    (Some(other), None) => compare(value, other, &here(key), rules, out, skipped),
                }
            }
            for key in b.keys().filter(|k| !a.contains_key(*k)) {
                out.push(format!("{}: {} only", here(key), rules.names.1));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            let scalars = a.iter().chain(b).all(|v| !v.is_object() && !v.is_array());
            if scalars {
                if a != b {
                    let (x, y) = rules.names;
                    out.push(format!("{}: {x} {recorded}, {y} {replayed}", display(at)));
                }
            } else if a.len() == b.len() {
                // A target that started as empty as the recorded service: every element, in
                // order.
                for (i, (x, y)) in a.iter().zip(b).enumerate() {
                    compare(x, y, &format!("{at}/{i}"), rules, out, skipped);
                }
            } else if let (Some(first), Some(other)) = (a.first(), b.first()) {
                // The length depends on what the target already stored: the first element.
                compare(first, other, &format!("{at}/0"), rules, out, skipped);
            }
        }
        (a, b) if a != b => {
            let (x, y) = rules.names;
            out.push(format!("{}: {x} {a}, {y} {b}", display(at)));
        }
        _ => {}
    }
}

fn display(at: &str) -> &str {
    if at.is_empty() { "the body" } else { at }
}

/// Compares two recordings of the same requests, exchange by exchange, as `replay` compares a
/// recorded answer with a replayed one (ids paired in order, the contract's `x-not-compared`
/// values skipped): what changed in the service between the two. One result per exchange of
/// `before`; a request that differs is a failure too (the recordings are not of one corpus).
///
/// ```
/// use clientreg_mock::check::{TrialOutcome, compare_recordings, read_recording};
///
/// let before = read_recording(r#"{"version":2,"time":"2026-12-07T00:00:00Z","latency_us":1,"request":{"method":"GET","path":"/auth/api/login/client","headers":{},"body":""},"answer":{"status":401,"headers":{},"body":"{\"message\":\"Authorization header is empty\",\"statusCode\":401}"}}"#).unwrap();
/// let mut after = before.clone();
/// after[0].answer.status = 403;
/// assert_eq!(compare_recordings(&before, &before)[0].outcome, TrialOutcome::Pass);
/// assert_eq!(compare_recordings(&before, &after)[0].outcome, TrialOutcome::Fail);
/// ```
pub fn compare_recordings(
    before: &[RecordedExchange],
    after: &[RecordedExchange],
) -> Vec<TrialResult> {
    let not_compared = NotCompared::embedded();
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let mut never_created = BTreeMap::new();
    let mut results = Vec::new();
    for (index, old) in before.iter().enumerate() {
        let name = exchange_name(index, &old.request);
        let Some(new) = after.get(index) else {
            let why = Some("not in the new recording".into());
            results.push(result(
                service_name(&old.request.path),
                &name,
                TrialOutcome::Fail,
                why,
            ));
            continue;
        };
        let mut changes = Vec::new();
        if new.request.method != old.request.method
            || map_ids(&old.request.path, &ids) != new.request.path
        {
            changes.push(format!(
                "another request: {} {}",
                new.request.method, new.request.path
            ));
        }
        let mut pairing = Pairing {
            ids: &mut ids,
            never_created: &mut never_created,
            exchange: (index + 1, false),
        };
        let (answer_changes, _) = differences(
            &old.answer,
            new.answer.status,
            new.answer.body.as_bytes(),
            &mut pairing,
            &not_compared,
            ("was", "now"),
        );
        changes.extend(answer_changes);
        let (outcome, detail) = if changes.is_empty() {
            (TrialOutcome::Pass, None)
        } else {
            (TrialOutcome::Fail, Some(changes.join("; ")))
        };
        results.push(result(
            service_name(&old.request.path),
            &name,
            outcome,
            detail,
        ));
    }
    for (index, extra) in after.iter().enumerate().skip(before.len()) {
        let name = exchange_name(index, &extra.request);
        let why = Some("not in the old recording".into());
        results.push(result(
            service_name(&extra.request.path),
            &name,
            TrialOutcome::Fail,
            why,
        ));
    }
    results
}
