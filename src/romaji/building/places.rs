//! Place names inside building names, read from the gazetteer's kana:
//! `data/place_names.tsv` (every prefecture, municipality and town name with
//! kanji, and its most common reading), embedded and binary-searched in
//! place, so nothing is parsed at start-up.

static TSV: &str = include_str!("../../../data/place_names.tsv");

/// The longest place name looked up, in chars (longer spans are never
/// names in building text).
pub(crate) const MAX_CHARS: usize = 10;

/// The kana of the place named exactly `kanji` (ヶ may be written ケ or ヶ),
/// with `|` before a kanji whose reading starts with a vowel.
pub(crate) fn place_reading(kanji: &str) -> Option<&'static str> {
    if kanji.contains('ヶ') {
        return find(&kanji.replace('ヶ', "ケ"));
    }
    find(kanji)
}

fn find(key: &str) -> Option<&'static str> {
    crate::romaji::tsv::find(TSV, key)
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
    }
}
