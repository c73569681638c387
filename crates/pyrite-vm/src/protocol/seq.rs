//! Sequence and mapping operations of the built-in containers: `len`, `in`, `[]` with ints and
//! slices, item assignment and deletion.

use crate::object::{Layout, Value};
use crate::types::bytes::{new_bytearray, new_bytes, ByteArrayData, BytesData};
use crate::types::int::{as_int, new_int};
use crate::types::list::new_list;
use crate::types::range::{big, SliceData};
use crate::types::str::{char_str, str_from_data, StrData};
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

/// `len()` of built-in containers; None if the object has no length.
pub fn native_len(vm: &Vm, v: &Value) -> Option<PyResult<usize>> {
    Some(Ok(match v.ty().layout {
        Layout::Str => v.as_str_data()?.len(),
        Layout::List => v.as_list()?.len(),
        Layout::Tuple => v.as_tuple()?.len(),
        Layout::Dict => v.as_dict()?.len(),
        Layout::Set => v.as_set()?.len(),
        Layout::Bytes => v.downcast::<BytesData>()?.0.len(),
        Layout::ByteArray => v.downcast::<ByteArrayData>()?.to_vec().len(),
        Layout::Range => {
            let r = v.downcast::<crate::types::range::RangeData>()?;
            return Some(r.len_usize().ok_or_else(|| {
                vm.overflow_error("Python int too large to convert to C ssize_t")
            }));
        }
        Layout::Iter => return crate::types::itermethods::view_len(vm, v),
        _ => return None,
    }))
}

/// Resolves an index against `len` (negative from the end), IndexError with `what`.
pub fn resolve_index(vm: &Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key.as_small_int() {
        Some(i) => i,
        None => {
            let idx = vm.index(key)?;
            match as_int(&idx).and_then(|x| x.to_i64()) {
                Some(i) => i,
                None => {
                    return Err(vm.index_error(&format!(
                        "cannot fit '{}' into an index-sized integer",
                        key.ty().name()
                    )))
                }
            }
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(&format!("{what} index out of range")));
    }
    Ok(j as usize)
}

fn is_index(v: &Value) -> bool {
    as_int(v).is_some()
}

