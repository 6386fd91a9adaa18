"""Write the EPUB file of the forty-second fresh dev set by hand, with zipfile (no EPUB library):

eval/unseen42/Halden_Report_14_Altars_and_Ambassadors_2025.epub — a think tank's policy report published as an EPUB 3
e-book, as a reader downloads it from the (fictional) Halden Institute for Eurasian Affairs in Oslo: the package as an
e-book tool writes it (`mimetype` stored and first, then META-INF/container.xml and the OEBPS folder, deflated);
OEBPS/content.opf (EPUB 3.0) with dc:title, dc:creator (two, with their roles), dc:publisher, dc:date,
dc:language, dc:identifier (the ISBN as a URN), dcterms:modified, dc:rights and dc:subject, a manifest and a spine;
nav.xhtml (the table of contents and landmarks, in the manifest with properties="nav" but not in the spine, as many
tools write it) and toc.ncx for EPUB 2 readers; a cover page (cover.xhtml: the title and the cover image, whose alt
is 'Cover'), a title page, a copyright page (© 2025, all rights reserved, the ISBN, the suggested citation), an 'About
the authors' page, then four chapters (chapter-1.xhtml … chapter-4.xhtml) with h1/h2, paragraphs, one table and
footnotes as <aside epub:type="footnote"> after the paragraphs citing them, each cited by a superscript
<a epub:type="noteref"> and linking back with '↩'; a style sheet and the cover image (a tiny PNG). Every piece of text
a reader sees is on a source line of its own.

The text is written for this set; the institute, the authors, the interviews, the quotes and all figures are fictional
(the Congress of Leaders of World and Traditional Religions, the Palace of Peace and Reconciliation, the Senate of
Kazakhstan, Pope Francis's visit of September 2022, the Holy See's Dicastery for Interreligious Dialogue, the Moscow
Patriarchate, China's National Religious Affairs Administration, the Muslim World League, the Spiritual Administration
of Muslims of Kazakhstan and the Committee for Religious Affairs are real, but what is said of them here, dates and
figures included, is written for this set).
Run with the project's venv: .venv/bin/python eval/make_unseen42_epub.py
"""

from __future__ import annotations

import base64
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen42"
OUT = HERE / "Halden_Report_14_Altars_and_Ambassadors_2025.epub"

TITLE = "Altars and Ambassadors: Kazakhstan’s Interfaith Diplomacy after the Eighth Congress"
PUBLISHER = "Halden Institute for Eurasian Affairs"
ISBN = "978-82-93817-14-6"
UUID = "urn:isbn:9788293817146"

# a 1x1 grey PNG, standing for the cover picture
COVER_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=="
)

CSS = """\
body { font-family: Georgia, serif; line-height: 1.5; margin: 0 5%; }
h1 { font-size: 1.6em; margin: 1.5em 0 0.8em; }
h2 { font-size: 1.2em; margin: 1.2em 0 0.5em; }
p { margin: 0 0 0.8em; text-align: justify; }
.titlepage, .cover { text-align: center; }
.series { font-variant: small-caps; letter-spacing: 0.05em; }
.copyright p { font-size: 0.85em; text-align: left; }
table { border-collapse: collapse; margin: 1em 0; width: 100%; }
th, td { border-bottom: 1px solid #999; padding: 0.2em 0.4em; text-align: left; }
caption { font-weight: bold; caption-side: top; text-align: left; }
.source { font-size: 0.85em; font-style: italic; }
aside.footnote { font-size: 0.85em; border-top: 1px solid #ccc; margin-top: 1em; }
a.noteref { vertical-align: super; font-size: 0.75em; text-decoration: none; }
"""


def page(title: str, body: str, epub_type: str = "bodymatter") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!DOCTYPE html>\n"
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" '
        'xml:lang="en">\n'
        "<head>\n"
        f"<title>{title}</title>\n"
        '<link rel="stylesheet" type="text/css" href="css/style.css"/>\n'
        "</head>\n"
        f'<body epub:type="{epub_type}">\n'
        f"{body}"
        "</body>\n"
        "</html>\n"
    )


