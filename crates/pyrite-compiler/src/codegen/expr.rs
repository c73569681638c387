//! Expressions: operators, calls (with `KW_NAMES`, `CALL_FUNCTION_EX` and the method-call and
//! zero-argument `super()` optimisations), displays, f-strings, conditional jumps, lambdas and
//! comprehensions (inlined into the enclosing code for list/set/dict comprehensions, as 3.12 does,
//! and in their own code object for generator expressions). Follows `compiler_visit_expr1` and its
//! helpers in CPython 3.12's `Python/compile.c`.

use std::collections::HashMap;

use pyrite_bytecode::opcodes::{intrinsic, Opcode};
use pyrite_bytecode::{Constant, Location};
use ruff_python_ast::{self as ast, CmpOp, Expr, ExprContext};
use ruff_text_size::{Ranged, TextRange};

use super::stmt::{binop_code, is_two_element_slice};
use super::{loc_none, Compiler, Datum, FKind, UnitKind, R, STACK_USE_GUIDELINE};
use crate::cfg::{Label, Op};
use crate::symtable::{self, CompKind, Scope, Symbol};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Coll {
    List,
    Set,
    Tuple,
}

struct InlineState {
    pushed: Vec<String>,
    fast_hidden: Vec<String>,
    has_overrides: bool,
    cleanup: Label,
    end: Label,
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> R {
        self.enter_depth()?;
        let r = crate::with_stack(|| self.expr_inner(e));
        self.leave_depth();
        r
    }