fn slice_items<T: Clone>(items: &[T], start: isize, step: isize, n: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

fn index_type_error(vm: &Vm, what: &str, key: &Value) -> crate::vm::PyErr {
    vm.type_error(&format!("{what} indices must be integers or slices, not {}", key.ty().name()))
}

/// `c[start:stop]` (`BINARY_SLICE`) for an exact str, list or tuple and bounds that are inline
/// ints or None, without a slice object; None for anything else.
#[inline]
pub fn slice_fast(vm: &Vm, c: &Value, start: &Value, stop: &Value) -> Option<Value> {
    let bound = |v: &Value| -> Option<Option<i64>> {
        if let Some(i) = v.as_small_int() {
            Some(Some(i))
        } else if vm.is_none(v) {
            Some(None)
        } else {
            None
        }
    };
    let (b0, b1) = (bound(start)?, bound(stop)?);
    // Start and length of the slice, the bounds adjusted as for step 1 (None: the ends).
    let span = |len: usize| -> (usize, usize) {
        let (a, _, n) = crate::types::range::adjust_indices(len, b0.unwrap_or(0), b1.unwrap_or(i64::MAX), 1);
        (a as usize, n)
    };
    if c.is_exact_heap(&vm.types.str) {
        let s = c.as_str_data()?;
        let (a, n) = span(s.len());
        if a == 0 && n == s.len() {
            return Some(c.clone());
        }
        return Some(str_from_data(s.substring(a, a + n)));
    }
    if c.is_exact_heap(&vm.types.list) {
        let l = c.as_list()?;
        let (a, n) = span(l.len());
        return Some(new_list(l.with(|items| items[a..a + n].to_vec())));
    }
    if c.is_exact_heap(&vm.types.tuple) {
        let t = c.as_tuple()?;
        let (a, n) = span(t.len());
        if a == 0 && n == t.len() {
            return Some(c.clone());
        }
        return Some(new_tuple(t[a..a + n].to_vec()));
    }
    None
}

/// `container[key]` for built-ins; None if not supported.
pub fn native_getitem(vm: &Vm, c: &Value, key: &Value) -> PyResult<Option<Value>> {
    let layout = c.ty().layout;
    match layout {
        Layout::List => {
            let l = c.as_list().expect("list");
            if let Some(i) = key.as_small_int() {
                let len = l.len() as i64;
                let j = if i < 0 { i + len } else { i };
                if j >= 0 && j < len {
                    return Ok(l.get(j as usize));
                }
                return Err(vm.index_error("list index out of range"));
            }
            if let Some(s) = key.downcast::<SliceData>() {
                // (`indices` may run `__index__`, which may change the list: the length is
                // read again for the copy, and the items copied straight from it.)
                let (start, _, step, n) = s.indices(vm, l.len())?;
                return Ok(Some(new_list(l.with(|items| slice_items(items, start, step, n)))));
            }
            if !is_index(key) && key.ty().lookup(&vm.names.__index__).is_none() {
                return Err(index_type_error(vm, "list", key));
            }
            let j = resolve_index(vm, key, l.len(), "list")?;
            Ok(l.get(j))
        }
        Layout::Tuple => {
            let t = c.as_tuple().expect("tuple");
            if let Some(s) = key.downcast::<SliceData>() {
                let (start, _, step, n) = s.indices(vm, t.len())?;
                if step == 1 && n == t.len() && c.is_exact(&vm.types.tuple) {
                    return Ok(Some(c.clone()));
                }
                return Ok(Some(new_tuple(slice_items(t, start, step, n))));
            }
            if !is_index(key) && key.ty().lookup(&vm.names.__index__).is_none() {
                return Err(index_type_error(vm, "tuple", key));
            }
            let j = resolve_index(vm, key, t.len(), "tuple")?;
            Ok(Some(t[j].clone()))
        }
        Layout::Str => {
            let s = c.as_str_data().expect("str");
            if let Some(sl) = key.downcast::<SliceData>() {
                let (start, _, step, n) = sl.indices(vm, s.len())?;
                if step == 1 {
                    let st = start.max(0) as usize;
                    return Ok(Some(str_from_data(s.substring(st, st + n))));
                }
                let mut cps = Vec::with_capacity(n);
                let mut i = start;
                for _ in 0..n {
                    cps.push(s.char_at(i as usize));
                    i += step;
                }
                return Ok(Some(str_from_data(StrData::from_code_points(&cps))));
            }
            if !is_index(key) && key.ty().lookup(&vm.names.__index__).is_none() {
                return Err(vm.type_error(&format!("string indices must be integers, not '{}'", key.ty().name())));
            }
            let j = resolve_index(vm, key, s.len(), "string")?;
            Ok(Some(char_str(s.char_at(j))))
        }
        Layout::Bytes | Layout::ByteArray => {
            let b = c.as_bytes_vec().expect("bytes");
            let what = if layout == Layout::Bytes { "byte" } else { "bytearray" };
            if let Some(sl) = key.downcast::<SliceData>() {
                let (start, _, step, n) = sl.indices(vm, b.len())?;
                let items = slice_items(&b, start, step, n);
                return Ok(Some(if layout == Layout::Bytes { new_bytes(items) } else { new_bytearray(items) }));
            }
            if !is_index(key) && key.ty().lookup(&vm.names.__index__).is_none() {
                return Err(index_type_error(vm, what, key));
            }
            let j = resolve_index(vm, key, b.len(), if layout == Layout::Bytes { "index" } else { "bytearray" })
                .map_err(|e| if layout == Layout::Bytes { vm.index_error("index out of range") } else { e })?;
            Ok(Some(new_int(b[j] as i64)))
        }
        Layout::Dict => {
            let d = c.as_dict().expect("dict");
            match d.get_item(vm, key)? {
                Some(v) => Ok(Some(v)),
                None => {
                    if !c.is_exact(&vm.types.dict) {
                        if let Some(m) = c.ty().lookup(&vm.names.__missing__) {
                            return vm.call(&m, &[c.clone(), key.clone()]).map(Some);
                        }
                    }
                    Err(vm.key_error(key.clone()))
                }
            }
        }
        Layout::Range => crate::types::rangemethods::range_subscript(vm, c, key).map(Some),
        Layout::Iter => crate::types::itermethods::view_getitem(vm, c, key),
        _ => Ok(None),
    }
}

/// `c[key] = value` (or `del c[key]` when value is None) for built-ins; false if unsupported.
pub fn native_setitem(vm: &Vm, c: &Value, key: Value, value: Option<Value>) -> PyResult<bool> {
    match c.ty().layout {
        Layout::List => {
            let l = c.as_list().expect("list");
            if let Some(s) = key.downcast::<SliceData>() {
                crate::types::seqmethods::list_set_slice(vm, c, s, value)?;
                return Ok(true);
            }
            if !is_index(&key) && key.ty().lookup(&vm.names.__index__).is_none() {
                return Err(index_type_error(vm, "list", &key));
            }
            let what = if value.is_some() { "list assignment" } else { "list assignment" };
            let j = resolve_index(vm, &key, l.len(), what)?;
            match value {
                Some(v) => drop(l.set(j, v)),
                None => drop(l.with_mut(|items| items.remove(j))),
            }
            Ok(true)
        }
        Layout::Dict => {
            let d = c.as_dict().expect("dict");
            match value {
                Some(v) => d.set_item(vm, key, v)?,
                None => {
                    if d.remove(vm, &key)?.is_none() {
                        return Err(vm.key_error(key));
                    }
                }
            }
            Ok(true)
        }
        Layout::ByteArray => {
            let b = c.downcast::<ByteArrayData>().expect("bytearray");
            let len = b.to_vec().len();
            if let Some(s) = key.downcast::<SliceData>() {
                crate::types::bytesmethods::bytearray_set_slice(vm, c, s, value)?;
                return Ok(true);
            }
            if as_int(&key).is_none() && key.ty().lookup(&vm.names.__index__).is_none() {
                return Err(vm.type_error(&format!("bytearray indices must be integers or slices, not {}", key.ty().name())));
            }
            let j = resolve_index(vm, &key, len, "bytearray")?;
            match value {
                Some(v) => {
                    let x = as_int(&v).and_then(|i| i.to_i64()).ok_or_else(|| {
                        vm.type_error(&format!("'{}' object cannot be interpreted as an integer", v.ty().name()))
                    })?;
                    if !(0..256).contains(&x) {
                        return Err(vm.value_error("byte must be in range(0, 256)"));
                    }
                    b.with_mut(|d| d[j] = x as u8);
                }
                None => b.mutate(vm, |d| {
                    d.remove(j);
                })?,
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `item in c` for built-ins; None if not supported natively.
pub fn native_contains(vm: &Vm, c: &Value, item: &Value) -> PyResult<Option<bool>> {
    Ok(Some(match c.ty().layout {
        Layout::Dict => c.as_dict().expect("dict").contains(vm, item)?,
        Layout::Set => c.as_set().expect("set").contains(vm, item)?,
        Layout::Str => {
            let Some(needle) = item.as_str_data() else {
                return Err(vm.type_error(&format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.ty().name()
                )));
            };
            let hay = c.as_str_data().expect("str");
            if needle.len() == 1 && hay.is_ascii() {
                let ch = needle.char_at(0);
                return Ok(Some(ch < 128 && hay.as_str().as_bytes().contains(&(ch as u8))));
            }
            hay.as_str().contains(needle.as_str())
        }
        Layout::List | Layout::Tuple => {
            // Item by item, without copying: `__eq__` may change a list, so each step reads
            // the current item (as CPython's `list_contains` does).
            let mut i = 0;
            loop {
                let x = match c.as_tuple() {
                    Some(t) => t.get(i).cloned(),
                    None => c.as_list().expect("list").get(i),
                };
                let Some(x) = x else { break false };
                if x.is(item) || vm.eq_bool(&x, item)? {
                    break true;
                }
                i += 1;
            }
        }
        Layout::Range => {
            let r = c.downcast::<crate::types::range::RangeData>().expect("range");
            match as_int(item) {
                Some(i) if item.ty().layout != Layout::Bool || true => {
                    let (st, sp, ln) = (big(&r.start), big(&r.step), big(&r.len));
                    let x = i.to_bigint();
                    let d = &x - &st;
                    use num_integer::Integer;
                    use num_traits::{Signed, Zero};
                    if d.is_zero() {
                        !ln.is_zero()
                    } else if d.is_negative() != sp.is_negative() {
                        false
                    } else {
                        let (q, rem) = d.div_mod_floor(&sp);
                        rem.is_zero() && q < ln
                    }
                }
                _ => return Ok(None),
            }
        }
        Layout::Bytes | Layout::ByteArray => {
            let hay = c.as_bytes_vec().expect("bytes");
            if let Some(i) = as_int(item) {
                let x = i.to_i64().unwrap_or(-1);
                if !(0..256).contains(&x) {
                    return Err(vm.value_error("byte must be in range(0, 256)"));
                }
                hay.contains(&(x as u8))
            } else if let Some(n) = item.as_bytes_vec() {
                n.is_empty() || hay.windows(n.len()).any(|w| w == n.as_slice())
            } else {
                return Err(vm.type_error(&format!(
                    "a bytes-like object is required, not '{}'",
                    item.ty().name()
                )));
            }
        }
        Layout::Iter => return crate::types::itermethods::view_contains(vm, c, item),
        _ => return Ok(None),
    }))
}
