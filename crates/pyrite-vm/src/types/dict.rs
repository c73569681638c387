//! `dict`: CPython's compact ordered table. Entries (hash, key, value) are appended to a vector
//! in insertion order; a `hashbrown` table of entry indexes finds them by hash. Deleting leaves
//! a hole that is squeezed out when holes outnumber live entries, so removal is O(1) and order
//! is kept. Small-int hashes are mixed before they index the table (CPython's hash of `n` is `n`).
//!
//! Lookups that must compare keys with Python `__eq__` first collect candidate entries, then
//! release the table, compare, and re-check that the entry is unchanged (the comparison may
//! have mutated the dict), restarting if it was.

use std::cell::UnsafeCell;

use hashbrown::HashTable;

use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::types::int::as_int;
use crate::types::str::StrData;
use crate::types::BuiltinTypes;
use crate::vm::{PyResult, Vm};

/// Tables with at most this many entry slots are searched linearly for str keys.
const SMALL_TABLE: usize = 16;

#[inline]
fn mix(h: i64) -> u64 {
    let x = (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 29)
}

struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

#[derive(Default)]
struct Inner {
    /// Entry slots by hash; kept only while there are more than `SMALL_TABLE` slots (smaller
    /// tables, most instance dicts among them, are searched linearly and allocate no index).
    indices: HashTable<u32>,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Bit `hash & 63` of every key's hash that may be present (deletions leave their bits):
    /// a clear bit proves a key absent without a search (the attribute caches ask this of
    /// instance dicts that must not shadow a method).
    hash_mask: u64,
}

/// The `hash_mask` bit of a hash.
#[inline(always)]
fn mask_bit(hash: i64) -> u64 {
    1u64 << (hash as u64 & 63)
}

impl Inner {
    /// Whether `indices` is in use (it holds every live entry exactly then).
    #[inline(always)]
    fn indexed(&self) -> bool {
        self.entries.len() > SMALL_TABLE
    }

    /// Rebuilds the index from the entries (or drops it for a small table).
    fn rebuild_index(&mut self) {
        self.hash_mask = self.entries.iter().flatten().fold(0, |m, e| m | mask_bit(e.hash));
        self.indices.clear();
        if !self.indexed() {
            self.indices.shrink_to_fit(|_| 0);
            return;
        }
        self.indices.reserve(self.entries.len(), |_| 0);
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let entries = &self.entries;
                self.indices.insert_unique(mix(e.hash), i as u32, |&j| {
                    mix(entries[j as usize].as_ref().map(|e| e.hash).unwrap_or(0))
                });
            }
        }
    }
}

pub struct DictData {
    inner: UnsafeCell<Inner>,
    /// Bumped on every insertion of a new key or deletion (guards global-load caches and
    /// iteration).
    version: std::cell::Cell<u64>,
}

/// Native key equality when it needs no Python code: `Some(equal)` or `None` (ask Python).
#[inline]
fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.as_str_data(), b.as_str_data()) {
        if a.ty().ext_offset == 0 && b.ty().ext_offset == 0 {
            return Some(x.eq_data(y));
        }
    }
    let t = builtin_types();
    let simple = |v: &Value| v.is_small_int() || v.is_exact(&t.int) || v.is_exact(&t.bool_);
    if simple(a) && simple(b) {
        let (x, y) = (as_int(a)?, as_int(b)?);
        return Some(crate::types::int::int_cmp(&x, &y) == std::cmp::Ordering::Equal);
    }
    if (a.is_exact(&t.str) && (simple(b) || b.is_exact(&t.float)))
        || (b.is_exact(&t.str) && (simple(a) || a.is_exact(&t.float)))
    {
        return Some(false);
    }
    if a.is_exact(&t.float) && b.is_exact(&t.float) {
        let (x, y) = (crate::types::float::as_float(a)?, crate::types::float::as_float(b)?);
        return Some(x == y);
    }
    None
}

impl Default for DictData {
    fn default() -> Self {
        DictData::new()
    }
}

