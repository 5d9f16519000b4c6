//! Character-level text work: cleanup of what people type, and the lookup
//! folding shared by the gazetteer index and the parser.
//!
//! Two steps, always in this order:
//!
//! 1. [`clean`] makes typed text canonical without changing its meaning:
//!    NFKC (full-width digits and letters to ASCII, half-width katakana to
//!    full-width), every dash to `-`, `1の2` to `1-2`, whitespace runs to one
//!    space, trimmed. Cleaned text is what the parser cuts parts from.
//! 2. [`fold`] (and [`fold_key`] for index keys) maps the spellings people
//!    use interchangeably onto one form, for matching only: `ヶ`/`が`/`ガ` to
//!    `ケ`, `の`/`之` to `ノ`, old character forms (旧字体) to new ones,
//!    variation selectors dropped, kanji numerals to ASCII digits. Folded text
//!    is never shown; [`Folded::original_offset`] maps positions back.
//!
//! Both run in linear time and never panic, whatever the input.
//!
//! # Example: a typed address, cleaned then folded
//!
//! ```
//! use jusho::text::{clean, fold};
//!
//! let cleaned = clean("東京都千代田区霞が関１－３ー１　中央合同庁舎");
//! assert_eq!(cleaned, "東京都千代田区霞が関1-3-1 中央合同庁舎");
//! let folded = fold(&cleaned);
//! assert_eq!(folded.as_str(), "東京都1000代田区霞ケ関1-3-1 中央合同庁舎");
//! ```

use std::borrow::Cow;

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

// ---------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------

/// Whether `c` is a kanji: a CJK unified ideograph (including extension A and
/// the supplementary-plane extensions), a CJK compatibility ideograph, or one
/// of the marks that behave like kanji in names: `々` (repeat), `〻`, `〆`,
/// `〇` (zero) and `ヶ` (the counter read *ka*/*ke*/*ga*, as in 霞ヶ関).
///
/// `ヶ` is a kanji here and *not* a katakana (see [`is_katakana`]), so that
/// the two classes never overlap.
///
/// # Example
///
/// ```
/// use jusho::text::is_kanji;
///
/// assert!(is_kanji('築'));
/// assert!(is_kanji('々'));
/// assert!(is_kanji('ヶ'));
/// assert!(is_kanji('\u{FA11}')); // 﨑, a compatibility ideograph
/// assert!(!is_kanji('カ'));
/// assert!(!is_kanji('1'));
/// ```
pub const fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3005}' | '\u{3006}' | '\u{3007}' | '\u{303B}' | '\u{30F6}'
        | '\u{3400}'..='\u{4DBF}'   // extension A
        | '\u{4E00}'..='\u{9FFF}'   // unified ideographs
        | '\u{F900}'..='\u{FAFF}'   // compatibility ideographs
        | '\u{20000}'..='\u{2FA1F}' // extensions B-F, compatibility supplement
        | '\u{30000}'..='\u{323AF}' // extensions G, H
    )
}

/// Whether `c` is a full-width katakana letter, including the long-vowel mark
/// `ー`, the repeat marks `ヽ` `ヾ`, `ヿ`, and the small letters of the
/// phonetic extensions block (`ㇰ`..`ㇿ`).
///
/// Not included: the middle dot `・` (a word separator in names, not a
/// letter), `ヶ` (counted as a kanji, see [`is_kanji`]), and half-width
/// katakana, which [`clean`] has already turned into full-width ones.
///
/// # Example
///
/// ```
/// use jusho::text::is_katakana;
///
/// assert!(is_katakana('サ'));
/// assert!(is_katakana('ー'));
/// assert!(is_katakana('ヵ'));
/// assert!(!is_katakana('・'));
/// assert!(!is_katakana('ヶ'));
/// assert!(!is_katakana('さ'));
/// assert!(!is_katakana('ｻ')); // half-width: clean first
/// ```
pub const fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30F5}' | '\u{30F7}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')
}

/// Whether `c` is a hiragana letter (`ぁ`..`ゖ`), or one of the repeat marks
/// `ゝ` `ゞ` or the digraph `ゟ`. The combining (han)dakuten are not letters;
/// [`clean`] composes them onto the letter before.
///
/// # Example
///
/// ```
/// use jusho::text::is_hiragana;
///
/// assert!(is_hiragana('つ'));
/// assert!(is_hiragana('ゞ'));
/// assert!(!is_hiragana('ツ'));
/// assert!(!is_hiragana('ー'));
/// ```
pub const fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{309D}'..='\u{309F}')
}

