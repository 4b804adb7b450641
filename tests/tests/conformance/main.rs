//! The conformance suite: the generated SDK against the embedded mock for every documented
//! status, a table with one row per contract rule, and many concurrent tenants. Every answer
//! the mock sends is checked against the schema its operation declares for its status; the
//! suite ends by printing status coverage per operation and fails below 100%.
//!
//! It runs on its own harness (libtest-mimic) so that it can report coverage when every
//! scenario has run.

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, LazyLock, Mutex};

use clientreg_mock::{FaultSpec, MockServer, MockServerBuilder, Profile};
use clientreg_sdk::autional::{self, types::CreateClientRequest};
use clientreg_sdk::gropius::{
    self,
    types::{AuthClientScope, CreateAuthClientInput},
};
use clientreg_sdk::mock_admin;
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::{Value, json};
use tests::ContractWatch;

static CONTRACT: LazyLock<Arc<ContractWatch>> = LazyLock::new(|| Arc::new(ContractWatch::load()));

use tests::{AUTIONAL, GROPIUS};
const FIXED_TIME: &str = "2026-04-03T12:00:00Z";

/// What a scenario gets: servers whose every answer is checked against the contract.
#[derive(Default)]
struct Ctx {
    violations: Arc<Mutex<Vec<String>>>,
}

impl Ctx {
    /// A deterministic server (seed, fixed clock), checked against the contract.
    fn builder(&self) -> MockServerBuilder {
        let builder = MockServer::builder()
            .seed(42)
            .fixed_time(FIXED_TIME.parse().unwrap());
        CONTRACT.observe(builder, &self.violations)
    }

    async fn server(&self) -> MockServer {
        self.builder().start().await
    }
}

type Scenario = fn(Ctx) -> Pin<Box<dyn Future<Output = ()> + Send>>;

fn trial(
    name: String,
    scenario: impl FnOnce(Ctx) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + 'static,
) -> Trial {
    Trial::test(name, move || {
        let ctx = Ctx::default();
        let violations = ctx.violations.clone();
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(scenario(ctx));
        let violations = violations.lock().unwrap();
        if violations.is_empty() {
            Ok(())
        } else {
            Err(Failed::from(format!(
                "answers that break the contract:\n  {}",
                violations.join("\n  ")
            )))
        }
    })
}

macro_rules! scenarios {
    ($($name:ident),* $(,)?) => {
        vec![$( (stringify!($name), (|ctx| Box::pin($name(ctx))) as Scenario) ),*]
    };
}

fn request() -> clientreg_sdk::autional::types::builder::CreateClientRequest {
    CreateClientRequest::builder()
        .name("My Application")
        .redirect_uris(vec!["https://app.example.com/callback".to_string()])
}

fn api_error_json<E: clientreg_sdk::ServiceError + serde_like::ToJson>(
    error: &clientreg_sdk::Error<E>,
) -> Value {
    error
        .api()
        .map(serde_like::ToJson::to_json)
        .unwrap_or_else(|| panic!("not an API error: {error:?}"))
}

/// The SDK's API errors as JSON, for snapshots.
mod serde_like {
    use serde_json::{Value, json};

    pub trait ToJson {
        fn to_json(&self) -> Value;
    }

    impl ToJson for clientreg_sdk::autional::ApiError {
        fn to_json(&self) -> Value {
            json!({"status": self.status.as_u16(), "code": self.code, "message": self.message, "timestamp": self.timestamp})
        }
    }

    impl ToJson for clientreg_sdk::gropius::ApiError {
        fn to_json(&self) -> Value {
            json!({"status": self.status.as_u16(), "message": self.message, "error": self.error})
        }
    }
}

// ---- Autional, every documented status through the SDK -------------------------------------

