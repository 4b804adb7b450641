//! The Gropius core beyond the rule table (one row per check of `docs/upstream.md`, in the real
//! service's order, is in the conformance suite, `tests/tests/conformance/rules.rs`): the user
//! lookup, the guard's messages, the body parser, the defaults; and the `upstream` profile's
//! quirks (present under `upstream`, absent under `contract`). Every body shape here is one the
//! real service was seen to answer (`openapi/fidelity/gropius-login.recording.jsonl`): a handler's
//! `HttpException` and the guard's 401 carry no `error`; the guard's 403 and the body parser's
//! 400 do.

use crate::support::{GROPIUS, gropius, handle, json, mock, post};
use clientreg_mock::adapter::MockResponse;
use clientreg_mock::config::MockConfig;
use clientreg_mock::{Mock, Profile};
use serde_json::{Value, json};

fn assert_answer(response: &MockResponse, status: u16, message: &str, error: Option<&str>) {
    let body = json(response);
    assert_eq!(response.status, status, "{body}");
    assert_eq!(body["statusCode"], status, "{body}");
    assert_eq!(body["message"], message, "{body}");
    assert_eq!(body.get("error").and_then(Value::as_str), error, "{body}");
}

fn assert_bad_request(mock: &Mock, body: Value, message: &str) {
    assert_answer(&handle(mock, &gropius(&body)), 400, message, None);
    assert_eq!(
        mock.gropius_client_count(),
        0,
        "a rejected request stored a client"
    );
}

#[test]
fn an_unknown_credential_flow_user_is_404_after_the_body_checks() {
    let mock = mock();
    let response = handle(
        &mock,
        &gropius(&json!({
            "name": "c", "redirectUrls": [], "validScopes": [], "clientCredentialFlowUser": "nobody"
        })),
    );
    assert_answer(&response, 404, "User with given id not found", None);
    let bad_scope_and_unknown_user = json!({
        "name": "c", "redirectUrls": [], "validScopes": ["x"], "clientCredentialFlowUser": "nobody"
    });
    assert_bad_request(
        &mock,
        bad_scope_and_unknown_user,
        "Only login, login-register, backend and auth are valid scopes",
    );
    let known = handle(
        &mock,
        &gropius(&json!({
            "name": "c", "redirectUrls": [], "validScopes": [], "clientCredentialFlowUser": "dev-user"
        })),
    );
    assert_eq!(known.status, 201);
}

#[test]
fn authentication_answers_401_or_403_with_the_guard_s_messages() {
    let mock = mock();
    let body = json!({"name": "c"}).to_string();
    let rows = [
        (None, 401, "Authorization header is empty", None),
        (Some(""), 401, "Authorization header is empty", None),
        (
            Some("Basic ZGV2OmRldg=="),
            401,
            "Only accepting Bearer authorization",
            None,
        ),
        (
            Some("Bearer nope"),
            401,
            "Invalid access token: jwt malformed",
            None,
        ),
        (
            Some("Bearer a.b.c"),
            401,
            "Invalid access token: invalid token",
            None,
        ),
        (
            // `{"alg":"RS256"}`.`{}`.a signature nobody made
            Some("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"),
            401,
            "Invalid access token: invalid signature",
            None,
        ),
        (
            Some("Bearer dev-user-token"),
            403,
            "Forbidden resource",
            Some("Forbidden"),
        ),
    ];
    for (authorization, status, message, error) in rows {
        let mut headers = vec![("content-type", "application/json")];
        if let Some(value) = authorization {
            headers.push(("authorization", value));
        }
        let response = handle(&mock, &post(GROPIUS, &headers, body.clone()));
        assert_answer(&response, status, message, error);
        assert!(
            !response.headers.contains_key("www-authenticate"),
            "the real guard sends no WWW-Authenticate"
        );
    }
    assert_eq!(mock.gropius_client_count(), 0);
}

