//! The Agreement dialog of a team project: for the open article or the whole project, and for
//! the coders chosen, per kind and pair of coders, how many spans each marked, span F1 (exact
//! and overlap), Krippendorff's alpha-u, and on matched quotes the agreement on speaker and
//! quote type (percent and Cohen's kappa), computed by `core::agreement`; downloaded as CSV.

use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::Modal;
use super::browser::{mark, measure_since};
use super::files::download;
use super::intents::use_intents;
use super::shared::Shared;
use super::team::running::running;
use crate::core::agreement::{AgreementRow, LabelAgreement, to_csv};
use crate::core::annotation::Annotation;
use crate::core::article::Article;
use crate::core::store::AnnotationStore;
use crate::core::team::agreement::{CodedArticle, agreement_table, coders_of};
use crate::core::team::layers::Layer;
use crate::core::workspace::{Dialog, Notice};

const AGREEMENT_START: &str = "quotemark:agreement:start";
const READ_START: &str = "quotemark:agreement:read:start";

#[derive(Properties, PartialEq, Clone)]
pub struct AgreementDialogProps {
    pub open: bool,
    pub title: AttrValue,
    pub article: Rc<Article>,
    /// The reader's name in the project.
    pub me: AttrValue,
    /// The reader's own annotations of the open article.
    pub own: Shared<AnnotationStore>,
    /// Everyone else's layers of the open article.
    pub layers: Rc<Vec<Layer>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Article,
    Project,
}

fn number(x: Option<f64>) -> String {
    x.map(|x| format!("{x:.3}")).unwrap_or_else(|| "—".into())
}

fn label(agreement: Option<LabelAgreement>) -> String {
    match agreement {
        None => "—".into(),
        Some(a) => format!(
            "{:.0}% (κ {}, {} {})",
            a.observed * 100.0,
            number(a.kappa),
            a.pairs,
            if a.pairs == 1 { "pair" } else { "pairs" }
        ),
    }
}

/// The coders of `articles` and the table for those not `left_out`. Measured
/// (`quotemark:agreement`) for the benchmark: the table alone, apart from reading the
/// project's layers from the replica.
fn table(
    articles: &[CodedArticle],
    left_out: &BTreeSet<String>,
) -> (Vec<String>, Vec<AgreementRow>) {
    let coders: Vec<String> = coders_of(articles).into_iter().collect();
    let chosen: BTreeSet<String> = coders
        .iter()
        .filter(|c| !left_out.contains(*c))
        .cloned()
        .collect();
    mark(AGREEMENT_START);
    let rows = agreement_table(articles, &chosen);
    measure_since("quotemark:agreement", AGREEMENT_START);
    (coders, rows)
}

