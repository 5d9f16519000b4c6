//! Hostile input shapes for the linear-time checks: a head, a unit repeated
//! to the wanted length, and a tail. Each is something a fuzzer or a
//! careless caller could send (long digit runs, repeated place names and
//! block words, dashes, spaces between every character, long kana and
//! kanji runs, Kyoto direction chains), built at any length up to
//! [`jusho::MAX_INPUT_BYTES`].
//!
//! Shared by `tests/linear_time.rs`, `benches/jusho.rs` and
//! `examples/bench_dump.rs` through `#[path]`.
#![allow(dead_code)]

/// One shape: `head`, then `unit` as many times as fits, then `tail`.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// A short name for reports.
    pub name: &'static str,
    pub head: &'static str,
    pub unit: &'static str,
    pub tail: &'static str,
}

impl Shape {
    /// The input of at most `bytes` bytes: as many units as fit between
    /// head and tail (at least one).
    pub fn build(&self, bytes: usize) -> String {
        let fixed = self.head.len() + self.tail.len();
        let n = (bytes.saturating_sub(fixed) / self.unit.len()).max(1);
        let mut s = String::with_capacity(fixed + n * self.unit.len());
        s.push_str(self.head);
        for _ in 0..n {
            s.push_str(self.unit);
        }
        s.push_str(self.tail);
        s
    }
}

const fn shape(
    name: &'static str,
    head: &'static str,
    unit: &'static str,
    tail: &'static str,
) -> Shape {
    Shape {
        name,
        head,
        unit,
        tail,
    }
}

const ADDRESS: &str = "東京都中央区築地1-1-1 ";

