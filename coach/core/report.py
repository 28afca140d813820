"""The numbers of the diary as plain data: `report --json`, `trial status --json`, and
what a printed report for the doctor will carry.

Every figure here comes from the core (`coach.core.nights`, `comparison`, `trial`); the
journal gathers them (`Journal.report`, `Journal.trial_status`) and this module only lays
them out, so that a script, the acceptance tests and
a PDF made later read the very same numbers. Dates are ISO 8601 (2026-11-25, the date of
a night's evening); a rate ratio's open end (a side with no cramps) is null.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from coach.core.comparison import NightsComparison
from coach.core.nights import NightRecord, NightState
from coach.core.rates import RateRatio, Tally
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.core.trial import PairResult, Trial, TrialResult, tonight_words, trial_night
from coach.core.walking import Walk

REPORT_DAYS = (30, 90)  # what the command line offers; the journal takes 1 to MAX_DAYS
MAX_DAYS = 366
METHOD = QT_TRANSLATE_NOOP(
    "Report",
    "Only recorded nights count: a night answered in the morning check-in, or with a "
    "cramp logged during it; nights left out ('don't know / slept elsewhere') and nights "
    "never recorded are not counted, never as zero. Cramps a night are compared as a "
    "Poisson rate ratio with a 95% interval on the log scale, widened for bad spells "
    "(quasi-Poisson dispersion); no figure below 7 recorded nights on either side. "
    "Nights after the routine against other nights cannot show that the routine works; "
    "the personal trial (randomised paired weeks) compares fairly.",
)
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "Report",
    "This report is a diary kept by the person, not a diagnosis; Bedtime Coach gives "
    "general information and does not diagnose or treat anything.",
)


def _number(value: float | None, digits: int = 3) -> float | None:
    """A figure for JSON: rounded, and null where it is open-ended (infinite)."""
    if value is None or math.isinf(value) or math.isnan(value):
        return None
    return round(value, digits)


def tally(side: Tally) -> dict[str, Any]:
    return {"nights": side.nights, "cramps": side.cramps, "rate": _number(side.rate)}


def ratio(found: RateRatio | None, level: float = 0.95) -> dict[str, Any] | None:
    """A rate ratio (first side over the second) with its interval; `low` 0 or `high`
    null are the open ends of a side with no cramps."""
    if found is None:
        return None
    return {
        "ratio": _number(found.ratio),
        "low": _number(found.low),
        "high": _number(found.high),
        "level": level,
        "dispersion": _number(found.dispersion),
        "method": "Poisson rate ratio, log-scale interval, quasi-Poisson dispersion",
    }


def night(record: NightRecord) -> dict[str, Any]:
    """One night: its state and, once recorded, its cramps; the routine and the water
    are known for every night from the first use of the app on, null before it (not
    recorded, never "not done" or 0)."""
    return {
        "night": record.night.isoformat(),
        "state": str(record.state),
        "cramps": record.cramps,
        "severity": record.severity,
        "minutes": record.minutes,
        "sleep": record.sleep,
        "routine_done": record.routine_done,
        "glasses": record.glasses,
        "water_at_goal": record.water_at_goal,
    }


def comparison(compared: NightsComparison) -> dict[str, Any]:
    return {
        "with": tally(compared.with_),
        "without": tally(compared.without),
        "enough": compared.enough,
        "still_needed": {
            "with": compared.still_needed[0],
            "without": compared.still_needed[1],
        },
        "ratio": ratio(compared.ratio),
        "sentence": compared.sentence(),
    }


def _pair(result: PairResult) -> dict[str, Any]:
    return {
        "pair": result.pair,
        "routine_first": result.routine_first,
        "routine": tally(result.routine),
        "no_stretching": tally(result.no_stretching),
        "sentence": result.sentence(),
    }


def trial_result(result: TrialResult) -> dict[str, Any]:
    final = not result.provisional and not result.stopped_early
    return {
        "provisional": result.provisional,
        "stopped_early": result.stopped_early,
        "verdict": str(result.verdict),
        "baseline": tally(result.baseline),
        "routine": tally(result.routine),
        "no_stretching": tally(result.no_stretching),
        "ratio": ratio(result.ratio, 0.95 if final else 0.999),
        "pairs": [_pair(pair) for pair in result.pairs],
        "adherence": {
            "routine_done_in_routine_weeks": result.routine_done_in_routine_weeks,
            "routine_done_in_no_stretching_weeks": result.routine_done_in_no_stretching_weeks,
        },
        "sentence": result.sentence(),
        "adherence_sentence": result.adherence(),
    }


def trial_status(trial: Trial, result: TrialResult, tonight: date) -> dict[str, Any]:
    """The latest personal trial: its dates, seed, where `tonight` (the reminder's night,
    `night_of(now)`) falls in it, and its result as of now."""
    placed = trial_night(trial, tonight)
    state = "under-way" if tonight <= trial.end else "over"
    if trial.stopped_early:
        state = "stopped"
    return {
        "start": trial.start.isoformat(),
        "end": trial.end.isoformat(),
        "last_night": trial.last_night.isoformat(),
        "seed": trial.seed,
        "stopped": None if trial.stopped is None else trial.stopped.isoformat(),
        "state": state,
        "tonight": None
        if placed is None
        else {
            "night": placed.night.isoformat(),
            "week": placed.week,
            "pair": placed.pair,
            "condition": str(placed.condition),
            "sentence": tonight_words(placed),
        },
        "result": trial_result(result),
    }


def walk(found: Walk, zone: Any) -> dict[str, Any]:
    """One walk: its day, length and what claudication programmes track, the pain-free
    minutes and metres (the whole walk when no pain came; null where not measured)."""
    return {
        "date": found.walked_at.astimezone(zone).date().isoformat(),
        "minutes": _number(found.total_minutes, 1),
        "metres": _number(found.distance_metres, 0),
        "pain": found.pain,
        "pain_free_minutes": _number(found.pain_free_minutes, 1),
        "pain_free_metres": _number(found.pain_free_metres, 0),
        "rests_needed": found.rests_needed,
    }


def walking(walks: Sequence[Walk], zone: Any) -> dict[str, Any] | None:
    """The walking log over the period: every walk, and the first and the latest
    pain-free minutes and metres; None when the log was not used."""
    if not walks:
        return None
    listed = [walk(found, zone) for found in walks]

    def first_and_latest(key: str) -> dict[str, Any]:
        known = [item for item in listed if item[key] is not None]
        return {
            "first": known[0][key] if known else None,
            "latest": known[-1][key] if known else None,
            "best": max(item[key] for item in known) if known else None,
        }

    return {
        "walks": len(listed),
        "pain_free_minutes": first_and_latest("pain_free_minutes"),
        "pain_free_metres": first_and_latest("pain_free_metres"),
        "list": listed,
    }


def report(
    records: Sequence[NightRecord],
    routine: NightsComparison,
    water: NightsComparison,
    trial: dict[str, Any] | None,
    made_at: datetime,
    first_use: datetime | None,
    monthly: Sequence[dict[str, Any]] = (),
    walks: Sequence[Walk] = (),
) -> dict[str, Any]:
    """The nights of a period (`records`, oldest first), the comparisons over their
    recorded nights, the personal trial (`trial_status`), the monthly questions'
    answers in the period (`coach.core.monthly.report_entry`, oldest first) and the
    walking log: what `report --json` prints and the report for the doctor carries."""
    recorded = [record for record in records if record.state == NightState.RECORDED]
    cramps = sum(record.cramps or 0 for record in recorded)
    return {
        "period": {
            "first": records[0].night.isoformat() if records else None,
            "last": records[-1].night.isoformat() if records else None,
            "days": len(records),
            "made_at": made_at.isoformat(timespec="seconds"),
            "first_use": None if first_use is None else first_use.isoformat(timespec="seconds"),
        },
        "method": translate("Report", METHOD),
        "not_a_diagnosis": translate("Report", NOT_A_DIAGNOSIS),
        "summary": {
            "recorded": len(recorded),
            "excluded": sum(record.state == NightState.EXCLUDED for record in records),
            "not_recorded": sum(record.state == NightState.NOT_RECORDED for record in records),
            "cramps": cramps,
            "cramps_a_night": _number(cramps / len(recorded)) if recorded else None,
            "routine_done": sum(record.routine_done is True for record in records),
            # Cramps in the day are no night cramps (not counted above), but a warning
            # sign worth the doctor's eye.
            "cramps_in_the_day": sum(record.day_cramps for record in records),
        },
        "nights": [night(record) for record in records],
        "comparisons": {"routine": comparison(routine), "water": comparison(water)},
        "trial": trial,
        "monthly_questions": list(monthly),
        "walking": walking(walks, made_at.tzinfo),
    }


def report_text(data: dict[str, Any]) -> str:
    """The report in sentences, for the terminal."""
    period, summary = data["period"], data["summary"]
    message = translate(
        "Commands",
        "From {first} to {last}: recorded nights: {recorded}; left out: {excluded}; "
        "not recorded: {not_recorded}; cramps on the recorded nights: {cramps}.",
    )
    lines = [message.format(**period, **summary)]
    if summary.get("cramps_in_the_day"):
        day = translate(
            "Commands",
            "Cramps in the day, not counted as night cramps: {count} (worth mentioning to "
            "your doctor).",
        )
        lines.append(day.format(count=summary["cramps_in_the_day"]))
    lines.append(data["comparisons"]["routine"]["sentence"])
    lines.append(data["comparisons"]["water"]["sentence"])
    if data["trial"] is not None:
        lines.append(data["trial"]["result"]["sentence"])
    for asked in data.get("monthly_questions", []):
        lines.append(monthly_text(asked))
    return "\n".join(lines)


def monthly_text(asked: dict[str, Any]) -> str:
    """One month's answers to the warning-sign questions, in a sentence."""
    if asked["skipped"]:
        message = translate("Commands", "Monthly questions on {day}: skipped.")
        return message.format(day=asked["asked_on"])
    yes = [asked["questions"][key] for key, value in asked["answers"].items() if value is True]
    if not yes:
        message = translate("Commands", "Monthly questions on {day}: no warning signs answered.")
        return message.format(day=asked["asked_on"])
    message = translate("Commands", "Monthly questions on {day}: yes to: {answers}")
    text = message.format(day=asked["asked_on"], answers=" ".join(yes))
    if asked["medicine"]:
        text += " " + translate("Commands", "Medicine: {medicine}.").format(
            medicine=asked["medicine"]
        )
    return text
