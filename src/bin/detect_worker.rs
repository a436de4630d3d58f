//! The detection worker's entry point: runs the suggestion rules off the page's thread.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    quotemark::worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The detection worker runs in the browser, started by the app.");
    std::process::exit(2);
}
