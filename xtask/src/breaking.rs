//! `cargo xtask breaking`: what changed in each contract document between a base revision and
//! the working tree, classified from a client's point of view as oasdiff does: narrowing a
//! request or widening a response breaks clients.
//!
//! `$ref`s are resolved before comparing, so moving a schema into `components` is not a change.
//! Descriptions and examples are not compared.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::refs;

/// How a change affects a client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// A client written against the base breaks.
    Breaking,
    /// A client may break, depending on how it is written.
    PossiblyBreaking,
    /// No client breaks.
    Safe,
    /// The report does not compare this part of the document: read it yourself.
    NotCompared,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Breaking => "breaking",
            Severity::PossiblyBreaking => "possibly breaking",
            Severity::Safe => "safe",
            Severity::NotCompared => "not compared",
        })
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// How it affects a client.
    pub severity: Severity,
    /// The document, relative to the workspace root.
    pub document: String,
    /// Where, as a JSON pointer into the document (with `$ref`s resolved).
    pub location: String,
    /// What changed.
    pub change: String,
    /// Why it is accepted, when `openapi/accepted-changes.yaml` lists it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<String>,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<18} {}#{}  {}",
            self.severity.to_string(),
            self.document,
            self.location,
            self.change
        )?;
        if let Some(reason) = &self.accepted {
            write!(f, "  (accepted: {reason})")?;
        }
        Ok(())
    }
}

/// A rule of the report: the change it finds, named as its fixture is
/// (`xtask/tests/fixtures/breaking/<id>.yaml` against `base.yaml`), and how it is classified.
/// Each is held to its fixture by a test, and the README's table is made from this list.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The rule's id, and its fixture's name.
    pub id: &'static str,
    /// How the change is classified.
    pub severity: Severity,
    /// The change, in a sentence.
    pub summary: &'static str,
}

