"""Evidence checks behind abstention, on real lines of the corpus."""

from __future__ import annotations

import pytest

from assistant.ingest.langdata import lang_data
from assistant.search.evidence import (
    ANSWER_TYPES,
    answer_checks,
    passage_has_evidence,
    requirements,
    window_satisfies,
)
from assistant.search.unknown import LONG_QUESTION_TERMS, UNKNOWN_SHARE, covers_terms, unknown_share

GDP_ROWS = [
    "Country: Kazakhstan; projected GDP Growth (2025): 4.0%; Key Sector to Expand: Renewable Energy.",
    "Country: Uzbekistan; projected GDP Growth (2025): 5.2%; Key Sector to Expand: Technology.",
    "Country: Kyrgyzstan; projected GDP Growth (2025): 3.5%; Key Sector to Expand: tourism.",
]


@pytest.mark.parametrize(
    "question,sentences,expected",
    [
        ("What is Uzbekistan's projected GDP growth for 2025?", GDP_ROWS, True),
        ("What is Turkmenistan's GDP growth forecast for 2025?", GDP_ROWS, False),
        ("What was Kazakhstan's GDP growth in 2031?", GDP_ROWS, False),
        ("On what date did Putin arrive in Astana?",
         ["Speaking in Astana, Kazakhstan’s capital, Putin celebrated the nations’ alliance."], False),
        ("Since when have the former Soviet states been independent?",
         ["These former Soviet states, independent since 1991, pursue varied alliances."], True),
        ("How many Central Asian migrants live in Russia?",
         ["Negative perceptions of migrants from Central Asia often emerge in Russia."], False),
        ("What reaction from Moscow could follow?",
         ["Aligning too closely with Western interests may provoke hostility from Russia."], True),
        ("What did the Turkish president discuss?",
         ["Turkey's president Erdogan discussed humanitarian cooperation."], True),
        ("Каков статус газопровода из Центральной Азии в Китай?",
         ["Газопровод Центральная Азия — Китай: нитка D строится."], True),
        ("Какие поставки получает Иран?", ["Ирак получает поставки зерна."], False),
        ("Сколько времени займёт стройка?", ["Стройка займёт четыре года."], True),
        ("Какая доля жителей поддерживает стройку?", ["Жители поддерживают стройку."], False),  # a share wants a number
        # a metonym in another case: "Евросоюзу" stands for "ЕС"
        ("Какой эксперт считает, что ЕС придётся платить?", ["Эксперт считает, что Евросоюзу придётся платить."], True),
        # an older name of a country in another case stands for its name now (data/lang metonyms)
        ("Сколько суток идёт груз через Туркмению?", ["Через Туркменистан груз идёт около 9 суток."], True),
        ("Сколько суток идёт груз через Туркмению?", ["Через Казахстан груз идёт около 9 суток."], False),
        ("What did Kirghizia sign?", ["Kyrgyzstan signed the deal."], True),
        # a number word inside a hyphenated word; a joiner ("for") is no name to find
        ("How many Grammy awards has the Veldrania Choir won?", ["The six-time Grammy winner Veldrania Choir sang."], True),
        ("Who is the General Manager for the Lakeside Otters?", ["Jo Brand is the general manager of the Lakeside Otters."], True),
        # a hyphenated name written with a dash or joined to another name, and a Russian adjective in two cases
        ("When did the Vel-Orsk extinction happen?", ["The Vel–Orsk extinction happened 66 million years ago."], True),
        ("Когда играла команда Лейк-Сити Выдры?", ["Лейк-Сити-Выдры играли в 2019 году."], True),
        ("Какая команда представляет Южную Вельдранию?", ["Единственная команда Южной Вельдрании — «Выдры»."], True),
        ("Какая команда представляет Южную Вельдранию?", ["Единственная команда Северной Вельдрании — «Выдры»."], False),
        ("When did the Vel-Orsk extinction happen?", ["The Vel extinction happened 66 million years ago."], False),
        # a small figure standing alone in the question may be written in words; one inside a name may not
        ("In what year did Veldrania publish its 2 volume atlas?", ["Veldrania published its two-volume atlas in 1795."], True),
        ("Когда Вельдрания построила 2 моста?", ["Вельдрания построила два моста в 1995 году."], True),
        ("How many turbines does the Orsk-2 plant have?", ["The Orsk-1 plant has two turbines and 40 staff."], False),
        # a person the passage names in full, then by the surname alone
        ("In what year did Orlan Brask publish his atlas?",
         ["Orlan Brask mapped Veldrania.", "His work was praised.", "In 1795 Brask published an atlas."], True),
        ("In what year did Orlan Brask publish his atlas?",
         ["Mira Brask mapped Veldrania.", "Her work was praised.", "In 1795 Brask published an atlas."], False),
        ("В каком году Орлан Браск издал атлас?",
         ["Орлан Браск составил карты Вельдрании.", "Его труд хвалили.", "В 1795 году Браск издал атлас."], True),
    ],
)
def test_evidence(question: str, sentences: list[str], expected: bool) -> None:
    assert passage_has_evidence(requirements(question), sentences) is expected


def test_only_a_name_ending_in_a_word_of_its_own_is_named_by_its_last_word() -> None:
    """A person's surname stands for the full name; an organisation's last word, which the corpus also writes in lower
    case ("metals"), does not stand for it."""
    from assistant.search.names import corpus_names

    text = "Orlan Brask runs Ridgeline Metals. Prices of metals rose. Brask said metals would rise again."
    names = corpus_names([("en", text, None)])
    sentences = ["Ridgeline Metals was founded by Orlan Brask.", "It was a quiet year.", "Rain fell.", "In 1995 Metals sold a mine."]
    assert requirements("When did Ridgeline Metals sell a mine?", names).full_names == ()
    assert not passage_has_evidence(requirements("When did Ridgeline Metals sell a mine?", names), sentences)
    assert requirements("When did Orlan Brask sell a mine?", names).full_names == (("orlan", "brask"),)
    assert passage_has_evidence(requirements("When did Orlan Brask sell a mine?", names),
                                [*sentences[:3], "In 1995 Brask sold a mine."])


def test_context_counts_for_names() -> None:
    req = requirements("What does the Chatham House table say about Tajikistan's main concern?")
    row = "Country: Tajikistan; Key Security Strategy: Neutral diplomacy; Main Concern: Border conflicts."
    assert not window_satisfies(req, row)
    assert window_satisfies(req, row, context="Playing both sides (Chatham House)")


def test_neighbouring_sentences_form_the_window() -> None:
    req = requirements("With which Gulf group did the C5 establish cooperation?")
    sentences = ["Such as the Gulf Cooperation Council (GCC) nations.", "The C5 established strategic cooperation with the GCC."]
    assert passage_has_evidence(req, sentences)
    assert not passage_has_evidence(req, sentences, span=0)


def test_a_passage_in_another_language_is_checked_on_figures_only() -> None:
    req = requirements("How many Tajik border guards were wounded near the river?")
    assert req.wants_number and req.names
    across = req.across_languages()  # a passage in another language: names cannot be checked
    assert across.names == () and across.wants_number


def test_unknown_share_counts_terms_no_passage_holds() -> None:
    from assistant.store.lexical import tokenize

    asked = "When will the new port terminal open?"
    held = set(tokenize(asked))
    assert unknown_share(asked, held.__contains__) == 0.0
    assert unknown_share("What is the recipe for a classic borscht?", held.__contains__) >= UNKNOWN_SHARE
    assert unknown_share("When will the new port terminal close for repairs?", held.__contains__) < 0.5
    assert unknown_share("", held.__contains__) == 0.0


def test_a_long_question_is_covered_by_a_passage_holding_all_its_terms_but_one() -> None:
    """Question words ("which") are no terms a passage must hold; of four terms or more, one may be missing."""
    from types import SimpleNamespace

    def terms(question: str) -> tuple[str, ...]:
        return requirements(question).terms

    chunk = SimpleNamespace(doc_id="a", section="Ports", text="The ferry line from Lorna to Veldmark carries grain and cotton every week.")
    index = SimpleNamespace(chunks=[chunk], documents={"a": SimpleNamespace(title="Veldmark ferries")})
    one_missing = "Which ferry line carries grain and timber to Veldmark?"
    assert len(terms(one_missing)) >= LONG_QUESTION_TERMS
    assert covers_terms(index, 0, terms("Which ferry line carries grain to Veldmark?"))
    assert covers_terms(index, 0, terms(one_missing))
    assert not covers_terms(index, 0, terms("Which ferry line carries timber and steel to Veldmark?"))  # two missing
    short = "Which ferry carries timber?"  # three terms, one missing: a short question must be held whole
    assert len(terms(short)) < LONG_QUESTION_TERMS and not covers_terms(index, 0, terms(short))
    assert not covers_terms(index, 0, terms(""))


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the area of the new reservoir?", True),
    ("What area does the new reservoir cover?", True),
    ("In what area of the city do most migrants live?", False),  # a place, not an amount
    ("In which area is the terminal being built?", False),
])
def test_what_area_asks_for_an_amount_unless_it_asks_where(question: str, expected: bool) -> None:
    assert requirements(question).wants_number is expected


def test_a_passage_in_another_language_vouches_first_or_by_the_names_its_language_writes() -> None:
    from assistant.search.crossscript import WrittenNames
    from assistant.search.evidence import passage_needs

    req = requirements("How many jobs will the new solar park near Bukhara create?")
    assert passage_needs(req, "en", "en", 2, 0.1, 0.3) is req  # same language: checked on everything
    first = passage_needs(req, "en", "ru", 0, 0.5, 0.3)
    assert first is not None and first.names == () and first.keys == () and first.wants_number
    assert passage_needs(req, "en", "ru", 1, 0.9, 0.3) is None  # a lower passage, no names to check it by
    assert passage_needs(req, "en", "ru", 0, 0.2, 0.3) is None  # far in meaning
    assert passage_needs(req, "en", None, 1, 0.2, 0.3) is req  # language unknown: treated as the question's
    written = WrittenNames([("Солнечный парк под Бухарой даст работу сотням жителей.", "ru"),
                            ("A solar park near Bukhara.", "en"), ("Ветер над Навои.", "ru")])
    lower = passage_needs(req, "en", "ru", 2, 0.5, 0.3, written)
    assert lower is not None and lower.keys == (("buhara",),) and lower.names == () and lower.wants_number
    unnamed = requirements("How many jobs will the new solar park near Termez create?")  # no Russian passage names it
    assert passage_needs(unnamed, "en", "ru", 2, 0.5, 0.3, written) is None
    assert passage_needs(req, "en", "ru", 2, 0.2, 0.3, written) is None  # far in meaning, named or not


@pytest.mark.parametrize("window, ok", [
    ("Солнечный парк под Бухарой даст работу 800 жителям.", True),
    ("Ветровой парк под Навои даст работу 800 жителям.", False),  # the number, not the place
    ("Солнечный парк под Бухарой даст работу многим жителям.", False),  # the place, not the number
])
def test_a_lower_passage_in_another_language_holds_the_questions_names_across_scripts(window: str, ok: bool) -> None:
    from assistant.search.crossscript import WrittenNames
    from assistant.search.evidence import passage_needs

    written = WrittenNames([(window, "ru"), ("Солнечный парк под Бухарой.", "ru"), ("Qatar, Bukhara, Navoi.", "en")])
    needs = passage_needs(requirements("How many people will work at the solar park near Bukhara?"), "en", "ru", 1, 0.5,
                          0.3, written)
    assert needs is not None and window_satisfies(needs, window) is ok


