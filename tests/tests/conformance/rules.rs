//! One row per rule of the contract (`openapi/`, `docs/upstream.md`: both services, the check order, the `upstream`
//! profile's quirks): what is sent over HTTP, the status and business code or message that must
//! come back, and, through the admin API, that nothing was stored.

use libtest_mimic::Trial;
use mock_server::Profile;
use serde_json::{Value, json};

use super::{AUTIONAL, Ctx, GROPIUS, trial};

enum Body {
    Json(Value),
    Raw(&'static str),
}

struct Row {
    rule: &'static str,
    path: &'static str,
    profile: Profile,
    headers: Vec<(&'static str, Option<&'static str>)>,
    body: Body,
    status: u16,
    /// Autional: the business code.
    code: Option<i64>,
    /// The message, or the start of it.
    message: &'static str,
}

fn valid_autional() -> Value {
    json!({"name": "My Application", "redirect_uris": ["https://app.example.com/callback"]})
}

/// An Autional row: the valid body with `changes` merged in (a `null` removes the property).
fn autional(rule: &'static str, changes: Value, code: i64, message: &'static str) -> Row {
    let mut body = valid_autional();
    for (key, value) in changes.as_object().unwrap() {
        if value.is_null() {
            body.as_object_mut().unwrap().remove(key);
        } else {
            body[key] = value.clone();
        }
    }
    Row {
        rule,
        path: AUTIONAL,
        profile: Profile::Contract,
        headers: vec![],
        body: Body::Json(body),
        status: if code == 40100001 { 401 } else { 400 },
        code: Some(code),
        message,
    }
}

fn gropius(rule: &'static str, body: Value, status: u16, message: &'static str) -> Row {
    Row {
        rule,
        path: GROPIUS,
        profile: Profile::Contract,
        headers: vec![],
        body: Body::Json(body),
        status,
        code: None,
        message,
    }
}

impl Row {
    fn headers(mut self, headers: &[(&'static str, Option<&'static str>)]) -> Self {
        self.headers.extend_from_slice(headers);
        self
    }

    fn raw(mut self, body: &'static str) -> Self {
        self.body = Body::Raw(body);
        self
    }

    fn upstream(mut self) -> Self {
        self.profile = Profile::Upstream;
        self
    }

    fn default_headers(&self) -> Vec<(&'static str, &'static str)> {
        if self.path == AUTIONAL {
            vec![
                ("x-api-key", "dev-api-key"),
                ("x-tenant-id", "t1"),
                ("content-type", "application/json"),
            ]
        } else {
            vec![
                ("authorization", "Bearer dev-admin-token"),
                ("content-type", "application/json"),
            ]
        }
    }