/// Every rule, in the README's order.
pub const RULES: &[Rule] = &[
    Rule {
        id: "removed-path",
        severity: Severity::Breaking,
        summary: "A path removed.",
    },
    Rule {
        id: "removed-operation",
        severity: Severity::Breaking,
        summary: "An operation removed (deprecated first or not: see the differences from oasdiff).",
    },
    Rule {
        id: "removed-success-status",
        severity: Severity::Breaking,
        summary: "A 2xx status removed from an operation.",
    },
    Rule {
        id: "removed-media-type",
        severity: Severity::Breaking,
        summary: "A media type of a request or response removed.",
    },
    Rule {
        id: "request-body-removed",
        severity: Severity::Breaking,
        summary: "A request body removed: clients still send it.",
    },
    Rule {
        id: "new-required-property",
        severity: Severity::Breaking,
        summary: "A new required request property.",
    },
    Rule {
        id: "new-required-parameter",
        severity: Severity::Breaking,
        summary: "A new required query or path parameter.",
    },
    Rule {
        id: "new-required-header",
        severity: Severity::Breaking,
        summary: "A new required request header.",
    },
    Rule {
        id: "optional-property-made-required",
        severity: Severity::Breaking,
        summary: "An optional request property made required.",
    },
    Rule {
        id: "optional-parameter-made-required",
        severity: Severity::Breaking,
        summary: "An optional parameter made required.",
    },
    Rule {
        id: "request-property-type-changed",
        severity: Severity::Breaking,
        summary: "A request value's type changed (but integer → number).",
    },
    Rule {
        id: "request-integer-widened-to-number",
        severity: Severity::Safe,
        summary: "A request value's type widened from integer to number.",
    },
    Rule {
        id: "response-integer-widened-to-number",
        severity: Severity::Breaking,
        summary: "A response value's type widened from integer to number.",
    },
    Rule {
        id: "response-property-format-changed",
        severity: Severity::Breaking,
        summary: "A value's format changed, added or removed.",
    },
    Rule {
        id: "request-enum-value-removed",
        severity: Severity::Breaking,
        summary: "An enum value a client may send removed.",
    },
    Rule {
        id: "response-enum-value-added",
        severity: Severity::PossiblyBreaking,
        summary: "An enum value a client may read added (breaks a client with an exhaustive match).",
    },
    Rule {
        id: "request-max-length-lowered",
        severity: Severity::Breaking,
        summary: "A request bound narrowed: maxLength lowered.",
    },
    Rule {
        id: "request-maximum-lowered",
        severity: Severity::Breaking,
        summary: "A request bound narrowed: maximum lowered.",
    },
    Rule {
        id: "request-max-items-lowered",
        severity: Severity::Breaking,
        summary: "A request bound narrowed: maxItems lowered.",
    },
    Rule {
        id: "request-min-length-raised",
        severity: Severity::Breaking,
        summary: "A request bound narrowed: minLength raised.",
    },
    Rule {
        id: "request-minimum-raised",
        severity: Severity::Breaking,
        summary: "A request bound narrowed: minimum raised.",
    },
    Rule {
        id: "request-min-items-added",
        severity: Severity::Breaking,
        summary: "A request bound narrowed: minItems added.",
    },
    Rule {
        id: "request-pattern-added",
        severity: Severity::Breaking,
        summary: "A request pattern added or changed.",
    },
    Rule {
        id: "empty-pattern-added",
        severity: Severity::Safe,
        summary: "An empty pattern added: it matches everything, so it is no pattern.",
    },
    Rule {
        id: "response-max-length-raised",
        severity: Severity::Breaking,
        summary: "A response bound widened: maxLength raised.",
    },
    Rule {
        id: "response-max-length-removed",
        severity: Severity::Breaking,
        summary: "A response bound widened: maxLength removed.",
    },
    Rule {
        id: "response-minimum-lowered",
        severity: Severity::Breaking,
        summary: "A response bound widened: minimum lowered.",
    },
    Rule {
        id: "response-min-items-lowered",
        severity: Severity::Breaking,
        summary: "A response bound widened: minItems lowered.",
    },
    Rule {
        id: "response-property-removed",
        severity: Severity::Breaking,
        summary: "A response property removed.",
    },
    Rule {
        id: "response-property-made-optional",
        severity: Severity::Breaking,
        summary: "A required response property made optional.",
    },
    Rule {
        id: "response-property-made-nullable",
        severity: Severity::Breaking,
        summary: "A response value made nullable (`nullable: true`).",
    },
    Rule {
        id: "response-made-nullable-openapi-3-1",
        severity: Severity::Breaking,
        summary: "A response value made nullable in 3.1 spelling (`type: [T, \"null\"]`): nullability, not a type change.",
    },
    Rule {
        id: "response-required-header-removed",
        severity: Severity::Breaking,
        summary: "A required response header removed.",
    },
    Rule {
        id: "response-header-made-optional",
        severity: Severity::Breaking,
        summary: "A required response header made optional.",
    },
    Rule {
        id: "response-optional-header-removed",
        severity: Severity::Breaking,
        summary: "An optional response header removed (a client may read it).",
    },
    Rule {
        id: "request-any-of-branch-removed",
        severity: Severity::Breaking,
        summary: "A branch of a request's anyOf/oneOf removed (one shape less a client may send).",
    },
    Rule {
        id: "request-any-of-branch-added",
        severity: Severity::Safe,
        summary: "A branch of a request's anyOf/oneOf added.",
    },
    Rule {
        id: "response-one-of-branch-added",
        severity: Severity::Breaking,
        summary: "A branch of a response's anyOf/oneOf added (one shape more a client must read).",
    },
    Rule {
        id: "response-one-of-branch-removed",
        severity: Severity::Safe,
        summary: "A branch of a response's anyOf/oneOf removed.",
    },
    Rule {
        id: "security-requirement-added",
        severity: Severity::Breaking,
        summary: "A security requirement added where there was none.",
    },
    Rule {
        id: "security-requirement-removed",
        severity: Severity::Safe,
        summary: "A security requirement removed: a client holding it still gets in.",
    },
    Rule {
        id: "security-scheme-changed",
        severity: Severity::Breaking,
        summary: "A security scheme in use changed (type, header name, scheme).",
    },
    Rule {
        id: "default-changed",
        severity: Severity::Breaking,
        summary: "A request default changed: a client that leaves the value out gets another behaviour.",
    },
    Rule {
        id: "safe-new-operation",
        severity: Severity::Safe,
        summary: "An operation added.",
    },
    Rule {
        id: "safe-new-optional-property",
        severity: Severity::Safe,
        summary: "An optional request property added.",
    },
    Rule {
        id: "safe-new-response-property",
        severity: Severity::Safe,
        summary: "A response property added.",
    },
    Rule {
        id: "safe-request-widened",
        severity: Severity::Safe,
        summary: "A request bound widened.",
    },
    Rule {
        id: "not-compared-keyword-changed",
        severity: Severity::NotCompared,
        summary: "A keyword the report does not read (`not`, `if`, `prefixItems`, ...) changed: one \"not compared\" line per keyword.",
    },
    Rule {
        id: "not-compared-webhooks-added",
        severity: Severity::NotCompared,
        summary: "Webhooks changed: not compared.",
    },
];

/// The README's table of rules, made from [`RULES`].
pub fn rules_table() -> String {
    let mut table = String::from("| rule | classified | the change |\n|---|---|---|\n");
    for rule in RULES {
        table.push_str(&format!(
            "| `{}` | {} | {} |\n",
            rule.id, rule.severity, rule.summary
        ));
    }
    table
}

/// Which side of the exchange a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Request,
    Response,
}

impl Direction {
    /// A change that lets fewer values through: it breaks a client that sends them.
    fn narrowing(self) -> Severity {
        match self {
            Direction::Request => Severity::Breaking,
            Direction::Response => Severity::Safe,
        }
    }

