//! Every example (and every default) in a contract document must validate against the schema
//! it illustrates, checked by the `jsonschema` crate with `$ref`s resolved within the document.

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value, json};

use crate::Service;

/// Checks every document: it parses as OpenAPI 3.0, and each example validates.
pub fn check_examples(root: &Path, services: &[Service]) -> Result<()> {
    let mut failures = Vec::new();
    for service in services {
        let path = root.join(service.spec);
        crate::codegen::load_spec(&path)?;
        let text = std::fs::read_to_string(&path)?;
        let document: Value =
            serde_yaml::from_str(&text).with_context(|| format!("{} is not YAML", service.spec))?;
        for failure in invalid_examples(&document)? {
            failures.push(format!("{}: {failure}", service.spec));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        bail!(
            "examples that do not validate against their schema:\n  {}",
            failures.join("\n  ")
        )
    }
}

/// One line per example that does not validate: its JSON pointer and why.
pub fn invalid_examples(document: &Value) -> Result<Vec<String>> {
    let mut samples = Vec::new();
    collect_from_document(document, "", &mut samples);
    let components = document.get("components").cloned().unwrap_or(json!({}));
    let mut failures = Vec::new();
    for sample in samples {
        // The schema is wrapped so that `#/components/...` references resolve against the
        // document's own components.
        let wrapped = json!({ "allOf": [sample.schema], "components": components });
        let validator = jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&wrapped)
            .with_context(|| format!("the schema for {} does not compile", sample.pointer))?;
        for error in validator.iter_errors(&sample.value) {
            failures.push(format!(
                "{} at {:?}: {}",
                sample.pointer,
                error.instance_path().to_string(),
                error
            ));
        }
    }
    Ok(failures)
}

/// A value that claims to be an instance of a schema.
struct Sample {
    pointer: String,
    schema: Value,
    value: Value,
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Walks the document: media types and parameters carry `example`/`examples` for their
/// `schema`; schemas themselves carry `example` and `default`.
fn collect_from_document(node: &Value, pointer: &str, out: &mut Vec<Sample>) {
    match node {
        Value::Object(map) => {
            if let Some(schema) = map.get("schema") {
                collect_instances(map, schema, pointer, out);
                collect_from_schema(schema, &format!("{pointer}/schema"), out);
            }
            if pointer == "/components/schemas" {
                for (name, schema) in map {
                    collect_from_schema(schema, &format!("{pointer}/{}", escape(name)), out);
                }
                return;
            }
            for (key, child) in map {
                if key != "schema" {
                    collect_from_document(child, &format!("{pointer}/{}", escape(key)), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_from_document(child, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The `example` and `examples.*.value` of a media type or parameter object.
fn collect_instances(
    map: &Map<String, Value>,
    schema: &Value,
    pointer: &str,
    out: &mut Vec<Sample>,
) {
    if let Some(example) = map.get("example") {
        out.push(Sample {
            pointer: format!("{pointer}/example"),
            schema: schema.clone(),
            value: example.clone(),
        });
    }
    if let Some(Value::Object(examples)) = map.get("examples") {
        for (name, example) in examples {
            if let Some(value) = example.get("value") {
                out.push(Sample {
                    pointer: format!("{pointer}/examples/{}/value", escape(name)),
                    schema: schema.clone(),
                    value: value.clone(),
                });
            }
        }
    }
}

/// A schema's own `example` and `default`, then its subschemas'.
fn collect_from_schema(schema: &Value, pointer: &str, out: &mut Vec<Sample>) {
    let Value::Object(map) = schema else { return };
    for keyword in ["example", "default"] {
        if let Some(value) = map.get(keyword) {
            out.push(Sample {
                pointer: format!("{pointer}/{keyword}"),
                schema: schema.clone(),
                value: value.clone(),
            });
        }
    }
    if let Some(Value::Object(properties)) = map.get("properties") {
        for (name, property) in properties {
            collect_from_schema(
                property,
                &format!("{pointer}/properties/{}", escape(name)),
                out,
            );
        }
    }
    for keyword in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get(keyword) {
            collect_from_schema(child, &format!("{pointer}/{keyword}"), out);
        }
    }
    for keyword in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(children)) = map.get(keyword) {
            for (i, child) in children.iter().enumerate() {
                collect_from_schema(child, &format!("{pointer}/{keyword}/{i}"), out);
            }
        }
    }
}
