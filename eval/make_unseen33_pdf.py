"""Write the PDF file of the thirty-third fresh dev set with fpdf2:

eval/unseen33/Sadvakasova_Kandas-resettlement_APMW2025_slides.pdf — a (fictional) demographer's slide deck at a
(fictional) conference, the Fifth Astana Population and Migration Workshop, as LaTeX's beamer class would set it with
the default theme, the "infolines" outer theme and a 16:9 page: nineteen slides of 160 × 90 mm, one a page. On every
slide but the title slide a headline of the five sections (the navigation bar, one line), a frame title in a band,
bullets marked by small triangles drawn as shapes (so that, as in beamer, the marks are not text), and a footline of
three boxes: the speaker with her institute, the short title, the date with the slide number "N / 19" (pypdf gives the three boxes as one line). The title slide
has the title over two lines, a subtitle, the speaker, her institute, the workshop and the date, and the institute's
logo line; slide 2 is an outline of the five sections; the last slide is "Thank you" / "Questions?" with a contact line.
The file's metadata title is the deck's title, its creator and producer those a LaTeX run gives.

The texts are written for this set; the speaker, her institute, the workshop and all figures are fictional (the
kandas status, the resettlement quota regions, the Otandastar foundation, the Ministry of Labour and Social Protection
of the Population and the countries named are real, but what is said of them here is invented). Lines are filled
greedily, left-aligned, in DejaVu Sans (beamer's sans serif), with no hyphenation. Slides are written in reading order,
which is the order pypdf extracts (the headline first, the footline last).
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen33_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen33"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
OUT = HERE / "Sadvakasova_Kandas-resettlement_APMW2025_slides.pdf"

TITLE = "Coming Home, Unevenly: Kandas Resettlement and Kazakhstan's Diaspora Diplomacy"
TITLE_LINES = ["Coming Home, Unevenly: Kandas Resettlement", "and Kazakhstan's Diaspora Diplomacy"]
SUBTITLE = "Flows, source countries and policy, 1991–2025"
SPEAKER = "Aigerim Sadvakasova"
INSTITUTE = "Institute for Demographic Research, Almaty"
EVENT = "Fifth Astana Population and Migration Workshop"
DATE = "Astana, 4 December 2025"
LOGO = "IDR | Institute for Demographic Research"
FOOT_LEFT = "A. Sadvakasova (IDR Almaty)"
FOOT_MID = "Kandas resettlement"
FOOT_DATE = "4 December 2025"
SECTIONS = ["Background", "Flows", "Source countries", "Policy", "Outlook"]

# (section index, frame title, bullets); a bullet starting with "- " is a sub-bullet
SLIDES: list[tuple[int, str, list[str]]] = [
    (0, "Why kandas matter for a country of 20 million", [
        "Kazakhstan's population reached 20.3 million on 1 October 2025",
        "Since 1991 about 1,138,000 ethnic Kazakhs have come back with kandas status",
        "That is roughly one resident in eighteen, and more in some southern districts",
        "Resettlement is both a demographic policy and a quiet instrument of foreign policy",
        "It depends on the goodwill of five governments that control the exits",
    ]),
    (0, "Definitions and data used", [
        "Kandas: an ethnic Kazakh from abroad who receives the status for one year",
        "Status is followed by a simplified path to citizenship and a residence permit",
        "Data: the migration registry of the Ministry of Labour, 2015–2025",
        "Plus 46 interviews with families in Kostanay, Pavlodar and Turkestan regions",
        "Figures for 2025 cover January to September only",
    ]),
    (1, "Arrivals by year: a peak, then a slide", [
        "2021: 11,700 people with kandas status",
        "2022: 15,900, the highest in a decade",
        "2023: 17,100, driven by arrivals from Russia after the mobilisation",
        "2024: 13,600",
        "January–September 2025: 9,800, on course for the lowest year since 2020",
    ]),
    (1, "Who comes: younger than the country", [
        "Median age of arrivals in 2024: 27 years, against 31 for the whole population",
        "Women's fertility among kandas estimated at about 3.3 children",
        "Families arrive with 4.1 members on average",
        "Two thirds of adults of working age, but 38 percent without a recognised diploma",
        "Employment rate one year after arrival: 61 percent",
    ]),
    (2, "Uzbekistan: the largest source by far", [
        "Half of all arrivals since 1991 came from Uzbekistan",
        "In 2025 so far 5,100 people, mostly from Karakalpakstan, Navoi and Bukhara",
        "Neither state allows dual citizenship: the Uzbek passport must be renounced",
        "Renouncing it on the Uzbek side can take up to 11 months",
        "The issue is handled in the consular working group, not at summits",
    ]),
    (2, "China: a source that has nearly closed", [
        "Roughly 1.5 million ethnic Kazakhs live in China, most of them in Xinjiang",
        "Since 2017 leaving for Kazakhstan has become much harder",
        "Arrivals from China in 2025 so far: 1,050 people",
        "Beijing does not publish how many have applied to leave",
        "Astana raises individual cases through diplomatic channels, not in public",
    ]),
    (2, "Mongolia: close ties, frequent returns", [
        "Arrivals from Mongolia in 2025 so far: 880 people",
        "Most come from Bayan-Ölgii and settle in the east of Kazakhstan",
        "In our sample about one in six families had gone back within five years",
        "Seasonal back-and-forth is common: herds and relatives stay in Mongolia",
        "- Mongolia allows its citizens to keep property after they leave",
    ]),
    (2, "Turkmenistan and Russia", [
        "Turkmenistan: 1,400 arrivals in 2025 so far, mostly from Balkan region",
        "Ashgabat has not answered Astana's 2024 proposal to simplify renunciation",
        "Russia: Kazakhs of Orenburg, Astrakhan and Omsk regions",
        "Arrivals from Russia jumped to 2,900 in 2023 and fell to 740 in 2025",
        "Moscow raises no objection, but keeps quiet about the numbers",
    ]),
    (3, "Where the state wants them, where they go", [
        "Government quota for 2025: 2,700 families in the northern and eastern regions",
        "Quota regions: Akmola, Abai, East, North Kazakhstan, Pavlodar, Kostanay and others",
        "Yet 57 percent of arrivals still settle in Almaty, Turkestan or Mangystau",
        "Relocation grant: 70 monthly calculation indices for the head of the family",
        "- plus 45 indices for each other member and rent support for one year",
    ]),
    (3, "Citizenship and status", [
        "Average wait for citizenship in 2024: 4.5 months after the application",
        "About 7 percent of applications were refused in 2024–2025",
        "Refusals mostly over documents from the country of origin",
        "The one-year status may be extended once if the papers are still pending",
        "- the number of extensions granted is not published",
    ]),
    (3, "Money", [
        "Resettlement budget for 2025: 19.6 billion tenge",
        "Most of it pays grants and rent support in the quota regions",
        "How much of it went to housing in the north has not been published",
        "Employers in the quota regions get a wage subsidy for up to 24 months",
        "Language courses are funded separately by the regions",
    ]),
    (3, "Diaspora diplomacy", [
        "Astana counts about 3.8 million ethnic Kazakhs living abroad",
        "The Otandastar foundation runs 11 Kazakh language centres abroad",
        "Its budget for 2025: 2.1 billion tenge",
        "Message abroad: a homeland open to return, not a claim on neighbours",
        "Careful wording with China, Russia and Uzbekistan alike",
    ]),
    (3, "Integration gaps", [
        "Diploma recognition: teachers and nurses wait longest",
        "Many older arrivals read only Arabic-based or Latin-based Kazakh script",
        "Russian-language workplaces in the north slow down integration",
        "Children adapt quickly: 92 percent enrolled in school within three months",
        "- in our interviews, housing was named as the first problem by 29 of 46 families",
    ]),
    (4, "Scenarios to 2030", [
        "Low: 7,000 arrivals a year if exits from China and Turkmenistan stay closed",
        "Middle: 8,000 to 10,000 a year, our central estimate",
        "High: 14,000 a year only with a deal on renunciation with Uzbekistan",
        "Net effect on the north stays small without housing",
        "- northern regions lost 1.2 percent of their population in 2020–2024",
    ]),
    (4, "What is still open", [
        "The resettlement concept for 2026–2030 is in draft and not yet approved",
        "No target number of arrivals has been set for 2026",
        "The quota for 2026 will be fixed by government decree, date unknown",
        "No data yet on kandas who leave Kazakhstan again",
        "- the ministry says such a count is being prepared",
    ]),
    (4, "Recommendations", [
        "Publish monthly arrivals by country and region",
        "Agree consular protocols on renunciation with Uzbekistan and Turkmenistan",
        "Tie the relocation grant to housing actually available in the north",
        "Recognise diplomas through a fast track for teachers and nurses",
        "Track departures as well as arrivals",
    ]),
]
CONTACT = "a.sadvakasova@idr-almaty.kz · idr-almaty.kz"

N = len(SLIDES) + 3
W, H = 160.0, 90.0
BLUE = (51, 51, 178)
DARK = (35, 35, 110)
LIGHT = (220, 220, 245)


class Deck(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format=(H, W))
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))

    def text_at(self, x: float, y: float, text: str, size: float, style: str = "", color=(0, 0, 0)) -> None:
        self.set_font("Sans", style, size)
        self.set_text_color(*color)
        self.text(x, y, text)

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        self.set_font("Sans", "", size)
        lines, cur = [], ""
        for word in text.split():
            trial = f"{cur} {word}".strip()
            if self.get_string_width(trial) <= width:
                cur = trial
            else:
                lines.append(cur)
                cur = word
        return [*lines, cur]

    def headline(self, current: int) -> None:
        """The navigation bar: the five sections as one text object, so that pypdf gives one line (the current
        section is not marked, as the text of beamer's bar does not change)."""
        self.set_fill_color(*DARK)
        self.rect(0, 0, W, 5.5, "F")
        line = "    ".join(SECTIONS)
        self.text_at(4.0, 3.8, line, 6, "", (255, 255, 255))

    def footline(self, n: int) -> None:
        y = H - 4.5
        self.set_fill_color(*DARK)
        self.rect(0, y, W / 3, 4.5, "F")
        self.set_fill_color(*BLUE)
        self.rect(W / 3, y, W / 3, 4.5, "F")
        self.set_fill_color(*LIGHT)
        self.rect(2 * W / 3, y, W / 3, 4.5, "F")
        self.text_at(6, y + 3.1, FOOT_LEFT, 5.5, "", (255, 255, 255))
        self.text_at(W / 3 + 14, y + 3.1, FOOT_MID, 5.5, "", (255, 255, 255))
        self.text_at(2 * W / 3 + 6, y + 3.1, f"{FOOT_DATE}        {n} / {N}", 5.5, "", DARK)

    def frame_title(self, title: str) -> None:
        self.set_fill_color(*LIGHT)
        self.rect(0, 5.5, W, 10, "F")
        self.text_at(5, 12.4, title, 11, "", BLUE)

    def triangle(self, x: float, y: float, s: float = 1.8) -> None:
        self.set_fill_color(*BLUE)
        self.polygon([(x, y - s / 2), (x, y + s / 2), (x + s * 0.9, y)], style="F")

    def bullets(self, items: list[str]) -> None:
        y = 24.0
        size = 9
        for item in items:
            sub = item.startswith("- ")
            text = item[2:] if sub else item
            x = 14.0 if sub else 9.0
            s = size - 1 if sub else size
            if sub:
                self.set_fill_color(*BLUE)
                self.ellipse(x - 3.2, y - 1.5, 1.2, 1.2, "F")
            else:
                self.triangle(x - 4.2, y - 1.1)
            for line in self.wrap(text, W - x - 8, s):
                self.text_at(x, y, line, s)
                y += 4.6
            y += 3.2


def main() -> None:
    pdf = Deck()
    pdf.set_title(TITLE)
    pdf.set_author(SPEAKER)
    pdf.set_subject(EVENT)
    pdf.set_creator("LaTeX with Beamer class")
    pdf.set_producer("pdfTeX-1.40.25")
    pdf.set_creation_date(dt.datetime(2025, 12, 3, 22, 14, 5, tzinfo=dt.timezone.utc))

    # 1: the title slide
    pdf.add_page()
    pdf.set_fill_color(*LIGHT)
    pdf.rect(14, 14, W - 28, 22, "F")
    pdf.text_at(20, 23, TITLE_LINES[0], 12.5, "", BLUE)
    pdf.text_at(20, 30, TITLE_LINES[1], 12.5, "", BLUE)
    pdf.text_at(20, 42, SUBTITLE, 9, "I")
    pdf.text_at(20, 52, SPEAKER, 9.5)
    pdf.text_at(20, 58, INSTITUTE, 7.5)
    pdf.text_at(20, 67, EVENT, 8)
    pdf.text_at(20, 73, DATE, 8)
    pdf.text_at(W - 64, H - 8, LOGO, 6, "B", DARK)

    # 2: the outline
    pdf.add_page()
    pdf.headline(-1)
    pdf.frame_title("Outline")
    y = 26.0
    for i, name in enumerate(SECTIONS, 1):
        pdf.set_fill_color(*BLUE)
        pdf.ellipse(9, y - 3, 4, 4, "F")
        pdf.text_at(10.1, y - 0.1, str(i), 6.5, "B", (255, 255, 255))
        pdf.text_at(16, y, name, 9.5)
        y += 9
    pdf.footline(2)

    for n, (section, title, items) in enumerate(SLIDES, 3):
        pdf.add_page()
        pdf.headline(section)
        pdf.frame_title(title)
        pdf.bullets(items)
        pdf.footline(n)

    # the last slide
    pdf.add_page()
    pdf.headline(4)
    pdf.frame_title("Thank you")
    pdf.text_at(58, 44, "Questions?", 16, "", BLUE)
    pdf.text_at(40, 58, CONTACT, 8)
    pdf.footline(N)
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
