"""Write the Evernote export of the forty-third fresh dev set by hand (no Evernote library):

eval/unseen43/Over the Khunjerab_ Kazakh and Kyrgyz truckers test the Karakoram road to Karachi.enex — a news analysis
of the (fictional) site Corridor Asia, clipped whole with the Evernote Web Clipper ("Full page") and exported from
Evernote 10 as one note: the XML declaration, the en-export DOCTYPE, <en-export> with its export-date, application and
version, one <note> with <title>, <created>, <updated>, three <tag>s, <note-attributes> (author, source "web.clip7",
source-url), the <content> as CDATA holding the ENML document (its own XML declaration and en-note DOCTYPE, then
<en-note> with the page as divs with inline styles, as the clipper writes them: the site's bar and menu, an
"Advertisement" slot, kicker, headline, dek, byline and date, share links, the photo as <en-media> with its caption and
credit, the article's paragraphs and subheadings, a tag line, the author's note, "Related" with three links, a
newsletter box and the footer; every piece of text on a line of its own), then two <resource>s (the photo and the
site's logo, JPEG, base64 in lines of 76 characters, their hashes the MD5 of their bytes, as <en-media hash=…> cites
them).

The text is written for this set. The Quadrilateral Traffic in Transit Agreement (China, Pakistan, Kazakhstan and
Kyrgyzstan, 1995), the Karakoram Highway, the Khunjerab pass, Sost, Gilgit, Kashgar, Tashkurgan, Khorgos, Torugart,
Irkeshtam, Karachi, Port Qasim, Pakistan's National Logistics Corporation and the TIR system are real; the site, its
people, the quoted officials, the convoys, the dates and all figures are fictional.
Run with the project's venv: .venv/bin/python eval/make_unseen43_enex.py
"""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent / "unseen43"
TITLE = "Over the Khunjerab: Kazakh and Kyrgyz truckers test the Karakoram road to Karachi"
OUT = HERE / "Over the Khunjerab_ Kazakh and Kyrgyz truckers test the Karakoram road to Karachi.enex"
URL = "https://www.corridor-asia.com/analysis/2025/12/02/khunjerab-karakoram-karachi-kazakh-kyrgyz-trucks"

DEK = (
    "Thirty years after four countries signed a transit pact, the first regular convoys from Almaty and Bishkek have "
    "reached the Arabian Sea. The road is short on paper and long in practice."
)

