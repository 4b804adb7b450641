//! The Autional thin layer against wiremock: what goes on the wire, and how each answer maps.

use std::time::Duration;

use clientreg_sdk::autional::{self, types::CreateClientRequest};
use clientreg_sdk::{ClientOptions, Error};
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PATH: &str = "/internal/oauth/clients";

fn request() -> clientreg_sdk::autional::types::builder::CreateClientRequest {
    CreateClientRequest::builder()
        .name("My Application")
        .redirect_uris(vec!["https://app.example.com/callback".to_string()])
}

fn envelope(code: i64, message: &str) -> Value {
    json!({"code": code, "message": message, "timestamp": "2026-04-03T12:00:00Z"})
}

fn created() -> Value {
    json!({
        "code": 0, "message": "success", "timestamp": "2026-04-03T12:00:00Z",
        "data": {
            "id": "01JNX8Q3W5T4Z2M6K7P9R0S1AB", "client_id": "app-123",
            "client_secret": "secret_abc123", "name": "My Application",
            "redirect_uris": ["https://app.example.com/callback"],
            "cors_origins": ["https://app.example.com"],
            "grant_types": ["authorization_code", "refresh_token"],
            "scopes": ["openid", "profile", "email"],
            "client_auth_methods": "[\"client_secret_basic\"]",
            "is_confidential": true, "status": "active"
        }
    })
}

async fn answering(status: u16, body: Value) -> (MockServer, autional::Client) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PATH))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    let client = autional::Client::new(&server.uri(), "test-key").unwrap();
    (server, client)
}

#[tokio::test]
async fn sends_api_key_tenant_user_agent_and_json_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PATH))
        .and(header("x-api-key", "test-key"))
        .and(header("x-tenant-id", "tenant-42"))
        .and(header("content-type", "application/json"))
        .and(header(
            "user-agent",
            concat!("clientreg-sdk/", env!("CARGO_PKG_VERSION")),
        ))
        .respond_with(ResponseTemplate::new(201).set_body_json(created()))
        .expect(1)
        .mount(&server)
        .await;
    let client = autional::Client::new(&server.uri(), "test-key").unwrap();

    let client_made = client.create_client("tenant-42", request()).await.unwrap();

    assert_eq!(client_made.client_id.as_deref(), Some("app-123"));
    assert_eq!(client_made.client_secret.as_deref(), Some("secret_abc123"));
    assert_eq!(
        client_made.client_auth_methods().unwrap(),
        vec![autional::types::ClientAuthMethod::ClientSecretBasic]
    );
    let sent: Value = server.received_requests().await.unwrap()[0]
        .body_json()
        .unwrap();
    assert_eq!(sent["name"], "My Application");
    assert_eq!(
        sent["redirect_uris"],
        json!(["https://app.example.com/callback"])
    );
}

#[tokio::test]
async fn a_trailing_slash_on_the_base_url_is_harmless() {
    let (server, _) = answering(201, created()).await;
    let client = autional::Client::new(&format!("{}/", server.uri()), "test-key").unwrap();
    client.create_client("t", request()).await.unwrap();
}

#[tokio::test]
async fn a_non_zero_code_on_a_success_status_is_an_api_error() {
    let (_server, client) = answering(201, envelope(40000002, "name: must not be blank")).await;
    let error = client.create_client("t", request()).await.unwrap_err();
    let api = error.api().expect("an API error");
    assert_eq!(api.status, 201);
    assert_eq!(api.code, 40000002);
}

#[tokio::test]
async fn each_documented_error_status_carries_status_code_message_and_timestamp() {
    for (status, code, message) in [
        (400, 40000002, "redirect_uris: must contain at least 1 item"),
        (400, 40000003, "X-Tenant-ID header is missing or blank"),
        (
            401,
            40100001,
            "X-API-Key header is missing or not a known API key",
        ),
        (
            413,
            41300001,
            "request body exceeds the limit of 1048576 bytes",
        ),
        (500, 50000001, "internal error"),
    ] {
        let (_server, client) = answering(status, envelope(code, message)).await;
        let error = client.create_client("t", request()).await.unwrap_err();
        let Error::Api(api) = &error else {
            panic!("HTTP {status}: expected an API error, got {error:?}");
        };
        assert_eq!(api.status, status);
        assert_eq!(api.code, code);
        assert_eq!(api.message, message);
        assert_eq!(api.timestamp.to_rfc3339(), "2026-04-03T12:00:00+00:00");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert!(error.to_string().contains(message), "{error}");
    }
}

