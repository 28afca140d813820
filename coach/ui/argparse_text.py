"""argparse's own words ("usage:", "invalid int value", "positional arguments") in the
person's language.

argparse asks the `gettext` module for each of its messages, which would need a `.mo`
catalogue of its own; the app's translations are Qt's. So argparse's two look-ups
(`argparse._` and `argparse.ngettext`) are pointed at the app's translation, context
"argparse", where each message it shows a person is listed below for `lupdate`. No Qt.
"""

from __future__ import annotations

import argparse

from coach.core.text import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"
# argparse's messages that reach a person (Python 3.11 to 3.13), exactly as it spells
# them; the errors meant for programmers stay English.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
)


def argparse_text(message: str) -> str:
    """argparse's `message` as the app's translation has it (English if it has none)."""
    # lupdate keeps no line ends in a message: the one at the end is kept here.
    body, end = (message[:-1], "\n") if message.endswith("\n") else (message, "")
    return translate(CONTEXT, body) + end


def argparse_plural(singular: str, plural: str, count: int) -> str:
    return argparse_text(singular if count == 1 else plural)


def speak_the_apps_language() -> None:
    """Make argparse's messages from now on in the language the app speaks."""
    argparse._ = argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = argparse_plural  # type: ignore[attr-defined]
