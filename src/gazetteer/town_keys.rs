//! One municipality's town names by folded key ([`name_key`](super::name_key)),
//! for exact and prefix lookups. The keys and their sorted order are
//! precomputed in the compiled tables (`gazetteer::tables` tests both against
//! `name_key`), so a lookup reads them in place: nothing is built on first
//! use.

use std::sync::OnceLock;

use super::tables;

/// How many towns named at the start of a text are kept without allocating.
pub(super) const INLINE_PREFIXES: usize = 4;

/// The towns named at the start of a text, as (byte length, town).
pub(super) type TownPrefixes = crate::text::InlineVec<(usize, u32), INLINE_PREFIXES>;

/// Every how many keys [`TownKeys`] samples a key.
const STRIDE: u32 = 8;

/// What is kept per municipality, on its first use: where its non-empty
/// keys start (empty keys sort first), and the first four bytes
/// ([`first_four`]) of every [`STRIDE`]th non-empty key from there, so
/// that a binary search narrows to [`STRIDE`] keys by comparing numbers
/// and decodes keys from the tables only there. A few dozen keys decoded
/// per municipality; 4 bytes per 8 towns, ~60 KB if every municipality is
/// used. The array itself is zeros until then (`.bss`).
struct Sampled {
    start: u32,
    firsts: Box<[u32]>,
}

static SAMPLED: [OnceLock<Sampled>; tables::MUNICIPALITIES.len() as usize] =
    [const { OnceLock::new() }; tables::MUNICIPALITIES.len() as usize];

/// The towns of one municipality in key order (empty keys, i.e. the
/// city-wide entry, left out); values are town ids.
#[derive(Clone, Copy, Debug)]
pub(super) struct TownKeys {
    /// The municipality's first town id.
    first_town: u32,
    /// The positions in key order that have a non-empty key.
    start: u32,
    end: u32,
    /// The first four bytes of the keys at `start`, `start + STRIDE`, ...
    samples: &'static [u32],
}

impl TownKeys {
    /// The towns of the municipality with this index.
    pub(super) fn of(municipality: u32) -> TownKeys {
        let first_town = tables::first_town(municipality);
        let count = tables::first_town(municipality + 1).saturating_sub(first_town);
        let mut keys = TownKeys {
            first_town,
            start: 0,
            end: count,
            samples: &[],
        };
        let Some(cell) = SAMPLED.get(municipality as usize) else {
            return keys;
        };
        let sampled = cell.get_or_init(|| {
            let mut start = 0;
            while start < keys.end && keys.key(start).is_empty() {
                start += 1;
            }
            let firsts = (start..keys.end)
                .step_by(STRIDE as usize)
                .map(|p| first_four(keys.key(p)))
                .collect();
            Sampled { start, firsts }
        });
        keys.start = sampled.start;
        keys.samples = &sampled.firsts;
        keys
    }

    /// The town at `position` in key order, and its key.
    fn town(&self, position: u32) -> u32 {
        tables::town_by_key(self.first_town, position)
    }

