//! The Gropius login-service's auth-client API under `/auth/api/login/client`, top-down: read
//! the JSON (create, update) → authenticate → validate (in the real service's order) → find
//! the client → look up the user → store → answer. Where the real service departs from the
//! contract ([`quirks`]), the `upstream` profile answers as it does, and the `contract` profile
//! answers as the contract does and says what the real service would have answered.

mod clients;
pub(crate) use clients::canonical_id;
pub(crate) mod error;
pub(crate) mod model;
mod quirks;
mod validate;

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::SecondsFormat;
use http::header::AUTHORIZATION;
use http::{Method, StatusCode};
use serde_json::Value;

use self::clients::{AuthClients, KeptClient, KeptSecret, built_in};
use self::error::GropiusError;
use self::model::{
    AuthClient, AuthClientDetails, CreatedClientSecret, DefaultReturn, UpdateAuthClientInput,
};
use self::quirks::Quirk;
use self::validate::Checked;
use crate::config::MockConfig;
use crate::error::ConfigError;
use crate::http::{Body, Divergence, ErrorBody, MockRequest, MockResponse};
use crate::profile::Profile;
use crate::shared::{SecretSet, Shared};
use crate::store::{Capacity, StoreStats};
use crate::text::TokenForm;

/// The path every auth-client route starts with (the create and list operations' own).
pub(crate) const AUTH_CLIENTS_PATH: &str = "/auth/api/login/client";

/// The auth-client routes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GropiusRoute<'p> {
    /// `/auth/api/login/client`: list, create.
    Clients,
    /// `/auth/api/login/client/{id}`: read, update, delete.
    Client(&'p str),
    /// `/auth/api/login/client/{id}/client-secret`: list, create.
    Secrets(&'p str),
    /// `/auth/api/login/client/{id}/client-secret/{fingerprint}`: delete.
    Secret(&'p str, &'p str),
}

impl<'p> GropiusRoute<'p> {
    /// The route of `path`, if it is one of Gropius's.
    pub(crate) fn of(path: &'p str) -> Option<Self> {
        let rest = path.strip_prefix(AUTH_CLIENTS_PATH)?;
        if rest.is_empty() {
            return Some(Self::Clients);
        }
        let mut segments = rest.strip_prefix('/')?.split('/');
        let id = segments.next().filter(|id| !id.is_empty())?;
        let route = match (segments.next(), segments.next()) {
            (None, _) => Self::Client(id),
            (Some("client-secret"), None) => Self::Secrets(id),
            (Some("client-secret"), Some(fingerprint)) if !fingerprint.is_empty() => {
                Self::Secret(id, fingerprint)
            }
            _ => return None,
        };
        segments.next().is_none().then_some(route)
    }

    /// The methods it answers.
    pub(crate) fn allowed(self) -> &'static [Method] {
        match self {
            Self::Clients | Self::Secrets(_) => &[Method::GET, Method::POST],
            Self::Client(_) => &[Method::GET, Method::PUT, Method::DELETE],
            Self::Secret(..) => &[Method::DELETE],
        }
    }
}

/// What a handler decided: its answer, and what the real service would have answered
/// instead, if that differs (the `contract` profile only).
type Decided = (Result<MockResponse, GropiusError>, Option<Divergence>);

/// The real service's largest JSON body: the body parser's default limit, `100kb`.
pub(crate) const BODY_LIMIT: usize = 100 * 1024;

/// The Gropius service: its tokens, users and clients.
#[derive(Debug)]
pub(crate) struct Gropius {
    admin_tokens: SecretSet,
    user_tokens: SecretSet,
    users: Vec<String>,
    /// Users made known at run time (`POST /__mock/gropius/users`), until the next reset.
    added_users: Mutex<Vec<String>>,
    clients: Mutex<AuthClients>,
    /// The two built-in clients, their redirect URLs made from the deployment's URL.
    built_in: [AuthClient; 2],
    capacity: Capacity,
    shared: Arc<Shared>,
}

