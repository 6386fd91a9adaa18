"""Write the Safari Web Archive of the forty-fourth fresh dev set with plistlib:

eval/unseen44/Dishes on the steppe_ Starlink's patchy welcome in Central Asia – Silk Signal.webarchive — a news
analysis page of Silk Signal, a (fictional) Tallinn magazine on technology and power in Eurasia, saved by Safari on a
Mac with File › Save As… › Web Archive (the file named after the page's <title>, its colon saved as "_"): a binary
property list (plistlib.FMT_BINARY) whose WebMainResource holds the page's HTML as bytes (WebResourceData), its MIME
type, its text encoding, its URL and an empty frame name, and whose WebSubresources hold the site's style sheet, its
script, the logo (a few bytes of PNG) and the two photographs (a few bytes of JPEG), each with the same five keys.

The page carries the site's whole chrome, one element a source line: a <head> with the title, meta description,
Open Graph and Twitter tags, canonical link, the style sheet and two scripts (one a JSON-LD NewsArticle); in the body
a top bar, the masthead with the logo's name and tagline, the menu, the breadcrumbs, the kicker, the <h1>, the dek,
the byline, the date and reading time, a share bar, two figures with captions and credits, two inline "Read more"
links, a pull quote, a newsletter box, "More from Analysis" with three headlines, a tags line and a footer.

The prose is written for this set. Starlink, SpaceX, Kazakhtelecom, the Ministry of Digital Development, Innovation
and Aerospace Industry of Kazakhstan, Uzbekistan's Ministry of Digital Technologies, the State Customs Committee,
Kyrgyzstan's Ministry of Emergency Situations, Spacesail (Shanghai Spacecom Satellite Technology) and its Qianfan
constellation and Bureau 1440 are real; the magazine, its people, the quotes and all figures, dates and contracts are
fictional. Run with the project's venv: .venv/bin/python eval/make_unseen44_webarchive.py
"""

from __future__ import annotations

import plistlib
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen44"
OUT = HERE / "Dishes on the steppe_ Starlink's patchy welcome in Central Asia – Silk Signal.webarchive"
URL = "https://silksignal.eu/analysis/2025/12/04/starlink-central-asia-licences"
TITLE = "Dishes on the steppe: Starlink's patchy welcome in Central Asia"
DEK = ("Kazakhstan has licensed Elon Musk's satellite service for its villages, Kyrgyzstan lets rescuers use it, "
       "and Uzbekistan is talking to a Chinese rival instead.")

