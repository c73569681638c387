//! The disassembler: the text `python3.12 -m dis` prints for a code object and, recursively, for
//! the code objects among its constants (CPython's `Lib/dis.py`, `_disassemble_recursive`).
//!
//! Layout per instruction: line-number column (3 wide, only where a line starts), the current
//! instruction marker (always blank here), `>>` for jump targets, the byte offset, the opname
//! padded to 20, the argument right-aligned in 5 and the resolved argument in parentheses. Inline
//! caches are hidden but counted in the offsets. Code objects print with a fixed placeholder
//! address so the output is deterministic. Also here: Python `repr` of constants, which `dis`
//! needs and the VM may reuse.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::code::{CodeObject, Constant};
use crate::exctable;
use crate::linetable;
use crate::opcodes::{ArgKind, BINARY_OPS, CMP_OPS, HAVE_ARGUMENT, INTRINSIC_1, INTRINSIC_2, Opcode};

/// The address printed in `<code object ... at ADDR ...>`.
pub const PLACEHOLDER_ADDRESS: &str = "0x0000";

/// Python's `repr(float)`: the shortest digits that round-trip, fixed notation for exponents in
/// -4..16, scientific otherwise (`float_repr_style` "short", `'r'` mode).
pub fn float_repr(x: f64) -> String {
    float_format(x, true)
}

fn float_format(x: f64, add_dot_zero: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let (neg, digits, exp) = shortest_digits(x);
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let nd = digits.len() as i32;
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else if nd > exp + 1 {
            out.push_str(&digits[..(exp + 1) as usize]);
            out.push('.');
            out.push_str(&digits[(exp + 1) as usize..]);
        } else {
            out.push_str(&digits);
            for _ in 0..(exp + 1 - nd) {
                out.push('0');
            }
            if add_dot_zero {
                out.push_str(".0");
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    out
}

/// The shortest decimal digits that round-trip to `x`, and the decimal exponent of the first,
/// choosing among equally short candidates the one nearest to `x`, ties to even, as David Gay's
/// `dtoa` (mode 0) does for CPython.
fn shortest_digits(x: f64) -> (bool, String, i32) {
    use num_bigint::BigInt;
    // `{:e}` gives shortest round-tripping digits, but not always the nearest such string.
    let sci = format!("{:e}", x);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let n = digits.len() as i32;
    if n < 2 || x == 0.0 {
        return (neg, digits, exp);
    }
    let Ok(d) = digits.parse::<i64>() else { return (neg, digits, exp) };
    let k = exp - (n - 1); // value = d * 10^k
    let ax = x.abs();
    let bits = ax.to_bits();
    let (mant2, exp2) = {
        let e = ((bits >> 52) & 0x7ff) as i32;
        let f = bits & ((1u64 << 52) - 1);
        if e == 0 { (f, -1074) } else { (f | (1u64 << 52), e - 1075) }
    };
    // Distance of candidate c (as c * 10^k) from the exact value, scaled to integers.
    let scale10 = if k < 0 { BigInt::from(10).pow((-k) as u32) } else { BigInt::from(1) };
    let scale2 = if exp2 < 0 { BigInt::from(2).pow((-exp2) as u32) } else { BigInt::from(1) };
    let exact = BigInt::from(mant2)
        * if exp2 > 0 { BigInt::from(2).pow(exp2 as u32) } else { BigInt::from(1) }
        * &scale10;
    let dist = |c: i64| {
        let v = BigInt::from(c) * if k > 0 { BigInt::from(10).pow(k as u32) } else { BigInt::from(1) } * &scale2;
        let e = &exact * BigInt::from(1);
        let diff = v - e;
        if diff < BigInt::from(0) { -diff } else { diff }
    };
    let lo = 10i64.pow((n - 1) as u32);
    let mut best = d;
    let mut best_dist = dist(d);
    for c in [d - 1, d + 1] {
        if c < lo || c >= lo * 10 {
            continue;
        }
        let back: f64 = format!("{c}e{k}").parse().unwrap_or(f64::NAN);
        if back != ax {
            continue;
        }
        let dc = dist(c);
        if dc < best_dist || (dc == best_dist && c % 2 == 0 && best % 2 != 0) {
            best = c;
            best_dist = dc;
        }
    }
    (neg, best.to_string(), exp)
}

/// Python's `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = float_format(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let sign = if im.is_sign_negative() || im.is_nan() && imag.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", float_format(re, false), sign, imag)
}

fn is_printable(c: u32) -> bool {
    crate::unicode_printable::is_printable(c)
}

/// Python's `repr(str)` of a sequence of code points (lone surrogates allowed).
pub fn str_repr_code_points(cps: impl Iterator<Item = u32> + Clone) -> String {
    let has_single = cps.clone().any(|c| c == '\'' as u32);
    let has_double = cps.clone().any(|c| c == '"' as u32);
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in cps {
        match c {
            0x5c => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            _ if c == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            _ if is_printable(c) => out.push(char::from_u32(c).unwrap_or('\u{fffd}')),
            _ if c < 0x100 => {
                let _ = write!(out, "\\x{c:02x}");
            }
            _ if c < 0x10000 => {
                let _ = write!(out, "\\u{c:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{c:08x}");
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    str_repr_code_points(s.chars().map(|c| c as u32))
}

/// Python's `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// `repr(code)` with the placeholder address.
pub fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {} at {}, file \"{}\", line {}>",
        code.name, PLACEHOLDER_ADDRESS, code.filename, code.firstlineno
    )
}

/// Python's `repr` of a constant.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { re, im } => complex_repr(*re, *im),
        Constant::Str(s) => str_repr(s),
        Constant::StrCodePoints(cps) => str_repr_code_points(cps.iter().copied()),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                let parts: Vec<String> = items.iter().map(constant_repr).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
        Constant::Code(code) => code_repr(code),
    }
}

