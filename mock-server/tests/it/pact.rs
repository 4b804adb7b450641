//! The Pact export (`Mock::pact`, `GET /__mock/pact`, `Mock::write_pacts`) and the provider
//! states that verify it (`POST /__mock/pact/provider-states`). `.ci/run-packages` verifies an
//! exported pact against a fresh mock with Pact's own verifier.

use bytes::Bytes;
use clientreg_mock::adapter::MockRequest;
use clientreg_mock::{DEV_ADMIN_TOKEN, DEV_API_KEY, FaultSpec, Mock, Service};
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use serde_json::{Value, json};

use crate::support::{AUTIONAL, GROPIUS, handle, json, mock};

fn request(method: Method, path: &str, headers: &[(&str, &str)], body: &str) -> MockRequest {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.append(
            HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_str(value).unwrap(),
        );
    }
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut request = MockRequest::new(method, path, map, Bytes::from(body.to_string()));
    request.query = (!query.is_empty()).then(|| query.to_string());
    request
}

fn admin_token() -> String {
    format!("Bearer {DEV_ADMIN_TOKEN}")
}

/// A Gropius call with the admin token.
fn gropius(mock: &Mock, method: Method, path: &str, body: Option<Value>) -> Value {
    let token = admin_token();
    let mut headers = vec![("authorization", token.as_str())];
    if body.is_some() {
        headers.push(("content-type", "application/json"));
    }
    let text = body.map(|b| b.to_string()).unwrap_or_default();
    let answer = handle(mock, &request(method, path, &headers, &text));
    if answer.body.is_empty() {
        Value::Null
    } else {
        json(&answer)
    }
}

/// A client's whole life, a refused create, a wrong token, a fault and a divergence; returns
/// the secret's text.
fn lifecycle(mock: &Mock) -> String {
    let created = gropius(
        mock,
        Method::POST,
        GROPIUS,
        Some(
            json!({"name": "My Client", "redirectUrls": ["https://example.com/cb"], "validScopes": ["backend"]}),
        ),
    );
    let id = created["id"].as_str().unwrap().to_string();
    let secret = gropius(
        mock,
        Method::POST,
        &format!("{GROPIUS}/{id}/client-secret"),
        None,
    );
    let fingerprint = secret["fingerprint"].as_str().unwrap().to_string();
    gropius(mock, Method::GET, &format!("{GROPIUS}/{id}"), None);
    gropius(
        mock,
        Method::PUT,
        &format!("{GROPIUS}/{id}"),
        Some(
            json!({"name": "Renamed", "redirectUrls": ["https://example.com/new"], "validScopes": ["backend"], "isValid": false}),
        ),
    );
    gropius(mock, Method::GET, GROPIUS, None);
    gropius(
        mock,
        Method::DELETE,
        &format!("{GROPIUS}/{id}/client-secret/{fingerprint}"),
        None,
    );
    gropius(mock, Method::DELETE, &format!("{GROPIUS}/{id}"), None);
    // Refused: a 400 stays, a 401 does not.
    gropius(mock, Method::POST, GROPIUS, Some(json!({"name": ""})));
    handle(
        mock,
        &request(
            Method::GET,
            GROPIUS,
            &[("authorization", "Bearer not-a-token")],
            "",
        ),
    );
    // A divergence (a scope the real service refuses) and a fault.
    gropius(
        mock,
        Method::POST,
        GROPIUS,
        Some(json!({"name": "Login", "redirectUrls": [], "validScopes": ["login"]})),
    );
    mock.add_fault(FaultSpec::new("GET", GROPIUS).status(503).times(1))
        .unwrap();
    gropius(mock, Method::GET, GROPIUS, None);
    secret["secretText"].as_str().unwrap().to_string()
}

fn descriptions(pact: &Value) -> Vec<String> {
    pact["interactions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let text = i["description"].as_str().unwrap();
            // Without the digest: "create_auth_client → 201 Created".
            text.split(" (request ").next().unwrap().to_string()
        })
        .collect()
}

