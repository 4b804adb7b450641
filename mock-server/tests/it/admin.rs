//! The admin API, driven through the SDK generated from `openapi/mock-admin.yaml` (and raw HTTP
//! for input the typed client cannot send): one test per route and per fault kind.

use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use clientreg_mock::{FaultSpec, JournalQuery, MockServer, Service};
use clientreg_sdk::mock_admin::{self, types};
use serde_json::{Value, json};

use crate::support::{AUTIONAL, GROPIUS};

async fn create_autional(server: &MockServer, tenant: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}{AUTIONAL}", server.base_url()))
        .header("x-api-key", "dev-api-key")
        .header("x-tenant-id", tenant)
        .json(&json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}))
        .send()
        .await
        .unwrap()
}

async fn create_gropius(server: &MockServer) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}{GROPIUS}", server.base_url()))
        .bearer_auth("dev-admin-token")
        .json(&json!({"name": "c", "redirectUrls": [], "validScopes": []}))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn health_answers_ok() {
    let server = MockServer::start().await;
    let admin = mock_admin::connect(&server.base_url()).unwrap();
    let health = admin.health().send().await.unwrap().into_inner();
    assert_eq!(health.status, types::HealthStatus::Ok);
}

#[tokio::test]
async fn stored_clients_are_listed_with_secrets_redacted() {
    let server = MockServer::start().await;
    let admin = mock_admin::connect(&server.base_url()).unwrap();
    let created: Value = create_autional(&server, "t1").await.json().await.unwrap();
    create_gropius(&server).await;

    let listed = admin
        .list_autional_clients()
        .tenant("t1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        listed[0].client_id.as_deref(),
        created["data"]["client_id"].as_str()
    );
    assert_eq!(listed[0].client_secret.as_deref(), Some("<redacted>"));
    assert!(
        admin
            .list_autional_clients()
            .tenant("t2")
            .send()
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(admin.list_gropius_clients().send().await.unwrap().len(), 1);
}

#[tokio::test]
async fn reset_forgets_one_service_or_both() {
    let server = MockServer::start().await;
    let admin = mock_admin::connect(&server.base_url()).unwrap();
    create_autional(&server, "t1").await;
    create_gropius(&server).await;
    server
        .add_fault(FaultSpec::new("POST", AUTIONAL).delay_ms(1))
        .unwrap();
    server
        .add_fault(FaultSpec::new("POST", GROPIUS).delay_ms(1))
        .unwrap();

    admin
        .reset()
        .service(types::ResetScope::Autional)
        .send()
        .await
        .unwrap();
    assert!(server.autional_clients("t1").is_empty());
    assert_eq!(server.gropius_clients().len(), 1);
    let journal = server.journal(&JournalQuery::default());
    assert!(
        journal
            .entries
            .iter()
            .all(|e| e.service == Some(Service::Gropius))
    );
    assert_eq!(journal.total, 1);
    assert_eq!(server.faults().len(), 1);
    assert_eq!(server.faults()[0].spec.path, GROPIUS);

    admin.reset().send().await.unwrap();
    assert!(server.gropius_clients().is_empty());
    assert_eq!(server.journal(&JournalQuery::default()).total, 0);
    assert!(server.faults().is_empty());
}

#[tokio::test]
async fn bad_admin_input_is_400_with_a_message() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    let base = server.base_url();
    let requests = [
        http.post(format!("{base}/__mock/reset?service=nope")),
        http.get(format!("{base}/__mock/autional/clients")),
        http.get(format!("{base}/__mock/autional/clients?tenantt=t1")),
        http.get(format!("{base}/__mock/journal?status=abc")),
        http.get(format!("{base}/__mock/journal?limit=-1")),
        http.get(format!("{base}/__mock/journal?service=other")),
        http.post(format!("{base}/__mock/faults")).body("not json"),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST"})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 503, "times": 0})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 99})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 503, "times": null})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 503, "times": 2147483648u64})),
        http.get(format!("{base}/__mock/journal?limit=2147483648")),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "delay_ms": 60001})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 500, "drop_connection": true})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "body": "x", "delay_ms": 5})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": "/__mock/health", "status": 500})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": "relative", "status": 500})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "P OST", "path": AUTIONAL, "status": 500})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 500, "colour": "red"})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 500, "headers": [{"name": "bad header", "value": "x"}]})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 500, "headers": [{"name": "x-a", "value": "bell\u{7}"}]})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 500, "headers": [{"name": "x-a"}]})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 500, "headers": {"x-a": "1"}})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "body": null, "delay_ms": 5})),
        http.post(format!("{base}/__mock/faults")).json(&json!({"method": "POST", "path": AUTIONAL, "status": 204, "body": null})),
    ];
    for request in requests {
        let response = request.send().await.unwrap();
        let url = response.url().clone();
        assert_eq!(response.status(), 400, "{url}");
        let body: Value = response.json().await.unwrap();
        assert!(
            !body["message"].as_str().unwrap().is_empty(),
            "{url}: {body}"
        );
    }
    assert!(server.faults().is_empty(), "a refused fault was kept");
    let missing = http
        .delete(format!("{base}/__mock/faults/fault-42"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn fault_headers_keep_their_order_and_repeats_and_a_null_body_is_json() {
    let server = MockServer::start().await;
    server
        .add_fault(
            FaultSpec::new("POST", AUTIONAL)
                .status(500)
                .body(Value::Null)
                .header("x-retry", "1")
                .header("X-Retry", "2")
                .times(1),
        )
        .unwrap();
    let faulted = create_autional(&server, "t1").await;
    assert_eq!(faulted.status(), 500);
    let repeats: Vec<_> = faulted.headers().get_all("x-retry").iter().collect();
    assert_eq!(repeats, ["1", "2"]);
    assert_eq!(faulted.headers()["content-type"], "application/json");
    assert_eq!(faulted.text().await.unwrap(), "null");
}

#[tokio::test]
async fn the_journal_lists_newest_first_filters_and_redacts() {
    let server = MockServer::start().await;
    let admin = mock_admin::connect(&server.base_url()).unwrap();
    create_autional(&server, "t1").await;
    create_gropius(&server).await;
    reqwest::Client::new()
        .post(format!("{}{AUTIONAL}", server.base_url()))
        .header("x-api-key", "wrong")
        .body("x".repeat(5000))
        .send()
        .await
        .unwrap();
    reqwest::get(format!("{}/nowhere", server.base_url()))
        .await
        .unwrap();
    admin.health().send().await.unwrap();

    let all = admin.journal().send().await.unwrap().into_inner();
    assert_eq!(all.total, 4, "admin calls are not journaled");
    let paths: Vec<_> = all.entries.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/nowhere", AUTIONAL, GROPIUS, AUTIONAL],
        "newest first"
    );
    let rejected = &all.entries[1];
    assert_eq!(rejected.status, Some(401));
    assert_eq!(rejected.headers["x-api-key"], "<redacted>");
    assert_eq!(rejected.body.len(), 4096);
    assert!(rejected.body_truncated);
    assert_eq!(all.entries[2].headers["authorization"], "<redacted>");
    assert_eq!(all.entries[3].service, types::ServiceName::Autional);
    assert_eq!(all.entries[0].service, types::ServiceName::Unknown);

    let autional = admin
        .journal()
        .service(types::ServiceName::Autional)
        .send()
        .await
        .unwrap();
    assert_eq!(autional.total, 2);
    let created = admin
        .journal()
        .path(AUTIONAL)
        .status(201)
        .send()
        .await
        .unwrap();
    assert_eq!((created.total, created.entries.len()), (1, 1));
    let gets = admin.journal().method("get").send().await.unwrap();
    assert_eq!(gets.total, 1);
    let limited = admin.journal().limit(1).send().await.unwrap();
    assert_eq!((limited.total, limited.entries.len()), (4, 1));
}

#[tokio::test]
async fn the_journal_keeps_its_size_and_total_counts_every_request() {
    let server = MockServer::builder().journal_capacity(5).start().await;
    for _ in 0..8 {
        create_gropius(&server).await;
    }
    let page = server.journal(&JournalQuery::default());
    assert_eq!(page.entries.len(), 5);
    assert_eq!(page.total, 8);
}

#[tokio::test]
async fn a_status_fault_answers_instead_of_the_contract_and_stores_nothing() {
    let server = MockServer::start().await;
    let admin = mock_admin::connect(&server.base_url()).unwrap();
    let created = admin
        .add_fault()
        .body(
            types::FaultSpec::builder()
                .method("POST")
                .path(AUTIONAL)
                .status(Some(503))
                .body(Some(json!("<html>maintenance</html>")))
                .headers(vec![types::FaultHeader {
                    name: "content-type".to_string(),
                    value: "text/html".to_string(),
                }])
                .times(NonZeroU32::new(1)),
        )
        .send()
        .await
        .unwrap()
        .into_inner();

    let faulted = create_autional(&server, "t1").await;
    assert_eq!(faulted.status(), 503);
    assert_eq!(faulted.headers()["content-type"], "text/html");
    assert_eq!(faulted.text().await.unwrap(), "<html>maintenance</html>");
    assert!(server.autional_clients("t1").is_empty());
    let entry = &server.journal(&JournalQuery::default()).entries[0];
    assert_eq!(
        (entry.status, entry.fault_id.as_deref()),
        (Some(503), Some(created.id.as_str()))
    );

    assert_eq!(
        create_autional(&server, "t1").await.status(),
        201,
        "times exhausted"
    );
    assert!(server.faults().is_empty());
}

#[tokio::test]
async fn a_json_fault_body_is_sent_as_json() {
    let server = MockServer::start().await;
    server
        .add_fault(
            FaultSpec::new("POST", GROPIUS)
                .status(500)
                .body(json!({"statusCode": 500, "message": "boom"})),
        )
        .unwrap();
    let answer = create_gropius(&server).await;
    assert_eq!(answer.status(), 500);
    assert_eq!(answer.headers()["content-type"], "application/json");
    assert_eq!(answer.json::<Value>().await.unwrap()["message"], "boom");
}

#[tokio::test]
async fn a_delay_fault_waits_then_answers_normally() {
    let server = MockServer::start().await;
    server
        .add_fault(FaultSpec::new("POST", AUTIONAL).delay_ms(300).times(1))
        .unwrap();
    let started = Instant::now();
    let answer = create_autional(&server, "t1").await;
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(answer.status(), 201);
    assert_eq!(server.autional_clients("t1").len(), 1);
    let entry = &server.journal(&JournalQuery::default()).entries[0];
    assert!(entry.latency_us >= 300_000, "{}", entry.latency_us);
}

#[tokio::test]
async fn a_drop_fault_closes_the_connection_without_answering() {
    let server = MockServer::start().await;
    server
        .add_fault(FaultSpec::new("POST", GROPIUS).drop_connection().times(1))
        .unwrap();
    let error = reqwest::Client::new()
        .post(format!("{}{GROPIUS}", server.base_url()))
        .bearer_auth("dev-admin-token")
        .json(&json!({"name": "c", "redirectUrls": [], "validScopes": []}))
        .send()
        .await
        .expect_err("no answer expected");
    assert!(
        error.is_request() || error.is_connect() || error.is_body(),
        "{error:?}"
    );
    assert!(server.gropius_clients().is_empty());
    let entry = &server.journal(&JournalQuery::default()).entries[0];
    assert_eq!(entry.status, None);
    assert_eq!(
        create_gropius(&server).await.status(),
        201,
        "the next request is answered"
    );
}

#[tokio::test]
async fn faults_count_down_list_and_clear() {
    let server = MockServer::start().await;
    let admin = mock_admin::connect(&server.base_url()).unwrap();
    let first = server
        .add_fault(FaultSpec::new("POST", AUTIONAL).status(502).times(2))
        .unwrap();
    let second = server
        .add_fault(FaultSpec::new("POST", AUTIONAL).status(504))
        .unwrap();

    assert_eq!(
        create_autional(&server, "t").await.status(),
        502,
        "the oldest applies first"
    );
    let listed = admin.list_faults().send().await.unwrap().into_inner();
    assert_eq!(listed.len(), 2);
    assert_eq!(
        (listed[0].id.as_str(), listed[0].remaining),
        (first.as_str(), Some(1))
    );
    assert_eq!(
        (listed[1].id.as_str(), listed[1].remaining),
        (second.as_str(), None)
    );
    assert_eq!(create_autional(&server, "t").await.status(), 502);
    assert_eq!(
        create_autional(&server, "t").await.status(),
        504,
        "the first is used up"
    );
    assert_eq!(
        create_autional(&server, "t").await.status(),
        504,
        "until cleared"
    );

    admin.remove_fault().id(&second).send().await.unwrap();
    assert_eq!(create_autional(&server, "t").await.status(), 201);

    server
        .add_fault(FaultSpec::new("POST", GROPIUS).status(500))
        .unwrap();
    admin.clear_faults().send().await.unwrap();
    assert!(admin.list_faults().send().await.unwrap().is_empty());
    assert_eq!(create_gropius(&server).await.status(), 201);
}

#[tokio::test]
async fn initial_faults_from_the_builder_apply_from_the_start() {
    let server = MockServer::builder()
        .fault(FaultSpec::new("POST", GROPIUS).status(429).times(1))
        .start()
        .await;
    assert_eq!(create_gropius(&server).await.status(), 429);
    assert_eq!(create_gropius(&server).await.status(), 201);
    let refused = MockServer::builder()
        .fault(FaultSpec::new("POST", GROPIUS))
        .try_start()
        .await
        .unwrap_err();
    assert!(matches!(
        refused,
        clientreg_mock::StartError::Config(clientreg_mock::ConfigError::InitialFault {
            index: 0,
            source: clientreg_mock::FaultError::NoEffect,
            ..
        })
    ));
    assert!(
        refused
            .to_string()
            .contains("needs status, delay_ms or drop_connection"),
        "{refused}"
    );
}

#[tokio::test]
async fn a_gropius_user_made_known_may_be_named_until_the_next_reset() {
    let server = MockServer::start().await;
    let admin = mock_admin::connect(&server.base_url()).unwrap();
    let create_for = |user: &'static str| {
        reqwest::Client::new()
            .post(format!("{}{GROPIUS}", server.base_url()))
            .bearer_auth("dev-admin-token")
            .json(&json!({
                "name": "c", "redirectUrls": [], "validScopes": [], "clientCredentialFlowUser": user
            }))
            .send()
    };
    assert_eq!(create_for("recorded-user").await.unwrap().status(), 404);
    admin
        .add_gropius_user()
        .body(types::KnownUser::builder().id("recorded-user"))
        .send()
        .await
        .unwrap();
    assert_eq!(create_for("recorded-user").await.unwrap().status(), 201);

    for bad in [
        json!({}),
        json!({"id": ""}),
        json!({"id": "a\u{1}b"}),
        json!({"id": "a\u{80}b"}),
        json!({"id": "u", "x": 1}),
    ] {
        let answer = reqwest::Client::new()
            .post(format!("{}/__mock/gropius/users", server.base_url()))
            .json(&bad)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 400, "{bad}");
    }

    server.reset(Some(clientreg_mock::Service::Gropius));
    assert_eq!(create_for("recorded-user").await.unwrap().status(), 404);
    server.add_gropius_user("in-process");
    assert_eq!(create_for("in-process").await.unwrap().status(), 201);
}
