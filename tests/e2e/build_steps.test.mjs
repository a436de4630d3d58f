// The release build's own steps (scripts/wasm-imports.mjs, scripts/minify.mjs, issue #21): the
// short import names, on a module written here byte by byte and on the built one, and the
// integrity of every file the page links after minification.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { shortenImports } from '../../scripts/wasm-imports.mjs';
import { distDir } from './support/browser.mjs';

const BINDINGS = './m_bg.js';

/** A name or module as the binary format writes it: its length, then its UTF-8 bytes. */
const name = (text) => [text.length, ...new TextEncoder().encode(text)];
const section = (id, body) => [id, body.length, ...body];

/**
 * A module importing, in this order: a function and a global from the bindings, a memory from
 * another module, a second function from the bindings; it exports a function that calls both.
 */
function moduleBytes() {
  const types = section(1, [1, 0x60, 0, 0]);
  const imports = section(2, [
    4,
    ...name(BINDINGS), ...name('__wbg_alpha_0123456789abcdef'), 0, 0,
    ...name(BINDINGS), ...name('__wbindgen_flag'), 3, 0x7f, 0,
    ...name('other'), ...name('memory'), 2, 0, 1,
    ...name(BINDINGS), ...name('__wbg_beta_fedcba9876543210'), 0, 0,
  ]);
  const functions = section(3, [1, 0]);
  const exports = section(7, [1, ...name('run'), 0, 2]);
  const code = section(10, [1, 6, 0, 0x10, 0, 0x10, 1, 0x0b]);
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports, ...functions, ...exports, ...code]);
}

/** Bindings written as wasm-bindgen 0.2.130 writes them, defining `keys`. */
function bindings(keys) {
  return [
    'function __wbg_get_imports() {',
    '    const import0 = {',
    '        __proto__: null,',
    ...keys.map((key) => `        ${key}: function() {\n            calls.push(${JSON.stringify(key)});\n        },`),
    '    };',
    '    return {',
    '        __proto__: null,',
    `        "${BINDINGS}": import0,`,
    '    };',
    '}',
  ].join('\n');
}

const KEYS = ['__wbg_alpha_0123456789abcdef', '__wbindgen_flag', '__wbg_beta_fedcba9876543210'];

test('the bindings\' imports get short names in the module and the bindings alike; the rest stays', async () => {
  const { wasm, js, renamed } = shortenImports(moduleBytes(), bindings(KEYS), BINDINGS);
  assert.equal(renamed, 3);
  const module = new WebAssembly.Module(wasm);
  assert.deepEqual(WebAssembly.Module.imports(module), [
    { module: BINDINGS, name: 'a', kind: 'function' },
    { module: BINDINGS, name: 'b', kind: 'global' },
    { module: 'other', name: 'memory', kind: 'memory' },
    { module: BINDINGS, name: 'c', kind: 'function' },
  ]);
  // The renamed bindings still give the module what it imports: each function is called under
  // its old meaning.
  const calls = [];
  const imports = new Function('calls', `${js}\nreturn __wbg_get_imports();`)(calls);
  imports[BINDINGS].b = new WebAssembly.Global({ value: 'i32' }, 0);
  const instance = new WebAssembly.Instance(module, { ...imports, other: { memory: new WebAssembly.Memory({ initial: 1 }) } });
  instance.exports.run();
  assert.deepEqual(calls, ['__wbg_alpha_0123456789abcdef', '__wbg_beta_fedcba9876543210']);
  for (const key of KEYS) assert.ok(!js.includes(`${key}: function`), `${key} is left a key of the bindings`);
});

test('bindings that define other names than the module imports stop the build', () => {
  assert.throws(() => shortenImports(moduleBytes(), bindings(KEYS.slice(0, 2)), BINDINGS), /differ/);
  assert.throws(() => shortenImports(moduleBytes(), bindings([...KEYS, '__wbg_gamma_0']), BINDINGS), /differ/);
  assert.throws(() => shortenImports(moduleBytes(), bindings(KEYS), './other_bg.js'), /no import object/);
});

test('the built first module imports from its bindings under short names only', () => {
  const index = readFileSync(join(distDir, 'index.html'), 'utf8');
  const wasmFile = index.match(/href="\.\/(quotemark-[0-9a-f]+_bg\.wasm)"/)[1];
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(join(distDir, wasmFile))));
  const fromBindings = imports.filter((i) => i.module.endsWith('_bg.js'));
  assert.ok(fromBindings.length > 100, `${fromBindings.length} imports from the bindings`);
  assert.deepEqual(fromBindings.filter((i) => i.name.length > 2), []);
});

test('every file the page links with an integrity matches it, minified as it is', () => {
  const index = readFileSync(join(distDir, 'index.html'), 'utf8');
  const links = [...index.matchAll(/href="\.\/([^"]+)"[^>]*integrity="sha384-([^"]+)"/g)];
  assert.ok(links.some(([, file]) => file.endsWith('.css')), 'the style sheet has an integrity');
  assert.ok(links.some(([, file]) => /^quotemark-[0-9a-f]+\.js$/.test(file)), 'the bindings have an integrity');
  for (const [, file, hash] of links) {
    assert.equal(createHash('sha384').update(readFileSync(join(distDir, file))).digest('base64'), hash, file);
  }
  const styleFile = links.find(([, file]) => file.endsWith('.css'))[1];
  const style = readFileSync(join(distDir, styleFile), 'utf8');
  assert.ok(!style.includes('/*'), 'the style sheet keeps no comments');
  // The page is fetched before the first screen too: it keeps none of its source's comments.
  assert.ok(!index.includes('<!--'), 'the page keeps no comments');
  // Named by what it holds once minified: a browser that kept the unminified sheet of the same
  // source under its old name never serves it against this page's integrity.
  assert.equal(styleFile, `style-${createHash('sha256').update(style).digest('hex').slice(0, 16)}.css`);
});
