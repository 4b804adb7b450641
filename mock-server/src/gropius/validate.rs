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
/// `redirectUrls` left out of a create (the contract requires it: see `Gropius::decide_create`).
pub(crate) const REDIRECT_URLS_MISSING: &str =
    "redirectUrls must be specified on creation, [] for none";
/// `validScopes` left out of a create.
pub(crate) const VALID_SCOPES_MISSING: &str =
    "validScopes must be specified on creation, [] for none";
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

/// Runs create's checks, but the user lookup, on a parsed body (an array body has no
/// properties, as in JavaScript). The user lookup needs the user list and runs in the service.
pub(crate) fn validate_create(
    body: &Value,
    profile: Profile,
) -> Result<CreateAuthClientInput, GropiusError> {
    let fields = properties(body);
    check_fields(fields, Operation::Create, profile)?;
    // Every property the typed input reads has been checked, so this cannot fail; if it ever
    // did, the answer is still a 400, never a crash.
    CreateAuthClientInput::deserialize(fields).map_err(|e| GropiusError::BadRequest(e.to_string()))
}

/// An update body that is not an object (the contract's `UpdateAuthClientInput`).
pub(crate) const UPDATE_NOT_AN_OBJECT: &str = "The changes must be a JSON object";

/// Runs update's checks (create's, for the fields given) on a parsed body. The contract wants
/// an object; the real service reads an array as an object without properties.
pub(crate) fn validate_update(
    body: &Value,
    profile: Profile,
) -> Result<UpdateAuthClientInput, GropiusError> {
    if profile == Profile::Contract && !body.is_object() {
        return Err(bad(UPDATE_NOT_AN_OBJECT));
    }
    let fields = properties(body);
    check_fields(fields, Operation::Update, profile)?;
    UpdateAuthClientInput::deserialize(fields).map_err(|e| GropiusError::BadRequest(e.to_string()))
}

fn properties(body: &Value) -> &Map<String, Value> {
    static EMPTY: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);
    body.as_object().unwrap_or(&EMPTY)
}

fn check_fields(
    fields: &Map<String, Value>,
    operation: Operation,
    profile: Profile,
) -> Result<(), GropiusError> {
    let upstream = profile == Profile::Upstream;
    match (fields.get("name"), operation) {
        (None, Operation::Create) => return Err(bad(NAME_MISSING)),
        (None, Operation::Update) if upstream => {
            return Err(GropiusError::Upstream(Quirk::UpdateWithoutName));
        }
        (None, Operation::Update) => {}
        (Some(Value::String(name)), _) if !is_blank(name) => {}
        (Some(_), _) => return Err(bad(NAME_INVALID)),
    }
    // On create, the check skips an absent list (the handler then crashes on it: see the
    // service); on update, the real check itself loops over it.
    let missing_list_crashes = upstream && operation == Operation::Update;
    match field(fields, "redirectUrls", operation) {
        None if missing_list_crashes => {
            return Err(GropiusError::Upstream(Quirk::MissingList("redirectUrls")));
        }
        None => {}
        Some(urls) => {
            let urls = urls
                .as_array()
                .ok_or_else(|| bad(REDIRECT_URLS_NOT_ARRAY))?;
            if !urls.iter().all(Value::is_string) {
                return Err(bad(REDIRECT_URL_NOT_STRING));
            }
            if !urls.iter().filter_map(Value::as_str).all(is_absolute_url) {
                return Err(bad(REDIRECT_URL_INVALID));
            }
        }
    }
    // Not nullable in the contract: a `null` is checked, and refused.
    if fields.get("isValid").is_some_and(|v| !v.is_boolean()) {
        return Err(bad(IS_VALID_INVALID));
    }
    if fields
        .get("requiresSecret")
        .is_some_and(|v| !v.is_boolean())
    {
        return Err(bad(REQUIRES_SECRET_INVALID));
    }
    match field(fields, "validScopes", operation) {
        None if missing_list_crashes => {
            return Err(GropiusError::Upstream(Quirk::MissingList("validScopes")));
        }
        None => {}
        Some(scopes) => {
            let scopes = scopes
                .as_array()
                .filter(|scopes| scopes.iter().all(Value::is_string))
                .ok_or_else(|| bad(VALID_SCOPES_INVALID))?;
            for scope in scopes.iter().filter_map(Value::as_str) {
                let known = serde_json::from_value::<AuthClientScope>(Value::from(scope)).ok();
                match (upstream, known) {
                    (true, Some(AuthClientScope::Backend)) | (false, Some(_)) => {}
                    (true, _) => return Err(GropiusError::Upstream(Quirk::ScopeNotBackend)),
                    (false, None) => return Err(bad(SCOPE_UNKNOWN)),
                }
            }
        }
    }
    if field(fields, "clientCredentialFlowUser", operation).is_some_and(|v| !v.is_string()) {
        return Err(bad(USER_NOT_STRING));
    }
    Ok(())
}

/// A property the update contract makes nullable (`redirectUrls`, `validScopes`,
/// `clientCredentialFlowUser`), as the check reads it: on create a present `null` is checked
/// (and refused, as not of the type); on update `null` means "not given" (and, for
/// `clientCredentialFlowUser`, "clear it").
fn field<'v>(fields: &'v Map<String, Value>, key: &str, operation: Operation) -> Option<&'v Value> {
    match operation {
        Operation::Create => fields.get(key),
        Operation::Update => fields.get(key).filter(|value| !value.is_null()),
    }
}