@pytest.mark.parametrize("window, ok", [
    ("После аварии на Экибастузской ТЭЦ стройку оценивали в 1,1 трлн тенге.", True),  # an adjective of the name
    ("После аварии на Павлодарской ТЭЦ стройку оценивали в 1,1 трлн тенге.", False),  # of another town
])
def test_a_name_in_an_adjective_of_the_other_script_vouches_for_a_lower_passage(window: str, ok: bool) -> None:
    from assistant.search.crossscript import WrittenNames
    from assistant.search.evidence import passage_needs

    written = WrittenNames([(window, "ru"), ("Уголь везут из Экибастуза.", "ru"), ("Ekibastuz and Pavlodar.", "en")])
    req = requirements("What did the plants cost when they were discussed after the Ekibastuz accident?")
    needs = passage_needs(req, "en", "ru", 1, 0.5, 0.3, written)
    assert needs is not None and needs.keys == (("ekibastuz",),)
    assert window_satisfies(needs, window) is ok


def test_across_languages_keeps_names_of_the_passage_s_script_and_drops_those_it_translates() -> None:
    from assistant.search.crossscript import WrittenNames

    written = WrittenNames([("Рейсы Qatar Airways из Дохи в Бухару.", "ru"), ("Тюркский инвестиционный фонд (Organization of Turkic States) вложит деньги в дороги.", "ru"),
                            ("Qatar Airways flies to Bukhara.", "en")])
    ru_question = requirements("Сколько рейсов в неделю Qatar Airways выполняет в Бухару?")
    to_english = ru_question.across_languages(written, "en")
    assert set(to_english.names) == {"qatar", "airways"} and to_english.keys == (("buharu",),)  # Latin names as written
    assert window_satisfies(to_english, "Qatar Airways flies to Bukhara 14 times a week.")
    assert not window_satisfies(to_english, "Flights to Bukhara run 14 times a week.")  # Qatar Airways missing
    en_question = requirements("How much did the Turkic states put into their fund in Bukhara?")
    to_russian = en_question.across_languages(written, "ru")
    assert to_russian.names == () and to_russian.keys == (("buhara",),)  # "Turkic" only in Latin letters there


def test_a_quoted_section_title_names_where_to_look_not_what_to_find() -> None:
    req = requirements("What does the 'Who pays' section say about China's part in the dam?")
    assert "china" in req.names and "who" not in req.names and "pays" not in req.names
    ru = requirements("Что говорится в разделе «Реакция соседей и партнёров» о роли России?")
    assert ru.names == ("россии",)
    assert window_satisfies(ru, "Россия, в отличие от прежних лет, роли не играла.")
    quoted = requirements("What does Kazakhstan's 'Green Bridge' plan promise?")  # a quoted name, no section cue
    assert "green" in quoted.names and "bridge" in quoted.names


def test_a_word_broken_at_a_line_end_still_counts() -> None:
    req = requirements("Какие дроны Кыргызстан купил у Турции?")
    assert window_satisfies(req, "Кыргызстан купил у Тур- ции партию дронов.")
    assert not window_satisfies(req, "Кыргызстан купил у Ирана партию дронов.")
    share = requirements("Сколько процентов опрошенных выступили против стройки?")
    assert share.wants_number and window_satisfies(share, "Против стройки выступили 27 процентов жителей.")


# ---- answer types: the question asks for an attribute, the window must hold one of that type

ALL_CHECKS = answer_checks("all")


@pytest.mark.parametrize(
    "question,window,expected",
    [
        ("How much will the Orchard Valley dam cost?", "The Orchard Valley dam will store water for 40,000 farms.", False),
        ("How much will the Orchard Valley dam cost?", "The Orchard Valley dam will cost $310 million.", True),
        ("How much did Veldrania pay for the ferries?", "Veldrania paid 45 billion tenge for the two ferries.", True),
        ("Во сколько обойдётся мост через Верхнюю Луку?", "Мост через Верхнюю Луку будет длиной 900 метров.", False),
        ("Во сколько обойдётся мост через Верхнюю Луку?", "Мост через Верхнюю Луку обойдётся в 12 млрд рублей.", True),
        ("Во сколько Лорне обошёлся мост через Верхнюю Луку?", "Мост через Верхнюю Луку длиной 900 метров открыли в мае.", False),
        ("Во сколько Лорне обошёлся мост через Верхнюю Луку?", "Мост через Верхнюю Луку обошёлся Лорне в 12 млрд рублей.", True),
        # a Russian question about an English passage: the currency is found in the passage's language
        ("Сколько стоит паром для Вельдрании?", "A ferry for Veldrania costs 30 million euros.", True),
        ("What share of Veldrania's grain goes abroad?", "Veldrania sells 2 million tonnes of grain abroad.", False),
        ("What share of Veldrania's grain goes abroad?", "Veldrania sells 40% of its grain abroad.", True),
        ("Какая доля зерна Вельдрании уходит за рубеж?", "Вельдрания продаёт за рубеж треть своего зерна, 2 млн тонн.", True),
        ("Какая доля зерна Вельдрании уходит за рубеж?", "Вельдрания продаёт за рубеж 2 млн тонн зерна.", False),
        ("In what year did Veldrania open its port?", "Veldrania opened its port after 3 years of work.", False),
        ("В каком году Вельдрания открыла порт?", "Вельдрания открыла порт в 2019 году.", True),
        ("In what year did Veldrania open its port?", "Veldrania opened its port in 1519, before its rivals.", True),
        ("How many megawatts will the Orchard Valley plant produce?", "The Orchard Valley plant will produce 120 MW.", True),
        ("How many megawatts will the Orchard Valley plant produce?", "The Orchard Valley plant will employ 120 people.", False),
        ("Какова протяжённость дороги Вельдрании?", "Дорога Вельдрании строится 4 года.", False),
        ("Какова протяжённость дороги Вельдрании?", "Дорога Вельдрании протянется на 280 км.", True),
        ("How much gas did Veldrania export?", "Veldrania exported gas worth 3 billion.", False),
        ("How much gas did Veldrania export?", "Veldrania exported 3 bcm of gas.", True),
        # "what was … worth" asks for a sum, which a gift named without one does not give
        ("What was the Veldrania grant for the ferry berths worth?", "The ferry berths came as a Veldrania grant.", False),
        ("What was the Veldrania grant for the ferry berths worth?", "The Veldrania grant for the berths was worth 40 million euros.", True),
        # a decade or a century answers "when"
        ("When did Veldrania build its first canal?", "Veldrania built its first canal in the 1890s.", True),
        ("When did Veldrania build its first canal?", "Veldrania built its first canal in the 15th century.", True),
        ("Когда Вельдрания построила первый канал?", "Первый канал Вельдрания построила в XV веке.", True),
        ("When did Veldrania build its first canal?", "Veldrania built its first canal with Dutch help.", False),
        # a count is a number that is not a year
        ("How many rangers guard the Orchard Valley reserve?", "In 2023 the Orchard Valley reserve hired rangers.", False),
        ("How many rangers guard the Orchard Valley reserve?", "In 2023 the Orchard Valley reserve hired 140 rangers.", True),
        ("How many rangers guard the Orchard Valley reserve?", "Two dozen rangers guard the Orchard Valley reserve.", True),
        ("Сколько егерей охраняет заповедник Вельдрании?", "В 2023 году заповедник Вельдрании нанял егерей.", False),
        ("Сколько егерей охраняет заповедник Вельдрании?", "Заповедник Вельдрании охраняют двадцать егерей.", True),
        ("Сколько егерей охраняет заповедник Вельдрании?", "В 2023 году заповедник Вельдрании охраняли 1,5 тыс. егерей.", True),
        # "во сколько обходится" asks a price, not a count: a number alone does not answer it
        ("Во сколько обходится мост через Верхнюю Луку?", "Мост через Верхнюю Луку длиной 900 метров открыт.", False),
        ("Во сколько обходится мост через Верхнюю Луку?", "Мост через Верхнюю Луку обходится в 12 млрд рублей.", True),
        # small units of length, and Russian number words in an oblique case
        ("Какой длины волну излучает лазер Вельдрании?", "Лазер Вельдрании излучает волну длиной 532 нм.", True),
        ("What is the length of the wave the Veldrania laser emits?", "The Veldrania laser emits at 532 nm.", True),
        ("Сколько времени займёт стройка моста?", "Стройка моста займёт от пяти до десяти лет.", True),
        # a height, depth or width is a length
        ("How high will the Orchard Valley dam be?", "The Orchard Valley dam will hold water for 40,000 farms.", False),
        ("How high will the Orchard Valley dam be?", "The Orchard Valley dam will rise 215 metres.", True),
        ("What is the depth of the Veldrania berths?", "The Veldrania berths take ships of 12 metres draught.", True),
        ("Какой высоты будет плотина Вельдрании?", "Плотина Вельдрании даст 600 мегаватт.", False),
        ("Какой высоты будет плотина Вельдрании?", "Плотина Вельдрании поднимется на 215 метров.", True),
        ("Какова глубина причалов Вельдрании?", "Причалы Вельдрании принимают суда с осадкой до 14 м.", True),
        # an interest or inflation rate is a percentage
        ("What interest rate will the Veldrania bank charge on the loan?", "The Veldrania bank will lend 300 million dollars.", False),
        ("What interest rate will the Veldrania bank charge on the loan?", "The Veldrania bank will charge 2.5 percent on the loan.", True),
        ("Под какую ставку банк Вельдрании выдаст кредит?", "Банк Вельдрании выдаст кредит в 300 млн долларов.", False),
        ("Под какую ставку банк Вельдрании выдаст кредит?", "Банк Вельдрании выдаст кредит под 2,5% годовых.", True),
        # an e-mail address is written with "@"
        ("What is the email address of the Veldrania Herald's editor?", "The Veldrania Herald's editor is Ana Morel.", False),
        ("What is the email address of the Veldrania Herald's editor?", "Write to the Veldrania Herald's editor at ana@herald.example.", True),
        ("Какой адрес электронной почты у редакции «Вестника Вельдрании»?", "Редакция «Вестника Вельдрании» находится в Лорне.", False),
        ("Какой адрес электронной почты у редакции «Вестника Вельдрании»?", "Редакция «Вестника Вельдрании»: mail@vestnik.example.", True),
    ],
)
def test_answer_types(question: str, window: str, expected: bool) -> None:
    req = requirements(question, checks=ALL_CHECKS)
    assert req.answer_types, question
    assert window_satisfies(req.across_languages() if req.lang != "en" and window.isascii() else req, window) is expected


def test_answer_checks_are_switchable() -> None:
    question = "How much will the Orchard Valley dam cost?"
    no_money = "The Orchard Valley dam will store water for 40,000 farms."
    assert not window_satisfies(requirements(question, checks=frozenset({"money"})), no_money)
    assert window_satisfies(requirements(question, checks=answer_checks("none")), no_money)
    assert requirements(question, checks=frozenset({"percent"})).answer_types == ()
    assert answer_checks("") is None and answer_checks("ALL") == frozenset(ANSWER_TYPES)
    # None: each type's own `default` flag in the language file
    by_default = {t.name for t in lang_data("en").answer_types if t.default}
    assert ("money" in requirements(question).answer_types) is ("money" in by_default)
    with pytest.raises(ValueError, match="unknown answer check moneyy"):
        answer_checks("money,moneyy")


def test_a_question_without_a_cue_asks_for_no_type() -> None:
    for question in ("Who built the Orchard Valley dam?", "Кто построил мост через Верхнюю Луку?",
                     "Why does the dam serve many farms?", "How many times did the dam flood?"):
        assert requirements(question, checks=ALL_CHECKS).answer_types == ()


