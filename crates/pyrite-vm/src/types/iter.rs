//! Iterator objects of the built-in containers and the lazy built-ins (`enumerate`, `zip`,
//! `map`, `filter`, `reversed`, `iter(callable, sentinel)`), plus the dict views and
//! `mappingproxy`, which share this layout: one enum, one type object per kind.

use std::cell::{Cell, UnsafeCell};

use crate::object::{alloc, Value};

pub enum IterKind {
    /// list, tuple, str, bytes, bytearray and sequence iterators: the container and a position.
    Seq(Value),
    /// A reversed list: `pos` holds the next index + 1 (0 when exhausted), set by
    /// `new_list_reverse_iter`.
    ListReverse(Value),
    Range { next: Cell<i64>, step: i64, remaining: Cell<u64> },
    BigRange { next: UnsafeCell<Value>, step: Value, remaining: UnsafeCell<Value> },
    Set { set: Value, used: usize },
    /// Dict iterators: the size seen at creation and the number of items still expected.
    DictKeys { dict: Value, used: usize, left: Cell<usize> },
    DictValues { dict: Value, used: usize, left: Cell<usize> },
    DictItems { dict: Value, used: usize, left: Cell<usize> },
    DictReverseKeys(Value),
    Callable { func: Value, sentinel: Value },
    /// `result`: the last tuple handed out, refilled when nobody else holds it.
    Enumerate { iter: Value, count: UnsafeCell<Value>, result: UnsafeCell<Option<Value>> },
    Zip { iters: Vec<Value>, strict: bool, result: UnsafeCell<Option<Value>> },
    Map { func: Value, iters: Vec<Value> },
    Filter { func: Value, iter: Value },
    Reversed { seq: Value },
    /// A dict view or a mappingproxy over this mapping.
    View(Value),
    /// `types.GenericAlias` (`list[int]`): origin and args.
    Alias(Value, Value),
}

pub struct IterData {
    pub kind: IterKind,
    /// Position for sequence iterators; set to usize::MAX when exhausted.
    pub pos: Cell<usize>,
}

pub fn new_iter(ty: &Value, kind: IterKind) -> Value {
    alloc(ty, IterData { kind, pos: Cell::new(0) })
}

/// `reversed(list)`: iterates from the list's current last index down.
pub fn new_list_reverse_iter(ty: &Value, list: Value) -> Value {
    let n = list.as_list().map(|l| l.len()).unwrap_or(0);
    alloc(ty, IterData { kind: IterKind::ListReverse(list), pos: Cell::new(n) })
}

pub use crate::types::itermethods::init;

/// The next item of a list, tuple or str iterator `d` over `seq`, taken without the generic
/// protocol (for `FOR_ITER` and `zip`): None at its end or for other sequences, where the
/// generic path takes over (and marks it exhausted).
#[inline(always)]
pub fn seq_iter_next(d: &IterData, seq: &Value) -> Option<Value> {
    let pos = d.pos.get();
    let item = if let Some(l) = seq.as_list() {
        l.get(pos)
    } else if let Some(t) = seq.as_tuple() {
        t.get(pos).cloned()
    } else if let Some(sd) = seq.as_str_data() {
        (pos < sd.len()).then(|| crate::types::str::char_str(sd.char_at(pos)))
    } else {
        None
    }?;
    d.pos.set(pos + 1);
    Some(item)
}

/// `seq_iter_next` for any iterator `it`: None when it is not a sequence iterator.
#[inline(always)]
pub fn seq_next_fast(it: &Value) -> Option<Value> {
    let d = it.downcast::<IterData>()?;
    let IterKind::Seq(seq) = &d.kind else { return None };
    seq_iter_next(d, seq)
}
