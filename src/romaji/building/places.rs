//! Place names inside building names, read from the gazetteer's kana:
//! `data/place_names.tsv` (every prefecture, municipality and town name with
//! kanji, and its most common reading), embedded with a hash table of its
//! names and their prefixes that `build.rs` lays out
//! (`gazetteer::place_names`): nothing is parsed or built at run time, and
//! each lookup is one hash and a probe or two.

#[cfg(test)]
use crate::gazetteer::place_names::TSV;

/// The longest place name looked up, in chars (longer spans are never
/// names in building text).
pub(crate) const MAX_CHARS: usize = 10;

/// The kana of the place named exactly `kanji` (ヶ may be written ケ or ヶ),
/// with `|` before a kanji whose reading starts with a vowel.
#[cfg(test)]
pub(crate) fn place_reading(kanji: &str) -> Option<&'static str> {
    lookup(kanji, true).0.map(|r| choose(kanji, r))
}

/// One of a name's readings (`;`-separated, most common first): the one
/// kakasi agrees with (神保町: ジンボウチョウ, not シンボマチ), or the first.
pub(crate) fn choose(kanji: &str, readings: &'static str) -> &'static str {
    let mut all = readings.split(';');
    let first = all.next().unwrap_or(readings);
    if !readings.contains(';') {
        return first;
    }
    // Compared as katakana, char by char (nothing is collected).
    let agrees = |reading: &str, kakasi: &str| {
        reading
            .chars()
            .filter(|&c| c != '|')
            .eq(kakasi.chars().map(crate::romaji::hepburn::to_katakana))
    };
    crate::romaji::with_hiragana(kanji, |kakasi| match kakasi {
        Some(kakasi) => std::iter::once(first)
            .chain(all)
            .find(|r| agrees(r, kakasi))
            .unwrap_or(first),
        None => first,
    })
}

/// What the table says about `kanji`: its reading if it is a name, and
/// whether some longer name starts with it (so longer spans are worth
/// looking up). `may_have_ke`: false when the caller knows `kanji` has no
/// ヶ (it is looked up as ケ), so that it is not searched for.
pub(crate) fn lookup(kanji: &str, may_have_ke: bool) -> (Option<&'static str>, bool) {
    let probe = crate::gazetteer::place_names::lookup;
    // ヶ is E3 83 B6 in UTF-8: a byte search first, so that a name without
    // that byte costs no char search (not inlined here, it was 190
    // instructions a lookup).
    if may_have_ke && kanji.as_bytes().contains(&0xB6) && kanji.contains('ヶ') {
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
        assert_eq!(lookup("中之", true), (None, true));
        assert_eq!(lookup("中之島", false).0, Some("ナカノシマ"));
        assert_eq!(lookup("中之", true), (None, true));
        assert_eq!(lookup("ビル", true), (None, false));
        // Several readings: kakasi picks, else the most common.
        let jinbo = place_reading("神保町");
        if cfg!(feature = "kakasi") {
            assert_eq!(jinbo, Some("ジンボウチョウ"));
        } else {
            assert_eq!(
                jinbo,
                lookup("神保町", true).0.and_then(|r| r.split(';').next())
            );
        }
    }
}
