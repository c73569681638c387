//! `match` statements (PEP 634), compiled as CPython 3.12's `compiler_match` and its
//! `compiler_pattern_*` helpers compile them.
//!
//! Every pattern routine consumes the subject on top of the stack and jumps to a "fail pop"
//! label when it does not match. `on_top` counts the values the pattern still needs above the
//! subject (they are popped on failure); captured values are kept on the stack *under* those
//! values and stored only once the whole pattern matched, so a failed case binds nothing.

use pyrite_bytecode::opcodes::{nb, Opcode};
use pyrite_bytecode::{Constant, Location};
use ruff_python_ast::{self as ast, ExprContext, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::{loc_none, Compiler, R};
use crate::cfg::{Label, Op};

/// CPython's `pattern_context`.
#[derive(Default)]
pub struct PatternContext {
    /// Names captured so far, in stack order (deepest first).
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` values and falls into `fail_pop[n - 1]`; `fail_pop[0]` is failure.
    fail_pop: Vec<Label>,
    /// How many values above the captures must be popped on failure.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let last = &m.cases[cases - 1];
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let mut pc = PatternContext::default();
        for (i, case) in m.cases[..cases - has_default as usize].iter().enumerate() {
            let ploc = self.loc(case.pattern.range());
            let not_last = i != cases - has_default as usize - 1;
            if not_last {
                self.emit(Opcode::COPY, 1, ploc);
            }
            pc.stores.clear();
            pc.allow_irrefutable = case.guard.is_some() || i == cases - 1;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // It's a match: store the captured names (they are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, ExprContext::Store, ploc)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(g, pc.fail_pop[0], false)?;
            }
            if not_last {
                self.emit0(Opcode::POP_TOP, ploc);
            }
            self.stmts(&case.body)?;
            self.emit_pseudo(Op::Jump, end, loc_none());
            // A failed match's cleanup belongs to the pattern's line, not the body's last.
            self.emit_and_reset_fail_pop(&mut pc, ploc);
        }
        if has_default {
            let ploc = self.loc(last.pattern.range());
            if cases == 1 {
                self.emit0(Opcode::POP_TOP, ploc);
            } else {
                // Shows line coverage for the default case, which has no code of its own.
                self.emit0(Opcode::NOP, ploc);
            }
            if let Some(g) = &last.guard {
                self.jump_if(g, end, false)?;
            }
            self.stmts(&last.body)?;
        }
        self.use_label(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps with `op` to the block that pops everything this pattern has pushed.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op, loc: Location) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_pseudo(op, pc.fail_pop[pops], loc);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext, loc: Location) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[i]);
            self.emit0(Opcode::POP_TOP, loc);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// 3.10's `ROT_N` as a run of `SWAP`s.
    fn pattern_rotate(&mut self, mut count: usize, loc: Location) {
        while count > 1 {
            self.emit(Opcode::SWAP, count as u32, loc);
            count -= 1;
        }
    }

    fn duplicate_store(&self, name: &str, r: TextRange) -> crate::error::CompileError {
        self.err(format!("multiple assignments to name '{name}' in pattern"), r)
    }

    fn pattern_store_name(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternContext, r: TextRange) -> R {
        let loc = self.loc(r);
        let Some(n) = name else {
            self.emit0(Opcode::POP_TOP, loc);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == n.as_str()) {
            return Err(self.duplicate_store(n.as_str(), r));
        }
        self.pattern_rotate(pc.on_top + pc.stores.len() + 1, loc);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        self.enter_depth()?;
        let r = crate::with_stack(|| self.pattern_inner(p, pc));
        self.leave_depth();
        r
    }

    /// Like `pattern`, but irrefutable patterns are always allowed.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        let r = p.range();
        let loc = self.loc(r);
        match p {
            Pattern::MatchValue(v) => {
                let ok = matches!(*v.value, ast::Expr::Attribute(_)) || self.const_of(&v.value).is_some();
                if !ok {
                    return Err(self.err("patterns may only match literals and attribute lookups", r));
                }
                self.expr(&v.value)?;
                self.emit(Opcode::COMPARE_OP, (2 << 4) | 8, loc);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), loc);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                self.load_const(c, loc);
                self.emit(Opcode::IS_OP, 0, loc);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), loc);
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc, r)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, pc)?,
            Pattern::MatchStar(s) => self.pattern_store_name(s.name.as_ref(), pc, r)?,
            Pattern::MatchAs(a) => {
                let Some(inner) = &a.pattern else {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.as_str()),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.err(msg, r));
                    }
                    return self.pattern_store_name(a.name.as_ref(), pc, r);
                };
                // Keep a copy to store if the inner pattern matches.
                pc.on_top += 1;
                self.emit(Opcode::COPY, 1, loc);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.pattern_store_name(a.name.as_ref(), pc, r)?;
            }
            Pattern::MatchOr(o) => self.pattern_or(o, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext, r: TextRange) -> R {
        let loc = self.loc(r);
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = q {
                if star.is_some() {
                    return Err(self.err("multiple starred names in sequence pattern", r));
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        // The subject stays on top during the sequence and length checks.
        pc.on_top += 1;
        self.emit0(Opcode::MATCH_SEQUENCE, loc);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), loc);
        match star {
            None => {
                self.emit0(Opcode::GET_LEN, loc);
                self.load_const(Constant::Int(size as i64), loc);
                self.emit(Opcode::COMPARE_OP, (2 << 4) | 8, loc);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), loc);
            }
            Some(_) if size > 1 => {
                self.emit0(Opcode::GET_LEN, loc);
                self.load_const(Constant::Int(size as i64 - 1), loc);
                self.emit(Opcode::COMPARE_OP, (5 << 4) | 4 | 8, loc);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), loc);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Opcode::POP_TOP, loc);
        } else if star_wildcard {
            self.sequence_subscr(patterns, star.unwrap_or(usize::MAX), pc, loc)?;
        } else {
            self.sequence_unpack(patterns, pc, r)?;
        }
        Ok(())
    }

    fn sequence_unpack(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext, r: TextRange) -> R {
        let loc = self.loc(r);
        let n = patterns.len();
        match patterns.iter().position(|q| matches!(q, Pattern::MatchStar(_))) {
            Some(i) => {
                if i >= 1 << 8 || n - i - 1 >= (i32::MAX >> 8) as usize {
                    return Err(self.err("too many expressions in star-unpacking sequence pattern", r));
                }
                self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, n as u32, loc),
        }
        pc.on_top += n;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    /// Patterns with a starred wildcard (`[first, *_, last]`) index the subject instead of
    /// unpacking it.
    fn sequence_subscr(&mut self, patterns: &'a [Pattern], star: usize, pc: &mut PatternContext, loc: Location) -> R {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, q) in patterns.iter().enumerate() {
            if is_wildcard(q) || i == star {
                continue;
            }
            self.emit(Opcode::COPY, 1, loc);
            if i < star {
                self.load_const(Constant::Int(i as i64), loc);
            } else {
                // The subject may not support negative indexes: compute a non-negative one.
                self.emit0(Opcode::GET_LEN, loc);
                self.load_const(Constant::Int((size - i) as i64), loc);
                self.emit(Opcode::BINARY_OP, nb::SUBTRACT as u32, loc);
            }
            self.emit0(Opcode::BINARY_SUBSCR, loc);
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 1;
        self.emit0(Opcode::POP_TOP, loc);
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternContext) -> R {
        let loc = self.loc(c.range);
        let args = &c.arguments.patterns;
        let kws = &c.arguments.keywords;
        for (i, k) in kws.iter().enumerate() {
            if kws[i + 1..].iter().any(|o| o.attr.as_str() == k.attr.as_str()) {
                let dup = kws[i + 1..].iter().find(|o| o.attr.as_str() == k.attr.as_str()).map(|o| o.pattern.range());
                return Err(self.err(
                    format!("attribute name repeated in class pattern: {}", k.attr.as_str()),
                    dup.unwrap_or(c.range),
                ));
            }
        }
        self.expr(&c.cls)?;
        let names: Vec<Constant> = kws.iter().map(|k| Constant::Str(k.attr.as_str().into())).collect();
        self.load_const(Constant::Tuple(names.into()), loc);
        self.emit(Opcode::MATCH_CLASS, args.len() as u32, loc);
        self.emit(Opcode::COPY, 1, loc);
        self.load_const(Constant::None, loc);
        self.emit(Opcode::IS_OP, 1, loc);
        // The top is now a tuple of the matched attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), loc);
        let total = args.len() + kws.len();
        self.emit(Opcode::UNPACK_SEQUENCE, total as u32, loc);
        pc.on_top += total;
        pc.on_top -= 1;
        for q in args.iter().chain(kws.iter().map(|k| &k.pattern)) {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.emit0(Opcode::POP_TOP, loc);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternContext) -> R {
        let loc = self.loc(m.range);
        let size = m.keys.len();
        // The subject stays on top during the mapping and length checks.
        pc.on_top += 1;
        self.emit0(Opcode::MATCH_MAPPING, loc);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), loc);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit0(Opcode::POP_TOP, loc);
            return Ok(());
        }
        if size > 0 {
            self.emit0(Opcode::GET_LEN, loc);
            self.load_const(Constant::Int(size as i64), loc);
            self.emit(Opcode::COMPARE_OP, (5 << 4) | 4 | 8, loc);
            self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), loc);
        }
        // The keys, as a tuple for MATCH_KEYS (and for deleting from `**rest`).
        let mut seen: Vec<Constant> = Vec::new();
        for k in &m.keys {
            if let Some(c) = self.const_of(k) {
                if seen.iter().any(|s| same_key(s, &c)) {
                    let shown = pyrite_bytecode::dis::constant_repr(&c);
                    return Err(self.err(format!("mapping pattern checks duplicate key ({shown})"), m.range));
                }
                seen.push(c);
            } else if !matches!(k, ast::Expr::Attribute(_)) {
                return Err(self.err("mapping pattern keys may only match literals and attribute lookups", m.range));
            }
            self.expr(k)?;
        }
        self.emit(Opcode::BUILD_TUPLE, size as u32, loc);
        self.emit0(Opcode::MATCH_KEYS, loc);
        // A tuple of keys and a tuple of values (or None) are now on top of the subject.
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1, loc);
        self.load_const(Constant::None, loc);
        self.emit(Opcode::IS_OP, 1, loc);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), loc);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32, loc);
        pc.on_top += size;
        pc.on_top -= 1;
        for q in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        // A match: what follows consumes the tuple of keys and the subject.
        pc.on_top -= 2;
        if let Some(rest) = &m.rest {
            // rest = dict(subject); del rest[key] for each key.
            self.emit(Opcode::BUILD_MAP, 0, loc);
            self.emit(Opcode::SWAP, 3, loc);
            self.emit(Opcode::DICT_UPDATE, 2, loc);
            self.emit(Opcode::UNPACK_SEQUENCE, size as u32, loc);
            let mut n = size;
            while n > 0 {
                self.emit(Opcode::COPY, 1 + n as u32, loc);
                n -= 1;
                self.emit(Opcode::SWAP, 2, loc);
                self.emit0(Opcode::DELETE_SUBSCR, loc);
            }
            self.pattern_store_name(Some(rest), pc, m.range)?;
        } else {
            self.emit0(Opcode::POP_TOP, loc);
            self.emit0(Opcode::POP_TOP, loc);
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternContext) -> R {
        let loc = self.loc(o.range);
        let end = self.new_label();
        let size = o.patterns.len();
        // Each alternative starts from a fresh context; the outer one is restored at the end.
        let old_stores = pc.stores.clone();
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_allow = pc.allow_irrefutable;
        let old_on_top = pc.on_top;
        // The names bound by the first alternative; the others must bind the same ones.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let aloc = self.loc(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1, aloc);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != pc.stores.len() {
                        return Err(self.err("alternative patterns bind different names", o.range));
                    }
                    // Reorder the captured values on the stack to the first alternative's order.
                    for icontrol in (0..ctl.len()).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.err("alternative patterns bind different names", o.range));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, s) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, s);
                            }
                            for _ in 0..rotations {
                                self.pattern_rotate(icontrol + 1, aloc);
                            }
                        }
                    }
                }
            }
            self.emit_pseudo(Op::Jump, end, aloc);
            self.emit_and_reset_fail_pop(pc, aloc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.allow_irrefutable = old_allow;
        pc.on_top = old_on_top;
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.emit0(Opcode::POP_TOP, loc);
        self.jump_to_fail_pop(pc, Op::Jump, loc);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_rotate(nrots, loc);
            if pc.stores.contains(&name) {
                return Err(self.duplicate_store(&name, o.range));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit0(Opcode::POP_TOP, loc);
        Ok(())
    }
}

/// Whether two constant mapping keys are equal as dict keys (`1`, `1.0` and `True` are one key).
fn same_key(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<(f64, f64)> {
        match c {
            Constant::Bool(b) => Some((*b as i64 as f64, 0.0)),
            Constant::Int(i) => Some((*i as f64, 0.0)),
            Constant::Float(f) => Some((*f, 0.0)),
            Constant::Complex { re, im } => Some((*re, *im)),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a.same_as(b),
    }
}
