//! The contract as an answer checker: the three documents (from `clientreg-contract`), their
//! operations, and the schema each declares for each status (`$ref`s resolved within the
//! document by the `jsonschema` crate, formats checked).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use clientreg_contract::DOCUMENTS;
use serde_json::{Value, json};

use crate::http::{MockRequest, MockResponse};

/// The keys of a path item that are operations.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of a document.
#[derive(Debug)]
pub(crate) struct Operation {
    /// Its `operationId`.
    pub id: String,
    /// Its method, upper-case.
    pub method: String,
    /// Its path template (`/auth/api/login/client/{id}`).
    pub path: String,
    /// Documented status → the JSON schema of its body (`None`: no body).
    responses: BTreeMap<u16, Option<Value>>,
    /// The JSON schema of its request body, and whether a body is required (read by the
    /// proxy's request checks).
    #[cfg_attr(not(feature = "proxy"), allow(dead_code))]
    request_body: Option<(Value, bool)>,
    /// Headers it requires: its required header parameters and its security scheme's
    /// (lower-case).
    #[cfg_attr(not(feature = "proxy"), allow(dead_code))]
    required_headers: Vec<String>,
    document: usize,
}

impl Operation {
    fn matches_path(&self, path: &str) -> bool {
        let parts: Vec<&str> = path.split('/').collect();
        let segments: Vec<&str> = self.path.split('/').collect();
        parts.len() == segments.len()
            && parts
                .iter()
                .zip(&segments)
                .all(|(part, segment)| match segment.starts_with('{') {
                    false => part == segment,
                    true => !part.is_empty(),
                })
    }

    /// The statuses the contract documents for it.
    pub fn statuses(&self) -> impl Iterator<Item = u16> + '_ {
        self.responses.keys().copied()
    }
}

/// Why an answer does not match the contract: the operation (or request) it answered, and
/// what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerMismatch {
    /// A request to no operation was not answered `404` (unknown path) or `405` (known path,
    /// other method).
    #[error("{method} {path}: no operation, so {expected} expected; got {got}")]
    NoOperation {
        /// The request's method.
        method: String,
        /// The request's path.
        path: String,
        /// The status the contract gives a request to no operation.
        expected: u16,
        /// The status answered.
        got: u16,
    },
    /// A request to no operation was answered with a body other than the mock's `MockError`.
    #[error("{method} {path} → {status}: {body}")]
    NotMockError {
        /// The request's method.
        method: String,
        /// The request's path.
        path: String,
        /// The status answered.
        status: u16,
        /// What is wrong with the body.
        body: BodyMismatch,
    },
    /// The operation does not document the status answered.
    #[error(
        "{operation} answered {status}, which the contract does not declare (documented: {documented:?})"
    )]
    UndeclaredStatus {
        /// The operation's `operationId`.
        operation: String,
        /// The status answered.
        status: u16,
        /// The statuses it documents.
        documented: Vec<u16>,
    },
    /// The body does not match what the operation declares for the status.
    #[error("{operation} {status}: {body}")]
    Body {
        /// The operation's `operationId`.
        operation: String,
        /// The status answered.
        status: u16,
        /// What is wrong with the body.
        body: BodyMismatch,
    },
}

/// What is wrong with an answer's body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyMismatch {
    /// The contract declares no body for the status.
    #[error("the contract declares no body, got {0} bytes")]
    Unexpected(usize),
    /// The body is not sent as JSON.
    #[error("content-type {0:?}, not application/json")]
    ContentType(String),
    /// The body does not parse as JSON.
    #[error("the body is not JSON ({0})")]
    NotJson(String),
    /// The body is JSON that its schema refuses.
    #[error("the body does not match its schema: {}{}", join(.errors), and_more(*.more))]
    Schema {
        /// The first errors, each where in the body and what the contract declares there.
        errors: Vec<SchemaError>,
        /// How many more there are.
        more: usize,
    },
    /// The contract's own schema does not compile (a defect of the contract, not the answer).
    #[error("the contract's schema does not compile: {0}")]
    Uncompilable(String),
}

impl BodyMismatch {
    /// Whether the body is of another shape than the contract declares somewhere (a JSON value
    /// of another type: an array where an object is declared, say), which says more than any
    /// field-by-field comparison.
    pub fn is_wrong_shape(&self) -> bool {
        matches!(self, Self::Schema { errors, .. } if errors.iter().any(|e| e.wrong_shape))
    }
}

