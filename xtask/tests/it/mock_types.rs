//! The mock server's wire types held to the contract: each type's derived JSON Schema against
//! its component (properties, types, required, enums, formats, nullability). A field changed in
//! the YAML without the mock, or in the mock without the YAML, fails here, naming the field.

use serde_json::Value;
use xtask::drift::differences;

fn document(name: &str) -> Value {
    let path = xtask::project_root().join("openapi").join(name);
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The mock's schema of the twin of `component` in `document`.
fn mock_schema(document: &str, component: &str) -> Value {
    clientreg_mock::model::component_schemas()
        .into_iter()
        .find(|(d, c, _)| *d == document && *c == component)
        .map(|(_, _, schema)| schema)
        .unwrap_or_else(|| panic!("the mock has no twin of {document} {component}"))
}

#[test]
fn mock_types_match_their_components() {
    let mut all = Vec::new();
    for (name, component, mock) in clientreg_mock::model::component_schemas() {
        for difference in differences(&document(name), component, &mock) {
            all.push(format!("{name}: {difference}"));
        }
    }
    assert!(
        all.is_empty(),
        "the mock's types drifted from the contract:\n  {}",
        all.join("\n  ")
    );
}

#[test]
fn a_field_changed_in_the_yaml_alone_is_caught() {
    let mut spec = document("autional.yaml");
    spec["components"]["schemas"]["CreateClientRequest"]["properties"]["is_confidential"]["type"] =
        Value::from("string");
    let mock = mock_schema("autional.yaml", "CreateClientRequest");
    let found = differences(&spec, "CreateClientRequest", &mock);
    assert_eq!(
        found,
        vec![r#"CreateClientRequest.is_confidential: type: spec {"string"}, mock {"boolean"}"#]
    );

    let mut spec = document("gropius-login.yaml");
    spec["components"]["schemas"]["AuthClient"]["required"]
        .as_array_mut()
        .unwrap()
        .push(Value::from("validScopes"));
    let mock = mock_schema("gropius-login.yaml", "AuthClient");
    let found = differences(&spec, "AuthClient", &mock);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("AuthClient: required:"), "{found:?}");
}

#[test]
fn a_field_changed_in_the_mock_alone_is_caught() {
    let spec = document("autional.yaml");
    let mut mock = mock_schema("autional.yaml", "CreateClientRequest");
    mock["properties"]
        .as_object_mut()
        .unwrap()
        .remove("website");
    assert_eq!(
        differences(&spec, "CreateClientRequest", &mock),
        vec!["CreateClientRequest.website: in the spec, not in the mock"]
    );

    let mut mock = mock_schema("autional.yaml", "CreateClientResponse");
    mock["properties"]["name"]["type"] = serde_json::json!(["string", "null"]);
    assert_eq!(
        differences(&spec, "CreateClientResponse", &mock),
        vec!["CreateClientResponse.name: nullable: spec false, mock true"]
    );

    let spec = document("gropius-login.yaml");
    let mut mock = mock_schema("gropius-login.yaml", "AuthClientScope");
    let variants = mock.get("oneOf").cloned();
    let mock = match variants {
        // schemars writes a documented unit enum as `oneOf` constants; drop the last one.
        Some(Value::Array(mut list)) => {
            list.pop();
            mock["oneOf"] = Value::Array(list);
            mock
        }
        _ => {
            mock["enum"].as_array_mut().unwrap().pop();
            mock
        }
    };
    let found = differences(&spec, "AuthClientScope", &mock);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("AuthClientScope: enum:"), "{found:?}");
}