def ref(n: int) -> str:
    return f'<a class="noteref" epub:type="noteref" role="doc-noteref" href="#fn{n}" id="nr{n}">{n}</a>'


def note(n: int, text: str) -> str:
    return (
        f'<aside class="footnote" epub:type="footnote" role="doc-footnote" id="fn{n}">\n'
        f"<p>{n}. {text}\n"
        f'<a epub:type="backlink" role="doc-backlink" href="#nr{n}">↩</a></p>\n'
        "</aside>\n"
    )


COVER = page("Cover", (
    '<section class="cover" epub:type="cover">\n'
    '<img src="images/cover.png" alt="Cover"/>\n'
    f"<h1>{TITLE}</h1>\n"
    "</section>\n"
), "frontmatter")

TITLEPAGE = page("Title page", (
    '<section class="titlepage" epub:type="titlepage">\n'
    '<p class="series">Halden Report No. 14</p>\n'
    f"<h1>{TITLE}</h1>\n"
    "<p>Ingrid Solheim and Daniyar Mukhametov</p>\n"
    f"<p>{PUBLISHER}</p>\n"
    "<p>Oslo, November 2025</p>\n"
    "</section>\n"
), "frontmatter")

COPYRIGHT = page("Copyright", (
    '<section class="copyright" epub:type="copyright-page">\n'
    f"<p>© 2025 {PUBLISHER}, Oslo. All rights reserved.</p>\n"
    "<p>No part of this publication may be reproduced or transmitted in any form without the prior written "
    "permission of the publisher.</p>\n"
    f"<p>ISBN {ISBN} (EPUB)</p>\n"
    "<p>ISBN 978-82-93817-13-9 (print)</p>\n"
    "<p>This publication may be cited as: Solheim, I. and Mukhametov, D. (2025), Altars and Ambassadors, Halden "
    "Report No. 14, Oslo: Halden Institute for Eurasian Affairs.</p>\n"
    "<p>The views expressed are those of the authors and do not necessarily reflect those of the Institute or its "
    "funders.</p>\n"
    "<p>Cover photograph: Halden Institute</p>\n"
    "<p>www.halden-institute.no</p>\n"
    "</section>\n"
), "frontmatter")

AUTHORS = page("About the authors", (
    '<section epub:type="preface">\n'
    "<h2>About the authors</h2>\n"
    "<p>Ingrid Solheim is a senior research fellow at the Halden Institute for Eurasian Affairs, where she leads "
    "the programme on religion and diplomacy in Central Asia.</p>\n"
    "<p>Daniyar Mukhametov is a visiting fellow at the Institute and a lecturer in international relations in "
    "Almaty.</p>\n"
    "</section>\n"
), "frontmatter")

CH1 = page("1. A congress as a national brand", (
    '<section epub:type="chapter">\n'
    "<h1>1. A congress as a national brand</h1>\n"
    "<p>Every three years since 2003, Astana has invited the heads of the world’s religious communities to a "
    "two-day meeting, since 2006 in the Palace of Peace and Reconciliation, the glass pyramid built for the purpose. "
    "What began as a gathering of 17 delegations in the hotel halls of a young capital has become one of the most "
    "recognisable items in Kazakhstan’s foreign-policy catalogue. The eighth Congress of Leaders of World and "
    "Traditional Religions, held on 17 and 18 September 2025, drew 112 delegations from 63 countries, the largest "
    "attendance so far.</p>\n"
    "<p>For a state that borders Russia and China and counts Muslims, Orthodox Christians, Catholics, Protestants, "
    "Buddhists and Jews among its citizens, the congress does several jobs at once. It presents Kazakhstan abroad as "
    "a neutral host, it gives the presidential administration a stage that no neighbour can easily copy, and it lets "
    "Astana speak to Moscow, Beijing, Riyadh and Rome in a register that is not about pipelines or tariffs. This "
    "report asks what the congress delivers beyond the photographs.</p>\n"
    "<p>The Senate’s secretariat, which has organised each congress since the fourth, employs 14 people full time. "
    "Its budget has not been published, and the government has not disclosed what the eighth congress cost. "
    "Officials we interviewed put the number of accredited journalists at about 430, of whom roughly a third came "
    f"from abroad.{ref(1)}</p>\n"
    + note(1, "Interviews in Astana, 19–23 September 2025, with officials who spoke on condition of anonymity.")
    + "</section>\n"
))

