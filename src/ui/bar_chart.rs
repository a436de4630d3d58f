//! A bar chart of the roster as SVG, drawn from the same whole-pixel layout as the report's
//! ([`crate::core::insight::chart`]). Partial quotes are hatched and indirect ones dotted, and
//! every bar has its label and value in text, so the chart reads in greyscale and in dark mode.

use yew::prelude::*;

use crate::core::insight::chart::{BarChart, Series};

#[derive(Properties, PartialEq)]
pub struct BarChartViewProps {
    pub chart: BarChart,
    /// Keeps the chart's pattern ids unique on the page.
    pub id: AttrValue,
}

#[component]
pub fn BarChartView(props: &BarChartViewProps) -> Html {
    let chart = &props.chart;
    let hatch = format!("{}-hatch", props.id);
    let dots = format!("{}-dots", props.id);
    let fill = |series: Series| match series {
        Series::Partial => Some(format!("url(#{hatch})")),
        Series::Indirect => Some(format!("url(#{dots})")),
        Series::Words | Series::Direct => None,
    };
    let rows = chart.rows.iter().map(|row| {
        let text_y = (row.y + chart.bar_height - 5).to_string();
        let end = row.segments.last().map_or(chart.bars_x, |s| s.x + s.width);
        html! {
            <g>
                <text x={(chart.bars_x - 8).to_string()} y={text_y.clone()} text-anchor="end">{ row.label.clone() }</text>
                { for row.segments.iter().map(|s| html! {
                    <rect class={format!("bar bar-{}", s.series.key())} fill={fill(s.series)}
                        x={s.x.to_string()} y={row.y.to_string()} width={s.width.to_string()}
                        height={chart.bar_height.to_string()}>
                        <title>{ format!("{}: {}", s.series.label(), s.value) }</title>
                    </rect>
                }) }
                <text x={(end + 6).to_string()} y={text_y}>{ row.value_label.clone() }</text>
            </g>
        }
    });
    let legend = (chart.legend.len() > 1).then(|| {
        html! {
            <figcaption class="chart-legend">
                { "Solid: direct · hatched: partial · dotted: indirect" }
            </figcaption>
        }
    });
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", chart.width, chart.height)} role="img"
                aria-label={chart.title.clone()}>
                <defs>
                    <pattern id={hatch.clone()} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="pattern-ink" width="2" height="6" />
                    </pattern>
                    <pattern id={dots.clone()} width="5" height="5" patternUnits="userSpaceOnUse">
                        <circle class="pattern-ink" cx="2.5" cy="2.5" r="1.2" />
                    </pattern>
                </defs>
                <text class="chart-title" x="0" y="14">{ chart.title.clone() }</text>
                { for rows }
            </svg>
            { for legend }
        </figure>
    }
}