#[test]
fn a_lifecycle_becomes_one_interaction_per_request_with_states_and_generators() {
    let mock = mock();
    lifecycle(&mock);
    let pact = mock.pact("tenant-service", Service::Gropius);
    assert_eq!(pact["consumer"]["name"], "tenant-service");
    assert_eq!(pact["provider"]["name"], "gropius");
    assert_eq!(pact["metadata"]["pactSpecification"]["version"], "4.0");
    assert_eq!(
        descriptions(&pact),
        [
            "create_auth_client → 201 Created",
            "create_auth_client → 400 Bad Request",
            "create_client_secret → 201 Created",
            "delete_auth_client → 200 OK",
            "delete_client_secret → 200 OK",
            "get_auth_client → 200 OK",
            "list_auth_clients → 200 OK",
            "update_auth_client → 200 OK",
        ]
    );
    let interactions = pact["interactions"].as_array().unwrap();
    let named = |prefix: &str| {
        interactions
            .iter()
            .find(|i| i["description"].as_str().unwrap().starts_with(prefix))
            .unwrap()
    };
    assert!(interactions.iter().all(|i| i["type"] == "Synchronous/HTTP"));

    // The update relies on the client as it was (with its secret), and reaches it by the id
    // the state answers.
    let update = named("update_auth_client");
    assert_eq!(
        update["providerStates"],
        json!([
            {"name": "an auth client exists", "params": {"name": "My Client", "redirectUrls": ["https://example.com/cb"], "validScopes": ["backend"], "isValid": true, "requiresSecret": true}},
            {"name": "a client secret exists", "params": {"count": 1}},
        ])
    );
    assert_eq!(
        update["request"]["generators"]["path"],
        json!({"type": "ProviderState", "expression": "/auth/api/login/client/${id}", "dataType": "STRING"})
    );
    assert_eq!(update["request"]["body"]["content"]["name"], "Renamed");
    assert_eq!(
        named("delete_client_secret")["request"]["generators"]["path"]["expression"],
        "/auth/api/login/client/${id}/client-secret/${fingerprint}"
    );

    // No credential: the header's form, a placeholder, a rule.
    let create = named("create_auth_client → 201");
    assert_eq!(
        create["request"]["headers"]["Authorization"],
        "Bearer <token>"
    );
    assert_eq!(
        create["request"]["matchingRules"]["header"]["Authorization"]["matchers"][0]["match"],
        "regex"
    );
    assert_eq!(create["providerStates"], json!([]));
    // What a provider mints is judged by type.
    assert_eq!(
        create["response"]["matchingRules"]["body"]["$.id"],
        json!({"matchers": [{"match": "type"}]})
    );
    assert!(
        named("create_auth_client → 400")["response"]["matchingRules"]["body"]
            .get("$.message")
            .is_none()
    );
    // A secret never reaches the pact, nor the start of one.
    let secret = named("create_client_secret");
    assert_eq!(
        secret["response"]["body"]["content"]["secretText"],
        "<redacted>"
    );
    assert_eq!(
        secret["response"]["body"]["content"]["censored"],
        "<redacted>"
    );
    // A list is judged by its items' type.
    assert_eq!(
        named("list_auth_clients")["response"]["matchingRules"]["body"]["$"],
        json!({"matchers": [{"match": "type", "min": 0}]})
    );

    // Left out, each with why: the 401, the divergence, the fault.
    let left_out = pact["metadata"]["clientreg-mock"]["leftOut"]
        .as_array()
        .unwrap();
    let whys: Vec<&str> = left_out
        .iter()
        .map(|l| l["why"].as_str().unwrap())
        .collect();
    assert_eq!(left_out.len(), 3, "{left_out:?}");
    assert!(
        whys.iter()
            .any(|w| w.starts_with("a 401 depends on which credential"))
    );
    assert!(whys.iter().any(|w| w.contains("divergence")));
    assert!(whys.iter().any(|w| w.starts_with("answered by the fault")));
}