CH2 = page("2. What the eighth congress produced", (
    '<section epub:type="chapter">\n'
    "<h1>2. What the eighth congress produced</h1>\n"
    "<h2>The declaration and its follow-up</h2>\n"
    "<p>The final declaration runs to 27 points, against 35 in 2022. Its drafters dropped most of the general "
    "language about tolerance and added three commitments that can in principle be checked: a permanent Council of "
    "Religious Leaders with a rotating chair, a yearly report on religious freedom in the participating countries "
    "prepared by the council itself, and a fellowship that will bring 40 young clergy a year to Astana for a "
    "semester of study. The fellowship is to start in September 2026 and has been promised 1.8 million dollars for "
    f"its first three years.{ref(2)}</p>\n"
    + note(2, "Figures on the fellowship are from the draft regulation circulated to delegations on 16 September "
           "2025; the final text had not been adopted when this report went to press.")
    + "<p>When the council will first meet has not been decided. The declaration says only that it will convene "
    "before the ninth congress, which is due in 2028, and no government has yet offered to pay for its "
    "meetings.</p>\n"
    "<h2>Attendance over two decades</h2>\n"
    "<p>Table 1 shows how the congress has grown. The jump between 2018 and 2022 owes much to the visit of Pope "
    "Francis in September 2022, which brought delegations that had never come before and which Kazakh diplomats "
    "still describe as the moment the congress stopped being a domestic showcase.</p>\n"
    "<table>\n"
    "<caption>Table 1. Delegations and countries at selected congresses</caption>\n"
    "<thead>\n<tr>\n<th>Congress</th>\n<th>Year</th>\n<th>Delegations</th>\n<th>Countries</th>\n</tr>\n</thead>\n"
    "<tbody>\n"
    "<tr>\n<td>First</td>\n<td>2003</td>\n<td>17</td>\n<td>13</td>\n</tr>\n"
    "<tr>\n<td>Fourth</td>\n<td>2012</td>\n<td>85</td>\n<td>40</td>\n</tr>\n"
    "<tr>\n<td>Sixth</td>\n<td>2018</td>\n<td>82</td>\n<td>46</td>\n</tr>\n"
    "<tr>\n<td>Seventh</td>\n<td>2022</td>\n<td>108</td>\n<td>50</td>\n</tr>\n"
    "<tr>\n<td>Eighth</td>\n<td>2025</td>\n<td>112</td>\n<td>63</td>\n</tr>\n"
    "</tbody>\n"
    "</table>\n"
    '<p class="source">Source: Senate secretariat; authors’ compilation.</p>\n'
    "<p>How many invited delegations declined to come in 2025, and which, has not been made public.</p>\n"
    "</section>\n"
))

