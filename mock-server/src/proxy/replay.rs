//! `mock-server replay`: re-sends each recorded request to a target (typically the mock) and
//! compares its answer with the recorded one: status, business code and message, the body's
//! shape and the values that should match. What is ignored, and why: ids (`id`, `client_id`),
//! secrets, their censored forms and fingerprints (`client_secret`, `secretText`, `censored`,
//! `fingerprint`) and times (`timestamp`, `time`) are minted by whoever answers, and the length
//! of a list of objects depends on what the target already stores. Ids the recorded answers
//! minted are mapped to those the replay's answers mint, so a read of a created client reads
//! the client the replay created.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::Value;

use super::RecordedExchange;
use crate::mock::service_of;
use crate::verify::{Credentials, Outcome, TrialResult, VerifyError};

/// Body fields whose values are not compared.
const IGNORED: [&str; 8] = [
    "id",
    "client_id",
    "client_secret",
    "secretText",
    "censored",
    "fingerprint",
    "timestamp",
    "time",
];
/// Body fields whose values are ids to map from the recording to the replay.
const MINTED_IDS: [&str; 2] = ["id", "fingerprint"];
/// The credential a refused-401 request is replayed with.
const INVALID_CREDENTIAL: &str = "replay-invalid-credential";

/// What a replay is given.
#[derive(Debug, Clone)]
pub struct ReplaySettings {
    /// The target's base URL.
    pub target: String,
    /// The target's credentials: `api_key` and `admin_token` stand for a recorded credential
    /// the upstream accepted, `user_token` for one it refused with 403.
    pub credentials: Credentials,
    /// Each request's timeout.
    pub timeout: Duration,
}

/// Replays `exchanges` in order against the target; one result per exchange.
pub async fn replay(
    exchanges: &[RecordedExchange],
    settings: &ReplaySettings,
) -> Result<Vec<TrialResult>, VerifyError> {
    let (base, http) = crate::verify::client_for(&settings.target, settings.timeout)?;
    if let Err(e) = http.get(&base).send().await {
        return Err(VerifyError::Unreachable {
            target: base,
            reason: crate::shared::describe(&e),
        });
    }
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let mut results = Vec::new();
    for (index, exchange) in exchanges.iter().enumerate() {
        let request = &exchange.request;
        let service = match service_of(&request.path) {
            crate::journal::ServiceName::Autional => "autional",
            crate::journal::ServiceName::Gropius => "gropius",
            crate::journal::ServiceName::Unknown => "unknown",
        };
        let name = format!("#{} {} {}", index + 1, request.method, request.path);
        let path = map_ids(&request.path, &ids);
        let mut url = format!("{base}{path}");
        if let Some(query) = &request.query {
            url.push('?');
            url.push_str(query);
        }
        let Ok(method) = reqwest::Method::from_bytes(request.method.as_bytes()) else {
            results.push(result(
                service,
                name,
                Outcome::Fail,
                Some("the recorded method is not a method".into()),
            ));
            continue;
        };
        let mut sent = http.request(method, url);
        for (header, value) in &request.headers {
            if ["host", "content-length", "connection", "transfer-encoding"]
                .contains(&header.as_str())
            {
                continue;
            }
            sent = sent.header(header, credential(header, value, &settings.credentials));
        }
        let body = request.body();
        let body = match std::str::from_utf8(&body) {
            Ok(text) => map_ids(text, &ids).into_bytes(),
            Err(_) => body,
        };
        let answer = match sent.body(body).send().await {
            Ok(answer) => answer,
            Err(e) => {
                results.push(result(
                    service,
                    name,
                    Outcome::Fail,
                    Some(format!("no answer: {e}")),
                ));
                continue;
            }
        };
        let status = answer.status().as_u16();
        let bytes = match answer.bytes().await {
            Ok(bytes) => bytes,
            Err(e) => {
                let why = format!("{status}, body unreadable: {}", crate::shared::describe(&e));
                results.push(result(service, name, Outcome::Fail, Some(why)));
                continue;
            }
        };
        let recorded: Option<Value> = serde_json::from_str(&exchange.answer.body).ok();
        let replayed: Option<Value> = serde_json::from_slice(&bytes).ok();
        if let (Some(recorded), Some(replayed)) = (&recorded, &replayed) {
            learn_ids(recorded, replayed, &mut ids);
        }
        let mut differences = Vec::new();
        if status != exchange.answer.status {
            differences.push(format!(
                "status: recorded {}, replayed {status}",
                exchange.answer.status
            ));
        }
        match (&recorded, &replayed) {
            (Some(recorded), Some(replayed)) => compare(recorded, replayed, "", &mut differences),
            (None, None) if exchange.answer.body.as_bytes() == &bytes[..] => {}
            (None, None) => {
                differences.push("body: the recorded and replayed bodies differ".into())
            }
            (Some(_), None) => differences.push("body: recorded JSON, replayed not JSON".into()),
            (None, Some(_)) => differences.push("body: replayed JSON, recorded not JSON".into()),
        }
        let (outcome, detail) = if differences.is_empty() {
            (Outcome::Pass, None)
        } else {
            (Outcome::Fail, Some(differences.join("; ")))
        };
        results.push(result(service, name, outcome, detail));
    }
    Ok(results)
}

