//! Autional's `POST /internal/oauth/clients`, top-down: authenticate → tenant → read the body →
//! validate → store → answer.

pub(crate) mod error;
pub(crate) mod model;
mod validate;

use std::sync::Arc;

use dashmap::DashMap;
use http::StatusCode;
use serde_json::Value;
use serde_json::value::RawValue;
use ulid::Ulid;

use self::error::{AutionalError, Violation};
use self::model::{CreateClientEnvelope, CreateClientRequest, CreateClientResponse};
use self::validate::ValidClient;
use crate::http::{Body, MockRequest, MockResponse};
use crate::shared::{REDACTED, SecretSet, Shared};
use crate::store::{ChunkedList, from_kept_json, to_kept_json};
use crate::text::is_blank;

/// The path of the create operation.
pub(crate) const CREATE_CLIENT_PATH: &str = "/internal/oauth/clients";
/// The longest tenant id accepted, in characters.
const TENANT_MAX_CHARS: usize = 255;

/// The Autional service: its API keys and its clients, by tenant.
#[derive(Debug)]
pub(crate) struct Autional {
    api_keys: SecretSet,
    /// Each client as the JSON of its answer (one exact-size allocation); secrets are redacted
    /// when read back.
    clients: DashMap<String, ChunkedList<Box<RawValue>>>,
    shared: Arc<Shared>,
}

impl Autional {
    pub(crate) fn new(api_keys: SecretSet, shared: Arc<Shared>) -> Self {
        Self {
            api_keys,
            clients: DashMap::new(),
            shared,
        }
    }

    /// Answers one create request.
    pub(crate) fn create_client(&self, request: &MockRequest) -> MockResponse {
        let timestamp = self.shared.clock.timestamp();
        let (tenant, valid) = match self.check(request) {
            Ok(checked) => checked,
            Err(error) => return error.into_response(timestamp),
        };
        let client = to_kept_json(&self.make_client(valid));
        let response = MockResponse::json(
            StatusCode::CREATED,
            &CreateClientEnvelope {
                code: 0,
                data: &*client,
                message: "success".to_string(),
                timestamp,
            },
        );
        self.clients.entry(tenant).or_default().push(client);
        response
    }

    /// Every check, in the contract's order: API key, tenant, body.
    fn check(&self, request: &MockRequest) -> Result<(String, ValidClient), AutionalError> {
        self.authenticate(request)?;
        let tenant = tenant(request)?;
        let body = read_body(request, self.shared.body_limit)?;
        Ok((tenant, validate::validate(body)?))
    }

    fn authenticate(&self, request: &MockRequest) -> Result<(), AutionalError> {
        match request.headers.get("x-api-key") {
            Some(key) if self.api_keys.contains(key.as_bytes()) => Ok(()),
            _ => Err(AutionalError::Unauthenticated),
        }
    }

    /// Makes the client: ids, secret, derived fields.
    fn make_client(&self, valid: ValidClient) -> CreateClientResponse {
        let entropy = &self.shared.entropy;
        let now_ms = self.shared.clock.now().timestamp_millis().max(0) as u64;
        let random = u128::from_be_bytes(entropy.bytes::<16>()) >> 48;
        let needs_secret = valid.is_confidential
            && valid
                .client_auth_methods
                .iter()
                .any(|method| method.uses_shared_secret());
        let ValidClient {
            request,
            is_confidential,
            client_auth_methods,
            grant_types,
            scopes,
            cors_origins,
        } = valid;
        CreateClientResponse {
            id: Ulid::from_parts(now_ms, random).to_string(),
            client_id: format!("app-{}", entropy.hex::<12>()),
            client_secret: needs_secret.then(|| format!("secret_{}", entropy.hex::<32>())),
            cors_origins,
            name: request.name,
            redirect_uris: request.redirect_uris,
            grant_types,
            scopes,
            client_auth_methods: serde_json::to_string(&client_auth_methods)
                .expect("auth methods serialize"),
            is_confidential,
            status: "active".to_string(),
            fapi_profile: request.fapi_profile,
            jwks: request.jwks,
            jwks_uri: request.jwks_uri,
            logo_url: request.logo_url,
            privacy_policy: request.privacy_policy,
            terms_url: request.terms_url,
            website: request.website,
        }
    }

