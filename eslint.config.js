// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'public/mockServiceWorker.js', 'node_modules/', 'coverage/', 'examples/*/dist/', 'examples/*/.next/', 'examples/*/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Scripts and tests print their results.
    files: ['scripts/**', 'test/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The kit's peer range starts at React 18.2: what only newer React has breaks users on 18 and 19.0
    // (tsconfig.react18.json catches the types; these catch what React 18's types let through).
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: ['use', 'useActionState', 'useOptimistic', 'useEffectEvent', 'cache', 'cacheSignal', 'captureOwnerStack', 'Activity', 'ViewTransition', 'addTransitionType'],
              message: 'Not in React 18.2 (or 19.0): the kit supports react ^18.2.0 || ^19.0.0.',
            },
            {
              name: 'react-dom',
              importNames: ['useFormStatus', 'useFormState', 'requestFormReset', 'preconnect', 'prefetchDNS', 'preinit', 'preinitModule', 'preload', 'preloadModule'],
              message: 'Not in React DOM 18: the kit supports react-dom ^18.2.0 || ^19.0.0.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSPropertySignature[key.name='ref']",
          message: 'React 18 strips `ref` from a function component\'s props (it only reaches it through forwardRef): name the prop after what it points at (headingRef, inputRef).',
        },
        {
          selector: ":function > ObjectPattern.params > Property[key.name='ref']",
          message: 'React 18 strips `ref` from a function component\'s props: take a named ref prop (headingRef, inputRef) instead.',
        },
        {
          selector: 'JSXOpeningElement[name.name=/Context$/]',
          message: 'A context as its own provider needs React 19: render <SomeContext.Provider value={…}> (React 18 and 19).',
        },
        {
          selector: "MemberExpression[object.name='React'][property.name=/^(use|useActionState|useOptimistic|useEffectEvent|act)$/]",
          message: 'Not in every React the kit supports (react ^18.2.0 || ^19.0.0).',
        },
        {
          selector: "ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name='then'], ExportNamedDeclaration > FunctionDeclaration[id.name='then'], ExportSpecifier[exported.name='then']",
          message: 'A module exporting `then` is a thenable: an `import()` of it never settles. Pick another name.',
        },
      ],
    },
  },
);
