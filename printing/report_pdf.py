"""Reports as A4 PDFs (reportlab platypus + reportlab graphics): `ReportPdf().report_pdf(table)`.

Title, subtitle lines, the table (header row repeated on every page, numbers right-aligned), the
detail lines, a stacked bar chart when the report has one (reportlab.graphics VerticalBarChart),
and the notes in small print (e.g. the audit head hashes of a daily close). DejaVu Sans embedded;
landscape when the table has many columns. Deterministic with `rl_config.invariant = 1`.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from counter_app.domain.reports import BarChart, ReportTable
from counter_app.i18n import translate
from printing.layout import printable
from printing.pdf import BOLD, MM, REGULAR, register_fonts

SERIES_COLOURS = ((0.20, 0.55, 0.30), (0.90, 0.60, 0.10), (0.80, 0.20, 0.15), (0.45, 0.60, 0.85))
WIDE_TABLE = 7


def _clean(text: str) -> str:
    covered = register_fonts()
    return escape(printable(text, lambda ch: ord(ch) in covered))


class ReportPdf:
    """The `ReportRenderer` port of `counter_app.services.reports`."""

    def report_pdf(self, table: ReportTable) -> bytes:
        return render_report_pdf(table)


def render_report_pdf(table: ReportTable) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    register_fonts()
    pagesize = landscape(A4) if len(table.columns) >= WIDE_TABLE else A4
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=15 * MM,
        rightMargin=15 * MM,
        topMargin=15 * MM,
        bottomMargin=15 * MM,
        title=printable(table.title),
        author=printable(table.subtitle[0] if table.subtitle else ""),
        creator="Loket MPP",
        initialFontName=REGULAR,
        initialFontSize=9,
    )

    def style(name: str, font: str, size: float, **extra: Any) -> Any:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, **extra)

    body = style("report-body", REGULAR, 8.5)
    head = style("report-head", BOLD, 8.5)
    small = style("report-small", REGULAR, 7, textColor=(0.3, 0.3, 0.3))
    story: list[Any] = [Paragraph(_clean(table.title), style("report-title", BOLD, 14, spaceAfter=2 * MM))]
    story += [Paragraph(_clean(line), body) for line in table.subtitle]
    story.append(Spacer(1, 4 * MM))

    def cell(value: str | int, bold: bool) -> Any:
        if isinstance(value, int):
            return str(value)
        return Paragraph(_clean(value), head if bold else body)

    data = [[cell(c, True) for c in table.columns]]
    data += [[cell(v, False) for v in row] for row in table.rows]
    grid = LongTable(data, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, (0.5, 0.5, 0.5)),
        ("BACKGROUND", (0, 0), (-1, 0), (0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for index, value in enumerate(table.rows[0] if table.rows else ()):
        if isinstance(value, int):
            commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
    grid.setStyle(TableStyle(commands))
    story.append(grid)
    if table.details:
        story.append(Spacer(1, 4 * MM))
        story += [Paragraph(_clean(line), body) for line in table.details]
    if table.chart is not None:
        story += [Spacer(1, 6 * MM), _chart(table.chart, pagesize[0] - 30 * MM)]
    if table.notes:
        story.append(Spacer(1, 5 * MM))
        story += [Paragraph(_clean(line), small) for line in table.notes]

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        label = translate("printing", "Halaman {n}").format(n=doc.page)
        canvas.drawRightString(pagesize[0] - 15 * MM, 8 * MM, printable(label))
        canvas.restoreState()

    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _chart(chart: BarChart, width: float) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.colors import Color

    height = 75 * MM
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, printable(chart.title), fontName=BOLD, fontSize=10))
    bars = VerticalBarChart()
    bars.x, bars.y = 30, 30
    bars.width, bars.height = width * 0.62, height - 60
    bars.data = [list(values) for _, values in chart.series]
    bars.categoryAxis.categoryNames = [printable(c) for c in chart.categories]
    bars.categoryAxis.style = "stacked"
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontSize = 6.5
    bars.categoryAxis.labels.angle = 20
    bars.categoryAxis.labels.boxAnchor = "ne"
    bars.valueAxis.labels.fontName = REGULAR
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueStep = max(1, _step(max((sum(v) for v in zip(*bars.data, strict=True)), default=1)))
    for index in range(len(chart.series)):
        bars.bars[index].fillColor = Color(*SERIES_COLOURS[index % len(SERIES_COLOURS)])
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = width * 0.70, height - 30
    legend.fontName = REGULAR
    legend.fontSize = 7
    legend.colorNamePairs = [
        (Color(*SERIES_COLOURS[i % len(SERIES_COLOURS)]), printable(name)) for i, (name, _) in enumerate(chart.series)
    ]
    drawing.add(legend)
    return drawing


def _step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return step
    return 10_000