/// Whether `c` is a control character that makes a single address unusable:
/// every C0 control, DEL and every C1 control, except tab.
///
/// Newlines count: a single address is one line, and a newline inside one
/// means two records were merged. Check the raw input with this before
/// [`clean`], which turns tabs and newlines into spaces.
///
/// # Example
///
/// ```
/// use jusho::text::is_control;
///
/// assert!(is_control('\0'));
/// assert!(is_control('\n'));
/// assert!(is_control('\u{7F}'));
/// assert!(is_control('\u{85}'));
/// assert!(!is_control('\t'));
/// assert!(!is_control(' '));
/// assert!(!is_control('\u{200B}')); // a format character, not a control
/// ```
pub const fn is_control(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{A}'..='\u{1F}' | '\u{7F}'..='\u{9F}')
}

/// Reads the ASCII digits at the start of `s`: their value and how many
/// bytes they take.
///
/// Returns `None` if `s` does not start with an ASCII digit, or if the value
/// does not fit in a `u32`. Leading zeros are allowed (`"007"` is 7, 3 bytes).
///
/// # Example
///
/// ```
/// use jusho::text::parse_number;
///
/// assert_eq!(parse_number("404号室"), Some((404, 3)));
/// assert_eq!(parse_number("1-1-1"), Some((1, 1)));
/// assert_eq!(parse_number("007"), Some((7, 3)));
/// assert_eq!(parse_number("号室"), None);
/// assert_eq!(parse_number("99999999999"), None); // overflows u32
/// ```
pub fn parse_number(s: &str) -> Option<(u32, usize)> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 {
        return None;
    }
    let mut value: u32 = 0;
    for b in s.bytes().take(len) {
        value = value.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
    }
    Some((value, len))
}

// ---------------------------------------------------------------------------
// clean
// ---------------------------------------------------------------------------

/// Dashes that [`clean`] turns into ASCII `-` wherever they are (after NFKC,
/// which has already mapped `－` U+FF0D, `﹣` U+FE63, `‑` U+2011 and `﹘`).
/// The wave dashes `〜` and `~` are not dashes here.
const fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            ..='\u{2015}' // ‐ ‑ ‒ – — ―
            | '\u{2043}' // ⁃
            | '\u{2212}' // −
            | '\u{2500}' | '\u{2501}' // ─ ━
            | '\u{2E3A}' | '\u{2E3B}' // ⸺ ⸻
            | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// The long-vowel mark, which people type for a dash after a digit
/// (`1ー1`). Half-width `ｰ` is this after NFKC.
const LONG_VOWEL: char = '\u{30FC}';

/// Invisible characters that [`clean`] drops: zero-width space and the
/// byte-order mark (which a text file's first line often starts with).
const fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{FEFF}')
}

/// `の`/`ノ`, which mean "-" between two numbers (`1の2`).
const fn is_no(c: char) -> bool {
    matches!(c, 'の' | 'ノ')
}

/// Cleans typed text into the canonical form the parser works on.
///
/// In order:
///
/// * zero-width spaces and byte-order marks are dropped;
/// * NFKC normalization: full-width digits, letters and spaces become ASCII,
///   half-width katakana become full-width, `〶` becomes `〒`;
/// * every dash (`‐ ‑ ‒ – — ― − ─ ━ － ﹣`) becomes ASCII `-`, and so does a
///   long-vowel mark `ー`/`ｰ` right after an ASCII digit (`1ー1`); `ー` after
///   anything else stays (`サンプルマンション`), and the wave dashes `〜 ～ ~`
///   are left alone;
/// * `の`/`ノ` between two ASCII digits becomes `-` (`1の2` is `1-2`);
/// * each run of whitespace (ideographic space, tabs, newlines) becomes one
///   ASCII space, and the ends are trimmed.
///
/// Text that is already clean is returned borrowed, without allocating.
/// Cleaning is idempotent: `clean(&clean(x)) == clean(x)`.
///
/// Control characters other than whitespace are kept: refuse them before
/// cleaning (see [`is_control`]).
///
/// # Example: full-width digits, dashes and spaces
///
/// ```
/// use jusho::text::clean;
///
/// assert_eq!(clean("築地１－１－１　サンプルマンション４０４"), "築地1-1-1 サンプルマンション404");
/// assert_eq!(clean("築地1ー1の1"), "築地1-1-1");
/// assert_eq!(clean("  ｻﾝﾌﾟﾙ\tﾏﾝｼｮﾝ "), "サンプル マンション");
/// ```
///
/// # Example: clean text is borrowed
///
/// ```
/// use std::borrow::Cow;
/// use jusho::text::clean;
///
/// assert!(matches!(clean("東京都中央区築地1-1-1"), Cow::Borrowed(_)));
/// ```
pub fn clean(input: &str) -> Cow<'_, str> {
    if is_clean(input) {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut prev: Option<char> = None;
    let mut pending_space = false;
    let mut chars = input
        .chars()
        .filter(|&c| !is_invisible(c))
        .nfkc()
        .peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            pending_space = true;
            prev = Some(' ');
            continue;
        }
        let after_digit = prev.is_some_and(|p| p.is_ascii_digit());
        let mapped = if is_dash(c)
            || (c == LONG_VOWEL && after_digit)
            || (is_no(c) && after_digit && chars.peek().is_some_and(char::is_ascii_digit))
        {
            '-'
        } else {
            c
        };
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(mapped);
        prev = Some(c);
    }
    Cow::Owned(out)
}

