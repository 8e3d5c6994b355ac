/**
 * The JSX runtime as the kit's built modules import it: the compiled JSX of every component imports `react/jsx-runtime`,
 * which the library build points here, for the reason given in `./react.ts`.
 */
export { Fragment, jsx, jsxs } from 'react/jsx-runtime';