/// One decoded instruction (caches skipped, `EXTENDED_ARG` folded into the following argument).
#[derive(Clone, Copy, Debug)]
pub struct Instruction {
    pub offset: u32,
    pub opcode: Option<Opcode>,
    pub raw_op: u8,
    /// `None` for opcodes below `HAVE_ARGUMENT`.
    pub arg: Option<u32>,
}

/// Decodes the instructions of `code` (CPython's `_unpack_opargs`).
pub fn instructions(code: &[u8]) -> Vec<Instruction> {
    let mut out = Vec::new();
    let mut ext: u32 = 0;
    let mut i = 0usize;
    while i + 1 < code.len() {
        let raw = code[i];
        let op = Opcode::from_u8(raw);
        let arg = if raw >= HAVE_ARGUMENT {
            let a = code[i + 1] as u32 | ext;
            ext = if op == Some(Opcode::EXTENDED_ARG) { a << 8 } else { 0 };
            Some(a)
        } else {
            ext = 0;
            None
        };
        out.push(Instruction { offset: i as u32, opcode: op, raw_op: raw, arg });
        i += 2 + 2 * op.map_or(0, |o| o.cache_entries());
    }
    out
}

/// The byte offset a jump instruction goes to.
pub fn jump_target(instr: &Instruction) -> Option<u32> {
    let op = instr.opcode?;
    let arg = instr.arg? as i64;
    let after = instr.offset as i64 + 2 + 2 * op.cache_entries() as i64;
    match op.arg_kind() {
        ArgKind::JumpForward => u32::try_from(after + 2 * arg).ok(),
        ArgKind::JumpBackward => u32::try_from(after - 2 * arg).ok(),
        _ => None,
    }
}

fn name_at(list: &[std::rc::Rc<str>], i: u32) -> String {
    list.get(i as usize).map_or_else(|| format!("<{i}>"), |s| s.to_string())
}