/// One way a body breaks its schema: where, and what the contract declares there. It never
/// quotes the body (which may be huge, or echo a credential): the report quotes an excerpt of
/// it apart, masked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError {
    /// The JSON pointer of the value (empty: the whole body).
    pub at: String,
    /// What the contract declares there, and what came.
    pub rule: String,
    /// Whether the value is of another JSON type than declared.
    pub wrong_shape: bool,
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.at.is_empty() {
            write!(f, "the body: {}", self.rule)
        } else {
            write!(f, "at {}: {}", self.at, self.rule)
        }
    }
}

/// How many schema errors a mismatch names (the rest are counted).
const SCHEMA_ERRORS_NAMED: usize = 5;
/// A property name or path longer than this is not quoted.
const NAME_QUOTED_BYTES: usize = 64;

fn join(errors: &[SchemaError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

fn and_more(count: usize) -> String {
    if count == 0 {
        String::new()
    } else {
        format!("; and {count} more")
    }
}

/// A name from the answer (a property, a pointer), quoted only when short.
fn quoted(name: &str) -> String {
    if name.len() <= NAME_QUOTED_BYTES {
        format!("{name:?}")
    } else {
        format!("a name of {} bytes", name.len())
    }
}

/// One validation error, said without the value it is about; `whose` is what holds the value
/// (`the answer`, `the request`).
fn schema_error(error: &jsonschema::ValidationError<'_>, whose: &str) -> SchemaError {
    use jsonschema::error::{TypeKind, ValidationErrorKind as Kind};
    let came = jsonschema::JsonType::from(error.instance().as_ref());
    let keyword = error.kind().keyword();
    let (rule, wrong_shape) = match error.kind() {
        Kind::Type { kind } => {
            let declared = match kind {
                TypeKind::Single(declared) => declared.to_string(),
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            (
                format!("the contract declares {declared}, {whose} has {came}"),
                true,
            )
        }
        Kind::Required { property } => (
            format!(
                "{} is required and missing",
                quoted(property.as_str().unwrap_or_default())
            ),
            false,
        ),
        Kind::AdditionalProperties { unexpected } => (
            format!(
                "{} not declared{}",
                unexpected
                    .iter()
                    .take(SCHEMA_ERRORS_NAMED)
                    .map(|name| quoted(name))
                    .collect::<Vec<_>>()
                    .join(", "),
                and_more(unexpected.len().saturating_sub(SCHEMA_ERRORS_NAMED))
            ),
            false,
        ),
        Kind::Enum { .. } | Kind::Constant { .. } => (
            format!("a {came} that is not one of the declared values"),
            false,
        ),
        Kind::Format { format } => (format!("a {came} that is not a valid {format}"), false),
        Kind::MinLength { limit } | Kind::MinItems { limit } | Kind::MinProperties { limit } => (
            format!("a {came} below the declared {keyword} {limit}"),
            false,
        ),
        Kind::MaxLength { limit } | Kind::MaxItems { limit } | Kind::MaxProperties { limit } => (
            format!("a {came} above the declared {keyword} {limit}"),
            false,
        ),
        _ => (
            format!("a {came} that breaks the declared {keyword}"),
            false,
        ),
    };
    let at = error.instance_path().to_string();
    let at = if at.len() > NAME_QUOTED_BYTES * 2 {
        format!("a pointer of {} bytes", at.len())
    } else {
        at
    };
    SchemaError {
        at,
        rule,
        wrong_shape,
    }
}

/// An answer, as the checker reads it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Answer<'a> {
    /// The status.
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<&'a str>,
    /// The body's bytes.
    pub body: &'a [u8],
}

/// Every operation of every document, and the statuses exercised so far.
///
/// ```
/// use bytes::Bytes;
/// use http::{HeaderMap, Method};
/// use clientreg_mock::Mock;
/// use clientreg_mock::adapter::{MockRequest, Outcome};
/// use clientreg_mock::check::ContractChecker;
///
/// let checker = ContractChecker::embedded();
/// let mock = Mock::new(&Default::default()).unwrap();
/// let request = MockRequest::new(Method::GET, "/auth/api/login/client", HeaderMap::new(), Bytes::new());
/// let Outcome::Respond(mut answer) = mock.serve(&request).outcome else { unreachable!() };
/// assert_eq!(checker.check(&request, &answer), Ok(()), "a 401 the contract declares");
/// answer.status = http::StatusCode::IM_A_TEAPOT;
/// assert!(checker.check(&request, &answer).is_err());
/// ```
pub struct ContractChecker {
    operations: Vec<Operation>,
    components: Vec<Value>,
    validators: Mutex<HashMap<(usize, String), Arc<jsonschema::Validator>>>,
    exercised: Mutex<BTreeMap<String, BTreeSet<u16>>>,
}

impl std::fmt::Debug for ContractChecker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContractChecker")
            .field("operations", &self.operations.len())
            .finish_non_exhaustive()
    }
}

