//! The contract mounted on a team's own wiremock server, under a one-off stub, with wiremock's
//! own verification.

use clientreg_mock::config::MockConfig;
use clientreg_mock::wiremock::MountableMock;
use clientreg_sdk::autional::{self, types::CreateClientRequest};
use clientreg_sdk::gropius::{self, types::CreateAuthClientInput};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn the_third_call_answers_503_and_the_contract_answers_the_rest() {
    let server = MockServer::start().await;
    let contract = MountableMock::new(&MockConfig::default()).unwrap();
    // Four calls reach the contract: three creates and one refused for its API key (the 503
    // goes to the one-off stub). wiremock checks both counts when `server` drops.
    contract.mount_autional(&server, 4).await;
    contract.mount_gropius(&server, 1).await;

    let client = autional::Client::new(&server.uri(), "dev-api-key").unwrap();
    let request = || {
        CreateClientRequest::builder()
            .name("n")
            .redirect_uris(vec!["https://a.example/cb".to_string()])
    };
    client.create_client("t1", request()).await.unwrap();
    client.create_client("t1", request()).await.unwrap();

    // From now on, the next call answers 503 once: a higher-priority one-off stub.
    Mock::given(method("POST"))
        .and(path("/internal/oauth/clients"))
        .respond_with(ResponseTemplate::new(503).set_body_string("maintenance"))
        .up_to_n_times(1)
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    let third = client.create_client("t1", request()).await.unwrap_err();
    assert_eq!(third.status().map(|s| s.as_u16()), Some(503));

    let fourth = client.create_client("t1", request()).await.unwrap();
    assert_eq!(contract.mock().autional_clients("t1").len(), 3);
    assert_eq!(
        contract.mock().autional_clients("t1")[2].client_id,
        fourth.client_id.unwrap()
    );

    // The contract's rules hold through wiremock too.
    let wrong_key = autional::Client::new(&server.uri(), "nope").unwrap();
    let refused = wrong_key.create_client("t1", request()).await.unwrap_err();
    assert_eq!(refused.api().map(|e| e.code), Some(40100001));

    // Shared state: Gropius sees the same core.
    let admin = gropius::Client::new(&server.uri(), "dev-admin-token").unwrap();
    admin
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("c")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap();
    assert_eq!(contract.mock().gropius_clients().len(), 1);
    assert_eq!(contract.mock().journal(&Default::default()).total, 5);
}

/// The journal's latency counts the injected delay in this adapter too (wiremock waits it out
/// after the responder returns), and the answer does arrive after it.
#[tokio::test]
async fn the_journal_latency_includes_an_injected_delay() {
    let server = MockServer::start().await;
    let contract = MountableMock::new(&MockConfig::default()).unwrap();
    contract.mount_gropius(&server, 1).await;
    contract
        .mock()
        .add_fault(
            clientreg_mock::FaultSpec::new("POST", "/auth/api/login/client")
                .delay_ms(300)
                .times(1),
        )
        .unwrap();
    let client = gropius::Client::new(&server.uri(), "dev-admin-token").unwrap();
    let started = std::time::Instant::now();
    client
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("slow")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap();
    assert!(
        started.elapsed().as_millis() >= 300,
        "{:?}",
        started.elapsed()
    );
    let page = contract
        .mock()
        .journal(&clientreg_mock::JournalQuery::default());
    let latency_us = page.entries[0].latency_us;
    assert!(
        (300_000..1_000_000).contains(&latency_us),
        "journal latency {latency_us} µs for a 300 ms delay"
    );
    assert!(page.entries[0].fault_id.is_some());
}

/// The whole Gropius lifecycle answers on a team's own wiremock server too.
#[tokio::test]
async fn the_gropius_lifecycle_runs_on_wiremock() {
    let server = MockServer::start().await;
    let contract = MountableMock::new(&MockConfig::default()).unwrap();
    contract.mount_gropius(&server, 6).await;
    let client = gropius::Client::new(&server.uri(), "dev-admin-token").unwrap();
    let created = client
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("on wiremock")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap();
    let secret = client.create_client_secret(&created.id).await.unwrap();
    assert_eq!(
        client.list_client_secrets(&created.id).await.unwrap().len(),
        1
    );
    client
        .delete_client_secret(&created.id, &secret.fingerprint)
        .await
        .unwrap();
    client.delete_auth_client(&created.id).await.unwrap();
    let gone = client.get_auth_client(&created.id).await.unwrap_err();
    assert_eq!(gone.status().map(|s| s.as_u16()), Some(404));
    assert!(contract.mock().gropius_clients().is_empty());
}
