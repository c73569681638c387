//! `memoryview`: a one-dimensional view of the bytes of a `bytes` or `bytearray`, with the
//! item formats of the `struct` module's native mode (`B`, `b`, `c`, `h`, `H`, `i`, `I`, `l`,
//! `L`, `q`, `Q`, `n`, `N`, `f`, `d`, `?`). Slicing makes views of views without copying.

use std::cell::Cell;

use crate::object::{alloc, Value};
use crate::types::bytes::{new_bytes, ByteArrayData, BytesData};
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::float::new_float;
use crate::types::int::{as_int, new_int, new_int128};
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

pub struct MemoryViewData {
    /// The exporting object (`bytes` or `bytearray`).
    pub obj: Value,
    /// Byte offset of item 0 in the object's buffer.
    offset: usize,
    /// Bytes from one item to the next (negative for reversed slices).
    stride: isize,
    /// Number of items.
    len: usize,
    format: String,
    itemsize: usize,
    readonly: bool,
    released: Cell<bool>,
}

fn itemsize_of(format: &str) -> Option<usize> {
    let f = format.strip_prefix('@').unwrap_or(format);
    Some(match f {
        "B" | "b" | "c" | "?" => 1,
        "h" | "H" => 2,
        "i" | "I" | "f" => 4,
        "l" | "L" | "q" | "Q" | "n" | "N" | "d" | "P" => 8,
        _ => return None,
    })
}

fn is_byte_format(f: &str) -> bool {
    matches!(f.strip_prefix('@').unwrap_or(f), "B" | "b" | "c")
}

impl MemoryViewData {
    fn check(&self, vm: &Vm) -> PyResult<()> {
        if self.released.get() {
            return Err(vm.value_error("operation forbidden on released memoryview object"));
        }
        Ok(())
    }

    /// Runs `f` on the exporter's whole buffer.
    fn with_buffer<T>(&self, f: impl FnOnce(&[u8]) -> T) -> T {
        if let Some(b) = self.obj.downcast::<BytesData>() {
            return f(&b.0);
        }
        if let Some(b) = self.obj.downcast::<ByteArrayData>() {
            // SAFETY: short read; no Python code runs while `f` looks at the bytes.
            return f(unsafe { &*b.0.get() });
        }
        f(&[])
    }

    fn item_start(&self, i: usize) -> usize {
        (self.offset as isize + i as isize * self.stride) as usize
    }

    /// The viewed bytes, in order.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.with_buffer(|buf| {
            let mut out = Vec::with_capacity(self.len * self.itemsize);
            for i in 0..self.len {
                let s = self.item_start(i);
                out.extend_from_slice(buf.get(s..s + self.itemsize).unwrap_or(&[]));
            }
            out
        })
    }

    fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize as isize
    }

    fn unpack(&self, vm: &Vm, raw: &[u8]) -> Value {
        let f = self.format.strip_prefix('@').unwrap_or(&self.format);
        let mut w = [0u8; 8];
        w[..raw.len().min(8)].copy_from_slice(&raw[..raw.len().min(8)]);
        let u = u64::from_le_bytes(w);
        match f {
            "B" | "H" | "I" | "L" | "Q" | "N" | "P" => new_int128(u as i128),
            "b" => new_int(raw[0] as i8 as i64),
            "h" => new_int(i16::from_le_bytes([raw[0], raw[1]]) as i64),
            "i" => new_int(i32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as i64),
            "l" | "q" | "n" => new_int(u as i64),
            "f" => new_float(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
            "d" => new_float(f64::from_le_bytes(w)),
            "?" => vm.bool_value(raw[0] != 0),
            "c" => new_bytes(vec![raw[0]]),
            _ => vm.none(),
        }
    }

    fn pack(&self, vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
        let f = self.format.strip_prefix('@').unwrap_or(&self.format).to_string();
        let invalid = || vm.value_error(&format!("memoryview: invalid value for format '{f}'"));
        let wrong_type = || vm.type_error(&format!("memoryview: invalid type for format '{f}'"));
        match f.as_str() {
            "c" => match v.as_bytes_vec() {
                Some(b) if b.len() == 1 && v.downcast::<BytesData>().is_some() => Ok(b),
                _ => Err(invalid()),
            },
            "f" | "d" => {
                let x = crate::types::float::to_f64(vm, v)?.ok_or_else(wrong_type)?;
                Ok(if f == "f" { (x as f32).to_le_bytes().to_vec() } else { x.to_le_bytes().to_vec() })
            }
            "?" => Ok(vec![vm.is_true(v)? as u8]),
            _ => {
                let i = as_int(v).ok_or_else(wrong_type)?;
                let n: i128 = num_traits::ToPrimitive::to_i128(&i.to_bigint()).ok_or_else(invalid)?;
                let size = self.itemsize as u32;
                let signed = matches!(f.as_str(), "b" | "h" | "i" | "l" | "q" | "n");
                let (lo, hi) = if signed {
                    (-(1i128 << (size * 8 - 1)), (1i128 << (size * 8 - 1)) - 1)
                } else {
                    (0, (1i128 << (size * 8)) - 1)
                };
                if n < lo || n > hi {
                    return Err(invalid());
                }
                Ok((n as u128 as u64).to_le_bytes()[..self.itemsize].to_vec())
            }
        }
    }

    fn items(&self, vm: &Vm) -> Vec<Value> {
        let bytes = self.to_bytes();
        bytes.chunks(self.itemsize.max(1)).map(|c| self.unpack(vm, c)).collect()
    }
}

