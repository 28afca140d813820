"""The report for the doctor as a PDF, made offline with Qt's own PDF writer.

It lays out the very dict `report --json` prints (`coach.core.report`, through
`Journal.report`): every number on the page is one of the JSON's, printed as it is
there, so that a script (and tests/ui/test_report_pdf.py, through pdftotext) can check
the page against it. One or two pages for 30 nights: A4, or Letter where the locale
uses it (the United States and Canada).
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from coach.core.text import translate

LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
MARGIN_MM = 12
FONT_POINTS = 8.5
ONE_COLUMN = 45  # nights in one column; more go in two
COMPACT_POINTS = 6.6  # the type of two columns of nights
ONE_COLUMN_POINTS = 7.5  # and of one
DASH = "\u2013"  # an en dash  # a value not given
GOAL_MARK = "\u2713"  # a check mark: a day at the water goal

STYLE = """
body { color: #1a1a1a; }
p { margin-top: 0; margin-bottom: 3pt; }
.sub { color: #444444; }
.small { font-size: 7.5pt; color: #333333; }
td.n { text-align: right; }
td.c { text-align: center; }
tr.none td { color: #777777; }
tr.odd td { background-color: #f6f8fa; }
"""
H1 = '<p style="font-size: 14pt; font-weight: bold; margin-bottom: 2pt">{}</p>'
H2 = (
    '<p style="font-size: 10pt; font-weight: bold; color: #1f3f66; margin-top: 12pt;'
    ' margin-bottom: 3pt">{}</p>'
)


def page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale's country uses it (US, Canada), A4 elsewhere."""
    territory = (locale or QLocale.system()).territory()
    letter = territory in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def make_report_pdf(data: dict[str, Any]) -> bytes:
    """`report_pdf` from the command line: with no Qt application yet, one offscreen (as
    `snapshot` does), so it needs no display."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        application = QGuiApplication([])
        try:
            return report_pdf(data)
        finally:
            del application
    return report_pdf(data)


def report_pdf(data: dict[str, Any], locale: QLocale | None = None) -> bytes:
    """The report's pages as PDF bytes (a QGuiApplication must exist: fonts)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(page_size(locale))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("Report", "Bedtime Coach: a diary of night cramps"))
    writer.setCreator("Bedtime Coach")
    writer.setResolution(300)
    points = writer.pageLayout().fullRect(QPageLayout.Unit.Point)
    page = QSizeF(points.width(), points.height())
    columns = _columns(data, page)
    document = _document(report_html(data, columns), page)
    # Laid out on the page in points, with our margins; print_ adds the page numbers.
    document.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    result: QByteArray = buffer.data()
    return bytes(result.data())


def _document(text: str, page: QSizeF) -> QTextDocument:
    """The HTML laid out on pages of `page` points, with our margins and type."""
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(text)
    document.setPageSize(page)
    document.setDocumentMargin(MARGIN_MM / 25.4 * 72)
    return document


def _bottom(document: QTextDocument) -> float:
    """Where the document's content ends, in points from the top of its first page
    (pages stacked one below the other, as the layout has them)."""
    return document.documentLayout().blockBoundingRect(document.lastBlock()).bottom()


def _columns(data: dict[str, Any], page: QSizeF) -> list[int]:
    """How many nights each column of the night-by-night table holds, measured: a page's
    left and right columns as many as the rest of that page takes, so that the nights
    read down the left column, then the right one, then the next page. Empty for one
    column (its rows flow from page to page by themselves)."""
    rows = _night_rows(data)
    if len(rows) <= ONE_COLUMN:
        return []
    margin = MARGIN_MM / 25.4 * 72
    height = page.height()
    start = _document(_before_nights(data) + _nights_start(data) + "</body></html>", page)
    used = _bottom(start) % height
    # A row's height, and the header's: tables of 10 and 20 of these nights.
    sample = rows[:20]

    def bottom(count: int) -> float:
        table = _nights_table(sample[:count], COMPACT_POINTS)
        return _bottom(_document(f"<html><body>{table}</body></html>", page))

    ten, twenty = bottom(10), bottom(20)
    row = max((twenty - ten) / 10, 1.0)
    header = max(ten - 10 * row - margin, 0.0)
    room = height - margin - used - header - 2 * row  # two rows kept free: rounding
    fits = max(int(room // row), 0)
    per_page = int((height - 2 * margin - header - 2 * row) // row)
    sizes: list[int] = []
    left = len(rows)
    if fits < 5:  # too few for a page's columns: the section begins on the next page
        sizes += [0, 0]
        fits = per_page - 4  # its heading and key above them
    while left > 0:
        if left <= 2 * fits:
            sizes += [(left + 1) // 2, left // 2]
            break
        sizes += [fits, fits]
        left -= 2 * fits
        fits = per_page
    return sizes


def _e(text: object) -> str:
    return html.escape(str(text))


def number(value: object) -> str:
    """A number as the JSON has it (0.667, 12, 1.5); a dash where there is none."""
    if value is None:
        return DASH
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):  # "0,5" in Spanish: the decimal point as the language has it
        return str(value).replace(".", translate("Numbers", "."))
    return str(value)


def _width(widths: tuple[int, ...], index: int) -> str:
    return f' width="{widths[index]}%"' if index < len(widths) else ""


def _table(
    head: Iterable[str],
    rows: Iterable[tuple[Sequence[str | None], str]],
    numeric: set[int],
    centred: frozenset[int] = frozenset(),
    width: int = 100,
    padding: int = 2,
    widths: tuple[int, ...] = (),
    points: float | None = None,
    nowrap: bool = False,
) -> str:
    """A ruled table; `numeric` columns are right-aligned, `centred` ones centred; a
    cell of None widens the one before it (colspan); a row's kind "none" is greyed (a
    night not recorded), every other row is shaded; `points`: a smaller type; `nowrap`:
    a cell's text on one line (every row of a table the same height)."""
    keep = ' style="white-space: nowrap"' if nowrap else ""

    def sized(text: str, smaller: float = 0) -> str:
        if not points:
            return text
        return f'<span style="font-size: {points - smaller}pt">{text}</span>'

    def align(index: int) -> str:
        return "right" if index in numeric else "center" if index in centred else "left"

    header = "".join(
        f'<td align="{align(i)}"{_width(widths, i)}{keep} bgcolor="#e6ecf3">'
        f"{sized('<b>' + _e(cell) + '</b>', 1)}</td>"
        for i, cell in enumerate(head)
    )
    body = []
    for number_, (cells, kind) in enumerate(rows):
        tds = []
        for index, cell in enumerate(cells):
            if cell is None:
                continue
            span = 1
            while index + span < len(cells) and cells[index + span] is None:
                span += 1
            spanned = f' colspan="{span}"' if span > 1 else ""
            tds.append(f'<td align="{align(index)}"{spanned}{keep}>{sized(_e(cell))}</td>')
        shade = kind or ("odd" if number_ % 2 else "")
        body.append(f'<tr class="{shade}">{"".join(tds)}</tr>')
    return (
        f'<table width="{width}%" cellspacing="0" cellpadding="{padding}" border="0.5"'
        ' style="border-color: #c4ccd4; border-style: solid; border-collapse: collapse">'
        f"<tr>{header}</tr>{''.join(body)}</table>"
    )


def report_html(data: dict[str, Any], columns: Sequence[int] = ()) -> str:
    """The report as HTML; `columns`: the nights in each column of the night-by-night
    table (see `_nights`), as `report_pdf` measures them for its pages."""
    # Translated outside the f-strings: lupdate does not look inside them.
    parts = [_before_nights(data), _nights(data, columns), _after_nights(data)]
    return "".join(parts)


def _before_nights(data: dict[str, Any]) -> str:
    parts = [f"<html><body>{_heading(data)}"]
    parts.append(_summary(data))
    parts.append(_comparisons(data))
    parts.append(_trial(data.get("trial")))
    parts.append(_questions(data))
    parts.append(_walking(data.get("walking")))
    return "".join(parts)


def _after_nights(data: dict[str, Any]) -> str:
    parts = []
    method = translate("Report", "How the numbers are made")
    parts.append(H2.format(_e(method)))
    parts.append(f'<p class="small">{_e(data["method"])}</p>')
    parts.append(f"<p><b>{_e(data['not_a_diagnosis'])}</b></p>")
    parts.append("</body></html>")
    return "".join(parts)


def _heading(data: dict[str, Any]) -> str:
    period = data["period"]
    title = translate("Report", "Night cramps: a diary for the doctor")
    line = translate(
        "Report", "The {days} nights from {first} to {last}, as recorded in Bedtime Coach."
    ).format(days=period["days"], first=period["first"], last=period["last"])
    made = translate("Report", "Made {made_at}.").format(made_at=_when(period["made_at"]))
    since = (
        translate("Report", "Diary kept since {first_use}.").format(
            first_use=_when(period["first_use"])
        )
        if period.get("first_use")
        else translate("Report", "No first use of the app is known.")
    )
    return H1.format(_e(title)) + f'<p class="sub">{_e(line)} {_e(made)} {_e(since)}</p>'


def _when(instant: str) -> str:
    """An ISO instant as a person reads it: 2026-11-25 21:45."""
    return instant[:16].replace("T", " ")


def _summary(data: dict[str, Any]) -> str:
    summary = data["summary"]
    heading = translate("Report", "Summary")
    rows = [
        (translate("Report", "Recorded nights"), summary["recorded"]),
        (translate("Report", "Nights left out (don't know, slept elsewhere)"), summary["excluded"]),
        (
            translate("Report", "Nights not recorded (never counted as zero)"),
            summary["not_recorded"],
        ),
        (translate("Report", "Cramps on the recorded nights"), summary["cramps"]),
        (translate("Report", "Cramps a recorded night"), summary["cramps_a_night"]),
        (translate("Report", "Nights the evening routine was done"), summary["routine_done"]),
        (
            translate("Report", "Cramps in the day (not counted as night cramps)"),
            summary.get("cramps_in_the_day", 0),
        ),
    ]
    table = _table(
        (translate("Report", "Over the period"), translate("Report", "Number")),
        (([label, number(value)], "") for label, value in rows),
        {1},
        width=70,
    )
    return H2.format(_e(heading)) + f"{table}"


def _comparisons(data: dict[str, Any]) -> str:
    heading = translate("Report", "Cramps a night, with and without")
    compared = data["comparisons"]
    sides = (
        (
            compared["routine"],
            translate("Report", "After the evening routine"),
            translate("Report", "Other nights"),
        ),
        (
            compared["water"],
            translate("Report", "After a day at the water goal"),
            translate("Report", "After other days"),
        ),
    )
    rows: list[tuple[list[str], str]] = []
    sentences = []
    for comparison, with_label, without_label in sides:
        ratio = comparison["ratio"]
        for label, tally, shown in (
            (with_label, comparison["with"], True),
            (without_label, comparison["without"], False),
        ):
            cells = [label, number(tally["nights"]), number(tally["cramps"]), number(tally["rate"])]
            if shown and ratio is not None:
                cells += [
                    number(ratio["ratio"]),
                    f"{number(ratio['low'])} {DASH} {number(ratio['high'])}",
                ]
            elif shown:
                cells += [DASH, translate("Report", "not enough nights")]
            else:
                cells += ["", ""]
            rows.append((cells, ""))
        sentences.append(comparison["sentence"])
    table = _table(
        (
            translate("Report", "Recorded nights"),
            translate("Report", "Nights"),
            translate("Report", "Cramps"),
            translate("Report", "A night"),
            translate("Report", "Rate ratio"),
            translate("Report", "95% interval"),
        ),
        rows,
        {1, 2, 3, 4},
        frozenset({5}),
        widths=(26, 10, 16, 11, 14, 23),  # "Calambres" fits its column, unbroken
    )
    said = "".join(f"<p>{_e(sentence)}</p>" for sentence in sentences)
    return H2.format(_e(heading)) + f"{table}<p></p>{said}"


def _trial(trial: dict[str, Any] | None) -> str:
    heading = translate("Report", "Personal trial (randomised paired weeks)")
    if trial is None:
        none = translate("Report", "No personal trial was started.")
        return H2.format(_e(heading)) + f"<p>{_e(none)}</p>"
    result = trial["result"]
    states = {
        "under-way": translate("Report", "under way"),
        "over": translate("Report", "over"),
        "stopped": translate("Report", "stopped early"),
    }
    dates = translate(
        "Report", "From {start} to {end} ({state}); random order from seed {seed}."
    ).format(
        start=_day(trial["start"]),
        end=_day(trial["end"]),
        state=states.get(trial["state"], trial["state"]),
        seed=trial["seed"],
    )
    rows = []
    for label, tally in (
        (translate("Report", "Usual weeks (baseline)"), result["baseline"]),
        (translate("Report", "Routine weeks"), result["routine"]),
        (translate("Report", "No-stretching weeks"), result["no_stretching"]),
    ):
        rows.append(([label, number(tally["nights"]), number(tally["cramps"]),
                      number(tally["rate"])], ""))  # fmt: skip
    table = _table(
        (
            translate("Report", "Weeks"),
            translate("Report", "Recorded nights"),
            translate("Report", "Cramps"),
            translate("Report", "A night"),
        ),
        rows,
        {1, 2, 3},
        padding=1,
    )
    lines = [dates, result["sentence"], *(pair["sentence"] for pair in result["pairs"])]
    lines.append(result["adherence_sentence"])
    words = {
        "helped": translate("Report", "the routine helped"),
        "no-clear-difference": translate("Report", "no clear difference"),
        "more-with-routine": translate("Report", "more cramps in the routine weeks"),
        "too-few-nights": translate("Report", "can't tell yet: too few recorded nights"),
    }
    verdict = translate("Report", "Verdict: {verdict}.").format(
        verdict=words.get(result["verdict"], result["verdict"])
    )
    if result["provisional"] or result["stopped_early"]:
        provisional = translate("Report", "(Provisional.)")
        verdict = f"{verdict} {provisional}"
    text = "".join(f'<p class="small">{_e(line)}</p>' for line in lines)
    return H2.format(_e(heading)) + f"<p><b>{_e(verdict)}</b></p>{table}<p></p>{text}"


def _questions(data: dict[str, Any]) -> str:
    """The monthly check-in's warning signs and medicines (`monthly_questions`, each time
    asked a column: yes, no, not answered, or skipped); "not asked yet" when never."""
    heading = translate("Report", "Warning signs and medicines (monthly questions)")
    asked = data.get("monthly_questions")
    if not asked:
        none = translate("Report", "Not asked yet.")
        return H2.format(_e(heading)) + f"<p>{_e(none)}</p>"
    if not (isinstance(asked, list) and all(_is_entry(entry) for entry in asked)):
        pairs = [([question, answer], "") for question, answer in _flatten(asked)]
        table = _table(
            (translate("Report", "Question"), translate("Report", "Answer")), pairs, set()
        )
        return H2.format(_e(heading)) + table
    skipped = translate("Report", "skipped")
    questions: dict[str, str] = {}
    for entry in asked:
        questions.update(entry["questions"])
    rows: list[tuple[list[str], str]] = []
    for key, question in questions.items():
        cells = [question]
        for entry in asked:
            cells.append(skipped if entry["skipped"] else _plain(entry["answers"].get(key)))
        rows.append((cells, ""))
    if any(entry.get("medicine") for entry in asked):
        which = [translate("Report", "Which medicine")]
        rows.append((which + [entry.get("medicine") or DASH for entry in asked], ""))
    head = [translate("Report", "Asked on")] + [entry["asked_on"] for entry in asked]
    table = _table(head, rows, set(), frozenset(range(1, len(head))), padding=1)
    return H2.format(_e(heading)) + table


def _is_entry(entry: object) -> bool:
    """A month's answers as `coach.core.monthly.report_entry` gives them."""
    keys = {"asked_on", "skipped", "answers", "questions"}
    return isinstance(entry, dict) and keys <= entry.keys()


def _flatten(value: object, prefix: str = "") -> list[tuple[str, str]]:
    """Any answers the journal gives (a dict, a list of dicts with a question and an
    answer, plain values) as rows of question and answer; tolerant of its shape."""
    if isinstance(value, dict):
        if "question" in value and "answer" in value:
            label = str(value["question"])
            if value.get("asked"):
                label = f"{label} ({value['asked']})"
            return [(label, _plain(value["answer"]))]
        rows = []
        for key, item in value.items():
            label = f"{prefix}{str(key).replace('_', ' ')}"
            if isinstance(item, dict | list):
                rows += _flatten(item, f"{label}: ")
            else:
                rows.append((label, _plain(item)))
        return rows
    if isinstance(value, list):
        rows = []
        for item in value:
            rows += _flatten(item, prefix)
        return rows
    return [(prefix.rstrip(": ") or DASH, _plain(value))]


def _plain(value: object) -> str:
    if value is None:
        return translate("Report", "not answered")
    if value is True:
        return translate("Report", "yes")
    if value is False:
        return translate("Report", "no")
    return str(value)


def _walking(walking: dict[str, Any] | None) -> str:
    heading = translate("Report", "Walking log (pain-free walking)")
    if walking is None:
        none = translate("Report", "The walking log was not used in this period.")
        return H2.format(_e(heading)) + f"<p>{_e(none)}</p>"
    minutes, metres = walking["pain_free_minutes"], walking["pain_free_metres"]
    rows = [
        (
            [translate("Report", "Pain-free minutes"), number(minutes["first"]),
             number(minutes["latest"]), number(minutes["best"])],
            "",
        ),
        (
            [translate("Report", "Pain-free metres"), number(metres["first"]),
             number(metres["latest"]), number(metres["best"])],
            "",
        ),
    ]  # fmt: skip
    table = _table(
        (
            translate("Report", "Walks: {count}").format(count=walking["walks"]),
            translate("Report", "First"),
            translate("Report", "Latest"),
            translate("Report", "Best"),
        ),
        rows,
        {1, 2, 3},
        width=70,
    )
    note = translate(
        "Report",
        "Pain-free: walked before the calf pain began; a walk with no pain counts whole.",
    )
    return H2.format(_e(heading)) + f'{table}<p class="small">{_e(note)}</p>'


def _day(iso: str) -> str:
    """An ISO date in the language's words: "3 Oct 2026", "3 oct 2026"."""
    return QLocale().toString(QDate.fromString(iso, "yyyy-MM-dd"), "d MMM yyyy")


def _weekday(iso: str) -> str:
    return QLocale().toString(QDate.fromString(iso, "yyyy-MM-dd"), "ddd")


def _night_rows(data: dict[str, Any]) -> list[tuple[list[str | None], str]]:
    """A row a night: the night, cramps, worst, longest, routine, water, sleep."""
    not_recorded = translate("Report", "not recorded")
    left_out = translate("Report", "left out")
    done, not_done = translate("Report", "yes"), translate("Report", "no")
    rows: list[tuple[list[str | None], str]] = []
    for night in data["nights"]:
        state = night["state"]
        routine = done if night["routine_done"] else not_done
        glasses = number(night["glasses"])
        if night["water_at_goal"]:
            glasses = f"{glasses} {GOAL_MARK}"  # a mark, not a word: the columns fit
        day = f"{_weekday(night['night'])} {night['night']}"
        cells: list[str | None]
        if state == "recorded":  # a dash: not said, or no cramp to rate
            cells = [day, number(night["cramps"]), number(night["severity"]),
                     number(night["minutes"])]  # fmt: skip
            kind = ""
        else:  # one cell over cramps, how bad and how long
            cells = [day, not_recorded if state == "not-recorded" else left_out, None, None]
            kind = "none"
        if night["routine_done"] is None and state == "not-recorded":
            cells += [None, None, None]  # before the app was in use: nothing is known
        elif night["routine_done"] is None:  # recorded the morning after the first use
            cells += [not_recorded, None, number(night["sleep"])]
        else:
            sleep = number(night["sleep"]) if state != "not-recorded" else "\u00a0"
            cells += [routine, glasses, sleep]  # a blank cell as high as the others
        rows.append((cells, kind))
    return rows


def _nights_head() -> tuple[str, ...]:
    return (
        translate("Report", "Night of"),
        translate("Report", "Cramps"),
        translate("Report", "Worst"),
        translate("Report", "Longest"),
        translate("Report", "Routine"),
        translate("Report", "Water"),
        translate("Report", "Sleep"),
    )


def _nights_table(rows: list[tuple[list[str | None], str]], points: float) -> str:
    return _table(_nights_head(), rows, set(), frozenset({1, 2, 3, 4, 5, 6}), padding=1,
                  points=points, nowrap=True)  # fmt: skip


def _nights_start(data: dict[str, Any]) -> str:
    """The section's heading and its key, above the nights."""
    heading = translate("Report", "Night by night")
    # How bad, how long and the sleep are optional (a cramp logged at 3 a.m. gives only
    # its leg): never shown as 0 or a made-up number.
    not_said = translate("Report", "{dash}: not said, or no cramp to rate.").format(dash=DASH)
    key = translate(
        "Report",
        "Worst and sleep: 0 to 10; longest: minutes; water: glasses that day, {mark} when "
        "it reached the water goal.",
    ).format(mark=GOAL_MARK)
    return H2.format(_e(heading)) + f'<p class="small">{_e(key)} {_e(not_said)}</p>'


def _nights(data: dict[str, Any], columns: Sequence[int] = ()) -> str:
    """A line a night, in the same words and columns for 30 nights and 90. Up to
    `ONE_COLUMN` nights in one column; more in two side by side, read as a page is: a
    page's left column, then its right one, then the next page's. `columns`: how many
    nights each column holds, in order (two a page; see `_columns`), which is what makes
    a page's left column end where its right one begins."""
    rows = _night_rows(data)
    start = _nights_start(data)
    if len(rows) <= ONE_COLUMN:
        return start + _nights_table(rows, ONE_COLUMN_POINTS)
    sizes = list(columns) or [(len(rows) + 1) // 2] * 2
    if sizes[:2] == [0, 0]:  # none on this page: the section begins on the next
        start = '<p style="page-break-before: always"></p>' + start
        sizes = sizes[2:]
    parts = [start]
    first = 0
    for at in range(0, len(sizes), 2):
        left, right = sizes[at], sizes[at + 1] if at + 1 < len(sizes) else 0
        if first >= len(rows):
            break
        halves = [rows[first : first + left], rows[first + left : first + left + right]]
        first += left + right
        tables = [_nights_table(half, COMPACT_POINTS) if half else "" for half in halves]
        brk = ' style="page-break-before: always"' if at else ""
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="0"{brk}><tr>'
            f'<td width="49.7%" valign="top">{tables[0]}</td><td width="0.6%"></td>'
            f'<td width="49.7%" valign="top">{tables[1]}</td></tr></table>'
        )
    if first < len(rows):  # what the measures left over, never lost
        parts.append(_nights_table(rows[first:], COMPACT_POINTS))
    return "".join(parts)
