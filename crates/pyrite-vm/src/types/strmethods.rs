//! Methods of `str`.

use crate::object::Value;
use crate::types::descr::{add_method, MethodKind};
use crate::types::int::new_int;
use crate::types::list::new_list;
use crate::types::object::split_kwargs;
use crate::types::str::{new_str, str_from_data, StrData};
use crate::vm::{PyResult, Vm};

/// `repr(str)`: quotes chosen as CPython chooses them, non-printable characters escaped.
pub fn str_repr(s: &StrData) -> String {
    let has_single = s.code_points().any(|c| c == '\'' as u32);
    let has_double = s.code_points().any(|c| c == '"' as u32);
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.code_points() {
        match c {
            0x5c => out.push_str("\\\\"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            _ if c == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as u8 as char),
            _ if c < 0x20 || c == 0x7f => out.push_str(&format!("\\x{c:02x}")),
            _ => match char::from_u32(c) {
                Some(ch) if is_printable(ch) => out.push(ch),
                _ if c <= 0xff => out.push_str(&format!("\\x{c:02x}")),
                _ if c <= 0xffff => out.push_str(&format!("\\u{c:04x}")),
                _ => out.push_str(&format!("\\U{c:08x}")),
            },
        }
    }
    out.push(quote);
    out
}

/// Approximates `str.isprintable` for one character (Unicode categories Cc, Cf, Cs, Co, Cn,
/// Zl, Zp, Zs other than space are not printable).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x20 || (0x7f..0xa0).contains(&cp) {
        return false;
    }
    if cp == 0xa0 || cp == 0xad || cp == 0x1680 || (0x2000..=0x200f).contains(&cp) || (0x2028..=0x202f).contains(&cp)
        || (0x205f..=0x2064).contains(&cp) || cp == 0x3000 || cp == 0xfeff || (0xfff9..=0xfffb).contains(&cp)
        || (0xe000..=0xf8ff).contains(&cp) || (0xd800..=0xdfff).contains(&cp)
        || (0x600..=0x605).contains(&cp) || cp == 0x61c || cp == 0x6dd || cp == 0x70f || cp == 0x180e
        || (0x1d173..=0x1d17a).contains(&cp) || (0xfdd0..=0xfdef).contains(&cp)
    {
        return false;
    }
    if cp & 0xfffe == 0xfffe || (cp >= 0x323b0 && !(0xe0100..=0xe01ef).contains(&cp)) {
        return false;
    }
    true
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a StrData> {
    args.first().and_then(|a| a.as_str_data()).ok_or_else(|| vm.type_error("descriptor requires a 'str' object"))
}

fn arg_str<'a>(vm: &Vm, args: &'a [Value], i: usize, meth: &str) -> PyResult<&'a StrData> {
    let a = args.get(i).ok_or_else(|| vm.type_error(&format!("{meth}() takes at least 1 argument (0 given)")))?;
    a.as_str_data().ok_or_else(|| {
        vm.type_error(&format!("must be str, not {}", a.ty().name()))
    })
}

fn s(v: String) -> Value {
    new_str(&v)
}