    /// A change that lets more values through: a response that may hold what it could not
    /// before breaks a client that relied on it.
    fn widening(self) -> Severity {
        match self {
            Direction::Request => Severity::Safe,
            Direction::Response => Severity::Breaking,
        }
    }
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Compares one document at two revisions (`None`: absent there).
pub fn compare_documents(
    document: &str,
    base: Option<&Value>,
    head: Option<&Value>,
) -> Vec<Change> {
    let mut diff = Diff {
        document: document.to_string(),
        changes: Vec::new(),
    };
    match (base, head) {
        (None, None) => {}
        (None, Some(_)) => diff.push(Severity::Safe, "", "document added".to_string()),
        (Some(_), None) => diff.push(Severity::Breaking, "", "document removed".to_string()),
        (Some(base), Some(head)) => {
            let base = refs::resolved(base, base);
            let head = refs::resolved(head, head);
            diff.paths(&base, &head);
            diff.not_compared(&base, &head);
        }
    }
    diff.changes
}

/// What the report does not compare: OpenAPI 3.1 and JSON Schema keywords beyond the ones
/// above, composition by negation, discriminators, webhooks and callbacks, parameter
/// serialization. Where one of them changed, the report says so rather than stay silent.
pub const NOT_COMPARED: [&str; 33] = [
    "webhooks",
    "callbacks",
    "not",
    "if",
    "then",
    "else",
    "prefixItems",
    "contains",
    "minContains",
    "maxContains",
    "dependentSchemas",
    "dependentRequired",
    "unevaluatedProperties",
    "unevaluatedItems",
    "patternProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "multipleOf",
    "uniqueItems",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "const",
    "discriminator",
    "readOnly",
    "writeOnly",
    "x-extensible-enum",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
    "style",
    "explode",
    "allowEmptyValue",
];

/// Objects whose keys are names (of properties, paths, statuses, media types, ...), not
/// keywords; and subtrees that are data, not schema.
const NAME_MAPS: [&str; 13] = [
    "properties",
    "paths",
    "responses",
    "headers",
    "content",
    "schemas",
    "parameters",
    "securitySchemes",
    "links",
    "encoding",
    "variables",
    "requestBodies",
    "$defs",
];
const DATA: [&str; 4] = ["example", "examples", "default", "enum"];

/// Every occurrence of a keyword of [`NOT_COMPARED`]: (keyword, pointer) → value.
fn uncompared(
    node: &Value,
    at: &str,
    under_names: bool,
    found: &mut BTreeMap<(String, String), Value>,
) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                let child = format!("{at}/{}", escape(key));
                if under_names {
                    uncompared(value, &child, false, found);
                    continue;
                }
                if DATA.contains(&key.as_str()) {
                    continue;
                }
                if NOT_COMPARED.contains(&key.as_str()) {
                    found.insert((key.clone(), child.clone()), value.clone());
                }
                uncompared(value, &child, NAME_MAPS.contains(&key.as_str()), found);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                uncompared(item, &format!("{at}/{i}"), false, found);
            }
        }
        _ => {}
    }
}

struct Diff {
    document: String,
    changes: Vec<Change>,
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn empty() -> &'static Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(Map::new)
}

