//! The real service's body checks, in its order and with its messages (`docs/upstream.md`,
//! "Gropius login-service"): they run on the raw JSON because the order and the wording depend
//! on what is there, not only on whether it fits a type. Create and update share them; the
//! profile decides where the real service departs from the contract ([`super::quirks`]).

use serde::Deserialize;
use serde_json::{Map, Value};

use super::error::GropiusError;
use super::model::{AuthClientScope, CreateAuthClientInput, UpdateAuthClientInput};
use super::quirks::Quirk;
use crate::profile::Profile;
use crate::text::{is_absolute_url, is_blank};

/// `name` missing.
pub(crate) const NAME_MISSING: &str =
    "Name of auth client must be specified on creation and can't be empty";
/// `name` not a string, or blank.
pub(crate) const NAME_INVALID: &str = "If given, name must be a non empty string";
/// `redirectUrls` not an array.
pub(crate) const REDIRECT_URLS_NOT_ARRAY: &str =
    "If redirect URLs are given, they must be an array of valid url strings";
/// A redirect URL not a string.
pub(crate) const REDIRECT_URL_NOT_STRING: &str =
    "All given redirect urls must be valid url strings";
/// A redirect URL not an absolute URL.
pub(crate) const REDIRECT_URL_INVALID: &str = "Invalid redirect url: Invalid URL";
/// `isValid` not a boolean.
pub(crate) const IS_VALID_INVALID: &str = "If isValid is given, it must be a valid boolean";
/// `requiresSecret` not a boolean.
pub(crate) const REQUIRES_SECRET_INVALID: &str =
    "If requiresSecret is given, it must be a valid boolean";
/// `validScopes` not an array of strings.
pub(crate) const VALID_SCOPES_INVALID: &str = "validScopes must be an array of strings";
/// A scope outside the contract's four (the contract's wording, in the service's style).
pub(crate) const SCOPE_UNKNOWN: &str =
    "Only login, login-register, backend and auth are valid scopes";
/// `redirectUrls` left out of a create (the contract requires it: see [`require_lists`]).
pub(crate) const REDIRECT_URLS_MISSING: &str =
    "redirectUrls must be specified on creation, [] for none";
/// `validScopes` left out of a create.
pub(crate) const VALID_SCOPES_MISSING: &str =
    "validScopes must be specified on creation, [] for none";
/// `redirectUrls` left out of an update (the contract requires it: see [`require_lists`]).
pub(crate) const REDIRECT_URLS_MISSING_ON_UPDATE: &str =
    "redirectUrls must be specified on every update, [] for none";
/// `validScopes` left out of an update.
pub(crate) const VALID_SCOPES_MISSING_ON_UPDATE: &str =
    "validScopes must be specified on every update, [] for none";
/// `clientCredentialFlowUser` not a string.
pub(crate) const USER_NOT_STRING: &str = "clientCredentialFlowUser must be a string";

/// Which body is checked: the two differ only in what an absent field means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation {
    Create,
    Update,
}

fn bad(message: &str) -> GropiusError {
    GropiusError::BadRequest(message.to_string())
}

/// What a body's checks decided under each profile, in one pass: the body's own checks are the
/// same for both but in a few places (the [`Quirk`]s), and the mock in the `contract` profile
/// needs both answers to note where the real service would have answered otherwise.
#[derive(Debug)]
pub(crate) struct Checked<T> {
    /// The answer under the profile the mock serves.
    pub(crate) answer: Result<T, GropiusError>,
    /// The `upstream` profile's verdict (its own first failure, if any).
    pub(crate) upstream: Result<(), GropiusError>,
    /// Why the contract failed where the real service went on, if it did.
    pub(crate) explained_by: Option<Quirk>,
}

/// The first failure of each profile's checks; each keeps only its first, so both see the
/// checks in the real service's order.
#[derive(Debug, Default)]
pub(crate) struct Verdicts {
    contract: Option<GropiusError>,
    upstream: Option<GropiusError>,
    /// Why the contract's first failure is one the real service does not have, when the
    /// real service goes on past it.
    explained_by: Option<Quirk>,
}

impl Verdicts {
    /// A failure under both profiles.
    pub(crate) fn both(&mut self, error: GropiusError) {
        if self.contract.is_none() {
            self.contract = Some(error.clone());
        }
        self.upstream.get_or_insert(error);
    }

    /// A failure under the `contract` profile only.
    pub(crate) fn contract(&mut self, error: GropiusError) {
        self.contract.get_or_insert(error);
    }

    /// A failure under the `contract` profile only, which the real service does not have
    /// because of `quirk`.
    pub(crate) fn contract_alone(&mut self, error: GropiusError, quirk: Quirk) {
        if self.contract.is_none() {
            self.contract = Some(error);
            self.explained_by = Some(quirk);
        }
    }

