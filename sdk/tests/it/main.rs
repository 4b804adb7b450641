//! The thin layer's tests against wiremock, one module per service, in one test binary so that
//! it links once.

mod autional;
mod gropius;
mod real_gropius;
