//! How the services keep their clients: each as its answer's JSON, in a growable list that never
//! moves what it holds (fixed-size chunks), so that appending to a list of a million clients
//! never copies a million clients and stalls the request that triggered it.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

/// `value` as the JSON the mock keeps of it (and writes its answer from): one allocation of
/// exactly its size. The serializer's buffer grows by doubling, and the allocator keeps a shrunk
/// block at its old size, hence the copy.
pub(crate) fn to_kept_json<T: Serialize>(value: &T) -> Box<RawValue> {
    serde_json::value::to_raw_value(value)
        .expect("the mock's own types always serialize")
        .clone()
}

/// A value kept by [`to_kept_json`], read back.
pub(crate) fn from_kept_json<T: DeserializeOwned>(json: &RawValue) -> T {
    serde_json::from_str(json.get()).expect("a kept value reads back as it was written")
}

/// How many items a chunk holds.
const CHUNK: usize = 1024;

/// An append-only list in chunks of [`CHUNK`] items.
#[derive(Debug)]
pub(crate) struct ChunkedList<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Default for ChunkedList<T> {
    fn default() -> Self {
        Self {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<T> ChunkedList<T> {
    /// Appends an item.
    pub(crate) fn push(&mut self, item: T) {
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < CHUNK => chunk.push(item),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(item);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }

    /// The items, oldest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flatten()
    }

    /// How many items there are.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Removes every item.
    pub(crate) fn clear(&mut self) {
        self.chunks.clear();
        self.len = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_across_chunks() {
        let mut list = ChunkedList::default();
        for i in 0..(3 * CHUNK + 5) {
            list.push(i);
        }
        assert_eq!(list.len(), 3 * CHUNK + 5);
        assert!(list.iter().copied().eq(0..(3 * CHUNK + 5)));
        list.clear();
        assert!(list.len() == 0 && list.iter().next().is_none());
    }
}
