//! Answers to Python dicts straight from the library's structs, on the
//! thread that holds the GIL: the same dicts as parsing the library's serde
//! JSON ([`Converter`]) would give, for about a fifth of the work (no JSON
//! written and read back, no SipHash per string).
//!
//! Keys are made once per call; short values (names, kana, romaji,
//! "Japan") are shared through a cache with a fast hash, which saves the
//! time to make them and the memory a million answers would hold. What is
//! rare (a form, an error, an uncommon warning) still goes through JSON and
//! [`Converter`], so it cannot drift from the CLI's `--json`.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use jusho::{FilledForm, NamedPart, PostalCode, Romanized, TextPart, Warning};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::convert::Converter;
use crate::shared::{Recent, Shared, WordHasher, SHARED_MAX_COUNT};
use crate::text::new_string;

/// The dict keys of an answer, made once.
struct Keys<'py> {
    profile: Bound<'py, PyString>,
    country: Bound<'py, PyString>,
    address: Bound<'py, PyString>,
    city: Bound<'py, PyString>,
    state: Bound<'py, PyString>,
    zip: Bound<'py, PyString>,
    parts: Bound<'py, PyString>,
    postal_code: Bound<'py, PyString>,
    prefecture: Bound<'py, PyString>,
    county: Bound<'py, PyString>,
    ward: Bound<'py, PyString>,
    town: Bound<'py, PyString>,
    sub_area: Bound<'py, PyString>,
    block: Bound<'py, PyString>,
    building: Bound<'py, PyString>,
    floor: Bound<'py, PyString>,
    room: Bound<'py, PyString>,
    warnings: Bound<'py, PyString>,
    ja: Bound<'py, PyString>,
    kana: Bound<'py, PyString>,
    romaji: Bound<'py, PyString>,
    kind: Bound<'py, PyString>,
    message: Bound<'py, PyString>,
    code: Bound<'py, PyString>,
    form: Bound<'py, PyString>,
}

impl<'py> Keys<'py> {
    fn new(py: Python<'py>) -> Self {
        let key = |name: &str| PyString::intern(py, name);
        Keys {
            profile: key("profile"),
            country: key("country"),
            address: key("address"),
            city: key("city"),
            state: key("state"),
            zip: key("zip"),
            parts: key("parts"),
            postal_code: key("postal_code"),
            prefecture: key("prefecture"),
            county: key("county"),
            ward: key("ward"),
            town: key("town"),
            sub_area: key("sub_area"),
            block: key("block"),
            building: key("building"),
            floor: key("floor"),
            room: key("room"),
            warnings: key("warnings"),
            ja: key("ja"),
            kana: key("kana"),
            romaji: key("romaji"),
            kind: key("kind"),
            message: key("message"),
            code: key("code"),
            form: key("form"),
        }
    }
}

/// The message of `Warning::PostalCodeInferred`, as its `Display` writes it
/// (`tests/test_api.py` holds the two equal).
fn inferred_message(code: PostalCode) -> [u8; 42] {
    let mut text = *b"postal code 000-0000 inferred from address";
    text[12..20].copy_from_slice(&code.to_ascii());
    text
}

/// An empty dict of each bigger shape, keys in the JSON's order and every
/// value None: copying one (`PyDict_Copy` clones its key table) and then
/// setting its values costs less than building the dict key by key, which
/// grows its table as it goes. Dicts of up to five keys (the answer, the
/// profile, a `{"ja", "romaji"}`) are cheaper made new and filled in order:
/// CPython reuses freed dicts and small key tables, and the first insert
/// sizes the table for five keys (callgrind: 260 instructions less an
/// answer with `fields="profile"` than copies).
struct Templates<'py> {
    parts: Bound<'py, PyDict>,
}

impl<'py> Templates<'py> {
    fn new(py: Python<'py>, k: &Keys<'py>) -> PyResult<Self> {
        let shape = |keys: &[&Bound<'py, PyString>]| -> PyResult<Bound<'py, PyDict>> {
            let dict = PyDict::new(py);
            for key in keys {
                dict.set_item(key, py.None())?;
            }
            Ok(dict)
        };
        Ok(Templates {
            parts: shape(&[
                &k.postal_code,
                &k.prefecture,
                &k.county,
                &k.city,
                &k.ward,
                &k.town,
                &k.sub_area,
                &k.block,
                &k.building,
                &k.floor,
                &k.room,
            ])?,
        })
    }
}

/// Makes the dict of each answer; one per `romanize_many` call.
pub(crate) struct Builder<'py> {
    py: Python<'py>,
    keys: Keys<'py>,
    templates: Templates<'py>,
    shared: Shared<'py>,
    /// Each place's dict, by its ja, kana and romaji joined with NULs
    /// (`place_key`, reused).
    places: HashMap<Box<str>, Bound<'py, PyDict>, BuildHasherDefault<WordHasher>>,
    place_key: String,
    /// The last country, state and city (see [`Recent`]).
    country: Recent<'py>,
    state: Recent<'py>,
    city: Recent<'py>,
    /// For what goes through JSON.
    converter: Converter<'py>,
    json: Vec<u8>,
}

