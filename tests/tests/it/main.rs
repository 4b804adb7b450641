//! The suite's tests beyond the conformance harness (which runs its own, `conformance/`): the
//! property tests and the SDK's resilience, in one test binary so that it links once.

mod properties;
mod resilience;