fn mv<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemoryViewData> {
    v.downcast::<MemoryViewData>().ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))
}

/// A view of all of `obj`, which must export a buffer.
pub fn new_memoryview(vm: &Vm, obj: &Value) -> PyResult<Value> {
    if let Some(m) = obj.downcast::<MemoryViewData>() {
        m.check(vm)?;
        return Ok(derived(vm, m, m.offset, m.stride, m.len, m.format.clone(), m.itemsize, m.readonly));
    }
    let (len, readonly) = if let Some(b) = obj.downcast::<BytesData>() {
        (b.0.len(), true)
    } else if let Some(b) = obj.downcast::<ByteArrayData>() {
        // SAFETY: short read.
        (unsafe { (*b.0.get()).len() }, false)
    } else {
        return Err(vm.type_error(&format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.ty().name()
        )));
    };
    Ok(make(
        vm,
        MemoryViewData {
            obj: obj.clone(),
            offset: 0,
            stride: 1,
            len,
            format: "B".into(),
            itemsize: 1,
            readonly,
            released: Cell::new(false),
        },
    ))
}

/// Allocates a view, counting it as an export of a bytearray it views (which then cannot be
/// resized until the view is released or dies).
fn make(vm: &Vm, data: MemoryViewData) -> Value {
    if let Some(b) = data.obj.downcast::<ByteArrayData>() {
        b.1.set(b.1.get() + 1);
    }
    alloc(&vm.types.memoryview, data)
}

impl MemoryViewData {
    /// Marks the view released, ending its export.
    fn release(&self) {
        if !self.released.replace(true) {
            if let Some(b) = self.obj.downcast::<ByteArrayData>() {
                b.1.set(b.1.get().saturating_sub(1));
            }
        }
    }
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        self.release();
    }
}

#[allow(clippy::too_many_arguments)]
fn derived(vm: &Vm, m: &MemoryViewData, offset: usize, stride: isize, len: usize, format: String, itemsize: usize, readonly: bool) -> Value {
    make(vm, MemoryViewData { obj: m.obj.clone(), offset, stride, len, format, itemsize, readonly, released: Cell::new(false) })
}

fn mv_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = crate::types::object::split_kwargs(args, kwnames);
    let mut obj = pos.get(1).cloned();
    for (k, v) in kws {
        if k.as_rust_str() == Some("object") && obj.is_none() {
            obj = Some(v.clone());
        } else {
            return Err(vm.type_error(&format!(
                "memoryview() got an unexpected keyword argument '{}'",
                k.as_rust_str().unwrap_or("?")
            )));
        }
    }
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("memoryview() takes at most 1 argument ({} given)", pos.len() - 1)));
    }
    let obj = obj.ok_or_else(|| vm.type_error("memoryview() missing required argument 'object' (pos 1)"))?;
    new_memoryview(vm, &obj)
}

