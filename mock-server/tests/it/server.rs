//! The mock over HTTP: the SDK against it for every documented status, the limits and routes
//! the adapter handles, and the server's lifetime.

use clientreg_mock::{MockServer, Profile};
use clientreg_sdk::autional::{self, types::CreateClientRequest};
use clientreg_sdk::gropius::{
    self,
    types::{AuthClientScope, CreateAuthClientInput},
};
use serde_json::{Value, json};

fn request() -> clientreg_sdk::autional::types::builder::CreateClientRequest {
    CreateClientRequest::builder()
        .name("My Application")
        .redirect_uris(vec!["https://app.example.com/callback".to_string()])
}

#[tokio::test]
async fn the_autional_sdk_reads_every_documented_status_from_the_mock() {
    let server = MockServer::builder().body_limit(4096).start().await;
    let client = autional::Client::new(&server.base_url(), "dev-api-key").unwrap();

    let created = client.create_client("tenant-1", request()).await.unwrap();
    assert_eq!(created.status.as_deref(), Some("active"));
    assert_eq!(
        server.autional_clients("tenant-1")[0].client_id,
        created.client_id.clone().unwrap()
    );

    let invalid = client
        .create_client(
            "tenant-1",
            request().redirect_uris(vec!["http://example.com/cb".to_string()]),
        )
        .await
        .unwrap_err();
    let api = invalid.api().unwrap();
    assert_eq!((api.status.as_u16(), api.code), (400, 40000002));
    assert!(
        api.message
            .starts_with("redirect_uris[0]: http is only allowed"),
        "{}",
        api.message
    );

    let wrong_key = autional::Client::new(&server.base_url(), "not-the-key").unwrap();
    let unauthenticated = wrong_key
        .create_client("tenant-1", request())
        .await
        .unwrap_err();
    assert_eq!(
        unauthenticated.api().map(|a| (a.status.as_u16(), a.code)),
        Some((401, 40100001))
    );

    let too_large = client
        .create_client(
            "tenant-1",
            request()
                .name("n".repeat(200))
                .redirect_uris(vec![format!("https://a.example/{}", "p".repeat(5000))]),
        )
        .await
        .unwrap_err();
    assert_eq!(
        too_large.api().map(|a| (a.status.as_u16(), a.code)),
        Some((413, 41300001))
    );

    assert_eq!(
        server.autional_clients("tenant-1").len(),
        1,
        "only the valid call stored"
    );
}

#[tokio::test]
async fn the_autional_tenant_header_rule_answers_through_http() {
    let server = MockServer::start().await;
    let response = reqwest::Client::new()
        .post(format!("{}/internal/oauth/clients", server.base_url()))
        .header("x-api-key", "dev-api-key")
        .json(&json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], 40000003);
}

#[tokio::test]
async fn the_gropius_sdk_reads_every_documented_status_from_the_mock() {
    let server = MockServer::builder().body_limit(4096).start().await;
    let admin = gropius::Client::new(&server.base_url(), "dev-admin-token").unwrap();

    let created = admin
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("My Client")
                .redirect_urls(vec!["https://example.com/cb".to_string()])
                .valid_scopes(vec![AuthClientScope::Backend, AuthClientScope::Login]),
        )
        .await
        .unwrap();
    assert_eq!(created.valid_scopes, None, "never sent, read as not sent");
    assert_eq!(server.gropius_clients()[0].client.id, created.id);

    let cases: Vec<(gropius::Client, CreateAuthClientInput, u16, &str)> = vec![
        (
            admin.clone(),
            CreateAuthClientInput::builder()
                .name("c")
                .valid_scopes(vec![])
                .redirect_urls(vec!["nope".to_string()])
                .try_into()
                .unwrap(),
            400,
            "Invalid redirect url: Invalid URL",
        ),
        (
            gropius::Client::new(&server.base_url(), "bad-token").unwrap(),
            CreateAuthClientInput::builder()
                .name("c")
                .redirect_urls(vec![])
                .valid_scopes(vec![])
                .try_into()
                .unwrap(),
            401,
            "Invalid access token: jwt malformed",
        ),
        (
            gropius::Client::new(&server.base_url(), "dev-user-token").unwrap(),
            CreateAuthClientInput::builder()
                .name("c")
                .redirect_urls(vec![])
                .valid_scopes(vec![])
                .try_into()
                .unwrap(),
            403,
            "Forbidden resource",
        ),
        (
            admin.clone(),
            CreateAuthClientInput::builder()
                .name("c")
                .redirect_urls(vec![])
                .valid_scopes(vec![])
                .client_credential_flow_user(Some("ghost".to_string()))
                .try_into()
                .unwrap(),
            404,
            "User with given id not found",
        ),
        (
            admin.clone(),
            CreateAuthClientInput::builder()
                .name("n".repeat(5000))
                .redirect_urls(vec![])
                .valid_scopes(vec![])
                .try_into()
                .unwrap(),
            413,
            "request entity too large",
        ),
    ];
    for (client, input, status, message) in cases {
        let error = client.create_auth_client(input).await.unwrap_err();
        let api = error.api().unwrap_or_else(|| panic!("{status}: {error:?}"));
        assert_eq!(
            (api.status.as_u16(), api.message.as_str()),
            (status, message)
        );
    }
    assert_eq!(server.gropius_clients().len(), 1);
}

