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
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Breaking => "breaking",
            Severity::PossiblyBreaking => "possibly breaking",
            Severity::Safe => "safe",
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

/// Which side of the exchange a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Request,
    Response,
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
            let base = resolve_refs(base, base, &mut Vec::new());
            let head = resolve_refs(head, head, &mut Vec::new());
            diff.paths(&base, &head);
        }
    }
    diff.changes
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
            (Some(_), None) => self.push(
                Severity::PossiblyBreaking,
                &at,
                "request body removed".to_string(),
            ),
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
                Some(h) => self.content(Direction::Response, &r_at, b, h),
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

    fn security(
        &mut self,
        at: &str,
        base: Option<&Value>,
        head: Option<&Value>,
        base_doc: &Value,
        head_doc: &Value,
    ) {
        let requirements = |value: Option<&Value>| -> BTreeSet<String> {
            value
                .and_then(Value::as_array)
                .map(|alternatives| alternatives.iter().map(Value::to_string).collect())
                .unwrap_or_default()
        };
        let (b, h) = (requirements(base), requirements(head));
        let at = format!("{at}/security");
        if b.is_empty() && !h.is_empty() {
            self.push(
                Severity::Breaking,
                &at,
                "security requirement added".to_string(),
            );
        } else if !b.is_subset(&h) {
            self.push(
                Severity::Breaking,
                &at,
                "security requirement changed".to_string(),
            );
        } else if b != h {
            self.push(
                Severity::Safe,
                &at,
                "security alternative added".to_string(),
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
        let narrowing = match direction {
            Direction::Request => Severity::Breaking,
            Direction::Response => Severity::Safe,
        };
        let widening = match direction {
            Direction::Request => Severity::Safe,
            Direction::Response => Severity::PossiblyBreaking,
        };

        for keyword in ["type", "format"] {
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

        let nullable = |s: &Map<String, Value>| s.get("nullable") == Some(&Value::Bool(true));
        match (nullable(b), nullable(h), direction) {
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
                    let severity = match direction {
                        Direction::Request => Severity::Breaking,
                        Direction::Response => Severity::Safe,
                    };
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
        match (b.get("pattern"), h.get("pattern")) {
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
            match (
                b.get(keyword).and_then(Value::as_array),
                h.get(keyword).and_then(Value::as_array),
            ) {
                (Some(x), Some(y)) if x.len() == y.len() => {
                    for (i, (xs, ys)) in x.iter().zip(y).enumerate() {
                        self.schema(direction, &format!("{at}/{keyword}/{i}"), xs, ys);
                    }
                }
                (None, None) => {}
                (x, y) if x != y => self.push(
                    Severity::PossiblyBreaking,
                    at,
                    format!("{keyword} composition changed"),
                ),
                _ => {}
            }
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

/// Replaces every internal `$ref` by what it points to (a cycle keeps its `$ref`).
pub fn resolve_refs(node: &Value, document: &Value, in_progress: &mut Vec<String>) -> Value {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref")
                && let Some(pointer) = reference.strip_prefix('#')
                && !in_progress.contains(reference)
                && let Some(target) = document.pointer(pointer)
            {
                in_progress.push(reference.clone());
                let resolved = resolve_refs(target, document, in_progress);
                in_progress.pop();
                return resolved;
            }
            Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), resolve_refs(v, document, in_progress)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| resolve_refs(v, document, in_progress))
                .collect(),
        ),
        other => other.clone(),
    }
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