fn str_join(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let sep = this(vm, args)?;
    if args.len() != 2 {
        return Err(vm.type_error(&format!("str.join() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let items = vm.collect_iter(&args[1])?;
    let mut parts: Vec<&StrData> = Vec::with_capacity(items.len() * 2);
    for (i, it) in items.iter().enumerate() {
        let d = it.as_str_data().ok_or_else(|| {
            vm.type_error(&format!("sequence item {i}: expected str instance, {} found", it.ty().name()))
        })?;
        if i > 0 && !sep.is_empty() {
            parts.push(sep);
        }
        parts.push(d);
    }
    if items.len() == 1 && items[0].is_exact(&vm.types.str) {
        return Ok(items[0].clone());
    }
    Ok(str_from_data(StrData::concat(&parts)))
}

fn split_impl(vm: &Vm, args: &[Value], kwnames: Option<&Value>, right: bool) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let me = this(vm, pos)?;
    let mut sep = pos.get(1).cloned();
    let mut maxsplit = pos.get(2).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("sep") => sep = Some(v.clone()),
            Some("maxsplit") => maxsplit = Some(v.clone()),
            _ => return Err(vm.type_error("split() got an unexpected keyword argument")),
        }
    }
    let max = match maxsplit {
        Some(m) => vm.index_isize(&m)?,
        None => -1,
    };
    let text = me.as_str();
    let mut out: Vec<Value> = Vec::new();
    match sep.filter(|s| !vm.is_none(s)) {
        None => {
            let words: Vec<&str> = if max < 0 {
                text.split(|c: char| py_isspace(c)).filter(|w| !w.is_empty()).collect()
            } else if !right {
                let mut v = Vec::new();
                let mut rest = text.trim_start_matches(py_isspace);
                while !rest.is_empty() {
                    if v.len() as isize == max {
                        v.push(rest);
                        break;
                    }
                    match rest.find(|c: char| py_isspace(c)) {
                        Some(i) => {
                            v.push(&rest[..i]);
                            rest = rest[i..].trim_start_matches(py_isspace);
                        }
                        None => {
                            v.push(rest);
                            rest = "";
                        }
                    }
                }
                v
            } else {
                let mut v = Vec::new();
                let mut rest = text.trim_end_matches(py_isspace);
                while !rest.is_empty() {
                    if v.len() as isize == max {
                        v.push(rest);
                        break;
                    }
                    match rest.rfind(|c: char| py_isspace(c)) {
                        Some(i) => {
                            let ch_len = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            v.push(&rest[i + ch_len..]);
                            rest = rest[..i].trim_end_matches(py_isspace);
                        }
                        None => {
                            v.push(rest);
                            rest = "";
                        }
                    }
                }
                v.reverse();
                v
            };
            out.extend(words.into_iter().map(new_str));
        }
        Some(sepv) => {
            let sd = sepv.as_str_data().ok_or_else(|| vm.type_error(&format!("must be str or None, not {}", sepv.ty().name())))?;
            if sd.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let sep = sd.as_str();
            let parts: Vec<&str> = if max < 0 {
                text.split(sep).collect()
            } else if right {
                let mut v: Vec<&str> = text.rsplitn(max as usize + 1, sep).collect();
                v.reverse();
                v
            } else {
                text.splitn(max as usize + 1, sep).collect()
            };
            out.extend(parts.into_iter().map(new_str));
        }
    }
    Ok(new_list(out))
}

fn str_split(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}

fn str_rsplit(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn strip_impl(vm: &Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let me = this(vm, args)?;
    let text = me.as_str();
    let chars: Option<Vec<char>> = match args.get(1) {
        Some(c) if !vm.is_none(c) => Some(
            c.as_str_data()
                .ok_or_else(|| vm.type_error(&format!("strip arg must be None or str")))?
                .as_str()
                .chars()
                .collect(),
        ),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => py_isspace(c),
    };
    let mut r = text;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == text.len() && args[0].is_exact(&vm.types.str) {
        return Ok(args[0].clone());
    }
    Ok(new_str(r))
}

fn str_strip(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn str_lstrip(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn str_rstrip(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn str_replace(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let me = this(vm, args)?;
    if args.len() < 3 {
        return Err(vm.type_error(&format!("replace expected at least 2 arguments, got {}", args.len() - 1)));
    }
    if args.len() > 4 {
        return Err(vm.type_error(&format!("replace expected at most 3 arguments, got {}", args.len() - 1)));
    }
    let old = arg_str(vm, args, 1, "replace")?;
    let new = arg_str(vm, args, 2, "replace")?;
    let count = match args.get(3) {
        Some(c) => vm.index_isize(c)?,
        None => -1,
    };
    let text = me.as_str();
    let r = if count < 0 {
        text.replace(old.as_str(), new.as_str())
    } else {
        text.replacen(old.as_str(), new.as_str(), count as usize)
    };
    Ok(new_str(&r))
}

/// Resolves optional start/end arguments to byte offsets of `as_str()`.
fn bounds(vm: &Vm, me: &StrData, args: &[Value], from: usize) -> PyResult<(usize, usize)> {
    let len = me.len() as isize;
    let get = |i: usize, default: isize| -> PyResult<isize> {
        match args.get(i) {
            Some(v) if !vm.is_none(v) => {
                if crate::types::int::as_int(v).is_none() && v.ty().lookup(&vm.names.__index__).is_none() {
                    return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
                }
                let mut x = vm.index_isize(v)?;
                if x < 0 {
                    x = (x + len).max(0);
                }
                Ok(x)
            }
            _ => Ok(default),
        }
    };
    let start = get(from, 0)?;
    let end = get(from + 1, len)?.min(len);
    Ok((start as usize, end as usize))
}

fn find_impl(vm: &Vm, args: &[Value], right: bool) -> PyResult<Option<usize>> {
    let me = this(vm, args)?;
    let sub = arg_str(vm, args, 1, "find")?;
    let (start, end) = bounds(vm, me, args, 2)?;
    if start > me.len() || (end < start) {
        return Ok(None);
    }
    let (bs, be) = (me.byte_offset(start), me.byte_offset(end));
    let hay = &me.as_str()[bs..be];
    let r = if right { hay.rfind(sub.as_str()) } else { hay.find(sub.as_str()) };
    Ok(r.map(|b| me.char_index(bs + b)))
}

fn str_find(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int(find_impl(vm, args, false)?.map(|i| i as i64).unwrap_or(-1)))
}
fn str_rfind(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int(find_impl(vm, args, true)?.map(|i| i as i64).unwrap_or(-1)))
}
fn str_index(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    find_impl(vm, args, false)?.map(|i| new_int(i as i64)).ok_or_else(|| vm.value_error("substring not found"))
}
fn str_rindex(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    find_impl(vm, args, true)?.map(|i| new_int(i as i64)).ok_or_else(|| vm.value_error("substring not found"))
}

fn str_count(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let me = this(vm, args)?;
    let sub = arg_str(vm, args, 1, "count")?;
    let (start, end) = bounds(vm, me, args, 2)?;
    if start > end || start > me.len() {
        return Ok(new_int(0));
    }
    let hay = &me.as_str()[me.byte_offset(start)..me.byte_offset(end)];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub.as_str()).count() };
    Ok(new_int(n as i64))
}

fn affix_impl(vm: &Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    let me = this(vm, args)?;
    let (start, end) = bounds(vm, me, args, 2)?;
    let hay = &me.as_str()[me.byte_offset(start.min(end).min(me.len()))..me.byte_offset(end)];
    let a = args.get(1).ok_or_else(|| vm.type_error("startswith() takes at least 1 argument (0 given)"))?;
    let cands: Vec<Value> = match a.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![a.clone()],
    };
    for c in cands {
        let cs = c.as_str_data().ok_or_else(|| {
            if a.as_tuple().is_some() {
                vm.type_error(&format!(
                    "tuple for {} must only contain str, not {}",
                    if ends { "endswith" } else { "startswith" },
                    c.ty().name()
                ))
            } else {
                vm.type_error(&format!(
                    "{} first arg must be str or a tuple of str, not {}",
                    if ends { "endswith" } else { "startswith" },
                    c.ty().name()
                ))
            }
        })?;
        if start > me.len() || start > end {
            continue;
        }
        let ok = if ends { hay.ends_with(cs.as_str()) } else { hay.starts_with(cs.as_str()) };
        if ok {
            return Ok(vm.bool_value(true));
        }
    }
    Ok(vm.bool_value(false))
}

