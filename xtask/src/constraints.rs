//! The document progenitor reads: the contract with its constraint-only subschemas removed.
//!
//! The contract states rules that tie fields together (and the form of some strings) as
//! subschemas that only constrain: members of `allOf`/`anyOf`/`oneOf` that declare no type, and
//! `not`. Every other tool (Spectral, Schemathesis, the generators of other languages, the
//! conformance suite's validator) reads them; typify cannot turn them into types (on
//! `openapi/autional.yaml` it did not finish), and they add no type of their own, so
//! `cargo xtask generate` removes them first. The mock enforces every one of them.

use serde_yaml::{Mapping, Value};

/// Keywords whose value is a list of subschemas.
const COMPOSITIONS: [&str; 3] = ["allOf", "anyOf", "oneOf"];
/// Keywords whose values are data, not schemas: never read as keywords.
const DATA: [&str; 5] = [
    "example",
    "examples",
    "default",
    "enum",
    "x-upstream-default",
];

/// Removes every constraint-only subschema from `document` (an OpenAPI document, read as YAML
/// so that the order of paths and properties, which progenitor follows, is kept) and
/// returns how many it removed. A composition left empty is removed with its keyword.
pub fn strip(document: &mut Value) -> usize {
    let mut removed = 0;
    walk(document, &mut removed);
    removed
}

/// Whether a subschema only constrains: it names no type and no `$ref`, and no schema inside
/// it does.
pub fn is_constraint_only(schema: &Value) -> bool {
    fn declares_type(node: &Value) -> bool {
        match node {
            Value::Mapping(map) => map.iter().any(|(key, value)| {
                let key = key.as_str().unwrap_or_default();
                key == "type" || key == "$ref" || (!DATA.contains(&key) && declares_type(value))
            }),
            Value::Sequence(items) => items.iter().any(declares_type),
            _ => false,
        }
    }
    !declares_type(schema)
}

fn walk(node: &mut Value, removed: &mut usize) {
    match node {
        Value::Mapping(map) => {
            strip_here(map, removed);
            for (key, value) in map.iter_mut() {
                let key = key.as_str().unwrap_or_default();
                if key == "properties" {
                    // A property's name is data; its value is a schema.
                    if let Value::Mapping(properties) = value {
                        properties.values_mut().for_each(|p| walk(p, removed));
                    }
                } else if !DATA.contains(&key) && !key.starts_with("x-") {
                    walk(value, removed);
                }
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(|item| walk(item, removed)),
        _ => {}
    }
}

fn strip_here(map: &mut Mapping, removed: &mut usize) {
    if map.remove("not").is_some() {
        *removed += 1;
    }
    for keyword in COMPOSITIONS {
        let Some(Value::Sequence(members)) = map.get_mut(keyword) else {
            continue;
        };
        let before = members.len();
        members.retain(|member| !is_constraint_only(member));
        *removed += before - members.len();
        if members.is_empty() {
            map.remove(keyword);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Value {
        serde_yaml::from_str(text).unwrap()
    }

    #[test]
    fn removes_constraint_only_members_and_not() {
        let mut schema = yaml(
            r##"{"type": "object",
                "allOf": [
                  {"description": "rule", "anyOf": [{"required": ["a"]}, {"not": {"required": ["b"]}}]},
                  {"$ref": "#/components/schemas/Base"}],
                "properties": {
                  "not": {"type": "string", "not": {"pattern": "^x"}},
                  "allOf": {"type": "integer"}},
                "example": {"not": 1}}"##,
        );
        assert_eq!(strip(&mut schema), 2);
        assert_eq!(
            schema,
            yaml(
                r##"{"type": "object",
                    "allOf": [{"$ref": "#/components/schemas/Base"}],
                    "properties": {"not": {"type": "string"}, "allOf": {"type": "integer"}},
                    "example": {"not": 1}}"##
            )
        );
    }

    #[test]
    fn keeps_members_that_declare_a_type_anywhere() {
        let mut schema = yaml(
            r##"{"anyOf": [
                  {"properties": {"extra": {"type": "string"}}},
                  {"items": {"$ref": "#/x"}},
                  {"properties": {"a": {"enum": ["type"]}}}]}"##,
        );
        assert_eq!(strip(&mut schema), 1);
        assert_eq!(schema["anyOf"].as_sequence().unwrap().len(), 2);
    }
}
