// @generated from openapi/autional.yaml by `cargo xtask generate` (progenitor 0.15.1). Do not edit: change the document and regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A token-endpoint authentication method from the IANA "OAuth Token Endpoint
    ///Authentication Methods" registry. Contract decision: the published document types it
    ///as a free string.
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
    pub enum ClientAuthMethod {
        #[serde(rename = "none")]
        None,
        #[serde(rename = "client_secret_basic")]
        ClientSecretBasic,
        #[serde(rename = "client_secret_post")]
        ClientSecretPost,
        #[serde(rename = "client_secret_jwt")]
        ClientSecretJwt,
        #[serde(rename = "private_key_jwt")]
        PrivateKeyJwt,
        #[serde(rename = "tls_client_auth")]
        TlsClientAuth,
        #[serde(rename = "self_signed_tls_client_auth")]
        SelfSignedTlsClientAuth,
    }
    impl ::std::fmt::Display for ClientAuthMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("none"),
                Self::ClientSecretBasic => f.write_str("client_secret_basic"),
                Self::ClientSecretPost => f.write_str("client_secret_post"),
                Self::ClientSecretJwt => f.write_str("client_secret_jwt"),
                Self::PrivateKeyJwt => f.write_str("private_key_jwt"),
                Self::TlsClientAuth => f.write_str("tls_client_auth"),
                Self::SelfSignedTlsClientAuth => f.write_str("self_signed_tls_client_auth"),
            }
        }
    }
    impl ::std::str::FromStr for ClientAuthMethod {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "none" => Ok(Self::None),
                "client_secret_basic" => Ok(Self::ClientSecretBasic),
                "client_secret_post" => Ok(Self::ClientSecretPost),
                "client_secret_jwt" => Ok(Self::ClientSecretJwt),
                "private_key_jwt" => Ok(Self::PrivateKeyJwt),
                "tls_client_auth" => Ok(Self::TlsClientAuth),
                "self_signed_tls_client_auth" => Ok(Self::SelfSignedTlsClientAuth),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ClientAuthMethod {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ClientAuthMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The success envelope (published as `dto.DataResponse-dto_CreateClientResponse`):
    ///`code` is `0` and `message` is `success`.
    ///
    ///Contract decision: the published document marks no property required. The official
    ///TypeScript SDK reads `code`, `message` and `data` on every success answer, so this
    ///contract requires them, and `timestamp` with them.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateClientEnvelope {
        ///The business code; `0` on success.
        pub code: i64,
        pub data: CreateClientResponse,
        ///`success` on success.
        pub message: ::std::string::String,
        ///When the answer was made, RFC 3339 in UTC.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl CreateClientEnvelope {
        pub fn builder() -> builder::CreateClientEnvelope {
            Default::default()
        }
    }
    ///Create client request (published as `dto.CreateClientRequest`).
    ///
    ///Contract decision: the published document gives types only. The rules come from
    ///RFC 6749, RFC 7591, RFC 8252 and the FAPI profiles (as Ory Hydra and Zitadel apply
    ///them). A rule on one field's type or length is stated on that field. Each entry of
    ///`allOf` below states one more rule, with a description saying it in words: the form of
    ///the URI fields (a pattern beside `format: uri`) and the rules that tie fields together.
    ///Those entries only constrain; none adds a property. A public client is one that sends
    ///`is_confidential: false`; leaving it out means confidential.
    ///
    ///Any failed rule → `400`, code `40000002`, with a message naming the field and the rule.
    ///Unknown properties are ignored. `null` is not accepted in place of a value: leave the
    ///property out instead.
    ///
    ///What the schema cannot say (OpenAPI 3.0 has no way to parse a string's content or to
    ///read a URL as a browser does), stated here only: `jwks` must parse as a JSON object
    ///with a `keys` array (the custom format `jwk-set`), and an `http(s)` redirect URI's host
    ///must be one a browser reads (the WHATWG URL standard), since its origin becomes a CORS
    ///origin.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateClientRequest {
        ///How the client authenticates at the token endpoint; values from the IANA OAuth
        ///token-endpoint authentication method registry. Defaults to `["client_secret_basic"]`
        ///for a confidential client and `["none"]` for a public one. At least one when given.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub client_auth_methods: ::std::vec::Vec<ClientAuthMethod>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fapi_profile: ::std::option::Option<FapiProfile>,
        ///The grant types the client may use. At least one when given.
        #[serde(default = "defaults::create_client_request_grant_types")]
        pub grant_types: ::std::vec::Vec<GrantType>,
        ///Whether the client can keep a secret (a server-side application) or not (a
        ///single-page or native application).
        #[serde(default = "defaults::default_bool::<true>")]
        pub is_confidential: bool,
        ///The client's JSON Web Key Set, by value: a string holding a JSON object with a
        ///`keys` array (RFC 7517 §5), the custom format `jwk-set`. Excludes `jwks_uri`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jwks: ::std::option::Option<::std::string::String>,
        ///Where the client's JSON Web Key Set is published, by reference. An absolute `http(s)` URL with a host. Excludes `jwks`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jwks_uri: ::std::option::Option<::std::string::String>,
        ///The client's logo. An absolute `http(s)` URL with a host.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_url: ::std::option::Option<::std::string::String>,
        ///The client's display name. Not blank (white space only is blank), at most 255
        ///characters. Names need not be unique.
        pub name: CreateClientRequestName,
        ///The client's privacy policy. An absolute `http(s)` URL with a host.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub privacy_policy: ::std::option::Option<::std::string::String>,
        ///Where the authorization server may redirect back to; at least one. Each is an
        ///absolute URI (RFC 3986) without a fragment (RFC 6749 §3.1.2): `https` with a host;
        ///`http` only with a loopback host written `127.0.0.1`, `[::1]` or `localhost` (RFC
        ///8252 §7.3); or a private-use scheme in reverse-domain form
        ///(`com.example.app:/callback`, RFC 8252 §7.1), only for a public client. Schemes
        ///and `localhost` are case-insensitive.
        pub redirect_uris: ::std::vec::Vec<::std::string::String>,
        ///The scopes the client may request. Each is a scope token (RFC 6749 §3.3): one or
        ///more printable ASCII characters other than space, `"` and `\`.
        #[serde(default = "defaults::create_client_request_scopes")]
        pub scopes: ::std::vec::Vec<CreateClientRequestScopesItem>,
        ///The client's terms of service. An absolute `http(s)` URL with a host.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub terms_url: ::std::option::Option<::std::string::String>,
        ///The client's home page. An absolute `http(s)` URL with a host.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website: ::std::option::Option<::std::string::String>,
    }
    impl CreateClientRequest {
        pub fn builder() -> builder::CreateClientRequest {
            Default::default()
        }
    }
    ///The client's display name. Not blank (white space only is blank), at most 255
    ///characters. Names need not be unique.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateClientRequestName(::std::string::String);
    impl ::std::ops::Deref for CreateClientRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateClientRequestName> for ::std::string::String {
        fn from(value: CreateClientRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateClientRequestName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
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
    impl ::std::convert::TryFrom<&str> for CreateClientRequestName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateClientRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateClientRequestName {
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
    ///`CreateClientRequestScopesItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateClientRequestScopesItem(::std::string::String);
    impl ::std::ops::Deref for CreateClientRequestScopesItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateClientRequestScopesItem> for ::std::string::String {
        fn from(value: CreateClientRequestScopesItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateClientRequestScopesItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateClientRequestScopesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateClientRequestScopesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateClientRequestScopesItem {
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
    ///OAuth client creation result (published as `dto.CreateClientResponse`).
    ///
    ///The published document marks no property required, and the service's source is not
    ///public, so this contract keeps every property optional. The mock server always sends
    ///every property except `client_secret`, `fapi_profile`, `jwks`, `jwks_uri`, `logo_url`,
    ///`privacy_policy`, `terms_url` and `website`, which it sends only when they have a value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CreateClientResponse {
        ///The client's token-endpoint authentication methods, as a **string** holding a JSON
        ///array (as published). The SDK offers a typed accessor that parses it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_auth_methods: ::std::option::Option<::std::string::String>,
        ///The client identifier (RFC 6749 §2.2), unique and opaque.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///The client secret, returned once, at creation, and only for a confidential client
        ///that authenticates with a shared secret (`client_secret_basic`, `client_secret_post`
        ///or `client_secret_jwt`). It carries at least 128 bits of entropy.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_secret: ::std::option::Option<::std::string::String>,
        ///The distinct origins (`scheme://host[:port]`) of the `http(s)` redirect URIs, in
        ///the order they first appear (Zitadel derives its CORS allow-list the same way).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub cors_origins: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fapi_profile: ::std::option::Option<FapiProfile>,
        ///The grant types the client may use (the defaults applied).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub grant_types: ::std::vec::Vec<GrantType>,
        ///The client's primary key, a ULID (26 characters of Crockford base32). The
        ///published example `01JNXXXXX...` is a placeholder; the example here is a real ULID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<CreateClientResponseId>,
        ///Whether the client is confidential (the default applied).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_confidential: ::std::option::Option<bool>,
        ///The client's JSON Web Key Set, as given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jwks: ::std::option::Option<::std::string::String>,
        ///Where the client's JSON Web Key Set is published, as given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jwks_uri: ::std::option::Option<::std::string::String>,
        ///The client's logo, as given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_url: ::std::option::Option<::std::string::String>,
        ///The client's display name, as given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The client's privacy policy, as given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub privacy_policy: ::std::option::Option<::std::string::String>,
        ///The redirect URIs, as given.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub redirect_uris: ::std::vec::Vec<::std::string::String>,
        ///The scopes the client may request (the defaults applied).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        ///The client's status; `active` for a newly created client.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///The client's terms of service, as given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub terms_url: ::std::option::Option<::std::string::String>,
        ///The client's home page, as given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website: ::std::option::Option<::std::string::String>,
    }
    impl CreateClientResponse {
        pub fn builder() -> builder::CreateClientResponse {
            Default::default()
        }
    }
    ///The client's primary key, a ULID (26 characters of Crockford base32). The
    ///published example `01JNXXXXX...` is a placeholder; the example here is a real ULID.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateClientResponseId(::std::string::String);
    impl ::std::ops::Deref for CreateClientResponseId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateClientResponseId> for ::std::string::String {
        fn from(value: CreateClientResponseId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateClientResponseId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[0-7][0-9A-HJKMNP-TV-Z]{25}$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-7][0-9A-HJKMNP-TV-Z]{25}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateClientResponseId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateClientResponseId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateClientResponseId {
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
    ///`CreateClientXTenantId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateClientXTenantId(::std::string::String);
    impl ::std::ops::Deref for CreateClientXTenantId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateClientXTenantId> for ::std::string::String {
        fn from(value: CreateClientXTenantId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateClientXTenantId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
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
    impl ::std::convert::TryFrom<&str> for CreateClientXTenantId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateClientXTenantId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateClientXTenantId {
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
    ///The error envelope (published as `gitee_com_linmes_authms_base_dto.SimpleResponse`).
    ///`code` is an 8-digit business code (see the table in this document's description);
    ///`message` says what went wrong, naming the field and the rule for a validation error.
    ///
    ///Contract decision: the published document marks no property required; the official
    ///TypeScript SDK reads `code` and `message` on every error answer, so this contract
    ///requires them, and `timestamp` with them.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ErrorEnvelope {
        ///The 8-digit business code.
        pub code: i64,
        ///What went wrong.
        pub message: ::std::string::String,
        ///When the answer was made, RFC 3339 in UTC.
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl ErrorEnvelope {
        pub fn builder() -> builder::ErrorEnvelope {
            Default::default()
        }
    }
    ///The Financial-grade API security profile the client follows, if any. Contract
    ///decision: the published document types it as a free string.
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
    pub enum FapiProfile {
        #[serde(rename = "fapi1")]
        Fapi1,
        #[serde(rename = "fapi2")]
        Fapi2,
    }
    impl ::std::fmt::Display for FapiProfile {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Fapi1 => f.write_str("fapi1"),
                Self::Fapi2 => f.write_str("fapi2"),
            }
        }
    }
    impl ::std::str::FromStr for FapiProfile {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "fapi1" => Ok(Self::Fapi1),
                "fapi2" => Ok(Self::Fapi2),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FapiProfile {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FapiProfile {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An OAuth 2.0 grant type (RFC 6749, RFC 8628, RFC 7523, RFC 8693). Contract decision:
    ///the published document types it as a free string.
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
    pub enum GrantType {
        #[serde(rename = "authorization_code")]
        AuthorizationCode,
        #[serde(rename = "refresh_token")]
        RefreshToken,
        #[serde(rename = "client_credentials")]
        ClientCredentials,
        #[serde(rename = "urn:ietf:params:oauth:grant-type:device_code")]
        UrnIetfParamsOauthGrantTypeDeviceCode,
        #[serde(rename = "urn:ietf:params:oauth:grant-type:jwt-bearer")]
        UrnIetfParamsOauthGrantTypeJwtBearer,
        #[serde(rename = "urn:ietf:params:oauth:grant-type:token-exchange")]
        UrnIetfParamsOauthGrantTypeTokenExchange,
    }
    impl ::std::fmt::Display for GrantType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AuthorizationCode => f.write_str("authorization_code"),
                Self::RefreshToken => f.write_str("refresh_token"),
                Self::ClientCredentials => f.write_str("client_credentials"),
                Self::UrnIetfParamsOauthGrantTypeDeviceCode => {
                    f.write_str("urn:ietf:params:oauth:grant-type:device_code")
                }
                Self::UrnIetfParamsOauthGrantTypeJwtBearer => {
                    f.write_str("urn:ietf:params:oauth:grant-type:jwt-bearer")
                }
                Self::UrnIetfParamsOauthGrantTypeTokenExchange => {
                    f.write_str("urn:ietf:params:oauth:grant-type:token-exchange")
                }
            }
        }
    }
    impl ::std::str::FromStr for GrantType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "authorization_code" => Ok(Self::AuthorizationCode),
                "refresh_token" => Ok(Self::RefreshToken),
                "client_credentials" => Ok(Self::ClientCredentials),
                "urn:ietf:params:oauth:grant-type:device_code" => {
                    Ok(Self::UrnIetfParamsOauthGrantTypeDeviceCode)
                }
                "urn:ietf:params:oauth:grant-type:jwt-bearer" => {
                    Ok(Self::UrnIetfParamsOauthGrantTypeJwtBearer)
                }
                "urn:ietf:params:oauth:grant-type:token-exchange" => {
                    Ok(Self::UrnIetfParamsOauthGrantTypeTokenExchange)
                }
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GrantType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CreateClientEnvelope {
            code: ::std::result::Result<i64, ::std::string::String>,
            data: ::std::result::Result<super::CreateClientResponse, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            timestamp: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateClientEnvelope {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                }
            }
        }
        impl CreateClientEnvelope {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateClientResponse>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
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
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for timestamp: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateClientEnvelope> for super::CreateClientEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateClientEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    data: value.data?,
                    message: value.message?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::CreateClientEnvelope> for CreateClientEnvelope {
            fn from(value: super::CreateClientEnvelope) -> Self {
                Self {
                    code: Ok(value.code),
                    data: Ok(value.data),
                    message: Ok(value.message),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateClientRequest {
            client_auth_methods: ::std::result::Result<
                ::std::vec::Vec<super::ClientAuthMethod>,
                ::std::string::String,
            >,
            fapi_profile: ::std::result::Result<
                ::std::option::Option<super::FapiProfile>,
                ::std::string::String,
            >,
            grant_types:
                ::std::result::Result<::std::vec::Vec<super::GrantType>, ::std::string::String>,
            is_confidential: ::std::result::Result<bool, ::std::string::String>,
            jwks: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            jwks_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            logo_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::CreateClientRequestName, ::std::string::String>,
            privacy_policy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            redirect_uris: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::CreateClientRequestScopesItem>,
                ::std::string::String,
            >,
            terms_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            website: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateClientRequest {
            fn default() -> Self {
                Self {
                    client_auth_methods: Ok(Default::default()),
                    fapi_profile: Ok(Default::default()),
                    grant_types: Ok(super::defaults::create_client_request_grant_types()),
                    is_confidential: Ok(super::defaults::default_bool::<true>()),
                    jwks: Ok(Default::default()),
                    jwks_uri: Ok(Default::default()),
                    logo_url: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    privacy_policy: Ok(Default::default()),
                    redirect_uris: Err("no value supplied for redirect_uris".to_string()),
                    scopes: Ok(super::defaults::create_client_request_scopes()),
                    terms_url: Ok(Default::default()),
                    website: Ok(Default::default()),
                }
            }
        }
        impl CreateClientRequest {
            pub fn client_auth_methods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ClientAuthMethod>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_auth_methods = value.try_into().map_err(|e| {
                    format!("error converting supplied value for client_auth_methods: {e}")
                });
                self
            }
            pub fn fapi_profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FapiProfile>>,
                T::Error: ::std::fmt::Display,
            {
                self.fapi_profile = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fapi_profile: {e}"));
                self
            }
            pub fn grant_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::GrantType>>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_types = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for grant_types: {e}"));
                self
            }
            pub fn is_confidential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_confidential = value.try_into().map_err(|e| {
                    format!("error converting supplied value for is_confidential: {e}")
                });
                self
            }
            pub fn jwks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.jwks = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for jwks: {e}"));
                self
            }
            pub fn jwks_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.jwks_uri = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for jwks_uri: {e}"));
                self
            }
            pub fn logo_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logo_url: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateClientRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn privacy_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.privacy_policy = value.try_into().map_err(|e| {
                    format!("error converting supplied value for privacy_policy: {e}")
                });
                self
            }
            pub fn redirect_uris<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_uris = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for redirect_uris: {e}"));
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateClientRequestScopesItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scopes: {e}"));
                self
            }
            pub fn terms_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.terms_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for terms_url: {e}"));
                self
            }
            pub fn website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.website = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for website: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateClientRequest> for super::CreateClientRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateClientRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_auth_methods: value.client_auth_methods?,
                    fapi_profile: value.fapi_profile?,
                    grant_types: value.grant_types?,
                    is_confidential: value.is_confidential?,
                    jwks: value.jwks?,
                    jwks_uri: value.jwks_uri?,
                    logo_url: value.logo_url?,
                    name: value.name?,
                    privacy_policy: value.privacy_policy?,
                    redirect_uris: value.redirect_uris?,
                    scopes: value.scopes?,
                    terms_url: value.terms_url?,
                    website: value.website?,
                })
            }
        }
        impl ::std::convert::From<super::CreateClientRequest> for CreateClientRequest {
            fn from(value: super::CreateClientRequest) -> Self {
                Self {
                    client_auth_methods: Ok(value.client_auth_methods),
                    fapi_profile: Ok(value.fapi_profile),
                    grant_types: Ok(value.grant_types),
                    is_confidential: Ok(value.is_confidential),
                    jwks: Ok(value.jwks),
                    jwks_uri: Ok(value.jwks_uri),
                    logo_url: Ok(value.logo_url),
                    name: Ok(value.name),
                    privacy_policy: Ok(value.privacy_policy),
                    redirect_uris: Ok(value.redirect_uris),
                    scopes: Ok(value.scopes),
                    terms_url: Ok(value.terms_url),
                    website: Ok(value.website),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateClientResponse {
            client_auth_methods: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cors_origins: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            fapi_profile: ::std::result::Result<
                ::std::option::Option<super::FapiProfile>,
                ::std::string::String,
            >,
            grant_types:
                ::std::result::Result<::std::vec::Vec<super::GrantType>, ::std::string::String>,
            id: ::std::result::Result<
                ::std::option::Option<super::CreateClientResponseId>,
                ::std::string::String,
            >,
            is_confidential:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            jwks: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            jwks_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            logo_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            privacy_policy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            redirect_uris: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            terms_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            website: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateClientResponse {
            fn default() -> Self {
                Self {
                    client_auth_methods: Ok(Default::default()),
                    client_id: Ok(Default::default()),
                    client_secret: Ok(Default::default()),
                    cors_origins: Ok(Default::default()),
                    fapi_profile: Ok(Default::default()),
                    grant_types: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_confidential: Ok(Default::default()),
                    jwks: Ok(Default::default()),
                    jwks_uri: Ok(Default::default()),
                    logo_url: Ok(Default::default()),
                    name: Ok(Default::default()),
                    privacy_policy: Ok(Default::default()),
                    redirect_uris: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                    status: Ok(Default::default()),
                    terms_url: Ok(Default::default()),
                    website: Ok(Default::default()),
                }
            }
        }
        impl CreateClientResponse {
            pub fn client_auth_methods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_auth_methods = value.try_into().map_err(|e| {
                    format!("error converting supplied value for client_auth_methods: {e}")
                });
                self
            }
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for client_id: {e}"));
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for client_secret: {e}"));
                self
            }
            pub fn cors_origins<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cors_origins = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for cors_origins: {e}"));
                self
            }
            pub fn fapi_profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FapiProfile>>,
                T::Error: ::std::fmt::Display,
            {
                self.fapi_profile = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fapi_profile: {e}"));
                self
            }
            pub fn grant_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::GrantType>>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_types = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for grant_types: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CreateClientResponseId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_confidential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_confidential = value.try_into().map_err(|e| {
                    format!("error converting supplied value for is_confidential: {e}")
                });
                self
            }
            pub fn jwks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.jwks = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for jwks: {e}"));
                self
            }
            pub fn jwks_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.jwks_uri = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for jwks_uri: {e}"));
                self
            }
            pub fn logo_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for logo_url: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn privacy_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.privacy_policy = value.try_into().map_err(|e| {
                    format!("error converting supplied value for privacy_policy: {e}")
                });
                self
            }
            pub fn redirect_uris<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_uris = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for redirect_uris: {e}"));
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scopes: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn terms_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.terms_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for terms_url: {e}"));
                self
            }
            pub fn website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.website = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for website: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateClientResponse> for super::CreateClientResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateClientResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_auth_methods: value.client_auth_methods?,
                    client_id: value.client_id?,
                    client_secret: value.client_secret?,
                    cors_origins: value.cors_origins?,
                    fapi_profile: value.fapi_profile?,
                    grant_types: value.grant_types?,
                    id: value.id?,
                    is_confidential: value.is_confidential?,
                    jwks: value.jwks?,
                    jwks_uri: value.jwks_uri?,
                    logo_url: value.logo_url?,
                    name: value.name?,
                    privacy_policy: value.privacy_policy?,
                    redirect_uris: value.redirect_uris?,
                    scopes: value.scopes?,
                    status: value.status?,
                    terms_url: value.terms_url?,
                    website: value.website?,
                })
            }
        }
        impl ::std::convert::From<super::CreateClientResponse> for CreateClientResponse {
            fn from(value: super::CreateClientResponse) -> Self {
                Self {
                    client_auth_methods: Ok(value.client_auth_methods),
                    client_id: Ok(value.client_id),
                    client_secret: Ok(value.client_secret),
                    cors_origins: Ok(value.cors_origins),
                    fapi_profile: Ok(value.fapi_profile),
                    grant_types: Ok(value.grant_types),
                    id: Ok(value.id),
                    is_confidential: Ok(value.is_confidential),
                    jwks: Ok(value.jwks),
                    jwks_uri: Ok(value.jwks_uri),
                    logo_url: Ok(value.logo_url),
                    name: Ok(value.name),
                    privacy_policy: Ok(value.privacy_policy),
                    redirect_uris: Ok(value.redirect_uris),
                    scopes: Ok(value.scopes),
                    status: Ok(value.status),
                    terms_url: Ok(value.terms_url),
                    website: Ok(value.website),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorEnvelope {
            code: ::std::result::Result<i64, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            timestamp: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorEnvelope {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                }
            }
        }
        impl ErrorEnvelope {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
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
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for timestamp: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
            fn from(value: super::ErrorEnvelope) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_bool<const V: bool>() -> bool {
            V
        }
        pub(super) fn create_client_request_grant_types() -> ::std::vec::Vec<super::GrantType> {
            vec![
                super::GrantType::AuthorizationCode,
                super::GrantType::RefreshToken,
            ]
        }
        pub(super) fn create_client_request_scopes()
        -> ::std::vec::Vec<super::CreateClientRequestScopesItem> {
            vec![
                super::CreateClientRequestScopesItem("openid".to_string()),
                super::CreateClientRequestScopesItem("profile".to_string()),
                super::CreateClientRequestScopesItem("email".to_string()),
            ]
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
///Client for Autional OAuth Service - internal client registration
///
///The part of the Autional OAuth service's API that registers an OAuth client for a tenant.
///
///Written from the service's published reference page ("Internal Create OAuth Client") and
///the swagger 2.0 document behind it, plus what the service's other published documents,
///its official TypeScript SDK and its engineering blog say. Where the published page is
///silent or wrong, this document takes a decision and says so: look for `x-upstream-*`
///extensions (what the published document says) and for "Contract decision" in the
///descriptions (what this contract says instead, and why).
///
///Every answer, success or error, is a JSON envelope `{code, message, timestamp[, data]}`.
///`code` is `0` on success; errors carry an 8-digit business code:
///
///| code | HTTP | meaning |
///|---|---|---|
///| `40000001` | 400 | the body is not JSON, not `application/json`, or not a JSON object |
///| `40000002` | 400 | a validation rule failed; the message names the field and the rule |
///| `40000003` | 400 | `X-Tenant-ID` missing, blank, or longer than 255 characters |
///| `40100001` | 401 | `X-API-Key` missing or unknown |
///| `41300001` | 413 | the body is larger than the server accepts |
///| `50000001` | 500 | internal error |
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
    ///Internal Create OAuth Client
    ///
    ///Internal API, called by tenant-service when creating a new tenant, to register a
    ///default OAuth client for the tenant. Protected by InternalAPIKeyAuth +
    ///ExtractTenantFromHeaderStrict.
    ///
    ///Checks run in this order, and the first that fails answers: the API key (`401`,
    ///code `40100001`), then the tenant header (`400`, code `40000003`), then the body
    ///(`400`, code `40000001` when it is not a JSON object, `40000002` when a validation
    ///rule fails). A rejected request stores nothing.
    ///
    ///Contract decision: the published operation declares neither security nor header
    ///parameters; only the prose names the middleware. Sibling internal endpoints guarded by
    ///the same middleware declare the `X-API-Key` and `X-Tenant-ID` headers, so this
    ///contract declares them here too.
    ///
    ///
    ///Sends a `POST` request to `/internal/oauth/clients`
    ///
    ///Arguments:
    ///- `x_tenant_id`: The tenant the client is registered for (middleware `ExtractTenantFromHeaderStrict`).
    ///Clients are scoped by tenant: a tenant never sees another tenant's clients.
    ///Missing, blank (only white space) or longer than 255 characters → `400`, code
    ///`40000003`.
    ///
    ///- `body`: Create client request
    ///```ignore
    ///let response = client.create_client()
    ///    .x_tenant_id(x_tenant_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    ///```
    pub fn create_client(&self) -> builder::CreateClient<'_> {
        builder::CreateClient::new(self)
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
    ///Builder for [`Client::create_client`]
    ///
    ///[`Client::create_client`]: super::Client::create_client
    #[derive(Debug, Clone)]
    pub struct CreateClient<'a> {
        client: &'a super::Client,
        x_tenant_id: Result<types::CreateClientXTenantId, String>,
        body: Result<types::builder::CreateClientRequest, String>,
    }
    impl<'a> CreateClient<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_tenant_id: Err("x_tenant_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateClientXTenantId>,
        {
            self.x_tenant_id = value.try_into().map_err(|_| {
                "conversion to `CreateClientXTenantId` for x_tenant_id failed".to_string()
            });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateClientRequest>,
            <V as std::convert::TryInto<types::CreateClientRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `CreateClientRequest` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                    types::builder::CreateClientRequest,
                ) -> types::builder::CreateClientRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/internal/oauth/clients`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateClientEnvelope>, Error<types::ErrorEnvelope>>
        {
            let Self {
                client,
                x_tenant_id,
                body,
            } = self;
            let x_tenant_id = x_tenant_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::CreateClientRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/internal/oauth/clients", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            header_map.append("X-Tenant-ID", x_tenant_id.to_string().try_into()?);
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
                operation_id: "create_client",
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
