"""The shipped routines' texts, for pyside6-lupdate, which cannot read TOML.

Written by tools/routine_text.py from coach/routines/; do not edit.
"""

from coach.core.text import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP("Routine", "Cramp relief"),
    QT_TRANSLATE_NOOP("Routine", "For a cramp in the night: a towel stretch until it eases, a few steps, a gentle massage."),
    QT_TRANSLATE_NOOP("Routine", "Towel stretch"),
    QT_TRANSLATE_NOOP("Routine", "Sit with the cramping leg straight out in front of you. Loop a towel (or a belt) around the ball of the foot and gently pull your toes towards you until the cramp eases."),
    QT_TRANSLATE_NOOP("Routine", "A few steps"),
    QT_TRANSLATE_NOOP("Routine", "Stand up carefully and walk a few slow steps, putting your weight on the leg that cramped."),
    QT_TRANSLATE_NOOP("Routine", "Walk"),
    QT_TRANSLATE_NOOP("Routine", "Gentle massage"),
    QT_TRANSLATE_NOOP("Routine", "Sit down and gently knead the calf that cramped, from the ankle up towards the knee."),
    QT_TRANSLATE_NOOP("Routine", "Massage"),
    QT_TRANSLATE_NOOP("Routine", "When to get help"),
    QT_TRANSLATE_NOOP("Routine", "Get medical help at once if a cramp lasts more than 10 minutes and does not ease, or if one calf is painful, swollen, warm and red. Otherwise, back to bed: keep the sheets loose at the foot of the bed."),
    QT_TRANSLATE_NOOP("Routine", "Evening routine"),
    QT_TRANSLATE_NOOP("Routine", "Wall calf stretch for each leg, a slow walk, a calf massage and a tip for bed."),
    QT_TRANSLATE_NOOP("Routine", "Wall calf stretch, left leg"),
    QT_TRANSLATE_NOOP("Routine", "Face a wall and put both hands on it at chest height. Put your right foot about 2 ft (60 cm) from the wall and your left foot about 3 ft (90 cm) back. Bend the right knee, keep the left leg straight and its heel on the floor, and lean in until you feel a gentle stretch in the left calf. Breathe calmly; it should never hurt."),
    QT_TRANSLATE_NOOP("Routine", "Wall calf stretch, right leg"),
    QT_TRANSLATE_NOOP("Routine", "Now the other way round: left foot about 2 ft (60 cm) from the wall, right foot about 3 ft (90 cm) back. Bend the left knee, keep the right leg straight and its heel on the floor, and lean in until you feel a gentle stretch in the right calf."),
    QT_TRANSLATE_NOOP("Routine", "A short, slow walk"),
    QT_TRANSLATE_NOOP("Routine", "Walk slowly around the room. Don't overdo it: this is to loosen up, not to exercise."),
    QT_TRANSLATE_NOOP("Routine", "Calf massage, left leg"),
    QT_TRANSLATE_NOOP("Routine", "Sit down and gently knead your left calf with both hands, working from the ankle up towards the knee. A warming ointment is optional; a warm bath or shower works too."),
    QT_TRANSLATE_NOOP("Routine", "Calf massage, right leg"),
    QT_TRANSLATE_NOOP("Routine", "Now the right calf: knead it gently with both hands, from the ankle up towards the knee."),
    QT_TRANSLATE_NOOP("Routine", "In bed"),
    QT_TRANSLATE_NOOP("Routine", "Try not to lie for long with your toes pointed. Keep the sheets and blankets loose at the foot of the bed so they don't push your feet down. Sleep well."),
    QT_TRANSLATE_NOOP("Routine", "Trial protocol (calf and hamstring)"),
    QT_TRANSLATE_NOOP("Routine", "The stretches of the 2012 trial in older adults: calf and hamstring, each leg, hold 10 s, rest 10 s, 3 times. About 4 minutes, just before sleep."),
    QT_TRANSLATE_NOOP("Routine", "Standing calf stretch, left leg"),
    QT_TRANSLATE_NOOP("Routine", "Hands on the wall at chest height, right foot forward with the knee bent, left leg back and straight with its heel on the floor. Lean in to a moderate stretch in the left calf, not a painful one, and breathe calmly."),
    QT_TRANSLATE_NOOP("Routine", "Standing calf stretch, right leg"),
    QT_TRANSLATE_NOOP("Routine", "Left foot forward with the knee bent, right leg back and straight with its heel on the floor. Lean in to a moderate stretch in the right calf and breathe calmly."),
    QT_TRANSLATE_NOOP("Routine", "Standing hamstring stretch, left leg"),
    QT_TRANSLATE_NOOP("Routine", "Put your left heel on a low step with the knee straight. Keeping your back straight, hinge forward from the hips until you feel a moderate stretch at the back of the left thigh. Hold on to something steady if you need to."),
    QT_TRANSLATE_NOOP("Routine", "Standing hamstring stretch, right leg"),
    QT_TRANSLATE_NOOP("Routine", "Now the right heel on the step, knee straight. Hinge forward from the hips, back straight, until you feel a moderate stretch at the back of the right thigh."),
)