    /// `update_start_location_to_match_attr`: a multi-line attribute access is attributed to
    /// the line of the attribute name.
    pub fn attr_loc(&self, mut loc: Location, at: &ast::ExprAttribute) -> Location {
        let end = at.range.end().to_u32();
        let end_line = self.sink.line_of(end) as i32;
        if loc.line != end_line {
            loc.line = end_line;
            let len = at.attr.as_str().chars().count() as i32;
            let end_col = self.sink.byte_col(end) as i32;
            if len <= end_col {
                loc.col = end_col - len;
            } else {
                loc.col = -1;
                loc.end_col = -1;
            }
            loc.end_line = loc.end_line.max(loc.line);
            if loc.line == loc.end_line {
                loc.end_col = loc.end_col.max(loc.col);
            }
        }
        loc
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        let loc = self.loc(e.range());
        if let Some(c) = self.folded(e) {
            self.load_const(c, loc);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let jump = if b.op == ast::BoolOp::And { Opcode::POP_JUMP_IF_FALSE } else { Opcode::POP_JUMP_IF_TRUE };
                let end = self.new_label();
                let n = b.values.len();
                for v in &b.values[..n.saturating_sub(1)] {
                    self.expr(v)?;
                    self.emit(Opcode::COPY, 1, loc);
                    self.emit_jump(jump, end, loc);
                    self.emit0(Opcode::POP_TOP, loc);
                }
                if let Some(last) = b.values.last() {
                    self.expr(last)?;
                }
                self.use_label(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::COPY, 1, loc);
                self.expr(&n.target)?;
            }
            Expr::BinOp(b) if self.try_percent_format(b, loc)? => {}
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Opcode::BINARY_OP, binop_code(b.op), loc);
            }
            Expr::UnaryOp(u) if inverted_compare(e).is_some() => {
                if let (Some((c, op)), Expr::Compare(_)) = (inverted_compare(e), &*u.operand) {
                    let l = self.loc(c.range);
                    self.expr(&c.left)?;
                    self.compare_rhs(&op, &c.comparators[0], true)?;
                    self.compare_op(op, l);
                }
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::UAdd => self.emit(Opcode::CALL_INTRINSIC_1, intrinsic::UNARY_POSITIVE as u32, loc),
                    ast::UnaryOp::USub => self.emit0(Opcode::UNARY_NEGATIVE, loc),
                    ast::UnaryOp::Invert => self.emit0(Opcode::UNARY_INVERT, loc),
                    ast::UnaryOp::Not => self.emit0(Opcode::UNARY_NOT, loc),
                }
            }
            Expr::Lambda(l) => self.lambda(l, loc)?,
            Expr::If(i) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(&i.test, next, false)?;
                self.expr(&i.body)?;
                self.emit_pseudo(Op::Jump, end, loc_none());
                self.use_label(next);
                self.expr(&i.orelse)?;
                self.use_label(end);
            }
            Expr::Dict(d) => self.dict(d, loc)?,
            Expr::Set(s) => self.starunpack(&s.elts, 0, Coll::Set, loc)?,
            Expr::ListComp(c) => self.comprehension(e, CompKind::List, &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.comprehension(e, CompKind::Set, &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(e, CompKind::Dict, &c.generators, k, Some(&c.value))?,
                None => return Err(self.err("dict unpacking cannot be used in dict comprehension", c.range)),
            },
            Expr::Generator(c) => self.comprehension(e, CompKind::Generator, &c.generators, &c.elt, None)?,
            Expr::Await(a) => {
                if !self.ste().is_function_like() {
                    return Err(self.err("'await' outside function", a.range));
                }
                if !self.ur().is_async && self.ur().kind != UnitKind::Comprehension {
                    return Err(self.err("'await' outside async function", a.range));
                }
                self.expr(&a.value)?;
                self.emit(Opcode::GET_AWAITABLE, 0, loc);
                self.load_const(Constant::None, loc);
                self.yield_from(loc, true);
            }
            Expr::Yield(y) => {
                if !self.ste().is_function_like() {
                    return Err(self.err("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None, loc),
                }
                self.add_yield(loc);
            }
            Expr::YieldFrom(y) => {
                if !self.ste().is_function_like() {
                    return Err(self.err("'yield' outside function", y.range));
                }
                if self.ur().is_async {
                    return Err(self.err("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.emit0(Opcode::GET_YIELD_FROM_ITER, loc);
                self.load_const(Constant::None, loc);
                self.yield_from(loc, false);
            }
            Expr::Compare(c) => self.compare(c, loc)?,
            Expr::Call(c) => self.call(c, loc)?,
            Expr::FString(f) => self.fstring(f, loc)?,
            Expr::TString(t) => return Err(self.sink.unsupported("template strings", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                // Always folded above.
                let c = self.const_of(e).unwrap_or(Constant::None);
                self.load_const(c, loc);
            }
            Expr::Attribute(a) => self.attribute(a, loc)?,
            Expr::Subscript(s) => self.subscript(s, loc)?,
            Expr::Starred(s) => {
                return Err(match s.ctx {
                    ExprContext::Store => self.err("starred assignment target must be in a list or tuple", s.range),
                    _ => self.err("can't use starred expression here", s.range),
                });
            }
            Expr::Name(n) => {
                if n.ctx != ExprContext::Load {
                    self.check_forbidden(n.id.as_str(), n.ctx, n.range)?;
                }
                self.nameop(n.id.as_str(), n.ctx, loc)?;
            }
            Expr::List(l) => match l.ctx {
                ExprContext::Store => self.assignment_helper(&l.elts, loc, l.range)?,
                ExprContext::Del => {
                    for x in &l.elts {
                        self.expr(x)?;
                    }
                }
                _ => self.starunpack(&l.elts, 0, Coll::List, loc)?,
            },
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Store => self.assignment_helper(&t.elts, loc, t.range)?,
                ExprContext::Del => {
                    for x in &t.elts {
                        self.expr(x)?;
                    }
                }
                _ => self.starunpack(&t.elts, 0, Coll::Tuple, loc)?,
            },
            Expr::Slice(_) => {
                let n = self.slice_parts(e)?;
                self.emit(Opcode::BUILD_SLICE, n, loc);
            }
            Expr::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// The constant an expression folds to, for the kinds `ast_opt.c` folds.
    fn folded(&self, e: &Expr) -> Option<Constant> {
        match e {
            Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Tuple(_) | Expr::Subscript(_) | Expr::Name(_) => {
                self.const_of(e)
            }
            _ => None,
        }
    }

    /// `'%s, %r' % (a, b)` with simple conversions compiles as an f-string (3.12's
    /// `optimize_format` in `ast_opt.c`); returns whether it applied.
    fn try_percent_format(&mut self, b: &'a ast::ExprBinOp, loc: Location) -> Result<bool, crate::CompileError> {
        if b.op != ast::Operator::Mod {
            return Ok(false);
        }
        let Some(Constant::Str(fmt)) = self.const_of(&b.left) else { return Ok(false) };
        let Expr::Tuple(t) = &*b.right else { return Ok(false) };
        if self.const_of(&b.right).is_some() || t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
            return Ok(false);
        }
        let Some(pieces) = parse_percent_format(&fmt, t.elts.len()) else { return Ok(false) };
        let count = pieces.len();
        let big = count > STACK_USE_GUIDELINE;
        if big {
            self.load_const(Constant::Str("".into()), loc);
            let i = self.name_index("join");
            self.emit(Opcode::LOAD_ATTR, (i << 1) | 1, loc);
            self.emit(Opcode::BUILD_LIST, 0, loc);
        }
        for p in pieces {
            match p {
                FmtPiece::Lit(s) => self.load_const(Constant::Str(s.into()), loc_none()),
                FmtPiece::Arg(i, conv, spec) => {
                    let arg = &t.elts[i];
                    self.expr(arg)?;
                    let mut oparg = match conv {
                        's' => 1,
                        'r' => 2,
                        _ => 3,
                    };
                    if let Some(spec) = spec {
                        self.load_const(Constant::Str(spec.into()), loc_none());
                        oparg |= 4;
                    }
                    let al = self.loc(arg.range());
                    self.emit(Opcode::FORMAT_VALUE, oparg, al);
                }
            }
            if big {
                self.emit(Opcode::LIST_APPEND, 1, loc);
            }
        }
        if big {
            self.emit(Opcode::CALL, 1, loc);
        } else if count > 1 {
            self.emit(Opcode::BUILD_STRING, count as u32, loc);
        } else if count == 0 {
            self.load_const(Constant::Str("".into()), loc);
        }
        Ok(true)
    }

    /// `YIELD_VALUE`; an async generator wraps the value so `asend` can tell a yield from an
    /// await (`addop_yield`).
    pub fn add_yield(&mut self, loc: Location) {
        if self.ste().generator && self.ste().coroutine {
            self.emit(Opcode::CALL_INTRINSIC_1, intrinsic::ASYNC_GEN_WRAP as u32, loc);
        }
        self.emit(Opcode::YIELD_VALUE, 0, loc);
        self.emit(Opcode::RESUME, 1, loc);
    }

    /// `yield from` / `await` (`compiler_add_yield_from`).
    pub fn yield_from(&mut self, loc: Location, is_await: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.emit_jump(Opcode::SEND, exit, loc);
        self.emit_pseudo(Op::SetupFinally, fail, loc);
        self.emit(Opcode::YIELD_VALUE, 0, loc);
        self.emit_pseudo(Op::PopBlock, 0, loc_none());
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 }, loc);
        self.emit_pseudo(Op::JumpNoInterrupt, send, loc);
        self.use_label(fail);
        self.emit0(Opcode::CLEANUP_THROW, loc);
        self.use_label(exit);
        self.emit0(Opcode::END_SEND, loc);
    }

    /// Iterables of `for` loops: a list display becomes a tuple, a set of constants a frozenset
    /// (`fold_iter`).
    pub fn iter_expr(&mut self, e: &'a Expr) -> R {
        let loc = self.loc(e.range());
        match e {
            Expr::List(l) if l.ctx == ExprContext::Load && !l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) => {
                if let Some(c) = self.const_elts(&l.elts) {
                    self.load_const(Constant::Tuple(c.into()), loc);
                    return Ok(());
                }
                self.starunpack(&l.elts, 0, Coll::Tuple, loc)
            }
            Expr::Set(s) => {
                if let Some(c) = self.const_elts(&s.elts) {
                    self.load_const(crate::fold::frozenset(c), loc);
                    return Ok(());
                }
                self.expr(e)
            }
            _ => self.expr(e),
        }
    }

    fn const_elts(&self, elts: &[Expr]) -> Option<Vec<Constant>> {
        let mut v = Vec::new();
        for x in elts {
            if matches!(x, Expr::Starred(_)) {
                return None;
            }
            v.push(self.const_of(x)?);
        }
        Some(v)
    }

    // ---- conditions ----

    /// Emits a jump to `next` when `e` is true (`cond`) or false (`compiler_jump_if`).
    pub fn jump_if(&mut self, e: &'a Expr, next: Label, cond: bool) -> R {
        self.enter_depth()?;
        let r = crate::with_stack(|| self.jump_if_inner(e, next, cond));
        self.leave_depth();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: Label, cond: bool) -> R {
        if let Some((c, op)) = inverted_compare(e) {
            let l = self.loc(c.range);
            self.expr(&c.left)?;
            self.compare_rhs(&op, &c.comparators[0], true)?;
            self.compare_op(op, l);
            let j = if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
            self.emit_jump(j, next, l);
            return Ok(());
        }
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.const_of(e).is_none() => {
                return self.jump_if(&u.operand, next, !cond);
            }
            Expr::BoolOp(b) => {
                let cond2 = b.op == ast::BoolOp::Or;
                let next2 = if cond2 != cond { self.new_label() } else { next };
                let n = b.values.len();
                for v in &b.values[..n.saturating_sub(1)] {
                    self.jump_if(v, next2, cond2)?;
                }
                if let Some(last) = b.values.last() {
                    self.jump_if(last, next, cond)?;
                }
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, next, cond)?;
                self.emit_pseudo(Op::Jump, end, loc_none());
                self.use_label(next2);
                self.jump_if(&i.orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                let loc = self.loc(e.range());
                let cleanup = self.new_label();
                self.expr(&c.left)?;
                let n = c.ops.len() - 1;
                for i in 0..n {
                    self.compare_rhs(&c.ops[i], &c.comparators[i], false)?;
                    self.emit(Opcode::SWAP, 2, loc);
                    self.emit(Opcode::COPY, 2, loc);
                    self.compare_op(c.ops[i], loc);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup, loc);
                }
                self.compare_rhs(&c.ops[n], &c.comparators[n], true)?;
                self.compare_op(c.ops[n], loc);
                let j = if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
                self.emit_jump(j, next, loc);
                let end = self.new_label();
                self.emit_pseudo(Op::Jump, end, loc_none());
                self.use_label(cleanup);
                self.emit0(Opcode::POP_TOP, loc);
                if !cond {
                    self.emit_pseudo(Op::Jump, next, loc_none());
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let loc = self.loc(e.range());
        let j = if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
        self.emit_jump(j, next, loc);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp, loc: Location) {
        match op {
            CmpOp::Is => self.emit(Opcode::IS_OP, 0, loc),
            CmpOp::IsNot => self.emit(Opcode::IS_OP, 1, loc),
            CmpOp::In => self.emit(Opcode::CONTAINS_OP, 0, loc),
            CmpOp::NotIn => self.emit(Opcode::CONTAINS_OP, 1, loc),
            _ => {
                // 3.12 stores the operator in the high bits and a mask of the outcomes that
                // make it true in the low four (COMPARISON_LESS_THAN 2, _GREATER_THAN 4,
                // _EQUALS 8, _NOT_EQUALS 7).
                let (i, mask) = match op {
                    CmpOp::Lt => (0, 2),
                    CmpOp::LtE => (1, 2 | 8),
                    CmpOp::Eq => (2, 8),
                    CmpOp::NotEq => (3, 7),
                    CmpOp::Gt => (4, 4),
                    _ => (5, 4 | 8),
                };
                self.emit(Opcode::COMPARE_OP, (i << 4) | mask, loc);
            }
        }
    }

    /// The right operand of a comparison; a display after the last `in` is folded to a
    /// tuple/frozenset (`fold_compare`).
    fn compare_rhs(&mut self, op: &CmpOp, e: &'a Expr, last: bool) -> R {
        if last && matches!(op, CmpOp::In | CmpOp::NotIn) {
            return self.iter_expr(e);
        }
        self.expr(e)
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, loc: Location) -> R {
        self.expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            self.compare_rhs(&c.ops[0], &c.comparators[0], true)?;
            self.compare_op(c.ops[0], loc);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.compare_rhs(&c.ops[i], &c.comparators[i], false)?;
            self.emit(Opcode::SWAP, 2, loc);
            self.emit(Opcode::COPY, 2, loc);
            self.compare_op(c.ops[i], loc);
            self.emit(Opcode::COPY, 1, loc);
            self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup, loc);
            self.emit0(Opcode::POP_TOP, loc);
        }
        self.compare_rhs(&c.ops[n], &c.comparators[n], true)?;
        self.compare_op(c.ops[n], loc);
        let end = self.new_label();
        self.emit_pseudo(Op::Jump, end, loc_none());
        self.use_label(cleanup);
        self.emit(Opcode::SWAP, 2, loc);
        self.emit0(Opcode::POP_TOP, loc);
        self.use_label(end);
        Ok(())
    }

    // ---- displays ----

    fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, kind: Coll, loc: Location) -> R {
        self.starunpack_ex(elts, None, pushed, kind, loc)
    }

    /// `starunpack`, with `extra` (a name loaded at `loc`) as one more plain element at the end:
    /// the `.generic_base` a generic class adds to its bases.
    fn starunpack_ex(&mut self, elts: &'a [Expr], extra: Option<&str>, pushed: u32, kind: Coll, loc: Location) -> R {
        let (build, add, extend) = match kind {
            Coll::Set => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
            _ => (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND),
        };
        let tuple = kind == Coll::Tuple;
        let n = elts.len() + extra.is_some() as usize;
        if n > 2
            && extra.is_none()
            && let Some(consts) = self.const_elts(elts) {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(consts.into()), loc);
                } else {
                    self.emit(build, pushed, loc);
                    let c = if kind == Coll::Set {
                        crate::fold::frozenset(consts)
                    } else {
                        Constant::Tuple(consts.into())
                    };
                    self.load_const(c, loc);
                    self.emit(extend, 1, loc);
                    if tuple {
                        self.emit(Opcode::CALL_INTRINSIC_1, intrinsic::LIST_TO_TUPLE as u32, loc);
                    }
                }
                return Ok(());
            }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|x| matches!(x, Expr::Starred(_)));
        if !seen_star && !big {
            for x in elts {
                self.expr(x)?;
            }
            if let Some(name) = extra {
                self.nameop(name, ExprContext::Load, loc)?;
            }
            let op = if tuple { Opcode::BUILD_TUPLE } else { build };
            self.emit(op, n as u32 + pushed, loc);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed, loc);
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let Expr::Starred(s) = x {
                if !built {
                    self.emit(build, i as u32 + pushed, loc);
                    built = true;
                }
                self.expr(&s.value)?;
                self.emit(extend, 1, loc);
            } else {
                self.expr(x)?;
                if built {
                    self.emit(add, 1, loc);
                }
            }
        }
        if let Some(name) = extra {
            self.nameop(name, ExprContext::Load, loc)?;
            if built {
                self.emit(add, 1, loc);
            }
        }
        if tuple {
            self.emit(Opcode::CALL_INTRINSIC_1, intrinsic::LIST_TO_TUPLE as u32, loc);
        }
        Ok(())
    }

    fn assignment_helper(&mut self, elts: &'a [Expr], loc: Location, range: TextRange) -> R {
        let n = elts.len();
        let mut seen_star = false;
        for (i, x) in elts.iter().enumerate() {
            if let Expr::Starred(s) = x {
                if seen_star {
                    let _ = s;
                    return Err(self.err("multiple starred expressions in assignment", range));
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.err("too many expressions in star-unpacking assignment", s.range));
                }
                self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UNPACK_SEQUENCE, n as u32, loc);
        }
        for x in elts {
            match x {
                Expr::Starred(s) => self.expr(&s.value)?,
                _ => self.expr(x)?,
            }
        }
        Ok(())
    }

    fn subdict(&mut self, items: &'a [ast::DictItem], loc: Location) -> R {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let keys: Option<Vec<Constant>> = items.iter().map(|it| it.key.as_ref().and_then(|k| self.const_of(k))).collect();
            if let Some(keys) = keys {
                for it in items {
                    self.expr(&it.value)?;
                }
                self.load_const(Constant::Tuple(keys.into()), loc);
                self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32, loc);
                return Ok(());
            }
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0, loc);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.expr(k)?;
            }
            self.expr(&it.value)?;
            if big {
                self.emit(Opcode::MAP_ADD, 1, loc);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict, loc: Location) -> R {
        let items = &d.items[..];
        let n = items.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if items[i].key.is_none() {
                if elements > 0 {
                    self.subdict(&items[i - elements..i], loc)?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1, loc);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0, loc);
                    have_dict = true;
                }
                self.expr(&items[i].value)?;
                self.emit(Opcode::DICT_UPDATE, 1, loc);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(&items[i - elements..i + 1], loc)?;
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1, loc);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(&items[n - elements..n], loc)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1, loc);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0, loc);
        }
        Ok(())
    }

    // ---- f-strings ----

    fn fstring(&mut self, f: &'a ast::ExprFString, loc: Location) -> R {
        enum Piece<'b> {
            Lit(String, TextRange),
            Val(&'b ast::InterpolatedElement),
        }
        fn collect<'b>(els: &'b ast::InterpolatedStringElements, out: &mut Vec<Piece<'b>>) {
            for el in els.iter() {
                match el {
                    ast::InterpolatedStringElement::Literal(l) => push_lit(out, &l.value, l.range),
                    ast::InterpolatedStringElement::Interpolation(i) => {
                        if let Some(d) = &i.debug_text {
                            let text = strip_comments(&format!("{}{}{}", d.leading(), d.expression(), d.trailing()));
                            let one = ruff_text_size::TextSize::from(1);
                            push_lit(out, &text, TextRange::new(i.range.start() + one, i.range.end() - one));
                        }
                        out.push(Piece::Val(i));
                    }
                }
            }
        }
        /// The `=` text of a replacement field without comments, as CPython 3.12 makes it: from
        /// each `#` to the end of its line, even inside quotes (`f"{'#' = }"` shows `'`).
        fn strip_comments(text: &str) -> String {
            let mut out = String::with_capacity(text.len());
            let mut skipping = false;
            for c in text.chars() {
                if c == '#' {
                    skipping = true;
                } else if c == '\n' {
                    skipping = false;
                }
                if !skipping {
                    out.push(c);
                }
            }
            out
        }
        // Adjacent literals merge into one constant spanning them all, as CPython's parser does.
        fn push_lit(out: &mut Vec<Piece<'_>>, s: &str, r: TextRange) {
            if s.is_empty() {
                return;
            }
            if let Some(Piece::Lit(prev, pr)) = out.last_mut() {
                prev.push_str(s);
                *pr = TextRange::new(pr.start(), r.end());
            } else {
                out.push(Piece::Lit(s.to_string(), r));
            }
        }
        let mut pieces: Vec<Piece<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => push_lit(&mut pieces, &l.value, l.range),
                ast::FStringPart::FString(fs) => collect(&fs.elements, &mut pieces),
            }
        }
        let count = pieces.len();
        let big = count > STACK_USE_GUIDELINE;
        if big {
            self.load_const(Constant::Str("".into()), loc);
            let i = self.name_index("join");
            self.emit(Opcode::LOAD_ATTR, (i << 1) | 1, loc);
            self.emit(Opcode::BUILD_LIST, 0, loc);
        }
        for p in &pieces {
            match p {
                Piece::Lit(s, r) => {
                    let l = self.loc(*r);
                    self.load_const(Constant::Str(s.as_str().into()), l);
                }
                Piece::Val(i) => self.formatted_value(i, loc)?,
            }
            if big {
                self.emit(Opcode::LIST_APPEND, 1, loc);
            }
        }
        if big {
            self.emit(Opcode::CALL, 1, loc);
        } else if count != 1 {
            // An empty f-string builds an empty string (3.12 emits BUILD_STRING 0).
            self.emit(Opcode::BUILD_STRING, count as u32, loc);
        }
        Ok(())
    }

    fn formatted_value(&mut self, i: &'a ast::InterpolatedElement, outer: Location) -> R {
        self.expr(&i.expression)?;
        let mut oparg = match i.conversion {
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
            ast::ConversionFlag::None => {
                if i.debug_text.is_some() && i.format_spec.is_none() {
                    2
                } else {
                    0
                }
            }
        };
        if let Some(spec) = &i.format_spec {
            let mut n = 0u32;
            let mut cur = String::new();
            let mut cur_range: Option<TextRange> = None;
            for el in spec.elements.iter() {
                match el {
                    ast::InterpolatedStringElement::Literal(l) => {
                        cur.push_str(&l.value);
                        cur_range = Some(match cur_range {
                            Some(r) => TextRange::new(r.start(), l.range.end()),
                            None => l.range,
                        });
                    }
                    ast::InterpolatedStringElement::Interpolation(inner) => {
                        if !cur.is_empty() {
                            let l = self.loc(cur_range.take().unwrap_or(spec.range));
                            self.load_const(Constant::Str(std::mem::take(&mut cur).into()), l);
                            n += 1;
                        }
                        self.formatted_value(inner, outer)?;
                        n += 1;
                    }
                }
            }
            // CPython's parser ends a format spec that ends in a replacement field with an
            // empty literal.
            // CPython's spec range includes the ':'.
            let colon = spec.range.start().checked_sub(ruff_text_size::TextSize::from(1)).unwrap_or_default();
            let spec_loc = self.loc(TextRange::new(colon, spec.range.end()));
            if !cur.is_empty() || n > 0 {
                let r = cur_range.unwrap_or(TextRange::empty(spec.range.end()));
                let l = self.loc(r);
                self.load_const(Constant::Str(cur.into()), l);
                n += 1;
            }
            if n != 1 {
                self.emit(Opcode::BUILD_STRING, n, spec_loc);
            }
            oparg |= 4;
        }
        let loc = self.loc(i.range);
        self.emit(Opcode::FORMAT_VALUE, oparg, loc);
        Ok(())
    }

    // ---- attributes, subscripts ----

    fn can_optimize_super_call(&self, at: &ast::ExprAttribute) -> bool {
        let Expr::Call(call) = &*at.value else { return false };
        let Expr::Name(fname) = &*call.func else { return false };
        if fname.id.as_str() != "super" || at.attr.as_str() == "__class__" || !call.arguments.keywords.is_empty() {
            return false;
        }
        if self.scope_of("super") != Scope::GlobalImplicit {
            return false;
        }
        if self.st.blocks[0].symbols.contains_key("super") {
            return false;
        }
        let nargs = call.arguments.args.len();
        if nargs == 2 {
            return !call.arguments.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        }
        if nargs != 0 {
            return false;
        }
        let u = self.ur();
        if u.argcount == 0 && u.posonlyargcount == 0 {
            return false;
        }
        self.scope_of("__class__") == Scope::Free
    }

    fn load_args_for_super(&mut self, call: &'a ast::ExprCall) -> R {
        let floc = self.loc(call.func.range());
        self.nameop("super", ExprContext::Load, floc)?;
        let loc = self.loc(call.range());
        if call.arguments.args.len() == 2 {
            self.expr(&call.arguments.args[0])?;
            self.expr(&call.arguments.args[1])?;
            return Ok(());
        }
        self.nameop("__class__", ExprContext::Load, loc)?;
        let first = self.ur().varnames.first().cloned().unwrap_or_default();
        self.nameop(&first, ExprContext::Load, loc)
    }

    fn attribute(&mut self, a: &'a ast::ExprAttribute, loc: Location) -> R {
        if a.ctx == ExprContext::Load && self.can_optimize_super_call(a) {
            let Expr::Call(call) = &*a.value else { return Ok(()) };
            self.load_args_for_super(call)?;
            let two = !call.arguments.args.is_empty();
            let i = self.name_index(a.attr.as_str());
            self.emit(Opcode::LOAD_SUPER_ATTR, (i << 2) | if two { 2 } else { 0 }, loc);
            let l = self.attr_loc(loc, a);
            self.emit0(Opcode::NOP, l);
            return Ok(());
        }
        self.expr(&a.value)?;
        let l = self.attr_loc(loc, a);
        let i = self.name_index(a.attr.as_str());
        match a.ctx {
            ExprContext::Store => {
                self.check_forbidden(a.attr.as_str(), a.ctx, a.attr.range)?;
                self.emit(Opcode::STORE_ATTR, i, l);
            }
            ExprContext::Del => self.emit(Opcode::DELETE_ATTR, i, l),
            _ => self.emit(Opcode::LOAD_ATTR, i << 1, l),
        }
        Ok(())
    }

    /// Pushes the bounds of a slice (None for missing ones); returns how many were pushed.
    pub fn slice_parts(&mut self, e: &'a Expr) -> Result<u32, crate::CompileError> {
        let Expr::Slice(s) = e else { return Ok(0) };
        let loc = self.loc(e.range());
        match &s.lower {
            Some(x) => self.expr(x)?,
            None => self.load_const(Constant::None, loc),
        }
        match &s.upper {
            Some(x) => self.expr(x)?,
            None => self.load_const(Constant::None, loc),
        }
        let mut n = 2;
        if let Some(x) = &s.step {
            self.expr(x)?;
            n = 3;
        }
        Ok(n)
    }

    fn subscript(&mut self, s: &'a ast::ExprSubscript, loc: Location) -> R {
        self.expr(&s.value)?;
        if is_two_element_slice(&s.slice) && s.ctx != ExprContext::Del {
            self.slice_parts(&s.slice)?;
            if s.ctx == ExprContext::Store {
                self.emit0(Opcode::STORE_SLICE, loc);
            } else {
                self.emit0(Opcode::BINARY_SLICE, loc);
            }
        } else {
            self.expr(&s.slice)?;
            let op = match s.ctx {
                ExprContext::Store => Opcode::STORE_SUBSCR,
                ExprContext::Del => Opcode::DELETE_SUBSCR,
                _ => Opcode::BINARY_SUBSCR,
            };
            self.emit0(op, loc);
        }
        Ok(())
    }

    // ---- calls ----

    fn is_import_originated(&self, e: &Expr) -> bool {
        let Expr::Name(n) = e else { return false };
        self.st.blocks[0].flags(n.id.as_str()) & symtable::DEF_IMPORT != 0
    }

    fn call(&mut self, c: &'a ast::ExprCall, loc: Location) -> R {
        let mut seen = std::collections::HashSet::new();
        for k in c.arguments.keywords.iter() {
            if let Some(a) = &k.arg
                && !seen.insert(a.as_str()) {
                    return Err(self.err(format!("keyword argument repeated: {}", a.as_str()), k.range));
                }
        }
        if self.maybe_method_call(c)? {
            return Ok(());
        }
        let floc = self.loc(c.func.range());
        self.emit0(Opcode::PUSH_NULL, floc);
        self.expr(&c.func)?;
        self.call_helper(0, &c.arguments.args, &c.arguments.keywords, loc)
    }

    fn maybe_method_call(&mut self, c: &'a ast::ExprCall) -> Result<bool, crate::CompileError> {
        let Expr::Attribute(meth) = &*c.func else { return Ok(false) };
        if meth.ctx != ExprContext::Load || self.is_import_originated(&meth.value) {
            return Ok(false);
        }
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        let (argsl, kwdsl) = (args.len(), kws.len());
        if argsl + kwdsl + (kwdsl != 0) as usize >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args.iter().any(|a| matches!(a, Expr::Starred(_))) || kws.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        let mloc = self.loc(meth.range);
        let mut loc = mloc;
        if self.can_optimize_super_call(meth) {
            let Expr::Call(call) = &*meth.value else { return Ok(false) };
            self.load_args_for_super(call)?;
            let two = !call.arguments.args.is_empty();
            let i = self.name_index(meth.attr.as_str());
            self.emit(Opcode::LOAD_SUPER_ATTR, (i << 2) | if two { 3 } else { 1 }, loc);
            loc = self.attr_loc(loc, meth);
            self.emit0(Opcode::NOP, loc);
        } else {
            self.expr(&meth.value)?;
            loc = self.attr_loc(loc, meth);
            let i = self.name_index(meth.attr.as_str());
            self.emit(Opcode::LOAD_ATTR, (i << 1) | 1, loc);
        }
        for a in args.iter() {
            self.expr(a)?;
        }
        if kwdsl > 0 {
            for k in kws.iter() {
                self.expr(&k.value)?;
            }
            self.kw_names(kws, loc);
        }
        let cloc = self.loc(c.range());
        let cloc = self.attr_loc(cloc, meth);
        self.emit(Opcode::CALL, (argsl + kwdsl) as u32, cloc);
        Ok(true)
    }

    fn kw_names(&mut self, kws: &[ast::Keyword], loc: Location) {
        let names: Vec<Constant> =
            kws.iter().map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into())).collect();
        let i = self.add_const(Constant::Tuple(names.into()));
        self.emit(Opcode::KW_NAMES, i, loc);
    }

    fn subkwargs(&mut self, kws: &'a [ast::Keyword], loc: Location) -> R {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.expr(&k.value)?;
            }
            let keys: Vec<Constant> =
                kws.iter().map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into())).collect();
            self.load_const(Constant::Tuple(keys.into()), loc);
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32, loc);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0, loc_none());
        }
        for k in kws {
            let key = k.arg.as_ref().map_or("", |a| a.as_str());
            self.load_const(Constant::Str(key.into()), loc);
            self.expr(&k.value)?;
            if big {
                self.emit(Opcode::MAP_ADD, 1, loc_none());
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    /// Arguments and the call itself (`compiler_call_helper`); `n` values are already pushed.
    pub fn call_helper(&mut self, n: u32, args: &'a [Expr], kws: &'a [ast::Keyword], loc: Location) -> R {
        self.call_helper_ex(n, args, None, kws, loc)
    }

    /// `call_helper` with `extra`, a name loaded after the positional arguments.
    pub fn call_helper_ex(&mut self, n: u32, args: &'a [Expr], extra: Option<&str>, kws: &'a [ast::Keyword], loc: Location) -> R {
        let nelts = args.len() + extra.is_some() as usize;
        let nkw = kws.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !kws.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if let Some(name) = extra {
                self.nameop(name, ExprContext::Load, loc)?;
            }
            if nkw > 0 {
                for k in kws {
                    self.expr(&k.value)?;
                }
                self.kw_names(kws, loc);
            }
            self.emit(Opcode::CALL, n + (nelts + nkw) as u32, loc);
            return Ok(());
        }
        if n == 0 && nelts == 1 && extra.is_none() {
            if let Expr::Starred(s) = &args[0] {
                self.expr(&s.value)?;
            } else {
                self.starunpack(args, n, Coll::Tuple, loc)?;
            }
        } else {
            self.starunpack_ex(args, extra, n, Coll::Tuple, loc)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in kws.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&kws[i - nseen..i], loc)?;
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1, loc);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0, loc);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Opcode::DICT_MERGE, 1, loc);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&kws[nkw - nseen..], loc)?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1, loc);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, (nkw > 0) as u32, loc);
        Ok(())
    }

    /// The range extended to the parentheses that enclose it directly.
    fn widen_to_parens(&self, r: TextRange) -> TextRange {
        let src = self.source.as_bytes();
        let mut s = r.start().to_usize();
        while s > 0 && src[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        let mut e = r.end().to_usize();
        while e < src.len() && src[e].is_ascii_whitespace() {
            e += 1;
        }
        if s > 0 && src[s - 1] == b'(' && e < src.len() && src[e] == b')' {
            return TextRange::new(((s - 1) as u32).into(), ((e + 1) as u32).into());
        }
        r
    }

    // ---- lambda ----

    fn lambda(&mut self, l: &'a ast::ExprLambda, loc: Location) -> R {
        let empty = ast::Parameters::default();
        let params: &ast::Parameters = l.parameters.as_deref().unwrap_or(&empty);
        let flags = match &l.parameters {
            Some(p) => self.default_arguments(p, loc)?,
            None => 0,
        };
        let line = self.sink.line_of(l.range.start().to_u32());
        self.enter_scope("<lambda>", UnitKind::Lambda, l.range, line)?;
        self.add_const(Constant::None);
        self.u().argcount = params.args.len() as u32;
        self.u().posonlyargcount = params.posonlyargs.len() as u32;
        self.u().kwonlyargcount = params.kwonlyargs.len() as u32;
        self.expr(&l.body)?;
        let code = if self.ste().generator {
            self.exit_scope(false)?
        } else {
            let rl = Location::new(line as i32, line as i32, 0, 0);
            self.emit0(Opcode::RETURN_VALUE, rl);
            self.exit_scope(true)?
        };
        self.make_closure(code, flags, loc)
    }

    // ---- comprehensions ----

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> R {
        let mut loc = self.loc(e.range());
        let mut first_range = e.range();
        if let Expr::Generator(g) = e {
            // CPython's range of a generator expression includes its parentheses (the call's,
            // when it is the sole argument, which ruff leaves out).
            if !g.parenthesized {
                first_range = self.widen_to_parens(e.range());
            }
            loc = self.loc(first_range);
        }
        let Some(outermost) = gens.first() else { return Ok(()) };
        let Some(&ci) = self.st.by_range.get(&symtable::key(e.range())) else {
            return Err(self.err("internal error: no symbol table for comprehension", e.range()));
        };
        let inlined = self.st.blocks[ci].comp_inlined;
        let is_async_generator = self.st.blocks[ci].coroutine;
        if is_async_generator
            && kind != CompKind::Generator
            && !self.ur().is_async
            && self.ur().kind != UnitKind::Comprehension
        {
            return Err(self.err("asynchronous comprehension outside of an asynchronous function", e.range()));
        }
        let get_iter = if outermost.is_async { Opcode::GET_AITER } else { Opcode::GET_ITER };
        let mut state = None;
        if inlined {
            self.iter_expr(&outermost.iter)?;
            self.emit0(get_iter, loc);
            state = Some(self.push_inlined_state(ci, loc));
        } else {
            let name = match kind {
                CompKind::Generator => "<genexpr>",
                CompKind::List => "<listcomp>",
                CompKind::Set => "<setcomp>",
                CompKind::Dict => "<dictcomp>",
            };
            let line = self.sink.line_of(first_range.start().to_u32());
            self.enter_scope(name, UnitKind::Comprehension, e.range(), line)?;
        }
        if kind != CompKind::Generator {
            let op = match kind {
                CompKind::List => Opcode::BUILD_LIST,
                CompKind::Set => Opcode::BUILD_SET,
                _ => Opcode::BUILD_MAP,
            };
            self.emit(op, 0, loc);
            if inlined {
                self.emit(Opcode::SWAP, 2, loc);
            }
        }
        self.comp_generator(gens, 0, 0, elt, val, kind, inlined, loc)?;
        if let Some(st) = state {
            self.pop_inlined_state(st, loc);
            return Ok(());
        }
        if kind != CompKind::Generator {
            self.emit0(Opcode::RETURN_VALUE, loc);
        } else {
            self.wrap_in_stopiteration_handler();
        }
        let code = self.exit_scope(true)?;
        self.make_closure(code, 0, loc)?;
        self.iter_expr(&outermost.iter)?;
        self.emit0(get_iter, loc);
        self.emit(Opcode::CALL, 0, loc);
        if is_async_generator && kind != CompKind::Generator {
            self.emit(Opcode::GET_AWAITABLE, 0, loc);
            self.load_const(Constant::None, loc);
            self.yield_from(loc, true);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
        iter_on_stack: bool,
        loc: Location,
    ) -> R {
        let g = &gens[index];
        if g.is_async {
            return self.async_comp_generator(gens, index, depth, elt, val, kind, iter_on_stack, loc);
        }
        self.enter_depth()?;
        let mut start = Some(self.new_label());
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if !iter_on_stack {
            if index == 0 {
                self.u().argcount = 1;
                self.emit(Opcode::LOAD_FAST, 0, loc);
            } else {
                let single = match &g.iter {
                    Expr::List(l) if l.elts.len() == 1 && !matches!(l.elts[0], Expr::Starred(_)) => Some(&l.elts[0]),
                    Expr::Tuple(t) if t.elts.len() == 1 && !matches!(t.elts[0], Expr::Starred(_)) => Some(&t.elts[0]),
                    _ => None,
                };
                match single {
                    Some(x) => {
                        self.expr(x)?;
                        start = None;
                    }
                    None => {
                        self.iter_expr(&g.iter)?;
                        self.emit0(Opcode::GET_ITER, loc);
                    }
                }
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.use_label(s);
            self.emit_jump(Opcode::FOR_ITER, anchor, loc);
        }
        self.expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        let elt_loc = if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind, false, loc)?;
            self.loc(elt.range())
        } else {
            self.comp_element(elt, val, kind, depth)?
        };
        self.use_label(if_cleanup);
        if let Some(s) = start {
            self.emit_pseudo(Op::Jump, s, elt_loc);
            self.use_label(anchor);
            self.emit0(Opcode::END_FOR, loc_none());
        }
        self.leave_depth();
        Ok(())
    }

    /// The innermost body of a comprehension: yield, append or add the element.
    fn comp_element(&mut self, elt: &'a Expr, val: Option<&'a Expr>, kind: CompKind, depth: u32) -> Result<Location, crate::error::CompileError> {
        let mut elt_loc = self.loc(elt.range());
        {
            match kind {
                CompKind::Generator => {
                    self.expr(elt)?;
                    self.add_yield(elt_loc);
                    self.emit0(Opcode::POP_TOP, elt_loc);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Opcode::LIST_APPEND, depth + 1, elt_loc);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Opcode::SET_ADD, depth + 1, elt_loc);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = val {
                        self.expr(v)?;
                        let vl = self.loc(v.range());
                        elt_loc = Location::new(elt_loc.line, vl.end_line, elt_loc.col, vl.end_col);
                    }
                    self.emit(Opcode::MAP_ADD, depth + 1, elt_loc);
                }
            }
        }
        Ok(elt_loc)
    }

    /// `async for` in a comprehension (`compiler_async_comprehension_generator`).
    #[allow(clippy::too_many_arguments)]
    fn async_comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
        iter_on_stack: bool,
        loc: Location,
    ) -> R {
        self.enter_depth()?;
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        let g = &gens[index];
        if !iter_on_stack {
            if index == 0 {
                self.u().argcount = 1;
                self.emit(Opcode::LOAD_FAST, 0, loc);
            } else {
                self.expr(&g.iter)?;
                self.emit0(Opcode::GET_AITER, loc);
            }
        }
        self.use_label(start);
        self.push_fblock(FKind::AsyncComprehensionGenerator, Some(start), None, Datum::None)?;
        self.emit_pseudo(Op::SetupFinally, except, loc);
        self.emit0(Opcode::GET_ANEXT, loc);
        self.load_const(Constant::None, loc);
        self.yield_from(loc, true);
        self.emit_pseudo(Op::PopBlock, 0, loc);
        self.expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        let elt_loc = if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind, false, loc)?;
            self.loc(elt.range())
        } else {
            self.comp_element(elt, val, kind, depth)?
        };
        self.use_label(if_cleanup);
        self.emit_pseudo(Op::Jump, start, elt_loc);
        self.pop_fblock();
        self.use_label(except);
        self.emit0(Opcode::END_ASYNC_FOR, loc);
        self.leave_depth();
        Ok(())
    }

    fn push_inlined_state(&mut self, ci: usize, loc: Location) -> InlineState {
        let in_class_block = self.ste().kind == symtable::BlockType::Class && self.ur().in_inlined_comp == 0;
        self.u().in_inlined_comp += 1;
        let function_like = self.ste().is_function_like();
        let order = self.st.blocks[ci].order.clone();
        let mut overrides: HashMap<String, Symbol> = HashMap::new();
        let mut pushed = Vec::new();
        let mut fast_hidden = Vec::new();
        for name in order {
            let Some(sym) = self.st.blocks[ci].symbols.get(&name).copied() else { continue };
            let scope = sym.scope;
            let outsc = self.scope_of(&name);
            if (scope != outsc && scope != Scope::Free && !(scope == Scope::Cell && outsc == Scope::Free))
                || in_class_block
            {
                overrides.insert(name.clone(), sym);
            }
            let local = sym.flags & symtable::DEF_LOCAL != 0 && sym.flags & symtable::DEF_NONLOCAL == 0;
            if local || in_class_block {
                if !function_like && self.ur().fasthidden.get(&name) != Some(&true) {
                    self.u().fasthidden.insert(name.clone(), true);
                    fast_hidden.push(name.clone());
                }
                let vi = self.varname_index(&name);
                self.emit(Opcode::LOAD_FAST_AND_CLEAR, vi, loc);
                if scope == Scope::Cell {
                    let idx = self.deref_index(&name, outsc != Scope::Free).unwrap_or(0);
                    self.emit(Opcode::MAKE_CELL, idx, loc);
                }
                pushed.push(name);
            }
        }
        let has_overrides = !overrides.is_empty();
        if has_overrides {
            self.u().overrides.push(overrides);
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        if !pushed.is_empty() {
            self.emit(Opcode::SWAP, pushed.len() as u32 + 1, loc);
            self.emit_pseudo(Op::SetupFinally, cleanup, loc);
        }
        InlineState { pushed, fast_hidden, has_overrides, cleanup, end }
    }

    fn restore_inlined_locals(&mut self, st: &InlineState, loc: Location) {
        let n = st.pushed.len();
        self.emit(Opcode::SWAP, n as u32 + 1, loc);
        for name in st.pushed.iter().rev() {
            let vi = self.varname_index(name);
            self.u().seq.push(crate::cfg::SeqItem::Instr(crate::cfg::Instr {
                op: Op::StoreFastMaybeNull,
                arg: vi,
                target: 0,
                loc,
                except: None,
            }));
        }
    }

    fn pop_inlined_state(&mut self, st: InlineState, loc: Location) {
        self.u().in_inlined_comp -= 1;
        if st.has_overrides {
            self.u().overrides.pop();
        }
        if !st.pushed.is_empty() {
            self.emit_pseudo(Op::PopBlock, 0, loc_none());
            self.emit_pseudo(Op::JumpNoInterrupt, st.end, loc_none());
            self.use_label(st.cleanup);
            self.emit(Opcode::SWAP, 2, loc_none());
            self.emit0(Opcode::POP_TOP, loc_none());
            self.restore_inlined_locals(&st, loc);
            self.emit(Opcode::RERAISE, 0, loc_none());
            self.use_label(st.end);
            self.restore_inlined_locals(&st, loc);
        }
        for n in st.fast_hidden {
            self.u().fasthidden.insert(n, false);
        }
    }
}