#[test]
fn malformed_json_is_400_before_authentication_and_authentication_before_the_body() {
    let mock = mock();
    let malformed = handle(
        &mock,
        &post(
            GROPIUS,
            &[("content-type", "application/json")],
            "{\"name\":",
        ),
    );
    assert_eq!(malformed.status, 400);
    let body = json(&malformed);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .starts_with("Unexpected token in JSON"),
        "{body}"
    );
    assert_eq!(
        body["error"], "Bad Request",
        "NestJS wraps the body parser's error in a BadRequestException"
    );

    for top_level in ["\"text\"", "42", "null"] {
        let response = handle(
            &mock,
            &post(GROPIUS, &[("content-type", "application/json")], top_level),
        );
        assert_eq!(response.status, 400, "{top_level}");
    }
    let unauthenticated_bad_body = post(
        GROPIUS,
        &[("content-type", "application/json")],
        json!({"name": 1}).to_string(),
    );
    assert_eq!(handle(&mock, &unauthenticated_bad_body).status, 401);
}

#[test]
fn a_body_not_sent_as_json_reads_as_empty_as_express_reads_it() {
    let mock = mock();
    for (content_type, body) in [
        ("text/plain", json!({"name": "c"}).to_string()),
        ("application/json", String::new()),
    ] {
        let response = handle(
            &mock,
            &post(
                GROPIUS,
                &[
                    ("authorization", "Bearer dev-admin-token"),
                    ("content-type", content_type),
                ],
                body,
            ),
        );
        assert_answer(
            &response,
            400,
            "Name of auth client must be specified on creation and can't be empty",
            None,
        );
    }
    assert_bad_request(
        &mock,
        json!([{"name": "c"}]),
        "Name of auth client must be specified on creation and can't be empty",
    );
}

#[test]
fn the_documented_defaults_are_applied() {
    let mock = mock();
    let response = handle(
        &mock,
        &gropius(&json!({"name": "My Client", "redirectUrls": [], "validScopes": []})),
    );
    assert_eq!(response.status, 201);
    let created = json(&response);
    assert_eq!(created["redirectUrls"], json!([]));
    assert_eq!(created["isValid"], true);
    assert_eq!(created["requiresSecret"], true);
    assert!(
        created.get("validScopes").is_none(),
        "the real service never sends validScopes"
    );
    assert_eq!(created["isInternal"], false);
    let id: uuid::Uuid = created["id"].as_str().unwrap().parse().unwrap();
    assert_eq!(id.get_version_num(), 4);
    assert_eq!(mock.gropius_clients()[0].client.id, id.to_string());
}

#[test]
fn given_values_are_kept() {
    let mock = mock();
    let body = json!({
        "name": "c", "redirectUrls": ["https://a.example/cb", "http://localhost:3000/cb"],
        "isValid": false, "requiresSecret": false,
        "validScopes": ["login", "login-register", "backend", "auth"],
    });
    let created = json(&handle(&mock, &gropius(&body)));
    for key in ["redirectUrls", "isValid", "requiresSecret"] {
        assert_eq!(created[key], body[key], "{key}");
    }
    let kept = &mock.gropius_clients()[0].client;
    assert_eq!(
        serde_json::to_value(&kept.valid_scopes).unwrap(),
        body["validScopes"],
        "the scopes are kept, though not shown"
    );
}

fn upstream() -> Mock {
    Mock::new(&MockConfig {
        profile: Profile::Upstream,
        ..MockConfig::default()
    })
    .unwrap()
}

#[test]
fn upstream_profile_answers_500_when_a_list_is_missing() {
    let mock = upstream();
    for body in [
        json!({"name": "c"}),
        json!({"name": "c", "redirectUrls": []}),
        json!({"name": "c", "validScopes": ["backend"]}),
    ] {
        assert_answer(
            &handle(&mock, &gropius(&body)),
            500,
            "Internal server error",
            None,
        );
    }
    assert_eq!(mock.gropius_client_count(), 0);
    let both = handle(
        &mock,
        &gropius(&json!({"name": "c", "redirectUrls": [], "validScopes": []})),
    );
    assert_eq!(both.status, 201);
}

#[test]
fn upstream_profile_accepts_only_backend_and_leaves_valid_scopes_out() {
    let mock = upstream();
    for scope in ["login", "login-register", "auth", "frontend"] {
        let body = json!({"name": "c", "redirectUrls": [], "validScopes": [scope]});
        assert_bad_request(&mock, body, "Only backend is a valid scopes");
    }
    let created = handle(
        &mock,
        &gropius(&json!({"name": "c", "redirectUrls": [], "validScopes": ["backend"]})),
    );
    assert_eq!(created.status, 201);
    assert!(json(&created).get("validScopes").is_none());
}

