// The built package's `'use client'` marks (scripts/check-dist.mjs runs this after `npm run build`): every module
// built from a source that starts with the directive starts with it exactly once, no other module carries it, the
// embed bundle holds none, no module imports CSS, and React Server Components can import the server-safe part
// (react-server-probe.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAst } from 'vite';

export const DIRECTIVE = 'use client';

/** Top-level statements of a module that are the directive, and whether the first statement is one. */
export function directiveStatements(code, lang = 'js') {
  const body = parseAst(code, { lang }).body;
  const isDirective = (statement) => statement.type === 'ExpressionStatement' && statement.expression.type === 'Literal' && statement.expression.value === DIRECTIVE;
  return { count: body.filter(isDirective).length, first: body.length > 0 && isDirective(body[0]), body };
}

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/**
 * The `src/` module a built file comes from (its source map says; for a map-less module that only re-exports, the
 * same path under src/), or undefined for a map-less re-export entry.
 */
function sourceOf(root, file) {
  if (!existsSync(`${file}.map`)) {
    const stem = join(root, 'src', relative(join(root, 'dist'), file)).replace(/\.js$/, '');
    return ['.ts', '.tsx'].map((extension) => stem + extension).find((path) => existsSync(path));
  }
  const sources = JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources.map((source) => resolve(dirname(file), source));
  const src = `${realpathSync(join(root, 'src'))}/`;
  const own = sources.filter((source) => source.startsWith(src));
  return own.length === 1 ? own[0] : own;
}

/**
 * Problems with the directive in `dist/`; `log` gets a one-line summary.
 * @param {string} root the package root
 * @param {(line: string) => void} log
 */
export function clientBoundaryProblems(root, log = console.log) {
  const dist = join(root, 'dist');
  const problems = [];
  const embed = join(dist, 'embed.js');
  let marked = 0;
  let modules = 0;
  for (const file of jsFiles(dist)) {
    if (file === embed) continue;
    modules += 1;
    const name = relative(root, file);
    const built = directiveStatements(readFileSync(file, 'utf8'));
    const source = sourceOf(root, file);
    if (Array.isArray(source)) {
      problems.push(`${name} is built from ${source.length} sources (expected one per preserved module)`);
      continue;
    }
    let expected = false;
    if (source === undefined) {
      // No map: Rolldown emits none for an entry that only re-exports; a barrel never carries the directive.
      if (!built.body.every((statement) => /^(Import|Export(Named|All)|ExportDefault)Declaration$/.test(statement.type) || statement.directive)) problems.push(`${name} has no source map but holds code`);
    } else if (!existsSync(source)) {
      problems.push(`${name} is built from ${relative(root, source)}, which no longer exists (rebuild)`);
    } else {
      expected = directiveStatements(readFileSync(source, 'utf8'), source.endsWith('.tsx') ? 'tsx' : 'ts').first;
    }
    // The components' CSS is extracted into styles.css, which the app imports once (a Server Component layout may):
    // a CSS import left in a module would need every host's bundler to accept CSS from node_modules.
    for (const statement of built.body) if (statement.type === 'ImportDeclaration' && /\.css($|\?)/.test(statement.source.value)) problems.push(`${name} imports ${statement.source.value}`);
    if (built.first) marked += 1;
    if (expected && !(built.first && built.count === 1)) problems.push(`${name}: its source starts with '${DIRECTIVE}', the build must too, once (found ${built.count}${built.first ? '' : ', not first'})`);
    if (!expected && built.count > 0) problems.push(`${name}: carries '${DIRECTIVE}' although its source does not`);
  }
  if (existsSync(embed)) {
    const count = directiveStatements(readFileSync(embed, 'utf8')).count;
    if (count > 0) problems.push(`dist/embed.js carries ${count} '${DIRECTIVE}' statement(s) (one bundle for pages without React: none)`);
  }
  if (marked === 0) problems.push(`no module of dist carries '${DIRECTIVE}'`);

  // React Server Components: a child Node with React's server build, emulating what Next does with the marks.
  try {
    const summary = execFileSync(process.execPath, ['--conditions=react-server', new URL('./react-server-probe.mjs', import.meta.url).pathname, dist], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    log(`client boundary: ${marked} of ${modules} modules start with '${DIRECTIVE}'; ${summary.trim()}`);
  } catch (error) {
    problems.push(`react-server: ${(error.stderr || error.message).trim()}`);
  }
  return problems;
}
