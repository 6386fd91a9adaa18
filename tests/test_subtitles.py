"""A talk's subtitles (.vtt, .srt, .sbv, or saved as .txt) are read as its paragraphs (ingest/subtitles.py).

The cues are written for these tests: a panel in WebVTT with voice tags, a Russian interview in SubRip saved in cp1251
with the speakers' labels and dialogue dashes, captions that roll up two lines at a time, and a YouTube .sbv file.
"""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.corpus import load_corpus, scan_corpus
from assistant.ingest.subtitles import looks_like_subtitles, read_subtitles

PANEL = """WEBVTT
Kind: captions
Language: en

NOTE exported from the forum's channel
Veldmark Forum, panel discussion, Lorna, 4 December 2025.

1
00:00:00.500 --> 00:00:03.000
[Music]

2
00:00:04.000 --> 00:00:07.000 align:start position:0%
<v Lena Morrow>Good afternoon, and thanks for
joining the Veldmark Forum panel.</v>

3
00:00:07.100 --> 00:00:10.000
<v Lena Morrow>Our subject today is the new
freight corridor across Lorna.</v>

4
00:00:10.500 --> 00:00:14.000
<v Tomas Greer>Thank you, Lena. The corridor carried
1.2 million tonnes in its <i>first</i> year,</v>

5
00:00:14.100 --> 00:00:17.000
<v Tomas Greer>which is about a third of what the
planners promised in 2023.</v>

6
00:00:20.000 --> 00:00:24.000
<v Tomas Greer>The second point is the tariff. [Applause]
Nobody has published the tariff for 2026.</v>

7
00:00:25.000 --> 00:00:27.000
Subtitles by the Veldmark Forum team
"""

INTERVIEW = """1
00:00:01,000 --> 00:00:03,500
(музыкальная заставка)

2
00:00:04,000 --> 00:00:06,500
ВЕДУЩАЯ: Добрый вечер. Сегодня у нас
в студии экономист Павел Ордин.

3
00:00:06,600 --> 00:00:09,000
- Здравствуйте.
- Здравствуйте, Марина.

4
00:00:09,500 --> 00:00:12,000
ВЕДУЩАЯ: Сколько электроэнергии Лорна
продала соседям в прошлом году?

5
00:00:12,100 --> 00:00:15,000
ГОСТЬ: По данным министерства,
около 2,4 млрд киловатт-часов,

6
00:00:15,100 --> 00:00:18,000
и почти всё ушло
по летнему графику.

7
00:00:21,000 --> 00:00:24,000
Цену контракта стороны
не раскрывают.

8
00:00:25,000 --> 00:00:27,000
Субтитры подготовила редакция «Вельдмарк ТВ»
"""

ROLLING = """WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:02.310 align:start position:0%

the<00:00:00.480><c> ferry</c><00:00:00.960><c> line</c><00:00:01.200><c> opened</c>

00:00:02.310 --> 00:00:02.320 align:start position:0%
the ferry line opened

00:00:02.320 --> 00:00:04.900 align:start position:0%
the ferry line opened
in<00:00:02.800><c> March</c><00:00:03.100><c> with</c><00:00:03.500><c> two</c><00:00:03.900><c> boats</c>

00:00:04.900 --> 00:00:04.910 align:start position:0%
in March with two boats

00:00:04.910 --> 00:00:07.000 align:start position:0%
in March with two boats
and<00:00:05.300><c> a</c><00:00:05.600><c> third</c><00:00:06.000><c> is</c><00:00:06.300><c> coming</c>
"""

SBV = """0:00:01.000,0:00:04.000
The harbour of Veldmark handled forty ships
in November, a record for the season.

0:00:04.200,0:00:07.000
The port authority has not said how many
of them carried grain.
"""


def test_a_panels_webvtt_cues_are_its_speakers_paragraphs() -> None:
    talk = read_subtitles(PANEL, "vtt")
    assert talk is not None and talk.declared == {"language": "en", "date": "2025-12-04"}  # from the NOTE block
    paragraphs = talk.text.split("\n\n")
    assert paragraphs[:3] == [
        ("Lena Morrow: Good afternoon, and thanks for joining the Veldmark Forum panel. "
         "Our subject today is the new freight corridor across Lorna."),
        ("Tomas Greer: Thank you, Lena. The corridor carried 1.2 million tonnes in its first year, "
         "which is about a third of what the planners promised in 2023."),
        "The second point is the tariff. Nobody has published the tariff for 2026.",  # after a pause of three seconds
    ]
    assert paragraphs[3] == "Subtitles by the Veldmark Forum team"  # the last cue stands apart
    assert "[Music]" not in talk.text and "[Applause]" not in talk.text and "-->" not in talk.text
    assert "exported" not in talk.text  # a NOTE block is the file's comment


