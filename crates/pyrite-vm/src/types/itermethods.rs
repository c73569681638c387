//! Iterators of the built-in containers, the lazy built-ins (`enumerate`, `zip`, `map`,
//! `filter`, `reversed`, `iter(f, sentinel)`), dict views and `mappingproxy`.

use pyrite_bytecode::opcodes::nb;

use crate::object::{Layout, Value};
use crate::types::descr::{add_method, MethodKind};
use crate::types::int::{as_int, new_int};
use crate::types::iter::{new_iter, IterData, IterKind};
use crate::types::object::split_kwargs;
use crate::types::str::char_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

/// `iter(v)` for built-ins; None if the object is not natively iterable.
pub fn native_iter(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let t = &vm.types;
    Ok(Some(match v.ty().layout {
        Layout::List => new_iter(&t.list_iterator, IterKind::Seq(v.clone())),
        Layout::Tuple => new_iter(&t.tuple_iterator, IterKind::Seq(v.clone())),
        Layout::Str => new_iter(&t.str_iterator, IterKind::Seq(v.clone())),
        Layout::Bytes => new_iter(&t.bytes_iterator, IterKind::Seq(v.clone())),
        Layout::ByteArray => new_iter(&t.bytearray_iterator, IterKind::Seq(v.clone())),
        Layout::Dict => {
            let d = v.as_dict().expect("dict");
            let n = d.len();
            new_iter(&t.dict_keyiterator, IterKind::DictKeys { dict: v.clone(), used: n, left: std::cell::Cell::new(n) })
        }
        Layout::Set => {
            let s = v.as_set().expect("set");
            new_iter(&t.set_iterator, IterKind::Set { set: v.clone(), used: s.len() })
        }
        Layout::Range => {
            let r = v.downcast::<crate::types::range::RangeData>().expect("range");
            match (r.as_i64(), r.len_usize()) {
                (Some((start, _, step)), Some(len)) => new_iter(
                    &t.range_iterator,
                    IterKind::Range { next: std::cell::Cell::new(start), step, remaining: std::cell::Cell::new(len as u64) },
                ),
                _ => new_iter(
                    &t.range_iterator,
                    IterKind::BigRange {
                        next: std::cell::UnsafeCell::new(r.start.clone()),
                        step: r.step.clone(),
                        remaining: std::cell::UnsafeCell::new(r.len.clone()),
                    },
                ),
            }
        }
        Layout::Generator if v.as_generator().is_some() => v.clone(),
        Layout::Iter => {
            let d = v.downcast::<IterData>().expect("iter");
            match &d.kind {
                IterKind::View(m) => {
                    let name = v.ty().name();
                    let dd = m.as_dict();
                    let used = dd.map(|x| x.len()).unwrap_or(0);
                    let left = std::cell::Cell::new(used);
                    match name {
                        "dict_values" => new_iter(&t.dict_valueiterator, IterKind::DictValues { dict: m.clone(), used, left }),
                        "dict_items" => new_iter(&t.dict_itemiterator, IterKind::DictItems { dict: m.clone(), used, left }),
                        "mappingproxy" => return vm.get_iter(m).map(Some),
                        _ => new_iter(&t.dict_keyiterator, IterKind::DictKeys { dict: m.clone(), used, left }),
                    }
                }
                IterKind::Alias(..) => return Ok(None),
                _ => v.clone(),
            }
        }
        _ => return Ok(None),
    }))
}