/// Whether [`clean`] would return its input unchanged.
fn is_clean(s: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            if c != ' ' || matches!(prev, None | Some(' ')) || chars.peek().is_none() {
                return false;
            }
        } else if !c.is_ascii() {
            let after_digit = prev.is_some_and(|p| p.is_ascii_digit());
            if is_invisible(c)
                || is_dash(c)
                || (c == LONG_VOWEL && after_digit)
                || (is_no(c) && after_digit && chars.peek().is_some_and(char::is_ascii_digit))
            {
                return false;
            }
        }
        prev = Some(c);
    }
    s.chars().all(is_nfkc_stable)
        || match is_nfkc_quick(s.chars()) {
            IsNormalized::Yes => true,
            IsNormalized::No => false,
            IsNormalized::Maybe => unicode_normalization::is_nfkc(s),
        }
}

/// A fast, conservative check that NFKC leaves `c` alone: printable ASCII,
/// the common hiragana and katakana, 々, 〒 and the CJK unified ideographs
/// (which have no decompositions). Most addresses are made of these only,
/// which spares them the normalization tables.
const fn is_nfkc_stable(c: char) -> bool {
    matches!(
        c,
        ' '..='~' | 'ぁ'..='ゖ' | 'ァ'..='ヺ' | 'ー' | '々' | '〒' | '\u{4E00}'..='\u{9FFF}'
    )
}

// ---------------------------------------------------------------------------
// fold
// ---------------------------------------------------------------------------

