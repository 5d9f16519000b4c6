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

use super::spelling::{LongVowel, Spelling, SyllabicN};

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
        // Small katakana of the phonetic extensions (Ainu): read as the
        // full-size letters.
        '\u{31F0}'..='\u{31FF}' => {
            const FULL: [char; 16] = [
                'ク', 'シ', 'ス', 'ト', 'ヌ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'ム', 'ラ', 'リ', 'ル',
                'レ', 'ロ',
            ];
            FULL.get((c as u32 - 0x31F0) as usize).copied().unwrap_or(c)
        }
        _ => c,
    }
}

/// Romaji of one katakana (after [`to_katakana`]), if it is a plain kana.
#[inline]
fn single(c: char) -> Option<&'static str> {
    match c {
        // The digraphs koto (a ligature of コト) and yori (of より).
        'ヿ' => return Some("koto"),
        'ゟ' => return Some("yori"),
        _ => {}
    }
    let i = (c as u32).checked_sub(FIRST_KANA)? as usize;
    KANA.get(i).copied().filter(|s| !s.is_empty())
}

/// Whether `n` is a small kana, the only second kana of a [`digraph`] (a
/// test checks).
#[inline]
fn is_small(n: char) -> bool {
    matches!(
        n,
        'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ャ' | 'ュ' | 'ョ' | 'ヮ'
    )
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
///   ASCII and the spelling is not [`LongVowel::Macron`].
/// * `word_starts` are the char indices into `kana` where a new word or a
///   new kanji's reading begins (index 0 is implied). Long vowels are only
///   merged inside one segment, never across a start. The slice should be
///   sorted; if it is not, some starts are ignored (nothing panics).
/// * Case is not applied here: see [`apply_case`](super::apply_case).
///
/// Runs in time linear in `kana` and never panics.
///
/// Examples are the unit tests in `tests.rs` (this function is internal;
/// [`romanize_kana`] is the public entry).
pub(crate) fn kana_to_romaji(
    kana: &str,
    word_starts: &[u16],
    spelling: &Spelling,
    out: &mut String,
) {
    let long_vowel = spelling.get_long_vowel();
    let m_before_labial = spelling.get_syllabic_n() == SyllabicN::MBeforeLabial;

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
                match chars
                    .peek()
                    .filter(|&&(_, n)| is_small(n))
                    .and_then(|&(_, n)| digraph(c, n))
                {
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

/// Converts kana (katakana or hiragana) to modified Hepburn in a
/// [`Spelling`], case applied, into a new `String`. The kana are read as
/// one word: long vowels merge wherever the kana allow (`マルノウチ` →
/// `Marunochi`); a gazetteer name knows where its kanji's readings start,
/// so read those with [`Place::romaji`](crate::gazetteer::Place::romaji)
/// (`Marunouchi`). Never panics; text that is not kana is kept as it is.
///
/// # Example
///
/// ```
/// use jusho::romaji::{romanize_kana, Spelling};
///
/// assert_eq!(romanize_kana("クッチャン", &Spelling::DEFAULT), "Kutchan");
/// assert_eq!(romanize_kana("しんばし", &Spelling::JAPAN_POST), "SHIMBASHI");
/// assert_eq!(romanize_kana("ヴィラ・フォレスト", &Spelling::DEFAULT), "Vira Foresuto");
/// ```
pub fn romanize_kana(kana: &str, spelling: &Spelling) -> String {
    romanize_words(kana, &[], spelling)
}

/// [`romanize_kana`] with the character offsets where a new word (a
/// kanji's reading) starts: long vowels never merge across them.
pub(crate) fn romanize_words(kana: &str, word_starts: &[u16], spelling: &Spelling) -> String {
    let mut out = String::with_capacity(kana.len());
    kana_to_romaji(kana, word_starts, spelling, &mut out);
    super::case::apply_case_in_place(&mut out, spelling.get_case());
    out
}

#[cfg(test)]
mod tests;