    /// A failure under the `upstream` profile only.
    pub(crate) fn upstream(&mut self, error: GropiusError) {
        self.upstream.get_or_insert(error);
    }

    /// Whether both profiles have failed: no later check changes an answer.
    fn settled(&self) -> bool {
        self.contract.is_some() && self.upstream.is_some()
    }

    /// Whether `profile` has not failed so far.
    pub(crate) fn passes(&self, profile: Profile) -> bool {
        match profile {
            Profile::Contract => self.contract.is_none(),
            Profile::Upstream => self.upstream.is_none(),
        }
    }

    /// The answer under `profile`: `value` unless it failed, and the upstream verdict.
    pub(crate) fn into_checked<T>(
        self,
        profile: Profile,
        value: impl FnOnce() -> Result<T, GropiusError>,
    ) -> Checked<T> {
        let failed = match profile {
            Profile::Contract => self.contract,
            Profile::Upstream => self.upstream.clone(),
        };
        Checked {
            answer: failed.map_or_else(value, Err),
            upstream: self.upstream.map_or(Ok(()), Err),
            explained_by: self.explained_by,
        }
    }
}

/// Runs create's checks on a parsed body (an array body has no properties, as in JavaScript),
/// in the real service's order: the fields, then the user (`known_user`, which needs the
/// service's user list), then the contract's two required lists, then the real service's
/// failure to store a `null` `requiresSecret`.
pub(crate) fn validate_create(
    body: &Value,
    known_user: impl FnOnce(&str) -> Result<(), GropiusError>,
) -> Verdicts {
    let fields = properties(body);
    let mut verdicts = check_fields(fields, Operation::Create);
    // A user that is not a string has failed both already.
    if let Some(Value::String(user)) = fields.get("clientCredentialFlowUser")
        && let Err(error) = known_user(user)
    {
        verdicts.both(error);
    }
    require_lists(
        fields,
        &mut verdicts,
        [REDIRECT_URLS_MISSING, VALID_SCOPES_MISSING],
    );
    if fields.get("requiresSecret") == Some(&Value::Null) {
        verdicts.upstream(GropiusError::Upstream(Quirk::RequiresSecretNull));
    }
    verdicts
}

/// The contract requires both lists where the real check, which loops over them with no null
/// guard, crashes without one ([`unguarded_list`]): refused after every other check of the
/// body, with `missing` (`redirectUrls`'s message, then `validScopes`').
fn require_lists(fields: &Map<String, Value>, verdicts: &mut Verdicts, missing: [&str; 2]) {
    for (list, missing) in ["redirectUrls", "validScopes"].into_iter().zip(missing) {
        if !fields.contains_key(list) {
            verdicts.contract(bad(missing));
        }
    }
}

/// The typed create input of a body that passed [`validate_create`].
pub(crate) fn create_input(body: &Value) -> Result<CreateAuthClientInput, GropiusError> {
    // Every property the typed input reads has been checked, so this cannot fail; if it ever
    // did, the answer is still a 400, never a crash. A `null` that passed (the `upstream`
    // profile) is not given.
    let given: Map<String, Value> = properties(body)
        .iter()
        .filter(|(_, value)| !value.is_null())
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    CreateAuthClientInput::deserialize(&given).map_err(|e| GropiusError::BadRequest(e.to_string()))
}

/// Runs update's checks on a parsed body: create's, `name` and both lists required as on
/// create (an array body, which the real service reads as an object without properties, lacks
/// them).
pub(crate) fn validate_update(body: &Value) -> Verdicts {
    let fields = properties(body);
    let mut verdicts = check_fields(fields, Operation::Update);
    require_lists(
        fields,
        &mut verdicts,
        [
            REDIRECT_URLS_MISSING_ON_UPDATE,
            VALID_SCOPES_MISSING_ON_UPDATE,
        ],
    );
    verdicts
}

/// The typed update input of a body that passed [`validate_update`].
pub(crate) fn update_input(body: &Value) -> Result<UpdateAuthClientInput, GropiusError> {
    UpdateAuthClientInput::deserialize(properties(body))
        .map_err(|e| GropiusError::BadRequest(e.to_string()))
}

fn properties(body: &Value) -> &Map<String, Value> {
    static EMPTY: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);
    body.as_object().unwrap_or(&EMPTY)
}

