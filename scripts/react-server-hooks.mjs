// Module hooks for react-server-probe.mjs: a built module that starts with 'use client' loads as client references
// (objects tagged `react.client.reference`, one per export), as a React Server Components bundler makes it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';

let dist = '';
export function initialize(data) {
  dist = data.dist;
}

/** The names a built module exports (Rolldown's output: `export { a, b as c }` and declarations). */
function exportNames(code) {
  const names = [];
  for (const statement of parseAst(code, { lang: 'js' }).body) {
    if (statement.type === 'ExportDefaultDeclaration') names.push('default');
    if (statement.type === 'ExportAllDeclaration') throw new Error("a 'use client' module re-exports with export *: its names are unknown");
    if (statement.type !== 'ExportNamedDeclaration') continue;
    for (const specifier of statement.specifiers) names.push(specifier.exported.name ?? specifier.exported.value);
    const declaration = statement.declaration;
    if (declaration?.id) names.push(declaration.id.name);
    for (const declarator of declaration?.declarations ?? []) names.push(declarator.id.name);
  }
  return names;
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith(dist) || !url.endsWith('.js')) return nextLoad(url, context);
  const code = readFileSync(fileURLToPath(url), 'utf8');
  const first = parseAst(code, { lang: 'js' }).body[0];
  if (first?.type !== 'ExpressionStatement' || first.expression.value !== 'use client') return nextLoad(url, context);
  const reference = (name) =>
    `Object.defineProperties(function () { throw new Error(${JSON.stringify(`${name} is a client reference; call it from a client component`)}); }, ` +
    `{ $$typeof: { value: Symbol.for('react.client.reference') }, $$id: { value: ${JSON.stringify(`${url}#${name}`)} } })`;
  const source = exportNames(code)
    .map((name) => (name === 'default' ? `export default ${reference(name)};` : `export const ${name} = ${reference(name)};`))
    .join('\n');
  return { format: 'module', source, shortCircuit: true };
}
