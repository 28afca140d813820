"""About the advice: each part of the routine and each tip, with its source; the
warning signs; the notice. In the app's own plain words, as shared/HEALTH.md lays out."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from coach.core.text import translate
from coach.ui.live_journal import LiveJournal
from coach.ui.pages import Page


def notice() -> str:
    """The notice shown on first start and on the health page."""
    return translate(
        "Health",
        "Bedtime Coach gives general information about stretching and sleep habits. It is "
        "not medical advice, and it does not diagnose or treat anything. Night cramps are "
        "usually harmless, but they can be linked to other conditions or to medicines. "
        "Talk to a doctor before taking supplements or starting a new exercise programme, "
        "especially with heart, kidney or circulation problems, diabetes, pregnancy or "
        "blood thinners. Stop any exercise that hurts sharply. With a warning sign, stop "
        "and get medical help.",
    )


def advice() -> list[tuple[str, str, str]]:
    """(title, what the app does and why, sources)."""
    return [
        (
            translate("Health", "The wall calf stretch"),
            translate(
                "Health",
                "Hands on the wall, the back leg straight with its heel on the floor, the "
                "front knee bent: hold 10 seconds, rest 5, three times for each leg. The "
                "back leg is the one being stretched. You can change the times in the "
                "settings; the trial below did one round a night.",
            ),
            "Hallegraeff et al., Journal of Physiotherapy 2012 (PubMed 22341378).",
        ),
        (
            translate("Health", "The trial protocol"),
            translate(
                "Health",
                "Calf and hamstring stretches for each leg, hold 10 seconds, rest 10, three "
                "times, just before sleep: about 3 minutes in all. In a trial of 80 adults "
                "over 55, people who did this for six weeks had about one cramp a night "
                "fewer than those who did not, and less pain. Stretch to a moderate, not a "
                "painful, intensity, and breathe calmly.",
            ),
            "Hallegraeff et al., Journal of Physiotherapy 2012 (PubMed 22341378).",
        ),
        (
            translate("Health", "How sure is this? The evidence is mixed"),
            translate(
                "Health",
                "Stretching before sleep stays the app's routine, but be clear about how "
                "little is known. A Cochrane review (2021) found only three small trials, "
                "201 people in all: stretching may make cramps less severe, with low "
                "certainty; a 2005 trial of calf stretching alone found no effect. Cramps "
                "also come and go by themselves: in one trial they fell by about 40% on a "
                "dummy pill. So nights after the routine against other nights cannot show "
                "that it works for you; the personal trial ('Find out for yourself') comes "
                "closer.",
            ),
            "Cochrane review CD008496 (2021); Coppin et al. 2005; Roguin Maor et al., JAMA "
            "Internal Medicine 2017; Woodfield et al., BJGP 2005.",
        ),
        (
            translate("Health", "A short, slow walk"),
            translate(
                "Health",
                "Two minutes of slow walking to loosen up. There is no trial of it; it is "
                "harmless, and often suggested as a warm-up.",
            ),
            "Mayo Clinic: night leg cramps.",
        ),
        (
            translate("Health", "A calf massage"),
            translate(
                "Health",
                "Knead each calf gently. Massage is widely advised; a warm bath or shower "
                "works too. There is no evidence for warming ointments, so they are optional.",
            ),
            "Mayo Clinic; NICE Clinical Knowledge Summaries: leg cramps.",
        ),
        (
            translate("Health", "In bed"),
            translate(
                "Health",
                "Avoid lying for long with your toes pointed, and keep the covers loose at "
                "the foot of the bed. (Advice not to sleep on your stomach has no good source.)",
            ),
            "Mayo Clinic: night leg cramps.",
        ),
        (
            translate("Health", "Water"),
            translate(
                "Health",
                "6 to 8 glasses a day is the usual advice for your health in general, unless "
                "your doctor has limited your fluids. It is not a way to prevent cramps: "
                "reviews find no link between how much you drink and night cramps, and "
                "cramps are rarely caused by a lack of salts. The water checklist is there "
                "for your health, not for the cramps.",
            ),
            "NHS: water, drinks and your health; Allen & Kirby, AFP 2012.",
        ),
        (
            translate("Health", "During a cramp"),
            translate(
                "Health",
                "Sit with the leg straight, loop a towel around the ball of the foot and pull "
                "your toes towards you until the cramp passes; then walk a few steps and "
                "massage the calf.",
            ),
            "Mayo Clinic; NICE CKS: leg cramps.",
        ),
        (
            translate("Health", "What the app does not recommend"),
            translate(
                "Health",
                "Ask a doctor before any supplement. Adults need about 1,000-1,200 mg of "
                "calcium a day in all, and no more than 2,000 mg after 50. Vitamin E has no "
                "good evidence for cramps and high doses carry risks. Do not sleep with your "
                "feet raised above your head: with poor circulation in the legs it can make "
                "night pain worse.",
            ),
            "Institute of Medicine 2011; NIH ODS vitamin E.",
        ),
        (
            translate("Health", "Magnesium"),
            translate(
                "Health",
                "Magnesium did no better than a placebo for cramps like these in a Cochrane "
                "review of the trials, so the app does not suggest it.",
            ),
            "Cochrane review CD009402 (2020).",
        ),
        (
            translate("Health", "Quinine"),
            translate(
                "Health",
                "Quinine helps a little but can cause serious harm (to the blood and the "
                "heart rhythm, among others). Regulators warn against it for leg cramps, so "
                "quinine is not advised for routine use.",
            ),
            "AAN 2010 guideline; FDA warnings on quinine for leg cramps.",
        ),
        (
            translate("Health", "Vitamin K2: one new trial"),
            translate(
                "Health",
                "A randomised trial in 2024 of vitamin K2 (180 micrograms nightly) against a "
                "placebo in people over 65 reported fewer cramps. It is a single trial, and "
                "it left out people on diuretics or on blood thinners such as warfarin. "
                "Vitamin K works against some blood thinners. The app reports this trial and "
                "recommends no supplement: ask your doctor.",
            ),
            "Tan et al., JAMA Internal Medicine 2024.",
        ),
        (
            translate("Health", "Medicines that can cause cramps"),
            translate(
                "Health",
                "Some medicines are known to bring on cramps: diuretics, statins, "
                "long-acting inhalers for the lungs (beta-agonists), some blood pressure "
                "medicines (calcium-channel blockers), raloxifene and others. If your cramps "
                "started or got worse with a new medicine, tell your doctor; do not stop a "
                "medicine on your own.",
            ),
            "Allen & Kirby, AFP 2012; NICE CKS: leg cramps.",
        ),
        (
            translate("Health", "Pain when walking that eases with rest"),
            translate(
                "Health",
                "Calf or hip pain that comes on when you walk and goes when you rest needs a "
                "doctor first. Then a walking plan helps: walk until the pain is moderate, "
                "rest until it goes, go on; 30-45 minutes at least 3 times a week for 12 weeks "
                "(NICE advises supervised exercise, about 2 hours a week for 3 months). The "
                "walking log keeps how far, or how long, you walked before the pain began: "
                "what these programmes track.",
            ),
            "NHS: peripheral arterial disease; NICE; AHA/ACC 2016; SVS 2015.",
        ),
    ]


def warning_signs() -> list[str]:
    return [
        translate(
            "Health",
            "Get help at once: a cramp that lasts more than 10 minutes and does not ease; one "
            "calf that is painful, swollen, warm and red (call emergency services if you are "
            "breathless or have chest pain); a leg that suddenly goes cold, numb or cannot "
            "move; pain in the leg at rest that keeps getting worse.",
        ),
        translate(
            "Health",
            "See a doctor: cramps that keep disturbing your sleep; numbness or swelling; muscle "
            "weakness; cramps that started with a new medicine, such as a statin or a "
            "diuretic; calf pain on walking that eases with rest, especially with diabetes, "
            "smoking, high blood pressure or high cholesterol.",
        ),
    ]


def as_html() -> str:
    # Translated outside the f-strings: lupdate does not look inside them.
    heading = translate("Health", "About the advice")
    signs = translate("Health", "Warning signs")
    cited = translate("Health", "Source: {source}")
    parts = [f"<h2>{heading}</h2>", f"<p><b>{notice()}</b></p>", f"<h3>{signs}</h3>"]
    parts += [f"<p>{sign}</p>" for sign in warning_signs()]
    for title, text, source in advice():
        parts.append(f"<h3>{title}</h3><p>{text}</p><p><i>{cited.format(source=source)}</i></p>")
    return "\n".join(parts)


class HealthPage(Page):
    def __init__(self, live: LiveJournal) -> None:
        super().__init__(live)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(as_html())
        self.text.setAccessibleName(translate("Health", "About the advice"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
