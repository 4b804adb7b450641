//! `clientreg-mock verify` (the binary) against the mock in each profile and against a
//! deliberately broken stand-in: what passes, what fails and why, what is skipped, what is
//! stored, and the exit status.

use crate::support::BINARY;
use std::collections::BTreeSet;

use clientreg_mock::check::trials;
use clientreg_mock::config::MockConfig;
use clientreg_mock::{MockServer, Profile};
use serde_json::{Value, json};
use wiremock::matchers::{any, body_string_contains, header, method, path};
use wiremock::{Mock, Request, ResponseTemplate};

use super::support::run_binary;

/// The binary's exit status, stdout and stderr.
async fn verify(target: &str, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "verify",
        "--target",
        target,
        "--api-key",
        "dev-api-key",
        "--tenant",
        "t1",
        "--admin-token",
        "dev-admin-token",
        "--user-token",
        "dev-user-token",
        "--known-user",
        "dev-user",
        "--max-rps",
        "1000",
        "--run-id",
        "test-run",
    ];
    args.extend_from_slice(extra);
    run_binary(args).await
}

async fn verify_json(target: &str, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let (status, stdout, stderr) = verify(target, &args).await;
    let report = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}{stderr}"));
    (status, report)
}

/// `service/name` of the trials with this outcome.
fn with_outcome(report: &Value, outcome: &str) -> BTreeSet<String> {
    report["trials"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["outcome"] == outcome)
        .map(|t| {
            format!(
                "{}/{}",
                t["service"].as_str().unwrap(),
                t["name"].as_str().unwrap()
            )
        })
        .collect()
}

