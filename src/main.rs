//! The browser entry point: installs the panic hook, mounts the first screen (which fetches
//! the App, a part: `ui::start`) and registers the service worker that keeps it working
//! offline.

#[cfg(target_arch = "wasm32")]
mod parts;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    let props = quotemark::ui::StartProps { app: &parts::APP };
    yew::Renderer::<quotemark::ui::Start>::with_props(props).render();
    quotemark::ui::offline::register_service_worker();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Quotemark runs in the browser: start it with scripts/serve.sh (see README.md).");
    std::process::exit(2);
}
