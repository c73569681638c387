//! `set` and `frozenset`, with CPython's table: open addressing with linear probes then
//! perturbed jumps, dummies for deleted keys, the same growth rule. Iteration is in slot order,
//! so a set prints in the order CPython prints it (given CPython's hashes, which `int`, `float`
//! and `tuple` share).

use std::cell::UnsafeCell;

use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::vm::{PyResult, Vm};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One table entry, 16 bytes as CPython's `setentry`: empty (no key, hash 0), a dummy left by
/// a deletion (no key, hash -1, which no key hashes to) or a key with its hash.
#[derive(Clone)]
struct Slot {
    hash: i64,
    key: Option<Value>,
}

const DUMMY_HASH: i64 = -1;

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: None };
    const DUMMY: Slot = Slot { hash: DUMMY_HASH, key: None };

    fn active(hash: i64, key: Value) -> Slot {
        Slot { hash, key: Some(key) }
    }

    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash != DUMMY_HASH
    }
}

/// What a probe found in one slot (the key cloned only when its hash matches).
enum Probe {
    Empty,
    Dummy,
    SameHash(Value),
    Other,
}

const _: () = assert!(size_of::<Slot>() == 16);

struct Inner {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

pub struct SetData {
    inner: UnsafeCell<Inner>,
    /// frozenset's cached hash (-1 until computed).
    pub hash: std::cell::Cell<i64>,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            inner: UnsafeCell::new(Inner { table: vec![Slot::EMPTY; MINSIZE], fill: 0, used: 0 }),
            hash: std::cell::Cell::new(-1),
        }
    }

    #[inline]
    fn inner(&self) -> &mut Inner {
        // SAFETY: short borrows only; Python code (key comparison) runs with no borrow live,
        // see `add`/`find`.
        unsafe { &mut *self.inner.get() }
    }

    pub fn len(&self) -> usize {
        self.inner().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of slots (for iteration by position).
    pub fn slots(&self) -> usize {
        self.inner().table.len()
    }

    /// The key in slot `i`, if active.
    pub fn slot_key(&self, i: usize) -> Option<Value> {
        match self.inner().table.get(i) {
            Some(Slot { key: Some(k), .. }) => Some(k.clone()),
            _ => None,
        }
    }

    /// Keys with hashes, in slot order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.inner()
            .table
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (s.hash, k.clone())))
            .collect()
    }

    /// Calls `f` on each key without cloning; `f` must not run Python code or change sets.
    pub fn for_each_key(&self, mut f: impl FnMut(&Value)) {
        self.inner().table.iter().for_each(|s| {
            if let Some(k) = &s.key {
                f(k)
            }
        });
    }

    pub fn keys(&self) -> Vec<Value> {
        self.entries().into_iter().map(|(_, k)| k).collect()
    }

    /// Compares a stored key with `key`; Python `__eq__` runs with no borrow live.
    fn keys_equal(vm: &Vm, stored: &Value, key: &Value) -> PyResult<bool> {
        if stored.is(key) {
            return Ok(true);
        }
        if let (Some(a), Some(b)) = (stored.as_str_data(), key.as_str_data()) {
            return Ok(a.eq_data(b));
        }
        vm.eq_bool(stored, key)
    }

    /// Adds a key with its hash (= `set_add_entry`).
    pub fn add_hashed(&self, vm: &Vm, key: Value, hash: i64) -> PyResult<()> {
        'restart: loop {
            let mut mask = self.inner().table.len() - 1;
            let mut i = hash as usize & mask;
            let mut perturb = hash as usize;
            let mut freeslot: Option<usize> = None;
            loop {
                let mut probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                let mut j = i;
                loop {
                    match self.probe(j, hash) {
                        Probe::Empty => {
                            let inner = self.inner();
                            if let Some(f) = freeslot {
                                inner.used += 1;
                                inner.table[f] = Slot::active(hash, key);
                                return Ok(());
                            }
                            inner.fill += 1;
                            inner.used += 1;
                            inner.table[j] = Slot::active(hash, key);
                            if inner.fill * 5 < mask * 3 {
                                return Ok(());
                            }
                            let used = inner.used;
                            self.resize(if used > 50000 { used * 2 } else { used * 4 });
                            return Ok(());
                        }
                        Probe::SameHash(k) => {
                            let table_len = self.inner().table.len();
                            if Self::keys_equal(vm, &k, &key)? {
                                return Ok(());
                            }
                            let still = matches!(&self.inner().table.get(j), Some(Slot { key: Some(k2), .. }) if k2.is(&k));
                            if self.inner().table.len() != table_len || !still {
                                continue 'restart;
                            }
                            mask = self.inner().table.len() - 1;
                        }
                        Probe::Dummy => {
                            // The last dummy on the probe path is reused, as CPython 3.12
                            // does (this decides iteration order after discards).
                            freeslot = Some(j);
                        }
                        Probe::Other => {}
                    }
                    if probes == 0 {
                        break;
                    }
                    probes -= 1;
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
            }
        }
    }

    /// Classifies slot `j` for a probe with `hash`.
    #[inline]
    fn probe(&self, j: usize, hash: i64) -> Probe {
        let s = &self.inner().table[j];
        match &s.key {
            None if s.hash == DUMMY_HASH => Probe::Dummy,
            None => Probe::Empty,
            Some(k) if s.hash == hash => Probe::SameHash(k.clone()),
            Some(_) => Probe::Other,
        }
    }

    pub fn add(&self, vm: &Vm, key: Value) -> PyResult<()> {
        let h = vm.hash(&key)?;
        self.add_hashed(vm, key, h)
    }

    /// Grows or shrinks the table to fit `minused` (= `set_table_resize`).
    fn resize(&self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let inner = self.inner();
        let old = std::mem::replace(&mut inner.table, vec![Slot::EMPTY; newsize]);
        inner.fill = inner.used;
        let mask = newsize - 1;
        for s in old {
            if let Some(k) = s.key {
                Self::insert_clean(&mut inner.table, mask, s.hash, k);
            }
        }
    }

    fn insert_clean(table: &mut [Slot], mask: usize, hash: i64, key: Value) {
        let mut perturb = hash as usize;
        let mut i = hash as usize & mask;
        loop {
            if table[i].is_empty() {
                table[i] = Slot::active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].is_empty() {
                        table[i + j] = Slot::active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// Finds the slot holding `key`.
    fn find(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let mask = self.inner().table.len() - 1;
            let mut i = hash as usize & mask;
            let mut perturb = hash as usize;
            loop {
                let mut probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                let mut j = i;
                loop {
                    match self.probe(j, hash) {
                        Probe::Empty => return Ok(None),
                        Probe::SameHash(k) => {
                            if k.is(key) {
                                return Ok(Some(j));
                            }
                            let table_len = self.inner().table.len();
                            if Self::keys_equal(vm, &k, key)? {
                                return Ok(Some(j));
                            }
                            let still = matches!(&self.inner().table.get(j), Some(Slot { key: Some(k2), .. }) if k2.is(&k));
                            if self.inner().table.len() != table_len || !still {
                                continue 'restart;
                            }
                        }
                        _ => {}
                    }
                    if probes == 0 {
                        break;
                    }
                    probes -= 1;
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
            }
        }
    }

    pub fn contains(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let (key, h) = set_key_hash(vm, key)?;
        Ok(self.find(vm, &key, h)?.is_some())
    }

    pub fn contains_hashed(&self, vm: &Vm, key: &Value, h: i64) -> PyResult<bool> {
        Ok(self.find(vm, key, h)?.is_some())
    }

    /// Removes `key`; returns the removed key (for the caller to drop) if present.
    pub fn discard(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let (key, h) = set_key_hash(vm, key)?;
        let Some(j) = self.find(vm, &key, h)? else { return Ok(None) };
        let inner = self.inner();
        let old = std::mem::replace(&mut inner.table[j], Slot::DUMMY);
        inner.used -= 1;
        Ok(old.key)
    }

    /// Removes and returns an arbitrary key (= `set_pop`, which scans from a moving finger).
    pub fn pop(&self) -> Option<Value> {
        let inner = self.inner();
        if inner.used == 0 {
            return None;
        }
        let pos = inner.table.iter().position(|s| s.key.is_some())?;
        let old = std::mem::replace(&mut inner.table[pos], Slot::DUMMY);
        inner.used -= 1;
        old.key
    }

    /// Empties the set, returning the old keys for the caller to drop.
    /// Removes everything; the old keys are released after the set is empty.
    pub fn clear_and_release(&self) {
        drop(self.take_table());
    }

    pub fn clear(&self) -> Vec<Value> {
        self.take_table().into_iter().filter_map(|s| s.key).collect()
    }

    /// Empties the set, handing back its old table.
    fn take_table(&self) -> Vec<Slot> {
        let inner = self.inner();
        inner.fill = 0;
        inner.used = 0;
        std::mem::replace(&mut inner.table, vec![Slot::EMPTY; MINSIZE])
    }

    /// Adds all keys of another set (= `set_merge`), pre-sizing as CPython does.
    pub fn merge(&self, vm: &Vm, other: &SetData) -> PyResult<()> {
        let n = other.len();
        if n == 0 {
            return Ok(());
        }
        let (fill, used, mask) = {
            let i = self.inner();
            (i.fill, i.used, i.table.len() - 1)
        };
        if (fill + n) * 5 >= mask * 3 {
            self.resize((used + n) * 2);
        }
        let (fill, otable_len, stable_len) = (self.inner().fill, other.inner().table.len(), self.inner().table.len());
        if fill == 0 && otable_len == stable_len && other.inner().fill == n {
            // Same size, empty target, no dummies in the source: copy slot by slot.
            let entries: Vec<Slot> = other
                .inner()
                .table
                .iter()
                .map(|s| match &s.key {
                    Some(k) => Slot::active(s.hash, k.clone()),
                    None => Slot::EMPTY,
                })
                .collect();
            let inner = self.inner();
            inner.table = entries;
            inner.fill = n;
            inner.used = n;
            return Ok(());
        }
        if self.inner().fill == 0 {
            let inner = self.inner();
            let mask = inner.table.len() - 1;
            for (h, k) in other.entries() {
                Self::insert_clean(&mut inner.table, mask, h, k);
            }
            inner.fill = n;
            inner.used = n;
            return Ok(());
        }
        for (h, k) in other.entries() {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// Pre-sizes for `n` more keys (as `set_update_internal` does for dicts).
    pub fn reserve_for(&self, n: usize) {
        let (fill, used, mask) = {
            let i = self.inner();
            (i.fill, i.used, i.table.len() - 1)
        };
        if (fill + n) * 5 >= mask * 3 {
            self.resize((used + n) * 2);
        }
    }
}

/// The hash of a lookup key; an unhashable `set` key is looked up as the equal frozenset (as
/// CPython's `set_contains`/`set_discard`/`set_remove` retry).
fn set_key_hash(vm: &Vm, key: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => {
            if e.0.isinstance(&vm.types.exc.type_error) && key.ty().layout == crate::object::Layout::Set {
                if let Some(src) = key.as_set() {
                    let d = SetData::new();
                    for (h, k) in src.entries() {
                        d.add_hashed(vm, k, h)?;
                    }
                    let fs = new_frozenset_data(d);
                    let h = vm.hash(&fs)?;
                    return Ok((fs, h));
                }
            }
            Err(e)
        }
    }
}

pub fn new_set() -> Value {
    alloc(&builtin_types().set, SetData::new())
}

pub fn new_frozenset_data(d: SetData) -> Value {
    alloc(&builtin_types().frozenset, d)
}

impl Value {
    pub fn as_set(&self) -> Option<&SetData> {
        self.downcast::<SetData>()
    }
}

pub use crate::types::setmethods::init;