fn detail<'a>(report: &'a Value, trial: &str) -> &'a str {
    report["trials"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| {
            format!(
                "{}/{}",
                t["service"].as_str().unwrap(),
                t["name"].as_str().unwrap()
            ) == trial
        })
        .and_then(|t| t["detail"].as_str())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_trial_passes_against_the_default_mock_and_its_gropius_clients_are_deleted() {
    let server = MockServer::start().await;
    let (status, report) = verify_json(&server.base_url(), &["--allow-writes"]).await;
    assert_eq!(status, 0, "{report:#}");
    assert_eq!(report["summary"]["failed"], 0);
    assert_eq!(report["summary"]["skipped"], 0);
    assert_eq!(report["summary"]["passed"], trials().len());
    assert_eq!(
        server.stats().gropius.stored_clients,
        0,
        "every Gropius client deleted"
    );
    let autional = server.autional_clients("t1");
    assert_eq!(
        autional.len(),
        2,
        "the two Autional successes, which cannot be deleted"
    );
    assert!(
        autional
            .iter()
            .all(|c| c.name == "contract-verify test-run")
    );
    let cleanup = report["cleanup"].to_string();
    assert!(
        cleanup.contains("Autional has no API to delete a client"),
        "{cleanup}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn without_allow_writes_nothing_is_stored_and_the_writes_are_skipped() {
    let server = MockServer::start().await;
    let (status, report) = verify_json(&server.base_url(), &[]).await;
    assert_eq!(status, 0, "{report:#}");
    let skipped = with_outcome(&report, "skipped");
    assert!(skipped.contains("gropius/created") && skipped.contains("autional/created"));
    assert!(
        skipped.contains("gropius/update"),
        "a trial with a setup writes"
    );
    for trial in &skipped {
        assert!(detail(&report, trial).contains("--allow-writes"), "{trial}");
    }
    assert!(with_outcome(&report, "pass").contains("autional/tenant_missing"));
    let stats = server.stats();
    assert_eq!(
        stats.autional.stored_clients + stats.gropius.stored_clients,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn against_the_upstream_profile_exactly_the_quirk_trials_fail_each_naming_its_quirk() {
    let server = MockServer::builder()
        .profile(Profile::Upstream)
        .start()
        .await;
    let (status, report) = verify_json(&server.base_url(), &["--allow-writes"]).await;
    assert_eq!(status, 1);
    let quirks: BTreeSet<String> = trials()
        .iter()
        .filter(|t| t.quirk().is_some())
        .map(|t| format!("{}/{}", t.service, t.name))
        .collect();
    assert_eq!(with_outcome(&report, "fail"), quirks);
    for trial in trials().iter() {
        let Some(quirk) = trial.quirk() else { continue };
        let detail = detail(&report, &format!("{}/{}", trial.service, trial.name));
        assert!(
            detail.contains(&format!("known quirk {quirk:?}")),
            "{}: {detail}",
            trial.name
        );
    }
    assert_eq!(
        server.stats().gropius.stored_clients,
        0,
        "cleaned up after failures too"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_stand_in_is_caught_at_each_planted_deviation() {
    let stand_in = wiremock::MockServer::start().await;
    let contract = clientreg_mock::wiremock::MountableMock::new(&MockConfig::default()).unwrap();
    // Planted: a wrong status, a wrong business code, a missing field, a wrong body type.
    Mock::given(method("GET"))
        .and(path("/auth/api/login/client"))
        .and(header("authorization", "Bearer dev-user-token"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"statusCode": 401, "message": "Unauthorized"})),
        )
        .with_priority(1)
        .mount(&stand_in)
        .await;
    Mock::given(method("POST"))
        .and(path("/internal/oauth/clients"))
        .and(|request: &Request| {
            request.headers.contains_key("x-api-key") && !request.headers.contains_key("x-tenant-id")
        })
        .respond_with(ResponseTemplate::new(400).set_body_json(
            json!({"code": 40000001, "message": "X-Tenant-ID header is missing or blank", "timestamp": "2026-12-01T00:00:00Z"}),
        ))
        .with_priority(1)
        .mount(&stand_in)
        .await;
    Mock::given(method("POST"))
        .and(path("/internal/oauth/clients"))
        .and(body_string_contains("verify.example/logo.png"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "code": 0, "message": "success",
            "data": {"name": "contract-verify test-run", "redirect_uris": ["https://verify.example/callback"],
                     "scopes": ["openid"], "logo_url": "https://verify.example/logo.png"}
        })))
        .with_priority(1)
        .mount(&stand_in)
        .await;
    Mock::given(method("GET"))
        .and(path("/auth/api/login/client/gropius-auth-client"))
        .and(header("authorization", "Bearer dev-admin-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "gropius-auth-client", "name": "Gropius auth client", "redirectUrls": "https://x.example",
            "isValid": true, "requiresSecret": true, "isInternal": true, "censoredClientSecrets": [],
            "clientCredentialFlowUser": null
        })))
        .with_priority(1)
        .mount(&stand_in)
        .await;
    Mock::given(any())
        .respond_with(contract.responder())
        .with_priority(clientreg_mock::wiremock::CONTRACT_PRIORITY)
        .mount(&stand_in)
        .await;

    let (status, report) = verify_json(&stand_in.uri(), &["--allow-writes"]).await;
    assert_eq!(status, 1);
    let planted = [
        (
            "gropius/list_needs_an_admin",
            "expected 403 \"Forbidden resource\"…, got 401 \"Unauthorized\"",
        ),
        ("autional/tenant_missing", "expected 400 code 40000003"),
        ("autional/tenant_before_body", "got 400 code 40000001"),
        ("autional/created", "\"timestamp\" is required and missing"),
        (
            "gropius/read_a_built_in_client",
            "at /redirectUrls: the contract declares array, the answer has string",
        ),
    ];
    let expected: BTreeSet<String> = planted.iter().map(|(t, _)| t.to_string()).collect();
    assert_eq!(with_outcome(&report, "fail"), expected, "{report:#}");
    for (trial, says) in planted {
        let detail = detail(&report, trial);
        assert!(detail.contains(says), "{trial}: {detail}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn trials_whose_credentials_were_not_given_are_skipped_saying_which_flag() {
    let server = MockServer::start().await;
    let output = tokio::process::Command::new(BINARY)
        .args([
            "verify",
            "--target",
            &server.base_url(),
            "--api-key",
            "dev-api-key",
            "--tenant",
            "t1",
        ])
        .env_clear()
        .output()
        .await
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("skipped gropius/list: needs --admin-token"),
        "{text}"
    );
    assert!(text.contains("pass    autional/api_key_missing"), "{text}");
    assert!(
        !text.contains("dev-api-key"),
        "a credential was printed:\n{text}"
    );
    assert!(
        text.trim_end().lines().last().unwrap().ends_with("skipped"),
        "a summary line ends it"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_target_and_a_usage_error_exit_2_saying_which() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = closed.local_addr().unwrap();
    drop(closed);
    let (status, _, stderr) = verify(&format!("http://{address}"), &[]).await;
    assert_eq!(status, 2);
    assert!(stderr.contains("unreachable"), "{stderr}");

    let (status, _, stderr) = verify("http://127.0.0.1:1", &["--format", "yaml"]).await;
    assert_eq!(status, 2);
    assert!(stderr.contains("--format"), "{stderr}");
    let (status, _, stderr) = verify("ftp://example.com", &[]).await;
    assert_eq!(status, 2);
    assert!(stderr.contains("not an http(s) URL"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread")]
async fn junit_output_has_a_suite_per_service_and_the_failures() {
    let server = MockServer::builder()
        .profile(Profile::Upstream)
        .start()
        .await;
    let (status, xml, _) =
        verify(&server.base_url(), &["--allow-writes", "--format", "junit"]).await;
    assert_eq!(status, 1);
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(
        xml.contains(r#"<testsuite name="autional""#)
            && xml.contains(r#"<testsuite name="gropius""#)
    );
    assert_eq!(
        xml.matches("<failure").count(),
        trials().iter().filter(|t| t.quirk().is_some()).count()
    );
    assert!(xml.contains("missing-redirect-urls"));
}

#[tokio::test(flavor = "multi_thread")]
async fn environment_twins_stand_for_the_flags() {
    let server = MockServer::start().await;
    let output = tokio::process::Command::new(BINARY)
        .arg("verify")
        .env_clear()
        .env("CLIENTREG_MOCK_VERIFY_TARGET", server.base_url())
        .env("CLIENTREG_MOCK_VERIFY_ADMIN_TOKEN", "dev-admin-token")
        .env("CLIENTREG_MOCK_VERIFY_SERVICES", "gropius")
        .env("CLIENTREG_MOCK_VERIFY_FORMAT", "json")
        .env("CLIENTREG_MOCK_VERIFY_MAX_RPS", "1000")
        .output()
        .await
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(
        report["trials"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["service"] == "gropius")
    );
    assert!(with_outcome(&report, "pass").contains("gropius/list"));
}
