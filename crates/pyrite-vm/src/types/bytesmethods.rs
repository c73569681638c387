//! Methods of `bytes` and `bytearray`, and the built-in codecs.

use crate::object::Value;
use crate::types::bytes::{new_bytearray, new_bytes, ByteArrayData};
use crate::types::descr::{add_method, MethodKind};
use crate::types::seqmethods::ArgSpec;
use crate::types::int::{as_int, new_int};
use crate::types::object::split_kwargs;
use crate::types::str::new_str;
use crate::vm::{PyResult, Vm};

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    repr_with(b, false)
}

/// The `b'..'` part of a bytearray's repr.
pub fn bytearray_body_repr(b: &[u8]) -> String {
    repr_with(b, true)
}

/// The repr of bytes (`b'..'`); a bytearray's escapes `'` even inside double quotes.
fn repr_with(b: &[u8], always_escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if c as char == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn data(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    v.as_bytes_vec().ok_or_else(|| vm.type_error(&format!("a bytes-like object is required, not '{}'", v.ty().name())))
}

/// `self` of a bytes method.
fn me(vm: &Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    let v = args.first().ok_or_else(|| vm.type_error("descriptor needs an argument"))?;
    data(vm, v)
}

fn byte_value(vm: &Vm, x: &Value) -> PyResult<u8> {
    let n = match as_int(x) {
        Some(i) => i.to_i64(),
        None => {
            let r = vm.index(x).map_err(|_| vm.type_error(&format!("'{}' object cannot be interpreted as an integer", x.ty().name())))?;
            as_int(&r).and_then(|i| i.to_i64())
        }
    };
    match n {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

/// The bytes for `bytes(v)`/`bytearray(v)`; `what` names an out-of-range item in the error
/// ("bytes" for `bytes()`, "byte" for bytearray operations).
fn bytes_from_arg(vm: &Vm, v: Option<&Value>, encoding: Option<&Value>, errors: Option<&Value>, what: &str) -> PyResult<Vec<u8>> {
    let Some(v) = v else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if v.as_str_data().is_some() {
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let e = encode_str(vm, v, encoding, errors)?;
        return data(vm, &e);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(b) = v.as_bytes_vec() {
        return Ok(b);
    }
    if let Some(i) = as_int(v) {
        let n = i.to_i64().ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > (1 << 40) {
            return Err(vm.memory_error());
        }
        return Ok(vec![0; n as usize]);
    }
    // A size from `__index__`: bytearray() looks for it first, bytes() after `__bytes__`.
    let index_size = |v: &Value| -> PyResult<Vec<u8>> {
        let i = vm.index(v)?;
        let n = as_int(&i)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| vm.overflow_error(&format!("cannot fit '{}' into an index-sized integer", v.ty().name())))?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > (1 << 40) {
            return Err(vm.memory_error());
        }
        Ok(vec![0; n as usize])
    };
    let has_index = v.ty().lookup(&vm.names.__index__).is_some();
    if has_index && what == "byte" {
        return index_size(v);
    }
    if let Some(f) = v.ty().lookup(&vm.intern("__bytes__")) {
        let r = vm.call(&f, &[v.clone()])?;
        return r.as_bytes_vec().ok_or_else(|| vm.type_error(&format!("__bytes__ returned non-bytes (type {})", r.ty().name())));
    }
    if has_index {
        return index_size(v);
    }
    let items = match vm.collect_iter(v) {
        Ok(items) => items,
        Err(_) => return Err(vm.type_error(&format!("cannot convert '{}' object to bytes", v.ty().name()))),
    };
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let n = match as_int(&x) {
            Some(i) => i.to_i64(),
            None => {
                let r = vm.index(&x).map_err(|_| vm.type_error(&format!("'{}' object cannot be interpreted as an integer", x.ty().name())))?;
                as_int(&r).and_then(|i| i.to_i64())
            }
        };
        match n {
            Some(n) if (0..256).contains(&n) => out.push(n as u8),
            _ => return Err(vm.value_error(&format!("{what} must be in range(0, 256)"))),
        }
    }
    Ok(out)
}

fn ctor_args(vm: &Vm, pos: &[Value], kws: &[(&Value, &Value)], name: &str) -> PyResult<(Option<Value>, Option<Value>, Option<Value>)> {
    if pos.len() > 4 {
        return Err(vm.type_error(&format!("{name}() takes at most 3 arguments ({} given)", pos.len() - 1)));
    }
    let mut src = pos.get(1).cloned();
    let mut enc = pos.get(2).cloned();
    let mut errors = pos.get(3).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("source") => src = Some((*v).clone()),
            Some("encoding") => enc = Some((*v).clone()),
            Some("errors") => errors = Some((*v).clone()),
            Some(o) => return Err(vm.type_error(&format!("'{o}' is an invalid keyword argument for {name}()"))),
            None => {}
        }
    }
    for (a, n) in [(&enc, "encoding"), (&errors, "errors")] {
        if let Some(a) = a {
            if a.as_str_data().is_none() {
                return Err(vm.type_error(&format!("{name}() argument '{n}' must be str, not {}", crate::types::seqmethods::bad_arg_type(vm, a))));
            }
        }
    }
    Ok((src, enc, errors))
}

fn bytes_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let (src, enc, errors) = ctor_args(vm, pos, &kws, "bytes")?;
    if src.as_ref().is_some_and(|s| s.is_exact(&vm.types.bytes)) && pos[0].is(&vm.types.bytes) && enc.is_none() && errors.is_none() {
        return Ok(src.unwrap_or_else(|| new_bytes(Vec::new())));
    }
    let b = bytes_from_arg(vm, src.as_ref(), enc.as_ref(), errors.as_ref(), "bytes")?;
    if pos[0].is(&vm.types.bytes) {
        return Ok(new_bytes(b));
    }
    Ok(crate::types::object::alloc_instance(&pos[0], crate::types::bytes::BytesData(b.into_boxed_slice())))
}

fn bytearray_new(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let _ = vm;
    Ok(crate::types::object::alloc_instance(&args[0], ByteArrayData::new(Vec::new())))
}

fn ba(vm: &Vm, v: &Value) -> PyResult<()> {
    if v.downcast::<ByteArrayData>().is_some() {
        Ok(())
    } else {
        Err(vm.type_error("descriptor requires a 'bytearray' object"))
    }
}

fn ba_with<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    match v.downcast::<ByteArrayData>() {
        Some(b) => b.mutate(vm, f),
        None => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

fn bytearray_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let (src, enc, errors) = ctor_args(vm, pos, &kws, "bytearray")?;
    let b = bytes_from_arg(vm, src.as_ref(), enc.as_ref(), errors.as_ref(), "byte")?;
    ba_with(vm, &pos[0], |d| *d = b)?;
    Ok(vm.none())
}

fn b_decode(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() > 3 {
        return Err(vm.type_error(&format!("decode() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    let mut enc = pos.get(1).cloned();
    let mut errors = pos.get(2).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("encoding") => enc = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            Some(o) => return Err(vm.type_error(&format!("decode() got an unexpected keyword argument '{o}'"))),
            None => {}
        }
    }
    decode(vm, &me(vm, pos)?, enc.as_ref(), errors.as_ref())
}

fn same_kind(v: &Value, b: Vec<u8>) -> Value {
    if v.downcast::<ByteArrayData>().is_some() { new_bytearray(b) } else { new_bytes(b) }
}

/// Positional arguments with keyword names mapped to positions.
fn args_kw(vm: &Vm, args: &[Value], kwnames: Option<&Value>, names: &[&str], func: &str) -> PyResult<Vec<Option<Value>>> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() > names.len() + 1 {
        return Err(vm.type_error(&format!("{func}() takes at most {} arguments ({} given)", names.len(), pos.len() - 1)));
    }
    let mut out: Vec<Option<Value>> = (0..names.len()).map(|i| pos.get(i + 1).cloned()).collect();
    for (k, v) in kws {
        let k = k.as_rust_str().unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.type_error(&format!("{func}() got an unexpected keyword argument '{k}'"))),
        }
    }
    Ok(out)
}

