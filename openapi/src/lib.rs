//! The contract of two OAuth client-registration endpoints, as text: the OpenAPI 3.0 documents
//! and the trials that `clientreg-mock verify` runs, exactly as they are in the repository's
//! `openapi/` folder when this crate is packaged.
//!
//! - Autional's `POST /internal/oauth/clients` (`autional.yaml`),
//! - the Gropius login-service's auth-client API under `/auth/api/login/client`
//!   (`gropius-login.yaml`),
//! - the admin API of `clientreg-mock` under `/__mock/` (`mock-admin.yaml`).
//!
//! This crate's version is the contract's version: `clientreg-sdk` and `clientreg-mock` each
//! depend on exactly one version of it, so the version of either says which contract it speaks.
//! A change that breaks a caller of a document moves the minor number (semver's rule for 0.x).
//!
//! ```
//! let (name, text) = clientreg_contract::DOCUMENTS[0];
//! assert_eq!(name, "autional.yaml");
//! assert!(text.starts_with("openapi: 3.0.3"));
//! ```
#![warn(missing_docs)]

/// The three OpenAPI documents, as `(file name, text)`: `autional.yaml`, `gropius-login.yaml`,
/// `mock-admin.yaml`.
pub const DOCUMENTS: [(&str, &str); 3] = [
    ("autional.yaml", include_str!("../autional.yaml")),
    ("gropius-login.yaml", include_str!("../gropius-login.yaml")),
    ("mock-admin.yaml", include_str!("../mock-admin.yaml")),
];

/// The trials files (the format is in the contract's README), as `(file name, text)`, one per
/// service: `autional.yaml`, `gropius-login.yaml` under `trials/`.
pub const TRIALS: [(&str, &str); 2] = [
    ("autional.yaml", include_str!("../trials/autional.yaml")),
    (
        "gropius-login.yaml",
        include_str!("../trials/gropius-login.yaml"),
    ),
];

/// The version of the contract these texts are: this crate's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
