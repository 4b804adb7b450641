//! The project's chores as Rust code, run as `cargo xtask <task>`.
//!
//! Each task lives in its own module; `main.rs` only parses the command line.

pub mod api;
pub mod bench;
pub mod breaking;
pub mod codegen;
pub mod constraints;
pub mod drift;
pub mod examples;
pub mod gropius;
pub mod refs;
pub mod versions;

use std::path::{Path, PathBuf};

/// The workspace root (the folder holding `openapi/`, `sdk/`, ...).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// One contract document and the SDK module generated from it.
#[derive(Debug, Clone, Copy)]
pub struct Service {
    /// The document, relative to the workspace root.
    pub spec: &'static str,
    /// The generated module, relative to the workspace root.
    pub generated: &'static str,
}

/// Every contract document under `openapi/`, with the SDK file generated from it.
pub const SERVICES: &[Service] = &[
    Service {
        spec: "openapi/autional.yaml",
        generated: "sdk/src/generated/autional.rs",
    },
    Service {
        spec: "openapi/gropius-login.yaml",
        generated: "sdk/src/generated/gropius_login.rs",
    },
    Service {
        spec: "openapi/mock-admin.yaml",
        generated: "sdk/src/generated/mock_admin.rs",
    },
];
