//! The conformance suite's support: [`ContractWatch`] checks every answer the mock sends against the
//! schema the contract declares for its operation and status, and counts which documented
//! statuses were exercised.
//!
//! This crate also compiles the README's Rust examples (as doctests), so the quick start
//! cannot drift from the code.

pub mod contract;

pub use contract::ContractWatch;

/// Autional's one operation's path (`create_client`).
pub const AUTIONAL: &str = "/internal/oauth/clients";
/// The path every Gropius auth-client operation starts with.
pub const GROPIUS: &str = "/auth/api/login/client";

#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeExamples;