async fn autional_201_created_with_every_field(ctx: Ctx) {
    let server = ctx.server().await;
    let client = autional::Client::new(&server.base_url(), "dev-api-key").unwrap();
    let created = client
        .create_client(
            "tenant-42",
            request()
                .redirect_uris(vec![
                    "https://app.example.com/callback".to_string(),
                    "http://localhost:3000/callback".to_string(),
                ])
                .client_auth_methods(vec![autional::types::ClientAuthMethod::PrivateKeyJwt])
                .jwks_uri(Some(
                    "https://client.example.com/.well-known/jwks.json".to_string(),
                ))
                .grant_types(vec![
                    autional::types::GrantType::AuthorizationCode,
                    autional::types::GrantType::ClientCredentials,
                ])
                .scopes(vec!["openid".parse().unwrap(), "api:read".parse().unwrap()])
                .logo_url(Some("https://app.example.com/logo.png".to_string()))
                .privacy_policy(Some("https://app.example.com/privacy".to_string()))
                .terms_url(Some("https://app.example.com/terms".to_string()))
                .website(Some("https://app.example.com".to_string())),
        )
        .await
        .unwrap();
    assert_eq!(
        created.client_secret, None,
        "private_key_jwt gets no secret"
    );
    assert_eq!(
        created.client_auth_methods().unwrap(),
        vec![autional::types::ClientAuthMethod::PrivateKeyJwt]
    );
    insta::assert_json_snapshot!("autional_201_created_with_every_field", created);
}

async fn autional_201_created_with_defaults(ctx: Ctx) {
    let server = ctx.server().await;
    let client = autional::Client::new(&server.base_url(), "dev-api-key").unwrap();
    let created = client.create_client("tenant-42", request()).await.unwrap();
    assert!(
        created
            .client_secret
            .as_deref()
            .is_some_and(|s| s.len() >= 39)
    );
    insta::assert_json_snapshot!("autional_201_created_with_defaults", created);
}

async fn autional_400_validation_rule(ctx: Ctx) {
    let server = ctx.server().await;
    let client = autional::Client::new(&server.base_url(), "dev-api-key").unwrap();
    let error = client
        .create_client(
            "tenant-42",
            request().redirect_uris(vec!["http://app.example.com/cb".to_string()]),
        )
        .await
        .unwrap_err();
    insta::assert_json_snapshot!("autional_400_validation_rule", api_error_json(&error));
}

async fn autional_400_malformed_body(ctx: Ctx) {
    let server = ctx.server().await;
    let answer = reqwest::Client::new()
        .post(format!("{}{AUTIONAL}", server.base_url()))
        .header("x-api-key", "dev-api-key")
        .header("x-tenant-id", "tenant-42")
        .header("content-type", "application/json")
        .body("{\"name\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    insta::assert_json_snapshot!(
        "autional_400_malformed_body",
        answer.json::<Value>().await.unwrap()
    );
}

async fn autional_400_missing_tenant(ctx: Ctx) {
    let server = ctx.server().await;
    let answer = reqwest::Client::new()
        .post(format!("{}{AUTIONAL}", server.base_url()))
        .header("x-api-key", "dev-api-key")
        .json(&json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    insta::assert_json_snapshot!(
        "autional_400_missing_tenant",
        answer.json::<Value>().await.unwrap()
    );
}

async fn autional_401_unknown_api_key(ctx: Ctx) {
    let server = ctx.server().await;
    let client = autional::Client::new(&server.base_url(), "not-a-key").unwrap();
    let error = client
        .create_client("tenant-42", request())
        .await
        .unwrap_err();
    insta::assert_json_snapshot!("autional_401_unknown_api_key", api_error_json(&error));
}

async fn autional_413_body_too_large(ctx: Ctx) {
    let server = ctx.builder().body_limit(1024).start().await;
    let client = autional::Client::new(&server.base_url(), "dev-api-key").unwrap();
    let long_uri = format!("https://app.example.com/{}", "p".repeat(2000));
    let error = client
        .create_client("tenant-42", request().redirect_uris(vec![long_uri]))
        .await
        .unwrap_err();
    insta::assert_json_snapshot!("autional_413_body_too_large", api_error_json(&error));
}

async fn autional_500_through_fault_injection(ctx: Ctx) {
    let server = ctx.server().await;
    server
        .add_fault(FaultSpec {
            method: "POST".to_string(),
            path: AUTIONAL.to_string(),
            status: Some(500),
            body: Some(
                json!({"code": 50000001, "message": "internal error", "timestamp": FIXED_TIME}),
            ),
            headers: None,
            delay_ms: None,
            drop_connection: false,
            times: Some(1),
        })
        .unwrap();
    let client = autional::Client::new(&server.base_url(), "dev-api-key").unwrap();
    let error = client
        .create_client("tenant-42", request())
        .await
        .unwrap_err();
    insta::assert_json_snapshot!(
        "autional_500_through_fault_injection",
        api_error_json(&error)
    );
    assert!(server.autional_clients("tenant-42").is_empty());
}

// ---- Gropius, every documented status through the SDK --------------------------------------

async fn gropius_201_created(ctx: Ctx) {
    let server = ctx.server().await;
    let admin = gropius::Client::new(&server.base_url(), "dev-admin-token").unwrap();
    let created = admin
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("My Client")
                .valid_scopes(vec![])
                .redirect_urls(vec![
                    "https://example.com/oauth/callback?query=value".to_string(),
                ])
                .requires_secret(false)
                .valid_scopes(vec![
                    AuthClientScope::Backend,
                    AuthClientScope::LoginRegister,
                ])
                .client_credential_flow_user(Some("dev-user".to_string())),
        )
        .await
        .unwrap();
    assert!(!created.is_internal);
    insta::assert_json_snapshot!("gropius_201_created", created);
}

