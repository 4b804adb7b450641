//! Pact V4 files from the journal's exchanges (or a recording's), and the names of the provider
//! states they rely on (the mock makes them: `crate::admin`).
//!
//! Each exchange a consumer had with one service becomes a `Synchronous/HTTP` interaction that a
//! provider can be verified against with Pact's own verifier: its description (the operation,
//! the outcome, and a digest of the request, so that the same request from two tests is one
//! interaction), the provider states the request relies on, the request without any credential
//! (the header kept, with a matching rule for its form), and the answer with a type rule for
//! every value a provider mints (the documents' `x-not-compared` fields) and `ProviderState`
//! generators for the ids a path reuses. What cannot be replayed that way is left out and listed
//! in the pact's metadata: answers made by a fault or known to diverge from the real service,
//! answers that depend on which credential was sent (`401`, `403`), bodies not kept whole.
//!
//! The provider states (made by the mock at `POST /__mock/pact/provider-states`):
//! - `an auth client exists`, params: the client's fields (`name`, `redirectUrls`,
//!   `validScopes`, `isValid`, `requiresSecret`, `clientCredentialFlowUser`) → `{"id"}`;
//! - `a client secret exists`, params `{"count": N}` (and `"named": K` when a path names the
//!   K-th, oldest first): N secrets on the client the previous state made → `{"id",
//!   "fingerprint"}`, the K-th's (the last's by default);
//! - `a user exists`, params `{"id"}`: the user a create or update names in
//!   `clientCredentialFlowUser` becomes known → `{"id"}`.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use http::{Method, StatusCode};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::autional::CREATE_CLIENT_PATH;
use crate::gropius::{AUTH_CLIENTS_PATH, GropiusRoute, canonical_id};
use crate::journal::Exchange;
use crate::services::Service;
use crate::shared::REDACTED;

/// The pact specification version written.
const SPECIFICATION: &str = "4.0";
/// The state that makes an auth client.
pub(crate) const CLIENT_EXISTS: &str = "an auth client exists";
/// The state that gives the client the previous state made its secrets.
pub(crate) const SECRET_EXISTS: &str = "a client secret exists";
/// The state that makes a Gropius user `clientCredentialFlowUser` may name.
pub(crate) const USER_EXISTS: &str = "a user exists";
/// Every state the mock makes, for the `400` that names them.
pub(crate) const STATES: [&str; 3] = [CLIENT_EXISTS, SECRET_EXISTS, USER_EXISTS];
/// The request headers an interaction keeps besides the credentials, as the journal names them
/// and as the contract spells them (a verifier's `-H NAME=VALUE` replaces a header of the same
/// spelling).
const KEPT_HEADERS: [(&str, &str); 2] = [
    ("content-type", "Content-Type"),
    ("x-tenant-id", "X-Tenant-ID"),
];
/// A client's fields a provider state sets.
const CLIENT_FIELDS: [&str; 6] = [
    "name",
    "redirectUrls",
    "validScopes",
    "isValid",
    "requiresSecret",
    "clientCredentialFlowUser",
];

/// A value another provider answers otherwise, as the documents' `x-not-compared` lists it: a
/// field, and the answers it is not compared in (`None`: every answer; else only an error
/// answer of that status whose `error` is the given text).
pub(crate) struct NotCompared {
    pub(crate) field: &'static str,
    pub(crate) only: Option<(u16, &'static str)>,
}

const fn everywhere(field: &'static str) -> NotCompared {
    NotCompared { field, only: None }
}

/// Autional's not-compared values.
const AUTIONAL_NOT_COMPARED: [NotCompared; 4] = [
    everywhere("id"),
    everywhere("client_id"),
    everywhere("client_secret"),
    everywhere("timestamp"),
];

/// Gropius's not-compared values.
const GROPIUS_NOT_COMPARED: [NotCompared; 6] = [
    everywhere("id"),
    everywhere("secretText"),
    everywhere("censored"),
    everywhere("fingerprint"),
    everywhere("time"),
    // The JSON parser's wording (V8's), which another provider words otherwise.
    NotCompared {
        field: "message",
        only: Some((400, "Bad Request")),
    },
];

/// `service`'s not-compared values (a test holds these lists to the documents).
pub(crate) fn not_compared(service: Service) -> &'static [NotCompared] {
    match service {
        Service::Autional => &AUTIONAL_NOT_COMPARED,
        Service::Gropius => &GROPIUS_NOT_COMPARED,
    }
}