# (kind, text): "h2" a subheading, "p" a paragraph
BODY = [
    ("p", "When eleven Kazakh lorries rolled into the container yard at Port Qasim on 15 October, their drivers had "
          "been on the road for nine days and had crossed two of the highest border posts in the world. The trucks, "
          "loaded with flour and cotton fibre, had left Almaty on 6 October, entered China at Khorgos, run the length "
          "of Xinjiang to Kashgar and then climbed the Karakoram Highway over the Khunjerab pass at 4,693 metres into "
          "Pakistan. Seven Kyrgyz trucks carrying dried beans and hides, which set out from Bishkek the same week and "
          "entered China through Torugart, joined them in Kashgar."),
    ("p", "It was the first convoy run under a timetable rather than as a one-off demonstration. The operators plan to "
          "repeat it every two weeks while the pass is open, and they want it to prove that the Quadrilateral Traffic in "
          "Transit Agreement, signed by China, Pakistan, Kazakhstan and Kyrgyzstan in 1995, can finally carry "
          "commercial volumes."),
    ("h2", "A pact that waited three decades"),
    ("p", "For most of its life the agreement has been a document without traffic. Kazakh carriers ran a few test "
          "trips in 2023 and 2024, but a single truck needed separate permits from Chinese and Pakistani authorities, "
          "and the paperwork took longer than the drive. What changed this year, according to hauliers in Almaty, was a "
          "protocol agreed at a meeting of the four transport ministries in Islamabad in March, which lets a carrier "
          "apply for the Chinese and Pakistani permits through one national body and recognises TIR carnets along the "
          "whole route."),
    ("p", "\u201cBefore, we spent more days on stamps than on the road,\u201d said Galymzhan Nurpeisov, who heads the "
          "Pakistan desk of KazATO, Kazakhstan\u2019s union of international road carriers. \u201cNow a company can send "
          "a truck to Karachi with one application. It is still not cheap, but it is possible.\u201d He said KazATO had "
          "issued 64 permit sets for the route by the end of November, but the number of Chinese transit permits "
          "allotted to Kazakh carriers for 2026 has not been disclosed."),
    ("p", "The distance from Almaty to Karachi by this road is about 4,300 kilometres. A truck pays tolls and fees in "
          "three countries, and hauliers put the full cost of a one-way trip at about 6,800 dollars, roughly a third "
          "more than the same weight sent by rail to a Chinese seaport and on by ship. The fee China charges for each "
          "foreign truck in transit has not been made public, and neither Beijing nor Islamabad has published what the "
          "route earns them."),
    ("h2", "The mountain sets the calendar"),
    ("p", "The Khunjerab crossing is open to cargo only from 1 April to 30 November, and snow can close the highway on "
          "either side for days at a time. On the Pakistani side trucks are inspected at the Sost dry port, 85 "
          "kilometres below the pass, where the National Logistics Corporation has rebuilt the customs yard and added "
          "bays for refrigerated trailers. The cost of that upgrade was not made public."),
    ("p", "From Sost the road runs through Gilgit and down the Indus valley to the plains. Pakistani officials say the "
          "stretch is safe for convoys, but insurers disagree: a policy covering a truck and its cargo from the pass to "
          "Karachi costs Kazakh carriers about 420 dollars, and two of the eleven firms in the October convoy said they "
          "could not find cover at any price for the return leg."),
    ("p", "Adeel Hashmi, an official of Pakistan\u2019s commerce ministry who followed the convoy, said Islamabad saw "
          "the route as a way to sell more to Central Asia without depending on Afghanistan. \u201cThe road through "
          "Afghanistan is shorter, but every truck there is a negotiation,\u201d he said. \u201cThis road is long, but "
          "the rules are written down.\u201d"),
    ("h2", "What the trucks carry, and what they bring back"),
    ("p", "Trade is still small. Kazakhstan\u2019s trade with Pakistan reached about 240 million dollars in the first "
          "nine months of 2025, and Kyrgyzstan\u2019s about 38 million, most of it moving by sea and rail through China "
          "or by road through Afghanistan. Kazakh exporters send grain, flour and metals; Pakistan sells rice, citrus, "
          "medicines and surgical instruments."),
    ("p", "The convoys are meant to balance that flow. On the way back the October trucks were due to load kinnow "
          "mandarins and rice in Karachi and Lahore, but how many of the 18 trucks returned with cargo has not been "
          "disclosed. Carriers say empty return legs would double the real cost of each trip."),
    ("p", "The Kyrgyz side has its own reason to care. Bishkek has long promoted Torugart and Irkeshtam as gates to "
          "China; a working route to Karachi would make them gates to the sea as well. Kyrgyz officials have talked "
          "of a logistics centre near Naryn to consolidate cargo for the trip, but no budget for it has been announced."),
    ("h2", "Can it grow?"),
    ("p", "The operators\u2019 target is modest: 600 trucks in the 2026 season, against about 90 on all trips this "
          "year. Reaching it would need Chinese permits in larger numbers, faster checks at Tashkurgan, where Chinese "
          "customs inspect cargo before the climb, and a tariff for the Xinjiang stretch that carriers can plan on."),
    ("p", "There are also rivals. The Trans-Afghan railway, if it is ever built, would carry the same goods more "
          "cheaply, and the road through Afghanistan to Peshawar already takes Uzbek trucks to Karachi in about six "
          "days. For Kazakh and Kyrgyz firms the Karakoram road is for now an insurance policy, a second door to the "
          "sea that does not pass through a country whose government few states recognise."),
    ("p", "Nurpeisov put it plainly. \u201cNobody will send wheat to Karachi over the Himalayas if there is a cheaper "
          "way,\u201d he said. \u201cBut when the other roads close, this one will be there.\u201d"),
]

CAPTION = "Kazakh trucks wait at the Chinese border post near Tashkurgan before the climb to the Khunjerab pass, October 2025."
CREDIT = "Photo: Corridor Asia / Yerlan Abenov"