async fn gropius_201_created_with_defaults(ctx: Ctx) {
    let server = ctx.server().await;
    let admin = gropius::Client::new(&server.base_url(), "dev-admin-token").unwrap();
    let created = admin
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("bare")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap();
    insta::assert_json_snapshot!("gropius_201_created_with_defaults", created);
}

async fn gropius_error_statuses(ctx: Ctx) {
    let server = ctx.builder().body_limit(1024).start().await;
    let base = server.base_url();
    let admin = gropius::Client::new(&base, "dev-admin-token").unwrap();
    let input = || {
        CreateAuthClientInput::builder()
            .name("c")
            .redirect_urls(vec![])
            .valid_scopes(vec![])
    };
    let cases: Vec<(
        &str,
        gropius::Client,
        clientreg_sdk::gropius::types::builder::CreateAuthClientInput,
    )> = vec![
        (
            "gropius_400_invalid_redirect_url",
            admin.clone(),
            input().redirect_urls(vec!["not a url".to_string()]),
        ),
        (
            "gropius_401_invalid_token",
            gropius::Client::new(&base, "bad-token").unwrap(),
            input(),
        ),
        (
            "gropius_403_not_an_admin",
            gropius::Client::new(&base, "dev-user-token").unwrap(),
            input(),
        ),
        (
            "gropius_404_unknown_user",
            admin.clone(),
            input().client_credential_flow_user(Some("ghost".to_string())),
        ),
        (
            "gropius_413_body_too_large",
            admin.clone(),
            input().name("n".repeat(2000)),
        ),
    ];
    for (name, client, input) in cases {
        let error = client.create_auth_client(input).await.unwrap_err();
        insta::assert_json_snapshot!(name, api_error_json(&error));
    }
    assert!(server.gropius_clients().is_empty());
}