def test_a_short_name_in_the_possessive_is_the_name() -> None:
    """"KMG's" names KMG: three letters are too few for a shared stem, so the "'s" is taken off."""
    req = requirements("Which VMG executive said the company would not replace the LPC terminal?")
    assert window_satisfies(req, "\"We are not replacing the LPC terminal,\" said Ana Morel, VMG's deputy chief executive.")
    assert window_satisfies(req, "\"We are not replacing the LPC terminal,\" said Ana Morel, VMG’s deputy chief executive.")
    assert not window_satisfies(req, "\"We are not replacing the LPC terminal,\" said Ana Morel, VMGS's deputy chief.")


def test_a_russian_capacity_is_power_only_for_a_power_plant() -> None:
    """«Мощность» is a factory's output as well as a power station's: only beside a word of electricity
    generation (станция, ГЭС, турбина, солнечная...) or as installed or generating capacity does the
    question ask for megawatts."""
    for question in ("Какой мощности солнечную электростанцию построят у Лорны?",
                     "Какой будет суммарная мощность Верхнелукской ГЭС?",
                     "Какова установленная мощность нового блока?"):
        assert "power" in requirements(question).answer_types, question
    for question in ("Какой мощности завод по переработке руды построят у Лорны?",
                     "Какова мощность газопровода из Вельдрании в Молдарию?",
                     "Какова мощность перевалки зернового терминала на станции Лорна?"):  # a railway station's
        req = requirements(question)
        assert "power" not in req.answer_types and req.wants_number, question
    factory = "Завод у Лорны будет перерабатывать 2 000 тонн руды в год."
    assert window_satisfies(requirements("Какой мощности завод по переработке руды построят у Лорны?"), factory)


def test_how_much_of_a_good_two_countries_trade_asks_for_the_good_not_for_money() -> None:
    """"How much … trade with" asks for a sum of money, unless what is counted is named: electricity
    traded is given in kilowatt-hours, in either language of the passage."""
    asked = "How much electricity did Veldrania and Irvick trade with each other in 2024?"
    req = requirements(asked)
    assert req.answer_types == ("power",)
    assert window_satisfies(req, "In 2024 Veldrania and Irvick traded 11.6 billion kWh of electricity with each other.")
    assert window_satisfies(req.across_languages(), "В 2024 году Вельдрания и Ирвик обменялись 11,6 млрд кВт·ч электроэнергии.")
    assert requirements("How much did Veldrania trade with Irvick in 2024?").answer_types == ("money",)


def test_a_window_at_the_passage_edge_reads_the_article_sentence_before_it() -> None:
    req = requirements("What share of Veldrania's farmers back the canal?", checks=frozenset({"percent"}))
    passage = ["Support for the canal is lower:", "17 percent, against 40 for the road."]
    before = ["Most farmers in Veldrania back the new road."]
    assert not passage_has_evidence(req, passage)
    assert passage_has_evidence(req, passage, lead=before)
    # the sentence before is only a neighbour: a window must still hold a sentence of the passage
    assert not passage_has_evidence(req, ["The weather was mild."], lead=[*before, "17 percent back the canal."])
    assert passage_has_evidence(req, ["Farmers were polled."], tail=["In Veldrania, 17 percent back the canal."])


@pytest.mark.parametrize(
    "question,sentences,expected",
    [
        # the price stands beside the question's subject in its own sentence
        ("How much did Veldrania pay for electricity imports last winter?",
         ["Veldrania's ministers met in Lakeside and agreed how to pay for a dam.",
          "The total bill for the dam is put at $2 billion."], False),
        ("How much did Veldrania pay for electricity imports last winter?",
         ["Veldrania's ministers met in Lakeside.", "Electricity imports cost Veldrania $40 million last winter."], True),
        # a sentence that opens with a pronoun, a figure or after a colon goes on about the one before
        ("How much will the Lakeside desalination plant cost?",
         ["A desalination plant is planned at Lakeside.", "It will cost $1.1 billion."], True),
        ("How much will the Lakeside desalination plant cost?",
         ["A desalination plant is planned at Lakeside.", "The governor will spend $1.1 billion on roads."], False),
        ("Какая доля жителей Вельдрании поддерживает канал?",
         ["Жители Вельдрании спорят о канале:", "27 процентов за, остальные против."], True),
        # ... and one that opens with a conjunction ("But", «Однако»)
        ("What share of Lakeside's passengers changed planes in 2024?",
         ["Lakeside airport served 5.2 million passengers in 2024.", "But only 7 percent of them were in transit."], True),
        ("What share of Lakeside's passengers changed planes in 2024?",
         ["Lakeside airport served 5.2 million passengers in 2024.", "Only 7 percent of them were in transit."], False),
        ("Какая доля пассажиров аэропорта Лейксайда летела транзитом в 2024 году?",
         ["Аэропорт Лейксайда обслужил 5,2 млн пассажиров в 2024 году.", "Однако лишь 7 процентов из них делали пересадку."],
         True),
        ("Какая доля пассажиров аэропорта Лейксайда летела транзитом в 2024 году?",
         ["Аэропорт Лейксайда обслужил 5,2 млн пассажиров в 2024 году.", "Лишь 7 процентов из них делали пересадку."], False),
        ("Когда Вельдрания откроет порт в Лейксайде?",
         ["Вельдрания строит порт в Лейксайде.", "Соседний Ирвик открыл свою гавань в 2019 году."], False),
    ],
)
def test_an_answer_type_stands_beside_the_question_s_subject(question: str, sentences: list[str], expected: bool) -> None:
    req = requirements(question, checks=ALL_CHECKS)
    assert req.answer_types and req.terms, question
    assert passage_has_evidence(req, sentences) is expected
    # without the question's terms (a passage in another language) the type anywhere in the window is enough
    assert passage_has_evidence(req.across_languages(), sentences)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # the figure is said of another country than the one asked about
        ("Сколько граждан Молдавии выехали на работу в Южную Корею в 2024 году?",
         "Армения делает ставку на Южную Корею, куда в 2024 году выехали 2 700 граждан республики.", False),
        ("Сколько граждан Молдавии выехали на работу в Южную Корею в 2024 году?",
         "Молдавия делает ставку на Южную Корею, куда в 2024 году выехали 2 700 граждан республики.", True),
        ("How many engineers did Mongolia send to the dam site in 2024?",
         "Kazakhstan sent 40 engineers to the dam site in 2024, the ministry said.", False),
        ("How many engineers did Mongolia send to the dam site in 2024?",
         "Mongolia sent 40 engineers to the dam site in 2024, the ministry said, more than Kazakhstan.", True),
        # no other place named: the sentence may still answer (the place is in its neighbours)
        ("How many engineers did Mongolia send to the dam site in 2024?",
         "The ministry sent 40 engineers to the dam site in 2024.", True),
        # the asked place goes on in a sentence that opens with a pronoun
        ("How many engineers did Mongolia send to the dam site in 2024?",
         "Mongolia joined the dam project early. It sent 40 engineers to the dam site in 2024, more than Kazakhstan.", True),
    ],
)
def test_a_value_said_of_another_place_does_not_answer(question: str, sentence: str, expected: bool) -> None:
    from assistant.chunking import sentence_spans  # the window split into sentences as the index splits it

    parts = [sentence[s:e] for s, e in sentence_spans(sentence)]
    req = requirements(question)
    window = " ".join(parts)
    if "Mongolia joined" not in sentence:
        window = f"{window} Mongolia and its neighbours signed the dam agreement."  # the place in a neighbour
        parts = [*parts, "Mongolia and its neighbours signed the dam agreement."]
    if question.startswith("Сколько"):
        window = f"{window} Молдавия и Армения обсуждают трудовую миграцию."
        parts = [*parts, "Молдавия и Армения обсуждают трудовую миграцию."]
    assert window_satisfies(req, window, "", parts) is expected


@pytest.mark.parametrize(
    ("sentence", "title", "expected"),
    [
        ("Протяжённость таджикско-афганской границы составляет 1344 километра.", "Южные рубежи", False),  # another border
        ("Протяжённость узбекско-таджикской границы составляет 1312 километров.", "Южные рубежи", True),
        ("Граница Узбекистана с Таджикистаном протянулась на 1312 километров.", "Южные рубежи", True),  # as nouns
        ("Граница с Таджикистаном протянулась на 1312 километров.", "Узбекистан и соседи", True),  # one in the title
        ("Граница протянулась на 1312 километров.", "Южные рубежи", True),  # no other place named
        ("Протяжённость узбекско-казахстанской границы составляет 2330 километров.", "Южные рубежи", False),
    ],
)
def test_a_compound_adjective_names_the_places_of_a_russian_question(sentence: str, title: str, expected: bool) -> None:
    req = requirements("Какова протяжённость узбекско-таджикской границы?")
    assert req.places == ("узбек", "таджик")
    assert window_satisfies(req, sentence, title, [sentence]) is expected


def test_a_compound_adjective_of_another_language_is_no_place() -> None:
    assert requirements("How long is the Uzbek-Tajik border?").places == ()
    assert requirements("Где стоит военно-морская база?").places == ()
    req = requirements("Какова протяжённость узбекско-таджикской границы?").across_languages()
    assert req.places == ()


def test_a_place_named_in_the_title_is_not_missing() -> None:
    req = requirements("How many engineers did Mongolia send to the dam site in 2024?")
    sentence = "Kazakhstan sent 40 engineers to the dam site in 2024, the ministry said."
    assert not window_satisfies(req, sentence + " Mongolia agreed.", "", [sentence, "Mongolia agreed."])
    own = "They sent 40 engineers to the dam site in 2024, more than Kazakhstan did."
    assert window_satisfies(req, own, "Mongolia's engineers at the dam", [own])


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # a count answers "how many X" when X follows the figure
        ("How many engineers did the Veltmark dam project hire in 2024?",
         "The Veltmark dam project hired 140 engineers in 2024.", True),
        ("How many engineers did the Veltmark dam project hire in 2024?",
         "The Veltmark dam project hired 140 new engineers in 2024.", True),
        # a figure of something else does not
        ("How many engineers did the Veltmark dam project hire in 2024?",
         "The Veltmark dam project, 49 percent owned by engineers, began in 2024.", False),
        ("How many engineers did the Veltmark dam project hire in 2024?",
         "Engineers at the Veltmark dam project reported three incidents last spring.", False),
        ("Сколько инженеров наняли на строительство плотины Велтмарк?",
         "На строительство плотины Велтмарк наняли 140 инженеров.", True),
        ("Сколько инженеров наняли на строительство плотины Велтмарк?",
         "Инженеры плотины Велтмарк сообщили о трёх авариях прошлой весной.", False),
    ],
)
def test_a_count_stands_before_what_the_question_counts(question: str, sentence: str, expected: bool, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.search import crossterms

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)  # by its words alone (the word model: below)
    req = requirements(question)  # the "counted" check is on by default
    assert {"count", "counted"} <= set(req.answer_types)
    assert window_satisfies(req, sentence, "", [sentence]) is expected


