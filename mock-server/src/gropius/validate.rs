//! The real service's body checks, in its order and with its messages (`openapi/README.md`,
//! "Gropius: what the real service does", lists them): they run on the raw JSON because the
//! order and the wording depend on what is there, not only on whether it fits a type.

use serde::Deserialize;
use serde_json::{Map, Value};

use super::error::GropiusError;
use super::model::{AuthClientScope, CreateAuthClientInput};
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
/// A scope other than `backend` (the real service, `upstream` profile).
pub(crate) const SCOPE_NOT_BACKEND: &str = "Only backend is a valid scopes";
/// `clientCredentialFlowUser` not a string.
pub(crate) const USER_NOT_STRING: &str = "clientCredentialFlowUser must be a string";

/// Runs the real service's body checks, but the user lookup, on a parsed body (an array body has no properties, as
/// in JavaScript). The user lookup needs the user list and runs in the service.
pub(crate) fn validate(
    body: &Value,
    profile: Profile,
) -> Result<CreateAuthClientInput, GropiusError> {
    let empty = Map::new();
    let fields = body.as_object().unwrap_or(&empty);
    let bad = |message: &str| GropiusError::BadRequest(message.to_string());

    match fields.get("name") {
        None => return Err(bad(NAME_MISSING)),
        Some(Value::String(name)) if !is_blank(name) => {}
        Some(_) => return Err(bad(NAME_INVALID)),
    }
    if let Some(urls) = fields.get("redirectUrls") {
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
    if fields.get("isValid").is_some_and(|v| !v.is_boolean()) {
        return Err(bad(IS_VALID_INVALID));
    }
    if fields
        .get("requiresSecret")
        .is_some_and(|v| !v.is_boolean())
    {
        return Err(bad(REQUIRES_SECRET_INVALID));
    }
    if let Some(scopes) = fields.get("validScopes") {
        let scopes = scopes
            .as_array()
            .filter(|scopes| scopes.iter().all(Value::is_string))
            .ok_or_else(|| bad(VALID_SCOPES_INVALID))?;
        for scope in scopes.iter().filter_map(Value::as_str) {
            let known = serde_json::from_value::<AuthClientScope>(Value::from(scope)).ok();
            match (profile, known) {
                (Profile::Upstream, Some(AuthClientScope::Backend)) => {}
                (Profile::Upstream, _) => return Err(bad(SCOPE_NOT_BACKEND)),
                (Profile::Contract, Some(_)) => {}
                (Profile::Contract, None) => return Err(bad(SCOPE_UNKNOWN)),
            }
        }
    }
    if fields
        .get("clientCredentialFlowUser")
        .is_some_and(|v| !v.is_string())
    {
        return Err(bad(USER_NOT_STRING));
    }
    // Every property the typed input reads has been checked above, so this cannot fail; if it
    // ever did, the answer is still a 400, never a crash.
    CreateAuthClientInput::deserialize(fields).map_err(|e| GropiusError::BadRequest(e.to_string()))
}
