//! The label mapping step of opening other tools' files (issue #22 item 2): each tool's labels
//! with how many spans carry them, and what the reader makes of them (a claim, a quote, a scare
//! quote, a claim tagged with the label, or nothing), offered as chosen last time for that tool
//! or as proposed. Nothing is opened until the reader says so; Cancel opens nothing.

use yew::prelude::*;

use super::Modal;
use super::intents::use_intents;
use super::shared::Shared;
use crate::core::interop::articles::{LabelChoice, Mappings};
use crate::core::interop::batch::Tool;
use crate::core::interop::mapping::{LabelCount, Target};
use crate::core::units::count;
use crate::core::workspace::Dialog;

#[derive(Properties, PartialEq, Clone)]
pub struct LabelsDialogProps {
    pub open: bool,
    pub choice: Shared<LabelChoice>,
}

/// What a label can become, as the reader reads it.
const TARGETS: [(Target, &str); 5] = [
    (Target::Tag, "a claim tagged with the label"),
    (Target::Claim, "a claim"),
    (Target::Quote, "a quote"),
    (Target::ScareQuote, "a scare quote"),
    (Target::Skip, "nothing (skip)"),
];

/// The same, shorter, for the buttons that set every label of a tool.
const ALL: [(Target, &str); 5] = [
    (Target::Tag, "tagged claims"),
    (Target::Claim, "claims"),
    (Target::Quote, "quotes"),
    (Target::ScareQuote, "scare quotes"),
    (Target::Skip, "skipped"),
];

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", count(n))
    }
}

#[component]
pub fn LabelsDialog(props: &LabelsDialogProps) -> Html {
    let intents = use_intents();
    let on_close = intents.close_dialog.reform(|()| Dialog::Labels);
    let mappings = use_state(|| props.choice.offered.clone());
    {
        // Another batch: start from what it offers.
        let mappings = mappings.clone();
        use_effect_with(props.choice.clone(), move |choice| {
            mappings.set(choice.offered.clone())
        });
    }
    let choice = &props.choice;
    let documents = choice.batch.documents.len();
    // Articles beside them (a corpus line that was refused is not one).
    let articles = choice.articles.iter().filter(|a| a.opened.is_ok()).count();
    let tools: Vec<&str> = choice.labels.iter().map(|(t, _)| t.name()).collect();
    let tools = match tools.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    // Every label of a tool at once (a part-of-speech layer has dozens).
    let set_all = |tool: Tool, target: Target| {
        let mappings = mappings.clone();
        let labels: Vec<String> = choice
            .labels
            .iter()
            .filter(|(t, _)| *t == tool)
            .flat_map(|(_, labels)| labels.iter().map(|l| l.label.clone()))
            .collect();
        Callback::from(move |_: MouseEvent| {
            let mut next: Mappings = (*mappings).clone();
            let mapping = next.entry(tool).or_default();
            for label in &labels {
                mapping.insert(label.clone(), target);
            }
            mappings.set(next);
        })
    };
    let open = {
        let (mappings, open_labelled) = (mappings.clone(), intents.open_labelled.clone());
        Callback::from(move |_: MouseEvent| open_labelled.emit((*mappings).clone()))
    };
    let cancel = on_close.reform(|_: MouseEvent| ());
    let row = |tool: Tool, label: &LabelCount| {
        let chosen = mappings
            .get(&tool)
            .and_then(|m| m.get(&label.label))
            .copied()
            .unwrap_or(label.proposed);
        let onchange = {
            let (mappings, name) = (mappings.clone(), label.label.clone());
            Callback::from(move |e: Event| {
                let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                let Some(target) = TARGETS.get(select.selected_index().max(0) as usize) else {
                    return;
                };
                let mut next: Mappings = (*mappings).clone();
                next.entry(tool).or_default().insert(name.clone(), target.0);
                mappings.set(next);
            })
        };
        html! {
            <tr>
                <th scope="row">{ label.label.clone() }</th>
                <td class="number">{ count(label.count) }</td>
                <td>
                    <select aria-label={format!("{} {} becomes", tool.name(), label.label)} {onchange}>
                        { for TARGETS.iter().map(|(target, words)| html! {
                            <option selected={*target == chosen}>{ *words }</option>
                        }) }
                    </select>
                </td>
            </tr>
        }
    };
    let refused = choice.batch.refused.len();
    html! {
        <Modal open={props.open} {on_close} labelled_by="labels-title" class="labels-dialog">
            <h2 id="labels-title">{ "What their labels become" }</h2>
            <p>
                { format!(
                    "{} from {}{}. Say what each label\u{2019}s spans become; Quotemark remembers your choice for the next files from the same tool.",
                    plural(documents, "document", "documents"),
                    tools,
                    if articles > 0 { format!(", and {}", plural(articles, "article", "articles")) } else { String::new() },
                ) }
            </p>
            <div class="labels-tables">
                { for choice.labels.iter().map(|(tool, labels)| html! {
                    <section aria-label={tool.name()}>
                        <table class="agreement-table labels-table">
                            <caption>{ tool.name() }</caption>
                            <thead><tr><th scope="col">{ "Label" }</th><th scope="col">{ "Spans" }</th><th scope="col">{ "Become" }</th></tr></thead>
                            <tbody>{ for labels.iter().map(|label| row(*tool, label)) }</tbody>
                        </table>
                        if labels.len() > 1 {
                            <p class="labels-all">
                                { format!("All {} labels: ", tool.name()) }
                                { for ALL.iter().map(|(target, words)| html! {
                                    <button type="button" onclick={set_all(*tool, *target)}
                                        aria-label={format!("All {} labels become {words}", tool.name())}>{ *words }</button>
                                }) }
                            </p>
                        }
                    </section>
                }) }
            </div>
            if refused > 0 {
                <p class="labels-refused">
                    { format!("{} could not be read; the report after opening names each with its file and line.", plural(refused, "item", "items")) }
                </p>
            }
            <div class="layer-buttons">
                <button type="button" class="primary" onclick={open}>
                    { format!("Open {}", plural(documents + articles, "article", "articles")) }
                </button>
                <button type="button" onclick={cancel}>{ "Cancel" }</button>
            </div>
        </Modal>
    }
}