def test_an_amount_of_a_commodity_is_no_count() -> None:
    # «сколько туркменского газа» asks for a volume, not a number of things that follows the figure
    assert "count" not in requirements("Сколько туркменского газа Иран получил в 2024 году?").answer_types
    assert "count" in requirements("Сколько туркменских инженеров работает в Иране?").answer_types
    # «грузовиков» (lorries) are counted; «груза» (cargo) is an amount
    assert requirements("Сколько грузовиков задержали таможенники Вельдрании?").answer_types == ("count", "counted")
    assert requirements("Сколько груза перевезли через Вельдранию?").answer_types == ("weight",)
    assert requirements("Сколько грузов прошло через порт Вельдрании?").answer_types == ("weight",)
    # fuel is an amount too, with an adjective before it
    assert requirements("Сколько дизельного топлива Вельдрания ввозит за год?").answer_types == ("weight",)
    assert requirements("How much diesel fuel does Veldrania import a year?").answer_types == ("weight",)
    assert "count" in requirements("Сколько новых заправок открыли в Вельдрании?").answer_types
    # electricity is an amount of energy, in kWh: «до 1,2 млрд кВт·ч в первом квартале» answers with no noun after it
    req = requirements("Сколько электроэнергии Вельдрания купит у соседей зимой?")
    assert req.answer_types == ("power",)
    assert window_satisfies(req, "Вельдрания намерена купить у соседей до 1,2 млрд кВт·ч зимой.")
    assert requirements("Сколько электричества продала Вельдрания в 2024 году?").answer_types == ("power",)


def test_a_price_asked_with_a_word_before_the_verb_is_money_not_a_count() -> None:
    # «Сколько будет стоить билет …» asks a price: not a count of «стоить» and «билет»
    assert requirements("Сколько будет стоить билет из Вельдры в Молдарию?").answer_types == ("money",)
    assert requirements("Сколько сейчас стоит билет из Вельдры в Молдарию?").answer_types == ("money",)
    assert "count" in requirements("Сколько билетов продала авиакомпания Вельдры?").answer_types
    # prize money, a salary or a fine is a sum
    assert requirements("What prize money will the winners of the Veldra cup receive?").answer_types == ("money",)
    assert requirements("What fines did the Veldran court impose?").answer_types == ("money",)
    assert "money" not in requirements("What prize did the Veldran poet receive?").answer_types


@pytest.mark.parametrize("question", ["How much gold did the Lorna mine produce in 2023?",
                                      "Сколько золота добыл рудник Лорна в 2023 году?",
                                      "How much cotton did Veldmark export?", "Сколько хлопка вывезла Вельдмарка?"])
def test_an_amount_of_a_metal_or_a_crop_is_a_weight(question: str) -> None:
    assert requirements(question).answer_types == ("weight",)


def test_a_year_and_a_figure_beside_the_mine_do_not_weigh_its_gold() -> None:
    req = requirements("How much gold did the Lorna mine produce in 2023?")
    dated = "The Lorna mine hauled ore for the contractor until March 2023, when 148 trucks were returned."
    weighed = "The Lorna mine produced 12.1 tonnes of gold in 2023."
    assert not window_satisfies(req, dated, "", [dated]) and window_satisfies(req, weighed, "", [weighed])


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("Кто возглавлял делегацию Минпросвещения Лорны?", "Делегацию возглавляла заместитель министра просвещения Лорны Ольга Вельд.", True),
    ("Что сказал представитель Минобороны Лорны?", "Представитель министерства обороны Лорны сказал, что учения пройдут в мае.", True),
    ("Что сказал представитель Минобороны Лорны?", "Представитель министерства финансов Лорны сказал, что учения пройдут в мае.", False),
    ("Что заявил Нацбанк Лорны?", "Национальный банк Лорны заявил, что ставка не изменится.", True),
    ("Which ferries cross the Caspian with grain?", "Two transcaspian ferries carry the grain.", True),
    ("Which ferries cross the Caspian with grain?", "Two transpacific ferries carry the grain.", False),
    ("Какие паромы возят зерно через Каспий?", "Зерно возят два транскаспийских парома Лорны.", True),
    ("Какие паромы возят зерно через Каспий?", "Зерно возят два транстихоокеанских парома Лорны.", False),
])
def test_a_compound_name_is_also_the_name_after_its_prefix(question: str, window: str, expected: bool) -> None:
    assert window_satisfies(requirements(question), window) is expected


def test_without_the_counted_check_any_figure_beside_a_term_counts() -> None:
    question = "How many engineers did the Veltmark dam project hire in 2024?"
    sentence = "The Veltmark dam project, 49 percent owned by engineers, began in 2024."
    assert window_satisfies(requirements(question, None, answer_checks("count")), sentence, "", [sentence])
    assert not window_satisfies(requirements(question), sentence, "", [sentence])


def _near_words(pairs: dict[frozenset[str], float]):  # type: ignore[no-untyped-def]
    """A fake word model: the cosine of two words is theirs in `pairs`, 1 for a word with itself, else 0."""
    import numpy as np

    from assistant.search.crossterms import WordVectors

    words: list[str] = sorted({w for pair in pairs for w in pair})
    others: dict[str, int] = {}

    def encode(batch: list[str]) -> np.ndarray:
        out = np.zeros((len(batch), len(words) + 64))
        for i, word in enumerate(batch):
            if word not in words:
                out[i, len(words) + others.setdefault(word, len(others) % 64)] = 1.0  # a word of its own
                continue
            out[i, words.index(word)] = 1.0
            for pair, cosine in pairs.items():
                if word in pair and min(pair) == word:  # the first of the pair leans towards the second
                    out[i, words.index(word)], out[i, words.index(max(pair))] = (1 - cosine**2) ** 0.5, cosine
        return out

    return WordVectors(encode)


@pytest.mark.parametrize(("cosine", "expected"), [(0.6, True), (0.3, False)])
def test_a_word_near_what_is_counted_counts_it(cosine: float, expected: bool, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.search import crossterms
    from assistant.search.answer_types import COUNTED_SIMILAR

    assert 0.3 < COUNTED_SIMILAR < 0.6
    vectors = _near_words({frozenset({"ferries", "vessels"}): cosine})
    monkeypatch.setattr(crossterms, "word_vectors", lambda: vectors)
    question = "How many ferries does the Veldmark line run?"
    sentence = "The Veldmark line runs 12 vessels a week."
    assert requirements(question).counted == ("ferries",)
    assert window_satisfies(requirements(question), sentence, "", [sentence]) is expected


def test_what_a_question_counts_follows_its_cue() -> None:
    assert requirements("How many Lornan border guards were on duty?").counted == ("border", "guards")  # "Lornan" says whose
    assert requirements("Сколько лорнских пограничников несли службу?").counted == ("лорнских", "пограничников", "несли")
    assert requirements("Сколько Лорна заплатит за паромы?").counted == ()  # «сколько» before a name asks an amount
    assert requirements("When did the Veldmark line open?").counted == ()


@pytest.mark.model
def test_use_puts_a_counted_word_near_its_synonym_and_far_from_another_thing() -> None:
    question = "How many ferries does the Veldmark line run?"
    assert window_satisfies(requirements(question), "The Veldmark line runs 12 vessels a week.", "", ["The Veldmark line runs 12 vessels a week."])
    other = "The Veldmark line reported 12 incidents last year."
    assert not window_satisfies(requirements(question), other, "", [other])


def test_a_year_the_question_names_is_said_by_the_time_the_answer_is() -> None:
    question = "How much electricity did the Veltmark dam produce in 2019?"
    later = ["The Veltmark dam produced 3.1 billion kilowatt-hours last year.", "Its first turbine started in 2019."]
    earlier = ["The Veltmark dam started its first turbine in 2019.", "It produced 3.1 billion kilowatt-hours that year."]
    req = requirements(question)
    assert not window_satisfies(req, " ".join(later), "", later)
    assert window_satisfies(req, " ".join(earlier), "", earlier)
    assert window_satisfies(req, later[0], "Veltmark dam report, 2019", [later[0]])  # the title says it


def test_how_long_something_lasts_is_a_duration_and_how_long_it_will_be_a_length() -> None:
    assert requirements("Сколько длились очереди на границе Вельдрании?").answer_types == ("duration",)
    assert requirements("How long will the new Veldrania road be?").answer_types == ("length",)
    assert requirements("How long will the Veldrania talks last?").answer_types == ("duration",)
    req = requirements("Сколько длились очереди на границе Вельдрании?")
    for sentence, expected in (("Очереди на границе Вельдрании стояли больше двух месяцев.", True),
                               ("Очереди на границе Вельдрании были и в 2019 году.", False),  # a date, not a duration
                               ("Очереди на границе Вельдрании стояли с 2017 по 2019 год.", True)):
        assert window_satisfies(req, sentence, "", [sentence]) is expected, sentence


@pytest.mark.parametrize(("question", "types"), [
    ("Сколько фурам Вельдрании приходится ждать на границе?", ("duration",)),
    ("Сколько ещё придётся ждать запуска линии в Вельдрании?", ("duration",)),
    ("Сколько продлится ремонт моста в Вельдрании?", ("duration",)),
    ("Сколько фур ждут на границе Вельдрании?", ("count", "counted")),  # how many wait: a count
    ("Сколько туристов ждать в Вельдрании в 2026 году?", ("count", "counted")),  # how many to expect
])
def test_how_long_one_must_wait_is_a_duration_and_how_many_wait_a_count(question: str, types: tuple[str, ...]) -> None:
    assert requirements(question).answer_types == types


def test_a_wait_in_hours_answers_how_long_trucks_must_wait() -> None:
    req = requirements("Сколько фурам Вельдрании приходится ждать на границе?")
    said = "Фуры Вельдрании ждут на границе до 72 часов."
    assert window_satisfies(req, said, "", [said])
    late = "На границе Вельдрании ждут 72 фуры."
    assert not window_satisfies(req, late, "", [late])  # a number of trucks is no wait


def test_a_year_long_ago_is_a_date() -> None:
    req = requirements("When was the last flood in Veldrania?")
    sentence = "The last flood in Veldrania came in 1654."
    assert window_satisfies(req, sentence, "", [sentence])


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # a fraction is no count
        ("How many Japanese firms work in Veldrania?", "Veldrania won more than two thirds of the Japanese projects.", False),
        ("How many Japanese firms work in Veldrania?", "Two dozen Japanese firms work in Veldrania.", True),
        ("Сколько японских фирм работает в Вельдрании?", "Вельдрании досталось больше двух третей японских проектов.", False),
        ("Сколько японских фирм работает в Вельдрании?", "В Вельдрании работают две японские фирмы.", True),
        # a day of the month and a year ending the sentence are dates, not counts
        ("How many lorries does the Veldrania post clear?", "The Veldrania post tightened its checks on 3 September.", False),
        ("How many lorries does the Veldrania post clear?", "The Veldrania post tightened its checks in 2025.", False),
        ("Сколько грузовиков пропускает пост Вельдрании?", "Пост Вельдрании ужесточил досмотр с 3 сентября.", False),
        ("How many lorries does the Veldrania post clear?", "The Veldrania post clears 900 lorries a day.", True),
        ("How many lorries does the Veldrania post clear?", "The Veldrania post cleared 2,025 lorries.", True),
        ("How many marines guard the Veldrania post?", "The Veldrania post is guarded by 40 marines.", True),
        ("Сколько маяков у порта Вельдрании?", "У порта Вельдрании 5 маяков.", True),
        # a clock time
        ("Во сколько была обновлена статья о мосте Вельдрании?", "Статья о мосте Вельдрании обновлена в 2025 году.", False),
        ("Во сколько была обновлена статья о мосте Вельдрании?", "Статья о мосте Вельдрании обновлена в 11:15.", True),
        ("At what time did the Veldrania summit open?", "The Veldrania summit opened on Monday.", False),
        ("At what time did the Veldrania summit open?", "The Veldrania summit opened at 10:30 local time.", True),
        # "within what time" asks how long, not a clock time
        ("Within what time must the Veldrania bridge be finished?", "The Veldrania bridge must be finished within 18 months.",
         True),
        ("Within what time must the Veldrania bridge be finished?", "Work on the Veldrania bridge began on a Monday.", False),
        # a day asked is not answered by a month ("On what date …?", «На какие именно даты …?», «в какие дни»)
        ("On what date will the Veldrania bridge open?", "The Veldrania bridge will open in March 2026.", False),
        ("On what date will the Veldrania bridge open?", "The Veldrania bridge will open on 3 March 2026.", True),
        ("On what date will the Veldrania bridge open?", "The Veldrania bridge will open on March 3.", True),
        ("On which days does the Veldrania ferry sail?", "The Veldrania ferry sails on Mondays and Fridays.", True),
        ("На какие именно даты назначен саммит в Вельдрании?",
         "Саммит в Вельдрании намечен на вторую половину августа 2026 года.", False),
        ("На какие именно даты назначен саммит в Вельдрании?", "Саммит в Вельдрании пройдёт 27–28 августа 2026 года.", True),
        ("В какие дни ходит автобус из Вельдрании?", "Автобус из Вельдрании ходит по понедельникам и средам.", True),
        ("When will the Veldrania bridge open?", "The Veldrania bridge will open in March 2026.", True),  # a month is a when
        # asked which one, the answer names something the question does not
        ("Which Turkish company will build the Veldrania bridge?",
         "The Veldrania bridge will be built by a Turkish company that the government did not name.", False),
        ("Which Turkish company will build the Veldrania bridge?",
         "The Veldrania bridge will be built by the Turkish company Kalyon.", True),
        ("Which countries signed the Veldrania accord?", "The Veldrania accord was signed by Lornia and Tarsania.", True),
        ("Какая китайская компания построила мост в Вельдрании?",
         "Мост в Вельдрании построила китайская компания «Синохайдро».", True),
        ("Какая китайская компания построила мост в Вельдрании?",
         "Мост в Вельдрании построила китайская государственная компания.", False),
        ("Какие три банка Вельдрании перестали принимать переводы?",
         "С 24 ноября три банка Вельдрании перестали принимать переводы.", False),
        ("Какие три банка Вельдрании перестали принимать переводы?",
         "С 24 ноября Тарнобанк, Велбанк и Юнибанк Вельдрании перестали принимать переводы.", True),
        # a sum spent is asked, not a count of what was spent
        ("Сколько было израсходовано на ремонт моста в Вельдрании в 2024 году?",
         "В 2024 году на ремонт моста в Вельдрании было израсходовано 4,3 миллиона долларов.", True),
        ("Сколько было израсходовано на ремонт моста в Вельдрании в 2024 году?",
         "В 2024 году на ремонт моста в Вельдрании вышли 43 рабочих.", False),
    ],
)
def test_default_checks_on_one_sentence(question: str, sentence: str, expected: bool) -> None:
    assert window_satisfies(requirements(question), sentence, "", [sentence]) is expected


