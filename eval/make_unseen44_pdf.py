"""Write the browser-printed PDF of the forty-fourth fresh dev set with fpdf2:

eval/unseen44/Guards for the Belt and Road_ Chinese Private Security in Central Asia _ Linden Centre.pdf — a
commentary page of the Linden Centre for Security Policy, a (fictional) Geneva think tank, printed to PDF from Chrome
("Save as PDF", US Letter, default margins, "Headers and footers" ticked), the file named as Chrome names it, after the
page's <title> with its colon and bar saved as "_": on every page, in small grey sans, the date and time of printing
top left ("12/4/25, 10:17 AM") and the page's <title> top centre, the page's URL bottom left and "n/N" bottom right;
and the page as printed: the logo line and the site's menu items on one line, the breadcrumbs, the kicker, the
headline, the dek, the byline with the author's post, the date and reading time, the share links printed as text,
the body with two subheadings, a "Related research" list of three items with their types, the newsletter line and
the footer with the address, its links and ©.

Lines are filled greedily, left-aligned, with no hyphenation, each placed as one cell, so that pypdf gives one line of
text per line of the page; the header is written first and the footer last on each page. The metadata are Chrome's:
the title, "Chromium" as the creator and "Skia/PDF m131" as the producer.

The prose is written for this set. China, its 2009 regulations on security services, Kyrgyzstan, Tajikistan,
Kazakhstan, the Talas and Sughd regions, the Collective Security Treaty Organization and the Shanghai Cooperation
Organisation are real; the centre, its author, the firms, the incidents, the quotes and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen44_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen44"
TITLE = "Guards for the Belt and Road: Chinese Private Security in Central Asia"
PAGE_TITLE = f"{TITLE} | Linden Centre"
DOC = HERE / "Guards for the Belt and Road_ Chinese Private Security in Central Asia _ Linden Centre.pdf"
URL = "https://lindencentre.org/commentary/chinese-private-security-central-asia/"
PRINTED = "12/4/25, 10:17 AM"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

TOP = [
    ("LINDEN CENTRE for Security Policy", "B", 13),
    ("Research   Commentary   Events   Experts   About   Donate", "", 9),
    ("Home / Commentary / Central Asia", "", 8.5),
    ("COMMENTARY", "B", 8.5),
]
DEK = ("Chinese security firms are following Chinese money into Kyrgyzstan, Tajikistan and Kazakhstan. Local laws were "
       "not written for them, and governments are only starting to catch up.")
BYLINE = "Aigerim Tulegenova, Senior Research Fellow, Eurasia Programme"
DATE = "4 December 2025 · 8 minute read"
SHARE = "Share: X   LinkedIn   Facebook   Email   Print"

BODY = [
    ("p", "When a crowd of herders blocked the access road to a Chinese-owned gold mine in the Talas region on 19 August "
          "2025, the first people to face them were not Kyrgyz police but guards in grey uniforms employed by a "
          "security company registered in Bishkek and half owned by a firm from Xinjiang. Nobody was seriously hurt, "
          "and the blockade ended after two days with a promise of new jobs. But the episode brought into the open a "
          "question Central Asian governments have preferred to leave alone: who protects China's investments in the "
          "region, and under whose rules?"),
    ("h", "A quiet expansion"),
    ("p", "China's own private security industry is large and, under the 2009 regulations on security services, "
          "closely tied to the state. Since the mid-2010s its firms have followed Chinese companies abroad, first to "
          "Africa and Pakistan and now to Central Asia. Our count, based on company registries and interviews in "
          "three capitals, finds seven security companies with Chinese shareholders registered in Kyrgyzstan and four "
          "in Tajikistan. In Kazakhstan, where the law bars foreign owners from licensed security firms, we found none, "
          "but at least five Chinese companies sell risk consulting and training to Chinese investors there."),
    ("p", "In Kyrgyzstan the firms employ about 1,100 guards, nine in ten of them Kyrgyz citizens. How many Chinese "
          "nationals work for them, as managers or armed staff, has not been disclosed by the companies or the "
          "Ministry of Internal Affairs. The firms protect mines, a cement plant, road builders and the warehouses of "
          "two Chinese trading companies near the Dordoi market in Bishkek."),
    ("p", "Costs explain part of the model. A Chinese manager on a security contract in the region costs his employer "
          "about 4,500 dollars a month, against roughly 600 for a local guard. Chinese companies therefore keep a thin "
          "layer of Chinese supervisors over a mass of local staff, which also keeps them within local labour quotas."),
    ("h", "Laws written for another era"),
    ("p", "None of the three countries' laws on private security were drafted with foreign state-linked companies in "
          "mind. Kyrgyzstan amended its law on private security activity in April 2025 to allow guards to carry "
          "service firearms at sites that the cabinet lists as strategic investment projects. The list now includes 23 "
          "sites, 14 of them with Chinese investors. Whether Chinese-owned firms in Tajikistan carry firearms has not "
          "been confirmed by the Tajik authorities; officials in Dushanbe told us only that all guards at foreign "
          "investment sites in the Sughd region are licensed under national law."),
    ("p", "The contracts themselves remain out of view. The value of the security contracts that Chinese state-owned "
          "companies have signed in Kyrgyzstan and Tajikistan has not been published, and none of the firms we "
          "approached agreed to discuss their clients. In Kazakhstan the interior ministry said in October that it had "
          "reviewed the consulting contracts of foreign risk firms, but it has not said how many it examined or what it "
          "found."),
    ("quote", "\u201cWe do not want foreign armed men at our mines. We also want the mines to stay open,\u201d a senior "
              "Kyrgyz security official told us in Bishkek, summing up the dilemma."),
    ("h", "Russia, China and the space in between"),
    ("p", "For Moscow the trend touches a sensitive nerve. Russia remains the formal security guarantor of Kyrgyzstan "
          "and Tajikistan through the Collective Security Treaty Organization and keeps bases in both. Russian private "
          "military companies have not been active in Central Asia, and Russian officials have so far avoided public "
          "criticism of their Chinese counterparts. In private, several Russian diplomats we spoke to described the "
          "Chinese firms as a first step towards a Chinese security presence that neither Moscow nor the host "
          "governments had agreed to."),
    ("p", "Beijing, for its part, presents the firms as commercial service providers and has proposed to discuss "
          "standards for them within the Shanghai Cooperation Organisation. A draft on the protection of joint "
          "investment projects was circulated among SCO members in September; its text has not been made public."),
    ("p", "For the host states the firms fill a real gap. Kyrgyz police stations in remote mining districts often have "
          "fewer than ten officers, and the state cannot guarantee a quick response to blockades or thefts. Tajikistan "
          "faces the additional risk of militant infiltration from Afghanistan along a border of 1,357 kilometres."),
    ("h", "What governments should do"),
    ("p", "Three steps would reduce the risks without driving investors away. First, Kyrgyzstan and Tajikistan should "
          "publish registers of foreign-owned security firms with their owners, staff numbers and the sites they "
          "protect. Second, the use of firearms by private guards at foreign investment sites should require a "
          "separate licence reviewed every year, with an obligation to report every incident to the police within 24 "
          "hours. Third, the five Central Asian states should agree on common rules before Beijing's SCO draft sets "
          "them on its own terms."),
    ("p", "The Talas blockade ended peacefully. The next one, at a site guarded by armed foreigners, may not."),
]

RELATED = [
    "Related research",
    "Report · Who Guards the Pipelines? Energy Infrastructure Security in Central Asia",
    "Commentary · The CSTO after Armenia's Freeze: What Is Left in Central Asia",
    "Podcast · Episode 41: China's Security Footprint from Gwadar to Osh",
]
NEWSLETTER = "Get our Eurasia Brief every two weeks: lindencentre.org/subscribe"
FOOTER = [
    "Linden Centre for Security Policy · Rue de Lausanne 64 · 1202 Geneva · Switzerland",
    "Contact   Careers   Privacy policy   Terms of use",
    "© 2025 Linden Centre for Security Policy. All rights reserved.",
]


class Printed(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(8, 5)
        self.cell(40, 4, PRINTED)
        self.set_xy(0, 5)
        self.cell(self.w, 4, PAGE_TITLE, align="C")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(8, self.h - 8)
        self.cell(120, 4, URL)
        self.set_xy(self.w - 28, self.h - 8)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def lines_of(pdf: FPDF, text: str, width: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if pdf.get_string_width(trial) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def write(pdf: FPDF, text: str, style: str, size: float, lh: float, family: str = "Sans", grey: bool = False,
          indent: float = 0.0) -> None:
    pdf.set_font(family, style, size)
    if grey:
        pdf.set_text_color(90, 90, 90)
    width = pdf.w - pdf.l_margin - pdf.r_margin - indent
    for line in lines_of(pdf, text, width):
        if pdf.get_y() + lh > pdf.h - 16:
            pdf.add_page()
            pdf.set_font(family, style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def main() -> None:
    pdf = Printed(format="Letter")
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(False)
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    pdf.set_title(PAGE_TITLE)
    pdf.set_creator("Chromium")
    pdf.set_producer("Skia/PDF m131")
    pdf.set_creation_date(dt.datetime(2025, 12, 4, 9, 17, tzinfo=dt.UTC))

    pdf.add_page()
    for text, style, size in TOP:
        write(pdf, text, style, size, size * 0.6 + 1.5)
        pdf.ln(2)
    pdf.ln(2)
    write(pdf, TITLE, "B", 20, 10, family="Serif")
    pdf.ln(2)
    write(pdf, DEK, "", 12.5, 7, family="Serif", grey=True)
    pdf.ln(3)
    write(pdf, BYLINE, "B", 9.5, 5)
    write(pdf, DATE, "", 9, 5, grey=True)
    write(pdf, SHARE, "", 8.5, 5, grey=True)
    pdf.ln(5)
    for kind, text in BODY:
        if kind == "h":
            pdf.ln(2)
            write(pdf, text, "B", 14, 8, family="Serif")
            pdf.ln(1)
        elif kind == "quote":
            write(pdf, text, "I", 12, 7, family="Serif", indent=8)
            pdf.ln(3)
        else:
            write(pdf, text, "", 11.5, 6.6, family="Serif")
            pdf.ln(3)
    pdf.ln(6)
    write(pdf, RELATED[0], "B", 12, 7)
    for item in RELATED[1:]:
        write(pdf, item, "", 10, 6)
    pdf.ln(5)
    write(pdf, NEWSLETTER, "", 9.5, 6)
    pdf.ln(5)
    for line in FOOTER:
        write(pdf, line, "", 8.5, 5, grey=True)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
