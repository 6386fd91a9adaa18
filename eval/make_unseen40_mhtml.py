"""Write the MHTML file of the fortieth fresh dev set:

eval/unseen40/After Niger, France’s Orano Bets on Uzbek Uranium. Can Navoi Deliver_ _ Rameau Institute.mhtml — a
commentary page of a (fictional) Paris think tank, the Rameau Institute, as Chrome saves it with "Webpage, Single File"
(the file named from the page's title, with "?" and "|" saved as "_"). A real MHTML file as Blink writes it: the
headers "From: <Saved by Blink>", "Snapshot-Content-Location:", a "Subject:" of the page's title in RFC 2047 encoded
words (it holds a curly apostrophe), "Date:", "MIME-Version: 1.0" and a multipart/related Content-Type with
type="text/html" and a "----MultipartBoundary--…----" boundary; CRLF line ends; the page's HTML as the first part in
quoted-printable (=3D, soft line breaks at 76 columns), with a Content-ID "<frame-…@mhtml.blink>"; then the style sheet
(text/css, quoted-printable, its rules one a line as Blink serialises them), the logo (image/png, base64) and the photo
(image/jpeg, base64), each with its Content-Location. As Blink does, the snapshot has no <script> elements and a
Content-Type <meta> first in the head.

The page, every piece of text the reader sees on a line of its own in the source: a cookie banner (a sentence and three
buttons), the logo (an image) and a navigation of six links with "Search", "FR" / "EN" and "Support us", breadcrumbs,
a kicker, the <h1>, a dek, the byline, date and reading time, a "Share" bar of five links, a photo with its caption and
credit, the commentary in twelve paragraphs under four <h2> headings, a pull quote repeating one of its sentences, a
topics line, a disclaimer, an author box (name, post, a two-sentence bio, a link to her publications), "Related
commentary" with three titles and dates, a newsletter sign-up (heading, sentence, button, consent line), and a footer
(name, address, telephone, five links, ©).

The text is written for this set; the institute, the author, the quoted official and all figures are fictional (Orano,
its SOMAÏR mine in Niger, Navoiyuran, Nurlikum Mining, the South Djengeldi deposit, the Navoi region, the Kyzylkum,
KATCO, Rosatom, Bpifrance, Aktau, Baku, Poti and the French president's visit to Samarkand in November 2023 are real,
but what is said of them here is invented).
Run with the project's venv (Pillow for the two images): .venv/bin/python eval/make_unseen40_mhtml.py
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent / "unseen40"
TITLE = "After Niger, France’s Orano Bets on Uzbek Uranium. Can Navoi Deliver? | Rameau Institute"
OUT = HERE / (TITLE.replace("?", "_").replace("|", "_") + ".mhtml")

SITE = "https://www.rameau-institute.org"
URL = f"{SITE}/en/commentary/after-niger-orano-bets-on-uzbek-uranium"
CSS_URL = f"{SITE}/assets/css/site.7c41e2b9.css"
LOGO_URL = f"{SITE}/assets/img/rameau-logo.png"
PHOTO_URL = f"{SITE}/media/commentary/2025/12/kyzylkum-isr-wellfield-1200x675.jpg"
BOUNDARY = "----MultipartBoundary--Qm7vT2xK9pL4cR8wZ1nB6yH3dF5gJ0sAeU4iO2tV----"
FRAME_ID = "<frame-8D41B2C7E90F3A65D2C1B0E4F7A98C36@mhtml.blink>"
DATE = "Wed, 10 Dec 2025 16:42:07 -0000"

COOKIE = (
    "This site uses cookies to measure its audience and to remember your choices. You can accept them, refuse them "
    "or choose which ones we may use."
)
COOKIE_BUTTONS = ["Accept all", "Refuse", "Choose cookies"]
NAV = ["Research", "Regions", "Commentary", "Events", "Experts", "About us"]
NAV_TOOLS = ["Search", "FR", "EN", "Support us"]
BREADCRUMBS = ["Home", "Commentary", "Central Asia"]
KICKER = "Commentary · Energy and Eurasia"
HEADLINE = "After Niger, France’s Orano Bets on Uzbek Uranium. Can Navoi Deliver?"
DEK = (
    "Paris needs uranium from somewhere other than the Sahel, and Tashkent wants Western money without alarming "
    "Moscow or Beijing. The South Djengeldi project shows how far both can go, and where the limits lie."
)
BYLINE = "By Camille Ferrand"
DATELINE = "10 December 2025"
READ_TIME = "8 min read"
SHARE = "Share"
SHARE_LINKS = ["X", "LinkedIn", "Facebook", "Email", "Copy link"]
CAPTION = "Wellfields of an in-situ recovery uranium mine in the Kyzylkum desert, Navoi region."
CREDIT = "Photo: Nurlikum Mining"

PULL_QUOTE = "Uzbekistan will not replace Niger, but it can make France less dependent on any single supplier."

# (heading or None, [paragraphs]); "PULL" stands for the pull quote's place
BODY = [
    (None, [
        "When Orano lost operational control of its SOMAÏR mine in Niger at the end of 2024, the French nuclear fuel "
        "group lost more than a mine. Niger had supplied about 18 percent of the natural uranium Orano delivered to its "
        "customers in 2023, and the military government in Niamey has since blocked exports of the concentrate stored "
        "at the site, some 1,300 tonnes by Orano’s own count.",
        "Uzbekistan has moved into that gap faster than most observers expected. On 14 November 2025, in Tashkent, the "
        "shareholders of Nurlikum Mining took the final investment decision on the South Djengeldi deposit in the Navoi "
        "region. Orano holds 51 percent of the joint venture and Navoiyuran, Uzbekistan’s state uranium company, the "
        "other 49 percent. It is the first uranium mine in the country to be developed with a Western majority owner.",
    ]),
    ("What was decided in Tashkent", [
        "The partners will spend about 310 million euros to bring South Djengeldi into production by in-situ recovery, "
        "the method used across the Kyzylkum: a weak acid solution is pumped into the ore-bearing sands through one set "
        "of wells and pumped back out, carrying the dissolved uranium, through another. First output is planned for the "
        "second half of 2027. Production is to reach 700 tonnes of uranium a year by 2030, from resources that Nurlikum "
        "puts at about 9,500 tonnes.",
        "Orano will finance 60 percent of the capital expenditure. Navoiyuran will pay the rest, much of it in kind, in "
        "the form of roads, a power line and sulphuric acid from its own plant at Navoi. The joint venture expects to "
        "employ about 450 people once the mine is running, nearly all of them Uzbek citizens.",
        "Under the off-take agreement, Orano may buy up to 60 percent of the mine’s annual output. The rest stays with "
        "Navoiyuran, which sells most of its production under long-term contracts, the largest of them with Chinese "
        "utilities. At what price Orano will buy has not been disclosed. People familiar with the contract describe a "
        "formula tied to long-term market prices, but neither company has said whether it includes a floor.",
    ]),
    ("Why Tashkent said yes", [
        "For Uzbekistan the attraction is capital and a customer that is neither Chinese nor Russian. Navoiyuran "
        "produced about 4,100 tonnes of uranium in 2024 and wants to reach 7,000 tonnes a year by 2030, which it cannot "
        "do from its own balance sheet. Foreign partners bring money, and also the technology for the low-grade "
        "deposits that make up most of what is left in the Kyzylkum.",
        "Tashkent has been careful to present the French deal as one of several. Rosatom is building the country’s "
        "first nuclear power plant, and a week after the decision in Tashkent, Navoiyuran signed an exploration "
        "agreement with a Chinese state company for two blocks in the Samarkand region. “We sell uranium to whoever "
        "pays on time and respects the contract,” Jasur Normatov, a deputy director of Navoiyuran, told me in Navoi in "
        "November. “The French respect contracts.”",
        "PULL",
    ]),
    ("The long road to France", [
        "Getting the concentrate to France is harder than mining it. Until 2022, uranium from Central Asia bound for "
        "Western buyers went by rail through Russia to St Petersburg. Orano now plans to send South Djengeldi’s output "
        "by rail to Kazakhstan’s Caspian port of Aktau, by ship to Baku, and on through Georgia to the Black Sea port of "
        "Poti. The company says a shipment will take about 45 days from Navoi to its conversion plant in southern "
        "France, against roughly 30 days on the old route. It has not said how much more the new route costs.",
        "Each shipment needs transit licences from Kazakhstan, Azerbaijan and Georgia, and only two shipping companies "
        "on the Caspian are currently certified to carry radioactive material. Orano’s first test consignment, of 16 "
        "containers, is scheduled for May 2026.",
    ]),
    ("What France gets, and what it does not", [
        "The numbers put the deal in proportion. France’s fleet of 57 reactors needs roughly 7,500 tonnes of natural "
        "uranium a year. Orano’s share of South Djengeldi at full output, about 420 tonnes, would cover less than 6 "
        "percent of that. Kazakhstan, where Orano has mined through its joint venture KATCO since the 1990s, will "
        "remain far more important.",
        "The French state is nonetheless backing the project. Bpifrance, the public investment bank, is guaranteeing "
        "part of the loans through its export credit arm; the size of the guarantee has not been disclosed. Paris also "
        "wants the deal to anchor a wider relationship. Since the French president’s visit to Samarkand in November "
        "2023, trade between the two countries has grown to about 1.1 billion euros a year, and French officials speak "
        "of cooperation on critical minerals beyond uranium.",
        "Uzbekistan will not replace Niger, but it can make France less dependent on any single supplier. Whether it "
        "does depends on things neither side fully controls: the Caspian route, the price of uranium, and Tashkent’s "
        "readiness to keep Moscow and Beijing comfortable while it sells to Paris.",
    ]),
]

TOPICS = "Topics: Uranium · Uzbekistan · France · Nuclear energy · Central Asia"
DISCLAIMER = "The views expressed in this commentary are those of the author alone."
AUTHOR_NAME = "Camille Ferrand"
AUTHOR_ROLE = "Research Fellow, Energy and Eurasia Programme"
AUTHOR_BIO = (
    "Camille Ferrand works on nuclear fuel supply chains and on France’s relations with Central Asia. Before joining "
    "the institute in 2021 she spent four years at the French embassy in Astana."
)
AUTHOR_LINK = "All publications by Camille Ferrand"
RELATED_HEAD = "Related commentary"
RELATED = [
    ("Kazakhstan’s uranium and the limits of the Middle Corridor", "28 November 2025",
     "/en/commentary/kazakhstan-uranium-middle-corridor"),
    ("What the Sahel’s coups mean for Europe’s nuclear fuel", "6 October 2025", "/en/commentary/sahel-coups-nuclear-fuel"),
    ("Macron in Central Asia, two years on", "14 November 2025", "/en/commentary/macron-central-asia-two-years-on"),
]
NEWSLETTER_HEAD = "Sign up for our newsletter"
NEWSLETTER_TEXT = "Our analysis of Europe’s neighbourhood, every Friday in your inbox."
NEWSLETTER_BUTTON = "Subscribe"
NEWSLETTER_CONSENT = "By subscribing, you agree to our privacy policy. You can unsubscribe at any time."
FOOTER_NAME = "Rameau Institute"
FOOTER_ADDRESS = "14 rue Rameau, 75002 Paris, France"
FOOTER_PHONE = "+33 1 84 60 27 15"
FOOTER_LINKS = ["Legal notice", "Privacy policy", "Cookie settings", "Contact", "Careers"]
COPYRIGHT = "© 2025 Rameau Institute. All rights reserved."


def e(text: str) -> str:
    return html.escape(text, quote=False)


def page() -> str:
    """The page as Blink serialises it: the DOM's own line breaks between elements, no scripts."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(TITLE)}</title>",
        f'<meta name="description" content="{e(DEK)}">',
        f'<meta property="og:title" content="{e(HEADLINE)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{URL}">',
        f'<meta property="og:image" content="{PHOTO_URL}">',
        f'<link rel="canonical" href="{URL}">',
        f'<link rel="alternate" hreflang="fr" href="{SITE}/fr/analyses/apres-le-niger-orano-mise-sur-l-uranium-ouzbek">',
        f'<link rel="stylesheet" href="{CSS_URL}">',
        "</head>",
        '<body class="node-commentary lang-en">',
        '<div id="cookie-consent" class="cookie-consent is-visible" role="dialog" aria-live="polite">',
        f'<p class="cookie-consent__text">{e(COOKIE)}</p>',
        '<div class="cookie-consent__actions">',
    ]
    out += [f'<button type="button" class="btn btn--small">{e(b)}</button>' for b in COOKIE_BUTTONS]
    out += [
        "</div>",
        "</div>",
        '<header class="site-header">',
        '<div class="site-header__inner">',
        f'<a class="site-logo" href="{SITE}/en"><img src="{LOGO_URL}" alt="Rameau Institute" width="168" height="42"></a>',
        '<nav class="main-nav" aria-label="Main"><ul>',
    ]
    out += [f'<li><a href="{SITE}/en/{n.lower().replace(" ", "-")}">{e(n)}</a></li>' for n in NAV]
    out += [
        "</ul></nav>",
        '<div class="site-tools">',
        f'<button type="button" class="search-toggle" aria-label="Search">{e(NAV_TOOLS[0])}</button>',
        f'<a href="{SITE}/fr/analyses/apres-le-niger-orano-mise-sur-l-uranium-ouzbek" lang="fr">{NAV_TOOLS[1]}</a>',
        f'<a href="{URL}" class="is-active" lang="en">{NAV_TOOLS[2]}</a>',
        f'<a class="btn btn--accent" href="{SITE}/en/support-us">{e(NAV_TOOLS[3])}</a>',
        "</div>",
        "</div>",
        "</header>",
        '<main id="main" class="site-main">',
        '<nav class="breadcrumbs" aria-label="Breadcrumb">'
        + " › ".join(f'<a href="{SITE}/en/{b.lower().replace(" ", "-")}">{e(b)}</a>' for b in BREADCRUMBS) + "</nav>",
        '<article class="commentary">',
        '<header class="commentary__header">',
        f'<p class="kicker">{e(KICKER)}</p>',
        f'<h1 class="commentary__title">{e(HEADLINE)}</h1>',
        f'<p class="commentary__dek">{e(DEK)}</p>',
        '<div class="commentary__meta">',
        f'<a class="byline" href="{SITE}/en/experts/camille-ferrand">{e(BYLINE)}</a>',
        f'<time datetime="2025-12-10T09:00:00+01:00">{e(DATELINE)}</time>',
        f'<span class="read-time">{e(READ_TIME)}</span>',
        "</div>",
        '<div class="share-bar">',
        f'<span class="share-bar__label">{e(SHARE)}</span>',
    ]
    out += [f'<a class="share-bar__link" href="#" rel="nofollow">{e(s)}</a>' for s in SHARE_LINKS]
    out += [
        "</div>",
        "</header>",
        '<figure class="commentary__image">',
        f'<img src="{PHOTO_URL}" alt="" width="1200" height="675" loading="eager">',
        "<figcaption>",
        f'<span class="caption">{e(CAPTION)}</span>',
        f'<span class="credit">{e(CREDIT)}</span>',
        "</figcaption>",
        "</figure>",
        '<div class="commentary__body">',
    ]
    for heading, paras in BODY:
        if heading:
            out.append(f"<h2>{e(heading)}</h2>")
        for p in paras:
            if p == "PULL":
                out.append(f'<blockquote class="pull-quote"><p>{e(PULL_QUOTE)}</p></blockquote>')
            else:
                out.append(f"<p>{e(p)}</p>")
    out += [
        "</div>",
        '<footer class="commentary__footer">',
        f'<p class="topics">{e(TOPICS)}</p>',
        f'<p class="disclaimer">{e(DISCLAIMER)}</p>',
        '<aside class="author-box">',
        f'<img src="{SITE}/media/experts/ferrand-camille-160.jpg" alt="" width="80" height="80">',
        '<div class="author-box__text">',
        f'<p class="author-box__name">{e(AUTHOR_NAME)}</p>',
        f'<p class="author-box__role">{e(AUTHOR_ROLE)}</p>',
        f'<p class="author-box__bio">{e(AUTHOR_BIO)}</p>',
        f'<a href="{SITE}/en/experts/camille-ferrand#publications">{e(AUTHOR_LINK)}</a>',
        "</div>",
        "</aside>",
        "</footer>",
        "</article>",
        '<section class="related">',
        f"<h2>{e(RELATED_HEAD)}</h2>",
        '<ul class="related__list">',
    ]
    for title, date, path in RELATED:
        out += [
            '<li class="related__item">',
            f'<a href="{SITE}{path}">{e(title)}</a>',
            f"<time>{e(date)}</time>",
            "</li>",
        ]
    out += [
        "</ul>",
        "</section>",
        '<section class="newsletter">',
        f"<h2>{e(NEWSLETTER_HEAD)}</h2>",
        f"<p>{e(NEWSLETTER_TEXT)}</p>",
        f'<form class="newsletter__form" action="{SITE}/en/newsletter" method="post">',
        '<input type="email" name="email" placeholder="Your email address" required="">',
        f'<button type="submit" class="btn">{e(NEWSLETTER_BUTTON)}</button>',
        "</form>",
        f'<p class="newsletter__consent">{e(NEWSLETTER_CONSENT)}</p>',
        "</section>",
        "</main>",
        '<footer class="site-footer">',
        f'<p class="site-footer__name">{e(FOOTER_NAME)}</p>',
        f"<address>{e(FOOTER_ADDRESS)}</address>",
        f'<p class="site-footer__phone">{e(FOOTER_PHONE)}</p>',
        '<ul class="site-footer__links">',
    ]
    out += [f'<li><a href="{SITE}/en/{x.lower().replace(" ", "-")}">{e(x)}</a></li>' for x in FOOTER_LINKS]
    out += [
        "</ul>",
        f'<p class="site-footer__copyright">{e(COPYRIGHT)}</p>',
        "</footer>",
        "</body></html>",
    ]
    return "\n".join(out)


