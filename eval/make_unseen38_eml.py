"""Write the mail file of the thirty-eighth fresh dev set with Python's email package:

eval/unseen38/The Lattice No. 64_ After Astana, a treaty and a scorecard.eml — an issue of The Lattice, the weekly
newsletter of a (fictional) London think tank, the Kestrel Institute for Eurasian Studies, on China in Central Asia, as
a reader's mail client saves it (the subject with its colon saved as "_"): a real MIME message with the headers a
delivered newsletter carries (Return-Path, Received, DKIM-Signature, From, To, Subject, Date, Message-ID, List-Id,
List-Unsubscribe and List-Unsubscribe-Post, MIME-Version), multipart/alternative with a text/plain part and a text/html
part, both in quoted-printable. The HTML part: a hidden preheader (the inbox preview line), "View this email in your
browser", the masthead (the newsletter's name, its strapline, the issue number and date), a "Lead analysis" label, the
headline, a standfirst, the byline, the analysis in paragraphs under five subheadings, a link to the website, a
sponsor's box, "In other news" with four short links, "Forward to a friend" with two social links, "You are receiving
this email because …", "Unsubscribe | Update your preferences", the postal address and a © line. Every piece of text
the reader sees stands on one line of the HTML source. The text part says the same with the links' addresses after
them.

The texts are written for this set; the institute, its newsletter, the author, the sponsor, the quotes and the figures
beyond the two pledges are fictional (the second China–Central Asia summit in Astana on 17 June 2025 and its treaty of
permanent good-neighbourliness, friendship and cooperation, the first summit in Xi'an in 2023 with its 26 billion yuan
of financing and grants, the 1.5 billion yuan of grants announced in Astana, the secretariat in Xi'an opened in 2024,
the next summit in China in 2027, Osh, Khatlon and Turkmenistan's neutrality are real, but what is said of them here
is written for this set).
Run with the project's venv: .venv/bin/python eval/make_unseen38_eml.py
"""

from __future__ import annotations

import html
from email import policy
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen38"
OUT = HERE / "The Lattice No. 64_ After Astana, a treaty and a scorecard.eml"

SITE = "https://kestrel-institute.org"
TRACK = "https://click.news.kestrel-institute.org/t/l64"
PREHEADER = "Six months after Astana: a treaty in parliaments, a busy secretariat and money that is hard to trace."
VIEW = "View this email in your browser"
MASTHEAD = "THE LATTICE"
STRAPLINE = "China and Central Asia, every Thursday · from the Kestrel Institute"
ISSUE = "No. 64 · 11 December 2025"
LABEL = "Lead analysis"
HEADLINE = "After Astana: what the China–Central Asia format has delivered so far"
STANDFIRST = (
    "Six months after the second summit, the treaty is working its way through parliaments and the secretariat in "
    "Xi'an is busy. The money is much harder to trace."
)
BYLINE = "By Ruth Abernethy, Senior Fellow, Kestrel Institute"

