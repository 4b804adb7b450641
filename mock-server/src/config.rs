//! What a mock server is configured with: credentials, randomness, clock and limits.

use std::fmt;

use subtle::ConstantTimeEq;

use crate::clock::Clock;

/// The development API key for Autional, accepted unless configured otherwise.
pub const DEV_API_KEY: &str = "dev-api-key";
/// The development admin token for Gropius.
pub const DEV_ADMIN_TOKEN: &str = "dev-admin-token";
/// The development non-admin token for Gropius (authenticates, then gets `403`).
pub const DEV_USER_TOKEN: &str = "dev-user-token";
/// The development Gropius user known as a `clientCredentialFlowUser`.
pub const DEV_USER: &str = "dev-user";
/// What the mock shows in place of a secret: a stored client's `client_secret`, a credential
/// header in the journal.
pub const REDACTED: &str = "<redacted>";
/// The default body limit: 1 MiB.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// Everything a mock server is built from.
#[derive(Debug, Clone)]
pub struct MockConfig {
    /// Who may call what.
    pub credentials: Credentials,
    /// A seed for reproducible ids and secrets; `None` draws them from the operating system.
    pub seed: Option<u64>,
    /// The clock for timestamps and ULIDs.
    pub clock: Clock,
    /// The largest request body read, in bytes; a longer one is answered `413`.
    pub body_limit: usize,
    /// Contract or upstream behaviour.
    pub profile: Profile,
    /// How many journal entries are kept (the oldest go first).
    pub journal_capacity: usize,
    /// Faults active from the start.
    pub faults: Vec<crate::faults::FaultSpec>,
    /// Called with every request served and the answer sent (not for a dropped connection).
    pub observer: Option<ResponseObserver>,
}

/// A function called with every request a mock server serves and the answer it sends: a test
/// suite can check each answer against the contract, or log them. It runs on the server's task,
/// so it must be quick and must not block.
#[derive(Clone)]
pub struct ResponseObserver(pub std::sync::Arc<ObserveFn>);

/// The function a [`ResponseObserver`] calls.
pub type ObserveFn = dyn Fn(&crate::MockRequest, &crate::MockResponse) + Send + Sync;

impl ResponseObserver {
    /// An observer calling `f`.
    pub fn new(
        f: impl Fn(&crate::MockRequest, &crate::MockResponse) + Send + Sync + 'static,
    ) -> Self {
        Self(std::sync::Arc::new(f))
    }
}

impl fmt::Debug for ResponseObserver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResponseObserver")
    }
}

impl Default for MockConfig {
    fn default() -> Self {
        Self {
            credentials: Credentials::default(),
            seed: None,
            clock: Clock::System,
            body_limit: DEFAULT_BODY_LIMIT,
            profile: Profile::Contract,
            journal_capacity: crate::journal::DEFAULT_JOURNAL_CAPACITY,
            faults: Vec::new(),
            observer: None,
        }
    }
}

/// The credentials and users the mock knows. The defaults are the development ones
/// ([`DEV_API_KEY`], [`DEV_ADMIN_TOKEN`], [`DEV_USER_TOKEN`], [`DEV_USER`]).
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// API keys Autional accepts in `X-API-Key`.
    pub autional_api_keys: Vec<String>,
    /// Gropius access tokens whose user is an admin.
    pub gropius_admin_tokens: Vec<String>,
    /// Gropius access tokens whose user is not an admin.
    pub gropius_user_tokens: Vec<String>,
    /// Gropius user ids that `clientCredentialFlowUser` may name.
    pub gropius_users: Vec<String>,
}

impl Default for Credentials {
    fn default() -> Self {
        Self {
            autional_api_keys: vec![DEV_API_KEY.to_string()],
            gropius_admin_tokens: vec![DEV_ADMIN_TOKEN.to_string()],
            gropius_user_tokens: vec![DEV_USER_TOKEN.to_string()],
            gropius_users: vec![DEV_USER.to_string()],
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("autional_api_keys", &Redacted(self.autional_api_keys.len()))
            .field(
                "gropius_admin_tokens",
                &Redacted(self.gropius_admin_tokens.len()),
            )
            .field(
                "gropius_user_tokens",
                &Redacted(self.gropius_user_tokens.len()),
            )
            .field("gropius_users", &self.gropius_users)
            .finish()
    }
}

struct Redacted(usize);

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} redacted>", self.0)
    }
}

/// A set of secrets, looked up in constant time (for secrets of equal length): every entry is
/// compared, whatever matches first.
#[derive(Clone, Default)]
pub struct SecretSet(Vec<Vec<u8>>);

impl SecretSet {
    /// A set of these secrets.
    pub fn new<S: AsRef<str>>(secrets: &[S]) -> Self {
        Self(
            secrets
                .iter()
                .map(|s| s.as_ref().as_bytes().to_vec())
                .collect(),
        )
    }

    /// Whether `candidate` is one of the secrets.
    pub fn contains(&self, candidate: &[u8]) -> bool {
        self.0
            .iter()
            .fold(subtle::Choice::from(0), |found, secret| {
                found | secret.as_slice().ct_eq(candidate)
            })
            .into()
    }
}

impl fmt::Debug for SecretSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretSet(<{} redacted>)", self.0.len())
    }
}

/// How closely the mock follows the real services rather than the contract.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Follow the contract (`openapi/`): the default.
    #[default]
    Contract,
    /// Reproduce the real Gropius service's known quirks (see `x-upstream-quirks` in
    /// `openapi/gropius-login.yaml`): `500` when `redirectUrls` or `validScopes` is absent,
    /// only `backend` accepted as a scope, `validScopes` left out of the `201` body.
    Upstream,
}

impl std::str::FromStr for Profile {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "contract" => Ok(Profile::Contract),
            "upstream" => Ok(Profile::Upstream),
            other => Err(format!(
                "unknown profile {other:?}: expected contract or upstream"
            )),
        }
    }
}

impl std::fmt::Display for Profile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Profile::Contract => "contract",
            Profile::Upstream => "upstream",
        })
    }
}
