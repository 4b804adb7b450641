//! The rest of Gropius's auth-client API over HTTP: update's rules and order, secrets shown
//! once and never again (not in the journal, the admin API or `Debug`), the built-in clients,
//! and the divergence warnings of the `contract` profile.

use clientreg_mock::{JournalQuery, MockServer, Profile};
use serde_json::{Value, json};

use crate::support::GROPIUS as CLIENTS;

struct Admin {
    http: reqwest::Client,
    base: String,
}

impl Admin {
    fn of(server: &MockServer) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: server.base_url(),
        }
    }

    async fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value, reqwest::header::HeaderMap) {
        let mut request = self
            .http
            .request(method.parse().unwrap(), format!("{}{path}", self.base))
            .bearer_auth("dev-admin-token");
        if let Some(body) = body {
            request = request.json(&body);
        }
        let answer = request.send().await.unwrap();
        let status = answer.status().as_u16();
        let headers = answer.headers().clone();
        let body = answer.json().await.unwrap_or(Value::Null);
        (status, body, headers)
    }

    async fn create(&self) -> String {
        let (status, body, _) = self
            .call(
                "POST",
                CLIENTS,
                Some(json!({"name": "c", "redirectUrls": ["https://a.example/cb"], "validScopes": ["backend"]})),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        body["id"].as_str().unwrap().to_string()
    }
}

