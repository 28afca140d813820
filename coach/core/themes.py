"""The looks a person can pick (the setting `app.theme`, and `snapshot --theme`): apart
from the settings' model, so that the command line's parser needs no more than this."""

THEMES = ("system", "light", "dark", "night")