/// Every hostile shape.
pub const SHAPES: &[Shape] = &[
    // Digit runs.
    shape("ward_dori_digits_jo", "南区通", "1", "条"),
    shape("chuo_dori_digits_jo", "中央区通", "1", "条"),
    shape("kyoto_dori_digits_jo", "京都市中京区河原町通", "1", "条上る"),
    shape("kyoto_dori_digit_jo", "京都市中京区河原町通", "1条", "上る"),
    shape("town_digits", "東京都中央区築地", "1", ""),
    shape("town_fullwidth_digits", "東京都中央区築地", "１", ""),
    shape("town_digits_chome", "東京都中央区築地", "1", "丁目"),
    shape("digits_alone", "", "1", ""),
    shape("digit_jo", "北海道札幌市中央区", "1条", ""),
    shape("digit_space", "東京都中央区築地", "1 ", ""),
    // Kanji numerals.
    shape("town_kanji_one", "東京都中央区築地", "一", ""),
    shape("town_kanji_ten", "東京都中央区築地", "十", ""),
    shape("town_kanji_mixed", "東京都中央区築地", "二十三", "番地"),
    shape("town_kanji_thousand", "東京都中央区築地", "千百", ""),
    shape("sapporo_kanji_jo", "北海道札幌市中央区北", "一条西", ""),
    shape("kanji_numeral_chome", "東京都中央区築地", "一丁目", ""),
    // Repeated place names.
    shape("prefecture", "", "東京都", ""),
    shape("ward_chuo", "", "中央区", ""),
    shape("ward_minami", "", "南区", ""),
    shape("city_ward", "", "北海道札幌市中央区", ""),
    shape("town", "東京都中央区", "築地", ""),
    shape("ward_town", "", "中央区築地", ""),
    shape("fuchu", "", "府中市", ""),
    shape("aza", "北海道虻田郡倶知安町", "字", ""),
    shape("oaza", "青森県青森市", "大字", ""),
    shape("aza_name", "北海道虻田郡倶知安町", "字山田", ""),
    shape("nihon", "", "日本、", "東京都中央区築地1-1-1"),
    shape("comma_places", "", "東京都、中央区、", ""),
    shape("dori", "南区", "通", ""),
    // Block words.
    shape("chome", ADDRESS, "1丁目", ""),
    shape("ban", "東京都中央区築地", "1番", ""),
    shape("go", "東京都中央区築地", "1号", ""),
    shape("banchi", "東京都中央区築地", "1番地", ""),
    shape("chome_ban_go", "東京都中央区築地", "1丁目1番地1号", ""),
    shape("chome_alone", "東京都中央区築地", "丁目", ""),
    shape("no_digit", "東京都中央区築地1", "の1", ""),
    shape("katakana_no", "東京都中央区築地", "1ノ", ""),
    shape("chiwari", "岩手県盛岡市", "第1地割", ""),
    shape("sen", "北海道旭川市", "西1線", ""),
    shape("jo_nishi", "北海道札幌市中央区", "北1条西", ""),
    // Dashes.
    shape("digit_dash", "東京都中央区築地", "1-", ""),
    shape("dashes", "東京都中央区築地1", "-", ""),
    shape("long_vowel_marks", "東京都中央区築地1", "ー", ""),
    shape("fullwidth_dashes", "東京都中央区築地", "１－", ""),
    shape("minus_signs", "東京都中央区築地", "1−", ""),
    shape("wave_dashes", "東京都中央区築地", "1〜", ""),
    // Spaces.
    shape(
        "spaced_characters",
        "",
        "東 京 都 中 央 区 築 地 1 - 1 - 1 ",
        "",
    ),
    shape("spaced_kanji", "東京都中央区築地1-1-1 ", "山 ", ""),
    shape("trailing_spaces", "東京都中央区築地1-1-1", " ", "A"),
    shape("ideographic_spaces", "東京都中央区築地1-1-1", "　", "A"),
    shape("spaced_ward", "", "中 央 区 ", ""),
    // Postal codes.
    shape("postal_marks", "", "〒", ""),
    shape("postal_codes", "", "〒104-0045 ", ""),
    shape("postal_codes_bare", "", "1040045", ""),
    shape("postal_words", "", "郵便番号", ""),
    shape("postal_then_address", "〒104-0045 ", "築地", ""),
    // Katakana (loanword splitter).
    shape("katakana_a", ADDRESS, "ア", ""),
    shape("katakana_mansion", ADDRESS, "マンション", ""),
    shape("katakana_mixed", ADDRESS, "パークハウスタワー", ""),
    shape("katakana_unknown", ADDRESS, "ヌゾ", ""),
    shape("katakana_small_tsu", ADDRESS, "ッ", ""),
    shape("katakana_halfwidth", ADDRESS, "ﾏﾝｼｮﾝ", ""),
    shape("katakana_long_vowel", ADDRESS, "ター", ""),
    shape("hiragana", ADDRESS, "あ", ""),
    shape("hiragana_no", ADDRESS, "の", ""),
    // Kanji runs with no place (kakasi, building word splitter).
    shape("kanji_rare", ADDRESS, "鬱", ""),
    shape("kanji_common", ADDRESS, "山", ""),
    shape("kanji_words", ADDRESS, "駅前会館", ""),
    shape("kanji_places", ADDRESS, "新宿", ""),
    shape("kanji_companies", ADDRESS, "三井住友", ""),
    shape("kanji_shin", ADDRESS, "新", ""),
    shape("kanji_mixed", ADDRESS, "東西南北上下", ""),
    shape("kanji_no_address", "", "鬱", ""),
    shape("kanji_ordinals", ADDRESS, "第一", ""),
    shape("kanji_building_numbers", ADDRESS, "1号館", ""),
    shape("kanji_wings", ADDRESS, "東館", ""),
    shape("building_words", ADDRESS, "ビル", ""),
    // Kanji runs just short of the splitter's bound, over and over.
    shape("kanji_runs_47", ADDRESS, "山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山山 ", ""),
    shape("variant_runs_47", ADDRESS, "髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙髙 ", ""),
    shape("place_runs", ADDRESS, "新宿渋谷池袋上野品川目黒大崎五反田田町浜松町新橋有楽町東京神田秋葉原御徒町鶯谷日暮里西日暮里田 ", ""),
    // Kyoto directions.
    shape("kyoto_chain", "京都府京都市中京区", "河原町通三条上る", ""),
    shape("kyoto_dori_agaru", "京都府京都市中京区", "通上る", ""),
    shape("kyoto_agaru", "京都府京都市中京区河原町通", "上ル", ""),
    shape("kyoto_nishi_iru", "京都府京都市中京区河原町通", "西入", ""),
    shape("kyoto_dori", "京都府京都市中京区", "通", ""),
    shape("kyoto_streets", "京都府京都市上京区", "千本通中立売", "上る"),
    shape("kyoto_chome", "京都府京都市中京区河原町通三条上る", "1丁目", ""),
    shape("kyoto_digits", "京都府京都市中京区河原町通三条上る", "1", ""),
    shape("kyoto_chain_town", "京都府京都市上京区", "千本通中立売上る", "亀屋町1"),
    shape("kyoto_chain_town_2", "京都府京都市中京区", "河原町通御池下る", "下丸屋町1"),
    // Mixtures.
    shape("room", ADDRESS, "1号室", ""),
    shape("floors", ADDRESS, "B1F", ""),
    shape("hashes", ADDRESS, "#", ""),
    shape("letters_digits", ADDRESS, "A1", ""),
    shape("ascii_words", ADDRESS, "ab ", ""),
    shape("po_box", "東京都中央区", "郵便局私書箱1号", ""),
    // A post office named by 1 KiB of text (found by the fuzzer).
    shape("po_box_long_office", "東京都中央区 ", "高梁市松原", "頚郵便局私書箱1号"),
    shape("po_box_unknown_office", "東京都中央区 ", "山", "郵便局私書箱1号"),
    shape("symbols", ADDRESS, "★", ""),
    shape("parentheses", "東京都中央区築地", "（", ""),
    shape("commas", "東京都中央区築地", "、", ""),
    shape("middle_dots", ADDRESS, "・", ""),
    shape("combining_marks", ADDRESS, "\u{3099}", ""),
    shape("variation_selectors", "東京都中央区築地", "\u{FE00}", ""),
    shape("everything", "", "〒104-0045 東京都中央区築地1丁目1番1号 ビル1F 1号室 ", ""),
    // Numeral names, marks after the address, building parts, and text
    // that NFKC lengthens (㌀ is アパート: four times the bytes once cleaned).
    shape("numeral_names", "東京都中央区築地", "七ツ", ""),
    shape("chome_comma", "東京都中央区築地", "1丁目、", ""),
    shape("postal_marks_after", ADDRESS, "〒", ""),
    shape("postal_codes_after", ADDRESS, "104-0045 ", ""),
    shape("dai", ADDRESS, "第", ""),
    shape("dai_numbers", ADDRESS, "第1", ""),
    shape("letter_wings", ADDRESS, "A棟", ""),
    shape("katakana_no_between_kanji", ADDRESS, "虎ノ", ""),
    shape("kanji_hiragana", ADDRESS, "山の", ""),
    shape("small_ke", ADDRESS, "霞ヶ", ""),
    shape("basement_floors", ADDRESS, "地下1階", ""),
    shape("go_alone", ADDRESS, "号", ""),
    shape("cho_alone", "東京都中央区築地", "丁", ""),
    shape("spaced_numerals", "東京都中央区築地", "一 ", ""),
    shape("iteration_marks", ADDRESS, "ヽヾ", ""),
    shape("nfkc_squares", ADDRESS, "㌀", ""),
    shape("nfkc_ligature", ADDRESS, "\u{FDFD}", ""),
    shape("nfkc_parenthesized", ADDRESS, "㈱", ""),
];

/// The shapes that cost the most before they were made linear (issue 16),
/// tracked by `cargo bench` (group `hostile_1k`).
pub const WORST: &[&str] = &[
    "po_box_long_office",
    "nfkc_squares",
    "ward_dori_digits_jo",
    "chuo_dori_digits_jo",
    "town_kanji_one",
    "katakana_a",
    "long_vowel_marks",
    "building_words",
    "kyoto_nishi_iru",
    "kyoto_chain_town_2",
    "variant_runs_47",
    "spaced_ward",
    "prefecture",
    "po_box",
];
