//! Two coders' layers of the open article side by side (as brat's diff view shows them): the
//! article twice, each column with one coder's annotations, and below, every passage where
//! they differ (the kind, the span, or only one marked it), from `core::team::compare`.

use std::rc::Rc;

use yew::prelude::*;

use super::intents::use_intents;
use super::shared::Shared;
use super::{BlockView, Modal};
use crate::core::annotation::Annotation;
use crate::core::article::{Article, BlockKind};
use crate::core::highlights::{layer_highlights, per_block};
use crate::core::store::AnnotationStore;
use crate::core::team::compare::{Difference, differences};
use crate::core::team::layers::Layer;
use crate::core::workspace::Dialog;

#[derive(Properties, PartialEq, Clone)]
pub struct CompareDialogProps {
    pub open: bool,
    pub article: Rc<Article>,
    pub me: AttrValue,
    pub own: Shared<AnnotationStore>,
    pub layers: Rc<Vec<Layer>>,
}

/// A coder's name, annotations and outline pattern (the reader's own drawn as the first).
struct Coded {
    name: String,
    pattern: usize,
    annotations: Vec<Annotation>,
}

fn column(article: &Article, coded: &Coded) -> Html {
    let highlights = layer_highlights(coded.pattern, coded.annotations.iter()).collect::<Vec<_>>();
    let by_block = per_block(article, &highlights);
    html! {
        <section class="compare-column" aria-label={format!("{}'s annotations", coded.name)}>
            <h3>{ format!("{} ({})", coded.name, coded.annotations.len()) }</h3>
            <div class="article compare-article">
                { for article.blocks().iter().zip(by_block).enumerate().map(|(index, (block, highlights))| html! {
                    // The headline as a paragraph: an <h1> inside the dialog would break the
                    // order of headings.
                    <BlockView {index} kind={if block.kind == BlockKind::Headline { BlockKind::Paragraph } else { block.kind }} text={AttrValue::from(block.text.to_string())}
                        start={block.range.start().get()} highlights={Rc::new(highlights)} />
                }) }
            </div>
        </section>
    }
}

fn said(difference: &Difference, a: &str, b: &str) -> Html {
    let kind = |x: &Annotation| x.kind.as_str().replace('_', " ");
    match difference {
        Difference::Kind { a: x, b: y } => html! {
            <li>{ format!("{}: a {} for {a}, a {} for {b}", x.exact, kind(x), kind(y)) }</li>
        },
        Difference::Span { a: x, b: y } => html! {
            <li>{ format!("Spans differ: {a} marked {} ({}), {b} marked {} ({})", x.exact, kind(x), y.exact, kind(y)) }</li>
        },
        Difference::OnlyA(x) => {
            html! { <li>{ format!("Only {a}: {} ({})", x.exact, kind(x)) }</li> }
        }
        Difference::OnlyB(y) => {
            html! { <li>{ format!("Only {b}: {} ({})", y.exact, kind(y)) }</li> }
        }
    }
}

#[component]
pub fn CompareDialog(props: &CompareDialogProps) -> Html {
    let intents = use_intents();
    let on_close = intents.close_dialog.reform(|()| Dialog::Compare);
    // Which two coders, by position in the list (the reader first).
    let chosen = use_state(|| (0usize, 1usize));
    if !props.open {
        return html! { <Modal open={false} {on_close} labelled_by="compare-title" class="compare-dialog" /> };
    }
    let mut coders = vec![Coded {
        name: props.me.to_string(),
        pattern: 0,
        annotations: props.own.iter().cloned().collect(),
    }];
    coders.extend(props.layers.iter().map(|layer| Coded {
        name: layer.coder.clone(),
        pattern: layer.pattern,
        annotations: layer.annotations.clone(),
    }));
    let last = coders.len() - 1;
    let (a, b) = (chosen.0.min(last), chosen.1.min(last));
    let select = |which: usize| {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let picked: usize = input.value().parse().unwrap_or(0);
            let (a, b) = *chosen;
            chosen.set(if which == 0 { (picked, b) } else { (a, picked) });
        })
    };
    let options = |selected: usize| {
        coders
            .iter()
            .enumerate()
            .map(|(i, c)| html! { <option value={i.to_string()} selected={i == selected}>{ c.name.clone() }</option> })
            .collect::<Html>()
    };
    let found = differences(&coders[a].annotations, &coders[b].annotations);
    html! {
        <Modal open={props.open} {on_close} labelled_by="compare-title" class="compare-dialog">
            <h2 id="compare-title">{ "Compare two coders" }</h2>
            <div class="compare-choice">
                <label>{ "Left " }<select onchange={select(0)}>{ options(a) }</select></label>
                <label>{ "Right " }<select onchange={select(1)}>{ options(b) }</select></label>
            </div>
            <div class="compare-columns">
                { column(&props.article, &coders[a]) }
                { column(&props.article, &coders[b]) }
            </div>
            <h3>{ match found.len() { 0 => "No differences".to_owned(), 1 => "1 difference".to_owned(), n => format!("{n} differences") } }</h3>
            <ul class="compare-differences">
                { for found.iter().map(|d| said(d, &coders[a].name, &coders[b].name)) }
            </ul>
        </Modal>
    }
}
