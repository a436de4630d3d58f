//! The Insight dialog: who is quoted (the roster, with merge and split), share of voice and
//! quote kinds as charts, the framing list and the claims list, and the report downloads.

use std::rc::Rc;

use yew::prelude::*;

use super::annotation_editor::field_value;
use super::browser::now;
use super::intents::use_intents;
use super::state::Dialog;
use super::{BarChartView, Modal, files};
use crate::core::annotation::Annotation;
use crate::core::article::Article;
use crate::core::export::file_stem;
use crate::core::insight::roster::{self, Aliases, Roster};
use crate::core::insight::{chart, lists, report};
use crate::core::workspace::Notice;

#[derive(Properties, PartialEq, Clone)]
pub struct InsightDialogProps {
    pub open: bool,
    pub article: Rc<Article>,
    pub title: AttrValue,
    pub source: Option<AttrValue>,
    pub annotations: Rc<Vec<Annotation>>,
    pub aliases: Rc<Aliases>,
}

#[component]
pub fn InsightDialog(props: &InsightDialogProps) -> Html {
    let intents = use_intents();
    let on_close = intents.close_dialog.reform(|()| Dialog::Insight);
    let roster: Rc<Roster> = use_memo(
        (props.open, props.annotations.clone(), props.aliases.clone()),
        |(open, annotations, aliases)| {
            if *open {
                roster::roster(annotations.iter(), aliases)
            } else {
                Roster::default()
            }
        },
    );
    if !props.open {
        // Nothing inside is worth computing while closed; the dialog element stays mounted.
        return html! { <Modal open={false} {on_close} labelled_by="insight-title" /> };
    }
    let download = |markdown: bool| {
        let (article, title, source, annotations, aliases, notify) = (
            props.article.clone(),
            props.title.clone(),
            props.source.clone(),
            props.annotations.clone(),
            props.aliases.clone(),
            intents.notify.clone(),
        );
        Callback::from(move |_| {
            let generated = now();
            let input = report::ReportInput {
                title: &title,
                source: source.as_deref(),
                article: &article,
                annotations: &annotations,
                aliases: &aliases,
                generated: &generated,
            };
            let stem = file_stem(&title);
            let result = if markdown {
                files::download(
                    &format!("{stem}-report.md"),
                    "text/markdown",
                    &report::markdown(&input),
                )
            } else {
                files::download(
                    &format!("{stem}-report.html"),
                    "text/html",
                    &report::html(&input),
                )
            };
            if let Err(reason) = result {
                notify.emit(Notice::ReportNotSaved { reason });
            }
        })
    };
    let share = chart::share_of_voice(&roster);
    let kinds = chart::quote_kinds(&roster);
    let framings = lists::framings(props.annotations.iter());
    let claims = lists::claims(props.annotations.iter());
    let speaker_rows = roster.speakers.iter().enumerate().map(|(i, s)| {
        let others: Vec<String> = roster.speakers.iter().filter(|o| o.name != s.name).map(|o| o.name.clone()).collect();
        let on_merge = {
            let (merge, names) = (intents.merge_speakers.clone(), s.names.clone());
            Callback::from(move |e: Event| {
                let into = field_value(&e);
                if !into.is_empty() {
                    merge.emit((names.clone(), into));
                }
            })
        };
        let split = |name: &String| {
            let (split, name) = (intents.split_speaker.clone(), name.clone());
            Callback::from(move |_| split.emit(name.clone()))
        };
        let merge_id = format!("merge-speaker-{i}");
        html! {
            <tr>
                <th scope="row">{ s.name.clone() }</th>
                <td class="n">{ s.quotes }</td>
                <td class="n">{ s.words }</td>
                <td class="n">{ s.direct }</td>
                <td class="n">{ s.partial }</td>
                <td class="n">{ s.indirect }</td>
                <td class="n">{ s.claims }</td>
                <td class="speaker-names">
                    { for s.names.iter().filter(|n| s.names.len() > 1 && **n != s.name).map(|n| html! {
                        <button type="button" class="split-speaker" aria-label={format!("Split “{n}” from {}", s.name)}
                            title="Keep this name as a speaker of its own" onclick={split(n)}>
                            { format!("{n} ✕") }
                        </button>
                    }) }
                    if !others.is_empty() {
                        <label class="visually-hidden" for={merge_id.clone()}>{ format!("Merge {} into", s.name) }</label>
                        <select id={merge_id} class="merge-speaker" onchange={on_merge}>
                            <option value="" selected=true>{ "Merge into…" }</option>
                            { for others.iter().map(|o| html! { <option value={o.clone()}>{ o.clone() }</option> }) }
                        </select>
                    }
                </td>
            </tr>
        }
    });
    html! {
        <Modal open={props.open} {on_close} labelled_by="insight-title" class={classes!("insight-dialog")}>
            <h2 id="insight-title">{ "Insight" }</h2>
            <div class="insight-downloads">
                <button type="button" onclick={download(false)}>{ "Download report (HTML)" }</button>
                <button type="button" onclick={download(true)}>{ "Download report (Markdown)" }</button>
            </div>
            <section aria-labelledby="insight-roster">
                <h3 id="insight-roster">{ "Who is quoted" }</h3>
                if roster.speakers.is_empty() {
                    <p class="panel-empty">{ "No quote or claim has a speaker yet. Accept suggestions, or fill in the speaker of a quote." }</p>
                } else {
                    <table class="roster">
                        <thead><tr>
                            <th scope="col">{ "Speaker" }</th><th scope="col">{ "Quotes" }</th><th scope="col">{ "Words" }</th>
                            <th scope="col">{ "Direct" }</th><th scope="col">{ "Partial" }</th><th scope="col">{ "Indirect" }</th>
                            <th scope="col">{ "Claims" }</th><th scope="col">{ "Names merged" }</th>
                        </tr></thead>
                        <tbody>{ for speaker_rows }</tbody>
                    </table>
                    if !share.rows.is_empty() {
                        <BarChartView chart={share} id="share-chart" />
                        <BarChartView chart={kinds} id="kinds-chart" />
                    }
                }
            </section>
            <section aria-labelledby="insight-framing">
                <h3 id="insight-framing">{ "Framing" }</h3>
                if framings.is_empty() {
                    <p class="panel-empty">{ "No scare quotes yet." }</p>
                } else {
                    <ul class="framing-list">
                        { for framings.iter().map(|f| html! {
                            <li>
                                <span class="term">{ f.term.clone() }</span>
                                { " — " }
                                { f.whose() }
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <section aria-labelledby="insight-claims">
                <h3 id="insight-claims">{ "Claims" }</h3>
                if claims.is_empty() {
                    <p class="panel-empty">{ "No claims yet." }</p>
                } else {
                    <p>{ lists::claims_summary(&claims) }</p>
                    <ol class="claims-list">
                        { for claims.iter().map(|c| html! {
                            <li class={classes!(c.speaker.is_none().then_some("unattributed"))}>
                                { c.text.clone() }
                                <span class="claim-status">
                                    { format!(" ({})", c.status()) }
                                </span>
                            </li>
                        }) }
                    </ol>
                }
            </section>
        </Modal>
    }
}
