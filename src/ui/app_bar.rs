//! The bar at the top of the page: the app's name and what it promises. The same on the first
//! screen and in the App, so that nothing moves when the App takes over.

use yew::prelude::*;

#[component]
pub fn AppBar() -> Html {
    html! {
        <header class="app-bar">
            <span class="app-name">{ "Quotemark" }</span>
            <span class="app-tagline">
                { "Claims, quotes and scare quotes — annotated in your browser, never sent anywhere." }
            </span>
        </header>
    }
}
