// Splits the app's wasm module into the part the first screen needs and parts loaded on first
// use (issue #21), as a step of the Trunk post-build hook (scripts/csp-hook.mjs).
//
// Trunk 0.22 cannot split a module, so this redoes the last steps of its Rust pipeline for the
// main module: the linked module Cargo wrote (linked with `--emit-relocs`, see build.rs) is cut
// at the functions marked `#[wasm_split(name)]` by `wasm-split-cli` (crate
// `wasm_split_cli_support`), the main part goes through `wasm-bindgen` (keeping the table and
// globals the parts share) and, in a release build, every part through `wasm-opt -Oz`. The files
// replace the ones Trunk wrote, under names made of one hash of the linked module, so that the
// service worker's cache-first copies are never stale; the page's preload links and their
// integrity hashes are rewritten to match, and the parts are returned for the hook to list in
// the page as `<link rel="quotemark-module">`, which the browser does not fetch but the service
// worker caches.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { shortenImports } from './wasm-imports.mjs';

// The features Rust 1.95 turns on for wasm32-unknown-unknown; wasm-opt must know them to read
// the parts, which wasm-bindgen has not rewritten.
const FEATURES = [
  '--enable-bulk-memory',
  '--enable-multivalue',
  '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int',
  '--enable-reference-types',
  '--enable-sign-ext',
];

// What turns the linked module into the files the page loads (see `id` below).
const PIPELINE = ['./split-wasm.mjs', './wasm-imports.mjs', './minify.mjs', './tools/package-lock.json'];

const sha = (algorithm, bytes) => createHash(algorithm).update(bytes).digest();
const integrity = (bytes) => `sha384-${sha('sha384', bytes).toString('base64')}`;
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });

/**
 * Replaces Trunk's main module in `staging` by its split parts. Returns `html` naming them,
 * `modules`, the [name, file] pairs of the files loaded on first use, `app`, the files of the
 * App's part, and the names of the `bindings` and of the parts' `loader`.
 */
