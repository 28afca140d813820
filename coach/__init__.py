"""Bedtime Coach: a bedtime stretching coach for people with night-time leg cramps."""

__version__ = "0.2.0"
# The desktop's name for the app: the menu entry's file, the icon, the AppStream id, the
# Flatpak id and the Wayland app id. The command stays `bedtime-coach`, and so does the
# X11 window class (the menu entry's StartupWMClass).
APP_ID = "io.github.bedtime_coach.BedtimeCoach"