fn b_hex(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    let a = args_kw(vm, args, kwnames, &["sep", "bytes_per_sep"], "hex")?;
    let hex: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = a[0].clone() else { return Ok(new_str(&hex.concat())) };
    let sep_s: String = if let Some(s) = sep.as_rust_str() {
        s.to_string()
    } else if let Some(b) = sep.as_bytes_vec() {
        b.iter().map(|&c| c as char).collect()
    } else {
        // CPython checks the length first.
        if vm.len(&sep)? != 1 {
            return Err(vm.value_error("sep must be length 1."));
        }
        return Err(vm.type_error("sep must be str or bytes."));
    };
    if sep_s.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !sep_s.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let per = match &a[1] {
        Some(p) => crate::types::strmethods::ssize_arg(vm, p)?,
        None => 1,
    };
    if per == 0 || hex.is_empty() {
        return Ok(new_str(&hex.concat()));
    }
    let k = per.unsigned_abs();
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let first = hex.len() % k;
        if first > 0 {
            groups.push(hex[..first].concat());
        }
        for ch in hex[first..].chunks(k) {
            groups.push(ch.concat());
        }
    } else {
        for ch in hex.chunks(k) {
            groups.push(ch.concat());
        }
    }
    Ok(new_str(&groups.join(&sep_s)))
}

fn b_fromhex(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let a = args.get(1).ok_or_else(|| vm.type_error("fromhex() takes exactly one argument (0 given)"))?;
    let s = a.as_str_data().ok_or_else(|| vm.type_error(&format!("fromhex() argument must be str, not {}", a.ty().name())))?;
    let cps = s.to_code_points();
    let mut out = Vec::new();
    let mut i = 0;
    let hexval = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    while i < cps.len() {
        if matches!(cps[i], 0x20 | 0x09 | 0x0a | 0x0b | 0x0c | 0x0d) {
            i += 1;
            continue;
        }
        let hi = hexval(cps[i]).ok_or_else(|| vm.value_error(&format!("non-hexadecimal number found in fromhex() arg at position {i}")))?;
        let lo = match cps.get(i + 1) {
            Some(&c) => hexval(c).ok_or_else(|| vm.value_error(&format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)))?,
            None => return Err(vm.value_error(&format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1))),
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = &args[0];
    if cls.is(&vm.types.bytearray) {
        return Ok(new_bytearray(out));
    }
    if cls.is(&vm.types.bytes) {
        return Ok(new_bytes(out));
    }
    vm.call(cls, &[new_bytes(out)])
}

