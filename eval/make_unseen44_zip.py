"""Write the Google Docs memo of the forty-fourth fresh dev set, downloaded as «Веб-страница (HTML, ZIP)», with zipfile:

eval/unseen44/Записка — Туркменистан и ВТО (черновик v3).zip — a memo drafted in Google Docs by the trade policy
department of a (fictional) Tashkent centre, downloaded with File › Download › Web Page (.html, zipped): the archive
holds the document's HTML under its name without spaces, `Записка—ТуркменистаниВТО(черновикv3).html`, and
`images/image1.png` (a few bytes), as Google Docs writes them. The HTML is Google's export: a <head> with the charset
meta and one <style> of generated classes .c0 … .c20 and the lst-kix_… list classes, <body class="c12 doc-content">,
every run of text in a <span class="c3"> (or another generated class), here one element a source line: the document
header «Для внутреннего пользования» in a <div>, the «Черновик v3 …» line, a <p class="title"> and a <p
class="subtitle">, the author line, the image, headings as <h1 id="h.…"> and <h2 id="h.…">, a bullet list as <ul
class="lst-kix_…">, a table, footnote references <sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>, comment anchors
[a] and [b], empty <p class="c1"><span class="c2"></span></p> spacers, the document footer in a <div>; after an <hr>
the three footnotes, each in a <div>, and the two comments with their replies (the reviewers' thread).

The prose is written for this set. The WTO, its General Council, the working party on Turkmenistan's accession,
Turkmenistan's observer status (2020) and application (2021), the accession dates of Kyrgyzstan, Kazakhstan and
Tajikistan and Uzbekistan's application, the State Commodity and Raw Materials Exchange of Turkmenistan and
Turkmengaz are real; the centre, its people, the meeting of November 2025, the chair, the questions, offers and all
other figures are fictional. Run with the project's venv: .venv/bin/python eval/make_unseen44_zip.py
"""

from __future__ import annotations

import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen44"
NAME = "Записка — Туркменистан и ВТО (черновик v3)"
OUT = HERE / f"{NAME}.zip"
MEMBER = NAME.replace(" ", "") + ".html"

