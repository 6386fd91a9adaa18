"""Write the Word "Web Page" file of the fortieth fresh dev set:

eval/unseen40/Информация_СКО_приграничное_сотрудничество_РФ_9_мес_2025.htm — a report («Информация о …») of a department
of the akimat of the North Kazakhstan region on its cross-border cooperation with the regions of Russia, as Word saves
a document as a web page and as the akimat's site publishes the single .htm file (its "….files" folder, to which the
head links, is not there): written in windows-1251 and declaring it in its <meta>; the <html> with Word's namespaces;
ProgId, Generator and Originator <meta>s; the File-List, themeData and colorSchemeMapping <link>s; the <title>; Word's
conditional comments <!--[if gte mso 9]><xml>…</xml><![endif]--> with the document's properties, its settings and its
latent styles, and <!--[if gte mso 10]> with the table style; a <style> of font, style, page and list definitions
(mso-… properties); the body in <div class=WordSection1>, every paragraph a <p class=MsoNormal …> (or MsoListParagraph…,
MsoFootnoteText) with style='… mso-…' and <span>s, ending on <o:p></o:p>; a bulleted list with Word's
<![if !supportLists]> bullets; a table (class=MsoTableGrid, rows with mso-yfti-irow); the signature line with a
<span style='mso-tab-count:…'>; footnote references as Word writes them (<a style='mso-footnote-id:ftn1' href="#_ftn1"
name="_ftnref1">…[1]…</a>) and the footnotes in <div style='mso-element:footnote-list'> after a short rule, each a
<div … id=ftn1> linking back (href="#_ftnref1" name="_ftn1"); the «Исполнитель: …» line. The source's lines are cut at
spaces near 76 columns, as Word cuts them (inside text and inside tags alike), with CRLF ends, and paragraphs are
separated by an empty line.

The text is written for this set; the department's people, the figures, the projects, the bus route and the dates are
fictional (the North Kazakhstan region, Petropavl, the Taiynsha and Kyzylzhar districts, the Omsk, Tyumen and Kurgan
regions of Russia, the Zhana Zhol checkpoint, the Forum of Interregional Cooperation of Kazakhstan and Russia, the
Bureau of National Statistics, the M. Kozybayev North Kazakhstan University, the intergovernmental commission and
Kazakhstan's ban on wheat imports from Russia are real, but what is said of them here is invented).
Run with the project's venv: .venv/bin/python eval/make_unseen40_htm.py
"""

from __future__ import annotations

import html
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen40"
STEM = "Информация_СКО_приграничное_сотрудничество_РФ_9_мес_2025"
OUT = HERE / f"{STEM}.htm"

DEPARTMENT = [
    "Управление предпринимательства и индустриально-инновационного развития",
    "акимата Северо-Казахстанской области",
]
REGNO = "№ 06-14/2187 от 14.10.2025 г."
HEADING = ("Информация о приграничном сотрудничестве Северо-Казахстанской области с регионами Российской Федерации "
           "за 9 месяцев 2025 года")

