//! One suggestion in the Suggestions list: what was found and who said it, why the rules
//! suggest it and how sure they are, with Accept, Edit (change the label, speaker, cue or framer
//! before accepting) and Reject.

use yew::prelude::*;

use super::annotation_editor::{field_value, optional};
use super::annotation_item::excerpt;
use crate::core::annotation::{Kind, QuoteType};
use crate::core::suggestions::{Suggestion, SuggestionKey};
use crate::words;

#[derive(Properties, PartialEq)]
pub struct SuggestionItemProps {
    pub suggestion: Suggestion,
    /// The suggested text.
    pub text: AttrValue,
    /// Called with the suggestions to accept (this one, as edited).
    pub on_accept: Callback<Vec<Suggestion>>,
    pub on_reject: Callback<SuggestionKey>,
}

#[component]
pub fn SuggestionItem(props: &SuggestionItemProps) -> Html {
    let editing = use_state(|| false);
    let draft = use_state(|| props.suggestion.clone());
    let s = &*draft;
    let key = props.suggestion.key.to_string();
    let field_id = |name: &str| format!("suggestion-{name}-{key}");
    let set = |change: fn(&mut Suggestion, String)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut edited = (*draft).clone();
            change(&mut edited, field_value(&e));
            draft.set(edited);
        })
    };
    let on_accept = {
        let (on_accept, draft) = (props.on_accept.clone(), draft.clone());
        Callback::from(move |_| on_accept.emit(vec![(*draft).clone()]))
    };
    let on_reject = {
        let (on_reject, key) = (props.on_reject.clone(), props.suggestion.key.clone());
        Callback::from(move |_| on_reject.emit(key.clone()))
    };
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(!*editing))
    };
    let who = match s.kind {
        Kind::ScareQuote => s.attributed_to.clone(),
        _ => s.speaker.clone(),
    };
    let label = format!("{} {}", s.kind.label(), excerpt(&props.text));
    html! {
        <li class={classes!("suggestion-item", s.kind.as_str())} data-suggestion-key={key.clone()}>
            <p class="suggestion-summary">
                <span class="kind-badge">{ format!("{}?", s.kind.label()) }</span>
                <span class="excerpt">{ excerpt(&props.text) }</span>
                if let Some(who) = who {
                    <span class="who">
                        { format!("— {who}") }
                        if let Some(cue) = s.cue.as_ref().filter(|c| c.chars().any(char::is_alphanumeric)) { { format!(" ({cue})") } }
                    </span>
                }
            </p>
            <p class="suggestion-reason">
                <span class={classes!("confidence", props.suggestion.confidence.as_str())}>
                    { words::confidence(props.suggestion.confidence) }
                </span>
                { format!(" · {}", words::reason(&props.suggestion.reason)) }
            </p>
            if *editing {
                <div class="annotation-editor" role="group" aria-label="Edit suggestion">
                    <label for={field_id("kind")}>{ "Label" }</label>
                    <select id={field_id("kind")} onchange={set(|s, v| {
                        if let Some(kind) = Kind::parse(&v) {
                            s.kind = kind;
                            if kind == Kind::Quote && s.quote_type.is_none() {
                                s.quote_type = Some(QuoteType::Direct);
                            }
                        }
                    })}>
                        { for Kind::ALL.into_iter().map(|k| html! {
                            <option value={k.as_str()} selected={k == s.kind}>{ k.label() }</option>
                        }) }
                    </select>
                    if s.kind == Kind::ScareQuote {
                        <label for={field_id("attributed-to")}>{ "Whose framing" }</label>
                        <input id={field_id("attributed-to")} type="text" value={s.attributed_to.clone().unwrap_or_default()}
                            onchange={set(|s, v| s.attributed_to = optional(v))} />
                    } else {
                        <label for={field_id("speaker")}>{ "Speaker" }</label>
                        <input id={field_id("speaker")} type="text" list="speaker-names" autocomplete="off"
                            value={s.speaker.clone().unwrap_or_default()}
                            onchange={set(|s, v| s.speaker = optional(v))} />
                    }
                    <label for={field_id("cue")}>{ "Cue" }</label>
                    <input id={field_id("cue")} type="text" value={s.cue.clone().unwrap_or_default()}
                        onchange={set(|s, v| s.cue = optional(v))} />
                    if s.kind == Kind::Quote {
                        <label for={field_id("quote-type")}>{ "Quote type" }</label>
                        <select id={field_id("quote-type")} onchange={set(|s, v| s.quote_type = QuoteType::parse(&v))}>
                            { for QuoteType::ALL.into_iter().map(|t| html! {
                                <option value={t.as_str()} selected={Some(t) == s.quote_type}>{ t.as_str() }</option>
                            }) }
                        </select>
                    }
                </div>
            }
            <div class="suggestion-actions">
                <button type="button" class="accept-button" aria-label={format!("Accept: {label}")} onclick={on_accept}>
                    { "Accept" }
                </button>
                // The spoken name starts with the visible word, as speech control expects.
                <button type="button" aria-expanded={editing.to_string()}
                    aria-label={format!("{}: {label}", if *editing { "Done" } else { "Edit" })} onclick={on_edit}>
                    { if *editing { "Done" } else { "Edit" } }
                </button>
                <button type="button" class="reject-button" aria-label={format!("Reject: {label}")} onclick={on_reject}>
                    { "Reject" }
                </button>
            </div>
        </li>
    }
}
