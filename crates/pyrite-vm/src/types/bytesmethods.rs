//! Methods of `bytes` and `bytearray`.

use crate::object::Value;
use crate::types::bytes::{new_bytearray, new_bytes, ByteArrayData};
use crate::types::descr::{add_method, MethodKind};
use crate::types::int::{as_int, new_int};
use crate::types::object::split_kwargs;
use crate::types::str::new_str;
use crate::vm::{PyResult, Vm};

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// Decodes bytes to a str value.
pub fn decode(vm: &Vm, b: &[u8], encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let enc = encoding.and_then(|e| e.as_rust_str()).unwrap_or("utf-8").to_lowercase().replace('_', "-");
    let errors = errors.and_then(|e| e.as_rust_str()).unwrap_or("strict");
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(new_str(s)),
            Err(e) => {
                if errors == "replace" {
                    return Ok(new_str(&String::from_utf8_lossy(b)));
                }
                if errors == "ignore" {
                    let s: String = String::from_utf8_lossy(b).chars().filter(|&c| c != '\u{FFFD}').collect();
                    return Ok(new_str(&s));
                }
                let pos = e.valid_up_to();
                Err(vm.new_error(
                    &vm.types.exc.unicode_decode_error,
                    &format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                        b[pos],
                        pos,
                        if e.error_len().is_none() { "unexpected end of data" } else { "invalid start byte" }
                    ),
                ))
            }
        },
        "ascii" => {
            if let Some(p) = b.iter().position(|&c| c >= 128) {
                if errors == "strict" {
                    return Err(vm.new_error(
                        &vm.types.exc.unicode_decode_error,
                        &format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", b[p], p),
                    ));
                }
            }
            Ok(new_str(&b.iter().map(|&c| if c < 128 { c as char } else { '\u{FFFD}' }).collect::<String>()))
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            let cps: Vec<u32> = b.iter().map(|&c| c as u32).collect();
            Ok(crate::types::str::str_from_data(crate::types::str::StrData::from_code_points(&cps)))
        }
        _ => Err(vm.new_error(&vm.types.exc.lookup_error, &format!("unknown encoding: {enc}"))),
    }
}

fn data(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    v.as_bytes_vec().ok_or_else(|| vm.type_error(&format!("a bytes-like object is required, not '{}'", v.ty().name())))
}

fn bytes_from_arg(vm: &Vm, v: Option<&Value>, encoding: Option<&Value>) -> PyResult<Vec<u8>> {
    let Some(v) = v else { return Ok(Vec::new()) };
    if let Some(s) = v.as_str_data() {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let e = vm.call(&vm.get_attr_str(v, "encode")?, &[enc.clone()])?;
        let _ = s;
        return data(vm, &e);
    }
    if let Some(b) = v.as_bytes_vec() {
        return Ok(b);
    }
    if let Some(i) = as_int(v) {
        let n = i.to_i64().unwrap_or(-1);
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let mut out = Vec::new();
    for x in vm.collect_iter(v).map_err(|_| vm.type_error(&format!("cannot convert '{}' object to bytes", v.ty().name())))? {
        let n = as_int(&x).and_then(|i| i.to_i64()).ok_or_else(|| {
            vm.type_error(&format!("'{}' object cannot be interpreted as an integer", x.ty().name()))
        })?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut enc = pos.get(2).cloned();
    for (k, v) in kws {
        if k.as_rust_str() == Some("encoding") {
            enc = Some(v.clone());
        }
    }
    let b = bytes_from_arg(vm, pos.get(1), enc.as_ref())?;
    if pos[0].is(&vm.types.bytes) {
        return Ok(new_bytes(b));
    }
    Ok(crate::types::object::alloc_instance(&pos[0], crate::types::bytes::BytesData(b.into_boxed_slice())))
}

fn bytearray_new(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let _ = vm;
    Ok(crate::types::object::alloc_instance(&args[0], ByteArrayData(std::cell::UnsafeCell::new(Vec::new()))))
}

fn bytearray_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut enc = pos.get(2).cloned();
    for (k, v) in kws {
        if k.as_rust_str() == Some("encoding") {
            enc = Some(v.clone());
        }
    }
    let b = bytes_from_arg(vm, pos.get(1), enc.as_ref())?;
    pos[0].downcast::<ByteArrayData>().expect("bytearray").with_mut(|d| *d = b);
    Ok(vm.none())
}

fn b_decode(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut enc = pos.get(1).cloned();
    let mut errors = pos.get(2).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("encoding") => enc = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            _ => {}
        }
    }
    decode(vm, &data(vm, &pos[0])?, enc.as_ref(), errors.as_ref())
}

fn same_kind(v: &Value, b: Vec<u8>) -> Value {
    if v.downcast::<ByteArrayData>().is_some() { new_bytearray(b) } else { new_bytes(b) }
}

