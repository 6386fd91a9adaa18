"""Write the FictionBook file of the forty-second fresh dev set by hand (XML in UTF-8, no FB2 library):

eval/unseen42/Нурпеисова_Полигон_и_договор.fb2 — an analytical brochure of a (fictional) Almaty research centre on
disarmament, «Дала», as an e-book library hands it out in FictionBook 2.0 (the file named by the author's surname and
the title, as such libraries name them): <FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0"
xmlns:l="http://www.w3.org/1999/xlink">; a <description> with <title-info> (genre, the author's first and last name,
book-title, annotation, keywords, date, the cover's <coverpage> image link, lang ru), <document-info> (the author of
the file, program-used, date, src-url, id, version, history) and <publish-info> (publisher, city, year, isbn); a main
<body> with a <title> (the author's name and the headline), an <epigraph> with its <text-author>, five <section>s each
with a <title><p>…</p></title>, paragraphs with <emphasis> and <strong>, <empty-line/>, a <subtitle>, a <table> (a
header row of <th> and three rows of <td>) and three note references <a l:href="#n1" type="note">[1]</a>, then an
untitled closing section with the brochure's imprint; a second <body name="notes"> titled «Примечания» with
<section id="n1">…; and a <binary> cover image (a tiny PNG in base64). The file's lines are as an editor saves them:
one element a line, indented by one space per level.

The text is written for this set; the centre, the author, the file's maker, the quote of the epigraph and all figures,
dates after 2019 and claims are fictional (the Semipalatinsk test site and its 456 tests, its closure on 29 August
1991, the treaty on a nuclear-weapon-free zone in Central Asia signed in Semipalatinsk in 2006 and its protocol, the
Treaty on the Prohibition of Nuclear Weapons and Kazakhstan's ratification of it in 2019, its articles 6 and 7, the
third meeting of its states parties in New York in March 2025, Kiribati, the Ministry of Labour and Social Protection
of the Population and the National Nuclear Centre are real, but what is said of them here is written for this set).
Run with the project's venv: .venv/bin/python eval/make_unseen42_fb2.py
"""

from __future__ import annotations

import base64
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen42"
OUT = HERE / "Нурпеисова_Полигон_и_договор.fb2"

TITLE = "Полигон и договор: ядерная дипломатия Казахстана после председательства в ДЗЯО"

# a 1x1 beige PNG, standing for the cover
COVER = base64.b64encode(base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"
)).decode("ascii")


def note(n: int) -> str:
    return f'<a l:href="#n{n}" type="note">[{n}]</a>'


