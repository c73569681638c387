//! The object protocol: `repr`, `str`, `hash`, comparisons, truth, `len`, `in`, `format`,
//! iteration and item access. Built-in types are served natively by layout; instances of
//! classes defined in Python go through their dunder methods (found along the MRO, where the
//! built-in bases' native methods also live).

use std::cmp::Ordering;

use crate::object::{Layout, Value};
use crate::types::bytes::{ByteArrayData, BytesData};
use crate::types::float::{as_float, float_repr, hash_float, ComplexData, FloatData};
use crate::types::int::{as_int, hash_int, int_cmp, int_repr};
use crate::types::iter::{new_iter, IterKind};
use crate::types::str::{new_str, StrData};
use crate::types::typeobj::tflags;
use crate::vm::{PyErr, PyResult, Vm};

/// Whether `v`'s operations go through its type's dunder methods: instances of classes
/// defined in Python, and of built-in types without a native payload of their own (such as
/// `types.SimpleNamespace`), whose behaviour lives in their namespace.
#[inline]
pub fn is_heap(v: &Value) -> bool {
    if v.is_small_int() {
        return false;
    }
    let t = v.ty();
    t.has_flag(tflags::HEAPTYPE)
        || (t.layout == Layout::Object && t.ext_offset != 0)
        || matches!(t.layout, Layout::MemoryView | Layout::Awaitable | Layout::WeakRef)
}

/// Whether a special method found on a type must be bound through its descriptor protocol
/// before the call (a property, staticmethod, classmethod or an instance of a class with
/// `__get__`), rather than called with the instance prepended.
#[inline]
pub fn needs_binding(vm: &Vm, f: &Value) -> bool {
    use crate::types::descr::{ClassMethodData, MethodDescrData, PropertyData, StaticMethodData};
    use crate::types::function::FunctionData;
    if f.downcast::<FunctionData>().is_some() || f.downcast::<MethodDescrData>().is_some() {
        return false;
    }
    f.downcast::<PropertyData>().is_some()
        || f.downcast::<StaticMethodData>().is_some()
        || f.downcast::<ClassMethodData>().is_some()
        || (!f.is_small_int() && f.ty().has_flag(tflags::HEAPTYPE) && f.as_type().is_none() && has_heap_get(vm, f))
}

#[cold]
fn has_heap_get(vm: &Vm, f: &Value) -> bool {
    f.ty().lookup(&vm.names.__get__).is_some()
}

impl Vm {
    /// Calls the dunder `name` of `v`'s type with `v` and `args`, if the type has it.
    pub fn call_dunder(&self, v: &Value, name: &Value, args: &[Value]) -> PyResult<Option<Value>> {
        let Some(f) = v.ty().lookup(name) else { return Ok(None) };
        if needs_binding(self, &f) {
            let b = self.bind(&f, v)?;
            return self.call(&b, args).map(Some);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v.clone());
        all.extend_from_slice(args);
        self.call(&f, &all).map(Some)
    }

    /// `repr(v)` as a str value.
    pub fn repr(&self, v: &Value) -> PyResult<Value> {
        if is_heap(v) {
            let r = self.with_c_depth_for(" while getting the repr of an object", || self.call_dunder(v, &self.names.__repr__, &[]))?;
            let r = r.expect("object.__repr__ exists");
            if r.as_str_data().is_none() {
                return Err(self.type_error(&format!("__repr__ returned non-string (type {})", r.ty().name())));
            }
            return Ok(r);
        }
        if v.is_exact(&self.types.str) {
            return Ok(new_str(&crate::types::strmethods::str_repr(v.as_str_data().expect("str"))));
        }
        if let Some(b) = v.downcast::<crate::types::int::BigIntData>() {
            // The int/str digits limit (`sys.set_int_max_str_digits`).
            return Ok(new_str(&crate::types::int::bigint_to_decimal(self, &b.0)?));
        }
        Ok(new_str(&self.with_c_depth_for(" while getting the repr of an object", || crate::protocol::repr::native_repr(self, v))?))
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&self, v: &Value) -> String {
        match self.repr(v) {
            Ok(r) => r.as_rust_str().unwrap_or("").to_string(),
            Err(_) => format!("<{} object>", v.ty().name()),
        }
    }