impl Gropius {
    /// The service as `config` describes it; an endpoint that is not an absolute URL is
    /// refused.
    pub(crate) fn new(config: &MockConfig, shared: Arc<Shared>) -> Result<Self, ConfigError> {
        let accounts = &config.accounts;
        let endpoint = &config.gropius_endpoint;
        Ok(Self {
            built_in: built_in(endpoint)
                .ok_or_else(|| ConfigError::GropiusEndpoint(endpoint.clone()))?,
            admin_tokens: SecretSet::new(&accounts.gropius_admin_tokens),
            user_tokens: SecretSet::new(&accounts.gropius_user_tokens),
            users: accounts.gropius_users.clone(),
            added_users: Mutex::new(Vec::new()),
            clients: Mutex::new(AuthClients::default()),
            capacity: Capacity::new(config.max_clients),
            shared,
        })
    }

    /// Answers one request on `route`, or `None` when the route does not take its method.
    pub(crate) fn serve(
        &self,
        route: GropiusRoute<'_>,
        request: &MockRequest,
    ) -> Option<MockResponse> {
        let method = &request.method;
        if !route.allowed().contains(method) {
            return None;
        }
        // Express's body parsers run in front of every route, before any guard: a body over
        // their limit, or JSON they cannot read, is refused whatever the operation.
        let body = match read_json(request) {
            Ok(body) => body,
            Err(error) => return Some(error.response(&self.shared.clock)),
        };
        let (answer, divergence) = match (route, method) {
            (GropiusRoute::Clients, &Method::POST) => self.create_auth_client(request, &body),
            (GropiusRoute::Clients, &Method::GET) => (self.list_auth_clients(request), None),
            (GropiusRoute::Client(id), &Method::GET) => self.get_auth_client(request, id),
            (GropiusRoute::Client(id), &Method::PUT) => self.update_auth_client(request, &body, id),
            (GropiusRoute::Client(id), &Method::DELETE) => {
                self.write(request, id, || self.delete_auth_client(id))
            }
            (GropiusRoute::Secrets(id), &Method::GET) => self.list_client_secrets(request, id),
            (GropiusRoute::Secrets(id), &Method::POST) => {
                self.write(request, id, || self.create_client_secret(id))
            }
            (GropiusRoute::Secret(id, fingerprint), &Method::DELETE) => {
                self.write(request, id, || self.delete_client_secret(id, fingerprint))
            }
            _ => return None,
        };
        let mut response = answer.unwrap_or_else(|error| error.response(&self.shared.clock));
        response.divergence = divergence.map(Box::new);
        Some(response)
    }

    /// A request no route takes under the auth-client API (an unknown path below it, or a
    /// method its path does not take): the real service's NestJS `404` in the `upstream`
    /// profile; in the `contract` profile, `contract_answer` (the mock's `404`, or `405` with
    /// `Allow`) with the divergence noted.
    pub(crate) fn no_route(
        &self,
        request: &MockRequest,
        contract_answer: MockResponse,
    ) -> MockResponse {
        let mut target = format!("{} {}", request.method, request.path);
        if let Some(query) = &request.query {
            target.push('?');
            target.push_str(query);
        }
        let upstream = GropiusError::NoRoute(target);
        match self.shared.profile {
            Profile::Upstream => upstream.response(&self.shared.clock),
            Profile::Contract => {
                let mut response = contract_answer;
                response.divergence = Some(Box::new(divergence_of(Quirk::NoRoute, &upstream)));
                response
            }
        }
    }

