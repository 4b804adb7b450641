//! How the services keep their clients: each as its answer's JSON, in a growable list that never
//! moves what it holds (fixed-size chunks), so that appending to a list of a million clients
//! never copies a million clients and stalls the request that triggered it.

use std::collections::VecDeque;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::shared::REDACTED;

/// An answer's JSON as the mock keeps it: one allocation of exactly its size, with the bytes
/// at `secret` (where the answer showed one) replaced by [`REDACTED`]. A secret is shown once,
/// in the answer that made it, and never kept: a stored client reads back with `REDACTED`
/// where its secret was.
pub(crate) fn to_kept_json(json: &str, secret: Option<Range<usize>>) -> Box<str> {
    match secret.and_then(|at| Some((json.get(..at.start)?, json.get(at.end..)?))) {
        Some((before, after)) => [before, REDACTED, after].concat().into_boxed_str(),
        None => Box::from(json),
    }
}

/// A value kept by [`to_kept_json`], read back.
pub(crate) fn from_kept_json<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("a kept value reads back as it was written")
}

/// How many items a chunk holds.
const CHUNK: usize = 1024;

/// A list in chunks of [`CHUNK`] items: appended at the back, taken from the front.
#[derive(Debug)]
pub(crate) struct ChunkedList<T> {
    chunks: VecDeque<VecDeque<T>>,
    len: usize,
}

impl<T> Default for ChunkedList<T> {
    fn default() -> Self {
        Self {
            chunks: VecDeque::new(),
            len: 0,
        }
    }
}

impl<T> ChunkedList<T> {
    /// Appends an item.
    pub(crate) fn push(&mut self, item: T) {
        match self.chunks.back_mut() {
            Some(chunk) if chunk.len() < CHUNK => chunk.push_back(item),
            _ => {
                let mut chunk = VecDeque::with_capacity(CHUNK);
                chunk.push_back(item);
                self.chunks.push_back(chunk);
            }
        }
        self.len += 1;
    }

    /// Takes the oldest item.
    pub(crate) fn pop_front(&mut self) -> Option<T> {
        let chunk = self.chunks.front_mut()?;
        let item = chunk.pop_front();
        if chunk.is_empty() {
            self.chunks.pop_front();
        }
        self.len -= usize::from(item.is_some());
        item
    }

    /// The items, oldest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flatten()
    }

    /// How many items there are.
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

/// A queue that keeps a run of equal items once, with its length: the tenants of stored
/// clients in the order they were created, where a tenant's clients made one after another
/// (a test's usual pattern, and the bench's) take one entry, not one each.
#[derive(Debug)]
pub(crate) struct RunQueue<T> {
    runs: VecDeque<(T, usize)>,
    len: usize,
}

impl<T> Default for RunQueue<T> {
    fn default() -> Self {
        Self {
            runs: VecDeque::new(),
            len: 0,
        }
    }
}

impl<T: PartialEq + Clone> RunQueue<T> {
    /// Appends an item.
    pub(crate) fn push_back(&mut self, item: T) {
        match self.runs.back_mut() {
            Some((last, count)) if *last == item => *count += 1,
            _ => self.runs.push_back((item, 1)),
        }
        self.len += 1;
    }

    /// Takes the oldest item.
    pub(crate) fn pop_front(&mut self) -> Option<T> {
        let (item, count) = self.runs.front_mut()?;
        let item = if *count > 1 {
            *count -= 1;
            item.clone()
        } else {
            self.runs.pop_front()?.0
        };
        self.len -= 1;
        Some(item)
    }

    /// How many items there are.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Forgets every item.
    pub(crate) fn clear(&mut self) {
        self.runs.clear();
        self.len = 0;
    }
}

/// What each service stores (`GET /__mock/stats`): the admin contract's `Stats`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Stats {
    /// Autional's store.
    pub autional: StoreStats,
    /// Gropius's store.
    pub gropius: StoreStats,
}

/// One service's store (`GET /__mock/stats`): the admin contract's `StoreStats`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct StoreStats {
    /// Clients stored now.
    pub stored_clients: u64,
    /// Clients dropped since the last reset because the store was full (the oldest go first).
    pub dropped_clients: u64,
    /// The most clients kept (`--max-clients`).
    pub max_clients: u64,
}

/// How many clients a service keeps, and how many it dropped to stay there since the last reset.
#[derive(Debug)]
pub(crate) struct Capacity {
    max: usize,
    dropped: AtomicU64,
    warned: AtomicBool,
}

impl Capacity {
    pub(crate) fn new(max: usize) -> Self {
        Self {
            max: max.max(1),
            dropped: AtomicU64::new(0),
            warned: AtomicBool::new(false),
        }
    }

    /// Whether a store holding `stored` clients must drop its oldest.
    pub(crate) fn is_exceeded_by(&self, stored: usize) -> bool {
        stored > self.max
    }

    /// Counts one dropped client; the first one is logged.
    pub(crate) fn note_dropped(&self, service: &'static str) {
        self.dropped.fetch_add(1, Ordering::Relaxed);
        if !self.warned.swap(true, Ordering::Relaxed) {
            tracing::warn!(
                service,
                max_clients = self.max,
                "the store is full: each create now drops the oldest stored client (counted in GET /__mock/stats)"
            );
        }
    }

    /// The counts of a store holding `stored` clients.
    pub(crate) fn stats(&self, stored: usize) -> StoreStats {
        StoreStats {
            stored_clients: stored as u64,
            dropped_clients: self.dropped.load(Ordering::Relaxed),
            max_clients: self.max as u64,
        }
    }

    pub(crate) fn reset(&self) {
        self.dropped.store(0, Ordering::Relaxed);
        self.warned.store(false, Ordering::Relaxed);
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
        for i in 0..(CHUNK + 2) {
            assert_eq!(list.pop_front(), Some(i));
        }
        assert_eq!(list.len(), 2 * CHUNK + 3);
        assert!(list.iter().copied().eq((CHUNK + 2)..(3 * CHUNK + 5)));
        while list.pop_front().is_some() {}
        assert!(list.len() == 0 && list.iter().next().is_none());
    }

    #[test]
    fn a_kept_answer_holds_no_secret() {
        let shown = r#"{"id":"x","client_secret":"s3cr3t","name":"s3cr3t too"}"#;
        let kept = to_kept_json(shown, Some(27..33));
        assert_eq!(
            &*kept,
            r#"{"id":"x","client_secret":"<redacted>","name":"s3cr3t too"}"#
        );
        assert_eq!(&*to_kept_json(shown, None), shown);
    }

    #[test]
    fn a_run_queue_gives_back_what_it_was_given_in_order() {
        let mut queue = RunQueue::default();
        let given = ["a", "a", "b", "a", "a", "a", "c"];
        for item in given {
            queue.push_back(item);
        }
        assert_eq!(queue.len(), given.len());
        assert_eq!(queue.runs.len(), 4);
        let taken: Vec<_> = std::iter::from_fn(|| queue.pop_front()).collect();
        assert_eq!(taken, given);
        assert_eq!(queue.len(), 0);
        queue.push_back("d");
        queue.clear();
        assert!(queue.len() == 0 && queue.pop_front().is_none());
    }
}
