//! The article: its blocks in order, the publisher's footer set apart, highlights on top.
//!
//! Every block is its own keyed [`BlockView`] whose props hold only what concerns it (its
//! highlights, and the selected annotation if it is one of them), so a change re-renders the
//! blocks it touches and no others. Clicks on highlights are handled once, here.
//!
//! A long article is put in the page [`FIRST_BLOCKS`] blocks first and the rest in the next
//! task, so the first screen shows at once; the article is `aria-busy` until every block is in. Mount
//! one `ArticleView` per document (the app keys it by document id) so each starts over.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::BlockView;
use crate::core::annotation::AnnotationId;
use crate::core::article::{Article, BlockKind};
use crate::core::highlights::Highlight;
use crate::core::offsets::CharRange;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// Compared by pointer first (`Rc<T: Eq>`), so an unchanged article costs nothing.
    pub article: Rc<Article>,
    /// Who published the article, shown above the headline.
    #[prop_or_default]
    pub publisher: Option<AttrValue>,
    /// The annotations to highlight, in document order.
    #[prop_or_default]
    pub highlights: Rc<Vec<Highlight>>,
    #[prop_or_default]
    pub selected: Option<AnnotationId>,
    /// Called with the id of a highlight the reader clicked.
    #[prop_or_default]
    pub on_highlight_click: Callback<AnnotationId>,
    /// Called once every block of the article is in the page.
    #[prop_or_default]
    pub on_complete: Callback<()>,
    /// Called with the key of a suggestion the reader clicked.
    #[prop_or_default]
    pub on_suggestion_click: Callback<String>,
    #[prop_or_default]
    pub article_ref: NodeRef,
}

/// Blocks in the page after the first render of a long article (the first screen and more);
/// the rest follow in the next task.
const FIRST_BLOCKS: usize = 40;

/// Distributes highlights over the blocks they touch: a binary search per highlight, so the
/// cost grows with the highlights, not with blocks × highlights.
fn per_block(article: &Article, highlights: &[Highlight]) -> Vec<Vec<Highlight>> {
    let blocks = article.blocks();
    let mut out = vec![Vec::new(); blocks.len()];
    for h in highlights {
        // The first block that ends after the highlight starts.
        let first = blocks.partition_point(|b| b.range.end() <= h.range.start());
        for (i, block) in blocks.iter().enumerate().skip(first) {
            if block.range.start() >= h.range.end() {
                break;
            }
            out[i].push(h.clone());
        }
    }
    out
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let blocks = props.article.blocks();
    // A long article goes into the page in two tasks, so the first screen appears at once;
    // `on_complete` says when every block is in.
    let rendered = use_state(|| FIRST_BLOCKS);
    {
        let (rendered, on_complete) = (rendered.clone(), props.on_complete.clone());
        use_effect_with((*rendered, blocks.len()), move |&(n, total)| {
            // The rest in one more task: more steps would re-render the blocks already in
            // each time (doubling measured twice the total time on the benchmark article).
            let next = (n < total).then(|| Timeout::new(0, move || rendered.set(total)));
            if next.is_none() {
                super::browser::mark("quotemark:article-complete");
                on_complete.emit(());
            }
            move || drop(next)
        });
    }
    let shown = (*rendered).min(blocks.len());
    let grouped = use_memo(
        (props.article.clone(), props.highlights.clone()),
        |(article, hs)| {
            per_block(article, hs)
                .into_iter()
                .map(Rc::new)
                .collect::<Vec<_>>()
        },
    );
    let footer_from = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Boilerplate)
        .unwrap_or(blocks.len());
    let selected_range: Option<CharRange> = props
        .selected
        .as_ref()
        .and_then(|id| {
            props
                .highlights
                .iter()
                .find(|h| h.id.annotation() == Some(id))
        })
        .map(|h| h.range);
    let view = |index: usize| {
        let block = &blocks[index];
        let touches_selected = selected_range.is_some_and(|r| r.overlaps(block.range));
        html! {
            <BlockView
                key={index}
                {index}
                kind={block.kind}
                text={AttrValue::from(Rc::clone(&block.text))}
                start={block.range.start().get()}
                highlights={Rc::clone(&grouped[index])}
                selected={touches_selected.then(|| props.selected.clone()).flatten()}
            />
        }
    };
    let onclick = {
        let on_highlight_click = props.on_highlight_click.clone();
        let on_suggestion_click = props.on_suggestion_click.clone();
        Callback::from(move |event: MouseEvent| {
            // A click that ends a drag selects text; only a plain click selects a highlight.
            let collapsed = super::browser::window()
                .get_selection()
                .ok()
                .flatten()
                .is_none_or(|s| s.is_collapsed());
            let target = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let mark = target.and_then(|t| t.closest("mark").ok().flatten());
            if !collapsed {
                return;
            }
            // The innermost mark wins: a suggestion drawn inside an annotation, or the reverse.
            if let Some(key) = mark
                .as_ref()
                .and_then(|m| m.get_attribute("data-suggestion"))
            {
                on_suggestion_click.emit(key);
                return;
            }
            let annotation =
                mark.and_then(|m| m.closest("mark[data-annotation-id]").ok().flatten());
            let id = annotation.and_then(|m| m.get_attribute("data-annotation-id"));
            if let Some(id) = id.as_deref().and_then(AnnotationId::parse) {
                on_highlight_click.emit(id);
            }
        })
    };
    html! {
        <article
            class="article"
            lang="en"
            aria-label="Article"
            tabindex="0"
            aria-busy={(shown < blocks.len()).to_string()}
            ref={props.article_ref.clone()}
            {onclick}
        >
            if let Some(publisher) = &props.publisher {
                <p class="publisher">{ publisher.clone() }</p>
            }
            { for (0..footer_from.min(shown)).map(view) }
            if footer_from < shown {
                <footer class="site-boilerplate" aria-label="Publisher's page footer">
                    { for (footer_from..shown).map(view) }
                </footer>
            }
        </article>
    }
}