BODY = [
    ("p", "When the first 40 Starlink terminals were bolted to school roofs in the Akmola region in the spring of 2024, "
          "officials in Astana called it an experiment. Eighteen months later the experiment has become policy. On 14 "
          "October 2025 the Ministry of Digital Development, Innovation and Aerospace Industry issued the company a "
          "ten-year licence to sell its service across Kazakhstan, making the country the first in Central Asia to let "
          "SpaceX deal directly with private customers."),
    ("p", "The licence comes with conditions that say a good deal about how Astana balances its partners. All traffic "
          "from Kazakh terminals must pass through a ground gateway on Kazakh soil, built near Kokshetau and switched on "
          "in September, so that it can be lawfully intercepted under the same rules as mobile networks. Retail sales "
          "run through Kazakhtelecom, the partly state-owned operator, which keeps the customer contracts and the data."),
    ("h2", "Schools first, farmers next"),
    ("p", "The government's own programme remains the largest user. By the end of November 2,150 rural schools were "
          "connected, against a target of 3,400 by the end of 2026. The ministry says median download speeds at the "
          "connected schools reached 96 megabits a second, against 14 on the mobile networks they used before. What the "
          "state pays for each school connection has not been disclosed; the ministry describes the contract with "
          "Kazakhtelecom only as a service agreement funded from the budget line for rural broadband."),
    ("p", "For private users the prices are now public. A standard terminal costs 285,000 tenge and the residential "
          "plan 19,900 tenge a month, roughly what a family in Almaty pays for fibre. Kazakhtelecom expects farmers, "
          "oil-field contractors and roadside cafés on the long highways to be the first buyers. How many private "
          "subscribers have signed up since October neither the company nor Kazakhtelecom would say."),
    ("quote", "We are not choosing America over anyone. We are choosing a signal in villages that never had one."),
    ("p", "That was how Daniyar Seitkulov, a deputy minister, put it to Silk Signal in Astana. He added that the "
          "ministry had held talks with two other constellations and would license them on the same terms if they asked."),
    ("h2", "Tashkent looks east"),
    ("p", "Uzbekistan has taken the opposite course. Starlink is not licensed there, and the State Customs Committee "
          "seized 412 terminals at the borders in the first ten months of 2025, most of them in the luggage of "
          "travellers returning from Dubai and Istanbul. Owners who used dishes bought abroad were fined under the law "
          "on telecommunications for using unregistered radio equipment."),
    ("p", "Instead, the Ministry of Digital Technologies signed a memorandum with Spacesail, the Shanghai company "
          "building the Qianfan constellation, in Tashkent on 3 November. The document foresees a gateway in the "
          "Tashkent region and a pilot for 300 settlements in Karakalpakstan and the Surkhandarya region. Qianfan had "
          "about 90 satellites in orbit at the time of signing, far short of the coverage the pilot would need, and "
          "Spacesail told Uzbek officials it expects continuous service over Central Asia in 2027. The value of the "
          "memorandum and who would pay for the gateway have not been made public."),
    ("p", "Uzbek officials present the choice as one of sovereignty rather than of camps. A senior official who asked "
          "not to be named said Tashkent wanted a provider that would place its network control centre in the country, "
          "something SpaceX had refused in every market. Western diplomats in Tashkent note that the same condition "
          "would be easier for a Chinese state-linked company to accept."),
    ("h2", "Rescuers and border posts"),
    ("p", "Kyrgyzstan has chosen a narrow door. In July the cabinet gave the Ministry of Emergency Situations a "
          "temporary permit to use 160 terminals for twelve months, mainly for mountain rescue teams and for posts "
          "in the Batken and Naryn regions where mobile coverage is patchy. The ministry says the terminals were used "
          "in 37 rescue operations over the summer. Whether the permit will be extended when it expires next July has "
          "not been decided, and the State Communications Agency has not said whether private users will be allowed "
          "in."),
    ("p", "Tajikistan and Turkmenistan have not licensed any satellite broadband service. Dushanbe has listened to "
          "presentations from Bureau 1440, the Russian company preparing its own low-orbit network, but no agreement "
          "has been announced. In Turkmenistan, where internet access is tightly controlled and foreign VPN services "
          "are blocked, the authorities have not commented on satellite broadband at all."),
    ("h2", "Moscow's unease"),
    ("p", "Russia has watched Kazakhstan's decision with visible irritation. Russian officials have argued in "
          "Collective Security Treaty Organization meetings that foreign constellations could be used for military "
          "communications, pointing to Ukraine, where Starlink terminals are widely used by the armed forces. Astana "
          "has answered that its gateway rule means the signal cannot leave the country unmonitored, and that "
          "terminals will be disabled within 30 kilometres of the Baikonur complex, which Russia leases."),
    ("p", "The economics may settle the matter as much as geopolitics. Kazakhtelecom's own estimate is that 1.1 million "
          "Kazakhs live in places where laying fibre would cost more than 900 dollars per household. For them a dish on "
          "the roof is the cheaper answer, whichever flag flies over the satellites. For Tashkent, the question is "
          "whether its villages will wait until 2027 for a Chinese network, or whether the dishes in travellers' "
          "luggage will keep coming."),
]


