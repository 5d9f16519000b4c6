//! Kana to modified Hepburn, table driven.
//!
//! The converter walks the input once, char by char, looking at most one
//! char ahead (for yōon such as キャ and loanword combinations such as ファ).
//! It never allocates beyond the caller's output `String` and never panics.
//! See the crate's DESIGN.md ("Hepburn rules") for why each rule is the way
//! it is; the short version:
//!
//! * hiragana and katakana are read alike; ASCII passes through; `・` is a
//!   space;
//! * long vowels (おう, おお, うう, ああ and ー) are merged only inside one
//!   segment: `word_starts` marks where a new word or kanji reading begins,
//!   so 丸|の|内 (マルノウチ, starts `[0, 2, 3]`) stays `marunouchi`;
//! * ん is `n`, or `m` before b/m/p with [`SyllabicN::MBeforeLabial`];
//!   never an apostrophe;
//! * っ doubles the next consonant, `tch` before ch.

use super::style::{LongVowel, Style, SyllabicN};

/// Romaji of the katakana U+30A1 ..= U+30FA, indexed by `c - 0x30A1`.
///
/// `""` marks the chars handled specially (ッ); ン is "n".
static KANA: [&str; 90] = [
    "a", "a", "i", "i", "u", "u", "e", "e", "o", "o", // ァアィイゥウェエォオ
    "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go", // カ..ゴ
    "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", // サ..ゾ
    "ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to", "do", // タ..ド
    "na", "ni", "nu", "ne", "no", // ナ..ノ
    "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po", "ma",
    "mi", "mu", "me", "mo", // マ..モ
    "ya", "ya", "yu", "yu", "yo", "yo", // ャヤュユョヨ
    "ra", "ri", "ru", "re", "ro", // ラ..ロ
    "wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke", "va", "vi", "ve",
    "vo", // ヮワヰヱヲンヴヵヶヷヸヹヺ
];

const FIRST_KANA: u32 = 0x30A1;
const SOKUON: char = 'ッ';
const SYLLABIC_N: char = 'ン';
const CHOONPU: char = 'ー';
const NAKAGURO: char = '・';

/// Folds hiragana (and ゝゞ) onto katakana; other chars are returned as-is.
#[inline]
pub(crate) fn to_katakana(c: char) -> char {
    match c {
        '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}' => {
            // In range, so the sum is a valid katakana scalar value.
            char::from_u32(c as u32 + 0x60).unwrap_or(c)
        }
        _ => c,
    }
}

/// Romaji of one katakana (after [`to_katakana`]), if it is a plain kana.
#[inline]
fn single(c: char) -> Option<&'static str> {
    let i = (c as u32).checked_sub(FIRST_KANA)? as usize;
    KANA.get(i).copied().filter(|s| !s.is_empty())
}

