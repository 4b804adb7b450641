//! The Autional core beyond the rule table (one row per rule is in the conformance suite,
//! `tests/tests/conformance/rules.rs`, sent over HTTP): bodies that are not JSON objects, the
//! headers' edge cases, the defaults, the generated values, tenant isolation, reproducibility
//! and concurrency.

use crate::support::{AUTIONAL, autional, handle, json, mock, post};
use clientreg_mock::Mock;
use clientreg_mock::config::MockConfig;
use serde_json::{Value, json};

fn valid() -> Value {
    json!({"name": "My Application", "redirect_uris": ["https://app.example.com/callback"]})
}

fn with(changes: Value) -> Value {
    let mut body = valid();
    for (key, value) in changes.as_object().unwrap() {
        if value.is_null() && key.starts_with('-') {
            body.as_object_mut().unwrap().remove(&key[1..]);
        } else {
            body[key] = value.clone();
        }
    }
    body
}

fn assert_created(mock: &Mock, body: Value) -> Value {
    let response = handle(mock, &autional("t1", &body));
    let answer = json(&response);
    assert_eq!(response.status, 201, "{body} → {answer}");
    answer["data"].clone()
}

#[test]
fn a_body_that_is_not_a_json_object_is_40000001() {
    let mock = mock();
    for body in [
        "{\"name\": ",
        "",
        "not json",
        "[1, 2]",
        "\"text\"",
        "null",
        // serde reads a struct from an array by position: the contract wants an object.
        "[\"My Application\", [\"https://app.example.com/callback\"]]",
        "{\"name\": \"n\", \"redirect_uris\": [\"https://a.example/cb\"]} trailing",
    ] {
        let response = handle(
            &mock,
            &post(
                AUTIONAL,
                &[
                    ("x-api-key", "dev-api-key"),
                    ("x-tenant-id", "t1"),
                    ("content-type", "application/json"),
                ],
                body,
            ),
        );
        assert_eq!(response.status, 400, "{body:?}");
        assert_eq!(json(&response)["code"], 40000001, "{body:?}");
    }
    let text_plain = handle(
        &mock,
        &post(
            AUTIONAL,
            &[
                ("x-api-key", "dev-api-key"),
                ("x-tenant-id", "t1"),
                ("content-type", "text/plain"),
            ],
            valid().to_string(),
        ),
    );
    assert_eq!(json(&text_plain)["code"], 40000001);
    assert_eq!(
        json(&text_plain)["message"],
        "Content-Type must be application/json"
    );
    let charset = handle(
        &mock,
        &post(
            AUTIONAL,
            &[
                ("x-api-key", "dev-api-key"),
                ("x-tenant-id", "t1"),
                ("content-type", "application/json; charset=utf-8"),
            ],
            valid().to_string(),
        ),
    );
    assert_eq!(charset.status, 201);
}

#[test]
fn a_missing_or_unknown_api_key_is_401_with_www_authenticate() {
    let mock = mock();
    for headers in [
        vec![("x-tenant-id", "t1"), ("content-type", "application/json")],
        vec![
            ("x-api-key", "wrong"),
            ("x-tenant-id", "t1"),
            ("content-type", "application/json"),
        ],
        vec![
            ("x-api-key", ""),
            ("x-tenant-id", "t1"),
            ("content-type", "application/json"),
        ],
        vec![
            ("x-api-key", "dev-api-key-and-more"),
            ("x-tenant-id", "t1"),
            ("content-type", "application/json"),
        ],
    ] {
        let response = handle(&mock, &post(AUTIONAL, &headers, valid().to_string()));
        assert_eq!(response.status, 401);
        assert_eq!(json(&response)["code"], 40100001);
        assert_eq!(
            response.headers["www-authenticate"],
            r#"ApiKey header="X-API-Key""#
        );
    }
    assert_eq!(mock.autional_client_count(), 0);
}