/// The fields of an answer of `status` with `body` that a rule judges by type.
fn minted(service: Service, status: u16, body: &Value) -> Vec<&'static str> {
    not_compared(service)
        .iter()
        .filter(|entry| {
            entry.only.is_none_or(|(only_status, error)| {
                status == only_status && body.get("error").and_then(Value::as_str) == Some(error)
            })
        })
        .map(|entry| entry.field)
        .collect()
}

/// The contract's operation an exchange is, by its `operationId`.
fn operation(service: Service, method: &Method, path: &str) -> Option<&'static str> {
    Some(match service {
        Service::Autional => match (path, method) {
            (CREATE_CLIENT_PATH, &Method::POST) => "create_client",
            _ => return None,
        },
        Service::Gropius => match (GropiusRoute::of(path)?, method) {
            (GropiusRoute::Clients, &Method::POST) => "create_auth_client",
            (GropiusRoute::Clients, &Method::GET) => "list_auth_clients",
            (GropiusRoute::Client(_), &Method::GET) => "get_auth_client",
            (GropiusRoute::Client(_), &Method::PUT) => "update_auth_client",
            (GropiusRoute::Client(_), &Method::DELETE) => "delete_auth_client",
            (GropiusRoute::Secrets(_), &Method::GET) => "list_client_secrets",
            (GropiusRoute::Secrets(_), &Method::POST) => "create_client_secret",
            (GropiusRoute::Secret(..), &Method::DELETE) => "delete_client_secret",
            _ => return None,
        },
    })
}

/// What the export knows of a Gropius client at one point of the journal: the fields a
/// provider state makes it with, and its secrets' fingerprints, oldest first.
#[derive(Debug, Clone, Default)]
struct KnownClient {
    fields: Map<String, Value>,
    secrets: Vec<String>,
}

/// The Pact V4 document of `consumer`'s exchanges with `provider`, from `exchanges` (oldest
/// first), with what was left out and why in `metadata.clientreg-mock.leftOut`.
pub(crate) fn pact(consumer: &str, provider: Service, exchanges: &[Exchange]) -> Value {
    let mut interactions: BTreeMap<String, Value> = BTreeMap::new();
    let mut left_out = Vec::new();
    let mut known: HashMap<String, KnownClient> = HashMap::new();
    for exchange in exchanges {
        let line = format!(
            "{} {} → {}",
            exchange.method,
            exchange.path,
            exchange
                .status
                .map_or_else(|| "connection dropped".to_string(), |s| s.to_string())
        );
        match interaction(provider, exchange, &known) {
            Ok((key, interaction)) => {
                interactions.entry(key).or_insert(interaction);
            }
            Err(why) => left_out.push(json!({ "exchange": line, "why": why })),
        }
        if provider == Service::Gropius {
            follow(&mut known, exchange);
        }
    }
    json!({
        "consumer": { "name": consumer },
        "provider": { "name": provider.name() },
        "interactions": interactions.into_values().collect::<Vec<_>>(),
        "metadata": {
            "pactSpecification": { "version": SPECIFICATION },
            "clientreg-mock": {
                "version": env!("CARGO_PKG_VERSION"),
                "leftOut": left_out,
            },
        },
    })
}