impl DictData {
    /// Dicts start untracked by the cycle collector and are tracked once they hold a value
    /// that could be part of a cycle (= CPython's `MAINTAIN_TRACKING`).
    #[inline]
    fn maintain_tracking(&self, key: &Value, value: &Value) {
        let obj = self.object_header();
        // SAFETY: dicts are containers (a GC head precedes them).
        if unsafe { crate::object::gc::is_tracked_raw(obj) } {
            return;
        }
        if crate::object::gc::may_be_tracked(value) || crate::object::gc::may_be_tracked(key) {
            // SAFETY: the dict is alive (we are inside one of its methods).
            let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(obj) });
            crate::object::gc::ensure_tracked(&v);
        }
    }

    /// The header of the object this payload belongs to.
    #[inline(always)]
    fn object_header(&self) -> std::ptr::NonNull<crate::object::ObjHeader> {
        // SAFETY: a DictData only ever exists as the payload of a dict object (`new_dict`,
        // dict.__new__, subclasses put it first in `Sub`), at the payload offset of `Obj`.
        unsafe {
            std::ptr::NonNull::new_unchecked(
                (self as *const DictData as *const u8).sub(std::mem::offset_of!(crate::object::Obj<DictData>, data))
                    as *mut crate::object::ObjHeader,
            )
        }
    }

    pub fn new() -> DictData {
        DictData { inner: UnsafeCell::new(Inner::default()), version: std::cell::Cell::new(0) }
    }

    #[inline]
    fn inner(&self) -> &mut Inner {
        // SAFETY: every use is a short borrow that runs no Python code and drops no values
        // (removed values are returned to the caller); see the module docs.
        unsafe { &mut *self.inner.get() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.inner().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys version: changes whenever a key is added or removed (values may change
    /// without it). Versions come from one process-wide counter, so equal versions mean the
    /// same dict in the same key state (global-load caches rely on it). Never 0.
    pub fn version(&self) -> u64 {
        let v = self.version.get();
        if v == 0 {
            self.bump_version();
            return self.version.get();
        }
        v
    }

    fn bump_version(&self) {
        thread_local! {
            static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
        }
        self.version.set(NEXT.with(|n| {
            let v = n.get();
            n.set(v + 1);
            v
        }));
    }

    /// The slot of str key `key`, if present (for caches that then read `value_at`).
    pub fn find_str_slot(&self, key: &Value) -> Option<usize> {
        let hash = key.as_str_data()?.hash();
        self.find_native(key, hash).ok().flatten()
    }

    /// The value in slot `i`, if live.
    #[inline]
    pub fn value_at(&self, i: usize) -> Option<Value> {
        self.inner().entries.get(i).and_then(|e| e.as_ref().map(|e| e.value.clone()))
    }

    /// The value in slot `i` if that slot holds exactly the key object `key` (attribute
    /// caches remember where an interned name was last found).
    #[inline(always)]
    pub fn value_if_key_at(&self, i: usize, key: &Value) -> Option<Value> {
        match self.inner().entries.get(i) {
            Some(Some(e)) if e.key.is(key) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// `self[key] = value` for a str key, trying slot `hint` first; returns the replaced value
    /// (to drop after the table is released) and the key's slot.
    #[inline]
    pub fn set_str_hinted(&self, hint: usize, key: &Value, value: Value) -> (Option<Value>, usize) {
        if let Some(Some(e)) = self.inner().entries.get(hint) {
            if e.key.is(key) {
                self.maintain_tracking(key, &value);
                if let Some(Some(e)) = self.inner().entries.get_mut(hint) {
                    return (Some(std::mem::replace(&mut e.value, value)), hint);
                }
            }
        }
        let old = self.set_str(key.clone(), value);
        let slot = match old {
            None => self.inner().entries.len() - 1,
            Some(_) => self.str_slot(key).unwrap_or(0),
        };
        (old, slot)
    }

    /// Entry slots, holes included (for iteration by position).
    pub fn capacity_slots(&self) -> usize {
        self.inner().entries.len()
    }

    /// The entry at slot `i`, if live.
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.inner().entries.get(i).and_then(|e| e.as_ref().map(|e| (e.key.clone(), e.value.clone())))
    }

    /// Finds the slot of `key` without calling Python (`None` if Python `__eq__` is needed
    /// for some candidate).
    #[inline]
    fn find_native(&self, key: &Value, hash: i64) -> Result<Option<usize>, Vec<usize>> {
        let inner = self.inner();
        let mut pending = Vec::new();
        let mut check = |idx: usize, e: &Entry| -> Option<usize> {
            if e.hash == hash {
                match native_key_eq(&e.key, key) {
                    Some(true) => return Some(idx),
                    Some(false) => {}
                    None => pending.push(idx),
                }
            }
            None
        };
        if inner.indexed() {
            for &idx in inner.indices.iter_hash(mix(hash)) {
                if let Some(e) = &inner.entries[idx as usize] {
                    if let Some(i) = check(idx as usize, e) {
                        return Ok(Some(i));
                    }
                }
            }
        } else {
            for (idx, e) in inner.entries.iter().enumerate() {
                if let Some(e) = e {
                    if let Some(i) = check(idx, e) {
                        return Ok(Some(i));
                    }
                }
            }
        }
        if pending.is_empty() { Ok(None) } else { Err(pending) }
    }

    /// Finds the slot of `key`, calling Python `__eq__` where needed.
    fn find(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        loop {
            match self.find_native(key, hash) {
                Ok(r) => return Ok(r),
                Err(cands) => {
                    let version = self.version.get();
                    let mut restart = false;
                    for idx in cands {
                        let stored = match &self.inner().entries[idx] {
                            Some(e) => e.key.clone(),
                            None => {
                                restart = true;
                                break;
                            }
                        };
                        let eq = vm.eq_bool(&stored, key)?;
                        let same = self.inner().entries.get(idx).and_then(|e| e.as_ref()).is_some_and(|e| e.key.is(&stored));
                        if !same || self.version.get() != version {
                            restart = true;
                            break;
                        }
                        if eq {
                            return Ok(Some(idx));
                        }
                    }
                    if !restart {
                        return Ok(None);
                    }
                }
            }
        }
    }

    pub fn get_item(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_item_hashed(vm, key, hash)
    }

    pub fn get_item_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self.find(vm, key, hash)?.and_then(|i| self.inner().entries[i].as_ref().map(|e| e.value.clone())))
    }

    pub fn contains(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, key, hash)?.is_some())
    }

    /// Lookup by str key without Python code (type dicts, globals, instance dicts).
    #[inline]
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        self.str_slot(key).and_then(|i| self.value_at(i))
    }

    /// The str value stored under a str key given as Rust text (slow path for rare lookups).
    pub fn get_str_raw_name(&self, key: &str) -> Option<String> {
        self.items().into_iter().find(|(k, _)| k.as_rust_str() == Some(key)).and_then(|(_, v)| v.as_rust_str().map(String::from))
    }

    /// Whether the dict may hold a str key equal to `key`: false proves it does not, with no
    /// search.
    #[inline(always)]
    pub fn may_hold_str(&self, key: &StrData) -> bool {
        self.inner().hash_mask & mask_bit(key.hash()) != 0
    }

    /// The slot of a str key, found without Python code. Small tables (instance dicts,
    /// mostly) are scanned linearly, identity first: keys are usually interned.
    #[inline]
    pub fn str_slot(&self, key: &Value) -> Option<usize> {
        let inner = self.inner();
        if !inner.indexed() {
            for (i, e) in inner.entries.iter().enumerate() {
                if let Some(e) = e {
                    if e.key.is(key) {
                        return Some(i);
                    }
                }
            }
            let s = key.as_str_data()?;
            let hash = s.hash();
            for (i, e) in inner.entries.iter().enumerate() {
                if let Some(e) = e {
                    if e.hash == hash && e.key.as_str_data().is_some_and(|k| k.eq_data(s)) {
                        return Some(i);
                    }
                }
            }
            return None;
        }
        let s = key.as_str_data()?;
        let hash = s.hash();
        for &idx in inner.indices.iter_hash(mix(hash)) {
            if let Some(e) = &inner.entries[idx as usize] {
                if e.key.is(key) || (e.hash == hash && e.key.as_str_data().is_some_and(|k| k.eq_data(s))) {
                    return Some(idx as usize);
                }
            }
        }
        None
    }

    /// Sets `key` (a str) without Python code; returns the replaced value.
    pub fn set_str(&self, key: Value, value: Value) -> Option<Value> {
        let hash = key.as_str_data().map(|s| s.hash()).unwrap_or(0);
        let found = match self.str_slot(&key) {
            Some(i) => Some(i),
            None if !self.inner().indexed() => None,
            None => self.find_native(&key, hash).ok().flatten(),
        };
        self.set_at(found, hash, key, value)
    }

    fn set_at(&self, found: Option<usize>, hash: i64, key: Value, value: Value) -> Option<Value> {
        self.maintain_tracking(&key, &value);
        let inner = self.inner();
        if let Some(i) = found {
            if let Some(e) = &mut inner.entries[i] {
                return Some(std::mem::replace(&mut e.value, value));
            }
        }
        let idx = inner.entries.len() as u32;
        inner.hash_mask |= mask_bit(hash);
        inner.entries.push(Some(Entry { hash, key, value }));
        if inner.entries.len() == SMALL_TABLE + 1 {
            // The table outgrew linear search: index every entry.
            inner.rebuild_index();
        } else if inner.indexed() {
            let entries = &inner.entries;
            inner.indices.insert_unique(mix(hash), idx, |&i| {
                mix(entries[i as usize].as_ref().map(|e| e.hash).unwrap_or(0))
            });
        }
        inner.used += 1;
        self.bump_version();
        None
    }

    /// `d[key] = value`. The replaced value is dropped after the table is released.
    pub fn set_item(&self, vm: &Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_item_hashed(vm, key, hash, value)
    }

    pub fn set_item_hashed(&self, vm: &Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        let found = self.find(vm, &key, hash)?;
        let old = self.set_at(found, hash, key, value);
        drop(old);
        Ok(())
    }

    /// Removes `key`, returning its value.
    pub fn remove(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        let Some(i) = self.find(vm, key, hash)? else { return Ok(None) };
        Ok(self.remove_at(i).map(|(_, v)| v))
    }

    /// Removes a str key without Python code.
    pub fn remove_str(&self, key: &Value) -> Option<Value> {
        let hash = key.as_str_data()?.hash();
        let i = self.find_native(key, hash).ok().flatten()?;
        self.remove_at(i).map(|(_, v)| v)
    }

    /// Removes the entry in slot `i`, returning key and value.
    pub fn remove_at(&self, i: usize) -> Option<(Value, Value)> {
        let inner = self.inner();
        let e = inner.entries.get_mut(i)?.take()?;
        if inner.indexed() {
            if let Ok(ent) = inner.indices.find_entry(mix(e.hash), |&x| x as usize == i) {
                ent.remove();
            }
        }
        inner.used -= 1;
        self.bump_version();
        if inner.entries.len() > 16 && inner.used * 2 < inner.entries.len() {
            self.compact();
        }
        Some((e.key, e.value))
    }

    fn compact(&self) {
        let inner = self.inner();
        let old = std::mem::take(&mut inner.entries);
        inner.entries = old.into_iter().flatten().map(Some).collect();
        inner.rebuild_index();
    }

    /// Removes everything; the old entries are released after the dict is empty (their
    /// release may run Python code that looks at the dict).
    pub fn clear_and_release(&self) {
        drop(self.take_entries());
    }

    /// Removes everything, returning the old entries for the caller to drop.
    pub fn clear(&self) -> Vec<(Value, Value)> {
        self.take_entries().into_iter().flatten().map(|e| (e.key, e.value)).collect()
    }

    /// Empties the table, handing back its entry vector.
    fn take_entries(&self) -> Vec<Option<Entry>> {
        let old = {
            let inner = self.inner();
            inner.indices.clear();
            inner.used = 0;
            inner.hash_mask = 0;
            std::mem::take(&mut inner.entries)
        };
        self.bump_version();
        old
    }

    /// Calls `f` on each entry without cloning; `f` must not run Python code or change dicts.
    pub fn for_each_entry(&self, mut f: impl FnMut(&Value, &Value)) {
        self.inner().entries.iter().flatten().for_each(|e| f(&e.key, &e.value));
    }

    /// Whether `f` holds for some entry; same contract as `for_each_entry`.
    pub fn any_entry(&self, mut f: impl FnMut(&Value, &Value) -> bool) -> bool {
        self.inner().entries.iter().flatten().any(|e| f(&e.key, &e.value))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.inner().entries.iter().flatten().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.inner().entries.iter().flatten().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner().entries.iter().flatten().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// Entries with their hashes (for copying without rehashing).
    pub fn items_hashed(&self) -> Vec<(i64, Value, Value)> {
        self.inner().entries.iter().flatten().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect()
    }

    /// Inserts a key known to be absent, with its hash.
    pub fn insert_new_hashed(&self, hash: i64, key: Value, value: Value) {
        self.set_at(None, hash, key, value);
    }

    /// The last entry's slot (for popitem).
    pub fn last_slot(&self) -> Option<usize> {
        self.inner().entries.iter().rposition(|e| e.is_some())
    }
}