async fn gropius_500_under_the_upstream_profile(ctx: Ctx) {
    let server = ctx.builder().profile(Profile::Upstream).start().await;
    let answer = reqwest::Client::new()
        .post(format!("{}{GROPIUS}", server.base_url()))
        .bearer_auth("dev-admin-token")
        .json(&json!({"name": "no lists"}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 500);
    insta::assert_json_snapshot!(
        "gropius_500_under_the_upstream_profile",
        answer.json::<Value>().await.unwrap()
    );
    // The SDK never trips it: it always sends both lists.
    let admin = gropius::Client::new(&server.base_url(), "dev-admin-token").unwrap();
    let created = admin
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("sdk")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap();
    assert_eq!(
        created.valid_scopes, None,
        "upstream leaves validScopes out"
    );
}

// ---- Gropius, the rest of the auth-client API -------------------------------------------------

fn lifecycle_input() -> clientreg_sdk::gropius::types::builder::CreateAuthClientInput {
    CreateAuthClientInput::builder()
        .name("Lifecycle")
        .redirect_urls(vec!["https://example.com/callback".to_string()])
        .valid_scopes(vec![AuthClientScope::Backend])
}

/// An update that keeps the lifecycle client's name and lists (the contract requires all three).
fn lifecycle_update() -> clientreg_sdk::gropius::types::builder::UpdateAuthClientInput {
    clientreg_sdk::gropius::types::UpdateAuthClientInput::builder()
        .name("Lifecycle")
        .redirect_urls(vec!["https://example.com/callback".to_string()])
        .valid_scopes(vec![AuthClientScope::Backend])
}

/// Create, list, read, add two secrets, rotate, update, clear the user, delete: every success
/// status of the lifecycle through the SDK, and the 404s once the client is gone.
async fn gropius_lifecycle_through_the_sdk(ctx: Ctx) {
    let server = ctx.server().await;
    let admin = gropius::Client::new(&server.base_url(), "dev-admin-token").unwrap();
    let created = admin.create_auth_client(lifecycle_input()).await.unwrap();
    let id = created.id.clone();

    let listed = admin.list_auth_clients().await.unwrap();
    let ids: Vec<&str> = listed.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["gropius-auth-client", "login-auth-client", id.as_str()]
    );
    insta::assert_json_snapshot!("gropius_200_list_auth_clients", listed);

    let first = admin.create_client_secret(&id).await.unwrap();
    assert_eq!(first.secret_text.len(), 30);
    assert_eq!(
        first.censored.to_string(),
        format!("{}**********", &first.secret_text[..5])
    );
    insta::assert_json_snapshot!("gropius_201_create_client_secret", first);
    let second = admin.create_client_secret(&id).await.unwrap();
    let details = admin.get_auth_client(&id).await.unwrap();
    assert_eq!(details.censored_client_secrets.len(), 2);
    insta::assert_json_snapshot!("gropius_200_get_auth_client", details);

    // Rotate: delete the first secret by its fingerprint; the second stays.
    let deleted = admin
        .delete_client_secret(&id, &first.fingerprint)
        .await
        .unwrap();
    insta::assert_json_snapshot!("gropius_200_delete_client_secret", deleted);
    let left = admin.list_client_secrets(&id).await.unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].fingerprint, second.fingerprint);
    let gone = admin
        .delete_client_secret(&id, &first.fingerprint)
        .await
        .unwrap_err();
    insta::assert_json_snapshot!("gropius_404_secret_not_found", api_error_json(&gone));

    // Update: the name and both lists set, a given list replacing the whole list; the flags
    // and the user only when given.
    let updated = admin
        .update_auth_client(
            &id,
            lifecycle_update()
                .redirect_urls(vec!["https://example.com/other".to_string()])
                .client_credential_flow_user(Some("dev-user".to_string())),
        )
        .await
        .unwrap();
    assert_eq!(updated.name, "Lifecycle");
    assert_eq!(updated.redirect_urls, ["https://example.com/other"]);
    insta::assert_json_snapshot!("gropius_200_update_auth_client", updated);
    let details = admin.get_auth_client(&id).await.unwrap();
    assert_eq!(
        details.client_credential_flow_user.as_deref(),
        Some("dev-user")
    );
    admin
        .clear_client_credential_flow_user(&id, lifecycle_update())
        .await
        .unwrap();
    let details = admin.get_auth_client(&id).await.unwrap();
    assert_eq!(details.client_credential_flow_user, None);
    let unknown_user = admin
        .update_auth_client(
            &id,
            lifecycle_update().client_credential_flow_user(Some("ghost".to_string())),
        )
        .await
        .unwrap_err();
    assert_eq!(api_error_json(&unknown_user)["status"], 404);

    let deleted = admin.delete_auth_client(&id).await.unwrap();
    insta::assert_json_snapshot!("gropius_200_delete_auth_client", deleted);
    assert!(server.gropius_clients().is_empty());

    // Gone, with its secrets.
    let not_found = admin.get_auth_client(&id).await.unwrap_err();
    insta::assert_json_snapshot!("gropius_404_get_auth_client", api_error_json(&not_found));
    let not_writable = admin.delete_auth_client(&id).await.unwrap_err();
    insta::assert_json_snapshot!(
        "gropius_404_delete_auth_client",
        api_error_json(&not_writable)
    );
    for error in [
        admin
            .update_auth_client(&id, lifecycle_update().is_valid(Some(false)))
            .await
            .unwrap_err(),
        admin
            .create_client_secret(&id)
            .await
            .map(|_| ())
            .unwrap_err(),
        admin
            .delete_client_secret(&id, &second.fingerprint)
            .await
            .map(|_| ())
            .unwrap_err(),
        admin
            .list_client_secrets(&id)
            .await
            .map(|_| ())
            .unwrap_err(),
    ] {
        assert_eq!(api_error_json(&error)["status"], 404, "{error}");
    }
    // A built-in client is listed and readable, and cannot be changed.
    let built_in = admin.get_auth_client("gropius-auth-client").await.unwrap();
    assert!(built_in.is_internal && built_in.censored_client_secrets.is_empty());
    let refused = admin
        .create_client_secret("login-auth-client")
        .await
        .unwrap_err();
    assert_eq!(
        api_error_json(&refused)["message"],
        "Auth client with given id not found or is default auth client"
    );
}