BODY = f"""\
 <body>
  <title>
   <p>Асель Нурпеисова</p>
   <p>{TITLE}</p>
  </title>
  <epigraph>
   <p>«Степь помнит каждый взрыв, даже если люди стараются забыть»</p>
   <text-author>Из письма жительницы Абайской области в редакцию, 2024</text-author>
  </epigraph>
  <section>
   <title>
    <p>Наследие, ставшее аргументом</p>
   </title>
   <p>С 1949 по 1989 год на Семипалатинском полигоне было проведено 456 ядерных испытаний. Полигон закрыт указом от 29 августа 1991 года, и эта дата стала для Казахстана точкой отсчёта внешней политики: отказ от ядерного арсенала, доставшегося от СССР, договор о зоне, свободной от ядерного оружия, в Центральной Азии, подписанный в Семипалатинске в 2006 году, и ратификация Договора о запрещении ядерного оружия (ДЗЯО) в 2019 году. Международный день действий против ядерных испытаний, 29 августа, ООН учредила в 2009 году по предложению Казахстана.</p>
   <p>Память о полигоне — не только история. Удостоверение пострадавшего от испытаний на 1 октября 2025 года имели <strong>1 184 тысячи человек</strong>{note(1)}, и для многих семей в Абайской, Карагандинской и Павлодарской областях это вопрос ежемесячных выплат, льгот и лечения. Поэтому ядерная дипломатия Астаны всегда говорит на двух языках: на языке международного права и на языке социальной политики.</p>
  </section>
  <section>
   <title>
    <p>Председательство: что удалось в Нью-Йорке</p>
   </title>
   <p>На третьем совещании государств — участников ДЗЯО, прошедшем в Нью-Йорке 3–7 марта 2025 года, председательствовал Казахстан. Делегации 71 государства-участника и 36 государств-наблюдателей приняли политическую декларацию из 19 пунктов и решение создать неофициальную рабочую группу по международному целевому фонду помощи пострадавшим и восстановления окружающей среды.</p>
   <p>Идея фонда — главный казахстанский вклад. Статьи 6 и 7 договора обязывают государства помогать жертвам испытаний и очищать заражённые территории, но не говорят, кто за это платит. Казахстан вместе с Кирибати{note(2)} предложил добровольный фонд с начальным капиталом <emphasis>5 млн долларов</emphasis>. Астана объявила о взносе в 1 млн долларов; ещё шесть государств пообещали внести средства, но размер их взносов не раскрывается.</p>
   <p>Для подготовки совещания МИД собрал в Астане и Нью-Йорке группу из 14 дипломатов, а в кулуарах прошло 27 двусторонних встреч. Во сколько обошлось председательство, министерство не раскрывает.</p>
   <p>Рабочая группа должна представить проект устава фонда к первой конференции по рассмотрению действия договора, намеченной на ноябрь 2026 года. Где будет находиться секретариат фонда, пока не решено: Казахстан предложил Астану, несколько европейских участников — Женеву.</p>
   <empty-line/>
   <subtitle>Позиция ядерных держав</subtitle>
   <p>Ни одна из ядерных держав в совещании не участвовала. Протокол о гарантиях безопасности к договору о зоне в Центральной Азии подписали все пять ядерных держав, но США так и не ратифицировали его. Для Астаны это удобная тема: она позволяет критиковать ядерный арсенал Вашингтона и Москвы одинаково, не выбирая сторону.</p>
  </section>
  <section>
   <title>
    <p>Дома: выплаты и рекультивация</p>
   </title>
   <p>Единовременную компенсацию пострадавшим выплачивают по закону 1992 года. Сумма зависит от района проживания в годы испытаний, и эти выплаты растут, потому что удостоверения до сих пор получают те, кто долго не мог собрать архивные справки.</p>
   <p><emphasis>Таблица. Единовременные компенсации пострадавшим от испытаний</emphasis></p>
   <table>
    <tr>
     <th>Год</th>
     <th>Получатели, тыс. человек</th>
     <th>Выплачено, млрд тенге</th>
    </tr>
    <tr>
     <td>2022</td>
     <td>41,2</td>
     <td>6,1</td>
    </tr>
    <tr>
     <td>2023</td>
     <td>46,8</td>
     <td>7,4</td>
    </tr>
    <tr>
     <td>2024</td>
     <td>52,3</td>
     <td>8,6</td>
    </tr>
   </table>
   <p>За 2024 год пострадавшим выплатили в общей сложности 8,6 млрд тенге. Сколько человек получили компенсацию в 2025 году, министерство пока не сообщает: данные опубликуют после закрытия финансового года.</p>
   <p>Медицинская часть программы скромнее. Государственный регистр пострадавших ведёт научно-исследовательский институт радиационной медицины и экологии в Семее: в 2025 году регистр пополнился на 3 900 человек, а обследование в институте ежегодно проходят около 12 тысяч человек.</p>
   <p>Из 18,5 тысячи квадратных километров бывшего полигона в хозяйственный оборот к концу 2025 года вернули около 9,7 тысячи. Ещё 2,3 тысячи квадратных километров Национальный ядерный центр планирует обследовать до 2028 года{note(3)}. Во что обойдётся это обследование, в центре не раскрывают.</p>
  </section>
  <section>
   <title>
    <p>Противоречия</p>
   </title>
   <p>Критики указывают на очевидное противоречие: страна, которая строит образ жертвы ядерной эпохи, одновременно добывает больше всех в мире урана и готовится к собственной атомной энергетике. В «Дале» считают, что противоречия нет, пока Казахстан строго разделяет мирный атом и оружие, но признают, что за рубежом эту разницу объяснять всё труднее.</p>
   <p>Россия и Китай, ближайшие партнёры Казахстана, к договору не присоединились и считают его вредным для режима нераспространения. Астана не спорит с ними публично: на совещании казахстанская делегация ни разу не назвала ядерные державы по имени, а в декларации нет слова «сдерживание», на котором настаивали Ирландия и Мексика.</p>
   <p>Сложнее и с соседями. Консультативная встреча участников договора о зоне, свободной от ядерного оружия, прошла в Астане в октябре 2025 года, однако дату следующей встречи стороны не определили, а Туркменистан прислал на неё только посла.</p>
  </section>
  <section>
   <title>
    <p>Что делать дальше</p>
   </title>
   <p>Казахстану стоит, во-первых, первым опубликовать полный отчёт о выполнении статей 6 и 7, включая расходы на выплаты и рекультивацию; во-вторых, добиться, чтобы устав фонда позволял принимать взносы частных доноров; в-третьих, пригласить на конференцию 2026 года наблюдателей от государств — гарантов протокола.</p>
  </section>
  <section>
   <p>Нурпеисова А. Полигон и договор: ядерная дипломатия Казахстана после председательства в ДЗЯО. — Алматы: Центр исследований разоружения «Дала», 2025. — 32 с.</p>
   <p>ISBN 978-601-7961-22-4</p>
   <p>Подписано в печать 20.11.2025. Формат 60×84 1/16. Тираж 300 экз.</p>
   <p>© Центр исследований разоружения «Дала», 2025</p>
  </section>
 </body>
 <body name="notes">
  <title>
   <p>Примечания</p>
  </title>
  <section id="n1">
   <title>
    <p>1</p>
   </title>
   <p>Данные Министерства труда и социальной защиты населения Республики Казахстан.</p>
  </section>
  <section id="n2">
   <title>
    <p>2</p>
   </title>
   <p>Кирибати — островное государство Тихого океана, на территории которого Великобритания и США проводили ядерные испытания в 1957–1962 годах.</p>
  </section>
  <section id="n3">
   <title>
    <p>3</p>
   </title>
   <p>Оценка автора по материалам Национального ядерного центра Республики Казахстан.</p>
  </section>
 </body>
"""