fn b_join(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let sep = me(vm, args)?;
    if args.len() != 2 {
        return Err(vm.type_error(&format!("join() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let mut out = Vec::new();
    let seq = &args[1];
    let items = if (seq.as_list().is_some() || seq.as_tuple().is_some()) && !crate::protocol::object::is_heap(seq) {
        vm.collect_iter(seq)?
    } else {
        let it = vm.get_iter(seq).map_err(|e| {
            if e.0.isinstance(&vm.types.exc.type_error) { vm.type_error("can only join an iterable") } else { e }
        })?;
        vm.collect_iter(&it)?
    };
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(it.as_bytes_vec().ok_or_else(|| {
            vm.type_error(&format!("sequence item {i}: expected a bytes-like object, {} found", it.ty().name()))
        })?);
    }
    Ok(same_kind(&args[0], out))
}

fn find_sub(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    if n.is_empty() {
        return if from <= h.len() { Some(from) } else { None };
    }
    if from >= h.len() || n.len() > h.len() - from {
        return None;
    }
    h[from..].windows(n.len()).position(|w| w == n).map(|p| p + from)
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

fn b_split_impl(vm: &Vm, args: &[Value], kwnames: Option<&Value>, right: bool) -> PyResult<Value> {
    let d = me(vm, args)?;
    let a = args_kw(vm, args, kwnames, &["sep", "maxsplit"], if right { "rsplit" } else { "split" })?;
    let max = match &a[1] {
        Some(m) => crate::types::strmethods::ssize_arg(vm, m)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match a[0].as_ref().filter(|s| !vm.is_none(s)) {
        None => {
            if !right {
                let mut i = 0;
                loop {
                    while i < d.len() && is_space(d[i]) {
                        i += 1;
                    }
                    if i >= d.len() {
                        break;
                    }
                    if parts.len() == max {
                        parts.push(d[i..].to_vec());
                        break;
                    }
                    let st = i;
                    while i < d.len() && !is_space(d[i]) {
                        i += 1;
                    }
                    parts.push(d[st..i].to_vec());
                }
            } else {
                let mut i = d.len();
                loop {
                    while i > 0 && is_space(d[i - 1]) {
                        i -= 1;
                    }
                    if i == 0 {
                        break;
                    }
                    if parts.len() == max {
                        parts.push(d[..i].to_vec());
                        break;
                    }
                    let en = i;
                    while i > 0 && !is_space(d[i - 1]) {
                        i -= 1;
                    }
                    parts.push(d[i..en].to_vec());
                }
                parts.reverse();
            }
        }
        Some(sep) => {
            let s = data(vm, sep)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if !right {
                let mut start = 0;
                while parts.len() < max {
                    match find_sub(&d, &s, start) {
                        Some(p) => {
                            parts.push(d[start..p].to_vec());
                            start = p + s.len();
                        }
                        None => break,
                    }
                }
                parts.push(d[start..].to_vec());
            } else {
                let mut end = d.len();
                while parts.len() < max {
                    match rfind_sub(&d[..end], &s) {
                        Some(p) => {
                            parts.push(d[p + s.len()..end].to_vec());
                            end = p;
                        }
                        None => break,
                    }
                }
                parts.push(d[..end].to_vec());
                parts.reverse();
            }
        }
    }
    Ok(crate::types::list::new_list(parts.into_iter().map(|p| same_kind(&args[0], p)).collect()))
}
fn b_split(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    b_split_impl(vm, args, kw, false)
}
fn b_rsplit(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    b_split_impl(vm, args, kw, true)
}

fn map_bytes(vm: &Vm, args: &[Value], f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let d = me(vm, args)?;
    Ok(same_kind(&args[0], f(&d)))
}
fn b_upper(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    map_bytes(vm, args, |d| d.to_ascii_uppercase())
}
fn b_lower(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    map_bytes(vm, args, |d| d.to_ascii_lowercase())
}
fn b_swapcase(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    map_bytes(vm, args, |d| {
        d.iter().map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
    })
}
fn b_capitalize(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    map_bytes(vm, args, |d| d.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
fn b_title(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    map_bytes(vm, args, |d| {
        let mut prev = false;
        d.iter()
            .map(|&c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn b_strip_impl(vm: &Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let d = me(vm, args)?;
    if args.len() > 2 {
        return Err(vm.type_error(&format!("expected at most 1 argument, got {}", args.len() - 1)));
    }
    let chars: Option<Vec<u8>> = match args.get(1) {
        Some(c) if !vm.is_none(c) => Some(data(vm, c)?),
        _ => None,
    };
    let is = |c: &u8| match &chars {
        Some(cs) => cs.contains(c),
        None => is_space(*c),
    };
    let mut start = 0;
    let mut end = d.len();
    if left {
        while start < end && is(&d[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && is(&d[end - 1]) {
            end -= 1;
        }
    }
    if start == 0 && end == d.len() && args[0].is_exact(&vm.types.bytes) {
        return Ok(args[0].clone());
    }
    Ok(same_kind(&args[0], d[start..end].to_vec()))
}
fn b_strip(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_strip_impl(vm, args, true, true)
}
fn b_lstrip(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_strip_impl(vm, args, true, false)
}
fn b_rstrip(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_strip_impl(vm, args, false, true)
}

/// Resolves optional start/end (as slice indices; start may exceed len).
fn range_args(vm: &Vm, args: &[Value], from: usize, len: usize) -> PyResult<(usize, usize)> {
    let len = len as isize;
    let get = |i: usize, default: isize| -> PyResult<isize> {
        match args.get(i) {
            Some(v) if !vm.is_none(v) => {
                if as_int(v).is_none() && v.ty().lookup(&vm.names.__index__).is_none() {
                    return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
                }
                let x = crate::types::strmethods::slice_index_arg(vm, v)?;
                Ok(if x < 0 { (x + len).max(0) } else { x })
            }
            _ => Ok(default),
        }
    };
    let start = get(from, 0)?;
    let end = get(from + 1, len)?.min(len);
    Ok((start as usize, end.max(0) as usize))
}

fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.as_bytes_vec() {
        return Ok(b);
    }
    if as_int(v).is_some() || (v.as_str_data().is_none() && v.ty().lookup(&vm.names.__index__).is_some()) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.type_error(&format!("argument should be integer or bytes-like object, not '{}'", v.ty().name())))
}

fn b_find_impl(vm: &Vm, args: &[Value], right: bool, func: &str) -> PyResult<Option<usize>> {
    let d = me(vm, args)?;
    if args.len() < 2 {
        return Err(vm.type_error(&format!("{func}() takes at least 1 argument (0 given)")));
    }
    if args.len() > 4 {
        return Err(vm.type_error(&format!("{func}() takes at most 3 arguments ({} given)", args.len() - 1)));
    }
    let n = needle(vm, &args[1])?;
    let (start, end) = range_args(vm, args, 2, d.len())?;
    if start > end || start > d.len() {
        return Ok(None);
    }
    let hay = &d[start..end];
    let r = if right { rfind_sub(hay, &n) } else { find_sub(hay, &n, 0) };
    Ok(r.map(|p| p + start))
}
fn b_find(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int(b_find_impl(vm, args, false, "find")?.map(|p| p as i64).unwrap_or(-1)))
}
fn b_rfind(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int(b_find_impl(vm, args, true, "rfind")?.map(|p| p as i64).unwrap_or(-1)))
}
fn b_index(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_find_impl(vm, args, false, "index")?.map(|p| new_int(p as i64)).ok_or_else(|| vm.value_error("subsection not found"))
}
fn b_rindex(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_find_impl(vm, args, true, "rindex")?.map(|p| new_int(p as i64)).ok_or_else(|| vm.value_error("subsection not found"))
}
fn b_count(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    if args.len() < 2 {
        return Err(vm.type_error("count() takes at least 1 argument (0 given)"));
    }
    let n = needle(vm, &args[1])?;
    let (start, end) = range_args(vm, args, 2, d.len())?;
    if start > end || start > d.len() {
        return Ok(new_int(0));
    }
    let hay = &d[start..end];
    if n.is_empty() {
        return Ok(new_int(hay.len() as i64 + 1));
    }
    let mut c = 0;
    let mut i = 0;
    while let Some(p) = find_sub(hay, &n, i) {
        c += 1;
        i = p + n.len();
    }
    Ok(new_int(c))
}

fn b_affix(vm: &Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    let d = me(vm, args)?;
    let func = if ends { "endswith" } else { "startswith" };
    let a = args.get(1).ok_or_else(|| vm.type_error(&format!("{func}() takes at least 1 argument (0 given)")))?;
    if args.len() > 4 {
        return Err(vm.type_error(&format!("{func}() takes at most 3 arguments ({} given)", args.len() - 1)));
    }
    let (start, end) = range_args(vm, args, 2, d.len())?;
    let cands: Vec<Value> = match a.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![a.clone()],
    };
    for c in &cands {
        let p = c.as_bytes_vec().ok_or_else(|| {
            if a.as_tuple().is_some() {
                vm.type_error(&format!("a bytes-like object is required, not '{}'", c.ty().name()))
            } else {
                vm.type_error(&format!("{func} first arg must be bytes or a tuple of bytes, not {}", c.ty().name()))
            }
        })?;
        if start > d.len() || start > end {
            continue;
        }
        let hay = &d[start..end];
        if if ends { hay.ends_with(&p) } else { hay.starts_with(&p) } {
            return Ok(vm.bool_value(true));
        }
    }
    Ok(vm.bool_value(false))
}
fn b_startswith(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_affix(vm, args, false)
}
fn b_endswith(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_affix(vm, args, true)
}

fn b_replace(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    let (pos, _) = split_kwargs(args, kwnames);
    if pos.len() < 3 {
        return Err(vm.type_error(&format!("replace expected at least 2 arguments, got {}", pos.len().saturating_sub(1))));
    }
    if pos.len() > 4 {
        return Err(vm.type_error(&format!("replace expected at most 3 arguments, got {}", pos.len() - 1)));
    }
    let (old, new) = (data(vm, &pos[1])?, data(vm, &pos[2])?);
    let count = match pos.get(3) {
        Some(c) => crate::types::strmethods::ssize_arg(vm, c)?,
        None => -1,
    };
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        for (i, &c) in d.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(c);
            let _ = i;
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(&args[0], out));
    }
    let mut i = 0;
    while i < d.len() {
        if left > 0 && d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            left -= 1;
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    Ok(same_kind(&args[0], out))
}

fn b_partition_impl(vm: &Vm, args: &[Value], right: bool) -> PyResult<Value> {
    let d = me(vm, args)?;
    let sepv = args.get(1).ok_or_else(|| vm.type_error("partition() takes exactly one argument (0 given)"))?;
    let sep = data(vm, sepv)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { rfind_sub(&d, &sep) } else { find_sub(&d, &sep, 0) };
    let k = |b: Vec<u8>| same_kind(&args[0], b);
    Ok(crate::types::tuple::new_tuple(match found {
        Some(p) => vec![k(d[..p].to_vec()), k(sep.clone()), k(d[p + sep.len()..].to_vec())],
        None if right => vec![k(Vec::new()), k(Vec::new()), k(d)],
        None => vec![k(d), k(Vec::new()), k(Vec::new())],
    }))
}
fn b_partition(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_partition_impl(vm, args, false)
}
fn b_rpartition(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_partition_impl(vm, args, true)
}

fn b_pad(vm: &Vm, args: &[Value], how: u8, func: &str) -> PyResult<Value> {
    let d = me(vm, args)?;
    if args.len() < 2 {
        return Err(vm.type_error(&format!("{func} expected at least 1 argument, got 0")));
    }
    if args.len() > 3 {
        return Err(vm.type_error(&format!("{func} expected at most 2 arguments, got {}", args.len() - 1)));
    }
    let width = crate::types::strmethods::ssize_arg(vm, &args[1])?;
    if width > (1 << 31) {
        return Err(vm.memory_error());
    }
    let fill = match args.get(2) {
        Some(f) => match f.as_bytes_vec() {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(&format!(
                    "{func}() argument 2 must be a byte string of length 1, not {}",
                    f.ty().name()
                )))
            }
        },
        None => b' ',
    };
    let len = d.len() as isize;
    if width <= len {
        return Ok(if args[0].is_exact(&vm.types.bytes) { args[0].clone() } else { same_kind(&args[0], d) });
    }
    let total = (width - len) as usize;
    let (l, r) = match how {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(same_kind(&args[0], out))
}
fn b_ljust(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_pad(vm, args, 0, "ljust")
}
fn b_rjust(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_pad(vm, args, 1, "rjust")
}
fn b_center(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    b_pad(vm, args, 2, "center")
}
fn b_zfill(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    let w = args.get(1).ok_or_else(|| vm.type_error("zfill() takes exactly one argument (0 given)"))?;
    let width = crate::types::strmethods::ssize_arg(vm, w)?;
    if width > (1 << 31) {
        return Err(vm.memory_error());
    }
    let len = d.len() as isize;
    if width <= len {
        return Ok(if args[0].is_exact(&vm.types.bytes) { args[0].clone() } else { same_kind(&args[0], d) });
    }
    let zeros = (width - len) as usize;
    let mut out = Vec::with_capacity(width as usize);
    let rest = if matches!(d.first(), Some(b'+' | b'-')) {
        out.push(d[0]);
        &d[1..]
    } else {
        &d[..]
    };
    out.extend(std::iter::repeat_n(b'0', zeros));
    out.extend_from_slice(rest);
    Ok(same_kind(&args[0], out))
}
fn b_expandtabs(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    let a = args_kw(vm, args, kwnames, &["tabsize"], "expandtabs")?;
    let ts = match &a[0] {
        Some(t) => crate::types::strmethods::ssize_arg(vm, t)?,
        None => 8,
    };
    if ts > i32::MAX as isize {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut out = Vec::new();
    let mut col = 0isize;
    for &c in &d {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - (col % ts);
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(same_kind(&args[0], out))
}
fn b_splitlines(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    let a = args_kw(vm, args, kwnames, &["keepends"], "splitlines")?;
    let keep = match &a[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        if d[i] == b'\n' || d[i] == b'\r' {
            let mut eol = i + 1;
            if d[i] == b'\r' && i + 1 < d.len() && d[i + 1] == b'\n' {
                eol = i + 2;
            }
            out.push(same_kind(&args[0], d[start..if keep { eol } else { i }].to_vec()));
            start = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(same_kind(&args[0], d[start..].to_vec()));
    }
    Ok(crate::types::list::new_list(out))
}

macro_rules! bpred {
    ($name:ident, $body:expr) => {
        fn $name(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
            let d = me(vm, args)?;
            let f: fn(&[u8]) -> bool = $body;
            Ok(vm.bool_value(f(&d)))
        }
    };
}
bpred!(b_isalnum, |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_alphanumeric()));
bpred!(b_isalpha, |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_alphabetic()));
bpred!(b_isdigit, |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_digit()));
bpred!(b_isascii, |d| d.is_ascii());
bpred!(b_isspace, |d| !d.is_empty() && d.iter().all(|&c| is_space(c)));
bpred!(b_islower, |d| d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase()));
bpred!(b_isupper, |d| d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase()));
bpred!(b_istitle, |d| {
    let mut prev = false;
    let mut any = false;
    for &c in d {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            any = true;
        } else {
            prev = false;
        }
    }
    any
});

fn b_removeprefix(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    let p = data(vm, args.get(1).ok_or_else(|| vm.type_error("removeprefix() takes exactly one argument (0 given)"))?)?;
    match d.strip_prefix(p.as_slice()) {
        Some(r) if !p.is_empty() => Ok(same_kind(&args[0], r.to_vec())),
        _ => Ok(if args[0].is_exact(&vm.types.bytes) { args[0].clone() } else { same_kind(&args[0], d) }),
    }
}
fn b_removesuffix(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    let p = data(vm, args.get(1).ok_or_else(|| vm.type_error("removesuffix() takes exactly one argument (0 given)"))?)?;
    match d.strip_suffix(p.as_slice()) {
        Some(r) if !p.is_empty() => Ok(same_kind(&args[0], r.to_vec())),
        _ => Ok(if args[0].is_exact(&vm.types.bytes) { args[0].clone() } else { same_kind(&args[0], d) }),
    }
}

fn b_maketrans(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    // Static method: args are (from, to); tolerate a leading class argument.
    let a: &[Value] = if args.len() == 3 { &args[1..] } else { args };
    if a.len() != 2 {
        return Err(vm.type_error(&format!("maketrans expected 2 arguments, got {}", a.len())));
    }
    let (f, t) = (data(vm, &a[0])?, data(vm, &a[1])?);
    if f.len() != t.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (x, y) in f.iter().zip(t.iter()) {
        table[*x as usize] = *y;
    }
    Ok(new_bytes(table))
}

fn b_translate(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    let a = args_kw(vm, args, kwnames, &["table", "delete"], "translate")?;
    let table = match &a[0] {
        None => return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)")),
        Some(t) if vm.is_none(t) => None,
        Some(t) => {
            let tb = data(vm, t)?;
            if tb.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(tb)
        }
    };
    let delete = match &a[1] {
        Some(x) => data(vm, x)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map(|t| t[c as usize]).unwrap_or(c))
        .collect();
    Ok(same_kind(&args[0], out))
}

fn b_getnewargs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::types::tuple::new_tuple(vec![new_bytes(me(vm, args)?)]))
}

