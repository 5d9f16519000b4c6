//! The prefecture and municipality name indexes, laid out at build time:
//! every name a prefecture or municipality can be written by, folded
//! ([`name_key`](super::name_key)) and sorted by the generator (sections 8
//! and 9 of the compiled tables), and `build.rs`
//! (`src/gazetteer/name_trie_build.rs`) lays each section's distinct keys
//! out as a [`Trie`] that is read in place: loading the gazetteer builds
//! nothing, and a prefix search walks the text's chars once.

use super::index::{MunicipalityMatch, MunicipalityMatchKind};
use super::tables;
use super::types::*;
use std::ops::Range;

/// The names at the start of a text, shortest first, as (byte length,
/// first row, end row): at most [`MOST_NESTED`] (札幌市, 札幌市中央区), the
/// most keys on one path of the tries (`build.rs` counts them).
#[derive(Clone, Copy, Default)]
struct NamePrefixes {
    found: [(u32, u16, u16); MOST_NESTED],
    count: usize,
}

impl NamePrefixes {
    fn push(&mut self, len: usize, node: &TrieNode) {
        if let Some(slot) = self.found.get_mut(self.count) {
            *slot = (len as u32, node.rows_start, node.rows_end);
            self.count += 1;
        }
    }

    /// The names, longest first.
    fn longest_first(self) -> impl Iterator<Item = (usize, Range<u32>)> {
        let found = self.found;
        (0..self.count.min(MOST_NESTED)).rev().map(move |i| {
            let (len, start, end) = found[i];
            (len as usize, u32::from(start)..u32::from(end))
        })
    }
}

/// One node of a name trie: the char on the edge into it, where its
/// children are (consecutive, sorted by char), and the rows of the section
/// whose key ends here (consecutive, as the rows are sorted by key; empty
/// when no key ends here). 12 bytes, so that a walk reads few pages.
#[derive(Clone, Copy, Debug)]
struct TrieNode {
    char: u32,
    first_child: u16,
    child_count: u16,
    rows_start: u16,
    rows_end: u16,
}

/// A [`TrieNode`], for the tables `build.rs` writes.
const fn n(char: u32, first_child: u16, child_count: u16, start: u16, end: u16) -> TrieNode {
    TrieNode {
        char,
        first_child,
        child_count,
        rows_start: start,
        rows_end: end,
    }
}

/// A trie over the distinct keys of a name section, one node per key
/// prefix (by char), node 0 the root; `build.rs` lays each node's children
/// out together, and everything under one child of the root together after
/// them, so the child on a char is one binary search away.
///
/// For the keys 東京 (rows 3..4) and 東京都 (rows 4..6):
///
/// | node | char | first child | children | rows |
/// |---:|---|---:|---:|---|
/// | 0 | | 1 | 1 | 0..0 |
/// | 1 | 東 | 2 | 1 | 0..0 |
/// | 2 | 京 | 3 | 1 | 3..4 |
/// | 3 | 都 | 4 | 0 | 4..6 |
#[derive(Debug)]
struct Trie(&'static [TrieNode]);

/// A municipality-name row as a match, for the tables `build.rs` writes.
const fn m(municipality: u32, kind: u8) -> MunicipalityMatch {
    MunicipalityMatch {
        municipality: MunicipalityId(municipality),
        kind: match kind {
            0 => MunicipalityMatchKind::Full,
            1 => MunicipalityMatchKind::WithoutCounty,
            2 => MunicipalityMatchKind::WardOnly,
            _ => MunicipalityMatchKind::CityOnly,
        },
    }
}

// PREFECTURE_NODES and MUNICIPALITY_NODES (over sections 8 and 9),
// MUNICIPALITY_MATCHES (row `i` of section 9 as a match) and MOST_NESTED.
include!(concat!(env!("OUT_DIR"), "/name_tries.rs"));

static PREFECTURE_TRIE: Trie = Trie(&PREFECTURE_NODES);
static MUNICIPALITY_TRIE: Trie = Trie(&MUNICIPALITY_NODES);

impl Trie {
    /// The root node (the only node of a trie without keys).
    fn root(&self) -> Option<&'static TrieNode> {
        self.0.first()
    }

    /// The child of `node` on the edge `c`: a short scan among a few
    /// children, a binary search among many (the root's).
    #[inline]
    fn child(&self, node: &TrieNode, c: char) -> Option<&'static TrieNode> {
        let c = u32::from(c);
        let first = usize::from(node.first_child);
        let children = self.0.get(first..first + usize::from(node.child_count))?;
        let at = if children.len() <= 8 {
            children.iter().position(|child| child.char >= c)?
        } else {
            children.partition_point(|child| child.char < c)
        };
        children.get(at).filter(|child| child.char == c)
    }

    /// The rows of the key that ends at `node`.
    #[inline]
    fn rows_at(node: &TrieNode) -> (u32, u32) {
        (u32::from(node.rows_start), u32::from(node.rows_end))
    }

    /// The rows whose key is `key`.
    fn rows(&self, key: &str) -> Range<u32> {
        let Some(mut node) = self.root() else {
            return 0..0;
        };
        for c in key.chars() {
            match self.child(node, c) {
                Some(child) => node = child,
                None => return 0..0,
            }
        }
        let (start, end) = Self::rows_at(node);
        start..end
    }

    /// Every key that is a prefix of `text`, longest first, as (byte length,
    /// its rows): one walk down from the root along `text`'s chars;
    /// nothing is allocated.
    fn prefixes(&self, text: &str) -> impl Iterator<Item = (usize, Range<u32>)> {
        let mut found = NamePrefixes::default();
        if let Some(mut node) = self.root() {
            for (at, c) in text.char_indices() {
                match self.child(node, c) {
                    Some(child) => node = child,
                    None => break,
                }
                if node.rows_start < node.rows_end {
                    found.push(at + c.len_utf8(), node);
                }
            }
        }
        found.longest_first()
    }
}

