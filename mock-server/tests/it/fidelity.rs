//! The mock's fidelity, measured: the project's recording of the real Gropius login-service
//! (`openapi/fidelity/gropius-login.recording.jsonl`, the corpus beside it sent through
//! `clientreg-mock proxy --record` by `cargo xtask gropius record`) replayed against the embedded
//! mock. Under `upstream` every answer agrees; under `contract` every difference is one the
//! mock announced (and the recording shows), and nothing else.

use std::time::Duration;

use clientreg_mock::check::{RecordedExchange, ReplaySettings, read_recording, replay};
use clientreg_mock::check::{TargetCredentials, TrialOutcome, TrialResult};
use clientreg_mock::{MockServer, Profile};

use crate::support::{RECORDING, recorded_deployment};

async fn replayed(profile: Profile) -> Vec<TrialResult> {
    let exchanges = read_recording(RECORDING).expect("the checked-in recording reads");
    assert!(
        exchanges.len() >= 100,
        "the recording holds the whole corpus"
    );
    let mock = MockServer::builder()
        .profile(profile)
        .gropius_endpoint(recorded_deployment())
        .start()
        .await;
    replayed_against(&exchanges, &mock).await
}

/// `exchanges` (Gropius's) replayed against `mock`, with the development tokens.
async fn replayed_against(exchanges: &[RecordedExchange], mock: &MockServer) -> Vec<TrialResult> {
    let settings = ReplaySettings {
        target: mock.base_url(),
        credentials: TargetCredentials {
            admin_token: Some(clientreg_mock::DEV_ADMIN_TOKEN.into()),
            user_token: Some(clientreg_mock::DEV_USER_TOKEN.into()),
            ..TargetCredentials::default()
        },
        timeout: Duration::from_secs(10),
        services: vec![clientreg_mock::Service::Gropius],
        target_ca: None,
    };
    replay(exchanges, &settings)
        .await
        .expect("the mock answers")
}

fn failures(results: &[TrialResult]) -> Vec<String> {
    results
        .iter()
        .filter(|r| r.outcome != TrialOutcome::Pass)
        .map(|r| format!("{}: {}", r.name, r.detail.as_deref().unwrap_or_default()))
        .collect()
}

fn announced(results: &[TrialResult]) -> usize {
    results
        .iter()
        .filter(|r| {
            r.detail
                .as_deref()
                .is_some_and(|d| d.starts_with("announced divergence"))
        })
        .count()
}

#[tokio::test]
async fn under_upstream_every_recorded_answer_is_answered_alike() {
    let results = replayed(Profile::Upstream).await;
    assert_eq!(failures(&results), Vec::<String>::new());
    assert_eq!(
        announced(&results),
        0,
        "the upstream profile announces nothing"
    );
}

#[tokio::test]
async fn under_contract_every_difference_is_announced_and_real() {
    let results = replayed(Profile::Contract).await;
    assert_eq!(failures(&results), Vec::<String>::new());
    // The corpus reaches every quirk: the contract answers otherwise, and says so.
    assert!(
        announced(&results) >= 30,
        "{} announced",
        announced(&results)
    );
}

#[tokio::test]
async fn the_recording_holds_no_credential_and_no_secret() {
    for line in RECORDING.lines() {
        let exchange: serde_json::Value = serde_json::from_str(line).unwrap();
        if let Some(auth) = exchange["request"]["headers"]["authorization"].as_str() {
            assert!(auth.contains("<credential ") || auth.is_empty(), "{auth}");
            assert!(!auth.contains("eyJ"), "a token was recorded");
        }
        let answer: serde_json::Value =
            serde_json::from_str(exchange["answer"]["body"].as_str().unwrap_or("null"))
                .unwrap_or_default();
        if let Some(secret) = answer.get("secretText") {
            assert_eq!(secret, "<redacted>");
        }
    }
}

#[test]
fn two_recordings_compare_alike_and_a_changed_answer_is_named() {
    let before = read_recording(RECORDING).unwrap();
    let same = clientreg_mock::check::compare_recordings(&before, &before);
    assert_eq!(failures(&same), Vec::<String>::new());
    let mut after = before.clone();
    let at = after
        .iter()
        .position(|e| e.answer.status == 403)
        .expect("a 403 in the corpus");
    after[at].answer.status = 200;
    let changed = failures(&clientreg_mock::check::compare_recordings(&before, &after));
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(
        changed[0].contains("status: was 403, now 200"),
        "{changed:?}"
    );
}

/// A later difference on a client that an announced divergence left otherwise than recorded
/// is that divergence's knock-on: named with its exchange number, and explained. Here the real
/// service reads `isValid: null` as not given and applies the update; the contract refuses it
/// (announced), so the next read differs in the name.
#[tokio::test]
async fn a_difference_an_announced_divergence_caused_is_named_its_knock_on() {
    let id = "1b498385-a286-4c0e-a85a-5cb696e2a569";
    let exchange = |method: &str,
                    path: &str,
                    body: serde_json::Value,
                    status: u16,
                    answer: serde_json::Value| {
        serde_json::json!({
            "version": 2,
            "time": "2026-12-07T00:00:00Z",
            "latency_us": 1,
            "request": {
                "method": method,
                "path": path,
                "headers": {"authorization": "Bearer <credential 1: jwt>", "content-type": "application/json"},
                "body": if body.is_null() { String::new() } else { body.to_string() },
            },
            "answer": {"status": status, "headers": {}, "body": answer.to_string()},
        })
        .to_string()
    };
    let client = |name: &str| serde_json::json!({"id": id, "isInternal": false, "isValid": true, "name": name, "redirectUrls": [], "requiresSecret": true});
    let mut details = client("renamed");
    details["censoredClientSecrets"] = serde_json::json!([]);
    let recording = [
        exchange(
            "POST",
            "/auth/api/login/client",
            serde_json::json!({"name": "first", "redirectUrls": [], "validScopes": []}),
            201,
            client("first"),
        ),
        exchange(
            "PUT",
            &format!("/auth/api/login/client/{id}"),
            serde_json::json!({"name": "renamed", "redirectUrls": [], "validScopes": [], "isValid": null}),
            200,
            client("renamed"),
        ),
        exchange("GET", &format!("/auth/api/login/client/{id}"), serde_json::Value::Null, 200, details),
    ]
    .join("\n");
    let exchanges = read_recording(&recording).expect("the recording reads");
    let mock = MockServer::builder()
        .profile(Profile::Contract)
        .start()
        .await;
    let results = replayed_against(&exchanges, &mock).await;
    assert_eq!(failures(&results), Vec::<String>::new());
    let detail = results[2].detail.as_deref().unwrap_or_default();
    assert!(
        detail.starts_with(&format!(
            "knock-on of #2, an announced divergence that left {id} otherwise than recorded: /name: recorded \"renamed\", replayed \"first\""
        )),
        "{detail}"
    );
}

/// A mock not told the recorded deployment's URL answers other redirect URLs for the built-in
/// clients, and replay says which URL to tell it.
#[tokio::test]
async fn replay_names_the_deployment_url_a_mock_was_not_told() {
    let exchanges = read_recording(RECORDING).expect("the checked-in recording reads");
    let mock = MockServer::builder()
        .profile(Profile::Upstream)
        .start()
        .await;
    let results = replayed_against(&exchanges, &mock).await;
    let hint = format!("--gropius-endpoint {}", recorded_deployment());
    let failed = failures(&results);
    assert!(!failed.is_empty());
    assert!(failed.iter().all(|f| f.contains(&hint)), "{failed:#?}");
}
