//! The control-flow graph between code generation and assembly, following CPython 3.12's
//! `Python/flowgraph.c`.
//!
//! The code generator emits a flat sequence of instructions and labels; [`Cfg::from_sequence`]
//! cuts it into basic blocks (a block ends at a label, a jump or a scope exit). The passes then run
//! in 3.12's order, because each of them changes what `dis` shows: exception-target labelling
//! (turning `SETUP_*`/`POP_BLOCK` pseudo-instructions into a handler per instruction), the
//! peephole optimiser (constant conditions, `RETURN_CONST`, `PUSH_NULL` folded into
//! `LOAD_GLOBAL`, jump threading, tuple folding and swaps), unreachable-code removal, small exit
//! block inlining, `LOAD_FAST_CHECK` where a local may be unbound, moving cold (exception-only)
//! blocks to the end, line-number propagation, stack depth, and jump direction normalisation.
//! `assemble.rs` turns the result into bytes and tables.

use pyrite_bytecode::opcodes::Opcode;
use pyrite_bytecode::{Constant, Location};

use crate::fold;

/// An instruction's operation: a real opcode or one of 3.12's pseudo-instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Real(Opcode),
    /// Unconditional jump; becomes `JUMP_FORWARD` or `JUMP_BACKWARD`.
    Jump,
    /// Becomes `JUMP_FORWARD` or `JUMP_BACKWARD_NO_INTERRUPT`.
    JumpNoInterrupt,
    /// Pushes an exception handler (the target) for the following instructions.
    SetupFinally,
    /// As `SetupFinally`, and the handler also gets `lasti`.
    SetupCleanup,
    /// As `SetupCleanup`, for `with` (the handler's depth excludes the `__enter__` result).
    SetupWith,
    /// Pops the innermost handler.
    PopBlock,
    /// `STORE_FAST` of a value that may be NULL (restoring inlined comprehension locals).
    StoreFastMaybeNull,
}

impl Op {
    fn is_block_push(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }

    /// Jumps with a target (CPython's `is_jump`), block pushes excluded.
    pub fn is_jump(self) -> bool {
        match self {
            Op::Jump | Op::JumpNoInterrupt => true,
            Op::Real(o) => o.is_jump(),
            _ => false,
        }
    }

    fn is_unconditional_jump(self) -> bool {
        matches!(
            self,
            Op::Jump
                | Op::JumpNoInterrupt
                | Op::Real(Opcode::JUMP_FORWARD)
                | Op::Real(Opcode::JUMP_BACKWARD)
                | Op::Real(Opcode::JUMP_BACKWARD_NO_INTERRUPT)
        )
    }

    fn is_scope_exit(self) -> bool {
        matches!(
            self,
            Op::Real(Opcode::RETURN_VALUE)
                | Op::Real(Opcode::RETURN_CONST)
                | Op::Real(Opcode::RAISE_VARARGS)
                | Op::Real(Opcode::RERAISE)
        )
    }

    fn is_terminator(self) -> bool {
        self.is_jump() || self.is_scope_exit()
    }

    /// Stack effect, with `jump` selecting the branch edge.
    fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        match self {
            // The exhausted edge targets END_FOR, which pops the iterator and a (virtual)
            // value: statically both edges push one item, as 3.12 counts it.
            Op::Real(Opcode::FOR_ITER) => 1,
            Op::Real(Opcode::SEND) => 0,
            // The generator object is pushed for the POP_TOP that follows (3.12 counts it).
            Op::Real(Opcode::RETURN_GENERATOR) => 1,
            Op::Real(o) => o.stack_effect(arg, jump),
            Op::Jump | Op::JumpNoInterrupt | Op::PopBlock => 0,
            Op::SetupFinally => {
                if jump {
                    1
                } else {
                    0
                }
            }
            Op::SetupCleanup => {
                if jump {
                    2
                } else {
                    0
                }
            }
            Op::SetupWith => {
                if jump {
                    1
                } else {
                    0
                }
            }
            Op::StoreFastMaybeNull => -1,
        }
    }
}

pub type BlockId = usize;
pub type Label = usize;

/// One instruction of the sequence or the graph.
#[derive(Clone, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    /// Jump target: a label in the sequence, a block id in the graph.
    pub target: usize,
    pub loc: Location,
    /// The handler block covering this instruction (after `label_exception_targets`).
    pub except: Option<BlockId>,
}

/// An element of the code generator's output.
#[derive(Clone, Debug)]
pub enum SeqItem {
    Instr(Instr),
    Label(Label),
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<Instr>,
    pub next: Option<BlockId>,
    pub except_handler: bool,
    pub preserve_lasti: bool,
    /// Whether the block starts at a label of the sequence (a possible jump target).
    labeled: bool,
    cold: bool,
    warm: bool,
    visited: bool,
    predecessors: u32,
    pub start_depth: i32,
    unsafe_mask: u64,
    pub offset: u32,
    except_stack: Option<Vec<BlockId>>,
}

impl Block {
    fn last(&self) -> Option<&Instr> {
        self.instrs.last()
    }

    fn has_fallthrough(&self) -> bool {
        match self.last() {
            None => true,
            Some(i) => !(i.op.is_unconditional_jump() || i.op.is_scope_exit()),
        }
    }

    fn exits_scope(&self) -> bool {
        self.last().is_some_and(|i| i.op.is_scope_exit())
    }

    fn is_exit_without_lineno(&self) -> bool {
        self.exits_scope() && self.instrs.iter().all(|i| i.loc.line < 0)
    }
}

/// Error raised by the graph passes (malformed stack use is a compiler bug, never input's).
#[derive(Debug)]
pub struct CfgError(pub String);

/// The basic-block graph of one code unit.
#[derive(Debug)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    pub entry: BlockId,
}

