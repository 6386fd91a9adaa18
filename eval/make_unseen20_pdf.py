"""Write the two PDF files of the twentieth fresh dev set with fpdf2:

eval/unseen20/JCCAA_7-4_211-214_Seitova-Kamali-Vinokurov_sturgeon-quotas.pdf, an academic journal article in English:
the first page has the journal's name, a volume-and-pages line, a DOI line, the title, the authors with superscript marks,
their affiliations, a corresponding-author line, the article's history, an abstract in a shaded box and a "Keywords:"
line across the full width, then the text in two columns; from page 2 a running head that alternates between the
journal's name and volume (even pages) and a short title in capitals (odd pages); a bare page number (211, 212, …) in
the footer of every page; numbered section headings; words hyphenated at the ends of the
columns' lines ("scien-" / "tists"); a table and a bar chart inside a column; back-matter statements, a "References"
list, "Notes on contributors" and a licence line at the end.

eval/unseen20/Минтранс России презентация Восточный маршрут МТК Север — Юг 04.12.2025.pdf, a Russian ministry's slide
deck: ten landscape slides, a title slide, eight slides of a title over short bullet lines (one of them a table), a last
slide «Спасибо за внимание!» with contacts, and on every slide the ministry's and the event's footer and "N / 10".

The texts are written for the twentieth fresh dev set; the journal, its authors, the ministry's speaker, quotes and
figures are fictional (real places and institutions are named, but what they do here is invented). The journal's
columns are laid out here line by line: words are measured with fpdf2, a line is filled greedily, and a word that does
not fit is broken at one of the break points listed in HYPHENS when its first part fits, with a hyphen at the end of
the line. The text is left-aligned, with DejaVu fonts so that typographic quotes, dashes and superscripts are text.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen20_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen20"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
ARTICLE = HERE / "JCCAA_7-4_211-214_Seitova-Kamali-Vinokurov_sturgeon-quotas.pdf"
DECK = HERE / "Минтранс России презентация Восточный маршрут МТК Север — Юг 04.12.2025.pdf"

# --------------------------------------------------------------------------- the journal article

JOURNAL = "Journal of Caspian and Central Asian Affairs"
VOLUME = "Vol. 7, No. 4 (2025), pp. 211–214"
DOI = "https://doi.org/10.48233/jccaa.2025.7.4.211"
KIND = "RESEARCH ARTICLE"
TITLE = "Quotas before Caviar: Sturgeon Management among the Caspian States after the Aktau Protocol"
SHORT_TITLE = "STURGEON QUOTAS AFTER THE AKTAU PROTOCOL"
EVEN_HEAD = "Journal of Caspian and Central Asian Affairs · Vol. 7, No. 4 (2025)"
AUTHORS = "Aigerim Seitova¹, Reza Kamali² and Oleg Vinokurov³"
AFFILIATIONS = [
    "¹ Institute of Caspian Studies, Atyrau, Kazakhstan",
    "² Department of Fisheries, University of Mazandaran, Babolsar, Iran",
    "³ Astrakhan State Technical University, Astrakhan, Russia",
]
CORRESPONDING = "Corresponding author: a.seitova@ics-atyrau.kz"
HISTORY = "Received 12 August 2025 · Accepted 3 November 2025 · Published online 15 December 2025"
ABSTRACT = (
    "In October 2025 the five Caspian states signed the Aktau Protocol, which extends the moratorium on commercial "
    "sturgeon fishing and, for the first time since 2011, sets a joint scientific catch quota. This article reviews "
    "how the quota was divided, what the littoral states promised to release from their hatcheries and how far the "
    "new rules reach the caviar trade, which now rests almost entirely on aquaculture. Using survey data, customs "
    "statistics and interviews with officials in Atyrau, Astrakhan, Babolsar and Baku, we argue that the protocol is "
    "a modest gain for cooperation but leaves the most important question, how much poaching still supplies the "
    "market, without an answer."
)
KEYWORDS = "Keywords: sturgeon; caviar; Caspian Sea; fisheries cooperation; CITES; aquaculture; Kazakhstan; Iran"

# (heading, paragraphs); "TABLE" marks where the table goes
SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Introduction", [
        ("Few species tie the five Caspian states together as closely as sturgeon. The fish spawn in the Volga, the "
         "Ural, the Kura and the Sefidrud, feed across the whole sea and cross every maritime line the states have "
         "drawn. When catches collapsed in the 1990s, the littoral governments learnt that no one of them could "
         "protect the stocks alone, and in 2011 they agreed to stop commercial fishing altogether."),
        ("That moratorium has been renewed several times, but until 2025 it said nothing about how much fish "
         "scientists could take for monitoring and broodstock, and each state set its own figure. The result was a "
         "patchwork that made the ban hard to enforce: a sturgeon landed in one country as a research fish could be "
         "sold in another as caviar."),
    ]),
    ("2. From moratorium to quotas", [
        ("The Aktau Protocol was signed on 16 October 2025 at the twelfth session of the Commission on Aquatic "
         "Bioresources of the Caspian Sea. It extends the ban on commercial fishing until the end of 2030 and "
         "introduces a joint scientific catch quota of 42 tonnes for 2026, divided among the five states as shown in "
         "Table 1. Every fish taken under the quota must carry a numbered tag, and a tissue sample of it must be "
         "entered in a shared genetic register that the states are to set up by 2027."),
        ("The protocol does not say where the register will be kept or who will pay for it. Officials we "
         "interviewed in Baku and Astrakhan confirmed that its cost has not been agreed; Kazakhstan and Iran have "
         "each offered to host it."),
    ]),
    ("3. The quota and the hatcheries", [
        ("The division of the quota followed each state's share of the joint trawl survey rather than the length of "
         "its coast, which is why Russia, with the largest survey effort on the northern shelf, received the largest "
         "part. Turkmenistan, which took part in the survey only in 2024, received the smallest."),
        "TABLE",
        "FIGURE",
        ("The release commitments are the protocol's second pillar. Together the states promise to release 76.5 "
         "million juvenile sturgeon a year, about a third more than the average of the past five years. Most of the "
         "increase comes from the Volga hatcheries; Kazakhstan's commitment depends on a new hatchery near Atyrau "
         "that is due to open in 2026. Turkmenistan has never published the output of its hatchery on the Atrek, so "
         "its commitment cannot yet be checked against past releases."),
    ]),
    ("4. The stock and the caviar trade", [
        ("The joint trawl survey of 2024 estimated the stock of Russian sturgeon in the sea at about 5.1 million "
         "fish, against roughly 36 million in 1990. For beluga, the largest and most valuable species, the survey "
         "caught too few fish for any estimate, and the commission has published none since 2019."),
        ("The legal caviar trade now rests on aquaculture. Kazakhstan's farms exported 14.2 tonnes of caviar in "
         "2024, mostly to the United Arab Emirates and China, at an average declared price of 780 dollars a "
         "kilogram. The protocol commits the states to mark every tin of farmed caviar with a code that traces it "
         "to its farm and its female fish, a rule that goes further than the labelling system of CITES."),
    ]),
    ("5. Enforcement and the data gap", [
        ("Poaching has not stopped. In 2024 Kazakhstan's fisheries inspectorate seized 3.8 tonnes of illegally "
         "caught sturgeon and 410 kilograms of caviar in the Atyrau and Mangystau regions. None of the states "
         "publishes an estimate of how much illegal caviar reaches the market."),
        ("The protocol creates a joint inspection group that may board fishing vessels of any party in the presence "
         "of the flag state's inspectors. Its first patrol is planned for the northern Caspian in 2026."),
    ]),
    ("6. Conclusions", [
        ("The Aktau Protocol turns a ban into a managed quota, and it gives the five states a common register and "
         "common labels for the first time. Its weakness is that of the moratorium it extends: without shared data "
         "on illegal catches, the states cannot tell whether the fish are recovering or whether the market has "
         "simply moved underground."),
    ]),
]
TABLE_CAPTION = "Table 1. Scientific catch quota for 2026 and yearly releases promised under the protocol"
TABLE_ROWS = [
    ("State", "Quota, t", "Juveniles, mln"),
    ("Russia", "12.0", "40.0"),
    ("Iran", "10.5", "20.0"),
    ("Kazakhstan", "9.5", "8.0"),
    ("Azerbaijan", "5.5", "6.0"),
    ("Turkmenistan", "4.5", "2.5"),
    ("Total", "42.0", "76.5"),
]
TABLE_SOURCE = "Source: Aktau Protocol, annexes 1 and 2."
BACK_MATTER = [
    "Acknowledgements: We thank the fisheries officials in four countries who agreed to be interviewed.",
    "Funding: This research was supported by the Caspian Research Fund (grant CRF-2025-08).",
    "Conflict of interest: The authors declare none.",
    "Data availability: The survey data are available from the corresponding author on request.",
]
REFERENCES = [
    ("Abdullayev, R. (2022). Sturgeon hatcheries of the Kura basin: Output and survival, 2010–2020. Caspian "
     "Fisheries Bulletin, 14(2), 33–51."),
    ("Commission on Aquatic Bioresources of the Caspian Sea. (2025). Protocol on the conservation of sturgeon "
     "species (Aktau Protocol). Aktau."),
    ("Karimov, D., & Lapshina, E. (2023). Caviar after the moratorium: Farms, markets and fraud. Eurasian "
     "Geography and Trade, 9(1), 77–98."),
    ("Orazgeldiyev, B. (2021). Fisheries law in Turkmenistan since independence. Ashgabat Law Review, 5(1), "
     "12–29."),
    ("Rahmani, M. (2024). Labelling farmed caviar: Trade codes and their gaps. Marine Policy Review, 48, 210–224."),
    ("Vinokurov, O., & Seitova, A. (2024). The joint trawl survey of the Caspian Sea, 2010–2024. Astrakhan State "
     "Technical University."),
]
CONTRIBUTORS = [
    ("Aigerim Seitova is a senior researcher at the Institute of Caspian Studies in Atyrau, where she works on "
     "fisheries and the law of the Caspian Sea."),
    ("Reza Kamali is an associate professor in the Department of Fisheries of the University of Mazandaran. His "
     "research deals with sturgeon hatcheries and their genetics."),
    ("Oleg Vinokurov heads the laboratory of marine surveys at Astrakhan State Technical University and has led "
     "the Russian part of the joint trawl survey since 2016."),
]
FIGURE = [("2020", 61.2), ("2021", 58.0), ("2022", 55.9), ("2023", 56.4), ("2024", 56.0)]
FIGURE_CAPTION = "Figure 1. Juvenile sturgeon released by the five states, 2020–2024, million fish"
RIGHTS = "© 2025 The Authors. Published by the Institute of Caspian Studies under a CC BY 4.0 licence."

# the break points of the words that may be hyphenated at a line's end
HYPHENS = {w.replace("-", ""): w for w in [
    "manage-ment", "mora-torium", "com-mer-cial", "aqua-culture", "coop-er-ation", "Kazakh-stan",
    "Turkmen-istan", "Azer-baijan", "com-mis-sion", "Com-mis-sion", "gov-ern-ments", "monitor-ing",
    "brood-stock", "patch-work", "Astra-khan", "inter-viewed", "com-mit-ments", "com-mit-ment", "hatch-eries",
    "hatch-ery", "in-crease", "pub-lished", "esti-mate", "esti-mated", "valu-able", "kilo-gram", "kilo-grams",
    "United", "Emir-ates", "la-belling", "in-spec-torate", "ille-gally", "regis-ter", "re-cover-ing",
    "under-ground", "in-spec-tion", "pres-ence", "in-tro-duces", "lit-toral", "Bio-resources", "main-tained",
    "pro-tocol", "Pro-tocol", "re-leases", "re-lease", "de-clared", "aver-age", "sci-en-tists", "sci-en-tific",
    "in-spec-tors", "north-ern", "sturgeon", "mari-time", "to-gether", "alto-gether", "Man-gystau",
]}


class Article(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.col = 0
        self.col_top = 26.0
        self.cy = 26.0
        self.hyphenated: list[str] = []

    # page furniture
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 8.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(self.l_margin, 11)
        if self.page_no() % 2 == 0:  # page 212, 214: an even page of the journal
            self.cell(self.w - self.l_margin - self.r_margin, 5, EVEN_HEAD, align="L")
        else:
            self.cell(self.w - self.l_margin - self.r_margin, 5, SHORT_TITLE, align="R")
        self.line(self.l_margin, 17, self.w - self.r_margin, 17)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_font("Serif", "", 9)
        self.set_xy(self.l_margin, -14)
        self.cell(self.w - self.l_margin - self.r_margin, 5, str(210 + self.page_no()), align="C")

    # the two columns
    GAP = 10.0
    BOTTOM = 297 - 22.0

    @property
    def col_w(self) -> float:
        return (self.w - self.l_margin - self.r_margin - self.GAP) / 2

    def col_x(self) -> float:
        return self.l_margin + self.col * (self.col_w + self.GAP)

    def need(self, height: float) -> None:
        """Move to the next column (or page) unless `height` fits below the current line."""
        if self.cy + height <= self.BOTTOM:
            return
        if self.col == 0:
            self.col = 1
        else:
            self.col = 0
            self.add_page()
            self.col_top = 24.0
        self.cy = self.col_top

    def put(self, text: str, leading: float, x_off: float = 0.0) -> None:
        self.need(leading)
        self.set_xy(self.col_x() + x_off, self.cy)
        self.cell(self.col_w - x_off, leading, text)
        self.cy += leading

    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        line = ""
        words = text.split(" ")
        i = 0
        while i < len(words):
            word = words[i]
            trial = f"{line} {word}" if line else word
            if self.get_string_width(trial) <= width:
                line, i = trial, i + 1
                continue
            core = word.rstrip(".,;:)")
            tail = word[len(core):]
            broken = False
            if line and core in HYPHENS:
                parts = HYPHENS[core].split("-")
                for k in range(len(parts) - 1, 0, -1):
                    head = "".join(parts[:k]) + "-"
                    if self.get_string_width(f"{line} {head}") <= width:
                        lines.append(f"{line} {head}")
                        self.hyphenated.append(f"{head}/{''.join(parts[k:])}")
                        words[i] = "".join(parts[k:]) + tail
                        line, broken = "", True
                        break
            if not broken:
                lines.append(line)
                line = ""
        if line:
            lines.append(line)
        return lines

    def para(self, text: str, size: float = 11.5, leading: float = 6.9, style: str = "", after: float = 3.2,
             indent: float = 0.0) -> None:
        self.set_font("Serif", style, size)
        lines = self.wrap(text, self.col_w - indent)
        for n, line in enumerate(lines):
            self.put(line, leading, indent if n else 0.0)
        self.cy += after

    def heading(self, text: str) -> None:
        self.need(6.5 + 3 * 5.4)  # a heading never stands alone at the bottom of a column
        if self.cy > self.col_top:
            self.cy += 1.5
        self.set_font("Serif", "B", 10.5)
        self.put(text, 6.5)
        self.cy += 0.8

    def figure(self) -> None:
        """A bar chart of the releases: bars with their values above and the years below, then the caption."""
        height = 52.0
        self.need(height + 12)
        x0, base = self.col_x() + 4, self.cy + height - 8
        self.set_draw_color(120, 120, 120)
        self.line(x0, base, x0 + self.col_w - 8, base)
        step = (self.col_w - 8) / len(FIGURE)
        self.set_fill_color(20, 70, 90)
        self.set_font("Serif", "", 7.5)
        for n, (year, value) in enumerate(FIGURE):
            bar = value * 0.55
            x = x0 + n * step + step * 0.2
            self.rect(x, base - bar, step * 0.6, bar, style="F")
            self.set_xy(x - 2, base - bar - 5)
            self.cell(step * 0.6 + 4, 4, f"{value:.1f}", align="C")
        for n, (year, _) in enumerate(FIGURE):
            x = x0 + n * step + step * 0.2
            self.set_xy(x - 2, base + 1)
            self.cell(step * 0.6 + 4, 4, year, align="C")
        self.set_draw_color(0, 0, 0)
        self.cy += height
        self.para(FIGURE_CAPTION, size=8.5, leading=4.4, style="B", after=3.0)

    def table(self) -> None:
        self.need(4.6 * 2 + 5 * len(TABLE_ROWS) + 8)
        self.para(TABLE_CAPTION, size=8.5, leading=4.4, style="B", after=1.0)
        self.line(self.col_x(), self.cy, self.col_x() + self.col_w, self.cy)
        widths = (0.0, 0.45, 0.72)
        for n, row in enumerate(TABLE_ROWS):
            self.set_font("Serif", "B" if n in (0, len(TABLE_ROWS) - 1) else "", 8.5)
            for cell, share in zip(row, widths):
                self.set_xy(self.col_x() + share * self.col_w, self.cy)
                self.cell(self.col_w * 0.27, 5, cell)
            self.cy += 5
            if n in (0, len(TABLE_ROWS) - 2):
                self.line(self.col_x(), self.cy, self.col_x() + self.col_w, self.cy)
        self.line(self.col_x(), self.cy, self.col_x() + self.col_w, self.cy)
        self.cy += 1
        self.para(TABLE_SOURCE, size=8, leading=4.2, style="I", after=3.0)


def write_article() -> None:
    pdf = Article()
    pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(False)
    pdf.set_title(TITLE)
    pdf.set_author("Aigerim Seitova, Reza Kamali, Oleg Vinokurov")
    pdf.set_subject(JOURNAL)
    pdf.set_creator("Institute of Caspian Studies")
    pdf.set_creation_date(dt.datetime(2025, 12, 15, 6, 0, tzinfo=dt.UTC))
    full = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.add_page()
    pdf.set_fill_color(20, 70, 90)
    pdf.rect(0, 0, pdf.w, 8, style="F")
    pdf.set_y(14)
    pdf.set_font("Serif", "B", 12.5)
    pdf.set_text_color(20, 70, 90)
    pdf.cell(full, 6, JOURNAL, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 8.5)
    pdf.cell(full, 4.5, VOLUME, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(full, 4.5, DOI, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 8)
    pdf.cell(full, 4.5, KIND, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Serif", "B", 18)
    pdf.multi_cell(full, 8.5, TITLE, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2.5)
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(full, 6, AUTHORS, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 8.5)
    for line in AFFILIATIONS:
        pdf.cell(full, 4.3, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 8.5)
    pdf.cell(full, 4.3, CORRESPONDING, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(full, 4.3, HISTORY, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    top = pdf.get_y()
    pdf.set_font("Serif", "", 10)
    box_lines = pdf.multi_cell(full - 8, 5.6, ABSTRACT, dry_run=True, output="LINES")
    height = 6 + 5.6 * len(box_lines) + 5 + 5
    pdf.set_fill_color(234, 240, 243)
    pdf.rect(pdf.l_margin, top, full, height, style="F")
    pdf.set_xy(pdf.l_margin + 4, top + 2)
    pdf.set_font("Serif", "B", 9.5)
    pdf.cell(full - 8, 5.5, "Abstract", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(full - 8, 5.6, ABSTRACT, new_x="LEFT", new_y="NEXT", align="L")
    pdf.set_font("Serif", "I", 8.5)
    pdf.cell(full - 8, 5, KEYWORDS, new_x="LMARGIN", new_y="NEXT")
    pdf.col_top = pdf.cy = top + height + 6

    for heading, paragraphs in SECTIONS:
        pdf.heading(heading)
        for text in paragraphs:
            if text == "TABLE":
                pdf.table()
            elif text == "FIGURE":
                pdf.figure()
            else:
                pdf.para(text)
    pdf.cy += 2
    for text in BACK_MATTER:
        pdf.para(text, size=8.5, leading=4.5, after=1.5)
    pdf.cy += 2
    pdf.heading("References")
    for text in REFERENCES:
        pdf.para(text, size=9, leading=4.8, after=1.8, indent=4)
    pdf.cy += 2
    pdf.heading("Notes on contributors")
    for text in CONTRIBUTORS:
        pdf.para(text, size=8.5, leading=4.5, after=1.5)
    pdf.cy += 2
    pdf.para(RIGHTS, size=7.5, leading=4, style="I")
    pdf.output(str(ARTICLE))
    print(ARTICLE.name, pdf.pages_count, "pages; hyphenated:", ", ".join(pdf.hyphenated))


# --------------------------------------------------------------------------- the ministry's slides

MINISTRY = "МИНИСТЕРСТВО ТРАНСПОРТА РОССИЙСКОЙ ФЕДЕРАЦИИ"
FOOTER = "Минтранс России · Международная конференция «Каспийский транзит — 2025», Астрахань, 4 декабря 2025 г."
DECK_TITLE = "Восточный маршрут МТК «Север — Юг»: итоги 2025 года и задачи на 2026 год"
SPEAKER = "А. В. Кравцов, заместитель Министра транспорта Российской Федерации"
PLACE = "Астрахань, 4 декабря 2025 г."

SLIDES: list[tuple[str, list[str]]] = [
    ("Восточный маршрут: основные параметры", [
        "Маршрут проходит по территории России, Казахстана, Туркменистана и Ирана до порта Бандар-Аббас",
        "Протяжённость от Москвы до Бандар-Аббаса по железной дороге — около 6 300 км",
        "Пограничные переходы: Болашак — Серхетяка (Казахстан — Туркменистан) и Акяйла — Инче-Бурун (Туркменистан — Иран)",
        "Смена ширины колеи один раз — на станции Инче-Бурун (1 520 / 1 435 мм)",
        "Срок доставки от Москвы до Бандар-Аббаса сократился до 14 суток (в 2023 г. — 21 сутки)",
        "Маршрут дополняет западную ветвь через Азербайджан и транскаспийскую ветвь через порты Астрахани и Махачкалы",
    ]),
    ("Итоги 2025 года", [
        "Перевезено за 11 месяцев 2025 г. — 4,1 млн т (+23% к аналогичному периоду 2024 г.)",
        "Контейнерные перевозки — 38,5 тыс. ДФЭ, отправлено 212 контейнерных поездов",
        "Доля зерна в грузопотоке — 46%, металлов — 17%, удобрений — 12%",
        "Обратная загрузка из Ирана выросла до 0,6 млн т: фрукты, овощи, строительные материалы",
        "Регулярные грузовые поезда из Челябинска и Екатеринбурга — 3 рейса в неделю",
        "Рост обеспечен прежде всего экспортом российского зерна и масличных культур в Иран и страны Персидского залива",
    ]),
    ("Перевозки по участкам маршрута, млн т", []),
    ("Сквозная ставка и тарифы", [
        "С 1 января 2026 г. действует единая сквозная ставка на перевозку зерна — 68 долл. за тонну",
        "Ставка согласована железными дорогами четырёх стран 14 ноября 2025 г. в Ашхабаде на срок до конца 2026 г.",
        "Для сравнения: в 2025 г. перевозка зерна обходилась в среднем в 91 долл. за тонну",
        "Сквозная ставка для контейнеров находится в стадии согласования",
        "Скидка 15% для грузов, следующих из Ирана в Россию в порожнем направлении",
        "Ставка применяется к отправкам не менее 55 вагонов одним поездом по единой накладной",
    ]),
    ("Пограничные переходы и терминалы", [
        "Болашак — Серхетяка: пропускная способность увеличена до 18 пар поездов в сутки",
        "Инче-Бурун: перегрузочный комплекс мощностью 3 млн т в год введён в сентябре 2025 г.",
        "Среднее время стоянки на границе — 9 часов (в 2024 г. — 26 часов)",
        "С 1 марта 2026 г. — обязательное предварительное электронное декларирование на всех переходах",
        "Бандар-Аббас: российские операторы арендуют два причала зернового терминала",
        "На переходе Болашак — Серхетяка работает совместный пункт контроля с единым досмотром поездов",
    ]),
    ("Инфраструктурные проекты 2026–2028 гг.", [
        "Вторые пути на участке Аксарайская — граница с Казахстаном: 84 км, завершение в 2027 г.",
        "Электрификация участка Бейнеу — Болашак (казахстанская сторона): идёт проектирование",
        "Модернизация станции Серхетяка за счёт туркменской стороны, завершение в 2026 г.",
        "Логистический центр в Инче-Буруне: объём инвестиций уточняется",
        "Российские инвестиции в проекты маршрута до 2028 г. — 62 млрд руб.",
        "Проекты включены в дорожную карту развития маршрута, подписанную четырьмя странами в ноябре 2025 г.",
    ]),
    ("Цифровизация перевозок", [
        "Электронная накладная СМГС на всём маршруте — с 1 апреля 2026 г.",
        "Пилотный проект 2025 г.: 1 240 вагонов оформлены без бумажных документов, срок оформления сократился вдвое",
        "Единая система отслеживания контейнеров — запуск в III квартале 2026 г.",
        "Обмен данными с таможенными органами Казахстана и Туркменистана в режиме реального времени",
        "Единое окно подачи документов для отправителей зерна на портале оператора маршрута",
        "Электронные ветеринарные и фитосанитарные сертификаты принимаются всеми четырьмя странами",
    ]),
    ("Задачи на 2026 год", [
        "Увеличить перевозки по восточному маршруту до 6 млн т в год",
        "Запустить регулярный контейнерный поезд Москва — Бандар-Аббас с отправлением раз в неделю",
        "Согласовать сквозную ставку для контейнеров до 1 марта 2026 г.",
        "Провести заседание рабочей группы четырёх стран в Ашхабаде в I квартале 2026 г. (дата уточняется)",
        "Привлечь на маршрут транзитные грузы из Узбекистана и Кыргызстана через станцию Бейнеу",
        "Подготовить к 2027 г. предложения о строительстве второго пути на участке Болашак — Серхетяка",
    ]),
]
DECK_TABLE = [
    ("Участок", "11 мес. 2024 г.", "11 мес. 2025 г.", "Изменение"),
    ("Аксарайская — Бейнеу", "3,3", "4,1", "+24%"),
    ("Болашак — Серхетяка", "2,9", "3,6", "+24%"),
    ("Акяйла — Инче-Бурун", "2,6", "3,2", "+23%"),
    ("Инче-Бурун — Бандар-Аббас", "2,4", "3,0", "+25%"),
]
DECK_TABLE_NOTE = "Источник: данные железных дорог России, Казахстана, Туркменистана и Ирана"
THANKS = "Спасибо за внимание!"
CONTACTS = [
    "Департамент государственной политики в области железнодорожного транспорта",
    "Тел.: +7 (495) 626-10-00",
    "E-mail: info@mintrans.gov.ru",
    "mintrans.gov.ru",
]
TOTAL = len(SLIDES) + 2
BLUE = (18, 60, 120)


class Deck(FPDF):
    def footer(self) -> None:
        self.set_draw_color(*BLUE)
        self.line(15, self.h - 16, self.w - 15, self.h - 16)
        self.set_font("Sans", "", 9)
        self.set_text_color(90, 90, 90)
        self.set_xy(15, self.h - 13)
        self.cell(self.w - 70, 5, FOOTER)
        self.set_xy(self.w - 45, self.h - 9)  # below the footer's line, so that it is a line of its own
        self.cell(30, 5, f"{self.page_no()} / {TOTAL}", align="R")
        self.set_text_color(0, 0, 0)

    def slide_title(self, text: str) -> None:
        self.set_fill_color(*BLUE)
        self.rect(0, 0, self.w, 26, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", 22)
        self.set_xy(15, 8)
        self.cell(self.w - 30, 10, text)
        self.set_text_color(0, 0, 0)


def write_deck() -> None:
    pdf = Deck(orientation="L", format="A4")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    pdf.set_title(DECK_TITLE)
    pdf.set_author("Минтранс России")
    pdf.set_creator("Microsoft® PowerPoint® для Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 12, 3, 15, 40, tzinfo=dt.UTC))

    pdf.add_page()  # the title slide
    pdf.set_fill_color(*BLUE)
    pdf.rect(0, 0, 12, pdf.h, style="F")
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*BLUE)
    pdf.set_xy(25, 22)
    pdf.cell(0, 6, MINISTRY)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 28)
    pdf.set_xy(25, 62)
    pdf.multi_cell(pdf.w - 50, 13, DECK_TITLE, align="L")
    pdf.set_font("Sans", "", 14)
    pdf.set_xy(25, 130)
    pdf.cell(0, 7, SPEAKER)
    pdf.set_xy(25, 139)
    pdf.cell(0, 7, PLACE)

    for title, bullets in SLIDES:
        pdf.add_page()
        pdf.slide_title(title)
        if not bullets:  # the table slide
            pdf.set_y(44)
            pdf.set_font("Sans", "", 15)
            with pdf.table(col_widths=(100, 50, 50, 40), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                           line_height=11, width=240) as table:
                for row in DECK_TABLE:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(5)
            pdf.set_font("Sans", "", 11)
            pdf.set_x(28)
            pdf.cell(0, 6, DECK_TABLE_NOTE)
            continue
        y = 38.0
        for bullet in bullets:
            pdf.set_font("Sans", "B", 14)
            pdf.set_text_color(*BLUE)
            pdf.set_xy(22, y)
            pdf.cell(6, 9, "•")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Sans", "", 14)
            pdf.set_xy(30, y)
            pdf.multi_cell(pdf.w - 50, 8, bullet, align="L")
            y = pdf.get_y() + 5

    pdf.add_page()  # the last slide
    pdf.set_fill_color(*BLUE)
    pdf.rect(0, 0, 12, pdf.h, style="F")
    pdf.set_font("Sans", "B", 32)
    pdf.set_text_color(*BLUE)
    pdf.set_xy(25, 60)
    pdf.cell(0, 14, THANKS)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 14)
    y = 100.0
    for line in CONTACTS:
        pdf.set_xy(25, y)
        pdf.cell(0, 7, line)
        y += 9
    pdf.output(str(DECK))
    print(DECK.name, pdf.pages_count, "slides")


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write_article()
    write_deck()