/// The interaction `exchange` is, keyed by description and provider states, or why it is left
/// out.
fn interaction(
    service: Service,
    exchange: &Exchange,
    known: &HashMap<String, KnownClient>,
) -> Result<(String, Value), String> {
    let Some(status) = exchange.status else {
        return Err("the connection was dropped by a fault".to_string());
    };
    if let Some(fault) = &exchange.fault_id {
        return Err(format!("answered by the fault {fault}"));
    }
    if let Some(quirk) = &exchange.divergence {
        return Err(format!(
            "the real service answers otherwise (divergence {quirk})"
        ));
    }
    if exchange.violated {
        return Err("the answer broke the contract".to_string());
    }
    if status == 401 || status == 403 {
        return Err(format!(
            "a {status} depends on which credential was sent, and a pact carries none"
        ));
    }
    let operation = operation(service, &exchange.method, &exchange.path)
        .ok_or_else(|| "not an operation of the contract".to_string())?;
    let request_body = match &exchange.body {
        None => return Err("the request's body was not kept whole".to_string()),
        Some(body) if body.is_empty() => None,
        Some(body) => Some(
            serde_json::from_slice::<Value>(body)
                .map_err(|_| "the request's body is not JSON".to_string())?,
        ),
    };
    let answer = match &exchange.answer {
        None => return Err("the answer's body was not kept (over 4 KiB)".to_string()),
        Some(body) if body.is_empty() => None,
        Some(body) => Some(
            serde_json::from_slice::<Value>(body)
                .map_err(|_| "the answer's body is not JSON".to_string())?,
        ),
    };

    let (mut states, path_expression) = states_and_path(service, &exchange.path, known);
    // A create or update that named a user, and succeeded, relied on the user.
    if service == Service::Gropius
        && (200..300).contains(&status)
        && let Some(user) = request_body
            .as_ref()
            .and_then(|body| body.get("clientCredentialFlowUser"))
            .and_then(Value::as_str)
    {
        states.insert(0, json!({ "name": USER_EXISTS, "params": { "id": user } }));
    }
    let mut request = Map::new();
    request.insert("method".into(), json!(exchange.method.as_str()));
    request.insert("path".into(), json!(exchange.path));
    let mut headers = Map::new();
    let mut header_rules = Map::new();
    for (name, value) in &exchange.headers {
        if let Some(spelled) = KEPT_HEADERS
            .iter()
            .find_map(|(lower, spelled)| (lower == name).then_some(*spelled))
        {
            headers.insert(spelled.to_string(), json!(value));
        } else if let Some((spelled, placeholder, form)) = credential_form(name) {
            headers.insert(spelled.to_string(), json!(placeholder));
            header_rules.insert(
                spelled.to_string(),
                json!({ "matchers": [{ "match": "regex", "regex": form }] }),
            );
        }
    }
    if !headers.is_empty() {
        request.insert("headers".into(), Value::Object(headers));
    }
    if let Some(body) = &request_body {
        request.insert("body".into(), json_body(body));
    }
    if !header_rules.is_empty() {
        request.insert(
            "matchingRules".into(),
            json!({ "header": Value::Object(header_rules) }),
        );
    }
    if let Some(expression) = path_expression {
        request.insert(
            "generators".into(),
            json!({ "path": { "type": "ProviderState", "expression": expression, "dataType": "STRING" } }),
        );
    }

    let mut response = Map::new();
    response.insert("status".into(), json!(status));
    if let Some(body) = &answer {
        response.insert(
            "headers".into(),
            json!({ "content-type": ["application/json"] }),
        );
        let mut example = body.clone();
        redact_censored(&mut example);
        response.insert("body".into(), json_body(&example));
        let mut body_rules = Map::new();
        if body.is_array() && operation.starts_with("list_") {
            // Another provider holds other clients and secrets: a list is judged by the type of
            // its items, not their number.
            body_rules.insert(
                "$".into(),
                json!({ "matchers": [{ "match": "type", "min": 0 }] }),
            );
        }
        minted_rules(body, "$", &minted(service, status, body), &mut body_rules);
        let mut rules = Map::new();
        rules.insert(
            "header".into(),
            json!({ "content-type": { "matchers": [{ "match": "regex", "regex": "application/json(;.*)?" }] } }),
        );
        if !body_rules.is_empty() {
            rules.insert("body".into(), Value::Object(body_rules));
        }
        response.insert("matchingRules".into(), Value::Object(rules));
    }

    let reason = StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let digest = digest(
        &exchange.method,
        &exchange.path,
        request_body.as_ref(),
        &states,
    );
    let description = format!("{operation} → {status} {reason} (request {digest})");
    let key = format!("{description}\n{}", Value::Array(states.clone()));
    Ok((
        key,
        json!({
            "type": "Synchronous/HTTP",
            "description": description,
            "providerStates": states,
            "request": request,
            "response": response,
            "pending": false,
        }),
    ))
}

/// A body as Pact V4 writes it.
fn json_body(content: &Value) -> Value {
    json!({ "content": content, "contentType": "application/json", "encoded": false })
}

/// A credential header as the contract spells it, its placeholder in a pact and the regex for
/// its form: never its value (the verifier sends the real one with `-H`). The contract's two
/// credentials only; any other (a cookie) is left out of the request.
fn credential_form(name: &str) -> Option<(&'static str, &'static str, &'static str)> {
    match name {
        "authorization" => Some(("Authorization", "Bearer <token>", r"^(?i:bearer) \S+$")),
        "x-api-key" => Some(("X-API-Key", "<key>", r"^\S+$")),
        _ => None,
    }
}