/// Spelling variants folded for lookups, sorted by the first char (a test
/// checks). Old character forms (旧字体) and other variants map to the forms
/// Japan Post uses most; `ヶ ガ が` map to `ケ` and `の 之` to `ノ`. No target
/// is also a source, so folding is idempotent. CJK compatibility ideographs
/// that have a canonical decomposition (`塚` U+FA10, `隆` U+F9DC) are not
/// listed: [`fold_char`] decomposes them first.
#[rustfmt::skip]
static VARIANTS: &[(char, char)] = &[
    ('が', 'ケ'), ('の', 'ノ'), ('ゕ', 'カ'), ('ゖ', 'ケ'), ('ガ', 'ケ'), ('ヵ', 'カ'), ('ヶ', 'ケ'),
    ('之', 'ノ'), ('乘', '乗'), ('亂', '乱'), ('亞', '亜'), ('佛', '仏'), ('來', '来'), ('假', '仮'),
    ('傳', '伝'), ('僞', '偽'), ('價', '価'), ('儉', '倹'), ('兒', '児'), ('兩', '両'), ('冨', '富'),
    ('剩', '剰'), ('劍', '剣'), ('劑', '剤'), ('勞', '労'), ('勳', '勲'), ('勵', '励'), ('區', '区'),
    ('卷', '巻'), ('參', '参'), ('單', '単'), ('嚴', '厳'), ('囑', '嘱'), ('囘', '回'), ('圈', '圏'),
    ('國', '国'), ('圍', '囲'), ('圓', '円'), ('圖', '図'), ('團', '団'), ('埜', '野'), ('增', '増'),
    ('墮', '堕'), ('壓', '圧'), ('壘', '塁'), ('壞', '壊'), ('壤', '壌'), ('壯', '壮'), ('壹', '壱'),
    ('壺', '壷'), ('壽', '寿'), ('奧', '奥'), ('孃', '嬢'), ('學', '学'), ('寢', '寝'), ('實', '実'),
    ('寫', '写'), ('寬', '寛'), ('寶', '宝'), ('將', '将'), ('專', '専'), ('對', '対'), ('屆', '届'),
    ('屬', '属'), ('峯', '峰'), ('峽', '峡'), ('嵜', '崎'), ('嶋', '島'), ('嶌', '島'), ('嶽', '岳'),
    ('巢', '巣'), ('帶', '帯'), ('廢', '廃'), ('廣', '広'), ('廳', '庁'), ('彈', '弾'), ('彥', '彦'),
    ('徑', '径'), ('從', '従'), ('德', '徳'), ('恆', '恒'), ('惠', '恵'), ('惡', '悪'), ('惱', '悩'),
    ('愼', '慎'), ('應', '応'), ('懷', '懐'), ('戀', '恋'), ('戰', '戦'), ('戲', '戯'), ('拂', '払'),
    ('拔', '抜'), ('拜', '拝'), ('挾', '挟'), ('插', '挿'), ('搖', '揺'), ('搜', '捜'), ('擇', '択'),
    ('擔', '担'), ('據', '拠'), ('擧', '挙'), ('擴', '拡'), ('攝', '摂'), ('收', '収'), ('效', '効'),
    ('敍', '叙'), ('數', '数'), ('斷', '断'), ('晝', '昼'), ('曉', '暁'), ('曾', '曽'), ('會', '会'),
    ('桒', '桑'), ('條', '条'), ('棧', '桟'), ('榮', '栄'), ('槇', '槙'), ('樂', '楽'), ('樓', '楼'),
    ('樞', '枢'), ('樣', '様'), ('檜', '桧'), ('檢', '検'), ('櫻', '桜'), ('權', '権'), ('歐', '欧'),
    ('歡', '歓'), ('歸', '帰'), ('殘', '残'), ('每', '毎'), ('氣', '気'), ('沒', '没'), ('淨', '浄'),
    ('淵', '渕'), ('淺', '浅'), ('滯', '滞'), ('滿', '満'), ('潛', '潜'), ('澁', '渋'), ('澤', '沢'),
    ('濕', '湿'), ('濟', '済'), ('濱', '浜'), ('瀧', '滝'), ('瀨', '瀬'), ('灣', '湾'), ('燈', '灯'),
    ('燒', '焼'), ('營', '営'), ('爐', '炉'), ('爭', '争'), ('爲', '為'), ('狹', '狭'), ('獨', '独'),
    ('獵', '猟'), ('獸', '獣'), ('獻', '献'), ('瓣', '弁'), ('甁', '瓶'), ('產', '産'), ('畫', '画'),
    ('當', '当'), ('疊', '畳'), ('發', '発'), ('盜', '盗'), ('盡', '尽'), ('眞', '真'), ('碎', '砕'),
    ('碕', '崎'), ('祕', '秘'), ('禪', '禅'), ('禮', '礼'), ('禰', '祢'), ('稱', '称'), ('穗', '穂'),
    ('竝', '並'), ('籔', '薮'), ('籠', '篭'), ('粹', '粋'), ('絲', '糸'), ('經', '経'), ('綠', '緑'),
    ('縣', '県'), ('縱', '縦'), ('總', '総'), ('繩', '縄'), ('繪', '絵'), ('繼', '継'), ('續', '続'),
    ('纖', '繊'), ('缺', '欠'), ('聰', '聡'), ('聲', '声'), ('聽', '聴'), ('肅', '粛'), ('腦', '脳'),
    ('膽', '胆'), ('臟', '臓'), ('臺', '台'), ('與', '与'), ('舊', '旧'), ('舍', '舎'), ('舘', '館'),
    ('莊', '荘'), ('莖', '茎'), ('萊', '莱'), ('萬', '万'), ('藏', '蔵'), ('藝', '芸'), ('藥', '薬'),
    ('藪', '薮'), ('蘆', '芦'), ('處', '処'), ('號', '号'), ('螢', '蛍'), ('蟲', '虫'), ('蠶', '蚕'),
    ('蠻', '蛮'), ('衞', '衛'), ('裝', '装'), ('襃', '褒'), ('覺', '覚'), ('覽', '覧'), ('觀', '観'),
    ('觸', '触'), ('謠', '謡'), ('證', '証'), ('譯', '訳'), ('譽', '誉'), ('讀', '読'), ('變', '変'),
    ('讓', '譲'), ('豐', '豊'), ('豫', '予'), ('貳', '弐'), ('賣', '売'), ('賴', '頼'), ('贊', '賛'),
    ('踐', '践'), ('輕', '軽'), ('轉', '転'), ('辨', '弁'), ('辭', '辞'), ('辯', '弁'), ('遞', '逓'),
    ('遲', '遅'), ('邉', '辺'), ('邊', '辺'), ('鄕', '郷'), ('醉', '酔'), ('醫', '医'), ('釀', '醸'),
    ('釋', '釈'), ('錄', '録'), ('錢', '銭'), ('鎭', '鎮'), ('鐵', '鉄'), ('鑄', '鋳'), ('鑛', '鉱'),
    ('關', '関'), ('隨', '随'), ('險', '険'), ('隸', '隷'), ('雙', '双'), ('雜', '雑'), ('霸', '覇'),
    ('靈', '霊'), ('靜', '静'), ('顏', '顔'), ('顚', '顛'), ('顯', '顕'), ('飜', '翻'), ('餘', '余'),
    ('騷', '騒'), ('驅', '駆'), ('驒', '騨'), ('驗', '験'), ('驛', '駅'), ('髓', '髄'), ('體', '体'),
    ('髙', '高'), ('髮', '髪'), ('鬭', '闘'), ('鷄', '鶏'), ('鷗', '鴎'), ('鹽', '塩'), ('麥', '麦'),
    ('麵', '麺'), ('黃', '黄'), ('黑', '黒'), ('默', '黙'), ('點', '点'), ('黨', '党'), ('齊', '斎'),
    ('齋', '斎'), ('齒', '歯'), ('齡', '齢'), ('龍', '竜'), ('龜', '亀'), ('﨑', '崎'), ('𠮷', '吉'),
];

