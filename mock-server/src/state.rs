//! Everything a mock holds: both services, the journal, the faults and what they share. The
//! router ([`crate::mock`]) and the admin API read it; it knows neither of them.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::autional::Autional;
use crate::clock::Clock;
use crate::config::{DroppedLogLines, MockConfig};
use crate::entropy::Entropy;
use crate::error::ConfigError;
use crate::faults::Faults;
use crate::gropius::Gropius;
use crate::http::{Divergence, MockRequest};
use crate::journal::Journal;
use crate::services::Service;
use crate::shared::{SecretSet, Shared};
use crate::store::Stats;

/// A divergence the mock noted, with the request that met it: under the `contract` profile,
/// an answer the real service is known to give otherwise.
///
/// ```
/// use bytes::Bytes;
/// use http::{HeaderMap, HeaderValue, Method};
/// use clientreg_mock::adapter::MockRequest;
/// use clientreg_mock::config::MockConfig;
/// use clientreg_mock::Mock;
///
/// let mock = Mock::new(&MockConfig::default()).unwrap();
/// let mut headers = HeaderMap::new();
/// headers.insert("authorization", HeaderValue::from_static("Bearer dev-admin-token"));
/// headers.insert("content-type", HeaderValue::from_static("application/json"));
/// // No validScopes: the contract refuses it (400); the real service crashes on it (500).
/// let body = Bytes::from_static(br#"{"name": "n", "redirectUrls": []}"#);
/// mock.serve(&MockRequest::new(Method::POST, "/auth/api/login/client", headers, body));
/// let noted = mock.divergences();
/// assert_eq!(noted.len(), 1);
/// assert_eq!(noted[0].divergence.upstream_status, 500);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct NotedDivergence {
    /// The request's method.
    pub method: String,
    /// The request's path.
    pub path: String,
    /// What the real service would have answered, and why.
    pub divergence: Divergence,
}

/// How many divergences are kept (the oldest go first).
const DIVERGENCES_KEPT: usize = 1000;

/// The services and their records.
#[derive(Debug)]
pub(crate) struct MockState {
    pub(crate) autional: Autional,
    pub(crate) gropius: Gropius,
    pub(crate) journal: Journal,
    pub(crate) faults: Faults,
    divergences: Mutex<VecDeque<NotedDivergence>>,
    /// The Gropius client the last Pact provider state made (`crate::pact`), which a later
    /// state adds secrets to.
    pact_client: Mutex<Option<String>>,
    pub(crate) shared: Arc<Shared>,
    /// The log lines the process dropped, when the log is the mock's own.
    pub(crate) dropped_log_lines: Option<DroppedLogLines>,
}

impl MockState {
    /// The state `config` describes; initial faults that do not validate are refused.
    pub(crate) fn new(config: &MockConfig) -> Result<Self, ConfigError> {
        let shared = Arc::new(Shared {
            clock: config.fixed_time.map_or(Clock::System, Clock::Fixed),
            entropy: config.seed.map_or(Entropy::Os, Entropy::seeded),
            body_limit: config.body_limit,
            profile: config.profile,
        });
        let state = Self {
            autional: Autional::new(
                SecretSet::new(&config.accounts.autional_api_keys),
                config.max_clients,
                shared.clone(),
            ),
            gropius: Gropius::new(config, shared.clone())?,
            journal: Journal::new(config.journal_capacity),
            faults: Faults::default(),
            divergences: Mutex::new(VecDeque::new()),
            pact_client: Mutex::new(None),
            shared,
            dropped_log_lines: config.dropped_log_lines.clone(),
        };
        for (index, fault) in config.faults.iter().enumerate() {
            state
                .faults
                .add(fault.clone())
                .map_err(|source| ConfigError::InitialFault {
                    index,
                    method: fault.method.clone(),
                    path: fault.path.clone(),
                    source,
                })?;
        }
        Ok(state)
    }

    /// Notes that the real service would have answered `request` otherwise.
    pub(crate) fn note_divergence(&self, request: &MockRequest, divergence: &Divergence) {
        let mut divergences = self.lock_divergences();
        if divergences.len() == DIVERGENCES_KEPT {
            divergences.pop_front();
        }
        divergences.push_back(NotedDivergence {
            method: request.method.to_string(),
            path: request.path.clone(),
            divergence: divergence.clone(),
        });
    }

    /// The divergences noted since the last reset, oldest first.
    pub(crate) fn divergences(&self) -> Vec<NotedDivergence> {
        self.lock_divergences().iter().cloned().collect()
    }

    /// The Gropius client the last Pact provider state made.
    pub(crate) fn pact_client(&self) -> std::sync::MutexGuard<'_, Option<String>> {
        self.pact_client.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn lock_divergences(&self) -> std::sync::MutexGuard<'_, VecDeque<NotedDivergence>> {
        self.divergences.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Both stores' counts: what `GET /__mock/stats` answers.
    pub(crate) fn stats(&self) -> Stats {
        Stats {
            autional: self.autional.store_stats(),
            gropius: self.gropius.store_stats(),
        }
    }

    /// Forgets all state of one service (clients, journal entries, faults on its paths,
    /// divergences), or of every service and everything else too.
    pub(crate) fn reset(&self, scope: Option<Service>) {
        self.journal.reset(scope);
        match scope {
            None => {
                self.autional.reset();
                self.gropius.reset();
                *self.pact_client() = None;
                self.faults.clear(|_| true);
                self.lock_divergences().clear();
            }
            Some(service) => {
                match service {
                    Service::Autional => self.autional.reset(),
                    Service::Gropius => {
                        self.gropius.reset();
                        *self.pact_client() = None;
                    }
                }
                self.faults.clear(|path| Service::of(path) == Some(service));
                self.lock_divergences()
                    .retain(|noted| Service::of(&noted.path) != Some(service));
            }
        }
    }
}
