//! Links the app's wasm module with its relocations kept (`--emit-relocs`), which
//! `wasm-split-cli` needs to cut it into the first screen's part and the parts loaded on first
//! use (`scripts/split-wasm.mjs`, issue #21). Only the app's own binary, only for wasm: the
//! detection worker, the tests and the native build link as before.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=quotemark=--emit-relocs");
    }
}