/// Looks `c` up in [`VARIANTS`].
/// One bit per character of U+3000..U+A000 (kana and the CJK unified
/// ideographs): set when the character is a source in [`VARIANTS`], so most
/// characters skip the binary search.
static VARIANT_SOURCES: [u64; 0x7000 / 64] = {
    let mut bits = [0u64; 0x7000 / 64];
    let mut i = 0;
    while i < VARIANTS.len() {
        let c = VARIANTS[i].0 as u32;
        if c >= 0x3000 && c < 0xA000 {
            let at = (c - 0x3000) as usize;
            bits[at / 64] |= 1 << (at % 64);
        }
        i += 1;
    }
    bits
};

fn variant(c: char) -> Option<char> {
    let code = c as u32;
    if (0x3000..0xA000).contains(&code) {
        let at = (code - 0x3000) as usize;
        if VARIANT_SOURCES[at / 64] & (1 << (at % 64)) == 0 {
            return None;
        }
    }
    VARIANTS
        .binary_search_by_key(&c, |&(from, _)| from)
        .ok()
        .and_then(|i| VARIANTS.get(i))
        .map(|&(_, to)| to)
}

/// Whether `c` is a variation selector (standard or ideographic).
const fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// A CJK compatibility ideograph's unified twin, if it has one.
fn compat_ideograph(c: char) -> Option<char> {
    if !matches!(c, '\u{F900}'..='\u{FAFF}' | '\u{2F800}'..='\u{2FA1F}') {
        return None;
    }
    let mut single = None;
    let mut count = 0;
    unicode_normalization::char::decompose_canonical(c, |d| {
        single = Some(d);
        count += 1;
    });
    match single {
        Some(d) if count == 1 && d != c => Some(d),
        _ => None,
    }
}

/// The folded form of one char, ignoring numerals: `None` if unchanged.
fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    match compat_ideograph(c) {
        Some(d) => Some(variant(d).unwrap_or(d)),
        None => variant(c),
    }
}

/// A kanji numeral: a digit (`〇`..`九`, `壱 弐 参`) or a unit (`十 百 千`).
#[derive(Clone, Copy)]
enum Numeral {
    Digit(u8),
    Unit(u64),
}

/// `c` (already passed through [`fold_char`]) as a kanji numeral. `万` is
/// deliberately not one: `1万` would read oddly, and no address needs it.
const fn numeral(c: char) -> Option<Numeral> {
    Some(match c {
        '〇' => Numeral::Digit(0),
        '一' | '壱' => Numeral::Digit(1),
        '二' | '弐' => Numeral::Digit(2),
        '三' | '参' => Numeral::Digit(3),
        '四' => Numeral::Digit(4),
        '五' => Numeral::Digit(5),
        '六' => Numeral::Digit(6),
        '七' => Numeral::Digit(7),
        '八' => Numeral::Digit(8),
        '九' => Numeral::Digit(9),
        '十' => Numeral::Unit(10),
        '百' => Numeral::Unit(100),
        '千' => Numeral::Unit(1000),
        _ => return None,
    })
}

/// Writes a run of kanji numerals as ASCII digits.
///
/// Without units the digits are read one by one (`一〇一` is `101`); with
/// units they are summed (`千二百三十四` is `1234`, `十` is `10`). Malformed
/// runs still give a number (`十百` is `110`); arithmetic saturates.
fn push_numeral_run(run: &[Numeral], out: &mut String) {
    use std::fmt::Write;

    if run.iter().all(|n| matches!(n, Numeral::Digit(_))) {
        for n in run {
            if let Numeral::Digit(d) = *n {
                out.push(char::from(b'0' + d));
            }
        }
        return;
    }
    let mut total: u64 = 0;
    let mut current: Option<u64> = None;
    for n in run {
        match *n {
            Numeral::Digit(d) => {
                let c = current.unwrap_or(0);
                current = Some(c.saturating_mul(10).saturating_add(u64::from(d)));
            }
            Numeral::Unit(u) => {
                total = total.saturating_add(current.unwrap_or(1).saturating_mul(u));
                current = None;
            }
        }
    }
    total = total.saturating_add(current.unwrap_or(0));
    // Writing to a String cannot fail.
    let _ = write!(out, "{total}");
}

/// Text folded for lookups by [`fold`], remembering where each part came from.
///
/// # Example: cut the original at a match in the folded text
///
/// ```
/// use jusho::text::fold;
///
/// let original = "札幌市中央区北一条西二丁目 髙橋ビル";
/// let folded = fold(original);
/// assert_eq!(folded.as_str(), "札幌市中央区北1条西2丁目 高橋ビル");
/// let at = folded.as_str().find(' ').unwrap();
/// assert_eq!(&original[..folded.original_offset(at)], "札幌市中央区北一条西二丁目");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    text: String,
    /// For each byte offset of `text` (and its end), the offset in the
    /// input. Interior bytes of a char map like the char's start.
    offsets: Vec<usize>,
}

