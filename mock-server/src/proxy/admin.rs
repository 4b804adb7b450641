//! The proxy's admin API under `/__mock/`: what a proxy has, and nothing that would silently do
//! nothing. `GET /__mock/` (the page), `GET /__mock/health`, `GET /__mock/journal`,
//! `GET /__mock/violations` (answered as the mock answers them) and `POST /__mock/reset`, which
//! forgets the journal of one service or of all; any other admin path is a `404` that lists
//! these.

use http::{Method, StatusCode};

use super::Proxy;
use crate::http::{ErrorBody, MockRequest, MockResponse};
use crate::journal_api::{self, AdminRoute, method_not_allowed, reset_scope};
use crate::services::AdminError;

impl Proxy {
    /// The answer to a request under `/__mock/`.
    pub(super) fn admin(&self, request: &MockRequest) -> MockResponse {
        let method = &request.method;
        let route = AdminRoute::of(&request.path).filter(|route| route.on_every_server());
        if let Some(refused) =
            route.and_then(|route| self.admin.refused(route, request, &self.clock))
        {
            return refused;
        }
        let answer = match (route, method) {
            (Some(AdminRoute::Page), &Method::GET) => Ok(journal_api::page()),
            (Some(AdminRoute::Health), &Method::GET) => {
                journal_api::health(self.dropped_log_lines.as_ref(), &self.admin)
            }
            (Some(AdminRoute::Journal), &Method::GET) => {
                journal_api::journal(&self.journal, request)
            }
            (Some(AdminRoute::Violations), &Method::GET) => {
                journal_api::violations(&self.journal, request)
            }
            (Some(AdminRoute::Reset), &Method::POST) => reset_scope(request).map(|scope| {
                self.journal.reset(scope);
                MockResponse::empty(StatusCode::NO_CONTENT)
            }),
            (Some(route), _) => return method_not_allowed(request, route.allowed()),
            (None, _) => Err(AdminError(
                StatusCode::NOT_FOUND,
                format!(
                    "no route for {method} {}: a proxy's admin API is /__mock/ (the page), \
                     /__mock/health, /__mock/journal, /__mock/violations and /__mock/reset",
                    request.path
                ),
            )),
        };
        answer.unwrap_or_else(|error| error.response(&self.clock))
    }
}