/// The states a request on `path` relies on, and the path as a `ProviderState` expression when
/// it names a client (or a secret) a state makes.
fn states_and_path(
    service: Service,
    path: &str,
    known: &HashMap<String, KnownClient>,
) -> (Vec<Value>, Option<String>) {
    if service != Service::Gropius {
        return (Vec::new(), None);
    }
    let (id, rest) = match GropiusRoute::of(path) {
        Some(GropiusRoute::Client(id)) => (id, None),
        Some(GropiusRoute::Secrets(id)) => (id, Some(None)),
        Some(GropiusRoute::Secret(id, fingerprint)) => (id, Some(Some(fingerprint))),
        _ => return (Vec::new(), None),
    };
    let Some(client) = known.get(&known_id(id)) else {
        return (Vec::new(), None);
    };
    let mut states = vec![json!({ "name": CLIENT_EXISTS, "params": client.fields })];
    // The secret a path names, by its place among the client's (1 for the oldest).
    let named = match rest {
        Some(Some(fingerprint)) => client
            .secrets
            .iter()
            .position(|kept| kept == fingerprint)
            .map(|index| index + 1),
        _ => None,
    };
    if !client.secrets.is_empty() {
        let count = client.secrets.len();
        states.push(match named {
            Some(place) if place != count => {
                json!({ "name": SECRET_EXISTS, "params": { "count": count, "named": place } })
            }
            _ => json!({ "name": SECRET_EXISTS, "params": { "count": count } }),
        });
    }
    let expression = match (rest, named) {
        (None, _) => format!("{AUTH_CLIENTS_PATH}/${{id}}"),
        (Some(None), _) => format!("{AUTH_CLIENTS_PATH}/${{id}}/client-secret"),
        // The state answers the named secret's fingerprint.
        (Some(Some(_)), Some(_)) => {
            format!("{AUTH_CLIENTS_PATH}/${{id}}/client-secret/${{fingerprint}}")
        }
        (Some(Some(fingerprint)), None) => {
            format!("{AUTH_CLIENTS_PATH}/${{id}}/client-secret/{fingerprint}")
        }
    };
    (states, Some(expression))
}

/// The start of a secret, which a censored secret shows, never reaches a pact: the example
/// answer holds `<redacted>` there (its type rule accepts what a provider answers). The secrets
/// themselves are already redacted in the answers the journal keeps.
fn redact_censored(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                if key == "censored" && field.is_string() {
                    *field = json!(REDACTED);
                } else {
                    redact_censored(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_censored),
        _ => {}
    }
}

/// A type rule at every path of `value` whose key is a minted field.
fn minted_rules(value: &Value, at: &str, minted: &[&str], rules: &mut Map<String, Value>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                let path = format!("{at}.{key}");
                if minted.contains(&key.as_str()) && !field.is_null() {
                    rules.insert(path.clone(), json!({ "matchers": [{ "match": "type" }] }));
                }
                minted_rules(field, &path, minted, rules);
            }
        }
        Value::Array(items) => {
            let path = format!("{at}[*]");
            for item in items {
                minted_rules(item, &path, minted, rules);
            }
        }
        _ => {}
    }
}

