// @generated from openapi/mock-admin.yaml by `cargo xtask generate` (progenitor 0.15.1). Do not edit: change the document and regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt, encode_path};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A client Autional stores: its `CreateClientResponse` (see `autional.yaml`; every property
    ///optional there, as published) with the secret, if it had one, shown as `<redacted>`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AutionalClient {
        ///A string holding a JSON array, as in the create answer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_auth_methods: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///`<redacted>` when the client got a secret at creation: a secret is never shown again.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_secret: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub cors_origins: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fapi_profile: ::std::option::Option<AutionalClientFapiProfile>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub grant_types: ::std::vec::Vec<AutionalClientGrantTypesItem>,
        ///A ULID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_confidential: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jwks: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jwks_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub privacy_policy: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub redirect_uris: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub terms_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website: ::std::option::Option<::std::string::String>,
    }
    impl AutionalClient {
        pub fn builder() -> builder::AutionalClient {
            Default::default()
        }
    }
    ///`AutionalClientFapiProfile`
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
    pub enum AutionalClientFapiProfile {
        #[serde(rename = "fapi1")]
        Fapi1,
        #[serde(rename = "fapi2")]
        Fapi2,
    }
    impl ::std::fmt::Display for AutionalClientFapiProfile {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Fapi1 => f.write_str("fapi1"),
                Self::Fapi2 => f.write_str("fapi2"),
            }
        }
    }
    impl ::std::str::FromStr for AutionalClientFapiProfile {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "fapi1" => Ok(Self::Fapi1),
                "fapi2" => Ok(Self::Fapi2),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AutionalClientFapiProfile {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AutionalClientFapiProfile {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AutionalClientGrantTypesItem`
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
    pub enum AutionalClientGrantTypesItem {
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
    impl ::std::fmt::Display for AutionalClientGrantTypesItem {
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
    impl ::std::str::FromStr for AutionalClientGrantTypesItem {
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
    impl ::std::convert::TryFrom<&str> for AutionalClientGrantTypesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AutionalClientGrantTypesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Where the real service is known to answer a request otherwise than the contract (and
    ///so the mock in its default `contract` profile): what it would answer, and why. Set on
    ///the journal entry, and sent with the mock's answer as the header
    ///`x-mock-divergence: <quirk>; upstream <status> "<message>"`. A test that passes against
    ///the mock with a divergence recorded would not pass against the real service. Under the
    ///`upstream` profile the mock answers as the real service does, and records none.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Divergence {
        ///The quirk's name.
        pub quirk: ::std::string::String,
        ///Why, in a sentence.
        pub reason: ::std::string::String,
        ///The message it answers with.
        pub upstream_message: ::std::string::String,
        ///The status the real service answers.
        pub upstream_status: u16,
    }
    impl Divergence {
        pub fn builder() -> builder::Divergence {
            Default::default()
        }
    }
    ///An active fault (the fields of `FaultSpec`, its id and its remaining count).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Fault {
        ///As given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delay_ms: ::std::option::Option<i64>,
        #[serde(default)]
        pub drop_connection: bool,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub headers: ::std::vec::Vec<FaultHeader>,
        pub id: ::std::string::String,
        pub method: ::std::string::String,
        pub path: ::std::string::String,
        ///How many more requests it applies to; absent when it lasts until cleared.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remaining: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub times: ::std::option::Option<::std::num::NonZeroU32>,
    }
    impl Fault {
        pub fn builder() -> builder::Fault {
            Default::default()
        }
    }
    ///`FaultCreated`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct FaultCreated {
        ///The fault's id, for `DELETE /__mock/faults/{id}`.
        pub id: ::std::string::String,
    }
    impl FaultCreated {
        pub fn builder() -> builder::FaultCreated {
            Default::default()
        }
    }
    ///One header a fault answers with.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct FaultHeader {
        ///The header's name, an RFC 9110 token (case-insensitive). Not one of the headers that
        ///frame the answer or the connection (`content-length`, `transfer-encoding`,
        ///`connection`, `keep-alive`, `proxy-connection`, `te`, `upgrade`): the server sets
        ///those.
        pub name: ::std::string::String,
        ///The header's value; no control character but tab.
        pub value: ::std::string::String,
    }
    impl FaultHeader {
        pub fn builder() -> builder::FaultHeader {
            Default::default()
        }
    }
    ///A fault to inject. The rules beyond each field's type and range are the entries of
    ///`allOf`, each with a description (they only constrain; none adds a property); a refused
    ///spec gets a `400` whose message names the field.
    ///The admin API (`/__mock/...`) cannot be faulted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct FaultSpec {
        ///The body to answer with `status`: a string is sent as is (`text/plain` unless
        ///`headers` sets `content-type`), any other JSON value, `null` included, as JSON.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<::serde_json::Value>,
        ///Wait this long before answering (or dropping the connection).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delay_ms: ::std::option::Option<i64>,
        ///Close the connection without answering.
        #[serde(default)]
        pub drop_connection: bool,
        ///Headers to answer with `status`, in order; a name may repeat.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub headers: ::std::vec::Vec<FaultHeader>,
        ///The method to match (case-insensitive), an RFC 9110 token.
        pub method: ::std::string::String,
        ///The exact path to match; it starts with `/` and is not under `/__mock/`.
        pub path: ::std::string::String,
        ///Answer with this final status instead of the contract's answer (an informational
        ///`1xx` cannot end a request).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
        ///How many matching requests the fault applies to; until cleared when left out.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub times: ::std::option::Option<::std::num::NonZeroU32>,
    }
    impl FaultSpec {
        pub fn builder() -> builder::FaultSpec {
            Default::default()
        }
    }
    ///An auth client Gropius stores (see `AuthClientDetails` in `gropius-login.yaml`), as it
    ///is now: updates applied, the built-in clients not listed, its secrets censored (a
    ///secret's text is shown only once, in the answer that created it).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GropiusClient {
        ///Its secrets, censored, oldest first.
        #[serde(rename = "censoredClientSecrets")]
        pub censored_client_secrets: ::std::vec::Vec<GropiusClientCensoredClientSecretsItem>,
        ///The id of its client-credential-flow user; absent when there is none.
        #[serde(
            rename = "clientCredentialFlowUser",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_credential_flow_user: ::std::option::Option<::std::string::String>,
        ///A UUID v4 (a string, as `AuthClient.id` is).
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
        ///The stored scopes, which the Gropius service itself never shows (its answers leave
        ///them out, as the real service's do); here they are always given.
        #[serde(
            rename = "validScopes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub valid_scopes: ::std::option::Option<::std::vec::Vec<GropiusClientValidScopesItem>>,
    }
    impl GropiusClient {
        pub fn builder() -> builder::GropiusClient {
            Default::default()
        }
    }
    ///`GropiusClientCensoredClientSecretsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GropiusClientCensoredClientSecretsItem {
        ///The secret's first 5 characters followed by ten `*`.
        pub censored: ::std::string::String,
        ///The hex SHA-256 of the secret's stored hash.
        pub fingerprint: ::std::string::String,
    }
    impl GropiusClientCensoredClientSecretsItem {
        pub fn builder() -> builder::GropiusClientCensoredClientSecretsItem {
            Default::default()
        }
    }
    ///`GropiusClientValidScopesItem`
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
    pub enum GropiusClientValidScopesItem {
        #[serde(rename = "login")]
        Login,
        #[serde(rename = "login-register")]
        LoginRegister,
        #[serde(rename = "backend")]
        Backend,
        #[serde(rename = "auth")]
        Auth,
    }
    impl ::std::fmt::Display for GropiusClientValidScopesItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Login => f.write_str("login"),
                Self::LoginRegister => f.write_str("login-register"),
                Self::Backend => f.write_str("backend"),
                Self::Auth => f.write_str("auth"),
            }
        }
    }
    impl ::std::str::FromStr for GropiusClientValidScopesItem {
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
    impl ::std::convert::TryFrom<&str> for GropiusClientValidScopesItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GropiusClientValidScopesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Health`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Health {
        ///Log lines the `clientreg-mock` process dropped so far because its log writer fell
        ///behind: the log is written off the request path through a bounded queue
        ///(`--log-buffer` lines), and when that is full a line is dropped rather than a request
        ///slowed down. Absent when the mock is embedded in a test process, whose log is its
        ///host's.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dropped_log_lines: ::std::option::Option<i64>,
        pub status: HealthStatus,
        ///What is open to anyone who can reach the server, when it was started so off a
        ///loopback address with `--insecure-open-admin` (no admin key, or the public
        ///development credentials accepted); absent otherwise.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub warning: ::std::option::Option<::std::string::String>,
    }
    impl Health {
        pub fn builder() -> builder::Health {
            Default::default()
        }
    }
    ///`HealthStatus`
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
    pub enum HealthStatus {
        #[serde(rename = "ok")]
        Ok,
    }
    impl ::std::fmt::Display for HealthStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Ok => f.write_str("ok"),
            }
        }
    }
    impl ::std::str::FromStr for HealthStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ok" => Ok(Self::Ok),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for HealthStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for HealthStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One request and its answer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JournalEntry {
        ///The request body as text, cut at 4096 bytes.
        pub body: ::std::string::String,
        ///Why the body was not read whole, when it was not: larger than the body limit, or
        ///broken framing (a bad chunk size, fewer bytes than its `Content-Length`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body_error: ::std::option::Option<::std::string::String>,
        ///Whether `body` was cut, or the body was over the server's limit and not read.
        pub body_truncated: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub divergence: ::std::option::Option<Divergence>,
        ///The injected fault that answered, if one did.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fault_id: ::std::option::Option<::std::string::String>,
        ///The request headers (lower-case names; several values joined with `, `), with
        ///credentials (`authorization`, `x-api-key`, cookies) shown as `<redacted>`.
        pub headers: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        ///Microseconds from receiving the request to answering, injected delays included.
        pub latency_us: i64,
        pub method: ::std::string::String,
        ///The path, without the query string.
        pub path: ::std::string::String,
        pub service: ServiceName,
        ///The status answered; absent when a fault dropped the connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<u16>,
        ///When the answer was made (by the mock's clock).
        pub time: ::chrono::DateTime<::chrono::offset::Utc>,
        ///What broke the contract in this exchange, a sentence each naming the field or the
        ///status: only `clientreg-mock proxy` checks exchanges, so the mock's own entries have
        ///none (and leave the property out).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub violations: ::std::vec::Vec<::std::string::String>,
    }
    impl JournalEntry {
        pub fn builder() -> builder::JournalEntry {
            Default::default()
        }
    }
    ///`JournalPage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JournalPage {
        ///The matching entries still kept, newest first.
        pub entries: ::std::vec::Vec<JournalEntry>,
        ///How many requests matched since the last reset, kept or not.
        pub total: i64,
    }
    impl JournalPage {
        pub fn builder() -> builder::JournalPage {
            Default::default()
        }
    }
    ///A Gropius user id.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct KnownUser {
        ///The user's id, as `clientCredentialFlowUser` names it (no control characters, C0 or C1).
        pub id: KnownUserId,
    }
    impl KnownUser {
        pub fn builder() -> builder::KnownUser {
            Default::default()
        }
    }
    ///The user's id, as `clientCredentialFlowUser` names it (no control characters, C0 or C1).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct KnownUserId(::std::string::String);
    impl ::std::ops::Deref for KnownUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<KnownUserId> for ::std::string::String {
        fn from(value: KnownUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for KnownUserId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new("^[^\\u0000-\\u001f\\u007f-\\u009f]+$").unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[^\\u0000-\\u001f\\u007f-\\u009f]+$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for KnownUserId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KnownUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for KnownUserId {
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
    ///The body of every answer outside the two APIs' own error shapes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MockError {
        ///What went wrong.
        pub message: ::std::string::String,
    }
    impl MockError {
        pub fn builder() -> builder::MockError {
            Default::default()
        }
    }
    ///A Pact V4 file (its full format is Pact's specification, version 4).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Pact {
        pub consumer: PactConsumer,
        pub interactions: ::std::vec::Vec<PactInteractionsItem>,
        pub metadata: PactMetadata,
        pub provider: PactProvider,
    }
    impl Pact {
        pub fn builder() -> builder::Pact {
            Default::default()
        }
    }
    ///`PactConsumer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PactConsumer {
        pub name: ::std::string::String,
    }
    impl PactConsumer {
        pub fn builder() -> builder::PactConsumer {
            Default::default()
        }
    }
    ///A `Synchronous/HTTP` interaction.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PactInteractionsItem {
        pub description: ::std::string::String,
        #[serde(rename = "providerStates")]
        pub provider_states: ::std::vec::Vec<PactInteractionsItemProviderStatesItem>,
        pub request: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub response: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(rename = "type")]
        pub type_: PactInteractionsItemType,
    }
    impl PactInteractionsItem {
        pub fn builder() -> builder::PactInteractionsItem {
            Default::default()
        }
    }
    ///`PactInteractionsItemProviderStatesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PactInteractionsItemProviderStatesItem {
        pub name: ::std::string::String,
    }
    impl PactInteractionsItemProviderStatesItem {
        pub fn builder() -> builder::PactInteractionsItemProviderStatesItem {
            Default::default()
        }
    }
    ///`PactInteractionsItemType`
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
    pub enum PactInteractionsItemType {
        #[serde(rename = "Synchronous/HTTP")]
        SynchronousHttp,
    }
    impl ::std::fmt::Display for PactInteractionsItemType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SynchronousHttp => f.write_str("Synchronous/HTTP"),
            }
        }
    }
    impl ::std::str::FromStr for PactInteractionsItemType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Synchronous/HTTP" => Ok(Self::SynchronousHttp),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PactInteractionsItemType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PactInteractionsItemType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PactMetadata`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PactMetadata {
        #[serde(rename = "pactSpecification")]
        pub pact_specification: PactMetadataPactSpecification,
    }
    impl PactMetadata {
        pub fn builder() -> builder::PactMetadata {
            Default::default()
        }
    }
    ///`PactMetadataPactSpecification`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PactMetadataPactSpecification {
        pub version: PactMetadataPactSpecificationVersion,
    }
    impl PactMetadataPactSpecification {
        pub fn builder() -> builder::PactMetadataPactSpecification {
            Default::default()
        }
    }
    ///`PactMetadataPactSpecificationVersion`
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
    pub enum PactMetadataPactSpecificationVersion {
        #[serde(rename = "4.0")]
        X40,
    }
    impl ::std::fmt::Display for PactMetadataPactSpecificationVersion {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::X40 => f.write_str("4.0"),
            }
        }
    }
    impl ::std::str::FromStr for PactMetadataPactSpecificationVersion {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "4.0" => Ok(Self::X40),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PactMetadataPactSpecificationVersion {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PactMetadataPactSpecificationVersion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PactProvider`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PactProvider {
        pub name: Provider,
    }
    impl PactProvider {
        pub fn builder() -> builder::PactProvider {
            Default::default()
        }
    }
    ///A provider, as a pact names it.
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
    pub enum Provider {
        #[serde(rename = "autional")]
        Autional,
        #[serde(rename = "gropius")]
        Gropius,
    }
    impl ::std::fmt::Display for Provider {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Autional => f.write_str("autional"),
                Self::Gropius => f.write_str("gropius"),
            }
        }
    }
    impl ::std::str::FromStr for Provider {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "autional" => Ok(Self::Autional),
                "gropius" => Ok(Self::Gropius),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Provider {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Provider {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Pact's state-change request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct ProviderStateChange {
        #[serde(default = "defaults::provider_state_change_action")]
        pub action: ProviderStateChangeAction,
        ///The state's parameters, as the pact gives them.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The state's name (the empty name is a state of nothing).
        pub state: ProviderStateChangeState,
    }
    impl ProviderStateChange {
        pub fn builder() -> builder::ProviderStateChange {
            Default::default()
        }
    }
    ///`ProviderStateChangeAction`
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
    pub enum ProviderStateChangeAction {
        #[serde(rename = "setup")]
        Setup,
        #[serde(rename = "teardown")]
        Teardown,
    }
    impl ::std::fmt::Display for ProviderStateChangeAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Setup => f.write_str("setup"),
                Self::Teardown => f.write_str("teardown"),
            }
        }
    }
    impl ::std::str::FromStr for ProviderStateChangeAction {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "setup" => Ok(Self::Setup),
                "teardown" => Ok(Self::Teardown),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ProviderStateChangeAction {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProviderStateChangeAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ProviderStateChangeAction {
        fn default() -> Self {
            ProviderStateChangeAction::Setup
        }
    }
    ///The state's name (the empty name is a state of nothing).
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
    pub enum ProviderStateChangeState {
        #[serde(rename = "")]
        X,
        #[serde(rename = "an auth client exists")]
        AnAuthClientExists,
        #[serde(rename = "a client secret exists")]
        AClientSecretExists,
        #[serde(rename = "a user exists")]
        AUserExists,
    }
    impl ::std::fmt::Display for ProviderStateChangeState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::X => f.write_str(""),
                Self::AnAuthClientExists => f.write_str("an auth client exists"),
                Self::AClientSecretExists => f.write_str("a client secret exists"),
                Self::AUserExists => f.write_str("a user exists"),
            }
        }
    }
    impl ::std::str::FromStr for ProviderStateChangeState {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "" => Ok(Self::X),
                "an auth client exists" => Ok(Self::AnAuthClientExists),
                "a client secret exists" => Ok(Self::AClientSecretExists),
                "a user exists" => Ok(Self::AUserExists),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ProviderStateChangeState {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProviderStateChangeState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A service whose state can be reset.
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
    pub enum ResetScope {
        #[serde(rename = "autional")]
        Autional,
        #[serde(rename = "gropius")]
        Gropius,
    }
    impl ::std::fmt::Display for ResetScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Autional => f.write_str("autional"),
                Self::Gropius => f.write_str("gropius"),
            }
        }
    }
    impl ::std::str::FromStr for ResetScope {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "autional" => Ok(Self::Autional),
                "gropius" => Ok(Self::Gropius),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResetScope {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResetScope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Which API a journaled request was for (`unknown` means no known route).
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
    pub enum ServiceName {
        #[serde(rename = "autional")]
        Autional,
        #[serde(rename = "gropius")]
        Gropius,
        #[serde(rename = "unknown")]
        Unknown,
    }
    impl ::std::fmt::Display for ServiceName {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Autional => f.write_str("autional"),
                Self::Gropius => f.write_str("gropius"),
                Self::Unknown => f.write_str("unknown"),
            }
        }
    }
    impl ::std::str::FromStr for ServiceName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "autional" => Ok(Self::Autional),
                "gropius" => Ok(Self::Gropius),
                "unknown" => Ok(Self::Unknown),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ServiceName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ServiceName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///What each service stores.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Stats {
        pub autional: StoreStats,
        pub gropius: StoreStats,
    }
    impl Stats {
        pub fn builder() -> builder::Stats {
            Default::default()
        }
    }
    ///One service's store.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StoreStats {
        ///Clients dropped since the last reset because the store was full (the oldest go first).
        pub dropped_clients: i64,
        ///The most clients kept (`--max-clients`).
        pub max_clients: i64,
        ///Clients stored now.
        pub stored_clients: i64,
    }
    impl StoreStats {
        pub fn builder() -> builder::StoreStats {
            Default::default()
        }
    }
    ///How often one kind of violation was found in one operation's exchanges.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ViolationCount {
        ///In how many exchanges since the last reset.
        pub count: ::std::num::NonZeroU64,
        ///What broke: `unknown-operation`, `request` (a header, the body), `answer` (an
        ///undeclared status, the body's schema), `answer-convention` (business code, message
        ///or `statusCode`), `upstream` (it did not answer).
        pub kind: ViolationCountKind,
        ///The operation's `operationId` (`unknown` for a request to no operation).
        pub operation: ::std::string::String,
        pub service: ServiceName,
    }
    impl ViolationCount {
        pub fn builder() -> builder::ViolationCount {
            Default::default()
        }
    }
    ///What broke: `unknown-operation`, `request` (a header, the body), `answer` (an
    ///undeclared status, the body's schema), `answer-convention` (business code, message
    ///or `statusCode`), `upstream` (it did not answer).
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
    pub enum ViolationCountKind {
        #[serde(rename = "unknown-operation")]
        UnknownOperation,
        #[serde(rename = "request")]
        Request,
        #[serde(rename = "answer")]
        Answer,
        #[serde(rename = "answer-convention")]
        AnswerConvention,
        #[serde(rename = "upstream")]
        Upstream,
    }
    impl ::std::fmt::Display for ViolationCountKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::UnknownOperation => f.write_str("unknown-operation"),
                Self::Request => f.write_str("request"),
                Self::Answer => f.write_str("answer"),
                Self::AnswerConvention => f.write_str("answer-convention"),
                Self::Upstream => f.write_str("upstream"),
            }
        }
    }
    impl ::std::str::FromStr for ViolationCountKind {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "unknown-operation" => Ok(Self::UnknownOperation),
                "request" => Ok(Self::Request),
                "answer" => Ok(Self::Answer),
                "answer-convention" => Ok(Self::AnswerConvention),
                "upstream" => Ok(Self::Upstream),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ViolationCountKind {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ViolationCountKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///What the proxy found since the last reset.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ViolationSummary {
        ///Per operation and kind, most first.
        pub counts: ::std::vec::Vec<ViolationCount>,
        ///Exchanges with at least one violation.
        pub exchanges_with_violations: i64,
    }
    impl ViolationSummary {
        pub fn builder() -> builder::ViolationSummary {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AutionalClient {
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
                ::std::option::Option<super::AutionalClientFapiProfile>,
                ::std::string::String,
            >,
            grant_types: ::std::result::Result<
                ::std::vec::Vec<super::AutionalClientGrantTypesItem>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
        impl ::std::default::Default for AutionalClient {
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
        impl AutionalClient {
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
                T: ::std::convert::TryInto<::std::option::Option<super::AutionalClientFapiProfile>>,
                T::Error: ::std::fmt::Display,
            {
                self.fapi_profile = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fapi_profile: {e}"));
                self
            }
            pub fn grant_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AutionalClientGrantTypesItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_types = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for grant_types: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<AutionalClient> for super::AutionalClient {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AutionalClient,
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
        impl ::std::convert::From<super::AutionalClient> for AutionalClient {
            fn from(value: super::AutionalClient) -> Self {
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
        pub struct Divergence {
            quirk: ::std::result::Result<::std::string::String, ::std::string::String>,
            reason: ::std::result::Result<::std::string::String, ::std::string::String>,
            upstream_message: ::std::result::Result<::std::string::String, ::std::string::String>,
            upstream_status: ::std::result::Result<u16, ::std::string::String>,
        }
        impl ::std::default::Default for Divergence {
            fn default() -> Self {
                Self {
                    quirk: Err("no value supplied for quirk".to_string()),
                    reason: Err("no value supplied for reason".to_string()),
                    upstream_message: Err("no value supplied for upstream_message".to_string()),
                    upstream_status: Err("no value supplied for upstream_status".to_string()),
                }
            }
        }
        impl Divergence {
            pub fn quirk<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.quirk = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for quirk: {e}"));
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for reason: {e}"));
                self
            }
            pub fn upstream_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upstream_message = value.try_into().map_err(|e| {
                    format!("error converting supplied value for upstream_message: {e}")
                });
                self
            }
            pub fn upstream_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u16>,
                T::Error: ::std::fmt::Display,
            {
                self.upstream_status = value.try_into().map_err(|e| {
                    format!("error converting supplied value for upstream_status: {e}")
                });
                self
            }
        }
        impl ::std::convert::TryFrom<Divergence> for super::Divergence {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Divergence,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    quirk: value.quirk?,
                    reason: value.reason?,
                    upstream_message: value.upstream_message?,
                    upstream_status: value.upstream_status?,
                })
            }
        }
        impl ::std::convert::From<super::Divergence> for Divergence {
            fn from(value: super::Divergence) -> Self {
                Self {
                    quirk: Ok(value.quirk),
                    reason: Ok(value.reason),
                    upstream_message: Ok(value.upstream_message),
                    upstream_status: Ok(value.upstream_status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Fault {
            body: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            delay_ms: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            drop_connection: ::std::result::Result<bool, ::std::string::String>,
            headers:
                ::std::result::Result<::std::vec::Vec<super::FaultHeader>, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
            path: ::std::result::Result<::std::string::String, ::std::string::String>,
            remaining: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            status: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            times: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Fault {
            fn default() -> Self {
                Self {
                    body: Ok(Default::default()),
                    delay_ms: Ok(Default::default()),
                    drop_connection: Ok(Default::default()),
                    headers: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    method: Err("no value supplied for method".to_string()),
                    path: Err("no value supplied for path".to_string()),
                    remaining: Ok(Default::default()),
                    status: Ok(Default::default()),
                    times: Ok(Default::default()),
                }
            }
        }
        impl Fault {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for body: {e}"));
                self
            }
            pub fn delay_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.delay_ms = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for delay_ms: {e}"));
                self
            }
            pub fn drop_connection<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.drop_connection = value.try_into().map_err(|e| {
                    format!("error converting supplied value for drop_connection: {e}")
                });
                self
            }
            pub fn headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FaultHeader>>,
                T::Error: ::std::fmt::Display,
            {
                self.headers = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for headers: {e}"));
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
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for method: {e}"));
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for path: {e}"));
                self
            }
            pub fn remaining<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.remaining = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for remaining: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn times<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::num::NonZeroU32>>,
                T::Error: ::std::fmt::Display,
            {
                self.times = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for times: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Fault> for super::Fault {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Fault,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    delay_ms: value.delay_ms?,
                    drop_connection: value.drop_connection?,
                    headers: value.headers?,
                    id: value.id?,
                    method: value.method?,
                    path: value.path?,
                    remaining: value.remaining?,
                    status: value.status?,
                    times: value.times?,
                })
            }
        }
        impl ::std::convert::From<super::Fault> for Fault {
            fn from(value: super::Fault) -> Self {
                Self {
                    body: Ok(value.body),
                    delay_ms: Ok(value.delay_ms),
                    drop_connection: Ok(value.drop_connection),
                    headers: Ok(value.headers),
                    id: Ok(value.id),
                    method: Ok(value.method),
                    path: Ok(value.path),
                    remaining: Ok(value.remaining),
                    status: Ok(value.status),
                    times: Ok(value.times),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FaultCreated {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for FaultCreated {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl FaultCreated {
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
        }
        impl ::std::convert::TryFrom<FaultCreated> for super::FaultCreated {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FaultCreated,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::FaultCreated> for FaultCreated {
            fn from(value: super::FaultCreated) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FaultHeader {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for FaultHeader {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl FaultHeader {
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
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for value: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<FaultHeader> for super::FaultHeader {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FaultHeader,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::FaultHeader> for FaultHeader {
            fn from(value: super::FaultHeader) -> Self {
                Self {
                    name: Ok(value.name),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FaultSpec {
            body: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            delay_ms: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            drop_connection: ::std::result::Result<bool, ::std::string::String>,
            headers:
                ::std::result::Result<::std::vec::Vec<super::FaultHeader>, ::std::string::String>,
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
            path: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            times: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FaultSpec {
            fn default() -> Self {
                Self {
                    body: Ok(Default::default()),
                    delay_ms: Ok(Default::default()),
                    drop_connection: Ok(Default::default()),
                    headers: Ok(Default::default()),
                    method: Err("no value supplied for method".to_string()),
                    path: Err("no value supplied for path".to_string()),
                    status: Ok(Default::default()),
                    times: Ok(Default::default()),
                }
            }
        }
        impl FaultSpec {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for body: {e}"));
                self
            }
            pub fn delay_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.delay_ms = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for delay_ms: {e}"));
                self
            }
            pub fn drop_connection<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.drop_connection = value.try_into().map_err(|e| {
                    format!("error converting supplied value for drop_connection: {e}")
                });
                self
            }
            pub fn headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FaultHeader>>,
                T::Error: ::std::fmt::Display,
            {
                self.headers = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for headers: {e}"));
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for method: {e}"));
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for path: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn times<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::num::NonZeroU32>>,
                T::Error: ::std::fmt::Display,
            {
                self.times = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for times: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<FaultSpec> for super::FaultSpec {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FaultSpec,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    delay_ms: value.delay_ms?,
                    drop_connection: value.drop_connection?,
                    headers: value.headers?,
                    method: value.method?,
                    path: value.path?,
                    status: value.status?,
                    times: value.times?,
                })
            }
        }
        impl ::std::convert::From<super::FaultSpec> for FaultSpec {
            fn from(value: super::FaultSpec) -> Self {
                Self {
                    body: Ok(value.body),
                    delay_ms: Ok(value.delay_ms),
                    drop_connection: Ok(value.drop_connection),
                    headers: Ok(value.headers),
                    method: Ok(value.method),
                    path: Ok(value.path),
                    status: Ok(value.status),
                    times: Ok(value.times),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GropiusClient {
            censored_client_secrets: ::std::result::Result<
                ::std::vec::Vec<super::GropiusClientCensoredClientSecretsItem>,
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
                ::std::option::Option<::std::vec::Vec<super::GropiusClientValidScopesItem>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GropiusClient {
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
        impl GropiusClient {
            pub fn censored_client_secrets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::std::vec::Vec<super::GropiusClientCensoredClientSecretsItem>,
                    >,
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
                        ::std::option::Option<::std::vec::Vec<super::GropiusClientValidScopesItem>>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.valid_scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for valid_scopes: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<GropiusClient> for super::GropiusClient {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GropiusClient,
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
        impl ::std::convert::From<super::GropiusClient> for GropiusClient {
            fn from(value: super::GropiusClient) -> Self {
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
        pub struct GropiusClientCensoredClientSecretsItem {
            censored: ::std::result::Result<::std::string::String, ::std::string::String>,
            fingerprint: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for GropiusClientCensoredClientSecretsItem {
            fn default() -> Self {
                Self {
                    censored: Err("no value supplied for censored".to_string()),
                    fingerprint: Err("no value supplied for fingerprint".to_string()),
                }
            }
        }
        impl GropiusClientCensoredClientSecretsItem {
            pub fn censored<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.censored = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for censored: {e}"));
                self
            }
            pub fn fingerprint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.fingerprint = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fingerprint: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<GropiusClientCensoredClientSecretsItem>
            for super::GropiusClientCensoredClientSecretsItem
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GropiusClientCensoredClientSecretsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    censored: value.censored?,
                    fingerprint: value.fingerprint?,
                })
            }
        }
        impl ::std::convert::From<super::GropiusClientCensoredClientSecretsItem>
            for GropiusClientCensoredClientSecretsItem
        {
            fn from(value: super::GropiusClientCensoredClientSecretsItem) -> Self {
                Self {
                    censored: Ok(value.censored),
                    fingerprint: Ok(value.fingerprint),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Health {
            dropped_log_lines:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            status: ::std::result::Result<super::HealthStatus, ::std::string::String>,
            warning: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Health {
            fn default() -> Self {
                Self {
                    dropped_log_lines: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    warning: Ok(Default::default()),
                }
            }
        }
        impl Health {
            pub fn dropped_log_lines<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.dropped_log_lines = value.try_into().map_err(|e| {
                    format!("error converting supplied value for dropped_log_lines: {e}")
                });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::HealthStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn warning<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.warning = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for warning: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Health> for super::Health {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Health,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dropped_log_lines: value.dropped_log_lines?,
                    status: value.status?,
                    warning: value.warning?,
                })
            }
        }
        impl ::std::convert::From<super::Health> for Health {
            fn from(value: super::Health) -> Self {
                Self {
                    dropped_log_lines: Ok(value.dropped_log_lines),
                    status: Ok(value.status),
                    warning: Ok(value.warning),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JournalEntry {
            body: ::std::result::Result<::std::string::String, ::std::string::String>,
            body_error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            body_truncated: ::std::result::Result<bool, ::std::string::String>,
            divergence: ::std::result::Result<
                ::std::option::Option<super::Divergence>,
                ::std::string::String,
            >,
            fault_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            headers: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
                ::std::string::String,
            >,
            latency_us: ::std::result::Result<i64, ::std::string::String>,
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
            path: ::std::result::Result<::std::string::String, ::std::string::String>,
            service: ::std::result::Result<super::ServiceName, ::std::string::String>,
            status: ::std::result::Result<::std::option::Option<u16>, ::std::string::String>,
            time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            violations: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JournalEntry {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    body_error: Ok(Default::default()),
                    body_truncated: Err("no value supplied for body_truncated".to_string()),
                    divergence: Ok(Default::default()),
                    fault_id: Ok(Default::default()),
                    headers: Err("no value supplied for headers".to_string()),
                    latency_us: Err("no value supplied for latency_us".to_string()),
                    method: Err("no value supplied for method".to_string()),
                    path: Err("no value supplied for path".to_string()),
                    service: Err("no value supplied for service".to_string()),
                    status: Ok(Default::default()),
                    time: Err("no value supplied for time".to_string()),
                    violations: Ok(Default::default()),
                }
            }
        }
        impl JournalEntry {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for body: {e}"));
                self
            }
            pub fn body_error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.body_error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for body_error: {e}"));
                self
            }
            pub fn body_truncated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.body_truncated = value.try_into().map_err(|e| {
                    format!("error converting supplied value for body_truncated: {e}")
                });
                self
            }
            pub fn divergence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Divergence>>,
                T::Error: ::std::fmt::Display,
            {
                self.divergence = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for divergence: {e}"));
                self
            }
            pub fn fault_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fault_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fault_id: {e}"));
                self
            }
            pub fn headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.headers = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for headers: {e}"));
                self
            }
            pub fn latency_us<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.latency_us = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for latency_us: {e}"));
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for method: {e}"));
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for path: {e}"));
                self
            }
            pub fn service<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServiceName>,
                T::Error: ::std::fmt::Display,
            {
                self.service = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for service: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u16>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
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
            pub fn violations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.violations = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for violations: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<JournalEntry> for super::JournalEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JournalEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    body_error: value.body_error?,
                    body_truncated: value.body_truncated?,
                    divergence: value.divergence?,
                    fault_id: value.fault_id?,
                    headers: value.headers?,
                    latency_us: value.latency_us?,
                    method: value.method?,
                    path: value.path?,
                    service: value.service?,
                    status: value.status?,
                    time: value.time?,
                    violations: value.violations?,
                })
            }
        }
        impl ::std::convert::From<super::JournalEntry> for JournalEntry {
            fn from(value: super::JournalEntry) -> Self {
                Self {
                    body: Ok(value.body),
                    body_error: Ok(value.body_error),
                    body_truncated: Ok(value.body_truncated),
                    divergence: Ok(value.divergence),
                    fault_id: Ok(value.fault_id),
                    headers: Ok(value.headers),
                    latency_us: Ok(value.latency_us),
                    method: Ok(value.method),
                    path: Ok(value.path),
                    service: Ok(value.service),
                    status: Ok(value.status),
                    time: Ok(value.time),
                    violations: Ok(value.violations),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JournalPage {
            entries:
                ::std::result::Result<::std::vec::Vec<super::JournalEntry>, ::std::string::String>,
            total: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for JournalPage {
            fn default() -> Self {
                Self {
                    entries: Err("no value supplied for entries".to_string()),
                    total: Err("no value supplied for total".to_string()),
                }
            }
        }
        impl JournalPage {
            pub fn entries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::JournalEntry>>,
                T::Error: ::std::fmt::Display,
            {
                self.entries = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for entries: {e}"));
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<JournalPage> for super::JournalPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JournalPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    entries: value.entries?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::JournalPage> for JournalPage {
            fn from(value: super::JournalPage) -> Self {
                Self {
                    entries: Ok(value.entries),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KnownUser {
            id: ::std::result::Result<super::KnownUserId, ::std::string::String>,
        }
        impl ::std::default::Default for KnownUser {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl KnownUser {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::KnownUserId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<KnownUser> for super::KnownUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KnownUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::KnownUser> for KnownUser {
            fn from(value: super::KnownUser) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MockError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MockError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl MockError {
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
        }
        impl ::std::convert::TryFrom<MockError> for super::MockError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MockError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::MockError> for MockError {
            fn from(value: super::MockError) -> Self {
                Self {
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pact {
            consumer: ::std::result::Result<super::PactConsumer, ::std::string::String>,
            interactions: ::std::result::Result<
                ::std::vec::Vec<super::PactInteractionsItem>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<super::PactMetadata, ::std::string::String>,
            provider: ::std::result::Result<super::PactProvider, ::std::string::String>,
        }
        impl ::std::default::Default for Pact {
            fn default() -> Self {
                Self {
                    consumer: Err("no value supplied for consumer".to_string()),
                    interactions: Err("no value supplied for interactions".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    provider: Err("no value supplied for provider".to_string()),
                }
            }
        }
        impl Pact {
            pub fn consumer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PactConsumer>,
                T::Error: ::std::fmt::Display,
            {
                self.consumer = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for consumer: {e}"));
                self
            }
            pub fn interactions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PactInteractionsItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.interactions = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for interactions: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PactMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PactProvider>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for provider: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Pact> for super::Pact {
            type Error = super::error::ConversionError;
            fn try_from(value: Pact) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    consumer: value.consumer?,
                    interactions: value.interactions?,
                    metadata: value.metadata?,
                    provider: value.provider?,
                })
            }
        }
        impl ::std::convert::From<super::Pact> for Pact {
            fn from(value: super::Pact) -> Self {
                Self {
                    consumer: Ok(value.consumer),
                    interactions: Ok(value.interactions),
                    metadata: Ok(value.metadata),
                    provider: Ok(value.provider),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PactConsumer {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PactConsumer {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl PactConsumer {
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
        }
        impl ::std::convert::TryFrom<PactConsumer> for super::PactConsumer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PactConsumer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::PactConsumer> for PactConsumer {
            fn from(value: super::PactConsumer) -> Self {
                Self {
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PactInteractionsItem {
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            provider_states: ::std::result::Result<
                ::std::vec::Vec<super::PactInteractionsItemProviderStatesItem>,
                ::std::string::String,
            >,
            request: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            response: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::PactInteractionsItemType, ::std::string::String>,
        }
        impl ::std::default::Default for PactInteractionsItem {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    provider_states: Err("no value supplied for provider_states".to_string()),
                    request: Err("no value supplied for request".to_string()),
                    response: Err("no value supplied for response".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl PactInteractionsItem {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn provider_states<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::std::vec::Vec<super::PactInteractionsItemProviderStatesItem>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.provider_states = value.try_into().map_err(|e| {
                    format!("error converting supplied value for provider_states: {e}")
                });
                self
            }
            pub fn request<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.request = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for request: {e}"));
                self
            }
            pub fn response<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.response = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for response: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PactInteractionsItemType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<PactInteractionsItem> for super::PactInteractionsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PactInteractionsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    provider_states: value.provider_states?,
                    request: value.request?,
                    response: value.response?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::PactInteractionsItem> for PactInteractionsItem {
            fn from(value: super::PactInteractionsItem) -> Self {
                Self {
                    description: Ok(value.description),
                    provider_states: Ok(value.provider_states),
                    request: Ok(value.request),
                    response: Ok(value.response),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PactInteractionsItemProviderStatesItem {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PactInteractionsItemProviderStatesItem {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl PactInteractionsItemProviderStatesItem {
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
        }
        impl ::std::convert::TryFrom<PactInteractionsItemProviderStatesItem>
            for super::PactInteractionsItemProviderStatesItem
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PactInteractionsItemProviderStatesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::PactInteractionsItemProviderStatesItem>
            for PactInteractionsItemProviderStatesItem
        {
            fn from(value: super::PactInteractionsItemProviderStatesItem) -> Self {
                Self {
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PactMetadata {
            pact_specification:
                ::std::result::Result<super::PactMetadataPactSpecification, ::std::string::String>,
        }
        impl ::std::default::Default for PactMetadata {
            fn default() -> Self {
                Self {
                    pact_specification: Err("no value supplied for pact_specification".to_string()),
                }
            }
        }
        impl PactMetadata {
            pub fn pact_specification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PactMetadataPactSpecification>,
                T::Error: ::std::fmt::Display,
            {
                self.pact_specification = value.try_into().map_err(|e| {
                    format!("error converting supplied value for pact_specification: {e}")
                });
                self
            }
        }
        impl ::std::convert::TryFrom<PactMetadata> for super::PactMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PactMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    pact_specification: value.pact_specification?,
                })
            }
        }
        impl ::std::convert::From<super::PactMetadata> for PactMetadata {
            fn from(value: super::PactMetadata) -> Self {
                Self {
                    pact_specification: Ok(value.pact_specification),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PactMetadataPactSpecification {
            version: ::std::result::Result<
                super::PactMetadataPactSpecificationVersion,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PactMetadataPactSpecification {
            fn default() -> Self {
                Self {
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl PactMetadataPactSpecification {
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PactMetadataPactSpecificationVersion>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for version: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<PactMetadataPactSpecification>
            for super::PactMetadataPactSpecification
        {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PactMetadataPactSpecification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::PactMetadataPactSpecification> for PactMetadataPactSpecification {
            fn from(value: super::PactMetadataPactSpecification) -> Self {
                Self {
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PactProvider {
            name: ::std::result::Result<super::Provider, ::std::string::String>,
        }
        impl ::std::default::Default for PactProvider {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl PactProvider {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Provider>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<PactProvider> for super::PactProvider {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PactProvider,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::PactProvider> for PactProvider {
            fn from(value: super::PactProvider) -> Self {
                Self {
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProviderStateChange {
            action: ::std::result::Result<super::ProviderStateChangeAction, ::std::string::String>,
            params: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            state: ::std::result::Result<super::ProviderStateChangeState, ::std::string::String>,
        }
        impl ::std::default::Default for ProviderStateChange {
            fn default() -> Self {
                Self {
                    action: Ok(super::defaults::provider_state_change_action()),
                    params: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl ProviderStateChange {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProviderStateChangeAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for action: {e}"));
                self
            }
            pub fn params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                T::Error: ::std::fmt::Display,
            {
                self.params = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for params: {e}"));
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProviderStateChangeState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for state: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ProviderStateChange> for super::ProviderStateChange {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProviderStateChange,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    params: value.params?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::ProviderStateChange> for ProviderStateChange {
            fn from(value: super::ProviderStateChange) -> Self {
                Self {
                    action: Ok(value.action),
                    params: Ok(value.params),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Stats {
            autional: ::std::result::Result<super::StoreStats, ::std::string::String>,
            gropius: ::std::result::Result<super::StoreStats, ::std::string::String>,
        }
        impl ::std::default::Default for Stats {
            fn default() -> Self {
                Self {
                    autional: Err("no value supplied for autional".to_string()),
                    gropius: Err("no value supplied for gropius".to_string()),
                }
            }
        }
        impl Stats {
            pub fn autional<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StoreStats>,
                T::Error: ::std::fmt::Display,
            {
                self.autional = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for autional: {e}"));
                self
            }
            pub fn gropius<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StoreStats>,
                T::Error: ::std::fmt::Display,
            {
                self.gropius = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for gropius: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Stats> for super::Stats {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Stats,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    autional: value.autional?,
                    gropius: value.gropius?,
                })
            }
        }
        impl ::std::convert::From<super::Stats> for Stats {
            fn from(value: super::Stats) -> Self {
                Self {
                    autional: Ok(value.autional),
                    gropius: Ok(value.gropius),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StoreStats {
            dropped_clients: ::std::result::Result<i64, ::std::string::String>,
            max_clients: ::std::result::Result<i64, ::std::string::String>,
            stored_clients: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for StoreStats {
            fn default() -> Self {
                Self {
                    dropped_clients: Err("no value supplied for dropped_clients".to_string()),
                    max_clients: Err("no value supplied for max_clients".to_string()),
                    stored_clients: Err("no value supplied for stored_clients".to_string()),
                }
            }
        }
        impl StoreStats {
            pub fn dropped_clients<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.dropped_clients = value.try_into().map_err(|e| {
                    format!("error converting supplied value for dropped_clients: {e}")
                });
                self
            }
            pub fn max_clients<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.max_clients = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_clients: {e}"));
                self
            }
            pub fn stored_clients<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.stored_clients = value.try_into().map_err(|e| {
                    format!("error converting supplied value for stored_clients: {e}")
                });
                self
            }
        }
        impl ::std::convert::TryFrom<StoreStats> for super::StoreStats {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StoreStats,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dropped_clients: value.dropped_clients?,
                    max_clients: value.max_clients?,
                    stored_clients: value.stored_clients?,
                })
            }
        }
        impl ::std::convert::From<super::StoreStats> for StoreStats {
            fn from(value: super::StoreStats) -> Self {
                Self {
                    dropped_clients: Ok(value.dropped_clients),
                    max_clients: Ok(value.max_clients),
                    stored_clients: Ok(value.stored_clients),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ViolationCount {
            count: ::std::result::Result<::std::num::NonZeroU64, ::std::string::String>,
            kind: ::std::result::Result<super::ViolationCountKind, ::std::string::String>,
            operation: ::std::result::Result<::std::string::String, ::std::string::String>,
            service: ::std::result::Result<super::ServiceName, ::std::string::String>,
        }
        impl ::std::default::Default for ViolationCount {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    operation: Err("no value supplied for operation".to_string()),
                    service: Err("no value supplied for service".to_string()),
                }
            }
        }
        impl ViolationCount {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for count: {e}"));
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ViolationCountKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for kind: {e}"));
                self
            }
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
            pub fn service<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServiceName>,
                T::Error: ::std::fmt::Display,
            {
                self.service = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for service: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ViolationCount> for super::ViolationCount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ViolationCount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    kind: value.kind?,
                    operation: value.operation?,
                    service: value.service?,
                })
            }
        }
        impl ::std::convert::From<super::ViolationCount> for ViolationCount {
            fn from(value: super::ViolationCount) -> Self {
                Self {
                    count: Ok(value.count),
                    kind: Ok(value.kind),
                    operation: Ok(value.operation),
                    service: Ok(value.service),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ViolationSummary {
            counts: ::std::result::Result<
                ::std::vec::Vec<super::ViolationCount>,
                ::std::string::String,
            >,
            exchanges_with_violations: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for ViolationSummary {
            fn default() -> Self {
                Self {
                    counts: Err("no value supplied for counts".to_string()),
                    exchanges_with_violations: Err(
                        "no value supplied for exchanges_with_violations".to_string(),
                    ),
                }
            }
        }
        impl ViolationSummary {
            pub fn counts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ViolationCount>>,
                T::Error: ::std::fmt::Display,
            {
                self.counts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for counts: {e}"));
                self
            }
            pub fn exchanges_with_violations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.exchanges_with_violations = value.try_into().map_err(|e| {
                    format!("error converting supplied value for exchanges_with_violations: {e}")
                });
                self
            }
        }
        impl ::std::convert::TryFrom<ViolationSummary> for super::ViolationSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ViolationSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    counts: value.counts?,
                    exchanges_with_violations: value.exchanges_with_violations?,
                })
            }
        }
        impl ::std::convert::From<super::ViolationSummary> for ViolationSummary {
            fn from(value: super::ViolationSummary) -> Self {
                Self {
                    counts: Ok(value.counts),
                    exchanges_with_violations: Ok(value.exchanges_with_violations),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn provider_state_change_action() -> super::ProviderStateChangeAction {
            super::ProviderStateChangeAction::Setup
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
///Client for Mock server admin API
///
///The admin API of this project's mock server, under `/__mock/`: health, reset, the stored
///clients, the request journal, and fault injection. It is this project's own API (no
///upstream service has it), described here so that a test in any language can drive it and
///the SDK's `mock_admin` module is generated from it.
///
///Started with an admin key (`--admin-key`, `--admin-key-file`, `CLIENTREG_MOCK_ADMIN_KEY`, or
///`MockServer::builder().admin_key(…)`), every route but `/__mock/health` asks for it, as
///`Authorization: Bearer <key>` or HTTP basic with the key as the password (any user name:
///`curl -u :KEY`, a browser's own prompt on the page); without it, a `401` with
///`WWW-Authenticate` naming both schemes, and nothing done. Without a key the API is open,
///which a server listening off a loopback address refuses at start-up unless
///`--insecure-open-admin` says so. Bad input gets a `400` with a `MockError` body; the same body
///answers an unknown route (`404`) and a wrong method (`405`, with `Allow`) anywhere on the
///mock server. Admin calls are not written to the journal and cannot be faulted.
///
///The server's limits (each a flag of the binary with an environment twin, and a setting of
///the embedded `MockServerBuilder`):
///
///| limit | flag | default | past it |
///|---|---|---|---|
///| request body | `--body-limit` | 1048576 bytes | `413` in the service's error shape, `Connection: close`, then a lingering close (the rest of the body is read and discarded for up to 5 s, so that a client still sending reads the answer) |
///| request head | `--header-timeout` | 10 s | the connection is closed; the timer runs from when the server starts waiting for a request, so it also bounds the wait for the next request |
///| idle keep-alive connection | `--idle-timeout` | 5 s | the connection is closed once no request is under way and nothing arrived for that long |
///| open connections | `--max-connections` | 1024 | further connections wait in the listen backlog |
///| stored clients, per service | `--max-clients` | 500000 | each create drops the oldest stored client of that service; `GET /__mock/stats` counts them |
///
///A body whose framing is broken (a bad chunk size, fewer bytes than its `Content-Length`)
///is a `400` in the service's error shape (Autional `40000001`), and its journal entry says
///why in `body_error`.
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
    ///Health check
    ///
    ///Answers `200 {"status":"ok"}` while the server runs, with `dropped_log_lines` from the
    ///standalone binary, and `warning` when it was started open off a loopback address; a
    ///query string is ignored. It never asks for the admin key.
    ///
    ///
    ///Sends a `GET` request to `/__mock/health`
    ///
    ///```ignore
    ///let response = client.health()
    ///    .send()
    ///    .await;
    ///```
    pub fn health(&self) -> builder::Health<'_> {
        builder::Health::new(self)
    }
    ///What each service stores
    ///
    ///How many clients each service stores, the most it keeps (`--max-clients`), and how many
    ///it dropped since the last reset to stay there (when full, a create drops the service's
    ///oldest stored client and still succeeds).
    ///
    ///
    ///Sends a `GET` request to `/__mock/stats`
    ///
    ///```ignore
    ///let response = client.stats()
    ///    .send()
    ///    .await;
    ///```
    pub fn stats(&self) -> builder::Stats<'_> {
        builder::Stats::new(self)
    }
    ///What the proxy found, per operation and kind
    ///
    ///Under `clientreg-mock proxy`: how many exchanges broke the contract since the last reset,
    ///and how often each kind of violation was found in each operation's exchanges (the
    ///exchanges themselves are in the journal, `GET /__mock/journal?violations=true`). The
    ///mock finds none: it answers the contract itself.
    ///
    ///
    ///Sends a `GET` request to `/__mock/violations`
    ///
    ///```ignore
    ///let response = client.violations()
    ///    .send()
    ///    .await;
    ///```
    pub fn violations(&self) -> builder::Violations<'_> {
        builder::Violations::new(self)
    }
    ///Reset state
    ///
    ///Forgets all state of one service (its stored clients, its journal entries, the faults on
    ///its path), or of both when `service` is left out.
    ///
    ///
    ///Sends a `POST` request to `/__mock/reset`
    ///
    ///Arguments:
    ///- `service`: The service to reset; both when left out.
    ///```ignore
    ///let response = client.reset()
    ///    .service(service)
    ///    .send()
    ///    .await;
    ///```
    pub fn reset(&self) -> builder::Reset<'_> {
        builder::Reset::new(self)
    }
    ///List Autional's stored clients of one tenant
    ///
    ///The clients stored for the tenant, oldest first, with secrets redacted.
    ///
    ///Sends a `GET` request to `/__mock/autional/clients`
    ///
    ///Arguments:
    ///- `tenant`: The tenant (the `X-Tenant-ID` the clients were created with).
    ///```ignore
    ///let response = client.list_autional_clients()
    ///    .tenant(tenant)
    ///    .send()
    ///    .await;
    ///```
    pub fn list_autional_clients(&self) -> builder::ListAutionalClients<'_> {
        builder::ListAutionalClients::new(self)
    }
    ///List Gropius's stored clients
    ///
    ///The auth clients stored, oldest first.
    ///
    ///Sends a `GET` request to `/__mock/gropius/clients`
    ///
    ///```ignore
    ///let response = client.list_gropius_clients()
    ///    .send()
    ///    .await;
    ///```
    pub fn list_gropius_clients(&self) -> builder::ListGropiusClients<'_> {
        builder::ListGropiusClients::new(self)
    }
    ///Make a Gropius user known
    ///
    ///The user becomes one `clientCredentialFlowUser` may name (create, update), beside the
    ///configured ones, until the next reset of Gropius. `clientreg-mock replay` makes the users
    ///a recording named known this way.
    ///
    ///
    ///Sends a `POST` request to `/__mock/gropius/users`
    ///
    ///```ignore
    ///let response = client.add_gropius_user()
    ///    .body(body)
    ///    .send()
    ///    .await;
    ///```
    pub fn add_gropius_user(&self) -> builder::AddGropiusUser<'_> {
        builder::AddGropiusUser::new(self)
    }
    ///Read the request journal
    ///
    ///The requests the two APIs (and unknown routes) received, newest first, with their
    ///answers. The journal is a bounded ring buffer (1,000 entries unless configured), so
    ///memory stays flat however long the server runs; `total` counts every matching request
    ///since the last reset, kept or not.
    ///
    ///
    ///Sends a `GET` request to `/__mock/journal`
    ///
    ///Arguments:
    ///- `limit`: At most this many entries (default every kept entry that matches; a bad one is a `400` naming it and its range).
    ///- `method`: Only requests with this method (case-insensitive).
    ///- `path`: Only requests to this exact path.
    ///- `service`: Only requests to this API.
    ///- `status`: Only requests answered with this status (a whole number; a bad one is a `400` naming it and its range).
    ///- `violations`: Only exchanges that broke the contract (`true`) or only those that did not
    ///(`false`). Only `clientreg-mock proxy` finds violations; the mock's own answers have none.
    ///
    ///```ignore
    ///let response = client.journal()
    ///    .limit(limit)
    ///    .method(method)
    ///    .path(path)
    ///    .service(service)
    ///    .status(status)
    ///    .violations(violations)
    ///    .send()
    ///    .await;
    ///```
    pub fn journal(&self) -> builder::Journal<'_> {
        builder::Journal::new(self)
    }
    ///List the active faults
    ///
    ///The active faults, oldest first, with their remaining counts.
    ///
    ///Sends a `GET` request to `/__mock/faults`
    ///
    ///```ignore
    ///let response = client.list_faults()
    ///    .send()
    ///    .await;
    ///```
    pub fn list_faults(&self) -> builder::ListFaults<'_> {
        builder::ListFaults::new(self)
    }
    ///Inject a fault
    ///
    ///For the next `times` requests matching `method` and `path` (or until cleared), answer
    ///with `status` (and `body`, `headers`) instead of the contract's answer, wait `delay_ms`
    ///before answering, or close the connection without answering. The oldest matching fault
    ///applies first.
    ///
    ///
    ///Sends a `POST` request to `/__mock/faults`
    ///
    ///```ignore
    ///let response = client.add_fault()
    ///    .body(body)
    ///    .send()
    ///    .await;
    ///```
    pub fn add_fault(&self) -> builder::AddFault<'_> {
        builder::AddFault::new(self)
    }
    ///Clear every fault
    ///
    ///Removes every active fault; the APIs answer as the contract says again.
    ///
    ///Sends a `DELETE` request to `/__mock/faults`
    ///
    ///```ignore
    ///let response = client.clear_faults()
    ///    .send()
    ///    .await;
    ///```
    pub fn clear_faults(&self) -> builder::ClearFaults<'_> {
        builder::ClearFaults::new(self)
    }
    ///Clear one fault
    ///
    ///Removes one active fault, whatever its remaining count.
    ///
    ///Sends a `DELETE` request to `/__mock/faults/{id}`
    ///
    ///Arguments:
    ///- `id`: The id `POST /__mock/faults` answered with.
    ///```ignore
    ///let response = client.remove_fault()
    ///    .id(id)
    ///    .send()
    ///    .await;
    ///```
    pub fn remove_fault(&self) -> builder::RemoveFault<'_> {
        builder::RemoveFault::new(self)
    }
    ///Export a consumer's exchanges as a Pact V4 file
    ///
    ///The consumer's exchanges with one provider, from the journal (so as many as it keeps),
    ///as a Pact V4 file a provider can be verified against with Pact's own verifier: one
    ///`Synchronous/HTTP` interaction per distinct request, described by its operation, its
    ///outcome and a digest of the request; the provider states it relies on (`an auth client
    ///exists` with the client's fields as `params`, `a client secret exists` with
    ///`{"count"}`, `a user exists` with `{"id"}`); the request without any credential (`Authorization` and `X-API-Key` hold a
    ///placeholder and a regex rule for their form: give the verifier the real value with
    ///`-H 'Authorization=Bearer …'`); the answer with a type rule for every value a provider
    ///mints (the services' `x-not-compared` fields), secrets shown as `<redacted>`, a list
    ///judged by its items' type, and `ProviderState` generators for the ids a path reuses.
    ///Left out, and listed with the reason in `metadata.clientreg-mock.leftOut`: answers made
    ///by a fault, answers the real service is known to give otherwise (a divergence), `401`
    ///and `403` (they depend on the credential, which a pact does not carry), bodies not kept
    ///whole (a request over 4 KiB, an answer over 4 KiB) or not JSON.
    ///Contract decision: an interaction's description carries the digest so that the same
    ///request from two test runs is one interaction when files are merged.
    ///
    ///
    ///Sends a `GET` request to `/__mock/pact`
    ///
    ///Arguments:
    ///- `consumer`: The consumer's name, as the pact names it (no control characters).
    ///- `provider`: The provider; without it, the one service the journal holds exchanges with (a `409`
    ///when it holds exchanges with both, or none).
    ///
    ///```ignore
    ///let response = client.pact()
    ///    .consumer(consumer)
    ///    .provider(provider)
    ///    .send()
    ///    .await;
    ///```
    pub fn pact(&self) -> builder::Pact<'_> {
        builder::Pact::new(self)
    }
    ///Make a Pact provider state (the verifier's state-change URL)
    ///
    ///Pact's state-change request. `setup` makes the state and answers the values its
    ///`ProviderState` generators read: `an auth client exists` makes a Gropius client from its
    ///`params` as a create would (a `clientCredentialFlowUser` it names becomes a known user)
    ///and answers `{"id"}`; `a client secret exists` gives the client the previous state made
    ///`params.count` secrets (1 to 100, default 1) and answers `{"id", "fingerprint"}`, the
    ///fingerprint of the `params.named`-th secret made (oldest first; the last by default);
    ///`a user exists` makes `params.id` a user `clientCredentialFlowUser` may name and answers
    ///`{"id"}`. `teardown` answers `{}` (what a state made stays until a
    ///reset), as does the empty state the verifier asks for before an interaction that names
    ///none. A state the mock does not know is a `400` naming those it knows.
    ///
    ///
    ///Sends a `POST` request to `/__mock/pact/provider-states`
    ///
    ///```ignore
    ///let response = client.pact_provider_state()
    ///    .body(body)
    ///    .send()
    ///    .await;
    ///```
    pub fn pact_provider_state(&self) -> builder::PactProviderState<'_> {
        builder::PactProviderState::new(self)
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
    ///Builder for [`Client::health`]
    ///
    ///[`Client::health`]: super::Client::health
    #[derive(Debug, Clone)]
    pub struct Health<'a> {
        client: &'a super::Client,
    }
    impl<'a> Health<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/__mock/health`
        pub async fn send(self) -> Result<ResponseValue<types::Health>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/__mock/health", client.baseurl,);
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
                operation_id: "health",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::stats`]
    ///
    ///[`Client::stats`]: super::Client::stats
    #[derive(Debug, Clone)]
    pub struct Stats<'a> {
        client: &'a super::Client,
    }
    impl<'a> Stats<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/__mock/stats`
        pub async fn send(self) -> Result<ResponseValue<types::Stats>, Error<types::MockError>> {
            let Self { client } = self;
            let url = format!("{}/__mock/stats", client.baseurl,);
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
                operation_id: "stats",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::violations`]
    ///
    ///[`Client::violations`]: super::Client::violations
    #[derive(Debug, Clone)]
    pub struct Violations<'a> {
        client: &'a super::Client,
    }
    impl<'a> Violations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/__mock/violations`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ViolationSummary>, Error<types::MockError>> {
            let Self { client } = self;
            let url = format!("{}/__mock/violations", client.baseurl,);
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
                operation_id: "violations",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::reset`]
    ///
    ///[`Client::reset`]: super::Client::reset
    #[derive(Debug, Clone)]
    pub struct Reset<'a> {
        client: &'a super::Client,
        service: Result<Option<types::ResetScope>, String>,
    }
    impl<'a> Reset<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service: Ok(None),
            }
        }
        pub fn service<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResetScope>,
        {
            self.service = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `ResetScope` for service failed".to_string());
            self
        }
        ///Sends a `POST` request to `/__mock/reset`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::MockError>> {
            let Self { client, service } = self;
            let service = service.map_err(Error::InvalidRequest)?;
            let url = format!("{}/__mock/reset", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("service", &service))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reset",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::list_autional_clients`]
    ///
    ///[`Client::list_autional_clients`]: super::Client::list_autional_clients
    #[derive(Debug, Clone)]
    pub struct ListAutionalClients<'a> {
        client: &'a super::Client,
        tenant: Result<::std::string::String, String>,
    }
    impl<'a> ListAutionalClients<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tenant: Err("tenant was not initialized".to_string()),
            }
        }
        pub fn tenant<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.tenant = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for tenant failed".to_string()
            });
            self
        }
        ///Sends a `GET` request to `/__mock/autional/clients`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::AutionalClient>>, Error<types::MockError>>
        {
            let Self { client, tenant } = self;
            let tenant = tenant.map_err(Error::InvalidRequest)?;
            let url = format!("{}/__mock/autional/clients", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("tenant", &tenant))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_autional_clients",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::list_gropius_clients`]
    ///
    ///[`Client::list_gropius_clients`]: super::Client::list_gropius_clients
    #[derive(Debug, Clone)]
    pub struct ListGropiusClients<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListGropiusClients<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/__mock/gropius/clients`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::GropiusClient>>, Error<types::MockError>>
        {
            let Self { client } = self;
            let url = format!("{}/__mock/gropius/clients", client.baseurl,);
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
                operation_id: "list_gropius_clients",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::add_gropius_user`]
    ///
    ///[`Client::add_gropius_user`]: super::Client::add_gropius_user
    #[derive(Debug, Clone)]
    pub struct AddGropiusUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::KnownUser, String>,
    }
    impl<'a> AddGropiusUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::KnownUser>,
            <V as std::convert::TryInto<types::KnownUser>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `KnownUser` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::KnownUser) -> types::builder::KnownUser,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/__mock/gropius/users`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::MockError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::KnownUser::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/__mock/gropius/users", client.baseurl,);
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
                operation_id: "add_gropius_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::journal`]
    ///
    ///[`Client::journal`]: super::Client::journal
    #[derive(Debug, Clone)]
    pub struct Journal<'a> {
        client: &'a super::Client,
        limit: Result<Option<i32>, String>,
        method: Result<Option<::std::string::String>, String>,
        path: Result<Option<::std::string::String>, String>,
        service: Result<Option<types::ServiceName>, String>,
        status: Result<Option<u16>, String>,
        violations: Result<Option<bool>, String>,
    }
    impl<'a> Journal<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                method: Ok(None),
                path: Ok(None),
                service: Ok(None),
                status: Ok(None),
                violations: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }
        pub fn method<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.method = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for method failed".to_string()
            });
            self
        }
        pub fn path<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.path = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for path failed".to_string()
            });
            self
        }
        pub fn service<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ServiceName>,
        {
            self.service = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `ServiceName` for service failed".to_string());
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u16>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u16` for status failed".to_string());
            self
        }
        pub fn violations<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.violations = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for violations failed".to_string());
            self
        }
        ///Sends a `GET` request to `/__mock/journal`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JournalPage>, Error<types::MockError>> {
            let Self {
                client,
                limit,
                method,
                path,
                service,
                status,
                violations,
            } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let method = method.map_err(Error::InvalidRequest)?;
            let path = path.map_err(Error::InvalidRequest)?;
            let service = service.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let violations = violations.map_err(Error::InvalidRequest)?;
            let url = format!("{}/__mock/journal", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("method", &method))
                .query(&progenitor_client::QueryParam::new("path", &path))
                .query(&progenitor_client::QueryParam::new("service", &service))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new(
                    "violations",
                    &violations,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "journal",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::list_faults`]
    ///
    ///[`Client::list_faults`]: super::Client::list_faults
    #[derive(Debug, Clone)]
    pub struct ListFaults<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListFaults<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/__mock/faults`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Fault>>, Error<types::MockError>> {
            let Self { client } = self;
            let url = format!("{}/__mock/faults", client.baseurl,);
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
                operation_id: "list_faults",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::add_fault`]
    ///
    ///[`Client::add_fault`]: super::Client::add_fault
    #[derive(Debug, Clone)]
    pub struct AddFault<'a> {
        client: &'a super::Client,
        body: Result<types::builder::FaultSpec, String>,
    }
    impl<'a> AddFault<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FaultSpec>,
            <V as std::convert::TryInto<types::FaultSpec>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `FaultSpec` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::FaultSpec) -> types::builder::FaultSpec,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/__mock/faults`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FaultCreated>, Error<types::MockError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::FaultSpec::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/__mock/faults", client.baseurl,);
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
                operation_id: "add_fault",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::clear_faults`]
    ///
    ///[`Client::clear_faults`]: super::Client::clear_faults
    #[derive(Debug, Clone)]
    pub struct ClearFaults<'a> {
        client: &'a super::Client,
    }
    impl<'a> ClearFaults<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `DELETE` request to `/__mock/faults`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::MockError>> {
            let Self { client } = self;
            let url = format!("{}/__mock/faults", client.baseurl,);
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
                operation_id: "clear_faults",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::remove_fault`]
    ///
    ///[`Client::remove_fault`]: super::Client::remove_fault
    #[derive(Debug, Clone)]
    pub struct RemoveFault<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> RemoveFault<'a> {
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
        ///Sends a `DELETE` request to `/__mock/faults/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::MockError>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/__mock/faults/{}",
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
                operation_id: "remove_fault",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::pact`]
    ///
    ///[`Client::pact`]: super::Client::pact
    #[derive(Debug, Clone)]
    pub struct Pact<'a> {
        client: &'a super::Client,
        consumer: Result<::std::string::String, String>,
        provider: Result<Option<types::Provider>, String>,
    }
    impl<'a> Pact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                consumer: Err("consumer was not initialized".to_string()),
                provider: Ok(None),
            }
        }
        pub fn consumer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.consumer = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for consumer failed".to_string()
            });
            self
        }
        pub fn provider<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Provider>,
        {
            self.provider = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Provider` for provider failed".to_string());
            self
        }
        ///Sends a `GET` request to `/__mock/pact`
        pub async fn send(self) -> Result<ResponseValue<types::Pact>, Error<types::MockError>> {
            let Self {
                client,
                consumer,
                provider,
            } = self;
            let consumer = consumer.map_err(Error::InvalidRequest)?;
            let provider = provider.map_err(Error::InvalidRequest)?;
            let url = format!("{}/__mock/pact", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("consumer", &consumer))
                .query(&progenitor_client::QueryParam::new("provider", &provider))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "pact",
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
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    ///Builder for [`Client::pact_provider_state`]
    ///
    ///[`Client::pact_provider_state`]: super::Client::pact_provider_state
    #[derive(Debug, Clone)]
    pub struct PactProviderState<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ProviderStateChange, String>,
    }
    impl<'a> PactProviderState<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProviderStateChange>,
            <V as std::convert::TryInto<types::ProviderStateChange>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `ProviderStateChange` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                    types::builder::ProviderStateChange,
                ) -> types::builder::ProviderStateChange,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/__mock/pact/provider-states`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
            Error<types::MockError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::ProviderStateChange::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/__mock/pact/provider-states", client.baseurl,);
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
                operation_id: "pact_provider_state",
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
                409u16 => Err(Error::ErrorResponse(
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
