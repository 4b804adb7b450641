//! Helpers shared by the mock's tests: build plain requests and read plain answers, run the
//! binary.

#![allow(dead_code)]

use bytes::Bytes;
use clientreg_mock::Mock;
use clientreg_mock::adapter::{MockRequest, MockResponse};
use clientreg_mock::config::MockConfig;
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use serde_json::Value;

pub fn mock() -> Mock {
    Mock::new(&MockConfig::default()).unwrap()
}

/// The answer `mock` gives `request` (no fault is set, so there is one).
pub fn handle(mock: &Mock, request: &MockRequest) -> MockResponse {
    mock.serve(request).response().expect("answered").clone()
}

pub fn post(path: &str, headers: &[(&str, &str)], body: impl Into<Bytes>) -> MockRequest {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.append(
            HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_str(value).unwrap(),
        );
    }
    MockRequest::new(Method::POST, path, map, body.into())
}

/// The project's recording of the real Gropius service (`openapi/fidelity/`).
pub const RECORDING: &str = include_str!("../../../openapi/fidelity/gropius-login.recording.jsonl");
const CORPUS: &str = include_str!("../../../openapi/fidelity/gropius-login.corpus.yaml");

/// The URL the recorded service was deployed at (the corpus's `deployed_at`): a mock that
/// replays the recording is told it.
pub fn recorded_deployment() -> String {
    let corpus: serde_yaml::Value = serde_yaml::from_str(CORPUS).expect("the corpus parses");
    corpus["deployed_at"]
        .as_str()
        .expect("the corpus names its deployment URL")
        .to_string()
}

/// The `clientreg-mock` binary, built for the tests.
pub const BINARY: &str = env!("CARGO_BIN_EXE_clientreg-mock");

pub const AUTIONAL: &str = "/internal/oauth/clients";
pub const GROPIUS: &str = "/auth/api/login/client";

/// A well-authenticated Autional request for `tenant` with a JSON body.
pub fn autional(tenant: &str, body: &Value) -> MockRequest {
    post(
        AUTIONAL,
        &[
            ("x-api-key", clientreg_mock::DEV_API_KEY),
            ("x-tenant-id", tenant),
            ("content-type", "application/json"),
        ],
        body.to_string(),
    )
}

/// An admin Gropius request with a JSON body.
pub fn gropius(body: &Value) -> MockRequest {
    post(
        GROPIUS,
        &[
            ("authorization", "Bearer dev-admin-token"),
            ("content-type", "application/json"),
        ],
        body.to_string(),
    )
}

pub fn json(response: &MockResponse) -> Value {
    serde_json::from_slice(&response.body).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {:?}",
            String::from_utf8_lossy(&response.body)
        )
    })
}

/// Runs the `clientreg-mock` binary with `args` (and nothing from the environment) to its end:
/// its exit status, stdout and stderr (which must be UTF-8).
pub async fn run_binary<S: AsRef<std::ffi::OsStr>>(
    args: impl IntoIterator<Item = S>,
) -> (i32, String, String) {
    let output = tokio::process::Command::new(BINARY)
        .args(args)
        .env_clear()
        .output()
        .await
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}