fn b_bytes(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args[0].is_exact(&vm.types.bytes) {
        return Ok(args[0].clone());
    }
    Ok(new_bytes(me(vm, args)?))
}

fn b_mod(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = me(vm, args)?;
    let a = args.get(1).ok_or_else(|| vm.type_error("expected 1 argument, got 0"))?;
    let r = crate::types::format::bytes_percent_format(vm, &d, a)?;
    Ok(same_kind(&args[0], r))
}

fn b_rmod(vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

// bytearray-only methods.

fn ba_append(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba(vm, &args[0])?;
    let x = args.get(1).ok_or_else(|| vm.type_error("bytearray.append() takes exactly one argument (0 given)"))?;
    let n = byte_value(vm, x)?;
    ba_with(vm, &args[0], |d| d.push(n))?;
    Ok(vm.none())
}
fn ba_extend(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba(vm, &args[0])?;
    let x = args.get(1).ok_or_else(|| vm.type_error("bytearray.extend() takes exactly one argument (0 given)"))?;
    if x.as_str_data().is_some() {
        return Err(vm.type_error("'str' object cannot be interpreted as an integer"));
    }
    if as_int(x).is_some() {
        return Err(vm.type_error(&format!("can't extend bytearray with {}", x.ty().name())));
    }
    let b = bytes_from_arg(vm, Some(x), None, None, "byte")?;
    ba_with(vm, &args[0], |d| d.extend(b))?;
    Ok(vm.none())
}
fn ba_pop(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba(vm, &args[0])?;
    let idx = match args.get(1) {
        Some(i) => crate::types::strmethods::ssize_arg(vm, i)?,
        None => -1,
    };
    let r = ba_with(vm, &args[0], |d| {
        if d.is_empty() {
            return Err("pop from empty bytearray");
        }
        let i = if idx < 0 { idx + d.len() as isize } else { idx };
        if i < 0 || i as usize >= d.len() {
            return Err("pop index out of range");
        }
        Ok(d.remove(i as usize))
    })?;
    r.map(|b| new_int(b as i64)).map_err(|m| vm.index_error(m))
}
fn ba_insert(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba(vm, &args[0])?;
    if args.len() != 3 {
        return Err(vm.type_error(&format!("insert expected 2 arguments, got {}", args.len() - 1)));
    }
    let idx = crate::types::strmethods::ssize_arg(vm, &args[1])?;
    let b = byte_value(vm, &args[2])?;
    ba_with(vm, &args[0], |d| {
        let len = d.len() as isize;
        let i = if idx < 0 { (idx + len).max(0) } else { idx.min(len) };
        d.insert(i as usize, b);
    })?;
    Ok(vm.none())
}
fn ba_remove(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba(vm, &args[0])?;
    let x = args.get(1).ok_or_else(|| vm.type_error("bytearray.remove() takes exactly one argument (0 given)"))?;
    let b = byte_value(vm, x)?;
    let ok = ba_with(vm, &args[0], |d| match d.iter().position(|&c| c == b) {
        Some(p) => {
            d.remove(p);
            true
        }
        None => false,
    })?;
    if ok { Ok(vm.none()) } else { Err(vm.value_error("value not found in bytearray")) }
}
fn ba_reverse(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba_with(vm, &args[0], |d| d.reverse())?;
    Ok(vm.none())
}
fn ba_clear(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba_with(vm, &args[0], |d| d.clear())?;
    Ok(vm.none())
}
fn ba_copy(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba(vm, &args[0])?;
    Ok(new_bytearray(me(vm, args)?))
}

fn ba_iadd(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba(vm, &args[0])?;
    let x = args.get(1).ok_or_else(|| vm.type_error("expected 1 argument"))?;
    let b = x.as_bytes_vec().ok_or_else(|| vm.type_error(&format!("can't concat {} to {}", x.ty().name(), args[0].ty().name())))?;
    ba_with(vm, &args[0], |d| d.extend(b))?;
    Ok(args[0].clone())
}
fn ba_imul(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba(vm, &args[0])?;
    let x = args.get(1).ok_or_else(|| vm.type_error("expected 1 argument"))?;
    let n = crate::types::strmethods::ssize_arg(vm, x)?.max(0) as usize;
    let len = me(vm, args)?.len();
    if len.checked_mul(n).is_none_or(|t| t > (1 << 32)) {
        return Err(vm.memory_error());
    }
    ba_with(vm, &args[0], |d| *d = d.repeat(n))?;
    Ok(args[0].clone())
}
fn ba_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    ba(vm, &args[0])?;
    Ok(new_str(&format!("{}({})", args[0].ty().name(), repr_with(&me(vm, args)?, true))))
}
fn ba_alloc(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let n = me(vm, args)?.len();
    Ok(new_int(if n == 0 { 0 } else { n as i64 + 1 }))
}

