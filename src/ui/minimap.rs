//! The minimap: a slim strip beside the article with a tick for every highlight, by kind, at
//! its place in the article; clicking a tick scrolls to that highlight.
//!
//! Places are measured from the rendered blocks (their top and height in the article), so the
//! strip matches what the reader scrolls through, captions and headings included; they are
//! measured again when the article is all in the page and when the window size changes. Ticks that fall
//! on the same row of the strip are drawn once, so the strip stays light with thousands of
//! highlights. It is drawn in SVG (attributes, no inline styles). It is a mouse shortcut and
//! hidden from assistive technology: the annotation panel lists the same highlights in order.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser::after_next_paint;
use super::minimap_ticks::{MinimapTicks, ROWS, Tick};
use crate::core::annotation::{AnnotationId, Kind};
use crate::core::article::Article;
use crate::core::highlights::{Highlight, HighlightId};

#[derive(Properties, PartialEq)]
pub struct MinimapProps {
    pub article: Rc<Article>,
    pub highlights: Rc<Vec<Highlight>>,
    pub article_ref: NodeRef,
    pub on_reveal: Callback<AnnotationId>,
    /// Changes when the article's blocks are all in the page (they go in a few at a time).
    pub layout_version: u32,
}

/// Each block's top and height as shares of the article's height.
#[derive(Clone, Default, PartialEq)]
struct Measured(Vec<(f64, f64)>);

fn measure(article: &web_sys::Element) -> Measured {
    let Ok(blocks) = article.query_selector_all("[data-block]") else {
        return Measured::default();
    };
    let frame = article.get_bounding_client_rect();
    let height = frame.height().max(1.0);
    let mut out = Vec::new();
    for i in 0..blocks.length() {
        let Some(block) = blocks
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let rect = block.get_bounding_client_rect();
        out.push(((rect.top() - frame.top()) / height, rect.height() / height));
    }
    Measured(out)
}

/// One tick per row and kind: the first highlight that falls there.
fn ticks(article: &Article, highlights: &[Highlight], measured: &Measured) -> Vec<Tick> {
    let blocks = article.blocks();
    let mut taken = vec![false; ROWS * Kind::ALL.len()];
    let mut ticks = Vec::new();
    if measured.0.len() != blocks.len() {
        return ticks;
    }
    for h in highlights {
        let HighlightId::Annotation(id) = &h.id else {
            continue;
        };
        let b = blocks.partition_point(|b| b.range.end() <= h.range.start());
        let Some(block) = blocks.get(b) else {
            continue;
        };
        let (top, height) = measured.0[b];
        let into = (h
            .range
            .start()
            .get()
            .saturating_sub(block.range.start().get())) as f64
            / block.range.len().max(1) as f64;
        let row = (((top + height * into) * ROWS as f64) as usize).min(ROWS - 1);
        let slot = row * Kind::ALL.len() + h.kind as usize;
        if !taken[slot] {
            taken[slot] = true;
            ticks.push(Tick {
                row,
                kind: h.kind,
                id: id.clone(),
            });
        }
    }
    ticks
}

#[component]
pub fn Minimap(props: &MinimapProps) -> Html {
    let measured = use_state(Measured::default);
    let resized = use_state(|| 0u32);
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&super::browser::window(), "resize", move |_| {
                resized.set(resized.wrapping_add(1))
            });
            move || drop(listener)
        });
    }
    {
        let (measured, article_ref) = (measured.clone(), props.article_ref.clone());
        use_effect_with(
            (props.article.clone(), props.layout_version, *resized),
            move |_| {
                // Highlights do not move blocks, so a new one needs no new measurement.
                // Measuring reads the layout of the whole article: after the paint, it finds
                // the layout done instead of forcing it before the article is first shown.
                after_next_paint(move || {
                    if let Some(article) = article_ref.cast::<web_sys::Element>() {
                        measured.set(measure(&article));
                    }
                });
            },
        );
    }
    let ticks = use_memo(
        (
            props.article.clone(),
            props.highlights.clone(),
            (*measured).clone(),
        ),
        |(article, highlights, measured)| ticks(article, highlights, measured),
    );
    let slots = use_memo(ticks.clone(), |ticks| {
        ticks.iter().map(|t| (t.row, t.kind)).collect::<Vec<_>>()
    });
    let onclick = {
        let (on_reveal, ticks) = (props.on_reveal.clone(), ticks.clone());
        Callback::from(move |event: MouseEvent| {
            let Some(rect) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let row = rect.get_attribute("data-row").and_then(|r| r.parse().ok());
            let kind = rect
                .get_attribute("data-kind")
                .and_then(|k| Kind::parse(&k));
            let tick = ticks
                .iter()
                .find(|t| Some(t.row) == row && Some(t.kind) == kind);
            if let Some(tick) = tick {
                on_reveal.emit(tick.id.clone());
            }
        })
    };
    html! {
        // Hidden from assistive technology as a whole: it is a mouse shortcut, and the
        // annotation panel lists the same highlights in order, reachable by keyboard. (A `nav`
        // landmark around a hidden drawing was an empty landmark for screen readers.)
        <div class="minimap" aria-hidden="true" title="Where the highlights are: click a mark to go to it">
            <svg viewBox={format!("0 0 12 {ROWS}")} preserveAspectRatio="none" {onclick}>
                <MinimapTicks {slots} />
            </svg>
        </div>
    }
}
