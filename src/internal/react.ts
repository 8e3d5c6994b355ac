'use client';

/**
 * React's runtime API as the kit's built modules import it (the library build points every `react` import here; see
 * `oneReactImport` in vite.config.ts). esbuild, bundling an app, writes one `import` statement per module for an
 * external package and never merges them, so the kit's ~50 modules cost as many statements; through this one module
 * they cost one per chunk (about 1.3 KB gzip under esbuild, nothing under Rollup and webpack, which merge them).
 * Every React value a source file imports must be listed here: the build fails on one that is not. Only client modules
 * import through here (it is one itself: React's server build has no `createContext`); server-safe ones import `react`.
 */
export {
  Fragment,
  createContext,
  createElement,
  isValidElement,
  memo,
  useCallback,
  useContext,
  useEffect,
  useId,
  useInsertionEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
