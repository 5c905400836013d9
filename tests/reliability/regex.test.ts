// Every regular expression in src/ runs in linear time: each literal and each `new RegExp` with a
// literal pattern goes through recheck's ReDoS analysis (the native checker when installed, its
// pure-JS build otherwise). A pattern recheck flags stays out of src/ unless ALLOWED says why it
// cannot blow up where it is used; a RegExp built from a variable must be listed there too.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');
/** recheck's own limit per pattern (ms); the test's limit is above it. */
const CHECK_TIMEOUT = 20_000;
/** Flags recheck does not take that do not change how a pattern matches. */
const MATCH_NEUTRAL_FLAGS = /d/g;

interface Found {
  file: string;
  line: number;
  /** The pattern source, or null when it is computed at run time. */
  source: string | null;
  flags: string;
  code: string;
}

/** The dateline pattern of src/stages/boilerplate.ts, as its source. */
const DATELINE_SOURCE = String.raw`^[ \t\u00A0]*([^\n,()–—:-]{2,40}?)(?:,[ \t\u00A0]*([^\n,()–—:-]{2,40}?))?[ \t\u00A0]*(?:\(([^\n()]{2,30})\))?[ \t\u00A0]*(?:--|[-–—:])(?:[ \t\u00A0]*(\p{Lu}{3,20})\.)?(?=[ \t\u00A0])`;

/**
 * Patterns recheck flags (or cannot see) that are safe where they are used, each with the proof,
 * or that are reported to their owner (reliability-findings.md) and wait for the fix.
 * Keyed by file and pattern source; a RegExp built from a variable, by file and its code
 * (`new RegExp(pattern, 'u')`). `usedOnlyAs`: the one use a bounded-input proof relies on; `bound`:
 * the constant that use reads, as the proof assumes it.
 */
const ALLOWED: { file: string; source: string; why: string; usedOnlyAs?: string; bound?: string }[] = [
  {
    file: 'src/stages/boilerplate.ts',
    source: DATELINE_SOURCE,
    why: 'bounded input: anchored at ^ and run once per document on its first DATELINE_REACH = 120 code units only (at most ~120·40·120 steps)',
    usedOnlyAs: 'DATELINE.exec(text.slice(0, DATELINE_REACH))',
    bound: 'const DATELINE_REACH = 120;',
  },
  {
    file: 'src/stages/events/view.ts',
    source: 'T.*$',
    why: 'bounded input: applied only to the start of a TIMEX3 value the dates stage wrote (at most "YYYY-MM-DDTHH:MM", 16 code units)',
    usedOnlyAs: "start.replace(TIME_PART, '')",
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|cts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function literalText(node: ts.Node | undefined): string | null {
  if (!node) return '';
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null;
}

/** The regex literals and RegExp constructions of one file, found by parsing it. */
function regexesIn(path: string): Found[] {
  const code = readFileSync(path, 'utf8');
  const file = relative(ROOT, path).split('\\').join('/');
  const sf = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const close = text.lastIndexOf('/');
      out.push({ file, line: at(node), source: text.slice(1, close), flags: text.slice(close + 1), code: text });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const source = literalText(pattern);
      const flagText = literalText(flags);
      out.push({ file, line: at(node), source: flagText === null ? null : source, flags: flagText ?? '', code: node.getText(sf) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const FOUND = sourceFiles(SRC).flatMap(regexesIn);

/** The code's tokens without its comments (the TypeScript scanner tells them apart from `//` in strings). */
function withoutComments(code: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  const parts: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) parts.push(scanner.getTokenText());
  return parts.join(' ');
}

function allowance(f: Found) {
  return ALLOWED.find((a) => a.file === f.file && a.source === f.source);
}

function verdict(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}, attack ${d.attack.pattern.slice(0, 80)}`;
  if (d.status === 'unknown') return `unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  return d.status;
}

describe('regular expressions in src/', () => {
  it('finds the patterns by parsing the sources', () => {
    expect(FOUND.length).toBeGreaterThan(50);
    expect(FOUND.some((f) => f.file === 'src/stages/tokenize.ts' && f.flags.includes('y'))).toBe(true);
  });

  it('builds no RegExp from a computed pattern without a reason in ALLOWED', () => {
    const computed = FOUND.filter((f) => f.source === null && !ALLOWED.some((a) => a.file === f.file && a.source === f.code));
    expect(computed.map((f) => `${f.file}:${f.line} ${f.code}`)).toEqual([]);
  });

  it.each(FOUND.filter((f) => f.source !== null).map((f) => [`${f.file}:${f.line} /${f.source!.slice(0, 60)}/${f.flags}`, f] as const))(
    'has no super-linear backtracking: %s',
    async (_, f) => {
      const d = await check(f.source!, f.flags.replace(MATCH_NEUTRAL_FLAGS, ''), { timeout: CHECK_TIMEOUT });
      const allowed = allowance(f);
      const outcome = d.status === 'safe' ? 'safe' : allowed ? `allowed (${verdict(d)}): ${allowed.why}` : verdict(d);
      expect(outcome, `${f.file}:${f.line} ${f.code}`).toMatch(/^(?:safe|allowed \(.*\): .+)$/);
    },
    CHECK_TIMEOUT + 10_000,
  );

  it('finds a bounded-input pattern of ALLOWED used only in the way its proof assumes', () => {
    for (const a of ALLOWED.filter((x) => x.usedOnlyAs)) {
      const code = readFileSync(join(ROOT, a.file), 'utf8');
      if (!FOUND.some((f) => f.file === a.file && f.source === a.source)) continue;
      const name = /^const (\w+) = /m.exec(code.slice(0, code.indexOf(a.source)).split('\n').pop() ?? '')?.[1];
      // Uses in code, not in comments, and not as part of a longer name (DATELINE in DATELINE_REACH).
      const uses = name ? (withoutComments(code).match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0) - 1 : 0;
      expect(code, `${a.file}: the proof of /${a.source.slice(0, 40)}/ assumes it is used only as ${a.usedOnlyAs}`).toContain(a.usedOnlyAs!);
      if (a.bound) expect(code, `${a.file}: the proof of /${a.source.slice(0, 40)}/ assumes ${a.bound}`).toContain(a.bound);
      expect(uses, `${a.file}: ${name} is used elsewhere than in ${a.usedOnlyAs}`).toBe(1);
    }
  });

  it('lists in ALLOWED only patterns recheck really flags (the others need no excuse)', async () => {
    const stale: string[] = [];
    for (const a of ALLOWED) {
      const present = FOUND.filter((f) => f.file === a.file && f.source === a.source);
      // A pattern its owner has since removed: nothing to excuse any more.
      if (present.length === 0) continue;
      const d = await check(a.source, present[0]!.flags.replace(MATCH_NEUTRAL_FLAGS, ''), { timeout: CHECK_TIMEOUT });
      if (d.status === 'safe') stale.push(`${a.file} /${a.source}/`);
    }
    expect(stale).toEqual([]);
  }, 120_000);
});
