//! Serde helpers shared by the wire types.

use serde::{Deserialize, Deserializer};

/// For an optional property that may be left out but, when present, must hold a value: `null`
/// is refused with the type error serde gives for it (`invalid type: null, expected a string`).
/// Use with `#[serde(default, deserialize_with = "present")]`.
pub(crate) fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// For an optional property that may also be `null`: absent is `None`, `null` is `Some(None)`.
/// Use with `#[serde(default, deserialize_with = "nullable")]`.
pub(crate) fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}
