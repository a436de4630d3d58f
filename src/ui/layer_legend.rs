//! The legend of a team article's layers: the reader's own (editable, drawn as ever) and each
//! other coder's (read-only, outlined with the coder's pattern over the kind's colour), with
//! how many annotations each has here and a checkbox that shows or hides it.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::export::ExportFormat;
use crate::core::team::layers::Layer;
use crate::words::export_format;

#[derive(Properties, PartialEq)]
pub struct LayerLegendProps {
    pub me: AttrValue,
    /// How many annotations the reader's own layer has.
    pub own: usize,
    pub layers: Rc<Vec<Layer>>,
    pub hidden: Rc<BTreeSet<String>>,
    pub on_toggle: Callback<String>,
    pub on_agreement: Callback<()>,
    pub on_compare: Callback<()>,
    /// Export every layer apart, in a format.
    pub on_export: Callback<ExportFormat>,
}

/// The formats a layer can be exported in (copying to the clipboard is for one file).
const FORMATS: [ExportFormat; 4] = [
    ExportFormat::Quotemark,
    ExportFormat::W3c,
    ExportFormat::Csv,
    ExportFormat::Brat,
];

#[component]
pub fn LayerLegend(props: &LayerLegendProps) -> Html {
    let format = use_state(|| 0usize);
    let on_format = {
        let format = format.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            format.set(select.value().parse().unwrap_or(0));
        })
    };
    let on_export = {
        let (format, export) = (*format, props.on_export.clone());
        Callback::from(move |_: MouseEvent| export.emit(FORMATS[format.min(FORMATS.len() - 1)]))
    };
    let row = |layer: &Layer| {
        let shown = !props.hidden.contains(&layer.coder);
        let onchange = {
            let (toggle, coder) = (props.on_toggle.clone(), layer.coder.clone());
            Callback::from(move |_: Event| toggle.emit(coder.clone()))
        };
        html! {
            <li>
                <label>
                    <input type="checkbox" checked={shown} {onchange} />
                    <span class="layer-swatch" data-layer={layer.pattern.to_string()} aria-hidden="true"></span>
                    { format!("{} ({}, read-only)", layer.coder, layer.annotations.len()) }
                </label>
            </li>
        }
    };
    html! {
        <section class="layer-legend" aria-labelledby="layers-title">
            <h2 id="layers-title">{ "Layers" }</h2>
            <ul>
                <li>
                    <span class="layer-swatch layer-own" aria-hidden="true"></span>
                    { format!("{} — you ({}, editable)", props.me, props.own) }
                </li>
                { for props.layers.iter().map(row) }
            </ul>
            <div class="layer-buttons">
                <button type="button" onclick={props.on_agreement.reform(|_: MouseEvent| ())}>{ "Agreement…" }</button>
                <button type="button" disabled={props.layers.is_empty()} onclick={props.on_compare.reform(|_: MouseEvent| ())}>{ "Compare…" }</button>
            </div>
            <div class="layer-export">
                <label for="layer-export-format">{ "Every layer apart, as" }</label>
                <select id="layer-export-format" onchange={on_format}>
                    { for FORMATS.iter().enumerate().map(|(i, f)| html! {
                        <option value={i.to_string()} selected={i == *format}>{ export_format(*f) }</option>
                    }) }
                </select>
                <button type="button" onclick={on_export}>{ "Export layers" }</button>
            </div>
        </section>
    }
}
