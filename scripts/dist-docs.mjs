// What an editor shows on hovering each public component imported from the built package: the TypeScript checker
// reads the entry's `.d.ts` and follows re-exports and aliases (`LazyAddPhoneNumber as AddPhoneNumber`) to the
// declaration, as the editor does. The doc must say what the component does and carry its generated parts list.
import ts from 'typescript';

/**
 * Problems with the docs of `components` as exported by the declaration file `entry`.
 * @param {string} entry path of the entry's `.d.ts`
 * @param {import('./dist-docs.d.mts').DocumentedComponent[]} components
 * @returns {string[]}
 */
export function componentDocProblems(entry, components) {
  const program = ts.createProgram([entry], {
    noEmit: true,
    skipLibCheck: true,
    // Docs need no types: no default library, no global @types (what the entry imports still loads).
    noLib: true,
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [`${entry}: not a module`];
  const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((symbol) => [symbol.name, symbol]));
  const problems = [];
  for (const { name, key, block, parts } of components) {
    let symbol = exported.get(name);
    if (!symbol) {
      problems.push(`${name} is not exported by ${entry}`);
      continue;
    }
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker));
    const [prose] = doc.split('Parts: generated from');
    if (prose.trim().length < 40) problems.push(`${name}: its doc does not say what it does`);
    if (!doc.includes(`Parts: generated from \`PART_REGISTRY.${key}\``)) problems.push(`${name}: its doc has no parts list`);
    const missing = [block, ...parts.map((part) => `${key}.${part}`)].filter((text) => !doc.includes(`\`${text}\``));
    if (missing.length > 0) problems.push(`${name}: its doc misses ${missing.join(', ')}`);
  }
  return problems;
}
