//! Arithmetic: binary operators with CPython's dispatch (reflected operands, subclass
//! priority, in-place forms falling back to the plain ones) and unary operators.

use pyrite_bytecode::opcodes::{nb, BINARY_OPS};

use crate::eval::ops_public::Unary;
use crate::object::{Layout, Value};
use crate::protocol::object::is_heap;
use crate::types::float::{as_float, new_complex, new_float, ComplexData};
use crate::types::int::{as_int, new_bigint, new_int};
use crate::vm::{PyResult, Vm};

/// Dunder names for `BINARY_OP` operator `op` (plain, reflected, in-place).
fn op_names(vm: &Vm, op: u8) -> (&Value, &Value, &Value) {
    let n = &vm.names;
    match op {
        nb::ADD => (&n.__add__, &n.__radd__, &n.__iadd__),
        nb::AND => (&n.__and__, &n.__rand__, &n.__iand__),
        nb::FLOOR_DIVIDE => (&n.__floordiv__, &n.__rfloordiv__, &n.__ifloordiv__),
        nb::LSHIFT => (&n.__lshift__, &n.__rlshift__, &n.__ilshift__),
        nb::MATRIX_MULTIPLY => (&n.__matmul__, &n.__rmatmul__, &n.__imatmul__),
        nb::MULTIPLY => (&n.__mul__, &n.__rmul__, &n.__imul__),
        nb::REMAINDER => (&n.__mod__, &n.__rmod__, &n.__imod__),
        nb::OR => (&n.__or__, &n.__ror__, &n.__ior__),
        nb::POWER => (&n.__pow__, &n.__rpow__, &n.__ipow__),
        nb::RSHIFT => (&n.__rshift__, &n.__rrshift__, &n.__irshift__),
        nb::SUBTRACT => (&n.__sub__, &n.__rsub__, &n.__isub__),
        nb::TRUE_DIVIDE => (&n.__truediv__, &n.__rtruediv__, &n.__itruediv__),
        _ => (&n.__xor__, &n.__rxor__, &n.__ixor__),
    }
}