fn dict_changed(vm: &Vm, d: &Value, used: usize) -> PyResult<()> {
    if d.as_dict().is_some_and(|x| x.len() != used) {
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    Ok(())
}

/// `next(it)` for built-in iterators: `Some(None)` when exhausted, None if not a native
/// iterator.
#[inline]
pub fn native_next(vm: &Vm, it: &Value) -> PyResult<Option<Option<Value>>> {
    if it.as_generator().is_some() {
        // A generator that returns a value ends with StopIteration(value): exhausted.
        return match crate::types::genmethods::gen_next(vm, it) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.0.isinstance(&vm.types.exc.stop_iteration) => Ok(Some(None)),
            Err(e) => Err(e),
        };
    }
    let Some(d) = it.downcast::<IterData>() else { return Ok(None) };
    let pos = d.pos.get();
    Ok(Some(match &d.kind {
        IterKind::Range { next, step, remaining } => {
            let r = remaining.get();
            if r == 0 {
                None
            } else {
                remaining.set(r - 1);
                let v = next.get();
                next.set(v.wrapping_add(*step));
                Some(new_int(v))
            }
        }
        IterKind::Seq(seq) => {
            if pos == usize::MAX {
                return Ok(Some(None));
            }
            let item = match seq.ty().layout {
                Layout::List => seq.as_list().expect("list").get(pos),
                Layout::Tuple => seq.as_tuple().expect("tuple").get(pos).cloned(),
                Layout::Str => {
                    let s = seq.as_str_data().expect("str");
                    if pos < s.len() { Some(char_str(s.char_at(pos))) } else { None }
                }
                Layout::Bytes | Layout::ByteArray => {
                    let b = seq.as_bytes_vec().expect("bytes");
                    b.get(pos).map(|&x| new_int(x as i64))
                }
                _ => match vm.get_item(seq, &new_int(pos as i64)) {
                    Ok(v) => Some(v),
                    Err(e) if e.0.isinstance(&vm.types.exc.index_error) || e.0.isinstance(&vm.types.exc.stop_iteration) => None,
                    Err(e) => return Err(e),
                },
            };
            match item {
                Some(v) => {
                    d.pos.set(pos + 1);
                    Some(v)
                }
                None => {
                    d.pos.set(usize::MAX);
                    None
                }
            }
        }
        IterKind::ListReverse(l) => {
            let list = l.as_list().expect("list");
            if pos == 0 || pos == usize::MAX || pos > list.len() {
                d.pos.set(0);
                None
            } else {
                d.pos.set(pos - 1);
                list.get(pos - 1)
            }
        }
        IterKind::BigRange { next, step, remaining } => {
            // SAFETY: short accesses to the iterator's cells.
            unsafe {
                let rem = as_int(&*remaining.get()).map(|r| r.to_bigint()).unwrap_or_default();
                if rem <= num_bigint::BigInt::from(0) {
                    None
                } else {
                    *remaining.get() = crate::types::int::new_bigint(rem - 1);
                    let v = (*next.get()).clone();
                    *next.get() = vm.binary_op(&v, step, nb::ADD)?;
                    Some(v)
                }
            }
        }
        IterKind::Set { set, used } => {
            let s = set.as_set().expect("set");
            if s.len() != *used {
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            let mut p = pos;
            let n = s.slots();
            let mut out = None;
            while p < n {
                if let Some(k) = s.slot_key(p) {
                    out = Some(k);
                    p += 1;
                    break;
                }
                p += 1;
            }
            d.pos.set(p);
            out
        }
        IterKind::DictKeys { dict, used, left } | IterKind::DictValues { dict, used, left } | IterKind::DictItems { dict, used, left } => {
            if pos == usize::MAX {
                return Ok(Some(None));
            }
            dict_changed(vm, dict, *used)?;
            let dd = dict.as_dict().expect("dict");
            let mut p = pos;
            let n = dd.capacity_slots();
            let mut out = None;
            while p < n {
                if let Some((k, v)) = dd.entry_at(p) {
                    if left.get() == 0 {
                        d.pos.set(usize::MAX);
                        return Err(vm.runtime_error("dictionary keys changed during iteration"));
                    }
                    left.set(left.get() - 1);
                    out = Some(match &d.kind {
                        IterKind::DictKeys { .. } => k,
                        IterKind::DictValues { .. } => v,
                        _ => new_tuple(vec![k, v]),
                    });
                    p += 1;
                    break;
                }
                p += 1;
            }
            d.pos.set(if out.is_none() { usize::MAX } else { p });
            out
        }
        IterKind::DictReverseKeys(dict) => {
            let dd = dict.as_dict().expect("dict");
            let keys = dd.keys();
            if pos >= keys.len() {
                None
            } else {
                d.pos.set(pos + 1);
                Some(keys[keys.len() - 1 - pos].clone())
            }
        }
        IterKind::Callable { func, sentinel } => {
            if pos == usize::MAX {
                return Ok(Some(None));
            }
            let v = match vm.call(func, &[]) {
                Ok(v) => v,
                Err(e) if e.0.isinstance(&vm.types.exc.stop_iteration) => {
                    d.pos.set(usize::MAX);
                    return Ok(Some(None));
                }
                Err(e) => return Err(e),
            };
            if vm.eq_bool(&v, sentinel)? {
                d.pos.set(usize::MAX);
                None
            } else {
                Some(v)
            }
        }
        IterKind::Enumerate { iter, count, result } => match vm.iter_next(iter)? {
            Some(v) => {
                // SAFETY: short access to the counter cell.
                let c = unsafe { (*count.get()).clone() };
                let next = vm.binary_op(&c, &Value::small_int(1), nb::ADD)?;
                // SAFETY: as above.
                unsafe { *count.get() = next };
                use crate::types::tuple::{keep_result, replace_unshared, unshared_result};
                Some(match unshared_result(result, 2) {
                    Some(t) => {
                        drop(replace_unshared(&t, 0, c));
                        drop(replace_unshared(&t, 1, v));
                        t
                    }
                    None => {
                        let t = new_tuple(vec![c, v]);
                        keep_result(result, &t);
                        t
                    }
                })
            }
            None => None,
        },
        IterKind::Zip { iters, strict, result } => {
            if iters.is_empty() || pos == usize::MAX {
                return Ok(Some(None));
            }
            use crate::types::tuple::{replace_unshared, unshared_result};
            let reuse = unshared_result(result, iters.len());
            if let Some(t) = &reuse {
                // The common case, in a tight loop: the last tuple is ours again, and list,
                // tuple and str iterators advance in place.
                let mut i = 0;
                while i < iters.len() {
                    match crate::types::iter::seq_next_fast(&iters[i]) {
                        Some(v) => drop(replace_unshared(t, i, v)),
                        None => break,
                    }
                    i += 1;
                }
                if i == iters.len() {
                    return Ok(Some(reuse));
                }
                // Another kind of iterator, or one at its end: the general loop below takes
                // over from item `i` (the items before it are already in place).
                return zip_next_from(vm, d, iters, *strict, result, reuse, i);
            }
            return zip_next_from(vm, d, iters, *strict, result, None, 0);
        }
        IterKind::Map { func, iters } => {
            let mut args = Vec::with_capacity(iters.len());
            for itv in iters {
                match vm.iter_next(itv)? {
                    Some(v) => args.push(v),
                    None => return Ok(Some(None)),
                }
            }
            Some(vm.call(func, &args)?)
        }
        IterKind::Filter { func, iter } => loop {
            match vm.iter_next(iter)? {
                Some(v) => {
                    let keep = if vm.is_none(func) || func.is(&vm.types.bool_) {
                        vm.is_true(&v)?
                    } else {
                        let r = vm.call(func, &[v.clone()])?;
                        vm.is_true(&r)?
                    };
                    if keep {
                        break Some(v);
                    }
                }
                None => break None,
            }
        },
        IterKind::Reversed { seq } => {
            // `pos` is the next index + 1 (0 when exhausted), as CPython's `reversed_next`.
            if pos == 0 || pos == usize::MAX {
                return Ok(Some(None));
            }
            match vm.get_item(seq, &new_int((pos - 1) as i64)) {
                Ok(v) => {
                    d.pos.set(pos - 1);
                    Some(v)
                }
                Err(e) if e.0.isinstance(&vm.types.exc.index_error) || e.0.isinstance(&vm.types.exc.stop_iteration) => {
                    d.pos.set(0);
                    None
                }
                Err(e) => {
                    return Err(e);
                }
            }
        }
        IterKind::View(_) | IterKind::Alias(..) => return Ok(None),
    }))
}

fn iter_iter(_vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn iter_next_method(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    match native_next(vm, &args[0])? {
        Some(Some(v)) => Ok(v),
        _ => Err(vm.stop_iteration(None)),
    }
}

fn iter_length_hint(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = args[0].downcast::<IterData>().expect("iter");
    let pos = d.pos.get();
    let n = match &d.kind {
        IterKind::Range { remaining, .. } => remaining.get() as usize,
        IterKind::Seq(s) => {
            if pos == usize::MAX {
                0
            } else {
                let has_len = crate::protocol::seq::native_len(vm, s).is_some() || s.ty().lookup(&vm.names.__len__).is_some();
                if !has_len {
                    return Ok(vm.not_implemented());
                }
                vm.len(s)?.saturating_sub(pos)
            }
        }
        IterKind::ListReverse(l) => {
            let n = l.as_list().map(|x| x.len()).unwrap_or(0);
            if pos == usize::MAX || pos > n { 0 } else { pos }
        }
        IterKind::DictKeys { dict, used, left } | IterKind::DictValues { dict, used, left } | IterKind::DictItems { dict, used, left } => {
            if pos != usize::MAX && dict.as_dict().is_some_and(|x| x.len() == *used) { left.get() } else { 0 }
        }
        IterKind::BigRange { remaining, .. } => {
            // SAFETY: short read of the iterator's cell.
            return Ok(unsafe { (*remaining.get()).clone() });
        }
        IterKind::Set { set, used } => {
            let st = set.as_set().expect("set");
            if pos == usize::MAX || st.len() != *used {
                0
            } else {
                (pos..st.slots()).filter(|&i| st.slot_key(i).is_some()).count()
            }
        }
        IterKind::DictReverseKeys(dict) => {
            let n = dict.as_dict().map(|x| x.len()).unwrap_or(0);
            if pos == usize::MAX { 0 } else { n.saturating_sub(pos) }
        }
        IterKind::Reversed { seq } => {
            if pos == 0 || pos == usize::MAX {
                0
            } else {
                let n = vm.len(seq)?;
                if n < pos { 0 } else { pos }
            }
        }
        _ => 0,
    };
    Ok(new_int(n as i64))
}

/// `it.__setstate__(index)` of sequence and range iterators: moves the position (clipped to
/// the sequence); a range iterator moves forward from where it is, as in CPython 3.12.
fn iter_setstate(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let qual = format!("{}.__setstate__", args.first().map(|a| a.ty().name().to_string()).unwrap_or_default());
    crate::types::seqmethods::meth_o(vm, &qual, args, kw)?;
    let d = args[0].downcast::<IterData>().expect("iter");
    let Some(idx) = as_int(&args[1]).map(|i| i.to_bigint()) else {
        return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", args[1].ty().name())));
    };
    use num_traits::ToPrimitive;
    let Some(index) = idx.to_i64() else {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    };
    let pos = d.pos.get();
    match &d.kind {
        IterKind::Seq(seq) => {
            if pos != usize::MAX {
                let n = vm.len(seq)? as i64;
                d.pos.set(index.clamp(0, n) as usize);
            }
        }
        IterKind::ListReverse(l) => {
            if pos != usize::MAX {
                let n = l.as_list().map(|x| x.len()).unwrap_or(0) as i64;
                // `pos` is the next index + 1.
                d.pos.set((index.clamp(-1, n - 1) + 1) as usize);
            }
        }
        IterKind::Range { next, step, remaining } => {
            let k = index.clamp(0, remaining.get() as i64);
            next.set(next.get().wrapping_add(k.wrapping_mul(*step)));
            remaining.set(remaining.get() - k as u64);
        }
        IterKind::BigRange { next, step, remaining } => {
            // SAFETY: short accesses to the iterator's cells.
            unsafe {
                let rem = as_int(&*remaining.get()).map(|r| r.to_bigint()).unwrap_or_default();
                let k = num_bigint::BigInt::from(index.max(0)).min(rem.clone());
                let kv = crate::types::int::new_bigint(k.clone());
                let adv = vm.binary_op(&kv, step, nb::MULTIPLY)?;
                *next.get() = vm.binary_op(&*next.get(), &adv, nb::ADD)?;
                *remaining.get() = crate::types::int::new_bigint(rem - k);
            }
        }
        _ => {}
    }
    Ok(vm.none())
}

/// `len()` of dict views and mappingproxy.
pub fn view_len(vm: &Vm, v: &Value) -> Option<PyResult<usize>> {
    let d = v.downcast::<IterData>()?;
    match &d.kind {
        IterKind::View(m) => Some(vm.len(m)),
        _ => None,
    }
}

/// `mappingproxy[key]`.
pub fn view_getitem(vm: &Vm, c: &Value, key: &Value) -> PyResult<Option<Value>> {
    let d = c.downcast::<IterData>().expect("iter");
    match &d.kind {
        IterKind::View(m) if c.ty().name() == "mappingproxy" => vm.get_item(m, key).map(Some),
        IterKind::Alias(..) => Ok(None),
        _ => Ok(None),
    }
}

/// `x in view`.
pub fn view_contains(vm: &Vm, c: &Value, item: &Value) -> PyResult<Option<bool>> {
    let d = c.downcast::<IterData>().expect("iter");
    let IterKind::View(m) = &d.kind else { return Ok(None) };
    match c.ty().name() {
        "dict_keys" | "mappingproxy" => vm.contains(m, item).map(Some),
        "dict_items" => {
            let Some(t) = item.as_tuple() else { return Ok(Some(false)) };
            if t.len() != 2 {
                return Ok(Some(false));
            }
            match m.as_dict().expect("dict").get_item(vm, &t[0])? {
                Some(v) => Ok(Some(vm.eq_bool(&v, &t[1])?)),
                None => Ok(Some(false)),
            }
        }
        _ => Ok(None),
    }
}

/// Set operations on dict views (`d.keys() & other`).
/// Either operand may be the view (`{1} | d.keys()` computes `set({1}) | d.keys()`, as
/// CPython's `dictviews_or` receives the operands in their written order).
pub fn view_binop(vm: &Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<Value>> {
    let is_view = |v: &Value| {
        v.downcast::<IterData>().is_some_and(|d| matches!(d.kind, IterKind::View(_)))
            && matches!(v.ty().name(), "dict_keys" | "dict_items")
    };
    if !is_view(a) && !is_view(b) {
        return Ok(None);
    }
    if !matches!(op, nb::AND | nb::OR | nb::SUBTRACT | nb::XOR) {
        return Ok(None);
    }
    if op == nb::AND {
        return view_intersect(vm, a, b, &is_view).map(Some);
    }
    // As CPython's `dictviews_or`/`_sub`/`_xor`: a set of the left operand, updated in place
    // with the right one.
    let s = crate::types::set::new_set();
    let sd = s.as_set().expect("set");
    // `dictviews_to_set`: a keys view of an exact dict is read from the dict.
    let left = match a.downcast::<IterData>().map(|d| &d.kind) {
        Some(IterKind::View(m)) if a.ty().name() == "dict_keys" && m.is_exact(&vm.types.dict) => m.clone(),
        _ => a.clone(),
    };
    crate::types::setmethods::update_from(vm, sd, &left)?;
    match op {
        nb::OR => crate::types::setmethods::update_from(vm, sd, b)?,
        nb::SUBTRACT => {
            for k in vm.collect_iter(b)? {
                drop(sd.discard(vm, &k)?);
            }
        }
        _ => {
            let other = if b.as_set().is_some() {
                b.clone()
            } else {
                let o = crate::types::set::new_set();
                crate::types::setmethods::update_from(vm, o.as_set().expect("set"), b)?;
                o
            };
            crate::types::setmethods::set_binop(vm, &s, &other, nb::XOR, true)?;
        }
    }
    Ok(Some(s))
}

/// `view & other` (= `_PyDictView_Intersect`): the items of the smaller side, in its order,
/// that the other side contains.
fn view_intersect(vm: &Vm, a: &Value, b: &Value, is_view: &dyn Fn(&Value) -> bool) -> PyResult<Value> {
    let (mut me, mut other) = if is_view(a) { (a, b) } else { (b, a) };
    let len_me = vm.len(me)?;
    if other.is_exact(&vm.types.set) && len_me <= vm.len(other)? {
        let r = crate::types::set::new_set();
        let rd = r.as_set().expect("set");
        let od = other.as_set().expect("set");
        for k in vm.collect_iter(me)? {
            if od.contains(vm, &k)? {
                rd.add(vm, k)?;
            }
        }
        return Ok(r);
    }
    if is_view(other) && vm.len(other)? > len_me {
        std::mem::swap(&mut me, &mut other);
    }
    let r = crate::types::set::new_set();
    let rd = r.as_set().expect("set");
    for k in vm.collect_iter(other)? {
        if vm.contains(me, &k)? {
            rd.add(vm, k)?;
        }
    }
    Ok(r)
}

/// Rich comparison of `dict_keys`/`dict_items` views with sets, frozensets and such views
/// (CPython's `dictview_richcompare`); None when `a` is not such a view or `b` is not a set-like
/// operand. Callers try it both ways round, as for any binary comparison.
pub fn view_compare(vm: &Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
    // A mappingproxy compares as its mapping.
    if let Some(IterKind::View(m)) = a.downcast::<IterData>().map(|d| &d.kind) {
        if a.ty().name() == "mappingproxy" {
            let r = vm.rich_compare(m, b, op)?;
            return vm.is_true(&r).map(Some);
        }
    }
    let is_setview = |v: &Value| {
        v.downcast::<IterData>().is_some_and(|d| matches!(d.kind, IterKind::View(_)))
            && matches!(v.ty().name(), "dict_keys" | "dict_items")
    };
    if !is_setview(a) {
        return Ok(None);
    }
    if !(is_setview(b) || b.ty().layout == Layout::Set) {
        return Ok(None);
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let contained = |x: &Value, y: &Value| -> PyResult<bool> {
        for item in vm.collect_iter(x)? {
            if !vm.contains(y, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(Some(match op {
        0 => la < lb && contained(a, b)?,
        1 => la <= lb && contained(a, b)?,
        2 => la == lb && contained(a, b)?,
        3 => !(la == lb && contained(a, b)?),
        4 => la > lb && contained(b, a)?,
        _ => la >= lb && contained(b, a)?,
    }))
}

/// `str()` of a mappingproxy is `str()` of its mapping; None for other objects.
pub fn proxy_str(vm: &Vm, v: &Value) -> Option<PyResult<Value>> {
    let d = v.downcast::<IterData>()?;
    match &d.kind {
        IterKind::View(m) if v.ty().name() == "mappingproxy" => Some(vm.str(m)),
        _ => None,
    }
}

/// `repr()` of iterators, views and aliases.
pub fn iter_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let d = v.downcast::<IterData>().expect("iter");
    let name = v.ty().name();
    Ok(match &d.kind {
        IterKind::View(m) => {
            if name == "mappingproxy" {
                format!("mappingproxy({})", vm.repr_string(m))
            } else {
                let dd = m.as_dict().expect("dict");
                let items: Vec<Value> = match name {
                    "dict_values" => dd.values(),
                    "dict_items" => dd.items().into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect(),
                    _ => dd.keys(),
                };
                let l = crate::types::list::new_list(items);
                format!("{}({})", name, vm.repr_string(&l))
            }
        }
        IterKind::Alias(origin, args) => {
            let o = alias_arg_repr(vm, origin);
            let parts: Vec<String> = match args.as_tuple() {
                Some(t) => t.iter().map(|a| alias_arg_repr(vm, a)).collect(),
                None => vec![alias_arg_repr(vm, args)],
            };
            if parts.is_empty() {
                // `tuple[()]`
                return Ok(format!("{o}[()]"));
            }
            format!("{}[{}]", o, parts.join(", "))
        }
        _ => format!("<{} object at {:#x}>", name, v.raw()),
    })
}

fn alias_arg_repr(vm: &Vm, a: &Value) -> String {
    if let Some(items) = a.as_list().filter(|_| a.is_exact(&vm.types.list)) {
        // A ParamSpec's argument list: `Callable[[int, str], ...]`.
        let parts: Vec<String> = items.to_vec().iter().map(|x| alias_arg_repr(vm, x)).collect();
        return format!("[{}]", parts.join(", "));
    }
    if a.as_type().is_some() {
        return crate::protocol::repr::type_qualified_name(vm, a);
    }
    if a.is(&vm.types.ellipsis) {
        return "...".into();
    }
    vm.repr_string(a)
}

/// `types.GenericAlias(origin, args)`.
pub fn new_generic_alias(vm: &Vm, origin: Value, args: Value) -> Value {
    new_iter(&vm.types.generic_alias, IterKind::Alias(origin, args))
}

pub fn class_getitem(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let name = args.first().and_then(|a| a.as_type().map(|t| t.name().to_string())).unwrap_or_default();
    crate::types::seqmethods::meth_o(vm, &format!("{name}.__class_getitem__"), args, kw)?;
    Ok(new_generic_alias(vm, args[0].clone(), args[1].clone()))
}

fn enumerate_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_none_or(|k| k.as_tuple().is_some_and(|t| t.is_empty())) {
        if args.len() <= 1 {
            return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
        }
        if args.len() > 3 {
            return Err(vm.type_error(&format!("enumerate() takes at most 2 arguments ({} given)", args.len() - 1)));
        }
    } else {
        crate::builtins::clinic_args(vm, "enumerate", &args[1..], kwnames, &["iterable", "start"], 0, 1)?;
    }
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut iterable = pos.get(1).cloned();
    let mut start = pos.get(2).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("iterable") => iterable = Some(v.clone()),
            Some("start") => start = Some(v.clone()),
            Some(other) => {
                return Err(vm.type_error(&format!("'{other}' is an invalid keyword argument for enumerate()")))
            }
            None => {}
        }
    }
    let iterable = iterable.ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = match start {
        Some(s) => {
            let i = vm.index(&s)?;
            // PyNumber_Index gives an exact int (True counts from 1, not True).
            match as_int(&i) {
                Some(r) => crate::types::int::new_bigint(r.to_bigint()),
                None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", s.ty().name()))),
            }
        }
        None => Value::small_int(0),
    };
    let it = vm.get_iter(&iterable)?;
    Ok(crate::types::object::alloc_instance(
        &pos[0],
        IterData { kind: IterKind::Enumerate { iter: it, count: std::cell::UnsafeCell::new(start), result: std::cell::UnsafeCell::new(None) }, pos: std::cell::Cell::new(0) },
    ))
}

/// `next()` of a zip from its `start`-th iterator on: `reuse` (the result tuple, refilled in
/// place, items before `start` already set) or a new tuple when None.
fn zip_next_from(
    vm: &Vm,
    d: &IterData,
    iters: &[Value],
    strict: bool,
    result: &std::cell::UnsafeCell<Option<Value>>,
    reuse: Option<Value>,
    start: usize,
) -> PyResult<Option<Option<Value>>> {
    use crate::types::tuple::{keep_result, replace_unshared};
    let mut items = Vec::new();
    if reuse.is_none() {
        items.reserve_exact(iters.len());
    }
    for (i, itv) in iters.iter().enumerate().skip(start) {
        let next = match crate::types::iter::seq_next_fast(itv) {
            Some(v) => Some(v),
            None => vm.iter_next(itv)?,
        };
        match next {
            Some(v) => match &reuse {
                Some(t) => drop(replace_unshared(t, i, v)),
                None => items.push(v),
            },
            None => {
                d.pos.set(usize::MAX);
                if strict {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(vm.value_error(&format!("zip() argument {} is shorter than argument{}{}", i + 1, plural, i)));
                    }
                    for (j, other) in iters.iter().enumerate().skip(1) {
                        if vm.iter_next(other)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(vm.value_error(&format!("zip() argument {} is longer than argument{}{}", j + 1, plural, j)));
                        }
                    }
                }
                return Ok(Some(None));
            }
        }
    }
    Ok(Some(Some(match reuse {
        Some(t) => t,
        None => {
            let t = new_tuple(items);
            keep_result(result, &t);
            t
        }
    })))
}

fn zip_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut strict = false;
    for (k, v) in kws {
        if k.as_rust_str() == Some("strict") {
            strict = vm.is_true(v)?;
        } else {
            return Err(vm.type_error(&format!("'{}' is an invalid keyword argument for zip()", k.as_rust_str().unwrap_or(""))));
        }
    }
    let mut iters = Vec::new();
    for (i, a) in pos[1..].iter().enumerate() {
        let _ = i;
        iters.push(vm.get_iter(a)?);
    }
    Ok(crate::types::object::alloc_instance(&pos[0], IterData { kind: IterKind::Zip { iters, strict, result: std::cell::UnsafeCell::new(None) }, pos: std::cell::Cell::new(0) }))
}

