//! The Suggestions section: what the detector offers in the open article, with progress while
//! it runs, a switch to hide suggestions, a floor of how sure the rules must be (every
//! suggestion, likely and sure, sure only: the article draws only those offered too), "accept
//! all" per kind of those offered, and rejected ones restorable.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::SuggestionItem;
use super::annotation_editor::field_value;
use super::browser::{document, keep_in_side_column};
use super::intents::use_intents;
use crate::core::annotation::Kind;
use crate::core::article::Article;
use crate::core::reasons::Confidence;
use crate::core::suggestions::Suggestion;

#[derive(Properties, PartialEq)]
pub struct SuggestionPanelProps {
    pub article: Rc<Article>,
    /// The suggestions on offer, in document order.
    pub offered: Rc<Vec<Suggestion>>,
    pub rejected: usize,
    /// (steps done, steps in all) while detection runs.
    pub detecting: Option<(usize, usize)>,
    pub shown: bool,
    /// The least sure suggestions offered (`offered` holds no less sure ones).
    pub floor: Confidence,
    /// The suggestion the reader last clicked in the article, with a count of clicks so that
    /// clicking the same one again brings it back: listed even past the pages shown, brought
    /// into view and its Accept button focused.
    #[prop_or_default]
    pub focus: Option<(AttrValue, u32)>,
}

/// How many suggestions the list shows at first, and how many more each "Show more" adds: a
/// long article can have thousands, and each entry is a component. As many as the detection
/// worker's first part (50), which this page then mounts in one task: a hundred items made that
/// task last 15–20 ms (issue #21: no task over 16 ms from detection).
const LIST_PAGE: usize = crate::core::detect::messages::FIRST_PART_SIZE;

#[component]
pub fn SuggestionPanel(props: &SuggestionPanelProps) -> Html {
    let listed = use_state(|| LIST_PAGE);
    let intents = use_intents();
    let offered = &props.offered;
    let on_floor = intents
        .suggestion_floor
        .reform(|e: Event| Confidence::parse(&field_value(&e)).unwrap_or(Confidence::Unsure));
    let on_more = {
        let listed = listed.clone();
        Callback::from(move |_| listed.set(*listed + LIST_PAGE))
    };
    let hidden = offered.len().saturating_sub(*listed);
    // The clicked suggestion, when it lies past the pages shown: listed after a gap, as the
    // annotation panel does with the selected annotation.
    let focused_beyond = props.focus.as_ref().and_then(|(key, _)| {
        let at = offered
            .iter()
            .skip(*listed)
            .position(|s| s.key.as_str() == key.as_str())?;
        Some((at, &offered[*listed + at]))
    });
    use_effect_with(props.focus.clone(), |focus| {
        let Some((key, _)) = focus else { return };
        let selector = format!("[data-suggestion-key=\"{key}\"] .accept-button");
        let button = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = button {
            // In view first, so that focusing scrolls nothing else.
            keep_in_side_column(&button);
            let _ = button.focus();
        }
    });
    let on_toggle = {
        let (show, shown) = (intents.show_suggestions.clone(), props.shown);
        Callback::from(move |_| show.emit(!shown))
    };
    let accept_all = |kind: Kind| {
        let count = offered.iter().filter(|s| s.kind == kind).count();
        let (accept, offered) = (intents.accept.clone(), props.offered.clone());
        // The suggestions are copied on the click, not on every render of the panel.
        let onclick = Callback::from(move |_| {
            accept.emit(offered.iter().filter(|s| s.kind == kind).cloned().collect());
        });
        let noun = if count == 1 {
            kind.label().to_lowercase()
        } else {
            format!("{}s", kind.label().to_lowercase())
        };
        (count > 0).then(|| {
            html! {
                <button type="button" class={classes!("accept-all", kind.as_str())} {onclick}>
                    { format!("Accept all {count} {noun}") }
                </button>
            }
        })
    };
    let on_restore = intents.restore_rejected.reform(|_: MouseEvent| ());
    let item = |s: &Suggestion| {
        html! {
            <SuggestionItem
                key={s.key.to_string()}
                suggestion={s.clone()}
                text={AttrValue::from(props.article.slice(s.range).unwrap_or_default().to_owned())}
                on_accept={intents.accept.clone()}
                on_reject={intents.reject.clone()}
            />
        }
    };
    let progress = props.detecting.map(|(done, total)| {
        let percent = (done * 100).checked_div(total).unwrap_or(0);
        html! {
            <p class="detection-progress" role="status">
                <progress max="100" value={percent.to_string()} aria-label="Finding suggestions" />
                { format!(" Finding suggestions… {percent}%") }
            </p>
        }
    });
    html! {
        <section class="panel suggestions-panel" aria-label="Suggestions"
            aria-busy={props.detecting.is_some().to_string()}>
            <h2 class="panel-title">
                { "Suggestions" } <span class="count">{ props.offered.len() }</span>
            </h2>
            <label class="suggestions-toggle">
                <input type="checkbox" checked={props.shown} onchange={on_toggle} />
                { " Show suggestions" }
            </label>
            { for progress }
            if props.shown {
                <p class="suggestions-filter">
                    <label for="suggestions-floor">{ "List" }</label>{ " " }
                    <select id="suggestions-floor" onchange={on_floor}>
                        <option value="unsure" selected={props.floor == Confidence::Unsure}>{ "every suggestion" }</option>
                        <option value="likely" selected={props.floor == Confidence::Likely}>{ "likely and sure ones" }</option>
                        <option value="sure" selected={props.floor == Confidence::Sure}>{ "sure ones only" }</option>
                    </select>
                </p>
                <div class="accept-all-row">
                    { for Kind::ALL.into_iter().filter_map(accept_all) }
                </div>
                if props.rejected > 0 {
                    <button type="button" class="restore-rejected" onclick={on_restore}>
                        { format!("Offer {} rejected again", props.rejected) }
                    </button>
                }
                if props.offered.is_empty() && props.detecting.is_none() {
                    if props.floor == Confidence::Unsure {
                        <p class="panel-empty">{ "No suggestions left in this article." }</p>
                    } else {
                        <p class="panel-empty">{ "No suggestion this sure is left: list every suggestion to see the others." }</p>
                    }
                }
                <ol class="suggestion-list">
                    { for offered.iter().take(*listed).map(item) }
                    if let Some((gap, focused)) = focused_beyond {
                        <li class="list-gap" key="gap">{ format!("… {gap} more …") }</li>
                        { item(focused) }
                    }
                </ol>
                if hidden > 0 {
                    <button type="button" class="show-more" onclick={on_more}>
                        { format!("Show {} more of {hidden}", hidden.min(LIST_PAGE)) }
                    </button>
                }
            }
        </section>
    }
}
