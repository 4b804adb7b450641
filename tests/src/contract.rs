//! The contract watching the embedded mock: every answer checked by
//! `clientreg_mock::check::ContractChecker` (the checker `clientreg-mock verify` uses), over the
//! mock's own request and response types, with the statuses exercised counted.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use clientreg_mock::MockServerBuilder;
use clientreg_mock::adapter::{MockRequest, MockResponse};
use clientreg_mock::check::{AnswerMismatch, ContractChecker};

/// Every operation of every document, and the statuses exercised so far.
pub struct ContractWatch(ContractChecker);

impl ContractWatch {
    /// The documents under `openapi/` (compiled into `clientreg_mock::check`).
    pub fn load() -> Self {
        Self(ContractChecker::embedded())
    }

    /// Checks one answer: its status must be documented for the operation, and its body must
    /// validate against the schema declared for that status. A request to no operation must
    /// get `404` (unknown path) or `405` (known path, other method) with the mock's error body.
    pub fn check(
        &self,
        request: &MockRequest,
        response: &MockResponse,
    ) -> Result<(), AnswerMismatch> {
        self.0.check(request, response)
    }

    /// Per operation: the documented statuses exercised so far, and all documented statuses.
    pub fn coverage(&self) -> Vec<(String, BTreeSet<u16>, BTreeSet<u16>)> {
        self.0.coverage()
    }

    /// A mock server builder whose every answer is checked; failures land in `violations`.
    pub fn observe(
        self: &Arc<Self>,
        builder: MockServerBuilder,
        violations: &Arc<Mutex<Vec<String>>>,
    ) -> MockServerBuilder {
        let contract = self.clone();
        let violations = violations.clone();
        builder.observe(move |request, response| {
            if let Err(violation) = contract.check(request, response) {
                violations.lock().unwrap().push(violation.to_string());
            }
        })
    }
}
