//! In-browser tests of the Yew components and of JSON through the browser, run by `wasm-bindgen-test-runner` in headless
//! Chromium (see scripts/test.sh). Each test mounts a component into a fresh element and
//! waits for rendering with `yew::scheduler::flush()`.
#![cfg(target_arch = "wasm32")]

mod browser {
    pub mod article_view;
    pub mod html_extract;
    pub mod json_both_ways;
    pub mod read_ahead;
    pub mod selection_mapping;
    pub mod support;
}