def jpeg(width: int, height: int, colour: tuple[int, int, int], seed: int) -> bytes:
    img = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(img)
    for i in range(0, width, 7 + seed):
        draw.line([(i, 0), (i + height // 2, height)], fill=(colour[0] // 2, colour[1] // 2, colour[2] // 2), width=2)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


PHOTO = jpeg(320, 180, (150, 160, 175), 5)
LOGO = jpeg(120, 32, (20, 60, 110), 9)
P_HASH, L_HASH = hashlib.md5(PHOTO).hexdigest(), hashlib.md5(LOGO).hexdigest()

DIV = '<div style="font-family: Georgia, serif; font-size: 17px; line-height: 1.6; color: rgb(34, 34, 34); margin: 0 0 18px 0;">'
SANS = 'font-family: Helvetica, Arial, sans-serif;'


def enml() -> str:
    e = escape
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">',
        '<en-note style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">',
        f'<div style="{SANS} background-color: rgb(15, 45, 85); padding: 8px 16px;">',
        f'<en-media hash="{L_HASH}" type="image/jpeg" width="120" height="32" style="vertical-align: middle;"/>',
        '<div style="color: rgb(255, 255, 255); font-size: 12px;">',
        '<a href="https://www.corridor-asia.com/" style="color: rgb(255, 255, 255);">Corridor Asia</a>',
        '</div>',
        '<div style="color: rgb(200, 215, 235); font-size: 12px;">',
        'Trade routes, power and money from the Caspian to the Pacific',
        '</div>',
        '</div>',
        f'<div style="{SANS} font-size: 13px; padding: 6px 16px; border-bottom: 1px solid rgb(221, 221, 221);">',
        '<a href="https://www.corridor-asia.com/news/">News</a>',
        '<a href="https://www.corridor-asia.com/analysis/">Analysis</a>',
        '<a href="https://www.corridor-asia.com/logistics/">Logistics</a>',
        '<a href="https://www.corridor-asia.com/energy/">Energy</a>',
        '<a href="https://www.corridor-asia.com/data/">Data</a>',
        '<a href="https://www.corridor-asia.com/subscribe/">Subscribe</a>',
        '<a href="https://www.corridor-asia.com/login/">Log in</a>',
        '</div>',
        f'<div style="{SANS} font-size: 10px; color: rgb(153, 153, 153); text-align: center; margin: 12px 0;">',
        'Advertisement',
        '</div>',
        f'<div style="{SANS} font-size: 12px; color: rgb(0, 102, 153); text-transform: uppercase; letter-spacing: 1px;">',
        'Analysis \u00b7 Logistics',
        '</div>',
        f'<div style="font-family: Georgia, serif; font-size: 34px; font-weight: bold; line-height: 1.2; margin: 6px 0 10px 0;">',
        e(TITLE),
        '</div>',
        '<div style="font-family: Georgia, serif; font-size: 20px; color: rgb(85, 85, 85); margin-bottom: 14px;">',
        e(DEK),
        '</div>',
        f'<div style="{SANS} font-size: 13px; color: rgb(102, 102, 102);">',
        'By Saule Tokhtarova',
        '</div>',
        f'<div style="{SANS} font-size: 13px; color: rgb(102, 102, 102);">',
        '2 December 2025 \u00b7 7 min read',
        '</div>',
        f'<div style="{SANS} font-size: 12px; margin: 10px 0 16px 0;">',
        '<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.corridor-asia.com%2Fanalysis%2F2025%2F12%2F02%2Fkhunjerab">Share on X</a>',
        '<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.corridor-asia.com%2Fanalysis%2F2025%2F12%2F02%2Fkhunjerab">Share on Facebook</a>',
        '<a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.corridor-asia.com%2Fanalysis%2F2025%2F12%2F02%2Fkhunjerab">Share on LinkedIn</a>',
        '<a href="mailto:?subject=Over%20the%20Khunjerab">Email this article</a>',
        '</div>',
        '<div style="margin: 0 0 18px 0;">',
        f'<en-media hash="{P_HASH}" type="image/jpeg" width="640" height="360" style="max-width: 100%;"/>',
        f'<div style="{SANS} font-size: 13px; color: rgb(85, 85, 85); margin-top: 6px;">',
        e(CAPTION),
        '</div>',
        f'<div style="{SANS} font-size: 11px; color: rgb(136, 136, 136);">',
        e(CREDIT),
        '</div>',
        '</div>',
    ]
    for kind, text in BODY:
        if kind == "h2":
            lines += ['<div style="font-family: Georgia, serif; font-size: 23px; font-weight: bold; margin: 26px 0 10px 0;">',
                      e(text), '</div>']
        else:
            lines += [DIV, e(text), '</div>']
    lines += [
        f'<div style="{SANS} font-size: 13px; margin: 24px 0 8px 0; color: rgb(85, 85, 85);">',
        'Topics: Kazakhstan, Kyrgyzstan, Pakistan, China, Road transport',
        '</div>',
        f'<div style="{SANS} font-size: 14px; font-style: italic; border-top: 1px solid rgb(221, 221, 221); padding-top: 10px;">',
        'Saule Tokhtarova is Corridor Asia\u2019s logistics correspondent in Almaty.',
        '</div>',
        f'<div style="{SANS} margin: 24px 0;">',
        '<div style="font-size: 16px; font-weight: bold; margin-bottom: 6px;">',
        'Related',
        '</div>',
        '<div><a href="https://www.corridor-asia.com/logistics/2025/11/18/khorgos-queues-winter">Khorgos queues return as winter slows gauge changes</a></div>',
        '<div><a href="https://www.corridor-asia.com/analysis/2025/11/04/gwadar-empty-berths">Gwadar\u2019s empty berths: why Central Asian cargo still avoids it</a></div>',
        '<div><a href="https://www.corridor-asia.com/data/2025/10/22/truck-permits-eurasia">Chart: who gets the most road permits in Eurasia</a></div>',
        '</div>',
        f'<div style="{SANS} background-color: rgb(240, 244, 248); padding: 14px 16px; margin: 20px 0;">',
        '<div style="font-size: 16px; font-weight: bold;">',
        'The Corridor Asia Briefing',
        '</div>',
        '<div style="font-size: 13px;">',
        'Every Tuesday: the routes, deals and disputes that move goods across Eurasia.',
        '</div>',
        '<div style="font-size: 13px; font-weight: bold; color: rgb(0, 102, 153);">',
        'Sign up',
        '</div>',
        '</div>',
        f'<div style="{SANS} font-size: 11px; color: rgb(136, 136, 136); border-top: 1px solid rgb(221, 221, 221); padding-top: 10px;">',
        '<div>',
        'About \u00b7 Advertise \u00b7 Privacy policy \u00b7 Terms',
        '</div>',
        '<div>',
        '\u00a9 2025 Corridor Asia Media Ltd. All rights reserved.',
        '</div>',
        '</div>',
        '</en-note>',
    ]
    return "\n".join(lines)


def b64(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def resource(data: bytes, width: int, height: int, name: str, url: str) -> str:
    return (
        f'<resource><data encoding="base64">\n{b64(data)}\n</data><mime>image/jpeg</mime>'
        f"<width>{width}</width><height>{height}</height>"
        f"<resource-attributes><source-url>{escape(url)}</source-url><file-name>{name}</file-name>"
        "</resource-attributes></resource>"
    )


def main() -> None:
    HERE.mkdir(exist_ok=True)
    export = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
        '<en-export export-date="20251204T101500Z" application="Evernote" version="10.152.4">\n'
        f"  <note><title>{escape(TITLE)}</title><created>20251203T081247Z</created><updated>20251203T081512Z</updated>"
        "<tag>Pakistan</tag><tag>transit</tag><tag>to read</tag>"
        "<note-attributes><author>Corridor Asia</author><source>web.clip7</source>"
        f"<source-url>{escape(URL)}</source-url><source-application>webclipper.evernote</source-application>"
        "</note-attributes>"
        f"<content>\n      <![CDATA[{enml()}]]>\n    </content>"
        + resource(PHOTO, 640, 360, "khunjerab-convoy-tashkurgan.jpg",
                   "https://cdn.corridor-asia.com/images/2025/12/khunjerab-convoy-tashkurgan.jpg")
        + resource(LOGO, 120, 32, "corridor-asia-logo.jpg", "https://cdn.corridor-asia.com/static/corridor-asia-logo.jpg")
        + "</note>\n</en-export>\n"
    )
    OUT.write_text(export, encoding="utf-8")
    print(OUT, len(export))


if __name__ == "__main__":
    main()