fn map_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in &args[2..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(crate::types::object::alloc_instance(&args[0], IterData { kind: IterKind::Map { func: args[1].clone(), iters }, pos: std::cell::Cell::new(0) }))
}

fn filter_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(&format!("filter expected 2 arguments, got {}", args.len() - 1)));
    }
    let it = vm.get_iter(&args[2])?;
    Ok(crate::types::object::alloc_instance(&args[0], IterData { kind: IterKind::Filter { func: args[1].clone(), iter: it }, pos: std::cell::Cell::new(0) }))
}

fn reversed_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(&format!("reversed expected 1 argument, got {}", args.len() - 1)));
    }
    let seq = &args[1];
    if let Some(f) = seq.ty().lookup(&vm.names.__reversed__) {
        if !vm.is_none(&f) {
            return vm.call(&f, &[seq.clone()]);
        }
        return Err(vm.type_error(&format!("'{}' object is not reversible", seq.ty().name())));
    }
    if seq.ty().layout == Layout::List && !crate::protocol::object::is_heap(seq) {
        return Ok(crate::types::iter::new_list_reverse_iter(&vm.types.list_reverseiterator, seq.clone()));
    }
    if seq.ty().layout == Layout::Dict {
        return Ok(new_iter(&vm.types.dict_reversekeyiterator, IterKind::DictReverseKeys(seq.clone())));
    }
    if seq.ty().layout == Layout::Range {
        let r = seq.downcast::<crate::types::range::RangeData>().expect("range");
        let (st, sp, ln) = (crate::types::range::big(&r.start), crate::types::range::big(&r.step), crate::types::range::big(&r.len));
        let last = &st + &sp * (&ln - 1);
        let stop = &st - &sp;
        let rr = crate::types::range::new_range(vm, crate::types::int::new_bigint(last), crate::types::int::new_bigint(stop), crate::types::int::new_bigint(-sp))?;
        return vm.get_iter(&rr);
    }
    // PySequence_Check, then PySequence_Size.
    let has_getitem = seq.ty().lookup(&vm.names.__getitem__).is_some()
        || matches!(seq.ty().layout, Layout::Tuple | Layout::Str | Layout::Bytes | Layout::ByteArray | Layout::List | Layout::Range);
    if !has_getitem || seq.ty().layout == Layout::Dict || seq.ty().layout == Layout::Set {
        return Err(vm.type_error(&format!("'{}' object is not reversible", seq.ty().name())));
    }
    let has_len = crate::protocol::seq::native_len(vm, seq).is_some() || seq.ty().lookup(&vm.names.__len__).is_some();
    if !has_len {
        return Err(vm.type_error(&format!("object of type '{}' has no len()", seq.ty().name())));
    }
    let n = vm.len(seq)?;
    Ok(crate::types::object::alloc_instance(&args[0], IterData { kind: IterKind::Reversed { seq: seq.clone() }, pos: std::cell::Cell::new(n) }))
}

