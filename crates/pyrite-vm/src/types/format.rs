//! String formatting: the format-spec mini-language (`format()`, f-strings, `str.format`) for
//! `int`, `float` and `str`, `str.format`/`format_map` field parsing, and `%`-formatting.

use crate::object::{Layout, Value};
use crate::types::float::{as_float, float_repr, shortest_digits};
use crate::types::int::as_int;
use crate::types::object::split_kwargs;
use crate::types::str::new_str;
use crate::vm::{PyResult, Vm};

/// A parsed format spec.
#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(vm: &Vm, s: &str) -> PyResult<Spec> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if cs.len() >= 2 && is_align(cs[1]) {
        sp.fill = Some(cs[0]);
        sp.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        sp.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        sp.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        sp.z = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        sp.width = Some(cs[start..i].iter().collect::<String>().parse().map_err(|_| vm.value_error("Too many decimal digits in format string"))?);
    }
    if i < cs.len() && (cs[i] == ',' || cs[i] == '_') {
        sp.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let st = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        sp.precision = Some(cs[st..i].iter().collect::<String>().parse().map_err(|_| vm.value_error("Too many decimal digits in format string"))?);
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return Err(vm.value_error("Invalid format specifier"));
    }
    Ok(sp)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pads `body` (sign and prefix separate, for `=` alignment) to the spec's width.
fn pad(sp: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = sp.fill.unwrap_or(if sp.zero && sp.align.is_none() { '0' } else { ' ' });
    let align = sp.align.unwrap_or(if sp.zero && sp.fill.is_none() { '=' } else { default_align });
    let len = sign.chars().count() + body.chars().count();
    let w = sp.width.unwrap_or(0);
    if len >= w {
        return format!("{sign}{body}");
    }
    let n = w - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

pub fn format_int(vm: &Vm, v: &num_bigint::BigInt, sp: &Spec) -> PyResult<String> {
    use num_traits::Signed;
    if sp.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let ty = sp.ty.unwrap_or('d');
    let (mut digits, prefix) = match ty {
        'd' | 'n' => (mag.to_str_radix(10), ""),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        'b' => (mag.to_str_radix(2), "0b"),
        'c' => {
            let c = num_traits::ToPrimitive::to_u32(v).and_then(char::from_u32).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(sp, "", &c.to_string(), '<'));
        }
        _ => {
            return Err(vm.value_error(&format!("Unknown format code '{}' for object of type 'int'", ty)));
        }
    };
    if let Some(g) = sp.grouping {
        let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
        if sp.zero && sp.width.is_some() && sp.align.is_none() {
            let sign_len = if neg || matches!(sp.sign, Some('+') | Some(' ')) { 1 } else { 0 };
            let pre = if sp.alt { prefix.len() } else { 0 };
            let target = sp.width.unwrap_or(0).saturating_sub(sign_len + pre);
            while digits.len() + digits.len().saturating_sub(1) / every < target {
                digits.insert(0, '0');
            }
        }
        digits = group(&digits, g, every);
    }
    let sign = if neg { "-" } else { match sp.sign { Some('+') => "+", Some(' ') => " ", _ => "" } };
    let full_sign = format!("{}{}", sign, if sp.alt { prefix } else { "" });
    Ok(pad(sp, &full_sign, &digits, '>'))
}

pub fn format_float(vm: &Vm, f: f64, sp: &Spec) -> PyResult<String> {
    let ty = sp.ty;
    let neg = f.is_sign_negative() && !(sp.z && format_abs(f.abs(), ty, sp.precision, sp.alt).chars().all(|c| c == '0' || c == '.' || c == '%' || c == 'e' || c == '+' || c == '-'));
    let neg = if f.is_nan() { false } else { neg };
    let mut body = match ty {
        None | Some('f') | Some('F') | Some('e') | Some('E') | Some('g') | Some('G') | Some('%') | Some('n') => format_abs(f.abs(), ty, sp.precision, sp.alt),
        Some(c) => return Err(vm.value_error(&format!("Unknown format code '{c}' for object of type 'float'"))),
    };
    if matches!(ty, Some('F') | Some('E') | Some('G')) {
        body = body.to_uppercase();
    }
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (body[..i].to_string(), body[i..].to_string()),
            None => (body.clone(), String::new()),
        };
        body = format!("{}{}", group(&int_part, g, 3), rest);
    }
    let sign = if neg { "-" } else { match sp.sign { Some('+') => "+", Some(' ') => " ", _ => "" } };
    Ok(pad(sp, sign, &body, '>'))
}