#[tokio::test]
async fn the_sdk_survives_the_upstream_profile_because_it_always_sends_both_lists() {
    let server = MockServer::builder()
        .profile(Profile::Upstream)
        .start()
        .await;
    let admin = gropius::Client::new(&server.base_url(), "dev-admin-token").unwrap();
    let refused = admin
        .create_auth_client(CreateAuthClientInput::builder().name("bare"))
        .await
        .expect_err("the builder needs both lists");
    assert!(
        matches!(refused, clientreg_sdk::Error::InvalidRequest(_)),
        "refused before sending: {refused}"
    );
    let created = admin
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("bare")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .expect("no 500: the SDK sent redirectUrls and validScopes although both were empty");
    assert_eq!(
        created.valid_scopes, None,
        "upstream leaves validScopes out; the SDK reads that as not sent"
    );

    let raw = reqwest::Client::new()
        .post(format!("{}/auth/api/login/client", server.base_url()))
        .bearer_auth("dev-admin-token")
        .json(&json!({"name": "bare"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        raw.status(),
        500,
        "a client that leaves the lists out does hit the quirk"
    );
}

#[tokio::test]
async fn outside_the_contract_answers_are_clean_json() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    let base = server.base_url();

    let unknown = http.get(format!("{base}/nowhere")).send().await.unwrap();
    assert_eq!(unknown.status(), 404);
    assert!(
        unknown.json::<Value>().await.unwrap()["message"]
            .as_str()
            .unwrap()
            .contains("/nowhere")
    );

    for (method, path, allow) in [
        ("GET", "/internal/oauth/clients", "POST"),
        ("PATCH", "/auth/api/login/client", "GET, POST"),
        ("POST", "/auth/api/login/client/some-id", "GET, PUT, DELETE"),
        (
            "GET",
            "/auth/api/login/client/some-id/client-secret/f1",
            "DELETE",
        ),
    ] {
        let wrong = http
            .request(method.parse().unwrap(), format!("{base}{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(wrong.status(), 405, "{method} {path}");
        assert_eq!(wrong.headers()["allow"], allow);
        assert!(wrong.json::<Value>().await.unwrap()["message"].is_string());
    }
    let health = http
        .post(format!("{base}/__mock/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (
            health.status().as_u16(),
            health.headers()["allow"].to_str().unwrap()
        ),
        (405, "GET")
    );

    let ok = http
        .get(format!("{base}/__mock/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.json::<Value>().await.unwrap(), json!({"status": "ok"}));
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_in_each_api_s_own_shape_and_stores_nothing() {
    let server = MockServer::builder().body_limit(64).start().await;
    let http = reqwest::Client::new();
    let big = json!({"name": "x".repeat(100), "redirect_uris": ["https://a.example/cb"]});

    let autional = http
        .post(format!("{}/internal/oauth/clients", server.base_url()))
        .header("x-api-key", "dev-api-key")
        .header("x-tenant-id", "t")
        .json(&big)
        .send()
        .await
        .unwrap();
    assert_eq!(autional.status(), 413);
    assert_eq!(autional.json::<Value>().await.unwrap()["code"], 41300001);

    // Express's body parser answers before the guard: no token needed to get a 413.
    let gropius = http
        .post(format!("{}/auth/api/login/client", server.base_url()))
        .json(&big)
        .send()
        .await
        .unwrap();
    assert_eq!(gropius.status(), 413);
    assert_eq!(
        gropius.json::<Value>().await.unwrap(),
        json!({"statusCode": 413, "message": "request entity too large"})
    );
    assert!(server.autional_clients("t").is_empty());
    assert!(server.gropius_clients().is_empty());
}

#[tokio::test]
async fn a_dropped_server_stops_listening() {
    let server = MockServer::start().await;
    let address = server.address();
    drop(server);
    let mut refused = false;
    for _ in 0..50 {
        if tokio::net::TcpStream::connect(address).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(refused, "still accepting connections after drop");
}

#[tokio::test]
async fn servers_are_independent() {
    let first = MockServer::start().await;
    let second = MockServer::start().await;
    let client = autional::Client::new(&first.base_url(), "dev-api-key").unwrap();
    client.create_client("t", request()).await.unwrap();
    assert_eq!(first.autional_clients("t").len(), 1);
    assert!(second.autional_clients("t").is_empty());
}