/// `not (a is b)`, `not (a in b)` and their negations fold into the inverse comparison
/// (`fold_unaryop` in `ast_opt.c`).
fn inverted_compare(e: &Expr) -> Option<(&ast::ExprCompare, CmpOp)> {
    let Expr::UnaryOp(u) = e else { return None };
    if u.op != ast::UnaryOp::Not {
        return None;
    }
    let Expr::Compare(c) = &*u.operand else { return None };
    if c.ops.len() != 1 {
        return None;
    }
    let op = match c.ops[0] {
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        _ => return None,
    };
    Some((c, op))
}

enum FmtPiece {
    Lit(String),
    /// Argument index, conversion (`s`, `r`, `a`), format spec.
    Arg(usize, char, Option<String>),
}

/// Splits a `%` format into literals and simple conversions (`parse_literal`/`parse_format`
/// in `ast_opt.c`); `None` when the format is not simple or the counts differ.
fn parse_percent_format(fmt: &str, nargs: usize) -> Option<Vec<FmtPiece>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut out = Vec::new();
    let mut cnt = 0;
    loop {
        let start = pos;
        let mut lit = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                lit.push(chars[pos]);
                pos += 1;
            } else if pos + 1 < chars.len() && chars[pos + 1] == '%' {
                lit.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            out.push(FmtPiece::Lit(lit));
        }
        if pos >= chars.len() {
            break;
        }
        if cnt >= nargs {
            return None;
        }
        pos += 1;
        let next = |pos: &mut usize| -> Option<char> {
            let c = *chars.get(*pos)?;
            *pos += 1;
            Some(c)
        };
        let mut ljust = false;
        let mut ch;
        loop {
            ch = next(&mut pos)?;
            match ch {
                '-' => ljust = true,
                '+' | ' ' | '#' | '0' => {}
                _ => break,
            }
        }
        let mut width: i32 = -1;
        let mut prec: i32 = -1;
        if ch.is_ascii_digit() {
            width = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                width = width * 10 + ch.to_digit(10)? as i32;
                ch = next(&mut pos)?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        if ch == '.' {
            ch = next(&mut pos)?;
            prec = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                prec = prec * 10 + ch.to_digit(10)? as i32;
                ch = next(&mut pos)?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        if !matches!(ch, 's' | 'r' | 'a') {
            return None;
        }
        let mut spec = String::new();
        if !ljust && width > 0 {
            spec.push('>');
        }
        if width >= 0 {
            spec.push_str(&width.to_string());
        }
        if prec >= 0 {
            spec.push('.');
            spec.push_str(&prec.to_string());
        }
        out.push(FmtPiece::Arg(cnt, ch, if spec.is_empty() { None } else { Some(spec) }));
        cnt += 1;
    }
    if cnt < nargs {
        return None;
    }
    Some(out)
}
