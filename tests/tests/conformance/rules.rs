//! The contract's trials (`openapi/trials/*.yaml`: one per rule, check order and message of both
//! services, and the `upstream` profile's quirks), each sent over HTTP to the embedded mock:
//! the status and business code or message that must come back, and, through the admin API,
//! that nothing was stored. The data lives beside the documents, written from them; this file
//! only runs it.

use std::collections::BTreeMap;
use std::path::Path;

use libtest_mimic::Trial;
use mock_server::Profile;
use serde::Deserialize;
use serde_json::Value;

use super::{AUTIONAL, Ctx, trial};

/// A trials file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TrialFile {
    version: u32,
    document: String,
    operation: String,
    request: RequestDefaults,
    trials: Vec<TrialSpec>,
}

/// What every trial of a file sends unless it says otherwise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestDefaults {
    method: String,
    path: String,
    headers: BTreeMap<String, String>,
}

/// One trial.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TrialSpec {
    name: String,
    /// `upstream`: a known quirk of the real service, answered only by that profile.
    #[serde(default)]
    profile: Option<String>,
    /// Headers over the defaults; `null` leaves one out.
    #[serde(default)]
    headers: BTreeMap<String, Option<String>>,
    #[serde(default)]
    body: Option<Value>,
    #[serde(default)]
    raw_body: Option<String>,
    expect: Expect,
}

/// What must come back.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    status: u16,
    /// Autional's business code.
    #[serde(default)]
    code: Option<i64>,
    /// The start of the message.
    message: String,
}

/// The development credentials, for the placeholders of the trials.
fn fill(text: &str) -> String {
    text.replace("{api_key}", mock_server::DEV_API_KEY)
        .replace("{tenant}", "t1")
        .replace("{admin_token}", mock_server::DEV_ADMIN_TOKEN)
        .replace("{user_token}", mock_server::DEV_USER_TOKEN)
}

struct Prepared {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: String,
    profile: Profile,
    expect: Expect,
}

impl Prepared {
    fn of(defaults: &RequestDefaults, spec: &TrialSpec) -> Self {
        let mut headers: BTreeMap<String, Option<String>> = defaults
            .headers
            .iter()
            .map(|(name, value)| (name.clone(), Some(value.clone())))
            .collect();
        headers.extend(spec.headers.clone());
        let body = match (&spec.body, &spec.raw_body) {
            (Some(body), None) => body.to_string(),
            (None, Some(raw)) => raw.clone(),
            _ => panic!("{}: give body or raw_body", spec.name),
        };
        Self {
            method: defaults.method.clone(),
            path: defaults.path.clone(),
            headers: headers
                .into_iter()
                .filter_map(|(name, value)| Some((name, fill(&value?))))
                .collect(),
            body,
            profile: match spec.profile.as_deref() {
                None => Profile::Contract,
                Some(profile) => profile.parse().expect("a profile name"),
            },
            expect: spec.expect.clone(),
        }
    }

    async fn check(self, name: String, ctx: Ctx) {
        let server = ctx.builder().profile(self.profile).start().await;
        let mut request = reqwest::Client::new().request(
            self.method.parse().unwrap(),
            format!("{}{}", server.base_url(), self.path),
        );
        for (header, value) in &self.headers {
            request = request.header(header, value);
        }
        let answer = request.body(self.body).send().await.unwrap();
        let status = answer.status().as_u16();
        let body: Value = answer.json().await.unwrap();
        let expect = &self.expect;
        assert_eq!(status, expect.status, "{name}: {body}");
        match expect.code {
            Some(code) => assert_eq!(body["code"], code, "{name}: {body}"),
            None => assert_eq!(body["statusCode"], expect.status, "{name}: {body}"),
        }
        let message = body["message"].as_str().unwrap_or_default();
        assert!(
            message.starts_with(&expect.message),
            "{name}: expected {:?}, got {message:?}",
            expect.message
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
        assert_eq!(stored, 0, "{name}: a rejected request stored a client");
    }
}

/// The trials files, by the service each trial is named after.
const FILES: [(&str, &str); 2] = [
    ("autional", "autional.yaml"),
    ("gropius", "gropius-login.yaml"),
];

/// One trial per entry of the trials files, named `rule::<service>::<trial>`.
pub fn trials() -> Vec<Trial> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/trials");
    let mut trials = Vec::new();
    for (service, file) in FILES {
        let text = std::fs::read_to_string(dir.join(file)).expect("a trials file");
        let parsed: TrialFile =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("openapi/trials/{file}: {e}"));
        assert_eq!(
            parsed.version, 1,
            "openapi/trials/{file}: an unknown version"
        );
        assert_eq!(
            parsed.document, file,
            "openapi/trials/{file} names another document"
        );
        assert!(!parsed.operation.is_empty());
        for spec in &parsed.trials {
            let prepared = Prepared::of(&parsed.request, spec);
            let name = format!("rule::{service}::{}", spec.name);
            let label = name.clone();
            trials.push(trial(name, move |ctx| Box::pin(prepared.check(label, ctx))));
        }
    }
    trials
}