/// Romaji of a two-kana combination (yōon and loanword spellings).
#[inline]
fn digraph(c: char, n: char) -> Option<&'static str> {
    Some(match (c, n) {
        ('キ', 'ャ') => "kya",
        ('キ', 'ュ') => "kyu",
        ('キ', 'ョ') => "kyo",
        ('キ', 'ェ') => "kye",
        ('ギ', 'ャ') => "gya",
        ('ギ', 'ュ') => "gyu",
        ('ギ', 'ョ') => "gyo",
        ('ギ', 'ェ') => "gye",
        ('シ', 'ャ') => "sha",
        ('シ', 'ュ') => "shu",
        ('シ', 'ョ') => "sho",
        ('シ', 'ェ') => "she",
        ('ジ', 'ャ') | ('ヂ', 'ャ') => "ja",
        ('ジ', 'ュ') | ('ヂ', 'ュ') => "ju",
        ('ジ', 'ョ') | ('ヂ', 'ョ') => "jo",
        ('ジ', 'ェ') | ('ヂ', 'ェ') => "je",
        ('チ', 'ャ') => "cha",
        ('チ', 'ュ') => "chu",
        ('チ', 'ョ') => "cho",
        ('チ', 'ェ') => "che",
        ('ニ', 'ャ') => "nya",
        ('ニ', 'ュ') => "nyu",
        ('ニ', 'ョ') => "nyo",
        ('ニ', 'ェ') => "nye",
        ('ヒ', 'ャ') => "hya",
        ('ヒ', 'ュ') => "hyu",
        ('ヒ', 'ョ') => "hyo",
        ('ヒ', 'ェ') => "hye",
        ('ビ', 'ャ') => "bya",
        ('ビ', 'ュ') => "byu",
        ('ビ', 'ョ') => "byo",
        ('ビ', 'ェ') => "bye",
        ('ピ', 'ャ') => "pya",
        ('ピ', 'ュ') => "pyu",
        ('ピ', 'ョ') => "pyo",
        ('ピ', 'ェ') => "pye",
        ('ミ', 'ャ') => "mya",
        ('ミ', 'ュ') => "myu",
        ('ミ', 'ョ') => "myo",
        ('ミ', 'ェ') => "mye",
        ('リ', 'ャ') => "rya",
        ('リ', 'ュ') => "ryu",
        ('リ', 'ョ') => "ryo",
        ('リ', 'ェ') => "rye",
        ('フ', 'ァ') => "fa",
        ('フ', 'ィ') => "fi",
        ('フ', 'ェ') => "fe",
        ('フ', 'ォ') => "fo",
        ('フ', 'ュ') => "fyu",
        ('フ', 'ャ') => "fya",
        ('フ', 'ョ') => "fyo",
        ('テ', 'ィ') => "ti",
        ('テ', 'ュ') => "tyu",
        ('デ', 'ィ') => "di",
        ('デ', 'ュ') => "dyu",
        ('ト', 'ゥ') => "tu",
        ('ド', 'ゥ') => "du",
        ('ウ', 'ァ') => "wa",
        ('ウ', 'ィ') => "wi",
        ('ウ', 'ェ') => "we",
        ('ウ', 'ォ') => "wo",
        ('ヴ', 'ァ') => "va",
        ('ヴ', 'ィ') => "vi",
        ('ヴ', 'ェ') => "ve",
        ('ヴ', 'ォ') => "vo",
        ('ヴ', 'ュ') => "vyu",
        ('イ', 'ェ') => "ye",
        ('ツ', 'ァ') => "tsa",
        ('ツ', 'ィ') => "tsi",
        ('ツ', 'ェ') => "tse",
        ('ツ', 'ォ') => "tso",
        ('ク', 'ァ') | ('ク', 'ヮ') => "kwa",
        ('ク', 'ィ') => "kwi",
        ('ク', 'ェ') => "kwe",
        ('ク', 'ォ') => "kwo",
        ('グ', 'ァ') | ('グ', 'ヮ') => "gwa",
        ('ス', 'ィ') => "si",
        ('ズ', 'ィ') => "zi",
        _ => return None,
    })
}

/// The voiced (dakuten) form of a katakana, for the iteration mark ヾ.
#[inline]
fn voiced(c: char) -> char {
    match c {
        'カ' | 'キ' | 'ク' | 'ケ' | 'コ' | 'サ' | 'シ' | 'ス' | 'セ' | 'ソ' | 'タ' | 'チ'
        | 'ツ' | 'テ' | 'ト' | 'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ' => {
            char::from_u32(c as u32 + 1).unwrap_or(c)
        }
        'ウ' => 'ヴ',
        _ => c,
    }
}

#[inline]
fn macron(v: char) -> Option<char> {
    Some(match v {
        'a' => 'ā',
        'i' => 'ī',
        'u' => 'ū',
        'e' => 'ē',
        'o' => 'ō',
        _ => return None,
    })
}

/// Whether a Hepburn syllable lengthens a preceding vowel `prev` (in Plain
/// and Macron styles): おう, おお, うう, ああ. `ii` and `ei` never merge.
#[inline]
fn lengthens(prev: u8, kana: char) -> bool {
    matches!(
        (prev, kana),
        (b'o', 'ウ') | (b'o', 'オ') | (b'u', 'ウ') | (b'a', 'ア')
    )
}

