//! Property tests: arbitrary JSON values and arbitrary strings as request bodies, and arbitrary
//! header values, never make the mock panic or answer 5xx, and every answer validates against
//! the contract. They drive the core directly (no sockets), so thousands of cases run quickly.

use std::sync::LazyLock;

use bytes::Bytes;
use clientreg_mock::Mock;
use clientreg_mock::adapter::{MockRequest, MockResponse};
use clientreg_mock::config::MockConfig;
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use proptest::prelude::*;
use serde_json::{Map, Value, json};
use tests::ContractWatch;

static CONTRACT: LazyLock<ContractWatch> = LazyLock::new(ContractWatch::load);
static MOCK: LazyLock<Mock> = LazyLock::new(|| Mock::new(&MockConfig::default()).unwrap());

/// The mock's answer (no fault is set, so there is one).
fn handle(mock: &Mock, request: &MockRequest) -> MockResponse {
    mock.serve(request).response().expect("answered").clone()
}

use tests::{AUTIONAL, GROPIUS};
const KEYS: [&str; 17] = [
    "name",
    "redirect_uris",
    "client_auth_methods",
    "fapi_profile",
    "grant_types",
    "is_confidential",
    "jwks",
    "jwks_uri",
    "logo_url",
    "scopes",
    "website",
    "redirectUrls",
    "isValid",
    "requiresSecret",
    "validScopes",
    "clientCredentialFlowUser",
    "other",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,40}".prop_map(Value::from),
        prop_oneof![
            Just("https://app.example.com/cb"),
            Just("http://localhost/cb"),
            Just("com.example.app:/cb"),
            Just("none"),
            Just("private_key_jwt"),
            Just("refresh_token"),
            Just("fapi2"),
            Just("backend"),
            Just("{\"keys\":[]}"),
            Just("dev-user"),
            Just(" "),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(&KEYS[..]), inner), 0..6).prop_map(
                |pairs| {
                    Value::Object(
                        pairs
                            .into_iter()
                            .map(|(k, v)| (k.to_string(), v))
                            .collect::<Map<_, _>>(),
                    )
                }
            ),
        ]
    })
}

/// A valid body with one property replaced (or added) by an arbitrary value: reaches the rules
/// behind the first checks.
fn nearly_valid_body(base: Value) -> impl Strategy<Value = Value> {
    (prop::sample::select(&KEYS[..]), json_value()).prop_map(move |(key, value)| {
        let mut body = base.clone();
        body[key] = value;
        body
    })
}

fn header_value() -> impl Strategy<Value = HeaderValue> {
    prop::collection::vec(any::<u8>(), 0..48).prop_filter_map("a header value", |bytes| {
        HeaderValue::from_bytes(&bytes).ok()
    })
}

fn request(
    path: &str,
    headers: &[(&'static str, HeaderValue)],
    body: impl Into<Bytes>,
) -> MockRequest {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.insert(HeaderName::from_static(name), value.clone());
    }
    MockRequest::new(Method::POST, path, map, body.into())
}

fn autional_headers() -> Vec<(&'static str, HeaderValue)> {
    vec![
        ("x-api-key", HeaderValue::from_static("dev-api-key")),
        ("x-tenant-id", HeaderValue::from_static("tenant-p")),
        ("content-type", HeaderValue::from_static("application/json")),
    ]
}

fn gropius_headers() -> Vec<(&'static str, HeaderValue)> {
    vec![
        (
            "authorization",
            HeaderValue::from_static("Bearer dev-admin-token"),
        ),
        ("content-type", HeaderValue::from_static("application/json")),
    ]
}

/// The property itself: no panic (a panic fails the case), no 5xx, an answer the contract
/// declares.
fn assert_well_answered(request: &MockRequest) -> Result<(), TestCaseError> {
    let response = handle(&MOCK, request);
    prop_assert!(
        response.status.as_u16() < 500,
        "{} {:?} → {}",
        request.path,
        request.body,
        response.status
    );
    if let Err(violation) = CONTRACT.check(request, &response) {
        return Err(TestCaseError::fail(violation.to_string()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_json_body_is_answered_within_the_contract(body in json_value(), gropius in any::<bool>()) {
        let (path, headers) = if gropius { (GROPIUS, gropius_headers()) } else { (AUTIONAL, autional_headers()) };
        assert_well_answered(&request(path, &headers, body.to_string()))?;
    }

    #[test]
    fn nearly_valid_autional_bodies_are_answered_within_the_contract(
        body in nearly_valid_body(json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}))
    ) {
        assert_well_answered(&request(AUTIONAL, &autional_headers(), body.to_string()))?;
    }

    #[test]
    fn nearly_valid_gropius_bodies_are_answered_within_the_contract(body in nearly_valid_body(json!({"name": "c"}))) {
        assert_well_answered(&request(GROPIUS, &gropius_headers(), body.to_string()))?;
    }

    #[test]
    fn any_string_body_is_answered_within_the_contract(body in ".{0,200}", gropius in any::<bool>()) {
        let (path, headers) = if gropius { (GROPIUS, gropius_headers()) } else { (AUTIONAL, autional_headers()) };
        assert_well_answered(&request(path, &headers, body))?;
    }

    #[test]
    fn any_bytes_as_body_are_answered_within_the_contract(body in prop::collection::vec(any::<u8>(), 0..200), gropius in any::<bool>()) {
        let (path, headers) = if gropius { (GROPIUS, gropius_headers()) } else { (AUTIONAL, autional_headers()) };
        assert_well_answered(&request(path, &headers, body))?;
    }

    #[test]
    fn any_header_values_are_answered_within_the_contract(
        api_key in header_value(), tenant in header_value(), authorization in header_value(),
        content_type in header_value(), gropius in any::<bool>(),
    ) {
        let body = json!({"name": "n", "redirect_uris": ["https://a.example/cb"]}).to_string();
        let headers = [
            ("x-api-key", api_key), ("x-tenant-id", tenant),
            ("authorization", authorization), ("content-type", content_type),
        ];
        assert_well_answered(&request(if gropius { GROPIUS } else { AUTIONAL }, &headers, body))?;
    }

    #[test]
    fn any_fault_spec_is_answered_within_the_contract(body in json_value()) {
        let request = request("/__mock/faults", &[], body.to_string());
        let response = handle(&MOCK, &request);
        prop_assert!(response.status == 201 || response.status == 400, "{}", response.status);
        if let Err(violation) = CONTRACT.check(&request, &response) {
            return Err(TestCaseError::fail(violation.to_string()));
        }
        MOCK.clear_faults();
    }
}