fn check_fields(fields: &Map<String, Value>, operation: Operation) -> Verdicts {
    let mut verdicts = Verdicts::default();
    let create = operation == Operation::Create;
    // `name`: on create `null` counts as missing (`name == undefined`); update's check requires
    // it too, with its own message.
    match (fields.get("name"), operation) {
        (None | Some(Value::Null), Operation::Create) => verdicts.both(bad(NAME_MISSING)),
        (Some(Value::String(name)), _) if !is_blank(name) => {}
        (_, _) => verdicts.both(bad(NAME_INVALID)),
    }
    if verdicts.settled() {
        return verdicts;
    }
    // `redirectUrls`: the real check skips an absent or `null` list, then loops over it and
    // crashes there. The contract requires it ([`require_lists`]).
    let not_a_list = REDIRECT_URLS_NOT_ARRAY;
    if let Some(urls) = unguarded_list(&mut verdicts, fields, "redirectUrls", not_a_list)
        && let Err(error) = check_redirect_urls(urls)
    {
        verdicts.both(error);
    }
    // `isValid`, `requiresSecret`: the real check lets `null` through; the contract does not.
    for (flag, message) in [
        ("isValid", IS_VALID_INVALID),
        ("requiresSecret", REQUIRES_SECRET_INVALID),
    ] {
        match fields.get(flag) {
            None | Some(Value::Bool(_)) => {}
            // On create the real service then fails to store a `null` requiresSecret
            // (`Gropius::decide_create`); elsewhere it reads `null` as not given.
            Some(Value::Null) if create && flag == "requiresSecret" => {
                verdicts.contract(bad(message));
            }
            Some(Value::Null) => verdicts.contract_alone(bad(message), Quirk::NullAsAbsent(flag)),
            Some(_) => verdicts.both(bad(message)),
        }
    }
    if verdicts.settled() {
        return verdicts;
    }
    // `validScopes`: as `redirectUrls`, then every element must be the string `backend`
    // upstream, one of the four scopes in the contract.
    match unguarded_list(&mut verdicts, fields, "validScopes", VALID_SCOPES_INVALID) {
        None => {}
        Some(Value::Array(scopes)) => {
            for scope in scopes {
                match scope.as_str().map(scope_named) {
                    Some(Some(AuthClientScope::Backend)) => {}
                    Some(Some(_)) => {
                        verdicts.upstream(GropiusError::Upstream(Quirk::ScopeNotBackend));
                    }
                    Some(None) => {
                        verdicts.contract(bad(SCOPE_UNKNOWN));
                        verdicts.upstream(GropiusError::Upstream(Quirk::ScopeNotBackend));
                    }
                    None => {
                        verdicts.contract(bad(VALID_SCOPES_INVALID));
                        verdicts.upstream(GropiusError::Upstream(Quirk::ScopeNotBackend));
                    }
                }
            }
        }
        Some(_) => verdicts.both(bad(VALID_SCOPES_INVALID)),
    }
    // `clientCredentialFlowUser`: `null` clears it on update (both); on create the contract
    // wants a string where the real check reads `null` as not given.
    match fields.get("clientCredentialFlowUser") {
        None | Some(Value::String(_)) => {}
        Some(Value::Null) if create => verdicts.contract_alone(
            bad(USER_NOT_STRING),
            Quirk::NullAsAbsent("clientCredentialFlowUser"),
        ),
        Some(Value::Null) => {}
        Some(_) => verdicts.both(bad(USER_NOT_STRING)),
    }
    verdicts
}

/// A list the real check loops over with no null guard (`redirectUrls`, `validScopes`): absent
/// or `null`, it crashes there (`upstream`); the contract refuses a `null` as not a list, with
/// `not_a_list` (absent is refused after every check of the body: [`require_lists`]). The list,
/// when given.
fn unguarded_list<'v>(
    verdicts: &mut Verdicts,
    fields: &'v Map<String, Value>,
    list: &'static str,
    not_a_list: &str,
) -> Option<&'v Value> {
    let value = fields.get(list);
    if value.is_none_or(Value::is_null) {
        if value.is_some() {
            verdicts.contract(bad(not_a_list));
        }
        verdicts.upstream(GropiusError::Upstream(Quirk::MissingList(list)));
        return None;
    }
    value
}

/// `redirectUrls`: an array, each element in turn a string and an absolute URL (the real
/// check's order: `["bad", 3]` fails on `bad`).
fn check_redirect_urls(urls: &Value) -> Result<(), GropiusError> {
    let urls = urls
        .as_array()
        .ok_or_else(|| bad(REDIRECT_URLS_NOT_ARRAY))?;
    for url in urls {
        let url = url.as_str().ok_or_else(|| bad(REDIRECT_URL_NOT_STRING))?;
        if !is_absolute_url(url) {
            return Err(bad(REDIRECT_URL_INVALID));
        }
    }
    Ok(())
}

/// The contract's scope named `name`, if it is one.
fn scope_named(name: &str) -> Option<AuthClientScope> {
    use serde::de::IntoDeserializer;
    let name: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
        name.into_deserializer();
    AuthClientScope::deserialize(name).ok()
}
