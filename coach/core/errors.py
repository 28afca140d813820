"""The two ways a request can fail, which every layer raises and the command line, the
tray and the window each say in a sentence. Here, apart from the journal that raises
most of them, so that what only catches them (the command line) loads nothing else."""


class RefusedError(ValueError):
    """Not allowed; the message is the sentence that says what is."""


class NotSavedError(RuntimeError):
    """A write that did not land (a full disk, a read-only folder); the message says so.
    What was saved before is unchanged."""
