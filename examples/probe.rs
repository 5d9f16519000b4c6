fn main() {
    for a in std::env::args().skip(1) {
        match jusho::parse(&a) {
            Ok(p) => {
                let m = p.municipality;
                println!("{a}\n  code={:?} inferred={} pref={} muni={} town={:?} sub={:?} block={:?} bldg={:?} floor={:?} room={:?} sky={:?}\n  warn={:?}",
                    p.postal_code.map(|c| c.to_string()), p.postal_code_inferred, p.prefecture.name.kanji, m.full_name(),
                    p.town.map(|t| t.name.kanji), p.sub_area, p.block.as_ref().map(|b| b.to_string()), p.building, p.floor, p.room,
                    p.skyscraper.map(|s| s.kanji), p.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>());
            }
            Err(e) => println!("{a}\n  ERR {:?}: {}", e.kind(), e),
        }
    }
}