/// The name indexes of prefectures and municipalities: the tries and
/// matches `build.rs` lays out, so there is nothing to load.
pub(super) struct Index {
    prefectures: &'static Trie,
    municipalities: &'static Trie,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Index({} prefecture name rows, {} municipality name rows)",
            tables::PREFECTURE_NAMES.len(),
            tables::MUNICIPALITY_NAMES.len()
        )
    }
}

impl Index {
    /// The index of the embedded tables.
    pub(super) fn load() -> Index {
        Index {
            prefectures: &PREFECTURE_TRIE,
            municipalities: &MUNICIPALITY_TRIE,
        }
    }

    fn matches(&self, rows: Range<u32>) -> &[MunicipalityMatch] {
        MUNICIPALITY_MATCHES
            .get(rows.start as usize..rows.end as usize)
            .unwrap_or_default()
    }

    pub(super) fn prefecture(&self, key: &str) -> Option<PrefectureId> {
        let rows = self.prefectures.rows(key);
        (!rows.is_empty()).then(|| PrefectureId(tables::prefecture_name_at(rows.start)))
    }

    pub(super) fn municipalities(&self, key: &str) -> &[MunicipalityMatch] {
        self.matches(self.municipalities.rows(key))
    }

    pub(super) fn prefecture_prefixes<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, PrefectureId)> + 'a {
        self.prefectures
            .prefixes(text)
            .map(|(len, rows)| (len, PrefectureId(tables::prefecture_name_at(rows.start))))
    }

    pub(super) fn municipality_prefixes<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, &'a [MunicipalityMatch])> + 'a {
        self.municipalities
            .prefixes(text)
            .map(|(len, rows)| (len, self.matches(rows)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::tables::Section;
    use crate::gazetteer::{get, name_key};

    /// The (key, value) pairs the names are listed as, grouped by key in
    /// sorted order, each value once per key, in listing order.
    fn grouped<V: PartialEq + Copy>(pairs: Vec<(String, V)>) -> Vec<(String, Vec<V>)> {
        let mut keys: Vec<String> = pairs.iter().map(|(k, _)| k.clone()).collect();
        keys.sort();
        keys.dedup();
        keys.retain(|k| !k.is_empty());
        keys.into_iter()
            .map(|k| {
                let mut values = Vec::new();
                for (key, v) in &pairs {
                    if *key == k && !values.contains(v) {
                        values.push(*v);
                    }
                }
                (k, values)
            })
            .collect()
    }

    fn table<V>(table: Section, value: impl Fn(u32) -> V) -> Vec<(String, Vec<V>)> {
        let mut out: Vec<(String, Vec<V>)> = Vec::new();
        for row in 0..table.len() {
            let key = tables::key_at(table, row);
            match out.last_mut() {
                Some((k, values)) if k == key => values.push(value(row)),
                _ => out.push((key.to_owned(), vec![value(row)])),
            }
        }
        out
    }

    #[test]
    fn prefecture_names_are_the_folded_names_with_and_without_suffix() {
        let gz = get();
        let mut pairs = Vec::new();
        for p in gz.prefectures() {
            pairs.push((name_key(p.name.kanji).into_owned(), p.id));
            if let Some(stem) = ["都", "府", "県"]
                .iter()
                .find_map(|s| p.name.kanji.strip_suffix(s))
            {
                pairs.push((name_key(stem).into_owned(), p.id));
            }
        }
        let expected = grouped(pairs);
        let got = table(tables::PREFECTURE_NAMES, |row| {
            PrefectureId(tables::prefecture_name_at(row))
        });
        assert_eq!(got, expected);
    }

    #[test]
    fn municipality_names_are_every_way_to_write_them_folded() {
        let gz = get();
        let mut pairs = Vec::new();
        for m in gz.municipalities() {
            let with = |kind| MunicipalityMatch {
                municipality: m.id,
                kind,
            };
            pairs.push((
                name_key(&m.full_name()).into_owned(),
                with(MunicipalityMatchKind::Full),
            ));
            if m.county.is_some() {
                pairs.push((
                    name_key(m.city.kanji).into_owned(),
                    with(MunicipalityMatchKind::WithoutCounty),
                ));
            }
            if let Some(ward) = &m.ward {
                pairs.push((
                    name_key(ward.kanji).into_owned(),
                    with(MunicipalityMatchKind::WardOnly),
                ));
                pairs.push((
                    name_key(m.city.kanji).into_owned(),
                    with(MunicipalityMatchKind::CityOnly),
                ));
            }
        }
        let expected = grouped(pairs);
        let got = table(tables::MUNICIPALITY_NAMES, |row| {
            MUNICIPALITY_MATCHES[row as usize]
        });
        assert_eq!(got, expected);
    }

    /// Each distinct key of a section and its rows, read from the rows.
    fn distinct_keys(section: Section) -> Vec<(&'static str, Range<u32>)> {
        let mut keys: Vec<(&'static str, Range<u32>)> = Vec::new();
        for row in 0..section.len() {
            let key = tables::key_at(section, row);
            match keys.last_mut() {
                Some((last, rows)) if *last == key => rows.end = row + 1,
                _ => keys.push((key, row..row + 1)),
            }
        }
        keys
    }

    #[test]
    fn matches_are_the_rows() {
        assert_eq!(
            MUNICIPALITY_MATCHES.len(),
            tables::MUNICIPALITY_NAMES.len() as usize
        );
        for (row, found) in MUNICIPALITY_MATCHES.iter().enumerate() {
            let (kind, municipality) = tables::municipality_name_at(row as u32);
            assert_eq!(*found, m(municipality, kind as u8), "row {row}");
        }
    }

    #[test]
    fn prefixes_are_every_key_that_starts_the_text() {
        for (trie, section) in [
            (&PREFECTURE_TRIE, tables::PREFECTURE_NAMES),
            (&MUNICIPALITY_TRIE, tables::MUNICIPALITY_NAMES),
        ] {
            let keys = distinct_keys(section);
            for (key, rows) in &keys {
                assert_eq!(trie.rows(key), rows.clone(), "{key}");
                let mut shorter = (*key).to_owned();
                shorter.pop();
                for text in [(*key).to_owned(), format!("{key}中央1丁目"), shorter] {
                    let mut expected: Vec<(usize, Range<u32>)> = keys
                        .iter()
                        .filter(|(k, _)| text.starts_with(k))
                        .map(|(k, rows)| (k.len(), rows.clone()))
                        .collect();
                    expected.sort_by_key(|(len, _)| std::cmp::Reverse(*len));
                    assert_eq!(trie.prefixes(&text).collect::<Vec<_>>(), expected, "{text}");
                }
            }
            assert_eq!(trie.rows(""), 0..0);
            assert_eq!(trie.rows("not a name"), 0..0);
        }
    }

    #[test]
    fn prefixes_come_longest_first() {
        let index = Index::load();
        let found: Vec<usize> = index
            .municipality_prefixes("札幌市中央区北1条")
            .map(|(len, _)| len)
            .collect();
        assert_eq!(found, vec!["札幌市中央区".len(), "札幌市".len()]);
        assert_eq!(index.prefecture_prefixes("").count(), 0);
        assert!(index.municipalities("").is_empty());
    }
}