    /// `str(v)`.
    pub fn str(&self, v: &Value) -> PyResult<Value> {
        if v.is_exact(&self.types.str) {
            return Ok(v.clone());
        }
        if is_heap(v) {
            let r = self.with_c_depth(|| self.call_dunder(v, &self.names.__str__, &[]))?;
            let r = r.expect("object.__str__ exists");
            if r.as_str_data().is_none() {
                return Err(self.type_error(&format!("__str__ returned non-string (type {})", r.ty().name())));
            }
            return Ok(r);
        }
        crate::protocol::repr::native_str(self, v)
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&self, v: &Value) -> PyResult<String> {
        Ok(self.str(v)?.as_rust_str().unwrap_or("").to_string())
    }

    /// `ascii(v)`.
    pub fn ascii(&self, v: &Value) -> PyResult<Value> {
        let r = self.repr(v)?;
        let s = r.as_str_data().expect("str");
        if s.is_ascii() {
            return Ok(r);
        }
        let mut out = String::new();
        for c in s.code_points() {
            match c {
                0..=0x7f => out.push(c as u8 as char),
                0x80..=0xff => out.push_str(&format!("\\x{c:02x}")),
                0x100..=0xffff => out.push_str(&format!("\\u{c:04x}")),
                _ => out.push_str(&format!("\\U{c:08x}")),
            }
        }
        Ok(new_str(&out))
    }

