//! Re-decoding of string literals from the source text.
//!
//! ruff's parser stores literal values as Rust strings, which cannot hold lone surrogates, so it
//! turns `"\ud800"` into U+FFFD. Python strings can hold them; when a literal's value contains
//! U+FFFD this module decodes the literal's source text again into code points.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

/// The code points of an (implicitly concatenated) string literal, or `None` if some part
/// cannot be re-decoded here (then the parser's value stands).
pub fn decode_literal_code_points(v: &ast::StringLiteralValue, source: &str) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    for part in v.iter() {
        if !part.value.contains('\u{fffd}') {
            out.extend(part.value.chars().map(|c| c as u32));
            continue;
        }
        let r = part.range();
        let text = source.get(r.start().to_usize()..r.end().to_usize())?;
        out.extend(decode_part(text)?);
    }
    Some(out)
}

fn decode_part(text: &str) -> Option<Vec<u32>> {
    let prefix_len = text.find(['\'', '"'])?;
    let prefix = text[..prefix_len].to_ascii_lowercase();
    if prefix.contains('r') || prefix.contains('b') || prefix.contains('f') {
        return None;
    }
    let body = &text[prefix_len..];
    let q = body.chars().next()?;
    let triple: String = std::iter::repeat_n(q, 3).collect();
    let inner = if body.starts_with(&triple) && body.len() >= 6 {
        &body[3..body.len() - 3]
    } else {
        body.get(1..body.len().checked_sub(1)?)?
    };
    let chars: Vec<char> = inner.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let hex = |s: &[char]| -> Option<u32> { u32::from_str_radix(&s.iter().collect::<String>(), 16).ok() };
    while i < chars.len() {
        let c = chars[i];
        if c == '\r' {
            out.push('\n' as u32);
            i += if chars.get(i + 1) == Some(&'\n') { 2 } else { 1 };
            continue;
        }
        if c != '\\' {
            out.push(c as u32);
            i += 1;
            continue;
        }
        let Some(&e) = chars.get(i + 1) else {
            out.push('\\' as u32);
            break;
        };
        i += 2;
        match e {
            '\n' => {}
            '\r' => {
                if chars.get(i) == Some(&'\n') {
                    i += 1;
                }
            }
            '\\' => out.push('\\' as u32),
            '\'' => out.push('\'' as u32),
            '"' => out.push('"' as u32),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(10),
            'r' => out.push(13),
            't' => out.push(9),
            'v' => out.push(11),
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                let mut n = 1;
                while n < 3 {
                    match chars.get(i).and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                            n += 1;
                        }
                        None => break,
                    }
                }
                out.push(v);
            }
            'x' => {
                out.push(hex(chars.get(i..i + 2)?)?);
                i += 2;
            }
            'u' => {
                out.push(hex(chars.get(i..i + 4)?)?);
                i += 4;
            }
            'U' => {
                let v = hex(chars.get(i..i + 8)?)?;
                if v > 0x10ffff {
                    return None;
                }
                out.push(v);
                i += 8;
            }
            // Named escapes need the Unicode name table; leave such literals to the parser.
            'N' => return None,
            other => {
                out.push('\\' as u32);
                out.push(other as u32);
            }
        }
    }
    Some(out)
}