    /// In the `contract` profile, what the real service would answer instead of `answer`
    /// (`success` when it succeeds), from the `upstream` profile's verdict on the same
    /// request, and the quirk that explains the difference.
    fn divergence<T>(
        &self,
        answer: &Result<T, GropiusError>,
        upstream: &Result<(), GropiusError>,
        explained_by: Option<Quirk>,
        success: StatusCode,
    ) -> Option<Divergence> {
        if self.shared.profile != Profile::Contract {
            return None;
        }
        let outcome = |result: Result<(), &GropiusError>| match result {
            Ok(()) => (success, String::new()),
            Err(error) => (error.status(), error.to_string()),
        };
        let (upstream_status, upstream_message) = outcome(upstream.as_ref().map(|_| ()));
        if outcome(answer.as_ref().map(|_| ())) == (upstream_status, upstream_message.clone()) {
            return None;
        }
        let quirk = match upstream {
            Err(GropiusError::Upstream(quirk)) => *quirk,
            _ => explained_by?,
        };
        Some(Divergence {
            quirk: quirk.id().to_string(),
            upstream_status: upstream_status.as_u16(),
            upstream_message,
            reason: quirk.reason().to_string(),
        })
    }

    /// `POST /auth/api/login/client`.
    fn create_auth_client(&self, request: &MockRequest, body: &Value) -> Decided {
        if let Err(error) = self.authenticate(request) {
            return (Err(error), None);
        }
        let Checked {
            answer,
            upstream,
            explained_by,
        } = self.decide_create(body);
        let divergence = self.divergence(&answer, &upstream, explained_by, StatusCode::CREATED);
        (answer.map(|input| self.store(input)), divergence)
    }

    /// Makes the client `body` describes as a create would, under this mock's profile, without
    /// a credential (a Pact provider state): its create answer, or the create's refusal.
    pub(crate) fn make_client(&self, body: &Value) -> Result<MockResponse, GropiusError> {
        self.decide_create(body)
            .answer
            .map(|input| self.store(input))
    }

    /// Adds a secret to client `id` as a secret's create would, without a credential (a Pact
    /// provider state).
    pub(crate) fn make_client_secret(&self, id: &str) -> Result<MockResponse, GropiusError> {
        self.create_client_secret(id)
    }

    /// Create's checks (the user lookup among them), under both profiles at once: what to
    /// create.
    fn decide_create(&self, body: &Value) -> Checked<model::CreateAuthClientInput> {
        validate::validate_create(body, |user| self.known_user(user))
            .into_checked(self.shared.profile, || validate::create_input(body))
    }

    /// Stores the created client and answers with it.
    fn store(&self, input: model::CreateAuthClientInput) -> MockResponse {
        let id = uuid::Builder::from_random_bytes(self.shared.entropy.bytes::<16>()).into_uuid();
        let client = AuthClient {
            id: id.to_string(),
            name: input.name,
            redirect_urls: input.redirect_urls,
            is_valid: input.is_valid,
            requires_secret: input.requires_secret,
            valid_scopes: Some(input.valid_scopes),
            is_internal: false,
        };
        let answer = MockResponse::json(StatusCode::CREATED, &self.shown(&client));
        let mut clients = self.lock();
        clients.insert(
            id,
            KeptClient {
                client,
                user: input.client_credential_flow_user,
                secrets: Vec::new(),
            },
        );
        if self.capacity.is_exceeded_by(clients.len()) {
            clients.pop_oldest();
            self.capacity.note_dropped("gropius");
        }
        answer
    }

    /// `GET /auth/api/login/client`.
    fn list_auth_clients(&self, request: &MockRequest) -> Result<MockResponse, GropiusError> {
        self.authenticate(request)?;
        let clients = self.lock();
        let listed: Vec<AuthClient> = self
            .built_in
            .iter()
            .cloned()
            .chain(clients.iter().map(|kept| kept.client.clone()))
            .map(|client| self.shown(&client))
            .collect();
        Ok(MockResponse::json(StatusCode::OK, &listed))
    }

    /// `GET /auth/api/login/client/{id}`.
    fn get_auth_client(&self, request: &MockRequest, id: &str) -> Decided {
        self.read(request, id, |details| {
            MockResponse::json(StatusCode::OK, &details)
        })
    }