fn index_of(vm: &Vm, m: &MemoryViewData, key: &Value) -> PyResult<usize> {
    let i = vm.index_isize(key)?;
    let n = m.len as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_error(&vm.types.exc.index_error, "index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn mv_getitem(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    let key = &args[1];
    if let Some(s) = key.downcast::<crate::types::range::SliceData>() {
        let (start, _stop, step, count) = s.indices(vm, m.len)?;
        let offset = if count == 0 { m.offset } else { m.item_start(start as usize) };
        return Ok(derived(vm, m, offset, m.stride * step as isize, count, m.format.clone(), m.itemsize, m.readonly));
    }
    if key.as_tuple().is_some() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    if as_int(key).is_none() && key.ty().lookup(&vm.names.__index__).is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = index_of(vm, m, key)?;
    let s = m.item_start(i);
    let raw = m.with_buffer(|b| b.get(s..s + m.itemsize).map(|x| x.to_vec()).unwrap_or_default());
    Ok(m.unpack(vm, &raw))
}

fn mv_setitem(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(ba) = m.obj.downcast::<ByteArrayData>() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let (key, value) = (&args[1], &args[2]);
    // (item index, bytes to write)
    let mut writes: Vec<(usize, Vec<u8>)> = Vec::new();
    if let Some(s) = key.downcast::<crate::types::range::SliceData>() {
        let (start, _stop, step, count) = s.indices(vm, m.len)?;
        let src = match value.downcast::<MemoryViewData>() {
            Some(o) => {
                o.check(vm)?;
                if o.format != m.format || o.len != count {
                    return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
                }
                o.to_bytes()
            }
            None => {
                let b = value.as_bytes_vec().ok_or_else(|| {
                    vm.type_error(&format!("a bytes-like object is required, not '{}'", value.ty().name()))
                })?;
                if !is_byte_format(&m.format) || b.len() != count {
                    return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
                }
                b
            }
        };
        for k in 0..count {
            let i = (start + k as isize * step) as usize;
            writes.push((i, src[k * m.itemsize..(k + 1) * m.itemsize].to_vec()));
        }
    } else {
        if as_int(key).is_none() && key.ty().lookup(&vm.names.__index__).is_none() {
            return Err(vm.type_error("memoryview: invalid slice key"));
        }
        let i = index_of(vm, m, key)?;
        writes.push((i, m.pack(vm, value)?));
    }
    // SAFETY: short write; no Python code runs while the vector is borrowed.
    let buf = unsafe { &mut *ba.0.get() };
    for (i, bytes) in writes {
        let s = m.item_start(i);
        if let Some(dst) = buf.get_mut(s..s + bytes.len()) {
            dst.copy_from_slice(&bytes);
        }
    }
    Ok(vm.none())
}

fn mv_delitem(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn mv_len(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    Ok(new_int(m.len as i64))
}

fn mv_iter(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    let l = crate::types::list::new_list(m.items(vm));
    vm.get_iter(&l)
}

fn mv_tobytes(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    Ok(new_bytes(m.to_bytes()))
}

fn mv_tolist(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    Ok(crate::types::list::new_list(m.items(vm)))
}

fn mv_hex(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    let b = new_bytes(m.to_bytes());
    let hex = vm.get_attr_str(&b, "hex")?;
    vm.call_kw(&hex, &args[1..], kw)
}

fn mv_release(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    mv(vm, &args[0])?.release();
    Ok(vm.none())
}

fn mv_enter(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    mv(vm, &args[0])?.check(vm)?;
    Ok(args[0].clone())
}

fn mv_exit(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    mv(vm, &args[0])?.release();
    Ok(vm.none())
}

fn mv_toreadonly(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    Ok(derived(vm, m, m.offset, m.stride, m.len, m.format.clone(), m.itemsize, true))
}

fn mv_cast(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = crate::types::object::split_kwargs(args, kwnames);
    let m = mv(vm, &pos[0])?;
    m.check(vm)?;
    let mut format = pos.get(1).cloned();
    let mut shape = pos.get(2).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("format") => format = Some(v.clone()),
            Some("shape") => shape = Some(v.clone()),
            _ => return Err(vm.type_error("cast() got an unexpected keyword argument")),
        }
    }
    let format = format.ok_or_else(|| vm.type_error("cast() missing required argument 'format' (pos 1)"))?;
    let f = format
        .as_rust_str()
        .ok_or_else(|| vm.type_error(&format!("cast() argument 'format' must be str, not {}", format.ty().name())))?
        .to_string();
    let Some(itemsize) = itemsize_of(&f) else {
        return Err(vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if !is_byte_format(&m.format) && !is_byte_format(&f) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    if let Some(sh) = shape.filter(|s| !vm.is_none(s)) {
        let dims = vm.collect_iter(&sh)?;
        if dims.len() != 1 {
            return Err(vm.new_error(&vm.types.exc.not_implemented_error, "memoryview: multi-dimensional views are not supported"));
        }
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % itemsize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(derived(vm, m, m.offset, itemsize as isize, nbytes / itemsize, f, itemsize, m.readonly))
}

fn mv_eq(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    let other = &args[1];
    if args[0].is(other) {
        return Ok(vm.bool_value(true));
    }
    if m.released.get() {
        return Ok(vm.bool_value(false));
    }
    let theirs = match other.downcast::<MemoryViewData>() {
        Some(o) => {
            if o.released.get() {
                return Ok(vm.bool_value(false));
            }
            o.items(vm)
        }
        None => match other.as_bytes_vec() {
            Some(b) => b.into_iter().map(|x| new_int(x as i64)).collect(),
            None => return Ok(vm.types.not_implemented.clone()),
        },
    };
    let mine = m.items(vm);
    if mine.len() != theirs.len() {
        return Ok(vm.bool_value(false));
    }
    for (a, b) in mine.iter().zip(theirs.iter()) {
        if !vm.eq_bool(a, b)? {
            return Ok(vm.bool_value(false));
        }
    }
    Ok(vm.bool_value(true))
}

fn mv_hash(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(&m.format) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let h = vm.hash(&new_bytes(m.to_bytes()))?;
    Ok(new_int(h))
}

fn mv_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    let what = if m.released.get() { "released memory" } else { "memory" };
    Ok(crate::types::str::new_str(&format!("<{what} at {:#x}>", args[0].raw())))
}

fn mv_buffer(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let m = mv(vm, &args[0])?;
    m.check(vm)?;
    new_memoryview(vm, &args[0])
}

fn mv_release_buffer(vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.none())
}

fn mv_from_flags(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let obj = args.get(1).ok_or_else(|| vm.type_error("_from_flags() missing required argument 'object'"))?;
    new_memoryview(vm, obj)
}

macro_rules! getter {
    ($name:ident, |$vm:ident, $m:ident| $body:expr) => {
        fn $name($vm: &Vm, v: &Value) -> PyResult<Value> {
            let $m = mv($vm, v)?;
            $m.check($vm)?;
            Ok($body)
        }
    };
}

getter!(get_obj, |vm, m| m.obj.clone());
getter!(get_nbytes, |vm, m| new_int((m.len * m.itemsize) as i64));
getter!(get_readonly, |vm, m| vm.bool_value(m.readonly));
getter!(get_itemsize, |vm, m| new_int(m.itemsize as i64));
getter!(get_format, |vm, m| crate::types::str::new_str(&m.format));
getter!(get_ndim, |vm, m| new_int(1));
getter!(get_shape, |vm, m| new_tuple(vec![new_int(m.len as i64)]));
getter!(get_strides, |vm, m| new_tuple(vec![new_int(m.stride as i64)]));
getter!(get_suboffsets, |vm, m| vm.types.empty_tuple.clone());
getter!(get_contiguous, |vm, m| vm.bool_value(m.contiguous()));

/// `memoryview` payloads hold one reference: the exporter.
pub fn referents(m: &MemoryViewData, visit: &mut dyn FnMut(&Value)) {
    visit(&m.obj);
}

pub fn init(vm: &Vm) {
    let t = &vm.types.memoryview;
    add_method(vm, t, "__new__", mv_new, MethodKind::Static);
    add_method(vm, t, "__getitem__", mv_getitem, MethodKind::Instance);
    add_method(vm, t, "__setitem__", mv_setitem, MethodKind::Instance);
    add_method(vm, t, "__delitem__", mv_delitem, MethodKind::Instance);
    add_method(vm, t, "__len__", mv_len, MethodKind::Instance);
    add_method(vm, t, "__iter__", mv_iter, MethodKind::Instance);
    add_method(vm, t, "__eq__", mv_eq, MethodKind::Instance);
    add_method(vm, t, "__hash__", mv_hash, MethodKind::Instance);
    add_method(vm, t, "__repr__", mv_repr, MethodKind::Instance);
    add_method(vm, t, "__enter__", mv_enter, MethodKind::Instance);
    add_method(vm, t, "__exit__", mv_exit, MethodKind::Instance);
    add_method(vm, t, "__buffer__", mv_buffer, MethodKind::Instance);
    add_method(vm, t, "__release_buffer__", mv_release_buffer, MethodKind::Instance);
    add_method(vm, t, "_from_flags", mv_from_flags, MethodKind::Class);
    add_method(vm, t, "tobytes", mv_tobytes, MethodKind::Instance);
    add_method(vm, t, "tolist", mv_tolist, MethodKind::Instance);
    add_method(vm, t, "hex", mv_hex, MethodKind::Instance);
    add_method(vm, t, "release", mv_release, MethodKind::Instance);
    add_method(vm, t, "toreadonly", mv_toreadonly, MethodKind::Instance);
    add_method(vm, t, "cast", mv_cast, MethodKind::Instance);
    add_getset(vm, t, "obj", get_obj, None);
    add_getset(vm, t, "nbytes", get_nbytes, None);
    add_getset(vm, t, "readonly", get_readonly, None);
    add_getset(vm, t, "itemsize", get_itemsize, None);
    add_getset(vm, t, "format", get_format, None);
    add_getset(vm, t, "ndim", get_ndim, None);
    add_getset(vm, t, "shape", get_shape, None);
    add_getset(vm, t, "strides", get_strides, None);
    add_getset(vm, t, "suboffsets", get_suboffsets, None);
    add_getset(vm, t, "c_contiguous", get_contiguous, None);
    add_getset(vm, t, "f_contiguous", get_contiguous, None);
    add_getset(vm, t, "contiguous", get_contiguous, None);
}