pub fn new_dict() -> Value {
    alloc(&builtin_types().dict, DictData::new())
}

impl Value {
    #[inline]
    pub fn as_dict(&self) -> Option<&DictData> {
        self.downcast::<DictData>()
    }
}

/// The table of interned strings.
#[derive(Default)]
pub struct StrInternTable {
    table: HashTable<Value>,
}

impl StrInternTable {
    pub fn intern(&mut self, types: &BuiltinTypes, s: &str) -> Value {
        let probe = StrData::from_str(s);
        let h = probe.hash();
        if let Some(v) = self.table.find(mix(h), |v| v.as_str_data().is_some_and(|d| d.eq_data(&probe))) {
            return v.clone();
        }
        let v = crate::object::alloc_immortal(&types.str, probe);
        self.table.insert_unique(mix(h), v.clone(), |v| mix(v.as_str_data().map(|d| d.hash()).unwrap_or(0)));
        v
    }

    pub fn intern_value(&mut self, v: &Value) -> Value {
        let Some(d) = v.as_str_data() else { return v.clone() };
        let h = d.hash();
        if let Some(found) = self.table.find(mix(h), |x| x.as_str_data().is_some_and(|x| x.eq_data(d))) {
            return found.clone();
        }
        if let Some(hd) = v.heap_ptr() {
            // Interned strings live as long as the interpreter (CPython makes them immortal).
            // SAFETY: the header is live.
            unsafe { hd.as_ref().refcnt.set(crate::object::IMMORTAL) };
        }
        self.table.insert_unique(mix(h), v.clone(), |v| mix(v.as_str_data().map(|d| d.hash()).unwrap_or(0)));
        v.clone()
    }
}

pub use crate::types::dictmethods::init;
