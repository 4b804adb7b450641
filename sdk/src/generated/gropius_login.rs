// @generated from openapi/gropius-login.yaml by `cargo xtask generate` (progenitor 0.15.1). Do not edit: change the document and regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///An auth client, as the service returns it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AuthClient {
        ///The unique ID of this client: a UUID v4 for every client created through the API.
        ///
        ///Contract decision: a string without `format: uuid`, although created clients get a
        ///UUID: the list and the read answer the two built-in clients too, whose ids are
        ///`gropius-auth-client` and `login-auth-client`, and a client that expected a UUID
        ///could not read them.
        pub id: ::std::string::String,
        ///If this client is internal. Internal clients (only the two built-in ones,
        ///`gropius-auth-client` and `login-auth-client`) can not be changed or deleted;
        ///every client created through this endpoint has `false`.
        #[serde(rename = "isInternal")]
        pub is_internal: bool,
        ///If this is `false` the client is not valid and no authorization, token, ... requests from it should be answered.
        #[serde(rename = "isValid")]
        pub is_valid: bool,
        ///The (human readable) name of the auth client to be able to keep track of it.
        ///
        ///Doesn't need to be unique
        pub name: ::std::string::String,
        ///The list of valid endpoints to redirect the user back to after authentication has
        ///finished.
        ///
        ///The actual url to use is given in the authorize request and must be included in
        ///this list. If none is given, the first one from this list will be used
        #[serde(rename = "redirectUrls")]
        pub redirect_urls: ::std::vec::Vec<::std::string::String>,
        ///If `true` requesting a token as this client requires the use of a client secret
        ///according to the oauth specification.
        ///
        ///If `false` client secrets can be present and given but are not required
        #[serde(rename = "requiresSecret")]
        pub requires_secret: bool,
        ///The list of scopes that this client is allowed to request.
        ///
        ///Contract decision: optional, and `nullable` so that a generated client reads it as
        ///"not sent" rather than as an empty list. The published schema requires it, but the
        ///real service never sends it (its entity does not serialize the column, seen in every
        ///recorded answer), and neither does the mock: a client cannot read a client's scopes
        ///from this API.
        #[serde(
            rename = "validScopes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub valid_scopes: ::std::option::Option<::std::vec::Vec<AuthClientScope>>,
    }
    impl AuthClient {
        pub fn builder() -> builder::AuthClient {
            Default::default()
        }
    }
    ///An auth client, with its censored secrets and its client-credential-flow user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AuthClientDetails {
        ///Each of the client's secrets, censored, oldest first.
        #[serde(rename = "censoredClientSecrets")]
        pub censored_client_secrets: ::std::vec::Vec<CensoredClientSecret>,
        ///The id of the client-credential-flow user; absent when there is none.
        #[serde(
            rename = "clientCredentialFlowUser",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_credential_flow_user: ::std::option::Option<::std::string::String>,
        ///The client's id (see `AuthClient`).
        pub id: ::std::string::String,
        #[serde(rename = "isInternal")]
        pub is_internal: bool,
        #[serde(rename = "isValid")]
        pub is_valid: bool,
        pub name: ::std::string::String,
        #[serde(rename = "redirectUrls")]
        pub redirect_urls: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "requiresSecret")]
        pub requires_secret: bool,
        ///As in `AuthClient` (the real service never sends it).
        #[serde(
            rename = "validScopes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub valid_scopes: ::std::option::Option<::std::vec::Vec<AuthClientScope>>,
    }
    impl AuthClientDetails {
        pub fn builder() -> builder::AuthClientDetails {
            Default::default()
        }
    }
    ///A scope an auth client may request: `login` the login-service REST API,
    ///`login-register` a registration-only token, `backend` the Gropius GraphQL backend,
    ///`auth` the internal login-flow API. (The real service accepts only `backend` on
    ///creation; see `x-upstream-quirks` on the operation.)
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum AuthClientScope {
        #[serde(rename = "login")]
        Login,
        #[serde(rename = "login-register")]
        LoginRegister,
        #[serde(rename = "backend")]
        Backend,
        #[serde(rename = "auth")]
        Auth,
    }
    impl ::std::fmt::Display for AuthClientScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Login => f.write_str("login"),
                Self::LoginRegister => f.write_str("login-register"),
                Self::Backend => f.write_str("backend"),
                Self::Auth => f.write_str("auth"),
            }
        }
    }
    impl ::std::str::FromStr for AuthClientScope {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "login" => Ok(Self::Login),
                "login-register" => Ok(Self::LoginRegister),
                "backend" => Ok(Self::Backend),
                "auth" => Ok(Self::Auth),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AuthClientScope {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AuthClientScope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A client secret as it is shown after its creation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CensoredClientSecret {
        pub censored: CensoredSecretText,
        pub fingerprint: SecretFingerprint,
    }
    impl CensoredClientSecret {
        pub fn builder() -> builder::CensoredClientSecret {
            Default::default()
        }
    }
    ///A secret's first 5 characters followed by ten `*`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CensoredSecretText(::std::string::String);
    impl ::std::ops::Deref for CensoredSecretText {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CensoredSecretText> for ::std::string::String {
        fn from(value: CensoredSecretText) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CensoredSecretText {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[0-9a-f]{5}\\*{10}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9a-f]{5}\\*{10}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CensoredSecretText {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CensoredSecretText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CensoredSecretText {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The auth client to create. Unknown properties are ignored.
    ///
    ///Contract decision: `redirectUrls` and `validScopes` are required. The published
    ///operation makes both optional with the default `[]` (kept as `x-upstream-default`), but
    ///the real service crashes with `500` when either is absent, so a client generated from
    ///the published page, sending only what its caller set, would crash it. Send `[]` for
    ///none. The mock answers a create without one with `400` "redirectUrls must be specified
    ///on creation, [] for none" (or the same for `validScopes`), after every other check, where
    ///the real service would crash. A body sent with another
    ///content type than `application/json` is not read (Express's JSON body parser skips it),
    ///so it fails as if empty: `Name of auth client must be specified on creation and can't
    ///be empty`. The real service checks, in this order: `name` present, `name` a non-blank string, `redirectUrls` an array, each
    ///redirect URL a string, each an absolute URL, `isValid` a boolean, `requiresSecret` a
    ///boolean, `validScopes` an array of known scopes, `clientCredentialFlowUser` a string,
    ///then that the user exists (`404`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateAuthClientInput {
        ///The user to use as subject for the client credential flow. Must be the id of a
        ///known user (`404` otherwise).
        #[serde(
            rename = "clientCredentialFlowUser",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_credential_flow_user: ::std::option::Option<::std::string::String>,
        ///If given, sets the validity flag of the auth client.
        ///
        ///Defaults to `true` on create
        #[serde(rename = "isValid", default = "defaults::default_bool::<true>")]
        pub is_valid: bool,
        ///The name to set for the auth client.
        ///
        ///Must be non empty (not blank).
        pub name: CreateAuthClientInputName,
        ///A list of url strings. These are the URLs the oauth authorize endpoint will
        ///redirect back to. Each must be an absolute URL (RFC 3986 characters, parseable as
        ///`new URL()` parses it).
        ///
        ///Required on create (see the contract decision above); the published text says it
        ///defaults to `[]`.
        ///
        ///Contract decision: the published text says "containing at least one url", but the
        ///real service accepts an empty list, so no minimum is set.
        #[serde(rename = "redirectUrls")]
        pub redirect_urls: ::std::vec::Vec<::std::string::String>,
        ///If given, sets the need for the client to authenticate using a secret
        ///
        ///Defaults to `true` on create
        #[serde(rename = "requiresSecret", default = "defaults::default_bool::<true>")]
        pub requires_secret: bool,
        ///The list of scopes that this client is allowed to request.
        ///
        ///Required on create (see the contract decision above); the published text says it
        ///defaults to `[]`.
        ///
        ///Contract decision: a value outside the four is refused with `400` "Only login,
        ///login-register, backend and auth are valid scopes" (the real service accepts only
        ///`backend`; see `x-upstream-quirks`).
        #[serde(rename = "validScopes")]
        pub valid_scopes: ::std::vec::Vec<AuthClientScope>,
    }
    impl CreateAuthClientInput {
        pub fn builder() -> builder::CreateAuthClientInput {
            Default::default()
        }
    }
    ///The name to set for the auth client.
    ///
    ///Must be non empty (not blank).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateAuthClientInputName(::std::string::String);
    impl ::std::ops::Deref for CreateAuthClientInputName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateAuthClientInputName> for ::std::string::String {
        fn from(value: CreateAuthClientInputName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateAuthClientInputName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("\\S").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"\\S\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateAuthClientInputName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateAuthClientInputName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateAuthClientInputName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A new client secret; `secretText` is shown this once.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreatedClientSecret {
        pub censored: CensoredSecretText,
        pub fingerprint: SecretFingerprint,
        ///The secret: 15 random bytes, hex-encoded (30 characters). The real service means
        ///"at least 48 bytes" but takes the minimum of its setting and 15.
        #[serde(rename = "secretText")]
        pub secret_text: CreatedClientSecretSecretText,
    }
    impl CreatedClientSecret {
        pub fn builder() -> builder::CreatedClientSecret {
            Default::default()
        }
    }
    ///The secret: 15 random bytes, hex-encoded (30 characters). The real service means
    ///"at least 48 bytes" but takes the minimum of its setting and 15.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreatedClientSecretSecretText(::std::string::String);
    impl ::std::ops::Deref for CreatedClientSecretSecretText {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreatedClientSecretSecretText> for ::std::string::String {
        fn from(value: CreatedClientSecretSecretText) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreatedClientSecretSecretText {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[0-9a-f]{30}$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9a-f]{30}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreatedClientSecretSecretText {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreatedClientSecretSecretText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreatedClientSecretSecretText {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The service's answer to an operation that returns nothing else.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DefaultReturn {
        ///What was done (`delete-client`, `delete-clientSecret`).
        pub operation: ::std::string::String,
        ///Always `success` (a failure is an error answer).
        pub result: ::std::string::String,
        ///When, in ISO 8601 with milliseconds.
        pub time: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl DefaultReturn {
        pub fn builder() -> builder::DefaultReturn {
            Default::default()
        }
    }
    ///NestJS's default error body. Contract decision: the published operation gives the 400
    ///no body schema; this is the body the framework sends for every error.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct HttpError {
        ///The status's reason phrase, only where NestJS builds the exception itself: the
        ///guard's `403` (`Forbidden`), the body parser's `400` for a body that is not JSON
        ///(`Bad Request`) and the `404` of a method or path no route takes (`Not Found`). A
        ///check's `400` and `404`, the guard's `401`, the `413` and a `500` have none (seen
        ///in the real service's answers).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///What went wrong, in the real service's words.
        pub message: ::std::string::String,
        ///The HTTP status, repeated.
        #[serde(rename = "statusCode")]
        pub status_code: i32,
    }
    impl HttpError {
        pub fn builder() -> builder::HttpError {
            Default::default()
        }
    }
    ///Identifies a secret (the hex SHA-256 of its stored hash); deletes it.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SecretFingerprint(::std::string::String);
    impl ::std::ops::Deref for SecretFingerprint {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SecretFingerprint> for ::std::string::String {
        fn from(value: SecretFingerprint) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SecretFingerprint {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[0-9a-f]{64}$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9a-f]{64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SecretFingerprint {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SecretFingerprint {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SecretFingerprint {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The client's new name and lists, and the flags and user to change. Each given field is
    ///held to create's rule for it, with create's message. Unknown properties are ignored.
    ///
    ///Contract decision: `name`, `redirectUrls` and `validScopes` are required on every
    ///update, as the real service requires them (the published operation makes every field
    ///optional: `x-upstream-required`). Without `name` the real service answers `400` "If
    ///given, name must be a non empty string", as the mock does; without a list it crashes
    ///with `500`, where the mock answers `400` "redirectUrls must be specified on every
    ///update, [] for none" (or the same for `validScopes`) after every other check of the
    ///body. An update is a full replacement of the name and the lists: send the current ones
    ///to keep them.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateAuthClientInput {
        ///If given, the id of a known user to use as subject of the client credential flow
        ///(`404` otherwise); `null` clears it.
        #[serde(
            rename = "clientCredentialFlowUser",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_credential_flow_user: ::std::option::Option<::std::string::String>,
        ///If given, the new validity flag.
        #[serde(
            rename = "isValid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_valid: ::std::option::Option<bool>,
        ///The new name (not blank).
        pub name: UpdateAuthClientInputName,
        ///Replaces every redirect URL (each an absolute URL); `[]` removes them all.
        #[serde(rename = "redirectUrls")]
        pub redirect_urls: ::std::vec::Vec<::std::string::String>,
        ///If given, whether a secret is required.
        #[serde(
            rename = "requiresSecret",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub requires_secret: ::std::option::Option<bool>,
        ///Replaces every scope; `[]` removes them all.
        #[serde(rename = "validScopes")]
        pub valid_scopes: ::std::vec::Vec<AuthClientScope>,
    }
    impl UpdateAuthClientInput {
        pub fn builder() -> builder::UpdateAuthClientInput {
            Default::default()
        }
    }
    ///The new name (not blank).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateAuthClientInputName(::std::string::String);
    impl ::std::ops::Deref for UpdateAuthClientInputName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateAuthClientInputName> for ::std::string::String {
        fn from(value: UpdateAuthClientInputName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateAuthClientInputName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("\\S").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"\\S\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateAuthClientInputName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateAuthClientInputName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateAuthClientInputName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AuthClient {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_internal: ::std::result::Result<bool, ::std::string::String>,
            is_valid: ::std::result::Result<bool, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            redirect_urls: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            requires_secret: ::std::result::Result<bool, ::std::string::String>,
            valid_scopes: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::AuthClientScope>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuthClient {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    is_internal: Err("no value supplied for is_internal".to_string()),
                    is_valid: Err("no value supplied for is_valid".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    redirect_urls: Err("no value supplied for redirect_urls".to_string()),
                    requires_secret: Err("no value supplied for requires_secret".to_string()),
                    valid_scopes: Ok(Default::default()),
                }
            }
        }
        impl AuthClient {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_internal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_internal = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_internal: {e}"));
                self
            }
            pub fn is_valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_valid = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_valid: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn redirect_urls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_urls = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for redirect_urls: {e}"));
                self
            }
            pub fn requires_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_secret = value.try_into().map_err(|e| {
                    format!("error converting supplied value for requires_secret: {e}")
                });
                self
            }
            pub fn valid_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::std::option::Option<::std::vec::Vec<super::AuthClientScope>>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.valid_scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for valid_scopes: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<AuthClient> for super::AuthClient {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuthClient,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    is_internal: value.is_internal?,
                    is_valid: value.is_valid?,
                    name: value.name?,
                    redirect_urls: value.redirect_urls?,
                    requires_secret: value.requires_secret?,
                    valid_scopes: value.valid_scopes?,
                })
            }
        }
        impl ::std::convert::From<super::AuthClient> for AuthClient {
            fn from(value: super::AuthClient) -> Self {
                Self {
                    id: Ok(value.id),
                    is_internal: Ok(value.is_internal),
                    is_valid: Ok(value.is_valid),
                    name: Ok(value.name),
                    redirect_urls: Ok(value.redirect_urls),
                    requires_secret: Ok(value.requires_secret),
                    valid_scopes: Ok(value.valid_scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AuthClientDetails {
            censored_client_secrets: ::std::result::Result<
                ::std::vec::Vec<super::CensoredClientSecret>,
                ::std::string::String,
            >,
            client_credential_flow_user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_internal: ::std::result::Result<bool, ::std::string::String>,
            is_valid: ::std::result::Result<bool, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            redirect_urls: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            requires_secret: ::std::result::Result<bool, ::std::string::String>,
            valid_scopes: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::AuthClientScope>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuthClientDetails {
            fn default() -> Self {
                Self {
                    censored_client_secrets: Err(
                        "no value supplied for censored_client_secrets".to_string()
                    ),
                    client_credential_flow_user: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_internal: Err("no value supplied for is_internal".to_string()),
                    is_valid: Err("no value supplied for is_valid".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    redirect_urls: Err("no value supplied for redirect_urls".to_string()),
                    requires_secret: Err("no value supplied for requires_secret".to_string()),
                    valid_scopes: Ok(Default::default()),
                }
            }
        }
        impl AuthClientDetails {
            pub fn censored_client_secrets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CensoredClientSecret>>,
                T::Error: ::std::fmt::Display,
            {
                self.censored_client_secrets = value.try_into().map_err(|e| {
                    format!("error converting supplied value for censored_client_secrets: {e}")
                });
                self
            }
            pub fn client_credential_flow_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_credential_flow_user = value.try_into().map_err(|e| {
                    format!("error converting supplied value for client_credential_flow_user: {e}")
                });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_internal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_internal = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_internal: {e}"));
                self
            }
            pub fn is_valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_valid = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_valid: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn redirect_urls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_urls = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for redirect_urls: {e}"));
                self
            }
            pub fn requires_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_secret = value.try_into().map_err(|e| {
                    format!("error converting supplied value for requires_secret: {e}")
                });
                self
            }
            pub fn valid_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::std::option::Option<::std::vec::Vec<super::AuthClientScope>>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.valid_scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for valid_scopes: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<AuthClientDetails> for super::AuthClientDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuthClientDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    censored_client_secrets: value.censored_client_secrets?,
                    client_credential_flow_user: value.client_credential_flow_user?,
                    id: value.id?,
                    is_internal: value.is_internal?,
                    is_valid: value.is_valid?,
                    name: value.name?,
                    redirect_urls: value.redirect_urls?,
                    requires_secret: value.requires_secret?,
                    valid_scopes: value.valid_scopes?,
                })
            }
        }
        impl ::std::convert::From<super::AuthClientDetails> for AuthClientDetails {
            fn from(value: super::AuthClientDetails) -> Self {
                Self {
                    censored_client_secrets: Ok(value.censored_client_secrets),
                    client_credential_flow_user: Ok(value.client_credential_flow_user),
                    id: Ok(value.id),
                    is_internal: Ok(value.is_internal),
                    is_valid: Ok(value.is_valid),
                    name: Ok(value.name),
                    redirect_urls: Ok(value.redirect_urls),
                    requires_secret: Ok(value.requires_secret),
                    valid_scopes: Ok(value.valid_scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CensoredClientSecret {
            censored: ::std::result::Result<super::CensoredSecretText, ::std::string::String>,
            fingerprint: ::std::result::Result<super::SecretFingerprint, ::std::string::String>,
        }
        impl ::std::default::Default for CensoredClientSecret {
            fn default() -> Self {
                Self {
                    censored: Err("no value supplied for censored".to_string()),
                    fingerprint: Err("no value supplied for fingerprint".to_string()),
                }
            }
        }
        impl CensoredClientSecret {
            pub fn censored<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CensoredSecretText>,
                T::Error: ::std::fmt::Display,
            {
                self.censored = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for censored: {e}"));
                self
            }
            pub fn fingerprint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SecretFingerprint>,
                T::Error: ::std::fmt::Display,
            {
                self.fingerprint = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fingerprint: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CensoredClientSecret> for super::CensoredClientSecret {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CensoredClientSecret,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    censored: value.censored?,
                    fingerprint: value.fingerprint?,
                })
            }
        }
        impl ::std::convert::From<super::CensoredClientSecret> for CensoredClientSecret {
            fn from(value: super::CensoredClientSecret) -> Self {
                Self {
                    censored: Ok(value.censored),
                    fingerprint: Ok(value.fingerprint),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAuthClientInput {
            client_credential_flow_user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_valid: ::std::result::Result<bool, ::std::string::String>,
            name: ::std::result::Result<super::CreateAuthClientInputName, ::std::string::String>,
            redirect_urls: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            requires_secret: ::std::result::Result<bool, ::std::string::String>,
            valid_scopes: ::std::result::Result<
                ::std::vec::Vec<super::AuthClientScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateAuthClientInput {
            fn default() -> Self {
                Self {
                    client_credential_flow_user: Ok(Default::default()),
                    is_valid: Ok(super::defaults::default_bool::<true>()),
                    name: Err("no value supplied for name".to_string()),
                    redirect_urls: Err("no value supplied for redirect_urls".to_string()),
                    requires_secret: Ok(super::defaults::default_bool::<true>()),
                    valid_scopes: Err("no value supplied for valid_scopes".to_string()),
                }
            }
        }
        impl CreateAuthClientInput {
            pub fn client_credential_flow_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_credential_flow_user = value.try_into().map_err(|e| {
                    format!("error converting supplied value for client_credential_flow_user: {e}")
                });
                self
            }
            pub fn is_valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_valid = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_valid: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateAuthClientInputName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn redirect_urls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_urls = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for redirect_urls: {e}"));
                self
            }
            pub fn requires_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_secret = value.try_into().map_err(|e| {
                    format!("error converting supplied value for requires_secret: {e}")
                });
                self
            }
            pub fn valid_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AuthClientScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.valid_scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for valid_scopes: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAuthClientInput> for super::CreateAuthClientInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAuthClientInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_credential_flow_user: value.client_credential_flow_user?,
                    is_valid: value.is_valid?,
                    name: value.name?,
                    redirect_urls: value.redirect_urls?,
                    requires_secret: value.requires_secret?,
                    valid_scopes: value.valid_scopes?,
                })
            }
        }
        impl ::std::convert::From<super::CreateAuthClientInput> for CreateAuthClientInput {
            fn from(value: super::CreateAuthClientInput) -> Self {
                Self {
                    client_credential_flow_user: Ok(value.client_credential_flow_user),
                    is_valid: Ok(value.is_valid),
                    name: Ok(value.name),
                    redirect_urls: Ok(value.redirect_urls),
                    requires_secret: Ok(value.requires_secret),
                    valid_scopes: Ok(value.valid_scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatedClientSecret {
            censored: ::std::result::Result<super::CensoredSecretText, ::std::string::String>,
            fingerprint: ::std::result::Result<super::SecretFingerprint, ::std::string::String>,
            secret_text:
                ::std::result::Result<super::CreatedClientSecretSecretText, ::std::string::String>,
        }
        impl ::std::default::Default for CreatedClientSecret {
            fn default() -> Self {
                Self {
                    censored: Err("no value supplied for censored".to_string()),
                    fingerprint: Err("no value supplied for fingerprint".to_string()),
                    secret_text: Err("no value supplied for secret_text".to_string()),
                }
            }
        }
        impl CreatedClientSecret {
            pub fn censored<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CensoredSecretText>,
                T::Error: ::std::fmt::Display,
            {
                self.censored = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for censored: {e}"));
                self
            }
            pub fn fingerprint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SecretFingerprint>,
                T::Error: ::std::fmt::Display,
            {
                self.fingerprint = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fingerprint: {e}"));
                self
            }
            pub fn secret_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreatedClientSecretSecretText>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for secret_text: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreatedClientSecret> for super::CreatedClientSecret {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatedClientSecret,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    censored: value.censored?,
                    fingerprint: value.fingerprint?,
                    secret_text: value.secret_text?,
                })
            }
        }
        impl ::std::convert::From<super::CreatedClientSecret> for CreatedClientSecret {
            fn from(value: super::CreatedClientSecret) -> Self {
                Self {
                    censored: Ok(value.censored),
                    fingerprint: Ok(value.fingerprint),
                    secret_text: Ok(value.secret_text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DefaultReturn {
            operation: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<::std::string::String, ::std::string::String>,
            time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DefaultReturn {
            fn default() -> Self {
                Self {
                    operation: Err("no value supplied for operation".to_string()),
                    result: Err("no value supplied for result".to_string()),
                    time: Err("no value supplied for time".to_string()),
                }
            }
        }
        impl DefaultReturn {
            pub fn operation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.operation = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for operation: {e}"));
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for result: {e}"));
                self
            }
            pub fn time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.time = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for time: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DefaultReturn> for super::DefaultReturn {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DefaultReturn,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    operation: value.operation?,
                    result: value.result?,
                    time: value.time?,
                })
            }
        }
        impl ::std::convert::From<super::DefaultReturn> for DefaultReturn {
            fn from(value: super::DefaultReturn) -> Self {
                Self {
                    operation: Ok(value.operation),
                    result: Ok(value.result),
                    time: Ok(value.time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HttpError {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            status_code: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for HttpError {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    status_code: Err("no value supplied for status_code".to_string()),
                }
            }
        }
        impl HttpError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status_code: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<HttpError> for super::HttpError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HttpError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    message: value.message?,
                    status_code: value.status_code?,
                })
            }
        }
        impl ::std::convert::From<super::HttpError> for HttpError {
            fn from(value: super::HttpError) -> Self {
                Self {
                    error: Ok(value.error),
                    message: Ok(value.message),
                    status_code: Ok(value.status_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateAuthClientInput {
            client_credential_flow_user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_valid: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            name: ::std::result::Result<super::UpdateAuthClientInputName, ::std::string::String>,
            redirect_urls: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            requires_secret:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            valid_scopes: ::std::result::Result<
                ::std::vec::Vec<super::AuthClientScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateAuthClientInput {
            fn default() -> Self {
                Self {
                    client_credential_flow_user: Ok(Default::default()),
                    is_valid: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    redirect_urls: Err("no value supplied for redirect_urls".to_string()),
                    requires_secret: Ok(Default::default()),
                    valid_scopes: Err("no value supplied for valid_scopes".to_string()),
                }
            }
        }
        impl UpdateAuthClientInput {
            pub fn client_credential_flow_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_credential_flow_user = value.try_into().map_err(|e| {
                    format!("error converting supplied value for client_credential_flow_user: {e}")
                });
                self
            }
            pub fn is_valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_valid = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_valid: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateAuthClientInputName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn redirect_urls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_urls = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for redirect_urls: {e}"));
                self
            }
            pub fn requires_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_secret = value.try_into().map_err(|e| {
                    format!("error converting supplied value for requires_secret: {e}")
                });
                self
            }
            pub fn valid_scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AuthClientScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.valid_scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for valid_scopes: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateAuthClientInput> for super::UpdateAuthClientInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateAuthClientInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_credential_flow_user: value.client_credential_flow_user?,
                    is_valid: value.is_valid?,
                    name: value.name?,
                    redirect_urls: value.redirect_urls?,
                    requires_secret: value.requires_secret?,
                    valid_scopes: value.valid_scopes?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateAuthClientInput> for UpdateAuthClientInput {
            fn from(value: super::UpdateAuthClientInput) -> Self {
                Self {
                    client_credential_flow_user: Ok(value.client_credential_flow_user),
                    is_valid: Ok(value.is_valid),
                    name: Ok(value.name),
                    redirect_urls: Ok(value.redirect_urls),
                    requires_secret: Ok(value.requires_secret),
                    valid_scopes: Ok(value.valid_scopes),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_bool<const V: bool>() -> bool {
            V
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
///Client for Gropius Login Service - auth clients
///
///The part of the Gropius login-service's API (NestJS, repository
///`ccims/gropius-login-service`) that manages auth clients: create, list, read, update and
///delete them, and add, list and delete their client secrets.
///
///Written from the operation as published in the service's built documentation site and
///from the service's source (controller `auth-clients.controller.ts`, input checks in
///`create-auth-client.dto.ts` and `update-auth-client.dto.ts`, entity `AuthClient.entity.ts`,
///guard `CheckAccessTokenGuard.ts`). Where the published operation is wrong, this document
///follows the real service and says so: look for `x-upstream-*` extensions (what the
///published operation says) and `x-upstream-quirks` (what the real service does that
///contradicts both).
///
///Errors use NestJS's default body, `{"statusCode": 400, "message": "..."}`, sometimes with
///an `error` key. The messages are the real service's.
///
///
///Version: 1.0.0
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::ClientSetup,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::transport::ClientSetup) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new()
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::ClientSetup,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::transport::ClientSetup> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::transport::ClientSetup {
        &self.inner
    }
}
impl ClientHooks<crate::transport::ClientSetup> for &Client {}
impl Client {
    ///List all existing auth clients
    ///
    ///Every auth client: the two built-in ones (`gropius-auth-client`, `login-auth-client`,
    ///both `isInternal`) first, then those created through the API, oldest first. Client
    ///secrets are not part of the answer.
    ///
    ///Needs admin permissions, as every operation here.
    ///
    ///
    ///Sends a `GET` request to `/auth/api/login/client`
    ///
    ///```ignore
    ///let response = client.list_auth_clients()
    ///    .send()
    ///    .await;
    ///```
    pub fn list_auth_clients(&self) -> builder::ListAuthClients<'_> {
        builder::ListAuthClients::new(self)
    }
    ///Create new auth client
    ///
    ///Creates a new auth client.
    ///
    ///Redirect urls defaults to empty list.
    ///If no redirectURLs are specified the client will be unusable until they are updated.
    ///If `requiresSecret` is `true`, authorization as this client won't work until a client
    ///secret is added (see `POST /auth/api/login/client/{id}/client-secret`).
    ///
    ///Needs admin permissions: a Bearer access token with the `login` scope whose user is an
    ///admin.
    ///
    ///Checks run in this order, and the first that fails answers: malformed JSON (`400`),
    ///then authentication (`401`), then admin permission (`403`), then the body (`400`, and
    ///`404` for an unknown `clientCredentialFlowUser`), then the two lists the contract
    ///requires (`400`; see `CreateAuthClientInput`).
    ///
    ///
    ///Sends a `POST` request to `/auth/api/login/client`
    ///
    ///```ignore
    ///let response = client.create_auth_client()
    ///    .body(body)
    ///    .send()
    ///    .await;
    ///```
    pub fn create_auth_client(&self) -> builder::CreateAuthClient<'_> {
        builder::CreateAuthClient::new(self)
    }
    ///Details of one auth client, with its censored secrets
    ///
    ///The auth client with this id, with the censored form and fingerprint of each of its
    ///secrets (never the secret itself) and the id of its client-credential-flow user.
    ///An id that names no client, or is not a UUID, is `404`.
    ///
    ///
    ///Sends a `GET` request to `/auth/api/login/client/{id}`
    ///
    ///Arguments:
    ///- `id`: The id of an auth client (a UUID for a created one; `gropius-auth-client` or
    ///`login-auth-client` for the built-in ones). A created client's UUID is read in every
    ///spelling PostgreSQL's `uuid` type reads (either case, without hyphens, in braces, a
    ///hyphen after every four digits; percent-encoded characters decoded first, as the
    ///service's router decodes a path parameter) and the answer carries its canonical id:
    ///the real service was seen to do so. An id that names no client, a malformed one
    ///included (`urn:uuid:…` among them), is a `404`. For the reads that is what the real service answers; for the
    ///writes it is a contract decision: the real service passes an id that is not a UUID to
    ///its database unguarded and answers `500` (`x-upstream-quirks`).
    ///
    ///```ignore
    ///let response = client.get_auth_client()
    ///    .id(id)
    ///    .send()
    ///    .await;
    ///```
    pub fn get_auth_client(&self) -> builder::GetAuthClient<'_> {
        builder::GetAuthClient::new(self)
    }
    ///Edit an existing auth client
    ///
    ///Sets the name and both lists (each list replaced whole: merging is the caller's job),
    ///and changes the flags and the user only when given; `clientCredentialFlowUser: null`
    ///clears the user. The checks are those of create, in the same order; then the client
    ///must exist and not be built-in (`404`); then a given user must exist (`404`).
    ///
    ///Contract decision: an id that is not a UUID (a built-in client's included) is a `404`
    ///like any unknown id. The real service passes it to its database unguarded and answers
    ///`500` (see `x-upstream-quirks`).
    ///
    ///
    ///Sends a `PUT` request to `/auth/api/login/client/{id}`
    ///
    ///Arguments:
    ///- `id`: The id of an auth client (a UUID for a created one; `gropius-auth-client` or
    ///`login-auth-client` for the built-in ones). A created client's UUID is read in every
    ///spelling PostgreSQL's `uuid` type reads (either case, without hyphens, in braces, a
    ///hyphen after every four digits; percent-encoded characters decoded first, as the
    ///service's router decodes a path parameter) and the answer carries its canonical id:
    ///the real service was seen to do so. An id that names no client, a malformed one
    ///included (`urn:uuid:…` among them), is a `404`. For the reads that is what the real service answers; for the
    ///writes it is a contract decision: the real service passes an id that is not a UUID to
    ///its database unguarded and answers `500` (`x-upstream-quirks`).
    ///
    ///- `body`: The new name and lists, and the changes. A request without a body reads as `{}`, as
    ///Express's body parser reads it, and fails for want of `name`.
    ///
    ///```ignore
    ///let response = client.update_auth_client()
    ///    .id(id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    ///```
    pub fn update_auth_client(&self) -> builder::UpdateAuthClient<'_> {
        builder::UpdateAuthClient::new(self)
    }
    ///Permanently delete an existing auth client
    ///
    ///Deletes the auth client and its secrets. A built-in client cannot be deleted (`404`).
    ///
    ///
    ///Sends a `DELETE` request to `/auth/api/login/client/{id}`
    ///
    ///Arguments:
    ///- `id`: The id of an auth client (a UUID for a created one; `gropius-auth-client` or
    ///`login-auth-client` for the built-in ones). A created client's UUID is read in every
    ///spelling PostgreSQL's `uuid` type reads (either case, without hyphens, in braces, a
    ///hyphen after every four digits; percent-encoded characters decoded first, as the
    ///service's router decodes a path parameter) and the answer carries its canonical id:
    ///the real service was seen to do so. An id that names no client, a malformed one
    ///included (`urn:uuid:…` among them), is a `404`. For the reads that is what the real service answers; for the
    ///writes it is a contract decision: the real service passes an id that is not a UUID to
    ///its database unguarded and answers `500` (`x-upstream-quirks`).
    ///
    ///```ignore
    ///let response = client.delete_auth_client()
    ///    .id(id)
    ///    .send()
    ///    .await;
    ///```
    pub fn delete_auth_client(&self) -> builder::DeleteAuthClient<'_> {
        builder::DeleteAuthClient::new(self)
    }
    ///List the censored client secrets of an auth client
    ///
    ///The censored form and fingerprint of each of the client's secrets, oldest first. The
    ///secret itself is shown once, when created, and never again.
    ///
    ///
    ///Sends a `GET` request to `/auth/api/login/client/{id}/client-secret`
    ///
    ///Arguments:
    ///- `id`: The id of an auth client (a UUID for a created one; `gropius-auth-client` or
    ///`login-auth-client` for the built-in ones). A created client's UUID is read in every
    ///spelling PostgreSQL's `uuid` type reads (either case, without hyphens, in braces, a
    ///hyphen after every four digits; percent-encoded characters decoded first, as the
    ///service's router decodes a path parameter) and the answer carries its canonical id:
    ///the real service was seen to do so. An id that names no client, a malformed one
    ///included (`urn:uuid:…` among them), is a `404`. For the reads that is what the real service answers; for the
    ///writes it is a contract decision: the real service passes an id that is not a UUID to
    ///its database unguarded and answers `500` (`x-upstream-quirks`).
    ///
    ///```ignore
    ///let response = client.list_client_secrets()
    ///    .id(id)
    ///    .send()
    ///    .await;
    ///```
    pub fn list_client_secrets(&self) -> builder::ListClientSecrets<'_> {
        builder::ListClientSecrets::new(self)
    }
    ///Generate a new client secret for an auth client
    ///
    ///Generates a secret and returns it with its censored form and fingerprint. Keep
    ///`secretText`: it is shown this once, and only a hash of it is kept. Takes no body.
    ///
    ///
    ///Sends a `POST` request to `/auth/api/login/client/{id}/client-secret`
    ///
    ///Arguments:
    ///- `id`: The id of an auth client (a UUID for a created one; `gropius-auth-client` or
    ///`login-auth-client` for the built-in ones). A created client's UUID is read in every
    ///spelling PostgreSQL's `uuid` type reads (either case, without hyphens, in braces, a
    ///hyphen after every four digits; percent-encoded characters decoded first, as the
    ///service's router decodes a path parameter) and the answer carries its canonical id:
    ///the real service was seen to do so. An id that names no client, a malformed one
    ///included (`urn:uuid:…` among them), is a `404`. For the reads that is what the real service answers; for the
    ///writes it is a contract decision: the real service passes an id that is not a UUID to
    ///its database unguarded and answers `500` (`x-upstream-quirks`).
    ///
    ///```ignore
    ///let response = client.create_client_secret()
    ///    .id(id)
    ///    .send()
    ///    .await;
    ///```
    pub fn create_client_secret(&self) -> builder::CreateClientSecret<'_> {
        builder::CreateClientSecret::new(self)
    }
    ///Delete a client secret of an auth client
    ///
    ///Deletes the secret with this fingerprint; the client's other secrets stay.
    ///
    ///Sends a `DELETE` request to `/auth/api/login/client/{id}/client-secret/{fingerprint}`
    ///
    ///Arguments:
    ///- `id`: The id of an auth client (a UUID for a created one; `gropius-auth-client` or
    ///`login-auth-client` for the built-in ones). A created client's UUID is read in every
    ///spelling PostgreSQL's `uuid` type reads (either case, without hyphens, in braces, a
    ///hyphen after every four digits; percent-encoded characters decoded first, as the
    ///service's router decodes a path parameter) and the answer carries its canonical id:
    ///the real service was seen to do so. An id that names no client, a malformed one
    ///included (`urn:uuid:…` among them), is a `404`. For the reads that is what the real service answers; for the
    ///writes it is a contract decision: the real service passes an id that is not a UUID to
    ///its database unguarded and answers `500` (`x-upstream-quirks`).
    ///
    ///- `fingerprint`: The fingerprint of one of the client's secrets, as listed or created.
    ///```ignore
    ///let response = client.delete_client_secret()
    ///    .id(id)
    ///    .fingerprint(fingerprint)
    ///    .send()
    ///    .await;
    ///```
    pub fn delete_client_secret(&self) -> builder::DeleteClientSecret<'_> {
        builder::DeleteClientSecret::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
        ResponseValue, encode_path,
    };
    ///Builder for [`Client::list_auth_clients`]
    ///
    ///[`Client::list_auth_clients`]: super::Client::list_auth_clients
    #[derive(Debug, Clone)]
    pub struct ListAuthClients<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListAuthClients<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/auth/api/login/client`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::AuthClient>>, Error<types::HttpError>>
        {
            let Self { client } = self;
            let url = format!("{}/auth/api/login/client", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_auth_clients",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::create_auth_client`]
    ///
    ///[`Client::create_auth_client`]: super::Client::create_auth_client
    #[derive(Debug, Clone)]
    pub struct CreateAuthClient<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateAuthClientInput, String>,
    }
    impl<'a> CreateAuthClient<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAuthClientInput>,
            <V as std::convert::TryInto<types::CreateAuthClientInput>>::Error: std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `CreateAuthClientInput` for body failed: {}",
                    s
                )
            });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                    types::builder::CreateAuthClientInput,
                ) -> types::builder::CreateAuthClientInput,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/auth/api/login/client`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AuthClient>, Error<types::HttpError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::CreateAuthClientInput::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/auth/api/login/client", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_auth_client",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::get_auth_client`]
    ///
    ///[`Client::get_auth_client`]: super::Client::get_auth_client
    #[derive(Debug, Clone)]
    pub struct GetAuthClient<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetAuthClient<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
            self
        }
        ///Sends a `GET` request to `/auth/api/login/client/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AuthClientDetails>, Error<types::HttpError>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/api/login/client/{}",
                client.baseurl,
                encode_path(&id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_auth_client",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::update_auth_client`]
    ///
    ///[`Client::update_auth_client`]: super::Client::update_auth_client
    #[derive(Debug, Clone)]
    pub struct UpdateAuthClient<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateAuthClientInput, String>,
    }
    impl<'a> UpdateAuthClient<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateAuthClientInput>,
            <V as std::convert::TryInto<types::UpdateAuthClientInput>>::Error: std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `UpdateAuthClientInput` for body failed: {}",
                    s
                )
            });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                    types::builder::UpdateAuthClientInput,
                ) -> types::builder::UpdateAuthClientInput,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/auth/api/login/client/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AuthClient>, Error<types::HttpError>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::UpdateAuthClientInput::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/api/login/client/{}",
                client.baseurl,
                encode_path(&id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_auth_client",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::delete_auth_client`]
    ///
    ///[`Client::delete_auth_client`]: super::Client::delete_auth_client
    #[derive(Debug, Clone)]
    pub struct DeleteAuthClient<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteAuthClient<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
            self
        }
        ///Sends a `DELETE` request to `/auth/api/login/client/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DefaultReturn>, Error<types::HttpError>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/api/login/client/{}",
                client.baseurl,
                encode_path(&id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_auth_client",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::list_client_secrets`]
    ///
    ///[`Client::list_client_secrets`]: super::Client::list_client_secrets
    #[derive(Debug, Clone)]
    pub struct ListClientSecrets<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> ListClientSecrets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
            self
        }
        ///Sends a `GET` request to `/auth/api/login/client/{id}/client-secret`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::CensoredClientSecret>>,
            Error<types::HttpError>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/api/login/client/{}/client-secret",
                client.baseurl,
                encode_path(&id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_client_secrets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::create_client_secret`]
    ///
    ///[`Client::create_client_secret`]: super::Client::create_client_secret
    #[derive(Debug, Clone)]
    pub struct CreateClientSecret<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> CreateClientSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
            self
        }
        ///Sends a `POST` request to `/auth/api/login/client/{id}/client-secret`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreatedClientSecret>, Error<types::HttpError>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/api/login/client/{}/client-secret",
                client.baseurl,
                encode_path(&id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_client_secret",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::delete_client_secret`]
    ///
    ///[`Client::delete_client_secret`]: super::Client::delete_client_secret
    #[derive(Debug, Clone)]
    pub struct DeleteClientSecret<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        fingerprint: Result<::std::string::String, String>,
    }
    impl<'a> DeleteClientSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                fingerprint: Err("fingerprint was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
            self
        }
        pub fn fingerprint<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.fingerprint = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for fingerprint failed".to_string()
            });
            self
        }
        ///Sends a `DELETE` request to `/auth/api/login/client/{id}/client-secret/{fingerprint}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DefaultReturn>, Error<types::HttpError>> {
            let Self {
                client,
                id,
                fingerprint,
            } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let fingerprint = fingerprint.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/api/login/client/{}/client-secret/{}",
                client.baseurl,
                encode_path(&id.to_string()),
                encode_path(&fingerprint.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_client_secret",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
