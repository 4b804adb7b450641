//! What the services, the journal, the faults and the admin API share: the clock, the
//! randomness, the limits, the profile, and a few constants. A leaf: it imports no service.

use std::fmt;

use subtle::ConstantTimeEq;

use crate::clock::Clock;
use crate::entropy::Entropy;
use crate::profile::Profile;

/// The prefix of every admin route.
pub(crate) const ADMIN_PREFIX: &str = "/__mock/";

/// What the mock shows in place of a secret: a stored client's `client_secret`, a credential
/// header in the journal.
pub(crate) const REDACTED: &str = "<redacted>";

/// Headers whose values are credentials, in a request or an answer: the journal shows them as
/// [`REDACTED`], a recording as pseudonyms (or redacted, in an answer), the page masks them.
pub(crate) const CREDENTIAL_HEADERS: [&str; 5] = [
    "authorization",
    "x-api-key",
    "cookie",
    "set-cookie",
    "proxy-authorization",
];

/// Body fields whose values are secrets, at any depth: a created client's secret (Autional's
/// `client_secret`, Gropius's `secretText`). A recording and the page mask exactly these;
/// other fields whose names mention a secret (`requiresSecret`, `censoredClientSecrets`) are
/// not secret.
pub(crate) const SECRET_FIELDS: [&str; 2] = ["client_secret", "secretText"];

/// The state every part of the mock reads and none owns.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) clock: Clock,
    pub(crate) entropy: Entropy,
    pub(crate) body_limit: usize,
    pub(crate) profile: Profile,
}

/// A set of secrets, looked up in constant time (for secrets of equal length): every entry is
/// compared, whatever matches first.
#[derive(Clone, Default)]
pub(crate) struct SecretSet(Vec<Vec<u8>>);

impl SecretSet {
    /// A set of these secrets.
    pub(crate) fn new<S: AsRef<str>>(secrets: &[S]) -> Self {
        Self(
            secrets
                .iter()
                .map(|s| s.as_ref().as_bytes().to_vec())
                .collect(),
        )
    }

    /// Whether `candidate` is one of the secrets.
    pub(crate) fn contains(&self, candidate: &[u8]) -> bool {
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

/// An error and its sources, as one line (`error reading a body from connection: invalid chunk
/// size line`).
pub(crate) fn describe(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
