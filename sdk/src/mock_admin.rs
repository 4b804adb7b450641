//! The mock server's admin API (`/__mock/...`, described in `openapi/mock-admin.yaml`): reset
//! state between tests, read the stored clients and the request journal, inject faults.
//!
//! This is the generated client as is: no unwrapping. A server started with an admin key
//! (`clientreg-mock --admin-key`) asks for it on every route but the health check: connect with
//! [`connect_with_key`].
//!
//! ```no_run
//! use clientreg_sdk::mock_admin::{self, types::{FaultSpec, ServiceName}};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let admin = mock_admin::connect("http://127.0.0.1:8080")?;
//! admin.reset().send().await?;
//! admin
//!     .add_fault()
//!     .body(FaultSpec::builder().method("POST").path("/internal/oauth/clients").status(Some(503)).times(std::num::NonZeroU32::new(1)))
//!     .send()
//!     .await?;
//! // … run the code under test …
//! let journal = admin.journal().service(ServiceName::Autional).send().await?.into_inner();
//! println!("{} calls to Autional", journal.total);
//! # Ok(())
//! # }
//! ```

use crate::transport::Credentials;
use crate::{BuildError, ClientOptions};

pub use crate::generated::mock_admin::{Client, types};

/// A client of the admin API of the mock server at `base_url`, with default [`ClientOptions`],
/// for a server started without an admin key.
pub fn connect(base_url: &str) -> Result<Client, BuildError> {
    connect_as(base_url, Credentials::none())
}

/// A client of the admin API of the mock server at `base_url` that sends `admin_key` as
/// `Authorization: Bearer <key>` on every request (the server's `--admin-key`).
///
/// ```no_run
/// # fn run() -> Result<(), clientreg_sdk::BuildError> {
/// let admin = clientreg_sdk::mock_admin::connect_with_key("http://127.0.0.1:8080", "my-admin-key")?;
/// # drop(admin);
/// # Ok(())
/// # }
/// ```
pub fn connect_with_key(base_url: &str, admin_key: &str) -> Result<Client, BuildError> {
    connect_as(base_url, Credentials::bearer(admin_key)?)
}

fn connect_as(base_url: &str, credentials: Credentials) -> Result<Client, BuildError> {
    let base_url = crate::options::normalize_base_url(base_url)?;
    let http = ClientOptions::default().build_http_client()?;
    Ok(Client::new_with_client(&base_url, http, credentials.into()))
}
