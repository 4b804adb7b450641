//! The Gropius login-service's `POST /auth/api/login/client`, top-down: read the JSON →
//! authenticate → validate (in the real service's order) → look up the user → store → answer.

pub(crate) mod error;
pub(crate) mod model;
mod validate;

use std::sync::{Arc, Mutex, MutexGuard};

use http::StatusCode;
use http::header::AUTHORIZATION;
use serde_json::Value;
use serde_json::value::RawValue;

use self::error::GropiusError;
use self::model::{AuthClient, CreateAuthClientInput};
use crate::config::Accounts;
use crate::http::{Body, MockRequest, MockResponse};
use crate::model::StoreStats;
use crate::profile::Profile;
use crate::shared::{SecretSet, Shared};
use crate::store::{Capacity, ChunkedList, from_kept_json, to_kept_json};

/// The path of the create operation.
pub(crate) const CREATE_AUTH_CLIENT_PATH: &str = "/auth/api/login/client";

/// The Gropius service: its tokens, users and clients.
#[derive(Debug)]
pub(crate) struct Gropius {
    admin_tokens: SecretSet,
    user_tokens: SecretSet,
    users: Vec<String>,
    /// Each client as the JSON of its answer (one exact-size allocation).
    clients: Mutex<ChunkedList<Box<RawValue>>>,
    capacity: Capacity,
    shared: Arc<Shared>,
}

impl Gropius {
    pub(crate) fn new(accounts: &Accounts, max_clients: usize, shared: Arc<Shared>) -> Self {
        Self {
            admin_tokens: SecretSet::new(&accounts.gropius_admin_tokens),
            user_tokens: SecretSet::new(&accounts.gropius_user_tokens),
            users: accounts.gropius_users.clone(),
            clients: Mutex::new(ChunkedList::default()),
            capacity: Capacity::new(max_clients),
            shared,
        }
    }

    /// Answers one create request.
    pub(crate) fn create_auth_client(&self, request: &MockRequest) -> MockResponse {
        self.try_create_auth_client(request)
            .unwrap_or_else(GropiusError::into_response)
    }

    fn try_create_auth_client(&self, request: &MockRequest) -> Result<MockResponse, GropiusError> {
        let body = read_json(request)?;
        self.authenticate(request)?;
        let profile = self.shared.profile;
        let input = validate::validate(&body, profile)?;
        if let Some(user) = &input.client_credential_flow_user
            && !self.users.contains(user)
        {
            return Err(GropiusError::UserNotFound);
        }
        if profile == Profile::Upstream {
            // The real handler loops over both lists with no null guard.
            let fields = body.as_object();
            let has = |key: &str| fields.is_some_and(|f| f.contains_key(key));
            if !has("redirectUrls") || !has("validScopes") {
                return Err(GropiusError::Internal);
            }
        }
        Ok(self.store(input))
    }

    /// The guard, as the real one reads the header: one `Authorization` header, starting with
    /// `bearer ` in any case; the token after it, trimmed, known; its user an admin.
    fn authenticate(&self, request: &MockRequest) -> Result<(), GropiusError> {
        let mut headers = request.headers.get_all(AUTHORIZATION).iter();
        let header = headers
            .next()
            .map(|value| value.as_bytes())
            .unwrap_or_default();
        if headers.next().is_some() {
            return Err(GropiusError::Unauthorized(
                "Authorization header is given more than once".to_string(),
            ));
        }
        if header.is_empty() {
            return Err(GropiusError::Unauthorized(
                "Authorization header is empty".to_string(),
            ));
        }
        let scheme_ends = b"bearer ".len();
        if header.len() < scheme_ends || !header[..scheme_ends].eq_ignore_ascii_case(b"bearer ") {
            return Err(GropiusError::Unauthorized(
                "Only accepting Bearer authorization".to_string(),
            ));
        }
        let token = header[scheme_ends..].trim_ascii();
        if self.admin_tokens.contains(token) {
            return Ok(());
        }
        if self.user_tokens.contains(token) {
            return Err(GropiusError::Forbidden);
        }
        // What jsonwebtoken says of a token it cannot verify: none, not three parts, or a bad
        // signature.
        let reason = if token.is_empty() {
            "jwt must be provided"
        } else if token.iter().filter(|b| **b == b'.').count() == 2 {
            "invalid signature"
        } else {
            "jwt malformed"
        };
        Err(GropiusError::Unauthorized(format!(
            "Invalid access token: {reason}"
        )))
    }

    /// Stores the client and answers with it.
    fn store(&self, input: CreateAuthClientInput) -> MockResponse {
        let id = uuid::Builder::from_random_bytes(self.shared.entropy.bytes::<16>()).into_uuid();
        let valid_scopes = match self.shared.profile {
            Profile::Contract => Some(input.valid_scopes),
            Profile::Upstream => None,
        };
        let created = AuthClient {
            id,
            name: input.name,
            redirect_urls: input.redirect_urls,
            is_valid: input.is_valid,
            requires_secret: input.requires_secret,
            valid_scopes,
            is_internal: false,
        };
        let created = to_kept_json(&created);
        let answer = MockResponse::json(StatusCode::CREATED, &*created);
        let mut clients = self.lock();
        clients.push(created);
        if self.capacity.is_exceeded_by(clients.len()) {
            clients.pop_front();
            self.capacity.note_dropped("gropius");
        }
        answer
    }

    /// The stored clients, oldest first.
    pub(crate) fn clients(&self) -> Vec<AuthClient> {
        self.lock()
            .iter()
            .map(|json| from_kept_json(json))
            .collect()
    }

    /// How many clients are stored.
    pub(crate) fn client_count(&self) -> usize {
        self.lock().len()
    }

    /// The store's counts, for `GET /__mock/stats`.
    pub(crate) fn store_stats(&self) -> StoreStats {
        StoreStats {
            stored_clients: self.client_count() as u64,
            dropped_clients: self.capacity.dropped(),
            max_clients: self.capacity.max() as u64,
        }
    }

    /// Forgets every client.
    pub(crate) fn reset(&self) {
        self.lock().clear();
        self.capacity.reset();
    }

    fn lock(&self) -> MutexGuard<'_, ChunkedList<Box<RawValue>>> {
        // A panic while holding the lock cannot leave the list half-written (push and clear are
        // single steps), so a poisoned lock is still sound to use.
        self.clients
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The body as JSON, read as Express's JSON body parser does before any guard runs: another
/// content type or an empty body reads as `{}`; the top level must be an object or an array.
fn read_json(request: &MockRequest) -> Result<Value, GropiusError> {
    let bytes = match &request.body {
        Body::TooLarge => return Err(GropiusError::BodyTooLarge),
        Body::Unreadable(reason) => return Err(GropiusError::UnreadableBody(reason.clone())),
        Body::Complete(bytes) => bytes,
    };
    if !request.has_json_content_type() || bytes.is_empty() {
        return Ok(Value::Object(Default::default()));
    }
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| GropiusError::MalformedJson(format!("Unexpected token in JSON: {e}")))?;
    if value.is_object() || value.is_array() {
        Ok(value)
    } else {
        Err(GropiusError::MalformedJson(
            "Unexpected token in JSON: the top level must be an object or an array".to_string(),
        ))
    }
}