fn result(service: &str, name: String, outcome: Outcome, detail: Option<String>) -> TrialResult {
    TrialResult {
        service: service.to_string(),
        name,
        outcome,
        detail,
    }
}

/// The value to send for a recorded header: a redacted credential becomes the target's.
fn credential(header: &str, value: &str, credentials: &Credentials) -> String {
    let Some(note_at) = value.find("<redacted") else {
        return value.to_string();
    };
    let (scheme, note) = value.split_at(note_at);
    let pick = match note {
        "<redacted: refused 401>" => None,
        "<redacted: refused 403>" => credentials.user_token.as_deref(),
        _ if header == "x-api-key" => credentials.api_key.as_deref(),
        _ => credentials.admin_token.as_deref(),
    };
    format!("{scheme}{}", pick.unwrap_or(INVALID_CREDENTIAL))
}

fn map_ids(text: &str, ids: &BTreeMap<String, String>) -> String {
    ids.iter()
        .fold(text.to_string(), |text, (recorded, replayed)| {
            text.replace(recorded, replayed)
        })
}

/// Pairs the ids a recorded answer minted with those of the replay's answer, at the same place.
fn learn_ids(recorded: &Value, replayed: &Value, ids: &mut BTreeMap<String, String>) {
    if let (Value::Object(a), Value::Object(b)) = (recorded, replayed) {
        for key in MINTED_IDS {
            if let (Some(Value::String(from)), Some(Value::String(to))) = (a.get(key), b.get(key))
                && from != to
                && from.len() >= 8
            {
                ids.insert(from.clone(), to.clone());
            }
        }
    }
}

fn compare(recorded: &Value, replayed: &Value, at: &str, out: &mut Vec<String>) {
    let here = |key: &str| format!("{at}/{key}");
    match (recorded, replayed) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                match b.get(key) {
                    None => out.push(format!("{}: recorded, not in the replay", here(key))),
                    Some(_) if IGNORED.contains(&key.as_str()) => {}
                    Some(other) => compare(value, other, &here(key), out),
                }
            }
            for key in b.keys().filter(|k| !a.contains_key(*k)) {
                out.push(format!("{}: in the replay only", here(key)));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            let scalars = a.iter().chain(b).all(|v| !v.is_object() && !v.is_array());
            if scalars {
                if a != b {
                    out.push(format!(
                        "{}: recorded {recorded}, replayed {replayed}",
                        display(at)
                    ));
                }
            } else if let (Some(first), Some(other)) = (a.first(), b.first()) {
                compare(first, other, &format!("{at}/0"), out);
            }
        }
        (a, b) if std::mem::discriminant(a) != std::mem::discriminant(b) => {
            out.push(format!("{}: recorded {a}, replayed {b}", display(at)));
        }
        (a, b) if a != b => out.push(format!("{}: recorded {a}, replayed {b}", display(at))),
        _ => {}
    }
}

fn display(at: &str) -> &str {
    if at.is_empty() { "the body" } else { at }
}
