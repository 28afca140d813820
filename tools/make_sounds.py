"""Synthesise the cue sounds in assets/sounds/ (16-bit mono WAV). Run: python tools/make_sounds.py

Soft sine tones with a quick attack and a gentle decay. Hold rises to a high note and
rest falls to a low one, so the two are told apart with the eyes closed.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
PEAK = 0.32  # of full scale: soft, for a quiet bedroom
SOUNDS = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# name: [(frequency in Hz, start in s, length in s)]
CUES: dict[str, list[tuple[float, float, float]]] = {
    "hold-start": [(523.25, 0.0, 0.22), (783.99, 0.14, 0.38)],  # C5 then G5: up
    "rest-start": [(392.00, 0.0, 0.22), (261.63, 0.14, 0.42)],  # G4 then C4: down
    "tick": [(1046.50, 0.0, 0.07)],  # C6, short
    "step-done": [(523.25, 0.0, 0.25), (659.25, 0.09, 0.25), (783.99, 0.18, 0.35)],
    # The reminder: a soft descending bell, E5 then C5, that does not startle.
    "chime": [(659.25, 0.0, 0.9), (523.25, 0.35, 1.4)],
    "routine-done": [
        (523.25, 0.0, 0.5),
        (659.25, 0.16, 0.5),
        (783.99, 0.32, 0.6),
        (1046.50, 0.48, 0.9),
    ],
}


def tone(frequency: float, length: float) -> list[float]:
    samples = []
    for n in range(int(length * RATE)):
        t = n / RATE
        attack = min(1.0, t / 0.012)
        decay = math.exp(-4.0 * t / length)
        # A touch of the second harmonic makes it rounder than a bare sine.
        wave_value = math.sin(2 * math.pi * frequency * t) + 0.2 * math.sin(
            4 * math.pi * frequency * t
        )
        samples.append(attack * decay * wave_value / 1.2)
    return samples


def render(notes: list[tuple[float, float, float]]) -> list[float]:
    total = max(start + length for _, start, length in notes)
    mix = [0.0] * int(total * RATE + 1)
    for frequency, start, length in notes:
        offset = int(start * RATE)
        for i, value in enumerate(tone(frequency, length)):
            mix[offset + i] += value
    loudest = max(abs(v) for v in mix)
    return [v / loudest * PEAK for v in mix]


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes(b"".join(struct.pack("<h", round(v * 32767)) for v in samples))


def main() -> None:
    SOUNDS.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        write(SOUNDS / f"{name}.wav", render(notes))
        print(f"wrote {SOUNDS / name}.wav")


if __name__ == "__main__":
    main()