fn object(value: Option<&Value>) -> &Map<String, Value> {
    value.and_then(Value::as_object).unwrap_or_else(|| empty())
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl Diff {
    /// One "not compared" line per keyword of [`NOT_COMPARED`] that changed anywhere in the
    /// document, at the first place it changed.
    fn not_compared(&mut self, base: &Value, head: &Value) {
        let (mut b, mut h) = (BTreeMap::new(), BTreeMap::new());
        uncompared(base, "", false, &mut b);
        uncompared(head, "", false, &mut h);
        let mut reported = BTreeSet::new();
        let keys: BTreeSet<&(String, String)> = b.keys().chain(h.keys()).collect();
        for key @ (keyword, at) in keys {
            if b.get(key) != h.get(key) && reported.insert(keyword.clone()) {
                self.push(
                    Severity::NotCompared,
                    at,
                    format!("not compared: `{keyword}` changed here (and maybe elsewhere); the report does not read it, check it by hand"),
                );
            }
        }
    }

    fn push(&mut self, severity: Severity, location: &str, change: String) {
        self.changes.push(Change {
            severity,
            document: self.document.clone(),
            location: location.to_string(),
            change,
            accepted: None,
        });
    }

    fn paths(&mut self, base: &Value, head: &Value) {
        let base_paths = object(base.get("paths"));
        let head_paths = object(head.get("paths"));
        for (path, base_item) in base_paths {
            let at = format!("/paths/{}", escape(path));
            let Some(head_item) = head_paths.get(path) else {
                self.push(Severity::Breaking, &at, format!("path {path} removed"));
                continue;
            };
            for method in METHODS {
                let op_at = format!("{at}/{method}");
                match (base_item.get(method), head_item.get(method)) {
                    (Some(_), None) => self.push(
                        Severity::Breaking,
                        &op_at,
                        format!("operation {} {path} removed", method.to_uppercase()),
                    ),
                    (None, Some(_)) => self.push(
                        Severity::Safe,
                        &op_at,
                        format!("operation {} {path} added", method.to_uppercase()),
                    ),
                    (Some(b), Some(h)) => {
                        self.operation(&op_at, base, head, base_item, head_item, b, h)
                    }
                    (None, None) => {}
                }
            }
        }
        for path in head_paths.keys().filter(|p| !base_paths.contains_key(*p)) {
            self.push(
                Severity::Safe,
                &format!("/paths/{}", escape(path)),
                format!("path {path} added"),
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        at: &str,
        base_doc: &Value,
        head_doc: &Value,
        base_item: &Value,
        head_item: &Value,
        base: &Value,
        head: &Value,
    ) {
        self.parameters(
            at,
            &parameters(base_item, base),
            &parameters(head_item, head),
        );
        self.request_body(at, base.get("requestBody"), head.get("requestBody"));
        self.responses(
            at,
            object(base.get("responses")),
            object(head.get("responses")),
        );
        self.security(
            at,
            base.get("security").or_else(|| base_doc.get("security")),
            head.get("security").or_else(|| head_doc.get("security")),
            base_doc,
            head_doc,
        );
    }

    fn parameters(
        &mut self,
        at: &str,
        base: &BTreeMap<(String, String), (usize, Value)>,
        head: &BTreeMap<(String, String), (usize, Value)>,
    ) {
        for ((place, name), (index, b)) in base {
            let what = if place == "header" {
                "header"
            } else {
                "parameter"
            };
            let Some((head_index, h)) = head.get(&(place.clone(), name.clone())) else {
                self.push(
                    Severity::PossiblyBreaking,
                    &format!("{at}/parameters/{index}"),
                    format!("{place} {what} {name} removed"),
                );
                continue;
            };
            let p_at = format!("{at}/parameters/{head_index}");
            if !is_required(b) && is_required(h) {
                self.push(
                    Severity::Breaking,
                    &p_at,
                    format!("optional {place} {what} {name} made required"),
                );
            }
            if let (Some(bs), Some(hs)) = (b.get("schema"), h.get("schema")) {
                self.schema(Direction::Request, &format!("{p_at}/schema"), bs, hs);
            }
        }
        for ((place, name), (index, h)) in head {
            if base.contains_key(&(place.clone(), name.clone())) {
                continue;
            }
            let what = if place == "header" {
                "header"
            } else {
                "parameter"
            };
            let (severity, kind) = if is_required(h) {
                (Severity::Breaking, "required")
            } else {
                (Severity::Safe, "optional")
            };
            self.push(
                severity,
                &format!("{at}/parameters/{index}"),
                format!("new {kind} {place} {what} {name}"),
            );
        }
    }

    fn request_body(&mut self, at: &str, base: Option<&Value>, head: Option<&Value>) {
        let at = format!("{at}/requestBody");
        match (base, head) {
            (None, None) => {}
            (None, Some(h)) => {
                let (severity, kind) = if is_required(h) {
                    (Severity::Breaking, "required")
                } else {
                    (Severity::Safe, "optional")
                };
                self.push(severity, &at, format!("new {kind} request body"));
            }
            // A client still sends the body; a service that no longer reads it may refuse it.
            (Some(_), None) => {
                self.push(Severity::Breaking, &at, "request body removed".to_string())
            }
            (Some(b), Some(h)) => {
                if !is_required(b) && is_required(h) {
                    self.push(
                        Severity::Breaking,
                        &at,
                        "optional request body made required".to_string(),
                    );
                }
                self.content(Direction::Request, &at, b, h);
            }
        }
    }

    fn content(&mut self, direction: Direction, at: &str, base: &Value, head: &Value) {
        let base_content = object(base.get("content"));
        let head_content = object(head.get("content"));
        let side = match direction {
            Direction::Request => "request",
            Direction::Response => "response",
        };
        for (media, b) in base_content {
            let m_at = format!("{at}/content/{}", escape(media));
            match head_content.get(media) {
                None => self.push(
                    Severity::Breaking,
                    &m_at,
                    format!("{side} media type {media} removed"),
                ),
                Some(h) => {
                    if let (Some(bs), Some(hs)) = (b.get("schema"), h.get("schema")) {
                        self.schema(direction, &format!("{m_at}/schema"), bs, hs);
                    }
                }
            }
        }
        for media in head_content
            .keys()
            .filter(|m| !base_content.contains_key(*m))
        {
            self.push(
                Severity::Safe,
                &format!("{at}/content/{}", escape(media)),
                format!("{side} media type {media} added"),
            );
        }
    }

    fn responses(&mut self, at: &str, base: &Map<String, Value>, head: &Map<String, Value>) {
        for (status, b) in base {
            let r_at = format!("{at}/responses/{}", escape(status));
            match head.get(status) {
                None if status.starts_with('2') => self.push(
                    Severity::Breaking,
                    &r_at,
                    format!("success status {status} removed"),
                ),
                None => self.push(
                    Severity::PossiblyBreaking,
                    &r_at,
                    format!("status {status} removed"),
                ),
                Some(h) => {
                    self.response_headers(&r_at, b, h);
                    self.content(Direction::Response, &r_at, b, h);
                }
            }
        }
        for status in head.keys().filter(|s| !base.contains_key(*s)) {
            self.push(
                Severity::Safe,
                &format!("{at}/responses/{}", escape(status)),
                format!("status {status} added"),
            );
        }
    }

    /// A response header is what a client reads: removing one, or making a required one
    /// optional, breaks a client that reads it; its schema is compared as a response's.
    fn response_headers(&mut self, at: &str, base: &Value, head: &Value) {
        let lower = |response: &Value| -> BTreeMap<String, (String, Value)> {
            object(response.get("headers"))
                .iter()
                .map(|(name, header)| (name.to_ascii_lowercase(), (name.clone(), header.clone())))
                .collect()
        };
        let (base_headers, head_headers) = (lower(base), lower(head));
        for (key, (name, b)) in &base_headers {
            let h_at = format!("{at}/headers/{}", escape(name));
            match head_headers.get(key) {
                None if is_required(b) => self.push(
                    Severity::Breaking,
                    &h_at,
                    format!("required response header {name} removed"),
                ),
                None => self.push(
                    Severity::Breaking,
                    &h_at,
                    format!("optional response header {name} removed"),
                ),
                Some((_, h)) => {
                    if is_required(b) && !is_required(h) {
                        self.push(
                            Severity::Breaking,
                            &h_at,
                            format!("response header {name} made optional"),
                        );
                    }
                    if let (Some(bs), Some(hs)) = (b.get("schema"), h.get("schema")) {
                        self.schema(Direction::Response, &format!("{h_at}/schema"), bs, hs);
                    }
                }
            }
        }
        for (key, (name, h)) in &head_headers {
            if !base_headers.contains_key(key) {
                let kind = if is_required(h) {
                    "required"
                } else {
                    "optional"
                };
                self.push(
                    Severity::Safe,
                    &format!("{at}/headers/{}", escape(name)),
                    format!("new {kind} response header {name}"),
                );
            }
        }
    }

    fn security(
        &mut self,
        at: &str,
        base: Option<&Value>,
        head: Option<&Value>,
        base_doc: &Value,
        head_doc: &Value,
    ) {
        // Each alternative: the schemes it needs, each with its scopes. A client holds what one
        // base alternative needs; it breaks when no head alternative asks for no more than that.
        type Alternative = BTreeMap<String, BTreeSet<String>>;
        let alternatives = |value: Option<&Value>| -> Vec<Alternative> {
            value
                .and_then(Value::as_array)
                .map(|alternatives| {
                    alternatives
                        .iter()
                        .map(|alternative| {
                            object(Some(alternative))
                                .iter()
                                .map(|(scheme, scopes)| {
                                    let scopes = scopes
                                        .as_array()
                                        .map(|s| s.iter().map(text).collect())
                                        .unwrap_or_default();
                                    (scheme.clone(), scopes)
                                })
                                .collect()
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let (b, h) = (alternatives(base), alternatives(head));
        let at = format!("{at}/security");
        let asks_no_more = |head: &Alternative, held: &Alternative| {
            head.iter().all(|(scheme, scopes)| {
                held.get(scheme)
                    .is_some_and(|held_scopes| scopes.is_subset(held_scopes))
            })
        };
        let open = |alternatives: &[Alternative]| {
            alternatives.is_empty() || alternatives.iter().any(BTreeMap::is_empty)
        };
        if open(&b) && !open(&h) {
            self.push(
                Severity::Breaking,
                &at,
                "security requirement added".to_string(),
            );
        } else if !open(&h)
            && b.iter()
                .any(|held| !h.iter().any(|alt| asks_no_more(alt, held)))
        {
            self.push(
                Severity::Breaking,
                &at,
                "security requirement changed: a client holding what the base asked for is refused"
                    .to_string(),
            );
        } else if b != h {
            self.push(
                Severity::Safe,
                &at,
                "security requirement relaxed (an alternative, scheme or scope less to hold, or one more way in)".to_string(),
            );
        }
        // A scheme in use whose definition changed (another header name, another type).
        let schemes = |doc: &Value| object(doc.pointer("/components/securitySchemes")).clone();
        let (base_schemes, head_schemes) = (schemes(base_doc), schemes(head_doc));
        for requirement in head.and_then(Value::as_array).into_iter().flatten() {
            for name in object(Some(requirement)).keys() {
                if let (Some(b), Some(h)) = (base_schemes.get(name), head_schemes.get(name)) {
                    let shape =
                        |s: &Value| ["type", "in", "name", "scheme"].map(|k| s.get(k).cloned());
                    if shape(b) != shape(h) {
                        self.push(
                            Severity::Breaking,
                            &format!("/components/securitySchemes/{}", escape(name)),
                            format!("security scheme {name} changed"),
                        );
                    }
                }
            }
        }
    }

    fn schema(&mut self, direction: Direction, at: &str, base: &Value, head: &Value) {
        let (Some(b), Some(h)) = (base.as_object(), head.as_object()) else {
            return;
        };
        let (narrowing, widening) = (direction.narrowing(), direction.widening());

        let (b_type, b_null) = type_and_nullability(b);
        let (h_type, h_null) = type_and_nullability(h);
        match (&b_type, &h_type) {
            (Some(x), Some(y)) if x != y => {
                let severity = match (x.as_str(), y.as_str()) {
                    // Every integer is a number: integer → number widens, number → integer narrows.
                    ("integer", "number") => widening,
                    ("number", "integer") => narrowing,
                    _ => Severity::Breaking,
                };
                self.push(severity, at, format!("type changed from {x} to {y}"));
            }
            (None, Some(y)) => self.push(Severity::Breaking, at, format!("type {y} added")),
            (Some(x), None) => self.push(widening, at, format!("type {x} removed")),
            _ => {}
        }
        for keyword in ["format"] {
            match (b.get(keyword), h.get(keyword)) {
                (Some(x), Some(y)) if x != y => self.push(
                    Severity::Breaking,
                    at,
                    format!("{keyword} changed from {} to {}", text(x), text(y)),
                ),
                (Some(x), None) if keyword == "format" => self.push(
                    Severity::Breaking,
                    at,
                    format!("format {} removed", text(x)),
                ),
                (None, Some(y)) => self.push(
                    Severity::Breaking,
                    at,
                    format!("{keyword} {} added", text(y)),
                ),
                _ => {}
            }
        }

        match (b_null, h_null, direction) {
            (false, true, Direction::Response) => self.push(
                Severity::Breaking,
                at,
                "response value made nullable".to_string(),
            ),
            (true, false, Direction::Request) => self.push(
                Severity::Breaking,
                at,
                "request value no longer nullable".to_string(),
            ),
            (false, true, Direction::Request) | (true, false, Direction::Response) => {
                self.push(Severity::Safe, at, "nullability changed".to_string())
            }
            _ => {}
        }

        let values = |s: &Map<String, Value>| -> Option<BTreeSet<String>> {
            s.get("enum")
                .and_then(Value::as_array)
                .map(|v| v.iter().map(text).collect())
        };
        match (values(b), values(h)) {
            (Some(bv), Some(hv)) => {
                for removed in bv.difference(&hv) {
                    let severity = direction.narrowing();
                    self.push(severity, at, format!("enum value {removed} removed"));
                }
                for added in hv.difference(&bv) {
                    let severity = match direction {
                        Direction::Request => Severity::Safe,
                        Direction::Response => Severity::PossiblyBreaking,
                    };
                    self.push(severity, at, format!("enum value {added} added"));
                }
            }
            (None, Some(_)) => self.push(narrowing, at, "enum added".to_string()),
            (Some(_), None) => self.push(widening, at, "enum removed".to_string()),
            (None, None) => {}
        }

        if b.get("default") != h.get("default") {
            let severity = match direction {
                Direction::Request => Severity::Breaking,
                Direction::Response => Severity::PossiblyBreaking,
            };
            let show = |v: Option<&Value>| v.map(text).unwrap_or_else(|| "none".to_string());
            self.push(
                severity,
                at,
                format!(
                    "default changed from {} to {}",
                    show(b.get("default")),
                    show(h.get("default"))
                ),
            );
        }

        for keyword in ["maxLength", "maximum", "maxItems"] {
            let (x, y) = (
                b.get(keyword).and_then(Value::as_f64),
                h.get(keyword).and_then(Value::as_f64),
            );
            match (x, y) {
                (Some(x), Some(y)) if y < x => {
                    self.push(narrowing, at, format!("{keyword} lowered from {x} to {y}"))
                }
                (Some(x), Some(y)) if y > x => {
                    self.push(widening, at, format!("{keyword} raised from {x} to {y}"))
                }
                (None, Some(y)) => self.push(narrowing, at, format!("{keyword} {y} added")),
                (Some(x), None) => self.push(widening, at, format!("{keyword} {x} removed")),
                _ => {}
            }
        }
        for keyword in ["minLength", "minimum", "minItems"] {
            let (x, y) = (
                b.get(keyword).and_then(Value::as_f64),
                h.get(keyword).and_then(Value::as_f64),
            );
            match (x, y) {
                (Some(x), Some(y)) if y > x => {
                    self.push(narrowing, at, format!("{keyword} raised from {x} to {y}"))
                }
                (Some(x), Some(y)) if y < x => {
                    self.push(widening, at, format!("{keyword} lowered from {x} to {y}"))
                }
                (None, Some(y)) => self.push(narrowing, at, format!("{keyword} {y} added")),
                (Some(x), None) => self.push(widening, at, format!("{keyword} {x} removed")),
                _ => {}
            }
        }
        // An empty pattern matches everything: it is no pattern.
        match (non_empty_pattern(b), non_empty_pattern(h)) {
            (None, Some(y)) => self.push(narrowing, at, format!("pattern {} added", text(y))),
            (Some(x), Some(y)) if x != y => self.push(
                narrowing.min(widening),
                at,
                format!("pattern changed from {} to {}", text(x), text(y)),
            ),
            (Some(x), None) => self.push(widening, at, format!("pattern {} removed", text(x))),
            _ => {}
        }

        self.properties(direction, at, b, h);

        if let (Some(bi), Some(hi)) = (b.get("items"), h.get("items")) {
            self.schema(direction, &format!("{at}/items"), bi, hi);
        }
        if let (Some(ba @ Value::Object(_)), Some(ha @ Value::Object(_))) =
            (b.get("additionalProperties"), h.get("additionalProperties"))
        {
            self.schema(direction, &format!("{at}/additionalProperties"), ba, ha);
        }
        for keyword in ["allOf", "anyOf", "oneOf"] {
            self.composition(direction, at, keyword, b.get(keyword), h.get(keyword));
        }
    }

    /// Branches of `allOf`, `anyOf` or `oneOf`, compared one by one. A branch of `anyOf` or
    /// `oneOf` is one more shape a value may take: adding one widens, removing one narrows. A
    /// branch of `allOf` is one more constraint: adding one narrows, removing one widens. The
    /// keyword appearing or going away counts as its branches being added or removed. Branches
    /// changed in place (as many on each side) are compared pairwise.
    fn composition(
        &mut self,
        direction: Direction,
        at: &str,
        keyword: &str,
        base: Option<&Value>,
        head: Option<&Value>,
    ) {
        let branches = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
        let (b, h) = (branches(base), branches(head));
        let removed: Vec<(usize, &Value)> = b
            .iter()
            .enumerate()
            .filter(|(_, x)| !h.contains(x))
            .collect();
        let added: Vec<(usize, &Value)> = h
            .iter()
            .enumerate()
            .filter(|(_, y)| !b.contains(y))
            .collect();
        if removed.is_empty() && added.is_empty() {
            return;
        }
        if removed.len() == added.len() && !b.is_empty() && !h.is_empty() {
            for ((i, x), (_, y)) in removed.into_iter().zip(added) {
                self.schema(direction, &format!("{at}/{keyword}/{i}"), x, y);
            }
            return;
        }
        let (narrowing, widening) = (direction.narrowing(), direction.widening());
        let (on_add, on_remove) = match keyword {
            "allOf" => (narrowing, widening),
            // Going from no anyOf to one constrains the value; from one to none frees it.
            _ if b.is_empty() => (narrowing, widening),
            _ if h.is_empty() => (narrowing, widening),
            _ => (widening, narrowing),
        };
        for (i, _) in removed {
            self.push(
                on_remove,
                &format!("{at}/{keyword}/{i}"),
                format!("{keyword} branch {i} removed"),
            );
        }
        for (i, _) in added {
            self.push(
                on_add,
                &format!("{at}/{keyword}/{i}"),
                format!("{keyword} branch {i} added"),
            );
        }
    }

    fn properties(
        &mut self,
        direction: Direction,
        at: &str,
        b: &Map<String, Value>,
        h: &Map<String, Value>,
    ) {
        let required = |s: &Map<String, Value>| -> BTreeSet<String> {
            s.get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().map(text).collect())
                .unwrap_or_default()
        };
        let (b_required, h_required) = (required(b), required(h));
        let (b_props, h_props) = (object(b.get("properties")), object(h.get("properties")));
        for (name, bp) in b_props {
            let p_at = format!("{at}/properties/{}", escape(name));
            let Some(hp) = h_props.get(name) else {
                let severity = match direction {
                    Direction::Request => Severity::PossiblyBreaking,
                    Direction::Response => Severity::Breaking,
                };
                self.push(severity, &p_at, format!("property {name} removed"));
                continue;
            };
            match (
                direction,
                b_required.contains(name),
                h_required.contains(name),
            ) {
                (Direction::Request, false, true) => self.push(
                    Severity::Breaking,
                    &p_at,
                    format!("optional request property {name} made required"),
                ),
                (Direction::Response, true, false) => self.push(
                    Severity::Breaking,
                    &p_at,
                    format!("response property {name} made optional"),
                ),
                (Direction::Request, true, false) | (Direction::Response, false, true) => self
                    .push(
                        Severity::Safe,
                        &p_at,
                        format!("property {name}: required changed"),
                    ),
                _ => {}
            }
            self.schema(direction, &p_at, bp, hp);
        }
        for name in h_props.keys().filter(|n| !b_props.contains_key(*n)) {
            let p_at = format!("{at}/properties/{}", escape(name));
            match (direction, h_required.contains(name)) {
                (Direction::Request, true) => self.push(
                    Severity::Breaking,
                    &p_at,
                    format!("new required request property {name}"),
                ),
                (Direction::Request, false) => self.push(
                    Severity::Safe,
                    &p_at,
                    format!("new optional request property {name}"),
                ),
                (Direction::Response, _) => self.push(
                    Severity::Safe,
                    &p_at,
                    format!("new response property {name}"),
                ),
            }
        }
    }
}

/// A schema's `pattern`, unless it is empty (which matches everything: no pattern).
fn non_empty_pattern(schema: &Map<String, Value>) -> Option<&Value> {
    schema.get("pattern").filter(|p| p.as_str() != Some(""))
}

/// A schema's type and whether it admits `null`, in OpenAPI 3.0 (`nullable: true`) or 3.1
/// (`type: [T, "null"]`) spelling.
fn type_and_nullability(schema: &Map<String, Value>) -> (Option<String>, bool) {
    let nullable = schema.get("nullable") == Some(&Value::Bool(true));
    match schema.get("type") {
        Some(Value::Array(types)) => {
            let named: Vec<String> = types.iter().map(text).filter(|t| t != "null").collect();
            let has_null = named.len() < types.len();
            let ty = match named.as_slice() {
                [] => None,
                [one] => Some(one.clone()),
                many => Some(many.join("|")),
            };
            (ty, nullable || has_null)
        }
        Some(ty) => (Some(text(ty)), nullable),
        None => (None, nullable),
    }
}

fn is_required(value: &Value) -> bool {
    value.get("required") == Some(&Value::Bool(true))
}

/// An operation's parameters (the path item's, overridden by the operation's), keyed by
/// location and name, with their index in the operation's list for the pointer.
fn parameters(item: &Value, operation: &Value) -> BTreeMap<(String, String), (usize, Value)> {
    let mut all = BTreeMap::new();
    for list in [item.get("parameters"), operation.get("parameters")] {
        for (index, parameter) in list
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let place = parameter.get("in").map(text).unwrap_or_default();
            let mut name = parameter.get("name").map(text).unwrap_or_default();
            if place == "header" {
                // Header names are case-insensitive.
                name = name.to_ascii_lowercase();
            }
            all.insert((place, name), (index, parameter.clone()));
        }
    }
    all
}

/// `openapi/accepted-changes.yaml`: breaking changes made on purpose, each with its reason.
#[derive(Debug, Default, Deserialize)]
pub struct AcceptedChanges {
    /// The accepted changes.
    #[serde(default)]
    pub accepted: Vec<AcceptedChange>,
}

/// One accepted change: matches a change in `document` at `location` (or below it) whose text
/// contains `change`.
#[derive(Debug, Deserialize)]
pub struct AcceptedChange {
    /// The document, relative to the workspace root.
    pub document: String,
    /// The JSON pointer, as the report prints it.
    pub location: String,
    /// A part of the change's text.
    pub change: String,
    /// Why the change is accepted.
    pub reason: String,
}

impl AcceptedChanges {
    /// Marks every change this list accepts.
    pub fn apply(&self, changes: &mut [Change]) {
        for change in changes.iter_mut() {
            if let Some(accepted) = self.accepted.iter().find(|a| {
                a.document == change.document
                    && (change.location == a.location
                        || change.location.starts_with(&format!("{}/", a.location)))
                    && change.change.contains(&a.change)
            }) {
                change.accepted = Some(accepted.reason.clone());
            }
        }
    }
}

/// Every change to `documents` (paths from `root`, such as `openapi/autional.yaml`) between
/// `base` (a git revision) and the working tree, accepted changes marked. A document missing on
/// one side was added or removed; nothing else under `openapi/` is read.
pub fn report(
    root: &std::path::Path,
    base: &str,
    documents: &[&str],
) -> anyhow::Result<Vec<Change>> {
    use anyhow::{Context, bail};
    use std::process::Command;

    let git = |args: &[&str]| -> anyhow::Result<std::process::Output> {
        Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .context("running git")
    };
    let verified = git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{base}^{{commit}}"),
    ])?;
    if !verified.status.success() {
        bail!("{base} is not a revision of this repository");
    }
    let mut changes = Vec::new();
    for document in documents {
        let document = document.to_string();
        let shown = git(&["show", &format!("{base}:{document}")])?;
        let base_doc: Option<Value> = if shown.status.success() {
            Some(
                serde_yaml::from_slice(&shown.stdout)
                    .with_context(|| format!("{document} at {base}"))?,
            )
        } else {
            None
        };
        let head_doc: Option<Value> = match std::fs::read_to_string(root.join(&document)) {
            Ok(text) => Some(serde_yaml::from_str(&text).with_context(|| document.clone())?),
            Err(_) => None,
        };
        changes.extend(compare_documents(
            &document,
            base_doc.as_ref(),
            head_doc.as_ref(),
        ));
    }
    let accepted_path = root.join("openapi/accepted-changes.yaml");
    let accepted: AcceptedChanges = match std::fs::read_to_string(&accepted_path) {
        Ok(text) => serde_yaml::from_str(&text).context("openapi/accepted-changes.yaml")?,
        Err(_) => AcceptedChanges::default(),
    };
    accepted.apply(&mut changes);
    changes.sort_by(|a, b| {
        (a.severity, &a.document, &a.location).cmp(&(b.severity, &b.document, &b.location))
    });
    Ok(changes)
}
