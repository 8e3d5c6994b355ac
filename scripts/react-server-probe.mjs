// Loads the built package the way a React Server Components host does (run by client-boundary.mjs as
// `node --conditions=react-server react-server-probe.mjs <dist>`): React's server build, and every module that starts
// with 'use client' replaced by client references (react-server-hooks.mjs), as Next.js's server layer replaces it.
// Prints a one-line summary; throws (exit 1) when a module fails to load or an export is not what the server expects.
import { readdirSync } from 'node:fs';
import { register } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2];
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const modules = readdirSync(dist, { recursive: true })
  .filter((path) => path.endsWith('.js') && path !== 'embed.js')
  .map((path) => relative(dist, join(dist, path)).replaceAll('\\', '/'))
  .sort();
const CLIENT_REFERENCE = Symbol.for('react.client.reference');

// 1. The server-safe entries load as they are, with no help: model, parsers, errors, adapters, catalogs, registry.
const react = await import('react');
if (typeof react.useState === 'function') throw new Error("React's server build was not selected (run with --conditions=react-server)");
const plain = modules.filter((path) => /^(model|adapters|i18n\/(en|locales)|locales)\/|^(parts|clerk-js|adapter-kit)\.js$/.test(path));
for (const path of plain) await load(path);

// 2. Every module, as Next treats it: client modules become references, the rest runs on the server.
register('./react-server-hooks.mjs', import.meta.url, { data: { dist: pathToFileURL(dist).href } });
for (const path of modules) await load(path);
const kit = await load('index.js');
const clientNames = Object.keys(kit).filter((name) => kit[name]?.$$typeof === CLIENT_REFERENCE);
const expectClient = ['PhoneNumbersSection', 'SmsTwoFactorSection', 'PhoneNumberKitProvider', 'BackupCodes', 'usePhoneNumbers'];
const expectServer = { createClerkFrontendApiAdapter: 'function', PhoneKitError: 'function', formatNumber: 'function' };
const wrong = [
  ...expectClient.filter((name) => !clientNames.includes(name)).map((name) => `${name} is not a client reference`),
  ...Object.entries(expectServer).filter(([name, type]) => typeof kit[name] !== type || clientNames.includes(name)).map(([name, type]) => `${name} is not a server ${type}`),
];
if (wrong.length > 0) throw new Error(`phone-number-kit under react-server: ${wrong.join('; ')}`);
console.log(
  `react-server: ${plain.length} model/adapter/catalog modules load as they are; all ${modules.length} load with client references, ` +
    `the main entry exporting ${clientNames.length} client references and ${Object.keys(kit).length - clientNames.length} server values`,
);