/// `keys.isdisjoint(other)` (CPython's `dictviews_isdisjoint`).
fn view_isdisjoint(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(&format!("isdisjoint() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let (me, other) = (&args[0], &args[1]);
    if me.is(other) {
        return Ok(vm.bool_value(vm.len(me)? == 0));
    }
    let setlike = other.ty().layout == Layout::Set
        || other.downcast::<IterData>().is_some_and(|d| matches!(d.kind, IterKind::View(_)))
            && matches!(other.ty().name(), "dict_keys" | "dict_items");
    let (mut x, mut y) = (me.clone(), other.clone());
    if setlike && vm.len(other)? > vm.len(me)? {
        std::mem::swap(&mut x, &mut y);
    }
    let it = vm.get_iter(&y)?;
    while let Some(item) = vm.iter_next(&it)? {
        if vm.contains(&x, &item)? {
            return Ok(vm.bool_value(false));
        }
    }
    Ok(vm.bool_value(true))
}

fn view_mapping(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = args[0].downcast::<IterData>().expect("iter");
    match &d.kind {
        IterKind::View(m) => Ok(new_iter(&vm.types.mappingproxy, IterKind::View(m.clone()))),
        _ => Ok(vm.none()),
    }
}

fn proxy_get(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_range(vm, "mappingproxy.get", "get", args, kw, 1, 2)?;
    let d = args[0].downcast::<IterData>().expect("iter");
    let IterKind::View(m) = &d.kind else { return Ok(vm.none()) };
    let dd = m.as_dict().expect("dict");
    Ok(dd.get_item(vm, &args[1])?.or_else(|| args.get(2).cloned()).unwrap_or_else(|| vm.none()))
}

fn proxy_call(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let d = args[0].downcast::<IterData>().expect("iter");
    let IterKind::View(m) = &d.kind else { return Ok(vm.none()) };
    let f = vm.get_attr_str(m, name)?;
    vm.call(&f, &[])
}

fn proxy_keys(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    proxy_call(vm, args, "keys")
}
fn proxy_values(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    proxy_call(vm, args, "values")
}
fn proxy_items(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    proxy_call(vm, args, "items")
}
fn proxy_copy(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    proxy_call(vm, args, "copy")
}

fn view_len_method(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 0)?;
    match view_len(vm, &args[0]) {
        Some(n) => Ok(new_int(n? as i64)),
        None => Err(vm.type_error("object has no len()")),
    }
}

fn view_contains_method(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    Ok(vm.bool_value(view_contains(vm, &args[0], &args[1])?.unwrap_or(false)))
}

macro_rules! view_ops {
    ($(($name:ident, $rname:ident, $op:expr)),* $(,)?) => {
        $(
            fn $name(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
                crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
                Ok(view_binop(vm, &args[0], &args[1], $op)?.unwrap_or_else(|| vm.not_implemented()))
            }
            fn $rname(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
                crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
                Ok(view_binop(vm, &args[1], &args[0], $op)?.unwrap_or_else(|| vm.not_implemented()))
            }
        )*
    };
}

view_ops! {
    (view_and, view_rand, nb::AND),
    (view_or, view_ror, nb::OR),
    (view_sub, view_rsub, nb::SUBTRACT),
    (view_xor, view_rxor, nb::XOR),
}

fn view_iter(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    native_iter(vm, &args[0])?.ok_or_else(|| vm.type_error("not iterable"))
}

fn view_reversed(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = args[0].downcast::<IterData>().expect("iter");
    let IterKind::View(m) = &d.kind else { return Ok(vm.none()) };
    let dd = m.as_dict().expect("dict");
    let items: Vec<Value> = match args[0].ty().name() {
        "dict_values" => dd.values(),
        "dict_items" => dd.items().into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect(),
        _ => dd.keys(),
    };
    let l = crate::types::list::new_list(items);
    Ok(crate::types::iter::new_list_reverse_iter(&vm.types.list_reverseiterator, l))
}

pub fn init(vm: &Vm) {
    let t = &vm.types;
    for ty in [
        &t.list_iterator, &t.list_reverseiterator, &t.tuple_iterator, &t.range_iterator, &t.str_iterator,
        &t.bytes_iterator, &t.bytearray_iterator, &t.set_iterator, &t.dict_keyiterator, &t.dict_valueiterator, &t.dict_itemiterator,
        &t.dict_reversekeyiterator, &t.seq_iterator, &t.callable_iterator, &t.enumerate, &t.zip, &t.map,
        &t.filter, &t.reversed,
    ] {
        add_method(vm, ty, "__iter__", iter_iter, MethodKind::Instance);
        add_method(vm, ty, "__next__", iter_next_method, MethodKind::Instance);
    }
    for ty in [
        &t.list_iterator, &t.tuple_iterator, &t.range_iterator, &t.str_iterator, &t.list_reverseiterator,
        &t.bytes_iterator, &t.bytearray_iterator, &t.dict_keyiterator, &t.dict_valueiterator, &t.dict_itemiterator,
        &t.seq_iterator, &t.reversed,
    ] {
        add_method(vm, ty, "__length_hint__", iter_length_hint, MethodKind::Instance);
    }
    add_method(vm, &t.set_iterator, "__length_hint__", iter_length_hint, MethodKind::Instance);
    add_method(vm, &t.dict_reversekeyiterator, "__length_hint__", iter_length_hint, MethodKind::Instance);
    for ty in [
        &t.list_iterator, &t.tuple_iterator, &t.range_iterator, &t.str_iterator, &t.list_reverseiterator,
        &t.bytes_iterator, &t.bytearray_iterator, &t.seq_iterator,
    ] {
        add_method(vm, ty, "__setstate__", iter_setstate, MethodKind::Instance);
    }
    add_method(vm, &t.enumerate, "__new__", enumerate_new, MethodKind::Static);
    add_method(vm, &t.zip, "__new__", zip_new, MethodKind::Static);
    add_method(vm, &t.map, "__new__", map_new, MethodKind::Static);
    add_method(vm, &t.filter, "__new__", filter_new, MethodKind::Static);
    add_method(vm, &t.reversed, "__new__", reversed_new, MethodKind::Static);
    add_method(vm, &t.enumerate, "__class_getitem__", class_getitem, MethodKind::Class);
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_method(vm, ty, "__iter__", view_iter, MethodKind::Instance);
        add_method(vm, ty, "__reversed__", view_reversed, MethodKind::Instance);
        add_method(vm, ty, "__len__", view_len_method, MethodKind::Instance);
        if !ty.is(&t.dict_values) {
            ty.as_type().expect("type").dict().set_str(vm.names.__hash__.clone(), vm.none());
            add_method(vm, ty, "isdisjoint", view_isdisjoint, MethodKind::Instance);
            add_method(vm, ty, "__contains__", view_contains_method, MethodKind::Instance);
            let ops: [(&'static str, crate::types::function::NativeFn); 8] = [
                ("__and__", view_and), ("__rand__", view_rand), ("__or__", view_or), ("__ror__", view_ror),
                ("__sub__", view_sub), ("__rsub__", view_rsub), ("__xor__", view_xor), ("__rxor__", view_rxor),
            ];
            for (name, f) in ops {
                add_method(vm, ty, name, f, MethodKind::Instance);
            }
        }
        crate::types::descr::add_getset(vm, ty, "mapping", |vm, v| view_mapping(vm, &[v.clone()], None), None);
    }
    add_method(vm, &t.mappingproxy, "__iter__", view_iter, MethodKind::Instance);
    add_method(vm, &t.mappingproxy, "get", proxy_get, MethodKind::Instance);
    add_method(vm, &t.mappingproxy, "keys", proxy_keys, MethodKind::Instance);
    add_method(vm, &t.mappingproxy, "values", proxy_values, MethodKind::Instance);
    add_method(vm, &t.mappingproxy, "items", proxy_items, MethodKind::Instance);
    add_method(vm, &t.mappingproxy, "copy", proxy_copy, MethodKind::Instance);
    for ty in [&t.list, &t.tuple, &t.dict, &t.set, &t.frozenset] {
        add_method(vm, ty, "__class_getitem__", class_getitem, MethodKind::Class);
    }
}
