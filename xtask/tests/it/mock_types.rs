//! The mock server's wire types held to the contract: each type's derived JSON Schema against
//! its component (properties, types, required, enums, formats, nullability). A field changed in
//! the YAML without the mock, or in the mock without the YAML, fails here, naming the field.

use schemars::JsonSchema;
use serde_json::Value;
use xtask::drift::differences;

fn document(name: &str) -> Value {
    let path = xtask::project_root().join("openapi").join(name);
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn mock_schema<T: JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

/// (document, component, the mock type's schema).
fn pairs() -> Vec<(&'static str, &'static str, Value)> {
    use mock_server::model as autional;
    use mock_server::model as gropius;
    vec![
        (
            "autional.yaml",
            "CreateClientRequest",
            mock_schema::<autional::CreateClientRequest>(),
        ),
        (
            "autional.yaml",
            "CreateClientResponse",
            mock_schema::<autional::CreateClientResponse>(),
        ),
        (
            "autional.yaml",
            "CreateClientEnvelope",
            mock_schema::<autional::CreateClientEnvelope>(),
        ),
        (
            "autional.yaml",
            "ErrorEnvelope",
            mock_schema::<autional::ErrorEnvelope>(),
        ),
        (
            "autional.yaml",
            "ClientAuthMethod",
            mock_schema::<autional::ClientAuthMethod>(),
        ),
        (
            "autional.yaml",
            "GrantType",
            mock_schema::<autional::GrantType>(),
        ),
        (
            "autional.yaml",
            "FapiProfile",
            mock_schema::<autional::FapiProfile>(),
        ),
        (
            "gropius-login.yaml",
            "CreateAuthClientInput",
            mock_schema::<gropius::CreateAuthClientInput>(),
        ),
        (
            "gropius-login.yaml",
            "AuthClient",
            mock_schema::<gropius::AuthClient>(),
        ),
        (
            "gropius-login.yaml",
            "HttpError",
            mock_schema::<gropius::HttpError>(),
        ),
        (
            "gropius-login.yaml",
            "UpdateAuthClientInput",
            mock_schema::<gropius::UpdateAuthClientInput>(),
        ),
        (
            "gropius-login.yaml",
            "AuthClientDetails",
            mock_schema::<gropius::AuthClientDetails>(),
        ),
        (
            "gropius-login.yaml",
            "CensoredClientSecret",
            mock_schema::<gropius::CensoredClientSecret>(),
        ),
        (
            "gropius-login.yaml",
            "CreatedClientSecret",
            mock_schema::<gropius::CreatedClientSecret>(),
        ),
        (
            "gropius-login.yaml",
            "DefaultReturn",
            mock_schema::<gropius::DefaultReturn>(),
        ),
        (
            "mock-admin.yaml",
            "Divergence",
            mock_schema::<mock_server::Divergence>(),
        ),
        (
            "gropius-login.yaml",
            "AuthClientScope",
            mock_schema::<gropius::AuthClientScope>(),
        ),
        (
            "mock-admin.yaml",
            "MockError",
            mock_schema::<mock_server::model::ErrorMessage>(),
        ),
        (
            "mock-admin.yaml",
            "Health",
            mock_schema::<mock_server::model::Health>(),
        ),
        (
            "mock-admin.yaml",
            "Stats",
            mock_schema::<mock_server::model::Stats>(),
        ),
        (
            "mock-admin.yaml",
            "ViolationSummary",
            mock_schema::<mock_server::model::ViolationSummary>(),
        ),
        (
            "mock-admin.yaml",
            "ViolationCount",
            mock_schema::<mock_server::model::ViolationCount>(),
        ),
        (
            "mock-admin.yaml",
            "StoreStats",
            mock_schema::<mock_server::model::StoreStats>(),
        ),
        (
            "mock-admin.yaml",
            "ResetScope",
            mock_schema::<mock_server::Service>(),
        ),
        (
            "mock-admin.yaml",
            "ServiceName",
            mock_schema::<mock_server::ServiceName>(),
        ),
        (
            "mock-admin.yaml",
            "AutionalClient",
            mock_schema::<autional::CreateClientResponse>(),
        ),
        (
            "mock-admin.yaml",
            "GropiusClient",
            mock_schema::<gropius::AuthClientDetails>(),
        ),
        (
            "mock-admin.yaml",
            "JournalEntry",
            mock_schema::<mock_server::JournalEntry>(),
        ),
        (
            "mock-admin.yaml",
            "JournalPage",
            mock_schema::<mock_server::JournalPage>(),
        ),
        (
            "mock-admin.yaml",
            "FaultSpec",
            mock_schema::<mock_server::FaultSpec>(),
        ),
        (
            "mock-admin.yaml",
            "FaultCreated",
            mock_schema::<mock_server::FaultCreated>(),
        ),
        (
            "mock-admin.yaml",
            "Fault",
            mock_schema::<mock_server::Fault>(),
        ),
    ]
}

#[test]
fn mock_types_match_their_components() {
    let mut all = Vec::new();
    for (name, component, mock) in pairs() {
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
    let mock = mock_schema::<mock_server::model::CreateClientRequest>();
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
    let mock = mock_schema::<mock_server::model::AuthClient>();
    let found = differences(&spec, "AuthClient", &mock);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("AuthClient: required:"), "{found:?}");
}

#[test]
fn a_field_changed_in_the_mock_alone_is_caught() {
    let spec = document("autional.yaml");
    let mut mock = mock_schema::<mock_server::model::CreateClientRequest>();
    mock["properties"]
        .as_object_mut()
        .unwrap()
        .remove("website");
    assert_eq!(
        differences(&spec, "CreateClientRequest", &mock),
        vec!["CreateClientRequest.website: in the spec, not in the mock"]
    );

    let mut mock = mock_schema::<mock_server::model::CreateClientResponse>();
    mock["properties"]["name"]["type"] = serde_json::json!(["string", "null"]);
    assert_eq!(
        differences(&spec, "CreateClientResponse", &mock),
        vec!["CreateClientResponse.name: nullable: spec false, mock true"]
    );

    let spec = document("gropius-login.yaml");
    let mut mock = mock_schema::<mock_server::model::AuthClientScope>();
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
