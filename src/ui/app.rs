//! The application shell: the top bar and the workspace with the article.

use std::rc::Rc;

use yew::prelude::*;

use super::ArticleView;
use crate::core::article::Article;
use crate::core::bundled::{NATO_DIALOGUE_PUBLISHER, NATO_DIALOGUE_TEXT};

#[component]
pub fn App() -> Html {
    // Parsed once per mount; the article is shared by pointer with every child.
    let article = use_memo((), |_| Article::parse(NATO_DIALOGUE_TEXT));
    let article: Rc<Article> = Rc::clone(&article);
    html! {
        <>
            <header class="app-bar">
                <span class="app-name">{ "Quotemark" }</span>
                <span class="app-tagline">
                    { "Claims, quotes and scare quotes — annotated in your browser, never sent anywhere." }
                </span>
            </header>
            <main class="workspace">
                <ArticleView {article} publisher={NATO_DIALOGUE_PUBLISHER} />
            </main>
        </>
    }
}
