//! What the real Gropius service does differently from the contract, in one table: the
//! `upstream` profile answers with these, and the `contract` profile, which answers as the
//! contract says, records each one a request would have met as a divergence.

use http::StatusCode;

/// A known difference of the real service (`docs/upstream.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quirk {
    /// A create or update without `redirectUrls` or `validScopes`: the handler loops over the
    /// list with no null guard.
    MissingList(&'static str),
    /// A scope other than `backend`.
    ScopeNotBackend,
    /// An update without `name`: the update check requires it.
    UpdateWithoutName,
    /// Reading a built-in client, or its secrets: built-in clients have no secret list.
    BuiltInClientRead,
}

impl Quirk {
    /// A name for it, in the journal and the `x-mock-divergence` header.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Quirk::MissingList("redirectUrls") => "missing-redirect-urls",
            Quirk::MissingList(_) => "missing-valid-scopes",
            Quirk::ScopeNotBackend => "scope-not-backend",
            Quirk::UpdateWithoutName => "update-without-name",
            Quirk::BuiltInClientRead => "built-in-client-read",
        }
    }

    /// What the real service answers.
    pub(crate) fn status(self) -> StatusCode {
        match self {
            Quirk::MissingList(_) | Quirk::BuiltInClientRead => StatusCode::INTERNAL_SERVER_ERROR,
            Quirk::ScopeNotBackend | Quirk::UpdateWithoutName => StatusCode::BAD_REQUEST,
        }
    }

    /// The message it answers with.
    pub(crate) fn message(self) -> &'static str {
        match self {
            Quirk::MissingList(_) | Quirk::BuiltInClientRead => "Internal server error",
            Quirk::ScopeNotBackend => "Only backend is a valid scopes",
            Quirk::UpdateWithoutName => "If given, name must be a non empty string",
        }
    }

    /// Why, in a sentence.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Quirk::MissingList("redirectUrls") => {
                "the real service loops over redirectUrls with no null guard, so a body without it crashes"
            }
            Quirk::MissingList(_) => {
                "the real service loops over validScopes with no null guard, so a body without it crashes"
            }
            Quirk::ScopeNotBackend => "the real service accepts only the scope backend",
            Quirk::UpdateWithoutName => {
                "the real service's update check requires name on every update"
            }
            Quirk::BuiltInClientRead => {
                "the built-in clients have no secret list, and reading one crashes the real service"
            }
        }
    }
}