#[test]
fn a_missing_blank_or_overlong_tenant_is_40000003() {
    let mock = mock();
    let long = "t".repeat(256);
    for tenant in [None, Some(""), Some("   "), Some(long.as_str())] {
        let mut headers = vec![
            ("x-api-key", "dev-api-key"),
            ("content-type", "application/json"),
        ];
        if let Some(tenant) = tenant {
            headers.push(("x-tenant-id", tenant));
        }
        let response = handle(&mock, &post(AUTIONAL, &headers, valid().to_string()));
        assert_eq!(response.status, 400, "{tenant:?}");
        assert_eq!(json(&response)["code"], 40000003, "{tenant:?}");
    }
    assert_eq!(mock.autional_client_count(), 0);
    let at_limit = "t".repeat(255);
    assert_eq!(handle(&mock, &autional(&at_limit, &valid())).status, 201);
}

#[test]
fn checks_run_api_key_then_tenant_then_body() {
    let mock = mock();
    let no_key_no_tenant_bad_body = post(AUTIONAL, &[("content-type", "text/plain")], "{");
    assert_eq!(
        json(&handle(&mock, &no_key_no_tenant_bad_body))["code"],
        40100001
    );
    let no_tenant_bad_body = post(AUTIONAL, &[("x-api-key", "dev-api-key")], "{");
    assert_eq!(json(&handle(&mock, &no_tenant_bad_body))["code"], 40000003);
    let bad_body = post(
        AUTIONAL,
        &[("x-api-key", "dev-api-key"), ("x-tenant-id", "t")],
        "{",
    );
    assert_eq!(json(&handle(&mock, &bad_body))["code"], 40000001);
}

#[test]
fn defaults_are_applied_and_values_generated_for_a_confidential_client() {
    let mock = mock();
    let created = assert_created(
        &mock,
        with(json!({"redirect_uris": [
            "https://app.example.com/callback",
            "https://app.example.com/other",
            "http://127.0.0.1:8081/cb",
            "http://[::1]/cb",
            "http://localhost/cb",
        ]})),
    );
    assert_eq!(created["is_confidential"], true);
    assert_eq!(
        created["grant_types"],
        json!(["authorization_code", "refresh_token"])
    );
    assert_eq!(created["scopes"], json!(["openid", "profile", "email"]));
    assert_eq!(created["client_auth_methods"], "[\"client_secret_basic\"]");
    assert_eq!(created["status"], "active");
    assert_eq!(
        created["cors_origins"],
        json!([
            "https://app.example.com",
            "http://127.0.0.1:8081",
            "http://[::1]",
            "http://localhost"
        ])
    );
    let id = created["id"].as_str().unwrap();
    assert!(id.parse::<ulid::Ulid>().is_ok() && id.len() == 26, "{id}");
    assert!(created["client_id"].as_str().unwrap().starts_with("app-"));
    let secret = created["client_secret"].as_str().unwrap();
    assert!(
        secret.len() >= "secret_".len() + 32,
        "at least 128 bits: {secret}"
    );
    for absent in ["fapi_profile", "jwks", "jwks_uri", "logo_url"] {
        assert!(
            created.get(absent).is_none(),
            "{absent} sent without a value"
        );
    }
}

#[test]
fn a_public_client_defaults_to_none_and_gets_no_secret() {
    let mock = mock();
    let created = assert_created(
        &mock,
        with(
            json!({"is_confidential": false, "redirect_uris": ["com.example.app:/callback", "https://a.example/cb"]}),
        ),
    );
    assert_eq!(created["client_auth_methods"], "[\"none\"]");
    assert!(created.get("client_secret").is_none());
    assert_eq!(
        created["cors_origins"],
        json!(["https://a.example"]),
        "only http(s) origins"
    );
}

#[test]
fn only_shared_secret_methods_get_a_secret() {
    let mock = mock();
    for (methods, extra, has_secret) in [
        (json!(["client_secret_post"]), json!({}), true),
        (json!(["client_secret_jwt"]), json!({}), true),
        (
            json!(["private_key_jwt"]),
            json!({"jwks_uri": "https://a.example/jwks.json"}),
            false,
        ),
        (json!(["tls_client_auth"]), json!({}), false),
        (
            json!(["private_key_jwt", "client_secret_basic"]),
            json!({"jwks": "{\"keys\":[]}"}),
            true,
        ),
    ] {
        let mut body = with(extra);
        body["client_auth_methods"] = methods.clone();
        let created = assert_created(&mock, body);
        assert_eq!(
            created.get("client_secret").is_some(),
            has_secret,
            "{methods}"
        );
    }
}