def test_an_interviews_subrip_labels_and_dashes_open_paragraphs() -> None:
    talk = read_subtitles(INTERVIEW, "srt")
    assert talk is not None
    paragraphs = talk.text.split("\n\n")
    assert "ВЕДУЩАЯ: Сколько электроэнергии Лорна продала соседям в прошлом году?" in paragraphs
    assert ("ГОСТЬ: По данным министерства, около 2,4 млрд киловатт-часов, и почти всё ушло по летнему графику."
            in paragraphs)  # one sentence over two cues
    assert ["Здравствуйте.", "Здравствуйте, Марина."] == paragraphs[1:3]  # each dash another speaker
    assert "Цену контракта стороны не раскрывают." in paragraphs  # a pause after a sentence
    assert "заставка" not in talk.text


def test_captions_that_roll_up_are_read_once() -> None:
    talk = read_subtitles(ROLLING, "vtt")
    assert talk is not None
    assert talk.text == "the ferry line opened in March with two boats and a third is coming"


def test_subtitles_are_told_by_their_form_not_their_name() -> None:
    assert looks_like_subtitles(PANEL) == "vtt" and looks_like_subtitles("\ufeff" + INTERVIEW) == "srt"
    assert looks_like_subtitles(SBV) == "sbv"
    assert looks_like_subtitles("1\nThe first point is the tariff.\n") is None
    assert looks_like_subtitles("WEBVTT is a format for captions, the talk said.\n") is None
    assert read_subtitles("WEBVTT\n\nno cue here at all\n", "vtt") is None


def test_subtitle_files_are_indexed_with_their_credit_gone_and_a_title_from_the_name(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "Veldmark Forum panel_ the Lorna corridor [Xq3kLm9pT0a].en.vtt").write_text(PANEL, encoding="utf-8")
    (folder / "Интервью с ПавломОрдиным.srt").write_bytes(INTERVIEW.replace("\n", "\r\n").encode("cp1251"))
    (folder / "harbour.sbv").write_text(SBV, encoding="utf-8")
    (folder / "saved-from-the-player.txt").write_text(INTERVIEW, encoding="utf-8")
    (folder / "broken.vtt").write_text("WEBVTT\n\nThe harbour of Lorna froze early this year, the port said.\n")
    docs = {Path(d.source).name: d for d in load_corpus(scan_corpus(folder))}
    panel = docs["Veldmark Forum panel_ the Lorna corridor [Xq3kLm9pT0a].en.vtt"]
    assert panel.title == "Veldmark Forum panel: the Lorna corridor" and panel.language == "en"
    assert panel.date == "2025-12-04" and docs["harbour.sbv"].date is None
    assert "Subtitles by" not in panel.text and "00:00" not in panel.text
    assert "1.2 million tonnes in its first year, which is about a third" in panel.text
    for name in ("Интервью с ПавломОрдиным.srt", "saved-from-the-player.txt"):
        interview = docs[name]
        assert interview.language == "ru" and "Субтитры" not in interview.text and "-->" not in interview.text
        assert "около 2,4 млрд киловатт-часов, и почти всё ушло по летнему графику." in interview.text
    assert docs["Интервью с ПавломОрдиным.srt"].title == "Интервью с ПавломОрдиным"
    assert "forty ships in November, a record for the season." in docs["harbour.sbv"].text
    assert "froze early this year" in docs["broken.vtt"].text  # no cue: read as the text it is


def test_a_question_finds_and_cites_a_subtitled_talk(tmp_path: Path) -> None:
    from conftest import assistant_over

    bot = assistant_over(tmp_path, {"panel.vtt": PANEL, "interview.srt": INTERVIEW})
    top = bot.ask("How many tonnes did the Lorna corridor carry in its first year?", k=2).passages[0]
    assert top.source == "corpus/panel.vtt" and "1.2 million tonnes" in top.text
    assert top.highlight is not None and "1.2 million tonnes" in top.highlight.text
    assert bot.document(top.doc_id).text[top.highlight.start : top.highlight.end] == top.highlight.text  # exact offsets


def test_a_sound_label_inside_a_line_goes_but_a_parenthesis_of_the_talk_stays() -> None:
    cues = ("0\n00:00:00,000 --> 00:00:01,000\n(музыка)\n\n"
            "1\n00:00:01,000 --> 00:00:04,000\nТраффик вырос на треть (смех)\n(около 30 процентов)\n\n"
            "2\n00:00:04,100 --> 00:00:06,000\nи паромов стало больше (за год). [Applause]\n\n"
            "3\n00:00:06,100 --> 00:00:08,000\n(громкий смех)\n")
    talk = read_subtitles(cues, "srt")
    assert talk is not None
    assert talk.text == "Траффик вырос на треть (около 30 процентов) и паромов стало больше (за год)."