def test_a_valuation_is_no_clock_time() -> None:
    assert "clock" not in requirements("Во сколько организаторы оценили портфель форума Вельдрании?").answer_types


@pytest.mark.parametrize(
    ("question", "sentences", "expected"),
    [
        # trade between two places is a sum of money, said of those places
        ("Каким был товарооборот Вельдрании с Ирвиком в 2024 году?",
         ["Товарооборот Вельдрании и Ирвика в 2024 году составил 1,2 млрд долларов."], True),
        ("Каким был товарооборот Вельдрании с Молдарией в 2024 году?",
         ["Товарооборот Вельдрании и Тарсании в 2024 году составил 1,2 млрд долларов.",
          "Молдария остаётся главным транзитным партнёром Вельдрании."], False),
        ("Каким был экспорт Вельдрании в Ирвик в 2024 году?",
         ["В 2024 году доля экспорта Вельдрании в Ирвик достигла 38%."], False),
        ("What was Veldrania's trade with Irvick in 2024?",
         ["Veldrania's trade with Irvick reached $1.2 billion in 2024."], True),
        ("What were Veldrania's exports to Irvick in 2024?",
         ["In 2024 Veldrania sold goods worth 1.2 billion euros to Irvick."], True),
        ("What was Veldrania's trade with Irvick in 2024?",
         ["Veldrania's trade with Irvick grew by a quarter in 2024, to 14,000 containers."], False),
    ],
)
def test_trade_between_places_asks_for_a_sum_of_money(question: str, sentences: list[str], expected: bool) -> None:
    req = requirements(question)
    assert req.answer_types == ("money",), question
    assert passage_has_evidence(req, sentences) is expected


def test_exports_of_a_good_ask_for_no_sum_of_money() -> None:
    # "exports of gas" may be counted in cubic metres or tonnes; only a named exporter or trade turnover asks for money
    assert requirements("Каким был экспорт газа в Ирвик?").answer_types == ()
    assert requirements("What were the gas exports to Irvick?").answer_types == ()


@pytest.mark.parametrize("question", [
    "By how much did Veldrania's bilateral trade grow in 2023?",
    "What share of Veldrania's trade with Irvick goes by rail?",
    "Насколько вырос товарооборот Вельдрании с Молдарией?",
    "Каков рост товарооборота Вельдрании и Молдарии?",
    "Какова доля Молдарии в товарообороте Вельдрании?",
])
def test_growth_or_a_share_of_trade_asks_for_no_sum_of_money(question: str) -> None:
    # "grew by 12 percent", «вырос на треть»: a change or a share, not the turnover itself
    assert "money" not in requirements(question).answer_types


@pytest.mark.parametrize("question", [
    "Какую долю стоимости машины из Вельдрании дают местные детали?",
    "Какая доля от стоимости проекта в Вельдрании приходится на банк?",
    "Сколько процентов стоимости моста в Вельдрании покроет кредит?",
    "What share of the cost of a car made in Veldrania comes from local parts?",
])
def test_a_share_of_a_value_asks_for_a_percentage_not_a_sum(question: str) -> None:
    # «долю стоимости» asks what part of the value, "16 percent" answers it without any currency
    req = requirements(question)
    assert req.answer_types == ("percent",), question
    if req.lang == "en":
        assert passage_has_evidence(req, ["Local parts make up 16 percent of the value of a car from Veldrania."])
    assert "money" in requirements("Какова стоимость машины из Вельдрании?").answer_types


def test_trade_cues_read_past_an_opening_attribution() -> None:
    for question in ("According to the ministry, what was Veldrania's trade with Irvick in 2024?",
                     "По данным таможни, каким был товарооборот Вельдрании и Молдарии в 2022 году?"):
        assert requirements(question).answer_types == ("money",), question


@pytest.mark.parametrize(
    ("question", "sentences", "expected"),
    [
        ("How many containers passed through the Veldrania terminal in 2023?",
         ["The Veldrania terminal opened its second berth in 2023.",
          "In 2025 about 4,800 containers passed through the terminal in nine months."], False),
        ("How many containers passed through the Veldrania terminal in 2023?",
         ["The Veldrania terminal opened its second berth in 2023.",
          "About 4,800 containers passed through the terminal that year."], True),
        ("How many containers passed through the Veldrania terminal in 2023?",
         ["In 2023 the Veldrania terminal handled 4,800 containers, against 3,100 in 2022."], True),
        ("Каким был товарооборот Вельдрании и Молдарии в 2022 году?",
         ["В 2022 году стороны возобновили работу межправкомиссии, и с тех пор товарооборот Вельдрании и Молдарии растёт.",
          "В 2024 году он составил 412 млн долларов."], False),
    ],
)
def test_a_value_dated_to_another_year_does_not_answer(question: str, sentences: list[str], expected: bool) -> None:
    req = requirements(question)
    assert req.answer_types and {"2022", "2023"} & set(req.figures), question
    assert passage_has_evidence(req, sentences) is expected


def test_last_year_is_the_year_before_the_article_s_date() -> None:
    question = "How much electricity did the Veldrania dam generate in 2019?"
    sentences = ["The Veldrania dam's two turbines were started in 2018 and 2019.",
                 "The dam generated 3.1 billion kilowatt-hours last year."]
    req = requirements(question)
    assert req.answer_types and "2019" in req.figures
    assert not passage_has_evidence(req, sentences, article_year=2025)  # "last year" is 2024 there
    assert passage_has_evidence(req, sentences, article_year=2020)
    ru = requirements("Сколько электроэнергии выработала ГЭС Вельдрании в 2024 году?")
    told = ["ГЭС Вельдрании работает с 2018 года.", "В прошлом году ГЭС выработала 3,1 млрд киловатт-часов."]
    assert ru.answer_types
    assert passage_has_evidence(ru, told, article_year=2025)  # «в прошлом году» says 2024
    assert not passage_has_evidence(ru, told, article_year=2026)
    assert not passage_has_evidence(ru, told)  # no date: 2024 is said nowhere


def test_a_month_without_a_year_is_in_the_article_s_year() -> None:
    question = "What did a tonne of Veldrania wheat cost in October 2025?"
    said = ["Wheat prices in Veldrania rose all autumn.", "In October a tonne of Veldrania wheat cost 212 dollars."]
    req = requirements(question)
    assert passage_has_evidence(req, said, article_year=2025)
    assert not passage_has_evidence(req, said, article_year=2026)  # that October was 2026's
    assert not passage_has_evidence(req, said)  # no date: 2025 is said nowhere
    for other in ("In October 2024 a tonne of Veldrania wheat cost 212 dollars.",
                  "In October last year a tonne of Veldrania wheat cost 212 dollars.",
                  "In October 14, 2024 a tonne of Veldrania wheat cost 212 dollars."):
        assert not passage_has_evidence(req, [said[0], other], article_year=2025), other
    span = ["Wheat prices in Veldrania rose all autumn.", "From July to October a tonne of Veldrania wheat rose to 212 dollars."]
    assert passage_has_evidence(req, span, article_year=2025)  # a span of months without a year is the article's
    assert not passage_has_evidence(req, span, article_year=2026)
    span[1] = "From July to October 2024 a tonne of Veldrania wheat rose to 212 dollars."
    assert not passage_has_evidence(req, span, article_year=2025)  # the year ending the span is both months'
    ru = requirements("Сколько стоила тонна пшеницы Вельдрании в октябре 2025 года?")
    for sentence, expected in (("В октябре тонна пшеницы Вельдрании стоила 212 долларов.", True),
                               ("14 октября тонна пшеницы Вельдрании стоила 212 долларов.", True),
                               ("С июля по октябрь тонна пшеницы Вельдрании подорожала до 212 долларов.", True),
                               ("С июля по октябрь 2024 года тонна пшеницы Вельдрании подорожала до 212 долларов.", False),
                               ("В октябре прошлого года тонна пшеницы Вельдрании стоила 212 долларов.", False),
                               ("В октябре 2024 года тонна пшеницы Вельдрании стоила 212 долларов.", False)):
        assert passage_has_evidence(ru, ["Пшеница Вельдрании дорожала всю осень.", sentence], article_year=2025) is expected


@pytest.mark.parametrize(("question", "sentence"), [
    ("How much water will the Irvick canal take from the Veldrania river each year?",
     "The Irvick canal will take about 10 cubic kilometres of water from the Veldrania river each year."),
    ("How much water will the Irvick canal take from the Veldrania river each year?",
     "The Irvick canal will take up to 10 km³ of water a year from the Veldrania river."),
    ("How much oil did the Veldrania refinery ship to Irvick?",
     "The Veldrania refinery shipped 1.2 billion litres of oil to Irvick."),
    ("Сколько воды канал Ирвик будет забирать из реки Вельдрании?",
     "Канал Ирвик будет забирать из реки Вельдрании до 10 км3 воды в год."),
])
def test_a_quantity_of_a_good_may_be_a_volume_of_any_unit(question: str, sentence: str) -> None:
    req = requirements(question)
    assert req.answer_types == ("weight",), question
    assert passage_has_evidence(req, [sentence])
    assert not passage_has_evidence(req, [sentence.replace("10 cubic kilometres", "a tenth").replace("10 km³", "a tenth")
                                          .replace("1.2 billion litres", "most").replace("10 км3", "десятую часть")])


