/**
 * Which source modules must start with `'use client'`, decided from the code alone (the rule is written once,
 * here; test/build/useClient.test.ts holds the sources to it and scripts/check-dist.mjs holds dist to the sources).
 *
 * A module is a client module when it
 * 1. imports or re-exports a client-only React API at run time: a hook (`use…`), `createContext`,
 *    `Component`/`PureComponent`, anything from `react-dom`, `@tanstack/react-query`, `input-otp` or
 *    `react-phone-number-input` (React's server build lacks them, so even a re-export fails to load there);
 * 2. calls a hook (`useX(…)`, the kit's own hooks included: they read context or state); or
 * 3. renders JSX, or calls a function, and imports a client module's value (it renders client components with props
 *    only the client has, or runs client code when it loads).
 * Everything else (the model, parsers, errors, adapters, catalogs, formatters, barrels that only re-export) stays
 * server-safe: React Server Components can import it, and a barrel's client exports become client references.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

export const DIRECTIVE = 'use client';

/** Packages whose runtime exports only work in a client component (React's server build lacks them). */
const CLIENT_PACKAGES = /^(react-dom|@tanstack\/react-query|input-otp|react-phone-number-input)($|\/)/;
/** React's runtime exports that need the client: state, effects, refs and context. */
const CLIENT_REACT_API = /^(use[A-Z]\w*|createContext|Component|PureComponent)$/;
const HOOK_NAME = /^use[A-Z]/;

export interface SourceModule {
  /** Path relative to the repository root, with forward slashes (`src/hooks/context.ts`). */
  path: string;
  /** The module's first statement is `'use client'`. */
  hasDirective: boolean;
  /** How many `'use client'` directives the module's prologue holds. */
  directiveCount: number;
  /** Why the rule makes it a client module (empty: server-safe). */
  reasons: string[];
  /** The rule's verdict. */
  needsDirective: boolean;
}

interface Parsed {
  path: string;
  directives: string[];
  clientApis: string[];
  hookCalls: string[];
  rendersJsx: boolean;
  /** Relative modules this one imports values from (type-only imports and re-exports excluded). */
  valueImports: string[];
  /** Local names of those values that the module calls, by the module they come from. */
  calledImports: Map<string, string>;
}

const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), '../..');

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(root, path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The names an import declaration binds at run time (type-only ones excluded). */
function runtimeNames(node: ts.ImportDeclaration): string[] {
  const clause = node.importClause;
  if (!clause || clause.isTypeOnly) return [];
  const names: string[] = [];
  if (clause.name) names.push('default');
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements) if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
  }
  return names;
}

function parse(root: string, path: string): Parsed {
  const text = readFileSync(join(root, path), 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const parsed: Parsed = { path, directives: [], clientApis: [], hookCalls: [], rendersJsx: false, valueImports: [], calledImports: new Map() };
  const localImports = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    parsed.directives.push(statement.expression.text);
  }
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const from = statement.moduleSpecifier.text;
      const clause = statement.exportClause;
      const names = clause && ts.isNamedExports(clause) ? clause.elements.filter((element) => !element.isTypeOnly).map((element) => (element.propertyName ?? element.name).text) : ['*'];
      if (from === 'react') parsed.clientApis.push(...names.filter((name) => CLIENT_REACT_API.test(name) || name === '*').map((name) => `react:${name} (re-exported)`));
      else if (CLIENT_PACKAGES.test(from) && names.length > 0) parsed.clientApis.push(`${from}:${names.join(',')} (re-exported)`);
      continue;
    }
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const from = statement.moduleSpecifier.text;
    const names = runtimeNames(statement);
    if (names.length === 0) continue;
    if (from.startsWith('.')) {
      const imported = join(dirname(path), from).replaceAll('\\', '/');
      parsed.valueImports.push(imported);
      const clause = statement.importClause!;
      if (clause.name) localImports.set(clause.name.text, imported);
      if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) for (const element of clause.namedBindings.elements) localImports.set(element.name.text, imported);
    }
    else if (from === 'react') parsed.clientApis.push(...names.filter((name) => CLIENT_REACT_API.test(name) || name === '*').map((name) => `react:${name}`));
    else if (CLIENT_PACKAGES.test(from)) parsed.clientApis.push(`${from}:${names.join(',')}`);
  }
  const visit = (node: ts.Node): void => {
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) parsed.rendersJsx = true;
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
      if (ts.isIdentifier(callee) && HOOK_NAME.test(callee.text)) parsed.hookCalls.push(callee.text);
      if (ts.isIdentifier(node.expression) && localImports.has(node.expression.text)) parsed.calledImports.set(node.expression.text, localImports.get(node.expression.text)!);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return parsed;
}

/** Every module under `<root>/src/`, with the rule's verdict and its directive as written. */
export function sourceModules(root = repoRoot): SourceModule[] {
  const parsed = new Map(sourceFiles(root, 'src').map((path) => [path, parse(root, path)]));
  const reasons = new Map<string, string[]>();
  for (const module of parsed.values()) {
    const own = [...module.clientApis.map((api) => `imports ${api}`), ...[...new Set(module.hookCalls)].map((hook) => `calls ${hook}()`)];
    reasons.set(module.path, own);
  }
  // Rule 3 to a fixed point: a module that renders or calls what a client module exports is a client module itself.
  const isClient = (path: string) => (reasons.get(path) ?? []).length > 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const module of parsed.values()) {
      if (isClient(module.path)) continue;
      const rendered = module.rendersJsx ? module.valueImports.find(isClient) : undefined;
      const called = [...module.calledImports].find(([, from]) => isClient(from));
      if (rendered) reasons.set(module.path, [`renders JSX and imports ${rendered}`]);
      else if (called) reasons.set(module.path, [`calls ${called[0]}() from ${called[1]}`]);
      changed ||= rendered !== undefined || called !== undefined;
    }
  }
  return [...parsed.values()].map((module) => ({
    path: module.path,
    hasDirective: module.directives[0] === DIRECTIVE,
    directiveCount: module.directives.filter((directive) => directive === DIRECTIVE).length,
    reasons: reasons.get(module.path)!,
    needsDirective: reasons.get(module.path)!.length > 0,
  }));
}
