//! Bar charts of the roster, laid out in whole pixels so that the app's SVG components and the
//! report's SVG text draw exactly the same picture.
//!
//! A chart is rows of horizontal bars, one per speaker, each bar made of segments. Segments
//! carry a [`Series`] that the renderers turn into a fill and a pattern, so the charts read in
//! greyscale and in print as well as in colour. Every row has its label and its value in text.

use super::roster::Roster;

/// What a segment counts; each has its own fill pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    Words,
    Direct,
    Partial,
    Indirect,
}

impl Series {
    pub fn label(self) -> &'static str {
        match self {
            Series::Words => "words quoted",
            Series::Direct => "direct",
            Series::Partial => "partial",
            Series::Indirect => "indirect",
        }
    }

    /// A CSS-safe name for classes and pattern ids.
    pub fn key(self) -> &'static str {
        match self {
            Series::Words => "words",
            Series::Direct => "direct",
            Series::Partial => "partial",
            Series::Indirect => "indirect",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub series: Series,
    pub value: usize,
    pub x: u32,
    pub width: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub label: String,
    /// The text after the bar ("42 words, 61%").
    pub value_label: String,
    /// Top of the row's bar.
    pub y: u32,
    pub segments: Vec<Segment>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarChart {
    pub title: String,
    pub width: u32,
    pub height: u32,
    /// Where bars start (labels are to the left, right-aligned at `bars_x - 8`).
    pub bars_x: u32,
    pub bar_height: u32,
    pub rows: Vec<Row>,
    /// The series drawn, for the legend.
    pub legend: Vec<Series>,
}

/// A row before layout: its label, its value text, and its parts in drawing order.
struct RowInput {
    label: String,
    value_label: String,
    parts: Vec<(Series, usize)>,
}

const WIDTH: u32 = 560;
const LABEL_WIDTH: u32 = 200;
const VALUE_WIDTH: u32 = 110;
const BAR_HEIGHT: u32 = 18;
const ROW_GAP: u32 = 10;
const TOP: u32 = 28;
/// Speakers shown in a chart; the rest are summed as "others".
pub const MAX_ROWS: usize = 12;
/// Labels longer than this are cut with an ellipsis (the full name is in the table).
const MAX_LABEL_CHARS: usize = 26;

fn layout(title: &str, legend: Vec<Series>, rows: Vec<RowInput>) -> BarChart {
    let max = rows
        .iter()
        .map(|row| row.parts.iter().map(|(_, v)| v).sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let rows: Vec<Row> = rows
        .into_iter()
        .enumerate()
        .map(
            |(
                i,
                RowInput {
                    label,
                    value_label,
                    parts,
                },
            )| {
                let mut x = LABEL_WIDTH;
                let mut sum = 0;
                let segments = parts
                    .into_iter()
                    .filter(|(_, v)| *v > 0)
                    .map(|(series, value)| {
                        // Ends are placed from the running sum, so rounding never adds up to more
                        // than the whole bar.
                        sum += value;
                        let end = LABEL_WIDTH + (span as usize * sum / max) as u32;
                        let segment = Segment {
                            series,
                            value,
                            x,
                            width: end - x,
                        };
                        x = end;
                        segment
                    })
                    .collect();
                Row {
                    label: clip(&label),
                    value_label,
                    y: TOP + i as u32 * (BAR_HEIGHT + ROW_GAP),
                    segments,
                }
            },
        )
        .collect();
    let height = TOP + rows.len() as u32 * (BAR_HEIGHT + ROW_GAP) + ROW_GAP;
    BarChart {
        title: title.to_owned(),
        width: WIDTH,
        height,
        bars_x: LABEL_WIDTH,
        bar_height: BAR_HEIGHT,
        rows,
        legend,
    }
}

fn clip(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL_CHARS {
        return label.to_owned();
    }
    let cut: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

fn words(n: usize) -> String {
    if n == 1 {
        "1 word".to_owned()
    } else {
        format!("{n} words")
    }
}

/// Whole-number percentage of `part` in `whole` (0 when there is no whole).
pub fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

/// Share of voice: words quoted per speaker, with their share of all words quoted.
pub fn share_of_voice(roster: &Roster) -> BarChart {
    let total = roster.total_words();
    let mut rows: Vec<RowInput> = Vec::new();
    let quoted: Vec<_> = roster.speakers.iter().filter(|s| s.words > 0).collect();
    for s in quoted.iter().take(MAX_ROWS) {
        rows.push(RowInput {
            label: s.name.clone(),
            value_label: format!("{}, {}%", words(s.words), percent(s.words, total)),
            parts: vec![(Series::Words, s.words)],
        });
    }
    let others: usize = quoted.iter().skip(MAX_ROWS).map(|s| s.words).sum();
    if others > 0 {
        rows.push(RowInput {
            label: format!("{} others", quoted.len() - MAX_ROWS),
            value_label: format!("{}, {}%", words(others), percent(others, total)),
            parts: vec![(Series::Words, others)],
        });
    }
    layout("Share of voice: words quoted", vec![Series::Words], rows)
}

/// Quote kinds per speaker: direct, partial and indirect quotes, stacked.
pub fn quote_kinds(roster: &Roster) -> BarChart {
    let rows = roster
        .speakers
        .iter()
        .filter(|s| s.quotes > 0)
        .take(MAX_ROWS)
        .map(|s| RowInput {
            label: s.name.clone(),
            value_label: format!("{}d · {}p · {}i", s.direct, s.partial, s.indirect),
            parts: vec![
                (Series::Direct, s.direct),
                (Series::Partial, s.partial),
                (Series::Indirect, s.indirect),
            ],
        })
        .collect();
    layout(
        "Quotes by kind: direct, partial, indirect",
        vec![Series::Direct, Series::Partial, Series::Indirect],
        rows,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::insight::roster::SpeakerRow;

    fn speaker(name: &str, words: usize, direct: usize, partial: usize) -> SpeakerRow {
        SpeakerRow {
            name: name.into(),
            names: vec![name.into()],
            quotes: direct + partial,
            words,
            direct,
            partial,
            ..SpeakerRow::default()
        }
    }

    #[test]
    fn bars_are_proportional_and_never_pass_the_value_column() {
        let roster = Roster {
            speakers: vec![speaker("Ana Diaz", 30, 2, 1), speaker("Bo Li", 10, 0, 1)],
        };
        let chart = share_of_voice(&roster);
        let widths: Vec<u32> = chart.rows.iter().map(|r| r.segments[0].width).collect();
        assert_eq!(
            widths,
            [
                WIDTH - LABEL_WIDTH - VALUE_WIDTH,
                (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / 3
            ]
        );
        assert_eq!(chart.rows[0].value_label, "30 words, 75%");
        let kinds = quote_kinds(&roster);
        let first = &kinds.rows[0].segments;
        assert_eq!(first.len(), 2, "empty segments are left out");
        assert_eq!(first[0].x + first[0].width, first[1].x);
        assert_eq!(first[1].x + first[1].width, WIDTH - VALUE_WIDTH);
    }

    #[test]
    fn long_names_are_clipped_and_percentages_round() {
        assert_eq!(
            clip("Senate Majority Leader Mitch McConnell of Kentucky"),
            "Senate Majority Leader Mi…"
        );
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(1, 0), 0);
    }
}
