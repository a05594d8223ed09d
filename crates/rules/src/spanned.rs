//! A value remembered with its place in a rule file.
//!
//! It wraps `toml::Spanned`, which only the TOML deserializer can fill, and adds the
//! plain three-field form (start, end, value) that the built-in rules' snapshot is stored
//! in (see `build.rs`), so the same schema serves both.

use std::fmt;
use std::marker::PhantomData;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

// The names by which the TOML deserializer recognises a spanned value.
const NAME: &str = "$__serde_spanned_private_Spanned";
const START: &str = "$__serde_spanned_private_start";
const END: &str = "$__serde_spanned_private_end";
const VALUE: &str = "$__serde_spanned_private_value";
const FIELDS: &[&str] = &[START, END, VALUE];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    span: Range<usize>,
    value: T,
}

impl<T> Spanned<T> {
    pub fn get_ref(&self) -> &T {
        &self.value
    }

    /// The byte range of the value in its file.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct(NAME, FIELDS, SpannedVisitor(PhantomData))
    }
}

struct SpannedVisitor<T>(PhantomData<T>);

#[derive(serde::Deserialize)]
enum Field {
    #[serde(rename = "$__serde_spanned_private_start")]
    Start,
    #[serde(rename = "$__serde_spanned_private_end")]
    End,
    #[serde(rename = "$__serde_spanned_private_value")]
    Value,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for SpannedVisitor<T> {
    type Value = Spanned<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }

    /// From TOML: the deserializer hands over the span and the value as a map.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut start, mut end, mut value) = (None, None, None);
        while let Some(key) = map.next_key::<Field>()? {
            match key {
                Field::Start => start = Some(map.next_value()?),
                Field::End => end = Some(map.next_value()?),
                Field::Value => value = Some(map.next_value()?),
            }
        }
        match (start, end, value) {
            (Some(start), Some(end), Some(value)) => Ok(Spanned {
                span: start..end,
                value,
            }),
            _ => Err(de::Error::custom(
                "a spanned value needs its start, end and value",
            )),
        }
    }

    /// From the snapshot: start, end and value in order.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let missing = || de::Error::custom("a spanned value needs its start, end and value");
        let start = seq.next_element()?.ok_or_else(missing)?;
        let end = seq.next_element()?.ok_or_else(missing)?;
        let value = seq.next_element()?.ok_or_else(missing)?;
        Ok(Spanned {
            span: start..end,
            value,
        })
    }
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut fields = serializer.serialize_struct(NAME, 3)?;
        fields.serialize_field(START, &self.span.start)?;
        fields.serialize_field(END, &self.span.end)?;
        fields.serialize_field(VALUE, &self.value)?;
        fields.end()
    }
}