    /// A read of one client (itself, or its secrets): authenticate, find it, answer with
    /// `respond` applied to it. A built-in client reads as one without secrets; the real
    /// service crashes on it, so the `upstream` profile answers 500 and the `contract` profile
    /// notes the divergence.
    fn read(
        &self,
        request: &MockRequest,
        id: &str,
        respond: impl FnOnce(AuthClientDetails) -> MockResponse,
    ) -> Decided {
        if let Err(error) = self.authenticate(request) {
            return (Err(error), None);
        }
        if let Some(client) = self.built_in.iter().find(|client| client.id == id).cloned() {
            return match self.shared.profile {
                Profile::Upstream => (Err(GropiusError::Upstream(Quirk::BuiltInClientRead)), None),
                Profile::Contract => {
                    let kept = KeptClient {
                        client,
                        user: None,
                        secrets: Vec::new(),
                    };
                    (
                        Ok(respond(self.shown_details(&kept))),
                        Some(divergence_of(
                            Quirk::BuiltInClientRead,
                            &GropiusError::Upstream(Quirk::BuiltInClientRead),
                        )),
                    )
                }
            };
        }
        let details = self.lock().get(id).map(|kept| self.shown_details(kept));
        (
            details.map(respond).ok_or(GropiusError::ClientNotFound),
            None,
        )
    }

    /// `PUT /auth/api/login/client/{id}`.
    fn update_auth_client(&self, request: &MockRequest, body: &Value, id: &str) -> Decided {
        if let Err(error) = self.authenticate(request) {
            return (Err(error), None);
        }
        let Checked {
            answer,
            upstream,
            explained_by,
        } = self.decide_update(body, id);
        let divergence = self.divergence(&answer, &upstream, explained_by, StatusCode::OK);
        let answer = answer.and_then(|update| {
            let mut clients = self.lock();
            // The real service saves the row anew, and lists in storage order: an updated
            // client comes last.
            let kept = clients
                .move_to_end(id)
                .ok_or(GropiusError::ClientNotWritable)?;
            apply(kept, update);
            Ok(MockResponse::json(
                StatusCode::OK,
                &self.shown(&kept.client),
            ))
        });
        (answer, divergence)
    }

    /// Update's checks, then the client, then the user, under both profiles at once: what to
    /// change.
    fn decide_update(&self, body: &Value, id: &str) -> Checked<UpdateAuthClientInput> {
        let mut verdicts = validate::validate_update(body);
        let profile = self.shared.profile;
        if verdicts.passes(profile) || verdicts.passes(Profile::Upstream) {
            if !refuse_non_uuid_write(id, &mut verdicts)
                && let Err(error) = self.writable(id)
            {
                verdicts.both(error);
            }
            // `null` clears the user: nothing to look up.
            if let Some(Value::String(user)) = body.get("clientCredentialFlowUser")
                && let Err(error) = self.known_user(user)
            {
                verdicts.both(error);
            }
        }
        verdicts.into_checked(profile, || validate::update_input(body))
    }

    /// A write without a body (delete, secrets): authenticate, refuse an id that is not a
    /// UUID, then `act`.
    fn write(
        &self,
        request: &MockRequest,
        id: &str,
        act: impl FnOnce() -> Result<MockResponse, GropiusError>,
    ) -> Decided {
        if let Err(error) = self.authenticate(request) {
            return (Err(error), None);
        }
        let mut verdicts = validate::Verdicts::default();
        refuse_non_uuid_write(id, &mut verdicts);
        let Checked {
            answer,
            upstream,
            explained_by,
        } = verdicts.into_checked(self.shared.profile, || Ok(()));
        // Both verdicts fail, or neither: the success status is never compared.
        let divergence = self.divergence(&answer, &upstream, explained_by, StatusCode::OK);
        (answer.and_then(|()| act()), divergence)
    }

    /// `DELETE /auth/api/login/client/{id}`: the client and its secrets.
    fn delete_auth_client(&self, id: &str) -> Result<MockResponse, GropiusError> {
        self.lock()
            .remove(id)
            .ok_or(GropiusError::ClientNotWritable)?;
        Ok(self.done("delete-client"))
    }

