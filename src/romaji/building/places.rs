//! Place names inside building names, read from the gazetteer's kana:
//! `data/place_names.tsv` (every prefecture, municipality and town name with
//! kanji, and its most common reading), embedded, and indexed in two hash
//! tables (names, and the prefixes of names) the first time a building has
//! kanji: nothing is parsed at start-up, and each lookup is one hash probe.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
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

/// FNV-1a: short keys, no need for SipHash's flood resistance (the keys
/// are the embedded table's, the probes at most 10 chars).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Fast = BuildHasherDefault<Fnv>;

struct Index {
    /// Name → its readings, `;`-separated.
    names: HashMap<&'static str, &'static str, Fast>,
    /// Every proper prefix (2 chars or more) of a longer name.
    prefixes: HashSet<&'static str, Fast>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut names = HashMap::with_capacity_and_hasher(13_000, Fast::default());
        let mut prefixes = HashSet::with_capacity_and_hasher(20_000, Fast::default());
        for line in TSV.lines().skip(1) {
            let Some((name, kana)) = line.split_once('\t') else {
                continue;
            };
            names.insert(name, kana);
            let ends = name.char_indices().map(|(i, _)| i).skip(2);
            prefixes.extend(ends.filter_map(|end| name.get(..end)));
        }
        Index { names, prefixes }
    })
}

/// What the table says about `kanji`: its reading if it is a name, and
/// whether some longer name starts with it (so longer spans are worth
/// looking up).
pub(crate) fn lookup(kanji: &str) -> (Option<&'static str>, bool) {
    let index = index();
    let probe = |key: &str| (index.names.get(key).copied(), index.prefixes.contains(key));
    if kanji.contains('ヶ') {
        return probe(&kanji.replace('ヶ', "ケ"));
    }
    probe(kanji)
}

#[cfg(test)]
mod tests {
    use super::*;

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
