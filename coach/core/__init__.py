"""The app's decisions, in pure Python: no Qt, no files, no wall clock but `Clock`."""