    #[inline(always)]
    fn key(&self, position: u32) -> &'static str {
        tables::key_by_position(self.first_town, position)
    }

    /// The first position whose key is not less than `key` (with `or_equal`:
    /// greater than `key`).
    ///
    /// A key whose first four bytes ([`first_four`]) are below `key`'s
    /// sorts before it, one whose first four are above sorts after it and
    /// does not start with it: the samples narrow the search to the keys
    /// whose first four bytes are `key`'s, give or take [`STRIDE`].
    fn lower_bound(&self, key: &str, or_equal: bool) -> u32 {
        let (mut lo, mut hi) = self.sampled_range(first_four(key), true);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let at_mid = self.key(mid);
            let below = match key_against_text(key, at_mid) {
                // The key at `mid` starts with `key`: equal, or longer.
                KeyOrder::Prefix => or_equal && at_mid.len() == key.len(),
                // `key` sorts before the key at `mid`.
                KeyOrder::Before => false,
                KeyOrder::After => true,
            };
            if below {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The positions `lo..hi` to search, by the samples, for the first key
    /// that is not below a search whose first four bytes are `four`
    /// (`hi` itself may be the answer): keys up to the last sample below
    /// `four` are below it; the first sample above it (with `ties`, the
    /// first not below it), or the end, is not.
    fn sampled_range(&self, four: u32, ties: bool) -> (u32, u32) {
        let samples = self.samples;
        // Sample `b` is the key at `start + b * STRIDE`.
        let below = samples.partition_point(|&sample| sample < four);
        let not_after = match ties {
            true => below + samples[below..].partition_point(|&sample| sample == four),
            false => below,
        };
        let lo = match below as u32 {
            0 => self.start,
            block => self.start + (block - 1) * STRIDE + 1,
        };
        let hi = (self.start + not_after as u32 * STRIDE).min(self.end);
        (lo, hi)
    }

    /// The first position whose key does not sort before the char `head`
    /// (its UTF-8 bytes): [`Self::lower_bound`] for a one-char key,
    /// comparing the first four bytes of each key as one number. The
    /// samples narrow it to the [`STRIDE`] keys after the last sample below
    /// `head`, up to the first sample not below it.
    fn lower_bound_char(&self, head: &str) -> u32 {
        let head = first_four(head);
        let (mut lo, mut hi) = self.sampled_range(head, false);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if first_four(self.key(mid)) < head {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The towns whose folded name is `key`.
    pub(super) fn get(self, key: &str) -> impl Iterator<Item = u32> + '_ {
        let start = self.lower_bound(key, false);
        (start..self.end)
            .take_while(move |&p| self.key(p) == key)
            .map(move |p| self.town(p))
    }

    /// The towns whose folded name starts with `prefix` and is longer, as
    /// (folded name, town), in key order.
    pub(super) fn extending(self, prefix: &str) -> impl Iterator<Item = (&'static str, u32)> + '_ {
        let start = self.lower_bound(prefix, true);
        (start..self.end)
            .map(move |p| (self.key(p), self.town(p)))
            .take_while(move |(k, _)| k.starts_with(prefix))
    }

    /// The towns whose folded name ends with one of `tails` (shortest
    /// first) and is longer than it, as (folded name, town), in key order:
    /// one scan over the keys, a town decoded only when its key matches.
    /// Without tails nothing is scanned. (A sorted copy of every
    /// municipality's keys written backwards, kept for the run, made this a
    /// range search but held 1.8–2.6 MB of heap on a nationwide batch.)
    pub(super) fn ending_with<'a>(
        self,
        tails: &'a [&'a str],
    ) -> impl Iterator<Item = (&'static str, u32)> + 'a {
        debug_assert!(tails.windows(2).all(|w| w[0].len() <= w[1].len()));
        let shortest = tails.first().map_or(usize::MAX, |tail| tail.len());
        let positions = if tails.is_empty() {
            0..0
        } else {
            self.start..self.end
        };
        positions
            .map(move |p| (p, self.key(p)))
            .filter(move |&(_, key)| {
                key.len() > shortest
                    && tails
                        .iter()
                        .take_while(|tail| tail.len() < key.len())
                        .any(|tail| key.as_bytes().ends_with(tail.as_bytes()))
            })
            .map(move |(p, key)| (key, self.town(p)))
    }

    /// Every town name that is a prefix of `text`, longest first, as (byte
    /// length, town); towns of one name by id, highest first. Only the keys
    /// that share `text`'s first character are compared, and they sit
    /// together in key order. Nothing is allocated unless more than
    /// [`INLINE_PREFIXES`] towns match.
    pub(super) fn prefixes(&self, text: &str) -> TownPrefixes {
        let mut found = TownPrefixes::default();
        let Some(first) = text.chars().next() else {
            return found;
        };
        let mut head = [0u8; 4];
        let head: &str = first.encode_utf8(&mut head);
        for position in self.lower_bound_char(head)..self.end {
            let key = tables::key_bytes_by_position(self.first_town, position);
            // A prefix of `text` sorts before or at it (a key of another
            // first char, after `head`, sorts after it).
            match key_bytes_against_text(key, text.as_bytes()) {
                KeyOrder::Prefix => found.push((key.len(), self.town(position))),
                KeyOrder::Before => {}
                KeyOrder::After => break,
            }
        }
        found.as_mut_slice().sort_unstable_by(|a, b| b.cmp(a));
        found
    }
}

/// Where a key stands against a text: a prefix of it, sorting before it
/// otherwise, or after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum KeyOrder {
    Prefix,
    Before,
    After,
}

/// [`KeyOrder`] of `key` against `text`, by one pass over their shared
/// start (byte order, as `str` sorts; place names are short, so this beats
/// two calls to `memcmp`).
#[inline]
pub(super) fn key_against_text(key: &str, text: &str) -> KeyOrder {
    key_bytes_against_text(key.as_bytes(), text.as_bytes())
}

/// [`key_against_text`] on the bytes.
#[inline(always)]
fn key_bytes_against_text(key: &[u8], text: &[u8]) -> KeyOrder {
    let shared = key.iter().zip(text).take_while(|(k, t)| k == t).count();
    match (key.get(shared), text.get(shared)) {
        (None, _) => KeyOrder::Prefix,
        (Some(k), Some(t)) if k < t => KeyOrder::Before,
        _ => KeyOrder::After,
    }
}

/// The first four bytes of `text`, zero-padded, as a number that sorts as
/// the text does against a text of one char (at most four bytes): zero
/// bytes sort first, as a shorter text does.
fn first_four(text: &str) -> u32 {
    // Shifted in one by one: a copy loop here compiles to a call to memcpy.
    let byte = |at: usize| u32::from(text.as_bytes().get(at).copied().unwrap_or(0));
    (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `prefixes` finds every town name that starts a text, as a scan over
    /// all the municipality's keys does, longest first: for every town of
    /// every seventh municipality, its name alone, followed by more, and
    /// short of its last char.
    #[test]
    fn keys_stand_against_a_text_as_str_sorts_them() {
        for (key, text) in [
            ("", "築地"),
            ("築地", "築地"),
            ("築地", "築地1丁目"),
            ("築", "築地"),
            ("築地町", "築地"),
            ("築港", "築地"),
            ("中", "築地"),
            ("北", "築地"),
            ("a", ""),
            ("ab", "b"),
        ] {
            let expected = if text.starts_with(key) {
                KeyOrder::Prefix
            } else if key < text {
                KeyOrder::Before
            } else {
                KeyOrder::After
            };
            assert_eq!(key_against_text(key, text), expected, "{key} {text}");
        }
    }

    /// `ending_with` finds every longer key that ends with one of the
    /// tails, as a filter over all the municipality's keys does: for every
    /// 13th municipality, the tails of each key's last one to three chars.
    #[test]
    fn ending_with_is_every_longer_name_with_a_tail() {
        let mut checked = 0;
        for municipality in (0..tables::MUNICIPALITIES.len()).step_by(13) {
            let keys = TownKeys::of(municipality);
            let all: Vec<(&str, u32)> = (keys.start..keys.end)
                .map(|p| (keys.key(p), keys.town(p)))
                .collect();
            for &(key, _) in all.iter().step_by(5) {
                let chars: Vec<(usize, char)> = key.char_indices().collect();
                let mut tails: Vec<&str> = chars
                    .iter()
                    .rev()
                    .take(3)
                    .map(|&(at, _)| &key[at..])
                    .collect();
                tails.sort_by_key(|tail| tail.len());
                let expected: Vec<(&str, u32)> = all
                    .iter()
                    .filter(|(k, _)| {
                        tails
                            .iter()
                            .any(|tail| k.len() > tail.len() && k.ends_with(tail))
                    })
                    .copied()
                    .collect();
                let found: Vec<(&str, u32)> = keys.ending_with(&tails).collect();
                assert_eq!(found, expected, "{tails:?}");
                checked += 1;
            }
        }
        assert!(checked > 1_000, "{checked} keys checked");
        assert_eq!(TownKeys::of(0).ending_with(&[]).count(), 0);
    }

    /// The sampled search finds the first key not below a char as a scan
    /// does: in every municipality, for each key's first char, the chars
    /// next to it, and chars before and after every key.
    #[test]
    fn lower_bound_char_is_the_first_key_not_below_the_char() {
        for municipality in 0..tables::MUNICIPALITIES.len() {
            let keys = TownKeys::of(municipality);
            let all: Vec<u32> = (keys.start..keys.end)
                .map(|p| first_four(keys.key(p)))
                .collect();
            let mut heads: Vec<char> = vec!['\0', '0', '一', '\u{10FFFF}'];
            for p in (keys.start..keys.end).step_by(3) {
                let c = keys.key(p).chars().next().unwrap_or('a');
                heads.push(c);
                heads.extend(char::from_u32(u32::from(c) + 1));
                heads.extend(char::from_u32(u32::from(c).saturating_sub(1)));
            }
            for head in heads {
                let mut buf = [0u8; 4];
                let head = head.encode_utf8(&mut buf);
                let expected = all.partition_point(|&k| k < first_four(head)) as u32;
                assert_eq!(
                    keys.lower_bound_char(head),
                    keys.start + expected,
                    "{municipality} {head}"
                );
            }
        }
    }

    /// The sampled `lower_bound` answers as a search over every key does:
    /// for every 5th key of every municipality, the key, the key short of
    /// its last char, and the key with a char after it, with and without
    /// `or_equal`.
    #[test]
    fn lower_bound_is_the_first_key_not_below() {
        for municipality in 0..tables::MUNICIPALITIES.len() {
            let keys = TownKeys::of(municipality);
            let all: Vec<&str> = (keys.start..keys.end).map(|p| keys.key(p)).collect();
            for &key in all.iter().step_by(5) {
                let mut shorter = key.to_owned();
                shorter.pop();
                for text in [key.to_owned(), shorter, format!("{key}丁"), String::new()] {
                    for or_equal in [false, true] {
                        let expected = all.partition_point(|&k| {
                            k < text.as_str() || (or_equal && k == text.as_str())
                        }) as u32;
                        assert_eq!(
                            keys.lower_bound(&text, or_equal),
                            keys.start + expected,
                            "{municipality} {text} {or_equal}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn prefixes_are_every_town_name_that_starts_the_text() {
        let municipalities = tables::MUNICIPALITIES.len();
        let mut towns = 0;
        for municipality in (0..municipalities).step_by(7) {
            let keys = TownKeys::of(municipality);
            let all: Vec<(&str, u32)> = (keys.start..keys.end)
                .map(|p| (keys.key(p), keys.town(p)))
                .collect();
            for &(key, _) in &all {
                towns += 1;
                let mut shorter = key.to_owned();
                shorter.pop();
                for text in [key.to_owned(), format!("{key}1丁目"), shorter] {
                    let mut expected: Vec<(usize, u32)> = all
                        .iter()
                        .filter(|(k, _)| text.starts_with(k))
                        .map(|&(k, town)| (k.len(), town))
                        .collect();
                    expected.sort_unstable_by(|a, b| b.cmp(a));
                    assert_eq!(keys.prefixes(&text).as_slice(), expected, "{text}");
                }
            }
        }
        assert!(towns > 10_000, "{towns} towns checked");
    }
}
