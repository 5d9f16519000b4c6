//! Writes UniDic's loanword table into `OUT_DIR` in the layout of
//! `src/romaji/loanwords/unidic_format.rs` (run by `build.rs`, which
//! includes this file). Fails the build, naming the line, on a table that
//! does not fit the layout.

use std::path::Path;

use crate::unidic_format::{kana_code, BLOCK, MAX_KEY};

/// The table, written by `python3 data/gen_loanwords.py`.
pub const SOURCE: &str = "data/loanwords_unidic.tsv";

/// Reads [`SOURCE`] and writes the four files of the layout into `out_dir`
/// (each only if it changed).
pub fn write(out_dir: &Path) {
    let tsv =
        std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("cannot read {SOURCE}: {e}"));
    let mut entries: Vec<(Vec<u8>, &str)> = Vec::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let Some((word, english)) = line.split_once('\t') else {
            panic!("{SOURCE}:{}: no tab", n + 1);
        };
        let key: Option<Vec<u8>> = word.chars().map(kana_code).collect();
        let key = key.unwrap_or_else(|| panic!("{SOURCE}:{}: {word:?} is not katakana", n + 1));
        assert!(
            (1..=MAX_KEY).contains(&key.len()) && !english.is_empty() && !english.contains('\n'),
            "{SOURCE}:{}: {word:?} is longer than {MAX_KEY} kana, or its value is empty",
            n + 1
        );
        entries.push((key, english));
    }
    // Sorted by key (the codes sort as the chars do, so the file's order),
    // one value per key.
    entries.sort();
    for pair in entries.windows(2) {
        assert!(pair[0].0 != pair[1].0, "{SOURCE}: a word twice");
    }

    let (mut keys, mut values, mut blocks, mut firsts) =
        (Vec::new(), String::new(), Vec::new(), Vec::new());
    for block in entries.chunks(BLOCK) {
        for offset in [keys.len(), values.len(), firsts.len()] {
            let offset = u32::try_from(offset).expect("the table is below 4 GB");
            blocks.extend_from_slice(&offset.to_le_bytes());
        }
        firsts.extend_from_slice(&block[0].0);
        let mut previous: &[u8] = &[];
        for (key, english) in block {
            let shared = key.iter().zip(previous).take_while(|(a, b)| a == b).count();
            let suffix = &key[shared..];
            // Both below MAX_KEY (32): one byte each.
            keys.extend_from_slice(&[shared as u8, suffix.len() as u8]);
            keys.extend_from_slice(suffix);
            values.push_str(english);
            values.push('\n');
            previous = key;
        }
    }
    let out = |name: &str, bytes: &[u8]| crate::write_if_changed(&out_dir.join(name), bytes);
    out("loanwords_unidic.keys", &keys);
    out("loanwords_unidic.values", values.as_bytes());
    out("loanwords_unidic.blocks", &blocks);
    out("loanwords_unidic.firsts", &firsts);
}
