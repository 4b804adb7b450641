//! `$ref`s within one JSON document (an OpenAPI document's `#/components/...`, schemars'
//! `#/$defs/...`): the one place xtask follows them. (The mock's checker follows them at run
//! time in `check/contract.rs`: xtask does not link the mock.)

use serde_json::Value;

/// `node`, or what its `$ref` points to, followed until a node without one (at most 32
/// steps; a reference that points nowhere stops there).
pub fn follow<'a>(document: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match node
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| document.pointer(reference.strip_prefix('#')?))
        {
            Some(target) => node = target,
            None => return node,
        }
    }
    node
}

/// `node` with every internal `$ref` inside it replaced by what it points to (a cycle keeps its
/// `$ref`).
pub fn resolved(node: &Value, document: &Value) -> Value {
    resolve(node, document, &mut Vec::new())
}

fn resolve(node: &Value, document: &Value, in_progress: &mut Vec<String>) -> Value {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref")
                && let Some(pointer) = reference.strip_prefix('#')
                && !in_progress.contains(reference)
                && let Some(target) = document.pointer(pointer)
            {
                in_progress.push(reference.clone());
                let resolved = resolve(target, document, in_progress);
                in_progress.pop();
                return resolved;
            }
            Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), resolve(v, document, in_progress)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| resolve(v, document, in_progress))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn references_are_followed_and_a_cycle_is_kept() {
        let document = json!({
            "a": {"$ref": "#/b"},
            "b": {"type": "string"},
            "c": {"items": {"$ref": "#/c"}},
        });
        assert_eq!(
            super::follow(&document, &document["a"]),
            &json!({"type": "string"})
        );
        assert_eq!(
            super::resolved(&json!({"x": {"$ref": "#/a"}}), &document),
            json!({"x": {"type": "string"}})
        );
        assert_eq!(
            super::resolved(&document["c"], &document),
            json!({"items": {"items": {"$ref": "#/c"}}})
        );
    }
}
