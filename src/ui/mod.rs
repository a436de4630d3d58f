//! The Yew front end: one component per file, and thin adapters to the browser
//! (`browser`, `dom_selection`).
//!
//! Components read the pure [`crate::core`] model and render it; offsets are converted only
//! in `dom_selection`, where the DOM's UTF-16 meets the document's code points.

mod annotation_editor;
mod annotation_item;
mod annotation_panel;
pub mod app;
mod article_file;
mod article_view;
mod bar_chart;
mod block_group;
mod block_view;
pub mod browser;
mod corpus_opening;
mod detection;
pub mod dom_selection;
mod dropped_files;
mod export_menu;
pub mod files;
mod help_dialog;
mod hooks;
pub mod html_extract;
mod import_button;
mod insight_dialog;
mod intents;
mod interchange;
mod label_buttons;
mod latest;
mod library_actions;
mod library_dialog;
mod library_edit_form;
mod locks;
mod minimap;
mod minimap_ticks;
mod modal;
mod notices;
pub mod offline;
mod open_dialog;
mod orphan_list;
mod readability;
mod selection_popover;
mod shared;
pub mod state;
mod suggestion_item;
mod suggestion_panel;
mod toolbar;

pub use annotation_editor::{AnnotationEditor, AnnotationEditorProps};
pub use annotation_item::{AnnotationItem, AnnotationItemProps};
pub use annotation_panel::{AnnotationPanel, AnnotationPanelProps};
pub use app::App;
pub use article_view::{ArticleView, ArticleViewProps};
pub use bar_chart::{BarChartView, BarChartViewProps};
pub use block_group::{BlockGroup, BlockGroupProps};
pub use block_view::{BlockView, BlockViewProps};
pub use export_menu::{ExportMenu, ExportMenuProps};
pub use help_dialog::{HelpDialog, HelpDialogProps};
pub use import_button::{ImportButton, ImportButtonProps};
pub use insight_dialog::{InsightDialog, InsightDialogProps};
pub use label_buttons::{LabelButtons, LabelButtonsProps};
pub use library_dialog::{LibraryDialog, LibraryDialogProps};
pub use library_edit_form::{LibraryEditForm, LibraryEditFormProps};
pub use minimap::{Minimap, MinimapProps};
pub use modal::{Modal, ModalProps};
pub use notices::{Notices, NoticesProps};
pub use open_dialog::{OpenDialog, OpenDialogProps};
pub use orphan_list::{OrphanList, OrphanListProps};
pub use selection_popover::{SelectionPopover, SelectionPopoverProps};
pub use suggestion_item::{SuggestionItem, SuggestionItemProps};
pub use suggestion_panel::{SuggestionPanel, SuggestionPanelProps};
pub use toolbar::{Toolbar, ToolbarProps};
