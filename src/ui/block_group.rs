//! A run of consecutive blocks of the article, re-rendered only when one of its blocks' props
//! changes.
//!
//! The article view hands each group its blocks' highlight lists as shared pointers that stay
//! the same across edits when a block's highlights did not change (see `ArticleView`), so
//! comparing a group's props is comparing a few dozen pointers. A 1,000-block article is then
//! some 30 groups to compare on every edit instead of 1,000 blocks. In the page a group is a
//! `div.block-group` around its blocks' elements.

use std::rc::Rc;

use yew::prelude::*;

use super::BlockView;
use crate::core::annotation::AnnotationId;
use crate::core::article::Article;
use crate::core::highlights::Highlight;
use crate::core::offsets::CharRange;

#[derive(Properties, PartialEq)]
pub struct BlockGroupProps {
    pub article: Rc<Article>,
    /// The index of the group's first block.
    pub from: usize,
    /// Each block's highlights, in order: the group is `from..from + highlights.len()`.
    pub highlights: Rc<[Rc<Vec<Highlight>>]>,
    /// The selected annotation and its range, only when it touches one of the group's blocks.
    #[prop_or_default]
    pub selected: Option<(AnnotationId, CharRange)>,
}

#[component]
pub fn BlockGroup(props: &BlockGroupProps) -> Html {
    let blocks = props.article.blocks();
    let view = |(offset, highlights): (usize, &Rc<Vec<Highlight>>)| {
        let index = props.from + offset;
        let block = &blocks[index];
        let selected = props
            .selected
            .as_ref()
            .filter(|(_, range)| range.overlaps(block.range))
            .map(|(id, _)| id.clone());
        html! {
            <BlockView
                key={index}
                {index}
                kind={block.kind}
                text={AttrValue::from(Rc::clone(&block.text))}
                start={block.range.start().get()}
                highlights={Rc::clone(highlights)}
                {selected}
            />
        }
    };
    // One element per group: the browser skips laying out and painting groups off screen
    // (`content-visibility` in the style sheet), and a change lays out a few dozen groups
    // rather than every paragraph.
    html! { <div class="block-group">{ for props.highlights.iter().enumerate().map(view) }</div> }
}
