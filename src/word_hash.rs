//! One fast hash for the crate's own short keys: words and place names of a
//! few chars (from the embedded tables or an address), and integers (the
//! per-thread memos' keys). Eight bytes per rotate, xor and multiply by the
//! golden ratio; SipHash, the standard map's default, would cost more than
//! the rest of a lookup, and these keys come from our own data and code, so
//! no defence against chosen collisions is needed.
//!
//! `build.rs` includes this file too (`#[path]`), to lay out the place-name
//! table with the same hash the crate probes it with, so it uses nothing of
//! the crate.

use std::hash::Hasher;

/// Mixes one word into a hash (the multiply fills the top bits, which
/// hashbrown and the place-name table read).
#[inline]
pub(crate) fn mix(hash: u64, word: u64) -> u64 {
    (hash.rotate_left(26) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Mixes `bytes` into a hash, eight at a time; a last partial word is
/// zero-padded (read byte by byte: a copy of variable length is a call).
#[inline]
pub(crate) fn mix_bytes(mut hash: u64, bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = mix(hash, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let word = rest
            .iter()
            .rev()
            .fold(0u64, |word, &b| word << 8 | u64::from(b));
        hash = mix(hash, word);
    }
    hash
}

/// The hash of one string: its bytes, then its length (so that a string and
/// the same string with zero bytes after it differ).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    mix(mix_bytes(0, bytes), bytes.len() as u64)
}

/// [`mix`] as a [`Hasher`], for `HashMap<K, V, BuildHasherDefault<WordHasher>>`
/// with short string or integer keys.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = mix_bytes(self.0, bytes);
    }

    fn write_u8(&mut self, n: u8) {
        self.0 = mix(self.0, u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = mix(self.0, n);
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = mix(self.0, n as u64);
    }

    fn write_u128(&mut self, n: u128) {
        self.0 = mix(mix(self.0, n as u64), (n >> 64) as u64);
    }
}

/// A `HashMap` with [`WordHasher`], for the crate's short string and
/// integer keys.
pub(crate) type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, BuildHasherDefault};

    /// A partial last word is the zero-padded little-endian word.
    #[test]
    fn partial_word_is_zero_padded() {
        let bytes = b"0123456789";
        let tail = u64::from_le_bytes([b'8', b'9', 0, 0, 0, 0, 0, 0]);
        let head = u64::from_le_bytes(*b"01234567");
        assert_eq!(mix_bytes(0, bytes), mix(mix(0, head), tail));
        assert_ne!(hash_bytes(b"ab"), hash_bytes(b"ab\0"));
    }

    /// Integer keys that differ in any part hash apart, and the top bits
    /// (which the tables read) vary with them.
    #[test]
    fn spreads_integer_keys() {
        let build = BuildHasherDefault::<WordHasher>::default();
        let mut tops = std::collections::HashSet::new();
        for n in 1u64..1024 {
            tops.insert(build.hash_one(n) >> 54);
            assert_ne!(
                build.hash_one(u128::from(n)),
                build.hash_one(u128::from(n) << 64)
            );
        }
        assert!(tops.len() > 500, "{}", tops.len());
    }
}