    /// `hash(v)`.
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(hash_int(&crate::types::int::IntRef::Small(i)));
        }
        if let Some(s) = v.as_str_data() {
            if !is_heap(v) {
                return Ok(s.hash());
            }
        }
        if is_heap(v) {
            let h = v.ty().lookup(&self.names.__hash__);
            return match h {
                Some(h) if !self.is_none(&h) => {
                    let r = self.call(&h, &[v.clone()])?;
                    match as_int(&r) {
                        Some(i) => {
                            let x = match i.to_i64() {
                                Some(x) => x,
                                None => return Ok(hash_int(&i)),
                            };
                            Ok(if x == -1 { -2 } else { x })
                        }
                        None => Err(self.type_error("__hash__ method should return an integer")),
                    }
                }
                _ => Err(self.type_error(&format!("unhashable type: '{}'", v.ty().tp_name()))),
            };
        }
        self.native_hash(v)
    }

    /// Hash of a built-in object.
    pub fn native_hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = as_int(v) {
            return Ok(hash_int(&i));
        }
        let ty = v.ty();
        Ok(match ty.layout {
            Layout::Str => v.as_str_data().expect("str").hash(),
            Layout::Float => hash_float(as_float(v).expect("float"), identity_hash(v)),
            Layout::Complex => {
                let c = v.downcast::<ComplexData>().expect("complex");
                let h = hash_float(c.re, identity_hash(v)).wrapping_add(hash_float(c.im, identity_hash(v)).wrapping_mul(1000003));
                if h == -1 { -2 } else { h }
            }
            Layout::Bytes => {
                let b = v.downcast::<BytesData>().expect("bytes");
                // Same algorithm as str over latin-1 data, so b"a" and "a" hash alike as in
                // CPython.
                crate::types::str::StrData::from_code_points(&b.0.iter().map(|&x| x as u32).collect::<Vec<_>>()).hash()
            }
            Layout::Tuple => {
                let items = v.as_tuple().expect("tuple").to_vec();
                let mut hs = Vec::with_capacity(items.len());
                for it in &items {
                    hs.push(self.hash(it)?);
                }
                tuple_hash(&hs)
            }
            Layout::Set if v.isinstance(&self.types.frozenset) => {
                let s = v.as_set().expect("set");
                let cached = s.hash.get();
                if cached != -1 {
                    return Ok(cached);
                }
                let h = frozenset_hash(&s.entries().iter().map(|(h, _)| *h).collect::<Vec<_>>());
                s.hash.set(h);
                h
            }
            Layout::List | Layout::Dict | Layout::Set | Layout::ByteArray => {
                return Err(self.type_error(&format!("unhashable type: '{}'", ty.name())));
            }
            Layout::Slice => crate::types::range::slice_hash(self, v)?,
            Layout::Iter if crate::types::alias::alias_hash_value(self, v)?.is_some() => {
                crate::types::alias::alias_hash_value(self, v)?.unwrap_or(0)
            }
            Layout::Code => {
                let h = crate::types::funcmethods::code_hash(self, std::slice::from_ref(v), None)?;
                as_int(&h).and_then(|i| i.to_i64()).unwrap_or(0)
            }
            Layout::Method => {
                let m = v.downcast::<crate::types::function::MethodData>().expect("method");
                let a = self.hash(&m.self_).unwrap_or(0);
                let b = identity_hash(&m.func);
                let h = a ^ b;
                if h == -1 { -2 } else { h }
            }
            Layout::Range => crate::types::range::range_hash(self, v)?,
            Layout::Iter if matches!(ty.name(), "dict_keys" | "dict_items" | "dict_values" | "mappingproxy") => {
                return Err(self.type_error(&format!("unhashable type: '{}'", ty.name())));
            }
            _ => identity_hash(v),
        })
    }

    /// `a == b` as a bool.
    #[inline]
    pub fn eq_bool(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(x == y);
        }
        let r = self.rich_compare(a, b, 2)?;
        self.is_true(&r)
    }

    /// Rich comparison `a OP b` (OP: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=).
    pub fn rich_compare(&self, a: &Value, b: &Value, op: u8) -> PyResult<Value> {
        self.with_c_depth_for(" in comparison", || self.rich_compare_inner(a, b, op))
    }

    fn rich_compare_inner(&self, a: &Value, b: &Value, op: u8) -> PyResult<Value> {
        const SWAP: [u8; 6] = [4, 5, 2, 3, 0, 1];
        const NAMES: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
        let heap = is_heap(a) || is_heap(b);
        if !heap {
            if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(self.bool_value(r));
            }
            if let Some(r) = self.native_compare(b, a, SWAP[op as usize])? {
                return Ok(self.bool_value(r));
            }
        } else {
            let names = [
                &self.names.__lt__, &self.names.__le__, &self.names.__eq__, &self.names.__ne__, &self.names.__gt__,
                &self.names.__ge__,
            ];
            let ta = a.type_value();
            let tb = b.type_value();
            let mut checked_reflected = false;
            if !ta.is(&tb) && b.ty().is_subtype(&ta) {
                if let Some(f) = b.ty().lookup(names[SWAP[op as usize] as usize]) {
                    checked_reflected = true;
                    let r = self.call(&f, &[b.clone(), a.clone()])?;
                    if !r.is(&self.types.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(f) = a.ty().lookup(names[op as usize]) {
                let r = self.call(&f, &[a.clone(), b.clone()])?;
                if !r.is(&self.types.not_implemented) {
                    return Ok(r);
                }
            }
            if !checked_reflected {
                if let Some(f) = b.ty().lookup(names[SWAP[op as usize] as usize]) {
                    let r = self.call(&f, &[b.clone(), a.clone()])?;
                    if !r.is(&self.types.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
        match op {
            2 => Ok(self.bool_value(a.is(b))),
            3 => Ok(self.bool_value(!a.is(b))),
            _ => Err(self.type_error(&format!(
                "'{}' not supported between instances of '{}' and '{}'",
                NAMES[op as usize],
                a.ty().name(),
                b.ty().name()
            ))),
        }
    }

    /// Comparison of built-in objects; None when the types do not compare natively.
    pub fn native_compare(&self, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
        if (op == 2 || op == 3) && a.ty().layout == Layout::Iter {
            if let Some(eq) = crate::types::alias::alias_equal(self, a, b)? {
                return Ok(Some(eq == (op == 2)));
            }
        }
        let from_ord = |o: Ordering| match op {
            0 => o == Ordering::Less,
            1 => o != Ordering::Greater,
            2 => o == Ordering::Equal,
            3 => o != Ordering::Equal,
            4 => o == Ordering::Greater,
            _ => o != Ordering::Less,
        };
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return Ok(Some(from_ord(int_cmp(&x, &y))));
        }
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            return Ok(Some(float_cmp(x, y, op)));
        }
        if let (Some(x), Some(i)) = (as_float(a), as_int(b)) {
            return Ok(Some(float_int_cmp(x, &i, op)));
        }
        if let (Some(i), Some(y)) = (as_int(a), as_float(b)) {
            const SWAP: [u8; 6] = [4, 5, 2, 3, 0, 1];
            return Ok(Some(float_int_cmp(y, &i, SWAP[op as usize])));
        }
        let (la, lb) = (a.ty().layout, b.ty().layout);
        if la == Layout::Iter || lb == Layout::Iter {
            if let Some(r) = crate::types::itermethods::view_compare(self, a, b, op)? {
                return Ok(Some(r));
            }
        }
        if matches!(la, Layout::Bytes | Layout::ByteArray) && matches!(lb, Layout::Bytes | Layout::ByteArray) {
            let (x, y) = (a.as_bytes_vec().expect("bytes"), b.as_bytes_vec().expect("bytes"));
            return Ok(Some(from_ord(x.cmp(&y))));
        }
        if la != lb {
            // complex == int/float: equal when the imaginary part is 0 and the real parts match.
            if (op == 2 || op == 3) && (la == Layout::Complex || lb == Layout::Complex) {
                let (c, other) = if la == Layout::Complex { (a, b) } else { (b, a) };
                let cd = c.downcast::<ComplexData>().expect("complex");
                let eq = if let Some(f) = as_float(other) {
                    cd.im == 0.0 && cd.re == f
                } else if let Some(i) = as_int(other) {
                    cd.im == 0.0 && float_int_cmp(cd.re, &i, 2)
                } else {
                    return Ok(None);
                };
                return Ok(Some(eq == (op == 2)));
            }
            return Ok(None);
        }
        match la {
            Layout::Str => {
                let (x, y) = (a.as_str_data().expect("str"), b.as_str_data().expect("str"));
                if op == 2 || op == 3 {
                    return Ok(Some(x.eq_data(y) == (op == 2)));
                }
                Ok(Some(from_ord(x.code_points().cmp(y.code_points()))))
            }
            Layout::Bytes | Layout::ByteArray => {
                let (x, y) = (a.as_bytes_vec().expect("bytes"), b.as_bytes_vec().expect("bytes"));
                Ok(Some(from_ord(x.cmp(&y))))
            }
            Layout::Tuple | Layout::List => {
                let (x, y) = if la == Layout::Tuple {
                    (a.as_tuple().expect("tuple").to_vec(), b.as_tuple().expect("tuple").to_vec())
                } else {
                    (a.as_list().expect("list").to_vec(), b.as_list().expect("list").to_vec())
                };
                if (op == 2 || op == 3) && x.len() != y.len() {
                    return Ok(Some(op == 3));
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.eq_bool(p, q)? {
                        if op == 2 {
                            return Ok(Some(false));
                        }
                        if op == 3 {
                            return Ok(Some(true));
                        }
                        let r = self.rich_compare(p, q, op)?;
                        return Ok(Some(self.is_true(&r)?));
                    }
                }
                Ok(Some(from_ord(x.len().cmp(&y.len()))))
            }
            Layout::Dict => {
                if op != 2 && op != 3 {
                    return Ok(None);
                }
                let (x, y) = (a.as_dict().expect("dict"), b.as_dict().expect("dict"));
                if x.len() != y.len() {
                    return Ok(Some(op == 3));
                }
                for (k, v) in x.items() {
                    match y.get_item(self, &k)? {
                        Some(w) => {
                            if !self.eq_bool(&v, &w)? {
                                return Ok(Some(op == 3));
                            }
                        }
                        None => return Ok(Some(op == 3)),
                    }
                }
                Ok(Some(op == 2))
            }
            Layout::Set => crate::types::setmethods::compare(self, a, b, op),
            Layout::Code => {
                if op != 2 && op != 3 {
                    return Ok(None);
                }
                let r = crate::types::funcmethods::code_eq(self, &[a.clone(), b.clone()], None)?;
                Ok(Some(self.is_true(&r)? == (op == 2)))
            }
            Layout::Slice => {
                // Slices compare as (start, stop, step) tuples.
                let t = |v: &Value| {
                    let s = v.downcast::<crate::types::range::SliceData>().expect("slice");
                    crate::types::tuple::new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
                };
                let r = self.rich_compare(&t(a), &t(b), op)?;
                Ok(Some(self.is_true(&r)?))
            }
            Layout::Complex => {
                if op != 2 && op != 3 {
                    return Ok(None);
                }
                let (x, y) = (a.downcast::<ComplexData>().expect("c"), b.downcast::<ComplexData>().expect("c"));
                Ok(Some((x.re == y.re && x.im == y.im) == (op == 2)))
            }
            Layout::Range => {
                if op != 2 && op != 3 {
                    return Ok(None);
                }
                let (x, y) = (
                    a.downcast::<crate::types::range::RangeData>().expect("r"),
                    b.downcast::<crate::types::range::RangeData>().expect("r"),
                );
                let eq = if !self.eq_bool(&x.len, &y.len)? {
                    false
                } else if as_int(&x.len).is_some_and(|l| l.is_zero()) {
                    true
                } else if !self.eq_bool(&x.start, &y.start)? {
                    false
                } else if as_int(&x.len).and_then(|l| l.to_i64()) == Some(1) {
                    true
                } else {
                    self.eq_bool(&x.step, &y.step)?
                };
                Ok(Some(eq == (op == 2)))
            }
            Layout::Method => {
                if op != 2 && op != 3 {
                    return Ok(None);
                }
                let (x, y) = (
                    a.downcast::<crate::types::function::MethodData>().expect("m"),
                    b.downcast::<crate::types::function::MethodData>().expect("m"),
                );
                Ok(Some((x.self_.is(&y.self_) && x.func.is(&y.func)) == (op == 2)))
            }
            _ => Ok(None),
        }
    }

    /// `bool(v)`.
    #[inline]
    pub fn is_true(&self, v: &Value) -> PyResult<bool> {
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if v.is(&self.types.true_) {
            return Ok(true);
        }
        if v.is(&self.types.false_) || v.is(&self.types.none) {
            return Ok(false);
        }
        if is_heap(v) {
            let ty = v.ty();
            if let Some(f) = ty.lookup(&self.names.__bool__) {
                let r = self.call(&f, &[v.clone()])?;
                if let Some(b) = r.downcast::<crate::types::int::BoolData>() {
                    return Ok(b.0);
                }
                return Err(self.type_error(&format!("__bool__ should return bool, returned {}", r.ty().name())));
            }
            if ty.lookup(&self.names.__len__).is_some() {
                return Ok(self.len(v)? > 0);
            }
            if ty.layout == Layout::Object {
                return Ok(true);
            }
        }
        Ok(match v.ty().layout {
            Layout::Int => as_int(v).is_some_and(|i| !i.is_zero()),
            Layout::Float => as_float(v).is_some_and(|f| f != 0.0),
            Layout::Complex => v.downcast::<ComplexData>().is_some_and(|c| c.re != 0.0 || c.im != 0.0),
            Layout::Str => !v.as_str_data().expect("str").is_empty(),
            Layout::List => !v.as_list().expect("list").is_empty(),
            Layout::Tuple => !v.as_tuple().expect("tuple").is_empty(),
            Layout::Dict => !v.as_dict().expect("dict").is_empty(),
            Layout::Set => !v.as_set().expect("set").is_empty(),
            Layout::Bytes => !v.downcast::<BytesData>().expect("bytes").0.is_empty(),
            Layout::ByteArray => !v.downcast::<ByteArrayData>().expect("ba").to_vec().is_empty(),
            Layout::Range => self.len(v)? > 0,
            Layout::Iter if v.ty().name().starts_with("dict_") || v.ty().name() == "mappingproxy" => self.len(v)? > 0,
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        if is_heap(v) {
            if let Some(f) = v.ty().lookup(&self.names.__len__) {
                let r = self.call(&f, &[v.clone()])?;
                let r = self.index(&r).map_err(|_| {
                    self.type_error(&format!("'{}' object cannot be interpreted as an integer", r.ty().name()))
                })?;
                let i = as_int(&r).expect("int");
                if i.is_negative() {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                return i.to_i64().map(|x| x as usize).ok_or_else(|| {
                    self.overflow_error("cannot fit 'int' into an index-sized integer")
                });
            }
        }
        crate::protocol::seq::native_len(self, v)
            .ok_or_else(|| self.type_error(&format!("object of type '{}' has no len()", v.ty().name())))?
    }

    /// `item in container`.
    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        if is_heap(container) {
            if let Some(f) = container.ty().lookup(&self.names.__contains__) {
                if self.is_none(&f) {
                    return Err(self.type_error(&format!("'{}' object is not a container", container.ty().name())));
                }
                let r = self.call(&f, &[container.clone(), item.clone()])?;
                return self.is_true(&r);
            }
        }
        if let Some(r) = crate::protocol::seq::native_contains(self, container, item)? {
            return Ok(r);
        }
        // Fall back to iteration.
        let it = self.get_iter(container).map_err(|_| {
            self.type_error(&format!("argument of type '{}' is not iterable", container.ty().name()))
        })?;
        while let Some(v) = self.iter_next(&it)? {
            if self.eq_bool(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `format(v, spec)`.
    pub fn format(&self, v: &Value, spec: &Value) -> PyResult<Value> {
        if is_heap(v) {
            let r = self.call_dunder(v, &self.names.__format__, &[spec.clone()])?.expect("object.__format__");
            if r.as_str_data().is_none() {
                return Err(self.type_error(&format!("__format__ must return a str, not {}", r.ty().name())));
            }
            return Ok(r);
        }
        crate::types::format::format_builtin(self, v, spec.as_rust_str().unwrap_or(""))
    }

    /// `operator.index(v)`.
    pub fn index(&self, v: &Value) -> PyResult<Value> {
        if v.is_small_int() || v.is_exact(&self.types.int) {
            return Ok(v.clone());
        }
        if let Some(i) = as_int(v) {
            // int subclasses (and bool) give their int value; an overridden `__index__` is
            // not consulted.
            return Ok(crate::types::int::new_bigint(i.to_bigint()));
        }
        if let Some(f) = v.ty().lookup(&self.names.__index__) {
            let r = self.call(&f, &[v.clone()])?;
            if as_int(&r).is_none() {
                return Err(self.type_error(&format!("__index__ returned non-int (type {})", r.ty().name())));
            }
            return Ok(r);
        }
        Err(self.type_error(&format!("'{}' object cannot be interpreted as an integer", v.ty().name())))
    }

    /// `operator.index(v)` as an isize (OverflowError past the range).
    pub fn index_isize(&self, v: &Value) -> PyResult<isize> {
        let i = self.index(v)?;
        as_int(&i).and_then(|x| x.to_i64()).map(|x| x as isize).ok_or_else(|| {
            self.new_error(
                &self.types.exc.index_error,
                &format!("cannot fit '{}' into an index-sized integer", v.ty().name()),
            )
        })
    }

    /// `iter(v)`.
    pub fn get_iter(&self, v: &Value) -> PyResult<Value> {
        if is_heap(v) {
            let ty = v.ty();
            if let Some(f) = ty.lookup(&self.names.__iter__) {
                if self.is_none(&f) {
                    return Err(self.type_error(&format!("'{}' object is not iterable", ty.name())));
                }
                let it = self.call(&f, &[v.clone()])?;
                if !self.is_iterator(&it) {
                    return Err(self.type_error(&format!("iter() returned non-iterator of type '{}'", it.ty().name())));
                }
                return Ok(it);
            }
            if ty.lookup(&self.names.__getitem__).is_some() {
                return Ok(new_iter(&self.types.seq_iterator, IterKind::Seq(v.clone())));
            }
        }
        if let Some(it) = crate::types::itermethods::native_iter(self, v)? {
            return Ok(it);
        }
        Err(self.type_error(&format!("'{}' object is not iterable", v.ty().name())))
    }

    /// Whether `v` has `__next__`.
    pub fn is_iterator(&self, v: &Value) -> bool {
        v.ty().layout == Layout::Iter && !v.ty().name().starts_with("dict_") && v.ty().name() != "mappingproxy"
            || v.as_generator().is_some()
            || v.ty().lookup(&self.names.__next__).is_some()
    }

    /// `next(it)`; None when exhausted.
    #[inline]
    pub fn iter_next(&self, it: &Value) -> PyResult<Option<Value>> {
        if !is_heap(it) {
            if let Some(r) = crate::types::itermethods::native_next(self, it)? {
                return Ok(r);
            }
        }
        match it.ty().lookup(&self.names.__next__) {
            Some(f) => match self.call(&f, &[it.clone()]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.0.isinstance(&self.types.exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(self.type_error(&format!("'{}' object is not an iterator", it.ty().name()))),
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect_iter(&self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(t) = v.as_tuple() {
            if !is_heap(v) {
                return Ok(t.to_vec());
            }
        }
        if let Some(l) = v.as_list() {
            if !is_heap(v) {
                return Ok(l.to_vec());
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `container[key]`.
    pub fn get_item(&self, container: &Value, key: &Value) -> PyResult<Value> {
        if !is_heap(container) {
            if let Some(r) = crate::protocol::seq::native_getitem(self, container, key)? {
                return Ok(r);
            }
        } else if let Some(f) = container.ty().lookup(&self.names.__getitem__) {
            if needs_binding(self, &f) {
                return self.call(&self.bind(&f, container)?, &[key.clone()]);
            }
            return self.call(&f, &[container.clone(), key.clone()]);
        }
        if let Some(t) = container.as_type() {
            if container.is(&self.types.type_) {
                return Ok(crate::types::itermethods::new_generic_alias(self, container.clone(), key.clone()));
            }
            if let Some(f) = t.lookup(&self.names.__class_getitem__) {
                let f = crate::protocol::attr::descr_get(self, &f, None, container)?;
                return self.call(&f, &[key.clone()]);
            }
            return Err(self.type_error(&format!("type '{}' is not subscriptable", t.name())));
        }
        Err(self.type_error(&format!("'{}' object is not subscriptable", container.ty().name())))
    }

    /// `container[key] = value`.
    pub fn set_item(&self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if !is_heap(container) {
            if crate::protocol::seq::native_setitem(self, container, key.clone(), Some(value.clone()))? {
                return Ok(());
            }
        } else if let Some(f) = container.ty().lookup(&self.names.__setitem__) {
            self.call(&f, &[container.clone(), key, value])?;
            return Ok(());
        }
        Err(self.type_error(&format!("'{}' object does not support item assignment", container.ty().name())))
    }

    /// `del container[key]`.
    pub fn del_item(&self, container: &Value, key: &Value) -> PyResult<()> {
        if !is_heap(container) {
            if crate::protocol::seq::native_setitem(self, container, key.clone(), None)? {
                return Ok(());
            }
        } else if let Some(f) = container.ty().lookup(&self.names.__delitem__) {
            self.call(&f, &[container.clone(), key.clone()])?;
            return Ok(());
        }
        Err(self.type_error(&format!("'{}' object doesn't support item deletion", container.ty().name())))
    }

    /// `sys.<name>` if set.
    pub fn sys_attr(&self, name: &str) -> Option<Value> {
        let sys = self.sys_module();
        let m = sys.as_module()?;
        m.dict.as_dict()?.get_str(&self.intern(name))
    }

    /// Raised exceptions: matches `err` against an exception class.
    pub fn err_matches(&self, err: &PyErr, ty: &Value) -> bool {
        err.0.isinstance(ty)
    }
}

/// CPython's `id()`-based hash (pointer rotated by 4 bits).
pub fn identity_hash(v: &Value) -> i64 {
    let p = v.raw() as u64;
    let h = p.rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

/// `tuplehash` (xxHash-based, CPython 3.8+).
pub fn tuple_hash(hs: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hs {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hs.len() as u64) ^ (P5 ^ 3527539));
    if acc as i64 == -1 {
        return 1546275796;
    }
    acc as i64
}

/// `frozenset.__hash__` (CPython's `frozenset_hash`).
pub fn frozenset_hash(hs: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash: u64 = 0;
    for &h in hs {
        hash ^= shuffle(h as u64);
    }
    hash ^= ((hs.len() as u64) + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 { 590923713 } else { h }
}

fn float_cmp(x: f64, y: f64, op: u8) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// Exact comparison of a float with an int (no rounding of big ints).
fn float_int_cmp(x: f64, i: &crate::types::int::IntRef, op: u8) -> bool {
    if x.is_nan() {
        return op == 3;
    }
    if x.is_infinite() {
        let o = if x > 0.0 { Ordering::Greater } else { Ordering::Less };
        return ord_op(o, op);
    }
    let o = match i {
        crate::types::int::IntRef::Small(s) if s.unsigned_abs() < (1 << 53) => {
            x.partial_cmp(&(*s as f64)).unwrap_or(Ordering::Equal)
        }
        _ => {
            let fl = x.floor();
            let bi = num_bigint::BigInt::from(fl as i128);
            let b = i.to_bigint();
            match bi.cmp(&b) {
                Ordering::Equal => {
                    if x > fl { Ordering::Greater } else { Ordering::Equal }
                }
                o => o,
            }
        }
    };
    ord_op(o, op)
}

fn ord_op(o: Ordering, op: u8) -> bool {
    match op {
        0 => o == Ordering::Less,
        1 => o != Ordering::Greater,
        2 => o == Ordering::Equal,
        3 => o != Ordering::Equal,
        4 => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

/// `repr(float)` as a str value.
pub fn float_repr_value(f: &FloatData) -> Value {
    new_str(&float_repr(f.0))
}

/// `repr(int)`.
pub fn int_repr_value(v: &Value) -> Option<String> {
    as_int(v).map(|i| int_repr(&i))
}

/// Unused helper kept for StrData-based comparisons.
pub fn str_cmp(a: &StrData, b: &StrData) -> Ordering {
    a.code_points().cmp(b.code_points())
}