STYLE = (
    '@import url(https://themes.googleusercontent.com/fonts/css?kit=wAPX1HepqA24RkYW1AuHYA);'
    'ul.lst-kix_7h2kq9w1xz3m-0{list-style-type:none}.lst-kix_7h2kq9w1xz3m-0>li:before{content:"\\0025cf   "}'
    'ul.lst-kix_7h2kq9w1xz3m-1{list-style-type:none}.lst-kix_7h2kq9w1xz3m-1>li:before{content:"\\0025cb   "}'
    'ol{margin:0;padding:0}table td,table th{padding:0}'
    '.c0{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:4pt;line-height:1.15;text-align:left}'
    '.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}'
    '.c2{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
    '.c3{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
    '.c4{padding-top:20pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    '.c5{padding:0;margin:0}'
    '.c6{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:right}'
    '.c7{color:#999999;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:9pt;font-family:"Arial";font-style:normal}'
    '.c8{padding-top:0pt;padding-bottom:6pt;line-height:1.15;orphans:2;widows:2;text-align:justify}'
    '.c9{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal}'
    '.c10{border-right-style:solid;padding:5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;vertical-align:top}'
    '.c11{height:0pt}'
    '.c12{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}'
    '.c13{border-spacing:0;border-collapse:collapse;margin-right:auto}'
    '.c14{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal}'
    '.c15{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal}'
    '.c16{vertical-align:super;font-size:11pt}'
    '.c17{color:inherit;text-decoration:inherit}'
    '.c18{padding-top:14pt;padding-bottom:4pt;line-height:1.15;page-break-after:avoid;text-align:left}'
    '.c19{color:#434343;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:13pt;font-family:"Arial";font-style:normal}'
    '.c20{overflow:hidden;display:inline-block;margin:0.00px 0.00px;border:0.00px solid #000000;transform:rotate(0.00rad);width:602.00px;height:120.00px}'
    '.title{padding-top:0pt;color:#000000;font-size:24pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    '.subtitle{padding-top:0pt;color:#666666;font-size:14pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
    'h1{padding-top:20pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    'h2{padding-top:14pt;color:#434343;font-size:13pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
)

FTN = '<sup><a href="#ftnt{n}" id="ftnt_ref{n}">[{n}]</a></sup>'
CMT = '<sup><a href="#cmnt{n}" id="cmnt_ref{n}">[{m}]</a></sup>'
SPACER = '<p class="c1"><span class="c2"></span></p>'


def p(text: str) -> str:
    return f'<p class="c8"><span class="c3">{text}</span></p>'


def h1(hid: str, text: str) -> str:
    return f'<h1 class="c4" id="h.{hid}"><span class="c9">{text}</span></h1>'


def h2(hid: str, text: str) -> str:
    return f'<h2 class="c18" id="h.{hid}"><span class="c19">{text}</span></h2>'


def li(text: str) -> str:
    return f'<li class="c0 li-bullet-0"><span class="c3">{text}</span></li>'


def td(text: str, head: bool = False) -> str:
    return f'<td class="c10" colspan="1" rowspan="1"><p class="c6"><span class="{"c14" if head else "c15"}">{text}</span></p></td>'


TABLE = [
    ("Страна", "Заявка", "Рабочая группа", "Членство"),
    ("Кыргызстан", "1996", "1996", "1998"),
    ("Казахстан", "1996", "1996", "2015"),
    ("Таджикистан", "2001", "2001", "2013"),
    ("Узбекистан", "1994", "1994", "нет"),
    ("Туркменистан", "2021", "2022", "нет"),
]


def body() -> list[str]:
    out = [
        '<div><p class="c6"><span class="c7">Для внутреннего пользования</span></p></div>',
        '<p class="c6"><span class="c7">Черновик v3 · правки принимаются до 5 декабря</span></p>',
        '<p class="c8 title" id="h.t1q8x0w2e7ra"><span class="c3">Туркменистан и ВТО: что показало второе заседание рабочей группы</span></p>',
        '<p class="c8 subtitle" id="h.s4m9c2v7b1kd"><span class="c3">Ашхабад впервые положил на стол тарифное предложение, '
        'но главные вопросы о биржевой регистрации контрактов и валютном режиме остаются открытыми</span></p>',
        '<p class="c8"><span class="c3">Подготовила: Н. Юлдашева, отдел торговой политики, 3 декабря 2025 года</span></p>',
        '<p class="c8"><span class="c20"><img alt="" src="images/image1.png" style="width: 602.00px; height: 120.00px; '
        'margin-left: 0.00px; margin-top: 0.00px; transform: rotate(0.00rad) translateZ(0px);" title=""></span></p>',
        SPACER,
        h1("a81kq2m0zx4d", "1. Где находится процесс"),
        p("Туркменистан получил статус наблюдателя в ВТО в июле 2020 года, а заявку на присоединение подал в ноябре 2021 "
          "года. Генеральный совет учредил рабочую группу в феврале 2022 года, но первое её заседание состоялось только в "
          "июне 2024 года. Второе заседание прошло в Женеве 18 ноября 2025 года под председательством норвежского посла "
          "Хокона Вестре."),
        p("К этому заседанию Ашхабад подготовил ответы на вопросы членов организации по меморандуму о режиме внешней "
          "торговли, поданному в марте 2023 года. Всего от 14 членов поступило 346 письменных вопросов" + CMT.format(n=1, m="a")
          + ", из них к началу заседания ответы получили 281" + FTN.format(n=1) + ". Остальные касаются "
          "прежде всего государственной торговли и субсидий."),
        h1("c3p0v9n2lt7w", "2. Что обсуждали в Женеве"),
        p("Главная новость заседания — первое тарифное предложение Туркменистана. Ашхабад предлагает связать ставки "
          "импортных пошлин на уровне в среднем 11,4 процента, тогда как фактически применяемая средняя ставка сейчас "
          "составляет 6,8 процента. Несколько членов, по нашим данным, просят снизить среднюю связанную ставку до 7 "
          "процентов. Тарифное предложение по сельскохозяйственным товарам туркменская сторона не раскрывает, оно "
          "передано членам в закрытом режиме."),
        p("Двусторонние переговоры о доступе на рынок начаты с девятью членами, в том числе с Европейским союзом, США, "
          "Китаем, Россией и Турцией. С кем из них переговоры завершены, не сообщается. На заседании члены сосредоточились "
          "на трёх темах:"),
        '<ul class="c5 lst-kix_7h2kq9w1xz3m-0 start">',
        li("обязательная регистрация всех внешнеторговых контрактов на Государственной товарно-сырьевой бирже, которая "
           "фактически согласует цены и объёмы сделок;"),
        li("двойной валютный режим: официальный курс в 3,5 маната за доллар и ограниченный доступ импортёров к "
           "конвертации;"),
        li("монополия Туркменгаза на экспорт природного газа и то, будет ли она оформлена как государственное торговое "
           "предприятие по статье XVII ГАТТ."),
        "</ul>",
        p("По биржевой регистрации туркменская делегация пообещала представить план поэтапной отмены к следующему "
          "заседанию. Дату третьего заседания секретариат пока не назвал. Разрыв между официальным и рыночным курсом в "
          "документах рабочей группы не оценивается."),
        p("Отдельно члены спрашивали о газе. Туркменистан экспортирует газ в Китай по долгосрочным контрактам, и "
          "несколько делегаций хотят знать, будут ли экспортные цены и объёмы раскрываться после вступления. "
          "Туркменская делегация ответила, что условия контрактов являются коммерческой тайной покупателя и продавца. "
          "Экспортная пошлина на газ, по её словам, не применяется, а на хлопковое волокно составляет 5 процентов."),
        h2("k9d2f7x1mq0s", "Поддержка сельского хозяйства"),
        p("Ашхабад настаивает на праве сохранить поддержку аграрного сектора на уровне развивающейся страны. По данным "
          "туркменской стороны, внутренняя поддержка в 2023 году составила около 1,2 млрд долларов, большая часть "
          "которой приходится на закупочные цены на хлопок и пшеницу. Члены попросили разбить эту сумму по программам; "
          "такая разбивка пока не представлена."),
        h1("r5w8e2n4bj6u", "3. Сравнение с соседями"),
        p("Из пяти стран региона три уже состоят в ВТО, причём сроки присоединения сильно различались" + FTN.format(n=2) + "."),
        '<table class="c13">',
    ]
    for i, row in enumerate(TABLE):
        out.append('<tr class="c11">')
        out += [td(cell, head=i == 0) for cell in row]
        out.append("</tr>")
    out += [
        "</table>",
        SPACER,
        p("Кыргызстану понадобилось около двух лет, Казахстану — девятнадцать, Таджикистану — двенадцать. Туркменистан "
          "начинает с более закрытым режимом, чем любой из них, поэтому быстрого присоединения ждать не стоит: наша "
          "базовая оценка — не раньше 2030 года." + CMT.format(n=2, m="b")),
        h1("m2x7q4c9ya1e", "4. Что это значит для Узбекистана"),
        p("Узбекистан ведёт собственные переговоры, и параллельный процесс соседа создаёт для него и возможности, и "
          "риски. Товарооборот Узбекистана с Туркменистаном за январь—октябрь 2025 года составил 842 млн долларов" +
          FTN.format(n=3) + ", причём около трети приходится на электроэнергию и нефтепродукты. Если Ашхабад "
          "отменит биржевую регистрацию контрактов, узбекские экспортёры строительных материалов и текстиля получат "
          "более предсказуемый доступ на рынок."),
        p("С другой стороны, члены ВТО, прежде всего Китай и Россия, могут использовать переговоры с Туркменистаном как "
          "образец требований к транзиту газа и электроэнергии, которые затем будут предъявлены и Ташкенту. "
          "Согласование позиций двух стран по транзиту по статье V ГАТТ, на наш взгляд, отвечает интересам обеих."),
        p("Для Казахстана, который уже состоит в ВТО, присоединение соседа означает прежде всего связанные "
          "обязательства по транзиту через туркменский участок железной дороги Казахстан — Туркменистан — Иран. По "
          "оценке отдела, через пограничный переход Серхетяка в 2025 году пройдёт около 1,9 млн тонн грузов, и "
          "предсказуемые правила для них важны не меньше, чем тарифы."),
        p("Туркменская сторона обратилась за технической помощью к секретариату ВТО и к ряду доноров. Стоимость этой "
          "помощи и её источники не раскрываются."),
        h1("w6t1z8k3vp5h", "5. Предложения"),
        p("Предлагаем, во-первых, провести в первом квартале 2026 года консультации экспертов двух стран по "
          "транзитным обязательствам; во-вторых, включить туркменский рынок в мониторинг отдела по еженедельной "
          "схеме; в-третьих, подготовить к следующему заседанию рабочей группы сравнительную справку по режимам "
          "государственной торговли в странах региона."),
        SPACER,
        '<div><p class="c6"><span class="c7">Ташкентский центр торговой политики · отдел торговой политики · стр. 1</span></p></div>',
        '<hr class="c5">',
        '<div><p class="c8"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c15">&nbsp;Документ секретариата ВТО '
        'WT/ACC/TKM/5 от 10 ноября 2025 года.</span></p></div>',
        '<div><p class="c8"><a href="#ftnt_ref2" id="ftnt2">[2]</a><span class="c15">&nbsp;Годы подачи заявки, '
        'учреждения рабочей группы и вступления по данным сайта ВТО.</span></p></div>',
        '<div><p class="c8"><a href="#ftnt_ref3" id="ftnt3">[3]</a><span class="c15">&nbsp;Оценка отдела по данным '
        'Национального комитета по статистике.</span></p></div>',
        '<div class="c5"><p class="c8"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c15">У МИД в справке 351 '
        'вопрос, а не 346. Какая цифра верная?</span></p>',
        '<p class="c8"><span class="c15">346 — по документу секретариата, у МИД учтены и устные. Оставляю 346.</span></p></div>',
        '<div class="c5"><p class="c8"><a href="#cmnt_ref2" id="cmnt2">[b]</a><span class="c15">Оценку «не раньше '
        '2030» согласовать с руководителем отдела до отправки.</span></p>',
        '<p class="c8"><span class="c15">Согласовано на планёрке 2 декабря.</span></p></div>',
    ]
    return out


def page() -> str:
    head = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            f'<style type="text/css">{STYLE}</style></head><body class="c12 doc-content">')
    return head + "\n" + "\n".join(body()) + "\n</body></html>"


def main() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02Z\x00\x00\x00x\x08\x02\x00\x00\x00\x8d\x1f\x9c\xe0"
    with zipfile.ZipFile(OUT, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in ((MEMBER, page().encode("utf-8")), ("images/image1.png", png)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 12, 3, 17, 42, 8)), data, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main()
