//! The target a check talks to: the credentials it fills placeholders with, its HTTP client, and
//! answers read without ever buffering past a limit. Verify, replay and the proxy use it.

use std::fmt;
use std::time::Duration;

use super::outcome::CheckError;
use super::redact::display_url;
use crate::shared::describe;
use crate::text::is_http_url;

/// The credentials and names a run fills the trials' placeholders with. `Debug` shows which
/// are given, never their values.
#[derive(Clone, Default)]
pub struct TargetCredentials {
    /// Autional's `X-API-Key`.
    pub api_key: Option<String>,
    /// Autional's `X-Tenant-ID`.
    pub tenant: Option<String>,
    /// A Gropius admin's access token.
    pub admin_token: Option<String>,
    /// A Gropius non-admin's access token.
    pub user_token: Option<String>,
    /// A Gropius user id that `clientCredentialFlowUser` may name.
    pub known_user: Option<String>,
    /// The admin key of a target that is this project's mock started with one (replay makes
    /// the recorded users known through its admin API).
    pub mock_admin_key: Option<String>,
}

impl fmt::Debug for TargetCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let given = |value: &Option<String>| if value.is_some() { "<given>" } else { "<none>" };
        f.debug_struct("TargetCredentials")
            .field("api_key", &given(&self.api_key))
            .field("tenant", &self.tenant)
            .field("admin_token", &given(&self.admin_token))
            .field("user_token", &given(&self.user_token))
            .field("known_user", &self.known_user)
            .field("mock_admin_key", &given(&self.mock_admin_key))
            .finish()
    }
}

impl TargetCredentials {
    /// The value of a placeholder, and the flag that gives it.
    pub(crate) fn value(&self, placeholder: &str) -> (Option<&str>, &'static str) {
        match placeholder {
            "{api_key}" => (self.api_key.as_deref(), "--api-key"),
            "{tenant}" => (self.tenant.as_deref(), "--tenant"),
            "{admin_token}" => (self.admin_token.as_deref(), "--admin-token"),
            "{user_token}" => (self.user_token.as_deref(), "--user-token"),
            "{known_user}" => (self.known_user.as_deref(), "--known-user"),
            _ => (None, ""),
        }
    }

    /// The secrets, to keep out of every line the run prints.
    pub(crate) fn secrets(&self) -> impl Iterator<Item = &str> {
        [
            &self.api_key,
            &self.admin_token,
            &self.user_token,
            &self.mock_admin_key,
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
    }
}

/// The most of an answer the checker reads: a longer one fails its trial, unread past this.
pub(crate) const ANSWER_LIMIT: usize = 4 * 1024 * 1024;

/// The base URL of `target` (no trailing `/`) and a client for it: a timeout per request, no
/// redirects followed, no retries.
pub(crate) fn client_for(
    target: &str,
    timeout: Duration,
    ca: Option<&[u8]>,
) -> Result<(String, reqwest::Client), CheckError> {
    let base = target.trim_end_matches('/').to_string();
    if !is_http_url(&base) {
        return Err(CheckError::Target(display_url(target)));
    }
    let mut http = reqwest::Client::builder()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none());
    if let Some(pem) = ca {
        let ca = reqwest::Certificate::from_pem(pem).map_err(CheckError::TargetCa)?;
        http = http.add_root_certificate(ca);
    }
    let http = http.build().map_err(CheckError::Client)?;
    Ok((base, http))
}

/// Why an answer's body was not read whole.
pub(crate) enum Unread {
    /// It is longer than the limit (said by its length, or met while reading).
    TooLarge {
        /// Whether any of it was read before the limit was met.
        partly: bool,
    },
    /// Reading it failed (said without the URL).
    Broken(String),
}

/// An answer's body, read chunk by chunk up to `limit` bytes, so that an answer without a
/// length is never buffered past it: the checker's reads, and the proxy's.
pub(crate) async fn read_up_to(
    answer: &mut reqwest::Response,
    limit: usize,
) -> Result<Vec<u8>, Unread> {
    if answer
        .content_length()
        .is_some_and(|length| length > limit as u64)
    {
        return Err(Unread::TooLarge { partly: false });
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = answer
        .chunk()
        .await
        .map_err(|e| Unread::Broken(describe(&e.without_url())))?
    {
        if bytes.len() + chunk.len() > limit {
            return Err(Unread::TooLarge { partly: true });
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// An answer's body, read up to [`ANSWER_LIMIT`].
pub(crate) async fn read_limited(answer: &mut reqwest::Response) -> Result<Vec<u8>, String> {
    read_up_to(answer, ANSWER_LIMIT)
        .await
        .map_err(|unread| match unread {
            Unread::TooLarge { partly: false } => {
                format!("the answer's body is larger than {ANSWER_LIMIT} bytes: not read")
            }
            Unread::TooLarge { partly: true } => {
                format!("the answer's body is larger than {ANSWER_LIMIT} bytes: not read past them")
            }
            Unread::Broken(why) => format!("body unreadable: {why}"),
        })
}
