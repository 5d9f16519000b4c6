//! Tests of postal codes that depend on the block, floor or street, and of
//! what follows the town (separators, 丁 towns, 地割 and 線, basements).

use super::*;

fn ok(input: &str) -> Parts {
    parse(input).unwrap_or_else(|e| panic!("{input}: {e}"))
}

/// The inferred postal code, or "" when none is.
fn zip(input: &str) -> String {
    let p = ok(input);
    assert!(
        p.postal_code.is_none() || p.postal_code_inferred,
        "{input}: a code was given"
    );
    p.postal_code.map(|c| c.to_string()).unwrap_or_default()
}

fn block(p: &Parts) -> String {
    p.block
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default()
}

#[test]
fn listed_blocks_against_the_rest_of_the_town() {
    // 名駅: 1-1-8, 1-1-12, … are 453-0002; any other block is その他.
    assert_eq!(zip("愛知県名古屋市中村区名駅1-1-4"), "450-0002");
    assert_eq!(zip("愛知県名古屋市中村区名駅1丁目1番4号"), "450-0002");
    assert_eq!(zip("愛知県名古屋市中村区名駅1-1-8"), "453-0002");
    assert_eq!(zip("愛知県名古屋市中村区名駅1-3-7"), "453-0002");
    assert_eq!(zip("愛知県名古屋市中村区名駅4-27-1"), "450-0002");
    // 1-1 could be 1-1-8: the address does not decide.
    assert_eq!(zip("愛知県名古屋市中村区名駅1-1"), "");
    // 西瑞江: 3丁目、4丁目3〜9番 against 4丁目1〜2番・10〜27番、5丁目.
    assert_eq!(zip("東京都江戸川区西瑞江3-1-1"), "132-0015");
    assert_eq!(zip("東京都江戸川区西瑞江4-5-1"), "132-0015");
    assert_eq!(zip("東京都江戸川区西瑞江4-12-1"), "134-0015");
    assert_eq!(zip("東京都江戸川区西瑞江5-1-1"), "134-0015");
    assert_eq!(zip("東京都江戸川区西瑞江4"), "");
    // 潮江: 1丁目1番、5丁目1番 against その他.
    assert_eq!(zip("兵庫県尼崎市潮江1-1-5"), "660-0808");
    assert_eq!(zip("兵庫県尼崎市潮江5-1-20"), "660-0808");
    assert_eq!(zip("兵庫県尼崎市潮江1-2-5"), "661-0976");
}

#[test]
fn oaza_and_chome_rows() {
    // 大字 row against その他.
    assert_eq!(zip("長野県北佐久郡軽井沢町大字軽井沢"), "389-0102");
    assert_eq!(zip("長野県北佐久郡軽井沢町大字軽井沢1323"), "389-0102");
    // 日野市豊田: 大字 (lot numbers) against 丁目.
    assert_eq!(zip("東京都日野市大字豊田1234"), "191-0051");
    assert_eq!(zip("東京都日野市豊田1234番地"), "191-0051");
    assert_eq!(zip("東京都日野市豊田3-1-1"), "191-0053");
    assert_eq!(zip("東京都日野市豊田3丁目1番"), "191-0053");
    assert_eq!(zip("東京都日野市豊田"), "");
}

#[test]
fn hokkaido_lines_and_iwate_chiwari() {
    let p = ok("北海道帯広市美栄町西6線90番地");
    assert_eq!(p.sub_area.as_deref(), Some("西6線"));
    assert_eq!(block(&p), "90");
    assert_eq!(p.postal_code.unwrap().to_string(), "080-2333");
    let p = ok("北海道帯広市稲田町南8線西10番地1");
    assert_eq!(p.town.unwrap().name.kanji, "稲田町南");
    assert_eq!(p.sub_area.as_deref(), Some("8線西"));
    assert_eq!(block(&p), "10-1");
    assert_eq!(p.room, None);
    // Outside the listed lines: その他.
    assert_eq!(zip("北海道帯広市美栄町西10線90番地"), "080-2106");
    assert_eq!(zip("北海道帯広市美栄町西6線200番地"), "080-2106");
    // 川井: 第9地割〜第11地割, else その他; the lot is no room.
    let p = ok("岩手県宮古市川井第10地割10番地");
    assert_eq!(p.sub_area.as_deref(), Some("第10地割"));
    assert_eq!(block(&p), "10");
    assert_eq!(p.room, None);
    assert_eq!(p.postal_code.unwrap().to_string(), "028-2402");
    assert_eq!(zip("岩手県宮古市川井第2地割10番地"), "028-2302");
    assert_eq!(zip("岩手県宮古市川井第十二地割10"), "028-2302");
    // A range with a remark (「…を除く」) is never a sure match.
    assert_eq!(zip("岩手県岩手郡葛巻町葛巻第40地割57番地"), "");
    assert_eq!(zip("岩手県岩手郡葛巻町葛巻第3地割1番地"), "028-5402");
}