fn argrepr(code: &CodeObject, instr: &Instruction) -> String {
    let (Some(op), Some(arg)) = (instr.opcode, instr.arg) else { return String::new() };
    match op.arg_kind() {
        ArgKind::Const => code.consts.get(arg as usize).map_or_else(String::new, constant_repr),
        ArgKind::Name => match op {
            Opcode::LOAD_GLOBAL => {
                let n = name_at(&code.names, arg >> 1);
                if arg & 1 != 0 { format!("NULL + {n}") } else { n }
            }
            Opcode::LOAD_ATTR => {
                let n = name_at(&code.names, arg >> 1);
                if arg & 1 != 0 { format!("NULL|self + {n}") } else { n }
            }
            Opcode::LOAD_SUPER_ATTR => {
                let n = name_at(&code.names, arg >> 2);
                if arg & 1 != 0 { format!("NULL|self + {n}") } else { n }
            }
            _ => name_at(&code.names, arg),
        },
        ArgKind::JumpForward | ArgKind::JumpBackward => {
            jump_target(instr).map_or_else(String::new, |t| format!("to {t}"))
        }
        ArgKind::Local | ArgKind::Free => name_at(&code.localsplus_names, arg),
        ArgKind::Compare => CMP_OPS.get((arg >> 4) as usize).map_or("", |s| s).to_string(),
        ArgKind::BinaryOp => BINARY_OPS.get(arg as usize).map_or("", |s| s).to_string(),
        ArgKind::Number => match op {
            Opcode::FORMAT_VALUE => {
                let mut s = ["", "str", "repr", "ascii"][(arg & 3) as usize].to_string();
                if arg & 4 != 0 {
                    if !s.is_empty() {
                        s.push_str(", ");
                    }
                    s.push_str("with format");
                }
                s
            }
            Opcode::MAKE_FUNCTION => {
                let flags = ["defaults", "kwdefaults", "annotations", "closure"];
                let parts: Vec<&str> =
                    flags.iter().enumerate().filter(|(i, _)| arg & (1 << i) != 0).map(|(_, s)| *s).collect();
                parts.join(", ")
            }
            Opcode::CALL_INTRINSIC_1 => INTRINSIC_1.get(arg as usize).map_or("", |s| s).to_string(),
            Opcode::CALL_INTRINSIC_2 => INTRINSIC_2.get(arg as usize).map_or("", |s| s).to_string(),
            _ => String::new(),
        },
        ArgKind::None => String::new(),
    }
}

/// Disassembles one code object (no recursion), as `dis.disassemble` prints it.
pub fn disassemble_one(code: &CodeObject) -> String {
    let instrs = instructions(&code.code);
    // Line starts (`dis.findlinestarts`): the first offset of each change to a known line.
    let mut linestarts = std::collections::HashMap::new();
    let mut last = None;
    for (start, _, line) in linetable::lines(code) {
        if let Some(l) = line
            && Some(l) != last {
                last = Some(l);
                linestarts.insert(start, l);
            }
    }
    let entries = exctable::decode(&code.exceptiontable);
    let mut labels: BTreeSet<u32> = instrs.iter().filter_map(jump_target).collect();
    for e in &entries {
        if e.end > e.start {
            labels.insert(e.target * 2);
        }
    }
    let show_lineno = !linestarts.is_empty();
    let lineno_width = if show_lineno {
        let max = linestarts.values().copied().max().unwrap_or(0);
        if max >= 1000 { max.to_string().len() } else { 3 }
    } else {
        0
    };
    let maxoffset = code.code.len().saturating_sub(2);
    let offset_width = if maxoffset >= 10000 { maxoffset.to_string().len() } else { 4 };
    let mut out = String::new();
    for instr in &instrs {
        let starts = linestarts.get(&instr.offset).copied();
        if show_lineno && starts.is_some() && instr.offset > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        if lineno_width > 0 {
            match starts {
                Some(l) => fields.push(format!("{l:>lineno_width$}")),
                None => fields.push(" ".repeat(lineno_width)),
            }
        }
        fields.push("   ".into());
        fields.push(if labels.contains(&instr.offset) { ">>".into() } else { "  ".into() });
        fields.push(format!("{:>offset_width$}", instr.offset));
        let opname = instr.opcode.map_or_else(|| format!("<{}>", instr.raw_op), |o| o.name().to_string());
        fields.push(format!("{opname:<20}"));
        if let Some(arg) = instr.arg {
            fields.push(format!("{arg:>5}"));
            let r = argrepr(code, instr);
            if !r.is_empty() {
                fields.push(format!("({r})"));
            }
        }
        out.push_str(fields.join(" ").trim_end());
        out.push('\n');
    }
    if !entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &entries {
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                (e.end * 2) as i64 - 2,
                e.target * 2,
                e.depth,
                lasti
            );
        }
    }
    out
}

/// Disassembles `code` and the code objects among its constants, recursively
/// (`dis.dis(code)` / `python3.12 -m dis`).
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = disassemble_one(code);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(123456789012345.6), "123456789012345.6");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(0.00001), "1e-05");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(2.9802322387695312e-08), "2.9802322387695312e-08");
        assert_eq!(float_repr(5e-324), "5e-324");
        assert_eq!(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(1.0, -2.5), "(1-2.5j)");
    }

    #[test]
    fn str_reprs() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'\"\n"), "'a\\'\"\\n'");
        assert_eq!(str_repr("é\u{7}"), "'é\\x07'");
        assert_eq!(str_repr_code_points([0xd800u32].into_iter()), "'\\ud800'");
        assert_eq!(bytes_repr(b"a\x00'"), "b\"a\\x00'\"");
    }
}