/// `ba[slice] = value` / `del ba[slice]` (for the subscript protocol).
pub fn bytearray_set_slice(vm: &Vm, target: &Value, s: &crate::types::range::SliceData, value: Option<Value>) -> PyResult<()> {
    ba(vm, target)?;
    let len = me(vm, std::slice::from_ref(target))?.len();
    let (start, stop, step, n) = s.indices(vm, len)?;
    let items: Option<Vec<u8>> = match value {
        None => None,
        Some(v) => {
            if v.as_str_data().is_some() {
                return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            if as_int(&v).is_some() {
                return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            Some(bytes_from_arg(vm, Some(&v), None, None, "byte")?)
        }
    };
    if step == 1 {
        let a = (start.max(0) as usize).min(len);
        let b = if stop > start { (stop as usize).min(len) } else { a };
        ba_with(vm, target, |d| {
            d.splice(a..b, items.unwrap_or_default());
        })?;
        return Ok(());
    }
    let idx: Vec<usize> = (0..n).map(|k| (start + k as isize * step) as usize).collect();
    match items {
        None => {
            let mut sorted = idx;
            sorted.sort_unstable();
            ba_with(vm, target, |d| {
                for i in sorted.into_iter().rev() {
                    if i < d.len() {
                        d.remove(i);
                    }
                }
            })?;
        }
        Some(items) => {
            if items.len() != n {
                return Err(vm.value_error(&format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    items.len(),
                    n
                )));
            }
            ba_with(vm, target, |d| {
                for (k, i) in idx.into_iter().enumerate() {
                    if i < d.len() {
                        d[i] = items[k];
                    }
                }
            })?;
        }
    }
    Ok(())
}

crate::checked_methods! {
    bc_upper => b_upper, ArgSpec::NoArgs("bytes.upper");
    bc_lower => b_lower, ArgSpec::NoArgs("bytes.lower");
    bc_swapcase => b_swapcase, ArgSpec::NoArgs("bytes.swapcase");
    bc_capitalize => b_capitalize, ArgSpec::NoArgs("bytes.capitalize");
    bc_title => b_title, ArgSpec::NoArgs("bytes.title");
    bc_isalnum => b_isalnum, ArgSpec::NoArgs("bytes.isalnum");
    bc_isalpha => b_isalpha, ArgSpec::NoArgs("bytes.isalpha");
    bc_isdigit => b_isdigit, ArgSpec::NoArgs("bytes.isdigit");
    bc_isascii => b_isascii, ArgSpec::NoArgs("bytes.isascii");
    bc_isspace => b_isspace, ArgSpec::NoArgs("bytes.isspace");
    bc_islower => b_islower, ArgSpec::NoArgs("bytes.islower");
    bc_isupper => b_isupper, ArgSpec::NoArgs("bytes.isupper");
    bc_istitle => b_istitle, ArgSpec::NoArgs("bytes.istitle");
    bc_partition => b_partition, ArgSpec::One("bytes.partition");
    bc_rpartition => b_rpartition, ArgSpec::One("bytes.rpartition");
    bc_zfill => b_zfill, ArgSpec::One("bytes.zfill");
    bc_removeprefix => b_removeprefix, ArgSpec::One("bytes.removeprefix");
    bc_removesuffix => b_removesuffix, ArgSpec::One("bytes.removesuffix");
    bc_join => b_join, ArgSpec::One("bytes.join");
    bc_find => b_find, ArgSpec::Varargs("find", 1, 3);
    bc_rfind => b_rfind, ArgSpec::Varargs("rfind", 1, 3);
    bc_index => b_index, ArgSpec::Varargs("index", 1, 3);
    bc_rindex => b_rindex, ArgSpec::Varargs("rindex", 1, 3);
    bc_count => b_count, ArgSpec::Varargs("count", 1, 3);
    bc_startswith => b_startswith, ArgSpec::Varargs("startswith", 1, 3);
    bc_endswith => b_endswith, ArgSpec::Varargs("endswith", 1, 3);
    bc_strip => b_strip, ArgSpec::Positional("bytes.strip", "strip", 0, 1);
    bc_lstrip => b_lstrip, ArgSpec::Positional("bytes.lstrip", "lstrip", 0, 1);
    bc_rstrip => b_rstrip, ArgSpec::Positional("bytes.rstrip", "rstrip", 0, 1);
    bc_ljust => b_ljust, ArgSpec::Positional("bytes.ljust", "ljust", 1, 2);
    bc_rjust => b_rjust, ArgSpec::Positional("bytes.rjust", "rjust", 1, 2);
    bc_center => b_center, ArgSpec::Positional("bytes.center", "center", 1, 2);
    bc_replace => b_replace, ArgSpec::Positional("bytes.replace", "replace", 2, 3);
    bac_upper => b_upper, ArgSpec::NoArgs("bytearray.upper");
    bac_lower => b_lower, ArgSpec::NoArgs("bytearray.lower");
    bac_swapcase => b_swapcase, ArgSpec::NoArgs("bytearray.swapcase");
    bac_capitalize => b_capitalize, ArgSpec::NoArgs("bytearray.capitalize");
    bac_title => b_title, ArgSpec::NoArgs("bytearray.title");
    bac_isalnum => b_isalnum, ArgSpec::NoArgs("bytearray.isalnum");
    bac_isalpha => b_isalpha, ArgSpec::NoArgs("bytearray.isalpha");
    bac_isdigit => b_isdigit, ArgSpec::NoArgs("bytearray.isdigit");
    bac_isascii => b_isascii, ArgSpec::NoArgs("bytearray.isascii");
    bac_isspace => b_isspace, ArgSpec::NoArgs("bytearray.isspace");
    bac_islower => b_islower, ArgSpec::NoArgs("bytearray.islower");
    bac_isupper => b_isupper, ArgSpec::NoArgs("bytearray.isupper");
    bac_istitle => b_istitle, ArgSpec::NoArgs("bytearray.istitle");
    bac_partition => b_partition, ArgSpec::One("bytearray.partition");
    bac_rpartition => b_rpartition, ArgSpec::One("bytearray.rpartition");
    bac_zfill => b_zfill, ArgSpec::One("bytearray.zfill");
    bac_removeprefix => b_removeprefix, ArgSpec::One("bytearray.removeprefix");
    bac_removesuffix => b_removesuffix, ArgSpec::One("bytearray.removesuffix");
    bac_join => b_join, ArgSpec::One("bytearray.join");
    bac_strip => b_strip, ArgSpec::Positional("bytearray.strip", "strip", 0, 1);
    bac_lstrip => b_lstrip, ArgSpec::Positional("bytearray.lstrip", "lstrip", 0, 1);
    bac_rstrip => b_rstrip, ArgSpec::Positional("bytearray.rstrip", "rstrip", 0, 1);
    bac_ljust => b_ljust, ArgSpec::Positional("bytearray.ljust", "ljust", 1, 2);
    bac_rjust => b_rjust, ArgSpec::Positional("bytearray.rjust", "rjust", 1, 2);
    bac_center => b_center, ArgSpec::Positional("bytearray.center", "center", 1, 2);
    bac_replace => b_replace, ArgSpec::Positional("bytearray.replace", "replace", 2, 3);
    bac_reverse => ba_reverse, ArgSpec::NoArgs("bytearray.reverse");
    bac_clear => ba_clear, ArgSpec::NoArgs("bytearray.clear");
    bac_copy => ba_copy, ArgSpec::NoArgs("bytearray.copy");
    bac_append => ba_append, ArgSpec::One("bytearray.append");
    bac_extend => ba_extend, ArgSpec::One("bytearray.extend");
    bac_remove => ba_remove, ArgSpec::One("bytearray.remove");
    bac_insert => ba_insert, ArgSpec::Positional("bytearray.insert", "insert", 2, 2);
    bac_pop => ba_pop, ArgSpec::Positional("bytearray.pop", "pop", 0, 1);
}

/// Methods of `bytes` with their argument checks.
const B_CHECKED: &[(&str, crate::types::function::NativeFn)] = &[
    ("upper", bc_upper),
    ("lower", bc_lower),
    ("swapcase", bc_swapcase),
    ("capitalize", bc_capitalize),
    ("title", bc_title),
    ("isalnum", bc_isalnum),
    ("isalpha", bc_isalpha),
    ("isdigit", bc_isdigit),
    ("isascii", bc_isascii),
    ("isspace", bc_isspace),
    ("islower", bc_islower),
    ("isupper", bc_isupper),
    ("istitle", bc_istitle),
    ("partition", bc_partition),
    ("rpartition", bc_rpartition),
    ("zfill", bc_zfill),
    ("removeprefix", bc_removeprefix),
    ("removesuffix", bc_removesuffix),
    ("join", bc_join),
    ("find", bc_find),
    ("rfind", bc_rfind),
    ("index", bc_index),
    ("rindex", bc_rindex),
    ("count", bc_count),
    ("startswith", bc_startswith),
    ("endswith", bc_endswith),
    ("strip", bc_strip),
    ("lstrip", bc_lstrip),
    ("rstrip", bc_rstrip),
    ("ljust", bc_ljust),
    ("rjust", bc_rjust),
    ("center", bc_center),
    ("replace", bc_replace),
];

/// Methods of `bytearray` with their argument checks.
const BA_CHECKED: &[(&str, crate::types::function::NativeFn)] = &[
    ("upper", bac_upper),
    ("lower", bac_lower),
    ("swapcase", bac_swapcase),
    ("capitalize", bac_capitalize),
    ("title", bac_title),
    ("isalnum", bac_isalnum),
    ("isalpha", bac_isalpha),
    ("isdigit", bac_isdigit),
    ("isascii", bac_isascii),
    ("isspace", bac_isspace),
    ("islower", bac_islower),
    ("isupper", bac_isupper),
    ("istitle", bac_istitle),
    ("partition", bac_partition),
    ("rpartition", bac_rpartition),
    ("zfill", bac_zfill),
    ("removeprefix", bac_removeprefix),
    ("removesuffix", bac_removesuffix),
    ("join", bac_join),
    ("find", bc_find),
    ("rfind", bc_rfind),
    ("index", bc_index),
    ("rindex", bc_rindex),
    ("count", bc_count),
    ("startswith", bc_startswith),
    ("endswith", bc_endswith),
    ("strip", bac_strip),
    ("lstrip", bac_lstrip),
    ("rstrip", bac_rstrip),
    ("ljust", bac_ljust),
    ("rjust", bac_rjust),
    ("center", bac_center),
    ("replace", bac_replace),
    ("reverse", bac_reverse),
    ("clear", bac_clear),
    ("copy", bac_copy),
    ("append", bac_append),
    ("extend", bac_extend),
    ("remove", bac_remove),
    ("insert", bac_insert),
    ("pop", bac_pop),
];

pub fn init(vm: &Vm) {
    for (t, is_ba) in [(&vm.types.bytes, false), (&vm.types.bytearray, true)] {
        let m: &[(&'static str, crate::types::function::NativeFn)] = &[
            ("decode", b_decode),
            ("hex", b_hex),
            ("join", b_join),
            ("split", b_split),
            ("rsplit", b_rsplit),
            ("upper", b_upper),
            ("lower", b_lower),
            ("swapcase", b_swapcase),
            ("capitalize", b_capitalize),
            ("title", b_title),
            ("strip", b_strip),
            ("lstrip", b_lstrip),
            ("rstrip", b_rstrip),
            ("startswith", b_startswith),
            ("endswith", b_endswith),
            ("find", b_find),
            ("rfind", b_rfind),
            ("index", b_index),
            ("rindex", b_rindex),
            ("count", b_count),
            ("replace", b_replace),
            ("partition", b_partition),
            ("rpartition", b_rpartition),
            ("ljust", b_ljust),
            ("rjust", b_rjust),
            ("center", b_center),
            ("zfill", b_zfill),
            ("expandtabs", b_expandtabs),
            ("splitlines", b_splitlines),
            ("isalnum", b_isalnum),
            ("isalpha", b_isalpha),
            ("isdigit", b_isdigit),
            ("isascii", b_isascii),
            ("isspace", b_isspace),
            ("islower", b_islower),
            ("isupper", b_isupper),
            ("istitle", b_istitle),
            ("removeprefix", b_removeprefix),
            ("removesuffix", b_removesuffix),
            ("translate", b_translate),
            ("__mod__", b_mod),
            ("__rmod__", b_rmod),
        ];
        for (name, f) in m {
            add_method(vm, t, name, *f, MethodKind::Instance);
        }
        add_method(vm, t, "fromhex", b_fromhex, MethodKind::Class);
        add_method(vm, t, "maketrans", b_maketrans, MethodKind::Static);
        add_method(vm, t, "__buffer__", b_buffer, MethodKind::Instance);
        if is_ba {
            add_method(vm, t, "__release_buffer__", ba_release_buffer, MethodKind::Instance);
        }
        crate::types::seqmethods::add_sequence_dunders(vm, t);
        if is_ba {
            add_method(vm, t, "__new__", bytearray_new, MethodKind::Static);
            add_method(vm, t, "__init__", bytearray_init, MethodKind::Instance);
            let bm: &[(&'static str, crate::types::function::NativeFn)] = &[
                ("append", ba_append),
                ("extend", ba_extend),
                ("pop", ba_pop),
                ("insert", ba_insert),
                ("remove", ba_remove),
                ("reverse", ba_reverse),
                ("clear", ba_clear),
                ("copy", ba_copy),
                ("__iadd__", ba_iadd),
                ("__imul__", ba_imul),
                ("__alloc__", ba_alloc),
                ("__repr__", ba_repr),
            ];
            for (name, f) in bm {
                add_method(vm, t, name, *f, MethodKind::Instance);
            }
            crate::types::seqmethods::add_mutable_dunders(vm, t);
            t.as_type().expect("type").dict().set_str(vm.names.__hash__.clone(), vm.none());
        } else {
            add_method(vm, t, "__new__", bytes_new, MethodKind::Static);
            add_method(vm, t, "__getnewargs__", b_getnewargs, MethodKind::Instance);
            add_method(vm, t, "__bytes__", b_bytes, MethodKind::Instance);
        }
        for (name, f) in if is_ba { BA_CHECKED } else { B_CHECKED } {
            add_method(vm, t, name, *f, MethodKind::Instance);
        }
    }
}
/// `b.__buffer__(flags)`: the buffer protocol's Python face, a memoryview of `b`.
fn b_buffer(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    vm.index(&args[1])?;
    crate::types::memoryview::new_memoryview(vm, &args[0])
}

/// `bytearray.__release_buffer__(view)`: takes the memoryview `__buffer__` gave.
fn ba_release_buffer(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    if args[1].ty().layout != crate::object::Layout::MemoryView {
        return Err(vm.type_error("expected a memoryview object"));
    }
    Ok(vm.none())
}

// ---------------------------------------------------------------------------------------------
// Codecs: the built-in text encodings and their error handlers.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a BOM written on encode and skipped on decode.
    Utf8Sig,
    /// `None`: native order with a BOM (on encode); `Some(true)`: big endian.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    Ascii,
    Latin1,
    Cp1252,
}

const CP1252_HIGH: [u32; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// Looks an encoding name up (as `codecs.lookup` normalises it).
pub fn lookup_codec(vm: &Vm, name: &str) -> PyResult<Codec> {
    let n: String = name.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    let ok_chars = name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ' ' | '.'));
    let c = match n.as_str() {
        _ if !ok_chars => None,
        "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
        "utf8sig" => Some(Codec::Utf8Sig),
        "utf16" | "u16" => Some(Codec::Utf16(None)),
        "utf16le" => Some(Codec::Utf16(Some(false))),
        "utf16be" => Some(Codec::Utf16(Some(true))),
        "utf32" | "u32" => Some(Codec::Utf32(None)),
        "utf32le" => Some(Codec::Utf32(Some(false))),
        "utf32be" => Some(Codec::Utf32(Some(true))),
        "ascii" | "usascii" | "646" | "ansix3.41968" | "iso646us" => Some(Codec::Ascii),
        "latin1" | "latin" | "l1" | "iso88591" | "8859" | "cp819" | "iso885911987" => Some(Codec::Latin1),
        "cp1252" | "windows1252" => Some(Codec::Cp1252),
        _ => None,
    };
    c.ok_or_else(|| vm.new_error(&vm.types.exc.lookup_error, &format!("unknown encoding: {name}")))
}

fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 | Codec::Utf8Sig => "utf-8",
        Codec::Utf16(None) => "utf-16",
        Codec::Utf16(Some(false)) => "utf-16-le",
        Codec::Utf16(Some(true)) => "utf-16-be",
        Codec::Utf32(None) => "utf-32",
        Codec::Utf32(Some(false)) => "utf-32-le",
        Codec::Utf32(Some(true)) => "utf-32-be",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Cp1252 => "charmap",
    }
}