# (subheading or None, [paragraphs])
BODY = [
    (None, [
        ("When the leaders of China and the five Central Asian states met in Astana on 17 June, they signed a treaty of "
        "permanent good-neighbourliness, friendship and cooperation, and their ministers signed 58 other documents on "
        "the margins. Half a year on, it is fair to ask what the format produces beyond ceremony, and where its gaps "
        "are."),
    ]),
    ("The treaty", [
        ("The treaty is short, 19 articles, and most of it restates what each Central Asian state already promised "
        "China in its bilateral treaty: respect for borders, no alliances aimed at one another, joint action against "
        "terrorism, separatism and extremism. What is new is that it binds all six together, and that it has no end "
        "date."),
        ("Central Asian diplomats describe it as an insurance policy rather than an alliance. A Kazakh official who "
        "took part in the drafting said the delegations spent most of their four rounds of talks on a single article, "
        "on non-interference, which the Central Asian side wanted to extend to information campaigns and China "
        "preferred to keep general."),
        ("Ratification is under way. China's National People's Congress approved the treaty in September. Kazakhstan's "
        "Senate ratified it on 6 November and Uzbekistan's parliament on 25 November; Kyrgyzstan and Tajikistan expect "
        "votes in the first quarter of 2026. Turkmenistan has not said whether it will ratify at all. Officials in "
        "Ashgabat point to the country's permanent neutrality, although the text was drafted to avoid any clash with "
        "it."),
    ]),
    ("The secretariat", [
        ("The format's permanent secretariat in Xi'an, which opened in 2024, now has a staff of 26, of whom 14 are "
        "seconded by the Central Asian governments. It services 13 ministerial mechanisms, from foreign affairs and "
        "trade to agriculture and emergencies, and in 2025 it organised 41 meetings at the level of minister or deputy "
        "minister, against 17 in 2022. Its budget has not been published; Chinese diplomats say only that Beijing pays "
        "the larger part of it."),
        ("Russia, which holds its own summits with the five, has raised no objection in public. A Russian diplomat in "
        "Almaty described the secretariat to us as a post office with ambitions, which is about right for now."),
    ]),
    ("The trade numbers", [
        ("Trade is the scorecard the format likes best. Chinese customs recorded 82.6 billion dollars of trade with the "
        "five states in the first ten months of 2025, 6 percent more than a year earlier, and Kazakhstan accounted for "
        "just under half of it."),
        ("The Central Asian side sees a different picture. Kyrgyzstan's statistics committee recorded imports from "
        "China of 7.8 billion dollars over the same ten months, while Chinese customs show exports to Kyrgyzstan of "
        "19.6 billion. Most of the gap is goods that cross Kyrgyzstan on their way to Kazakhstan and Russia, or that "
        "are never declared at all. It is the format's least discussed number, and no working group has been asked to "
        "reconcile the two sets of statistics."),
    ]),
    ("The money", [
        ("The money is the hardest part to follow. At the first summit, in Xi'an in 2023, Beijing announced 26 billion "
        "yuan of financing support and grants for the region. How much of it has been disbursed, neither the Chinese "
        "foreign ministry nor the secretariat has disclosed, and none of the five governments publishes a figure "
        "either."),
        ("In Astana China added 1.5 billion yuan of grants for what it calls livelihood projects in 2025 and 2026. Of "
        "the projects named so far, the largest is a 240-bed children's hospital in Osh; the others are rural schools "
        "and drinking-water systems in Tajikistan's Khatlon region. Kazakhstan and Turkmenistan, the two richest "
        "members, have asked for no grant projects."),
    ]),
    ("What to watch", [
        ("Three things will show whether the format matures. The first is Turkmenistan: Ashgabat sent a deputy "
        "minister rather than its foreign minister to the ministerial meeting in Almaty on 20 November, and it may "
        "keep the treaty at arm's length. The second is the secretariat's mandate. Kazakhstan wants it to monitor the "
        "projects agreed at summits and to keep a public list of them; China prefers to keep project talks bilateral."),
        ("The third is the next summit, due in China in 2027. Its host city has not been announced. Until then, the "
        "honest verdict is that the format has become a habit of meeting, which is not nothing in a region where "
        "habits matter, but it is not yet an engine of money."),
    ]),
]

READ_ON_SITE = "Read this analysis on our website"
SPONSOR_LABEL = "Supported by"
SPONSOR = "Caravel Risk Advisory"
SPONSOR_TEXT = "Country-risk briefings on Central Asia for compliance and credit teams, updated every week."
SPONSOR_LINK = "Request a sample briefing"
OTHER_NEWS = "In other news"
NEWS = [
    ("Uzbek exporters try the rail-and-sea route through Lianyungang", "/blog/lianyungang-route"),
    ("Podcast: Osh traders on what re-exports mean for the bazaar", "/podcast/osh-traders"),
    ("Event, 18 December: water diplomacy in Central Asia after COP30", "/events/water-diplomacy"),
    ("We are hiring a research assistant for the China–Central Asia programme", "/jobs/research-assistant"),
]
FORWARD = "Forward to a friend"
SOCIAL = "LinkedIn · Bluesky"
RECEIVING = "You are receiving this email because you subscribed to The Lattice at kestrel-institute.org."
UNSUBSCRIBE = "Unsubscribe | Update your preferences"
ADDRESS = "Kestrel Institute for Eurasian Studies · 14 Clerkenwell Close · London EC1R 0AA · United Kingdom"
COPYRIGHT = "© 2025 Kestrel Institute. All rights reserved."

