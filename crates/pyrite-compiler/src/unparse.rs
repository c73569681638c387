//! Annotations as strings, for `from __future__ import annotations`: the text CPython's
//! `Python/ast_unparse.c` produces (normalised spacing, `repr` quoting of string constants,
//! parentheses by operator precedence). Expression kinds an annotation rarely holds
//! (comprehensions, f-strings, `yield`, ...) fall back to their source text.

use pyrite_bytecode::dis::constant_repr;
use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, Operator, UnaryOp};
use ruff_text_size::Ranged;

// Precedence levels of `ast_unparse.c`, lowest first.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_ATOM: u8 = 15;

/// The annotation string of `e` (`_PyAST_ExprAsUnicode`).
pub fn annotation(e: &Expr, source: &str) -> String {
    let mut out = String::new();
    expr(e, PR_TEST, source, &mut out, 0);
    out
}

fn source_text<'s>(e: &Expr, source: &'s str) -> &'s str {
    source.get(e.range().start().to_usize()..e.range().end().to_usize()).unwrap_or("")
}

fn seq(items: &[Expr], level: u8, source: &str, out: &mut String, depth: u32) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(x, level, source, out, depth);
    }
}

fn expr(e: &Expr, level: u8, source: &str, out: &mut String, depth: u32) {
    if depth > 200 {
        out.push_str(source_text(e, source));
        return;
    }
    let d = depth + 1;
    let open = |out: &mut String, cond: bool| {
        if cond {
            out.push('(');
        }
    };
    let close = |out: &mut String, cond: bool| {
        if cond {
            out.push(')');
        }
    };
    match e {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Attribute(a) => {
            expr(&a.value, PR_ATOM, source, out, d);
            let int_value = matches!(&*a.value, Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Int(_)));
            out.push_str(if int_value { " ." } else { "." });
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            expr(&s.value, PR_ATOM, source, out, d);
            out.push('[');
            expr(&s.slice, PR_TUPLE, source, out, d);
            out.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
                return;
            }
            let p = level > PR_TUPLE;
            open(out, p);
            seq(&t.elts, PR_TEST, source, out, d);
            if t.elts.len() == 1 {
                out.push(',');
            }
            close(out, p);
        }
        Expr::List(l) => {
            out.push('[');
            seq(&l.elts, PR_TEST, source, out, d);
            out.push(']');
        }
        Expr::Set(s) => {
            out.push('{');
            seq(&s.elts, PR_TEST, source, out, d);
            out.push('}');
        }
        Expr::Dict(dict) => {
            out.push('{');
            for (i, item) in dict.items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match &item.key {
                    Some(k) => {
                        expr(k, PR_TEST, source, out, d);
                        out.push_str(": ");
                        expr(&item.value, PR_TEST, source, out, d);
                    }
                    None => {
                        out.push_str("**");
                        expr(&item.value, PR_BOR, source, out, d);
                    }
                }
            }
            out.push('}');
        }
        Expr::Starred(s) => {
            out.push('*');
            expr(&s.value, PR_BOR, source, out, d);
        }
        Expr::Slice(s) => {
            if let Some(x) = &s.lower {
                expr(x, PR_TEST, source, out, d);
            }
            out.push(':');
            if let Some(x) = &s.upper {
                expr(x, PR_TEST, source, out, d);
            }
            if let Some(x) = &s.step {
                out.push(':');
                expr(x, PR_TEST, source, out, d);
            }
        }
        Expr::BinOp(b) => {
            let (op, pr) = match b.op {
                Operator::Add => (" + ", PR_ARITH),
                Operator::Sub => (" - ", PR_ARITH),
                Operator::Mult => (" * ", PR_TERM),
                Operator::MatMult => (" @ ", PR_TERM),
                Operator::Div => (" / ", PR_TERM),
                Operator::Mod => (" % ", PR_TERM),
                Operator::FloorDiv => (" // ", PR_TERM),
                Operator::LShift => (" << ", PR_SHIFT),
                Operator::RShift => (" >> ", PR_SHIFT),
                Operator::BitOr => (" | ", PR_BOR),
                Operator::BitXor => (" ^ ", PR_BXOR),
                Operator::BitAnd => (" & ", PR_BAND),
                Operator::Pow => (" ** ", PR_POWER),
            };
            let rassoc = (b.op == Operator::Pow) as u8;
            let p = level > pr;
            open(out, p);
            expr(&b.left, pr + rassoc, source, out, d);
            out.push_str(op);
            expr(&b.right, pr + 1 - rassoc, source, out, d);
            close(out, p);
        }
        Expr::UnaryOp(u) => {
            let (op, pr) = match u.op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            let p = level > pr;
            open(out, p);
            out.push_str(op);
            expr(&u.operand, pr, source, out, d);
            close(out, p);
        }
        Expr::BoolOp(b) => {
            let (op, pr) = if b.op == BoolOp::And { (" and ", PR_AND) } else { (" or ", PR_OR) };
            let p = level > pr;
            open(out, p);
            for (i, v) in b.values.iter().enumerate() {
                if i > 0 {
                    out.push_str(op);
                }
                expr(v, pr + 1, source, out, d);
            }
            close(out, p);
        }
        Expr::Compare(c) => {
            let p = level > PR_CMP;
            open(out, p);
            expr(&c.left, PR_CMP + 1, source, out, d);
            for (op, x) in c.ops.iter().zip(c.comparators.iter()) {
                out.push_str(match op {
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                    CmpOp::Lt => " < ",
                    CmpOp::LtE => " <= ",
                    CmpOp::Gt => " > ",
                    CmpOp::GtE => " >= ",
                    CmpOp::Is => " is ",
                    CmpOp::IsNot => " is not ",
                    CmpOp::In => " in ",
                    CmpOp::NotIn => " not in ",
                });
                expr(x, PR_CMP + 1, source, out, d);
            }
            close(out, p);
        }
        Expr::If(i) => {
            let p = level > PR_TEST;
            open(out, p);
            expr(&i.body, PR_TEST + 1, source, out, d);
            out.push_str(" if ");
            expr(&i.test, PR_TEST + 1, source, out, d);
            out.push_str(" else ");
            expr(&i.orelse, PR_TEST, source, out, d);
            close(out, p);
        }
        Expr::Call(c) => {
            expr(&c.func, PR_ATOM, source, out, d);
            out.push('(');
            let mut first = true;
            for a in c.arguments.args.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(a, PR_TEST, source, out, d);
            }
            for k in c.arguments.keywords.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(a) => {
                        out.push_str(a.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(&k.value, PR_TEST, source, out, d);
            }
            out.push(')');
        }
        Expr::Named(n) => {
            let p = level > PR_TUPLE;
            open(out, p);
            expr(&n.target, PR_ATOM, source, out, d);
            out.push_str(" := ");
            expr(&n.value, PR_ATOM, source, out, d);
            close(out, p);
        }
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::NoneLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_) => match crate::fold::const_value(e, source) {
            Some(pyrite_bytecode::Constant::Float(f)) if f.is_infinite() => {
                out.push_str(if f > 0.0 { "1e309" } else { "-1e309" })
            }
            Some(c) => out.push_str(&constant_repr(&c)),
            None => out.push_str(source_text(e, source)),
        },
        _ => out.push_str(source_text(e, source)),
    }
}
