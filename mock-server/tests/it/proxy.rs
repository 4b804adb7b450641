//! `clientreg_mock::proxy` over real sockets, in front of the mock (both profiles), a broken
//! stand-in and a dead upstream: what passes through unchanged, what is flagged and why.

use std::time::Duration;

use clientreg_mock::config::MockConfig;
use clientreg_mock::proxy::{ProxyConfig, ProxyServer};
use clientreg_mock::{JournalQuery, MockServer, Profile};
use serde_json::{Value, json};
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::support::{AUTIONAL, GROPIUS};

async fn proxy_to(upstream: &str) -> ProxyServer {
    let config = ProxyConfig {
        upstream_timeout: Duration::from_secs(5),
        ..ProxyConfig::new(upstream)
    };
    ProxyServer::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

fn flagged(proxy: &ProxyServer) -> Vec<(String, String, Vec<String>)> {
    proxy
        .journal(&JournalQuery {
            violations: Some(true),
            ..JournalQuery::default()
        })
        .entries
        .into_iter()
        .map(|e| (e.method, e.path, e.violations))
        .collect()
}

async fn create_autional(base: &str, tenant: Option<&str>, body: Value) -> reqwest::Response {
    let mut request = reqwest::Client::new()
        .post(format!("{base}{AUTIONAL}"))
        .header("x-api-key", "dev-api-key")
        .json(&body);
    if let Some(tenant) = tenant {
        request = request.header("x-tenant-id", tenant);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn valid_traffic_passes_through_unchanged_and_unflagged() {
    let upstream = MockServer::builder().seed(7).start().await;
    let proxy = proxy_to(&upstream.base_url()).await;
    let http = reqwest::Client::new();

    let list = |base: String| {
        let http = http.clone();
        async move {
            let answer = http
                .get(format!("{base}{GROPIUS}"))
                .bearer_auth("dev-admin-token")
                .send()
                .await
                .unwrap();
            let content_type = answer.headers()["content-type"].clone();
            (answer.status(), content_type, answer.bytes().await.unwrap())
        }
    };
    assert_eq!(
        list(proxy.base_url()).await,
        list(upstream.base_url()).await,
        "byte for byte"
    );

    let created = create_autional(
        &proxy.base_url(),
        Some("t1"),
        json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}),
    )
    .await;
    assert_eq!(created.status(), 201);
    let body: Value = created.json().await.unwrap();
    let stored = upstream.autional_clients("t1");
    assert_eq!(
        body["data"]["client_id"],
        stored[0].client_id.as_str(),
        "the upstream's answer"
    );

    assert!(flagged(&proxy).is_empty(), "{:?}", flagged(&proxy));
    let page = proxy.journal(&JournalQuery::default());
    assert_eq!(page.total, 2);
    assert!(
        page.entries
            .iter()
            .all(|e| e.headers.values().all(|v| !v.contains("dev-"))),
        "a credential reached the journal"
    );
}

#[tokio::test]
async fn a_request_that_breaks_a_rule_and_the_upstream_quirks_are_flagged() {
    let upstream = MockServer::builder()
        .profile(Profile::Upstream)
        .start()
        .await;
    let proxy = proxy_to(&upstream.base_url()).await;
    let missing_tenant = create_autional(
        &proxy.base_url(),
        None,
        json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}),
    )
    .await;
    assert_eq!(
        missing_tenant.status(),
        400,
        "the upstream's refusal, passed on"
    );
    let public_with_secret = create_autional(
        &proxy.base_url(),
        Some("t1"),
        json!({"name": "n", "redirect_uris": ["https://a.example/cb"], "is_confidential": false,
               "client_auth_methods": ["client_secret_basic"]}),
    )
    .await;
    assert_eq!(public_with_secret.status(), 400);
    let no_lists = reqwest::Client::new()
        .post(format!("{}{GROPIUS}", proxy.base_url()))
        .bearer_auth("dev-admin-token")
        .json(&json!({"name": "c"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        no_lists.status(),
        500,
        "the real service's crash, passed on"
    );

    let flagged = flagged(&proxy);
    assert_eq!(flagged.len(), 3, "{flagged:#?}");
    let said = |i: usize| flagged[i].2.join(" | ");
    // Newest first.
    assert!(
        said(0).contains("redirectUrls") && said(0).contains("required"),
        "{}",
        said(0)
    );
    assert!(
        said(1).contains("the request breaks the schema"),
        "{}",
        said(1)
    );
    assert!(said(2).contains("no x-tenant-id header"), "{}", said(2));
}

#[tokio::test]
async fn a_broken_stand_in_is_flagged_at_each_planted_violation() {
    let stand_in = wiremock::MockServer::start().await;
    let contract = clientreg_mock::wiremock::MountableMock::new(&MockConfig::default()).unwrap();
    Mock::given(method("GET"))
        .and(path(GROPIUS))
        .respond_with(
            ResponseTemplate::new(418)
                .set_body_json(json!({"statusCode": 418, "message": "teapot"})),
        )
        .with_priority(1)
        .mount(&stand_in)
        .await;
    Mock::given(method("POST"))
        .and(path(AUTIONAL))
        .respond_with(ResponseTemplate::new(201).set_body_json(
            json!({"code": 7, "message": "success", "timestamp": "2026-12-01T00:00:00Z", "data": {}}),
        ))
        .with_priority(1)
        .mount(&stand_in)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("{GROPIUS}/gropius-auth-client")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 1})))
        .with_priority(1)
        .mount(&stand_in)
        .await;
    Mock::given(any())
        .respond_with(contract.responder())
        .with_priority(clientreg_mock::wiremock::CONTRACT_PRIORITY)
        .mount(&stand_in)
        .await;
    let proxy = proxy_to(&stand_in.uri()).await;
    let http = reqwest::Client::new();
    let base = proxy.base_url();
    let teapot = http
        .get(format!("{base}{GROPIUS}"))
        .bearer_auth("dev-admin-token")
        .send()
        .await
        .unwrap();
    assert_eq!(teapot.status(), 418, "passed on as the upstream sent it");
    create_autional(
        &base,
        Some("t1"),
        json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}),
    )
    .await;
    http.get(format!("{base}{GROPIUS}/gropius-auth-client"))
        .bearer_auth("dev-admin-token")
        .send()
        .await
        .unwrap();
    let fine = http
        .post(format!("{base}{GROPIUS}"))
        .bearer_auth("dev-admin-token")
        .json(&json!({"name": "c", "redirectUrls": [], "validScopes": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(fine.status(), 201);

    let flagged = flagged(&proxy);
    assert_eq!(
        flagged.len(),
        3,
        "the valid create is not flagged: {flagged:#?}"
    );
    let said = |i: usize| flagged[i].2.join(" | ");
    assert!(
        said(0).contains("the contract declares string, the answer has")
            || said(0).contains("is required and missing"),
        "{}",
        said(0)
    );
    assert!(said(1).contains("has code 7"), "{}", said(1));
    assert!(
        said(2).contains("418, which the contract does not declare"),
        "{}",
        said(2)
    );
}

#[tokio::test]
async fn a_dead_upstream_is_a_502_in_the_service_s_shape_and_journaled() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = closed.local_addr().unwrap();
    drop(closed);
    let proxy = proxy_to(&format!("http://{address}")).await;
    let answer = create_autional(
        &proxy.base_url(),
        Some("t1"),
        json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}),
    )
    .await;
    assert_eq!(answer.status(), 502);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["code"], 50200001);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .starts_with("the upstream did not answer")
    );
    let gropius = reqwest::Client::new()
        .get(format!("{}{GROPIUS}", proxy.base_url()))
        .bearer_auth("dev-admin-token")
        .send()
        .await
        .unwrap();
    let body: Value = gropius.json().await.unwrap();
    assert_eq!(body["statusCode"], 502);
    let page = proxy.journal(&JournalQuery::default());
    assert_eq!(page.total, 2);
    assert!(
        page.entries
            .iter()
            .all(|e| e.status == Some(502) && !e.violations.is_empty())
    );
}