fn str_startswith(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    affix_impl(vm, args, false)
}
fn str_endswith(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    affix_impl(vm, args, true)
}

fn str_upper(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(s(this(vm, args)?.as_str().to_uppercase()))
}
fn str_lower(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(s(this(vm, args)?.as_str().to_lowercase()))
}
fn str_casefold(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let mut out = String::new();
    for c in this(vm, args)?.as_str().chars() {
        let mut up = c.to_uppercase();
        let special = up.len() > 1 || matches!(c as u32, 0x3C2 | 0x3D0 | 0x3D1 | 0x3D5 | 0x3D6 | 0x3F0 | 0x3F1 | 0x3F5 | 0x17F | 0xB5 | 0x1E9B | 0x1FBE | 0x345);
        if special {
            for u in up.by_ref() {
                out.extend(u.to_lowercase());
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    Ok(s(out))
}

/// Whether a capital sigma at `i` lowercases to final sigma (preceded by a cased letter and
/// not followed by one, skipping case-ignorable characters).
fn is_final_sigma(cs: &[char], i: usize) -> bool {
    let ignorable = |c: char| matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{B7}' | '\u{2019}') || is_mark(c);
    let before = cs[..i].iter().rev().find(|c| !ignorable(**c)).is_some_and(|c| is_cased(*c));
    let after = cs[i + 1..].iter().find(|c| !ignorable(**c)).is_some_and(|c| is_cased(*c));
    before && !after
}

fn str_swapcase(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let cs: Vec<char> = this(vm, args)?.as_str().chars().collect();
    let mut out = String::new();
    for (i, &c) in cs.iter().enumerate() {
        if c == '\u{3A3}' {
            out.push(if is_final_sigma(&cs, i) { '\u{3C2}' } else { '\u{3C3}' });
        } else if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(s(out))
}
/// Titlecase letters (general category Lt).
pub fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x01C5 | 0x01C8 | 0x01CB | 0x01F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// The Unicode `Cased` property.
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    let cp = c as u32;
    let single = match cp {
        0x01C4..=0x01C6 => Some(0x01C5),
        0x01C7..=0x01C9 => Some(0x01C8),
        0x01CA..=0x01CC => Some(0x01CB),
        0x01F1..=0x01F3 => Some(0x01F2),
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => Some(cp + 8),
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF => Some(cp),
        0x1FB3 | 0x1FBC => Some(0x1FBC),
        0x1FC3 | 0x1FCC => Some(0x1FCC),
        0x1FF3 | 0x1FFC => Some(0x1FFC),
        _ => None,
    };
    if let Some(t) = single.and_then(char::from_u32) {
        out.push(t);
        return;
    }
    let mut up = c.to_uppercase();
    let Some(first) = up.next() else { return };
    out.push(first);
    let first_cased = is_cased(first);
    for r in up {
        if first_cased {
            out.extend(r.to_lowercase());
        } else {
            out.push(r);
        }
    }
}

/// Python's `str.isalpha` for one character (general categories L*), approximated from
/// the `Alphabetic` property minus letter numbers and the common combining marks.
pub fn py_isalpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if !c.is_alphabetic() || c.is_numeric() {
        return false;
    }
    !is_mark(c)
}

/// Approximates general category M (combining marks) for alphabetic characters.
fn is_mark(c: char) -> bool {
    let cp = c as u32;
    match cp {
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06ED | 0x0711 | 0x0730..=0x074A | 0x07A6..=0x07B0 | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECE | 0x0F71..=0x0F84 | 0x0F8D..=0x0FBC | 0x102B..=0x103E
        | 0x1056..=0x1059 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0x302A..=0x302F | 0xFE20..=0xFE2F => true,
        0x0900..=0x0D7F => {
            let o = cp & 0x7F;
            matches!(o, 0x00..=0x03 | 0x3A..=0x3C | 0x3E..=0x4F | 0x51..=0x57 | 0x62..=0x63)
        }
        _ => false,
    }
}

/// Zero code points of the decimal-digit (Nd) runs.
const ND_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of a decimal digit (general category Nd).
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - 0x30);
    }
    if cp < 0x660 {
        return None;
    }
    ND_ZEROS.iter().find(|&&z| cp >= z && cp < z + 10).map(|&z| cp - z)
}

