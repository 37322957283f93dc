//! Serialising with some kinds of value written differently, chosen by the caller.
//!
//! A type that wants to be recognisable serialises itself as a newtype struct with a name of
//! its own (a model `Ref` and `Text` do). Serde formats write a newtype struct as its
//! content, so every plain serialisation is unchanged; [`With`] wraps any serializer and hands
//! each newtype struct of a name its [`Hook`] takes to the hook instead, at any depth. The
//! template values share one value per reference this way, the open data writes references
//! short, and both write each `Text` in words. Nothing is kept between calls: what is written
//! depends only on the value and the hook passed in.

use serde::ser::{self, Serialize, Serializer};

/// Writes the newtype structs of the names it takes.
pub trait Hook {
    /// Whether this hook writes the newtype structs called `name`.
    fn takes(&self, name: &'static str) -> bool;

    /// Writes `value`, the content of a newtype struct called `name`, to `serializer`. What
    /// `value` holds is written without the hook unless the hook wraps it again in [`With`].
    fn write<S: Serializer, T: Serialize + ?Sized>(
        &self,
        name: &'static str,
        value: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error>;

    /// How many entries to make room for in a map whose length is not known beforehand (a
    /// struct with another flattened into it writes itself as one): `None` leaves it to the
    /// serializer, which may grow the map one step at a time.
    fn room_in_unsized_map(&self) -> Option<usize> {
        None
    }
}

/// `value`, serialised with `hook` writing its newtype structs.
pub struct With<'a, T: ?Sized, H> {
    /// What to serialise.
    pub value: &'a T,
    /// Who writes the newtype structs of its name.
    pub hook: &'a H,
}

impl<T: Serialize + ?Sized, H: Hook> Serialize for With<'_, T, H> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(Intercepting {
            inner: serializer,
            hook: self.hook,
        })
    }
}

/// A serializer that forwards everything to `inner` except the hook's newtype structs.
struct Intercepting<'h, S, H> {
    inner: S,
    hook: &'h H,
}

impl<'h, S, H: Hook> Intercepting<'h, S, H> {
    fn wrap<'v, T: ?Sized>(&self, value: &'v T) -> With<'v, T, H>
    where
        'h: 'v,
    {
        With {
            value,
            hook: self.hook,
        }
    }
}

/// Forwards the scalar methods of [`Serializer`] unchanged.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(fn $method(self, $($arg: $ty),*) -> Result<S::Ok, S::Error> {
            self.inner.$method($($arg),*)
        })*
    };
}

impl<'h, S: Serializer, H: Hook> Serializer for Intercepting<'h, S, H> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Compound<'h, S::SerializeSeq, H>;
    type SerializeTuple = Compound<'h, S::SerializeTuple, H>;
    type SerializeTupleStruct = Compound<'h, S::SerializeTupleStruct, H>;
    type SerializeTupleVariant = Compound<'h, S::SerializeTupleVariant, H>;
    type SerializeMap = Compound<'h, S::SerializeMap, H>;
    type SerializeStruct = Compound<'h, S::SerializeStruct, H>;
    type SerializeStructVariant = Compound<'h, S::SerializeStructVariant, H>;

    forward! {
        serialize_bool(v: bool);
        serialize_i8(v: i8);
        serialize_i16(v: i16);
        serialize_i32(v: i32);
        serialize_i64(v: i64);
        serialize_i128(v: i128);
        serialize_u8(v: u8);
        serialize_u16(v: u16);
        serialize_u32(v: u32);
        serialize_u64(v: u64);
        serialize_u128(v: u128);
        serialize_f32(v: f32);
        serialize_f64(v: f64);
        serialize_char(v: char);
        serialize_str(v: &str);
        serialize_bytes(v: &[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(name: &'static str);
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str);
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        let value = self.wrap(value);
        self.inner.serialize_some(&value)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        if self.hook.takes(name) {
            return self.hook.write(name, value, self.inner);
        }
        let value = self.wrap(value);
        self.inner.serialize_newtype_struct(name, &value)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let value = self.wrap(value);
        self.inner
            .serialize_newtype_variant(name, index, variant, &value)
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Compound::of(self.inner.serialize_seq(len), self.hook)
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        Compound::of(self.inner.serialize_tuple(len), self.hook)
    }

    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        Compound::of(self.inner.serialize_tuple_struct(name, len), self.hook)
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        let inner = self
            .inner
            .serialize_tuple_variant(name, index, variant, len);
        Compound::of(inner, self.hook)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        let len = len.or_else(|| self.hook.room_in_unsized_map());
        Compound::of(self.inner.serialize_map(len), self.hook)
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        Compound::of(self.inner.serialize_struct(name, len), self.hook)
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        let inner = self
            .inner
            .serialize_struct_variant(name, index, variant, len);
        Compound::of(inner, self.hook)
    }

    fn collect_str<T: std::fmt::Display + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.collect_str(value)
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// A list, map or struct being written, its parts passed through the hook.
struct Compound<'h, C, H> {
    inner: C,
    hook: &'h H,
}