@pytest.mark.parametrize(("kind", "question", "answering", "near_miss"), [
    ("area", "How many hectares does the Irvick canal irrigate?",
     "The Irvick canal irrigates about 52,000 hectares of cotton.", "The Irvick canal irrigates 52 farms of cotton."),
    ("area", "What is the total area of the Veldrania free zone?",
     "The Veldrania free zone covers 310 square kilometres.", "The Veldrania free zone has 310 companies."),
    ("area", "Сколько гектаров занимает полигон Ирвик?",
     "Полигон Ирвик занимает около 870 гектаров.", "Полигон Ирвик находится в 20 км от столицы."),
    ("area", "Какова площадь свободной зоны Вельдрании?",
     "Площадь свободной зоны Вельдрании — 310 кв. км.", "В свободной зоне Вельдрании работают 310 компаний."),
    # a debt, a compensation or an income is a sum of money
    ("money", "How much compensation will the Irvick house owners receive?",
     "The Irvick house owners will receive 40,000 euros each in compensation.",
     "The Irvick house owners will receive new plots of 6 acres each."),
    ("money", "How much did the Veldrania garrison owe for electricity?",
     "The Veldrania garrison owed $2.1 million for electricity.", "The Veldrania garrison used 14 megawatts of electricity."),
    ("money", "Каков размер задолженности Вельдрании перед Ирвиком?",
     "Задолженность Вельдрании перед Ирвиком достигла 93 млн долларов.",
     "Задолженность Вельдрании перед Ирвиком копится уже 3 года."),
    ("money", "Сколько Вельдрания задолжала Ирвику?",
     "Вельдрания задолжала Ирвику 93 млн сомов.", "Вельдрания задолжала Ирвику за 3 года поставок."),
])
def test_an_area_or_a_sum_owed_asks_for_its_unit(kind: str, question: str, answering: str, near_miss: str) -> None:
    req = requirements(question)
    assert kind in req.answer_types, question
    assert passage_has_evidence(req, [answering])
    assert not passage_has_evidence(req, [near_miss])


@pytest.mark.parametrize("question", [
    "In which area will Veldrania and Irvick cooperate?",  # a field, not a surface
    "What is the area called where the Irvick canal meets the river?",  # a name, not a surface
    "Каков срок кредита Вельдрании?",  # a term, not a sum
])
def test_a_field_or_a_loan_s_term_asks_for_no_area_and_no_money(question: str) -> None:
    assert not {"area", "money"} & set(requirements(question).answer_types)


@pytest.mark.parametrize("question", [
    "Чьей станет Лорнская ГЭС, когда закончится срок соглашения?",
    "Чьим судам разрешат заходить в порт Вельдмарка?",
    "Чью долю в Лорнской ГЭС выкупит Вельдмарк?",
])
def test_a_russian_whose_in_any_case_is_a_question_word_not_a_name(question: str) -> None:
    names = requirements(question).names
    assert not any(name.startswith("чь") for name in names) and names


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("Which port operator is a close ally of the United States?", "Lorna Ports is a close US ally.", True),
    ("Which port operator is a close ally of the United States?", "Lorna Ports is a close ally of the United States.", True),
    ("Which port operator is a close ally of the United States?", "Lorna Ports is a close ally of Washington.", True),
    ("Which port operator is a close ally of the United States?", "Lorna Ports is a close ally of Britain.", False),
    ("How much will the EU lend to Lorna?", "The European Union will lend Lorna 5 million euros.", True),
    ("How much will the European Union lend to Lorna?", "Brussels will lend Lorna 5 million euros.", True),
    ("How much will the EU lend to Lorna?", "The World Bank will lend Lorna 5 million dollars.", False),
])
def test_a_name_of_two_words_the_language_data_maps_is_one_name(question: str, window: str, expected: bool) -> None:
    """"United States" / "European Union" stay one name of the question, named by "US", "Washington",
    "Brussels", and said by a window that writes the phrase (data/lang metonyms, search/phrases.py)."""
    req = requirements(question)
    assert not {"united", "states", "european", "union"} & set(req.names)
    assert window_satisfies(req, window) is expected


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("How much will the EU lend to Lorna?", "The World Bank will lend Lorna 5 million euros.", False),
    ("How much will the EU lend to Lorna?", "The EU will lend Lorna 5 million euros.", True),
    ("What did Europe pledge to Lorna?", "Lorna received 5 million euros from Veldmark.", False),
    ("Сколько ЕС выделит Лорне?", "Всемирный банк выделит Лорне 5 млн евро.", False),
    ("Сколько ЕС выделит Лорне?", "Евросоюз выделит Лорне 5 млн евро.", True),
])
def test_a_sum_in_euros_does_not_name_the_eu(question: str, window: str, expected: bool) -> None:
    """"euros" shares four letters with "europe" (the EU's name in the data): a word the language data says names
    nothing (`not_names`) is no form of a name."""
    assert window_satisfies(requirements(question), window) is expected


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("Когда в Оше откроют новый терминал?", "Новый терминал аэропорта Оша откроют 12 мая 2026 года.", True),
    ("Сколько рейсов в день принимает аэропорт Оша?", "В Оше аэропорт принимает сорок рейсов в день.", True),
    ("Почему Иоганн Эш покинул Лорну?", "Иоганна Эша выслали из Лорны в 1523 году.", True),
    ("Когда в Оше откроют новый терминал?", "Новый терминал аэропорта Вельдмарка откроют 12 мая 2026 года.", False),
    ("Когда в Оше откроют новый терминал?", "Новый терминал откроют 12 мая 2026 года, обещает ошибочно указанный сайт.", False),
])
def test_a_russian_name_of_two_letters_is_found_in_its_cases(question: str, window: str, expected: bool) -> None:
    """«Ош», «Эш»: the noun stem keeps three letters, so a name of two is matched to its cases («Оша», «Оше»,
    «Эша») by one case ending, and to nothing longer."""
    assert window_satisfies(requirements(question), window) is expected


@pytest.mark.parametrize(("question", "names"), [
    ("Какой стандарт используют для трансляций в HD-качестве?", ("hd",)),
    ("Сколько IT-компаний открыли офисы в Лорне?", ("it", "лорне")),
    ("Когда в метро Лорны появится Wi-Fi?", ("лорны", "wi-fi")),
])
def test_a_latin_acronym_glued_to_a_russian_noun_names_only_the_acronym(question: str, names: tuple[str, ...]) -> None:
    """«HD-качестве»: the article writes "HD", not the Russian noun's case after the dash."""
    req = requirements(question)
    assert set(req.names) == set(names)
    assert window_satisfies(req, "Трансляции в формате HD ведутся по стандарту DVB-S2.") is (names == ("hd",))


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("What did JSC Lorna Railways sign in May?", "Lorna Railways signed a lease for 40 wagons in May.", True),
    ("What did JSC Lorna Railways sign in May?", "Veldmark Railways signed a lease for 40 wagons in May.", False),
    ("Что построит ТОО «Лорна Газ» в Вельдмарке?", "Лорна Газ построит в Вельдмарке газовый терминал.", True),
    ("Что построит ТОО «Лорна Газ» в Вельдмарке?", "Вельдмарк Газ построит в Вельдмарке газовый терминал.", False),
    ("Сколько стоит двигатель Lornaprojekt AB?", "Двигатель Lornaprojekt стоит 40 тысяч евро.", True),
])
def test_a_company_s_legal_form_is_not_a_name_the_passage_must_write(question: str, window: str, expected: bool) -> None:
    """"JSC", «ТОО», "AB" (`legal_forms` of every language: a Russian question keeps a Swedish company's "AB"):
    articles name the company without them after its first mention; alone, a legal form stays the name."""
    req = requirements(question)
    assert not {"jsc", "тоо", "ab"} & set(req.names)
    assert window_satisfies(req, window) is expected
    assert requirements("When was AB founded?").names == ("ab",)


@pytest.mark.parametrize("question", ["Что такое ОДЛВ?", "Кто такой Лорн Вельд?", "Кто такие лорнийцы?"])
def test_what_is_in_russian_asks_about_the_name_alone(question: str) -> None:
    """«Что такое X?» / «Кто такой X?»: «такое», «такой», «такие» say what is asked, so a passage holding X holds every
    term of the question (the far check's escape, `covers_terms`)."""
    assert not any(t.startswith("так") for t in requirements(question).terms)


@pytest.mark.parametrize(("question", "counts"), [
    ("На сколько выросла добыча на месторождении Лорна в 2025 году?", False),
    ("На сколько сократился экспорт зерна из Лорны?", False),
    ("Сколько скважин пробурили на месторождении Лорна в 2025 году?", True),
])
def test_by_how_much_in_russian_asks_an_amount_not_a_count(question: str, counts: bool) -> None:
    """«На сколько выросла добыча…» asks by how much, and «выросла», «добыча» are not what is counted: a figure
    of barrels answers it; «Сколько скважин…» counts wells."""
    req = requirements(question)
    assert ("count" in req.answer_types) is counts and bool(req.counted) is counts
    if not counts:
        assert window_satisfies(req, "В 2025 году добыча на месторождении Лорна выросла на 260 тыс. баррелей в сутки.")


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("How much will the EBRD lend to Lorna?", "The European Bank for Reconstruction and Development will lend Lorna 40 million euros.", True),
    ("How much will the EBRD lend to Lorna?", "The European Investment Bank will lend Lorna 40 million euros.", False),
    ("What did the SCO decide about Lorna?", "The Shanghai Cooperation Organisation decided to admit Lorna as an observer.", True),
    ("What did the SCO decide about Lorna?", "The summit council of observers decided to admit Lorna.", False),
    ("Что решила ОДКБ по Лорне?", "Организация Договора о коллективной безопасности решила помочь Лорне.", True),
    ("Как голосовали участники круглого стола ЛЦЭП?", "Лорнский центр энергетической политики провёл круглый стол и голосование.", True),
    ("Как голосовали участники круглого стола ЛЦЭП?", "Центр экономики Лорны провёл круглый стол и голосование.", False),
    ("Как голосовали участники круглого стола ЛЦЭП?", "В лорнском центре экономики прошёл круглый стол и голосование.", False),
    # Russian writes an organisation's name with one capital, so a three-letter Cyrillic acronym is spelled out so too
    ("Когда АБР выделит Лорне кредит?", "Азиатский банк развития выделит Лорне кредит в 2026 году.", True),
    ("Когда АБР выделит Лорне кредит?", "Азиатский инвестиционный банк выделит Лорне кредит в 2026 году.", False),
    ("Когда АБР выделит Лорне кредит?", "азиатский банк развития выделит Лорне кредит в 2026 году.", False),
    # two letters are also spelled by two long words in lower case, as a common noun is written
    ("Какой кампус для ИИ построят в Лорне?", "В Лорне построят кампус для искусственного интеллекта на 300 мегаватт.", True),
    ("Какой кампус для ИИ построят в Лорне?", "В Лорне построят кампус и издательство на 300 мегаватт.", False),
    ("Where will the AI campus in Lorna be built?", "The artificial intelligence campus will be built north of Lorna.", True),
    ("Where will the AI campus in Lorna be built?", "The campus will be built north of Lorna, as agreed in April.", False),
    # a Kazakh name in a Russian text keeps its own letters, which the acronym writes with the Russian ones they look like
    ("Сколько поездов отправит ҚТЖ в Лорну?", "«Қазақстан темір жолы» отправит в Лорну 12 поездов.", True),
    ("Сколько поездов отправит КТЖ в Лорну?", "«Қазақстан темір жолы» отправит в Лорну 12 поездов.", True),
    ("Сколько поездов отправит КТЖ в Лорну?", "«Қазақстан жолы» отправит в Лорну 12 поездов.", False),
])
def test_an_acronym_of_the_question_is_found_spelled_out(question: str, window: str, expected: bool) -> None:
    """A name the question writes in capitals is present when the window writes its words out, their initials
    in order with function words left out; a three-letter Latin one only by capitalised words."""
    assert window_satisfies(requirements(question), window) is expected