/// The first 8 hex digits of SHA-256 over the request as a provider sees it (the path as its
/// states make it) and its states: the same request from two tests has the same digest.
fn digest(method: &Method, path: &str, body: Option<&Value>, states: &[Value]) -> String {
    let mut hash = Sha256::new();
    hash.update(method.as_str());
    hash.update(b"\n");
    // A path naming a made client differs from test to test; its states name it instead.
    if states.is_empty() {
        hash.update(path);
    } else if let Some(shape) = GropiusRoute::of(path) {
        hash.update(match shape {
            GropiusRoute::Clients => "clients",
            GropiusRoute::Client(_) => "client",
            GropiusRoute::Secrets(_) => "secrets",
            GropiusRoute::Secret(..) => "secret",
        });
    }
    hash.update(b"\n");
    if let Some(body) = body {
        hash.update(body.to_string());
    }
    hash.update(b"\n");
    hash.update(Value::Array(states.to_vec()).to_string());
    hash.finalize()[..4]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Follows what `exchange` did to the Gropius clients: what a provider state must make for a
/// later request on the same client.
fn follow(known: &mut HashMap<String, KnownClient>, exchange: &Exchange) {
    let Some(status) = exchange.status.filter(|s| (200..300).contains(s)) else {
        return;
    };
    let answer: Option<Value> = exchange
        .answer
        .as_deref()
        .and_then(|body| serde_json::from_slice(body).ok());
    let request: Option<Value> = exchange
        .body
        .as_deref()
        .and_then(|body| serde_json::from_slice(body).ok());
    let Some(route) = GropiusRoute::of(&exchange.path) else {
        return;
    };
    match (route, &exchange.method) {
        (GropiusRoute::Clients, &Method::POST) if status == 201 => {
            if let Some(answer) = &answer
                && let Some(id) = answer.get("id").and_then(Value::as_str)
            {
                let mut client = KnownClient::default();
                take_fields(&mut client.fields, answer, request.as_ref());
                known.insert(known_id(id), client);
            }
        }
        (GropiusRoute::Client(id), &Method::PUT) => {
            if let (Some(client), Some(answer)) = (known.get_mut(&known_id(id)), &answer) {
                take_fields(&mut client.fields, answer, request.as_ref());
            }
        }
        (GropiusRoute::Client(id), &Method::DELETE) => {
            known.remove(&known_id(id));
        }
        (GropiusRoute::Secrets(id), &Method::POST) => {
            if let (Some(client), Some(fingerprint)) = (
                known.get_mut(&known_id(id)),
                answer
                    .as_ref()
                    .and_then(|a| a.get("fingerprint"))
                    .and_then(Value::as_str),
            ) {
                client.secrets.push(fingerprint.to_string());
            }
        }
        (GropiusRoute::Secret(id, fingerprint), &Method::DELETE) => {
            if let Some(client) = known.get_mut(&known_id(id)) {
                client.secrets.retain(|kept| kept != fingerprint);
            }
        }
        _ => {}
    }
}

/// How the export files a client: by its id as the service writes it, whichever spelling a
/// path used (a built-in client's id as it is).
fn known_id(id: &str) -> String {
    canonical_id(id).unwrap_or_else(|| id.to_string())
}

/// A client's fields from a create's or update's answer, and from its request what the answer
/// does not show (`validScopes`, `clientCredentialFlowUser`).
fn take_fields(fields: &mut Map<String, Value>, answer: &Value, request: Option<&Value>) {
    for name in CLIENT_FIELDS {
        let value = answer
            .get(name)
            .or_else(|| request.and_then(|r| r.get(name)));
        match value {
            Some(Value::Null) => {
                fields.remove(name);
            }
            Some(value) => {
                fields.insert(name.to_string(), value.clone());
            }
            None => {}
        }
    }
}

/// `fresh`'s interactions added to `existing`'s (same consumer and provider), as Pact's consumer
/// libraries merge a test run into a pact file; an interaction of the same description and
/// states that differs is a conflict, named.
pub(crate) fn merge(existing: &Value, fresh: &Value) -> Result<Value, String> {
    for side in ["consumer", "provider"] {
        if existing.get(side) != fresh.get(side) {
            return Err(format!(
                "the file's {side} is {}, not {}",
                existing.get(side).unwrap_or(&Value::Null),
                fresh.get(side).unwrap_or(&Value::Null)
            ));
        }
    }
    let key = |interaction: &Value| {
        format!(
            "{}\n{}",
            interaction.get("description").unwrap_or(&Value::Null),
            interaction.get("providerStates").unwrap_or(&Value::Null)
        )
    };
    let mut merged: BTreeMap<String, Value> = BTreeMap::new();
    let listed = |pact: &Value| -> Vec<Value> {
        pact.get("interactions")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    for interaction in listed(existing) {
        merged.insert(key(&interaction), interaction);
    }
    for interaction in listed(fresh) {
        match merged.get(&key(&interaction)) {
            Some(kept) if !same_interaction(kept, &interaction) => {
                return Err(format!(
                    "the interaction {} is in the file with another answer",
                    interaction.get("description").unwrap_or(&Value::Null)
                ));
            }
            Some(_) => {}
            None => {
                merged.insert(key(&interaction), interaction);
            }
        }
    }
    let mut pact = fresh.clone();
    pact["interactions"] = Value::Array(merged.into_values().collect());
    let mut left_out: Vec<Value> = existing
        .pointer("/metadata/clientreg-mock/leftOut")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for entry in fresh
        .pointer("/metadata/clientreg-mock/leftOut")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if !left_out.contains(entry) {
            left_out.push(entry.clone());
        }
    }
    pact["metadata"]["clientreg-mock"]["leftOut"] = Value::Array(left_out);
    Ok(pact)
}

/// Whether two interactions of one key say the same: the same request (its path, unless a
/// generator makes it) and status, and the same answer where its rules compare it by value.
fn same_interaction(a: &Value, b: &Value) -> bool {
    let masked = |interaction: &Value| {
        let mut response = interaction.get("response").cloned().unwrap_or(Value::Null);
        let rules = response
            .pointer("/matchingRules/body")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        if rules.contains_key("$") {
            // A list judged by type: its example is not compared.
            response["body"] = Value::Null;
        } else if let Some(content) = response.pointer_mut("/body/content") {
            mask(content, "$", &rules);
        }
        let mut request = interaction.get("request").cloned().unwrap_or(Value::Null);
        if request.pointer("/generators/path").is_some() {
            // The example path names the client one test made; the generator names the state's.
            request["path"] = Value::Null;
        }
        (request, response)
    };
    masked(a) == masked(b)
}

/// Replaces every value a type rule covers by `null`.
fn mask(value: &mut Value, at: &str, rules: &Map<String, Value>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                let path = format!("{at}.{key}");
                if rules.contains_key(&path) {
                    *field = Value::Null;
                } else {
                    mask(field, &path, rules);
                }
            }
        }
        Value::Array(items) => {
            let path = format!("{at}[*]");
            for item in items {
                mask(item, &path, rules);
            }
        }
        _ => {}
    }
}