# A paragraph is a string; "[n]" in it is a footnote reference, written as Word writes one.
INTRO = [
    "Северо-Казахстанская область граничит с Курганской, Тюменской и Омской областями Российской Федерации. "
    "Сотрудничество с ними ведётся на основе соглашений о торгово-экономическом, научно-техническом и культурном "
    "сотрудничестве, а также планов мероприятий, принятых в рамках Форума межрегионального сотрудничества Казахстана "
    "и России.",
]
SECTIONS = [
    ("1. Торгово-экономическое сотрудничество", [
        "По итогам января – сентября 2025 года товарооборот области с Российской Федерацией составил 1 146,8 млн "
        "долларов США, что на 4,2 % меньше, чем за аналогичный период 2024 года[1]. Экспорт составил 412,5 млн "
        "долларов, импорт – 734,3 млн долларов.",
        "Россия остаётся главным торговым партнёром области: на неё приходится 71 % внешнеторгового оборота. На три "
        "приграничных региона – Омскую, Тюменскую и Курганскую области – приходится 58 % товарооборота с Россией "
        "(таблица 1).",
        "TABLE",
        "Основу экспорта составляют продукция машиностроения (железнодорожные вагоны и комплектующие), молочная "
        "продукция, семена льна и рапса. В импорте преобладают нефтепродукты, чёрные металлы, удобрения и "
        "строительные материалы.",
        "Экспорт продукции машиностроения в Российскую Федерацию вырос на 12,3 % и составил 118,6 млн долларов. "
        "Крупнейшим экспортёром остаётся вагоностроительное предприятие областного центра, которое в 2025 году "
        "поставило российским операторам 640 полувагонов и цистерн.",
        "Снижение товарооборота связано прежде всего с сокращением поставок российских нефтепродуктов и с "
        "ограничениями на ввоз пшеницы из Российской Федерации. Объём реэкспорта в Российскую Федерацию товаров "
        "третьих стран органами статистики не оценивается.",
    ]),
    ("2. Инвестиционное сотрудничество", [
        "В области реализуются 7 инвестиционных проектов с участием российского капитала общей стоимостью 96,4 млрд "
        "тенге. На действующих предприятиях с российским участием создано 1 240 рабочих мест[2].",
        "Крупнейший из проектов – завод по глубокой переработке рапса в Тайыншинском районе мощностью 300 тыс. тонн "
        "семян в год, его запуск запланирован на II квартал 2026 года. В Кызылжарском районе строится элеватор на 60 "
        "тыс. тонн; сумму вложений российского участника проекта инвестор не раскрывает.",
        "В октябре 2025 года в Петропавловске работала бизнес-миссия Тюменской области: в ней участвовали 42 "
        "компании, по итогам встреч подписано 9 коммерческих соглашений на общую сумму 14,7 млн долларов США.",
        "Всего в области зарегистрировано 1 318 юридических лиц с участием российского капитала, из них действующих "
        "– 864.",
    ]),
    ("3. Транспорт и пункты пропуска", [
        "Через автомобильные пункты пропуска области за 9 месяцев 2025 года проследовали 412 тыс. транспортных "
        "средств, в том числе 96,3 тыс. грузовых. В период весенних полевых работ время ожидания в пункте пропуска "
        "«Жана Жол» доходило до 6 часов.",
        "Модернизация пункта пропуска «Жана Жол» завершится в 2026 году, после чего его пропускная способность "
        "возрастёт до 2 000 транспортных средств в сутки.",
        "С 1 июля 2025 года открыт регулярный автобусный маршрут Петропавловск – Тюмень, три рейса в неделю.",
        "Через станцию Петропавловск, расположенную на Транссибирской магистрали, за 9 месяцев 2025 года прошло "
        "около 9 тыс. транзитных поездов. Объём транзитных грузов по участку магистрали в пределах области "
        "национальная железнодорожная компания в разрезе регионов не публикует.",
    ]),
    ("4. Гуманитарное сотрудничество", [
        "В вузах Омской, Тюменской и Курганской областей обучаются около 3 800 студентов из Северо-Казахстанской "
        "области. В Северо-Казахстанском университете имени М. Козыбаева обучаются 214 граждан Российской Федерации.",
        "Область за 9 месяцев 2025 года посетили 26,4 тыс. туристов из Российской Федерации, что на 8 % больше, "
        "чем годом ранее. Большая часть из них отдыхала на озёрах Шалкар и Имантау.",
        "В рамках плана мероприятий с Омской областью на 2025–2027 годы, включающего 28 пунктов, в сентябре в Омске "
        "проведены Дни культуры Северо-Казахстанской области.",
        "В сентябре 2025 года в Петропавловске проведено выездное заседание рабочей группы по приграничному "
        "сотрудничеству, на котором рассмотрены 17 вопросов, в том числе об упрощении пересечения границы жителями "
        "приграничных сёл.",
        "Сведения о числе граждан Российской Федерации, переехавших в область на постоянное жительство в 2025 году, "
        "в настоящую информацию не включены, поскольку департамент полиции области их не представил.",
    ]),
    ("5. Проблемные вопросы", [
        "В ходе сотрудничества сохраняются следующие проблемы:",
        "LIST",
        "Управлением внесены предложения в Министерство торговли и интеграции Республики Казахстан о включении этих "
        "вопросов в повестку очередного заседания Межправительственной комиссии по сотрудничеству между Республикой "
        "Казахстан и Российской Федерацией.",
    ]),
]
LIST = [
    "длительное ожидание на пунктах пропуска в периоды сезонных перевозок;",
    "действие запрета на ввоз пшеницы из Российской Федерации автомобильным транспортом, продлённого до 1 июня 2026 "
    "года[3];",
    "нехватка вагонов для вывоза продукции машиностроения и зерна.",
]
TABLE_CAPTION = ("Таблица 1. Товарооборот Северо-Казахстанской области с приграничными регионами Российской Федерации, "
                 "млн долларов США")