SUBJECT = "The Lattice No. 64: After Astana, a treaty and a scorecard"


def e(text: str) -> str:
    return html.escape(text, quote=False)


def html_part() -> str:
    td = 'style="padding:0 32px;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222222"'
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(SUBJECT)}</title>",
        "<style>a{color:#1d4e89} .sub{font-family:Arial,sans-serif;font-size:12px;color:#777777}</style>",
        "</head>",
        '<body style="margin:0;padding:0;background:#f2f0eb">',
        '<div style="display:none;max-height:0;overflow:hidden;opacity:0">' + e(PREHEADER) + "</div>",
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f0eb">',
        '<tr><td align="center">',
        '<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">',
        f'<tr><td class="sub" align="center" style="padding:10px"><a href="{TRACK}/view">{e(VIEW)}</a></td></tr>',
        '<tr><td align="center" style="padding:28px 32px 4px;font-family:Arial,sans-serif">',
        f'<div style="font-size:34px;letter-spacing:6px;font-weight:bold;color:#1d4e89">{e(MASTHEAD)}</div>',
        f'<div style="font-size:13px;color:#555555">{e(STRAPLINE)}</div>',
        f'<div style="font-size:12px;color:#888888;padding-top:6px">{e(ISSUE)}</div>',
        "</td></tr>",
        f'<tr><td {td}>',
        f'<p style="font-family:Arial,sans-serif;font-size:12px;text-transform:uppercase;color:#b0413e">{e(LABEL)}</p>',
        f'<h1 style="font-size:28px;line-height:1.25;margin:0 0 12px">{e(HEADLINE)}</h1>',
        f'<p style="font-size:19px;color:#444444"><em>{e(STANDFIRST)}</em></p>',
        f'<p class="sub">{e(BYLINE)}</p>',
    ]
    for heading, paras in BODY:
        if heading:
            out.append(f'<h2 style="font-size:20px;margin:24px 0 8px">{e(heading)}</h2>')
        out += [f"<p>{e(p)}</p>" for p in paras]
    out += [
        f'<p><a href="{TRACK}/lead" style="font-family:Arial,sans-serif;font-weight:bold">{e(READ_ON_SITE)}</a></p>',
        "</td></tr>",
        '<tr><td style="padding:16px 32px">',
        ('<table role="presentation" width="100%" style="border:1px solid #d8d2c4;background:#faf8f3"><tr>'
        '<td style="padding:16px;font-family:Arial,sans-serif">'),
        f'<div style="font-size:11px;text-transform:uppercase;color:#888888">{e(SPONSOR_LABEL)}</div>',
        f'<div style="font-size:18px;font-weight:bold">{e(SPONSOR)}</div>',
        f'<div style="font-size:14px">{e(SPONSOR_TEXT)}</div>',
        f'<div style="padding-top:8px"><a href="{TRACK}/sponsor">{e(SPONSOR_LINK)}</a></div>',
        "</td></tr></table>",
        "</td></tr>",
        '<tr><td style="padding:8px 32px;font-family:Arial,sans-serif;font-size:15px">',
        f'<h3 style="font-size:16px;margin:8px 0">{e(OTHER_NEWS)}</h3>',
        "<ul>",
    ]
    out += [f'<li><a href="{TRACK}{path}">{e(title)}</a></li>' for title, path in NEWS]
    out += [
        "</ul>",
        "</td></tr>",
        '<tr><td class="sub" align="center" style="padding:24px 32px;border-top:1px solid #e5e1d8">',
        f'<p><a href="{TRACK}/forward">{e(FORWARD)}</a></p>',
        ('<p><a href="https://www.linkedin.com/company/kestrel-institute">LinkedIn</a> · '
        '<a href="https://bsky.app/profile/kestrel-institute.org">Bluesky</a></p>'),
        f"<p>{e(RECEIVING)}</p>",
        (f'<p><a href="{SITE}/newsletter/unsubscribe?u=8f31c2&amp;id=lattice">Unsubscribe</a> | '
        f'<a href="{SITE}/newsletter/preferences?u=8f31c2">Update your preferences</a></p>'),
        f"<p>{e(ADDRESS)}</p>",
        f"<p>{e(COPYRIGHT)}</p>",
        "</td></tr>",
        "</table>",
        "</td></tr>",
        "</table>",
        '<img src="https://click.news.kestrel-institute.org/o/l64.gif" width="1" height="1" alt="">',
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def text_part() -> str:
    out = [
        f"{VIEW}: {TRACK}/view",
        "",
        MASTHEAD,
        STRAPLINE,
        ISSUE,
        "",
        LABEL.upper(),
        "",
        HEADLINE,
        "",
        STANDFIRST,
        "",
        BYLINE,
        "",
    ]
    for heading, paras in BODY:
        if heading:
            out += [heading.upper(), ""]
        for p in paras:
            out += [p, ""]
    out += [
        f"{READ_ON_SITE}: {TRACK}/lead",
        "",
        "------------------------------------------------------------",
        f"{SPONSOR_LABEL.upper()}: {SPONSOR}",
        SPONSOR_TEXT,
        f"{SPONSOR_LINK}: {TRACK}/sponsor",
        "------------------------------------------------------------",
        "",
        OTHER_NEWS.upper(),
        "",
    ]
    out += [f"* {title} ({TRACK}{path})" for title, path in NEWS]
    out += [
        "",
        f"{FORWARD}: {TRACK}/forward",
        SOCIAL,
        "",
        RECEIVING,
        f"Unsubscribe: {SITE}/newsletter/unsubscribe?u=8f31c2&id=lattice",
        f"Update your preferences: {SITE}/newsletter/preferences?u=8f31c2",
        "",
        ADDRESS,
        COPYRIGHT,
    ]
    return "\n".join(out) + "\n"


def main() -> None:
    msg = EmailMessage(policy=policy.SMTP)
    msg["Return-Path"] = "<bounce-l64-8f31c2@news.kestrel-institute.org>"
    msg["Received"] = (
        "from mta-07.news.kestrel-institute.org (mta-07.news.kestrel-institute.org [203.0.113.47]) "
        "by mx2.steppe-mail.kz with ESMTPS id 4dC7Lq1Zx9z2; Thu, 11 Dec 2025 08:02:14 +0000"
    )
    msg["DKIM-Signature"] = (
        "v=1; a=rsa-sha256; c=relaxed/relaxed; d=news.kestrel-institute.org; s=k1; t=1765440131; "
        "h=from:to:subject:date:message-id:list-unsubscribe; bh=Jm7vX2rW0qk5N1yqf3cT9aB8dE4sLhPz6uYgK0iOQeM=; "
        "b=Qk3vT7yZb2mR9sL0aN5cW8xH1jD4fG6pE2uI7oK3lV9tY0rB5n M8qS1wZ4xC7vA2hJ6kL9pO3iU0yT5rE8wQ1aS4dF7gH2jK5lZ8 "
        "xC3vB6nM9qR2tW5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU7iO0pA3sD6f=="
    )
    msg["From"] = '"The Lattice | Kestrel Institute" <lattice@news.kestrel-institute.org>'
    msg["To"] = "d.sultanbekova@steppe-mail.kz"
    msg["Subject"] = SUBJECT
    msg["Date"] = "Thu, 11 Dec 2025 08:02:11 +0000"
    msg["Message-ID"] = "<20251211080211.l64.8f31c2@news.kestrel-institute.org>"
    msg["List-Id"] = "The Lattice <lattice.news.kestrel-institute.org>"
    msg["List-Unsubscribe"] = (
        f"<{SITE}/newsletter/unsubscribe?u=8f31c2&id=lattice>, "
        "<mailto:unsubscribe@news.kestrel-institute.org?subject=unsubscribe-8f31c2>"
    )
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(text_part(), cte="quoted-printable")
    msg.add_alternative(html_part(), subtype="html", cte="quoted-printable")
    msg.set_boundary("==lattice-64-7f1c9e2b40d8a6==")
    OUT.write_bytes(msg.as_bytes())


if __name__ == "__main__":
    main()
