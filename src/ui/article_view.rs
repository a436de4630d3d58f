//! The article: its blocks in order, the publisher's footer set apart.
//!
//! Every block is its own keyed [`BlockView`], so a later change to one block's highlights
//! re-renders that block only.

use std::rc::Rc;

use yew::prelude::*;

use super::BlockView;
use crate::core::article::{Article, BlockKind};

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// Compared by pointer first (`Rc<T: Eq>`), so an unchanged article costs nothing.
    pub article: Rc<Article>,
    /// Who published the article, shown above the headline.
    #[prop_or_default]
    pub publisher: Option<AttrValue>,
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let blocks = props.article.blocks();
    let footer_from = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Boilerplate)
        .unwrap_or(blocks.len());
    let view = |index: usize| {
        let block = &blocks[index];
        html! {
            <BlockView
                key={index}
                {index}
                kind={block.kind}
                text={AttrValue::from(Rc::clone(&block.text))}
                start={block.range.start().get()}
            />
        }
    };
    html! {
        <article class="article" lang="en" aria-label="Article">
            if let Some(publisher) = &props.publisher {
                <p class="publisher">{ publisher.clone() }</p>
            }
            { for (0..footer_from).map(view) }
            if footer_from < blocks.len() {
                <footer class="site-boilerplate" aria-label="Publisher's page footer">
                    { for (footer_from..blocks.len()).map(view) }
                </footer>
            }
        </article>
    }
}