#[test]
fn basements_and_unlisted_buildings() {
    for input in [
        "東京都江東区豊洲3-3-3 豊洲センタービル B1F",
        "東京都江東区豊洲3-3-3 豊洲センタービル地下2階",
        "東京都江東区豊洲3-3-3 豊洲センタービル 地階",
    ] {
        let p = ok(input);
        assert!(p.basement, "{input}");
        assert_eq!(p.building.as_deref(), Some("豊洲センタービル"), "{input}");
        assert_eq!(p.postal_code.unwrap().to_string(), "135-6090", "{input}");
    }
    let p = ok("東京都江東区豊洲3-3-3 豊洲センタービル地下2階");
    assert_eq!(p.floor, Some(2));
    // A building named with B is not below ground.
    let p = ok("神奈川県横浜市西区みなとみらい2-3-1 クイーンズタワーB 3F");
    assert!(!p.basement);
    assert_eq!(p.floor, Some(3));
    // A floor in a building the data does not list: the town's own code.
    assert_eq!(zip("東京都江東区豊洲3-3-3 ABCビル 5階"), "135-0061");
    // A building written with a space inside its name.
    assert_eq!(
        zip("大阪府大阪市北区大淀中1-1-88 梅田スカイビル タワーイースト 10階"),
        "531-6010"
    );
}

#[test]
fn cho_towns_keep_their_block() {
    let p = ok("大阪府堺市堺区住吉橋町一丁2-3");
    assert_eq!(p.town.unwrap().name.kanji, "住吉橋町");
    assert_eq!(block(&p), "1-2-3");
    assert!(p.block.as_ref().unwrap().is_chome_written());
    assert_eq!(p.building, None);
    assert_eq!(p.room, None);
    let p = ok("大阪府堺市堺区住吉橋町1丁");
    assert!(p.block.as_ref().unwrap().is_chome_only());
}

#[test]
fn separators_after_the_town() {
    for input in [
        "東京都中央区築地1丁目 1-1",
        "東京都中央区築地1丁目、1-1",
        "東京都中央区築地1丁目,1-1",
        "東京都中央区築地1丁目\t1-1",
        "東京都中央区築地1丁目1番地 1号",
    ] {
        let p = ok(input);
        assert_eq!(block(&p), "1-1-1", "{input}");
        assert_eq!(p.building, None, "{input}");
        assert_eq!(p.room, None, "{input}");
    }
    let p = ok("東京都中央区築地1-34-12, グランドメゾン1205");
    assert_eq!(block(&p), "1-34-12");
    assert_eq!(p.building.as_deref(), Some("グランドメゾン"));
    assert_eq!(p.room.as_deref(), Some("1205"));
    // The country after the address.
    for input in [
        "東京都中央区築地1-1-1 日本",
        "東京都中央区築地1-1-1, Japan",
        "〒104-0045 東京都中央区築地1-1-1 JAPAN",
        "東京都中央区築地1-1-1 サンプルビル 3F 日本国",
    ] {
        let p = ok(input);
        assert_eq!(block(&p), "1-1-1", "{input}");
        assert!(
            p.building.as_deref().is_none_or(|b| b == "サンプルビル"),
            "{input}"
        );
    }
    // A building named 日本… keeps its name.
    let p = ok("東京都中央区築地1-1-1 日本ビル");
    assert_eq!(p.building.as_deref(), Some("日本ビル"));
    let p = ok("東京都中央区築地1-1-1、サンプルビル 3F,");
    assert_eq!(p.building.as_deref(), Some("サンプルビル"));
    assert_eq!(p.floor, Some(3));
}

#[test]
fn kyoto_street_names_with_numerals() {
    for (input, sub_area) in [
        ("京都府京都市中京区柳馬場通六角下る", "柳馬場通六角下る"),
        ("京都府京都市上京区千本通中立売上る", "千本通中立売上る"),
        ("京都府京都市中京区三条通河原町東入ル", "三条通河原町東入ル"),
        ("京都府京都市中京区二条通河原町西入", "二条通河原町西入"),
    ] {
        let p = ok(input);
        assert_eq!(p.sub_area.as_deref(), Some(sub_area), "{input}");
        assert_eq!(p.block, None, "{input}");
        assert_eq!(p.building, None, "{input}");
    }
    // With a block after the directions.
    let p = ok("京都府京都市中京区柳馬場通六角下る 12番地");
    assert_eq!(p.sub_area.as_deref(), Some("柳馬場通六角下る"));
    assert_eq!(block(&p), "12");
}

#[test]
fn kyoto_towns_told_apart_by_street_words() {
    // 上京区 has four 亀屋町; the directions pick one.
    assert_eq!(zip("京都府京都市上京区千本通中立売上る亀屋町"), "602-8284");
    assert_eq!(
        zip("京都府京都市上京区河原町通荒神口東入亀屋町"),
        "602-0854"
    );
    // Not listed as written, but only one district names both streets.
    assert_eq!(zip("京都府京都市上京区中立売通千本東入亀屋町"), "602-8284");
    // Nothing to tell them apart.
    assert_eq!(zip("京都府京都市上京区亀屋町"), "");
}