def test_only_a_name_written_in_capitals_is_an_acronym() -> None:
    assert requirements("What did the SCO decide about Lorna?").acronyms == ("sco",)
    assert requirements("Where will the AI campus in Lorna be built?").acronyms == ("ai",)
    assert requirements("What did Sco Harl decide about Lorna?").acronyms == ()


@pytest.mark.parametrize(("question", "when"), [
    ("С какой даты пункт пропуска Лорны будет работать круглосуточно?", True),
    ("К какому числу резиденты Лорны должны подать отчёт?", True),
    ("Какого числа открыли мост в Лорну?", True),
    ("Какое число резидентов зарегистрировано в Лорне?", False),
    ("Какой дорогой фуры идут в Лорну?", False),
])
def test_a_russian_question_asking_from_or_by_which_date_asks_for_a_date(question: str, when: bool) -> None:
    """«С какой даты», «к какому числу» ask a date as «когда» does; «какое число резидентов» asks a number."""
    assert requirements(question).wants_date is when


def test_the_russian_preposition_s_says_no_date() -> None:
    """«с» ("with", "from") is no date word as "since" is: «работает с 8:00 до 20:00» gives no date to «когда»."""
    req = requirements("Когда пункт пропуска Лорны начнёт работать круглосуточно?")
    assert not window_satisfies(req, "Пункт пропуска Лорны сейчас работает с 8:00 до 20:00.")
    assert window_satisfies(req, "Пункт пропуска Лорны начнёт работать круглосуточно с 1 марта 2026 года.")


@pytest.mark.parametrize(("question", "asks_later"), [
    ("When will construction of the Veldmark railway begin?", True),
    ("When is the Lorna bridge due to open?", True),
    ("When does the central bank of Veldmark expect inflation to fall?", True),
    ("When did construction of the Veldmark railway begin?", False),
    ("When was the Lorna bridge opened?", False),
    ("Когда начнётся строительство железной дороги в Вельдмарке?", True),
    ("Когда завершится второй этап плотины Лорнарал?", True),  # a name ending like a past verb is no verb
    ("Когда началось строительство железной дороги в Вельдмарке?", False),
    ("Когда прошла церемония в Лорне?", False),
    ("Когда был подписан договор?", False),
    ("On what date will the Lorna summit be held?", True),  # a date asked of what is to come, without "when"
    ("On what date did the Lorna summit open?", False),
    ("Какого числа пройдёт саммит в Лорне?", True),
    ("Какого числа прошёл саммит в Лорне?", False),
])
def test_when_will_asks_for_a_date_still_to_come(question: str, asks_later: bool) -> None:
    req = requirements(question)
    assert "date" in req.answer_types
    assert ("later" in req.answer_types) is asks_later


def test_a_date_still_to_come_is_not_answered_by_one_before_the_article() -> None:
    begun = ["Construction of the Veldmark railway began in 2019.", "The first trains ran in 2023."]
    coming = ["Construction of the Veldmark railway will begin in 2027, the ministry said."]
    will, did = requirements("When will construction of the Veldmark railway begin?"), \
        requirements("When did construction of the Veldmark railway begin?")
    assert not passage_has_evidence(will, begun, article_year=2025)  # only years before the article's
    assert passage_has_evidence(will, coming, article_year=2025)
    assert passage_has_evidence(will, begun, article_year=2018)  # written before those years: they were to come
    assert passage_has_evidence(will, begun)  # no date on the article: nothing to compare with
    assert passage_has_evidence(did, begun, article_year=2025)
    ru = requirements("Когда начнётся строительство железной дороги в Вельдмарке?")
    told = ["Строительство железной дороги в Вельдмарке началось в 2019 году."]
    assert not passage_has_evidence(ru, told, article_year=2025)
    assert passage_has_evidence(ru, ["Строительство железной дороги в Вельдмарке начнётся в 2027 году."], article_year=2025)
    assert not passage_has_evidence(ru, ["Строительство железной дороги в Вельдмарке началось в прошлом году."],
                                    article_year=2025)  # «в прошлом году»: 2024


def test_a_name_with_an_apostrophe_inside_is_one_name_in_either_apostrophe() -> None:
    req = requirements("What did a container from Lornagrad to Xi'an cost by rail?")
    assert "xi'an" in req.names and "xi" not in req.names and "an" not in req.names
    assert passage_has_evidence(req, ["A 40-foot container from Lornagrad to Xi’an costs $6,800 by rail."])
    assert not passage_has_evidence(req, ["A 40-foot container from Lornagrad to Xining costs $6,800 by rail."])
    assert requirements("What is Lornagrad's share?").names == ("lornagrad",)  # a possessive is no part of the name


def test_a_number_or_a_date_in_words_of_the_passages_language_answers_a_question_in_another() -> None:
    req = requirements("How long does the Veldmark commission have to consider the complaint?").across_languages()
    assert req.wants_number or "duration" in req.answer_types
    assert passage_has_evidence(req, ["Комиссия обязана рассмотреть обращение в течение трёх месяцев."])
    assert not passage_has_evidence(req, ["Комиссия обязана рассмотреть обращение, но срок не назван."])
    when = requirements("When will the Veldmark commission meet?").across_languages()
    assert passage_has_evidence(when, ["Комиссия соберётся в феврале."])


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("How many tonnes did the Aral fleet land in 2025?", "The Aral fleet landed 41,000 tonnes in the 2024-25 season.", True),
    ("How many tonnes did the Aral fleet land in 2025?", "The Aral fleet landed 41,000 tonnes in the 2024/25 season.", True),
    ("Сколько тонн выловил аральский флот в 2025 году?", "Аральский флот выловил 41 тыс. тонн в 2024—25 годах.", True),
    # a later year, a month of a year and a span that says earlier years are no end of a span
    ("How many tonnes did the Aral fleet land in 2026?", "The Aral fleet landed 41,000 tonnes in the 2024-25 season.", False),
    ("How many tonnes did the Aral fleet land in 2012?", "The Aral fleet landed 41,000 tonnes by 2025-12.", False),
    ("How many tonnes did the Aral fleet land in 2025?", "The Aral fleet landed 41,000 tonnes in 2023-24.", False),
    ("How many tonnes did the Aral fleet land in 2025?", "The Aral fleet landed 41,000 tonnes on 2024-25-03.", False),
])
def test_a_year_is_said_by_a_span_that_ends_on_it(question: str, window: str, expected: bool) -> None:
    assert window_satisfies(requirements(question), window, sentences=[window]) is expected


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("Кто из купцов XV века торговал с Хивой?", "Купцы Бухары торговали с Хивой в 1480-х годах.", True),
    ("Кто из купцов XV века торговал с Хивой?", "В XV веке купцы Бухары торговали с Хивой.", True),
    ("Which merchants of the XV century traded with Khiva?", "In the 15th century merchants of Bukhara traded with Khiva.", True),
    ("Кто из купцов XV века торговал с Хивой?", "Купцы Бухары торговали с Хивой в 1530 году.", False),
    ("Which merchants of the XV century traded with Khiva?", "Merchants of Bukhara traded with Khiva.", False),
])
def test_a_century_in_roman_numerals_is_said_by_its_numeral_its_number_or_a_year_in_it(
        question: str, window: str, expected: bool) -> None:
    assert window_satisfies(requirements(question), window) is expected


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("What share of Earth's glaciers lies in the Pamirs?", "The Pamirs hold 10% of the planet's glaciers.", True),
    ("Какая доля ледников Земли лежит на Памире?", "На Памире лежит 10% ледников планеты.", True),
    ("What share of Earth's glaciers lies in the Pamirs?", "The Pamirs hold 10% of the glaciers of Tajikistan.", False),
])
def test_the_earth_is_named_as_the_planet(question: str, window: str, expected: bool) -> None:
    assert window_satisfies(requirements(question), window) is expected


@pytest.mark.parametrize(("question", "names"), [
    ("Кто из купцов XV века торговал с Хивой?", ("хивой",)),
    ("Which merchants of the XV century traded with Khiva?", ("khiva",)),
    ("What did Louis XIV build?", ("louis", "xiv")),  # a numeral of a name stays in it
    ("Where does the XV Corps stand?", ("xv", "corps")),
])
def test_a_roman_numeral_before_a_word_of_dates_is_no_name(question: str, names: tuple[str, ...]) -> None:
    assert set(requirements(question).names) == set(names)


@pytest.mark.parametrize(("question", "window", "expected"), [
    ("What will the tuition fee be at the Veldt branch?", "The tuition fee at the Veldt branch will be $4,000 a year.", True),
    ("What will the tuition fee be at the Veldt branch?", "The tuition fee at the Veldt branch covers a room on campus.",
     False),
    ("Какую ввозную пошлину Лорна взимает с автомобилей?", "Ввозная пошлина на автомобили в Лорне составляет 15 процентов.",
     True),  # a fee may be a share
    ("Какую ввозную пошлину Лорна взимает с автомобилей?", "Ввозную пошлину на автомобили Лорна взимает с 2019 года.", False),
    ("По какому тарифу Лорна покупает электроэнергию Вельта?", "Лорна покупает электроэнергию Вельта по 2 цента за киловатт-час.",
     True),
])
def test_a_fee_or_tariff_asked_is_given_by_a_sum_or_a_share(question: str, window: str, expected: bool) -> None:
    assert "charge" in requirements(question).answer_types
    assert window_satisfies(requirements(question), window, "", [window]) is expected


@pytest.mark.parametrize(("question", "length"), [
    ("How high will the Veldt dam be?", True),
    ("Under Lornan law, how high may public borrowing climb relative to the size of the economy?", False),  # a ratio
    ("How high is the interest rate on the Veldt loan?", False),
])
def test_how_high_asks_a_height_unless_it_asks_a_rate_or_a_ratio(question: str, length: bool) -> None:
    assert ("length" in requirements(question).answer_types) is length


@pytest.mark.parametrize(("window", "expected"), [
    ("Lorna Veldt is the oldest player ever to play in a Steppe Cup, at age 39.", True),  # the cup asked, written bare
    ("Lorna Veldt played in Steppe Cup 49 at age 38.", False),  # another one
    ("Lorna Veldt played in the Steppe Cup XLIX at age 38.", False),
    ("Lorna Veldt is the oldest player in the league, at age 39.", False),
])
def test_a_number_ending_a_name_is_said_by_the_name_written_bare(window: str, expected: bool) -> None:
    req = requirements("How old was Lorna Veldt when she played in the Steppe Cup 50?")
    assert req.numbered == (("50", "steppe cup"),)
    assert window_satisfies(req, window) is expected


