//! Place names inside building names, read from the gazetteer's kana:
//! `data/place_names.tsv` (every prefecture, municipality and town name with
//! kanji, and its most common reading), embedded, and indexed in one hash
//! table (names, and the prefixes of names; 128 KB of offsets into the
//! embedded text) the first time a building has kanji: nothing is parsed at
//! start-up, and each lookup is one hash probe.

use std::hash::Hasher;
use std::sync::OnceLock;

static TSV: &str = include_str!("../../../data/place_names.tsv");

/// The longest place name looked up, in chars (longer spans are never
/// names in building text).
pub(crate) const MAX_CHARS: usize = 10;

/// The kana of the place named exactly `kanji` (ヶ may be written ケ or ヶ),
/// with `|` before a kanji whose reading starts with a vowel.
#[cfg(test)]
pub(crate) fn place_reading(kanji: &str) -> Option<&'static str> {
    lookup(kanji).0.map(|r| choose(kanji, r))
}

/// One of a name's readings (`;`-separated, most common first): the one
/// kakasi agrees with (神保町: ジンボウチョウ, not シンボマチ), or the first.
pub(crate) fn choose(kanji: &str, readings: &'static str) -> &'static str {
    let mut all = readings.split(';');
    let first = all.next().unwrap_or(readings);
    if !readings.contains(';') {
        return first;
    }
    let Some(kakasi) = crate::romaji::kanji_to_hiragana(kanji) else {
        return first;
    };
    let kakasi: String = kakasi
        .chars()
        .map(crate::romaji::hepburn::to_katakana)
        .collect();
    std::iter::once(first)
        .chain(all)
        .find(|r| r.chars().filter(|&c| c != '|').eq(kakasi.chars()))
        .unwrap_or(first)
}

/// One key of the index in a `u32`: where the name it starts is in the
/// TSV (a byte offset, [`OFFSET_BITS`] bits), its length in bytes (6 bits),
/// four more bits of its hash (most keys that are not it are told apart
/// without reading the text), and whether it is a name ([`IS_NAME`]) and a
/// proper prefix of a longer one ([`LONGER`]). 0 is an empty slot (offset 0
/// is the TSV's header line).
type Slot = u32;

const OFFSET_BITS: u32 = 20;
const LEN_MASK: Slot = 0x3F;
const TAG_SHIFT: u32 = OFFSET_BITS + 6;
const TAG_MASK: Slot = 0xF << TAG_SHIFT;
const IS_NAME: Slot = 1 << 30;
const LONGER: Slot = 1 << 31;

/// 2^15 slots for the ~16,400 names and prefixes: at most half full, 128
/// KB, built in one pass over the TSV.
const SLOT_BITS: u32 = 15;

/// Every name and every proper prefix of a name (2 chars or more), in one
/// open-addressed table of [`Slot`]s that point into the embedded TSV
/// (nothing copied): one probe per lookup.
struct Index {
    slots: Vec<Slot>,
}

/// Where `key`'s probe starts, and its tag bits (in place in a [`Slot`]).
fn hash(key: &[u8]) -> (usize, Slot) {
    let mut hasher = super::WordHasher::default();
    hasher.write(key);
    let hash = hasher.finish();
    let tag = ((hash >> (64 - SLOT_BITS - 4)) & 0xF) as Slot;
    ((hash >> (64 - SLOT_BITS)) as usize, tag << TAG_SHIFT)
}

fn slot_start(slot: Slot) -> usize {
    (slot & ((1 << OFFSET_BITS) - 1)) as usize
}

fn slot_key(slot: Slot) -> &'static [u8] {
    let start = slot_start(slot);
    let len = ((slot >> OFFSET_BITS) & LEN_MASK) as usize;
    TSV.as_bytes().get(start..start + len).unwrap_or_default()
}

impl Index {
    fn build() -> Index {
        let mut index = Index {
            slots: vec![0; 1 << SLOT_BITS],
        };
        let bytes = TSV.as_bytes();
        // After the header line.
        let mut start =
            crate::romaji::tsv::find_newline(bytes, 0).map_or(bytes.len(), |end| end + 1);
        while start < bytes.len() {
            let end = crate::romaji::tsv::find_newline(bytes, start).unwrap_or(bytes.len());
            let line = bytes.get(start..end).unwrap_or_default();
            let mut chars = 0;
            for (i, &b) in line.iter().enumerate() {
                if b == b'\t' {
                    index.insert(start, i, IS_NAME);
                    break;
                }
                // A char starts at i: the name's first i bytes are a prefix.
                if b & 0xC0 != 0x80 {
                    if chars >= 2 {
                        index.insert(start, i, LONGER);
                    }
                    chars += 1;
                }
            }
            start = end + 1;
        }
        index
    }

