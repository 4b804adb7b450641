//! The mock's tests over its public surface, one module per part. One test binary, so that the
//! suite links once; `journal_memory.rs` stays a binary of its own, as it measures the process.

mod admin;
mod admin_key;
mod autional_rules;
mod binary;
mod edge;
mod fidelity;
mod gropius_lifecycle;
mod gropius_rules;
mod hostile;
mod pact;
mod page;
mod proxy;
mod server;
mod support;
mod tls;
mod verify;
mod wiremock_respond;
