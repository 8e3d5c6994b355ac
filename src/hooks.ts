/**
 * `phone-number-kit/hooks`: the headless kit, for apps that build their own markup. The model (types, errors,
 * parsing), the Frontend API adapter, the provider and the hooks; no component, theme or catalog, and no `import()`
 * anywhere below it, so every bundler (esbuild too, which makes each `import()` target an entry point before it
 * tree-shakes) ships only what the app calls. The main entry re-exports all of it as well.
 */
export * from './model/index.ts';
export * from './adapters/index.ts';
export * from './hooks/index.ts';
