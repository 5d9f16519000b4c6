//! The building vocabulary: kanji words that building names are made of
//! (第一, 駅前, 不動産, 団地, 東館), with their readings and, for building
//! parts, the English a bilingual person writes (東館 → `East Bldg.`).
//!
//! Searched before the gazetteer's place names, so a company or building
//! word wins over a town of the same spelling (大和 is the brand Daiwa, not
//! the town Yamato; 三井 is Mitsui, not the town Mii).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// How a word joins its neighbours in the romaji.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Join {
    /// A word of its own, spaces on both sides.
    Word,
    /// Written before the next word with a hyphen: 新 + 丸の内 →
    /// `Shin-Marunouchi`.
    HyphenNext,
    /// Written after the previous word with a hyphen: さくら + 荘 →
    /// `Sakura-so`.
    HyphenPrev,
    /// Written after the previous word with nothing between: 高島 + 屋 →
    /// `Takashimaya`.
    GluePrev,
}

/// One vocabulary word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Vocab {
    /// The word as written.
    pub(crate) kanji: &'static str,
    /// Its katakana reading, romanized in the caller's spelling when `english`
    /// is empty.
    pub(crate) kana: &'static str,
    /// What to write instead of the reading (building parts), or "".
    pub(crate) english: &'static str,
    pub(crate) join: Join,
}

const fn w(kanji: &'static str, kana: &'static str) -> Vocab {
    Vocab {
        kanji,
        kana,
        english: "",
        join: Join::Word,
    }
}

const fn en(kanji: &'static str, kana: &'static str, english: &'static str) -> Vocab {
    Vocab {
        kanji,
        kana,
        english,
        join: Join::Word,
    }
}

/// In no particular order (a test checks there are no duplicates).
#[rustfmt::skip]
static VOCAB: &[Vocab] = &[
    w("三井", "ミツイ"), w("三菱", "ミツビシ"), w("不動産", "フドウサン"), w("中央", "チュウオウ"),
    en("中央棟", "チュウオウトウ", "Central Bldg."), en("中央館", "チュウオウカン", "Central Bldg."),
    w("事務所", "ジムショ"), w("交通", "コウツウ"), w("産業", "サンギョウ"), w("住友", "スミトモ"),
    w("住宅", "ジュウタク"), w("信用金庫", "シンヨウキンコ"), w("保険", "ホケン"), w("倉庫", "ソウコ"),
    w("公団", "コウダン"), w("公社", "コウシャ"), w("公舎", "コウシャ"), en("北棟", "キタトウ", "North Bldg."),
    en("北館", "キタカン", "North Bldg."), en("南棟", "ミナミトウ", "South Bldg."),
    en("南館", "ミナミカン", "South Bldg."), w("卸売", "オロシウリ"), w("県営", "ケンエイ"),
    w("友愛", "ユウアイ"), w("商事", "ショウジ"), w("商工", "ショウコウ"),
    w("商店街", "ショウテンガイ"), w("団地", "ダンチ"), w("国際", "コクサイ"), w("塔", "トウ"),
    w("大和", "ダイワ"), w("宿舎", "シュクシャ"), w("安田", "ヤスダ"), w("官舎", "カンシャ"),
    w("寮", "リョウ"), en("本棟", "ホントウ", "Main Bldg."), w("本社", "ホンシャ"),
    en("本館", "ホンカン", "Main Bldg."), en("東棟", "ヒガシトウ", "East Bldg."),
    en("東館", "ヒガシカン", "East Bldg."), w("村営", "ソンエイ"), w("東急", "トウキュウ"),
    w("物産", "ブッサン"), w("生命", "セイメイ"), w("町営", "チョウエイ"), w("社宅", "シャタク"),
    w("第", "ダイ"), en("第一", "ダイイチ", "Dai-ichi"), en("第七", "ダイナナ", "Dai-nana"),
    en("第三", "ダイサン", "Dai-san"), en("第九", "ダイキュウ", "Dai-kyu"), en("第二", "ダイニ", "Dai-ni"),
    en("第五", "ダイゴ", "Dai-go"), en("第八", "ダイハチ", "Dai-hachi"), en("第六", "ダイロク", "Dai-roku"),
    en("第十", "ダイジュウ", "Dai-ju"), en("第四", "ダイヨン", "Dai-yon"), w("組合", "クミアイ"),
    w("会館", "カイカン"), w("証券", "ショウケン"), w("道営", "ドウエイ"), w("都営", "トエイ"),
    w("野村", "ノムラ"), w("銀行", "ギンコウ"), w("鉄道", "テツドウ"), w("電力", "デンリョク"),
    w("電機", "デンキ"), w("電気", "デンキ"), w("駅前", "エキマエ"), w("府営", "フエイ"),
    w("庁舎", "チョウシャ"), en("別棟", "ベツトウ", "Annex"), en("別館", "ベッカン", "Annex"),
    w("市営", "シエイ"), w("明治", "メイジ"), en("新館", "シンカン", "New Bldg."),
    en("西棟", "ニシトウ", "West Bldg."), en("西館", "ニシカン", "West Bldg."),
    Vocab { kanji: "新", kana: "シン", english: "", join: Join::HyphenNext },
    Vocab { kanji: "荘", kana: "ソウ", english: "", join: Join::HyphenPrev },
    Vocab { kanji: "屋", kana: "ヤ", english: "", join: Join::GluePrev },
    w("都庁", "トチョウ"), w("本庁舎", "ホンチョウシャ"), w("区役所", "クヤクショ"),
    w("市役所", "シヤクショ"), w("役所", "ヤクショ"), w("役場", "ヤクバ"), w("県庁", "ケンチョウ"),
    w("日本", "ニッポン"), w("本店", "ホンテン"), w("支店", "シテン"), w("駅", "エキ"),
    w("海上", "カイジョウ"), w("合同", "ゴウドウ"),
];