fn b_hex(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    Ok(new_str(&d.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn b_fromhex(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let s = args.get(1).and_then(|a| a.as_rust_str()).ok_or_else(|| vm.type_error("fromhex() argument must be str"))?;
    let clean: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if clean.len() % 2 != 0 {
        return Err(vm.value_error("non-hexadecimal number found in fromhex() arg"));
    }
    let mut out = Vec::new();
    for pair in clean.chunks(2) {
        let h = pair[0].to_digit(16).zip(pair[1].to_digit(16)).ok_or_else(|| vm.value_error("non-hexadecimal number found in fromhex() arg"))?;
        out.push((h.0 * 16 + h.1) as u8);
    }
    Ok(if args[0].is(&vm.types.bytearray) { new_bytearray(out) } else { new_bytes(out) })
}

fn b_join(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let sep = data(vm, &args[0])?;
    let mut out = Vec::new();
    for (i, it) in vm.collect_iter(&args[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(it.as_bytes_vec().ok_or_else(|| {
            vm.type_error(&format!("sequence item {i}: expected a bytes-like object, {} found", it.ty().name()))
        })?);
    }
    Ok(same_kind(&args[0], out))
}

fn b_split(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    let parts: Vec<Vec<u8>> = match args.get(1).filter(|s| !vm.is_none(s)) {
        None => d.split(|c| c.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| p.to_vec()).collect(),
        Some(sep) => {
            let s = data(vm, sep)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + s.len() <= d.len() {
                if d[i..i + s.len()] == s[..] {
                    out.push(d[start..i].to_vec());
                    i += s.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(d[start..].to_vec());
            out
        }
    };
    Ok(crate::types::list::new_list(parts.into_iter().map(|p| same_kind(&args[0], p)).collect()))
}

fn b_upper(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(same_kind(&args[0], data(vm, &args[0])?.to_ascii_uppercase()))
}
fn b_lower(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(same_kind(&args[0], data(vm, &args[0])?.to_ascii_lowercase()))
}
fn b_strip(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        Some(c) if !vm.is_none(c) => Some(data(vm, c)?),
        _ => None,
    };
    let is = |c: &u8| match &chars {
        Some(cs) => cs.contains(c),
        None => c.is_ascii_whitespace(),
    };
    let start = d.iter().position(|c| !is(c)).unwrap_or(d.len());
    let end = d.iter().rposition(|c| !is(c)).map(|p| p + 1).unwrap_or(start);
    Ok(same_kind(&args[0], d[start..end.max(start)].to_vec()))
}
fn b_startswith(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    let p = data(vm, &args[1])?;
    Ok(vm.bool_value(d.starts_with(&p)))
}
fn b_endswith(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    let p = data(vm, &args[1])?;
    Ok(vm.bool_value(d.ends_with(&p)))
}
fn b_find(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    let n = match as_int(&args[1]) {
        Some(i) => vec![i.to_i64().unwrap_or(0) as u8],
        None => data(vm, &args[1])?,
    };
    let pos = if n.is_empty() { Some(0) } else { d.windows(n.len()).position(|w| w == n.as_slice()) };
    Ok(new_int(pos.map(|p| p as i64).unwrap_or(-1)))
}
fn b_count(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    let n = match as_int(&args[1]) {
        Some(i) => vec![i.to_i64().unwrap_or(0) as u8],
        None => data(vm, &args[1])?,
    };
    if n.is_empty() {
        return Ok(new_int(d.len() as i64 + 1));
    }
    let mut c = 0;
    let mut i = 0;
    while i + n.len() <= d.len() {
        if d[i..i + n.len()] == n[..] {
            c += 1;
            i += n.len();
        } else {
            i += 1;
        }
    }
    Ok(new_int(c))
}
fn b_replace(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = data(vm, &args[0])?;
    let (old, new) = (data(vm, &args[1])?, data(vm, &args[2])?);
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        if !old.is_empty() && d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    Ok(same_kind(&args[0], out))
}

fn ba_append(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let n = as_int(&args[1]).and_then(|i| i.to_i64()).ok_or_else(|| vm.type_error("an integer is required"))?;
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    args[0].downcast::<ByteArrayData>().expect("bytearray").with_mut(|d| d.push(n as u8));
    Ok(vm.none())
}
fn ba_extend(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let b = bytes_from_arg(vm, Some(&args[1]), None)?;
    args[0].downcast::<ByteArrayData>().expect("bytearray").with_mut(|d| d.extend(b));
    Ok(vm.none())
}
fn ba_pop(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    args[0].downcast::<ByteArrayData>().expect("bytearray").with_mut(|d| d.pop()).map(|b| new_int(b as i64)).ok_or_else(|| vm.index_error("pop from empty bytearray"))
}

pub fn init(vm: &Vm) {
    for (t, is_ba) in [(&vm.types.bytes, false), (&vm.types.bytearray, true)] {
        let m: &[(&'static str, crate::types::function::NativeFn)] = &[
            ("decode", b_decode),
            ("hex", b_hex),
            ("join", b_join),
            ("split", b_split),
            ("upper", b_upper),
            ("lower", b_lower),
            ("strip", b_strip),
            ("startswith", b_startswith),
            ("endswith", b_endswith),
            ("find", b_find),
            ("count", b_count),
            ("replace", b_replace),
        ];
        for (name, f) in m {
            add_method(vm, t, name, *f, MethodKind::Instance);
        }
        add_method(vm, t, "fromhex", b_fromhex, MethodKind::Class);
        crate::types::seqmethods::add_sequence_dunders(vm, t);
        if is_ba {
            add_method(vm, t, "__new__", bytearray_new, MethodKind::Static);
            add_method(vm, t, "__init__", bytearray_init, MethodKind::Instance);
            add_method(vm, t, "append", ba_append, MethodKind::Instance);
            add_method(vm, t, "extend", ba_extend, MethodKind::Instance);
            add_method(vm, t, "pop", ba_pop, MethodKind::Instance);
            crate::types::seqmethods::add_mutable_dunders(vm, t);
            t.as_type().expect("type").dict().set_str(vm.names.__hash__.clone(), vm.none());
        } else {
            add_method(vm, t, "__new__", bytes_new, MethodKind::Static);
        }
    }
}
