//! JSON text (written by serde_json from the library's own `Serialize`
//! output, on the worker threads) to Python objects, parsed straight into
//! them on the thread that holds the GIL: no intermediate tree, and the
//! buffers are made and freed on the threads that own them.
//!
//! A million answers are some twenty million strings, most of them
//! repeated: dict keys, "Japan", prefecture and municipality names, kana.
//! Short strings are made once per call and shared (Python strings are
//! immutable), which saves both the time to make them and the memory.

use std::fmt;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::shared::Shared;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

/// Makes Python objects from JSON, sharing short strings.
pub(crate) struct Converter<'py> {
    py: Python<'py>,
    shared: Shared<'py>,
}

impl<'py> Converter<'py> {
    pub(crate) fn new(py: Python<'py>) -> Self {
        Converter {
            py,
            shared: Shared::new(py),
        }
    }

    /// The Python object for the JSON text `json`: None, bool, int, float,
    /// str, list, or dict (in the text's key order).
    pub(crate) fn parse(&mut self, json: &[u8]) -> PyResult<Bound<'py, PyAny>> {
        let mut parser = serde_json::Deserializer::from_slice(json);
        let value = Seed(self)
            .deserialize(&mut parser)
            .and_then(|v| parser.end().map(|()| v));
        value.map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))
    }

    fn string(&mut self, text: &str) -> Bound<'py, PyString> {
        self.shared.string(text)
    }
}

/// Deserializes one JSON value into a Python object.
struct Seed<'c, 'py>(&'c mut Converter<'py>);

fn py_error<E: de::Error>(e: PyErr) -> E {
    E::custom(e)
}

impl<'de, 'py> DeserializeSeed<'de> for Seed<'_, 'py> {
    type Value = Bound<'py, PyAny>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, 'py> Visitor<'de> for Seed<'_, 'py> {
    type Value = Bound<'py, PyAny>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        let py = self.0.py;
        Ok(py.None().into_bound(py))
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visit_unit()
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
        let Ok(b) = b.into_pyobject(self.0.py);
        Ok(b.to_owned().into_any())
    }

    fn visit_i64<E: de::Error>(self, i: i64) -> Result<Self::Value, E> {
        let Ok(i) = i.into_pyobject(self.0.py);
        Ok(i.into_any())
    }

    fn visit_u64<E: de::Error>(self, u: u64) -> Result<Self::Value, E> {
        let Ok(u) = u.into_pyobject(self.0.py);
        Ok(u.into_any())
    }

    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Self::Value, E> {
        let Ok(f) = f.into_pyobject(self.0.py);
        Ok(f.into_any())
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(self.0.string(s).into_any())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let list = PyList::empty(self.0.py);
        while let Some(item) = seq.next_element_seed(Seed(&mut *self.0))? {
            list.append(item).map_err(py_error)?;
        }
        Ok(list.into_any())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let dict = PyDict::new(self.0.py);
        while let Some(key) = map.next_key_seed(Seed(&mut *self.0))? {
            let value = map.next_value_seed(Seed(&mut *self.0))?;
            dict.set_item(key, value).map_err(py_error)?;
        }
        Ok(dict.into_any())
    }
}