#[tokio::test]
async fn a_500_with_an_html_body_keeps_its_status_and_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(500).set_body_raw("<html>Bad gateway</html>", "text/html"),
        )
        .mount(&server)
        .await;
    let client = autional::Client::new(&server.uri(), "k").unwrap();
    let error = client.create_client("t", request()).await.unwrap_err();
    match &error {
        Error::UnexpectedResponse { status, body, .. } => {
            assert_eq!(*status, Some(reqwest::StatusCode::INTERNAL_SERVER_ERROR));
            assert_eq!(&body[..], b"<html>Bad gateway</html>");
        }
        other => panic!("expected an unexpected answer, got {other:?}"),
    }
    assert!(error.to_string().contains("HTTP 500"), "{error}");
}

#[tokio::test]
async fn a_success_body_that_does_not_decode_is_not_an_api_error() {
    let (_server, client) = answering(201, json!({"code": 0})).await;
    let error = client.create_client("t", request()).await.unwrap_err();
    assert!(
        matches!(error, Error::UnexpectedResponse { status: Some(s), .. } if s == 201),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_undeclared_status_with_the_error_envelope_is_still_an_api_error() {
    let (_server, client) = answering(404, envelope(40400001, "not found")).await;
    let error = client.create_client("t", request()).await.unwrap_err();
    assert_eq!(error.api().map(|a| a.code), Some(40400001));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
}

#[tokio::test]
async fn an_undeclared_status_without_the_envelope_is_an_unexpected_answer() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(502).set_body_string("upstream down"))
        .mount(&server)
        .await;
    let client = autional::Client::new(&server.uri(), "k").unwrap();
    let error = client.create_client("t", request()).await.unwrap_err();
    assert!(
        matches!(&error, Error::UnexpectedResponse { status: Some(s), detail, .. }
            if *s == 502 && detail.contains("does not declare")),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_slow_answer_past_the_timeout_is_a_timeout() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(created())
                .set_delay(Duration::from_secs(5)),
        )
        .mount(&server)
        .await;
    let options = ClientOptions::default().timeout(Duration::from_millis(200));
    let client = autional::Client::with_options(&server.uri(), "k", options).unwrap();
    let error = client.create_client("t", request()).await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert!(matches!(error, Error::Transport(_)));
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = autional::Client::new(&format!("http://{address}"), "k").unwrap();
    let error = client.create_client("t", request()).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_eq!(error.status(), None);
}

#[tokio::test]
async fn a_blank_tenant_or_an_incomplete_request_is_refused_before_sending() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(created()))
        .expect(0)
        .mount(&server)
        .await;
    let client = autional::Client::new(&server.uri(), "k").unwrap();

    let blank_tenant = client.create_client("  ", request()).await.unwrap_err();
    assert!(
        matches!(&blank_tenant, Error::InvalidRequest(m) if m.contains("X-Tenant-ID")),
        "{blank_tenant:?}"
    );
    let no_redirects = CreateClientRequest::builder().name("x");
    let incomplete = client.create_client("t", no_redirects).await.unwrap_err();
    assert!(
        matches!(&incomplete, Error::InvalidRequest(m) if m.contains("redirect_uris")),
        "{incomplete:?}"
    );
}

#[tokio::test]
async fn the_caller_s_own_reqwest_client_still_sends_the_api_key() {
    let server = MockServer::start().await;
    Mock::given(header("x-api-key", "own-key"))
        .respond_with(ResponseTemplate::new(201).set_body_json(created()))
        .expect(1)
        .mount(&server)
        .await;
    let http = reqwest::Client::builder().build().unwrap();
    let client = autional::Client::with_http_client(&server.uri(), "own-key", http).unwrap();
    client.create_client("t", request()).await.unwrap();
}

#[test]
fn the_api_key_never_shows_in_debug_output() {
    let client = autional::Client::new("http://127.0.0.1:1", "super-secret-key").unwrap();
    let debug = format!("{client:?}");
    assert!(!debug.contains("super-secret-key"), "{debug}");
    assert!(debug.contains("x-api-key: <redacted>"), "{debug}");
}

#[test]
fn unusable_construction_inputs_are_errors() {
    assert!(autional::Client::new("not a url", "k").is_err());
    assert!(autional::Client::new("ftp://host", "k").is_err());
    assert!(autional::Client::new("http://host", "").is_err());
    assert!(autional::Client::new("http://host", "line\nbreak").is_err());
}
