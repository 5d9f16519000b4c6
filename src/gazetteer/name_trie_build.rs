//! Lays out, at build time, the prefecture and municipality name indexes
//! that `src/gazetteer/name_table.rs` reads in place: `build.rs` includes
//! this file (`#[path]`) and calls [`write`] after inflating the tables.
//!
//! Input: sections 8 (prefecture names) and 9 (municipality names) of
//! `tables.bin`, whose rows are sorted by folded key (`data/tables.py`
//! documents them): key offset u24 and key length u8 into the string pool,
//! then the value (section 8: the prefecture u8; section 9: how the name
//! matched u8 and the municipality u16).
//!
//! Output: `OUT_DIR/name_tries.rs`, Rust source that `name_table.rs`
//! `include!`s: for each section a trie of its distinct keys as an array of
//! `TrieNode`s, one node per key prefix (by char), every node's children
//! consecutive and sorted by char, so that a lookup walks the text's chars
//! from the root with one binary search among a node's children per char;
//! the municipality-name rows as `MunicipalityMatch` values; and
//! `MOST_NESTED`, the most keys on one path of either trie (札幌市 and
//! 札幌市中央区 make 2), which sizes the search's buffer of names found.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// Reads the little-endian field of `width` bytes at `at`.
fn field(bytes: &[u8], at: usize, width: usize) -> u32 {
    let mut value = 0u32;
    for (i, &b) in bytes[at..at + width].iter().enumerate() {
        value |= u32::from(b) << (8 * i);
    }
    value
}

/// Section `index` of `tables.bin`: (first byte, row count, row size).
fn section(bin: &[u8], index: usize) -> (usize, usize, usize) {
    let entry = 16 + 12 * index;
    (
        field(bin, entry, 4) as usize,
        field(bin, entry + 4, 4) as usize,
        field(bin, entry + 8, 4) as usize,
    )
}

/// The key of each row of a name section (rows sorted by key).
fn keys<'a>(bin: &[u8], pool: &'a str, index: usize) -> Vec<&'a str> {
    let (at, count, size) = section(bin, index);
    (0..count)
        .map(|row| {
            let row = at + row * size;
            let (offset, len) = (field(bin, row, 3) as usize, field(bin, row + 3, 1) as usize);
            &pool[offset..offset + len]
        })
        .collect()
}

/// A trie node while building: children by char, and the rows of the key
/// ending here.
#[derive(Default)]
struct Node {
    children: BTreeMap<char, Node>,
    rows: Option<(u32, u32)>,
}

/// The most keys on one path down from `node` (札幌市, 札幌市中央区: 2).
fn most_nested(node: &Node) -> usize {
    let below = node.children.values().map(most_nested).max().unwrap_or(0);
    below + usize::from(node.rows.is_some())
}

/// A node as laid out: (char into it, first child, child count, first row,
/// end row).
type Record = (u32, u32, u32, u32, u32);

/// The trie of the distinct keys of rows sorted by key, as records, node 0
/// the root (see [`lay_out`] for the order).
fn trie(keys: &[&str]) -> Vec<Record> {
    let root = Node::of(keys);
    let mut records = vec![(0, 0, 0, 0, 0)];
    lay_out(&root, 0, &mut records);
    records
}

impl Node {
    /// The trie of the distinct keys of rows sorted by key.
    fn of(keys: &[&str]) -> Node {
        let mut root = Node::default();
        let mut row = 0;
        while row < keys.len() {
            let key = keys[row];
            let end = row + keys[row..].iter().take_while(|&&k| k == key).count();
            assert!(!key.is_empty(), "tables.bin: an empty name key");
            let mut node = &mut root;
            for c in key.chars() {
                node = node.children.entry(c).or_default();
            }
            node.rows = Some((row as u32, end as u32));
            row = end;
        }
        root
    }
}

/// Appends the children of `node` (record `at`) as one block, then each
/// child's subtree in turn: every node's children are consecutive, and the
/// nodes under one child of the root are all together, so that a walk
/// touches the root's children and one small region.
fn lay_out(node: &Node, at: usize, records: &mut Vec<Record>) {
    let first = records.len();
    records[at].1 = first as u32;
    records[at].2 = node.children.len() as u32;
    for (&c, child) in &node.children {
        let (start, end) = child.rows.unwrap_or((0, 0));
        records.push((u32::from(c), 0, 0, start, end));
    }
    for (i, child) in node.children.values().enumerate() {
        lay_out(child, first + i, records);
    }
}

/// `static NAME: [T; N] = [..];` for `values`.
fn array<T: std::fmt::Display>(out: &mut String, name: &str, ty: &str, values: &[T]) {
    let _ = write!(out, "static {name}: [{ty}; {}] = [", values.len());
    for (i, v) in values.iter().enumerate() {
        if i % 16 == 0 {
            out.push('\n');
        }
        let _ = write!(out, "{v},");
    }
    out.push_str("\n];\n");
}

/// The Rust source of one trie, as the static `name` of `TrieNode`s.
fn trie_source(out: &mut String, name: &str, records: &[Record]) {
    let nodes: Vec<String> = records
        .iter()
        .map(|&(c, first, count, start, end)| {
            let fits = |n: u32| u16::try_from(n).expect("a name trie field fits 16 bits");
            let (first, count, start, end) = (fits(first), fits(count), fits(start), fits(end));
            format!("n({c:#x},{first},{count},{start},{end})")
        })
        .collect();
    array(out, name, "TrieNode", &nodes);
}

/// Writes `OUT_DIR/name_tries.rs` from the inflated tables in `out_dir`.
pub fn write(out_dir: &Path) {
    let bin = std::fs::read(out_dir.join("tables.bin")).expect("tables.bin was just written");
    let pool =
        std::fs::read_to_string(out_dir.join("strings.txt")).expect("strings.txt was just written");
    let mut out = String::from("// Written by build.rs (src/gazetteer/name_trie_build.rs).\n");
    trie_source(&mut out, "PREFECTURE_NODES", &trie(&keys(&bin, &pool, 8)));
    trie_source(&mut out, "MUNICIPALITY_NODES", &trie(&keys(&bin, &pool, 9)));
    // The municipality-name rows as matches: (municipality, how).
    let (at, count, size) = section(&bin, 9);
    let matches: Vec<String> = (0..count)
        .map(|row| {
            let row = at + row * size;
            format!("m({},{})", field(&bin, row + 5, 2), field(&bin, row + 4, 1))
        })
        .collect();
    array(
        &mut out,
        "MUNICIPALITY_MATCHES",
        "MunicipalityMatch",
        &matches,
    );
    // The most names one text can start with, for the search's buffer.
    let nested = [8, 9]
        .map(|index| most_nested(&Node::of(&keys(&bin, &pool, index))))
        .into_iter()
        .max()
        .unwrap_or(0);
    let _ = writeln!(out, "const MOST_NESTED: usize = {nested};");
    super::write_if_changed(&out_dir.join("name_tries.rs"), out.as_bytes());
}