CSS = """\
@charset "utf-8";
:root { --ink: #1c1f26; --accent: #8a1538; --paper: #fbfaf7; --rule: #e3ded4; }
html { font-size: 100%; }
body { margin: 0px; background: var(--paper); color: var(--ink); font-family: "Source Serif 4", Georgia, serif; }
a { color: var(--accent); text-decoration: none; }
.cookie-consent { position: fixed; bottom: 0px; left: 0px; right: 0px; z-index: 1000; padding: 16px 24px; background: rgb(28, 31, 38); color: rgb(255, 255, 255); font-family: Inter, Arial, sans-serif; font-size: 14px; }
.cookie-consent__actions { display: flex; gap: 8px; margin-top: 8px; }
.btn { display: inline-block; padding: 8px 16px; border: 1px solid var(--accent); border-radius: 2px; background: var(--accent); color: rgb(255, 255, 255); font-family: Inter, Arial, sans-serif; }
.btn--small { padding: 4px 12px; font-size: 13px; }
.site-header { border-bottom: 1px solid var(--rule); background: rgb(255, 255, 255); }
.site-header__inner { display: flex; align-items: center; justify-content: space-between; max-width: 1180px; margin: 0px auto; padding: 12px 24px; }
.main-nav ul { display: flex; gap: 24px; margin: 0px; padding: 0px; list-style: none; font-family: Inter, Arial, sans-serif; font-size: 15px; }
.site-tools { display: flex; align-items: center; gap: 12px; font-family: Inter, Arial, sans-serif; font-size: 13px; }
.breadcrumbs { max-width: 760px; margin: 24px auto 0px; font-family: Inter, Arial, sans-serif; font-size: 13px; color: rgb(110, 110, 110); }
.commentary { max-width: 760px; margin: 0px auto; padding: 0px 24px; }
.kicker { font-family: Inter, Arial, sans-serif; font-size: 12px; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
.commentary__title { font-size: 40px; line-height: 1.15; margin: 8px 0px 16px; }
.commentary__dek { font-size: 21px; line-height: 1.45; color: rgb(68, 68, 68); }
.commentary__meta { display: flex; gap: 16px; font-family: Inter, Arial, sans-serif; font-size: 14px; color: rgb(110, 110, 110); }
.share-bar { display: flex; gap: 12px; margin: 16px 0px; padding: 8px 0px; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font-family: Inter, Arial, sans-serif; font-size: 13px; }
.commentary__image img { width: 100%; height: auto; }
.commentary__image figcaption { font-family: Inter, Arial, sans-serif; font-size: 13px; color: rgb(110, 110, 110); }
.commentary__image .credit { display: block; font-size: 11px; text-transform: uppercase; }
.commentary__body p { font-size: 19px; line-height: 1.65; margin: 0px 0px 20px; }
.commentary__body h2 { font-size: 25px; margin: 36px 0px 12px; }
.pull-quote { margin: 32px 0px; padding: 0px 0px 0px 24px; border-left: 4px solid var(--accent); font-size: 26px; font-style: italic; }
.topics, .disclaimer { font-family: Inter, Arial, sans-serif; font-size: 13px; color: rgb(110, 110, 110); }
.author-box { display: flex; gap: 16px; margin: 32px 0px; padding: 20px; background: rgb(243, 240, 233); }
.author-box img { border-radius: 50%; }
.author-box__name { font-weight: 700; margin: 0px; }
.related, .newsletter { max-width: 760px; margin: 40px auto; padding: 0px 24px; }
.related__list { list-style: none; padding: 0px; }
.related__item time { display: block; font-family: Inter, Arial, sans-serif; font-size: 12px; color: rgb(110, 110, 110); }
.newsletter { padding: 24px; background: rgb(28, 31, 38); color: rgb(255, 255, 255); }
.newsletter__consent { font-size: 12px; }
.site-footer { padding: 40px 24px; background: rgb(17, 19, 24); color: rgb(204, 204, 204); font-family: Inter, Arial, sans-serif; font-size: 13px; }
.site-footer__links { display: flex; gap: 16px; list-style: none; padding: 0px; }
@media (max-width: 720px) {
  .main-nav { display: none; }
  .commentary__title { font-size: 30px; }
}
"""