/// A body over the limit is answered by the proxy itself, in the service's shape, whatever the
/// credential (a real one, unknown to any mock), and never reaches the upstream.
#[tokio::test]
async fn an_oversized_request_is_a_413_in_the_service_s_shape_whatever_its_credential() {
    let upstream = clientreg_mock::MockServer::start().await;
    let config = ProxyConfig {
        body_limit: 1024,
        ..ProxyConfig::new(upstream.base_url())
    };
    let proxy = ProxyServer::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let oversized = "x".repeat(4096);
    let http = reqwest::Client::new();
    let autional = http
        .post(format!("{}{AUTIONAL}", proxy.base_url()))
        .header("x-api-key", "a-production-key-no-mock-knows")
        .header("x-tenant-id", "t1")
        .header("content-type", "application/json")
        .body(oversized.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(autional.status(), 413);
    let body: Value = autional.json().await.unwrap();
    assert_eq!(body["code"], 41300001);
    assert_eq!(
        body["message"],
        "request body exceeds the limit of 1024 bytes"
    );
    let gropius = http
        .post(format!("{}{GROPIUS}", proxy.base_url()))
        .bearer_auth("a-production-token-no-mock-knows")
        .header("content-type", "application/json")
        .body(oversized)
        .send()
        .await
        .unwrap();
    assert_eq!(gropius.status(), 413);
    let body: Value = gropius.json().await.unwrap();
    assert_eq!(body["statusCode"], 413);
    assert_eq!(body["message"], "request entity too large");
    assert_eq!(upstream.journal(&JournalQuery::default()).total, 0);
    let page = proxy.journal(&JournalQuery::default());
    assert_eq!(page.total, 2);
    assert!(page.entries.iter().all(|e| e.status == Some(413)));
}

/// The proxy's admin API is what a proxy has: a route it does not have (faults, stored
/// clients, known users) is a `404` saying what it has, never a `201` that does nothing.
#[tokio::test]
async fn the_proxy_s_admin_api_has_no_route_that_does_nothing() {
    let upstream = clientreg_mock::MockServer::start().await;
    let proxy = proxy_to(&upstream.base_url()).await;
    let http = reqwest::Client::new();
    let fault = http
        .post(format!("{}/__mock/faults", proxy.base_url()))
        .json(&json!({"method": "POST", "path": AUTIONAL, "status": 503}))
        .send()
        .await
        .unwrap();
    assert_eq!(fault.status(), 404);
    let body: Value = fault.json().await.unwrap();
    let message = body["message"].as_str().unwrap();
    assert!(message.contains("/__mock/journal"), "{message}");
    for (method, path) in [
        ("GET", "/__mock/faults"),
        ("GET", "/__mock/stats"),
        ("GET", "/__mock/gropius/clients"),
        ("POST", "/__mock/gropius/users"),
    ] {
        let answer = http
            .request(
                method.parse().unwrap(),
                format!("{}{path}", proxy.base_url()),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 404, "{method} {path}");
    }
    // What it has works: traffic is forwarded (no fault answered it), journaled, and reset.
    let created = create_autional(
        &proxy.base_url(),
        Some("t1"),
        json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}),
    )
    .await;
    assert_eq!(created.status(), 201);
    let health = http
        .get(format!("{}/__mock/health", proxy.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let wrong_method = http
        .get(format!("{}/__mock/reset", proxy.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_method.status(), 405);
    assert_eq!(wrong_method.headers()["allow"], "POST");
    assert_eq!(proxy.journal(&JournalQuery::default()).total, 1);
    let reset = http
        .post(format!(
            "{}/__mock/reset?service=autional",
            proxy.base_url()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(reset.status(), 204);
    assert_eq!(proxy.journal(&JournalQuery::default()).total, 0);
}

mod recording {
    use super::*;
    use clientreg_mock::check::{ReplaySettings, read_recording, replay};
    use clientreg_mock::check::{TargetCredentials, TrialOutcome};

    async fn recording_proxy(upstream: &str, file: &std::path::Path) -> ProxyServer {
        let config = ProxyConfig {
            upstream_timeout: Duration::from_secs(5),
            record: Some(file.to_path_buf()),
            ..ProxyConfig::new(upstream)
        };
        ProxyServer::start(config, "127.0.0.1:0".parse().unwrap())
            .await
            .unwrap()
    }

    fn settings(target: String) -> ReplaySettings {
        ReplaySettings {
            target,
            credentials: TargetCredentials {
                api_key: Some("dev-api-key".into()),
                admin_token: Some("dev-admin-token".into()),
                user_token: Some("dev-user-token".into()),
                ..TargetCredentials::default()
            },
            timeout: Duration::from_secs(5),
            services: clientreg_mock::Service::ALL.to_vec(),
            target_ca: None,
        }
    }

    fn failed(results: &[clientreg_mock::check::TrialResult]) -> Vec<(String, String)> {
        results
            .iter()
            .filter(|r| r.outcome == TrialOutcome::Fail)
            .map(|r| (r.name.clone(), r.detail.clone().unwrap_or_default()))
            .collect()
    }

    /// Traffic of both services: successes, a refusal, and what meets the upstream quirks.
    async fn traffic(base: &str) {
        let http = reqwest::Client::new();
        create_autional(
            base,
            Some("t1"),
            json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}),
        )
        .await;
        create_autional(
            base,
            Some("t1"),
            json!({"name": "n", "redirect_uris": ["http://a.example/cb"]}),
        )
        .await;
        let created: Value = http
            .post(format!("{base}{GROPIUS}"))
            .bearer_auth("dev-admin-token")
            .json(&json!({"name": "c", "redirectUrls": ["https://a.example/cb"], "validScopes": ["backend"]}))
            .send().await.unwrap().json().await.unwrap();
        let id = created["id"].as_str().unwrap();
        let secret = http
            .post(format!("{base}{GROPIUS}/{id}/client-secret"))
            .bearer_auth("dev-admin-token")
            .send()
            .await
            .unwrap();
        assert_eq!(secret.status(), 201);
        http.get(format!("{base}{GROPIUS}"))
            .bearer_auth("dev-user-token")
            .send()
            .await
            .unwrap();
        http.post(format!("{base}{GROPIUS}"))
            .bearer_auth("dev-admin-token")
            .json(&json!({"name": "c", "redirectUrls": [], "validScopes": ["login"]}))
            .send()
            .await
            .unwrap();
        http.post(format!("{base}{GROPIUS}"))
            .bearer_auth("dev-admin-token")
            .json(&json!({"name": "c"}))
            .send()
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn the_upstream_profile_replayed_on_the_default_mock_differs_exactly_at_its_quirks() {
        let dir = std::env::temp_dir().join(format!("proxy-record-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("upstream.jsonl");
        let _ = std::fs::remove_file(&file);
        let upstream = MockServer::builder()
            .profile(Profile::Upstream)
            .start()
            .await;
        let proxy = recording_proxy(&upstream.base_url(), &file).await;
        traffic(&proxy.base_url()).await;
        proxy.shutdown().await;

        let text = std::fs::read_to_string(&file).unwrap();
        for secret in ["dev-api-key", "dev-admin-token", "dev-user-token"] {
            assert!(!text.contains(secret), "a credential was recorded");
        }
        let exchanges = read_recording(&text).unwrap();
        assert_eq!(exchanges.len(), 7);
        let body = |i: usize| serde_json::from_str::<Value>(&exchanges[i].answer.body).unwrap();
        assert_eq!(body(0)["data"]["client_secret"], "<redacted>");
        assert_eq!(body(3)["secretText"], "<redacted>");
        // Each credential is a pseudonym, the same for the same credential, with its form.
        let authorization = |i: usize| exchanges[i].request.headers["authorization"].clone();
        assert_eq!(authorization(4), "Bearer <credential 3: malformed>");
        assert_eq!(authorization(2), authorization(3), "the admin's, twice");

        let same = MockServer::builder()
            .profile(Profile::Upstream)
            .start()
            .await;
        let results = replay(&exchanges, &settings(same.base_url()))
            .await
            .unwrap();
        assert_eq!(
            failed(&results),
            vec![],
            "the same upstream differs nowhere"
        );

        let contract = MockServer::start().await;
        let results = replay(&exchanges, &settings(contract.base_url()))
            .await
            .unwrap();
        // The contract profile answers the quirks otherwise, and announces each: explained.
        assert_eq!(failed(&results), vec![]);
        let announced: Vec<&str> = results
            .iter()
            .filter(|r| {
                r.detail
                    .as_deref()
                    .is_some_and(|d| d.starts_with("announced divergence"))
            })
            .map(|r| r.name.as_str())
            .collect();
        assert_eq!(
            announced,
            [
                "#6 POST /auth/api/login/client",
                "#7 POST /auth/api/login/client"
            ]
        );
    }

    #[tokio::test]
    async fn a_broken_stand_in_replayed_on_the_mock_differs_exactly_where_planted() {
        let dir = std::env::temp_dir().join(format!("proxy-record-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("stand-in.jsonl");
        let _ = std::fs::remove_file(&file);
        let stand_in = wiremock::MockServer::start().await;
        let contract =
            clientreg_mock::wiremock::MountableMock::new(&MockConfig::default()).unwrap();
        Mock::given(method("GET"))
            .and(path(GROPIUS))
            .respond_with(
                ResponseTemplate::new(418)
                    .set_body_json(json!({"statusCode": 418, "message": "teapot"})),
            )
            .with_priority(1)
            .mount(&stand_in)
            .await;
        Mock::given(method("POST"))
            .and(path(AUTIONAL))
            .and(wiremock::matchers::header("x-tenant-id", "t2"))
            .respond_with(ResponseTemplate::new(400).set_body_json(
                json!({"code": 40000009, "message": "tenant refused", "timestamp": "2026-12-01T00:00:00Z"}),
            ))
            .with_priority(1)
            .mount(&stand_in)
            .await;
        Mock::given(any())
            .respond_with(contract.responder())
            .with_priority(clientreg_mock::wiremock::CONTRACT_PRIORITY)
            .mount(&stand_in)
            .await;
        let proxy = recording_proxy(&stand_in.uri(), &file).await;
        let base = proxy.base_url();
        let http = reqwest::Client::new();
        http.get(format!("{base}{GROPIUS}"))
            .bearer_auth("dev-admin-token")
            .send()
            .await
            .unwrap();
        create_autional(
            &base,
            Some("t1"),
            json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}),
        )
        .await;
        create_autional(
            &base,
            Some("t2"),
            json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}),
        )
        .await;
        proxy.shutdown().await;

        let exchanges = read_recording(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let mock = MockServer::start().await;
        let results = replay(&exchanges, &settings(mock.base_url()))
            .await
            .unwrap();
        let failed = failed(&results);
        let names: Vec<&str> = failed.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "#1 GET /auth/api/login/client",
                "#3 POST /internal/oauth/clients"
            ],
            "{failed:#?}"
        );
        assert!(
            failed[0].1.contains("status: recorded 418, replayed 200"),
            "{}",
            failed[0].1
        );
        assert!(
            failed[1].1.contains("/code: recorded 40000009, replayed 0"),
            "{}",
            failed[1].1
        );
    }

    #[tokio::test]
    async fn replay_from_the_binary_reports_as_verify_does() {
        let file =
            std::env::temp_dir().join(format!("proxy-record-bin-{}.jsonl", std::process::id()));
        let _ = std::fs::remove_file(&file);
        let upstream = MockServer::start().await;
        let proxy = recording_proxy(&upstream.base_url(), &file).await;
        create_autional(
            &proxy.base_url(),
            Some("t1"),
            json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}),
        )
        .await;
        proxy.shutdown().await;
        let target = MockServer::start().await;
        let output = tokio::process::Command::new(crate::support::BINARY)
            .args([
                "replay",
                "--recording",
                file.to_str().unwrap(),
                "--target",
                &target.base_url(),
                "--format",
                "json",
            ])
            .env_clear()
            .output()
            .await
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(
            report["summary"],
            json!({"passed": 1, "failed": 0, "skipped": 0})
        );
        assert_eq!(report["trials"][0]["outcome"], "pass");
        let broken = tokio::process::Command::new(crate::support::BINARY)
            .args([
                "replay",
                "--recording",
                "/nonexistent.jsonl",
                "--target",
                &target.base_url(),
            ])
            .output()
            .await
            .unwrap();
        assert_eq!(broken.status.code(), Some(2));
    }
}

/// An upstream that is not an http(s) URL is refused at start, not answered 502 per request.
#[tokio::test]
async fn an_upstream_that_is_not_an_http_url_is_refused_at_start() {
    for upstream in [
        "auth.staging.example.com",
        "127.0.0.1:9",
        "not a url",
        "ftp://files.example.com",
        "http://",
    ] {
        let started =
            ProxyServer::start(ProxyConfig::new(upstream), "127.0.0.1:0".parse().unwrap()).await;
        match started {
            Err(clientreg_mock::StartError::Config(clientreg_mock::ConfigError::Upstream(
                given,
            ))) => {
                assert_eq!(given, upstream);
            }
            other => panic!("{upstream}: {other:?}"),
        }
    }
    for upstream in ["http://127.0.0.1:9", "https://auth.example.com/base/"] {
        let started =
            ProxyServer::start(ProxyConfig::new(upstream), "127.0.0.1:0".parse().unwrap()).await;
        assert!(started.is_ok(), "{upstream}: {started:?}");
    }
}