TABLE = [
    ["Регион", "9 месяцев 2024 г.", "9 месяцев 2025 г.", "Изменение, %"],
    ["Омская область", "312,4", "298,1", "–4,6"],
    ["Тюменская область", "184,0", "201,7", "+9,6"],
    ["Курганская область", "176,9", "165,3", "–6,6"],
    ["Итого", "673,3", "665,1", "–1,2"],
]
WIDTHS = [(170, "4.5cm"), (113, "3.0cm"), (113, "3.0cm"), (113, "3.0cm")]
SIGNATURE = ("Руководитель управления", "А. Жусупов")
EXECUTOR = "Исполнитель: Касенова Г. Т., тел. 8 (7152) 46-18-73"
FOOTNOTES = [
    "Данные Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан.",
    "По данным опроса предприятий, проведённого управлением в октябре 2025 года.",
    "Решение Министерства сельского хозяйства Республики Казахстан о продлении временного запрета.",
]

TNR = 'font-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman"'
S14 = f"font-size:14.0pt;line-height:115%;{TNR}"


def esc(text: str) -> str:
    out = []
    for ch in html.escape(text, quote=False):
        try:
            ch.encode("cp1251")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def footnote_ref(n: int, size: str = "14.0pt") -> str:
    return (f"<a style='mso-footnote-id:ftn{n}' href=\"#_ftn{n}\" name=\"_ftnref{n}\" title=\"\"><span "
            f"class=MsoFootnoteReference><span style='font-size:{size};line-height:115%;{TNR}'><span "
            f"style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span "
            f"style='font-size:{size};line-height:115%;{TNR};mso-ansi-language:RU;mso-fareast-language:RU;"
            f"mso-bidi-language:AR-SA'>[{n}]</span></span><![endif]></span></span></span></a>")


def runs(text: str, style: str = S14, bold: bool = False) -> str:
    """The text as Word's spans, a footnote reference for each "[n]"; <o:p></o:p> closes the last span."""
    pieces = []
    rest = text
    while "[" in rest:
        before, _, after = rest.partition("[")
        n, _, rest = after.partition("]")
        pieces.append(("text", before))
        pieces.append(("ref", int(n)))
    pieces.append(("text", rest))
    out = []
    last_text = max(i for i, (kind, _) in enumerate(pieces) if kind == "text" and pieces[i][1])
    for i, (kind, value) in enumerate(pieces):
        if kind == "ref":
            out.append(footnote_ref(value))
        elif value:
            tail = "<o:p></o:p>" if i == last_text else ""
            span = f"<span style='{style}'>{esc(value)}{tail}</span>"
            out.append(f"<b>{span}</b>" if bold else span)
    return "".join(out)


def p(inner: str, style: str = "text-align:justify;text-indent:35.45pt", cls: str = "MsoNormal",
      align: str = "") -> str:
    a = f" align={align}" if align else ""
    return f"<p class={cls}{a} style='{style}'>{inner}</p>"


def empty() -> str:
    return f"<p class=MsoNormal style='text-align:justify'><span style='{S14}'><o:p>&nbsp;</o:p></span></p>"