def qp(text: str) -> str:
    """Quoted-printable as Blink writes it: each source line encoded ('=' and every byte outside printable ASCII as
    =XX, a space or tab at a line's end too), lines cut with a soft break '=' so that none is longer than 76
    characters, CRLF line ends."""
    out = []
    for line in text.split("\n"):
        data = line.encode("utf-8")
        tokens = []
        for i, b in enumerate(data):
            last = i == len(data) - 1
            if b == 0x3D or b > 126 or (b < 32 and b != 9) or (last and b in (9, 32)):
                tokens.append(f"={b:02X}")
            else:
                tokens.append(chr(b))
        current = ""
        for tok in tokens:
            if len(current) + len(tok) > 75:
                out.append(current + "=")
                current = ""
            current += tok
        out.append(current)
    return "\r\n".join(out)


def b64(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def logo() -> bytes:
    img = Image.new("RGBA", (168, 42), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 4, 33, 37), fill=(138, 21, 56, 255))
    draw.line((8, 30, 16, 12, 25, 30), fill=(255, 255, 255, 255), width=3)
    draw.text((42, 8), "RAMEAU", fill=(28, 31, 38, 255))
    draw.text((42, 22), "INSTITUTE", fill=(110, 110, 110, 255))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def photo() -> bytes:
    w, h = 480, 270
    img = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(img)
    for y in range(h):  # a pale sky over sand
        if y < 96:
            c = (178 + y // 6, 200 + y // 8, 222)
        else:
            c = (214 - (y - 96) // 5, 188 - (y - 96) // 6, 140 - (y - 96) // 7)
        draw.line((0, y, w, y), fill=c)
    for row in range(4):  # rows of wellheads
        for col in range(12):
            x, y = 20 + col * 38 + row * 9, 130 + row * 34
            draw.rectangle((x, y, x + 6, y + 12), fill=(90, 96, 104))
            draw.line((x + 3, y + 12, x + 3, y + 20), fill=(60, 60, 60))
    draw.line((0, 240, w, 226), fill=(120, 120, 128), width=3)  # a collector pipe
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=70)
    return buf.getvalue()


def subject(title: str) -> str:
    """The title as RFC 2047 'Q' encoded words of UTF-8, folded as Blink folds them."""
    words, current = [], ""
    for ch in title:
        if ch == " ":
            tok = "_"
        elif ch.isascii() and ch.isprintable() and ch not in "=?_":
            tok = ch
        else:
            tok = "".join(f"={b:02X}" for b in ch.encode("utf-8"))
        if len(current) + len(tok) > 52:
            words.append(current)
            current = ""
        current += tok
    words.append(current)
    return "\r\n ".join(f"=?utf-8?Q?{w}?=" for w in words)


def main() -> None:
    HERE.mkdir(exist_ok=True)
    head = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {URL}",
        f"Subject: {subject(TITLE)}",
        f"Date: {DATE}",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{BOUNDARY}"',
        "",
        "",
        "",
    ]
    parts = [
        ["Content-Type: text/html", f"Content-ID: {FRAME_ID}", "Content-Transfer-Encoding: quoted-printable",
         f"Content-Location: {URL}", "", qp(page())],
        ["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable", f"Content-Location: {CSS_URL}", "",
         qp(CSS.rstrip("\n"))],
        ["Content-Type: image/png", "Content-Transfer-Encoding: base64", f"Content-Location: {LOGO_URL}", "", b64(logo())],
        ["Content-Type: image/jpeg", "Content-Transfer-Encoding: base64", f"Content-Location: {PHOTO_URL}", "",
         b64(photo())],
    ]
    body = "\r\n".join(head)
    for part in parts:
        body += f"--{BOUNDARY}\r\n" + "\r\n".join(part) + "\r\n\r\n"
    body += f"--{BOUNDARY}--\r\n"
    OUT.write_bytes(body.encode("ascii"))


if __name__ == "__main__":
    main()