impl<'h, C, H> Compound<'h, C, H> {
    fn of<E>(inner: Result<C, E>, hook: &'h H) -> Result<Self, E> {
        inner.map(|inner| Compound { inner, hook })
    }

    fn wrap<'v, T: ?Sized>(&self, value: &'v T) -> With<'v, T, H>
    where
        'h: 'v,
    {
        With {
            value,
            hook: self.hook,
        }
    }
}

/// Implements one of serde's compound traits for [`Compound`]: each element goes through the
/// hook, the end is the inner serializer's.
macro_rules! compound {
    ($trait:ident, $element:ident $(, $key:ident: $key_ty:ty)?) => {
        impl<C: ser::$trait, H: Hook> ser::$trait for Compound<'_, C, H> {
            type Ok = C::Ok;
            type Error = C::Error;

            fn $element<T: Serialize + ?Sized>(
                &mut self,
                $($key: $key_ty,)?
                value: &T,
            ) -> Result<(), C::Error> {
                let value = self.wrap(value);
                self.inner.$element($($key,)? &value)
            }

            fn end(self) -> Result<C::Ok, C::Error> {
                self.inner.end()
            }
        }
    };
}

compound!(SerializeSeq, serialize_element);
compound!(SerializeTuple, serialize_element);
compound!(SerializeTupleStruct, serialize_field);
compound!(SerializeTupleVariant, serialize_field);
compound!(SerializeStruct, serialize_field, key: &'static str);
compound!(SerializeStructVariant, serialize_field, key: &'static str);

impl<C: ser::SerializeMap, H: Hook> ser::SerializeMap for Compound<'_, C, H> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), C::Error> {
        let key = self.wrap(key);
        self.inner.serialize_key(&key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        let value = self.wrap(value);
        self.inner.serialize_value(&value)
    }

    fn serialize_entry<K: Serialize + ?Sized, V: Serialize + ?Sized>(
        &mut self,
        key: &K,
        value: &V,
    ) -> Result<(), C::Error> {
        let (key, value) = (self.wrap(key), self.wrap(value));
        self.inner.serialize_entry(&key, &value)
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

/// `value`, a struct, serialised with only the fields named in `fields` (in its own order):
/// how a hook writes a reference short without making a copy of it first.
pub struct Only<'a, T: ?Sized> {
    /// The struct.
    pub value: &'a T,
    /// The names of the fields to write.
    pub fields: &'a [&'static str],
}

impl<T: Serialize + ?Sized> Serialize for Only<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(Keeping {
            inner: serializer,
            fields: self.fields,
        })
    }
}

/// A serializer that writes a struct with some of its fields: anything else is an error, as
/// [`Only`] is for structs.
struct Keeping<'f, S> {
    inner: S,
    fields: &'f [&'static str],
}

impl<S: Serializer> Keeping<'_, S> {
    fn not_a_struct<T>(&self) -> Result<T, S::Error> {
        Err(ser::Error::custom(
            "only the fields of a struct can be chosen",
        ))
    }
}

/// Refuses the [`Serializer`] methods that are not a struct's.
macro_rules! refuse {
    ($($method:ident($($arg:ident: $ty:ty),*) -> $out:ty;)*) => {
        $(fn $method(self, $(_: $ty),*) -> Result<$out, S::Error> {
            self.not_a_struct()
        })*
    };
}

