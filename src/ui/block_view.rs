//! One block of the article, rendered as the element its kind calls for, with its highlights.
//!
//! The element holds the block's text and nothing else: highlights are `<mark>` elements
//! around parts of it (laid out by [`crate::core::highlights::layout`]), and every label a
//! reader sees or hears comes from CSS, never from DOM text. So the DOM text inside an element
//! with `data-block` is exactly the document's text of that block, and a selection inside it
//! maps back to the document (see `dom_selection`).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::annotation::AnnotationId;
use crate::core::article::BlockKind;
use crate::core::highlights::{Highlight, HighlightId, Piece, layout};
use crate::core::offsets::{CharOffset, CharRange};
use crate::core::text::TextIndex;

#[derive(Properties, PartialEq)]
pub struct BlockViewProps {
    /// The block's position among the article's blocks.
    pub index: usize,
    pub kind: BlockKind,
    pub text: AttrValue,
    /// Where the block starts in the document, in code points.
    pub start: usize,
    /// The annotations that touch this block, in document order.
    #[prop_or_default]
    pub highlights: Rc<Vec<Highlight>>,
    /// The selected annotation, only when it touches this block (so other blocks keep equal
    /// props and are not re-rendered when the selection moves).
    #[prop_or_default]
    pub selected: Option<AnnotationId>,
}

#[component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    let BlockViewProps {
        index,
        kind,
        text,
        start,
        highlights,
        selected,
    } = props;
    let content = if highlights.is_empty() {
        html! { { text.clone() } }
    } else {
        let index = TextIndex::new(text);
        let start = CharOffset::new(*start);
        let block = CharRange::new(start, start + index.len_chars().get());
        let pieces = layout(block, highlights);
        let slicer = Slicer {
            text,
            index: &index,
            block_start: start,
        };
        render_pieces(&pieces, &slicer, selected.as_ref())
    };
    let (index, start) = (index.to_string(), start.to_string());
    match kind {
        BlockKind::SectionLine => html! {
            <p class="section-line" data-block={index} data-start={start}>{ content }</p>
        },
        BlockKind::Headline => html! {
            <h1 class="headline" data-block={index} data-start={start}>{ content }</h1>
        },
        BlockKind::Caption => html! {
            <figure class="caption">
                <figcaption data-block={index} data-start={start}>{ content }</figcaption>
            </figure>
        },
        BlockKind::Paragraph => html! {
            <p class="paragraph" data-block={index} data-start={start}>{ content }</p>
        },
        BlockKind::Boilerplate => html! {
            <p class="boilerplate" data-block={index} data-start={start}>{ content }</p>
        },
    }
}

/// Cuts the block's text by document code points.
struct Slicer<'a> {
    text: &'a str,
    index: &'a TextIndex,
    block_start: CharOffset,
}

impl Slicer<'_> {
    fn slice(&self, range: CharRange) -> String {
        let local = |offset: CharOffset| CharOffset::new(offset - self.block_start);
        let start = self
            .index
            .char_to_byte(local(range.start()))
            .expect("inside the block");
        let end = self
            .index
            .char_to_byte(local(range.end()))
            .expect("inside the block");
        self.text[start.get()..end.get()].to_owned()
    }
}

fn render_pieces(pieces: &[Piece], slicer: &Slicer, selected: Option<&AnnotationId>) -> Html {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(range) => html! { { slicer.slice(*range) } },
            Piece::Mark(mark) => {
                let (suggestion, layer) = match &mark.id {
                    HighlightId::Annotation(_) => (None, None),
                    HighlightId::Suggestion(key) => (Some(key.to_string()), None),
                    HighlightId::Layer { pattern, .. } => (None, Some(pattern.to_string())),
                };
                let class = classes!(
                    "hl",
                    suggestion.is_some().then_some("hl-suggestion"),
                    layer.is_some().then_some("hl-layer"),
                    mark.is_start.then_some("hl-start"),
                    mark.is_end.then_some("hl-end"),
                    (selected.is_some() && mark.id.annotation() == selected)
                        .then_some("hl-selected"),
                );
                // `mark[data-kind]` means an annotation's highlight (the contract of issue #3);
                // a suggestion and another coder's annotation say their kind apart.
                let (kind, suggested_kind, layer_kind) = match (&suggestion, &layer) {
                    (None, None) => (Some(mark.kind.as_str()), None, None),
                    (Some(_), _) => (None, Some(mark.kind.as_str()), None),
                    (None, Some(_)) => (None, None, Some(mark.kind.as_str())),
                };
                html! {
                    <mark
                        {class}
                        data-kind={kind}
                        data-suggestion-kind={suggested_kind}
                        data-annotation-id={mark.id.annotation().map(ToString::to_string)}
                        data-suggestion={suggestion}
                        data-layer={layer}
                        data-layer-kind={layer_kind}
                    >
                        { render_pieces(&mark.children, slicer, selected) }
                    </mark>
                }
            }
        })
        .collect()
}