/// Formats a non-negative float by type letter.
fn format_abs(f: f64, ty: Option<char>, prec: Option<usize>, alt: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return "inf".into();
    }
    match ty {
        Some('f') | Some('F') => {
            let s = format!("{:.*}", prec.unwrap_or(6), f);
            if alt && !s.contains('.') { format!("{s}.") } else { s }
        }
        Some('%') => {
            let s = format!("{:.*}%", prec.unwrap_or(6), f * 100.0);
            s
        }
        Some('e') | Some('E') => exp_format(f, prec.unwrap_or(6), alt),
        Some('g') | Some('G') | Some('n') => general_format(f, prec.unwrap_or(6).max(1), alt, false),
        _ => match prec {
            None => float_repr(f),
            Some(p) => general_format(f, p.max(1), alt, true),
        },
    }
}

fn exp_format(f: f64, prec: usize, alt: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let m = if alt && !m.contains('.') { format!("{m}.") } else { m.to_string() };
    format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
}

/// `g` formatting (and the `None` type with a precision, which always keeps one digit after
/// the point in positional form when `repr_like`).
fn general_format(f: f64, p: usize, alt: bool, repr_like: bool) -> String {
    if f == 0.0 {
        return if repr_like { "0.0".into() } else if alt { format!("0.{}", "0".repeat(p - 1)) } else { "0".into() };
    }
    let s = format!("{:.*e}", p - 1, f);
    let (_, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    if exp >= -4 && exp < p as i32 {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let mut r = format!("{:.*}", decimals, f);
        if !alt && r.contains('.') {
            r = r.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        if repr_like && !r.contains('.') {
            r.push_str(".0");
        }
        r
    } else {
        let mut r = exp_format(f, p - 1, alt);
        if !alt {
            if let Some((m, e)) = r.split_once('e') {
                let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
                r = format!("{m}e{e}");
            }
        }
        r
    }
}

pub fn format_str(vm: &Vm, s: &str, sp: &Spec) -> PyResult<String> {
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(vm.value_error(&format!("Unknown format code '{t}' for object of type 'str'")));
        }
    }
    if sp.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(sp, "", &body, '<'))
}

/// `format(v, spec)` for built-in values.
pub fn format_builtin(vm: &Vm, v: &Value, spec: &str) -> PyResult<Value> {
    let layout = v.ty().layout;
    if spec.is_empty() {
        return vm.str(v);
    }
    let sp = parse_spec(vm, spec)?;
    let s = match layout {
        Layout::Int | Layout::Bool => {
            let i = as_int(v).expect("int").to_bigint();
            match sp.ty {
                Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float(vm, num_traits::ToPrimitive::to_f64(&i).unwrap_or(f64::INFINITY), &sp)?,
                None if layout == Layout::Bool && sp.width.is_none() => return vm.str(v),
                _ => format_int(vm, &i, &sp)?,
            }
        }
        Layout::Float => format_float(vm, as_float(v).expect("float"), &sp)?,
        Layout::Str => format_str(vm, v.as_rust_str().expect("str"), &sp)?,
        Layout::Complex => {
            let c = v.downcast::<crate::types::float::ComplexData>().expect("complex");
            let r = crate::types::float::complex_repr(c.re, c.im);
            pad(&sp, "", &r, '>')
        }
        _ => {
            if !spec.is_empty() {
                return Err(vm.type_error(&format!("unsupported format string passed to {}.__format__", v.ty().name())));
            }
            return vm.str(v);
        }
    };
    Ok(new_str(&s))
}