/// Every new operation without a valid token (401) and with a non-admin's (403).
async fn gropius_lifecycle_401_and_403(ctx: Ctx) {
    let server = ctx.server().await;
    let base = server.base_url();
    let admin = gropius::Client::new(&base, "dev-admin-token").unwrap();
    let id = admin
        .create_auth_client(lifecycle_input())
        .await
        .unwrap()
        .id;
    let secret = admin.create_client_secret(&id).await.unwrap();
    for (token, status) in [("bad-token", 401), ("dev-user-token", 403)] {
        let client = gropius::Client::new(&base, token).unwrap();
        let errors = [
            client.list_auth_clients().await.map(|_| ()).unwrap_err(),
            client.get_auth_client(&id).await.map(|_| ()).unwrap_err(),
            client
                .update_auth_client(&id, lifecycle_update().name("x"))
                .await
                .map(|_| ())
                .unwrap_err(),
            client
                .delete_auth_client(&id)
                .await
                .map(|_| ())
                .unwrap_err(),
            client
                .list_client_secrets(&id)
                .await
                .map(|_| ())
                .unwrap_err(),
            client
                .create_client_secret(&id)
                .await
                .map(|_| ())
                .unwrap_err(),
            client
                .delete_client_secret(&id, &secret.fingerprint)
                .await
                .map(|_| ())
                .unwrap_err(),
        ];
        for error in errors {
            assert_eq!(api_error_json(&error)["status"], status, "{token}: {error}");
        }
    }
    // Nothing was changed by the refused calls.
    let details = admin.get_auth_client(&id).await.unwrap();
    assert_eq!(details.name, "Lifecycle");
    assert_eq!(details.censored_client_secrets.len(), 1);
}