def table() -> str:
    rows = [
        "<div align=center>",
        "",
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;"
        "mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>",
    ]
    for i, values in enumerate(TABLE):
        flags = ";mso-yfti-firstrow:yes" if i == 0 else (";mso-yfti-lastrow:yes" if i == len(TABLE) - 1 else "")
        rows.append(f" <tr style='mso-yfti-irow:{i}{flags}'>")
        for j, value in enumerate(values):
            width, cm = WIDTHS[j]
            border = ("border:solid windowtext 1.0pt" if i == 0 and j == 0 else
                      "border:solid windowtext 1.0pt;border-left:none" if i == 0 else
                      "border:solid windowtext 1.0pt;border-top:none" if j == 0 else
                      "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;"
                      "border-right:solid windowtext 1.0pt")
            align = "left" if j == 0 and i > 0 else "center"
            cell_style = f"font-size:12.0pt;{TNR}"
            text = f"<span style='{cell_style}'>{esc(value)}<o:p></o:p></span>"
            if i == 0 or i == len(TABLE) - 1:
                text = f"<b>{text}</b>"
            rows.append(
                f"  <td width={width} valign=top style='width:{cm};{border};mso-border-alt:solid windowtext .5pt;"
                f"padding:0cm 5.4pt 0cm 5.4pt'>"
            )
            rows.append(
                f"  <p class=MsoNormal{' align=center' if align == 'center' else ''} style='margin-bottom:0cm;"
                f"{'text-align:center;' if align == 'center' else ''}line-height:normal'>{text}</p>"
            )
            rows.append("  </td>")
        rows.append(" </tr>")
    rows += ["</table>", "", "</div>"]
    return "\n".join(rows)


