//! What every generated client does around each request: put the credentials on it, apply the
//! service's fix-up where its client asks for one, remember the answer's status, and map the
//! answer to the typed body or the one [`Error`].
//!
//! progenitor calls these hooks from the generated code; they live here because the trait impl
//! must sit in this crate.

use std::cell::Cell;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

use progenitor_client::OperationInfo;
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};

use crate::error::{BuildError, Error, ServiceError};

/// The credentials a generated client puts on every request.
///
/// The header value is marked sensitive and never shown by `Debug`. The thin clients in
/// [`crate::autional`] and [`crate::gropius`] build this for you; it is public so that the
/// generated clients in [`crate::generated`] can be built directly too.
#[derive(Clone, Default)]
pub struct Credentials {
    header: Option<(HeaderName, HeaderValue)>,
}

impl Credentials {
    /// Autional's internal API key, sent as `X-API-Key`.
    pub fn api_key(key: &str) -> Result<Self, BuildError> {
        Self::header(HeaderName::from_static("x-api-key"), key, "API key")
    }

    /// A Bearer access token, sent as `Authorization: Bearer <token>`.
    pub fn bearer(token: &str) -> Result<Self, BuildError> {
        Self::header(AUTHORIZATION, &format!("Bearer {token}"), "Bearer token")
    }

    /// No credentials (the mock server's admin API, started without an admin key).
    pub fn none() -> Self {
        Self::default()
    }

    fn header(name: HeaderName, value: &str, what: &'static str) -> Result<Self, BuildError> {
        if value.trim().is_empty() || value.trim() == "Bearer" {
            return Err(BuildError::Credential {
                what,
                reason: "it is empty",
            });
        }
        let mut value = HeaderValue::from_str(value).map_err(|_| BuildError::Credential {
            what,
            reason: "it holds a character not allowed in an HTTP header",
        })?;
        value.set_sensitive(true);
        Ok(Self {
            header: Some((name, value)),
        })
    }

    fn apply(&self, request: &mut reqwest::Request) {
        if let Some((name, value)) = &self.header {
            request.headers_mut().insert(name.clone(), value.clone());
        }
    }
}

/// What a generated client carries into every request it makes (progenitor's "inner" value):
/// the credentials, and a fix-up of the request that the generated code cannot express, which
/// a service's module sets on the client it makes for the calls that need one (Gropius's
/// `"clientCredentialFlowUser": null`). Data the call needs travels here, as a parameter of the
/// client, not beside the call.
///
/// Built from [`Credentials`]: `generated::Client::new(url, Credentials::none().into())`.
#[derive(Clone, Default)]
pub struct ClientSetup {
    credentials: Credentials,
    fix: Option<RequestFix>,
}

/// A change to a request a generated client is about to send, by operation.
pub(crate) type RequestFix = fn(&mut reqwest::Request, &OperationInfo);

impl ClientSetup {
    /// The same, with `fix` applied to every request.
    pub(crate) fn with_fix(mut self, fix: RequestFix) -> Self {
        self.fix = Some(fix);
        self
    }

    fn prepare(&self, request: &mut reqwest::Request, info: &OperationInfo) {
        self.credentials.apply(request);
        if let Some(fix) = self.fix {
            fix(request, info);
        }
    }
}

impl From<Credentials> for ClientSetup {
    fn from(credentials: Credentials) -> Self {
        Self {
            credentials,
            fix: None,
        }
    }
}

impl fmt::Debug for ClientSetup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientSetup")
            .field("credentials", &self.credentials)
            .field("fix", &self.fix.is_some())
            .finish()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.header {
            Some((name, _)) => write!(f, "Credentials({name}: <redacted>)"),
            None => f.write_str("Credentials(none)"),
        }
    }
}

tokio::task_local! {
    /// The status of the answer to the request made inside [`observe_status`]. A task-local
    /// because the generated call is the only thing between the two hooks and the caller, and
    /// it passes nothing through: the status is this call's alone.
    static ANSWER_STATUS: Cell<Option<StatusCode>>;
}

/// Runs one generated call and returns its result with the HTTP status of the answer, if one
/// came. progenitor drops the status when a body does not decode (a 500 with an HTML page, say);
/// the thin layer needs it to build a useful error.
///
/// The call comes boxed: a generated call's future is large, and held by value it would be
/// copied with every future around it (BENCHMARKS.md, "SDK overhead").
pub(crate) async fn observe_status<F: Future>(
    call: Pin<Box<F>>,
) -> (F::Output, Option<StatusCode>) {
    ANSWER_STATUS
        .scope(Cell::new(None), async {
            let output = call.await;
            (output, ANSWER_STATUS.with(Cell::get))
        })
        .await
}

/// Runs one generated call and maps its answer: the typed body, or the one [`Error`]. The
/// answer's status is observed on the way, because progenitor drops it when a body does not
/// decode.
pub(crate) async fn send<T, A, F>(call: F) -> Result<T, Error<A>>
where
    A: ServiceError,
    F: Future<
        Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<A::Body>>,
    >,
{
    let (result, status) = observe_status(Box::pin(call)).await;
    match result {
        Ok(answer) => Ok(answer.into_inner()),
        Err(error) => Err(Error::from_generated(error, status).await),
    }
}

pub(crate) fn record_status(result: &reqwest::Result<reqwest::Response>) {
    if let Ok(response) = result {
        // Outside `observe_status` (a caller using the generated client directly) there is no
        // slot, and nothing needs the status.
        let _ = ANSWER_STATUS.try_with(|slot| slot.set(Some(response.status())));
    }
}

/// One `ClientHooks` impl per generated client: the client's [`ClientSetup`] applied, the
/// status recorded. The services' modules invoke it for their clients ([`crate::autional`],
/// [`crate::gropius`]); the admin API's is here.
macro_rules! hooks_for {
    ($client:ty) => {
        impl progenitor_client::ClientHooks<$crate::transport::ClientSetup> for $client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                info: &progenitor_client::OperationInfo,
            ) -> Result<(), progenitor_client::Error<E>> {
                $crate::transport::prepare(
                    progenitor_client::ClientInfo::inner(self),
                    request,
                    info,
                );
                Ok(())
            }

            async fn post<E>(
                &self,
                result: &reqwest::Result<reqwest::Response>,
                _info: &progenitor_client::OperationInfo,
            ) -> Result<(), progenitor_client::Error<E>> {
                $crate::transport::record_status(result);
                Ok(())
            }
        }
    };
}
pub(crate) use hooks_for;

/// What the `pre` hook does: the setup's credentials and fix-up on the request.
pub(crate) fn prepare(setup: &ClientSetup, request: &mut reqwest::Request, info: &OperationInfo) {
    setup.prepare(request, info);
}

hooks_for!(crate::generated::mock_admin::Client);