#[test]
fn no_credential_or_secret_reaches_a_pact() {
    let mock = mock();
    let secret_text = lifecycle(&mock);
    let created = json(&handle(
        &mock,
        &request(
            Method::POST,
            AUTIONAL,
            &[
                ("x-api-key", DEV_API_KEY),
                ("x-tenant-id", "tenant-1"),
                ("content-type", "application/json"),
            ],
            r#"{"name":"App","redirect_uris":["https://app.example.com/cb"]}"#,
        ),
    ));
    let client_secret = created["data"]["client_secret"]
        .as_str()
        .unwrap()
        .to_string();
    for provider in Service::ALL {
        let text = mock.pact("tenant-service", provider).to_string();
        for credential in [DEV_ADMIN_TOKEN, DEV_API_KEY, "not-a-token"] {
            assert!(
                !text.contains(credential),
                "{credential} in the {provider:?} pact"
            );
        }
        // The answers the journal kept held the minted secrets, and a censored secret shows
        // the start of one; the export redacts them.
        assert!(
            !text.contains(&client_secret),
            "the Autional secret in a pact"
        );
        assert!(
            !text.contains(&secret_text[..5]),
            "the start of the Gropius secret in a pact"
        );
    }
    let autional = mock.pact("tenant-service", Service::Autional);
    let create = &autional["interactions"][0];
    assert_eq!(create["request"]["headers"]["X-API-Key"], "<key>");
    assert_eq!(create["request"]["headers"]["X-Tenant-ID"], "tenant-1");
    assert_eq!(
        create["response"]["body"]["content"]["data"]["client_secret"],
        "<redacted>"
    );
    for minted in [
        "$.data.id",
        "$.data.client_id",
        "$.data.client_secret",
        "$.timestamp",
    ] {
        assert!(
            create["response"]["matchingRules"]["body"]
                .get(minted)
                .is_some(),
            "no rule for {minted}"
        );
    }
}

#[test]
fn the_live_export_answers_the_same_and_asks_for_a_provider_when_both_were_called() {
    let mock = mock();
    lifecycle(&mock);
    let live = |query: &str| {
        handle(
            &mock,
            &request(Method::GET, &format!("/__mock/pact?{query}"), &[], ""),
        )
    };
    let answer = live("consumer=tenant-service&provider=gropius");
    assert_eq!(answer.status, 200);
    assert_eq!(json(&answer), mock.pact("tenant-service", Service::Gropius));
    // Only Gropius was called: the provider may be left out.
    assert_eq!(json(&live("consumer=tenant-service")), json(&answer));
    handle(
        &mock,
        &crate::support::autional(
            "tenant-1",
            &json!({"name": "App", "redirect_uris": ["https://app.example.com/cb"]}),
        ),
    );
    let ambiguous = live("consumer=tenant-service");
    assert_eq!(ambiguous.status, 409);
    assert!(
        json(&ambiguous)["message"]
            .as_str()
            .unwrap()
            .contains("both services")
    );
    for bad in [
        "provider=gropius",
        "consumer=&provider=gropius",
        "consumer=x&provider=github",
    ] {
        assert_eq!(live(bad).status, 400, "{bad}");
    }
}

fn change_state(mock: &Mock, body: &Value) -> (u16, Value) {
    let answer = handle(
        mock,
        &request(
            Method::POST,
            "/__mock/pact/provider-states",
            &[("content-type", "application/json")],
            &body.to_string(),
        ),
    );
    (answer.status.as_u16(), json(&answer))
}

