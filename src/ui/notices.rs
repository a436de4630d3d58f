//! Messages for the reader: the outcome of the last thing they did, what went wrong while
//! loading (dismissible), the last save failure (shown until a save succeeds), and an earlier
//! version's annotations to carry over. Nothing is ever dropped silently. The words come from
//! `crate::words`.

use yew::prelude::*;

use super::intents::use_intents;
use super::shared::Shared;
use crate::core::page_text::PageNote;
use crate::core::workspace::Notices as NoticeState;
use crate::words;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Shared<NoticeState>,
    /// An earlier version of the open article: its title and how many annotations it has.
    #[prop_or_default]
    pub carry_offer: Option<(AttrValue, usize)>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let intents = use_intents();
    let emit = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    let notices = &props.notices;
    html! {
        <div class="notices">
            if let Some((title, count)) = &props.carry_offer {
                <div class="notice info carry-offer" role="status">
                    <p>{ format!("This looks like a new version of {}, which has {count} annotations.", words::quoted(title)) }</p>
                    <button type="button" onclick={emit(&intents.carry_over)}>{ format!("Carry over {count} annotations") }</button>
                    <button type="button" onclick={emit(&intents.dismiss_carry)}>{ "Not now" }</button>
                </div>
            }
            if let Some(progress) = notices.progress {
                <div class="notice info opening" role="status">
                    <p>{ words::progress(&progress) }</p>
                    <progress max={progress.total.to_string()} value={progress.done.to_string()} aria-label={words::work(progress.work)} />
                </div>
            }
            if let Some(notice) = &notices.message {
                <div
                    class={classes!("notice", if notice.is_error() { "error" } else { "info" })}
                    role={if notice.is_error() { "alert" } else { "status" }}
                >
                    <p>{ words::notice(notice) }</p>
                    if let Some(PageNote::PartOfPage { whole_page, .. }) = notice.page_note() {
                        <button type="button" onclick={
                            let whole_page = whole_page.clone();
                            intents.open_new.reform(move |_: MouseEvent| (*whole_page).clone())
                        }>{ "Open the whole page text" }</button>
                    }
                    <button type="button" onclick={emit(&intents.dismiss_notice)}>{ "Dismiss" }</button>
                </div>
            }
            if !notices.problems.is_empty() {
                <div class="notice warning" role="alert">
                    <p>{ words::problems(&notices.problems) }</p>
                    <button type="button" onclick={emit(&intents.dismiss_problems)}>{ "Dismiss" }</button>
                </div>
            }
            if let Some(problem) = &notices.save_problem {
                <div class="notice error" role="alert">
                    <p>
                        { "Your annotations could not be saved in this browser: " }
                        { words::save_problem(problem) }
                        { ". They are kept in this tab; saving is retried with every change. Do not close the tab until this message goes away." }
                    </p>
                    <button type="button" onclick={emit(&intents.export_library)}>{ "Export all" }</button>
                </div>
            }
        </div>
    }
}
