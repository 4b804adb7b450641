//! The mock server's admin API (`/__mock/...`, described in `openapi/mock-admin.yaml`): reset
//! state between tests, read the stored clients and the request journal, inject faults.
//!
//! This is the generated client as is: the admin API needs no credentials and no unwrapping.
//!
//! ```no_run
//! use sdk::mock_admin::{self, types::{FaultSpec, ServiceName}};
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

/// A client of the admin API of the mock server at `base_url`, with default [`ClientOptions`].
pub fn connect(base_url: &str) -> Result<Client, BuildError> {
    let base_url = crate::options::normalize_base_url(base_url)?;
    let http = ClientOptions::default().build_http_client()?;
    Ok(Client::new_with_client(
        &base_url,
        http,
        Credentials::none().into(),
    ))
}
