//! The rules a create request must follow beyond its JSON types (those are checked when it is
//! read): one function per field or pair of fields, run in a fixed order; the first rule that
//! fails is reported.

use super::error::Violation;
use super::model::{ClientAuthMethod, CreateClientRequest, FapiProfile, GrantType};
use crate::text::{AbsoluteUri, HostKind, is_blank, parse_absolute_uri};

/// The longest name accepted, in characters.
const NAME_MAX_CHARS: usize = 255;

/// `grant_types` when the request leaves it out.
const DEFAULT_GRANT_TYPES: [GrantType; 2] = [GrantType::AuthorizationCode, GrantType::RefreshToken];
/// `scopes` when the request leaves it out.
const DEFAULT_SCOPES: [&str; 3] = ["openid", "profile", "email"];

/// A request that passed every rule, with the defaults applied.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ValidClient {
    /// The request as given.
    pub(crate) request: CreateClientRequest,
    /// `is_confidential`, defaulted.
    pub(crate) is_confidential: bool,
    /// `client_auth_methods`, defaulted by confidentiality.
    pub(crate) client_auth_methods: Vec<ClientAuthMethod>,
    /// `grant_types`, defaulted.
    pub(crate) grant_types: Vec<GrantType>,
    /// `scopes`, defaulted.
    pub(crate) scopes: Vec<String>,
    /// The distinct origins of the http(s) redirect URIs, in the order they first appear.
    pub(crate) cors_origins: Vec<String>,
}

/// Checks every rule and applies the defaults.
pub(crate) fn validate(request: CreateClientRequest) -> Result<ValidClient, Violation> {
    let is_confidential = request.is_confidential.unwrap_or(true);
    let client_auth_methods = match &request.client_auth_methods {
        Some(methods) => methods.clone(),
        None if is_confidential => vec![ClientAuthMethod::ClientSecretBasic],
        None => vec![ClientAuthMethod::None],
    };
    let grant_types = request
        .grant_types
        .clone()
        .unwrap_or_else(|| DEFAULT_GRANT_TYPES.to_vec());
    let scopes = request
        .scopes
        .clone()
        .unwrap_or_else(|| DEFAULT_SCOPES.map(String::from).to_vec());

    check_name(&request.name)?;
    let cors_origins = check_redirect_uris(&request.redirect_uris, is_confidential)?;
    check_auth_methods(&client_auth_methods, is_confidential, &request)?;
    check_key_set(&request)?;
    check_grant_types(&grant_types, is_confidential)?;
    if let Some(profile) = request.fapi_profile {
        check_fapi(
            profile,
            is_confidential,
            &client_auth_methods,
            &request.redirect_uris,
        )?;
    }
    check_scopes(&scopes)?;
    for (field, value) in [
        ("jwks_uri", &request.jwks_uri),
        ("logo_url", &request.logo_url),
        ("privacy_policy", &request.privacy_policy),
        ("terms_url", &request.terms_url),
        ("website", &request.website),
    ] {
        if let Some(value) = value {
            check_web_url(field, value)?;
        }
    }
    Ok(ValidClient {
        request,
        is_confidential,
        client_auth_methods,
        grant_types,
        scopes,
        cors_origins,
    })
}

fn check_name(name: &str) -> Result<(), Violation> {
    if is_blank(name) {
        return Err(Violation::new("name", "must not be blank"));
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(Violation::new(
            "name",
            format!("must be at most {NAME_MAX_CHARS} characters"),
        ));
    }
    Ok(())
}

/// How a redirect URI may be used, by its scheme.
enum RedirectKind {
    Https,
    LoopbackHttp,
    PrivateUse,
}

/// Checks each redirect URI and returns the distinct origins of the http(s) ones, in the order
/// they first appear (the response's `cors_origins`, derived as Zitadel derives its CORS
/// allow-list).
fn check_redirect_uris(uris: &[String], is_confidential: bool) -> Result<Vec<String>, Violation> {
    if uris.is_empty() {
        return Err(Violation::new(
            "redirect_uris",
            "must contain at least 1 item",
        ));
    }
    let mut origins: Vec<String> = Vec::new();
    for (i, uri) in uris.iter().enumerate() {
        let (kind, url) = redirect_kind(uri)
            .map_err(|rule| Violation::new(format!("redirect_uris[{i}]"), rule))?;
        match kind {
            RedirectKind::PrivateUse if is_confidential => {
                return Err(Violation::new(
                    format!("redirect_uris[{i}]"),
                    "a private-use scheme is only allowed for a public client (is_confidential: false)",
                ));
            }
            RedirectKind::PrivateUse => {}
            RedirectKind::Https | RedirectKind::LoopbackHttp => {
                let origin = url.web_origin().ok_or_else(|| {
                    Violation::new(format!("redirect_uris[{i}]"), "must be an absolute URI")
                })?;
                if !origins.contains(&origin) {
                    origins.push(origin);
                }
            }
        }
    }
    Ok(origins)
}