impl Folded {
    /// The folded text.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jusho::text::fold("霞ヶ関").as_str(), "霞ケ関");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte offset in the folded text back to the byte offset in the
    /// text that was folded.
    ///
    /// The mapping is monotonic. The end of the folded text maps to the end
    /// of the input, and the start to the start (when anything is left after
    /// folding). An offset inside a kanji numeral run's digits maps to the
    /// start of the run; dropped variation selectors go with the char before
    /// them. Offsets past the end map to the end of the input; offsets that
    /// are not char boundaries map like the start of their char.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::text::fold;
    ///
    /// let original = "築地一丁目";
    /// let folded = fold(original);
    /// assert_eq!(folded.as_str(), "築地1丁目");
    /// assert_eq!(folded.original_offset(6), 6); // before 1 / 一
    /// assert_eq!(folded.original_offset(7), 9); // after 1 / 一
    /// assert_eq!(folded.original_offset(folded.as_str().len()), original.len());
    /// ```
    pub fn original_offset(&self, folded_byte: usize) -> usize {
        let last = self.offsets.last().copied().unwrap_or(0);
        self.offsets.get(folded_byte).copied().unwrap_or(last)
    }
}

impl AsRef<str> for Folded {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// Folds cleaned text (see [`clean`]) for matching against gazetteer keys
/// made by [`fold_key`].
///
/// * `ヶ ケ ガ が ゖ` become `ケ`, `ヵ ゕ` become `カ`, `の 之` become `ノ`, so
///   that 霞ヶ関, 霞ケ関 and 霞が関 all match, and so do 丸の内 and 丸ノ内;
/// * old and variant character forms become the common ones (`髙` → `高`,
///   `﨑` → `崎`, `澤` → `沢`, `邊` → `辺`, about 300 in all), and CJK
///   compatibility ideographs their unified twins;
/// * variation selectors are dropped;
/// * runs of kanji numerals (`〇 一 二 三 四 五 六 七 八 九 十 百 千`, and
///   `壱 弐 参`) become ASCII digits: `二十三` → `23`, `一〇一` → `101`. Names
///   are folded the same way, so `北1条西` finds `北一条西`; the result is a
///   key, never shown (`千代田` folds to `1000代田`). `万` is left alone.
///
/// Spaces and everything else are kept. Folding is idempotent, runs in
/// linear time and never panics; text that was not cleaned is folded all the
/// same.
///
/// # Example
///
/// ```
/// use jusho::text::fold;
///
/// assert_eq!(fold("霞が関").as_str(), "霞ケ関");
/// assert_eq!(fold("丸の内").as_str(), "丸ノ内");
/// assert_eq!(fold("千二百三十四番地").as_str(), "1234番地");
/// assert_eq!(fold("髙島屋").as_str(), "高島屋");
/// ```
pub fn fold(cleaned: &str) -> Folded {
    let mut text = String::with_capacity(cleaned.len());
    let mut offsets = Vec::with_capacity(cleaned.len() + 1);
    fold_into(cleaned, &mut text, Some(&mut offsets));
    offsets.push(cleaned.len());
    if let Some(first) = offsets.first_mut() {
        if !text.is_empty() {
            *first = 0;
        }
    }
    Folded { text, offsets }
}

/// Folds a gazetteer name into its index key, exactly as [`fold`] folds
/// input. Borrowed when nothing changes.
///
/// # Example
///
/// ```
/// use std::borrow::Cow;
/// use jusho::text::fold_key;
///
/// assert_eq!(fold_key("北一条西"), "北1条西");
/// assert_eq!(fold_key("龍ケ崎市"), "竜ケ崎市");
/// assert!(matches!(fold_key("中央区"), Cow::Borrowed(_)));
/// ```
pub fn fold_key(name: &str) -> Cow<'_, str> {
    let unchanged = name
        .chars()
        .all(|c| numeral(c).is_none() && !is_variation_selector(c) && fold_char(c).is_none());
    if unchanged {
        return Cow::Borrowed(name);
    }
    let mut text = String::with_capacity(name.len());
    fold_into(name, &mut text, None);
    Cow::Owned(text)
}

/// The one folding loop behind [`fold`] and [`fold_key`]. With `offsets`,
/// pushes one input offset per output byte.
fn fold_into(input: &str, out: &mut String, mut offsets: Option<&mut Vec<usize>>) {
    // A pending numeral run: where it started, and its numerals. Runs are
    // short in real text; the Vec is reused and only grows for long runs.
    let mut run: Vec<Numeral> = Vec::new();
    let mut run_start = 0;
    for (at, c) in input.char_indices() {
        if is_variation_selector(c) {
            continue;
        }
        let c = fold_char(c).unwrap_or(c);
        if let Some(n) = numeral(c) {
            if run.is_empty() {
                run_start = at;
            }
            run.push(n);
            continue;
        }
        if !run.is_empty() {
            flush_run(&mut run, run_start, out, offsets.as_deref_mut());
        }
        out.push(c);
        if let Some(offsets) = offsets.as_deref_mut() {
            offsets.extend(std::iter::repeat_n(at, c.len_utf8()));
        }
    }
    if !run.is_empty() {
        flush_run(&mut run, run_start, out, offsets);
    }
}

