//! One block of the article, rendered as the element its kind calls for.
//!
//! The element holds the block's text and nothing else, so the DOM text inside an element
//! with `data-block` is exactly the document's text of that block: a selection inside it maps
//! back to the document by adding `data-start` (code points).

use yew::prelude::*;

use crate::core::article::BlockKind;

#[derive(Properties, PartialEq)]
pub struct BlockViewProps {
    /// The block's position among the article's blocks.
    pub index: usize,
    pub kind: BlockKind,
    pub text: AttrValue,
    /// Where the block starts in the document, in code points.
    pub start: usize,
}

#[component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    let BlockViewProps {
        index,
        kind,
        text,
        start,
    } = props;
    let (index, start) = (index.to_string(), start.to_string());
    match kind {
        BlockKind::SectionLine => html! {
            <p class="section-line" data-block={index} data-start={start}>{ text.clone() }</p>
        },
        BlockKind::Headline => html! {
            <h1 class="headline" data-block={index} data-start={start}>{ text.clone() }</h1>
        },
        BlockKind::Caption => html! {
            <figure class="caption">
                <figcaption data-block={index} data-start={start}>{ text.clone() }</figcaption>
            </figure>
        },
        BlockKind::Paragraph => html! {
            <p class="paragraph" data-block={index} data-start={start}>{ text.clone() }</p>
        },
        BlockKind::Boilerplate => html! {
            <p class="boilerplate" data-block={index} data-start={start}>{ text.clone() }</p>
        },
    }
}