fn redirect_kind(uri: &str) -> Result<(RedirectKind, AbsoluteUri<'_>), &'static str> {
    let url = parse_absolute_uri(uri).ok_or("must be an absolute URI")?;
    if url.has_fragment() {
        return Err("must not contain a fragment");
    }
    let scheme = url.scheme();
    let kind = match scheme {
        _ if scheme.eq_ignore_ascii_case("https") && url.host() == HostKind::None => {
            return Err("https needs a host");
        }
        _ if scheme.eq_ignore_ascii_case("https") => RedirectKind::Https,
        _ if scheme.eq_ignore_ascii_case("http") && url.host() == HostKind::Loopback => {
            RedirectKind::LoopbackHttp
        }
        _ if scheme.eq_ignore_ascii_case("http") => {
            return Err("http is only allowed with a loopback host (127.0.0.1, [::1], localhost)");
        }
        _ if scheme.contains('.') => RedirectKind::PrivateUse,
        _ => {
            return Err(
                "scheme must be https, http with a loopback host, or a private-use scheme in reverse-domain form",
            );
        }
    };
    Ok((kind, url))
}

fn check_auth_methods(
    methods: &[ClientAuthMethod],
    is_confidential: bool,
    request: &CreateClientRequest,
) -> Result<(), Violation> {
    const FIELD: &str = "client_auth_methods";
    if methods.is_empty() {
        return Err(Violation::new(FIELD, "must contain at least 1 item"));
    }
    let uses_none = methods.contains(&ClientAuthMethod::None);
    if !is_confidential && methods.iter().any(|m| *m != ClientAuthMethod::None) {
        return Err(Violation::new(
            FIELD,
            "a public client (is_confidential: false) may only use none",
        ));
    }
    if is_confidential && uses_none {
        return Err(Violation::new(
            FIELD,
            "a confidential client may not use none",
        ));
    }
    if methods.contains(&ClientAuthMethod::PrivateKeyJwt)
        && request.jwks.is_none()
        && request.jwks_uri.is_none()
    {
        return Err(Violation::new(
            FIELD,
            "private_key_jwt needs jwks or jwks_uri",
        ));
    }
    Ok(())
}

fn check_key_set(request: &CreateClientRequest) -> Result<(), Violation> {
    let Some(jwks) = &request.jwks else {
        return Ok(());
    };
    if request.jwks_uri.is_some() {
        return Err(Violation::new(
            "jwks",
            "must not be given together with jwks_uri",
        ));
    }
    let is_key_set = serde_json::from_str::<serde_json::Value>(jwks)
        .is_ok_and(|set| set.get("keys").is_some_and(serde_json::Value::is_array));
    if !is_key_set {
        return Err(Violation::new(
            "jwks",
            r#"must be a JSON JWK Set, an object with a "keys" array"#,
        ));
    }
    Ok(())
}

fn check_grant_types(grant_types: &[GrantType], is_confidential: bool) -> Result<(), Violation> {
    const FIELD: &str = "grant_types";
    if grant_types.is_empty() {
        return Err(Violation::new(FIELD, "must contain at least 1 item"));
    }
    if grant_types.contains(&GrantType::ClientCredentials) && !is_confidential {
        return Err(Violation::new(
            FIELD,
            "client_credentials needs a confidential client",
        ));
    }
    if grant_types.contains(&GrantType::RefreshToken)
        && !grant_types.contains(&GrantType::AuthorizationCode)
        && !grant_types.contains(&GrantType::DeviceCode)
    {
        return Err(Violation::new(
            FIELD,
            "refresh_token needs authorization_code or urn:ietf:params:oauth:grant-type:device_code beside it",
        ));
    }
    Ok(())
}

fn check_fapi(
    _profile: FapiProfile,
    is_confidential: bool,
    methods: &[ClientAuthMethod],
    redirect_uris: &[String],
) -> Result<(), Violation> {
    const FIELD: &str = "fapi_profile";
    if !is_confidential {
        return Err(Violation::new(FIELD, "a FAPI client must be confidential"));
    }
    if !methods.iter().all(|m| m.allowed_for_fapi()) {
        return Err(Violation::new(
            FIELD,
            "a FAPI client may only authenticate with private_key_jwt, tls_client_auth or self_signed_tls_client_auth",
        ));
    }
    if !redirect_uris
        .iter()
        .all(|uri| matches!(redirect_kind(uri), Ok((RedirectKind::Https, _))))
    {
        return Err(Violation::new(
            FIELD,
            "a FAPI client must use https redirect URIs only",
        ));
    }
    Ok(())
}

/// A scope token (RFC 6749 §3.3): `%x21 / %x23-5B / %x5D-7E`, at least one.
fn check_scopes(scopes: &[String]) -> Result<(), Violation> {
    for (i, scope) in scopes.iter().enumerate() {
        let is_token = !scope.is_empty()
            && scope
                .bytes()
                .all(|b| b == 0x21 || (0x23..=0x5b).contains(&b) || (0x5d..=0x7e).contains(&b));
        if !is_token {
            return Err(Violation::new(
                format!("scopes[{i}]"),
                r#"must be a scope token: printable ASCII without space, " or \"#,
            ));
        }
    }
    Ok(())
}

fn check_web_url(field: &str, value: &str) -> Result<(), Violation> {
    // RFC 3986, an http(s) scheme and a host: a browser's reading (the url crate) is needed
    // only where an origin is derived, for redirect URIs.
    let is_web =
        parse_absolute_uri(value).is_some_and(|url| url.is_web() && url.host() != HostKind::None);
    if is_web {
        Ok(())
    } else {
        Err(Violation::new(field, "must be an absolute http(s) URL"))
    }
}
