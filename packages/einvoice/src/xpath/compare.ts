/**
 * General comparisons (`=`, `!=`, `<` ...) without building atomized copies of their operands: the
 * rules compare node values with a literal (`cbc:ID = 'S'`, `cbc:Percent > 0`, `count(...) <= 1`)
 * thousands of times per invoice. The outcome, and the error raised on incomparable values, are those
 * of `compareAtomic` over every pair, in the same order.
 */
import type { Ast } from './parse';
import type { Ctx, Compiled } from './compile';
import type { Atomic } from './values';
import {
  Dec,
  FALSE,
  TRUE,
  atomize,
  compareAtomic,
  compareNumbers,
  isNode,
  numericLiteral,
  toDouble,
} from './values';
import { stringValue } from './xdm';

/** The literal of an operand, as the compiled literal would give it; undefined when not a literal. */
function literal(ast: Ast): Atomic | undefined {
  if (ast.t === 'str') return ast.v;
  if (ast.t === 'num') return numericLiteral(ast.v);
  return undefined;
}

/** `seq op literal` (or `literal op seq` when `litLeft`). */
function withLiteral(op: string, side: Compiled, lit: Atomic, litLeft: boolean): Compiled {
  if (typeof lit === 'string' && (op === '=' || op === '!=')) {
    // An untyped value compared with a string is compared as a string.
    const eq = op === '=';
    return (ctx) => {
      for (const x of side(ctx)) {
        if (isNode(x)) {
          if ((stringValue(x) === lit) === eq) return TRUE;
        } else if (litLeft ? compareAtomic(op, lit, x, true) : compareAtomic(op, x, lit, true))
          return TRUE;
      }
      return FALSE;
    };
  }
  if (typeof lit === 'number' || lit instanceof Dec) {
    // An untyped value compared with a number is cast to xs:double.
    const d = toDouble(lit);
    return (ctx) => {
      for (const x of side(ctx)) {
        if (isNode(x)) {
          const v = toDouble(stringValue(x));
          if (litLeft ? compareNumbers(op, d, v) : compareNumbers(op, v, d)) return TRUE;
        } else if (litLeft ? compareAtomic(op, lit, x, true) : compareAtomic(op, x, lit, true))
          return TRUE;
      }
      return FALSE;
    };
  }
  return generalComparison(op, litLeft ? () => [lit] : side, litLeft ? side : () => [lit]);
}

function generalComparison(op: string, l: Compiled, r: Compiled): Compiled {
  return (ctx: Ctx) => {
    const a = l(ctx);
    const b = r(ctx);
    if (a.length === 0 || b.length === 0) return FALSE;
    if (b.length === 1) {
      const y = atomize(b[0] as Atomic);
      for (const x of a) if (compareAtomic(op, atomize(x), y, true)) return TRUE;
      return FALSE;
    }
    const ys = b.map(atomize);
    for (const x of a) {
      const ax = atomize(x);
      for (const y of ys) if (compareAtomic(op, ax, y, true)) return TRUE;
    }
    return FALSE;
  };
}

/** Compiles `l op r` for a general comparison operator. */
export function compileGeneralComparison(
  op: string,
  l: Ast,
  r: Ast,
  compile: (ast: Ast) => Compiled,
): Compiled {
  const rl = literal(r);
  if (rl !== undefined && literal(l) === undefined) return withLiteral(op, compile(l), rl, false);
  const ll = literal(l);
  if (ll !== undefined && rl === undefined) return withLiteral(op, compile(r), ll, true);
  return generalComparison(op, compile(l), compile(r));
}