/// A UnicodeEncodeError/UnicodeDecodeError with CPython's arguments `(encoding, object,
/// start, end, reason)`; its `str()` is computed from them (`_msg` is that text).
fn unicode_error(vm: &Vm, ty: &Value, _msg: &str, enc: &str, obj: Value, start: usize, end: usize, reason: &str) -> crate::vm::PyErr {
    let args = vec![new_str(enc), obj, new_int(start as i64), new_int(end as i64), new_str(reason)];
    crate::vm::PyErr(vm.new_exception(ty, args))
}

fn char_escape(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

fn encode_one(codec: Codec, c: u32, out: &mut Vec<u8>) -> bool {
    let surrogate = (0xD800..0xE000).contains(&c);
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            if surrogate {
                return false;
            }
            match char::from_u32(c) {
                Some(ch) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    true
                }
                None => false,
            }
        }
        Codec::Utf16(be) => {
            if surrogate {
                return false;
            }
            let be = be == Some(true);
            let mut push = |u: u16| out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            if c >= 0x10000 {
                let v = c - 0x10000;
                push(0xD800 | (v >> 10) as u16);
                push(0xDC00 | (v & 0x3FF) as u16);
            } else {
                push(c as u16);
            }
            true
        }
        Codec::Utf32(be) => {
            if surrogate {
                return false;
            }
            out.extend_from_slice(&if be == Some(true) { c.to_be_bytes() } else { c.to_le_bytes() });
            true
        }
        Codec::Ascii => {
            if c < 128 {
                out.push(c as u8);
                true
            } else {
                false
            }
        }
        Codec::Latin1 => {
            if c < 256 {
                out.push(c as u8);
                true
            } else {
                false
            }
        }
        Codec::Cp1252 => {
            if c < 0x80 || (0xA0..0x100).contains(&c) {
                out.push(c as u8);
                return true;
            }
            match CP1252_HIGH.iter().position(|&x| x == c && x != 0) {
                Some(p) => {
                    out.push(0x80 + p as u8);
                    true
                }
                None => false,
            }
        }
    }
}

