// Trunk post-build hook (Trunk.toml): moves the inline module script that Trunk writes into
// index.html (it starts the wasm) into a file of its own, named by its hash, and puts a
// Content-Security-Policy in the page that allows no inline script at all (issue #9).
//
// Trunk has no option to leave the script out (trunk-rs/trunk#288), hence this step. In a
// development build (`trunk serve`) the policy is left out, because Trunk's live-reload script
// is inline too; `trunk build --release`, which the tests and any deployment use, has it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { minifyModule, minifyStyle } from './minify.mjs';
import { splitMainModule, withIntegrity } from './split-wasm.mjs';

export const POLICY = [
  "default-src 'self'",
  // The wasm module is compiled by the browser: that is all 'wasm-unsafe-eval' allows (no eval()).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  // A team project's CouchDB server (issue #19): any https:// server, or one on this computer.
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('csp-hook.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// The app's module split into the first screen's part and parts loaded on first use; this
// renames the files the start-up script names, so it runs before that script is moved.
const split = splitMainModule({
  staging,
  html,
  profile: process.env.TRUNK_PROFILE,
  targetDir: process.env.CARGO_TARGET_DIR ?? join(process.env.TRUNK_SOURCE_DIR, 'target'),
});
html = split.html;

// A release build's scripts and style sheet, minified (scripts/minify.mjs). The bindings and
// the loader keep their names, which stand for the linked module and the steps minifying it
// (split-wasm.mjs); the style sheet is renamed by the hash of what it now holds, since the
// service worker and the browser's cache keep a hashed name's first content for good (a style
// sheet of the same source, kept unminified, would fail the page's integrity check).
if (process.env.TRUNK_PROFILE === 'release') {
  for (const file of [split.bindings, split.loader]) {
    writeFileSync(join(staging, file), await minifyModule(readFileSync(join(staging, file), 'utf8')));
  }
  html = withIntegrity(html, split.bindings, readFileSync(join(staging, split.bindings)));
  const style = html.match(/<link rel="stylesheet" href="[^"]*?(style-[0-9a-f]+\.css)"/)?.[1];
  if (!style) throw new Error('csp-hook.mjs: the page links no style sheet of Trunk\'s');
  const minified = minifyStyle(readFileSync(join(staging, style), 'utf8'));
  const renamed = `style-${createHash('sha256').update(minified).digest('hex').slice(0, 16)}.css`;
  unlinkSync(join(staging, style));
  writeFileSync(join(staging, renamed), minified);
  html = withIntegrity(html.replaceAll(style, renamed), renamed, Buffer.from(minified));
}

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('csp-hook.mjs: the Trunk start-up script was not found in index.html');
// The start-up script imports the bindings by the path Trunk gives them: the same folder.
const prefix = found[1].match(/from '([^']*?)[^'/]+\.js'/)?.[1] ?? './';
// A returning reader (a library stored, or a document left open: `core::workspace::
// is_first_visit`) has no first screen and waits for the App (issue #21): its module and
// chunks are asked for beside the first module, not after it. The loader's own fetches then
// find them fetched already.
const preloadApp = split.app.length === 0 ? '' : `
try {
  if (localStorage.getItem('quotemark:library') !== null || localStorage.getItem('quotemark:last-document') !== null) {
    for (const file of ${JSON.stringify(split.app.map((file) => `${prefix}${file}`))}) {
      const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: file });
      document.head.append(link);
    }
  }
} catch (_) { /* no storage: a first visit */ }
`;
const body = preloadApp + found[1];
const name = `boot-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, name), body);
html = html.replace(inline, `<script type="module" src="${prefix}${name}"></script>`);

/** Lists `file` in the page as module `name`: the app finds it there, the service worker caches it. */
function listModule(name, file) {
  html = html.replace('</head>', `  <link rel="quotemark-module" data-module="${name}" href="${prefix}${file}" />\n  </head>`);
}

// The app's parts (issue #21), named already by split-wasm.mjs: listed for the service worker.
for (const [module, file] of split.modules) listModule(module, file);

// Modules loaded on first use (issue #18: Readability; issue #19: PouchDB): named by the hash of their content, so
// that the service worker's cache-first copy is never stale, and listed in the page as
// <link rel="quotemark-module">, which the browser does not fetch but the app and the service
// worker read.
for (const [module, file] of [['readability', 'Readability.js'], ['pouchdb', 'pouchdb.min.js']]) {
  const from = join(staging, file);
  if (!existsSync(from)) throw new Error(`csp-hook.mjs: ${file} is missing from the build (run scripts/setup.sh)`);
  const content = readFileSync(from);
  const hashed = `${module}-${createHash('sha256').update(content).digest('hex').slice(0, 16)}.js`;
  renameSync(from, join(staging, hashed));
  listModule(module, hashed);
}

// The App's style sheet (issue #21): the first screen does without it, so it is fetched with the
// App's module, after the first paint (`ui::lazy_script::load_style`). Minified in a release
// build, named by the hash of what it then holds, and listed like the modules above.
{
  const from = join(staging, 'app.css');
  if (!existsSync(from)) throw new Error('csp-hook.mjs: app.css is missing from the build (index.html copies it)');
  let sheet = readFileSync(from, 'utf8');
  if (process.env.TRUNK_PROFILE === 'release') sheet = minifyStyle(sheet);
  const hashed = `app-${createHash('sha256').update(sheet).digest('hex').slice(0, 16)}.css`;
  unlinkSync(from);
  writeFileSync(join(staging, hashed), sheet);
  listModule('app-style', hashed);
}

// The detection worker (issue #21): Trunk writes its bindings and module under fixed names, and
// a worker needs a script that loads and starts them. Both files are named by the hash of
// their content here, and a start-up script naming them is written, named by its hash too;
// the page lists all three (the app starts the worker from the first, the service worker
// caches them).
{
  const script = join(staging, 'detect_worker.js');
  const wasm = join(staging, 'detect_worker_bg.wasm');
  if (!existsSync(script) || !existsSync(wasm)) throw new Error('csp-hook.mjs: the detection worker is missing from the build');
  const hash = createHash('sha256').update(readFileSync(script)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
  const scriptName = `detect-worker-${hash}.js`;
  const wasmName = `detect-worker-${hash}_bg.wasm`;
  renameSync(script, join(staging, scriptName));
  renameSync(wasm, join(staging, wasmName));
  // Paths relative to the start-up script, which lies beside them: any sub-path works. The
  // page may post its first job before the module is ready: it is kept, and handed to the
  // module's own handler once the module has set it.
  const start = [
    `importScripts('./${scriptName}');`,
    'const early = [];',
    'self.onmessage = (event) => early.push(event);',
    `wasm_bindgen({ module_or_path: './${wasmName}' }).then(`,
    '  () => { for (const event of early) self.onmessage(event); },',
    // A module that does not load is an error the page sees (its worker's error event), so
    // that it detects on its own; a rejected promise alone would leave it waiting.
    '  (error) => setTimeout(() => { throw error; }),',
    ');',
    '',
  ].join('\n');
  const startName = `detect-worker-start-${createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, startName), start);
  for (const [module, file] of [['detect-worker', startName], ['detect-worker-script', scriptName], ['detect-worker-wasm', wasmName]]) {
    listModule(module, file);
  }
}

if (process.env.TRUNK_PROFILE === 'release') {
  html = html.replace(
    /<meta charset="utf-8" \/>/,
    (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />`,
  );
  if (!html.includes('Content-Security-Policy')) throw new Error('csp-hook.mjs: no <meta charset> to put the policy after');
  // The page is fetched before the first screen, so it counts in that payload: the source's
  // comments, and the blank lines Trunk leaves where its links were, are left out.
  html = html.replace(/<!--[\s\S]*?-->/g, '').replace(/\n\s*\n/g, '\n');
}
writeFileSync(indexPath, html);