pub fn py_isdecimal(c: char) -> bool {
    decimal_value(c).is_some()
}

pub fn py_isdigit(c: char) -> bool {
    py_isdecimal(c)
        || matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468
            | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E
            | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x1369..=0x1371 | 0x19DA | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A)
}

pub fn py_isnumeric(c: char) -> bool {
    c.is_numeric()
        || matches!(c as u32, 0x3007 | 0x4E00 | 0x4E8C | 0x4E09 | 0x56DB | 0x4E94 | 0x516D | 0x4E03 | 0x516B | 0x4E5D
            | 0x5341 | 0x767E | 0x5343 | 0x4E07 | 0x842C | 0x5104 | 0x5146 | 0x96F6 | 0x58F9 | 0x8CB3 | 0x53C3 | 0x8086
            | 0x4F0D | 0x9678 | 0x67D2 | 0x634C | 0x7396 | 0x62FE | 0x4F70 | 0x4EDF)
}

/// Python's whitespace (`str.isspace`, `split()`, `strip()`).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || matches!(c as u32, 0x1C..=0x1F)
}

fn str_capitalize(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let text = this(vm, args)?.as_str();
    let mut out = String::new();
    let mut it = text.chars();
    if let Some(c) = it.next() {
        push_title(c, &mut out);
    }
    out.push_str(&it.as_str().to_lowercase());
    Ok(s(out))
}
fn str_title(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let text = this(vm, args)?.as_str();
    let mut out = String::new();
    let mut prev_cased = false;
    let mut word_start = 0;
    for (i, c) in text.char_indices() {
        if prev_cased {
            if c == 'Σ' {
                // Final sigma: lowercase the word so far plus this character in context.
                let word = &text[word_start..i + c.len_utf8()];
                let next_cased = text[i + c.len_utf8()..].chars().next().is_some_and(is_cased);
                out.push(if next_cased { 'σ' } else { word.to_lowercase().chars().last().unwrap_or('σ') });
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            word_start = i;
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(s(out))
}

macro_rules! predicate {
    ($name:ident, $f:expr, $empty:expr) => {
        fn $name(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
            let d = this(vm, args)?;
            if d.is_empty() {
                return Ok(vm.bool_value($empty));
            }
            let f: fn(char) -> bool = $f;
            Ok(vm.bool_value(d.code_points().all(|c| char::from_u32(c).is_some_and(f))))
        }
    };
}
predicate!(str_isdigit, py_isdigit, false);
predicate!(str_isdecimal, py_isdecimal, false);
predicate!(str_isnumeric, py_isnumeric, false);
predicate!(str_isalpha, py_isalpha, false);
predicate!(str_isalnum, |c| py_isalpha(c) || py_isnumeric(c) || py_isdigit(c), false);
predicate!(str_isspace, py_isspace, false);
predicate!(str_isprintable, is_printable, true);

fn str_isascii(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.bool_value(this(vm, args)?.is_ascii()))
}

fn str_islower(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = this(vm, args)?.as_str();
    Ok(vm.bool_value(t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase() || is_titlecase(c))))
}
fn str_isupper(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = this(vm, args)?.as_str();
    Ok(vm.bool_value(t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase() || is_titlecase(c))))
}
fn str_istitle(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = this(vm, args)?.as_str();
    let mut prev_cased = false;
    let mut any = false;
    for c in t.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(vm.bool_value(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(vm.bool_value(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(vm.bool_value(any))
}
fn str_isidentifier(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = this(vm, args)?.as_str();
    let mut cs = t.chars();
    let ok = match cs.next() {
        Some(c) if c == '_' || (c.is_alphabetic() && !is_mark(c)) => {
            cs.all(|c| c == '_' || c.is_alphanumeric() || is_mark(c) || py_isdecimal(c) || matches!(c as u32, 0xB7 | 0x387 | 0x203F | 0x2040))
        }
        _ => false,
    };
    Ok(vm.bool_value(ok))
}

fn pad(vm: &Vm, args: &[Value], how: u8) -> PyResult<Value> {
    let me = this(vm, args)?;
    let name = ["ljust", "rjust", "center"][how.min(2) as usize];
    if args.len() < 2 {
        return Err(vm.type_error(&format!("{name} expected at least 1 argument, got 0")));
    }
    if args.len() > 3 {
        return Err(vm.type_error(&format!("{name} expected at most 2 arguments, got {}", args.len() - 1)));
    }
    let width = vm.index_isize(&args[1])?;
    if width > (1 << 31) {
        return Err(vm.memory_error());
    }
    let fill = match args.get(2) {
        Some(f) => {
            let fd = f.as_str_data().ok_or_else(|| vm.type_error("The fill character must be a unicode character"))?;
            if fd.len() != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            char::from_u32(fd.char_at(0)).unwrap_or(' ')
        }
        None => ' ',
    };
    let len = me.len() as isize;
    if width <= len {
        return Ok(args[0].clone());
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
    let f = fill.to_string();
    Ok(s(format!("{}{}{}", f.repeat(l), me.as_str(), f.repeat(r))))
}
fn str_ljust(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    pad(vm, args, 0)
}
fn str_rjust(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    pad(vm, args, 1)
}
fn str_center(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    pad(vm, args, 2)
}
fn str_zfill(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let me = this(vm, args)?;
    let width = vm.index_isize(args.get(1).ok_or_else(|| vm.type_error("str.zfill() takes exactly one argument (0 given)"))?)?;
    if width > (1 << 31) {
        return Err(vm.memory_error());
    }
    let t = me.as_str();
    let len = me.len() as isize;
    if width <= len {
        return Ok(args[0].clone());
    }
    let zeros = "0".repeat((width - len) as usize);
    if let Some(rest) = t.strip_prefix(['+', '-']) {
        return Ok(s(format!("{}{}{}", &t[..1], zeros, rest)));
    }
    Ok(s(format!("{zeros}{t}")))
}

fn partition_impl(vm: &Vm, args: &[Value], right: bool) -> PyResult<Value> {
    let me = this(vm, args)?;
    let sep = arg_str(vm, args, 1, "partition")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let t = me.as_str();
    let found = if right { t.rfind(sep.as_str()) } else { t.find(sep.as_str()) };
    let e = vm.types.empty_str.clone();
    Ok(crate::types::tuple::new_tuple(match found {
        Some(i) => vec![new_str(&t[..i]), args[1].clone(), new_str(&t[i + sep.as_str().len()..])],
        None if right => vec![e.clone(), e, args[0].clone()],
        None => vec![args[0].clone(), e.clone(), e],
    }))
}
fn str_partition(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn str_rpartition(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn str_splitlines(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let me = this(vm, pos)?;
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("splitlines() takes at most 1 argument ({} given)", pos.len() - 1)));
    }
    let mut keep = match pos.get(1) {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    for (k, v) in kws {
        if k.as_rust_str() == Some("keepends") {
            keep = vm.is_true(v)?;
        }
    }
    let cps = me.to_code_points();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let is_break = |c: u32| matches!(c, 0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029);
    while i < cps.len() {
        if is_break(cps[i]) {
            let mut eol = i + 1;
            if cps[i] == 0x0d && i + 1 < cps.len() && cps[i + 1] == 0x0a {
                eol = i + 2;
            }
            let end = if keep { eol } else { i };
            out.push(str_from_data(StrData::from_code_points(&cps[start..end])));
            start = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if start < cps.len() {
        out.push(str_from_data(StrData::from_code_points(&cps[start..])));
    }
    Ok(new_list(out))
}

fn str_expandtabs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let me = this(vm, args)?;
    let ts = match args.get(1) {
        Some(t) => vm.index_isize(t)?,
        None => 8,
    };
    if ts > i32::MAX as isize {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut out = String::new();
    let mut col = 0isize;
    for c in me.as_str().chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - (col % ts);
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(s(out))
}

fn str_removeprefix(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let me = this(vm, args)?;
    let p = match args.get(1) {
        Some(a) => a.as_str_data().ok_or_else(|| vm.type_error(&format!("removeprefix() argument must be str, not {}", a.ty().name())))?,
        None => return Err(vm.type_error("str.removeprefix() takes exactly one argument (0 given)")),
    };
    match me.as_str().strip_prefix(p.as_str()) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(args[0].clone()),
    }
}
fn str_removesuffix(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let me = this(vm, args)?;
    let p = match args.get(1) {
        Some(a) => a.as_str_data().ok_or_else(|| vm.type_error(&format!("removesuffix() argument must be str, not {}", a.ty().name())))?,
        None => return Err(vm.type_error("str.removesuffix() takes exactly one argument (0 given)")),
    };
    match me.as_str().strip_suffix(p.as_str()) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(args[0].clone()),
    }
}

fn str_encode(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    this(vm, pos)?;
    if pos.len() > 3 {
        return Err(vm.type_error(&format!("encode() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    let mut enc = pos.get(1).cloned();
    let mut errors = pos.get(2).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("encoding") => enc = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            Some(o) => return Err(vm.type_error(&format!("encode() got an unexpected keyword argument '{o}'"))),
            None => {}
        }
    }
    crate::types::bytesmethods::encode_str(vm, &pos[0], enc.as_ref(), errors.as_ref())
}

fn str_format(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    crate::types::format::str_format(vm, args, kwnames)
}

fn str_format_map(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    crate::types::format::str_format_map(vm, &args[0], args.get(1).ok_or_else(|| vm.type_error("format_map() takes exactly one argument (0 given)"))?)
}

fn str_translate(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let me = this(vm, args)?;
    let table = args.get(1).ok_or_else(|| vm.type_error("translate() takes exactly one argument (0 given)"))?;
    let mut out: Vec<u32> = Vec::new();
    for c in me.code_points() {
        match vm.get_item(table, &new_int(c as i64)) {
            Ok(r) => {
                if vm.is_none(&r) {
                    continue;
                }
                if let Some(i) = crate::types::int::as_int(&r) {
                    out.push(i.to_i64().unwrap_or(0) as u32);
                } else if let Some(sd) = r.as_str_data() {
                    out.extend(sd.code_points());
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.0.isinstance(&vm.types.exc.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(str_from_data(StrData::from_code_points(&out)))
}

fn str_maketrans(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = crate::types::dict::new_dict();
    let dd = d.as_dict().expect("dict");
    match args.len() {
        1 => {
            let src = args[0].as_dict().ok_or_else(|| vm.type_error("if you give only one argument to maketrans it must be a dict"))?;
            for (k, v) in src.items() {
                let key = match k.as_str_data() {
                    Some(sd) if sd.len() == 1 => new_int(sd.char_at(0) as i64),
                    Some(_) => return Err(vm.value_error("string keys in translate table must be of length 1")),
                    None => k,
                };
                dd.set_item(vm, key, v)?;
            }
        }
        2 | 3 => {
            let (a, b) = (arg_str(vm, args, 0, "maketrans")?, arg_str(vm, args, 1, "maketrans")?);
            if a.len() != b.len() {
                return Err(vm.value_error("the first two maketrans arguments must have equal length"));
            }
            for (x, y) in a.code_points().zip(b.code_points()) {
                dd.set_item(vm, new_int(x as i64), new_int(y as i64))?;
            }
            if let Some(c) = args.get(2) {
                let cs = c.as_str_data().ok_or_else(|| vm.type_error("maketrans() argument 3 must be str"))?;
                for x in cs.code_points() {
                    dd.set_item(vm, new_int(x as i64), vm.none())?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes at most 3 arguments")),
    }
    Ok(d)
}

fn str_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let cls = &pos[0];
    let mut obj = pos.get(1).cloned();
    let mut encoding = pos.get(2).cloned();
    let mut errors = pos.get(3).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("object") => obj = Some(v.clone()),
            Some("encoding") => encoding = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            Some(o) => return Err(vm.type_error(&format!("'{o}' is an invalid keyword argument for str()"))),
            None => {}
        }
    }
    let r = match obj {
        None => vm.types.empty_str.clone(),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                if o.as_str_data().is_some() {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                let b = o.as_bytes_vec().ok_or_else(|| {
                    vm.type_error(&format!("decoding to str: need a bytes-like object, {} found", o.ty().name()))
                })?;
                crate::types::bytesmethods::decode_named(vm, &b, encoding.as_ref(), errors.as_ref(), "str")?
            } else {
                vm.str(&o)?
            }
        }
    };
    if cls.is(&vm.types.str) {
        return Ok(r);
    }
    let d = r.as_str_data().expect("str");
    Ok(crate::types::object::alloc_instance(cls, d.substring(0, d.len())))
}

fn str_mod(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    crate::types::format::percent_format(vm, &args[0], &args[1])
}

fn str_rmod(vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn str_getnewargs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let me = this(vm, args)?;
    Ok(crate::types::tuple::new_tuple(vec![str_from_data(me.substring(0, me.len()))]))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.str;
    let m: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("islower", str_islower),
        ("isupper", str_isupper),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("expandtabs", str_expandtabs),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("encode", str_encode),
        ("format", str_format),
        ("format_map", str_format_map),
        ("translate", str_translate),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__getnewargs__", str_getnewargs),
    ];
    for (name, f) in m {
        add_method(vm, t, name, *f, MethodKind::Instance);
    }
    add_method(vm, t, "maketrans", str_maketrans, MethodKind::Static);
    add_method(vm, t, "__new__", str_new, MethodKind::Static);
    crate::types::seqmethods::add_sequence_dunders(vm, t);
}