CH3 = page("3. Who is listening", (
    '<section epub:type="chapter">\n'
    "<h1>3. Who is listening</h1>\n"
    "<h2>Moscow and Beijing</h2>\n"
    "<p>Russia sent a smaller delegation than in 2018. The Moscow Patriarchate was represented by a metropolitan "
    "rather than by its head, and the Russian foreign ministry by a deputy director of department. Russian "
    "commentators nonetheless praised the congress as proof that traditional values still have a home in Eurasia, a "
    "reading that Astana neither endorsed nor corrected.</p>\n"
    "<p>China’s delegation of nine was led by a deputy head of the National Religious Affairs Administration. "
    "Kazakh officials told us that they regard the Chinese presence as a success in itself. Whether the situation "
    "of Muslims in Xinjiang was raised in any bilateral meeting has not been disclosed by either government.</p>\n"
    "<h2>The Gulf and Rome</h2>\n"
    "<p>The most concrete result concerned the Gulf. On the margins of the congress the Muslim World League signed "
    "a memorandum with the Spiritual Administration of Muslims of Kazakhstan on training imams in Arabic and "
    "jurisprudence, with 60 places a year in Saudi institutions. The value of the scholarships was not stated. The "
    "United Arab Emirates offered to host a regional session of the congress in Abu Dhabi in 2027.</p>\n"
    "<p>The Holy See sent a cardinal from the Dicastery for Interreligious Dialogue with a message from the Pope. "
    "Vatican diplomats described the fellowship as the idea they most wanted to see survive the congress.</p>\n"
    "<h2>The neighbours</h2>\n"
    "<p>Of Kazakhstan’s Central Asian neighbours only Uzbekistan sent a delegation led by a minister; Kyrgyzstan "
    "and Tajikistan were represented by their religious affairs committees and Turkmenistan by its ambassador. "
    "Tashkent has begun to hold its own conferences on Islamic heritage in Samarkand and Bukhara, and the two "
    "capitals now compete, politely, for the same guests.</p>\n"
    "</section>\n"
))

CH4 = page("4. Conclusions and recommendations", (
    '<section epub:type="chapter">\n'
    "<h1>4. Conclusions and recommendations</h1>\n"
    "<p>The congress has become a durable asset for Kazakhstan’s diplomacy because it costs little political "
    "capital and offends no great power. Its weakness is that its output has been words. The eighth congress tried "
    "to change that, and the next three years will show whether the council, the report and the fellowship take "
    "hold.</p>\n"
    "<p>We recommend that the secretariat publish its budget and the list of delegations that declined; that the "
    "council’s first report on religious freedom cover Kazakhstan itself, where 3,870 religious associations are "
    f"registered{ref(3)} and worship without registration remains an offence; and that the fellowship recruit at "
    "least half of its students from outside the former Soviet Union.</p>\n"
    + note(3, "Committee for Religious Affairs, register as of 1 October 2025; 2,790 of the associations are Muslim.")
    + "</section>\n"
))

CHAPTERS = [
    ("chapter-1", "1. A congress as a national brand", CH1),
    ("chapter-2", "2. What the eighth congress produced", CH2),
    ("chapter-3", "3. Who is listening", CH3),
    ("chapter-4", "4. Conclusions and recommendations", CH4),
]
FRONT = [("cover", "Cover", COVER), ("titlepage", "Title page", TITLEPAGE), ("copyright", "Copyright", COPYRIGHT),
         ("authors", "About the authors", AUTHORS)]

NAV = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<!DOCTYPE html>\n"
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">\n'
    "<head>\n<title>Contents</title>\n</head>\n<body>\n"
    '<nav epub:type="toc" id="toc">\n<h1>Contents</h1>\n<ol>\n'
    + "".join(f'<li><a href="{f}.xhtml">{t}</a></li>\n' for f, t, _ in FRONT[3:] + CHAPTERS)
    + "</ol>\n</nav>\n"
    '<nav epub:type="landmarks" hidden="">\n<ol>\n'
    '<li><a epub:type="cover" href="cover.xhtml">Cover</a></li>\n'
    '<li><a epub:type="titlepage" href="titlepage.xhtml">Title page</a></li>\n'
    '<li><a epub:type="bodymatter" href="chapter-1.xhtml">Start of content</a></li>\n'
    "</ol>\n</nav>\n</body>\n</html>\n"
)

