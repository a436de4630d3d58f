//! The `?` dialog: how to annotate (the three labels, with examples from the bundled article)
//! and every keyboard shortcut. `docs/GUIDE.md` says the same at more length.

use yew::prelude::*;

use super::Modal;

#[derive(Properties, PartialEq, Clone)]
pub struct HelpDialogProps {
    pub open: bool,
    pub on_close: Callback<()>,
}

const SHORTCUTS: [(&str, &str); 10] = [
    ("1", "Label the selected text as a claim"),
    ("2", "Label the selected text as a quote"),
    ("3", "Label the selected text as a scare quote"),
    (
        "Escape",
        "Dismiss the floating toolbar, or close this dialog",
    ),
    ("Ctrl+Z (⌘Z)", "Undo"),
    ("Ctrl+Shift+Z (⌘⇧Z), Ctrl+Y", "Redo"),
    ("Delete", "Delete the selected annotation"),
    (
        "Tab to the article, then arrows",
        "Move a caret through the article",
    ),
    (
        "Shift+arrows, Ctrl+Shift+arrows",
        "Select by character, or by word",
    ),
    ("?", "Show this help"),
];

/// One label: its name, the key that applies it, what counts, and an example from the bundled
/// article with the labelled words apart.
struct LabelGuide {
    kind: &'static str,
    name: &'static str,
    key: &'static str,
    what: &'static str,
    example: (&'static str, &'static str, &'static str),
    note: &'static str,
}

const LABELS: [LabelGuide; 3] = [
    LabelGuide {
        kind: "claim",
        name: "Claim",
        key: "1",
        what: "A statement the article presents as fact, which a reader could check.",
        example: (
            "",
            "The US accounts for nearly 70 percent of NATO's budget",
            " …",
        ),
        note: "Label the statement only, not the words around it.",
    },
    LabelGuide {
        kind: "quote",
        name: "Attributed quote",
        key: "2",
        what: "Words the article says someone said. Give the speaker and the cue verb that \
               introduces them; a quote of a few words inside a sentence counts too.",
        example: (
            "",
            "\u{201c}The message of the new administration is that they also want dialogue with Russia but from a position of strength,\"",
            " he said.",
        ),
        note: "Speaker: Jens Stoltenberg (\u{201c}he\u{201d}); cue: said. Trump called the alliance \"obsolete\" is a partial quote.",
    },
    LabelGuide {
        kind: "scare_quote",
        name: "Scare quote",
        key: "3",
        what: "Quotation marks that keep a distance from a word or phrase (a framing) instead of \
               reporting speech. Say whose framing it is, when the article does.",
        example: (
            "… in the face of what Washington calls the ",
            "\u{201c}Russian aggression\u{201d}",
            " in Ukraine.",
        ),
        note: "Whose framing: Washington.",
    },
];

#[component]
pub fn HelpDialog(props: &HelpDialogProps) -> Html {
    html! {
        <Modal open={props.open} on_close={props.on_close.clone()} labelled_by="help-title" class="help-dialog">
            <h2 id="help-title">{ "Help" }</h2>
            <section aria-labelledby="help-how-to">
                <h3 id="help-how-to">{ "How to annotate" }</h3>
                <p>
                    { "Select words in the article with the mouse, or with Shift and the arrow keys, then press " }
                    <kbd>{ "1" }</kbd>{ ", " }<kbd>{ "2" }</kbd>{ " or " }<kbd>{ "3" }</kbd>
                    { " or pick a label in the small toolbar that appears. Click a highlight to edit it in the panel: note, tags, speaker, cue." }
                </p>
                <dl class="label-guide">
                    { for LABELS.iter().map(|label| html! {
                        <>
                            <dt>
                                <span class="example" data-example-kind={label.kind}>{ label.name }</span>
                                { " " }<kbd>{ label.key }</kbd>
                            </dt>
                            <dd>
                                <p>{ label.what }</p>
                                <p class="guide-example">
                                    { label.example.0 }
                                    <span class="example" data-example-kind={label.kind}>{ label.example.1 }</span>
                                    { label.example.2 }
                                </p>
                                <p class="guide-note">{ label.note }</p>
                            </dd>
                        </>
                    }) }
                </dl>
                <p>
                    { "Outlined, untinted highlights are suggestions Quotemark found by itself. Accept, edit or reject them in the Suggestions panel; nothing is an annotation until you accept it." }
                </p>
                <p>
                    { "Everything stays in this browser, saved as you go, and works offline once loaded. Export to share or keep a copy; Insight shows who is quoted and how much." }
                </p>
            </section>
            <section aria-labelledby="help-keys">
                <h3 id="help-keys">{ "Keyboard shortcuts" }</h3>
                <table class="shortcuts">
                    <tbody>
                        { for SHORTCUTS.iter().map(|(keys, what)| html! {
                            <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr>
                        }) }
                    </tbody>
                </table>
            </section>
        </Modal>
    }
}