/// Size in code units of an instruction with this argument, caches and `EXTENDED_ARG`s included.
pub fn instr_size(op: Opcode, arg: u32) -> u32 {
    let ext = if arg > 0xFF_FFFF {
        3
    } else if arg > 0xFFFF {
        2
    } else if arg > 0xFF {
        1
    } else {
        0
    };
    ext + 1 + op.cache_entries() as u32
}

impl Cfg {
    fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block { start_depth: -1, ..Default::default() });
        self.blocks.len() - 1
    }

    /// Cuts the code generator's sequence into blocks.
    pub fn from_sequence(seq: Vec<SeqItem>, nlabels: usize) -> Cfg {
        let mut cfg = Cfg { blocks: Vec::new(), entry: 0 };
        let mut label_block: Vec<Option<BlockId>> = vec![None; nlabels];
        let mut cur = cfg.new_block();
        cfg.entry = cur;
        for item in seq {
            match item {
                SeqItem::Label(l) => {
                    if !cfg.blocks[cur].instrs.is_empty() || cfg.blocks[cur].labeled {
                        let nb = cfg.new_block();
                        cfg.blocks[cur].next = Some(nb);
                        cur = nb;
                    }
                    if let Some(slot) = label_block.get_mut(l) {
                        *slot = Some(cur);
                    }
                    cfg.blocks[cur].labeled = true;
                }
                SeqItem::Instr(i) => {
                    let terminated = cfg.blocks[cur].last().is_some_and(|l| l.op.is_terminator());
                    if terminated {
                        let nb = cfg.new_block();
                        cfg.blocks[cur].next = Some(nb);
                        cur = nb;
                    }
                    cfg.blocks[cur].instrs.push(i);
                }
            }
        }
        // Labels never placed (jumps to them would be a compiler bug) map to the last block.
        for b in 0..cfg.blocks.len() {
            for i in 0..cfg.blocks[b].instrs.len() {
                let ins = &cfg.blocks[b].instrs[i];
                if ins.op.is_jump() || ins.op.is_block_push() {
                    let t = label_block.get(ins.target).copied().flatten().unwrap_or(cur);
                    cfg.blocks[b].instrs[i].target = t;
                }
            }
        }
        cfg
    }

    fn order(&self) -> Vec<BlockId> {
        let mut v = Vec::new();
        let mut b = Some(self.entry);
        while let Some(id) = b {
            v.push(id);
            b = self.blocks[id].next;
        }
        v
    }

    /// The first non-empty block at or after `b` in layout order.
    fn skip_empty(&self, mut b: BlockId) -> BlockId {
        while self.blocks[b].instrs.is_empty() {
            match self.blocks[b].next {
                Some(n) => b = n,
                None => return b,
            }
        }
        b
    }

    fn mark_except_handlers(&mut self) {
        for b in self.order() {
            for i in 0..self.blocks[b].instrs.len() {
                let ins = &self.blocks[b].instrs[i];
                if ins.op.is_block_push() {
                    let t = ins.target;
                    self.blocks[t].except_handler = true;
                }
            }
        }
    }

    /// Gives each instruction its handler by walking the graph with a stack of active handlers;
    /// `YIELD_VALUE` gets the handler depth as its argument (3.12's `label_exception_targets`).
    fn label_exception_targets(&mut self) {
        for b in &mut self.blocks {
            b.visited = false;
        }
        let mut todo = vec![self.entry];
        self.blocks[self.entry].visited = true;
        self.blocks[self.entry].except_stack = Some(Vec::new());
        while let Some(b) = todo.pop() {
            let mut stack = self.blocks[b].except_stack.take().unwrap_or_default();
            let mut handler = stack.last().copied();
            let n = self.blocks[b].instrs.len();
            for i in 0..n {
                let (op, target) = (self.blocks[b].instrs[i].op, self.blocks[b].instrs[i].target);
                if op.is_block_push() {
                    if !self.blocks[target].visited {
                        self.blocks[target].except_stack = Some(stack.clone());
                        self.blocks[target].visited = true;
                        todo.push(target);
                    }
                    if matches!(op, Op::SetupCleanup | Op::SetupWith) {
                        self.blocks[target].preserve_lasti = true;
                    }
                    stack.push(target);
                    handler = Some(target);
                } else if op == Op::PopBlock {
                    stack.pop();
                    handler = stack.last().copied();
                } else if op.is_jump() {
                    self.blocks[b].instrs[i].except = handler;
                    if !self.blocks[target].visited {
                        self.blocks[target].except_stack = Some(stack.clone());
                        self.blocks[target].visited = true;
                        todo.push(target);
                    }
                } else {
                    if op == Op::Real(Opcode::YIELD_VALUE) {
                        self.blocks[b].instrs[i].arg = stack.len() as u32;
                    }
                    self.blocks[b].instrs[i].except = handler;
                }
            }
            if self.blocks[b].has_fallthrough()
                && let Some(nx) = self.blocks[b].next
                    && !self.blocks[nx].visited {
                        self.blocks[nx].except_stack = Some(stack);
                        self.blocks[nx].visited = true;
                        todo.push(nx);
                    }
        }
    }

    fn eliminate_empty_blocks(&mut self) {
        // Retarget jumps to empty blocks to the next non-empty one, then unlink empty blocks.
        for b in self.order() {
            for i in 0..self.blocks[b].instrs.len() {
                let ins = &self.blocks[b].instrs[i];
                if ins.op.is_jump() || ins.op.is_block_push() {
                    let t = self.skip_empty(ins.target);
                    self.blocks[b].instrs[i].target = t;
                }
                if let Some(h) = self.blocks[b].instrs[i].except {
                    let t = self.skip_empty(h);
                    self.blocks[b].instrs[i].except = Some(t);
                }
            }
        }
        let order = self.order();
        let kept: Vec<BlockId> = order.iter().copied().filter(|&b| !self.blocks[b].instrs.is_empty()).collect();
        if kept.is_empty() {
            return;
        }
        self.entry = kept[0];
        for w in kept.windows(2) {
            self.blocks[w[0]].next = Some(w[1]);
        }
        if let Some(&l) = kept.last() {
            self.blocks[l].next = None;
        }
    }

    fn inline_small_exit_blocks(&mut self, b: BlockId) -> bool {
        let Some(last) = self.blocks[b].last() else { return false };
        if !last.op.is_unconditional_jump() {
            return false;
        }
        let t = last.target;
        if self.blocks[t].exits_scope() && self.blocks[t].instrs.len() <= 4 {
            let copy = self.blocks[t].instrs.clone();
            if let Some(l) = self.blocks[b].instrs.last_mut() {
                l.op = Op::Real(Opcode::NOP);
                l.arg = 0;
            }
            self.blocks[b].instrs.extend(copy);
            return true;
        }
        false
    }

    fn optimize_block(&mut self, b: BlockId, consts: &mut Vec<Constant>) {
        let mut i = 0;
        // A `COPY 1` right after a `LOAD_CONST` is treated as loading the same constant again
        // (3.12's `is_copy_of_load_const`), which folds `and`/`or` on constants.
        let mut prev: Option<Instr> = None;
        while i < self.blocks[b].instrs.len() {
            let mut ins = self.blocks[b].instrs[i].clone();
            if let Some(p) = &prev
                && p.op == Op::Real(Opcode::LOAD_CONST) && ins.op == Op::Real(Opcode::COPY) && ins.arg == 1 {
                    ins.op = p.op;
                    ins.arg = p.arg;
                }
            prev = Some(ins.clone());
            let next = self.blocks[b].instrs.get(i + 1).cloned();
            let nextop = next.as_ref().map(|n| n.op);
            match ins.op {
                Op::Real(Opcode::LOAD_CONST) => {
                    let c = consts.get(ins.arg as usize).cloned();
                    match (nextop, c) {
                        (Some(Op::Real(Opcode::POP_JUMP_IF_FALSE)), Some(c))
                        | (Some(Op::Real(Opcode::POP_JUMP_IF_TRUE)), Some(c)) => {
                            let jump_if = nextop == Some(Op::Real(Opcode::POP_JUMP_IF_TRUE));
                            self.set_nop(b, i);
                            if fold::truthy(&c) == jump_if {
                                self.blocks[b].instrs[i + 1].op = Op::Jump;
                            } else {
                                self.set_nop(b, i + 1);
                            }
                        }
                        (Some(Op::Real(Opcode::POP_JUMP_IF_NONE)), Some(c))
                        | (Some(Op::Real(Opcode::POP_JUMP_IF_NOT_NONE)), Some(c)) => {
                            let jump_if_none = nextop == Some(Op::Real(Opcode::POP_JUMP_IF_NONE));
                            self.set_nop(b, i);
                            if matches!(c, Constant::None) == jump_if_none {
                                self.blocks[b].instrs[i + 1].op = Op::Jump;
                            } else {
                                self.set_nop(b, i + 1);
                            }
                        }
                        (Some(Op::Real(Opcode::RETURN_VALUE)), _) => {
                            self.set_nop(b, i);
                            let n = &mut self.blocks[b].instrs[i + 1];
                            n.op = Op::Real(Opcode::RETURN_CONST);
                            n.arg = ins.arg;
                        }
                        (Some(Op::Real(Opcode::IS_OP)), Some(Constant::None)) => {
                            // `x is None` followed by a conditional jump: POP_JUMP_IF_(NOT_)NONE.
                            let after = self.blocks[b].instrs.get(i + 2).map(|x| x.op);
                            let invert = next.as_ref().map_or(0, |n| n.arg);
                            let op = match after {
                                Some(Op::Real(Opcode::POP_JUMP_IF_TRUE)) => Some(invert == 0),
                                Some(Op::Real(Opcode::POP_JUMP_IF_FALSE)) => Some(invert != 0),
                                _ => None,
                            };
                            if let Some(jump_if_none) = op {
                                self.set_nop(b, i);
                                self.set_nop(b, i + 1);
                                self.blocks[b].instrs[i + 2].op = Op::Real(if jump_if_none {
                                    Opcode::POP_JUMP_IF_NONE
                                } else {
                                    Opcode::POP_JUMP_IF_NOT_NONE
                                });
                            }
                        }
                        _ => {}
                    }
                }
                Op::Real(Opcode::BUILD_TUPLE) => {
                    let n = ins.arg as usize;
                    if let Some(Op::Real(Opcode::UNPACK_SEQUENCE)) = nextop
                        && next.as_ref().is_some_and(|x| x.arg as usize == n) {
                            match n {
                                1 => {
                                    self.set_nop(b, i);
                                    self.set_nop(b, i + 1);
                                    i += 1;
                                    continue;
                                }
                                2 | 3 => {
                                    self.set_nop(b, i);
                                    let x = &mut self.blocks[b].instrs[i + 1];
                                    x.op = Op::Real(Opcode::SWAP);
                                    x.arg = n as u32;
                                    i += 1;
                                    continue;
                                }
                                _ => {}
                            }
                        }
                    self.fold_tuple(b, i, consts);
                }
                Op::Real(Opcode::PUSH_NULL) => {
                    if let Some(n) = &next
                        && n.op == Op::Real(Opcode::LOAD_GLOBAL) && n.arg & 1 == 0 {
                            self.set_nop(b, i);
                            self.blocks[b].instrs[i + 1].arg |= 1;
                        }
                }
                Op::Real(Opcode::POP_JUMP_IF_FALSE)
                | Op::Real(Opcode::POP_JUMP_IF_TRUE)
                | Op::Real(Opcode::POP_JUMP_IF_NONE)
                | Op::Real(Opcode::POP_JUMP_IF_NOT_NONE)
                | Op::Jump => {
                    self.jump_thread(b, i);
                }
                Op::Real(Opcode::SWAP) if ins.arg == 1 => self.set_nop(b, i),
                Op::Real(Opcode::SWAP) => {
                    i = self.swaptimize(b, i);
                    self.apply_static_swaps(b, i);
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// Replaces a run of SWAPs (and NOPs) starting at `start` by the fewest SWAPs with the
    /// same effect, NOPs in front (3.12's `swaptimize`). Returns the index of the run's last
    /// instruction.
    fn swaptimize(&mut self, b: BlockId, start: usize) -> usize {
        let instrs = &mut self.blocks[b].instrs;
        let mut depth = instrs[start].arg as usize;
        let mut len = 1;
        let mut more = false;
        while start + len < instrs.len() {
            let ins = &instrs[start + len];
            if ins.op == Op::Real(Opcode::SWAP) {
                depth = depth.max(ins.arg as usize);
                more = true;
            } else if ins.op != Op::Real(Opcode::NOP) {
                break;
            }
            len += 1;
        }
        if !more {
            return start;
        }
        // Run the SWAPs on a model stack (index 0 is the top).
        const VISITED: usize = usize::MAX;
        let mut stack: Vec<usize> = (0..depth).collect();
        for ins in &instrs[start..start + len] {
            if ins.op == Op::Real(Opcode::SWAP) {
                stack.swap(0, ins.arg as usize - 1);
            }
        }
        // Each cycle of the permutation becomes SWAPs through the top, written from the end
        // of the run backwards.
        let mut current = len as isize - 1;
        for i in 0..depth {
            if stack[i] == VISITED || stack[i] == i {
                continue;
            }
            let mut j = i;
            loop {
                if j != 0 {
                    let ins = &mut instrs[start + current as usize];
                    ins.op = Op::Real(Opcode::SWAP);
                    ins.arg = j as u32 + 1;
                    current -= 1;
                }
                if stack[j] == VISITED {
                    break;
                }
                let next = stack[j];
                stack[j] = VISITED;
                j = next;
            }
        }
        while current >= 0 {
            let ins = &mut instrs[start + current as usize];
            ins.op = Op::Real(Opcode::NOP);
            ins.arg = 0;
            current -= 1;
        }
        start + len - 1
    }

    fn next_swappable(&self, b: BlockId, mut i: usize, lineno: Option<i32>) -> Option<usize> {
        let instrs = &self.blocks[b].instrs;
        loop {
            i += 1;
            let ins = instrs.get(i)?;
            if let Some(l) = lineno
                && ins.loc.line != l {
                    return None;
                }
            if ins.op == Op::Real(Opcode::NOP) {
                continue;
            }
            return if swappable(ins.op) { Some(i) } else { None };
        }
    }

    /// Applies SWAPs by reordering the stores and pops that follow them
    /// (3.12's `apply_static_swaps`).
    fn apply_static_swaps(&mut self, b: BlockId, start: usize) {
        let mut i = start as isize;
        while i >= 0 {
            let iu = i as usize;
            let swap = self.blocks[b].instrs[iu].clone();
            if swap.op != Op::Real(Opcode::SWAP) {
                if swap.op == Op::Real(Opcode::NOP) || swappable(swap.op) {
                    i -= 1;
                    continue;
                }
                return;
            }
            let Some(j) = self.next_swappable(b, iu, None) else { return };
            let lineno = self.blocks[b].instrs[j].loc.line;
            let mut k = j;
            let mut count = swap.arg as i64 - 1;
            while count > 0 {
                match self.next_swappable(b, k, Some(lineno)) {
                    Some(n) => k = n,
                    None => return,
                }
                count -= 1;
            }
            let instrs = &self.blocks[b].instrs;
            let sj = stores_to(&instrs[j]);
            let sk = stores_to(&instrs[k]);
            if sj.is_some() || sk.is_some() {
                if sj == sk {
                    return;
                }
                for idx in j + 1..k {
                    let si = stores_to(&instrs[idx]);
                    if si.is_some() && (si == sj || si == sk) {
                        return;
                    }
                }
            }
            self.set_nop(b, iu);
            self.blocks[b].instrs.swap(j, k);
            i -= 1;
        }
    }

    /// A jump to an unconditional jump goes straight to the final target when both are on the
    /// same line (or the second has none), as 3.12's `jump_thread` does.
    fn jump_thread(&mut self, b: BlockId, i: usize) {
        for _ in 0..100 {
            let ins = &self.blocks[b].instrs[i];
            let t = self.skip_empty(ins.target);
            let Some(first) = self.blocks[t].instrs.first() else { return };
            if first.op != Op::Jump {
                return;
            }
            let same_line = ins.loc.line == first.loc.line || first.loc.line == -1;
            if same_line && self.skip_empty(first.target) != t && first.target != ins.target {
                let nt = first.target;
                self.blocks[b].instrs[i].target = nt;
                continue;
            }
            return;
        }
    }

    fn fold_tuple(&mut self, b: BlockId, i: usize, consts: &mut Vec<Constant>) {
        let n = self.blocks[b].instrs[i].arg as usize;
        if i < n {
            return;
        }
        let mut items = Vec::with_capacity(n);
        for k in i - n..i {
            let ins = &self.blocks[b].instrs[k];
            if ins.op != Op::Real(Opcode::LOAD_CONST) {
                return;
            }
            match consts.get(ins.arg as usize) {
                Some(c) => items.push(c.clone()),
                None => return,
            }
        }
        for k in i - n..i {
            self.set_nop(b, k);
        }
        let c = Constant::Tuple(items.into());
        let idx = add_const(consts, c);
        let ins = &mut self.blocks[b].instrs[i];
        ins.op = Op::Real(Opcode::LOAD_CONST);
        ins.arg = idx;
    }

    fn set_nop(&mut self, b: BlockId, i: usize) {
        let ins = &mut self.blocks[b].instrs[i];
        ins.op = Op::Real(Opcode::NOP);
        ins.arg = 0;
    }

    fn mark_reachable(&mut self) {
        for b in &mut self.blocks {
            b.predecessors = 0;
            b.visited = false;
        }
        let mut stack = vec![self.entry];
        self.blocks[self.entry].predecessors = 1;
        self.blocks[self.entry].visited = true;
        while let Some(b) = stack.pop() {
            if self.blocks[b].has_fallthrough()
                && let Some(nx) = self.blocks[b].next {
                    if !self.blocks[nx].visited {
                        self.blocks[nx].visited = true;
                        stack.push(nx);
                    }
                    self.blocks[nx].predecessors += 1;
                }
            for i in 0..self.blocks[b].instrs.len() {
                let ins = &self.blocks[b].instrs[i];
                if ins.op.is_jump() || ins.op.is_block_push() {
                    let t = ins.target;
                    if !self.blocks[t].visited {
                        self.blocks[t].visited = true;
                        stack.push(t);
                    }
                    self.blocks[t].predecessors += 1;
                }
            }
        }
    }

    fn remove_redundant_nops(&mut self, b: BlockId) {
        let instrs = std::mem::take(&mut self.blocks[b].instrs);
        let next_first_line = {
            let mut nx = self.blocks[b].next;
            let mut line = None;
            while let Some(n) = nx {
                if let Some(f) = self.blocks[n].instrs.first() {
                    line = Some(f.loc.line);
                    break;
                }
                nx = self.blocks[n].next;
            }
            line
        };
        let mut out: Vec<Instr> = Vec::with_capacity(instrs.len());
        let mut prev_line = -1;
        let len = instrs.len();
        let mut instrs = instrs;
        for src in 0..len {
            let ins = instrs[src].clone();
            let line = ins.loc.line;
            if ins.op == Op::Real(Opcode::NOP) {
                if line < 0 || prev_line == line {
                    continue;
                }
                if src + 1 < len {
                    let next_line = instrs[src + 1].loc.line;
                    if next_line == line {
                        continue;
                    }
                    if next_line < 0 {
                        instrs[src + 1].loc = ins.loc;
                        continue;
                    }
                } else if next_first_line == Some(line) {
                    continue;
                }
            }
            prev_line = line;
            out.push(ins);
        }
        self.blocks[b].instrs = out;
    }

    /// Removes NOPs, and `LOAD_CONST`/`COPY 1` immediately popped, across fall-through blocks.
    fn remove_redundant_nops_and_pairs(&mut self) {
        loop {
            let mut done = true;
            let mut prev: Option<(BlockId, usize)> = None;
            for b in self.order() {
                self.remove_redundant_nops(b);
                if self.blocks[b].labeled {
                    prev = None;
                }
                for i in 0..self.blocks[b].instrs.len() {
                    let cur = (b, i);
                    if let Some((pb, pi)) = prev {
                        let p = &self.blocks[pb].instrs[pi];
                        let is_pair = self.blocks[b].instrs[i].op == Op::Real(Opcode::POP_TOP)
                            && (p.op == Op::Real(Opcode::LOAD_CONST)
                                || (p.op == Op::Real(Opcode::COPY) && p.arg == 1));
                        if is_pair {
                            self.set_nop(pb, pi);
                            self.set_nop(b, i);
                            done = false;
                        }
                    }
                    prev = Some(cur);
                }
                let last_jump = self.blocks[b].last().is_some_and(|l| l.op.is_jump());
                if last_jump || !self.blocks[b].has_fallthrough() {
                    prev = None;
                }
            }
            if done {
                break;
            }
        }
    }

    fn remove_redundant_jumps(&mut self) {
        for b in self.order() {
            let Some(last) = self.blocks[b].last() else { continue };
            if last.op.is_unconditional_jump() {
                let t = self.skip_empty(last.target);
                let nx = self.blocks[b].next.map(|n| self.skip_empty(n));
                if nx == Some(t) {
                    let l = self.blocks[b].instrs.len() - 1;
                    self.set_nop(b, l);
                }
            }
        }
    }

    fn optimize(&mut self, consts: &mut Vec<Constant>) {
        self.eliminate_empty_blocks();
        for b in self.order() {
            self.inline_small_exit_blocks(b);
        }
        for b in self.order() {
            self.optimize_block(b, consts);
        }
        self.remove_redundant_nops_and_pairs();
        for b in self.order() {
            self.inline_small_exit_blocks(b);
        }
        self.mark_reachable();
        for b in self.order() {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
                self.blocks[b].except_handler = false;
            }
        }
        for b in self.order() {
            self.remove_redundant_nops(b);
        }
        self.eliminate_empty_blocks();
        self.remove_redundant_jumps();
    }

    /// `add_checks_for_loads_of_uninitialized_variables`: `LOAD_FAST` becomes `LOAD_FAST_CHECK`
    /// where the local may be unbound on some path (locals beyond 64 only within a block).
    fn add_checks_for_uninitialized(&mut self, nlocals: usize, nparams: usize) {
        if nlocals == 0 {
            return;
        }
        if nlocals > 64 {
            self.fast_scan_many_locals(nlocals);
        }
        let nlocals = nlocals.min(64);
        for b in &mut self.blocks {
            b.unsafe_mask = 0;
            b.visited = false;
        }
        let mut start_mask: u64 = 0;
        for i in nparams..nlocals {
            start_mask |= 1 << i;
        }
        let mut stack = Vec::new();
        let entry = self.entry;
        self.maybe_push(entry, start_mask, &mut stack);
        // DELETE_FAST and friends can start uncertainty anywhere: scan every block once.
        for b in self.order() {
            self.scan_block_for_locals(b, &mut stack);
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].visited = false;
            self.scan_block_for_locals(b, &mut stack);
        }
    }

    fn maybe_push(&mut self, b: BlockId, mask: u64, stack: &mut Vec<BlockId>) {
        let both = self.blocks[b].unsafe_mask | mask;
        if self.blocks[b].unsafe_mask != both {
            self.blocks[b].unsafe_mask = both;
            if !self.blocks[b].visited {
                self.blocks[b].visited = true;
                stack.push(b);
            }
        }
    }

    fn scan_block_for_locals(&mut self, b: BlockId, stack: &mut Vec<BlockId>) {
        let mut mask = self.blocks[b].unsafe_mask;
        let mut pushes: Vec<(BlockId, u64)> = Vec::new();
        for ins in &mut self.blocks[b].instrs {
            if let Some(h) = ins.except {
                pushes.push((h, mask));
            }
            if ins.arg >= 64 {
                continue;
            }
            let bit = 1u64 << ins.arg;
            match ins.op {
                Op::Real(Opcode::DELETE_FAST) | Op::Real(Opcode::LOAD_FAST_AND_CLEAR) | Op::StoreFastMaybeNull => {
                    mask |= bit
                }
                Op::Real(Opcode::STORE_FAST) | Op::Real(Opcode::LOAD_FAST_CHECK) => mask &= !bit,
                Op::Real(Opcode::LOAD_FAST) => {
                    if mask & bit != 0 {
                        ins.op = Op::Real(Opcode::LOAD_FAST_CHECK);
                    }
                    mask &= !bit;
                }
                _ => {}
            }
        }
        for t in self.normal_successors(b).into_iter().flatten() {
            pushes.push((t, mask));
        }
        for (t, m) in pushes {
            self.maybe_push(t, m, stack);
        }
    }

    /// Locals beyond the first 64: checked unless stored earlier in the same block.
    fn fast_scan_many_locals(&mut self, nlocals: usize) {
        let order = self.order();
        let mut states = vec![0usize; nlocals - 64];
        for (blocknum, &b) in order.iter().enumerate() {
            let blocknum = blocknum + 1;
            for ins in &mut self.blocks[b].instrs {
                let a = ins.arg as usize;
                if a < 64 || a >= nlocals {
                    continue;
                }
                match ins.op {
                    Op::Real(Opcode::DELETE_FAST) | Op::Real(Opcode::LOAD_FAST_AND_CLEAR) | Op::StoreFastMaybeNull => {
                        states[a - 64] = blocknum - 1
                    }
                    Op::Real(Opcode::STORE_FAST) => states[a - 64] = blocknum,
                    Op::Real(Opcode::LOAD_FAST) => {
                        if states[a - 64] != blocknum {
                            ins.op = Op::Real(Opcode::LOAD_FAST_CHECK);
                        }
                        states[a - 64] = blocknum;
                    }
                    _ => {}
                }
            }
        }
    }

    /// Where control goes from `b` other than by an exception: the next block when `b`
    /// falls through, then the target of its last instruction when that is a jump.
    fn normal_successors(&self, b: BlockId) -> [Option<BlockId>; 2] {
        let blk = &self.blocks[b];
        let next = if blk.has_fallthrough() { blk.next } else { None };
        [next, blk.last().filter(|l| l.op.is_jump()).map(|l| l.target)]
    }

    fn mark_warm_and_cold(&mut self) {
        for b in &mut self.blocks {
            b.warm = false;
            b.cold = false;
            b.visited = false;
        }
        let mut stack = vec![self.entry];
        self.blocks[self.entry].visited = true;
        while let Some(b) = stack.pop() {
            self.blocks[b].warm = true;
            for s in self.normal_successors(b).into_iter().flatten() {
                if !self.blocks[s].visited {
                    self.blocks[s].visited = true;
                    stack.push(s);
                }
            }
        }
        for b in &mut self.blocks {
            b.visited = false;
        }
        let mut stack = Vec::new();
        for b in self.order() {
            if self.blocks[b].except_handler && !self.blocks[b].warm {
                self.blocks[b].visited = true;
                stack.push(b);
            }
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].cold = true;
            for s in self.normal_successors(b).into_iter().flatten() {
                if !self.blocks[s].warm && !self.blocks[s].visited {
                    self.blocks[s].visited = true;
                    stack.push(s);
                }
            }
        }
    }

    fn push_cold_blocks_to_end(&mut self) {
        if self.blocks[self.entry].next.is_none() {
            return;
        }
        self.mark_warm_and_cold();
        for b in self.order() {
            if self.blocks[b].cold && self.blocks[b].has_fallthrough()
                && let Some(nx) = self.blocks[b].next
                    && self.blocks[nx].warm {
                        let j = self.new_block();
                        self.blocks[j].instrs.push(Instr {
                            op: Op::Jump,
                            arg: 0,
                            target: nx,
                            loc: Location::NONE,
                            except: None,
                        });
                        self.blocks[j].cold = true;
                        self.blocks[j].next = Some(nx);
                        self.blocks[b].next = Some(j);
                    }
        }
        let order = self.order();
        let warm: Vec<BlockId> = order.iter().copied().filter(|&b| !self.blocks[b].cold).collect();
        let cold: Vec<BlockId> = order.iter().copied().filter(|&b| self.blocks[b].cold).collect();
        if cold.is_empty() {
            return;
        }
        let all: Vec<BlockId> = warm.into_iter().chain(cold).collect();
        self.entry = all[0];
        for w in all.windows(2) {
            self.blocks[w[0]].next = Some(w[1]);
        }
        if let Some(&l) = all.last() {
            self.blocks[l].next = None;
        }
        self.remove_redundant_jumps();
    }

    fn resolve_line_numbers(&mut self, firstlineno: i32) {
        // duplicate_exits_without_lineno
        for b in self.order() {
            let Some(last) = self.blocks[b].last().cloned() else { continue };
            if last.op.is_jump() {
                let t = last.target;
                if self.blocks[t].is_exit_without_lineno() && self.blocks[t].predecessors > 1 {
                    let nb = self.new_block();
                    let mut copy = self.blocks[t].instrs.clone();
                    if let Some(f) = copy.first_mut() {
                        f.loc = last.loc;
                    }
                    self.blocks[nb].instrs = copy;
                    self.blocks[nb].predecessors = 1;
                    self.blocks[nb].next = self.blocks[t].next;
                    self.blocks[t].next = Some(nb);
                    self.blocks[t].predecessors -= 1;
                    let l = self.blocks[b].instrs.len() - 1;
                    self.blocks[b].instrs[l].target = nb;
                }
            }
        }
        for b in self.order() {
            if self.blocks[b].has_fallthrough() && !self.blocks[b].instrs.is_empty()
                && let Some(nx) = self.blocks[b].next
                    && self.blocks[nx].is_exit_without_lineno() {
                        let loc = self.blocks[b].last().map(|l| l.loc).unwrap_or(Location::NONE);
                        if let Some(f) = self.blocks[nx].instrs.first_mut() {
                            f.loc = loc;
                        }
                    }
        }
        // propagate_line_numbers
        for b in self.order() {
            if self.blocks[b].instrs.is_empty() {
                continue;
            }
            let mut prev = Location::NONE;
            for ins in &mut self.blocks[b].instrs {
                if ins.loc.line < 0 {
                    ins.loc = prev;
                } else {
                    prev = ins.loc;
                }
            }
            // A successor entered only from here continues this block's line.
            for t in self.normal_successors(b).into_iter().flatten() {
                if self.blocks[t].predecessors == 1
                    && let Some(f) = self.blocks[t].instrs.first_mut()
                    && f.loc.line < 0
                {
                    f.loc = prev;
                }
            }
        }
        // guarantee_lineno_for_exits
        let mut lineno = firstlineno;
        for b in self.order() {
            let Some(last) = self.blocks[b].last().cloned() else { continue };
            if last.loc.line < 0 {
                if last.op == Op::Real(Opcode::RETURN_VALUE) {
                    for ins in &mut self.blocks[b].instrs {
                        ins.loc.line = lineno;
                    }
                }
            } else {
                lineno = last.loc.line;
            }
        }
    }

    /// Runs the optimisation pipeline (`_PyCfg_OptimizeCodeUnit`).
    pub fn optimize_code_unit(
        &mut self,
        consts: &mut Vec<Constant>,
        nlocals: usize,
        nparams: usize,
        firstlineno: u32,
    ) {
        self.mark_except_handlers();
        self.label_exception_targets();
        self.optimize(consts);
        self.add_checks_for_uninitialized(nlocals, nparams);
        self.push_cold_blocks_to_end();
        // Predecessor counts stay those of `optimize` (blocks added since have none), as in
        // CPython, which decides where line numbers propagate.
        self.resolve_line_numbers(firstlineno as i32);
    }

    /// Inserts instructions at the start of the entry block.
    pub fn insert_prefix(&mut self, prefix: Vec<Instr>) {
        let e = self.entry;
        let mut v = prefix;
        v.append(&mut self.blocks[e].instrs);
        self.blocks[e].instrs = v;
    }

    /// The maximum stack depth (`_PyCfg_Stackdepth`); also records each block's start depth.
    pub fn stackdepth(&mut self) -> Result<u32, CfgError> {
        for b in &mut self.blocks {
            b.start_depth = i32::MIN;
        }
        let mut stack = Vec::new();
        let mut maxdepth = 0i32;
        self.blocks[self.entry].start_depth = 0;
        stack.push(self.entry);
        let push = |blocks: &mut Vec<Block>, stack: &mut Vec<BlockId>, t: BlockId, d: i32| -> Result<(), CfgError> {
            if blocks[t].start_depth == i32::MIN {
                blocks[t].start_depth = d;
                stack.push(t);
            } else if blocks[t].start_depth != d {
                return Err(CfgError(format!("inconsistent stack depth at block {t}")));
            }
            Ok(())
        };
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].start_depth;
            let mut falls = true;
            let n = self.blocks[b].instrs.len();
            for i in 0..n {
                let ins = self.blocks[b].instrs[i].clone();
                let effect = ins.op.stack_effect(ins.arg, false);
                let new_depth = depth + effect;
                if new_depth < 0 {
                    return Err(CfgError(format!("negative stack depth at {:?}", ins.op)));
                }
                maxdepth = maxdepth.max(new_depth);
                if ins.op.is_jump() || ins.op.is_block_push() {
                    let jeffect = match ins.op {
                        Op::Real(Opcode::FOR_ITER) => 1,
                        Op::Real(Opcode::SEND) => 0,
                        _ => ins.op.stack_effect(ins.arg, true),
                    };
                    let target_depth = depth + jeffect;
                    maxdepth = maxdepth.max(target_depth);
                    push(&mut self.blocks, &mut stack, ins.target, target_depth)?;
                }
                depth = new_depth;
                if ins.op.is_unconditional_jump() || ins.op.is_scope_exit() {
                    falls = false;
                    break;
                }
            }
            if falls
                && let Some(nx) = self.blocks[b].next {
                    push(&mut self.blocks, &mut stack, nx, depth)?;
                }
        }
        Ok(maxdepth.max(0) as u32)
    }

    /// `_PyCfg_ConvertPseudoOps`: block pushes and pops become NOPs (then removed where
    /// redundant), `STORE_FAST_MAYBE_NULL` becomes `STORE_FAST`.
    pub fn convert_pseudo_ops(&mut self) {
        for b in self.order() {
            for ins in &mut self.blocks[b].instrs {
                if ins.op.is_block_push() || ins.op == Op::PopBlock {
                    ins.op = Op::Real(Opcode::NOP);
                    ins.arg = 0;
                } else if ins.op == Op::StoreFastMaybeNull {
                    ins.op = Op::Real(Opcode::STORE_FAST);
                }
            }
        }
        for b in self.order() {
            self.remove_redundant_nops(b);
        }
    }

    /// Chooses jump directions; a backward conditional jump becomes a reversed forward jump
    /// over a new block holding `JUMP_BACKWARD` (3.12's `normalize_jumps`).
    pub fn normalize_jumps(&mut self) {
        for b in &mut self.blocks {
            b.visited = false;
        }
        let mut cur = Some(self.entry);
        while let Some(b) = cur {
            self.blocks[b].visited = true;
            if let Some(last) = self.blocks[b].last().cloned() {
                let l = self.blocks[b].instrs.len() - 1;
                let backward = self.blocks[last.target].visited && last.op.is_jump();
                match last.op {
                    Op::Jump => {
                        self.blocks[b].instrs[l].op =
                            Op::Real(if backward { Opcode::JUMP_BACKWARD } else { Opcode::JUMP_FORWARD });
                    }
                    Op::JumpNoInterrupt => {
                        self.blocks[b].instrs[l].op = Op::Real(if backward {
                            Opcode::JUMP_BACKWARD_NO_INTERRUPT
                        } else {
                            Opcode::JUMP_FORWARD
                        });
                    }
                    Op::Real(o)
                        if backward
                            && matches!(
                                o,
                                Opcode::POP_JUMP_IF_FALSE
                                    | Opcode::POP_JUMP_IF_TRUE
                                    | Opcode::POP_JUMP_IF_NONE
                                    | Opcode::POP_JUMP_IF_NOT_NONE
                            ) =>
                    {
                        let rev = match o {
                            Opcode::POP_JUMP_IF_FALSE => Opcode::POP_JUMP_IF_TRUE,
                            Opcode::POP_JUMP_IF_TRUE => Opcode::POP_JUMP_IF_FALSE,
                            Opcode::POP_JUMP_IF_NONE => Opcode::POP_JUMP_IF_NOT_NONE,
                            _ => Opcode::POP_JUMP_IF_NONE,
                        };
                        let nb = self.new_block();
                        self.blocks[nb].instrs.push(Instr {
                            op: Op::Jump,
                            arg: 0,
                            target: last.target,
                            loc: last.loc,
                            except: None,
                        });
                        let next = self.blocks[b].next;
                        self.blocks[nb].next = next;
                        self.blocks[b].next = Some(nb);
                        self.blocks[b].instrs[l].op = Op::Real(rev);
                        // The reversed jump skips the new block; if nothing follows, it
                        // targets the new block's successor, which always exists here.
                        self.blocks[b].instrs[l].target = next.unwrap_or(nb);
                    }
                    _ => {}
                }
            }
            cur = self.blocks[b].next;
        }
    }

    /// Computes block offsets and jump arguments, repeating while `EXTENDED_ARG`s change sizes.
    pub fn resolve_jump_offsets(&mut self) {
        let order = self.order();
        loop {
            let mut total = 0u32;
            for &b in &order {
                self.blocks[b].offset = total;
                total += self.blocks[b].instrs.iter().map(size_of_instr).sum::<u32>();
            }
            let mut changed = false;
            for &b in &order {
                let mut pos = self.blocks[b].offset;
                for k in 0..self.blocks[b].instrs.len() {
                    let ins = &self.blocks[b].instrs[k];
                    let isize = size_of_instr(ins);
                    pos += isize;
                    if ins.op.is_jump() {
                        let t = self.blocks[ins.target].offset;
                        let arg = pos.abs_diff(t);
                        let ins = &mut self.blocks[b].instrs[k];
                        ins.arg = arg;
                        if size_of_instr(ins) != isize {
                            changed = true;
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// The final instruction list in layout order.
    pub fn linear(&self) -> Vec<(BlockId, &Instr)> {
        let mut v = Vec::new();
        for b in self.order() {
            for i in &self.blocks[b].instrs {
                v.push((b, i));
            }
        }
        v
    }
}

fn swappable(op: Op) -> bool {
    matches!(op, Op::Real(Opcode::STORE_FAST) | Op::StoreFastMaybeNull | Op::Real(Opcode::POP_TOP))
}

fn stores_to(i: &Instr) -> Option<u32> {
    matches!(i.op, Op::Real(Opcode::STORE_FAST) | Op::StoreFastMaybeNull).then_some(i.arg)
}

pub fn size_of_instr(i: &Instr) -> u32 {
    match i.op {
        Op::Real(o) => instr_size(o, i.arg),
        _ => instr_size(Opcode::NOP, i.arg),
    }
}

/// Adds a constant to `co_consts`, reusing an equal one.
pub fn add_const(consts: &mut Vec<Constant>, c: Constant) -> u32 {
    if let Some(i) = consts.iter().position(|x| const_key_eq(x, &c)) {
        return i as u32;
    }
    consts.push(c);
    (consts.len() - 1) as u32
}

/// Equality of constants as `co_consts` de-duplicates them: by type and value, and code
/// objects by content (CPython's `code_richcompare`), so compiling the same lambda or generator
/// expression twice (as `while` tests are) yields one constant.
fn const_key_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Code(x), Constant::Code(y)) => {
            std::rc::Rc::ptr_eq(x, y)
                || (x.name == y.name
                    && x.qualname == y.qualname
                    && x.flags == y.flags
                    && x.argcount == y.argcount
                    && x.posonlyargcount == y.posonlyargcount
                    && x.kwonlyargcount == y.kwonlyargcount
                    && x.firstlineno == y.firstlineno
                    && x.code == y.code
                    && x.names == y.names
                    && x.localsplus_names == y.localsplus_names
                    && x.localsplus_kinds == y.localsplus_kinds
                    && x.linetable == y.linetable
                    && x.exceptiontable == y.exceptiontable
                    && x.consts.len() == y.consts.len()
                    && x.consts.iter().zip(y.consts.iter()).all(|(p, q)| const_key_eq(p, q)))
        }
        (Constant::Tuple(x), Constant::Tuple(y)) | (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| const_key_eq(p, q))
        }
        // A NaN is never equal to another, so CPython keeps each one.
        (Constant::Float(x), Constant::Float(y)) => !x.is_nan() && !y.is_nan() && a.same_as(b),
        (Constant::Complex { re, im }, Constant::Complex { .. }) if re.is_nan() || im.is_nan() => false,
        (Constant::Complex { .. }, Constant::Complex { re, im }) if re.is_nan() || im.is_nan() => false,
        _ => a.same_as(b),
    }
}
