//! The Address line for shapes issue 15 names: PO boxes, 堺's 丁 towns,
//! separators after the chome, basements, Hokkaido lines and 地割.

fn address(input: &str) -> (String, String) {
    let p = jusho::romanize(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    (p.address, p.zip)
}

#[test]
fn po_boxes() {
    for (input, want, zip) in [
        (
            "〒163-8691 東京都新宿区西新宿1-8-8 新宿郵便局私書箱12号",
            "P.O. Box 12, Shinjuku Post Office",
            "163-8691",
        ),
        // The box's own code, from Japan Post's office list.
        (
            "北海道札幌市白石区札幌白石郵便局私書箱第20号",
            "P.O. Box 20, Sapporo Shiroishi Post Office",
            "003-8701",
        ),
        (
            "秋田中央郵便局私書箱第8号",
            "P.O. Box 8, Akita Central Post Office",
            "010-8601",
        ),
        // A box the list does not have: no code is guessed from the street.
        (
            "東京都千代田区丸の内2-7-2 東京中央郵便局私書箱5号",
            "P.O. Box 5, Tokyo Central Post Office",
            "",
        ),
    ] {
        assert_eq!(address(input), (want.to_owned(), zip.to_owned()), "{input}");
    }
    let parts = jusho::parse("男鹿郵便局私書箱第6号").unwrap();
    assert_eq!(parts.city().kanji, "男鹿市");
    let p = parts.po_box.unwrap();
    assert_eq!((p.office.as_str(), p.number), ("男鹿", 6));
}

#[test]
fn cho_towns_keep_the_block() {
    assert_eq!(
        address("大阪府堺市堺区住吉橋町一丁2-3").0,
        "1-2-3 Sumiyoshibashicho"
    );
    assert_eq!(
        address("大阪府堺市堺区住吉橋町1丁").0,
        "1-chome Sumiyoshibashicho"
    );
}

#[test]
fn separators_after_the_chome() {
    for input in [
        "東京都中央区築地1丁目 34-12",
        "東京都中央区築地1丁目、34-12",
        "東京都中央区築地1丁目,34-12",
        "東京都中央区築地1丁目\t34-12",
    ] {
        assert_eq!(address(input).0, "1-34-12 Tsukiji", "{input}");
    }
    assert_eq!(
        address("東京都中央区築地1-34-12, グランドメゾン1205").0,
        "#1205 Grand Maison 1-34-12 Tsukiji"
    );
}

#[test]
fn basements_lines_and_chiwari() {
    let (a, zip) = address("東京都江東区豊洲3-3-3 豊洲センタービル B1F");
    assert_eq!(a, "B1F Toyosu Center Bldg. 3-3-3 Toyosu");
    assert_eq!(zip, "135-6090");
    let (a, _) = address("東京都江東区豊洲3-3-3 豊洲センタービル地下2階");
    assert!(a.starts_with("B2F Toyosu Center Bldg."), "{a}");
    let (a, zip) = address("北海道帯広市美栄町西6線90番地");
    assert!(a.starts_with("90 "), "{a}");
    assert_eq!(zip, "080-2333");
    // The 地割's lot is no room.
    let (a, zip) = address("岩手県宮古市川井第10地割10番地");
    assert!(!a.contains('#'), "{a}");
    assert_eq!(zip, "028-2402");
}