/// Converts kana to lowercase modified Hepburn, appending to `out`.
///
/// * `kana` may be katakana or hiragana (or both), with ASCII letters,
///   digits and spaces mixed in; those are copied unchanged. `・` becomes a
///   space. Any other char (kanji, full-width forms, ...) is copied
///   unchanged too, so the output is ASCII whenever the input is kana and
///   ASCII and the style is not [`LongVowel::Macron`].
/// * `word_starts` are the char indices into `kana` where a new word or a
///   new kanji's reading begins (index 0 is implied). Long vowels are only
///   merged inside one segment, never across a start. The slice should be
///   sorted; if it is not, some starts are ignored (nothing panics).
/// * Case is not applied here: see [`apply_case`](super::apply_case).
///
/// Runs in time linear in `kana` and never panics.
///
/// # Example: long vowels and word boundaries
///
/// ```
/// use jusho::romaji::{kana_to_romaji, Style};
///
/// let style = Style::default();
/// let mut out = String::new();
/// kana_to_romaji("トウキョウ", &[0, 2], &style, &mut out);
/// assert_eq!(out, "tokyo");
///
/// out.clear(); // 丸|の|内: the ノ and the ウ belong to different kanji
/// kana_to_romaji("マルノウチ", &[0, 2, 3], &style, &mut out);
/// assert_eq!(out, "marunouchi");
///
/// out.clear(); // the same kana with no boundaries known
/// kana_to_romaji("マルノウチ", &[], &style, &mut out);
/// assert_eq!(out, "marunochi");
/// ```
///
/// # Example: ん, っ and loanword kana
///
/// ```
/// use jusho::romaji::{kana_to_romaji, Style, SyllabicN};
///
/// let mut out = String::new();
/// kana_to_romaji("くっちゃん", &[], &Style::default(), &mut out);
/// assert_eq!(out, "kutchan");
///
/// out.clear();
/// kana_to_romaji("グンマ", &[], &Style::new().syllabic_n(SyllabicN::MBeforeLabial), &mut out);
/// assert_eq!(out, "gumma");
///
/// out.clear();
/// kana_to_romaji("ヴィラ・フォレスト", &[], &Style::default(), &mut out);
/// assert_eq!(out, "vira foresuto");
/// ```
pub fn kana_to_romaji(kana: &str, word_starts: &[u16], style: &Style, out: &mut String) {
    let long_vowel = style.get_long_vowel();
    let m_before_labial = style.get_syllabic_n() == SyllabicN::MBeforeLabial;

    // The vowel that ends `out`, when `out` ends with a kana syllable that a
    // following vowel or ー may lengthen.
    let mut prev_vowel: Option<u8> = None;
    // The kana of the previous syllable, for the iteration marks ヽヾ.
    let mut prev_kana: Option<char> = None;
    let mut pending_sokuon = false;
    let mut after_n = false;
    let mut starts = word_starts.iter().copied().peekable();

    let mut chars = kana.chars().map(to_katakana).enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        // Is char `i` the first of a new segment?
        let mut at_start = i == 0;
        while let Some(&s) = starts.peek() {
            if usize::from(s) < i {
                starts.next();
            } else {
                at_start |= usize::from(s) == i;
                break;
            }
        }

        // Iteration marks repeat the previous kana.
        let c = match c {
            'ヽ' => match prev_kana {
                Some(p) => p,
                None => continue,
            },
            'ヾ' => match prev_kana {
                Some(p) => voiced(p),
                None => continue,
            },
            _ => c,
        };

        match c {
            SOKUON => {
                pending_sokuon = true;
                after_n = false;
                prev_vowel = None;
                continue;
            }
            CHOONPU => {
                pending_sokuon = false;
                after_n = false;
                if let Some(v) = prev_vowel.take() {
                    match long_vowel {
                        LongVowel::Plain => {}
                        LongVowel::Macron => {
                            if out.ends_with(char::from(v)) {
                                out.pop();
                                out.push(macron(char::from(v)).unwrap_or(char::from(v)));
                            }
                        }
                        LongVowel::Kana => {
                            out.push(char::from(v));
                            prev_vowel = Some(v);
                        }
                    }
                }
                continue;
            }
            _ => {}
        }

        let (romaji, kana_char) = match single(c) {
            Some(r) => {
                // Try a two-kana combination first.
                match chars.peek().and_then(|&(_, n)| digraph(c, n)) {
                    Some(d) => {
                        chars.next();
                        (d, c)
                    }
                    None => (r, c),
                }
            }
            None => {
                // Not kana: ・ is a space, everything else is copied.
                out.push(if c == NAKAGURO { ' ' } else { c });
                prev_vowel = None;
                prev_kana = None;
                pending_sokuon = false;
                after_n = false;
                continue;
            }
        };
        prev_kana = Some(kana_char);

        if kana_char == SYLLABIC_N {
            out.push('n');
            pending_sokuon = false;
            after_n = true;
            prev_vowel = None;
            continue;
        }

        let bytes = romaji.as_bytes();
        let first = bytes.first().copied().unwrap_or(b'a');
        let last = bytes.last().copied().unwrap_or(b'a');

        // A vowel that lengthens the previous one, inside one segment.
        if long_vowel != LongVowel::Kana && !at_start && !pending_sokuon && romaji.len() == 1 {
            if let Some(p) = prev_vowel {
                if lengthens(p, kana_char) {
                    if long_vowel == LongVowel::Macron && out.ends_with(char::from(p)) {
                        out.pop();
                        out.push(macron(char::from(p)).unwrap_or(char::from(p)));
                    }
                    // A third vowel (オオオ) is written again.
                    prev_vowel = None;
                    after_n = false;
                    continue;
                }
            }
        }

        if after_n && m_before_labial && matches!(first, b'b' | b'm' | b'p') && out.ends_with('n') {
            out.pop();
            out.push('m');
        }
        after_n = false;

        if pending_sokuon {
            pending_sokuon = false;
            match first {
                b'a' | b'i' | b'u' | b'e' | b'o' => {}
                b'c' => out.push('t'),
                c => out.push(char::from(c)),
            }
        }

        out.push_str(romaji);
        prev_vowel = Some(last);
    }
}

