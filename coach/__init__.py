"""Bedtime Coach: a bedtime stretching coach for people with night-time leg cramps."""

__version__ = "0.1.0"
