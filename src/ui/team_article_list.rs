//! The team project's articles in the Library, with who has annotated each; opening one puts
//! it in the reader's library (if it is not there yet) with everyone's layers.

use std::rc::Rc;

use yew::prelude::*;

use super::intents::use_intents;
use crate::core::workspace::TeamArticle;

#[derive(Properties, PartialEq)]
pub struct TeamArticleListProps {
    pub articles: Rc<Vec<TeamArticle>>,
    /// What the Library's search asks for, lower-cased ("" for everything).
    pub wanted: AttrValue,
    pub current_id: AttrValue,
}

#[component]
pub fn TeamArticleList(props: &TeamArticleListProps) -> Html {
    let intents = use_intents();
    let row = |article: &TeamArticle| {
        let is_current = props.current_id.as_str() == article.document;
        let open = {
            let (on_open, id) = (intents.team_open.clone(), article.document.clone());
            Callback::from(move |_: MouseEvent| on_open.emit(id.clone()))
        };
        let progress = if article.coders.is_empty() {
            "Not annotated yet".to_owned()
        } else {
            format!("Annotated by {}", article.coders.join(", "))
        };
        html! {
            <li class={classes!("library-entry", "team-article", is_current.then_some("current"))} key={article.document.clone()}>
                <span class="library-title">{ article.title.clone() }</span>
                <span class="library-meta">{ progress }</span>
                <span class="library-actions">
                    <button type="button" onclick={open} disabled={is_current}>{ if is_current { "Open now" } else { "Open" } }</button>
                </span>
            </li>
        }
    };
    let shown = props.articles.iter().filter(|a| {
        props.wanted.is_empty() || a.title.to_lowercase().contains(props.wanted.as_str())
    });
    html! {
        <section class="team-articles" aria-labelledby="team-articles-title">
            <h3 id="team-articles-title">{ format!("Team project ({} articles)", props.articles.len()) }</h3>
            <ul class="library-list">{ for shown.map(row) }</ul>
        </section>
    }
}
