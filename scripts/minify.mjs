// Minifies the scripts and the style sheet the first screen fetches, in a release build (issue
// #21: the first screen's payload). wasm-bindgen writes its bindings unminified and Trunk's own
// minifier never sees them (scripts/split-wasm.mjs writes them after Trunk has), so both steps
// run here, in the post-build hook, with terser and csso from scripts/tools.
//
// Only whitespace, comments and local names change: terser neither mangles property names (the
// wasm module's imports are looked up by them) nor drops code it cannot prove unused, and csso
// runs without restructuring, so rules keep their order and the cascade is untouched.
import { createRequire } from 'node:module';

const require = createRequire(new URL('./tools/package.json', import.meta.url));
const terser = require('terser');
const csso = require('csso');

/** An ES module's text, minified. */
export async function minifyModule(source) {
  const { code } = await terser.minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
  if (code === undefined) throw new Error('minify.mjs: terser returned no code');
  return code;
}

/** A style sheet's text, minified. */
export function minifyStyle(source) {
  return csso.minify(source, { restructure: false, comments: false }).css;
}