DESCRIPTION = f"""\
 <description>
  <title-info>
   <genre>sci_politics</genre>
   <author>
    <first-name>Асель</first-name>
    <last-name>Нурпеисова</last-name>
   </author>
   <book-title>{TITLE}</book-title>
   <annotation>
    <p>Брошюра рассматривает, как Казахстан использует наследие Семипалатинского полигона в ядерной дипломатии, что дало его председательство на третьем совещании государств — участников Договора о запрещении ядерного оружия и как государство выполняет обязательства перед пострадавшими от испытаний.</p>
   </annotation>
   <keywords>Казахстан, ДЗЯО, Семипалатинский полигон, разоружение</keywords>
   <date value="2025-11-20">2025</date>
   <coverpage>
    <image l:href="#cover.png"/>
   </coverpage>
   <lang>ru</lang>
  </title-info>
  <document-info>
   <author>
    <nickname>dala_lib</nickname>
   </author>
   <program-used>FictionBook Editor Release 2.6.7</program-used>
   <date value="2025-11-27">27.11.2025</date>
   <src-url>https://dala-centre.kz/publications/poligon-i-dogovor</src-url>
   <id>6f3c2a9e-41d7-4b8a-9e15-2c7d0b8a5f31</id>
   <version>1.0</version>
   <history>
    <p>1.0 — создание файла по PDF-версии брошюры</p>
   </history>
  </document-info>
  <publish-info>
   <book-name>Полигон и договор</book-name>
   <publisher>Центр исследований разоружения «Дала»</publisher>
   <city>Алматы</city>
   <year>2025</year>
   <isbn>978-601-7961-22-4</isbn>
  </publish-info>
 </description>
"""

DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">\n'
    + DESCRIPTION
    + BODY
    + f' <binary id="cover.png" content-type="image/png">{COVER}</binary>\n'
    "</FictionBook>\n"
)


def main() -> None:
    HERE.mkdir(exist_ok=True)
    OUT.write_text(DOCUMENT, encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