/// Writes the pact of `consumer`'s `exchanges` with `provider` into `dir` (as [`write`]); nothing
/// when there are none.
pub(crate) fn write_exchanges(
    dir: &Path,
    consumer: &str,
    provider: Service,
    exchanges: &[Exchange],
) -> std::io::Result<Option<PathBuf>> {
    if exchanges.is_empty() {
        return Ok(None);
    }
    write(dir, &pact(consumer, provider, exchanges)).map(Some)
}

/// Writes `fresh` to `dir/CONSUMER-PROVIDER.json`, merged into what the file holds (under a lock
/// on the file, so that tests running at once, in one process or several, each add theirs).
fn write(dir: &Path, fresh: &Value) -> std::io::Result<PathBuf> {
    use std::io::{Error, ErrorKind};
    let name = |side: &str| {
        fresh
            .pointer(&format!("/{side}/name"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let (consumer, provider) = (name("consumer"), name("provider"));
    if consumer.is_empty()
        || consumer
            .chars()
            .any(|c| c.is_control() || matches!(c, '/' | '\\' | ':'))
        || consumer.starts_with('.')
    {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            format!(
                "{consumer:?} cannot name a pact file: use a name without /, \\, : or a leading dot"
            ),
        ));
    }
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{consumer}-{provider}.json"));
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)?;
    file.lock()?;
    let mut text = String::new();
    file.read_to_string(&mut text)?;
    let pact = if text.trim().is_empty() {
        fresh.clone()
    } else {
        let existing: Value = serde_json::from_str(&text).map_err(|e| {
            Error::new(
                ErrorKind::InvalidData,
                format!("{} is not a pact: {e}", path.display()),
            )
        })?;
        merge(&existing, fresh).map_err(|conflict| {
            Error::new(
                ErrorKind::InvalidData,
                format!("{}: {conflict}", path.display()),
            )
        })?
    };
    let mut bytes = serde_json::to_vec_pretty(&pact).expect("a pact serializes");
    bytes.push(b'\n');
    file.set_len(0)?;
    file.rewind()?;
    file.write_all(&bytes)?;
    file.sync_data()?;
    Ok(path)
}

#[cfg(all(test, feature = "check"))]
mod tests {
    use super::*;

    /// `not_compared` is the documents' `x-not-compared` list, entry for entry.
    #[test]
    fn the_minted_fields_are_the_documents_not_compared_fields() {
        for (service, document) in [
            (Service::Autional, "autional.yaml"),
            (Service::Gropius, "gropius-login.yaml"),
        ] {
            let (_, text) = clientreg_contract::DOCUMENTS
                .iter()
                .find(|(name, _)| *name == document)
                .unwrap();
            let parsed: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
            let listed: Vec<(String, Option<(u16, String)>)> = parsed["x-not-compared"]
                .as_sequence()
                .unwrap()
                .iter()
                .map(|entry| {
                    let only = entry.get("status").map(|status| {
                        (
                            status.as_u64().unwrap() as u16,
                            entry["error"].as_str().unwrap().to_string(),
                        )
                    });
                    (entry["field"].as_str().unwrap().to_string(), only)
                })
                .collect();
            let ours: Vec<(String, Option<(u16, String)>)> = not_compared(service)
                .iter()
                .map(|e| (e.field.to_string(), e.only.map(|(s, e)| (s, e.to_string()))))
                .collect();
            assert_eq!(listed, ours, "{document}");
        }
    }
}
