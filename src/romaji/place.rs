//! A gazetteer place's name in romaji: its kana, read word by word at the
//! junctions the gazetteer records.

use super::hepburn::romanize_words;
use super::Spelling;
use crate::gazetteer::Place;

impl Place {
    /// The name in romaji, as the gazetteer's kana reads it: long vowels
    /// merge only inside one kanji's reading, never across two
    /// (丸の内 → `Marunouchi`, not `Marunochi`). No suffix rules (those are
    /// the profile's: `Chuo-ku`, `Tokyo`); for the fields of an address use
    /// [`crate::romanize`].
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::gazetteer;
    /// use jusho::romaji::Spelling;
    ///
    /// let gz = gazetteer::get();
    /// let town = gz.find_towns("丸の内").iter().map(|&id| gz.town(id)).next().unwrap();
    /// assert_eq!(town.name.romaji(&Spelling::DEFAULT), "Marunouchi");
    /// assert_eq!(town.name.romaji(&Spelling::JAPAN_POST), "MARUNOUCHI");
    /// ```
    pub fn romaji(&self, spelling: &Spelling) -> String {
        let starts: Vec<u16> = self.vowel_junctions().collect();
        romanize_words(self.kana, &starts, spelling)
    }
}
