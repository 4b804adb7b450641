//! What the real Gropius service does differently from the contract, in one table: the
//! `upstream` profile answers with these, and the `contract` profile, which answers as the
//! contract says, records each one a request would have met as a divergence. Each was seen in
//! the real service's answers (`openapi/fidelity/gropius-login.recording.jsonl`) and has its
//! source line in `docs/upstream.md`.

use http::StatusCode;

/// A known difference of the real service (`docs/upstream.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quirk {
    /// `redirectUrls` or `validScopes` absent or `null`: the real input check loops over the
    /// list with no null guard, and crashes at that point of its checks.
    MissingList(&'static str),
    /// A scope other than the string `backend`.
    ScopeNotBackend,
    /// Reading a built-in client, or its secrets: built-in clients have no secret list.
    BuiltInClientRead,
    /// A write (update, delete, secrets) to an id that is not a UUID, a built-in client's
    /// included: the id goes unguarded to a `uuid` column.
    WriteToNonUuidId,
    /// `requiresSecret: null` on create: stored as `null` into a `NOT NULL` column.
    RequiresSecretNull,
    /// `null` where the contract wants a value of the field's type: the real check reads
    /// `null` as "not given" (no answer of its own: the request goes on).
    NullAsAbsent(&'static str),
    /// A method or a path under the auth-client API that no route takes: NestJS's own `404`.
    NoRoute,
}

impl Quirk {
    /// A name for it, in the journal and the `x-mock-divergence` header.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Quirk::MissingList("redirectUrls") => "missing-redirect-urls",
            Quirk::MissingList(_) => "missing-valid-scopes",
            Quirk::ScopeNotBackend => "scope-not-backend",
            Quirk::BuiltInClientRead => "built-in-client-read",
            Quirk::WriteToNonUuidId => "write-to-non-uuid-id",
            Quirk::RequiresSecretNull => "requires-secret-null",
            Quirk::NullAsAbsent("isValid") => "is-valid-null",
            Quirk::NullAsAbsent("requiresSecret") => "requires-secret-null-ignored",
            Quirk::NullAsAbsent(_) => "client-credential-flow-user-null",
            Quirk::NoRoute => "no-route",
        }
    }

    /// What the real service answers, when the quirk is an answer of its own (not for
    /// [`Quirk::NullAsAbsent`], where the request goes on, nor [`Quirk::NoRoute`], whose
    /// message names the request).
    pub(crate) fn status(self) -> StatusCode {
        match self {
            Quirk::MissingList(_)
            | Quirk::BuiltInClientRead
            | Quirk::WriteToNonUuidId
            | Quirk::RequiresSecretNull => StatusCode::INTERNAL_SERVER_ERROR,
            Quirk::ScopeNotBackend => StatusCode::BAD_REQUEST,
            Quirk::NoRoute => StatusCode::NOT_FOUND,
            Quirk::NullAsAbsent(_) => StatusCode::OK,
        }
    }

    /// The message it answers with.
    pub(crate) fn message(self) -> &'static str {
        match self {
            Quirk::MissingList(_)
            | Quirk::BuiltInClientRead
            | Quirk::WriteToNonUuidId
            | Quirk::RequiresSecretNull => "Internal server error",
            Quirk::ScopeNotBackend => "Only backend is a valid scopes",
            Quirk::NullAsAbsent(_) | Quirk::NoRoute => "",
        }
    }

    /// Why, in a sentence.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Quirk::MissingList("redirectUrls") => {
                "the real service loops over redirectUrls with no null guard, so a body without it (or with null) crashes"
            }
            Quirk::MissingList(_) => {
                "the real service loops over validScopes with no null guard, so a body without it (or with null) crashes"
            }
            Quirk::ScopeNotBackend => "the real service accepts only the scope backend",
            Quirk::BuiltInClientRead => {
                "the built-in clients have no secret list, and reading one crashes the real service"
            }
            Quirk::WriteToNonUuidId => {
                "the real service passes the id unchecked to a uuid column, which fails for any other id"
            }
            Quirk::RequiresSecretNull => {
                "the real service stores requiresSecret null into a NOT NULL column, which fails"
            }
            Quirk::NullAsAbsent(_) => "the real service reads null as not given",
            Quirk::NoRoute => {
                "the real service answers a method or path it has no route for with NestJS's 404"
            }
        }
    }
}