/// Writes a pending numeral run and empties it.
fn flush_run(
    run: &mut Vec<Numeral>,
    start: usize,
    out: &mut String,
    offsets: Option<&mut Vec<usize>>,
) {
    let before = out.len();
    push_numeral_run(run, out);
    run.clear();
    if let Some(offsets) = offsets {
        offsets.extend(std::iter::repeat_n(start, out.len() - before));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_sorted_and_sound() {
        for pair in VARIANTS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "not sorted: {:?}", pair);
        }
        assert!(VARIANTS.len() >= 100);
        for &(from, to) in VARIANTS {
            assert_ne!(from, to, "{from} maps to itself");
            assert!(
                variant(to).is_none(),
                "target {to} of {from} is also a source"
            );
            assert_eq!(variant(from), Some(to));
            // Sources must survive NFKC, or clean would have removed them.
            let nfkc: String = from.to_string().nfkc().collect();
            assert_eq!(nfkc, from.to_string(), "{from} is changed by NFKC");
        }
    }

    #[test]
    fn clean_examples() {
        let cases = [
            ("", ""),
            ("   ", ""),
            (
                "\u{3000}東京都\u{3000}\u{3000}中央区\t築地 ",
                "東京都 中央区 築地",
            ),
            ("１０４－００４５", "104-0045"),
            ("104ー0045", "104-0045"),
            ("104ｰ0045", "104-0045"),
            ("1‐2‑3‒4–5—6―7━8─9−0﹣1", "1-2-3-4-5-6-7-8-9-0-1"),
            ("1の2", "1-2"),
            ("1ノ2", "1-2"),
            ("１の２", "1-2"),
            ("の2", "の2"),
            ("1の", "1の"),
            ("丸の内1の2の3", "丸の内1-2-3"),
            ("サンプルマンション", "サンプルマンション"),
            ("ｻﾝﾌﾟﾙﾏﾝｼｮﾝ", "サンプルマンション"),
            ("1〜2", "1〜2"),
            ("1～2", "1~2"),
            ("1ーー2", "1-ー2"),
            ("\u{FEFF}東京都", "東京都"),
            ("〶1040045", "〒1040045"),
            ("ＡＢＣ　ｂｌｄｇ", "ABC bldg"),
            ("a\n\r\nb", "a b"),
        ];
        for (input, want) in cases {
            assert_eq!(clean(input), want, "clean({input:?})");
            assert_eq!(clean(want), want, "clean not idempotent on {want:?}");
        }
    }

    #[test]
    fn clean_borrows_clean_text() {
        for s in [
            "",
            "abc",
            "104-0045",
            "東京都中央区築地1-1-1 サンプルマンション404",
            "1〜2",
        ] {
            assert!(matches!(clean(s), Cow::Borrowed(_)), "{s:?}");
        }
        for s in [" a", "a ", "a  b", "a\tb", "1ー2", "1の2", "１"] {
            assert!(matches!(clean(s), Cow::Owned(_)), "{s:?}");
        }
    }

    #[test]
    fn fold_examples() {
        let cases = [
            ("霞ヶ関", "霞ケ関"),
            ("霞ケ関", "霞ケ関"),
            ("霞が関", "霞ケ関"),
            ("霞ガ関", "霞ケ関"),
            ("三ヵ月", "3カ月"),
            ("丸の内", "丸ノ内"),
            ("丸之内", "丸ノ内"),
            ("二十三", "23"),
            ("千二百三十四", "1234"),
            ("一〇一", "101"),
            ("十", "10"),
            ("百", "100"),
            ("二千", "2000"),
            ("十一", "11"),
            ("九十九里", "99里"),
            ("壱弐参", "123"),
            ("一万", "1万"),
            ("北一条西", "北1条西"),
            ("六本木", "6本木"),
            ("千代田", "1000代田"),
            ("﨑", "崎"),
            ("\u{FA10}", "塚"),
            ("\u{F9DC}", "隆"),
            ("葛\u{E0100}飾", "葛飾"),
            ("邉\u{FE00}", "辺"),
            ("飛驒", "飛騨"),
            ("築地 1-1-1", "築地 1-1-1"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input).as_str(), want, "fold({input:?})");
            assert_eq!(fold_key(input), want, "fold_key({input:?})");
            assert_eq!(fold(want).as_str(), want, "fold not idempotent on {want:?}");
        }
    }

    #[test]
    fn fold_offsets() {
        let input = "北一条西二十三丁目";
        let f = fold(input);
        assert_eq!(f.as_str(), "北1条西23丁目");
        let map: Vec<usize> = (0..=f.as_str().len())
            .map(|b| f.original_offset(b))
            .collect();
        // 北 | 1 | 条 | 西 | 23 | 丁目
        assert_eq!(map[0], 0);
        assert_eq!(map[3], 3);
        assert_eq!(map[4], 6);
        assert_eq!(map[10], 12); // start of 23 -> start of 二十三
        assert_eq!(map[11], 12); // inside 23
        assert_eq!(map[12], 21); // after 三
        assert_eq!(*map.last().unwrap(), input.len());
        assert_eq!(f.original_offset(1000), input.len());

        // A dropped variation selector stays with the char before it.
        let input = "葛\u{E0100}飾区";
        let f = fold(input);
        assert_eq!(f.original_offset(3), "葛\u{E0100}".len());
        // Leading selector: start still maps to start.
        let f = fold("\u{FE00}a");
        assert_eq!(f.original_offset(0), 0);
        assert_eq!(f.original_offset(1), 4);
        // Nothing left.
        let f = fold("\u{FE00}");
        assert_eq!(f.as_str(), "");
        assert_eq!(f.original_offset(0), 3);
    }

    #[test]
    fn numeral_overflow_saturates() {
        let long = "九".repeat(40) + "千";
        assert_eq!(fold(&long).as_str(), u64::MAX.to_string());
        let digits = "九".repeat(40);
        assert_eq!(fold(&digits).as_str(), "9".repeat(40));
    }

    #[test]
    fn char_classes_are_disjoint() {
        for c in [
            '\u{3000}'..='\u{30FF}',
            '\u{3400}'..='\u{4DBF}',
            '\u{4E00}'..='\u{9FFF}',
        ]
        .into_iter()
        .flatten()
        {
            let n = usize::from(is_kanji(c))
                + usize::from(is_katakana(c))
                + usize::from(is_hiragana(c));
            assert!(n <= 1, "{c} ({:X}) in several classes", u32::from(c));
        }
        for c in '\0'..='\u{FF}' {
            assert_eq!(
                is_control(c),
                c.is_control() && c != '\t',
                "{:X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn parse_number_edges() {
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("4294967295"), Some((u32::MAX, 10)));
        assert_eq!(parse_number("4294967296"), None);
        assert_eq!(parse_number("0"), Some((0, 1)));
        assert_eq!(parse_number("１"), None);
    }

    mod prop {
        use super::super::*;
        use proptest::prelude::*;

        /// Strings biased towards the characters the rules care about.
        fn addressy() -> impl Strategy<Value = String> {
            let interesting = prop::sample::select(vec![
                '0',
                '1',
                '9',
                '１',
                '-',
                '－',
                'ー',
                'ｰ',
                'の',
                'ノ',
                ' ',
                '\u{3000}',
                '\t',
                '\n',
                '〜',
                '~',
                '一',
                '十',
                '百',
                '千',
                '〇',
                '万',
                'ヶ',
                'が',
                '髙',
                '\u{FA10}',
                '\u{FE00}',
                '\u{E0100}',
                '\u{301}',
                '\u{3099}',
                'ｶ',
                'ﾞ',
                '\u{200B}',
                '\u{FEFF}',
                '東',
                'a',
                'é',
                '\u{00A0}',
                '\u{2028}',
                '①',
                '㈱',
            ]);
            prop::collection::vec(prop_oneof![3 => interesting, 1 => any::<char>()], 0..40)
                .prop_map(|v| v.into_iter().collect())
        }

        fn check_fold(s: &str) {
            let f = fold(s);
            assert_eq!(fold_key(s), f.as_str());
            let len = f.as_str().len();
            let mut last = 0;
            for b in 0..=len {
                let o = f.original_offset(b);
                assert!(o <= s.len());
                assert!(o >= last, "not monotonic at {b}");
                if f.as_str().is_char_boundary(b) {
                    assert!(s.is_char_boundary(o), "{o} is not a boundary of {s:?}");
                }
                last = o;
            }
            assert_eq!(f.original_offset(len), s.len());
            assert_eq!(fold(f.as_str()).as_str(), f.as_str(), "fold not idempotent");
        }

        proptest! {
            #[test]
            fn clean_is_idempotent(s in addressy()) {
                let once = clean(&s);
                let twice = clean(&once);
                prop_assert_eq!(&*once, &*twice);
                prop_assert!(matches!(twice, Cow::Borrowed(_)));
            }

            #[test]
            fn clean_any_string(s in any::<String>()) {
                let once = clean(&s);
                prop_assert_eq!(&*clean(&once), &*once);
            }

            #[test]
            fn fold_offsets_sound(s in addressy()) {
                check_fold(&s);
                check_fold(&clean(&s));
            }

            #[test]
            fn fold_any_string(s in any::<String>()) {
                check_fold(&s);
            }
        }
    }
}
