//! `list`: a mutable array of values.
//!
//! The items live in an `UnsafeCell<Vec<Value>>`. Accessors copy values out (cloning them) and
//! never hand out a reference that outlives the call, because any Python code (an `__eq__`, a
//! `__del__` run by dropping an item) may mutate the list meanwhile.

use std::cell::UnsafeCell;

use crate::object::{alloc, Value};
use crate::types::builtin_types;

pub struct ListData {
    items: UnsafeCell<Vec<Value>>,
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData { items: UnsafeCell::new(items) }
    }

    #[inline]
    pub fn len(&self) -> usize {
        // SAFETY: reading the length does not overlap a mutable borrow (none outlives a call).
        unsafe { (*self.items.get()).len() }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i`, cloned.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        // SAFETY: short borrow; the clone does not run Python code.
        unsafe { (&*self.items.get()).get(i).cloned() }
    }

    /// Replaces item `i`, returning the old value (to be dropped by the caller, after this
    /// call returns, since dropping may run Python code).
    pub fn set(&self, i: usize, v: Value) -> Value {
        // SAFETY: short borrow; the old value is moved out, not dropped here.
        unsafe { std::mem::replace(&mut (&mut *self.items.get())[i], v) }
    }

    #[inline]
    pub fn push(&self, v: Value) {
        // SAFETY: short borrow; pushing runs no Python code.
        unsafe { (*self.items.get()).push(v) }
    }

    /// A snapshot of the items.
    pub fn to_vec(&self) -> Vec<Value> {
        // SAFETY: short borrow; cloning runs no Python code.
        unsafe { (*self.items.get()).clone() }
    }

    /// Runs `f` with mutable access to the vector. `f` must not run Python code or drop values
    /// (return removed values instead, for the caller to drop).
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        // SAFETY: the closure contract forbids re-entrance; no other borrow is live.
        unsafe { f(&mut *self.items.get()) }
    }

    /// Runs `f` with shared access to the items. Same contract as `with_mut`.
    pub fn with<R>(&self, f: impl FnOnce(&[Value]) -> R) -> R {
        // SAFETY: as for `with_mut`.
        unsafe { f(&*self.items.get()) }
    }

    /// Replaces all items, returning the old ones.
    pub fn replace_all(&self, items: Vec<Value>) -> Vec<Value> {
        self.with_mut(|v| std::mem::replace(v, items))
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    alloc(&builtin_types().list, ListData::new(items))
}

impl Value {
    #[inline]
    pub fn as_list(&self) -> Option<&ListData> {
        self.downcast::<ListData>()
    }
}

pub use crate::types::seqmethods::init_list as init;