    /// Marks the first `len` bytes of the name at `start` with `flag`.
    fn insert(&mut self, start: usize, len: usize, flag: Slot) {
        let (Ok(offset), Ok(len_bits)) = (Slot::try_from(start), Slot::try_from(len)) else {
            return;
        };
        if offset >> OFFSET_BITS != 0 || len_bits > LEN_MASK {
            return; // never: the TSV is 0.4 MB, its names a few chars
        }
        let key = TSV.as_bytes().get(start..start + len).unwrap_or_default();
        let mask = self.slots.len() - 1;
        let (mut i, tag) = hash(key);
        loop {
            let slot = &mut self.slots[i & mask];
            if *slot == 0 {
                *slot = offset | len_bits << OFFSET_BITS | tag | flag;
                return;
            }
            if *slot & TAG_MASK == tag && slot_key(*slot) == key {
                *slot |= flag;
                return;
            }
            i += 1;
        }
    }

    fn get(&self, key: &[u8]) -> Slot {
        let mask = self.slots.len() - 1;
        let (mut i, tag) = hash(key);
        loop {
            let slot = self.slots[i & mask];
            if slot == 0 || (slot & TAG_MASK == tag && slot_key(slot) == key) {
                return slot;
            }
            i += 1;
        }
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
}

/// What the table says about `kanji`: its reading if it is a name, and
/// whether some longer name starts with it (so longer spans are worth
/// looking up).
pub(crate) fn lookup(kanji: &str) -> (Option<&'static str>, bool) {
    const KE_SMALL: &[u8] = "ヶ".as_bytes();
    const KE: &[u8] = "ケ".as_bytes();
    let bytes = kanji.as_bytes();
    // ヶ is looked up as ケ (the data's spelling), on the stack.
    let mut buf = [0u8; 64];
    // The last byte of ヶ, then the whole char: cheaper than a substring
    // search on these few bytes.
    let has_small_ke = bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b == KE_SMALL[2] && i >= 2 && bytes.get(i - 2..=i) == Some(KE_SMALL));
    let key = match has_small_ke {
        false => bytes,
        true => match buf.get_mut(..bytes.len()) {
            Some(out) => {
                out.copy_from_slice(bytes);
                let mut i = 0;
                while let Some(at) = out
                    .get(i..)
                    .and_then(|rest| rest.windows(KE_SMALL.len()).position(|w| w == KE_SMALL))
                {
                    out[i + at..i + at + KE.len()].copy_from_slice(KE);
                    i += at + KE.len();
                }
                out
            }
            // Longer than any name.
            None => return (None, false),
        },
    };
    let slot = index().get(key);
    let readings = (slot & IS_NAME != 0).then(|| {
        let start = slot_start(slot) + key.len() + 1;
        let end = crate::romaji::tsv::find_newline(TSV.as_bytes(), start).unwrap_or(TSV.len());
        TSV.get(start..end).unwrap_or_default()
    });
    (readings, slot & LONGER != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_and_prefix_is_found() {
        use std::collections::{HashMap, HashSet};
        let mut names = HashMap::new();
        let mut prefixes = HashSet::new();
        for line in TSV.lines().skip(1) {
            let (name, readings) = line.split_once('\t').expect("NAME<TAB>READINGS");
            names.insert(name, readings);
            for (end, _) in name.char_indices().skip(2) {
                prefixes.insert(&name[..end]);
            }
        }
        for (name, readings) in &names {
            let found = index().get(name.as_bytes());
            assert!(found & IS_NAME != 0, "{name}");
            assert_eq!(found & LONGER != 0, prefixes.contains(name), "{name}");
            if !name.contains('ヶ') {
                assert_eq!(lookup(name), (Some(*readings), prefixes.contains(name)));
            }
        }
        for prefix in &prefixes {
            let found = index().get(prefix.as_bytes());
            assert!(found & LONGER != 0, "{prefix}");
            assert_eq!(found & IS_NAME != 0, names.contains_key(prefix), "{prefix}");
        }
        let used = index().slots.iter().filter(|&&s| s != 0).count();
        assert_eq!(
            used,
            names
                .keys()
                .chain(prefixes.iter())
                .collect::<HashSet<_>>()
                .len()
        );
    }

    #[test]
    fn sorted_and_found() {
        assert!(crate::romaji::tsv::assert_sorted(TSV) > 12_000);
        assert_eq!(place_reading("中之島"), Some("ナカノシマ"));
        assert_eq!(place_reading("丸の内"), Some("マルノ|ウチ"));
        assert_eq!(place_reading("東京"), Some("トウキョウ"));
        assert_eq!(place_reading("桐ヶ丘"), place_reading("桐ケ丘"));
        assert!(place_reading("桐ケ丘").is_some());
        assert_eq!(place_reading("ビル"), None);
        assert_eq!(place_reading(""), None);
        assert_eq!(lookup("中之"), (None, true));
        assert_eq!(lookup("中之島").0, Some("ナカノシマ"));
        assert_eq!(lookup("中之"), (None, true));
        assert_eq!(lookup("ビル"), (None, false));
        // Several readings: kakasi picks, else the most common.
        let jinbo = place_reading("神保町");
        if cfg!(feature = "kakasi") {
            assert_eq!(jinbo, Some("ジンボウチョウ"));
        } else {
            assert_eq!(jinbo, lookup("神保町").0.and_then(|r| r.split(';').next()));
        }
    }
}