fn bad_handler(vm: &Vm, errors: &str) -> crate::vm::PyErr {
    vm.new_error(&vm.types.exc.lookup_error, &format!("unknown error handler name '{errors}'"))
}

/// Encodes code points; `obj` is the str (for the exception).
pub fn encode_cps(vm: &Vm, cps: &[u32], obj: &Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    let mut out = Vec::with_capacity(cps.len());
    match codec {
        Codec::Utf16(None) => out.extend_from_slice(&[0xFF, 0xFE]),
        Codec::Utf32(None) => out.extend_from_slice(&[0xFF, 0xFE, 0, 0]),
        Codec::Utf8Sig => out.extend_from_slice(&[0xEF, 0xBB, 0xBF]),
        _ => {}
    }
    let name = codec_name(codec);
    let reason = match codec {
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
        Codec::Cp1252 => "character maps to <undefined>",
        _ => "surrogates not allowed",
    };
    let mut i = 0;
    while i < cps.len() {
        if encode_one(codec, cps[i], &mut out) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut probe = Vec::new();
        let single = matches!(codec, Codec::Utf16(_) | Codec::Utf32(_));
        while !single && j < cps.len() && !encode_one(codec, cps[j], &mut probe) {
            j += 1;
        }
        let strict = |i: usize, j: usize| -> crate::vm::PyErr {
            let msg = if j - i == 1 {
                format!("'{name}' codec can't encode character '{}' in position {i}: {reason}", char_escape(cps[i]))
            } else {
                format!("'{name}' codec can't encode characters in position {i}-{}: {reason}", j - 1)
            };
            unicode_error(vm, &vm.types.exc.unicode_encode_error, &msg, name, obj.clone(), i, j, reason)
        };
        match errors {
            "strict" => return Err(strict(i, j)),
            "ignore" => {}
            "replace" => {
                for _ in i..j {
                    encode_one(codec, '?' as u32, &mut out);
                }
            }
            "xmlcharrefreplace" => {
                for &c in &cps[i..j] {
                    for ch in format!("&#{c};").chars() {
                        encode_one(codec, ch as u32, &mut out);
                    }
                }
            }
            "backslashreplace" => {
                for &c in &cps[i..j] {
                    for ch in char_escape(c).chars() {
                        encode_one(codec, ch as u32, &mut out);
                    }
                }
            }
            "namereplace" => {
                for &c in &cps[i..j] {
                    let esc = match char::from_u32(c).and_then(unicode_names2::name) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None => char_escape(c),
                    };
                    for ch in esc.chars() {
                        encode_one(codec, ch as u32, &mut out);
                    }
                }
            }
            "surrogateescape" => {
                for k in i..j {
                    let c = cps[k];
                    if (0xDC80..0xDD00).contains(&c) && !matches!(codec, Codec::Utf16(_) | Codec::Utf32(_)) {
                        out.push((c - 0xDC00) as u8);
                    } else {
                        return Err(strict(i, j));
                    }
                }
            }
            "surrogatepass" => {
                for k in i..j {
                    let c = cps[k];
                    if !(0xD800..0xE000).contains(&c) {
                        return Err(strict(i, j));
                    }
                    match codec {
                        Codec::Utf8 | Codec::Utf8Sig => out.extend_from_slice(&[0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]),
                        Codec::Utf16(be) => out.extend_from_slice(&if be == Some(true) { (c as u16).to_be_bytes() } else { (c as u16).to_le_bytes() }),
                        Codec::Utf32(be) => out.extend_from_slice(&if be == Some(true) { c.to_be_bytes() } else { c.to_le_bytes() }),
                        _ => return Err(strict(i, j)),
                    }
                }
            }
            _ => return Err(bad_handler(vm, errors)),
        }
        i = j;
    }
    Ok(out)
}

/// One decoding step's outcome.
enum Step {
    /// Code point and bytes consumed.
    Ok(u32, usize),
    /// Bad bytes `[i, i+n)` and the reason.
    Bad(usize, &'static str),
}

fn utf8_step(b: &[u8], i: usize) -> Step {
    let b0 = b[i];
    if b0 < 0x80 {
        return Step::Ok(b0 as u32, 1);
    }
    let (need, lo, hi, init) = match b0 {
        0xC2..=0xDF => (1, 0x80, 0xBF, (b0 & 0x1F) as u32),
        0xE0 => (2, 0xA0, 0xBF, 0),
        0xE1..=0xEC | 0xEE..=0xEF => (2, 0x80, 0xBF, (b0 & 0x0F) as u32),
        0xED => (2, 0x80, 0x9F, 0x0D),
        0xF0 => (3, 0x90, 0xBF, 0),
        0xF1..=0xF3 => (3, 0x80, 0xBF, (b0 & 0x07) as u32),
        0xF4 => (3, 0x80, 0x8F, 4),
        _ => return Step::Bad(1, "invalid start byte"),
    };
    let mut cp = init;
    for k in 1..=need {
        if i + k >= b.len() {
            return Step::Bad(k, "unexpected end of data");
        }
        let c = b[i + k];
        let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xBF) };
        if c < l || c > h {
            return Step::Bad(k, "invalid continuation byte");
        }
        cp = (cp << 6) | (c & 0x3F) as u32;
    }
    Step::Ok(cp, need + 1)
}