#[component]
pub fn AgreementDialog(props: &AgreementDialogProps) -> Html {
    let intents = use_intents();
    let scope = use_state_eq(|| Scope::Article);
    // The coders left out of the table (none: everyone is in it).
    let left_out = use_state(BTreeSet::<String>::new);
    let project = use_state(|| None::<Shared<Vec<CodedArticle>>>);
    let loading = use_state_eq(|| false);
    // The project's table is computed once for what it depends on, not at every render (a
    // table over 150,000 annotations takes a quarter of a second).
    let project_table = use_memo(
        ((*project).clone(), (*left_out).clone()),
        |(project, left_out)| project.as_ref().map(|p| table(p, left_out)),
    );
    {
        // Opened again, it reads the project again: layers change between two openings.
        let (scope, project) = (scope.clone(), project.clone());
        use_effect_with(props.open, move |open| {
            if !*open {
                scope.set(Scope::Article);
                project.set(None);
            }
        });
    }
    let on_close = intents.close_dialog.reform(|()| Dialog::Agreement);
    if !props.open {
        // Nothing is measured while the dialog is closed.
        return html! { <Modal open={false} {on_close} labelled_by="agreement-title" class="agreement-dialog" /> };
    }
    let (coders, rows) = match *scope {
        Scope::Article => {
            let own: Vec<Annotation> = props.own.iter().cloned().collect();
            let layers = std::iter::once((props.me.as_str(), own.as_slice())).chain(
                props
                    .layers
                    .iter()
                    .map(|l| (l.coder.as_str(), l.annotations.as_slice())),
            );
            table(&[CodedArticle::of(props.article.text(), layers)], &left_out)
        }
        Scope::Project => (*project_table).clone().unwrap_or_default(),
    };
    let scope_name = match *scope {
        Scope::Article => props.title.to_string(),
        Scope::Project => "whole project".to_owned(),
    };
    let choose_scope = |to: Scope| {
        let (scope, project, loading) = (scope.clone(), project.clone(), loading.clone());
        Callback::from(move |_: Event| {
            scope.set(to);
            if to == Scope::Project
                && project.is_none()
                && let Some(team) = running()
            {
                loading.set(true);
                let (project, loading) = (project.clone(), loading.clone());
                spawn_local(async move {
                    mark(READ_START);
                    let coded = team.coded_articles().await;
                    measure_since("quotemark:agreement:read", READ_START);
                    project.set(Some(Shared(Rc::new(coded))));
                    loading.set(false);
                });
            }
        })
    };
    let toggle_coder = |coder: String| {
        let left_out = left_out.clone();
        Callback::from(move |_: Event| {
            let mut next = (*left_out).clone();
            if !next.remove(&coder) {
                next.insert(coder.clone());
            }
            left_out.set(next);
        })
    };
    let on_download = {
        let csv = to_csv(&scope_name, &rows);
        let file_name = format!(
            "agreement-{}.csv",
            if *scope == Scope::Project {
                "project"
            } else {
                "article"
            }
        );
        let notify = intents.notify.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(reason) = download(&file_name, "text/csv", &csv) {
                notify.emit(Notice::ExportFailed { reason });
            }
        })
    };
    let row = |r: &AgreementRow| {
        html! {
            <tr>
                <td>{ r.kind.as_str().replace('_', " ") }</td>
                <td>{ format!("{} · {}", r.coder_a, r.coder_b) }</td>
                <td class="number">{ format!("{} · {}", r.spans_a, r.spans_b) }</td>
                <td class="number">{ number(Some(r.exact_f1)) }</td>
                <td class="number">{ number(Some(r.overlap_f1)) }</td>
                <td class="number">{ number(r.alpha_u) }</td>
                <td>{ label(r.speaker) }</td>
                <td>{ label(r.quote_type) }</td>
            </tr>
        }
    };
    html! {
        <Modal open={props.open} {on_close} labelled_by="agreement-title" class="agreement-dialog">
            <h2 id="agreement-title">{ "Agreement" }</h2>
            <fieldset class="agreement-scope">
                <legend>{ "Over" }</legend>
                <label>
                    <input type="radio" name="agreement-scope" checked={*scope == Scope::Article} onchange={choose_scope(Scope::Article)} />
                    { format!("this article ({})", props.title) }
                </label>
                <label>
                    <input type="radio" name="agreement-scope" checked={*scope == Scope::Project} onchange={choose_scope(Scope::Project)} />
                    { "every article of the project" }
                </label>
            </fieldset>
            <fieldset class="agreement-coders">
                <legend>{ "Coders" }</legend>
                { for coders.iter().map(|coder| html! {
                    <label>
                        <input type="checkbox" checked={!left_out.contains(coder)} onchange={toggle_coder(coder.clone())} />
                        { coder.clone() }
                    </label>
                }) }
            </fieldset>
            if *loading {
                <p role="status">{ "Reading the project's layers…" }</p>
            } else if rows.is_empty() {
                <p role="status">{ "Choose two coders or more who have annotated." }</p>
            } else {
                <table class="agreement-table">
                    <caption>{ format!("Pairwise agreement over {scope_name}") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Kind" }</th>
                            <th scope="col">{ "Coders" }</th>
                            <th scope="col">{ "Spans" }</th>
                            <th scope="col">{ "Exact F1" }</th>
                            <th scope="col">{ "Overlap F1" }</th>
                            <th scope="col">{ "Alpha-u" }</th>
                            <th scope="col">{ "Speaker" }</th>
                            <th scope="col">{ "Quote type" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows.iter().map(row) }</tbody>
                </table>
                <button type="button" onclick={on_download}>{ "Download CSV" }</button>
            }
        </Modal>
    }
}
