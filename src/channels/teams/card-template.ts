/**
 * A compiled Adaptive Card template: the templates in cards/teams/ turned once into plain functions, so
 * that a card costs a few microseconds instead of the official templating library's ~0.2 ms (an
 * expression evaluator per field, made anew for every value: a tenth of a vote's whole cost).
 *
 * It covers the part of the Adaptive Cards templating language samrad's templates use: `${path}`,
 * `$root`/`$data`/`$index`, `$data` over lists, `$when`, `if`, `concat`, `count`, `!`, `&&`, `||`,
 * comparisons, and text around expressions, with the official library's rules (its logic counts 0
 * and '' as true; a list of one element expands to the element). Anything else is not guessed at:
 * a template that uses more does not compile, and a value the rules above do not settle (a field
 * that is missing, a null inside a text) throws `NotCompiled`, and the caller expands the card with
 * the official library instead. Tests expand every card both ways and compare them.
 */
export class NotCompiled extends Error {}

type Scope = { root: unknown; data: unknown; index: number | undefined };
type Evaluate = (scope: Scope) => unknown;
type Expand = (scope: Scope) => unknown;

const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

/** The template as a function of its data, or null when it uses more than is covered here. */
export function compileTemplate(template: unknown): ((root: unknown) => unknown) | null {
  let expand: Expand;
  try {
    expand = compileNode(template);
  } catch (error) {
    if (error instanceof NotCompiled) return null;
    throw error;
  }
  return (root) => expand({ root, data: root, index: undefined });
}

function compileNode(node: unknown): Expand {
  if (Array.isArray(node)) return compileArray(node);
  if (typeof node === 'string') return node.includes('${') ? compileText(node) : () => node;
  if (typeof node === 'object' && node !== null) return compileObject(node as Record<string, unknown>);
  return () => node;
}

function compileArray(nodes: unknown[]): Expand {
  const items = nodes.map(compileNode);
  return (scope) => {
    const result: unknown[] = [];
    for (const item of items) {
      const value = item(scope);
      if (value === null) continue;
      if (Array.isArray(value)) result.push(...value);
      else result.push(value);
    }
    return result;
  };
}

function compileObject(node: Record<string, unknown>): Expand {
  const when = node['$when'] === undefined ? undefined : expressionOf(node['$when']);
  const data = node['$data'] === undefined ? undefined : dataOf(node['$data']);
  const fields = Object.keys(node)
    .filter((key) => !RESERVED.has(key))
    .map((key) => [key, compileNode(node[key])] as const);
  const single = (scope: Scope): Record<string, unknown> | null => {
    if (when) {
      const kept = when(scope);
      if (kept === undefined) throw new NotCompiled();
      if (kept !== true) return null;
    }
    const result: Record<string, unknown> = {};
    for (const [key, expand] of fields) {
      const value = expand(scope);
      if (value !== undefined) result[key] = value;
    }
    return result;
  };
  return (scope) => {
    if (!data) return single(scope);
    const bound = data(scope);
    if (bound === undefined) throw new NotCompiled();
    const contexts = Array.isArray(bound) ? bound : [bound];
    const results: Record<string, unknown>[] = [];
    contexts.forEach((item, i) => {
      const inner: Scope = {
        root: scope.root,
        data: item === undefined ? scope.data : item,
        index: Array.isArray(bound) ? i : scope.index,
      };
      const value = single(inner);
      if (value !== null) results.push(value);
    });
    if (results.length === 0) return null;
    return results.length === 1 ? results[0] : results;
  };
}

/** `$data` is an expression, or a literal list or object. */
function dataOf(value: unknown): Evaluate {
  if (typeof value === 'string' && value.includes('${')) return expressionOf(value);
  if (typeof value === 'string') throw new NotCompiled();
  return () => value;
}

/** A string that is one expression, as in `$when` and `$data`. */
function expressionOf(value: unknown): Evaluate {
  if (typeof value !== 'string') throw new NotCompiled();
  const parts = splitText(value);
  if (parts.length !== 1 || typeof parts[0] === 'string') throw new NotCompiled();
  return parts[0]!;
}

/** Text with expressions in it: one expression alone keeps its value's type; otherwise a string. */
function compileText(text: string): Expand {
  const parts = splitText(text);
  if (parts.length === 1 && typeof parts[0] !== 'string') {
    const only = parts[0]!;
    return (scope) => {
      const value = only(scope);
      if (value === undefined) throw new NotCompiled();
      return value;
    };
  }
  return (scope) => {
    let result = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        result += part;
        continue;
      }
      const value = part(scope);
      if (typeof value === 'string') result += value;
      else if (typeof value === 'number' || typeof value === 'boolean') result += String(value);
      else throw new NotCompiled();
    }
    return result;
  };
}

function splitText(text: string): (string | Evaluate)[] {
  if (text.includes('`') || text.includes('\\')) throw new NotCompiled();
  const parts: (string | Evaluate)[] = [];
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf('${', at);
    if (start < 0) {
      parts.push(text.slice(at));
      break;
    }
    if (start > at) parts.push(text.slice(at, start));
    const end = closingBrace(text, start + 2);
    parts.push(parseExpression(text.slice(start + 2, end)));
    at = end + 1;
  }
  return parts;
}

/** Where the `}` that closes an expression is (braces in quoted strings do not count). */
function closingBrace(text: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '}') return i;
    else if (c === '{') throw new NotCompiled();
  }
  throw new NotCompiled();
}

