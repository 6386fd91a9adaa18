"""Write the SubRip file of the forty-seventh fresh dev set:

eval/unseen47/Classrooms and Influence_ Turkey's Education Diplomacy in Central Asia (English).srt — the subtitles
of a recorded webinar of the Halcyon Institute for Eurasian Affairs, a (fictional) Vienna think tank, as its video
page lets a viewer download them ("Download captions › English (.srt)"), named after the webinar's title with its
colon saved as "_" and the track's language in brackets: numbered cues, "00:01:02,340 --> 00:01:05,120"
timings, one or two lines a cue of five to twelve words each, cut where the captioner's line was full and so splitting
sentences mid-way; the moderator marked "MODERATOR:", a change of speaker ">> ", the speakers by "[Dr. Name]" the first
time they speak in a turn; non-speech cues "[applause]", "[crosstalk]", "[inaudible]" (the last inside a line); the
host's housekeeping at the start (the recording notice, the Q&A box, the slides) and her thanks at the end.

The speech is written for this set; the institute, the moderator, both speakers, the quotes and all figures and dates
are fictional (the Türkiye Maarif Foundation, Türkiye Scholarships, the Yunus Emre Institute, the Kyrgyz-Turkish Manas
University in Bishkek, the Organization of Turkic States, the Confucius Institutes, Samarkand, Tashkent, Ashgabat and
Dushanbe are real, but what is said of them here is invented).
Cue times run from the words' count at about 2.6 words a second, with a short gap between cues. UTF-8 with CRLF line
ends, as the page serves it.
Run: .venv/bin/python eval/make_unseen47_srt.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen47"
OUT = HERE / "Classrooms and Influence_ Turkey's Education Diplomacy in Central Asia (English).srt"

# each cue: its lines; a cue of its own starting at a given second where the recording jumps (a pause)
CUES: list[list[str]] = [
    ["MODERATOR: Good afternoon, good morning,", "wherever you are joining us from."],
    ["Before we start, a reminder that this", "webinar is being recorded and will be posted"],
    ["on our YouTube channel later this week."],
    ["Please use the Q&A box at the bottom of", "your screen, and we'll take questions at the end."],
    ["The slides will be shared with everyone", "who registered, by email, after the session."],
    ["I'm Anna Weller, I run the Eurasia programme", "here at the Halcyon Institute in Vienna."],
    ["With me are Dr. Selin Aydemir, who joins", "from Istanbul, and Dr. Timur Kasymov in Bishkek."],
    ["[applause]"],
    ["Our subject today is how Turkey uses schools,", "scholarships and universities as foreign policy"],
    ["in Central Asia. Selin, where does", "Ankara's education diplomacy stand in 2025?"],
    [">> [Dr. Aydemir] Thank you, Anna. The short", "answer is that it has grown and changed shape."],
    ["The main vehicle now is the Maarif Foundation,", "which the Turkish state set up in 2016."],
    ["In the 2025-26 school year Maarif runs", "41 schools across the region, with"],
    ["about 14,600 pupils. Kyrgyzstan has the", "largest share, 17 schools, mostly in Bishkek"],
    ["and Osh. Kazakhstan has nine, and there", "is a newer presence in Uzbekistan."],
    ["Tashkent let Maarif open two schools in", "September 2023, which was a real shift,"],
    ["because Uzbekistan had kept Turkish-run", "schools out since 2000."],
    ["What Maarif spends in Central Asia", "has not been disclosed. The foundation"],
    ["publishes one global budget, and it does not", "break it down by country."],
    ["MODERATOR: And the scholarships?"],
    [">> [Dr. Aydemir] That is the second pillar.", "Türkiye Scholarships, the government programme,"],
    ["gave about 2,350 awards to students from", "the five countries in the 2025 intake,"],
    ["out of roughly 61,000 applications, so", "around one applicant in twenty-six gets one."],
    ["Overall, about 38,000 Central Asian students", "were enrolled in Turkish universities"],
    ["in the 2024-25 academic year, and", "Turkmen students are the largest group,"],
    ["roughly 14,800 of them. How many of", "the scholarship holders go home afterwards"],
    ["Ankara does not publish, which is a pity,", "because that is the real test of influence."],
    ["MODERATOR: Timur, how does this look from Bishkek?"],
    [">> [Dr. Kasymov] Quite different, honestly.", "In Kyrgyzstan the flagship is Manas University,"],
    ["the joint Kyrgyz-Turkish university founded", "in 1995. It has about 6,700 students now,"],
    ["and Turkey covers roughly four-fifths of", "its budget under the intergovernmental treaty."],
    ["For a Kyrgyz family a place at Manas is", "attractive because teaching is free and"],
    ["graduates speak Turkish, Kyrgyz and English.", "But it also means the university's growth"],
    ["depends on decisions in Ankara, not Bishkek.", "When the Turkish lira fell in 2021 and 2022,"],
    ["the university froze new hiring for", "about eighteen months. [inaudible] the campus"],
    ["expansion in Osh was postponed as well.", "It is now due to open in September 2027."],
    [">> [Dr. Aydemir] If I may add, Anna, the", "third pillar is language. The Yunus Emre"],
    ["Institute opened its fifth centre in the", "region, in Samarkand, on 21 October 2025."],
    ["Its Turkish courses in Central Asia", "had about 9,200 learners last year."],
    [">> [Dr. Kasymov] Which is still small next", "to Russian, of course. Russian remains"],
    ["[crosstalk]"],
    ["MODERATOR: One at a time, please. Timur, go on."],
    [">> [Dr. Kasymov] I was saying Russian remains", "the language of mobility. Russia still takes"],
    ["more Central Asian students than Turkey,", "and China is catching up fast. China runs"],
    ["13 Confucius Institutes in the region, and", "its scholarships are more generous in cash."],
    ["So Turkey is not the only player, but it", "offers something different: a shared identity."],
    ["MODERATOR: Let me bring in the Organization", "of Turkic States. Is there a common agenda?"],
    [">> [Dr. Aydemir] There is an ambition. The OTS", "education ministers agreed in Baku"],
    ["in April 2025 on a common module on Turkic", "history for secondary schools. Kazakhstan"],
    ["started a pilot in 120 schools in September,", "and Kyrgyzstan says it will follow in 2026."],
    ["Uzbekistan has not committed to a date.", "And Turkmenistan is an observer, so"],
    ["Ashgabat is outside the scheme altogether.", "It has had no Turkish-run schools since 2011."],
    ["MODERATOR: We have a question in the Q&A from", "Farrukh in Tashkent. He asks about a branch"],
    ["campus of a Turkish university in Uzbekistan.", "Is that going ahead?"],
    [">> [Dr. Aydemir] It is. The two governments", "signed a protocol on 12 November 2025"],
    ["for a branch of a Turkish technical university", "in Tashkent, to admit its first students"],
    ["in September 2026, about 400 a year at", "first. Which university it will be"],
    ["has not been announced. I have heard", "three names, and I won't guess in public."],
    ["MODERATOR: And tuition fees at the branch?"],
    [">> [Dr. Aydemir] The fee level has not", "been published either. My expectation is that"],
    ["it will be well below a Western branch", "campus, but that is only my expectation."],
    ["MODERATOR: Another question, from Dushanbe.", "Will Tajikistan let Maarif in?"],
    [">> [Dr. Kasymov] That's the open question.", "Tajikistan is not a Turkic-speaking country"],
    ["and it is not an OTS member. Dushanbe", "and Ankara talked about a Maarif school"],
    ["during the intergovernmental commission in", "May, but whether Tajikistan will allow one"],
    ["is not known. I'd say the odds are", "lower than in Uzbekistan, not zero."],
    ["MODERATOR: Last word to each of you. Is this", "influence, or simply cooperation?"],
    [">> [Dr. Kasymov] Both. A graduate of Manas", "who works in a Kyrgyz ministry reads"],
    ["Turkish news and does business in Istanbul.", "That is influence, and it is cheap."],
    [">> [Dr. Aydemir] I'd agree, with one caveat.", "Turkey spends far less than Russia or China."],
    ["Its teachers are the weak point: Maarif", "seconds Turkish staff to the region,"],
    ["and how many is not disclosed, but turnover", "is high because salaries are paid in lira."],
    ["MODERATOR: Thank you both, that's all we", "have time for today."],
    ["Thanks to everyone who sent questions, and", "apologies to those we could not reach."],
    ["The recording and the slides will be", "emailed to you in the next few days."],
    ["Our next webinar is on 17 December.", "Goodbye for now."],
    ["[applause]"],
]

START = 2.0  # the first cue's time, seconds
PAUSES = {8: 1.5, 40: 0.6, 41: 0.4, 77: 1.0}  # an index: the extra gap before that cue, seconds


def stamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def main() -> None:
    HERE.mkdir(exist_ok=True)
    out, t = [], START
    for i, lines in enumerate(CUES, 1):
        t += PAUSES.get(i, 0.0)
        words = sum(len(line.split()) for line in lines)
        length = max(1.2, words / 2.6)
        out += [str(i), f"{stamp(t)} --> {stamp(t + length)}", *lines, ""]
        t += length + 0.12 + (i % 3) * 0.04
    OUT.write_bytes("\r\n".join(out).encode("utf-8"))


if __name__ == "__main__":
    main()
