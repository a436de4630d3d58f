//! Adjudication of a team article (adjudicators and owners): the gold layer decided passage by
//! passage (`core::team::gold`). "Accept all agreements" decides every passage all coders marked
//! alike in one step, which "Undo" takes back; then the passages left come one at a time, with
//! each coder's version to take (keys 1–9), a version to edit before taking it (E: its kind,
//! speaker, cue, quote type, note and tags), Drop (0), and the next and previous (J, K or the
//! arrows), and a count of what is left. Two adjudicators who decided one passage at once see
//! both decisions, and either keeps one.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::AnnotationEditor;
use super::shared::Shared;
use crate::core::annotation::Annotation;
use crate::core::store::AnnotationStore;
use crate::core::team::docs::Deletion;
use crate::core::team::gold::{
    Conflict, GoldDoc, GoldWrite, Passage, accept_agreements, open_passages, passages, resolution,
};
use crate::core::team::layers::Layer;
use crate::core::workspace::Gold;

#[derive(Properties, PartialEq)]
pub struct AdjudicationPanelProps {
    pub document: AttrValue,
    /// The adjudicator's name, and own annotations (a coder's layer like any other).
    pub me: AttrValue,
    pub own: Shared<AnnotationStore>,
    pub layers: Rc<Vec<Layer>>,
    pub gold: Shared<Gold>,
    pub on_write: Callback<Vec<GoldWrite>>,
}

fn describe(annotation: &Annotation) -> String {
    let mut said = format!(
        "{} {}",
        annotation.kind.as_str().replace('_', " "),
        annotation.exact
    );
    if let Some(speaker) = annotation.speaker.as_deref().filter(|s| !s.is_empty()) {
        said.push_str(&format!(" — {speaker}"));
    }
    said
}

fn decision(doc: &GoldDoc) -> String {
    match (&doc.annotation, &doc.from) {
        (Some(a), Some(from)) if doc.edited => {
            format!(
                "{}'s {}, edited (by {})",
                from,
                describe(a),
                doc.adjudicator
            )
        }
        (Some(a), Some(from)) => format!("{}'s {} (by {})", from, describe(a), doc.adjudicator),
        (Some(a), None) => format!("{} (by {})", describe(a), doc.adjudicator),
        (None, _) => format!("dropped (by {})", doc.adjudicator),
    }
}