// ── Expressions ────────────────────────────────────────────────────────────────────────────────

type Token = { kind: 'number' | 'string' | 'name' | 'op'; text: string; value?: unknown };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|([$A-Za-z_][\w$]*(?:\.[$A-Za-z_][\w$]*)*)|(==|!=|>=|<=|&&|\|\||[()!,<>]))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match) throw new NotCompiled();
    at = pattern.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: 'number', text: match[1], value: Number(match[1]) });
    else if (match[2] !== undefined) tokens.push({ kind: 'string', text: match[2], value: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'string', text: match[3], value: match[3] });
    else if (match[4] !== undefined) tokens.push({ kind: 'name', text: match[4] });
    else tokens.push({ kind: 'op', text: match[5]! });
  }
  return tokens;
}

/** The official library's logic: only false, null and a missing value are false. */
function isTrue(value: unknown): boolean {
  if (value === undefined) throw new NotCompiled();
  return value !== false && value !== null;
}

function parseExpression(source: string): Evaluate {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const take = (text?: string) => {
    const token = tokens[at];
    if (!token || (text !== undefined && token.text !== text)) throw new NotCompiled();
    at++;
    return token;
  };
  const isOp = (text: string) => peek()?.kind === 'op' && peek()?.text === text;

  const or = (): Evaluate => {
    let left = and();
    while (isOp('||')) {
      take();
      const [l, r] = [left, and()];
      left = (s) => isTrue(l(s)) || isTrue(r(s));
    }
    return left;
  };
  const and = (): Evaluate => {
    let left = equality();
    while (isOp('&&')) {
      take();
      const [l, r] = [left, equality()];
      left = (s) => isTrue(l(s)) && isTrue(r(s));
    }
    return left;
  };
  const equality = (): Evaluate => {
    let left = relational();
    while (isOp('==') || isOp('!=')) {
      const negate = take().text === '!=';
      const [l, r] = [left, relational()];
      left = (s) => {
        const a = l(s);
        const b = r(s);
        // Anything equals null only if it is null; beyond that only plain values are compared here.
        const comparable = a === null || b === null || (isPrimitive(a) && isPrimitive(b));
        if (a === undefined || b === undefined || !comparable) throw new NotCompiled();
        return negate ? a !== b : a === b;
      };
    }
    return left;
  };
  const relational = (): Evaluate => {
    let left = unary();
    while (isOp('>') || isOp('<') || isOp('>=') || isOp('<=')) {
      const op = take().text;
      const [l, r] = [left, unary()];
      left = (s) => {
        const a = l(s);
        const b = r(s);
        if (typeof a !== 'number' || typeof b !== 'number') throw new NotCompiled();
        return op === '>' ? a > b : op === '<' ? a < b : op === '>=' ? a >= b : a <= b;
      };
    }
    return left;
  };
  const unary = (): Evaluate => {
    if (isOp('!')) {
      take();
      const operand = unary();
      return (s) => !isTrue(operand(s));
    }
    return primary();
  };
  const primary = (): Evaluate => {
    const token = take();
    if (token.kind === 'number' || token.kind === 'string') return () => token.value;
    if (token.kind === 'op' && token.text === '(') {
      const inner = or();
      take(')');
      return inner;
    }
    if (token.kind !== 'name') throw new NotCompiled();
    if (token.text === 'null') return () => null;
    if (token.text === 'true') return () => true;
    if (token.text === 'false') return () => false;
    if (isOp('(')) return call(token.text);
    return accessor(token.text);
  };
  const call = (name: string): Evaluate => {
    take('(');
    const args: Evaluate[] = [];
    if (!isOp(')')) {
      args.push(or());
      while (isOp(',')) {
        take();
        args.push(or());
      }
    }
    take(')');
    return functionCall(name, args);
  };

  const expression = or();
  if (at !== tokens.length) throw new NotCompiled();
  return expression;
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function functionCall(name: string, args: Evaluate[]): Evaluate {
  switch (name) {
    case 'if': {
      if (args.length !== 3) throw new NotCompiled();
      const [condition, then, otherwise] = args as [Evaluate, Evaluate, Evaluate];
      return (s) => (isTrue(condition(s)) ? then(s) : otherwise(s));
    }
    case 'concat':
      return (s) => {
        let result = '';
        for (const arg of args) {
          const value = arg(s);
          if (typeof value !== 'string') throw new NotCompiled();
          result += value;
        }
        return result;
      };
    case 'count': {
      if (args.length !== 1) throw new NotCompiled();
      const [list] = args as [Evaluate];
      return (s) => {
        const value = list(s);
        if (Array.isArray(value) || typeof value === 'string') return value.length;
        throw new NotCompiled();
      };
    }
    default:
      throw new NotCompiled();
  }
}

/** `a.b.c` in the current data, `$root.…`, `$data.…`, `$index`. */
function accessor(path: string): Evaluate {
  const [head, ...rest] = path.split('.');
  if (head === '$host' || head === '$_acTemplateVersion') throw new NotCompiled();
  const start: (s: Scope) => unknown =
    head === '$root'
      ? (s) => s.root
      : head === '$data'
        ? (s) => s.data
        : head === '$index'
          ? (s) => s.index
          : (s) => field(s.data, head!);
  return (s) => {
    let value = start(s);
    for (const key of rest) value = field(value, key);
    return value;
  };
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