/// Update's 400 (a rule, and a body that is not JSON) and 413; nothing changes.
async fn gropius_update_400_and_413(ctx: Ctx) {
    let server = ctx.builder().body_limit(1024).start().await;
    let admin = gropius::Client::new(&server.base_url(), "dev-admin-token").unwrap();
    let id = admin
        .create_auth_client(lifecycle_input())
        .await
        .unwrap()
        .id;
    let http = reqwest::Client::new();
    let url = format!("{}{GROPIUS}/{id}", server.base_url());
    let put = |body: String| {
        http.put(&url)
            .bearer_auth("dev-admin-token")
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let blank = put(json!({"name": "  "}).to_string()).await.unwrap();
    assert_eq!(blank.status(), 400);
    insta::assert_json_snapshot!(
        "gropius_400_update_auth_client",
        blank.json::<Value>().await.unwrap()
    );
    let malformed = put("{\"name\":".to_string()).await.unwrap();
    assert_eq!(malformed.status(), 400);
    let too_large = put(json!({"name": "n".repeat(2000)}).to_string())
        .await
        .unwrap();
    assert_eq!(too_large.status(), 413);
    let details = admin.get_auth_client(&id).await.unwrap();
    assert_eq!(details.name, "Lifecycle");
}

/// Under the `upstream` profile: reading a built-in client (or its secrets) and an update
/// without both lists answer 500, as the real service does.
async fn gropius_lifecycle_500_under_the_upstream_profile(ctx: Ctx) {
    let server = ctx.builder().profile(Profile::Upstream).start().await;
    let admin = gropius::Client::new(&server.base_url(), "dev-admin-token").unwrap();
    let read = admin
        .get_auth_client("gropius-auth-client")
        .await
        .unwrap_err();
    insta::assert_json_snapshot!("gropius_500_get_built_in_upstream", api_error_json(&read));
    let secrets = admin
        .list_client_secrets("login-auth-client")
        .await
        .unwrap_err();
    assert_eq!(api_error_json(&secrets)["status"], 500);
    let id = admin
        .create_auth_client(lifecycle_input())
        .await
        .unwrap()
        .id;
    // The SDK cannot send an update without the lists (the contract requires them): sent as
    // raw HTTP.
    let partial = reqwest::Client::new()
        .put(format!("{}{GROPIUS}/{id}", server.base_url()))
        .bearer_auth("dev-admin-token")
        .json(&json!({"name": "renamed"}))
        .send()
        .await
        .unwrap();
    let status = partial.status().as_u16();
    let body: Value = partial.json().await.unwrap();
    insta::assert_json_snapshot!(
        "gropius_500_update_without_lists_upstream",
        json!({"status": status, "message": body["message"], "error": body.get("error")})
    );
}

// ---- The admin API, every documented status --------------------------------------------------

/// A server started with an admin key: every admin operation but the health check answers
/// `401` without it (through the SDK's admin client, which sends none), and serves with it
/// (`connect_with_key`).
async fn admin_api_401_without_its_key(ctx: Ctx) {
    let server = ctx
        .builder()
        .admin_key("conformance-admin-key")
        .start()
        .await;
    let base = server.base_url();
    let without = mock_admin::connect(&base).unwrap();
    let refused = |status: Option<reqwest::StatusCode>| {
        assert_eq!(status, Some(reqwest::StatusCode::UNAUTHORIZED));
    };
    refused(without.stats().send().await.unwrap_err().status());
    refused(without.violations().send().await.unwrap_err().status());
    refused(without.reset().send().await.unwrap_err().status());
    refused(
        without
            .list_autional_clients()
            .tenant("t")
            .send()
            .await
            .unwrap_err()
            .status(),
    );
    refused(
        without
            .list_gropius_clients()
            .send()
            .await
            .unwrap_err()
            .status(),
    );
    refused(
        without
            .add_gropius_user()
            .body(mock_admin::types::KnownUser::builder().id("u"))
            .send()
            .await
            .unwrap_err()
            .status(),
    );
    refused(without.journal().send().await.unwrap_err().status());
    refused(
        without
            .add_fault()
            .body(
                mock_admin::types::FaultSpec::builder()
                    .method("POST")
                    .path(AUTIONAL)
                    .status(Some(503)),
            )
            .send()
            .await
            .unwrap_err()
            .status(),
    );
    refused(without.list_faults().send().await.unwrap_err().status());
    refused(without.clear_faults().send().await.unwrap_err().status());
    refused(
        without
            .remove_fault()
            .id("fault-1")
            .send()
            .await
            .unwrap_err()
            .status(),
    );
    refused(
        without
            .pact()
            .consumer("c")
            .send()
            .await
            .unwrap_err()
            .status(),
    );
    refused(
        without
            .pact_provider_state()
            .body(
                mock_admin::types::ProviderStateChange::builder()
                    .state(mock_admin::types::ProviderStateChangeState::AnAuthClientExists),
            )
            .send()
            .await
            .unwrap_err()
            .status(),
    );
    assert!(server.faults().is_empty(), "a refused add did nothing");
    assert!(
        server.gropius_clients().is_empty(),
        "a refused state made nothing"
    );
    without.health().send().await.unwrap();
    let with = mock_admin::connect_with_key(&base, "conformance-admin-key").unwrap();
    with.stats().send().await.unwrap();
    with.journal().send().await.unwrap();
}

async fn admin_api_every_status(ctx: Ctx) {
    let server = ctx.server().await;
    let base = server.base_url();
    let admin = mock_admin::connect(&base).unwrap();
    let http = reqwest::Client::new();

    admin.health().send().await.unwrap();
    admin
        .list_autional_clients()
        .tenant("t")
        .send()
        .await
        .unwrap();
    admin.list_gropius_clients().send().await.unwrap();
    admin
        .add_gropius_user()
        .body(mock_admin::types::KnownUser::builder().id("conformance-user"))
        .send()
        .await
        .unwrap();
    admin.journal().send().await.unwrap();
    let fault = admin
        .add_fault()
        .body(
            mock_admin::types::FaultSpec::builder()
                .method("POST")
                .path(AUTIONAL)
                .delay_ms(Some(1)),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    admin.list_faults().send().await.unwrap();
    admin.remove_fault().id(&fault.id).send().await.unwrap();
    let missing = admin.remove_fault().id(&fault.id).send().await.unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));
    admin.clear_faults().send().await.unwrap();
    let found = admin.violations().send().await.unwrap().into_inner();
    assert_eq!(found.exchanges_with_violations, 0, "the mock finds none");
    let stats = admin.stats().send().await.unwrap().into_inner();
    assert_eq!(
        stats.gropius.max_clients,
        clientreg_mock::config::MockConfig::default().max_clients as i64
    );
    // The pact: no exchange yet and no provider named is a 409; named, an empty pact.
    let unnamed = admin.pact().consumer("c").send().await.unwrap_err();
    assert_eq!(unnamed.status().map(|s| s.as_u16()), Some(409));
    let pact = admin
        .pact()
        .consumer("c")
        .provider(mock_admin::types::Provider::Gropius)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(pact.interactions.is_empty());
    // Provider states: made (200), or one it cannot make here (409).
    use mock_admin::types::{ProviderStateChange, ProviderStateChangeState};
    let orphan = admin
        .pact_provider_state()
        .body(ProviderStateChange::builder().state(ProviderStateChangeState::AClientSecretExists))
        .send()
        .await
        .unwrap_err();
    assert_eq!(orphan.status().map(|s| s.as_u16()), Some(409));
    admin
        .pact_provider_state()
        .body(
            ProviderStateChange::builder()
                .state(ProviderStateChangeState::AUserExists)
                .params(serde_json::Map::from_iter([(
                    "id".to_string(),
                    json!("conformance-user"),
                )])),
        )
        .send()
        .await
        .unwrap();
    admin.reset().send().await.unwrap();
    assert_eq!(
        http.get(format!("{base}/__mock/health?probe=1"))
            .send()
            .await
            .unwrap()
            .status(),
        200,
        "a health check ignores its query string"
    );

    for (method, path) in [
        ("GET", "/__mock/stats?x=1"),
        ("GET", "/__mock/violations?x=1"),
        ("POST", "/__mock/reset?service=everything"),
        ("GET", "/__mock/autional/clients"),
        ("GET", "/__mock/gropius/clients?x=1"),
        ("GET", "/__mock/journal?status=teapot"),
        ("GET", "/__mock/faults?x=1"),
        ("DELETE", "/__mock/faults?x=1"),
        ("DELETE", "/__mock/faults/fault-1?x=1"),
        ("POST", "/__mock/gropius/users?x=1"),
        ("POST", "/__mock/gropius/users"),
        ("GET", "/__mock/pact?consumer=&provider=gropius"),
        ("POST", "/__mock/pact/provider-states"),
    ] {
        let answer = http
            .request(method.parse().unwrap(), format!("{base}{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 400, "{method} {path}");
    }
    let refused = admin
        .add_fault()
        .body(
            mock_admin::types::FaultSpec::builder()
                .method("POST")
                .path(AUTIONAL),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(400));
}

async fn unknown_routes_and_methods_answer_404_and_405(ctx: Ctx) {
    let server = ctx.server().await;
    let http = reqwest::Client::new();
    let unknown = http
        .get(format!("{}/nowhere", server.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    let wrong = http
        .put(format!("{}{AUTIONAL}", server.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 405);
}

// ---- Many tenants at once ------------------------------------------------------------------------

async fn ten_thousand_concurrent_creates_over_fifty_tenants(ctx: Ctx) {
    const TENANTS: usize = 50;
    const PER_TENANT: usize = 200;
    let server = ctx.server().await;
    let client = Arc::new(autional::Client::new(&server.base_url(), "dev-api-key").unwrap());
    let limit = Arc::new(tokio::sync::Semaphore::new(64));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..TENANTS * PER_TENANT {
        let client = client.clone();
        let permit = limit.clone().acquire_owned().await.unwrap();
        tasks.spawn(async move {
            let tenant = format!("tenant-{}", i % TENANTS);
            let created = client.create_client(&tenant, request()).await.unwrap();
            drop(permit);
            (tenant, created.id.unwrap().to_string())
        });
    }
    let mut ids = HashSet::new();
    let mut by_tenant: std::collections::HashMap<String, HashSet<String>> = Default::default();
    while let Some(result) = tasks.join_next().await {
        let (tenant, id) = result.unwrap();
        assert!(ids.insert(id.clone()), "duplicate id {id}");
        by_tenant.entry(tenant).or_default().insert(id);
    }
    assert_eq!(ids.len(), TENANTS * PER_TENANT);
    let admin = mock_admin::connect(&server.base_url()).unwrap();
    for (tenant, created) in &by_tenant {
        let stored = admin
            .list_autional_clients()
            .tenant(tenant)
            .send()
            .await
            .unwrap()
            .into_inner();
        assert_eq!(stored.len(), PER_TENANT, "{tenant}");
        let stored: HashSet<String> = stored.into_iter().filter_map(|c| c.id).collect();
        assert_eq!(&stored, created, "{tenant} sees exactly its own clients");
    }
}

// ---- One row per contract rule ------------------------------------------------------------------

mod rules;

fn main() {
    let arguments = Arguments::from_args();
    let mut trials: Vec<Trial> = scenarios![
        autional_201_created_with_every_field,
        autional_201_created_with_defaults,
        autional_400_validation_rule,
        autional_400_malformed_body,
        autional_400_missing_tenant,
        autional_401_unknown_api_key,
        autional_413_body_too_large,
        autional_500_through_fault_injection,
        gropius_201_created,
        gropius_201_created_with_defaults,
        gropius_error_statuses,
        gropius_500_under_the_upstream_profile,
        gropius_lifecycle_through_the_sdk,
        gropius_lifecycle_401_and_403,
        gropius_update_400_and_413,
        gropius_lifecycle_500_under_the_upstream_profile,
        admin_api_every_status,
        admin_api_401_without_its_key,
        unknown_routes_and_methods_answer_404_and_405,
        ten_thousand_concurrent_creates_over_fifty_tenants,
    ]
    .into_iter()
    .map(|(name, scenario)| trial(name.to_string(), scenario))
    .collect();
    trials.extend(rules::trials());

    let whole_suite = arguments.filter.is_none() && arguments.skip.is_empty() && !arguments.list;
    let conclusion = libtest_mimic::run(&arguments, trials);
    if whole_suite {
        let mut complete = true;
        println!("\nstatus coverage per operation (documented statuses exercised / documented):");
        for (operation, exercised, documented) in CONTRACT.coverage() {
            let missing: Vec<_> = documented.difference(&exercised).collect();
            complete &= missing.is_empty();
            println!(
                "  {operation:<24} {}/{}{}",
                exercised.len(),
                documented.len(),
                if missing.is_empty() {
                    String::new()
                } else {
                    format!("  missing {missing:?}")
                }
            );
        }
        if !complete {
            eprintln!("status coverage is below 100%");
            std::process::exit(101);
        }
    }
    conclusion.exit();
}