    async fn check(self, ctx: Ctx) {
        let server = ctx.builder().profile(self.profile).start().await;
        let mut request =
            reqwest::Client::new().post(format!("{}{}", server.base_url(), self.path));
        for (name, value) in self.default_headers() {
            if !self.headers.iter().any(|(n, _)| *n == name) {
                request = request.header(name, value);
            }
        }
        for (name, value) in &self.headers {
            if let Some(value) = value {
                request = request.header(*name, *value);
            }
        }
        request = match &self.body {
            Body::Json(body) => request.body(body.to_string()),
            Body::Raw(body) => request.body(*body),
        };
        let answer = request.send().await.unwrap();
        let status = answer.status().as_u16();
        let body: Value = answer.json().await.unwrap();
        assert_eq!(status, self.status, "{}: {body}", self.rule);
        if let Some(code) = self.code {
            assert_eq!(body["code"], code, "{}: {body}", self.rule);
        } else {
            assert_eq!(body["statusCode"], self.status, "{}: {body}", self.rule);
        }
        let message = body["message"].as_str().unwrap_or_default();
        assert!(
            message.starts_with(self.message),
            "{}: expected {:?}, got {message:?}",
            self.rule,
            self.message
        );

        let admin = sdk::mock_admin::connect(&server.base_url()).unwrap();
        let stored = if self.path == AUTIONAL {
            admin
                .list_autional_clients()
                .tenant("t1")
                .send()
                .await
                .unwrap()
                .len()
        } else {
            admin.list_gropius_clients().send().await.unwrap().len()
        };
        assert_eq!(
            stored, 0,
            "{}: a rejected request stored a client",
            self.rule
        );
    }
}

fn rows() -> Vec<Row> {
    vec![
        // Autional: check order.
        autional(
            "api_key_missing",
            json!({}),
            40100001,
            "X-API-Key header is missing",
        )
        .headers(&[("x-api-key", None)]),
        autional(
            "api_key_unknown",
            json!({}),
            40100001,
            "X-API-Key header is missing",
        )
        .headers(&[("x-api-key", Some("guess"))]),
        autional(
            "api_key_before_tenant_and_body",
            json!({}),
            40100001,
            "X-API-Key",
        )
        .headers(&[("x-api-key", None), ("x-tenant-id", None)])
        .raw("{"),
        autional(
            "tenant_missing",
            json!({}),
            40000003,
            "X-Tenant-ID header is missing or blank",
        )
        .headers(&[("x-tenant-id", None)]),
        autional(
            "tenant_blank",
            json!({}),
            40000003,
            "X-Tenant-ID header is missing or blank",
        )
        .headers(&[("x-tenant-id", Some("  "))]),
        autional("tenant_before_body", json!({}), 40000003, "X-Tenant-ID")
            .headers(&[("x-tenant-id", None)])
            .raw("{"),
        // Autional: the body's shape.
        autional(
            "body_not_json",
            json!({}),
            40000001,
            "request body is not valid JSON",
        )
        .raw("{\"name\":"),
        autional(
            "body_not_an_object",
            json!({}),
            40000001,
            "request body must be a JSON object",
        )
        .raw("[]"),
        autional(
            "content_type_not_json",
            json!({}),
            40000001,
            "Content-Type must be application/json",
        )
        .headers(&[("content-type", Some("text/plain"))]),
        autional(
            "name_required",
            json!({"name": null}),
            40000002,
            "name: is required",
        ),
        autional(
            "redirect_uris_required",
            json!({"redirect_uris": null}),
            40000002,
            "redirect_uris: is required",
        ),
        autional(
            "wrong_type",
            json!({"is_confidential": "yes"}),
            40000002,
            "is_confidential: invalid type",
        ),
        autional(
            "null_for_an_optional_property",
            json!({"website": Value::Null}),
            40000002,
            "",
        )
        .raw(r#"{"name":"n","redirect_uris":["https://a.example/cb"],"website":null}"#),
        // Autional: one row per validation rule.
        autional(
            "name_not_blank",
            json!({"name": " \t "}),
            40000002,
            "name: must not be blank",
        ),
        autional(
            "name_at_most_255",
            json!({"name": "n".repeat(256)}),
            40000002,
            "name: must be at most 255 characters",
        ),
        autional(
            "redirect_uris_at_least_one",
            json!({"redirect_uris": []}),
            40000002,
            "redirect_uris: must contain at least 1 item",
        ),
        autional(
            "redirect_uri_absolute",
            json!({"redirect_uris": ["/callback"]}),
            40000002,
            "redirect_uris[0]: must be an absolute URI",
        ),
        autional(
            "redirect_uri_no_fragment",
            json!({"redirect_uris": ["https://a.example/cb#top"]}),
            40000002,
            "redirect_uris[0]: must not contain a fragment",
        ),
        autional(
            "redirect_uri_http_only_loopback",
            json!({"redirect_uris": ["http://a.example/cb"]}),
            40000002,
            "redirect_uris[0]: http is only allowed with a loopback host",
        ),
        autional(
            "redirect_uri_private_use_only_public",
            json!({"redirect_uris": ["com.example.app:/cb"]}),
            40000002,
            "redirect_uris[0]: a private-use scheme is only allowed for a public client",
        ),
        autional(
            "redirect_uri_known_scheme",
            json!({"redirect_uris": ["ftp://a.example/cb"]}),
            40000002,
            "redirect_uris[0]: scheme must be https",
        ),
        autional(
            "auth_method_registered",
            json!({"client_auth_methods": ["magic"]}),
            40000002,
            "client_auth_methods[0]: unknown variant `magic`",
        ),
        autional(
            "auth_methods_at_least_one",
            json!({"client_auth_methods": []}),
            40000002,
            "client_auth_methods: must contain at least 1 item",
        ),
        autional(
            "public_client_only_none",
            json!({"is_confidential": false, "client_auth_methods": ["client_secret_post"]}),
            40000002,
            "client_auth_methods: a public client",
        ),
        autional(
            "confidential_client_not_none",
            json!({"client_auth_methods": ["none"]}),
            40000002,
            "client_auth_methods: a confidential client may not use none",
        ),
        autional(
            "private_key_jwt_needs_keys",
            json!({"client_auth_methods": ["private_key_jwt"]}),
            40000002,
            "client_auth_methods: private_key_jwt needs jwks or jwks_uri",
        ),
        autional(
            "jwks_excludes_jwks_uri",
            json!({"jwks": "{\"keys\":[]}", "jwks_uri": "https://a.example/jwks"}),
            40000002,
            "jwks: must not be given together with jwks_uri",
        ),
        autional(
            "jwks_is_a_key_set",
            json!({"jwks": "{}"}),
            40000002,
            "jwks: must be a JSON JWK Set",
        ),
        autional(
            "grant_type_known",
            json!({"grant_types": ["password"]}),
            40000002,
            "grant_types[0]: unknown variant `password`",
        ),
        autional(
            "grant_types_at_least_one",
            json!({"grant_types": []}),
            40000002,
            "grant_types: must contain at least 1 item",
        ),
        autional(
            "client_credentials_needs_confidential",
            json!({"is_confidential": false, "grant_types": ["client_credentials"]}),
            40000002,
            "grant_types: client_credentials needs a confidential client",
        ),
        autional(
            "refresh_token_needs_a_code_grant",
            json!({"grant_types": ["refresh_token"]}),
            40000002,
            "grant_types: refresh_token needs",
        ),
        autional(
            "fapi_profile_known",
            json!({"fapi_profile": "fapi3"}),
            40000002,
            "fapi_profile: unknown variant `fapi3`",
        ),
        autional(
            "fapi_needs_confidential",
            json!({"fapi_profile": "fapi1", "is_confidential": false}),
            40000002,
            "fapi_profile: a FAPI client must be confidential",
        ),
        autional(
            "fapi_needs_strong_auth",
            json!({"fapi_profile": "fapi1"}),
            40000002,
            "fapi_profile: a FAPI client may only authenticate with",
        ),
        autional(
            "fapi_needs_https_redirects",
            json!({"fapi_profile": "fapi2", "client_auth_methods": ["tls_client_auth"], "redirect_uris": ["http://127.0.0.1/cb"]}),
            40000002,
            "fapi_profile: a FAPI client must use https redirect URIs only",
        ),
        autional(
            "scope_is_a_token",
            json!({"scopes": ["two words"]}),
            40000002,
            "scopes[0]: must be a scope token",
        ),
        autional(
            "url_fields_are_http_urls",
            json!({"privacy_policy": "mailto:dpo@a.example"}),
            40000002,
            "privacy_policy: must be an absolute http(s) URL",
        ),
        // Autional: more cases of the same rules.
        autional(
            "wrong_type_integer_for_a_string",
            json!({"name": 5}),
            40000002,
            "name: invalid type: integer `5`, expected a string",
        ),
        autional(
            "null_for_a_required_property",
            json!({}),
            40000002,
            "name: invalid type: null",
        )
        .raw(r#"{"name":null,"redirect_uris":["https://a.example/cb"]}"#),
        autional(
            "null_for_a_url_property",
            json!({}),
            40000002,
            "logo_url: invalid type: null",
        )
        .raw(r#"{"name":"n","redirect_uris":["https://a.example/cb"],"logo_url":null}"#),
        autional(
            "redirect_uris_not_an_array",
            json!({"redirect_uris": "https://a.example"}),
            40000002,
            "redirect_uris: invalid type",
        ),
        autional(
            "redirect_uri_not_a_string",
            json!({"redirect_uris": [5]}),
            40000002,
            "redirect_uris[0]: invalid type",
        ),
        autional(
            "name_not_blank_ecma_white_space",
            json!({"name": "\u{feff}\u{a0}"}),
            40000002,
            "name: must not be blank",
        ),
        autional(
            "redirect_uri_absolute_no_space",
            json!({"redirect_uris": ["https://a.example/c b"]}),
            40000002,
            "redirect_uris[0]: must be an absolute URI",
        ),
        autional(
            "redirect_uri_no_fragment_names_its_index",
            json!({"redirect_uris": ["https://a.example/cb", "https://a.example/cb#x"]}),
            40000002,
            "redirect_uris[1]: must not contain a fragment",
        ),
        autional(
            "public_client_only_none_basic",
            json!({"is_confidential": false, "client_auth_methods": ["client_secret_basic"]}),
            40000002,
            "client_auth_methods: a public client (is_confidential: false) may only use none",
        ),
        autional(
            "jwks_is_a_key_set_not_a_key",
            json!({"jwks": "{\"kty\":\"RSA\"}"}),
            40000002,
            "jwks: must be a JSON JWK Set",
        ),
        autional(
            "jwks_is_a_key_set_not_text",
            json!({"jwks": "not json"}),
            40000002,
            "jwks: must be a JSON JWK Set",
        ),
        autional(
            "grant_type_known_implicit",
            json!({"grant_types": ["implicit"]}),
            40000002,
            "grant_types[0]: unknown variant `implicit`",
        ),
        autional(
            "fapi_needs_strong_auth_fapi2",
            json!({"fapi_profile": "fapi2"}),
            40000002,
            "fapi_profile: a FAPI client may only authenticate with private_key_jwt, tls_client_auth or self_signed_tls_client_auth",
        ),
        autional(
            "scope_is_a_token_not_empty",
            json!({"scopes": [""]}),
            40000002,
            "scopes[0]: must be a scope token",
        ),
        autional(
            "scope_is_a_token_names_its_index",
            json!({"scopes": ["openid", "two words"]}),
            40000002,
            "scopes[1]: must be a scope token",
        ),
        autional(
            "scope_is_a_token_no_quote",
            json!({"scopes": ["quo\"te"]}),
            40000002,
            "scopes[0]: must be a scope token",
        ),
        autional(
            "scope_is_a_token_no_backslash",
            json!({"scopes": ["back\\slash"]}),
            40000002,
            "scopes[0]: must be a scope token",
        ),
        autional(
            "scope_is_a_token_ascii_only",
            json!({"scopes": ["caf\u{e9}"]}),
            40000002,
            "scopes[0]: must be a scope token",
        ),
        autional(
            "url_fields_are_http_urls_jwks_uri",
            json!({"jwks_uri": "/jwks.json", "client_auth_methods": ["private_key_jwt"]}),
            40000002,
            "jwks_uri: must be an absolute http(s) URL",
        ),
        autional(
            "url_fields_are_http_urls_logo_url",
            json!({"logo_url": "ftp://a.example/logo.png"}),
            40000002,
            "logo_url: must be an absolute http(s) URL",
        ),
        autional(
            "url_fields_are_http_urls_relative",
            json!({"privacy_policy": "privacy"}),
            40000002,
            "privacy_policy: must be an absolute http(s) URL",
        ),
        autional(
            "url_fields_are_http_urls_terms_url",
            json!({"terms_url": "mailto:legal@a.example"}),
            40000002,
            "terms_url: must be an absolute http(s) URL",
        ),
        autional(
            "url_fields_are_http_urls_website",
            json!({"website": "https://a.example/a b"}),
            40000002,
            "website: must be an absolute http(s) URL",
        ),
        // Gropius: check order.
        gropius(
            "malformed_json_before_authentication",
            json!({}),
            400,
            "Unexpected token in JSON",
        )
        .headers(&[("authorization", None)])
        .raw("{\"name\":"),
        gropius(
            "authorization_empty",
            json!({"name": "c"}),
            401,
            "Authorization header is empty",
        )
        .headers(&[("authorization", None)]),
        gropius(
            "authorization_not_bearer",
            json!({"name": "c"}),
            401,
            "Only accepting Bearer authorization",
        )
        .headers(&[("authorization", Some("Basic YTpi"))]),
        gropius(
            "access_token_invalid",
            json!({"name": "c"}),
            401,
            "Invalid access token: jwt malformed",
        )
        .headers(&[("authorization", Some("Bearer guess"))]),
        gropius(
            "user_not_admin",
            json!({"name": "c"}),
            403,
            "Forbidden resource",
        )
        .headers(&[("authorization", Some("Bearer dev-user-token"))]),
        gropius(
            "authentication_before_body",
            json!({"name": 1}),
            401,
            "Authorization header is empty",
        )
        .headers(&[("authorization", None)]),
        // Gropius: the body checks in the real order, with the real messages.
        gropius(
            "1_name_missing",
            json!({}),
            400,
            "Name of auth client must be specified on creation and can't be empty",
        ),
        gropius(
            "2_name_not_a_non_empty_string",
            json!({"name": "  ", "redirectUrls": 1}),
            400,
            "If given, name must be a non empty string",
        ),
        gropius(
            "3_redirect_urls_not_an_array",
            json!({"name": "c", "redirectUrls": "x", "isValid": 1}),
            400,
            "If redirect URLs are given, they must be an array of valid url strings",
        ),
        gropius(
            "4_redirect_url_not_a_string",
            json!({"name": "c", "redirectUrls": [1, "bad"]}),
            400,
            "All given redirect urls must be valid url strings",
        ),
        gropius(
            "5_redirect_url_not_a_url",
            json!({"name": "c", "redirectUrls": ["bad"], "isValid": 1}),
            400,
            "Invalid redirect url: Invalid URL",
        ),
        gropius(
            "6_is_valid_not_a_boolean",
            json!({"name": "c", "isValid": "yes", "requiresSecret": 1}),
            400,
            "If isValid is given, it must be a valid boolean",
        ),
        gropius(
            "7_requires_secret_not_a_boolean",
            json!({"name": "c", "requiresSecret": 1, "validScopes": 1}),
            400,
            "If requiresSecret is given, it must be a valid boolean",
        ),
        gropius(
            "8_valid_scopes_not_an_array",
            json!({"name": "c", "validScopes": "backend", "clientCredentialFlowUser": 1}),
            400,
            "validScopes must be an array of strings",
        ),
        gropius(
            "8_valid_scope_unknown",
            json!({"name": "c", "validScopes": ["frontend"]}),
            400,
            "Only login, login-register, backend and auth are valid scopes",
        ),
        gropius(
            "9_credential_flow_user_not_a_string",
            json!({"name": "c", "clientCredentialFlowUser": 7}),
            400,
            "clientCredentialFlowUser must be a string",
        ),
        gropius(
            "10_credential_flow_user_unknown",
            json!({"name": "c", "clientCredentialFlowUser": "ghost"}),
            404,
            "User with given id not found",
        ),
        // Gropius: the upstream profile's quirks.
        // Gropius: more cases of the same checks.
        gropius(
            "2_name_empty",
            json!({"name": ""}),
            400,
            "If given, name must be a non empty string",
        ),
        gropius(
            "2_name_white_space",
            json!({"name": "  \t"}),
            400,
            "If given, name must be a non empty string",
        ),
        gropius(
            "2_name_a_number",
            json!({"name": 42}),
            400,
            "If given, name must be a non empty string",
        ),
        gropius(
            "2_name_null",
            json!({"name": null}),
            400,
            "If given, name must be a non empty string",
        ),
        gropius(
            "3_redirect_urls_a_string",
            json!({"name": "c", "redirectUrls": "https://a.example"}),
            400,
            "If redirect URLs are given, they must be an array of valid url strings",
        ),
        gropius(
            "3_redirect_urls_null",
            json!({"name": "c", "redirectUrls": null}),
            400,
            "If redirect URLs are given, they must be an array of valid url strings",
        ),
        gropius(
            "4_redirect_url_a_number_after_a_url",
            json!({"name": "c", "redirectUrls": ["https://a.example", 3]}),
            400,
            "All given redirect urls must be valid url strings",
        ),
        gropius(
            "5_redirect_url_with_a_space",
            json!({"name": "c", "redirectUrls": ["not a url"]}),
            400,
            "Invalid redirect url: Invalid URL",
        ),
        gropius(
            "5_redirect_url_relative",
            json!({"name": "c", "redirectUrls": ["/relative/path"]}),
            400,
            "Invalid redirect url: Invalid URL",
        ),
        gropius(
            "6_is_valid_a_string",
            json!({"name": "c", "isValid": "true"}),
            400,
            "If isValid is given, it must be a valid boolean",
        ),
        gropius(
            "6_is_valid_null",
            json!({"name": "c", "isValid": null}),
            400,
            "If isValid is given, it must be a valid boolean",
        ),
        gropius(
            "8_valid_scopes_a_string",
            json!({"name": "c", "validScopes": "backend"}),
            400,
            "validScopes must be an array of strings",
        ),
        gropius(
            "8_valid_scopes_a_number_inside",
            json!({"name": "c", "validScopes": ["backend", 7]}),
            400,
            "validScopes must be an array of strings",
        ),
        gropius(
            "upstream_500_without_redirect_urls",
            json!({"name": "c", "validScopes": []}),
            500,
            "Internal server error",
        )
        .upstream(),
        gropius(
            "upstream_500_without_valid_scopes",
            json!({"name": "c", "redirectUrls": []}),
            500,
            "Internal server error",
        )
        .upstream(),
        gropius(
            "upstream_only_backend_scope",
            json!({"name": "c", "redirectUrls": [], "validScopes": ["login"]}),
            400,
            "Only backend is a valid scopes",
        )
        .upstream(),
    ]
}

/// One trial per row, named `rule::<service>::<rule>`.
pub fn trials() -> Vec<Trial> {
    rows()
        .into_iter()
        .map(|row| {
            let service = if row.path == AUTIONAL {
                "autional"
            } else {
                "gropius"
            };
            trial(format!("rule::{service}::{}", row.rule), move |ctx| {
                Box::pin(row.check(ctx))
            })
        })
        .collect()
}
