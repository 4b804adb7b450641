//! The conformance suite: the SDK against the mock server, held to the contract.
//!
//! This crate also compiles the README's Rust examples (as doctests), so the quick start
//! cannot drift from the code.

#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeExamples;
