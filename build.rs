//! Inflates the gazetteer tables, committed compressed as
//! `data/tables.bin.zlib` and `data/strings.txt.zlib` (zlib streams written
//! by `python3 data/generate.py` through `data/tables.py`), into `OUT_DIR`,
//! where `src/gazetteer/tables.rs` embeds them with `include_bytes!` /
//! `include_str!`. The compiled-in tables are the inflated bytes: the
//! compression saves only repository and package size, not memory.
//!
//! It lays out the prefecture and municipality name tries
//! (`src/gazetteer/name_trie_build.rs`), and the hash table of `data/place_names.tsv`
//! (`src/gazetteer/place_names.rs` documents it), so that looking a place
//! name up needs no table built at run time; and it recodes UniDic's
//! loanword table compactly (`src/romaji/loanwords/unidic_build.rs`).
//!
//! Nothing here needs the network or Python. A damaged file fails the build
//! with its name.

use std::path::Path;

#[path = "src/word_hash.rs"]
#[allow(dead_code)]
mod word_hash;

#[path = "src/gazetteer/place_hash.rs"]
#[allow(dead_code)]
mod place_hash;

#[path = "src/gazetteer/name_trie_build.rs"]
mod name_trie_build;

#[path = "src/romaji/loanwords/unidic_format.rs"]
#[allow(dead_code)]
mod unidic_format;

#[path = "src/romaji/loanwords/unidic_build.rs"]
mod unidic_build;

/// The place names, embedded by `src/gazetteer/place_names.rs`.
const PLACE_NAMES: &str = "data/place_names.tsv";

/// The committed compressed tables, and the name each inflates to.
const TABLES: [(&str, &str); 2] = [
    ("data/tables.bin.zlib", "tables.bin"),
    ("data/strings.txt.zlib", "strings.txt"),
];

fn main() {
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for (committed, inflated) in TABLES {
        println!("cargo::rerun-if-changed={committed}");
        let compressed =
            std::fs::read(committed).unwrap_or_else(|e| panic!("cannot read {committed}: {e}"));
        let bytes = miniz_oxide::inflate::decompress_to_vec_zlib(&compressed)
            .unwrap_or_else(|e| panic!("{committed} is not a zlib stream: {e:?}"));
        write_if_changed(&Path::new(&out_dir).join(inflated), &bytes);
    }
    name_trie_build::write(Path::new(&out_dir));
    println!("cargo::rerun-if-changed=src/gazetteer/name_trie_build.rs");
    println!("cargo::rerun-if-changed={PLACE_NAMES}");
    let tsv = std::fs::read_to_string(PLACE_NAMES)
        .unwrap_or_else(|e| panic!("cannot read {PLACE_NAMES}: {e}"));
    write_if_changed(
        &Path::new(&out_dir).join("place_names.idx"),
        &place_slots(&tsv),
    );
    unidic_build::write(Path::new(&out_dir));
    println!("cargo::rerun-if-changed={}", unidic_build::SOURCE);
    println!("cargo::rerun-if-changed=src/romaji/loanwords/unidic_build.rs");
    println!("cargo::rerun-if-changed=src/romaji/loanwords/unidic_format.rs");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/gazetteer/place_hash.rs");
    println!("cargo::rerun-if-changed=src/word_hash.rs");
}

/// Writes `bytes` to `target` unless it already holds them, so that the
/// crate is not rebuilt for nothing.
fn write_if_changed(target: &Path, bytes: &[u8]) {
    if std::fs::read(target).ok().as_deref() != Some(bytes) {
        std::fs::write(target, bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    }
}

/// The slots of the place-name table (format in
/// `src/gazetteer/place_names.rs`): every name of the TSV (a line
/// `name<TAB>readings`) and every proper prefix of two characters or more of
/// a name, by open addressing (linear probing) at a load of at most 3/5,
/// one little-endian `u32` each.
fn place_slots(tsv: &str) -> Vec<u8> {
    use std::collections::BTreeMap;
    // key -> (offset of a line starting with it, the length of its readings
    // when it is a name, a longer name starts with it).
    let mut keys: BTreeMap<&str, (usize, Option<usize>, bool)> = BTreeMap::new();
    let mut at = 0;
    for (i, line) in tsv.split_inclusive('\n').enumerate() {
        let start = at;
        at += line.len();
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        let Some((name, readings)) = line.split_once('\t') else {
            continue;
        };
        if i == 0 {
            continue;
        }
        let entry = keys.entry(name).or_insert((start, None, false));
        // A name's own line, for its readings (the last line wins).
        (entry.0, entry.1) = (start, Some(readings.len()));
        for end in name.char_indices().map(|(i, _)| i).skip(2) {
            keys.entry(&name[..end]).or_insert((start, None, false)).2 = true;
        }
    }
    let bits = (keys.len() * 5 / 3 + 1)
        .next_power_of_two()
        .max(2)
        .trailing_zeros();
    let mask = (1usize << bits) - 1;
    let mut slots = vec![0u32; 1 << bits];
    for (key, (line, readings, longer)) in keys {
        assert!(
            key.len() < 64 && line < 1 << 20,
            "{PLACE_NAMES}: {key:?} does not fit a slot (name < 64 bytes, file < 1 MB)"
        );
        let hash = place_hash::place_hash(key.as_bytes());
        let entry = line as u32
            | (key.len() as u32) << 20
            | u32::from(readings.is_some()) << 26
            | u32::from(longer) << 27
            | place_hash::tag(hash) << 28;
        let mut i = place_hash::first_slot(hash, bits);
        while slots[i] != 0 {
            i = (i + 1) & mask;
        }
        slots[i] = entry;
    }
    slots.iter().flat_map(|slot| slot.to_le_bytes()).collect()
}
