//! The legend of a team article's layers: the reader's own (editable, drawn as ever) and each
//! other coder's (read-only, outlined with the coder's pattern over the kind's colour), with
//! how many annotations each has here and a checkbox that shows or hides it.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::team::layers::Layer;

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
}

#[component]
pub fn LayerLegend(props: &LayerLegendProps) -> Html {
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
        </section>
    }
}