#[test]
fn contract_profile_has_none_of_the_upstream_quirks() {
    let mock = mock();
    assert_eq!(mock.profile(), Profile::Contract);
    for (body, message) in [
        (
            json!({"name": "c", "validScopes": []}),
            "redirectUrls must be specified on creation, [] for none",
        ),
        (
            json!({"name": "c", "redirectUrls": []}),
            "validScopes must be specified on creation, [] for none",
        ),
        (
            json!({"name": "c"}),
            "redirectUrls must be specified on creation, [] for none",
        ),
    ] {
        assert_bad_request(&mock, body, message);
    }
    let created = handle(
        &mock,
        &gropius(&json!({"name": "c", "redirectUrls": [], "validScopes": ["login"]})),
    );
    assert_eq!(created.status, 201, "login accepted");
    assert!(json(&created).get("validScopes").is_none());
}

#[test]
fn upstream_profile_reads_null_as_the_real_check_does() {
    let mock = upstream();
    let base = json!({"name": "c", "redirectUrls": [], "validScopes": []});
    let with = |key: &str| {
        let mut body = base.clone();
        body[key] = Value::Null;
        handle(&mock, &gropius(&body))
    };
    // `isValid: null` passes and defaults; `clientCredentialFlowUser: null` is no user.
    assert_eq!(json(&with("isValid"))["isValid"], true);
    assert_eq!(with("clientCredentialFlowUser").status, 201);
    // `requiresSecret: null` passes the check and fails to store; a `null` list crashes.
    for key in ["requiresSecret", "redirectUrls", "validScopes"] {
        assert_answer(&with(key), 500, "Internal server error", None);
    }
    // `name: null` is a missing name.
    assert_answer(
        &handle(&mock, &gropius(&json!({"name": null}))),
        400,
        "Name of auth client must be specified on creation and can't be empty",
        None,
    );
    // A missing list crashes where the real check meets it, before the later checks.
    assert_answer(
        &handle(&mock, &gropius(&json!({"name": "c", "isValid": "yes"}))),
        500,
        "Internal server error",
        None,
    );
    // A scope that is not a string fails the only-backend check.
    assert_answer(
        &handle(
            &mock,
            &gropius(&json!({"name": "c", "redirectUrls": [], "validScopes": [7]})),
        ),
        400,
        "Only backend is a valid scopes",
        None,
    );
    assert_eq!(
        mock.gropius_client_count(),
        2,
        "the two null-as-absent creates"
    );
}

#[test]
fn contract_profile_refuses_null_and_announces_what_the_real_service_does() {
    let mock = mock();
    for (key, message, quirk, upstream) in [
        (
            "isValid",
            "If isValid is given, it must be a valid boolean",
            "is-valid-null",
            201,
        ),
        (
            "requiresSecret",
            "If requiresSecret is given, it must be a valid boolean",
            "requires-secret-null",
            500,
        ),
        (
            "clientCredentialFlowUser",
            "clientCredentialFlowUser must be a string",
            "client-credential-flow-user-null",
            201,
        ),
    ] {
        let mut body = json!({"name": "c", "redirectUrls": [], "validScopes": []});
        body[key] = Value::Null;
        let response = handle(&mock, &gropius(&body));
        assert_answer(&response, 400, message, None);
        let announced = response.headers["x-mock-divergence"].to_str().unwrap();
        assert!(
            announced.starts_with(&format!("{quirk}; upstream {upstream}")),
            "{announced}"
        );
    }
    assert_eq!(mock.gropius_client_count(), 0);
}

#[test]
fn a_form_body_is_read_as_express_reads_it() {
    let mock = upstream();
    let response = handle(
        &mock,
        &post(
            GROPIUS,
            &[
                ("authorization", "Bearer dev-admin-token"),
                ("content-type", "application/x-www-form-urlencoded"),
            ],
            "name=c",
        ),
    );
    // A form has no lists: the real check crashes on the first.
    assert_answer(&response, 500, "Internal server error", None);
}
