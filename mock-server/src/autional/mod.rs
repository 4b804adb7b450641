//! Autional's `POST /internal/oauth/clients`, top-down: authenticate → tenant → read the body →
//! validate → store → answer.

pub(crate) mod error;
pub(crate) mod model;
mod validate;

use std::sync::{Arc, Mutex, MutexGuard};

use dashmap::DashMap;
use http::StatusCode;
use serde_json::Value;
use ulid::Ulid;

use self::error::{AutionalError, Violation};
use self::model::{CreateClientEnvelope, CreateClientRequest, CreateClientResponse};
use self::validate::ValidClient;
use crate::http::{Body, ErrorBody, MockRequest, MockResponse};
use crate::shared::{SecretSet, Shared};
use crate::store::{Capacity, ChunkedList, RunQueue, StoreStats, from_kept_json, to_kept_json};
use crate::text::is_blank;

/// The path of the create operation.
pub(crate) const CREATE_CLIENT_PATH: &str = "/internal/oauth/clients";
/// The longest tenant id accepted, in characters.
const TENANT_MAX_CHARS: usize = 255;

/// The Autional service: its API keys and its clients, by tenant.
#[derive(Debug)]
pub(crate) struct Autional {
    api_keys: SecretSet,
    /// Each client as the JSON of its answer (one exact-size allocation), its secret replaced
    /// by [`REDACTED`](crate::shared::REDACTED): a secret is shown once, in the create's answer.
    clients: DashMap<Arc<str>, ChunkedList<Box<str>>>,
    /// The tenant of each stored client, oldest first: what a full store drops first. Its lock
    /// is taken before any of `clients`' shards.
    order: Mutex<RunQueue<Arc<str>>>,
    capacity: Capacity,
    shared: Arc<Shared>,
}

impl Autional {
    pub(crate) fn new(api_keys: SecretSet, max_clients: usize, shared: Arc<Shared>) -> Self {
        Self {
            api_keys,
            clients: DashMap::new(),
            order: Mutex::new(RunQueue::default()),
            capacity: Capacity::new(max_clients),
            shared,
        }
    }

    /// Answers one create request.
    pub(crate) fn create_client(&self, request: &MockRequest) -> MockResponse {
        let (tenant, valid) = match self.check(request) {
            Ok(checked) => checked,
            Err(error) => return error.response(&self.shared.clock),
        };
        let timestamp = self.shared.clock.timestamp();
        let client = self.make_client(valid);
        let shown = serde_json::value::to_raw_value(&client).expect("a client serializes");
        let response = MockResponse::json(
            StatusCode::CREATED,
            &CreateClientEnvelope {
                code: 0,
                data: &*shown,
                message: "success".to_string(),
                timestamp,
            },
        );
        let kept = to_kept_json(shown.get(), secret_range(shown.get(), &client));
        self.store(&tenant, kept);
        response
    }

    /// Keeps `client` for `tenant`; when the store is full, drops the oldest client of all.
    fn store(&self, tenant: &str, client: Box<str>) {
        let mut order = self.lock_order();
        let key = match self.clients.get_mut(tenant) {
            Some(mut clients) => {
                clients.push(client);
                clients.key().clone()
            }
            None => {
                let key: Arc<str> = Arc::from(tenant);
                self.clients.entry(key.clone()).or_default().push(client);
                key
            }
        };
        order.push_back(key);
        if self.capacity.is_exceeded_by(order.len())
            && let Some(oldest) = order.pop_front()
        {
            let emptied = self.clients.get_mut(&oldest).is_some_and(|mut clients| {
                clients.pop_front();
                clients.len() == 0
            });
            if emptied {
                self.clients
                    .remove_if(&oldest, |_, clients| clients.len() == 0);
            }
            self.capacity.note_dropped("autional");
        }
    }

    fn lock_order(&self) -> MutexGuard<'_, RunQueue<Arc<str>>> {
        // Each change under the lock is one push or pop: a poisoned lock guards sound data.
        self.order.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Every check, in the contract's order: API key, tenant, body.
    fn check(&self, request: &MockRequest) -> Result<(String, ValidClient), AutionalError> {
        self.authenticate(request)?;
        let tenant = tenant(request)?;
        let body = read_body(request, self.shared.body_limit)?;
        Ok((tenant, validate::validate(body)?))
    }

