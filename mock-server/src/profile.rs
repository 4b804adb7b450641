//! The fidelity profile: the contract, or the real services' known quirks.

use std::fmt;
use std::str::FromStr;

use crate::error::UnknownName;

/// How closely the mock follows the real services rather than the contract.
///
/// ```
/// use clientreg_mock::{MockServer, Profile};
///
/// assert_eq!("upstream".parse::<Profile>(), Ok(Profile::Upstream));
/// assert!("strict".parse::<Profile>().is_err());
/// # let _ = MockServer::builder().profile(Profile::Upstream);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Follow the contract (`openapi/`): the default.
    #[default]
    Contract,
    /// Reproduce the real Gropius service's known quirks (see `x-upstream-quirks` in
    /// `openapi/gropius-login.yaml`): `500` when `redirectUrls` or `validScopes` is absent,
    /// only `backend` accepted as a scope, `validScopes` left out of the `201` body.
    Upstream,
}

impl FromStr for Profile {
    type Err = UnknownName;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "contract" => Ok(Profile::Contract),
            "upstream" => Ok(Profile::Upstream),
            other => Err(UnknownName::new("profile", other, "contract or upstream")),
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Profile::Contract => "contract",
            Profile::Upstream => "upstream",
        })
    }
}
