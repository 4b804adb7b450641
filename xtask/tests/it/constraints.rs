//! The document progenitor reads (`xtask::constraints::strip`) against the contract: the rules
//! are gone, and every type is as the contract writes it.

use serde_yaml::Value;
use xtask::constraints::{is_constraint_only, strip};

const DOCUMENTS: [&str; 3] = ["autional.yaml", "gropius-login.yaml", "mock-admin.yaml"];
/// The keywords that shape a generated type.
const SHAPING: [&str; 9] = [
    "type",
    "format",
    "$ref",
    "required",
    "enum",
    "nullable",
    "default",
    "additionalProperties",
    "x-enum-varnames",
];

fn document(name: &str) -> Value {
    let path = xtask::project_root().join("openapi").join(name);
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every shaping keyword with its value, by pointer, outside compositions and `not`.
fn shape(node: &Value, pointer: &str, out: &mut Vec<String>) {
    match node {
        Value::Mapping(map) => {
            for (key, value) in map {
                let key = key.as_str().unwrap_or_default();
                if ["allOf", "anyOf", "oneOf", "not"].contains(&key)
                    || ["example", "examples"].contains(&key)
                {
                    continue;
                }
                let here = format!("{pointer}/{key}");
                if SHAPING.contains(&key) && !value.is_mapping() {
                    out.push(format!(
                        "{here} = {}",
                        serde_yaml::to_string(value).unwrap().trim()
                    ));
                }
                shape(value, &here, out);
            }
        }
        Value::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                shape(item, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn leftovers(node: &Value, pointer: &str, out: &mut Vec<String>) {
    match node {
        Value::Mapping(map) => {
            for (key, value) in map {
                let key = key.as_str().unwrap_or_default();
                let here = format!("{pointer}/{key}");
                if key == "not" {
                    out.push(here.clone());
                }
                if ["allOf", "anyOf", "oneOf"].contains(&key)
                    && value
                        .as_sequence()
                        .is_some_and(|m| m.iter().any(is_constraint_only))
                {
                    out.push(here.clone());
                }
                if !["example", "examples", "default", "enum"].contains(&key) {
                    leftovers(value, &here, out);
                }
            }
        }
        Value::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                leftovers(item, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn stripping_removes_the_rules_and_keeps_every_type() {
    for name in DOCUMENTS {
        let original = document(name);
        let mut stripped = original.clone();
        let removed = strip(&mut stripped);
        if name != "gropius-login.yaml" {
            assert!(removed > 0, "{name}: the contract's rules were not found");
        }
        let mut left = Vec::new();
        leftovers(&stripped, "", &mut left);
        assert!(
            left.is_empty(),
            "{name}: constraints left for progenitor: {left:?}"
        );

        let (mut before, mut after) = (Vec::new(), Vec::new());
        shape(&original, "", &mut before);
        shape(&stripped, "", &mut after);
        assert!(!before.is_empty());
        assert_eq!(before, after, "{name}: stripping changed a type");

        let mut again = stripped.clone();
        assert_eq!(strip(&mut again), 0, "{name}: stripping twice removed more");
    }
}