#[test]
fn valid_combinations_from_the_rules_are_accepted() {
    let mock = mock();
    for body in [
        with(
            json!({"grant_types": ["refresh_token", "urn:ietf:params:oauth:grant-type:device_code"]}),
        ),
        with(json!({"grant_types": ["client_credentials"]})),
        with(
            json!({"fapi_profile": "fapi1", "client_auth_methods": ["self_signed_tls_client_auth"]}),
        ),
        with(
            json!({"fapi_profile": "fapi2", "client_auth_methods": ["private_key_jwt"], "jwks": "{\"keys\":[{\"kty\":\"EC\"}]}"}),
        ),
        with(json!({"scopes": ["api:read", "x!#$%&'()*+,-./"]})),
        with(json!({"scopes": []})),
        with(json!({"name": "x".repeat(255), "unknown_property": {"ignored": true}})),
        with(json!({"logo_url": "https://a.example/logo.png", "website": "http://a.example"})),
    ] {
        assert_created(&mock, body);
    }
}

#[test]
fn a_tenant_never_sees_another_tenant_s_clients() {
    let mock = mock();
    assert_eq!(handle(&mock, &autional("tenant-a", &valid())).status, 201);
    assert_eq!(handle(&mock, &autional("tenant-a", &valid())).status, 201);
    assert_eq!(handle(&mock, &autional("tenant-b", &valid())).status, 201);
    assert_eq!(mock.autional_clients("tenant-a").len(), 2);
    assert_eq!(mock.autional_clients("tenant-b").len(), 1);
    assert!(mock.autional_clients("tenant-c").is_empty());
    let a_ids: Vec<_> = mock
        .autional_clients("tenant-a")
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert!(
        mock.autional_clients("tenant-b")
            .iter()
            .all(|c| !a_ids.contains(&c.id))
    );
}

#[test]
fn stored_clients_keep_no_secret() {
    let mock = mock();
    let created = assert_created(&mock, valid());
    let stored = &mock.autional_clients("t1")[0];
    assert_eq!(stored.client_secret.as_deref(), Some("<redacted>"));
    assert_ne!(created["client_secret"], "<redacted>");
    // Only the secret differs: the client is kept as it was answered.
    let mut expected = created.clone();
    expected["client_secret"] = json!("<redacted>");
    assert_eq!(serde_json::to_value(stored).unwrap(), expected);
}

#[test]
fn a_seed_and_a_fixed_clock_make_answers_reproducible() {
    let config = MockConfig {
        seed: Some(7),
        fixed_time: Some("2026-04-03T12:00:00Z".parse().unwrap()),
        ..MockConfig::default()
    };
    let first = handle(&Mock::new(&config).unwrap(), &autional("t", &valid()));
    let second = handle(&Mock::new(&config).unwrap(), &autional("t", &valid()));
    assert_eq!(first.body, second.body);
    assert_eq!(json(&first)["timestamp"], "2026-04-03T12:00:00Z");
    let other_seed = Mock::new(&MockConfig {
        seed: Some(8),
        ..config
    })
    .unwrap();
    assert_ne!(
        json(&handle(&other_seed, &autional("t", &valid())))["data"]["id"],
        json(&first)["data"]["id"]
    );
}

#[test]
fn concurrent_creates_lose_nothing_and_duplicate_nothing() {
    let mock = std::sync::Arc::new(mock());
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let mock = mock.clone();
            std::thread::spawn(move || {
                for i in 0..500 {
                    let tenant = format!("tenant-{}", (t * 500 + i) % 10);
                    assert_eq!(handle(&mock, &autional(&tenant, &valid())).status, 201);
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    let mut ids = std::collections::HashSet::new();
    for tenant in 0..10 {
        let clients = mock.autional_clients(&format!("tenant-{tenant}"));
        assert_eq!(clients.len(), 400);
        for client in clients {
            assert!(ids.insert(client.id), "duplicate id");
        }
    }
    assert_eq!(ids.len(), 4000);
}