def bullet_list() -> str:
    out = []
    for i, item in enumerate(LIST):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == len(LIST) - 1 else "MsoListParagraphCxSpMiddle")
        mso = "" if i == 0 else "mso-add-space:auto;"
        bullet = (f"<![if !supportLists]><span style='font-size:14.0pt;line-height:115%;{TNR}'><span "
                  f"style='mso-list:Ignore'>-<span style='font:7.0pt \"Times New Roman\"'>"
                  f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>")
        out.append(p(bullet + runs(item), f"margin-left:0cm;{mso}text-align:justify;text-indent:35.45pt;"
                     "mso-list:l0 level1 lfo1", cls))
        out.append("")
    return "\n".join(out[:-1])


def body() -> list[str]:
    blocks = [
        p(runs(DEPARTMENT[0], f"font-size:12.0pt;line-height:115%;{TNR}", bold=True), "margin-bottom:0cm;"
          "text-align:center", align="center"),
        p(runs(DEPARTMENT[1], f"font-size:12.0pt;line-height:115%;{TNR}", bold=True), "text-align:center",
          align="center"),
        p(runs(REGNO, f"font-size:12.0pt;line-height:115%;{TNR}"), "text-align:right", align="right"),
        empty(),
        p(runs(HEADING, bold=True), "margin-bottom:0cm;text-align:center", align="center"),
        empty(),
    ]
    blocks += [p(runs(text)) for text in INTRO]
    for heading, paragraphs in SECTIONS:
        blocks.append(p(runs(heading, bold=True), "margin-top:6.0pt;text-align:justify;text-indent:35.45pt;"
                        "page-break-after:avoid"))
        for text in paragraphs:
            if text == "TABLE":
                blocks.append(p(runs(TABLE_CAPTION, f"font-size:12.0pt;line-height:115%;{TNR}"),
                                "margin-bottom:6.0pt;text-align:right", align="right"))
                blocks.append(table())
                blocks.append(p(f"<span style='{S14}'><o:p>&nbsp;</o:p></span>", "text-align:justify"))
            elif text == "LIST":
                blocks.append(bullet_list())
            else:
                blocks.append(p(runs(text)))
    blocks.append(empty())
    tab = ("<span style='mso-tab-count:5'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
           "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
           "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; &nbsp;"
           "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>")
    blocks.append(p(f"<b><span style='{S14}'>{esc(SIGNATURE[0])}{tab}{esc(SIGNATURE[1])}<o:p></o:p></span></b>",
                    "text-align:justify"))
    blocks.append(empty())
    blocks.append(p(runs(EXECUTOR, f"font-size:10.0pt;line-height:115%;{TNR}"), "margin-bottom:0cm;"
                    "text-align:justify;line-height:normal"))
    return blocks


def footnotes() -> list[str]:
    out = [
        "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>",
        "",
        "<hr align=left size=1 width=\"33%\">",
        "",
        "<![endif]>",
    ]
    for n, text in enumerate(FOOTNOTES, 1):
        back = (f"<a style='mso-footnote-id:ftn{n}' href=\"#_ftnref{n}\" name=\"_ftn{n}\" title=\"\"><span "
                f"class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>"
                f"<span class=MsoFootnoteReference><span style='font-size:10.0pt;line-height:115%;{TNR};"
                f"mso-ansi-language:RU;mso-fareast-language:RU;mso-bidi-language:AR-SA'>[{n}]</span></span>"
                f"<![endif]></span></span></a>")
        out += [
            "",
            f"<div style='mso-element:footnote' id=ftn{n}>",
            "",
            f"<p class=MsoFootnoteText>{back}<span style='{TNR}'> {esc(text)}<o:p></o:p></span></p>",
            "",
            "</div>",
        ]
    out += ["", "</div>"]
    return out


HEAD = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{STEM}.files/filelist.xml">
<title>{esc(HEADING)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Касенова Гульнара Тлеубаевна</o:Author>
  <o:LastAuthor>User</o:LastAuthor>
  <o:Revision>6</o:Revision>
  <o:TotalTime>187</o:TotalTime>
  <o:LastPrinted>2025-10-14T03:51:00Z</o:LastPrinted>
  <o:Created>2025-10-13T04:12:00Z</o:Created>
  <o:LastSaved>2025-10-14T09:27:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Words>842</o:Words>
  <o:Characters>4805</o:Characters>
  <o:Company>SPecialiST RePack</o:Company>
  <o:Lines>40</o:Lines>
  <o:Paragraphs>11</o:Paragraphs>
  <o:CharactersWithSpaces>5636</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=themeData href="{STEM}.files/themedata.thmx">
<link rel=colorSchemeMapping href="{STEM}.files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>RU</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true" Name="footnote text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true" Name="footnote reference"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true" Name="List Paragraph"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:204;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:204;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1073732485 9 0 511 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-fareast-language:EN-US;}}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{{mso-style-priority:99;
	mso-style-link:"Текст сноски Знак";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
span.MsoFootnoteReference
	{{mso-style-priority:99;
	vertical-align:super;}}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{{mso-style-priority:34;
	mso-style-type:export-only;
	margin:0cm 0cm 0cm 36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{{mso-style-priority:34;
	mso-style-type:export-only;
	margin:0cm 0cm 8.0pt 36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
 /* Page Definitions */
 @page
	{{mso-footnote-separator:url("{STEM}.files/header.htm") fs;
	mso-footnote-continuation-separator:url("{STEM}.files/header.htm") fcs;
	mso-endnote-separator:url("{STEM}.files/header.htm") es;
	mso-endnote-continuation-separator:url("{STEM}.files/header.htm") ecs;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}}
div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
 @list l0
	{{mso-list-id:1420056271;
	mso-list-type:hybrid;
	mso-list-template-ids:-1903473418 68747265 68747267 68747269 68747265 68747267 68747269 68747265 68747267 68747269;}}
@list l0:level1
	{{mso-level-number-format:bullet;
	mso-level-text:-;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:53.45pt;
	text-indent:-18.0pt;
	font-family:"Times New Roman",serif;}}
ol
	{{margin-bottom:0cm;}}
ul
	{{margin-bottom:0cm;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"Обычная таблица";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-right:0cm;
	mso-para-margin-bottom:8.0pt;
	mso-para-margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
table.MsoTableGrid
	{{mso-style-name:"Сетка таблицы";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>
"""


def wrap(block: str, width: int = 76) -> str:
    """Cut a block's lines at spaces so that they are no longer than `width` where a space allows, as Word cuts its
    HTML (inside text and tags alike); a line without a space stays whole."""
    out = []
    for line in block.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        while len(line) > width:
            cut = line.rfind(" ", indent + 1, width + 1)
            if cut <= indent:
                cut = line.find(" ", width + 1)
                if cut == -1:
                    break
            out.append(line[:cut])
            line = line[cut + 1:]
            indent = 0
        out.append(line)
    return "\n".join(out)


def main() -> None:
    HERE.mkdir(exist_ok=True)
    parts = [HEAD, "<body lang=RU style='tab-interval:35.4pt;word-wrap:break-word'>", "", "<div class=WordSection1>",
             ""]
    for block in body():
        parts += [wrap(block), ""]
    parts += ["</div>", ""]
    parts += [wrap(x) for x in footnotes()]
    parts += ["", "</body>", "", "</html>", ""]
    text = "\n".join(parts).replace("\n", "\r\n")
    OUT.write_bytes(text.encode("cp1251"))


if __name__ == "__main__":
    main()