@pytest.mark.parametrize("question", [
    "Из скольких пунктов состоит карта, согласованная в Москве 10 октября?",  # a day
    "Когда начнётся строительство ЛЭП 500 кВ от Вельта до Лорны?",  # a measure
])
def test_a_day_or_a_measure_after_a_name_ends_no_name(question: str) -> None:
    assert requirements(question).numbered == ()


@pytest.mark.parametrize(("window", "expected"), [
    ("Вельдер получил графский титул в своей столице Мельфи.", True),  # the soft sign spelt
    ("Вельдер получил графский титул в своей столице Мелфи.", True),
    ("Вельдер получил графский титул в своей столице Мальфи.", False),
])
def test_a_russian_name_is_the_same_with_or_without_a_soft_sign(window: str, expected: bool) -> None:
    assert window_satisfies(requirements("Кто получил титул графа Мелфи?"), window) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kazakhstan exported 1.9 million tonnes of oilseeds in the first ten months of 2025.", True),
        ("Kazakhstan exported 1.9 million tonnes of oilseeds in the first 10 months of 2025.", True),
        ("Kazakhstan exported 1.7 million tonnes of oilseeds in the first nine months of 2025.", False),  # no October
        ("Kazakhstan exported 1.9 million tonnes of oilseeds in 2025.", False),
    ],
)
def test_months_asked_as_a_span_are_said_by_the_first_months_of_the_year(sentence: str, expected: bool) -> None:
    req = requirements("How many tonnes of oilseeds did Kazakhstan export in January–October 2025?")
    assert window_satisfies(req, sentence, "", [sentence]) is expected


def test_a_russian_pension_asks_for_money_but_its_share_or_its_fund_does_not() -> None:
    """«Какую пенсию …» asks for a sum; «какую часть пенсии …» for a share, and «в какой срок пенсионный фонд …» for a
    time: a pension fund is an institution, not an amount."""
    for question in ("Какую пенсию получают мигранты из Лорны?", "Какова средняя пенсия в Лорне?"):
        assert "money" in requirements(question).answer_types, question
    for question in ("Какую часть пенсии можно удерживать в счёт долга?",
                     "В какой срок пенсионный фонд Лорны пересылает заявление?",
                     "Какую долю пенсии получают вдовы?"):
        assert "money" not in requirements(question).answer_types, question


@pytest.mark.parametrize(("question", "sentence"), [
    ("How much did Veldrania pay for the new dam on the Orchard river?",
     "Veldrania paid CHF 112 million for the new dam on the Orchard river."),
    ("How much did Veldrania pay for the new dam on the Orchard river?",
     "Veldrania paid 40 billion yen for the new dam on the Orchard river."),
    ("Сколько Вельдрания заплатила за новую плотину на реке Орчард?",
     "Вельдрания заплатила за новую плотину на реке Орчард 112 млн швейцарских франков."),
])
def test_a_sum_in_another_currency_is_money(question: str, sentence: str) -> None:
    """A sum in Swiss francs or yen (by code or by name) answers a question asking for money; the same sentence
    with a count of something else does not."""
    req = requirements(question)
    assert "money" in req.answer_types
    assert window_satisfies(req, sentence, sentences=[sentence])
    counted = sentence.replace("CHF 112 million", "112 tractors").replace("40 billion yen", "40 tractors").replace(
        "112 млн швейцарских франков", "112 тракторов")
    assert not window_satisfies(req, counted, sentences=[counted])


def test_for_how_much_in_russian_asks_a_price_not_a_count() -> None:
    """«За сколько продали жеребца?» asks for a sum, not a number of stallions; «за сколько дней» asks a duration."""
    assert requirements("За сколько продали жеребца на весеннем аукционе в Лорне?").answer_types == ("money",)
    assert requirements("За сколько дней поезд дойдёт до Лорны?").answer_types == ("duration",)
    assert "count" in requirements("Сколько жеребцов продали на весеннем аукционе в Лорне?").answer_types


def test_the_value_of_a_contract_asks_for_money() -> None:
    """"What is the total value of the contract?" asks a sum: a number of locomotives does not give it."""
    req = requirements("What is the total value of the locomotive contract with Vettin Rail?")
    assert req.answer_types == ("money",)
    count = "Vettin Rail signed a contract for 280 locomotives."
    assert not window_satisfies(req, count, sentences=[count])
    price = "Vettin Rail signed a locomotive contract worth 1.2 billion dollars."
    assert window_satisfies(req, price, sentences=[price])


def test_a_russian_adjective_of_a_place_the_corpus_names_is_a_name_the_passage_must_say() -> None:
    """«лорнанских тракторов» asks of Lornania's tractors as "Lornanian tractors" does in English: the passage must say
    «лорнанских» or «Лорнании», not another country's tractors; an adjective of no place («экономических») asks nothing."""
    from assistant.search.names import corpus_names

    names = corpus_names([("ru1", "Завод в Лорнании выпускает тракторы. Поставки в Брасию растут.", None),
                          ("ru2", "Тракторы из Лорнании идут в Брасию по железной дороге.", None)])
    asked = "Сколько лорнанских тракторов ушло в Брасию в прошлом году?"
    req = requirements(asked, names)
    assert "лорнанских" in req.names
    assert window_satisfies(req, "В Брасию в прошлом году ушло 700 тракторов из Лорнании.")
    assert window_satisfies(req, "В Брасию в прошлом году ушло 700 лорнанских тракторов.")
    assert not window_satisfies(req, "В Брасию в прошлом году ушло 700 белорусских тракторов.")
    assert requirements("Сколько экономических соглашений подписали с Брасией?", names).names == ("брасией",)


@pytest.mark.parametrize(("question", "named"), [
    ("Which Lornan retail chains is the agency negotiating with?", True),
    ("Which chemical importers and distributors signed the code?", True),
    ("Which distributors in Lorna had deliveries suspended?", True),
    ("What role do Lornan banks play in the deal?", False),
    ("What share of Lornan companies export?", False),
    ("What exchange rate did the author get?", False),
    ("Какие торговые сети закупают лорнанский мёд?", True),
    ("Каких поставщиков выбрал оператор?", True),
    ("Какую долю фондов вложили в Лорнанию?", False),
    ("Какая группа товаров растёт быстрее всего?", False),
])
def test_a_question_asking_which_firms_wants_a_name_with_adjectives_before_the_noun(question: str, named: bool) -> None:
    """"Which Lornan retail chains …" asks for the chains' names (two words before the noun), as "Which Lornan firm"
    did; "What role do … banks", "What share of … companies" and «Какую долю фондов» ask for no name."""
    assert ("named" in requirements(question).answer_types) is named


def test_a_count_of_one_places_people_is_not_answered_by_another_places(monkeypatch: pytest.MonkeyPatch) -> None:
    """«Сколько брасийских студентов учатся в Лорнании?» asks of Brasian students; «учатся 47 лорнанских студентов» (in
    Brasia) counts Lornanian ones, the reverse: both places are named, so only the adjective beside the count tells."""
    from assistant.search import crossterms
    from assistant.search.names import corpus_names

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    names = corpus_names([("ru1", "Университеты Лорнании принимают студентов из Брасии.", None),
                          ("ru2", "Брасия и Лорнания обмениваются студентами.", None)])
    req = requirements("Сколько брасийских студентов учатся в университетах Лорнании?", names)
    assert req.whose == "брасийских"
    assert not window_satisfies(req, "Сейчас в брасийских университетах учатся 47 лорнанских студентов из Лорнании.")
    assert window_satisfies(req, "Сейчас в университетах Лорнании учатся 47 брасийских студентов.")
    assert window_satisfies(req, "Сейчас в университетах Лорнании учатся 47 студентов из Брасии.")


def test_a_count_whose_noun_is_said_once_before_it_answers_for_its_own_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """«восемь лорнанских банков и 14 брасийских.» counts Brasia's banks with the noun said once, before the figure;
    the Lornanian figure beside its own noun does not answer, nor does a Brasian adjective that a noun follows."""
    from assistant.search import crossterms
    from assistant.search.names import corpus_names

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    names = corpus_names([("ru1", "Банки Брасии и Лорнании связали платёжные системы.", None),
                          ("ru2", "Лорнания и Брасия открыли прямые переводы.", None)])
    req = requirements("Сколько банков Брасии подключились к прямой связке с Лорнанией?", names)
    assert req.whose == "брасии"
    assert window_satisfies(req, "К связке подключились восемь лорнанских банков и 14 брасийских.")
    assert not window_satisfies(req, "К связке подключились восемь лорнанских банков, а из Брасии пока никто.")
    assert not window_satisfies(req, "К связке подключились восемь лорнанских банков и 14 брасийских страховых компаний.")


@pytest.mark.parametrize(("question", "types"), [
    ("How much did Lorna collect in fines from employers in 2025?", ("money",)),
    ("What salary does a Lornan teacher earn?", ("money",)),
    ("What share of the fines went to the Vettin region?", ("percent",)),
    ("How many fines did Lornan inspectors issue?", ("count", "counted")),
])
def test_fines_asked_after_a_verb_and_its_subject_ask_a_sum(question: str, types: tuple[str, ...]) -> None:
    """"How much did Lorna collect in fines …" asks a sum (four words between "how much" and "fines"); a share of the
    fines asks a share only, a number of fines a count."""
    assert requirements(question).answer_types == types


@pytest.mark.parametrize(("question", "window", "answers"), [
    ("В какой организации Северная Республика Лорнских Островов получила статус наблюдателя в 2022 году?",
     "В 2022 году СРЛО получила статус наблюдателя в Организации портов.", True),
    ("How much grain did the Inland Sea Ferry Company carry in 2024?",
     "In 2024 the ISFC carried 1.2 million tonnes of grain.", True),
    ("How much grain did the Inland Sea Ferry Company carry in 2024?",
     "In 2024 the IFC carried 1.2 million tonnes of grain.", False),
    ("How much grain did Lorna Ferries carry in 2024?", "In 2024 the LF line carried 1.2 million tonnes of grain.", False),
])
def test_three_names_in_a_row_of_the_question_are_present_as_the_passage_s_acronym(question: str, window: str,
                                                                                   answers: bool) -> None:
    """"Inland Sea Ferry Company" is named by "ISFC" once the article has spelled it out; two names are too few to tell
    an acronym by its initials ("LF")."""
    assert window_satisfies(requirements(question), window, sentences=[window]) is answers


def test_a_name_written_surname_first_before_a_comma_is_named_by_its_last_word() -> None:
    from assistant.search.evidence import by_last_word

    req = requirements("What output does Dana Veldina's book on the Lorna field give for 2024?")
    assert ("dana", "veldina") in req.full_names
    sentences = ["A history of the Lorna field since 2000.", "Veldina puts its output at about 39,500 barrels a day in 2024."]
    assert not passage_has_evidence(req, sentences)
    assert "dana" not in by_last_word(req, "Veldina, Dana. The Lorna Field. Vettin, 2024.").names
    assert passage_has_evidence(by_last_word(req, "Veldina, Dana. The Lorna Field. Vettin, 2024."), sentences)
    assert "dana" in by_last_word(req, "Veldina, Marat. The Lorna Field. Vettin, 2024.").names  # another Veldina



def test_a_name_ending_in_a_place_noun_is_named_by_its_first_words() -> None:
    req = requirements("By how much did the level of the Lorna Sea fall in 2024?")
    assert req.names == ("lorna",)
    assert passage_has_evidence(req, ["The level of the Lorna fell by 27 centimetres in 2024, the largest fall on record."])
    assert requirements("Which ports lie in the Vettin Valley?").names == ("vettin", "valley")  # "the Vettin" is the river
    assert requirements("Who chairs the Lorna Sea Economic Council?").names == ("lorna", "sea", "economic", "council")
