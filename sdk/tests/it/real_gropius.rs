//! `clientreg_sdk::gropius` against the real Gropius login-service that `cargo xtask gropius up` starts:
//! every operation, and the typed errors it answers (400, 401, 403, 404, 500). Ignored by a
//! plain `cargo test` (it needs the service); the CI step with the real service runs it with
//! `cargo test -p clientreg-sdk --test it real_gropius -- --ignored`, after `cargo xtask gropius tokens`.

use clientreg_sdk::gropius::types::{
    AuthClientScope, CreateAuthClientInput, UpdateAuthClientInput,
};
use clientreg_sdk::gropius::{self, ApiError};

/// The target and credentials `cargo xtask gropius up` wrote (`target/gropius/verify.env`).
struct Real {
    target: String,
    admin_token: String,
    user_token: String,
    known_user: String,
}

fn real() -> Real {
    let path = std::env::var("GROPIUS_VERIFY_ENV").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../target/gropius/verify.env").to_string()
    });
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}; run `cargo xtask gropius up` first"));
    let value = |key: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(&format!("CLIENTREG_MOCK_VERIFY_{key}=")))
            .unwrap_or_else(|| panic!("{path} has no {key}"))
            .to_string()
    };
    Real {
        target: value("TARGET"),
        admin_token: value("ADMIN_TOKEN"),
        user_token: value("USER_TOKEN"),
        known_user: value("KNOWN_USER"),
    }
}

fn api(error: clientreg_sdk::Error<ApiError>) -> ApiError {
    match error {
        clientreg_sdk::Error::Api(api) => api,
        other => panic!("not an answer of the service: {other:?}"),
    }
}

#[tokio::test]
#[ignore = "needs the real service: cargo xtask gropius up"]
async fn real_gropius_every_operation_and_typed_error() {
    let real = real();
    let admin = gropius::Client::new(&real.target, &real.admin_token).unwrap();

    let created = admin
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("sdk against the real service")
                .redirect_urls(vec!["https://sdk.example/cb".to_string()])
                .valid_scopes(vec![AuthClientScope::Backend])
                .client_credential_flow_user(real.known_user.clone()),
        )
        .await
        .unwrap();
    assert_eq!(created.name, "sdk against the real service");
    assert_eq!(
        created.valid_scopes, None,
        "the real service does not send the scopes, and the SDK does not make them up"
    );
    let id = created.id.clone();

    let listed = admin.list_auth_clients().await.unwrap();
    assert!(listed.iter().any(|c| c.id == id));
    assert!(listed.iter().any(|c| c.id == "gropius-auth-client"));

    let read = admin.get_auth_client(&id).await.unwrap();
    assert_eq!(
        read.client_credential_flow_user.as_deref(),
        Some(real.known_user.as_str())
    );

    let updated = admin
        .update_auth_client(
            &id,
            UpdateAuthClientInput::builder()
                .name("sdk renamed")
                .redirect_urls(vec![])
                .valid_scopes(vec![AuthClientScope::Backend]),
        )
        .await
        .unwrap();
    assert_eq!(updated.name, "sdk renamed");
    let cleared = admin
        .clear_client_credential_flow_user(
            &id,
            UpdateAuthClientInput::builder()
                .name("sdk renamed")
                .redirect_urls(vec![])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap();
    assert_eq!(cleared.id, id);
    assert_eq!(
        admin
            .get_auth_client(&id)
            .await
            .unwrap()
            .client_credential_flow_user,
        None
    );

    let secret = admin.create_client_secret(&id).await.unwrap();
    assert!(!secret.secret_text.is_empty());
    let secrets = admin.list_client_secrets(&id).await.unwrap();
    assert_eq!(secrets.len(), 1);
    admin
        .delete_client_secret(&id, &secret.fingerprint)
        .await
        .unwrap();
    assert!(admin.list_client_secrets(&id).await.unwrap().is_empty());

    // The typed errors.
    let bad_url = api(admin
        .create_auth_client(
            CreateAuthClientInput::builder()
                .name("sdk")
                .redirect_urls(vec!["not a url".to_string()])
                .valid_scopes(vec![]),
        )
        .await
        .unwrap_err());
    assert_eq!(bad_url.status.as_u16(), 400);
    assert_eq!(bad_url.message, "Invalid redirect url: Invalid URL");
    assert_eq!(bad_url.error, None);

    let forged = gropius::Client::new(&real.target, "not-a-jwt").unwrap();
    let unauthorized = api(forged.list_auth_clients().await.unwrap_err());
    assert_eq!(unauthorized.status.as_u16(), 401);
    assert_eq!(unauthorized.message, "Invalid access token: jwt malformed");

    let user = gropius::Client::new(&real.target, &real.user_token).unwrap();
    let forbidden = api(user.list_auth_clients().await.unwrap_err());
    assert_eq!(forbidden.status.as_u16(), 403);
    assert_eq!(forbidden.error.as_deref(), Some("Forbidden"));

    let missing = api(admin
        .get_auth_client("00000000-0000-4000-8000-000000000000")
        .await
        .unwrap_err());
    assert_eq!(missing.status.as_u16(), 404);
    assert_eq!(missing.message, "Auth client with given id not found");

    // The real service crashes on an update without the lists: the SDK refuses to send one.
    let refused = admin
        .update_auth_client(&id, UpdateAuthClientInput::builder().name("no lists"))
        .await
        .unwrap_err();
    assert!(
        matches!(refused, clientreg_sdk::Error::InvalidRequest(_)),
        "{refused:?}"
    );

    admin.delete_auth_client(&id).await.unwrap();
    let gone = api(admin.get_auth_client(&id).await.unwrap_err());
    assert_eq!(gone.status.as_u16(), 404);
}
