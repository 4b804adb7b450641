//! The contract as a response checker: every document under `openapi/`, its operations, and
//! the schema each declares for each status (`$ref`s resolved within the document by the
//! `jsonschema` crate).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex};

use mock_server::{MockRequest, MockResponse, MockServerBuilder};
use serde_json::{Value, json};

/// The documents the mock server implements.
pub const DOCUMENTS: [&str; 3] = ["autional.yaml", "gropius-login.yaml", "mock-admin.yaml"];

/// The keys of a path item that are operations.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

struct Operation {
    id: String,
    method: String,
    /// Path segments; `None` for a `{parameter}`.
    segments: Vec<Option<String>>,
    /// Documented status → the JSON schema of its body (`None`: no body).
    responses: BTreeMap<u16, Option<Value>>,
    document: usize,
}

impl Operation {
    fn matches_path(&self, path: &str) -> bool {
        let parts: Vec<&str> = path.split('/').collect();
        parts.len() == self.segments.len()
            && parts
                .iter()
                .zip(&self.segments)
                .all(|(part, segment)| match segment {
                    Some(literal) => literal == part,
                    None => !part.is_empty(),
                })
    }
}

/// Every operation of every document, and the statuses exercised so far.
pub struct Contract {
    operations: Vec<Operation>,
    components: Vec<Value>,
    validators: Mutex<HashMap<(usize, String), Arc<jsonschema::Validator>>>,
    exercised: Mutex<BTreeMap<String, BTreeSet<u16>>>,
}

impl Contract {
    /// Reads the documents from the workspace's `openapi/`.
    pub fn load() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi");
        let mut operations = Vec::new();
        let mut components = Vec::new();
        for (index, name) in DOCUMENTS.iter().enumerate() {
            let text = std::fs::read_to_string(root.join(name)).expect("contract document");
            let document: Value = serde_yaml::from_str(&text).expect("contract YAML");
            for (path, item) in document["paths"].as_object().expect("paths") {
                for (method, operation) in item.as_object().expect("path item") {
                    if !METHODS.contains(&method.as_str()) {
                        continue; // path-level `parameters`, `summary`, ...
                    }
                    let mut responses = BTreeMap::new();
                    for (status, response) in operation["responses"].as_object().expect("responses")
                    {
                        let response = resolve(&document, response);
                        let schema = response
                            .pointer("/content/application~1json/schema")
                            .cloned();
                        responses.insert(status.parse().expect("numeric status"), schema);
                    }
                    operations.push(Operation {
                        id: operation["operationId"]
                            .as_str()
                            .expect("operationId")
                            .to_string(),
                        method: method.to_uppercase(),
                        segments: path
                            .split('/')
                            .map(|s| (!s.starts_with('{')).then(|| s.to_string()))
                            .collect(),
                        responses,
                        document: index,
                    });
                }
            }
            components.push(document["components"].clone());
        }
        Self {
            operations,
            components,
            validators: Mutex::new(HashMap::new()),
            exercised: Mutex::new(BTreeMap::new()),
        }
    }

    /// Checks one answer: its status must be documented for the operation, and its body must
    /// validate against the schema declared for that status. A request to no operation must
    /// get `404` (unknown path) or `405` (known path, other method) with the mock's error body.
    pub fn check(&self, request: &MockRequest, response: &MockResponse) -> Result<(), String> {
        let method = request.method.as_str();
        let path = request.path.as_str();
        let status = response.status.as_u16();
        let on_path: Vec<&Operation> = self
            .operations
            .iter()
            .filter(|o| o.matches_path(path))
            .collect();
        let Some(operation) = on_path.iter().find(|o| o.method == method) else {
            let expected = if on_path.is_empty() { 404 } else { 405 };
            if status != expected {
                return Err(format!(
                    "{method} {path}: no operation, so {expected} expected; got {status}"
                ));
            }
            let admin = DOCUMENTS
                .iter()
                .position(|d| *d == "mock-admin.yaml")
                .unwrap();
            return self
                .validate(
                    admin,
                    &json!({"$ref": "#/components/schemas/MockError"}),
                    response,
                )
                .map_err(|e| format!("{method} {path} → {status}: {e}"));
        };
        let Some(schema) = operation.responses.get(&status) else {
            return Err(format!(
                "{} ({method} {path}) answered {status}, which the contract does not declare (documented: {:?})",
                operation.id,
                operation.responses.keys().collect::<Vec<_>>()
            ));
        };
        self.exercised
            .lock()
            .unwrap()
            .entry(operation.id.clone())
            .or_default()
            .insert(status);
        match schema {
            None if response.body.is_empty() => Ok(()),
            None => Err(format!(
                "{} {status}: the contract declares no body, got {} bytes",
                operation.id,
                response.body.len()
            )),
            Some(schema) => self
                .validate(operation.document, schema, response)
                .map_err(|e| format!("{} {status}: {e}", operation.id)),
        }
    }

    fn validate(
        &self,
        document: usize,
        schema: &Value,
        response: &MockResponse,
    ) -> Result<(), String> {
        let content_type = response
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !content_type.starts_with("application/json") {
            return Err(format!(
                "content-type {content_type:?}, not application/json"
            ));
        }
        let body: Value = serde_json::from_slice(&response.body).map_err(|e| {
            format!(
                "body is not JSON ({e}): {:?}",
                String::from_utf8_lossy(&response.body)
            )
        })?;
        let validator = self.validator(document, schema);
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "body {body} does not match its schema: {}",
                errors.join("; ")
            ))
        }
    }

    fn validator(&self, document: usize, schema: &Value) -> Arc<jsonschema::Validator> {
        let key = (document, schema.to_string());
        let mut validators = self.validators.lock().unwrap();
        validators
            .entry(key)
            .or_insert_with(|| {
                let wrapped = json!({"allOf": [schema], "components": self.components[document]});
                Arc::new(
                    jsonschema::draft4::options()
                        .should_validate_formats(true)
                        .build(&wrapped)
                        .expect("contract schemas compile"),
                )
            })
            .clone()
    }

    /// Per operation: the documented statuses exercised so far, and all documented statuses.
    pub fn coverage(&self) -> Vec<(String, BTreeSet<u16>, BTreeSet<u16>)> {
        let exercised = self.exercised.lock().unwrap();
        self.operations
            .iter()
            .map(|o| {
                (
                    o.id.clone(),
                    exercised.get(&o.id).cloned().unwrap_or_default(),
                    o.responses.keys().copied().collect(),
                )
            })
            .collect()
    }

    /// A mock server builder whose every answer is checked; failures land in `violations`.
    pub fn observe(
        self: &Arc<Self>,
        builder: MockServerBuilder,
        violations: &Arc<Mutex<Vec<String>>>,
    ) -> MockServerBuilder {
        let contract = self.clone();
        let violations = violations.clone();
        builder.observe(move |request, response| {
            if let Err(violation) = contract.check(request, response) {
                violations.lock().unwrap().push(violation);
            }
        })
    }
}

fn resolve<'a>(document: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => document
            .pointer(reference.trim_start_matches('#'))
            .expect("a $ref within the document"),
        None => node,
    }
}