def page() -> str:
    css, js = "/static/css/site.4b1e9a.css", "/static/js/site.7c20f1.js"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{TITLE} – Silk Signal</title>",
        f'<meta name="description" content="{DEK}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{TITLE}">',
        f'<meta property="og:description" content="{DEK}">',
        f'<meta property="og:url" content="{URL}">',
        '<meta property="og:image" content="https://silksignal.eu/media/2025/12/akmola-school-dish.jpg">',
        '<meta property="og:site_name" content="Silk Signal">',
        '<meta property="article:published_time" content="2025-12-04T07:00:00+02:00">',
        '<meta property="article:section" content="Analysis">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:site" content="@silksignal">',
        f'<link rel="canonical" href="{URL}">',
        f'<link rel="stylesheet" href="https://silksignal.eu{css}">',
        f'<script src="https://silksignal.eu{js}" defer></script>',
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"{TITLE}","datePublished":"2025-12-04T07:00:00+02:00","author":[{{"@type":"Person","name":'
        '"Marat Ospanov"},{"@type":"Person","name":"Hannah Lindqvist"}],"publisher":{"@type":"Organization",'
        '"name":"Silk Signal"}}</script>',
        "</head>",
        '<body class="article-page section-analysis">',
        '<div class="topbar">',
        '<span class="topbar__date">Thursday, 4 December 2025</span>',
        '<a class="topbar__login" href="/account/login">Log in</a>',
        '<a class="topbar__subscribe" href="/subscribe">Subscribe</a>',
        "</div>",
        '<header class="masthead">',
        '<a class="masthead__logo" href="/"><img src="https://silksignal.eu/static/img/logo.png" alt="">Silk Signal</a>',
        '<p class="masthead__tagline">Technology and power across Eurasia</p>',
        "</header>",
        '<nav class="mainnav">',
        '<a href="/news/">News</a>',
        '<a href="/analysis/">Analysis</a>',
        '<a href="/data/">Data</a>',
        '<a href="/podcast/">Podcast</a>',
        '<a href="/events/">Events</a>',
        '<a href="/about/">About</a>',
        "</nav>",
        '<ol class="breadcrumbs">',
        '<li><a href="/">Home</a> › <a href="/analysis/">Analysis</a> › <a href="/topics/telecoms/">Telecoms</a></li>',
        "</ol>",
        "<article>",
        '<p class="kicker">Analysis · Satellite internet</p>',
        f"<h1>{TITLE}</h1>",
        f'<p class="dek">{DEK}</p>',
        '<p class="byline">By <a href="/authors/marat-ospanov">Marat Ospanov</a> in Astana and <a '
        'href="/authors/hannah-lindqvist">Hannah Lindqvist</a> in Tashkent</p>',
        '<p class="meta"><time datetime="2025-12-04T07:00:00+02:00">4 December 2025</time> · 7 min read</p>',
        '<div class="share">',
        '<span>Share this article</span>',
        '<a href="https://x.com/intent/tweet?url=…">Post on X</a>',
        '<a href="https://www.linkedin.com/sharing/…">Share on LinkedIn</a>',
        '<a href="https://t.me/share/url?url=…">Send via Telegram</a>',
        '<button class="share__copy">Copy link</button>',
        "</div>",
        '<figure class="lead">',
        '<img src="https://silksignal.eu/media/2025/12/akmola-school-dish.jpg" alt="">',
        "<figcaption>",
        '<span class="caption">A satellite dish on the roof of a village school in the Akmola region.</span>',
        '<span class="credit">Photo: Silk Signal / Yerlan Dzhaksybekov</span>',
        "</figcaption>",
        "</figure>",
    ]
    for i, (kind, text) in enumerate(BODY):
        if kind == "h2":
            out.append(f"<h2>{text}</h2>")
        elif kind == "quote":
            out.append(f'<blockquote class="pullquote"><p>{text}</p></blockquote>')
        else:
            out.append(f"<p>{text}</p>")
        if i == 1:
            out.append('<p class="readmore"><a href="/analysis/2025/09/kazakhstan-data-centres">Read more: Kazakhstan '
                       'courts the data-centre builders</a></p>')
        if i == 8:
            out += [
                '<figure class="inline">',
                '<img src="https://silksignal.eu/media/2025/12/tashkent-customs-terminals.jpg" alt="">',
                "<figcaption>",
                '<span class="caption">Seized terminals stacked at a customs warehouse outside Tashkent.</span>',
                '<span class="credit">Photo: Uzbekistan State Customs Committee</span>',
                "</figcaption>",
                "</figure>",
            ]
        if i == 12:
            out.append('<p class="readmore"><a href="/news/2025/07/kyrgyz-rescuers-satellite">Read more: Kyrgyz '
                       'rescuers get satellite phones and dishes before the climbing season</a></p>')
    out += [
        '<p class="tags">Topics: Kazakhstan · Uzbekistan · Kyrgyzstan · Satellites · China · Russia</p>',
        "</article>",
        '<aside class="newsletter">',
        "<h3>The Friday Signal</h3>",
        "<p>Our weekly letter on cables, chips and satellites between the Caspian and the Pacific.</p>",
        '<form action="/newsletter/subscribe" method="post"><input type="email" placeholder="you@example.com">',
        "<button>Sign me up</button></form>",
        "</aside>",
        '<aside class="related">',
        "<h3>More from Analysis</h3>",
        '<a href="/analysis/2025/11/transcaspian-fibre">Why a fibre cable under the Caspian keeps slipping</a>',
        '<a href="/analysis/2025/10/uzbek-chips-tariffs">Uzbekistan wants a chip plant. It has a tariff problem.</a>',
        '<a href="/analysis/2025/10/kyrgyz-crypto-mining-power">Kyrgyz miners and the winter power cuts</a>',
        "</aside>",
        '<footer class="sitefooter">',
        '<a href="/about/">About us</a> · <a href="/contact/">Contact</a> · <a href="/privacy/">Privacy</a> · '
        '<a href="/terms/">Terms of use</a>',
        "<p>© 2025 Silk Signal Media OÜ, Tallinn. All rights reserved.</p>",
        "</footer>",
        '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"analysis","words":1012});</script>',
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def resource(url: str, mime: str, data: bytes, encoding: str | None = None) -> dict:
    out = {"WebResourceData": data, "WebResourceMIMEType": mime, "WebResourceURL": url}
    if encoding:
        out["WebResourceTextEncodingName"] = encoding
    return out


def main() -> None:
    main_resource = {
        "WebResourceData": page().encode("utf-8"),
        "WebResourceFrameName": "",
        "WebResourceMIMEType": "text/html",
        "WebResourceTextEncodingName": "UTF-8",
        "WebResourceURL": URL,
    }
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
    subresources = [
        resource("https://silksignal.eu/static/css/site.4b1e9a.css", "text/css",
                 b"body{font-family:Georgia,serif;margin:0}.masthead{text-align:center}.kicker{text-transform:uppercase}\n",
                 "UTF-8"),
        resource("https://silksignal.eu/static/js/site.7c20f1.js", "application/javascript",
                 b"document.querySelector('.share__copy')&&document.querySelector('.share__copy').addEventListener("
                 b"'click',function(){navigator.clipboard.writeText(location.href)});\n", "UTF-8"),
        resource("https://silksignal.eu/static/img/logo.png", "image/png", png),
        resource("https://silksignal.eu/media/2025/12/akmola-school-dish.jpg", "image/jpeg", jpeg),
        resource("https://silksignal.eu/media/2025/12/tashkent-customs-terminals.jpg", "image/jpeg", jpeg),
    ]
    archive = {"WebMainResource": main_resource, "WebSubresources": subresources}
    OUT.write_bytes(plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))


if __name__ == "__main__":
    main()
