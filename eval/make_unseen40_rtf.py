r"""Write the Rich Text file of the fortieth fresh dev set:

eval/unseen40/Пресс-релиз_Бедел_10.12.2025.rtf — a press release of the Ministry of Transport and Communications of the
Kyrgyz Republic on the opening of regular freight traffic through the Bedel checkpoint on the border with China, as
Word saves a document "Rich Text Format": {\rtf1\adeflang1025\ansi\ansicpg1251\uc1\adeff0\deff0 …, a font table of
Cyrillic (\fcharset204) fonts with their panose, a colour table, Word's \*\defchp / \*\defpap, a style sheet, an
rsid table, \info with \title, \author, \operator, the times, counts and \*\company, the page and document settings,
a section with a header group {\header …} (the ministry's name and the press office, small and grey); the letterhead
(the ministry's name in Kyrgyz and in Russian in bold capitals, the address in both languages, telephone and e-mail),
«ПРЕСС-РЕЛИЗ», the date and number separated by a \tab, the headline in bold, fourteen paragraphs (a quote among
them), a bold caption over a two-column table (\trowd … \cell … \row, the row's definition repeated in its closing
group as Word writes it), the «Справочно:» note with its label in bold, and the press office's two lines. Cyrillic is
written as Word writes it, as cp1251 escapes (\'xx), and the Kyrgyz letters that cp1251 lacks (ө) as \uN\'3f; the
source's lines are cut at control words, with CRLF ends.

The text is written for this set; the deputy minister, the figures, the dates, the quota and the road's parameters are
fictional (the ministry, the Bedel pass on the Kyrgyz–Chinese border, Torugart and Irkeshtam, the Issyk-Kul, Naryn and
Osh regions, Aksu prefecture and Uqturpan (Учтурфан) in Xinjiang, the State Customs Service and the Border Service of
the GKNB are real, but what is said of them here is invented).
Run with the project's venv: .venv/bin/python eval/make_unseen40_rtf.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen40"
OUT = HERE / "Пресс-релиз_Бедел_10.12.2025.rtf"

HEADER = "Министерство транспорта и коммуникаций Кыргызской Республики • Пресс-служба"
LETTERHEAD = [
    "КЫРГЫЗ РЕСПУБЛИКАСЫНЫН ТРАНСПОРТ ЖАНА КОММУНИКАЦИЯЛАР МИНИСТРЛИГИ",
    "МИНИСТЕРСТВО ТРАНСПОРТА И КОММУНИКАЦИЙ КЫРГЫЗСКОЙ РЕСПУБЛИКИ",
]
ADDRESS = [
    "720017, Бишкек ш., Исанов көч., 42 • 720017, г. Бишкек, ул. Исанова, 42",
    "тел.: +996 (312) 31-46-20, факс: +996 (312) 31-46-35, e-mail: info@mtk.gov.kg",
]
KIND = "ПРЕСС-РЕЛИЗ"
DATE, NUMBER = "10 декабря 2025 г.", "№ 02-11/742"
HEADLINE = "Через перевал Бедел открыто регулярное грузовое движение между Кыргызстаном и Китаем"

BODY = [
    "9 декабря 2025 года через автомобильный пункт пропуска «Бедел» на кыргызско-китайской границе прошли первые "
    "грузовые автомобили в режиме регулярного движения. В церемонии на перевале приняли участие заместитель министра "
    "транспорта и коммуникаций Кыргызской Республики Нурбек Төлөгөнов, руководители Государственной таможенной службы и "
    "Пограничной службы ГКНБ Кыргызской Республики, а также делегация Аксуйского округа Синьцзян-Уйгурского автономного "
    "района КНР.",
    "В первый день границу пересекли 14 грузовых автомобилей. Девять машин кыргызских перевозчиков вывезли в Китай "
    "охлаждённую форель из Иссык-Кульской области, сухофрукты и мытую шерсть, пять китайских грузовиков доставили "
    "строительные материалы и бытовую технику.",
    "«Бедел» стал третьим автомобильным пунктом пропуска на границе с Китайской Народной Республикой после «Торугарта» "
    "и «Иркештама». Новый маршрут сокращает путь грузов из Иссык-Кульской области в Аксу и далее во внутренние районы "
    "Китая примерно на 600 км по сравнению с дорогой через «Торугарт».",
    "Для открытия движения министерство завершило реконструкцию подъездной автодороги к перевалу протяжённостью 73 км. "
    "Работы выполнены за счёт республиканского бюджета и обошлись в 4,6 млрд сомов. На участке построены 11 мостов и "
    "две противолавинные галереи, а покрытие рассчитано на грузовые автомобили с осевой нагрузкой до 11,5 тонны.",
    "Китайская сторона построила дорогу от перевала до города Учтурфан и грузовой терминал площадью 12 гектаров. "
    "Стоимость этих работ китайская сторона не раскрывает.",
    "С 1 апреля по 31 октября пункт пропуска будет работать ежедневно с 9:00 до 18:00 по времени Бишкека. В зимний "
    "период, с 1 ноября по 31 марта, он открыт по вторникам и пятницам, если позволяют погодные условия.",
    "Проектная пропускная способность пункта пропуска — до 300 грузовых автомобилей в сутки. В летний сезон 2026 года "
    "министерство ожидает в среднем около 120 машин в сутки. По оценке министерства, в 2026 году через «Бедел» может "
    "пройти до 180 тыс. тонн грузов, в том числе около 40 тыс. тонн кыргызского экспорта.",
    "По итогам переговоров в Урумчи в ноябре 2025 года стороны обменялись квотами разрешений на международные "
    "автомобильные перевозки: китайская сторона выделила кыргызским перевозчикам на 2026 год 3 000 разрешений на рейсы "
    "через «Бедел», столько же получили китайские перевозчики. Разрешения выдаются через электронную систему "
    "министерства.",
    "У подножия перевала построен служебный городок на 96 сотрудников пограничной и таможенной служб с котельной и "
    "дизельной электростанцией. Связь с пунктом пропуска обеспечивает оптоволоконная линия, проложенная вдоль дороги.",
    "Первыми разрешения на рейсы через «Бедел» получили 37 кыргызских автотранспортных предприятий, в основном из "
    "Иссык-Кульской и Чуйской областей. Министерство рекомендует перевозчикам заранее бронировать время пересечения "
    "границы в электронной очереди, поскольку в первые месяцы пункт пропуска работает только в дневные часы.",
    "На пункте пропуска введены электронная очередь и весогабаритный контроль. Время оформления одной машины на "
    "кыргызской стороне составляет в среднем 40 минут.",
    "Лаборатория ветеринарного и фитосанитарного контроля на кыргызской стороне откроется во втором квартале 2026 года. "
    "До её запуска скоропортящиеся грузы проходят лабораторный контроль только на китайской стороне.",
    "«„Бедел“ — это не просто ещё одна дверь в Китай. Впервые у Иссык-Куля появилась прямая дорога в Синьцзян, и наши "
    "фермеры и рыбоводы получают рынок в двух днях пути», — отметил Нурбек Төлөгөнов.",
    "Министерство рассчитывает, что новый маршрут привлечёт и транзитные грузы из Казахстана: путь от Алматы до Аксу "
    "через Кыргызстан и «Бедел» примерно на 400 км короче, чем через «Хоргос». Переговоры с казахстанскими "
    "экспедиторами начаты, однако сколько транзитных грузов может пойти этим маршрутом, министерство пока не "
    "оценивало.",
    "Тарифы на услуги грузового терминала на кыргызской стороне пока не утверждены. Сроки открытия пункта пропуска для "
    "пассажирского сообщения стороны пока не определили.",
    "Министерство совместно с китайской стороной прорабатывает вопрос о круглогодичной ежедневной работе пункта "
    "пропуска. Для этого необходимо усилить противолавинную защиту ещё на 18 км дороги; эти работы предлагается "
    "включить в республиканский бюджет на 2027 год.",
]
TABLE_CAPTION = "Основные параметры пункта пропуска «Бедел»"
TABLE = [
    ("Высота перевала над уровнем моря", "4 284 м"),
    ("Протяжённость реконструированной дороги", "73 км"),
    ("Пропускная способность", "до 300 грузовых автомобилей в сутки"),
    ("Режим работы летом (1 апреля – 31 октября)", "ежедневно, 9:00–18:00"),
    ("Режим работы зимой (1 ноября – 31 марта)", "вторник и пятница"),
    ("Расстояние до г. Учтурфан (КНР)", "около 110 км"),
]
NOTE_LABEL = "Справочно:"
NOTE = (
    " Перевал Бедел расположен в Иссык-Кульской области на высоте 4 284 м над уровнем моря. Соглашение между "
    "Правительством Кыргызской Республики и Правительством Китайской Народной Республики об открытии пункта пропуска "
    "«Бедел» подписано в мае 2024 года. До его открытия грузы между двумя странами шли только через «Торугарт» в "
    "Нарынской области и «Иркештам» в Ошской области."
)
PRESS = [
    "Пресс-служба Министерства транспорта и коммуникаций Кыргызской Республики",
    "Тел.: +996 (312) 31-46-27, e-mail: press@mtk.gov.kg",
]

RSID = "\\insrsid4863127"
PLAIN = ("\\rtlch\\fcs1 \\af0\\afs24\\alang1025 \\ltrch\\fcs0 \\f0\\fs24\\lang1049\\langfe1049\\cgrid\\langnp1049"
         "\\langfenp1049 ")
PARA = "\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 "


def esc(text: str) -> str:
    """Text as Word writes it in a cp1251 document: ASCII as is ('\\', '{', '}' escaped), what cp1251 holds as \\'xx,
    anything else as \\uN with '?' (\\'3f) for readers that cannot show it, a tab as \\tab."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append("".join(f"\\'{b:02x}" for b in ch.encode("cp1251")))
            except UnicodeEncodeError:
                n = ord(ch)
                out.append(f"\\u{n if n < 32768 else n - 65536}\\'3f")
    return "".join(out)


def run(text: str, bold: bool = False, extra: str = "") -> str:
    if bold:
        return f"{{\\rtlch\\fcs1 \\ab\\af0 \\ltrch\\fcs0 \\b{extra}{RSID} {esc(text)}}}"
    return f"{{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 {extra}{RSID} {esc(text)}}}"


def para(runs: str, align: str = "\\qj", indent: str = "\\fi709", space: str = "\\sa120", extra_pap: str = "") -> str:
    return (f"\\pard\\plain \\ltrpar{align} {indent}\\li0\\ri0{space}{extra_pap}{PARA}{PLAIN}{runs}"
            f"{{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 {RSID} \\par }}")


def row_def(i: int, last: bool) -> str:
    b = "\\brdrs\\brdrw10 "
    lastrow = "\\lastrow" if last else ""
    out = (f"\\trowd \\irow{i}\\irowband{i}{lastrow}\\ltrrow\\ts11\\trgaph108\\trleft-108"
           f"\\trbrdrt{b}\\trbrdrl{b}\\trbrdrb{b}\\trbrdrr{b}\\trbrdrh{b}\\trbrdrv{b}"
           "\\trftsWidth1\\trftsWidthB3\\trftsWidthA3\\trautofit1\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3"
           "\\trpaddfb3\\trpaddfr3\\tblrsid4863127\\tbllkhdrrows\\tbllklastrow\\tbllkhdrcols\\tbllklastcol\\tblind0"
           "\\tblindtype3 ")
    for width, edge in ((5387, 5279), (4076, 9355)):
        out += (f"\\clvertalt\\clbrdrt{b}\\clbrdrl{b}\\clbrdrb{b}\\clbrdrr{b}\\cltxlrtb\\clftsWidth3"
                f"\\clwWidth{width}\\clshdrawnil \\cellx{edge}")
    return out


def table() -> str:
    rows = []
    for i, (a, b) in enumerate(TABLE):
        last = i == len(TABLE) - 1
        cells = "".join(
            f"\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto"
            f"\\adjustright\\rin0\\lin0 {PLAIN}{{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\fs22{RSID} {esc(text)}\\cell }}"
            for text in (a, b)
        )
        rows.append(
            row_def(i, last) + cells
            + f"\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\intbl\\wrapdefault\\aspalpha"
            f"\\aspnum\\faauto\\adjustright\\rin0\\lin0 {PLAIN}{{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 {RSID} "
            + row_def(i, last) + "\\row }"
        )
    return "\r\n".join(rows)


def wrap(source: str, width: int = 250) -> str:
    """Cut the source's long lines before a control word, as Word does (a line end in RTF is no text)."""
    out = []
    for line in source.split("\r\n"):
        while len(line) > width:
            cut = line.rfind("\\", 0, width)
            while cut > 0 and line[cut - 1] == "\\":
                cut = line.rfind("\\", 0, cut - 1)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\r\n".join(out)


def document() -> str:
    fonts = (
        "{\\fonttbl{\\f0\\fbidi \\froman\\fcharset204\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
        "{\\f1\\fbidi \\fswiss\\fcharset204\\fprq2{\\*\\panose 020b0604020202020204}Arial;}"
        "{\\f34\\fbidi \\froman\\fcharset204\\fprq2{\\*\\panose 02040503050406030204}Cambria Math;}"
        "{\\f37\\fbidi \\fswiss\\fcharset204\\fprq2{\\*\\panose 020f0502020204030204}Calibri;}}"
    )
    colors = "{\\colortbl;\\red0\\green0\\blue0;\\red0\\green0\\blue255;\\red0\\green51\\blue102;\\red128\\green128\\blue128;}"
    defaults = ("{\\*\\defchp \\f0\\fs24\\lang1049\\langfe1049\\langfenp1049 }{\\*\\defpap \\ql \\li0\\ri0\\sa160\\sl259"
                "\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 }")
    styles = (
        "{\\stylesheet{\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto"
        f"\\adjustright\\rin0\\lin0\\itap0 {PLAIN}\\snext0 \\sqformat \\spriority0 Normal;}}"
        "{\\*\\cs10 \\additive \\ssemihidden \\sunhideused \\spriority1 Default Paragraph Font;}"
        "{\\*\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3"
        "\\trcbpat1\\trcfpat1\\tblind0\\tblindtype3\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl"
        "\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha"
        "\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0 "
        "\\f37\\fs22\\lang1049\\langfe1049\\cgrid\\langnp1049\\langfenp1049 \\snext11 \\ssemihidden \\sunhideused "
        "Normal Table;}"
        "{\\s15\\ql \\li0\\ri0\\widctlpar\\tqc\\tx4677\\tqr\\tx9355\\wrapdefault\\aspalpha\\aspnum\\faauto"
        f"\\adjustright\\rin0\\lin0\\itap0 {PLAIN}\\sbasedon0 \\snext15 \\slink16 \\sunhideused header;}}"
        "{\\*\\cs16 \\additive \\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\f0\\fs24 \\sbasedon10 \\slink15 "
        "\\slocked Header Char;}"
        "{\\*\\ts17\\tsrowd\\trbrdrt\\brdrs\\brdrw10 \\trbrdrl\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 "
        "\\trbrdrr\\brdrs\\brdrw10 \\trbrdrh\\brdrs\\brdrw10 \\trbrdrv\\brdrs\\brdrw10 \\trftsWidthB3\\trpaddl108"
        "\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblind0\\tblindtype3\\tsvertalt\\tsbrdrt"
        "\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql \\li0\\ri0\\widctlpar"
        "\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22"
        "\\alang1025 \\ltrch\\fcs0 \\f37\\fs22\\lang1049\\langfe1049\\cgrid\\langnp1049\\langfenp1049 "
        "\\sbasedon11 \\snext17 \\spriority39 \\styrsid4863127 Table Grid;}}"
    )
    rsids = "{\\*\\rsidtbl \\rsid1247361\\rsid4863127\\rsid6029184\\rsid9437022}"
    math = ("{\\mmathPr\\mmathFont34\\mbrkBin0\\mbrkBinSub0\\msmallFrac0\\mdispDef1\\mlMargin0\\mrMargin0\\mdefJc1"
            "\\mwrapIndent1440\\mintLim0\\mnaryLim1}")
    info = (
        f"{{\\info{{\\title {esc(HEADLINE)}}}{{\\author {esc('Асанова Жылдыз')}}}{{\\operator {esc('Асанова Жылдыз')}}}"
        "{\\creatim\\yr2025\\mo12\\dy10\\hr11\\min5}{\\revtim\\yr2025\\mo12\\dy10\\hr15\\min37}{\\version4}"
        "{\\edmins38}{\\nofpages2}{\\nofwords786}{\\nofchars4486}"
        f"{{\\*\\company {esc('МТК КР')}}}{{\\nofcharsws5262}}{{\\vern59}}}}"
    )
    settings = (
        "{\\*\\xmlnstbl {\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}"
        "\\paperw11906\\paperh16838\\margl1701\\margr850\\margt1134\\margb1134\\gutter0\\ltrsect \r\n"
        "\\deftab708\\widowctrl\\ftnbj\\aenddoc\\trackmoves0\\trackformatting1\\donotembedsysfont1\\relyonvml0"
        "\\donotembedlingdata0\\grfdocevents0\\validatexml1\\showplaceholdtext0\\ignoremixedcontent0\\saveinvalidxml0"
        "\\showxmlerrors1\\noxlattoyen\\expshrtn\\noultrlspc\\dntblnsbdb\\nospaceforul\\formshade\\horzdoc\\dgmargin"
        "\\dghspace180\\dgvspace180\\dghorigin1701\\dgvorigin1134\\dghshow1\\dgvshow1\\jexpand\\viewkind1"
        "\\viewscale100\\pgbrdrhead\\pgbrdrfoot\\splytwnine\\ftnlytwnine\\htmautsp\\nolnhtadjtbl\\useltbaln"
        "\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nobrkwrptbl\\snaptogridincell\\allowfieldendsel\\wrppunct"
        "\\asianbrkrule\\rsidroot1247361\\newtblstyruls\\nogrowautofit\\usenormstyforlist\\noindnmbrts\\felnbrelev"
        "\\nocxsptable\\indrlsweleven\\noafcnsttbl\\afelev\\utinl\\hwelev\\spltpgpar\\notcvasp\\notbrkcnstfrctbl"
        "\\notvatxbx\\krnprsnet\\cachedcolbal \\nouicompat \\fet0{\\*\\wgrffmtfilter 2450}\\nofeaturethrottle1"
        "\\ilfomacatclnup0\\ltrpar \\sectd \\ltrsect\\linex0\\headery708\\footery708\\colsx708\\endnhere"
        "\\sectlinegrid360\\sectdefaultcl\\sftnbj "
    )
    header = (
        "{\\header \\ltrpar \\pard\\plain \\ltrpar\\s15\\qr \\li0\\ri0\\widctlpar\\tqc\\tx4677\\tqr\\tx9355"
        f"\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 {PLAIN}"
        f"{{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\f1\\fs16\\cf4{RSID} {esc(HEADER)}}}"
        f"{{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\f1\\fs16\\cf4{RSID} \\par }}}}"
    )
    body = [
        para(run(LETTERHEAD[0], bold=True, extra="\\fs20\\cf3"), "\\qc", "\\fi0", "\\sa0"),
        para(run(LETTERHEAD[1], bold=True, extra="\\fs20\\cf3"), "\\qc", "\\fi0", "\\sa0"),
        para(run(ADDRESS[0], extra="\\fs18"), "\\qc", "\\fi0", "\\sa0"),
        para(run(ADDRESS[1], extra="\\fs18"), "\\qc", "\\fi0", "\\sa240",
             "\\brdrb\\brdrs\\brdrw15\\brsp20 "),
        para(run(KIND, bold=True, extra="\\fs28"), "\\qc", "\\fi0", "\\sb240\\sa120"),
        para(run(f"{DATE}\t{NUMBER}"), "\\ql", "\\fi0", "\\sa240", "\\tqr\\tx9355"),
        para(run(HEADLINE, bold=True, extra="\\fs26"), "\\qc", "\\fi0", "\\sa240"),
        *(para(run(text)) for text in BODY),
        para(run(TABLE_CAPTION, bold=True), "\\qc", "\\fi0", "\\sb120\\sa120", "\\keepn"),
        table(),
        para(run(NOTE_LABEL, bold=True, extra="\\i") + run(NOTE, extra="\\i"), "\\qj", "\\fi709", "\\sb240\\sa120"),
        para(run(PRESS[0], extra="\\fs20"), "\\ql", "\\fi0", "\\sb240\\sa0"),
        para(run(PRESS[1], extra="\\fs20"), "\\ql", "\\fi0", "\\sa0"),
    ]
    head = ("{\\rtf1\\adeflang1025\\ansi\\ansicpg1251\\uc1\\adeff0\\deff0\\stshfdbch0\\stshfloch0\\stshfhich0"
            "\\stshfbi0\\deflang1049\\deflangfe1049\\themelang1049\\themelangfe0\\themelangcs0")
    parts = [head + fonts, colors, defaults + styles, rsids, math, info, settings, header, *body]
    return wrap("\r\n".join(parts)) + "}\r\n"


def main() -> None:
    HERE.mkdir(exist_ok=True)
    OUT.write_bytes(document().encode("ascii"))


if __name__ == "__main__":
    main()
