"""Where the app keeps things on disk: folders, the settings file, the history database."""
