//! A hasher for the per-thread memos, whose keys are integers: a place's
//! address and style options (`profile::cache`), a word's hash
//! (`romaji::kanji`). SipHash, the standard map's default, would cost more
//! than the rest of a lookup; these keys are made by our own code from
//! text we read, so no defence against chosen collisions is needed.

use std::hash::Hasher;

/// One rotate, xor and multiply per 64 bits (hashbrown reads the top bits,
/// which the multiply fills): `HashMap<K, V, BuildHasherDefault<IntHasher>>`
/// for an integer `K`.
#[derive(Default)]
pub(crate) struct IntHasher(u64);

impl Hasher for IntHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(29) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_u128(&mut self, n: u128) {
        self.write_u64(n as u64);
        self.write_u64((n >> 64) as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::IntHasher;
    use std::hash::{BuildHasher, BuildHasherDefault};

    /// Keys that differ in any part hash apart, and the top bits (which the
    /// table reads) vary with them.
    #[test]
    fn spreads_integer_keys() {
        let build = BuildHasherDefault::<IntHasher>::default();
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
