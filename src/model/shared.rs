//! [`Shared`]: a part of the linked site that copies of the site share until one of them
//! changes it.

use serde::{Serialize, Serializer};
use std::borrow::Cow;
use std::sync::Arc;

/// A part of [`super::Site`] (a collection's entries, the tags, the reports, the reference
/// table) that a copy of the site shares with the original: copying a site copies none of its
/// entries. Reading it reads the value itself (it serialises, compares and describes itself as
/// the value does, so templates, the open data and its schema see no difference). Changing it
/// through a copy that shares it makes that copy its own first (`Arc::make_mut`), so the
/// original never changes: `candor serve` takes the previous build's site with a few new
/// bodies by copying only the collection they are in ([`super::with_new_bodies`]).
#[derive(Default)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    /// `value`, not yet shared.
    pub fn new(value: T) -> Shared<T> {
        Shared(Arc::new(value))
    }

    /// Whether this and `other` are the same value, not a copy of it.
    pub fn same_as(&self, other: &Shared<T>) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Shared<T> {
        Shared::new(value)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Changing a shared value makes this copy's own first (copying it, when another copy shares
/// it; at no cost when none does, as while the site is linked).
impl<T: Clone> std::ops::DerefMut for Shared<T> {
    fn deref_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A value is equal to itself (even one holding a number that is not a number), then
/// compared as the value is.
impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        self.same_as(other) || *self.0 == *other.0
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for Shared<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

impl<'a, T> IntoIterator for &'a Shared<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a, T: Clone> IntoIterator for &'a mut Shared<Vec<T>> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        Arc::make_mut(&mut self.0).iter_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;

    #[test]
    fn a_copy_shares_until_it_is_changed_and_the_original_never_changes() {
        let original = Shared::new(vec![1, 2, 3]);
        let mut copy = original.clone();
        assert!(copy.same_as(&original));
        copy[1] = 20;
        assert!(!copy.same_as(&original));
        assert_eq!(*original, vec![1, 2, 3]);
        assert_eq!(*copy, vec![1, 20, 3]);
    }

    #[test]
    fn changing_a_value_nothing_else_shares_does_not_copy_it() {
        let mut only = Shared::new(vec![1, 2, 3]);
        let before = std::sync::Arc::as_ptr(&only.0);
        only.push(4);
        for n in &mut only {
            *n += 1;
        }
        assert_eq!(std::sync::Arc::as_ptr(&only.0), before);
        assert_eq!(*only, vec![2, 3, 4, 5]);
    }

    #[test]
    fn it_serialises_as_its_value() {
        let shared = Shared::new(vec!["a", "b"]);
        assert_eq!(serde_json::to_string(&shared).unwrap(), r#"["a","b"]"#);
    }
}
