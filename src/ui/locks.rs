//! Tabs take turns writing the library: every write that can wait runs inside the Web Locks
//! API's exclusive lock `quotemark:library`, which all tabs of the origin share. localStorage
//! has no compare-and-swap, so without turns two tabs saving at once would write the same keys
//! (`core::library::journal` explains the one save that cannot wait).
//!
//! The work given to [`with_library_lock`] is synchronous (localStorage is), so the lock is
//! released as soon as it returns. Where the browser has no Web Locks (an insecure context such
//! as a plain-HTTP address other than localhost), the work runs at once, as it did before;
//! the generation check of each save is then what stands between two tabs.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::browser::window;

const LIBRARY_LOCK: &str = "quotemark:library";

#[wasm_bindgen]
extern "C" {
    /// `navigator.locks` (web-sys has it only behind its unstable-API flag).
    type LockManager;

    #[wasm_bindgen(method, js_name = request)]
    fn request(this: &LockManager, name: &str, callback: &js_sys::Function) -> js_sys::Promise;
}

thread_local! {
    /// Whether this tab is inside the lock's callback now: work asked for from inside it runs
    /// at once rather than queueing behind itself.
    static HELD: Cell<bool> = const { Cell::new(false) };
}

fn lock_manager() -> Option<LockManager> {
    let locks = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}

/// Whether this browser gives tabs turns (Web Locks is available).
pub fn available() -> bool {
    lock_manager().is_some()
}

/// Runs `work` holding the library's lock: at once if this tab holds it already or the
/// browser has no Web Locks, otherwise when every tab that asked before has had its turn.
pub fn with_library_lock(work: impl FnOnce() + 'static) {
    run_locked(Box::new(work));
}

/// The one copy of the locking code: generic over `work`, the browser's callback glue would be
/// compiled again for every caller.
fn run_locked(work: Box<dyn FnOnce()>) {
    if HELD.get() {
        return work();
    }
    let Some(locks) = lock_manager() else {
        return work();
    };
    let callback = Closure::once_into_js(move |_lock: JsValue| {
        HELD.set(true);
        work();
        HELD.set(false);
    });
    // The promise settles when the callback has run; a failure to take the lock (the page is
    // going away) leaves the work undone, as a closed tab's would be.
    let _ = locks.request(LIBRARY_LOCK, callback.unchecked_ref());
}