impl<'py> Builder<'py> {
    /// A builder for about `answers` answers: its caches are sized for them
    /// from the start (a million answers share some 400,000 distinct names,
    /// kana and romaji; a place is three of them).
    pub(crate) fn new(py: Python<'py>, answers: usize) -> PyResult<Self> {
        let keys = Keys::new(py);
        Ok(Builder {
            py,
            templates: Templates::new(py, &keys)?,
            keys,
            shared: Shared::with_capacity(py, answers.saturating_mul(2)),
            places: HashMap::with_capacity_and_hasher(
                answers.min(SHARED_MAX_COUNT),
                Default::default(),
            ),
            place_key: String::new(),
            country: Recent::default(),
            state: Recent::default(),
            city: Recent::default(),
            converter: Converter::new(py),
            json: Vec::new(),
        })
    }

    /// A string of this answer alone (the address, block, building, room,
    /// a message): made, not looked up.
    fn fresh(&self, text: &str) -> Bound<'py, PyAny> {
        new_string(self.py, text).into_any()
    }

    fn opt_fresh(&self, text: Option<&str>) -> Bound<'py, PyAny> {
        match text {
            Some(text) => self.fresh(text),
            None => self.shared.none(),
        }
    }

    /// What `value`'s serde JSON reads back as.
    fn via_json<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> PyResult<Bound<'py, PyAny>> {
        self.json.clear();
        serde_json::to_writer(&mut self.json, value)
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
        self.converter.parse(&self.json)
    }

    /// A place's `{"ja", "kana", "romaji"}`: a copy of the dict made the
    /// first time this place was seen (a copy, since the caller may change
    /// it), which costs a third of filling a new one.
    fn named(&mut self, part: Option<&NamedPart>) -> PyResult<Bound<'py, PyAny>> {
        let Some(p) = part else {
            return Ok(self.shared.none());
        };
        self.place_key.clear();
        for (i, text) in [&*p.ja, &*p.kana, p.romaji.as_str()]
            .into_iter()
            .enumerate()
        {
            if i > 0 {
                self.place_key.push('\0');
            }
            self.place_key.push_str(text);
        }
        if let Some(dict) = self.places.get(self.place_key.as_str()) {
            return Ok(dict.copy()?.into_any());
        }
        let dict = PyDict::new(self.py);
        dict.set_item(&self.keys.ja, self.shared.string(&p.ja))?;
        dict.set_item(&self.keys.kana, self.shared.string(&p.kana))?;
        dict.set_item(&self.keys.romaji, self.shared.string(&p.romaji))?;
        if self.places.len() < SHARED_MAX_COUNT {
            self.places
                .insert(self.place_key.as_str().into(), dict.copy()?);
        }
        Ok(dict.into_any())
    }

    fn text(&mut self, part: Option<&TextPart>) -> PyResult<Bound<'py, PyAny>> {
        let Some(p) = part else {
            return Ok(self.shared.none());
        };
        let dict = PyDict::new(self.py);
        dict.set_item(&self.keys.ja, self.fresh(&p.ja))?;
        dict.set_item(&self.keys.romaji, self.fresh(&p.romaji))?;
        Ok(dict.into_any())
    }

    /// The postal code as a Python string, the answer's own one (`code`,
    /// made once for every field that shows it) when it is that code.
    fn code(&mut self, value: PostalCode, code: Option<&AnswerCode<'py>>) -> Bound<'py, PyAny> {
        match code {
            Some(c) if c.value == value => c.text.clone(),
            _ => self.shared.code(value),
        }
    }

    fn warning(
        &mut self,
        w: &Warning,
        code: Option<&AnswerCode<'py>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let inferred = match w {
            Warning::PostalCodeInferred(value) => Some(*value),
            Warning::PostalCodeNotInferred | Warning::TownNotFound => None,
            _ => return self.via_json(w),
        };
        let dict = PyDict::new(self.py);
        dict.set_item(&self.keys.kind, self.shared.string(w.kind()))?;
        match inferred {
            Some(value) => {
                let message = inferred_message(value);
                let message = std::str::from_utf8(&message).unwrap_or_default();
                debug_assert_eq!(message, w.to_string());
                dict.set_item(&self.keys.message, self.fresh(message))?;
                let text = self.code(value, code);
                dict.set_item(&self.keys.code, text)?;
            }
            None => dict.set_item(&self.keys.message, self.fresh(&w.to_string()))?,
        }
        Ok(dict.into_any())
    }

    fn profile(
        &mut self,
        r: &Romanized,
        code: Option<&AnswerCode<'py>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let p = &r.profile;
        // Set in the JSON's key order.
        let dict = PyDict::new(self.py);
        let shared = &mut self.shared;
        dict.set_item(&self.keys.country, self.country.string(shared, &p.country))?;
        dict.set_item(&self.keys.address, new_string(self.py, &p.address))?;
        dict.set_item(&self.keys.city, self.city.string(shared, &p.city))?;
        dict.set_item(&self.keys.state, self.state.string(shared, &p.state))?;
        let zip = match code {
            Some(c) if c.text_is(&p.zip) => c.text.clone(),
            _ => self.shared.string(&p.zip).into_any(),
        };
        dict.set_item(&self.keys.zip, zip)?;
        Ok(dict.into_any())
    }

    fn parts(
        &mut self,
        r: &Romanized,
        code: Option<&AnswerCode<'py>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let p = &r.parts;
        let dict = self.templates.parts.copy()?;
        if let Some(value) = p.postal_code {
            let text = self.code(value, code);
            dict.set_item(&self.keys.postal_code, text)?;
        }
        let value = self.named(p.prefecture.as_ref())?;
        dict.set_item(&self.keys.prefecture, value)?;
        let value = self.named(p.county.as_ref())?;
        dict.set_item(&self.keys.county, value)?;
        let value = self.named(p.city.as_ref())?;
        dict.set_item(&self.keys.city, value)?;
        let value = self.named(p.ward.as_ref())?;
        dict.set_item(&self.keys.ward, value)?;
        let value = self.named(p.town.as_ref())?;
        dict.set_item(&self.keys.town, value)?;
        let value = self.text(p.sub_area.as_ref())?;
        dict.set_item(&self.keys.sub_area, value)?;
        dict.set_item(&self.keys.block, self.opt_fresh(p.block.as_deref()))?;
        let value = self.text(p.building.as_ref())?;
        dict.set_item(&self.keys.building, value)?;
        if let Some(floor) = p.floor {
            dict.set_item(&self.keys.floor, floor.into_pyobject(self.py)?)?;
        }
        dict.set_item(&self.keys.room, self.opt_fresh(p.room.as_deref()))?;
        Ok(dict.into_any())
    }

    /// The dict of one answer, as the JSON path makes it: `{"profile",
    /// "parts", "warnings"[, "form"]}`, or `{"profile"[, "form"]}` with
    /// `profile_only`, or `{"input", "error"}`.
    pub(crate) fn answer(
        &mut self,
        input: &str,
        result: Result<&Romanized, &jusho::Error>,
        form: Option<&FilledForm>,
        profile_only: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let r = match result {
            Ok(r) => r,
            Err(error) => return self.via_json(&crate::Failed { input, error }),
        };
        let code = r.parts.postal_code.map(|value| AnswerCode {
            value,
            text: self.shared.code(value),
        });
        let code = code.as_ref();
        let dict = PyDict::new(self.py);
        let profile = self.profile(r, code)?;
        dict.set_item(&self.keys.profile, profile)?;
        if !profile_only {
            let parts = self.parts(r, code)?;
            dict.set_item(&self.keys.parts, parts)?;
            let warnings = PyList::empty(self.py);
            for w in &r.warnings {
                warnings.append(self.warning(w, code)?)?;
            }
            dict.set_item(&self.keys.warnings, warnings)?;
        }
        if let Some(form) = form {
            let form = self.via_json(form)?;
            dict.set_item(&self.keys.form, form)?;
        }
        Ok(dict.into_any())
    }
}

/// An answer's postal code and the one Python string that shows it.
struct AnswerCode<'py> {
    value: PostalCode,
    text: Bound<'py, PyAny>,
}

impl AnswerCode<'_> {
    /// Whether `text` is this code as text (the Zip field is).
    fn text_is(&self, text: &str) -> bool {
        text.as_bytes() == self.value.to_ascii()
    }
}
