//! Where the mock's notion of "now" comes from: the system clock, or a fixed instant so that
//! timestamps and ULIDs are reproducible in snapshot tests.

use chrono::{DateTime, SecondsFormat, Utc};

/// The mock's clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Clock {
    /// The system clock.
    #[default]
    System,
    /// Always this instant.
    Fixed(DateTime<Utc>),
}

impl Clock {
    /// Now, by this clock.
    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(at) => *at,
        }
    }

    /// Now, as the RFC 3339 UTC timestamp the APIs answer with (`2026-04-03T12:00:00Z`).
    pub fn timestamp(&self) -> String {
        self.now().to_rfc3339_opts(SecondsFormat::Secs, true)
    }
}