/// Converts kana to romaji in the style's case: [`kana_to_romaji`] followed
/// by [`apply_case`](super::apply_case), into a new `String`.
///
/// # Example
///
/// ```
/// use jusho::romaji::{romanize_kana, Style};
///
/// assert_eq!(romanize_kana("クッチャン", &[], &Style::DEFAULT), "Kutchan");
/// assert_eq!(romanize_kana("シンバシ", &[0, 2], &Style::JAPAN_POST), "SHIMBASHI");
/// ```
pub fn romanize_kana(kana: &str, word_starts: &[u16], style: &Style) -> String {
    let mut out = String::with_capacity(kana.len());
    kana_to_romaji(kana, word_starts, style, &mut out);
    super::case::apply_case_in_place(&mut out, style.get_case());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::romaji::style::{LongVowel, Style, SyllabicN};

    fn r(kana: &str) -> String {
        rs(kana, &[], &Style::default())
    }

    fn rs(kana: &str, starts: &[u16], style: &Style) -> String {
        let mut out = String::new();
        kana_to_romaji(kana, starts, style, &mut out);
        out
    }

    fn rw(kana: &str, starts: &[u16]) -> String {
        rs(kana, starts, &Style::default())
    }

    const MACRON: Style = Style::new().long_vowel(LongVowel::Macron);
    const KANA: Style = Style::new().long_vowel(LongVowel::Kana);
    const M: Style = Style::new().syllabic_n(SyllabicN::MBeforeLabial);

    #[test]
    fn table_is_aligned() {
        assert_eq!(single('ア'), Some("a"));
        assert_eq!(single('カ'), Some("ka"));
        assert_eq!(single('ッ'), None);
        assert_eq!(single('ツ'), Some("tsu"));
        assert_eq!(single('ハ'), Some("ha"));
        assert_eq!(single('ポ'), Some("po"));
        assert_eq!(single('マ'), Some("ma"));
        assert_eq!(single('ャ'), Some("ya"));
        assert_eq!(single('ラ'), Some("ra"));
        assert_eq!(single('ヮ'), Some("wa"));
        assert_eq!(single('ン'), Some("n"));
        assert_eq!(single('ヴ'), Some("vu"));
        assert_eq!(single('ヺ'), Some("vo"));
        assert_eq!(single('・'), None);
        assert_eq!(single('ー'), None);
    }

    #[test]
    fn gojuon() {
        let rows = [
            ("アイウエオ", "a i u e o"),
            ("カキクケコ", "ka ki ku ke ko"),
            ("サシスセソ", "sa shi su se so"),
            ("タチツテト", "ta chi tsu te to"),
            ("ナニヌネノ", "na ni nu ne no"),
            ("ハヒフヘホ", "ha hi fu he ho"),
            ("マミムメモ", "ma mi mu me mo"),
            ("ヤユヨ", "ya yu yo"),
            ("ラリルレロ", "ra ri ru re ro"),
            ("ワヰヱヲン", "wa i e o n"),
            ("ガギグゲゴ", "ga gi gu ge go"),
            ("ザジズゼゾ", "za ji zu ze zo"),
            ("ダヂヅデド", "da ji zu de do"),
            ("バビブベボ", "ba bi bu be bo"),
            ("パピプペポ", "pa pi pu pe po"),
            ("ァィゥェォヮヵヶ", "a i u e o wa ka ke"),
        ];
        for (kana, want) in rows {
            let want: Vec<&str> = want.split(' ').collect();
            for (k, w) in kana.chars().zip(&want) {
                // One kana at a time, so nothing merges.
                assert_eq!(r(&k.to_string()), *w, "{k}");
                // Hiragana reads the same.
                let h = char::from_u32(k as u32 - 0x60).unwrap();
                if ('\u{3041}'..='\u{3096}').contains(&h) {
                    assert_eq!(r(&h.to_string()), *w, "{h}");
                }
            }
        }
    }

    #[test]
    fn yoon() {
        let cases = [
            ("キャキュキョ", "kyakyukyo"),
            ("ギャギュギョ", "gyagyugyo"),
            ("シャシュショ", "shashusho"),
            ("ジャジュジョ", "jajujo"),
            ("チャチュチョ", "chachucho"),
            ("ヂャヂュヂョ", "jajujo"),
            ("ニャニュニョ", "nyanyunyo"),
            ("ヒャヒュヒョ", "hyahyuhyo"),
            ("ビャビュビョ", "byabyubyo"),
            ("ピャピュピョ", "pyapyupyo"),
            ("ミャミュミョ", "myamyumyo"),
            ("リャリュリョ", "ryaryuryo"),
            ("きゃしゅちょ", "kyashucho"),
        ];
        for (kana, want) in cases {
            assert_eq!(r(kana), want, "{kana}");
        }
    }

    #[test]
    fn loanword_kana() {
        let cases = [
            ("ファフィフェフォ", "fafifefo"),
            ("ティディデュ", "tididyu"),
            ("トゥドゥ", "tudu"),
            ("ウィウェウォ", "wiwewo"),
            ("ヴァヴィヴヴェヴォ", "vavivuvevo"),
            ("シェジェチェイェ", "shejecheye"),
            ("ツァツィツェツォ", "tsatsitsetso"),
            ("クァ", "kwa"),
            ("スィ", "si"),
            ("ア・イ", "a i"),
        ];
        for (kana, want) in cases {
            assert_eq!(r(kana), want, "{kana}");
        }
    }

    #[test]
    fn sokuon() {
        assert_eq!(r("クッチャン"), "kutchan");
        assert_eq!(r("ハッチョウ"), "hatcho");
        assert_eq!(r("サッポロ"), "sapporo");
        assert_eq!(r("ホッカイドウ"), "hokkaido");
        assert_eq!(r("ベッシ"), "besshi");
        assert_eq!(r("ハッタ"), "hatta");
        assert_eq!(r("ロッピャク"), "roppyaku");
        assert_eq!(r("マッジャ"), "majja");
        assert_eq!(r("ウッツ"), "uttsu");
        // Before nothing, a vowel, ン or ー: dropped.
        assert_eq!(r("アッ"), "a");
        assert_eq!(r("アッア"), "aa");
        assert_eq!(r("アッン"), "an");
        assert_eq!(r("ッ"), "");
        assert_eq!(r("ッ1"), "1");
        assert_eq!(r("カッッパ"), "kappa");
    }

    #[test]
    fn syllabic_n() {
        for (kana, n, m) in [
            ("シンバシ", "shinbashi", "shimbashi"),
            ("ナンバ", "nanba", "namba"),
            ("グンマ", "gunma", "gumma"),
            ("サンポ", "sanpo", "sampo"),
            ("ホンダ", "honda", "honda"),
            ("シンオオサカ", "shinosaka", "shinosaka"),
            ("ゲンヤ", "genya", "genya"),
            ("ン", "n", "n"),
            ("ンバ", "nba", "mba"),
        ] {
            assert_eq!(r(kana), n, "{kana}");
            assert_eq!(rs(kana, &[], &M), m, "{kana}");
        }
        // ん then ー or a non-kana char: still n.
        assert_eq!(rs("ンーバ", &[], &M), "nba");
        assert_eq!(rs("ン バ", &[], &M), "n ba");
    }

    #[test]
    fn long_vowels_plain() {
        assert_eq!(rw("チュウオウ", &[0, 3]), "chuo");
        assert_eq!(rw("オオサカ", &[0, 2]), "osaka");
        assert_eq!(rw("トウキョウ", &[0, 2]), "tokyo");
        assert_eq!(rw("オウテマチ", &[0, 2, 3]), "otemachi");
        assert_eq!(rw("オオイタ", &[0, 2]), "oita");
        assert_eq!(r("ユウキ"), "yuki");
        assert_eq!(r("ニイガタ"), "niigata");
        assert_eq!(r("メイエキ"), "meieki");
        assert_eq!(r("ササア"), "sasa");
        assert_eq!(r("ビール"), "biru");
        assert_eq!(r("オオオ"), "oo");
        assert_eq!(r("ー"), "");
        assert_eq!(r("ンー"), "n");
    }

    #[test]
    fn long_vowels_across_boundaries() {
        // 丸|の|内
        assert_eq!(rw("マルノウチ", &[0, 2, 3]), "marunouchi");
        assert_eq!(rw("マルノウチ", &[]), "marunochi");
        // 鳴|子|温|泉
        assert_eq!(rw("ナルコオンセン", &[0, 2, 3, 5]), "narukoonsen");
        assert_eq!(rw("ナルコオンセン", &[]), "narukonsen");
        // 那|智|勝|浦
        assert_eq!(rw("ナチカツウラ", &[0, 1, 2, 4]), "nachikatsuura");
        assert_eq!(rw("ナチカツウラ", &[]), "nachikatsura");
        // 小|浦
        assert_eq!(rw("コウラ", &[0, 1]), "koura");
        assert_eq!(rw("コウラ", &[]), "kora");
        // 横|牛
        assert_eq!(rw("ヨコウシ", &[0, 2]), "yokoushi");
        // Unsorted or out-of-range starts never panic.
        assert_eq!(rw("コウラ", &[5, 1, 0]), "kora");
        assert_eq!(rw("コウラ", &[u16::MAX]), "kora");
    }

    #[test]
    fn long_vowels_macron_and_kana() {
        assert_eq!(rs("チュウオウ", &[0, 3], &MACRON), "chūō");
        assert_eq!(rs("トウキョウ", &[0, 2], &MACRON), "tōkyō");
        assert_eq!(rs("オオサカ", &[0, 2], &MACRON), "ōsaka");
        assert_eq!(rs("ニイガタ", &[], &MACRON), "niigata");
        assert_eq!(rs("メイエキ", &[], &MACRON), "meieki");
        assert_eq!(rs("コウラ", &[0, 1], &MACRON), "koura");
        assert_eq!(rs("ビール", &[], &MACRON), "bīru");
        assert_eq!(rs("センター", &[], &MACRON), "sentā");
        assert_eq!(rs("コーポ", &[], &MACRON), "kōpo");

        assert_eq!(rs("チュウオウ", &[0, 3], &KANA), "chuuou");
        assert_eq!(rs("オオサカ", &[0, 2], &KANA), "oosaka");
        assert_eq!(rs("センター", &[], &KANA), "sentaa");
        assert_eq!(rs("コーポ", &[], &KANA), "koopo");
        assert_eq!(rs("ニイガタ", &[], &KANA), "niigata");
    }

    /// The table in DESIGN.md ("Hepburn rules").
    #[test]
    fn design_table() {
        let rows: [(&str, &[u16], [&str; 3]); 7] = [
            ("チュウオウ", &[0, 3], ["chuo", "chūō", "chuuou"]),
            ("トウキョウ", &[0, 2], ["tokyo", "tōkyō", "toukyou"]),
            (
                "オウテマチ",
                &[0, 2, 3],
                ["otemachi", "ōtemachi", "outemachi"],
            ),
            ("マルノウチ", &[0, 2, 3], ["marunouchi"; 3]),
            ("ナルコオンセン", &[0, 2, 3, 5], ["narukoonsen"; 3]),
            ("ナチカツウラ", &[0, 1, 2, 4], ["nachikatsuura"; 3]),
            ("ヨコウシ", &[0, 2], ["yokoushi"; 3]),
        ];
        for (kana, starts, [plain, macron, kana_style]) in rows {
            assert_eq!(rw(kana, starts), plain, "{kana}");
            assert_eq!(rs(kana, starts, &MACRON), macron, "{kana}");
            assert_eq!(rs(kana, starts, &KANA), kana_style, "{kana}");
        }
    }

    #[test]
    fn passthrough_and_iteration_marks() {
        assert_eq!(r("キタ1ジョウ"), "kita1jo");
        assert_eq!(r("ABC ア"), "ABC a");
        assert_eq!(r("東キョウ"), "東kyo");
        assert_eq!(r("サヽキ"), "sasaki");
        assert_eq!(r("いすゞ"), "isuzu");
        assert_eq!(r("ヽヾ"), "");
        assert_eq!(r(""), "");
    }

    #[test]
    fn romanize_kana_applies_case() {
        assert_eq!(
            romanize_kana("チュウオウ", &[0, 3], &Style::DEFAULT),
            "Chuo"
        );
        assert_eq!(
            romanize_kana("チュウオウ", &[0, 3], &Style::JAPAN_POST),
            "CHUO"
        );
        assert_eq!(
            romanize_kana(
                "チュウオウ",
                &[0, 3],
                &MACRON.case(crate::romaji::Case::Upper)
            ),
            "CHŪŌ"
        );
    }

    #[test]
    fn appends() {
        let mut out = String::from("x ");
        kana_to_romaji("シ", &[], &Style::default(), &mut out);
        assert_eq!(out, "x shi");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn never_panics(s in "\\PC*", starts in proptest::collection::vec(proptest::num::u16::ANY, 0..8)) {
            for style in [Style::default(), MACRON, KANA, M] {
                let mut out = String::new();
                kana_to_romaji(&s, &starts, &style, &mut out);
            }
        }

        #[test]
        fn kana_gives_ascii(s in "[\u{3041}-\u{3096}\u{309D}\u{309E}\u{30A1}-\u{30FC} a-z0-9]*", mut starts in proptest::collection::vec(0u16..64, 0..8)) {
            starts.sort_unstable();
            for style in [Style::default(), KANA, M] {
                let mut out = String::new();
                kana_to_romaji(&s, &starts, &style, &mut out);
                proptest::prop_assert!(out.is_ascii(), "{s:?} -> {out:?}");
                proptest::prop_assert!(!out.contains('\''));
            }
        }
    }
}
