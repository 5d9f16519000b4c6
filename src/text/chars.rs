//! Character classes: kanji, kana, control characters.

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
