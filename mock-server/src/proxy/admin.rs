//! The proxy's admin API under `/__mock/`: what a proxy has, and nothing that would silently do
//! nothing. `GET /__mock/` (the page), `GET /__mock/health`, `GET /__mock/journal`,
//! `GET /__mock/violations` (answered as the mock answers them) and `POST /__mock/reset`, which
//! forgets the journal of one service or of all; any other admin path is a `404` that lists
//! these.

use http::{Method, StatusCode};

use super::Proxy;
use crate::http::{ErrorBody, MockRequest, MockResponse};
use crate::journal_api::{self, method_not_allowed, reset_scope};
use crate::services::AdminError;

impl Proxy {
    /// The answer to a request under `/__mock/`.
    pub(super) fn admin(&self, request: &MockRequest) -> MockResponse {
        let (route, method) = (request.path.as_str(), &request.method);
        let answer = match route {
            "/__mock/" if method == Method::GET => Ok(journal_api::page()),
            "/__mock/health" if method == Method::GET => {
                journal_api::health(self.dropped_log_lines.as_ref())
            }
            "/__mock/journal" if method == Method::GET => {
                journal_api::journal(&self.journal, request)
            }
            "/__mock/violations" if method == Method::GET => {
                journal_api::violations(&self.journal, request)
            }
            "/__mock/reset" if method == Method::POST => reset_scope(request).map(|scope| {
                self.journal.reset(scope);
                MockResponse::empty(StatusCode::NO_CONTENT)
            }),
            "/__mock/" | "/__mock/health" | "/__mock/journal" | "/__mock/violations" => {
                return method_not_allowed(request, &[Method::GET]);
            }
            "/__mock/reset" => return method_not_allowed(request, &[Method::POST]),
            _ => Err(AdminError(
                StatusCode::NOT_FOUND,
                format!(
                    "no route for {method} {route}: a proxy's admin API is /__mock/ (the page), \
                     /__mock/health, /__mock/journal, /__mock/violations and /__mock/reset"
                ),
            )),
        };
        answer.unwrap_or_else(|error| error.response(&self.clock))
    }
}
