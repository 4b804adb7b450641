//! Construction settings shared by every service's client.

use std::time::Duration;

use crate::BuildError;

/// How a client's HTTP connection is set up: timeouts and `User-Agent`.
///
/// The defaults suit a service calling another inside one network: a 5 s connect timeout, a
/// 30 s timeout for the whole request, and a `User-Agent` naming this crate and its version.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// The longest wait for a TCP connection.
    pub connect_timeout: Duration,
    /// The longest wait for a whole request, from sending to the last byte of the answer.
    pub timeout: Duration,
    /// The `User-Agent` header sent with every request.
    pub user_agent: String,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(30),
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).to_string(),
        }
    }
}

impl ClientOptions {
    /// Sets the connect timeout.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the timeout for a whole request.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Builds the `reqwest::Client` these options describe.
    pub(crate) fn build_http_client(&self) -> Result<reqwest::Client, BuildError> {
        reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .timeout(self.timeout)
            .user_agent(&self.user_agent)
            .build()
            .map_err(BuildError::HttpClient)
    }
}

/// Checks that a base URL is absolute `http` or `https` and returns it without a trailing slash
/// (the generated code appends paths that start with `/`).
pub(crate) fn normalize_base_url(base_url: &str) -> Result<String, BuildError> {
    let parsed = reqwest::Url::parse(base_url).map_err(|source| BuildError::BaseUrl {
        base_url: base_url.to_string(),
        reason: source.to_string(),
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(BuildError::BaseUrl {
            base_url: base_url.to_string(),
            reason: format!("scheme `{}` is not http or https", parsed.scheme()),
        });
    }
    Ok(base_url.trim_end_matches('/').to_string())
}