impl Vm {
    /// `a OP b` for `BINARY_OP` operator `op` (in-place forms included).
    pub fn binary_op(&self, a: &Value, b: &Value, op: u8) -> PyResult<Value> {
        let inplace = op >= nb::INPLACE_OFFSET;
        let base = if inplace { op - nb::INPLACE_OFFSET } else { op };
        let native = !is_heap(a) && !is_heap(b);
        if native {
            if let Some(r) = native_binop(self, a, b, base, inplace)? {
                return Ok(r);
            }
        }
        // Dunder methods: always for classes defined in Python; for built-ins whose operator
        // is not served natively (`type.__or__`, say), the methods in their namespaces.
        {
            let (name, rname, iname) = op_names(self, base);
            if inplace {
                if let Some(f) = a.ty().lookup(iname) {
                    let r = self.call(&f, &[a.clone(), b.clone()])?;
                    if !r.is(&self.types.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            let ta = a.type_value();
            let tb = b.type_value();
            let fa = a.ty().lookup(name);
            let fb = if ta.is(&tb) { None } else { b.ty().lookup(rname) };
            let mut fb_done = false;
            if let Some(g) = &fb {
                if b.ty().is_subtype(&ta) {
                    let overrides = a.ty().lookup(rname).is_none_or(|f| !f.is(g));
                    if overrides {
                        fb_done = true;
                        let r = self.call(g, &[b.clone(), a.clone()])?;
                        if !r.is(&self.types.not_implemented) {
                            return Ok(r);
                        }
                    }
                }
            }
            if let Some(f) = &fa {
                let r = self.call(f, &[a.clone(), b.clone()])?;
                if !r.is(&self.types.not_implemented) {
                    return Ok(r);
                }
            }
            if !fb_done {
                if let Some(g) = &fb {
                    let r = self.call(g, &[b.clone(), a.clone()])?;
                    if !r.is(&self.types.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
        let sym = BINARY_OPS[op as usize];
        if base == nb::ADD && a.as_str_data().is_some() && !is_heap(a) {
            return Err(self.type_error(&format!("can only concatenate str (not \"{}\") to str", b.ty().name())));
        }
        if base == nb::ADD && matches!(a.ty().layout, Layout::Bytes | Layout::ByteArray) && !is_heap(a) {
            return Err(self.type_error(&format!("can't concat {} to {}", b.ty().name(), a.ty().name())));
        }
        if base == nb::ADD && (a.as_list().is_some() || a.as_tuple().is_some()) && !is_heap(a) {
            let what = if a.as_list().is_some() { "list" } else { "tuple" };
            return Err(self.type_error(&format!(
                "can only concatenate {what} (not \"{}\") to {what}",
                b.ty().name()
            )));
        }
        if base == nb::MULTIPLY {
            let is_seq = |v: &Value| matches!(v.ty().layout, Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes | Layout::ByteArray);
            let other = if is_seq(a) { Some(b) } else if is_seq(b) { Some(a) } else { None };
            if let Some(o) = other {
                if as_int(o).is_none() && o.ty().lookup(&self.names.__index__).is_none() {
                    return Err(self.type_error(&format!("can't multiply sequence by non-int of type '{}'", o.ty().name())));
                }
            }
        }
        if base == nb::POWER {
            return Err(self.type_error(&format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if inplace { "**=" } else { "** or pow()" },
                a.ty().name(),
                b.ty().name()
            )));
        }
        Err(self.type_error(&format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            a.ty().name(),
            b.ty().name()
        )))
    }

    /// Unary `-`, `+`, `~`.
    pub fn unary_op(&self, v: &Value, op: Unary) -> PyResult<Value> {
        if let Some(i) = v.as_small_int() {
            return Ok(match op {
                Unary::Neg => new_int(-i),
                Unary::Pos => v.clone(),
                Unary::Invert => new_int(!i),
            });
        }
        let (name, sym) = match op {
            Unary::Neg => (&self.names.__neg__, "unary -"),
            Unary::Pos => (&self.names.__pos__, "unary +"),
            Unary::Invert => (&self.names.__invert__, "unary ~"),
        };
        if is_heap(v) {
            if let Some(f) = v.ty().lookup(name) {
                return self.call(&f, &[v.clone()]);
            }
        } else {
            if let Some(i) = as_int(v) {
                let b = i.to_bigint();
                return Ok(match op {
                    Unary::Neg => new_bigint(-b),
                    Unary::Pos => new_bigint(b),
                    Unary::Invert => new_bigint(!b),
                });
            }
            if let Some(f) = as_float(v) {
                match op {
                    Unary::Neg => return Ok(new_float(-f)),
                    Unary::Pos => return Ok(new_float(f)),
                    Unary::Invert => {}
                }
            }
            if let Some(c) = v.downcast::<ComplexData>() {
                match op {
                    Unary::Neg => return Ok(new_complex(-c.re, -c.im)),
                    Unary::Pos => return Ok(new_complex(c.re, c.im)),
                    Unary::Invert => {}
                }
            }
        }
        Err(self.type_error(&format!("bad operand type for {}: '{}'", sym, v.ty().name())))
    }
}

/// Binary operators of built-in types; None when neither operand supports the pair.
pub fn native_binop(vm: &Vm, a: &Value, b: &Value, op: u8, inplace: bool) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (a.downcast::<crate::types::int::BoolData>(), b.downcast::<crate::types::int::BoolData>()) {
        match op {
            nb::AND => return Ok(Some(vm.bool_value(x.0 & y.0))),
            nb::OR => return Ok(Some(vm.bool_value(x.0 | y.0))),
            nb::XOR => return Ok(Some(vm.bool_value(x.0 ^ y.0))),
            _ => {}
        }
    }
    if let Some(r) = crate::types::int::int_binop(vm, a, b, op)? {
        return Ok(Some(r));
    }
    if let Some(r) = crate::types::float::float_binop(vm, a, b, op)? {
        return Ok(Some(r));
    }
    let (la, lb) = (a.ty().layout, b.ty().layout);
    if la == Layout::Complex || lb == Layout::Complex {
        return crate::types::floatmethods::complex_binop(vm, a, b, op);
    }
    match (la, op) {
        (Layout::Str, nb::ADD) if lb == Layout::Str => {
            let (x, y) = (a.as_str_data().expect("str"), b.as_str_data().expect("str"));
            return Ok(Some(crate::types::str::str_from_data(crate::types::str::StrData::concat(&[x, y]))));
        }
        (Layout::Str, nb::REMAINDER) => return crate::types::format::percent_format(vm, a, b).map(Some),
        (Layout::Bytes, nb::REMAINDER) => return Ok(None),
        (Layout::List, nb::ADD) if lb == Layout::List => {
            if inplace {
                let items = b.as_list().expect("list").to_vec();
                a.as_list().expect("list").with_mut(|v| v.extend(items));
                return Ok(Some(a.clone()));
            }
            let mut v = a.as_list().expect("list").to_vec();
            v.extend(b.as_list().expect("list").to_vec());
            return Ok(Some(crate::types::list::new_list(v)));
        }
        (Layout::List, nb::ADD) if inplace => {
            crate::eval::ops_public::list_extend(vm, a, b)?;
            return Ok(Some(a.clone()));
        }
        (Layout::Tuple, nb::ADD) if lb == Layout::Tuple => {
            let mut v = a.as_tuple().expect("tuple").to_vec();
            v.extend_from_slice(b.as_tuple().expect("tuple"));
            return Ok(Some(crate::types::tuple::new_tuple(v)));
        }
        (Layout::Bytes | Layout::ByteArray, nb::ADD) if matches!(lb, Layout::Bytes | Layout::ByteArray | Layout::MemoryView) => {
            let mut v = a.as_bytes_vec().expect("bytes");
            v.extend(b.as_bytes_vec().expect("bytes"));
            if la == Layout::ByteArray {
                if inplace {
                    let add = b.as_bytes_vec().expect("bytes");
                    a.downcast::<crate::types::bytes::ByteArrayData>().expect("ba").mutate(vm, |d| d.extend(add))?;
                    return Ok(Some(a.clone()));
                }
                return Ok(Some(crate::types::bytes::new_bytearray(v)));
            }
            return Ok(Some(crate::types::bytes::new_bytes(v)));
        }
        _ => {}
    }
    if op == nb::MULTIPLY {
        let (seq, n) = if as_int(b).is_some() && matches!(la, Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes | Layout::ByteArray) {
            (a, b)
        } else if as_int(a).is_some() && matches!(lb, Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes | Layout::ByteArray) {
            (b, a)
        } else {
            return set_or_dict_op(vm, a, b, op, inplace);
        };
        let count = as_int(n).and_then(|i| i.to_i64()).ok_or_else(|| {
            vm.overflow_error("cannot fit 'int' into an index-sized integer")
        })?;
        let count = count.max(0) as usize;
        return crate::types::seqmethods::repeat(vm, seq, count, inplace && seq.is(a)).map(Some);
    }
    set_or_dict_op(vm, a, b, op, inplace)
}

fn set_or_dict_op(vm: &Vm, a: &Value, b: &Value, op: u8, inplace: bool) -> PyResult<Option<Value>> {
    let (la, lb) = (a.ty().layout, b.ty().layout);
    if la == Layout::Set && lb == Layout::Set {
        return crate::types::setmethods::set_binop(vm, a, b, op, inplace);
    }
    if la == Layout::Dict && lb == Layout::Dict && op == nb::OR {
        if inplace {
            crate::eval::ops_public::dict_update(vm, a, b, None)?;
            return Ok(Some(a.clone()));
        }
        let d = crate::types::dict::new_dict();
        crate::eval::ops_public::dict_update(vm, &d, a, None)?;
        crate::eval::ops_public::dict_update(vm, &d, b, None)?;
        return Ok(Some(d));
    }
    if (la == Layout::Iter || lb == Layout::Iter) && matches!(op, nb::AND | nb::OR | nb::SUBTRACT | nb::XOR) {
        return crate::types::itermethods::view_binop(vm, a, b, op);
    }
    let _ = new_bigint;
    Ok(None)
}