    /// `GET /auth/api/login/client/{id}/client-secret`.
    fn list_client_secrets(&self, request: &MockRequest, id: &str) -> Decided {
        self.read(request, id, |details| {
            MockResponse::json(StatusCode::OK, &details.censored_client_secrets)
        })
    }

    /// `POST /auth/api/login/client/{id}/client-secret`: 15 random bytes, hex-encoded, kept
    /// only as a hash and shown this once.
    fn create_client_secret(&self, id: &str) -> Result<MockResponse, GropiusError> {
        let mut clients = self.lock();
        let kept = clients.get_mut(id).ok_or(GropiusError::ClientNotWritable)?;
        let secret_text = self.shared.entropy.hex::<15>();
        let secret = KeptSecret::new(&secret_text);
        let shown = secret.censored();
        kept.secrets.push(secret);
        Ok(MockResponse::json(
            StatusCode::CREATED,
            &CreatedClientSecret {
                secret_text,
                censored: shown.censored,
                fingerprint: shown.fingerprint,
            },
        ))
    }

    /// `DELETE /auth/api/login/client/{id}/client-secret/{fingerprint}`.
    fn delete_client_secret(
        &self,
        id: &str,
        fingerprint: &str,
    ) -> Result<MockResponse, GropiusError> {
        let mut clients = self.lock();
        let kept = clients.get_mut(id).ok_or(GropiusError::ClientNotWritable)?;
        let before = kept.secrets.len();
        kept.secrets
            .retain(|secret| secret.censored().fingerprint.as_bytes() != fingerprint.as_bytes());
        if kept.secrets.len() == before {
            return Err(GropiusError::SecretNotFound);
        }
        Ok(self.done("delete-clientSecret"))
    }

    /// A client that can be changed: created through the API, still there.
    fn writable(&self, id: &str) -> Result<(), GropiusError> {
        match self.lock().get(id) {
            Some(_) => Ok(()),
            None => Err(GropiusError::ClientNotWritable),
        }
    }

    fn known_user(&self, user: &str) -> Result<(), GropiusError> {
        let is = |known: &String| known.as_bytes() == user.as_bytes();
        if self.users.iter().any(is)
            || self
                .added_users
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .iter()
                .any(is)
        {
            Ok(())
        } else {
            Err(GropiusError::UserNotFound)
        }
    }

    /// A client as the service shows it: the real service never sends `validScopes` (its
    /// entity does not serialize the column), and the contract says so.
    fn shown(&self, client: &AuthClient) -> AuthClient {
        let mut shown = client.clone();
        shown.valid_scopes = None;
        shown
    }

    /// A kept client with its censored secrets, as the service shows it.
    fn shown_details(&self, kept: &KeptClient) -> AuthClientDetails {
        let mut details = kept.details();
        details.client = self.shown(&details.client);
        details
    }

    /// The service's `DefaultReturn` for `operation`.
    fn done(&self, operation: &str) -> MockResponse {
        MockResponse::json(
            StatusCode::OK,
            &DefaultReturn {
                operation: operation.to_string(),
                result: "success".to_string(),
                time: self
                    .shared
                    .clock
                    .now()
                    .to_rfc3339_opts(SecondsFormat::Millis, true),
            },
        )
    }

    /// The guard, as the real one reads the header: the first `Authorization` header (Node's
    /// HTTP parser drops repeated ones), starting with `bearer ` in any case; the token after
    /// it, trimmed, known; its user an admin.
    fn authenticate(&self, request: &MockRequest) -> Result<(), GropiusError> {
        let header = request
            .headers
            .get(AUTHORIZATION)
            .map(|value| value.as_bytes().trim_ascii())
            .unwrap_or_default();
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
        // What jsonwebtoken says of a token it cannot verify, by the token's form.
        let reason = match TokenForm::of(token) {
            TokenForm::Empty => "jwt must be provided",
            TokenForm::Malformed => "jwt malformed",
            TokenForm::ThreeParts => "invalid token",
            TokenForm::Jwt => "invalid signature",
        };
        Err(GropiusError::Unauthorized(format!(
            "Invalid access token: {reason}"
        )))
    }

