//! `range` and `slice`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::types::int::{as_int, new_bigint};
use crate::vm::{PyResult, Vm};

/// A range; bounds are ints (inline when they fit).
pub struct RangeData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
    pub len: Value,
}

impl RangeData {
    pub fn new(vm: &Vm, start: Value, stop: Value, step: Value) -> PyResult<RangeData> {
        let (a, b, s) = (big(&start), big(&stop), big(&step));
        if s.is_zero() {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        let len = range_len(&a, &b, &s);
        Ok(RangeData { start, stop, step, len: new_bigint(len) })
    }

    /// Bounds as i64 when they all fit.
    pub fn as_i64(&self) -> Option<(i64, i64, i64)> {
        let f = |v: &Value| as_int(v).and_then(|i| i.to_i64());
        Some((f(&self.start)?, f(&self.stop)?, f(&self.step)?))
    }

    /// The length when it fits a Py_ssize_t.
    pub fn len_usize(&self) -> Option<usize> {
        as_int(&self.len).and_then(|i| i.to_i64()).filter(|&l| l >= 0).map(|l| l as usize)
    }

    /// Item `i` (0 <= i < len).
    pub fn item(&self, i: &BigInt) -> Value {
        new_bigint(big(&self.start) + big(&self.step) * i)
    }
}

pub fn big(v: &Value) -> BigInt {
    as_int(v).map(|i| i.to_bigint()).unwrap_or_default()
}

pub fn range_len(a: &BigInt, b: &BigInt, s: &BigInt) -> BigInt {
    if s.is_positive() {
        if a < b { (b - a - 1) / s + 1 } else { BigInt::zero() }
    } else if a > b {
        (a - b - 1) / (-s) + 1
    } else {
        BigInt::zero()
    }
}

pub fn new_range(vm: &Vm, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    Ok(alloc(&builtin_types().range, RangeData::new(vm, start, stop, step)?))
}

/// A slice object.
pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    alloc(&builtin_types().slice, SliceData { start, stop, step })
}

impl SliceData {
    /// Resolves against a sequence length (= `PySlice_GetIndicesEx`): (start, stop, step,
    /// slicelength).
    pub fn indices(&self, vm: &Vm, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        let len = len as i64;
        let step = if vm.is_none(&self.step) {
            1
        } else {
            let s = index_clamped(vm, &self.step)?;
            if s == 0 {
                return Err(vm.value_error("slice step cannot be zero"));
            }
            s.max(-i64::MAX)
        };
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let conv = |v: &Value, default: i64| -> PyResult<i64> {
            if vm.is_none(v) {
                return Ok(default);
            }
            let mut i = index_clamped(vm, v)?;
            if i < 0 {
                i += len;
                if i < lower {
                    i = lower;
                }
            } else if i > upper {
                i = upper;
            }
            Ok(i)
        };
        let start = conv(&self.start, if step < 0 { upper } else { lower })?;
        let stop = conv(&self.stop, if step < 0 { lower } else { upper })?;
        let n = if step < 0 {
            if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start as isize, stop as isize, step as isize, n as usize))
    }
}

impl SliceData {
    /// `PySlice_Unpack`: the bounds as integers (running `__index__`), with None replaced by
    /// the extreme for the step's direction.
    pub fn unpack(&self, vm: &Vm) -> PyResult<(i64, i64, i64)> {
        let step = if vm.is_none(&self.step) {
            1
        } else {
            let s = index_clamped(vm, &self.step)?;
            if s == 0 {
                return Err(vm.value_error("slice step cannot be zero"));
            }
            s.max(-i64::MAX)
        };
        let start = if vm.is_none(&self.start) {
            if step < 0 { i64::MAX } else { 0 }
        } else {
            index_clamped(vm, &self.start)?
        };
        let stop = if vm.is_none(&self.stop) {
            if step < 0 { i64::MIN } else { i64::MAX }
        } else {
            index_clamped(vm, &self.stop)?
        };
        Ok((start, stop, step))
    }
}

/// `PySlice_AdjustIndices`: clamps unpacked bounds to `len`; returns (start, stop, slicelength).
pub fn adjust_indices(len: usize, start: i64, stop: i64, step: i64) -> (isize, isize, usize) {
    let len = len as i64;
    let fix = |mut i: i64| {
        if i < 0 {
            i = i.saturating_add(len);
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= len {
            i = if step < 0 { len - 1 } else { len };
        }
        i
    };
    let (a, b) = (fix(start), fix(stop));
    let n = if step < 0 {
        if b < a { (a - b - 1) / (-step) + 1 } else { 0 }
    } else if a < b {
        (b - a - 1) / step + 1
    } else {
        0
    };
    (a as isize, b as isize, n as usize)
}

/// An index value clamped to i64 (slice bounds saturate as CPython's do).
fn index_clamped(vm: &Vm, v: &Value) -> PyResult<i64> {
    let i = vm.index(v).map_err(|_| {
        vm.type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    Ok(match as_int(&i) {
        Some(r) => r.to_i64().unwrap_or_else(|| if r.is_negative() { i64::MIN + 1 } else { i64::MAX }),
        None => 0,
    })
}

pub fn bigint_to_i64_sat(b: &BigInt) -> i64 {
    b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
}

/// `hash(range)`: the hash of `(len, start, step)`, with `start` and `step` None for an empty
/// range and `step` None for a range of one item (CPython's `range_hash`).
pub fn range_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let Some(r) = v.downcast::<RangeData>() else { return Err(vm.type_error("range expected")) };
    let ln = big(&r.len);
    let (a, b) = if ln.is_zero() {
        (vm.none(), vm.none())
    } else if ln == BigInt::from(1) {
        (r.start.clone(), vm.none())
    } else {
        (r.start.clone(), r.step.clone())
    };
    vm.hash(&crate::types::tuple::new_tuple(vec![r.len.clone(), a, b]))
}

/// `hash(slice)` (3.12's `slice_hash`: the tuple hash's lanes without the length mix-in).
pub fn slice_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let Some(s) = v.downcast::<SliceData>() else { return Err(vm.type_error("slice expected")) };
    let mut acc: u64 = P5;
    for x in [&s.start, &s.stop, &s.step] {
        let lane = vm.hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

pub use crate::types::rangemethods::init;
