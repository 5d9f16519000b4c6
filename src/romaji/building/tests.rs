use super::*;

fn none(_: &str) -> Option<String> {
    None
}

fn words(run: &str) -> Vec<String> {
    split_run(run, &none)
        .into_iter()
        .map(|p| match p {
            Piece::Kana(k, _) => k.into_owned(),
            Piece::English { text, .. } => text.to_owned(),
            Piece::Unknown(u) => format!("?{u}"),
        })
        .collect()
}

#[test]
fn numerals_are_no_variants() {
    for c in FOLDED_NUMERALS {
        let mut buf = [0u8; 4];
        let key = crate::text::fold_key(c.encode_utf8(&mut buf));
        assert!(key.chars().all(|d| d.is_ascii_digit()), "{c} {key}");
    }
}

#[test]
fn variants_are_folded() {
    assert_eq!(fold_variants("玉川髙島屋"), "玉川高島屋");
    assert_eq!(fold_variants("﨑と𠮷と德"), "崎と吉と徳");
    assert!(matches!(fold_variants("霞ヶ関一丁目"), Cow::Borrowed(_)));
}

#[test]
fn numbered_parts() {
    use Segment::{Part, Text};
    let segments = |text| segments(text).collect::<Vec<_>>();
    assert_eq!(
        segments("大阪駅前第1ビル"),
        vec![Text("大阪駅前"), Part("Dai-1".into()), Text("ビル")]
    );
    assert_eq!(
        segments("都営桐ケ丘団地 12号棟"),
        vec![Text("都営桐ケ丘団地 "), Part("Bldg. 12".into())]
    );
    assert_eq!(segments("A棟"), vec![Part("Bldg. A".into())]);
    assert_eq!(segments("三号館"), vec![Part("Bldg. 3".into())]);
    assert_eq!(segments("第5号館"), vec![Part("Bldg. 5".into())]);
    assert_eq!(segments("二丁目"), vec![Text("二丁目")]);
    assert_eq!(segments("ABCDE棟"), vec![Text("ABCDE棟")]);
    assert_eq!(segments("第"), vec![Text("第")]);
    assert_eq!(segments("オアシス21"), vec![Text("オアシス21")]);
    assert!(segments("").is_empty());
    // A building number has at most four kanji numerals (一〇〇一, 九十九):
    // in a longer run only the last four can be one, and a long run is not
    // read whole at every char.
    assert_eq!(
        segments("一二三四五六七号館"),
        vec![Text("一二三"), Part("Bldg. 4567".into())]
    );
    assert_eq!(segments("九十九号館"), vec![Part("Bldg. 99".into())]);
    let numerals = "一".repeat(330);
    assert_eq!(segments(&numerals), vec![Text(&numerals)]);
}

#[test]
fn runs_split_into_words() {
    assert_eq!(words("中之島三井"), ["ナカノシマ", "ミツイ"]);
    assert_eq!(words("都営桐ケ丘団地"), ["トエイ", "キリガ|オカ", "ダンチ"]);
    assert_eq!(words("大阪駅前"), ["オオサカ", "エキマエ"]);
    assert_eq!(
        words("住友不動産新宿"),
        ["スミトモ", "フドウサン", "シンジュク"]
    );
    assert_eq!(words("西館"), ["West Bldg."]);
    // A lone kanji is read with its neighbours.
    assert_eq!(words("玉川高島屋")[1..], ["タカシマ", "ヤ"]);
    assert_eq!(words("緑荘"), ["?緑", "ソウ"]);
    assert!(words("").is_empty());
}

#[test]
fn the_callers_reading_wins() {
    let near = |k: &str| (k == "玉川").then(|| "タマガワ".to_string());
    let pieces = split_run("玉川高島屋", &near);
    assert_eq!(
        pieces[0],
        Piece::Kana(Cow::Owned("タマガワ".into()), Join::Word)
    );
    // Not kana: ignored.
    let bad = |_: &str| Some("玉".to_string());
    let nationwide = places::place_reading("玉川").map(Cow::Borrowed);
    assert_eq!(
        split_run("玉川", &bad)[0],
        Piece::Kana(nationwide.unwrap(), Join::Word)
    );
}