/// The first char of every vocabulary word, sorted (a quick "no").
fn first_chars() -> &'static [char] {
    static FIRST: OnceLock<Vec<char>> = OnceLock::new();
    FIRST.get_or_init(|| {
        let mut v: Vec<char> = VOCAB
            .iter()
            .filter_map(|e| e.kanji.chars().next())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// Whether some vocabulary word starts with `c`.
pub(crate) fn starts_word(c: char) -> bool {
    first_chars().binary_search(&c).is_ok()
}

/// The vocabulary word spelled exactly `kanji`, by a plain scan (the
/// crate looks words up with [`lookup`]).
#[cfg(test)]
pub(crate) fn vocab(kanji: &str) -> Option<&'static Vocab> {
    VOCAB.iter().find(|v| v.kanji == kanji)
}

/// A word or start of one: the word it spells exactly, if any, and whether
/// a longer word starts with it.
type Entry = (Option<Vocab>, bool);

type Map = HashMap<&'static str, Entry, BuildHasherDefault<crate::word_hash::WordHasher>>;

/// Every vocabulary word and every start of one (本 of 本社), with the word
/// it spells exactly, if any, and whether a longer word starts with it;
/// built on first use (microseconds, once).
fn by_kanji() -> &'static Map {
    static MAP: OnceLock<Map> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = Map::default();
        for v in VOCAB {
            map.entry(v.kanji).or_insert((None, false)).0 = Some(*v);
            for (at, _) in v.kanji.char_indices().skip(1) {
                map.entry(&v.kanji[..at]).or_insert((None, false)).1 = true;
            }
        }
        map
    })
}

/// The vocabulary word spelled exactly `kanji`, and whether a longer word
/// starts with `kanji` (so that longer spans are worth looking up): one
/// hash lookup. `lookup("東館")` finds `East Bldg.`; `lookup("本")` finds
/// no word but says longer ones start with it (本社, 本館); a test below
/// checks both.
pub(crate) fn lookup(kanji: &str) -> (Option<&'static Vocab>, bool) {
    if !kanji.chars().next().is_some_and(starts_word) {
        return (None, false);
    }
    by_kanji()
        .get(kanji)
        .map_or((None, false), |(word, longer)| (word.as_ref(), *longer))
}

/// The longest vocabulary word, in chars.
pub(crate) const MAX_CHARS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed() {
        let mut seen = std::collections::HashSet::new();
        for v in VOCAB {
            assert!(seen.insert(v.kanji), "duplicate {}", v.kanji);
            assert!(v.kanji.chars().count() <= MAX_CHARS, "{}", v.kanji);
            assert!(v.kana.chars().all(crate::text::is_katakana), "{}", v.kana);
            assert!(v.english.is_ascii());
        }
        assert_eq!(vocab("東館").map(|v| v.english), Some("East Bldg."));
        assert_eq!(vocab("団地").map(|v| v.kana), Some("ダンチ"));
        assert!(vocab("東").is_none());
    }

    /// `lookup` agrees with `vocab`, and says "longer" exactly when some
    /// word extends the text.
    #[test]
    fn lookup_agrees() {
        assert_eq!(lookup("東館").0.map(|v| v.english), Some("East Bldg."));
        assert!(matches!(lookup("本"), (None, true)));
        assert!(!lookup("ビル").1);
        for v in VOCAB {
            let chars: Vec<(usize, char)> = v.kanji.char_indices().collect();
            let ends = chars.iter().skip(1).map(|&(at, _)| at);
            for at in ends.chain([v.kanji.len()]) {
                let prefix = &v.kanji[..at];
                let (exact, longer) = lookup(prefix);
                assert_eq!(exact.map(|e| e.kanji), vocab(prefix).map(|e| e.kanji));
                let expect = VOCAB
                    .iter()
                    .any(|w| w.kanji.len() > prefix.len() && w.kanji.starts_with(prefix));
                assert_eq!(longer, expect, "{prefix}");
            }
        }
    }
}