/// Resolves a field name like `0.attr[key]` against args/kwargs.
fn resolve_field(vm: &Vm, name: &str, args: &[Value], kw: &dyn Fn(&str) -> PyResult<Option<Value>>, auto: &mut Option<usize>) -> PyResult<Value> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(end);
    let mut v = if first.is_empty() {
        let i = match auto {
            Some(i) => *i,
            None => return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering")),
        };
        *auto = Some(i + 1);
        args.get(i).cloned().ok_or_else(|| vm.index_error(&format!("Replacement index {i} out of range for positional args tuple")))?
    } else if let Ok(i) = first.parse::<usize>() {
        if auto.is_some_and(|a| a > 0) {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *auto = None;
        args.get(i).cloned().ok_or_else(|| vm.index_error(&format!("Replacement index {i} out of range for positional args tuple")))?
    } else {
        kw(first)?.ok_or_else(|| vm.key_error(new_str(first)))?
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            v = vm.get_attr(&v, &vm.intern(&r[..e]))?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..e];
            let k = match key.parse::<i64>() {
                Ok(i) => crate::types::int::new_int(i),
                Err(_) => new_str(key),
            };
            v = vm.get_item(&v, &k)?;
            rest = &r[e + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

fn format_template(vm: &Vm, tmpl: &str, args: &[Value], kw: &dyn Fn(&str) -> PyResult<Option<Value>>, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let cs: Vec<char> = tmpl.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut auto = Some(0usize);
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if i + 1 < cs.len() && cs[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces in the spec).
            let mut j = i + 1;
            let mut level = 1;
            while j < cs.len() {
                if cs[j] == '{' {
                    level += 1;
                } else if cs[j] == '}' {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= cs.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = cs[i + 1..j].iter().collect();
            let (name_conv, spec) = match field.find(':') {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(k) => (name_conv[..k].to_string(), Some(name_conv[k + 1..].to_string())),
                None => (name_conv, None),
            };
            let v = resolve_field(vm, &name, args, kw, &mut auto)?;
            let v = match conv.as_deref() {
                None => v,
                Some("r") => vm.repr(&v)?,
                Some("s") => vm.str(&v)?,
                Some("a") => vm.ascii(&v)?,
                Some(o) => return Err(vm.value_error(&format!("Unknown conversion specifier {o}"))),
            };
            let spec = if spec.contains('{') {
                let mut a2 = auto;
                let r = format_template(vm, &spec, args, kw, depth + 1);
                a2 = a2.map(|x| x + spec.matches('{').count());
                auto = a2;
                r?
            } else {
                spec
            };
            let r = vm.format(&v, &new_str(&spec))?;
            out.push_str(r.as_rust_str().unwrap_or(""));
            i = j + 1;
        } else if c == '}' {
            if i + 1 < cs.len() && cs[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let tmpl = pos[0].as_rust_str().ok_or_else(|| vm.type_error("format requires a str"))?.to_string();
    let kwf = |k: &str| -> PyResult<Option<Value>> {
        Ok(kws.iter().find(|(n, _)| n.as_rust_str() == Some(k)).map(|(_, v)| (*v).clone()))
    };
    Ok(new_str(&format_template(vm, &tmpl, &pos[1..], &kwf, 0)?))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &Vm, s: &Value, mapping: &Value) -> PyResult<Value> {
    let tmpl = s.as_rust_str().unwrap_or("").to_string();
    let kwf = |k: &str| -> PyResult<Option<Value>> { vm.get_item(mapping, &new_str(k)).map(Some) };
    Ok(new_str(&format_template(vm, &tmpl, &[], &kwf, 0)?))
}

/// `str % args`.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f: Vec<char> = fmt.as_rust_str().unwrap_or("").chars().collect();
    let tuple_args: Vec<Value> = match args.as_tuple() {
        Some(t) if !crate::protocol::object::is_heap(args) || true => t.to_vec(),
        _ => vec![args.clone()],
    };
    let is_mapping = args.as_tuple().is_none() && (args.as_dict().is_some() || (crate::protocol::object::is_heap(args) && args.ty().lookup(&vm.names.__getitem__).is_some() && args.as_str_data().is_none()));
    let mut out = String::new();
    let mut ai = 0;
    let mut i = 0;
    let next_arg = |ai: &mut usize| -> PyResult<Value> {
        let v = tuple_args.get(*ai).cloned().ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        *ai += 1;
        Ok(v)
    };
    while i < f.len() {
        if f[i] != '%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= f.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key_val = None;
        if f[i] == '(' {
            let mut depth = 1;
            let st = i + 1;
            i += 1;
            while i < f.len() && depth > 0 {
                if f[i] == '(' {
                    depth += 1;
                } else if f[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            let key: String = f[st..i - 1].iter().collect();
            key_val = Some(vm.get_item(args, &new_str(&key))?);
        }
        let mut sp = Spec::default();
        let mut left = false;
        while i < f.len() && matches!(f[i], '-' | '+' | ' ' | '#' | '0') {
            match f[i] {
                '-' => left = true,
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                _ => sp.zero = true,
            }
            i += 1;
        }
        if i < f.len() && f[i] == '*' {
            let w = next_arg(&mut ai)?;
            sp.width = Some(vm.index_isize(&w)?.unsigned_abs());
            i += 1;
        } else {
            let st = i;
            while i < f.len() && f[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                sp.width = f[st..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < f.len() && f[i] == '.' {
            i += 1;
            if i < f.len() && f[i] == '*' {
                let p = next_arg(&mut ai)?;
                sp.precision = Some(vm.index_isize(&p)?.max(0) as usize);
                i += 1;
            } else {
                let st = i;
                while i < f.len() && f[i].is_ascii_digit() {
                    i += 1;
                }
                sp.precision = Some(f[st..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        if i < f.len() && matches!(f[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= f.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = f[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match key_val.take() {
            Some(v) => v,
            None => {
                if is_mapping && args.as_tuple().is_none() {
                    args.clone()
                } else {
                    next_arg(&mut ai)?
                }
            }
        };
        if left {
            sp.align = Some('<');
            sp.zero = false;
        }
        let piece = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str(&v)?,
                    'r' => vm.repr(&v)?,
                    _ => vm.ascii(&v)?,
                };
                sp.zero = false;
                let text = s.as_rust_str().unwrap_or("").to_string();
                let body: String = match sp.precision {
                    Some(p) => text.chars().take(p).collect(),
                    None => text,
                };
                sp.precision = None;
                pad(&sp, "", &body, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let iv = match as_int(&v) {
                    Some(x) => x.to_bigint(),
                    None => match as_float(&v) {
                        Some(fl) if matches!(conv, 'd' | 'i' | 'u') => {
                            as_int(&crate::types::intmethods::float_to_int(vm, fl)?).expect("int").to_bigint()
                        }
                        _ => {
                            let r = vm.index(&v).map_err(|_| {
                                vm.type_error(&format!(
                                    "%{} format: {} is required, not {}",
                                    conv,
                                    if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" },
                                    v.ty().name()
                                ))
                            })?;
                            as_int(&r).expect("int").to_bigint()
                        }
                    },
                };
                let p = sp.precision.take();
                sp.ty = Some(match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                });
                let mut sp2 = Spec { alt: sp.alt, ..Spec::default() };
                sp2.ty = sp.ty;
                let mut s = format_int(vm, &iv, &sp2)?;
                if let Some(p) = p {
                    let neg = s.starts_with('-');
                    let digits = s.trim_start_matches('-').to_string();
                    let (pre, d) = if sp.alt && digits.len() > 2 { digits.split_at(2) } else { ("", digits.as_str()) };
                    s = format!("{}{}{:0>p$}", if neg { "-" } else { "" }, pre, d, p = p);
                }
                let (sign, body) = if let Some(r) = s.strip_prefix('-') { ("-".to_string(), r.to_string()) } else {
                    (match sp.sign { Some('+') => "+".into(), Some(' ') => " ".into(), _ => String::new() }, s)
                };
                sp.ty = None;
                pad(&sp, &sign, &body, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let fl = crate::types::floatmethods::float_from_value(vm, &v).map_err(|_| {
                    vm.type_error(&format!("must be real number, not {}", v.ty().name()))
                })?;
                sp.ty = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                format_float(vm, fl, &sp)?
            }
            'c' => {
                let c = if let Some(s) = v.as_rust_str() {
                    if s.chars().count() != 1 {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    s.to_string()
                } else {
                    let n = as_int(&v).and_then(|x| x.to_i64()).ok_or_else(|| vm.type_error("%c requires int or char"))?;
                    char::from_u32(n as u32).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?.to_string()
                };
                pad(&sp, "", &c, '>')
            }
            o => {
                return Err(vm.value_error(&format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    o,
                    o as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&piece);
    }
    if ai < tuple_args.len() && !is_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    let _ = shortest_digits;
    Ok(new_str(&out))
}