    /// The created clients as stored (their scopes included, which the service never shows),
    /// in the order the service lists them, their secrets censored.
    pub(crate) fn clients(&self) -> Vec<AuthClientDetails> {
        self.lock().iter().map(KeptClient::details).collect()
    }

    /// How many clients are stored (the built-in ones aside).
    pub(crate) fn client_count(&self) -> usize {
        self.lock().len()
    }

    /// The store's counts, for `GET /__mock/stats`.
    pub(crate) fn store_stats(&self) -> StoreStats {
        self.capacity.stats(self.client_count())
    }

    /// Makes `user` known to `clientCredentialFlowUser` until the next reset.
    pub(crate) fn add_user(&self, user: String) {
        let mut added = self
            .added_users
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if !added.contains(&user) {
            added.push(user);
        }
    }

    /// Forgets every created client and every user added at run time.
    pub(crate) fn reset(&self) {
        self.lock().clear();
        self.capacity.reset();
        self.added_users
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    fn lock(&self) -> MutexGuard<'_, AuthClients> {
        // Each change under the lock is one step (insert, remove, push, retain), so a poisoned
        // lock still guards sound data.
        self.clients
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A write's id (update, delete, secrets) that the real service's database cannot read as a
/// UUID (a built-in client's included): `500` upstream, the contract's `404`. Whether it was
/// one.
fn refuse_non_uuid_write(id: &str, verdicts: &mut validate::Verdicts) -> bool {
    if clients::is_uuid(id) {
        return false;
    }
    verdicts.contract(GropiusError::ClientNotWritable);
    verdicts.upstream(GropiusError::Upstream(Quirk::WriteToNonUuidId));
    true
}

/// The divergence of a request the real service answers with `upstream` because of `quirk`.
fn divergence_of(quirk: Quirk, upstream: &GropiusError) -> Divergence {
    Divergence {
        quirk: quirk.id().to_string(),
        upstream_status: upstream.status().as_u16(),
        upstream_message: upstream.to_string(),
        reason: quirk.reason().to_string(),
    }
}

/// Sets the name and both lists (each replaced whole); changes the flags and the user only
/// when `update` gives them.
fn apply(kept: &mut KeptClient, update: UpdateAuthClientInput) {
    let client = &mut kept.client;
    client.name = update.name;
    client.redirect_urls = update.redirect_urls;
    client.valid_scopes = Some(update.valid_scopes);
    if let Some(is_valid) = update.is_valid {
        client.is_valid = is_valid;
    }
    if let Some(requires_secret) = update.requires_secret {
        client.requires_secret = requires_secret;
    }
    if let Some(user) = update.client_credential_flow_user {
        kept.user = user;
    }
}

/// The body parser's error for a body the adapter did not read whole: over its limit, or
/// broken.
pub(crate) fn unread_body_error(body: &Body) -> GropiusError {
    match body {
        Body::Unreadable(reason) => GropiusError::UnreadableBody(reason.clone()),
        _ => GropiusError::BodyTooLarge,
    }
}

/// The body, read as Express's body parsers do before any guard runs: JSON up to
/// [`BODY_LIMIT`], the top level an object or an array; a form (`x-www-form-urlencoded`) as an
/// object of strings; another content type or an empty body as `{}`.
fn read_json(request: &MockRequest) -> Result<Value, GropiusError> {
    let bytes = match &request.body {
        Body::Complete(bytes) if bytes.len() > BODY_LIMIT => {
            return Err(GropiusError::BodyTooLarge);
        }
        Body::Complete(bytes) => bytes,
        unread => return Err(unread_body_error(unread)),
    };
    if request.has_form_content_type() {
        // Every pair read, as Express's `urlencoded` parser does (invalid UTF-8 replaced).
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(bytes).unwrap_or_default();
        let form = pairs
            .into_iter()
            .map(|(k, v)| (k, Value::String(v)))
            .collect();
        return Ok(Value::Object(form));
    }
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
