//! `tuple`: an immutable array of values.

use crate::object::{alloc, Value};
use crate::types::builtin_types;

pub struct TupleData {
    items: Box<[Value]>,
}

impl TupleData {
    pub fn new(items: Vec<Value>) -> TupleData {
        TupleData { items: items.into_boxed_slice() }
    }

    #[inline]
    pub fn as_slice(&self) -> &[Value] {
        &self.items
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// A new tuple (the empty tuple is shared).
pub fn new_tuple(items: Vec<Value>) -> Value {
    let t = builtin_types();
    if items.is_empty() {
        return t.empty_tuple.clone();
    }
    alloc(&t.tuple, TupleData::new(items))
}

/// A new tuple from a slice.
pub fn tuple_from_slice(items: &[Value]) -> Value {
    new_tuple(items.to_vec())
}

impl Value {
    /// The items of a tuple (or tuple subclass instance).
    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        self.downcast::<TupleData>().map(|t| t.as_slice())
    }
}

pub use crate::types::seqmethods::init_tuple as init;