#[test]
fn provider_states_make_a_client_and_its_secrets_and_answer_their_ids() {
    let mock = mock();
    let (status, made) = change_state(
        &mock,
        &json!({"state": "an auth client exists", "params": {"name": "Made", "redirectUrls": [], "validScopes": ["backend"], "isValid": false}, "action": "setup"}),
    );
    assert_eq!(status, 200, "{made}");
    let id = made["id"].as_str().unwrap();
    let (status, secrets) = change_state(
        &mock,
        &json!({"state": "a client secret exists", "params": {"count": 2}, "action": "setup"}),
    );
    assert_eq!(status, 200, "{secrets}");
    assert_eq!(secrets["id"], id);
    let stored = mock.gropius_clients();
    let client = stored.iter().find(|c| c.client.id == id).unwrap();
    assert_eq!(client.client.name, "Made");
    assert!(!client.client.is_valid);
    assert_eq!(client.censored_client_secrets.len(), 2);
    assert_eq!(
        client.censored_client_secrets[1].fingerprint,
        secrets["fingerprint"].as_str().unwrap()
    );
    // Teardown and the empty state do nothing.
    for body in [
        json!({"state": "an auth client exists", "params": {}, "action": "teardown"}),
        json!({"state": "", "action": "setup"}),
    ] {
        assert_eq!(change_state(&mock, &body), (200, json!({})));
    }
    assert_eq!(mock.gropius_clients().len(), stored.len());
}

#[test]
fn a_provider_state_it_does_not_know_is_a_400_and_one_it_cannot_make_a_409_and_nothing_changes() {
    let mock = mock();
    let (status, refused) = change_state(&mock, &json!({"state": "a tenant exists"}));
    assert_eq!(status, 400);
    let message = refused["message"].as_str().unwrap();
    assert!(message.contains("\"an auth client exists\""), "{message}");
    assert!(message.contains("\"a client secret exists\""), "{message}");
    let (status, refused) = change_state(&mock, &json!({"state": "a client secret exists"}));
    assert_eq!(status, 409);
    assert!(refused["message"].as_str().unwrap().contains("none did"));
    let (status, refused) = change_state(
        &mock,
        &json!({"state": "an auth client exists", "params": {"name": ""}}),
    );
    assert_eq!(status, 409, "{refused}");
    for body in [
        json!({"stat": "x"}),
        json!({"state": "", "action": "cleanup"}),
        json!([]),
    ] {
        assert_eq!(change_state(&mock, &body).0, 400, "{body}");
    }
    assert!(mock.gropius_clients().is_empty());
}