#[component]
pub fn AdjudicationPanel(props: &AdjudicationPanelProps) -> Html {
    let current = use_state_eq(|| 0usize);
    let last_accepted = use_state(Vec::<String>::new);
    // A version being edited before it is taken: the passage, the coder it started from, and
    // the edited copy.
    let draft = use_state(|| None::<(String, String, Annotation)>);
    let document = props.document.to_string();
    let mut layers: Vec<(String, Vec<Annotation>)> = Vec::new();
    if !props.own.is_empty() {
        layers.push((props.me.to_string(), props.own.iter().cloned().collect()));
    }
    layers.extend(
        props
            .layers
            .iter()
            .map(|l| (l.coder.clone(), l.annotations.clone())),
    );
    let coders = layers.len();
    let all = passages(&layers);
    let decided = &props.gold.decided;
    let open: Vec<&Passage> = open_passages(&document, &all, decided);
    let agreements = accept_agreements(&document, &all, coders, decided, &props.me);
    let at = (*current).min(open.len().saturating_sub(1));
    let write = props.on_write.clone();
    let on_accept = {
        let (write, last) = (write.clone(), last_accepted.clone());
        let agreements = agreements.clone();
        Callback::from(move |_: MouseEvent| {
            last.set(agreements.iter().map(|d| d.id.clone()).collect());
            write.emit(
                agreements
                    .iter()
                    .cloned()
                    .map(|d| GoldWrite::Put(Box::new(d)))
                    .collect(),
            );
        })
    };
    let on_undo = {
        let (write, last) = (write.clone(), last_accepted.clone());
        let deletes: Vec<GoldWrite> = last_accepted
            .iter()
            .filter_map(|id| decided.get(id))
            .filter_map(|d| Deletion::of(&d.id, d.rev.as_deref()))
            .map(GoldWrite::Delete)
            .collect();
        Callback::from(move |_: MouseEvent| {
            last.set(Vec::new());
            write.emit(deletes.clone());
        })
    };
    // The decisions on the passage shown: each coder's version, or a drop.
    let choices: Vec<GoldDoc> = open
        .get(at)
        .map(|passage| {
            let mut choices: Vec<GoldDoc> = passage
                .versions
                .iter()
                .map(|(coder, a)| GoldDoc::decide(&document, passage, &props.me, Some((coder, a))))
                .collect();
            choices.push(GoldDoc::decide(&document, passage, &props.me, None));
            choices
        })
        .unwrap_or_default();
    let decide = {
        let (write, draft) = (write.clone(), draft.clone());
        move |doc: GoldDoc| {
            draft.set(None);
            write.emit(vec![GoldWrite::Put(Box::new(doc))])
        }
    };
    // Editing starts from the `n`th coder's version of the passage shown.
    let start_editing = {
        let (draft, passage) = (draft.clone(), open.get(at).map(|p| (*p).clone()));
        move |n: usize| {
            if let Some((coder, version)) = passage.as_ref().and_then(|p| p.versions.get(n)) {
                let id = passage.as_ref().map(|p| p.id.clone()).unwrap_or_default();
                draft.set(Some((id, coder.clone(), version.clone())));
            }
        }
    };
    let editing = (*draft)
        .clone()
        .filter(|(passage, _, _)| open.get(at).is_some_and(|p| &p.id == passage));
    let onkeydown = {
        let (choices, decide, current, left) =
            (choices.clone(), decide.clone(), current.clone(), open.len());
        let start_editing = start_editing.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Keys typed into the fields of a version being edited are the fields'.
            let in_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                });
            if in_field {
                return;
            }
            let key = e.key();
            let pick = match key.as_str() {
                "e" => {
                    start_editing(0);
                    None
                }
                "0" | "x" => choices.last().cloned(),
                digit if digit.len() == 1 && ("1"..="9").contains(&digit) => {
                    let n: usize = digit.parse().unwrap_or(0);
                    (n < choices.len()).then(|| choices[n - 1].clone())
                }
                "j" | "ArrowDown" => {
                    current.set((at + 1).min(left.saturating_sub(1)));
                    None
                }
                "k" | "ArrowUp" => {
                    current.set(at.saturating_sub(1));
                    None
                }
                _ => return,
            };
            // The app's own keys (1–3 label a selection) do not see it.
            e.prevent_default();
            e.stop_propagation();
            if let Some(doc) = pick {
                decide(doc);
            }
        })
    };
    let conflict = |conflict: &Conflict| {
        let versions: Vec<GoldDoc> = std::iter::once(conflict.winner.clone())
            .chain(conflict.others.iter().cloned())
            .collect();
        html! {
            <div class="gold-conflict" role="group" aria-label="Decisions in conflict">
                <p>{ format!("{} decisions of one passage were made at once; keep one:", versions.len()) }</p>
                <ul>
                    { for versions.iter().map(|version| {
                        let (write, conflict, chosen, me) = (write.clone(), conflict.clone(), version.clone(), props.me.to_string());
                        let keep = Callback::from(move |_: MouseEvent| write.emit(resolution(&conflict, &chosen, &me)));
                        html! {
                            <li>
                                { decision(version) }{ " " }
                                <button type="button" onclick={keep}>{ "Keep this" }</button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        }
    };
    // The version being edited, with the coder it starts from, and Take or Cancel.
    let draft_form = |passage: &Passage, from: &str, edited: Annotation| {
        let choose_from = {
            let start_editing = start_editing.clone();
            Callback::from(move |e: Event| {
                let value = super::annotation_editor::field_value(&e);
                start_editing(value.parse().unwrap_or(0));
            })
        };
        let on_update = {
            let (draft, passage_id, from) = (draft.clone(), passage.id.clone(), from.to_owned());
            Callback::from(move |a: Annotation| {
                draft.set(Some((passage_id.clone(), from.clone(), a)))
            })
        };
        let take = {
            let decide = decide.clone();
            let doc = GoldDoc::decide_edited(&document, passage, &props.me, from, edited.clone());
            Callback::from(move |_: MouseEvent| decide(doc.clone()))
        };
        let cancel = {
            let draft = draft.clone();
            Callback::from(move |_: MouseEvent| draft.set(None))
        };
        html! {
            <div class="gold-draft" role="group" aria-label="A version edited before it is taken">
                <label for="gold-draft-from">{ "Starting from" }</label>
                <select id="gold-draft-from" onchange={choose_from}>
                    { for passage.versions.iter().enumerate().map(|(i, (coder, _))| html! {
                        <option value={i.to_string()} selected={coder == from}>{ format!("{coder}'s version") }</option>
                    }) }
                </select>
                <AnnotationEditor annotation={edited} {on_update} scope="gold-" />
                <div class="layer-buttons">
                    <button type="button" onclick={take}>{ "Take edited" }</button>
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                </div>
            </div>
        }
    };
    html! {
        <section class="adjudication" aria-labelledby="adjudication-title" {onkeydown}>
            <h2 id="adjudication-title">{ "Adjudication" }</h2>
            <p class="adjudication-count" role="status">
                { format!("Gold: {} decided · {} left", decided.len(), open.len()) }
            </p>
            <div class="layer-buttons">
                <button type="button" disabled={agreements.is_empty()} onclick={on_accept}>
                    { format!("Accept all agreements ({})", agreements.len()) }
                </button>
                if !last_accepted.is_empty() {
                    <button type="button" onclick={on_undo}>{ "Undo accept" }</button>
                }
            </div>
            { for props.gold.conflicts.iter().map(conflict) }
            if let Some(passage) = open.get(at) {
                <div class="passage" tabindex="0" aria-label="Passage to decide">
                    <p>{ format!("Passage {} of {}", at + 1, open.len()) }</p>
                    <ol class="passage-choices">
                        { for choices.iter().enumerate().map(|(i, choice)| {
                            let (decide, doc) = (decide.clone(), choice.clone());
                            let onclick = Callback::from(move |_: MouseEvent| decide(doc.clone()));
                            let key = if i + 1 == choices.len() { "0".to_owned() } else { (i + 1).to_string() };
                            let label = match (&choice.from, &choice.annotation) {
                                (Some(from), Some(a)) => format!("Take {from}'s: {}", describe(a)),
                                _ => "Drop the passage".to_owned(),
                            };
                            html! { <li><button type="button" {onclick} aria-keyshortcuts={key.clone()}>{ format!("{key}. {label}") }</button></li> }
                        }) }
                    </ol>
                    if let Some((_, from, edited)) = editing.clone() {
                        { draft_form(passage, &from, edited) }
                    } else {
                        <button type="button" class="edit-then-take" aria-keyshortcuts="e"
                            onclick={{ let start_editing = start_editing.clone(); Callback::from(move |_: MouseEvent| start_editing(0)) }}>
                            { "E. Edit, then take" }
                        </button>
                    }
                    <p class="passage-hint">{ format!("{} marked here. Keys: 1–{} take, E edits first, 0 drops, J and K move.", passage.versions.len(), choices.len() - 1) }</p>
                </div>
            }
        </section>
    }
}
