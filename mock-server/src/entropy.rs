//! Every generated id and secret comes from here: the operating system's randomness, or a
//! seeded generator so that a run is reproducible.

use std::sync::Mutex;

use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The source of the mock's random bytes.
#[derive(Debug)]
pub(crate) enum Entropy {
    /// The thread-local generator seeded by the operating system.
    Os,
    /// A ChaCha8 generator from a seed: the same seed and the same sequence of requests give
    /// the same ids and secrets (ChaCha8's output is fixed by its specification).
    Seeded(Box<Mutex<ChaCha8Rng>>),
}

impl Entropy {
    /// A reproducible source from `seed`.
    pub(crate) fn seeded(seed: u64) -> Self {
        Entropy::Seeded(Box::new(Mutex::new(ChaCha8Rng::seed_from_u64(seed))))
    }

    /// Fills `bytes` with random bytes.
    pub(crate) fn fill(&self, bytes: &mut [u8]) {
        match self {
            Entropy::Os => rand::rng().fill_bytes(bytes),
            Entropy::Seeded(rng) => rng
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .fill_bytes(bytes),
        }
    }

    /// `N` random bytes.
    pub(crate) fn bytes<const N: usize>(&self) -> [u8; N] {
        let mut bytes = [0; N];
        self.fill(&mut bytes);
        bytes
    }

    /// `N` random bytes as lowercase hex.
    pub(crate) fn hex<const N: usize>(&self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut text = String::with_capacity(2 * N);
        for byte in self.bytes::<N>() {
            text.push(char::from(DIGITS[usize::from(byte >> 4)]));
            text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
        }
        text
    }
}
