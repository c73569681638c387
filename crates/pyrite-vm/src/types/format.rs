//! String formatting: the format-spec mini-language (`format()`, f-strings, `str.format`) for
//! `int`, `float` and `str`, `str.format`/`format_map` field parsing, and `%`-formatting of
//! `str` and `bytes`.

use crate::object::{Layout, Value};
use crate::types::float::{as_float, float_repr};
use crate::types::int::as_int;
use crate::types::object::split_kwargs;
use crate::types::str::{new_str, str_from_data, StrData};
use crate::vm::{PyResult, Vm};

/// A parsed format spec.
#[derive(Default, Debug, Clone)]
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

fn type_code_repr(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 { c.to_string() } else { format!("\\x{n:x}") }
}

/// Widths and precisions beyond this raise `MemoryError` instead of aborting the process.
const MAX_WIDTH: usize = 1 << 30;

/// Parses a spec as CPython's `parse_internal_render_format_spec` does; `default_align` is
/// `'>'` for numbers and `'<'` for strings; `tyname` names the object's type for errors.
pub fn parse_spec_for(vm: &Vm, s: &str, default_align: char, tyname: &str) -> PyResult<Spec> {
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
    if i < cs.len() && cs[i] == '0' && sp.fill.is_none() {
        sp.zero = true;
        sp.fill = Some('0');
        if sp.align.is_none() && default_align == '>' {
            sp.align = Some('=');
        }
        i += 1;
    }
    let digits = |i: &mut usize| -> PyResult<Option<usize>> {
        let st = *i;
        while *i < cs.len() && cs[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i == st {
            return Ok(None);
        }
        let t: String = cs[st..*i].iter().collect();
        match t.parse::<usize>() {
            Ok(v) if v <= isize::MAX as usize => Ok(Some(v)),
            _ => Err(vm.value_error("Too many decimal digits in format string")),
        }
    };
    sp.width = digits(&mut i)?;
    if sp.width.is_some_and(|w| w > MAX_WIDTH) {
        return Err(vm.memory_error());
    }
    if i < cs.len() && cs[i] == ',' {
        sp.grouping = Some(',');
        i += 1;
    }
    if i < cs.len() && cs[i] == '_' {
        if sp.grouping.is_some() {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
        sp.grouping = Some('_');
        i += 1;
    }
    if i < cs.len() && cs[i] == ',' && sp.grouping == Some('_') {
        return Err(vm.value_error("Cannot specify both ',' and '_'."));
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        sp.precision = digits(&mut i)?;
        if sp.precision.is_none() {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        if sp.precision.is_some_and(|p| p > MAX_WIDTH) {
            return Err(vm.memory_error());
        }
    }
    if cs.len() - i > 1 {
        return Err(vm.value_error(&format!("Invalid format specifier '{s}' for object of type '{tyname}'")));
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
    }
    if let Some(g) = sp.grouping {
        // Strings default to presentation type 's', numbers to none.
        let ty = if default_align == '<' { sp.ty.or(Some('s')) } else { sp.ty };
        match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(vm.value_error(&format!("Cannot specify '{g}' with '{}'.", type_code_repr(t))));
            }
        }
    }
    Ok(sp)
}

/// Parses a spec for a number.
pub fn parse_spec(vm: &Vm, s: &str) -> PyResult<Spec> {
    parse_spec_for(vm, s, '>', "int")
}

/// Inserts `sep` every `every` digits from the right, padding with zeros up to `min_width`.
fn group(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let mut ds: Vec<char> = digits.chars().collect();
    let grouped_len = |n: usize| if n == 0 { 0 } else { n + (n - 1) / every };
    while grouped_len(ds.len()) < min_width {
        ds.insert(0, '0');
    }
    let n = ds.len();
    let mut out = String::with_capacity(grouped_len(n));
    for (i, c) in ds.iter().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// Lays out a number: `sign` + `prefix` + `digits` (integer digits, to be grouped) + `rest`.
fn layout_number(sp: &Spec, sign: &str, prefix: &str, digits: &str, rest: &str, every: usize) -> String {
    let fill = sp.fill.unwrap_or(' ');
    let align = sp.align.unwrap_or('>');
    let width = sp.width.unwrap_or(0);
    let lead = sign.chars().count() + prefix.chars().count();
    let rest_len = rest.chars().count();
    let body = match sp.grouping {
        Some(g) if !digits.is_empty() => {
            let min = if fill == '0' && align == '=' { width.saturating_sub(lead + rest_len) } else { 0 };
            group(digits, g, every, min)
        }
        _ => digits.to_string(),
    };
    let len = lead + body.chars().count() + rest_len;
    let n = width.saturating_sub(len);
    // (Built by pushes: `format!` costs several times as much for these short pieces.)
    let mut out = String::with_capacity(sign.len() + prefix.len() + body.len() + rest.len() + n * fill.len_utf8());
    let fill_n = |out: &mut String, k: usize| out.extend(std::iter::repeat_n(fill, k));
    let (before, inside, after) = match align {
        '<' => (0, 0, n),
        '^' => (n / 2, 0, n - n / 2),
        '=' => (0, n, 0),
        _ => (n, 0, 0),
    };
    fill_n(&mut out, before);
    out.push_str(sign);
    out.push_str(prefix);
    fill_n(&mut out, inside);
    out.push_str(&body);
    out.push_str(rest);
    fill_n(&mut out, after);
    out
}

/// Pads a string body.
fn pad_str(sp: &Spec, body: &str, default_align: char) -> String {
    let fill = sp.fill.unwrap_or(' ');
    let align = sp.align.unwrap_or(default_align);
    let len = body.chars().count();
    let w = sp.width.unwrap_or(0);
    if len >= w {
        return body.to_string();
    }
    let n = w - len;
    let (before, after) = match align {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        _ => (n, 0),
    };
    let mut out = String::with_capacity(body.len() + n * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, before));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, after));
    out
}

