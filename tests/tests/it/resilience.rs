//! What the mock never does on its own, and the SDK must survive: a 500 with HTML, truncated
//! JSON, a status the contract does not declare, a slow answer past the timeout, a connection
//! closed without an answer. Each from a wiremock stub (or a bare socket) and again through the
//! mock's own fault injection.

use std::time::Duration;

use clientreg_mock::{FaultHeader, FaultSpec, MockServer};
use clientreg_sdk::autional::{self, types::CreateClientRequest};
use clientreg_sdk::gropius::{self, types::CreateAuthClientInput};
use clientreg_sdk::{ClientOptions, Error};
use tokio::io::AsyncReadExt;
use wiremock::{Mock, ResponseTemplate};

use tests::{AUTIONAL, GROPIUS};

fn request() -> clientreg_sdk::autional::types::builder::CreateClientRequest {
    CreateClientRequest::builder()
        .name("n")
        .redirect_uris(vec!["https://a.example/cb".to_string()])
}

fn client(base_url: &str) -> autional::Client {
    let options = ClientOptions::default().timeout(Duration::from_millis(300));
    autional::Client::with_options(base_url, "dev-api-key", options).unwrap()
}

/// The five misbehaviours, as (name, wiremock answer, fault).
fn misbehaviours() -> Vec<(&'static str, ResponseTemplate, FaultSpec)> {
    let fault = |status: Option<u16>,
                 body: Option<serde_json::Value>,
                 headers: Option<(&str, &str)>,
                 delay_ms: Option<u64>| FaultSpec {
        method: "POST".to_string(),
        path: AUTIONAL.to_string(),
        status,
        body,
        headers: headers.map(|(name, value)| {
            vec![FaultHeader {
                name: name.to_string(),
                value: value.to_string(),
            }]
        }),
        delay_ms,
        drop_connection: false,
        times: Some(1),
    };
    vec![
        (
            "html_500",
            ResponseTemplate::new(500).set_body_raw(
                "<html><body>Internal Server Error</body></html>",
                "text/html",
            ),
            fault(
                Some(500),
                Some("<html><body>Internal Server Error</body></html>".into()),
                Some(("content-type", "text/html")),
                None,
            ),
        ),
        (
            "truncated_json",
            ResponseTemplate::new(201)
                .set_body_raw(r#"{"code":0,"data":{"id":"01J"#, "application/json"),
            fault(
                Some(201),
                Some(r#"{"code":0,"data":{"id":"01J"#.into()),
                Some(("content-type", "application/json")),
                None,
            ),
        ),
        (
            "undeclared_status",
            ResponseTemplate::new(418).set_body_string("I'm a teapot"),
            fault(Some(418), Some("I'm a teapot".into()), None, None),
        ),
        (
            "slow_past_the_timeout",
            ResponseTemplate::new(201).set_delay(Duration::from_secs(3)),
            fault(None, None, None, Some(3000)),
        ),
    ]
}

fn assert_survived(name: &str, error: &Error<autional::ApiError>) {
    match name {
        "html_500" => assert!(
            matches!(error, Error::UnexpectedResponse { status: Some(s), body, .. } if *s == 500 && body.starts_with(b"<html>")),
            "{name}: {error:?}"
        ),
        "truncated_json" => assert!(
            matches!(error, Error::UnexpectedResponse { status: Some(s), .. } if *s == 201),
            "{name}: {error:?}"
        ),
        "undeclared_status" => assert!(
            matches!(error, Error::UnexpectedResponse { status: Some(s), detail, .. } if *s == 418 && detail.contains("does not declare")),
            "{name}: {error:?}"
        ),
        "slow_past_the_timeout" => assert!(error.is_timeout(), "{name}: {error:?}"),
        other => unreachable!("{other}"),
    }
    assert!(error.api().is_none(), "{name}: not an API error");
}

#[tokio::test]
async fn the_sdk_survives_wiremock_stubs_that_misbehave() {
    for (name, answer, _) in misbehaviours() {
        let server = wiremock::MockServer::start().await;
        Mock::given(wiremock::matchers::any())
            .respond_with(answer)
            .mount(&server)
            .await;
        let error = client(&server.uri())
            .create_client("t", request())
            .await
            .unwrap_err();
        assert_survived(name, &error);
    }
}

#[tokio::test]
async fn the_sdk_survives_the_same_through_the_mock_s_fault_injection() {
    for (name, _, fault) in misbehaviours() {
        let server = MockServer::start().await;
        server.add_fault(fault).unwrap();
        let error = client(&server.base_url())
            .create_client("t", request())
            .await
            .unwrap_err();
        assert_survived(name, &error);
        assert!(
            server.autional_clients("t").is_empty() || name == "slow_past_the_timeout",
            "{name}"
        );
        let next = client(&server.base_url())
            .create_client("t", request())
            .await;
        assert!(
            next.is_ok(),
            "{name}: the fault was for one call only: {next:?}"
        );
    }
}

#[tokio::test]
async fn the_sdk_survives_a_connection_closed_without_an_answer() {
    // A bare socket that reads the request and closes: what a crashing upstream does.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buffer = [0u8; 4096];
            let _ = socket.read(&mut buffer).await;
            drop(socket);
        }
    });
    let error = client(&format!("http://{address}"))
        .create_client("t", request())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_eq!(error.status(), None);
}

#[tokio::test]
async fn the_sdk_survives_the_mock_dropping_the_connection() {
    let server = MockServer::start().await;
    for path in [AUTIONAL, GROPIUS] {
        server
            .add_fault(FaultSpec {
                method: "POST".to_string(),
                path: path.to_string(),
                status: None,
                body: None,
                headers: None,
                delay_ms: None,
                drop_connection: true,
                times: Some(1),
            })
            .unwrap();
    }
    let autional_error = client(&server.base_url())
        .create_client("t", request())
        .await
        .unwrap_err();
    assert!(
        matches!(autional_error, Error::Transport(_)),
        "{autional_error:?}"
    );
    let gropius = gropius::Client::new(&server.base_url(), "dev-admin-token").unwrap();
    let gropius_error = gropius
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("c")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(gropius_error, Error::Transport(_)),
        "{gropius_error:?}"
    );
    assert!(server.autional_clients("t").is_empty());
    assert!(server.gropius_clients().is_empty());
}