#[test]
fn pacts_from_several_tests_merge_into_one_file_and_a_conflict_is_an_error() {
    let dir = std::env::temp_dir().join(format!("clientreg-pacts-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let first = mock();
    lifecycle(&first);
    let written = first.write_pacts(&dir, "tenant-service").unwrap();
    assert_eq!(written, [dir.join("tenant-service-gropius.json")]);
    // A second test: the same lifecycle (the same interactions) and a read of a client no one made.
    let second = mock();
    lifecycle(&second);
    gropius(
        &second,
        Method::GET,
        &format!("{GROPIUS}/00000000-0000-4000-8000-000000000000"),
        None,
    );
    second.write_pacts(&dir, "tenant-service").unwrap();
    let merged: Value = serde_json::from_slice(&std::fs::read(&written[0]).unwrap()).unwrap();
    let once = first.pact("tenant-service", Service::Gropius);
    assert_eq!(
        merged["interactions"].as_array().unwrap().len(),
        once["interactions"].as_array().unwrap().len() + 1
    );

    // The same request answered otherwise: a conflict, named, and the file as it was.
    let mut edited = merged.clone();
    let interactions = edited["interactions"].as_array_mut().unwrap();
    let list = interactions
        .iter_mut()
        .find(|i| {
            i["description"]
                .as_str()
                .unwrap()
                .starts_with("list_auth_clients")
        })
        .unwrap();
    list["response"]["status"] = json!(500);
    std::fs::write(&written[0], serde_json::to_vec(&edited).unwrap()).unwrap();
    let conflict = first.write_pacts(&dir, "tenant-service").unwrap_err();
    assert_eq!(conflict.kind(), std::io::ErrorKind::InvalidData);
    assert!(
        conflict.to_string().contains("list_auth_clients"),
        "{conflict}"
    );
    let after: Value = serde_json::from_slice(&std::fs::read(&written[0]).unwrap()).unwrap();
    assert_eq!(after, edited);
    // A consumer that cannot name a file.
    assert_eq!(
        first.write_pacts(&dir, "../escape").unwrap_err().kind(),
        std::io::ErrorKind::InvalidInput
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn deleting_an_older_secret_names_it_in_the_secret_state() {
    let mock = mock();
    let created = gropius(
        &mock,
        Method::POST,
        GROPIUS,
        Some(json!({"name": "R", "redirectUrls": [], "validScopes": ["backend"]})),
    );
    let id = created["id"].as_str().unwrap().to_string();
    let secrets = format!("{GROPIUS}/{id}/client-secret");
    let first = gropius(&mock, Method::POST, &secrets, None);
    gropius(&mock, Method::POST, &secrets, None);
    let fingerprint = first["fingerprint"].as_str().unwrap();
    gropius(
        &mock,
        Method::DELETE,
        &format!("{secrets}/{fingerprint}"),
        None,
    );
    let pact = mock.pact("c", Service::Gropius);
    let delete = pact["interactions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| {
            i["description"]
                .as_str()
                .unwrap()
                .starts_with("delete_client_secret")
        })
        .unwrap();
    assert_eq!(
        delete["providerStates"][1],
        json!({"name": "a client secret exists", "params": {"count": 2, "named": 1}})
    );
    assert_eq!(
        delete["request"]["generators"]["path"]["expression"],
        "/auth/api/login/client/${id}/client-secret/${fingerprint}"
    );

    // The state answers the named secret's fingerprint: the oldest of two here.
    let other = crate::support::mock();
    let (status, _) = change_state(
        &other,
        &json!({"state": "an auth client exists", "params": {"name": "R", "redirectUrls": [], "validScopes": ["backend"]}}),
    );
    assert_eq!(status, 200);
    let (status, made) = change_state(
        &other,
        &json!({"state": "a client secret exists", "params": {"count": 2, "named": 1}}),
    );
    assert_eq!(status, 200, "{made}");
    let client = &other.gropius_clients()[0];
    assert_eq!(
        client.censored_client_secrets[0].fingerprint,
        made["fingerprint"].as_str().unwrap()
    );
    let (status, refused) = change_state(
        &other,
        &json!({"state": "a client secret exists", "params": {"count": 2, "named": 3}}),
    );
    assert_eq!(status, 409);
    assert!(refused["message"].as_str().unwrap().contains("named"));
}

/// `clientreg-mock pact`: the project's recording of the real Gropius becomes a pact; exit 2 for
/// a recording it cannot read, 1 for a conflict with the file it merges into.
#[tokio::test]
async fn the_pact_command_writes_a_recordings_pact_and_exits_by_outcome() {
    let dir = std::env::temp_dir().join(format!("clientreg-pact-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let recording = dir.join("recording.jsonl");
    std::fs::write(&recording, crate::support::RECORDING).unwrap();
    let out = dir.join("pacts");
    let args = |consumer: &str| {
        vec![
            "pact".to_string(),
            "--recording".into(),
            recording.display().to_string(),
            "--consumer".into(),
            consumer.to_string(),
            "--out".into(),
            out.display().to_string(),
        ]
    };
    let (code, stdout, stderr) = crate::support::run_binary(args("corpus")).await;
    assert_eq!(code, 0, "{stderr}");
    let file = out.join("corpus-gropius.json");
    assert!(stdout.contains(&file.display().to_string()), "{stdout}");
    let pact: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let interactions = pact["interactions"].as_array().unwrap();
    assert!(interactions.len() > 50, "{}", interactions.len());
    // The recording's credentials are pseudonyms; none reaches the pact, nor a secret.
    let text = pact.to_string();
    assert!(!text.contains("<credential"), "a pseudonym in the pact");
    assert!(interactions.iter().all(|i| {
        i["request"]["headers"]
            .get("Authorization")
            .is_none_or(|value| value == "Bearer <token>")
    }));
    // Run again: the same interactions, merged into the same file.
    let (code, _, stderr) = crate::support::run_binary(args("corpus")).await;
    assert_eq!(code, 0, "{stderr}");
    let again: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(again["interactions"], pact["interactions"]);

    // A conflict: exit 1, named; a recording that is not one: exit 2.
    let mut edited = pact.clone();
    edited["interactions"][0]["response"]["status"] = json!(599);
    std::fs::write(&file, edited.to_string()).unwrap();
    let (code, _, stderr) = crate::support::run_binary(args("corpus")).await;
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("another answer"), "{stderr}");
    std::fs::write(&recording, "not a recording\n").unwrap();
    let (code, _, stderr) = crate::support::run_binary(args("corpus")).await;
    assert_eq!(code, 2, "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A pact Pact's own consumer library wrote (`clients/python/pact_consumer.py`, pact-python).
const PYTHON_PACT: &str = include_str!("../fixtures/pact/python-consumer-gropius.json");

async fn verify_pact(server: &clientreg_mock::MockServer, pact: &Value) -> Vec<(String, String)> {
    let verifier = clientreg_mock::check::Verifier::new(clientreg_mock::check::Settings {
        target: server.base_url(),
        credentials: clientreg_mock::check::TargetCredentials {
            admin_token: Some(DEV_ADMIN_TOKEN.to_string()),
            api_key: Some(DEV_API_KEY.to_string()),
            ..Default::default()
        },
        services: Service::ALL.to_vec(),
        allow_writes: true,
        max_rps: 1000,
        timeout: std::time::Duration::from_secs(10),
        run_id: "pact".to_string(),
        target_ca: None,
    })
    .unwrap();
    verifier
        .run_pact(pact, None, None)
        .await
        .into_iter()
        .map(|r| {
            (
                format!("{}: {}", r.outcome.as_str(), r.name),
                r.detail.unwrap_or_default(),
            )
        })
        .collect()
}

#[tokio::test]
async fn verify_pact_passes_a_pact_pacts_own_tooling_wrote_and_names_each_difference() {
    let server = clientreg_mock::MockServer::start().await;
    let pact: Value = serde_json::from_str(PYTHON_PACT).unwrap();
    let results = verify_pact(&server, &pact).await;
    assert_eq!(results.len(), 4);
    assert!(
        results.iter().all(|(name, _)| name.starts_with("pass")),
        "{results:?}"
    );

    // What the pact compares by value, it compares: an internal client is not this one.
    let mut edited = pact.clone();
    edited["interactions"][0]["response"]["body"]["content"]["isInternal"] = json!(true);
    // A matcher it does not know fails by name, never passes.
    edited["interactions"][1]["response"]["matchingRules"]["body"]["$.name"] =
        json!({"matchers": [{"match": "semver"}]});
    let results = verify_pact(&server, &edited).await;
    let failed: Vec<&(String, String)> = results
        .iter()
        .filter(|(name, _)| name.starts_with("fail"))
        .collect();
    assert_eq!(failed.len(), 2, "{results:?}");
    assert!(failed[0].1.contains("$.isInternal"), "{failed:?}");
    assert!(
        failed[1].1.contains("\"semver\" is not supported"),
        "{failed:?}"
    );
    for (_, detail) in &results {
        assert!(!detail.contains(DEV_ADMIN_TOKEN));
    }
}

#[tokio::test]
async fn verify_pact_passes_the_mocks_own_export_against_a_fresh_mock() {
    let first = mock();
    lifecycle(&first);
    let pact = first.pact("tenant-service", Service::Gropius);
    let server = clientreg_mock::MockServer::start().await;
    let results = verify_pact(&server, &pact).await;
    assert_eq!(
        results.len(),
        pact["interactions"].as_array().unwrap().len()
    );
    assert!(
        results.iter().all(|(name, _)| name.starts_with("pass")),
        "{results:?}"
    );
}
