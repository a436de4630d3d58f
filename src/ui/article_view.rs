//! The article: its blocks in order, the publisher's footer set apart, highlights on top.
//!
//! Every block is its own keyed [`BlockView`] whose props hold only what concerns it (its
//! highlights, and the selected annotation if it is one of them), so a change re-renders the
//! blocks it touches and no others. Blocks come in [`BlockGroup`]s of [`GROUP_BLOCKS`], and each
//! block's highlight list is kept from the last layout when it did not change, so an edit
//! compares a few dozen groups by pointer rather than every block. Clicks on highlights are
//! handled once, here.
//!
//! A long article is put in the page [`FIRST_BLOCKS`] blocks first and the rest
//! [`STEP_BLOCKS`] a task, so the first screen shows at once and the page keeps answering; the
//! article is `aria-busy` until every block is in. Mount
//! one `ArticleView` per document (the app keys it by document id) so each starts over.

use std::ops::Range;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::BlockGroup;
use super::hooks::held_selection::use_held_selection;
use crate::core::annotation::AnnotationId;
use crate::core::article::{Article, BlockKind};
use crate::core::highlights::{Highlight, per_block};
use crate::core::offsets::CharRange;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// Compared by pointer first (`Rc<T: Eq>`), so an unchanged article costs nothing.
    pub article: Rc<Article>,
    /// Who published the article, shown above the headline.
    #[prop_or_default]
    pub publisher: Option<AttrValue>,
    /// Byline, date and site, shown under the publisher (`Credit::line`).
    #[prop_or_default]
    pub credit: Option<AttrValue>,
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

/// Blocks per group: few enough that re-rendering a group is cheap, enough that a long article
/// has few groups to compare.
const GROUP_BLOCKS: usize = 32;

/// Blocks in the page after the first render of a long article (the first screen and more).
const FIRST_BLOCKS: usize = 40;

/// Blocks added by each task after that: whole groups, so that a step renders only its new
/// groups and compares the others by pointer; two groups take about 50 ms on the benchmark
/// article, so the page keeps answering while the rest comes in.
const STEP_BLOCKS: usize = 2 * GROUP_BLOCKS;

/// The highlights by block and by group. Every list is shared, and kept from the layout before
/// when it did not change, so that unchanged blocks and groups compare by pointer.
#[derive(Clone, Default)]
struct Laid {
    blocks: Vec<Rc<Vec<Highlight>>>,
    groups: Vec<Rc<[Rc<Vec<Highlight>>]>>,
}

fn lay_out(article: &Article, highlights: &[Highlight], before: &Laid) -> Laid {
    let blocks: Vec<Rc<Vec<Highlight>>> = per_block(article, highlights)
        .into_iter()
        .enumerate()
        .map(|(i, list)| match before.blocks.get(i) {
            Some(old) if **old == list => Rc::clone(old),
            _ => Rc::new(list),
        })
        .collect();
    let groups = group_ranges(blocks.len(), footer_start(article))
        .into_iter()
        .enumerate()
        .map(|(g, range)| {
            let lists = &blocks[range];
            match before.groups.get(g) {
                Some(old)
                    if old.len() == lists.len()
                        && old.iter().zip(lists).all(|(a, b)| Rc::ptr_eq(a, b)) =>
                {
                    Rc::clone(old)
                }
                _ => lists.iter().cloned().collect(),
            }
        })
        .collect();
    Laid { blocks, groups }
}

/// The index of the first block of the publisher's footer (the number of blocks if none).
fn footer_start(article: &Article) -> usize {
    let blocks = article.blocks();
    blocks
        .iter()
        .position(|b| b.kind == BlockKind::Boilerplate)
        .unwrap_or(blocks.len())
}

/// The groups' block ranges: the body's in runs of [`GROUP_BLOCKS`], then the footer's.
fn group_ranges(total: usize, footer_from: usize) -> Vec<Range<usize>> {
    let runs = |from: usize, to: usize| {
        (from..to)
            .step_by(GROUP_BLOCKS)
            .map(move |start| start..(start + GROUP_BLOCKS).min(to))
    };
    runs(0, footer_from)
        .chain(runs(footer_from, total))
        .collect()
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let blocks = props.article.blocks();
    // A long article goes into the page a few groups a task, so the first screen appears at
    // once and no task is long; `on_complete` says when every block is in.
    let rendered = use_state(|| FIRST_BLOCKS);
    {
        let (rendered, on_complete) = (rendered.clone(), props.on_complete.clone());
        use_effect_with((*rendered, blocks.len()), move |&(n, total)| {
            // Up to the end of a group, so that no group is left in part.
            let step_to = ((n / GROUP_BLOCKS) * GROUP_BLOCKS + STEP_BLOCKS).min(total);
            let next = (n < total).then(|| Timeout::new(0, move || rendered.set(step_to)));
            if next.is_none() {
                super::browser::mark("quotemark:article-complete");
                on_complete.emit(());
            }
            move || drop(next)
        });
    }
    let shown = (*rendered).min(blocks.len());
    use_held_selection(props.article_ref.clone(), props.article.clone());
    let before = use_mut_ref(Laid::default);
    let laid = use_memo(
        (props.article.clone(), props.highlights.clone()),
        move |(article, highlights)| {
            let next = lay_out(article, highlights, &before.borrow());
            *before.borrow_mut() = next.clone();
            next
        },
    );
    let footer_from = footer_start(&props.article);
    let selected: Option<(AnnotationId, CharRange)> = props.selected.as_ref().and_then(|id| {
        props
            .highlights
            .iter()
            .find(|h| h.id.annotation() == Some(id))
            .map(|h| (id.clone(), h.range))
    });
    let groups = group_ranges(blocks.len(), footer_from);
    let view = |(g, range): (usize, &Range<usize>)| {
        let end = range.end.min(shown);
        // While the rest of a long article is still to come, a group may be in only in part.
        let highlights = if end == range.end {
            Rc::clone(&laid.groups[g])
        } else {
            laid.blocks[range.start..end].iter().cloned().collect()
        };
        let span = CharRange::new(
            blocks[range.start].range.start(),
            blocks[end - 1].range.end(),
        );
        let selected = selected.clone().filter(|(_, r)| r.overlaps(span));
        html! {
            <BlockGroup
                key={range.start}
                article={props.article.clone()}
                from={range.start}
                {highlights}
                {selected}
            />
        }
    };
    let in_page = |body: bool| {
        groups
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.start < shown && (r.start < footer_from) == body)
            .map(view)
            .collect::<Html>()
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
            if let Some(credit) = &props.credit {
                <p class="credit">{ credit.clone() }</p>
            }
            { in_page(true) }
            if footer_from < shown {
                <footer class="site-boilerplate" aria-label="Publisher's page footer">
                    { in_page(false) }
                </footer>
            }
        </article>
    }
}