NCX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">\n'
    "<head>\n"
    f'<meta name="dtb:uid" content="{UUID}"/>\n'
    '<meta name="dtb:depth" content="1"/>\n<meta name="dtb:totalPageCount" content="0"/>\n'
    '<meta name="dtb:maxPageNumber" content="0"/>\n'
    "</head>\n"
    f"<docTitle><text>{TITLE}</text></docTitle>\n"
    "<docAuthor><text>Ingrid Solheim</text></docAuthor>\n"
    "<navMap>\n"
    + "".join(
        f'<navPoint id="np{i}" playOrder="{i}"><navLabel><text>{t}</text></navLabel><content src="{f}.xhtml"/>'
        "</navPoint>\n"
        for i, (f, t, _) in enumerate(FRONT + CHAPTERS, start=1)
    )
    + "</navMap>\n</ncx>\n"
)

OPF = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="en">\n'
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
    f'<dc:identifier id="pub-id">{UUID}</dc:identifier>\n'
    f'<dc:title id="title">{TITLE}</dc:title>\n'
    '<dc:creator id="creator1">Ingrid Solheim</dc:creator>\n'
    '<meta refines="#creator1" property="role" scheme="marc:relators">aut</meta>\n'
    '<meta refines="#creator1" property="file-as">Solheim, Ingrid</meta>\n'
    '<dc:creator id="creator2">Daniyar Mukhametov</dc:creator>\n'
    '<meta refines="#creator2" property="role" scheme="marc:relators">aut</meta>\n'
    '<meta refines="#creator2" property="file-as">Mukhametov, Daniyar</meta>\n'
    f"<dc:publisher>{PUBLISHER}</dc:publisher>\n"
    "<dc:date>2025-11-24</dc:date>\n"
    "<dc:language>en</dc:language>\n"
    "<dc:subject>Kazakhstan -- Foreign relations</dc:subject>\n"
    "<dc:subject>Religion and international relations</dc:subject>\n"
    f"<dc:rights>© 2025 {PUBLISHER}. All rights reserved.</dc:rights>\n"
    '<meta property="dcterms:modified">2025-11-24T09:12:00Z</meta>\n'
    '<meta name="cover" content="cover-image"/>\n'
    "</metadata>\n"
    "<manifest>\n"
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>\n'
    '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>\n'
    '<item id="css" href="css/style.css" media-type="text/css"/>\n'
    '<item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image"/>\n'
    + "".join(f'<item id="{f}" href="{f}.xhtml" media-type="application/xhtml+xml"/>\n' for f, _, _ in FRONT + CHAPTERS)
    + "</manifest>\n"
    '<spine toc="ncx">\n'
    + "".join(f'<itemref idref="{f}"/>\n' for f, _, _ in FRONT + CHAPTERS)
    + "</spine>\n"
    "<guide>\n"
    '<reference type="cover" title="Cover" href="cover.xhtml"/>\n'
    '<reference type="toc" title="Contents" href="nav.xhtml"/>\n'
    "</guide>\n"
    "</package>\n"
)

CONTAINER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
    "<rootfiles>\n"
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>\n'
    "</rootfiles>\n"
    "</container>\n"
)


def main() -> None:
    HERE.mkdir(exist_ok=True)
    stamp = (2025, 11, 24, 9, 12, 0)
    with zipfile.ZipFile(OUT, "w") as z:
        def put(name: str, data: str | bytes, method: int = zipfile.ZIP_DEFLATED) -> None:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)

        put("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        put("META-INF/container.xml", CONTAINER)
        put("OEBPS/content.opf", OPF)
        put("OEBPS/toc.ncx", NCX)
        put("OEBPS/nav.xhtml", NAV)
        put("OEBPS/css/style.css", CSS)
        put("OEBPS/images/cover.png", COVER_PNG)
        for name, _, text in FRONT + CHAPTERS:
            put(f"OEBPS/{name}.xhtml", text)
    print(OUT)


if __name__ == "__main__":
    main()
