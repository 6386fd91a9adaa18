"""Write the OpenDocument file of the forty-first fresh dev set by hand, with zipfile (no ODF library):

eval/unseen41/EDSA2025_paper_37_Yerzhanova_Luban-workshops_final.odt — a conference paper written in LibreOffice
Writer and saved as OpenDocument Text, for the (fictional) Seventh Annual Conference of the Eurasian Development
Studies Association in Almaty: the package as LibreOffice writes it (`mimetype` stored and first, then meta.xml,
settings.xml, content.xml, styles.xml and META-INF/manifest.xml, deflated; every XML part on one line after its
declaration). content.xml: the headline in the "Title" style; the authors with superscript marks (text:span); a
paragraph of three affiliations separated by text:line-break; a corresponding-author line; "Abstract" and the
abstract; a "Keywords:" line with its label in bold; six headings (text:h, outline level 1, numbered by the outline
style in styles.xml, so the number is not in the text); paragraphs with text:span, a few double spaces (text:s) and
three footnotes (text:note with text:note-citation and text:note-body); a caption with LibreOffice's Table sequence
field over one table:table (a header row and five rows); a bulleted list (text:list); the unnumbered headings
"Acknowledgements" and "References" (text:is-list-header), the references each "[n]" + text:tab + entry. styles.xml:
the paragraph styles, the outline numbering, the notes configuration and the master page with its header (the
conference's name, place and dates) and footer ("Page" + a text:page-number field). meta.xml: the generator, the
creation date, the authors and a dc:title the authors set in File > Properties (the paper's short working title, not
its headline).

The text is written for this set; the association, the conference, the authors, their institutes, the interviews,
the survey, the references and all figures are fictional (the Luban Workshop brand of Chinese vocational colleges,
Tianjin, the first workshop in Thailand in 2016, the China–Central Asia summits in Xi'an in May 2023 and in Astana in
June 2025, the Tajik Technical University and Kazakhstan's dual training are real, but what is said of them here is
written for this set).
Run with the project's venv: .venv/bin/python eval/make_unseen41_odt.py
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent / "unseen41"
OUT = HERE / "EDSA2025_paper_37_Yerzhanova_Luban-workshops_final.odt"

HEADER = (
    "EDSA 2025 · Seventh Annual Conference of the Eurasian Development Studies Association · Almaty, 20–21 November 2025"
)
WORKING_TITLE = "Luban Workshops in Central Asia (EDSA 2025, camera-ready)"
TITLE = "Workshops of Influence: China's Luban Workshops and Vocational Diplomacy in Central Asia"

# A paragraph is a list of pieces: a string, or ("sup", text), ("b", text), ("i", text), ("s", count), ("tab",),
# ("br",), ("note", number, text), ("seq", number)
AUTHORS = ["Saltanat Yerzhanova", ("sup", "1"), ", Wang Lihua", ("sup", "2"), " and Farrukh Sobirov", ("sup", "3")]
AFFILIATIONS = [
    ("sup", "1"), " Institute for Eurasian Skills Policy, Almaty, Kazakhstan", ("br",),
    ("sup", "2"), " Centre for International Vocational Cooperation, Tianjin, China", ("br",),
    ("sup", "3"), " Samarkand Regional Policy Centre, Samarkand, Uzbekistan",
]
CORRESPONDENCE = ["Corresponding author: s.yerzhanova@iesp-almaty.kz"]
ABSTRACT = [
    "Since 2022 China has opened nine Luban Workshops, vocational training centres run jointly by Chinese and local "
    "colleges, in four Central Asian states. This paper examines what the workshops teach, whom they train and what "
    "they mean for China's relations with the region. Drawing on interviews with administrators, teachers and "
    "officials and on a survey of graduates, we find that the workshops follow Chinese investment closely, that their "
    "graduates find work quickly but often with Chinese employers, and that their lasting effect depends on whether "
    "host states recognise the Chinese skill certificates they award."
]
KEYWORDS = [("b", "Keywords:"), " China; Central Asia; vocational education; Luban Workshop; soft power"]

# (heading or None, numbered, [blocks]); a block is ("p", pieces), ("list", [pieces, ...]) or ("table",)
BODY = [
    ("Introduction", True, [
        ("p", [
            "The Luban Workshop, named after a carpenter of ancient China revered as the patron of craftsmen, is the "
            "brand under which Chinese vocational colleges, most of them from Tianjin, set up training centres abroad. "
            "The first opened in Thailand in 2016. By the end of 2024 there were more than thirty in Asia, Africa and "
            "Europe, and at the China–Central Asia summit in Xi'an in May 2023 Beijing presented the workshops as one "
            "of its contributions to the region's development."
        ]),
        ("p", [
            "Studies of Chinese influence in Central Asia have concentrated on loans, pipelines and ",
            ("i", "Confucius Institutes"),
            ". Vocational training has received little attention, although it reaches more young people in the "
            "region's industrial towns than any university programme. This paper asks three questions: where the "
            "workshops are and what they teach; who their graduates are and where they work; and how host governments "
            "regard them.",
        ]),
    ]),
    ("Data and methods", True, [
        ("p", [
            "We conducted 28 semi-structured interviews in Almaty, Tashkent, Bishkek and Dushanbe between March and "
            "June 2025, with workshop directors, teachers, officials of education ministries and managers of Chinese "
            "companies.", ("s", 1), "All interviewees were promised anonymity. In addition, we surveyed graduates of "
            "the 2023 and 2024 cohorts through the workshops' alumni groups; 412 graduates answered, a response rate of "
            "about 31 percent.",
            ("note", 1, "The questionnaire was distributed in Russian, Kazakh, Uzbek, Kyrgyz and Tajik; responses were "
             "weighted by workshop to correct for the larger alumni groups in Kazakhstan."),
        ]),
    ]),
    ("Where the workshops are", True, [
        ("p", [
            "As of October 2025, nine workshops operate in Central Asia: three in Kazakhstan and two each in "
            "Uzbekistan, Kyrgyzstan and Tajikistan. Turkmenistan has none, and its education ministry did not answer "
            "our requests. The oldest is the Dushanbe workshop at the Tajik Technical University, opened in 2022; the "
            "youngest opened in Tashkent in September 2025 (Table 1).",
        ]),
        ("table",),
        ("p", ["The majors follow Chinese investment closely. Among other subjects, the workshops teach:"]),
        ("list", [
            ["maintenance of electric vehicles and charging stations;"],
            ["railway signalling and traction power supply;"],
            ["industrial robotics and automated production lines;"],
            ["operation of hydropower and solar equipment;"],
            ["cross-border e-commerce and warehouse logistics."],
        ]),
        ("p", [
            "Each workshop receives equipment from its Chinese partner college worth between 8 and 15 million yuan, "
            "and Chinese teachers spend one semester a year on site. The host college provides the building and pays "
            "the local staff. The total contribution of the host governments has not been disclosed by any of the four "
            "governments, and none of the ministries we approached could give us a figure.",
        ]),
    ]),
    ("Graduates and employers", True, [
        ("p", [
            "According to our survey, 58 percent of graduates found a job within six months of finishing their course. "
            "Of those employed, 41 percent work for Chinese-owned companies and a further 17 percent for local firms "
            "that use Chinese equipment. Starting wages reported by graduates at Chinese firms were about 30 percent "
            "higher than those at local employers.",
            ("note", 2, "Wages were reported in national currencies and converted into US dollars at the average "
             "exchange rates of 2024."),
        ]),
        ("p", [
            "Local instructors are trained in China. Between 2023 and 2025, 146 Central Asian teachers spent about "
            "eight weeks each at partner colleges in Tianjin. Teaching is mainly in Russian and the national "
            "languages, but every student takes a Chinese course of 216 hours, and the best are offered a year of "
            "study in China.",
        ]),
        ("p", [
            "What the workshops do not record is as telling as what they do. None of the nine keeps figures on "
            "students who leave before completing their course, so the dropout rate is unknown.",
        ]),
    ]),
    ("How host governments see them", True, [
        ("p", [
            "Officials in all four countries described the workshops as useful and cheap. In Kazakhstan, where a "
            "German-supported dual training system has been in place since 2012, officials compared the two models "
            "openly: one called the Chinese version \u201cfaster to set up and easier to fund\u201d and the German one "
            "\u201cbetter connected to our own standards\u201d.",
        ]),
        ("p", [
            "The central unresolved question is recognition. Graduates receive a national diploma and a Chinese skill "
            "certificate. Whether the Chinese certificates will count toward national professional grades has not been "
            "decided in any of the four countries, and until it is, the certificate matters mainly to Chinese "
            "employers.",
        ]),
    ]),
    ("Conclusion", True, [
        ("p", [
            "The Luban Workshops are few but well placed: in the towns where Chinese factories, railways and power "
            "plants are being built. They produce workers for those projects and, at the same time, a cohort of young "
            "technicians who speak some Chinese and have spent time in China. At the second China–Central Asia summit "
            "in Astana in June 2025, Beijing promised to open more workshops in the region, but it did not say how "
            "many or where.",
            ("note", 3, "Joint statement of the second China–Central Asia Summit, Astana, 17 June 2025, section on "
             "people-to-people exchanges."),
            ("s", 1),
            "Our findings suggest that their weight will depend less on their number than on whether host states fold "
            "them into their own systems of qualifications.",
        ]),
    ]),
    ("Acknowledgements", False, [
        ("p", [
            "We thank the workshop directors who shared their enrolment data. The fieldwork was supported by the "
            "association's early-career grant."
        ]),
    ]),
    ("References", False, [
        ("ref", ["[1]", ("tab",), "Alimova, N. (2024). Skills, not loans? Chinese vocational cooperation in Central "
                 "Asia. ", ("i", "Central Eurasian Policy Review"), ", 6(2), 41–58."]),
        ("ref", ["[2]", ("tab",), "Chen, Y. and Kuanyshev, D. (2023). The Luban Workshop as a brand of Chinese "
                 "education abroad. ", ("i", "Journal of Comparative Vocational Studies"), ", 11(4), 203–219."]),
        ("ref", ["[3]", ("tab",), "Muratova, G. (2025). ", ("i", "Dual Training in Kazakhstan after a Decade"),
                 ". Almaty: Institute for Eurasian Skills Policy."]),
        ("ref", ["[4]", ("tab",), "Zhang, H. (2022). ", ("i", "Tianjin's Colleges Abroad, 2016–2021"),
                 ". Tianjin: Centre for International Vocational Cooperation."]),
    ]),
]

CAPTION = ["Table ", ("seq", 1), ": Luban Workshops in Central Asia, October 2025"]
TABLE = [
    ["Country", "Workshops", "First opened", "Majors", "Students, 2024/25"],
    ["Kazakhstan", "3", "2023", "7", "1,240"],
    ["Uzbekistan", "2", "2024", "5", "860"],
    ["Kyrgyzstan", "2", "2023", "4", "610"],
    ["Tajikistan", "2", "2022", "6", "930"],
    ["Total", "9", "–", "22", "3,640"],
]
TABLE_SOURCE = ["Source: workshop directors; authors' compilation."]

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "dr3d": "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
    "math": "http://www.w3.org/1998/Math/MathML",
    "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
    "script": "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
    "ooo": "http://openoffice.org/2004/office",
    "ooow": "http://openoffice.org/2004/writer",
    "oooc": "http://openoffice.org/2004/calc",
    "dom": "http://www.w3.org/2001/xml-events",
    "xforms": "http://www.w3.org/2002/xforms",
    "xsd": "http://www.w3.org/2001/XMLSchema",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "rpt": "http://openoffice.org/2005/report",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "grddl": "http://www.w3.org/2003/g/data-view#",
    "officeooo": "http://openoffice.org/2009/office",
    "tableooo": "http://openoffice.org/2009/table",
    "drawooo": "http://openoffice.org/2010/draw",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    "field": "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0",
    "css3t": "http://www.w3.org/TR/css3-text/",
}
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def xmlns(*names: str) -> str:
    return " ".join(f'xmlns:{n}="{NS[n]}"' for n in names)


ALL = list(NS)


def inline(pieces: list) -> str:
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(escape(piece))
        elif piece[0] == "sup":
            out.append(f'<text:span text:style-name="T1">{escape(piece[1])}</text:span>')
        elif piece[0] == "b":
            out.append(f'<text:span text:style-name="T2">{escape(piece[1])}</text:span>')
        elif piece[0] == "i":
            out.append(f'<text:span text:style-name="T3">{escape(piece[1])}</text:span>')
        elif piece[0] == "s":
            out.append("<text:s/>" if piece[1] == 1 else f'<text:s text:c="{piece[1]}"/>')
        elif piece[0] == "tab":
            out.append("<text:tab/>")
        elif piece[0] == "br":
            out.append("<text:line-break/>")
        elif piece[0] == "seq":
            out.append(
                f'<text:sequence text:ref-name="refTable{piece[1] - 1}" text:name="Table" '
                f'text:formula="ooow:Table+1" style:num-format="1">{piece[1]}</text:sequence>'
            )
        elif piece[0] == "note":
            n, body = piece[1], piece[2]
            out.append(
                f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{escape(body)}</text:p></text:note-body></text:note>'
            )
        else:
            raise ValueError(piece)
    return "".join(out)


def table_xml() -> str:
    head, *rows = TABLE
    cell = '<table:table-cell table:style-name="Table1.A{r}" office:value-type="string"><text:p text:style-name="{s}">{t}</text:p></table:table-cell>'
    out = ['<table:table table:name="Table1" table:style-name="Table1">',
           '<table:table-column table:style-name="Table1.A"/>',
           '<table:table-column table:style-name="Table1.B" table:number-columns-repeated="4"/>',
           "<table:table-header-rows><table:table-row>"]
    out += [cell.format(r=1, s="Table_20_Heading", t=escape(x)) for x in head]
    out.append("</table:table-row></table:table-header-rows>")
    for row in rows:
        out.append("<table:table-row>")
        out += [cell.format(r=2, s="P7" if i else "Table_20_Contents", t=escape(x)) for i, x in enumerate(row)]
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def content_xml() -> str:
    body = [
        f'<text:p text:style-name="Title">{escape(TITLE)}</text:p>',
        f'<text:p text:style-name="P1">{inline(AUTHORS)}</text:p>',
        f'<text:p text:style-name="P2">{inline(AFFILIATIONS)}</text:p>',
        f'<text:p text:style-name="P3">{inline(CORRESPONDENCE)}</text:p>',
        '<text:p text:style-name="Abstract_20_Heading">Abstract</text:p>',
        f'<text:p text:style-name="Abstract">{inline(ABSTRACT)}</text:p>',
        f'<text:p text:style-name="P4">{inline(KEYWORDS)}</text:p>',
    ]
    list_id = 1437682190
    for n, (heading, numbered, blocks) in enumerate(BODY, start=1):
        mark = "" if numbered else ' text:is-list-header="true"'
        body.append(
            f'<text:h text:style-name="Heading_20_1" text:outline-level="1"{mark}>'
            f'<text:bookmark text:name="__RefHeading___Toc{2210 + n}_{3947215561 + n}"/>{escape(heading)}</text:h>'
        )
        for i, block in enumerate(blocks):
            if block[0] == "p":
                style = "First_20_line_20_indent" if i else "Text_20_body"
                body.append(f'<text:p text:style-name="{style}">{inline(block[1])}</text:p>')
            elif block[0] == "ref":
                body.append(f'<text:p text:style-name="P8">{inline(block[1])}</text:p>')
            elif block[0] == "list":
                items = "".join(
                    f'<text:list-item><text:p text:style-name="P5">{inline(item)}</text:p></text:list-item>'
                    for item in block[1]
                )
                body.append(f'<text:list xml:id="list{list_id}" text:style-name="L1">{items}</text:list>')
            elif block[0] == "table":
                body.append(f'<text:p text:style-name="Table">{inline(CAPTION)}</text:p>')
                body.append(table_xml())
                body.append(f'<text:p text:style-name="P6">{inline(TABLE_SOURCE)}</text:p>')
    automatic = (
        "<office:automatic-styles>"
        '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="16.002cm" '
        'table:align="margins" style:shadow="none"/></style:style>'
        '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties '
        'style:column-width="4.001cm"/></style:style>'
        '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties '
        'style:column-width="3.0cm"/></style:style>'
        '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.097cm" fo:border-left="none" fo:border-right="none" fo:border-top="0.5pt solid #000000" '
        'fo:border-bottom="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.097cm" fo:border="none"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="center" style:justify-single-word="false" fo:margin-top="0.212cm" fo:margin-bottom="0.106cm"/>'
        '<style:text-properties fo:font-size="12pt" officeooo:rsid="0012a4f1" officeooo:paragraph-rsid="0012a4f1"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="center" style:justify-single-word="false"/><style:text-properties fo:font-size="9pt" '
        'fo:font-style="italic"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="center" style:justify-single-word="false" fo:margin-bottom="0.423cm"/><style:text-properties '
        'fo:font-size="9pt"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Abstract"><style:paragraph-properties '
        'fo:margin-bottom="0.635cm"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="List_20_Bullet" '
        'style:list-style-name="L1"/>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties '
        'fo:font-size="9pt" fo:font-style="italic"/></style:style>'
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
        '<style:paragraph-properties fo:text-align="end" style:justify-single-word="false"/></style:style>'
        '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Bibliography_20_1">'
        '<style:paragraph-properties fo:margin-left="0.75cm" fo:text-indent="-0.75cm"><style:tab-stops>'
        '<style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-style="italic" '
        'style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>'
        '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:style-name="Bullet_20_Symbols" '
        'text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" '
        'fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet>'
        "</text:list-style>"
        "</office:automatic-styles>"
    )
    return (
        DECL
        + f'<office:document-content {xmlns(*ALL)} office:version="1.3">'
        + "<office:scripts/>"
        + '<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
        'style:font-family-generic="roman" style:font-pitch="variable"/><style:font-face style:name="Liberation Sans" '
        'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
        "</office:font-face-decls>"
        + automatic
        + "<office:body><office:text>"
        + '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
        '<text:sequence-decl text:display-outline-level="0" text:name="Table"/><text:sequence-decl '
        'text:display-outline-level="0" text:name="Text"/><text:sequence-decl text:display-outline-level="0" '
        'text:name="Drawing"/><text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>'
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )


def styles_xml() -> str:
    para = (
        '<style:style style:name="{name}" style:display-name="{display}" style:family="paragraph" '
        'style:parent-style-name="{parent}"{extra}>{props}</style:style>'
    )

    def p(name: str, display: str, parent: str, props: str, extra: str = "") -> str:
        return para.format(name=name, display=display, parent=parent, props=props, extra=extra)

    styles = [
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2" '
        'fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" style:punctuation-wrap="hanging" '
        'style:line-break="strict" style:tab-stop-distance="1.251cm" style:writing-mode="page"/><style:text-properties '
        'style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="GB" '
        'fo:hyphenate="false"/></style:default-style>',
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
        p("Heading", "Heading", "Standard", '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" '
          'style:contextual-spacing="false" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" '
          'fo:font-size="14pt"/>', ' style:next-style-name="Text_20_body" style:class="text"'),
        p("Text_20_body", "Text body", "Standard", '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" '
          'style:contextual-spacing="false" fo:line-height="115%" fo:text-align="justify"/>', ' style:class="text"'),
        p("First_20_line_20_indent", "First line indent", "Text_20_body", '<style:paragraph-properties '
          'fo:margin-left="0cm" fo:margin-right="0cm" fo:text-indent="0.499cm" style:auto-text-indent="false"/>',
          ' style:class="text"'),
        p("Title", "Title", "Heading", '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
          '<style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>', ' style:next-style-name="P1" style:class="chapter"'),
        p("Heading_20_1", "Heading 1", "Heading", '<style:paragraph-properties fo:margin-top="0.423cm" '
          'fo:margin-bottom="0.212cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>',
          ' style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"'),
        p("Abstract_20_Heading", "Abstract Heading", "Heading", '<style:paragraph-properties fo:text-align="center" '
          'style:justify-single-word="false"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>',
          ' style:next-style-name="Abstract" style:class="chapter"'),
        p("Abstract", "Abstract", "Standard", '<style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm" '
          'fo:text-align="justify"/><style:text-properties fo:font-size="10pt"/>', ' style:class="chapter"'),
        p("List_20_Bullet", "List Bullet", "Text_20_body", "", ' style:class="list"'),
        p("Table_20_Contents", "Table Contents", "Standard", '<style:text-properties fo:font-size="10pt"/>',
          ' style:class="extra"'),
        p("Table_20_Heading", "Table Heading", "Table_20_Contents", '<style:paragraph-properties fo:text-align="center" '
          'style:justify-single-word="false"/><style:text-properties fo:font-weight="bold"/>', ' style:class="extra"'),
        p("Caption", "Caption", "Standard", '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm"/>'
          '<style:text-properties fo:font-size="10pt" fo:font-style="italic"/>', ' style:class="extra"'),
        p("Table", "Table", "Caption", "", ' style:class="extra"'),
        p("Footnote", "Footnote", "Standard", '<style:paragraph-properties fo:margin-left="0.599cm" fo:text-indent="-0.599cm"/>'
          '<style:text-properties fo:font-size="9pt"/>', ' style:class="extra"'),
        p("Bibliography_20_1", "Bibliography 1", "Standard", '<style:text-properties fo:font-size="10pt"/>',
          ' style:class="index"'),
        p("Header_20_and_20_Footer", "Header and Footer", "Standard", '<style:paragraph-properties text:number-lines="false"/>',
          ' style:class="extra"'),
        p("Header", "Header", "Header_20_and_20_Footer", '<style:paragraph-properties fo:text-align="center" '
          'style:justify-single-word="false"/><style:text-properties fo:font-size="8pt" fo:color="#666666"/>',
          ' style:class="extra"'),
        p("Footer", "Footer", "Header_20_and_20_Footer", '<style:paragraph-properties fo:text-align="center" '
          'style:justify-single-word="false"/><style:text-properties fo:font-size="9pt"/>', ' style:class="extra"'),
        '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>',
        '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">'
        '<style:text-properties style:text-position="super 58%"/></style:style>',
        '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">'
        '<style:text-properties style:font-name="OpenSymbol"/></style:style>',
        '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-suffix="." '
        'style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.762cm" '
        'fo:text-indent="-0.762cm" fo:margin-left="0.762cm"/></style:list-level-properties></text:outline-level-style>'
        '<text:outline-level-style text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.016cm" '
        'fo:text-indent="-1.016cm" fo:margin-left="1.016cm"/></style:list-level-properties></text:outline-level-style>'
        "</text:outline-style>",
        '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
        'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>',
        '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" style:num-format="1" '
        'text:number-position="left" text:increment="5"/>',
    ]
    automatic = (
        '<office:automatic-styles><style:page-layout style:name="Mpm1"><style:page-layout-properties fo:page-width="21.001cm" '
        'fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" fo:margin-top="1.5cm" '
        'fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm" style:writing-mode="lr-tb" '
        'style:footnote-max-height="0cm"><style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.101cm" '
        'style:distance-after-sep="0.101cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" '
        'style:color="#000000"/></style:page-layout-properties><style:header-style><style:header-footer-properties '
        'fo:min-height="0cm" fo:margin-bottom="0.499cm"/></style:header-style><style:footer-style>'
        '<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.499cm"/></style:footer-style>'
        "</style:page-layout></office:automatic-styles>"
    )
    master = (
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Mpm1">'
        f'<style:header><text:p text:style-name="Header">{escape(HEADER)}</text:p></style:header>'
        '<style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1'
        "</text:page-number></text:p></style:footer></style:master-page></office:master-styles>"
    )
    return (
        DECL
        + f'<office:document-styles {xmlns(*ALL)} office:version="1.3">'
        + '<office:font-face-decls><style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" '
        'style:font-charset="x-symbol"/><style:font-face style:name="Liberation Serif" '
        'svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>'
        '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
        'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
        + "<office:styles>" + "".join(styles) + "</office:styles>"
        + automatic
        + master
        + "</office:document-styles>"
    )


def meta_xml() -> str:
    return (
        DECL
        + f'<office:document-meta {xmlns("office", "xlink", "dc", "meta", "ooo", "grddl")} office:version="1.3">'
        "<office:meta>"
        "<meta:creation-date>2025-10-06T09:41:17.284000000</meta:creation-date>"
        "<dc:date>2025-11-28T18:03:52.617000000</dc:date>"
        "<meta:editing-duration>PT19H47M12S</meta:editing-duration>"
        "<meta:editing-cycles>63</meta:editing-cycles>"
        "<meta:generator>LibreOffice/24.8.3.2$Windows_X86_64 LibreOffice_project/48a6bac9e7e268aeb4c3483fcf825c94556d9f92"
        "</meta:generator>"
        f"<dc:title>{escape(WORKING_TITLE)}</dc:title>"
        "<dc:language>en-GB</dc:language>"
        "<meta:initial-creator>Saltanat Yerzhanova</meta:initial-creator>"
        "<dc:creator>Farrukh Sobirov</dc:creator>"
        '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" meta:page-count="4" '
        'meta:paragraph-count="58" meta:word-count="1094" meta:character-count="7205" '
        'meta:non-whitespace-character-count="6131"/>'
        "</office:meta></office:document-meta>"
    )


def settings_xml() -> str:
    return (
        DECL
        + '<office:document-settings xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
        + f'{xmlns("office", "xlink", "ooo")} office:version="1.3">'
        + '<office:settings><config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item config:name="ViewAreaTop" config:type="long">0</config:config-item>'
        '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
        '<config:config-item config:name="ViewAreaWidth" config:type="long">41276</config:config-item>'
        '<config:config-item config:name="ViewAreaHeight" config:type="long">20321</config:config-item>'
        '</config:config-item-set><config:config-item-set config:name="ooo:configuration-settings">'
        '<config:config-item config:name="PrinterName" config:type="string"/>'
        '<config:config-item config:name="EmbedFonts" config:type="boolean">false</config:config-item>'
        "</config:config-item-set></office:settings></office:document-settings>"
    )


def manifest_xml() -> str:
    entries = [
        ("/", "application/vnd.oasis.opendocument.text", ' manifest:version="1.3"'),
        ("meta.xml", "text/xml", ""),
        ("settings.xml", "text/xml", ""),
        ("content.xml", "text/xml", ""),
        ("styles.xml", "text/xml", ""),
    ]
    rows = "".join(
        f' <manifest:file-entry manifest:full-path="{path}"{extra} manifest:media-type="{media}"/>\n'
        for path, media, extra in entries
    )
    return (
        DECL
        + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3" '
        'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
        + rows
        + "</manifest:manifest>"
    )


def main() -> None:
    stamp = (2025, 11, 28, 18, 3, 52)
    parts = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
        ("meta.xml", meta_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", settings_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", content_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", manifest_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(OUT, "w") as odt:
        for name, data, method in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            odt.writestr(info, data)


if __name__ == "__main__":
    main()