export function splitMainModule({ staging, html, profile, targetDir }) {
  const modules = [];
  let app = [];
  const linked = join(targetDir, 'wasm32-unknown-unknown', profile, 'quotemark.wasm');
  if (!existsSync(linked)) throw new Error(`split-wasm.mjs: ${linked} is missing (Trunk builds it first)`);
  // Under "./" or any public URL Trunk was given.
  const trunkScript = html.match(/href="[^"]*?(quotemark-[0-9a-f]+\.js)"/)?.[1];
  const trunkWasm = html.match(/href="[^"]*?(quotemark-[0-9a-f]+_bg\.wasm)"/)?.[1];
  if (!trunkScript || !trunkWasm) throw new Error("split-wasm.mjs: the page does not preload Trunk's quotemark module");

  // The files' names stand for their content: the linked module and everything that turns it
  // into them here (these scripts, and the tools' versions), so that a build made another way
  // never reuses a name a reader's browser has kept.
  const hash = createHash('sha256').update(readFileSync(linked));
  for (const step of PIPELINE) hash.update(readFileSync(new URL(step, import.meta.url)));
  const id = hash.digest('hex').slice(0, 16);
  const name = `quotemark-${id}`;
  const work = mkdtempSync(join(tmpdir(), 'quotemark-split-'));
  try {
    run('wasm-split-cli', ['--target', 'web', '--out-name', name, linked, work]);
    run('wasm-bindgen', [
      '--target=web', '--no-typescript', '--keep-lld-exports',
      `--out-dir=${join(work, 'bound')}`, `--out-name=${name}`, join(work, `${name}.wasm`),
    ]);
    // Short names for the imports the bindings give the first module (scripts/wasm-imports.mjs).
    const boundWasm = join(work, 'bound', `${name}_bg.wasm`);
    const boundScript = join(work, 'bound', `${name}.js`);
    const short = shortenImports(readFileSync(boundWasm), readFileSync(boundScript, 'utf8'), `./${name}_bg.js`);
    writeFileSync(boundWasm, short.wasm);
    writeFileSync(boundScript, short.js);
    const optimise = (from, to) => {
      // QUOTEMARK_WASM_NAMES=1 keeps the functions' names, for profiles (scripts/bench/trace-adds.mjs).
      const names = process.env.QUOTEMARK_WASM_NAMES === '1' ? ['-g'] : [];
      if (profile === 'release') run('wasm-opt', ['-Oz', ...names, ...FEATURES, `--output=${to}`, from]);
      else writeFileSync(to, readFileSync(from));
    };

    // The loader of the parts: it imports the bindings by `name` already; it fetches each part
    // by a path relative to itself, renamed here.
    let loader = readFileSync(join(work, '__wasm_split.js'), 'utf8');
    const parts = readdirSync(work).filter((file) => file.endsWith('.wasm') && file !== `${name}.wasm`);
    for (const part of parts) {
      const partName = `${name}-${part.replace(/^split_/, '')}`;
      if (!loader.includes(`"./${part}"`)) throw new Error(`split-wasm.mjs: the loader does not fetch ${part}`);
      loader = loader.replaceAll(`"./${part}"`, `"./${partName}"`);
      optimise(join(work, part), join(staging, partName));
      modules.push([`part-${part.replace(/^split_|\.wasm$/g, '')}`, partName]);
    }
    const loaderName = `${name}-parts.js`;
    writeFileSync(join(staging, loaderName), loader);
    app = appFiles(loader);

    // The bindings import the loader by the name wasm-split gave it, once for each function they
    // take from it; only those import statements change (the keys of the wasm's imports keep
    // the name the module asks for).
    let script = readFileSync(join(work, 'bound', `${name}.js`), 'utf8');
    const loaderImport = /from "\.\/__wasm_split\.js"/g;
    if (!loaderImport.test(script)) throw new Error('split-wasm.mjs: the bindings do not import the parts loader');
    script = script.replace(loaderImport, `from "./${loaderName}"`);
    writeFileSync(join(staging, `${name}.js`), script);
    optimise(join(work, 'bound', `${name}_bg.wasm`), join(staging, `${name}_bg.wasm`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  unlinkSync(join(staging, trunkScript));
  unlinkSync(join(staging, trunkWasm));
  html = html.replaceAll(trunkScript, `${name}.js`).replaceAll(trunkWasm, `${name}_bg.wasm`);
  // Trunk's preload links carry the integrity of its files: those of the new ones replace them.
  for (const file of [`${name}.js`, `${name}_bg.wasm`]) html = withIntegrity(html, file, readFileSync(join(staging, file)));
  modules.push(['parts-loader', `${name}-parts.js`]);
  return { html, modules, app, bindings: `${name}.js`, loader: `${name}-parts.js` };
}

/** `html` with the integrity of the link to `file` (a preload or a style sheet) set to that of `bytes`. */
export function withIntegrity(html, file, bytes) {
  const link = new RegExp(`(href="[^"]*${file}"[^>]*integrity=")[^"]*(")`);
  if (!link.test(html)) throw new Error(`split-wasm.mjs: no link with an integrity for ${file}`);
  return html.replace(link, `$1${integrity(bytes)}$2`);
}

/**
 * The files the loader fetches to load the App (`src/parts.rs`): its module and the chunks it
 * shares with the other parts, as the loader names them (relative to itself).
 */
function appFiles(loader) {
  const file = (body) => body.match(/fetch\(new URL\("\.\/([^"]+)"/)?.[1];
  const app = loader.match(/export const __wasm_split_load_app = wrapAsyncCb\(makeLoad\(([\s\S]*?)\n, \[([^\]]*)\]\)\);/);
  if (!app || !file(app[1])) throw new Error('split-wasm.mjs: the loader does not load the App as it used to');
  const chunks = app[2].split(',').map((c) => c.trim()).filter(Boolean).map((chunk) => {
    const body = loader.match(new RegExp(`const ${chunk} = makeLoad\\(([\\s\\S]*?)\\n, \\[`))?.[1];
    if (!body || !file(body)) throw new Error(`split-wasm.mjs: the loader does not fetch ${chunk} as it used to`);
    return file(body);
  });
  return [file(app[1]), ...chunks];
}
