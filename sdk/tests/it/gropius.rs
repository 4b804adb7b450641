//! The Gropius thin layer against wiremock: token, the two always-sent lists, error mapping.

use clientreg_sdk::Error;
use clientreg_sdk::gropius::{
    self,
    types::{AuthClientScope, CreateAuthClientInput},
};
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PATH: &str = "/auth/api/login/client";

fn auth_client(with_scopes: bool) -> Value {
    let mut body = json!({
        "id": "12345678-90ab-4def-bedc-ab0987654321", "name": "My Client",
        "redirectUrls": ["https://example.com/cb"], "isValid": true,
        "requiresSecret": true, "isInternal": false
    });
    if with_scopes {
        body["validScopes"] = json!(["backend"]);
    }
    body
}

async fn answering(status: u16, body: Value) -> (MockServer, gropius::Client) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PATH))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    let client = gropius::Client::new(&server.uri(), "admin-token").unwrap();
    (server, client)
}

#[tokio::test]
async fn sends_the_bearer_token_and_always_both_lists() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PATH))
        .and(header("authorization", "Bearer admin-token"))
        .respond_with(ResponseTemplate::new(201).set_body_json(auth_client(true)))
        .expect(1)
        .mount(&server)
        .await;
    let client = gropius::Client::new(&server.uri(), "admin-token").unwrap();

    let created = client
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("My Client")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap();

    assert_eq!(created.name, "My Client");
    assert_eq!(created.valid_scopes, Some(vec![AuthClientScope::Backend]));
    let sent: Value = server.received_requests().await.unwrap()[0]
        .body_json()
        .unwrap();
    assert_eq!(
        sent,
        json!({"name": "My Client", "redirectUrls": [], "validScopes": [],
               "isValid": true, "requiresSecret": true})
    );
}

#[tokio::test]
async fn given_lists_are_sent_as_given() {
    let (server, client) = answering(201, auth_client(true)).await;
    client
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("c")
                .redirect_urls(vec!["https://example.com/cb".to_string()])
                .valid_scopes(vec![AuthClientScope::LoginRegister]),
        )
        .await
        .unwrap();
    let sent: Value = server.received_requests().await.unwrap()[0]
        .body_json()
        .unwrap();
    assert_eq!(sent["redirectUrls"], json!(["https://example.com/cb"]));
    assert_eq!(sent["validScopes"], json!(["login-register"]));
}

#[tokio::test]
async fn a_201_without_valid_scopes_decodes_as_the_real_service_sends_it() {
    let (_server, client) = answering(201, auth_client(false)).await;
    let created = client
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("c")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap();
    assert_eq!(
        created.valid_scopes, None,
        "a value the service did not send reads as not sent, not as empty"
    );
    assert!(!created.is_internal);
}

#[tokio::test]
async fn each_documented_error_status_carries_status_and_message() {
    for (status, message, error) in [
        (
            400,
            "If given, name must be a non empty string",
            Some("Bad Request"),
        ),
        (401, "Authorization header is empty", Some("Unauthorized")),
        (403, "Forbidden resource", Some("Forbidden")),
        (404, "User with given id not found", Some("Not Found")),
        (413, "request entity too large", Some("Payload Too Large")),
        (500, "Internal server error", None),
    ] {
        let mut body = json!({"statusCode": status, "message": message});
        if let Some(error) = error {
            body["error"] = json!(error);
        }
        let (_server, client) = answering(status, body).await;
        let failure = client
            .create_auth_client(
                CreateAuthClientInput::builder()
                    .name("c")
                    .redirect_urls(vec![])
                    .valid_scopes(vec![]),
            )
            .await
            .unwrap_err();
        let Error::Api(api) = &failure else {
            panic!("HTTP {status}: expected an API error, got {failure:?}");
        };
        assert_eq!(api.status, status);
        assert_eq!(api.message, message);
        assert_eq!(api.error.as_deref(), error);
    }
}

#[tokio::test]
async fn truncated_json_is_an_unexpected_answer_with_its_status() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201).set_body_raw("{\"id\": \"1234", "application/json"),
        )
        .mount(&server)
        .await;
    let client = gropius::Client::new(&server.uri(), "t").unwrap();
    let error = client
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("c")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::UnexpectedResponse { status: Some(s), .. } if s == 201),
        "{error:?}"
    );
}

#[test]
fn the_token_never_shows_in_debug_output() {
    let client = gropius::Client::new("http://127.0.0.1:1", "very-secret-token").unwrap();
    let debug = format!("{client:?}");
    assert!(!debug.contains("very-secret-token"), "{debug}");
}