    /// The clients stored for `tenant`, oldest first, secrets redacted (the secret is shown
    /// only in the answer to the create).
    pub(crate) fn clients(&self, tenant: &str) -> Vec<CreateClientResponse> {
        let Some(clients) = self.clients.get(tenant) else {
            return Vec::new();
        };
        clients
            .iter()
            .map(|json| {
                let mut client: CreateClientResponse = from_kept_json(json);
                if client.client_secret.is_some() {
                    client.client_secret = Some(REDACTED.to_string());
                }
                client
            })
            .collect()
    }

    /// How many clients are stored, over all tenants.
    pub(crate) fn client_count(&self) -> usize {
        self.clients.iter().map(|entry| entry.len()).sum()
    }

    /// Forgets every client.
    pub(crate) fn reset(&self) {
        self.clients.clear();
    }
}

/// The tenant from `X-Tenant-ID`: present, not blank, at most [`TENANT_MAX_CHARS`].
fn tenant(request: &MockRequest) -> Result<String, AutionalError> {
    let value = request
        .headers
        .get("x-tenant-id")
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
        .filter(|value| !is_blank(value))
        .ok_or(AutionalError::BadTenant("is missing or blank"))?;
    if value.chars().count() > TENANT_MAX_CHARS {
        return Err(AutionalError::BadTenant("is longer than 255 characters"));
    }
    Ok(value)
}

/// The body as a [`CreateClientRequest`]: JSON syntax and shape problems are `40000001`, type
/// problems (a missing field, a wrong type, an unknown enum value) `40000002` naming the field.
fn read_body(request: &MockRequest, limit: usize) -> Result<CreateClientRequest, AutionalError> {
    let bytes = match &request.body {
        Body::TooLarge => return Err(AutionalError::BodyTooLarge(limit)),
        Body::Complete(bytes) => bytes,
    };
    if !request.has_json_content_type() {
        return Err(AutionalError::Malformed(
            "Content-Type must be application/json".to_string(),
        ));
    }
    let malformed = |e: serde_json::Error| {
        AutionalError::Malformed(format!("request body is not valid JSON: {e}"))
    };
    // The usual case: one pass, straight into the type. (Only for an object: serde would also
    // read a struct from a JSON array, by position.)
    if bytes.trim_ascii_start().first() == Some(&b'{')
        && let Ok(request) = serde_json::from_slice(bytes)
    {
        return Ok(request);
    }
    // Otherwise say why: a syntax error, or anything but an object, is 40000001; a type error in
    // an object is 40000002, naming the field.
    let value: Value = serde_json::from_slice(bytes).map_err(malformed)?;
    let Some(fields) = value.as_object() else {
        return Err(AutionalError::Malformed(
            "request body must be a JSON object".to_string(),
        ));
    };
    // serde's first error in document order is the one reported, as a type error would be met
    // before the end of the object; a missing field is only noticed at the end, at the root.
    let missing = REQUIRED_FIELDS.iter().find(|f| !fields.contains_key(**f));
    match serde_path_to_error::deserialize::<_, CreateClientRequest>(&value) {
        Ok(request) => Ok(request),
        Err(error) => Err(AutionalError::Invalid(match missing {
            Some(field) if error.path().iter().next().is_none() => {
                Violation::new(*field, "is required")
            }
            // Read from a `Value`, serde_json's message carries no line and column.
            _ => Violation::new(error.path().to_string(), error.inner().to_string()),
        })),
    }
}

/// The request's required properties, in the order serde reports them missing.
const REQUIRED_FIELDS: [&str; 2] = ["name", "redirect_uris"];
