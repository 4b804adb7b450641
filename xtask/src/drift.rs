//! Holds a hand-written type to its contract: the JSON Schema `schemars` derives for a mock
//! server type, compared with the component of the same name in a contract document, on what a
//! client can observe: properties, types, required, enums, formats and nullability (not
//! descriptions, examples or numeric bounds).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::refs;

/// A schema reduced to what is compared.
#[derive(Debug, Clone, Default, PartialEq)]
struct Shape {
    types: BTreeSet<String>,
    nullable: bool,
    format: Option<String>,
    enumeration: Option<BTreeSet<String>>,
    properties: BTreeMap<String, Shape>,
    required: BTreeSet<String>,
    items: Option<Box<Shape>>,
    values: Option<Box<Shape>>,
}

/// Integer formats by width, so that `u16` and `int32` compare equal (both fit 32 bits) and a
/// `u64` matches `int64`.
fn normalize_format(format: &str) -> String {
    match format {
        "int8" | "int16" | "int32" | "uint8" | "uint16" | "uint32" => "int32".to_string(),
        "int64" | "uint64" | "int" | "uint" => "int64".to_string(),
        other => other.to_string(),
    }
}

fn shape(root: &Value, node: &Value) -> Shape {
    let node = refs::follow(root, node);
    let mut out = Shape::default();
    // `anyOf`/`oneOf` of a schema and `null` is a nullable schema; of constants, an enum.
    for keyword in ["anyOf", "oneOf"] {
        if let Some(alternatives) = node.get(keyword).and_then(Value::as_array) {
            let alternatives: Vec<&Value> =
                alternatives.iter().map(|a| refs::follow(root, a)).collect();
            let constants: Option<BTreeSet<String>> = alternatives
                .iter()
                .map(|a| {
                    a.get("const")
                        .or_else(|| {
                            a.get("enum")
                                .and_then(|e| e.as_array().filter(|e| e.len() == 1)?.first())
                        })
                        .map(text)
                })
                .collect();
            if let Some(constants) = constants {
                out.types.insert("string".to_string());
                out.enumeration = Some(constants);
                return out;
            }
            let (nulls, others): (Vec<&Value>, Vec<&Value>) = alternatives
                .into_iter()
                .partition(|a| a.get("type") == Some(&Value::from("null")));
            if !nulls.is_empty() && others.len() == 1 {
                let mut inner = shape(root, others[0]);
                inner.nullable = true;
                return inner;
            }
        }
    }
    match node.get("type") {
        Some(Value::String(t)) => {
            out.types.insert(t.clone());
        }
        Some(Value::Array(ts)) => {
            for t in ts.iter().map(text) {
                if t == "null" {
                    out.nullable = true;
                } else {
                    out.types.insert(t);
                }
            }
        }
        _ => {}
    }
    if node.get("nullable") == Some(&Value::Bool(true)) {
        out.nullable = true;
    }
    out.format = node.get("format").map(|f| normalize_format(&text(f)));
    if let Some(values) = node.get("enum").and_then(Value::as_array) {
        let values: BTreeSet<String> = values.iter().filter(|v| !v.is_null()).map(text).collect();
        if values.len() < node["enum"].as_array().map_or(0, Vec::len) {
            out.nullable = true;
        }
        out.enumeration = Some(values);
    }
    if let Some(constant) = node.get("const") {
        out.enumeration = Some([text(constant)].into());
    }
    if let Some(properties) = node.get("properties").and_then(Value::as_object) {
        out.properties = properties
            .iter()
            .map(|(k, v)| (k.clone(), shape(root, v)))
            .collect();
        out.types.insert("object".to_string());
    }
    out.required = node
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().map(text).collect())
        .unwrap_or_default();
    if let Some(items) = node.get("items") {
        out.items = Some(Box::new(shape(root, items)));
    }
    if let Some(values @ Value::Object(_)) = node.get("additionalProperties") {
        out.values = Some(Box::new(shape(root, values)));
    }
    out
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn show<T: std::fmt::Debug>(value: &Option<T>) -> String {
    value
        .as_ref()
        .map_or("none".to_string(), |v| format!("{v:?}"))
}

fn compare(at: &str, spec: &Shape, mock: &Shape, out: &mut Vec<String>) {
    if spec.types != mock.types && !spec.types.is_empty() {
        out.push(format!(
            "{at}: type: spec {:?}, mock {:?}",
            spec.types, mock.types
        ));
    }
    if spec.nullable != mock.nullable {
        out.push(format!(
            "{at}: nullable: spec {}, mock {}",
            spec.nullable, mock.nullable
        ));
    }
    // An integer width the spec leaves open is the mock's to choose.
    let open_integer = spec.format.is_none() && spec.types.contains("integer");
    if spec.format != mock.format && !open_integer {
        out.push(format!(
            "{at}: format: spec {}, mock {}",
            show(&spec.format),
            show(&mock.format)
        ));
    }
    if spec.enumeration != mock.enumeration {
        out.push(format!(
            "{at}: enum: spec {}, mock {}",
            show(&spec.enumeration),
            show(&mock.enumeration)
        ));
    }
    if spec.required != mock.required {
        out.push(format!(
            "{at}: required: spec {:?}, mock {:?}",
            spec.required, mock.required
        ));
    }
    for (name, spec_property) in &spec.properties {
        match mock.properties.get(name) {
            Some(mock_property) => {
                compare(&format!("{at}.{name}"), spec_property, mock_property, out)
            }
            None => out.push(format!("{at}.{name}: in the spec, not in the mock")),
        }
    }
    for name in mock
        .properties
        .keys()
        .filter(|n| !spec.properties.contains_key(*n))
    {
        out.push(format!("{at}.{name}: in the mock, not in the spec"));
    }
    for (what, spec_inner, mock_inner) in [
        ("[]", &spec.items, &mock.items),
        ("{}", &spec.values, &mock.values),
    ] {
        match (spec_inner, mock_inner) {
            (Some(s), Some(m)) => compare(&format!("{at}{what}"), s, m, out),
            (None, None) => {}
            (s, m) => out.push(format!(
                "{at}{what}: spec {}, mock {}",
                s.is_some(),
                m.is_some()
            )),
        }
    }
}

/// The differences between component `component` of the contract document `document` (parsed)
/// and the schema `mock` that `schemars` derived for the mock's type, one line each, naming the
/// field. Empty when they agree.
pub fn differences(document: &Value, component: &str, mock: &Value) -> Vec<String> {
    let Some(spec) = document.pointer(&format!("/components/schemas/{component}")) else {
        return vec![format!("{component}: no such component in the document")];
    };
    let mut out = Vec::new();
    compare(
        component,
        &shape(document, spec),
        &shape(mock, mock),
        &mut out,
    );
    out
}