/// Decodes bytes into code points.
pub fn decode_to_cps(vm: &Vm, b: &[u8], encoding: &str, errors: &str, obj: Option<&Value>) -> PyResult<Vec<u32>> {
    let codec = lookup_codec(vm, encoding)?;
    if codec == Codec::Utf8Sig {
        // utf-8 after the BOM; error positions and objects refer to the rest.
        return match b.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            Some(rest) => decode_to_cps(vm, rest, "utf-8", errors, None),
            None => decode_to_cps(vm, b, "utf-8", errors, obj),
        };
    }
    let mut name = codec_name(codec);
    let mut out: Vec<u32> = Vec::with_capacity(b.len());
    let mut i = 0;
    // Byte order for utf-16/32 without an explicit one: a BOM decides, else little endian.
    let mut be = false;
    match codec {
        Codec::Utf16(None) => {
            if b.starts_with(&[0xFF, 0xFE]) {
                i = 2;
            } else if b.starts_with(&[0xFE, 0xFF]) {
                i = 2;
                be = true;
            }
        }
        Codec::Utf32(None) => {
            if b.starts_with(&[0xFF, 0xFE, 0, 0]) {
                i = 4;
            } else if b.starts_with(&[0, 0, 0xFE, 0xFF]) {
                i = 4;
                be = true;
            }
        }
        Codec::Utf16(Some(x)) | Codec::Utf32(Some(x)) => be = x,
        _ => {}
    }
    match codec {
        Codec::Utf16(None) => name = if be { "utf-16-be" } else { "utf-16-le" },
        Codec::Utf32(None) => name = if be { "utf-32-be" } else { "utf-32-le" },
        _ => {}
    }
    while i < b.len() {
        let step = match codec {
            Codec::Utf8 | Codec::Utf8Sig => utf8_step(b, i),
            Codec::Ascii => {
                if b[i] < 128 { Step::Ok(b[i] as u32, 1) } else { Step::Bad(1, "ordinal not in range(128)") }
            }
            Codec::Latin1 => Step::Ok(b[i] as u32, 1),
            Codec::Cp1252 => {
                let c = b[i];
                if (0x80..0xA0).contains(&c) {
                    let m = CP1252_HIGH[(c - 0x80) as usize];
                    if m == 0 { Step::Bad(1, "character maps to <undefined>") } else { Step::Ok(m, 1) }
                } else {
                    Step::Ok(c as u32, 1)
                }
            }
            Codec::Utf16(_) => {
                let unit = |k: usize| -> Option<u32> {
                    let p = b.get(k..k + 2)?;
                    Some(if be { u16::from_be_bytes([p[0], p[1]]) } else { u16::from_le_bytes([p[0], p[1]]) } as u32)
                };
                match unit(i) {
                    None => Step::Bad(b.len() - i, "truncated data"),
                    Some(u) if (0xD800..0xDC00).contains(&u) => match unit(i + 2) {
                        None => Step::Bad(b.len() - i, "unexpected end of data"),
                        Some(l) if (0xDC00..0xE000).contains(&l) => Step::Ok(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00), 4),
                        Some(_) => Step::Bad(2, "illegal UTF-16 surrogate"),
                    },
                    Some(u) if (0xDC00..0xE000).contains(&u) => Step::Bad(2, "illegal encoding"),
                    Some(u) => Step::Ok(u, 2),
                }
            }
            Codec::Utf32(_) => match b.get(i..i + 4) {
                None => Step::Bad(b.len() - i, "truncated data"),
                Some(p) => {
                    let arr = [p[0], p[1], p[2], p[3]];
                    let u = if be { u32::from_be_bytes(arr) } else { u32::from_le_bytes(arr) };
                    if u > 0x10FFFF {
                        Step::Bad(4, "code point not in range(0x110000)")
                    } else if (0xD800..0xE000).contains(&u) {
                        Step::Bad(4, "code point in surrogate code point range(0xd800, 0xe000)")
                    } else {
                        Step::Ok(u, 4)
                    }
                }
            },
        };
        match step {
            Step::Ok(c, n) => {
                out.push(c);
                i += n;
            }
            Step::Bad(n, reason) => {
                let end = (i + n).min(b.len());
                match errors {
                    "strict" => {
                        let msg = if end - i == 1 {
                            format!("'{name}' codec can't decode byte 0x{:02x} in position {i}: {reason}", b[i])
                        } else {
                            format!("'{name}' codec can't decode bytes in position {i}-{}: {reason}", end - 1)
                        };
                        let o = obj.cloned().unwrap_or_else(|| new_bytes(b.to_vec()));
                        return Err(unicode_error(vm, &vm.types.exc.unicode_decode_error, &msg, name, o, i, end, reason));
                    }
                    "ignore" => {}
                    "replace" => out.push(0xFFFD),
                    "backslashreplace" => {
                        for &x in &b[i..end] {
                            out.extend(format!("\\x{x:02x}").chars().map(|c| c as u32));
                        }
                    }
                    "surrogateescape" => {
                        let consumed = b[i..end].iter().take(4).take_while(|&&x| x >= 128).count();
                        if consumed == 0 {
                            let msg = if end - i == 1 {
                                format!("'{name}' codec can't decode byte 0x{:02x} in position {i}: {reason}", b[i])
                            } else {
                                format!("'{name}' codec can't decode bytes in position {i}-{}: {reason}", end - 1)
                            };
                            let o = obj.cloned().unwrap_or_else(|| new_bytes(b.to_vec()));
                            return Err(unicode_error(vm, &vm.types.exc.unicode_decode_error, &msg, name, o, i, end, reason));
                        }
                        for &x in &b[i..i + consumed] {
                            out.push(0xDC00 + x as u32);
                        }
                        i += consumed;
                        continue;
                    }
                    "surrogatepass" if codec == Codec::Utf8 && b[i] == 0xED && i + 2 < b.len() && (0xA0..0xC0).contains(&b[i + 1]) && (0x80..0xC0).contains(&b[i + 2]) => {
                        out.push(0xD000 | (((b[i + 1] & 0x3F) as u32) << 6) | (b[i + 2] & 0x3F) as u32);
                        i += 3;
                        continue;
                    }
                    "surrogatepass" if matches!(codec, Codec::Utf16(_) | Codec::Utf32(_)) && {
                        let w = if matches!(codec, Codec::Utf16(_)) { 2 } else { 4 };
                        surrogate_unit(b, i, w, be).is_some()
                    } => {
                        let w = if matches!(codec, Codec::Utf16(_)) { 2 } else { 4 };
                        out.push(surrogate_unit(b, i, w, be).expect("checked"));
                        i += w;
                        continue;
                    }
                    "xmlcharrefreplace" | "namereplace" => {
                        return Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"));
                    }
                    "surrogatepass" => {
                        let msg = if end - i == 1 {
                            format!("'{name}' codec can't decode byte 0x{:02x} in position {i}: {reason}", b[i])
                        } else {
                            format!("'{name}' codec can't decode bytes in position {i}-{}: {reason}", end - 1)
                        };
                        let o = obj.cloned().unwrap_or_else(|| new_bytes(b.to_vec()));
                        return Err(unicode_error(vm, &vm.types.exc.unicode_decode_error, &msg, name, o, i, end, reason));
                    }
                    _ => return Err(bad_handler(vm, errors)),
                }
                i = end;
            }
        }
    }
    Ok(out)
}

/// The surrogate code point in the `w`-byte code unit at `i`, if it is one (for the
/// surrogatepass handler of utf-16/utf-32).
fn surrogate_unit(b: &[u8], i: usize, w: usize, be: bool) -> Option<u32> {
    let p = b.get(i..i + w)?;
    let u = match w {
        2 => (if be { u16::from_be_bytes([p[0], p[1]]) } else { u16::from_le_bytes([p[0], p[1]]) }) as u32,
        _ => {
            let a = [p[0], p[1], p[2], p[3]];
            if be { u32::from_be_bytes(a) } else { u32::from_le_bytes(a) }
        }
    };
    (0xD800..0xE000).contains(&u).then_some(u)
}

fn str_arg<'a>(vm: &Vm, v: Option<&'a Value>, func: &str, arg: &str, default: &'a str) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => v.as_rust_str().ok_or_else(|| vm.type_error(&format!("{func}() argument '{arg}' must be str, not {}", crate::types::seqmethods::bad_arg_type(vm, v)))),
    }
}

/// Decodes bytes to a str value (`bytes.decode`, `str(b, encoding, errors)`).
pub fn decode(vm: &Vm, b: &[u8], encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    decode_named(vm, b, encoding, errors, "decode")
}

pub fn decode_named(vm: &Vm, b: &[u8], encoding: Option<&Value>, errors: Option<&Value>, func: &str) -> PyResult<Value> {
    let enc = str_arg(vm, encoding, func, "encoding", "utf-8")?;
    let errs = str_arg(vm, errors, func, "errors", "strict")?;
    if b.is_ascii() && !matches!(lookup_codec(vm, enc)?, Codec::Utf16(_) | Codec::Utf32(_)) {
        // SAFETY-free fast path: ASCII is valid UTF-8.
        return Ok(new_str(std::str::from_utf8(b).unwrap_or("")));
    }
    let cps = decode_to_cps(vm, b, enc, errs, None)?;
    Ok(crate::types::str::str_from_data(crate::types::str::StrData::from_code_points(&cps)))
}

/// `str.encode(encoding, errors)`.
pub fn encode_str(vm: &Vm, s: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let enc = str_arg(vm, encoding, "encode", "encoding", "utf-8")?;
    let errs = str_arg(vm, errors, "encode", "errors", "strict")?;
    let sd = s.as_str_data().ok_or_else(|| vm.type_error("descriptor 'encode' requires a 'str' object"))?;
    let codec = lookup_codec(vm, enc)?;
    if codec == Codec::Utf8 && !sd.has_surrogates() {
        return Ok(new_bytes(sd.as_str().as_bytes().to_vec()));
    }
    Ok(new_bytes(encode_cps(vm, &sd.to_code_points(), s, enc, errs)?))
}