impl ContractChecker {
    /// The documents compiled into this build.
    pub fn embedded() -> Self {
        let mut operations = Vec::new();
        let mut components = Vec::new();
        for (index, (name, text)) in DOCUMENTS.iter().enumerate() {
            let mut document: Value = serde_yaml::from_str(text)
                .unwrap_or_else(|e| panic!("openapi/{name} is not YAML: {e}"));
            nullable_as_json_schema(&mut document);
            for (path, item) in document["paths"].as_object().into_iter().flatten() {
                for (method, operation) in item.as_object().into_iter().flatten() {
                    if !METHODS.contains(&method.as_str()) {
                        continue; // path-level `parameters`, `summary`, ...
                    }
                    let mut responses = BTreeMap::new();
                    for (status, response) in
                        operation["responses"].as_object().into_iter().flatten()
                    {
                        let response = resolve(&document, response);
                        let schema = response
                            .pointer("/content/application~1json/schema")
                            .cloned();
                        if let Ok(status) = status.parse() {
                            responses.insert(status, schema);
                        }
                    }
                    let request_body = operation.get("requestBody").map(|body| {
                        let body = resolve(&document, body);
                        let schema = body.pointer("/content/application~1json/schema").cloned();
                        (
                            schema.unwrap_or(Value::Bool(true)),
                            body["required"] == true,
                        )
                    });
                    let mut required_headers: Vec<String> = item["parameters"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .chain(operation["parameters"].as_array().into_iter().flatten())
                        .map(|p| resolve(&document, p))
                        .filter(|p| p["in"] == "header" && p["required"] == true)
                        .filter_map(|p| p["name"].as_str().map(str::to_ascii_lowercase))
                        .collect();
                    for requirement in operation["security"].as_array().into_iter().flatten() {
                        for scheme in requirement
                            .as_object()
                            .into_iter()
                            .flatten()
                            .map(|(k, _)| k)
                        {
                            let scheme = &document["components"]["securitySchemes"][scheme];
                            match scheme["type"].as_str() {
                                Some("apiKey") if scheme["in"] == "header" => {
                                    if let Some(name) = scheme["name"].as_str() {
                                        required_headers.push(name.to_ascii_lowercase());
                                    }
                                }
                                Some("http") => required_headers.push("authorization".into()),
                                _ => {}
                            }
                        }
                    }
                    operations.push(Operation {
                        id: operation["operationId"]
                            .as_str()
                            .unwrap_or_default()
                            .to_string(),
                        method: method.to_uppercase(),
                        path: path.clone(),
                        responses,
                        request_body,
                        required_headers,
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

    /// The operation `method path` calls, if any.
    #[cfg_attr(not(feature = "proxy"), allow(dead_code))]
    pub(crate) fn find(&self, method: &str, path: &str) -> Option<&Operation> {
        self.operations
            .iter()
            .find(|o| o.method == method && o.matches_path(path))
    }

    /// What a request to `operation` breaks of the contract: a required header missing, a
    /// body missing, not JSON, or against the schema (every rule the schema states), a
    /// sentence each.
    #[cfg_attr(not(feature = "proxy"), allow(dead_code))]
    pub(crate) fn check_request(
        &self,
        operation: &Operation,
        header_present: impl Fn(&str) -> bool,
        body: &[u8],
    ) -> Vec<String> {
        let mut violations: Vec<String> = operation
            .required_headers
            .iter()
            .filter(|name| !header_present(name))
            .map(|name| {
                format!(
                    "the request has no {name} header, which {} requires",
                    operation.id
                )
            })
            .collect();
        let Some((schema, required)) = &operation.request_body else {
            return violations;
        };
        if body.is_empty() {
            if *required {
                violations.push(format!(
                    "the request has no body, which {} requires",
                    operation.id
                ));
            }
            return violations;
        }
        let value: Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(e) => {
                violations.push(format!("the request body is not JSON: {e}"));
                return violations;
            }
        };
        match self.validator(operation.document, schema) {
            Ok(validator) => {
                let mut errors = validator.iter_errors(&value);
                violations.extend(errors.by_ref().take(SCHEMA_ERRORS_NAMED).map(|e| {
                    let error = schema_error(&e, "the request");
                    let at = if error.at.is_empty() {
                        "the body".to_string()
                    } else {
                        format!("body {}", error.at)
                    };
                    format!("the request breaks the schema at {at}: {}", error.rule)
                }));
                let more = errors.count();
                if more > 0 {
                    violations.push(format!("and {more} more breaks of the schema"));
                }
            }
            Err(e) => violations.push(e.to_string()),
        }
        violations
    }

    /// The operation with this `operationId`.
    pub(crate) fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.id == id)
    }

    /// Checks the answer `response` to `request`: its status must be documented for the
    /// operation, and its body must validate against the schema declared for that status. A
    /// request to no operation must get `404` (unknown path) or `405` (known path, other
    /// method) with the mock's error body.
    pub fn check(
        &self,
        request: &MockRequest,
        response: &MockResponse,
    ) -> Result<(), AnswerMismatch> {
        let answer = Answer {
            status: response.status.as_u16(),
            content_type: response
                .headers
                .get(http::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok()),
            body: &response.body,
        };
        self.check_answer(request.method.as_str(), &request.path, answer)
    }

    /// [`ContractChecker::check`] of an answer to `method path`, as the checker reads any
    /// target's.
    pub(crate) fn check_answer(
        &self,
        method: &str,
        path: &str,
        answer: Answer<'_>,
    ) -> Result<(), AnswerMismatch> {
        let status = answer.status;
        let on_path: Vec<&Operation> = self
            .operations
            .iter()
            .filter(|o| o.matches_path(path))
            .collect();
        let Some(operation) = on_path.iter().find(|o| o.method == method) else {
            let expected = if on_path.is_empty() { 404 } else { 405 };
            if status != expected {
                return Err(AnswerMismatch::NoOperation {
                    method: method.to_string(),
                    path: path.to_string(),
                    expected,
                    got: status,
                });
            }
            let admin = DOCUMENTS
                .iter()
                .position(|(d, _)| *d == "mock-admin.yaml")
                .unwrap_or(2);
            return self
                .validate(
                    admin,
                    &json!({"$ref": "#/components/schemas/MockError"}),
                    answer,
                )
                .map_err(|body| AnswerMismatch::NotMockError {
                    method: method.to_string(),
                    path: path.to_string(),
                    status,
                    body,
                });
        };
        let Some(schema) = operation.responses.get(&status) else {
            return Err(AnswerMismatch::UndeclaredStatus {
                operation: operation.id.clone(),
                status,
                documented: operation.statuses().collect(),
            });
        };
        self.exercised
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(operation.id.clone())
            .or_default()
            .insert(status);
        let body = match schema {
            None if answer.body.is_empty() => return Ok(()),
            None => Err(BodyMismatch::Unexpected(answer.body.len())),
            Some(schema) => self.validate(operation.document, schema, answer),
        };
        body.map_err(|body| AnswerMismatch::Body {
            operation: operation.id.clone(),
            status,
            body,
        })
    }

    fn validate(
        &self,
        document: usize,
        schema: &Value,
        answer: Answer<'_>,
    ) -> Result<(), BodyMismatch> {
        let content_type = answer.content_type.unwrap_or("");
        if !content_type.starts_with("application/json") {
            return Err(BodyMismatch::ContentType(content_type.to_string()));
        }
        let body: Value = serde_json::from_slice(answer.body)
            .map_err(|e| BodyMismatch::NotJson(e.to_string()))?;
        let validator = self.validator(document, schema)?;
        let mut errors: Vec<SchemaError> = Vec::new();
        let mut more = 0;
        for error in validator.iter_errors(&body) {
            if errors.len() < SCHEMA_ERRORS_NAMED {
                errors.push(schema_error(&error, "the answer"));
            } else {
                more += 1;
            }
        }
        // A value of the wrong type first: it says more than what follows from it.
        errors.sort_by_key(|e| !e.wrong_shape);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(BodyMismatch::Schema { errors, more })
        }
    }

    fn validator(
        &self,
        document: usize,
        schema: &Value,
    ) -> Result<Arc<jsonschema::Validator>, BodyMismatch> {
        let key = (document, schema.to_string());
        let mut validators = self
            .validators
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(validator) = validators.get(&key) {
            return Ok(validator.clone());
        }
        let wrapped = json!({"allOf": [schema], "components": self.components[document]});
        let validator = jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&wrapped)
            .map_err(|e| BodyMismatch::Uncompilable(e.to_string()))?;
        let validator = Arc::new(validator);
        validators.insert(key, validator.clone());
        Ok(validator)
    }

    /// Per operation: the documented statuses exercised so far, and all documented statuses.
    pub fn coverage(&self) -> Vec<(String, BTreeSet<u16>, BTreeSet<u16>)> {
        let exercised = self
            .exercised
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
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
}

/// OpenAPI 3.0's `nullable: true` as JSON Schema says it, in place, everywhere in a document,
/// so that a validator reading JSON Schema lets `null` through where the contract does: a
/// `type` gains `"null"`, an `enum` gains `null`, and a schema without a `type` (a `$ref`, an
/// `allOf`) becomes `anyOf` of itself and `{"type": "null"}`.
fn nullable_as_json_schema(node: &mut Value) {
    match node {
        Value::Object(map) => {
            for value in map.values_mut() {
                nullable_as_json_schema(value);
            }
            if map.remove("nullable") != Some(Value::Bool(true)) {
                return;
            }
            if let Some(Value::Array(values)) = map.get_mut("enum")
                && !values.contains(&Value::Null)
            {
                values.push(Value::Null);
            }
            match map.get_mut("type") {
                Some(Value::String(kind)) => {
                    let kind = std::mem::take(kind);
                    map.insert("type".into(), json!([kind, "null"]));
                }
                Some(_) => {}
                None => {
                    let schema = Value::Object(std::mem::take(map));
                    map.insert("anyOf".into(), json!([schema, {"type": "null"}]));
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(nullable_as_json_schema),
        _ => {}
    }
}

fn resolve<'a>(document: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => document
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or(node),
        None => node,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validates(schema: Value, instance: Value) -> bool {
        let mut schema = schema;
        nullable_as_json_schema(&mut schema);
        jsonschema::draft4::options()
            .build(&schema)
            .unwrap()
            .is_valid(&instance)
    }

    #[test]
    fn nullable_lets_null_through_as_openapi_3_0_says() {
        let string = json!({"type": "string", "nullable": true});
        assert!(validates(string.clone(), json!(null)));
        assert!(validates(string.clone(), json!("a")));
        assert!(!validates(string, json!(1)));
        let not_nullable = json!({"type": "string"});
        assert!(!validates(not_nullable, json!(null)));
        let choice = json!({"type": "string", "enum": ["a"], "nullable": true});
        assert!(validates(choice.clone(), json!(null)));
        assert!(!validates(choice, json!("b")));
        let composed = json!({"allOf": [{"type": "integer"}], "nullable": true});
        assert!(validates(composed.clone(), json!(null)));
        assert!(!validates(composed, json!("x")));
        let nested =
            json!({"type": "object", "properties": {"u": {"type": "string", "nullable": true}}});
        assert!(validates(nested, json!({"u": null})));
    }

    #[test]
    fn the_proxy_accepts_a_null_the_contract_allows() {
        let contract = ContractChecker::embedded();
        let update = contract.operation("update_auth_client").unwrap();
        let violations = contract.check_request(
            update,
            |_| true,
            br#"{"name": "c", "clientCredentialFlowUser": null, "redirectUrls": [], "validScopes": []}"#,
        );
        assert_eq!(violations, Vec::<String>::new());
        let violations = contract.check_request(
            update,
            |_| true,
            br#"{"name": "c", "isValid": null, "redirectUrls": [], "validScopes": []}"#,
        );
        assert_eq!(
            violations.len(),
            1,
            "isValid is not nullable: {violations:?}"
        );
    }
}