fn sign_str(neg: bool, sign: Option<char>) -> &'static str {
    if neg {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(vm: &Vm, v: &num_bigint::BigInt, sp: &Spec) -> PyResult<String> {
    format_int_named(vm, v, sp, "int")
}

fn format_int_named(vm: &Vm, v: &num_bigint::BigInt, sp: &Spec, tyname: &str) -> PyResult<String> {
    use num_traits::Signed;
    let ty = sp.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = num_traits::ToPrimitive::to_f64(v).filter(|f| f.is_finite()).ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
        return format_float_named(vm, f, sp, tyname);
    }
    if !matches!(ty, 'd' | 'n' | 'x' | 'X' | 'o' | 'b' | 'c') {
        return Err(vm.value_error(&format!("Unknown format code '{}' for object of type '{tyname}'", type_code_repr(ty))));
    }
    if sp.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if sp.z {
        return Err(vm.value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let (digits, prefix) = match ty {
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        'b' => (mag.to_str_radix(2), "0b"),
        'c' => {
            if sp.sign.is_some() {
                return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            if sp.alt {
                return Err(vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
            }
            let n = num_traits::ToPrimitive::to_i64(v).ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?;
            let c = u32::try_from(n).ok().filter(|&c| c < 0x110000).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            let s = str_from_data(StrData::from_code_points(&[c]));
            return Ok(pad_str(sp, s.as_rust_str().unwrap_or(""), '>'));
        }
        _ => (crate::types::int::bigint_to_decimal(vm, &mag)?, ""),
    };
    let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
    Ok(layout_number(sp, sign_str(neg, sp.sign), if sp.alt { prefix } else { "" }, &digits, "", every))
}

/// `{:.prec$}` without Rust's precision limit (digits past 1100 decimals are zeros).
fn fixed(f: f64, prec: usize) -> String {
    let p = prec.min(1100);
    let mut s = format!("{:.*}", p, f);
    s.extend(std::iter::repeat_n('0', prec - p));
    s
}

/// `{:.prec$e}` without Rust's precision limit (significant digits past 800 are zeros).
fn sci(f: f64, prec: usize) -> String {
    let p = prec.min(800);
    let s = format!("{:.*e}", p, f);
    if prec == p {
        return s;
    }
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    format!("{m}{}e{e}", "0".repeat(prec - p))
}

/// `%e`-style text of a finite non-negative float with `prec` decimals.
fn exp_text(f: f64, prec: usize, alt: bool) -> String {
    let s = sci(f, prec);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let m = if alt && !m.contains('.') { format!("{m}.") } else { m.to_string() };
    format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
}

/// Decimal exponent of `f` rounded to `p` significant digits.
fn exp10_after_round(f: f64, p: usize) -> i32 {
    if f == 0.0 {
        return 0;
    }
    let s = sci(f, p.saturating_sub(1));
    s.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0)
}

/// Formats a finite non-negative float by type letter (`r` = repr), as `PyOS_double_to_string`.
fn float_text(f: f64, ty: char, prec: usize, alt: bool, add_dot_0: bool) -> String {
    match ty {
        'f' | 'F' => {
            let s = fixed(f, prec);
            if alt && !s.contains('.') { format!("{s}.") } else { s }
        }
        'e' | 'E' => exp_text(f, prec, alt),
        'r' => {
            let r = float_repr(f);
            match r.split_once('e') {
                Some((m, e)) if alt && !m.contains('.') => format!("{m}.e{e}"),
                _ => r,
            }
        }
        _ => {
            // 'g'
            let p = prec.max(1);
            let x = exp10_after_round(f, p);
            let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            let mut r = if x < -4 || x >= limit {
                let mut r = exp_text(f, p - 1, alt);
                if !alt {
                    if let Some((m, e)) = r.split_once('e') {
                        let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
                        r = format!("{m}e{e}");
                    }
                }
                r
            } else {
                let decimals = (p as i32 - 1 - x).max(0) as usize;
                let mut r = fixed(f, decimals);
                if alt {
                    if !r.contains('.') {
                        r.push('.');
                    }
                } else if r.contains('.') {
                    r = r.trim_end_matches('0').trim_end_matches('.').to_string();
                }
                r
            };
            if add_dot_0 && !r.contains('.') && !r.contains('e') {
                r.push_str(".0");
            }
            r
        }
    }
}

pub fn format_float(vm: &Vm, f: f64, sp: &Spec) -> PyResult<String> {
    format_float_named(vm, f, sp, "float")
}

fn format_float_named(vm: &Vm, f: f64, sp: &Spec, tyname: &str) -> PyResult<String> {
    let mut ty = sp.ty.unwrap_or('\0');
    let mut add_dot_0 = false;
    let mut default_prec = 6;
    match ty {
        '\0' => {
            add_dot_0 = true;
            ty = 'r';
            default_prec = 0;
        }
        'n' => ty = 'g',
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {}
        c => return Err(vm.value_error(&format!("Unknown format code '{}' for object of type '{tyname}'", type_code_repr(c)))),
    }
    let mut val = f;
    let pct = ty == '%';
    if pct {
        ty = 'f';
        val *= 100.0;
    }
    let prec = match sp.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_prec,
    };
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let lower_ty = ty.to_ascii_lowercase();
    let mut body = if val.is_nan() {
        "nan".to_string()
    } else if val.is_infinite() {
        "inf".to_string()
    } else {
        float_text(val.abs(), lower_ty, prec, sp.alt, add_dot_0)
    };
    if upper {
        body = body.to_uppercase();
    }
    let mut neg = val.is_sign_negative() && !val.is_nan();
    // Negative zero coercion: only when the mantissa rounds to zero.
    if neg && sp.z {
        let mant = body.split(['e', 'E']).next().unwrap_or("");
        if mant.chars().all(|c| c == '0' || c == '.') {
            neg = false;
        }
    }
    if pct {
        body.push('%');
    }
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    Ok(layout_number(sp, sign_str(neg, sp.sign), "", digits, rest, 3))
}

/// `format(complex, spec)`, as CPython's `format_complex_internal`.
fn format_complex(vm: &Vm, re: f64, im: f64, sp: &Spec, tyname: &str) -> PyResult<String> {
    let mut ty = sp.ty.unwrap_or('\0');
    let mut default_prec = 6;
    let mut skip_re = false;
    let mut parens = false;
    match ty {
        '\0' => {
            ty = 'r';
            default_prec = 0;
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
        }
        'n' => ty = 'g',
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {}
        c => return Err(vm.value_error(&format!("Unknown format code '{}' for object of type '{tyname}'", type_code_repr(c)))),
    }
    let prec = match sp.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_prec,
    };
    if sp.fill == Some('0') {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let part = |x: f64, sign: Option<char>| -> String {
        let upper = matches!(ty, 'E' | 'F' | 'G');
        let mut body = if x.is_nan() {
            "nan".to_string()
        } else if x.is_infinite() {
            "inf".to_string()
        } else if ty == 'r' {
            let r = float_repr(x.abs());
            match r.strip_suffix(".0") {
                Some(t) if sp.alt => format!("{t}."),
                Some(t) => t.to_string(),
                None => match r.split_once('e') {
                    Some((m, e)) if sp.alt && !m.contains('.') => format!("{m}.e{e}"),
                    _ => r,
                },
            }
        } else {
            float_text(x.abs(), ty.to_ascii_lowercase(), prec, sp.alt, false)
        };
        if upper {
            body = body.to_uppercase();
        }
        let mut neg = x.is_sign_negative() && !x.is_nan();
        if neg && sp.z {
            let mant = body.split(['e', 'E']).next().unwrap_or("");
            if mant.chars().all(|c| c == '0' || c == '.') {
                neg = false;
            }
        }
        let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
        let (digits, rest) = body.split_at(split);
        let plain = Spec { grouping: sp.grouping, ..Spec::default() };
        layout_number(&plain, sign_str(neg, sign), "", digits, rest, 3)
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        out.push_str(&part(re, sp.sign));
    }
    out.push_str(&part(im, if skip_re { sp.sign } else { Some('+') }));
    out.push('j');
    if parens {
        out.push(')');
    }
    Ok(pad_str(sp, &out, '>'))
}

pub fn format_str(vm: &Vm, s: &str, sp: &Spec) -> PyResult<String> {
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(vm.value_error(&format!("Unknown format code '{}' for object of type 'str'", type_code_repr(t))));
        }
    }
    if let Some(sign) = sp.sign {
        if sign == ' ' {
            return Err(vm.value_error("Space not allowed in string format specifier"));
        }
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if sp.z {
        return Err(vm.value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if sp.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad_str(sp, &body, '<'))
}

/// `format(v, spec)` for built-in values.
pub fn format_builtin(vm: &Vm, v: &Value, spec: &str) -> PyResult<Value> {
    let layout = v.ty().layout;
    if spec.is_empty() {
        return vm.str(v);
    }
    let tyname = v.ty().name().to_string();
    let s = match layout {
        Layout::Int | Layout::Bool => {
            let sp = parse_spec_for(vm, spec, '>', &tyname)?;
            let Some(i) = as_int(v) else { return vm.str(v) };
            format_int_named(vm, &i.to_bigint(), &sp, &tyname)?
        }
        Layout::Float => {
            let sp = parse_spec_for(vm, spec, '>', &tyname)?;
            format_float_named(vm, as_float(v).unwrap_or(f64::NAN), &sp, &tyname)?
        }
        Layout::Str => {
            let sp = parse_spec_for(vm, spec, '<', &tyname)?;
            let Some(sd) = v.as_str_data() else { return vm.str(v) };
            if sp.precision.is_none() && sp.width.is_none_or(|w| w <= sd.len()) && sp.ty.is_none_or(|t| t == 's')
                && sp.sign.is_none() && !sp.z && !sp.alt && sp.align != Some('=')
            {
                return Ok(str_from_data(sd.substring(0, sd.len())));
            }
            let (t, sur) = crate::types::strmethods::tx(sd);
            let r = format_str(vm, &t, &sp)?;
            return Ok(crate::types::strmethods::back(&r, sur));
        }
        Layout::Complex => {
            let sp = parse_spec_for(vm, spec, '>', &tyname)?;
            let c = v.downcast::<crate::types::float::ComplexData>().ok_or_else(|| vm.type_error("complex expected"))?;
            format_complex(vm, c.re, c.im, &sp, &tyname)?
        }
        _ => {
            return Err(vm.type_error(&format!("unsupported format string passed to {}.__format__", v.ty().name())));
        }
    };
    Ok(new_str(&s))
}

// ---------------------------------------------------------------------------------------------
// str.format

/// Auto-numbering state shared across nested specs.
struct AutoNum {
    /// 0: undecided, 1: automatic, 2: manual.
    mode: u8,
    next: usize,
}

struct Ctx<'a> {
    args: Option<&'a [Value]>,
    kw: &'a dyn Fn(&str) -> PyResult<Option<Value>>,
}

fn parse_index(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>().map(Some).map_err(|_| vm.value_error("Too many decimal digits in format string"))
}

fn resolve_field(vm: &Vm, name: &str, ctx: &Ctx, auto: &mut AutoNum) -> PyResult<Value> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(end);
    let idx = if first.is_empty() {
        if auto.mode == 2 {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        auto.mode = 1;
        let i = auto.next;
        auto.next += 1;
        Some(i)
    } else {
        let i = parse_index(vm, first)?;
        if i.is_some() {
            if auto.mode == 1 {
                return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            auto.mode = 2;
        }
        i
    };
    let mut v = match idx {
        Some(i) => {
            let args = ctx.args.ok_or_else(|| vm.value_error("Format string contains positional fields"))?;
            args.get(i).cloned().ok_or_else(|| vm.index_error(&format!("Replacement index {i} out of range for positional args tuple")))?
        }
        None => (ctx.kw)(first)?.ok_or_else(|| vm.key_error(new_str(first)))?,
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            if e == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            v = vm.get_attr(&v, &vm.intern(&r[..e]))?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..e];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match parse_index(vm, key) {
                Ok(Some(i)) => crate::types::int::new_int(i as i64),
                _ => new_str(key),
            };
            v = vm.get_item(&v, &k)?;
            rest = &r[e + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

fn format_template(vm: &Vm, cs: &[char], ctx: &Ctx, auto: &mut AutoNum, depth: i32, sur: &mut bool) -> PyResult<String> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '}' {
            if i + 1 < cs.len() && cs[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 < cs.len() && cs[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 >= cs.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        // Parse the field as CPython's `parse_field` does, streaming from after the '{'.
        let mut p = i + 1;
        let name_start = p;
        let mut c = '\0';
        while p < cs.len() {
            c = cs[p];
            p += 1;
            match c {
                '{' => return Err(vm.value_error("unexpected '{' in field name")),
                '[' => {
                    while p < cs.len() && cs[p] != ']' {
                        p += 1;
                    }
                    c = '\0';
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => {
                    c = '\0';
                    continue;
                }
            }
        }
        let name: String = cs[name_start..if matches!(c, '}' | ':' | '!') { p - 1 } else { p }].iter().collect();
        let mut conv = None;
        let mut spec_cs: &[char] = &[];
        if c == '!' || c == ':' {
            let mut done = false;
            if c == '!' {
                if p >= cs.len() {
                    return Err(vm.value_error("end of string while looking for conversion specifier"));
                }
                conv = Some(cs[p]);
                p += 1;
                if p < cs.len() {
                    let c2 = cs[p];
                    p += 1;
                    if c2 == '}' {
                        done = true;
                    } else if c2 != ':' {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            if !done {
                let spec_start = p;
                let mut count = 1;
                let mut closed = false;
                while p < cs.len() {
                    let c3 = cs[p];
                    p += 1;
                    if c3 == '{' {
                        count += 1;
                    } else if c3 == '}' {
                        count -= 1;
                        if count == 0 {
                            spec_cs = &cs[spec_start..p - 1];
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(vm.value_error("unmatched '{' in format spec"));
                }
            }
        } else if c != '}' {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let j = p - 1;
        let v = resolve_field(vm, &name, ctx, auto)?;
        let v = match conv {
            None => v,
            Some('r') => vm.repr(&v)?,
            Some('s') => vm.str(&v)?,
            Some('a') => vm.ascii(&v)?,
            Some(o) => {
                let n = o as u32;
                return Err(vm.value_error(&if n > 32 && n < 127 {
                    format!("Unknown conversion specifier {o}")
                } else {
                    format!("Unknown conversion specifier \\x{n:x}")
                }));
            }
        };
        let spec: String = if spec_cs.contains(&'{') {
            format_template(vm, spec_cs, ctx, auto, depth - 1, sur)?
        } else {
            spec_cs.iter().collect()
        };
        let r = vm.format(&v, &crate::types::strmethods::back(&spec, *sur))?;
        if let Some(rd) = r.as_str_data() {
            let (t, s2) = crate::types::strmethods::tx(rd);
            *sur |= s2;
            out.push_str(&t);
        }
        i = j + 1;
    }
    Ok(out)
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let me = pos.first().ok_or_else(|| vm.type_error("descriptor 'format' of 'str' object needs an argument"))?;
    let (tmpl, mut sur) = crate::types::strmethods::tx(me.as_str_data().ok_or_else(|| vm.type_error("descriptor 'format' requires a 'str' object"))?);
    if !tmpl.contains(['{', '}']) {
        // Only literal text: CPython hands back the string itself (a subclass instance too).
        return Ok(me.clone());
    }
    let tmpl: Vec<char> = tmpl.chars().collect();
    let kwf = |k: &str| -> PyResult<Option<Value>> {
        Ok(kws.iter().find(|(n, _)| n.as_rust_str() == Some(k)).map(|(_, v)| (*v).clone()))
    };
    let ctx = Ctx { args: Some(&pos[1..]), kw: &kwf };
    let out = format_template(vm, &tmpl, &ctx, &mut AutoNum { mode: 0, next: 0 }, 2, &mut sur)?;
    Ok(crate::types::strmethods::back(&out, sur))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &Vm, s: &Value, mapping: &Value) -> PyResult<Value> {
    let Some(sd) = s.as_str_data() else { return Err(vm.type_error("descriptor 'format_map' requires a 'str' object")) };
    let (tmpl, mut sur) = crate::types::strmethods::tx(sd);
    let tmpl: Vec<char> = tmpl.chars().collect();
    let kwf = |k: &str| -> PyResult<Option<Value>> { vm.get_item(mapping, &new_str(k)).map(Some) };
    let ctx = Ctx { args: None, kw: &kwf };
    let out = format_template(vm, &tmpl, &ctx, &mut AutoNum { mode: 0, next: 0 }, 2, &mut sur)?;
    Ok(crate::types::strmethods::back(&out, sur))
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting

struct PctArgs {
    args: Value,
    arglen: isize,
    argidx: isize,
}

impl PctArgs {
    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        let i = self.argidx;
        if i < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(t) = self.args.as_tuple() {
                if let Some(v) = t.get(i as usize) {
                    return Ok(v.clone());
                }
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// The integer of a `%d`/`%x` argument.
fn pct_int(vm: &Vm, v: &Value, conv: char) -> PyResult<num_bigint::BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_bigint());
    }
    let wrong = || {
        vm.type_error(&format!(
            "%{} format: {} is required, not {}",
            conv,
            if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" },
            v.ty().name()
        ))
    };
    if matches!(conv, 'd' | 'i' | 'u') {
        if let Some(fl) = as_float(v) {
            let r = crate::types::intmethods::float_to_int(vm, fl)?;
            return as_int(&r).map(|i| i.to_bigint()).ok_or_else(wrong);
        }
        if v.ty().lookup(&vm.intern("__int__")).is_some() || v.ty().lookup(&vm.names.__index__).is_some() {
            let r = vm.call(&vm.types.int, &[v.clone()])?;
            return as_int(&r).map(|i| i.to_bigint()).ok_or_else(wrong);
        }
        return Err(wrong());
    }
    if v.ty().lookup(&vm.names.__index__).is_none() {
        return Err(wrong());
    }
    let r = vm.index(v)?;
    as_int(&r).map(|i| i.to_bigint()).ok_or_else(wrong)
}

/// Shared `%` engine over code points; `bytes_mode` selects the bytes conversions.
fn percent_core(vm: &Vm, f: &[u32], args: &Value, bytes_mode: bool) -> PyResult<Vec<u32>> {
    let is_tuple = args.as_tuple().is_some();
    let mut st = if is_tuple {
        PctArgs { args: args.clone(), arglen: args.as_tuple().map(|t| t.len() as isize).unwrap_or(0), argidx: 0 }
    } else {
        PctArgs { args: args.clone(), arglen: -1, argidx: -2 }
    };
    let excluded = if bytes_mode { args.as_bytes_vec().is_some() && args.downcast::<crate::types::bytes::BytesData>().is_some() } else { args.as_str_data().is_some() };
    let is_mapping = !is_tuple && !excluded && args.ty().lookup(&vm.names.__getitem__).is_some();
    let dict = if is_mapping { Some(args.clone()) } else { None };
    let mut out: Vec<u32> = Vec::with_capacity(f.len());
    let mut i = 0;
    let ch = |k: usize| f.get(k).copied().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    while i < f.len() {
        if f[i] != '%' as u32 {
            out.push(f[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= f.len() {
            return Err(vm.value_error("incomplete format"));
        }
        if f[i] == '%' as u32 {
            out.push('%' as u32);
            i += 1;
            continue;
        }
        if f[i] == '(' as u32 {
            let Some(d) = &dict else { return Err(vm.type_error("format requires a mapping")) };
            let mut depth = 1;
            let st_k = i + 1;
            i += 1;
            while i < f.len() {
                if f[i] == '(' as u32 {
                    depth += 1;
                } else if f[i] == ')' as u32 {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                i += 1;
            }
            if i >= f.len() {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = if bytes_mode {
                crate::types::bytes::new_bytes(f[st_k..i].iter().map(|&c| c as u8).collect())
            } else {
                str_from_data(StrData::from_code_points(&f[st_k..i]))
            };
            i += 1;
            st.args = vm.get_item(d, &key)?;
            st.arglen = -1;
            st.argidx = -2;
        }
        let mut sp = Spec::default();
        let mut left = false;
        while i < f.len() {
            match ch(i) {
                '-' => left = true,
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                '0' => sp.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < f.len() && ch(i) == '*' {
            let w = st.next(vm)?;
            if as_int(&w).is_none() {
                return Err(vm.type_error("* wants int"));
            }
            let w = crate::types::strmethods::ssize_arg(vm, &w)?;
            if w.unsigned_abs() > i32::MAX as usize {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            if w.unsigned_abs() > MAX_WIDTH {
                return Err(vm.memory_error());
            }
            if w < 0 {
                left = true;
            }
            sp.width = Some(w.unsigned_abs());
            i += 1;
        } else {
            let s0 = i;
            while i < f.len() && ch(i).is_ascii_digit() {
                i += 1;
            }
            if i > s0 {
                let t: String = (s0..i).map(ch).collect();
                let w: usize = t.parse().map_err(|_| vm.value_error("width too big"))?;
                if w > MAX_WIDTH {
                    return Err(vm.memory_error());
                }
                sp.width = Some(w);
            }
        }
        if i < f.len() && ch(i) == '.' {
            i += 1;
            if i < f.len() && ch(i) == '*' {
                let p = st.next(vm)?;
                if as_int(&p).is_none() {
                    return Err(vm.type_error("* wants int"));
                }
                let p = crate::types::strmethods::ssize_arg(vm, &p)?;
                if p.unsigned_abs() > i32::MAX as usize {
                    return Err(vm.overflow_error("Python int too large to convert to C int"));
                }
                if p as usize > MAX_WIDTH && p > 0 {
                    return Err(vm.memory_error());
                }
                sp.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let s0 = i;
                while i < f.len() && ch(i).is_ascii_digit() {
                    i += 1;
                }
                let t: String = (s0..i).map(ch).collect();
                let p: usize = if t.is_empty() { 0 } else { t.parse().ok().filter(|p| *p <= i32::MAX as usize).ok_or_else(|| vm.value_error("precision too big"))? };
                if p > MAX_WIDTH {
                    return Err(vm.memory_error());
                }
                sp.precision = Some(p);
            }
        }
        while i < f.len() && matches!(ch(i), 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= f.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = ch(i);
        let conv_idx = i;
        i += 1;
        let v = st.next(vm)?;
        // Text pieces are (sign, prefix, body) for numbers, or plain code points.
        let mut numeric: Option<(String, String, String)> = None;
        let mut text: Vec<u32> = Vec::new();
        match conv {
            's' | 'r' | 'a' | 'b' if bytes_mode => {
                let b: Vec<u8> = if conv == 's' || conv == 'b' {
                    if let Some(b) = v.as_bytes_vec() {
                        b
                    } else if let Some(m) = v.ty().lookup(&vm.intern("__bytes__")) {
                        let r = vm.call(&m, &[v.clone()])?;
                        r.as_bytes_vec().ok_or_else(|| vm.type_error(&format!("__bytes__ returned non-bytes (type {})", r.ty().name())))?
                    } else {
                        return Err(vm.type_error(&format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            v.ty().name()
                        )));
                    }
                } else {
                    let r = vm.ascii(&v)?;
                    r.as_rust_str().unwrap_or("").bytes().collect()
                };
                text = b.iter().map(|&c| c as u32).collect();
                if let Some(p) = sp.precision {
                    text.truncate(p);
                }
            }
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str(&v)?,
                    'r' => vm.repr(&v)?,
                    _ => vm.ascii(&v)?,
                };
                text = s.as_str_data().map(|d| d.to_code_points()).unwrap_or_default();
                if let Some(p) = sp.precision {
                    text.truncate(p);
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                use num_traits::Signed;
                let iv = pct_int(vm, &v, conv)?;
                let mag = iv.abs();
                let mut digits = match conv {
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    'o' => mag.to_str_radix(8),
                    _ => crate::types::int::bigint_to_decimal(vm, &mag)?,
                };
                if let Some(p) = sp.precision {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let prefix = if sp.alt {
                    match conv {
                        'x' => "0x",
                        'X' => "0X",
                        'o' => "0o",
                        _ => "",
                    }
                } else {
                    ""
                };
                numeric = Some((sign_str(iv.is_negative(), sp.sign).to_string(), prefix.to_string(), digits));
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let fl = match as_float(&v) {
                    Some(x) => x,
                    None => match as_int(&v) {
                        Some(i) => num_traits::ToPrimitive::to_f64(&i.to_bigint()).filter(|x| x.is_finite()).ok_or_else(|| vm.overflow_error("int too large to convert to float"))?,
                        None => crate::types::floatmethods::float_from_value(vm, &v)
                            .map_err(|_| vm.type_error(&format!("must be real number, not {}", v.ty().name())))?,
                    },
                };
                let prec = sp.precision.unwrap_or(6);
                let lower = conv.to_ascii_lowercase();
                let mut body = if fl.is_nan() {
                    "nan".to_string()
                } else if fl.is_infinite() {
                    "inf".to_string()
                } else {
                    float_text(fl.abs(), lower, prec, sp.alt, false)
                };
                if conv.is_ascii_uppercase() {
                    body = body.to_uppercase();
                }
                let neg = fl.is_sign_negative() && !fl.is_nan();
                numeric = Some((sign_str(neg, sp.sign).to_string(), String::new(), body));
            }
            'c' => {
                if bytes_mode {
                    if let Some(b) = v.as_bytes_vec().filter(|b| b.len() == 1) {
                        text = vec![b[0] as u32];
                    } else if let Some(n) = as_int(&v) {
                        let n = n.to_i64().filter(|n| (0..256).contains(n)).ok_or_else(|| vm.overflow_error("%c arg not in range(256)"))?;
                        text = vec![n as u32];
                    } else {
                        return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
                    }
                } else if let Some(s) = v.as_str_data() {
                    if s.len() != 1 {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    text = vec![s.char_at(0)];
                } else if as_int(&v).is_some() || v.ty().lookup(&vm.names.__index__).is_some() {
                    let iv = vm.index(&v)?;
                    let n = as_int(&iv)
                        .and_then(|n| n.to_i64())
                        .filter(|n| (0..0x110000).contains(n))
                        .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
                    text = vec![n as u32];
                } else {
                    return Err(vm.type_error("%c requires int or char"));
                }
            }
            o => {
                let n = o as u32;
                let shown = if (32..127).contains(&n) { o.to_string() } else { "?".to_string() };
                return Err(vm.value_error(&format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown, n, conv_idx
                )));
            }
        }
        let width = sp.width.unwrap_or(0);
        match numeric {
            Some((sign, prefix, body)) => {
                let len = sign.len() + prefix.len() + body.chars().count();
                let pad = width.saturating_sub(len);
                if !left && !sp.zero {
                    out.extend(std::iter::repeat_n(' ' as u32, pad));
                }
                out.extend(sign.chars().map(|c| c as u32));
                out.extend(prefix.chars().map(|c| c as u32));
                if !left && sp.zero {
                    out.extend(std::iter::repeat_n('0' as u32, pad));
                }
                out.extend(body.chars().map(|c| c as u32));
                if left {
                    out.extend(std::iter::repeat_n(' ' as u32, pad));
                }
            }
            None => {
                let n = width.saturating_sub(text.len());
                if !left {
                    out.extend(std::iter::repeat_n(' ' as u32, n));
                }
                out.extend(text);
                if left {
                    out.extend(std::iter::repeat_n(' ' as u32, n));
                }
            }
        }
    }
    if st.argidx < st.arglen && dict.is_none() {
        return Err(vm.type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// `str % args`.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = fmt.as_str_data().map(|d| d.to_code_points()).unwrap_or_default();
    let out = percent_core(vm, &f, args, false)?;
    Ok(str_from_data(StrData::from_code_points(&out)))
}

/// `bytes % args`.
pub fn bytes_percent_format(vm: &Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let f: Vec<u32> = fmt.iter().map(|&c| c as u32).collect();
    let out = percent_core(vm, &f, args, true)?;
    Ok(out.into_iter().map(|c| c as u8).collect())
}
