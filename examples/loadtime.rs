fn main() {
    for _ in 0..5 {
        let t = std::time::Instant::now();
        let g = jusho::gazetteer::Gazetteer::load();
        println!("{:?} {}", t.elapsed(), g.towns().len());
    }
}