    /// One `X-API-Key`, a known one (compared as bytes, in constant time).
    fn authenticate(&self, request: &MockRequest) -> Result<(), AutionalError> {
        match single_header(request, "x-api-key")? {
            Some(key) if self.api_keys.contains(key.as_bytes()) => Ok(()),
            _ => Err(AutionalError::Unauthenticated(
                "is missing or not a known API key",
            )),
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
        clients.iter().map(|json| from_kept_json(json)).collect()
    }

    /// How many clients are stored, over all tenants.
    pub(crate) fn client_count(&self) -> usize {
        self.lock_order().len()
    }

    /// The store's counts, for `GET /__mock/stats`.
    pub(crate) fn store_stats(&self) -> StoreStats {
        self.capacity.stats(self.client_count())
    }

    /// Forgets every client.
    pub(crate) fn reset(&self) {
        let mut order = self.lock_order();
        self.clients.clear();
        order.clear();
        self.capacity.reset();
    }
}

/// Where `json`, the answer's JSON of `client`, holds its secret. The secret is the third
/// member, after the id and the client id, which the mock made of characters JSON does not
/// escape: so at an offset known from their lengths, and checked to be there.
fn secret_range(json: &str, client: &CreateClientResponse) -> Option<std::ops::Range<usize>> {
    let secret = client.client_secret.as_deref()?;
    let start = r#"{"id":""#.len()
        + client.id.len()
        + r#"","client_id":""#.len()
        + client.client_id.len()
        + r#"","client_secret":""#.len();
    let at = start..start + secret.len();
    (json.get(at.clone()) == Some(secret)).then_some(at)
}

/// A header that must not be given twice: its one value, or `None`. A repeated credential or
/// identity is ambiguous (which one did the caller mean?), so it is refused, not guessed.
fn single_header<'r>(
    request: &'r MockRequest,
    name: &'static str,
) -> Result<Option<&'r http::HeaderValue>, AutionalError> {
    let mut values = request.headers.get_all(name).iter();
    let first = values.next();
    if values.next().is_some() {
        return Err(match name {
            "x-tenant-id" => AutionalError::BadTenant("is given more than once"),
            _ => AutionalError::Unauthenticated("is given more than once"),
        });
    }
    Ok(first)
}

/// The tenant from `X-Tenant-ID`: given once, valid UTF-8 without control characters (an
/// identifier is never decoded lossily: two different byte strings are two tenants, or are
/// refused), not blank, at most [`TENANT_MAX_CHARS`].
fn tenant(request: &MockRequest) -> Result<String, AutionalError> {
    let value = single_header(request, "x-tenant-id")?
        .ok_or(AutionalError::BadTenant("is missing or blank"))?;
    let value = std::str::from_utf8(value.as_bytes())
        .map_err(|_| AutionalError::BadTenant("is not valid UTF-8"))?;
    if value.chars().any(char::is_control) {
        return Err(AutionalError::BadTenant("holds a control character"));
    }
    if is_blank(value) {
        return Err(AutionalError::BadTenant("is missing or blank"));
    }
    if value.chars().count() > TENANT_MAX_CHARS {
        return Err(AutionalError::BadTenant("is longer than 255 characters"));
    }
    Ok(value.to_string())
}

/// The body as a [`CreateClientRequest`]: JSON syntax and shape problems are `40000001`, type
/// problems (a missing field, a wrong type, an unknown enum value) `40000002` naming the field.
fn read_body(request: &MockRequest, limit: usize) -> Result<CreateClientRequest, AutionalError> {
    let bytes = match &request.body {
        Body::Complete(bytes) => bytes,
        unread => return Err(unread_body_error(unread, limit)),
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

/// The error for a body the adapter did not read whole: over `limit`, or broken.
pub(crate) fn unread_body_error(body: &Body, limit: usize) -> AutionalError {
    match body {
        Body::Unreadable(reason) => {
            AutionalError::Malformed(format!("request body could not be read: {reason}"))
        }
        _ => AutionalError::BodyTooLarge(limit),
    }
}

/// The request's required properties, in the order serde reports them missing.
const REQUIRED_FIELDS: [&str; 2] = ["name", "redirect_uris"];
