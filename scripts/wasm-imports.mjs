// Gives the first module's imports from its bindings short names, in the module and in the
// bindings alike (issue #21: the first screen's payload). wasm-bindgen names each import after
// the function and a 16-digit hash (`__wbg_appendChild_dbf7ad2f48413560`); the first module
// imports some 300 of them, for the whole app, and their names are written twice (the module's
// import section, the bindings' import object), where gzip cannot share them: about 8 KB gzip of
// the first screen. Binaryen's --minify-imports renames only Emscripten's modules ("env").
//
// The module is read as the WebAssembly binary format defines it: only the import section is
// rewritten, entry by entry, with each entry's description copied as it was; the function, table,
// memory and global indices do not change. The bindings' import object must define exactly the
// names the module imports, or this throws: a wasm-bindgen that writes its bindings another way
// fails the build rather than a page.

const IMPORT_SECTION = 2;

/**
 * `wasm` (bytes) and `js` (the bindings' text) with every import of `module` renamed alike.
 * Returns `{ wasm, js, renamed }`.
 */
export function shortenImports(wasm, js, module) {
  const bytes = new Uint8Array(wasm);
  const object = importObject(js, module);
  const names = new Map();
  const sections = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, body] = leb(bytes, at);
    at = body + size;
    if (id !== IMPORT_SECTION) {
      sections.push(bytes.subarray(start, at));
      continue;
    }
    sections.push(Uint8Array.of(IMPORT_SECTION), ...withLength(renameImports(bytes.subarray(body, at), module, names)));
  }
  const defined = [...object.body.matchAll(KEY)].map((m) => m[1]).filter((key) => key !== '__proto__');
  const missing = [...names.keys()].filter((name) => !defined.includes(name));
  const extra = defined.filter((name) => !names.has(name));
  if (missing.length || extra.length || defined.length !== names.size) {
    throw new Error(`wasm-imports.mjs: the bindings' import object and the module's imports differ (missing ${missing.slice(0, 3)}; extra ${extra.slice(0, 3)})`);
  }
  const body = object.body.replace(KEY, (line, key) => (names.has(key) ? line.replace(key, names.get(key)) : line));
  return {
    wasm: concat(sections),
    js: js.slice(0, object.start) + body + js.slice(object.end),
    renamed: names.size,
  };
}

// A key of the import object: one per line, at the object's indentation.
const KEY = /^ {8}([A-Za-z_$][\w$]*): /gm;

/** Where in the bindings the import object given to the module as `module` is written. */
function importObject(js, module) {
  const use = js.match(new RegExp(`"${module.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": (import\\d+),`));
  if (!use) throw new Error(`wasm-imports.mjs: the bindings give no import object for "${module}"`);
  const open = js.indexOf(`const ${use[1]} = {\n`);
  const close = js.indexOf('\n    };\n', open);
  if (open < 0 || close < 0) throw new Error(`wasm-imports.mjs: the bindings' ${use[1]} is not written as it used to be`);
  return { start: open, end: close, body: js.slice(open, close) };
}

/** The import section's body with the names of `module`'s imports shortened into `names`. */
function renameImports(section, module, names) {
  const out = [];
  let [count, at] = leb(section, 0);
  out.push(uleb(count));
  const utf8 = new TextDecoder();
  while (count-- > 0) {
    const entry = at;
    const [moduleLength, moduleAt] = leb(section, at);
    const moduleName = utf8.decode(section.subarray(moduleAt, moduleAt + moduleLength));
    const [fieldLength, fieldAt] = leb(section, moduleAt + moduleLength);
    const field = utf8.decode(section.subarray(fieldAt, fieldAt + fieldLength));
    const descriptionAt = fieldAt + fieldLength;
    at = skipDescription(section, descriptionAt);
    let name = field;
    if (moduleName === module) {
      if (names.has(field)) throw new Error(`wasm-imports.mjs: "${field}" is imported twice`);
      name = shortName(names.size);
      names.set(field, name);
    }
    out.push(section.subarray(entry, moduleAt + moduleLength));
    out.push(...withLength(new TextEncoder().encode(name)));
    out.push(section.subarray(descriptionAt, at));
  }
  if (at !== section.length) throw new Error('wasm-imports.mjs: the import section has bytes after its last entry');
  return concat(out);
}

/** The offset after an import's description (function, table, memory, global or tag). */
function skipDescription(section, at) {
  const kind = section[at++];
  const limits = (from) => {
    const flags = section[from];
    let [, next] = leb(section, from + 1);
    if (flags & 1) [, next] = leb(section, next);
    return next;
  };
  switch (kind) {
    case 0: return leb(section, at)[1]; // a function: its type
    case 1: return limits(at + 1); // a table: its element type, its limits
    case 2: return limits(at); // a memory: its limits
    case 3: return at + 2; // a global: its value type, its mutability
    case 4: return leb(section, at + 1)[1]; // a tag: its attribute, its type
    default: throw new Error(`wasm-imports.mjs: an import of unknown kind ${kind}`);
  }
}

/** The `n`th short name: a, b, … Z, aa, ab, … (identifiers, none of them `__proto__`). */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/** An unsigned LEB128 number at `at`: [value, offset after it]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function uleb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Uint8Array.from(out);
}

/** `bytes` preceded by their length, as the binary format writes a vector or a section. */
function withLength(bytes) {
  return [uleb(bytes.length), bytes];
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