#[tokio::test]
async fn an_update_checks_each_given_field_with_create_s_message_then_the_client_then_the_user() {
    let server = MockServer::start().await;
    let admin = Admin::of(&server);
    let id = admin.create().await;
    let path = format!("{CLIENTS}/{id}");
    for (body, status, message) in [
        (
            json!({"name": " "}),
            400,
            "If given, name must be a non empty string",
        ),
        (
            json!({"name": 3}),
            400,
            "If given, name must be a non empty string",
        ),
        (
            json!({"redirectUrls": "x"}),
            400,
            "If redirect URLs are given, they must be an array of valid url strings",
        ),
        (
            json!({"redirectUrls": [1]}),
            400,
            "All given redirect urls must be valid url strings",
        ),
        (
            json!({"redirectUrls": ["nope"]}),
            400,
            "Invalid redirect url: Invalid URL",
        ),
        (
            json!({"isValid": "yes"}),
            400,
            "If isValid is given, it must be a valid boolean",
        ),
        (
            json!({"requiresSecret": 0}),
            400,
            "If requiresSecret is given, it must be a valid boolean",
        ),
        (
            json!({"validScopes": "backend"}),
            400,
            "validScopes must be an array of strings",
        ),
        (
            json!({"validScopes": ["frontend"]}),
            400,
            "Only login, login-register, backend and auth are valid scopes",
        ),
        (
            json!({"clientCredentialFlowUser": 5}),
            400,
            "clientCredentialFlowUser must be a string",
        ),
        (
            json!({"clientCredentialFlowUser": "ghost"}),
            404,
            "User with given id not found",
        ),
        // A body check comes before the client: an unknown client with a bad body is a 400.
    ] {
        // Every field but the one tried is valid: name and both lists are always required.
        let mut body_with_required = json!({"name": "n", "redirectUrls": [], "validScopes": []});
        for (field, value) in body.as_object().unwrap() {
            body_with_required[field] = value.clone();
        }
        let body = body_with_required;
        let (got, answer, _) = admin.call("PUT", &path, Some(body.clone())).await;
        assert_eq!(
            (got, answer["message"].as_str()),
            (status, Some(message)),
            "{body}"
        );
    }
    let (status, answer, _) = admin
        .call(
            "PUT",
            &format!("{CLIENTS}/not-a-uuid"),
            Some(json!({"name": " "})),
        )
        .await;
    assert_eq!(
        (status, answer["message"].as_str()),
        (400, Some("If given, name must be a non empty string"))
    );
    for unknown in [
        "not-a-uuid",
        "00000000-0000-4000-8000-000000000000",
        "gropius-auth-client",
    ] {
        let (status, answer, _) = admin
            .call(
                "PUT",
                &format!("{CLIENTS}/{unknown}"),
                Some(json!({"name": "n", "redirectUrls": [], "validScopes": [], "isValid": false})),
            )
            .await;
        assert_eq!(status, 404, "{unknown}");
        assert_eq!(
            answer["message"],
            "Auth client with given id not found or is default auth client"
        );
    }
    // Nothing changed; an update without a list, or with a null one, is refused (the contract
    // requires both), and changes nothing either.
    let (_, details, _) = admin.call("GET", &path, None).await;
    assert_eq!(details["redirectUrls"], json!(["https://a.example/cb"]));
    for (body, message) in [
        (
            json!({"name": "n", "validScopes": []}),
            "redirectUrls must be specified on every update, [] for none",
        ),
        (
            json!({"name": "n", "redirectUrls": []}),
            "validScopes must be specified on every update, [] for none",
        ),
        (
            json!({"name": "n", "redirectUrls": null, "validScopes": []}),
            "If redirect URLs are given, they must be an array of valid url strings",
        ),
        (json!({}), "If given, name must be a non empty string"),
    ] {
        let (status, answer, _) = admin.call("PUT", &path, Some(body.clone())).await;
        assert_eq!(
            (status, answer["message"].as_str()),
            (400, Some(message)),
            "{body}"
        );
    }
    let (_, details, _) = admin.call("GET", &path, None).await;
    assert_eq!(details["redirectUrls"], json!(["https://a.example/cb"]));
    assert_eq!(details["name"], "c");
    let (status, updated, _) = admin
        .call(
            "PUT",
            &path,
            Some(json!({"name": "n", "redirectUrls": [], "validScopes": []})),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(updated["redirectUrls"], json!([]));
    assert!(updated.get("validScopes").is_none(), "never shown");
}

#[tokio::test]
async fn a_secret_is_shown_once_and_never_again() {
    let server = MockServer::start().await;
    let admin = Admin::of(&server);
    let id = admin.create().await;
    let (status, created, _) = admin
        .call("POST", &format!("{CLIENTS}/{id}/client-secret"), None)
        .await;
    assert_eq!(status, 201);
    let secret = created["secretText"].as_str().unwrap().to_string();
    assert!(secret.len() == 30 && secret.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(created["censored"], format!("{}**********", &secret[..5]));
    let fingerprint = created["fingerprint"].as_str().unwrap();
    assert!(fingerprint.len() == 64 && fingerprint.bytes().all(|b| b.is_ascii_hexdigit()));

    let (_, listed, _) = admin
        .call("GET", &format!("{CLIENTS}/{id}/client-secret"), None)
        .await;
    assert_eq!(
        listed,
        json!([{"censored": created["censored"], "fingerprint": fingerprint}])
    );
    let admin_api = reqwest::get(format!("{}/__mock/gropius/clients", server.base_url()))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let journal = serde_json::to_string(&server.journal(&JournalQuery::default())).unwrap();
    let debug = format!("{:?} {:?}", *server, server.gropius_clients());
    for (place, text) in [
        ("admin API", &admin_api),
        ("journal", &journal),
        ("Debug", &debug),
    ] {
        assert!(!text.contains(&secret), "the secret shows in the {place}");
    }
    // The delete of a secret takes its fingerprint; a second delete finds none.
    let delete = format!("{CLIENTS}/{id}/client-secret/{fingerprint}");
    let (status, done, _) = admin.call("DELETE", &delete, None).await;
    assert_eq!(
        (status, done["operation"].as_str()),
        (200, Some("delete-clientSecret"))
    );
    let time = done["time"].as_str().unwrap();
    assert!(
        time.ends_with('Z') && time.contains('.'),
        "milliseconds: {time}"
    );
    let (status, again, _) = admin.call("DELETE", &delete, None).await;
    assert_eq!(
        (status, again["message"].as_str()),
        (404, Some("No secret with given fingerprint"))
    );
}

#[tokio::test]
async fn the_contract_profile_records_where_the_real_service_answers_otherwise() {
    let server = MockServer::start().await;
    let admin = Admin::of(&server);
    // The real service answers this request the same way: nothing is recorded.
    admin.create().await;
    assert!(
        server.divergences().is_empty(),
        "{:?}",
        server.divergences()
    );

    // The scope `login`: the contract accepts it, the real service refuses it.
    let (status, _, headers) = admin
        .call(
            "POST",
            CLIENTS,
            Some(json!({"name": "c", "redirectUrls": [], "validScopes": ["login"]})),
        )
        .await;
    assert_eq!(status, 201);
    assert_eq!(
        headers["x-mock-divergence"],
        r#"scope-not-backend; upstream 400 "Only backend is a valid scopes""#
    );
    let divergences = server.divergences();
    assert_eq!(divergences.len(), 1);
    assert_eq!(divergences[0].method, "POST");
    assert_eq!(divergences[0].divergence.quirk, "scope-not-backend");
    assert_eq!(divergences[0].divergence.upstream_status, 400);
    let entry = &server.journal(&JournalQuery::default()).entries[0];
    assert_eq!(entry.divergence.as_ref(), Some(&divergences[0].divergence));

    // A create without the lists, an update without them, a read of a built-in client.
    admin
        .call("POST", CLIENTS, Some(json!({"name": "no lists"})))
        .await;
    let id = admin.create().await;
    admin
        .call(
            "PUT",
            &format!("{CLIENTS}/{id}"),
            Some(json!({"name": "no lists"})),
        )
        .await;
    admin
        .call("GET", &format!("{CLIENTS}/gropius-auth-client"), None)
        .await;
    let quirks: Vec<String> = server
        .divergences()
        .into_iter()
        .map(|noted| noted.divergence.quirk)
        .collect();
    assert_eq!(
        quirks,
        [
            "scope-not-backend",
            "missing-redirect-urls",
            "missing-redirect-urls",
            "built-in-client-read"
        ]
    );
    // A request the contract refuses the same way as the real service is no divergence.
    admin.call("POST", CLIENTS, Some(json!({}))).await;
    assert_eq!(server.divergences().len(), 4);
    server.reset(None);
    assert!(server.divergences().is_empty());
}

#[tokio::test]
async fn the_upstream_profile_answers_as_the_real_service_and_records_nothing() {
    let server = MockServer::builder()
        .profile(Profile::Upstream)
        .start()
        .await;
    let admin = Admin::of(&server);
    let (status, answer, headers) = admin
        .call(
            "POST",
            CLIENTS,
            Some(json!({"name": "c", "redirectUrls": [], "validScopes": ["login"]})),
        )
        .await;
    assert_eq!(
        (status, answer["message"].as_str()),
        (400, Some("Only backend is a valid scopes"))
    );
    assert!(headers.get("x-mock-divergence").is_none());
    let id = admin.create().await;
    let (status, answer, _) = admin
        .call(
            "PUT",
            &format!("{CLIENTS}/{id}"),
            Some(json!({"redirectUrls": [], "validScopes": []})),
        )
        .await;
    assert_eq!(
        (status, answer["message"].as_str()),
        (400, Some("If given, name must be a non empty string"))
    );
    let (status, _, _) = admin
        .call(
            "PUT",
            &format!("{CLIENTS}/{id}"),
            Some(json!({"name": "n", "validScopes": []})),
        )
        .await;
    assert_eq!(status, 500);
    let (status, listed, _) = admin.call("GET", CLIENTS, None).await;
    assert_eq!(status, 200);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c.get("validScopes").is_none())
    );
    assert!(server.divergences().is_empty());
}