impl<'f, S: Serializer> Serializer for Keeping<'f, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = ser::Impossible<S::Ok, S::Error>;
    type SerializeTuple = ser::Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = ser::Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = ser::Impossible<S::Ok, S::Error>;
    type SerializeMap = ser::Impossible<S::Ok, S::Error>;
    type SerializeStruct = Kept<'f, S::SerializeStruct>;
    type SerializeStructVariant = ser::Impossible<S::Ok, S::Error>;

    refuse! {
        serialize_bool(v: bool) -> S::Ok;
        serialize_i8(v: i8) -> S::Ok;
        serialize_i16(v: i16) -> S::Ok;
        serialize_i32(v: i32) -> S::Ok;
        serialize_i64(v: i64) -> S::Ok;
        serialize_u8(v: u8) -> S::Ok;
        serialize_u16(v: u16) -> S::Ok;
        serialize_u32(v: u32) -> S::Ok;
        serialize_u64(v: u64) -> S::Ok;
        serialize_f32(v: f32) -> S::Ok;
        serialize_f64(v: f64) -> S::Ok;
        serialize_char(v: char) -> S::Ok;
        serialize_str(v: &str) -> S::Ok;
        serialize_bytes(v: &[u8]) -> S::Ok;
        serialize_none() -> S::Ok;
        serialize_unit() -> S::Ok;
        serialize_unit_struct(name: &'static str) -> S::Ok;
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str) -> S::Ok;
        serialize_seq(len: Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(len: usize) -> Self::SerializeTuple;
        serialize_tuple_struct(name: &'static str, len: usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(
            name: &'static str,
            index: u32,
            variant: &'static str,
            len: usize
        ) -> Self::SerializeTupleVariant;
        serialize_map(len: Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(
            name: &'static str,
            index: u32,
            variant: &'static str,
            len: usize
        ) -> Self::SerializeStructVariant;
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<S::Ok, S::Error> {
        self.not_a_struct()
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        self.not_a_struct()
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        self.not_a_struct()
    }

    fn serialize_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        let inner = self.inner.serialize_struct(name, self.fields.len())?;
        Ok(Kept {
            inner,
            fields: self.fields,
        })
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// A struct being written with some of its fields.
struct Kept<'f, C> {
    inner: C,
    fields: &'f [&'static str],
}

impl<C: ser::SerializeStruct> ser::SerializeStruct for Kept<'_, C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        if self.fields.contains(&key) {
            self.inner.serialize_field(key, value)
        } else {
            Ok(())
        }
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    #[serde(rename = "test::Marked")]
    struct Marked(u32);

    #[derive(Serialize)]
    struct Outer {
        plain: u32,
        marked: Marked,
        listed: Vec<Marked>,
        maybe: Option<Marked>,
        keyed: BTreeMap<&'static str, Marked>,
        #[serde(flatten)]
        flat: Inner,
    }

    #[derive(Serialize)]
    struct Inner {
        deep: (Marked, Marked),
    }

    struct Doubled;

    impl Hook for Doubled {
        fn takes(&self, name: &'static str) -> bool {
            name == "test::Marked"
        }
        fn write<S: Serializer, T: Serialize + ?Sized>(
            &self,
            _: &'static str,
            value: &T,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            [value, value].serialize(serializer)
        }
    }

    fn outer() -> Outer {
        Outer {
            plain: 1,
            marked: Marked(2),
            listed: vec![Marked(3)],
            maybe: Some(Marked(4)),
            keyed: BTreeMap::from([("k", Marked(5))]),
            flat: Inner {
                deep: (Marked(6), Marked(7)),
            },
        }
    }

    #[test]
    fn without_a_hook_a_marked_value_is_written_as_its_content() {
        let plain = serde_json::to_string(&outer()).unwrap();
        assert_eq!(
            plain,
            r#"{"plain":1,"marked":2,"listed":[3],"maybe":4,"keyed":{"k":5},"deep":[6,7]}"#
        );
    }

    #[test]
    fn the_hook_writes_every_marked_value_at_any_depth_and_nothing_else() {
        let hooked = serde_json::to_string(&With {
            value: &outer(),
            hook: &Doubled,
        })
        .unwrap();
        assert_eq!(
            hooked,
            r#"{"plain":1,"marked":[2,2],"listed":[[3,3]],"maybe":[4,4],"keyed":{"k":[5,5]},"deep":[[6,6],[7,7]]}"#
        );
    }

    #[test]
    fn only_the_chosen_fields_are_written_in_the_struct_s_order() {
        #[derive(Serialize)]
        struct Three {
            a: u32,
            b: Marked,
            c: &'static str,
        }
        let three = Three {
            a: 1,
            b: Marked(2),
            c: "x",
        };
        let only = |fields: &[&'static str]| {
            serde_json::to_string(&Only {
                value: &three,
                fields,
            })
        };
        assert_eq!(only(&["c", "a"]).unwrap(), r#"{"a":1,"c":"x"}"#);
        assert_eq!(only(&["b"]).unwrap(), r#"{"b":2}"#);
        assert!(
            serde_json::to_string(&Only {
                value: &7,
                fields: &["a"],
            })
            .is_err()
        );
    }
}
