<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>ArchiveWindow</name>
    <message>
      <source>Play</source>
      <translation>Ойнату</translation>
    </message>
    <message>
      <source>Previous frame</source>
      <translation>Алдыңғы кадр</translation>
    </message>
    <message>
      <source>Next frame</source>
      <translation>Келесі кадр</translation>
    </message>
    <message>
      <source>Set in</source>
      <translation>Басы</translation>
    </message>
    <message>
      <source>Set out</source>
      <translation>Соңы</translation>
    </message>
    <message>
      <source>Export evidence…</source>
      <translation>Дәлелдемені экспорттау…</translation>
    </message>
    <message>
      <source>Folder for the evidence</source>
      <translation>Дәлелдемеге арналған қалта</translation>
    </message>
    <message>
      <source>exporting…</source>
      <translation>экспортталуда…</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Мұрағат</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Кідірту</translation>
    </message>
    <message>
      <source> (footage held)</source>
      <translation> (жазба сақталады)</translation>
    </message>
    <message>
      <source>Evidence exported to {path}</source>
      <translation>Дәлелдеме {path} қалтасына экспортталды</translation>
    </message>
    <message>
      <source>Export failed: {reason}</source>
      <translation>Экспорт сәтсіз аяқталды: {reason}</translation>
    </message>
    <message>
      <source>(hold failed: {reason})</source>
      <translation>(сақтау сәтсіз: {reason})</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Audit log</source>
      <translation>Аудит журналы</translation>
    </message>
    <message>
      <source>operator (all when empty)</source>
      <translation>оператор (бос болса — барлығы)</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Көрсету</translation>
    </message>
    <message>
      <source>More</source>
      <translation>Тағы</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Уақыт</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Әрекет</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Оқиға</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Толығырақ</translation>
    </message>
    <message>
      <source>{count} actions</source>
      <translation>{count} әрекет</translation>
    </message>
    <message>
      <source>Audit log unavailable: {reason}</source>
      <translation>Аудит журналы қолжетімсіз: {reason}</translation>
    </message>
  </context>
  <context>
    <name>HistoryWindow</name>
    <message>
      <source>Time</source>
      <translation>Уақыт</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Маңыздылығы</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Күйі</translation>
    </message>
    <message>
      <source>District</source>
      <translation>Аудан</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>Камера</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>Incident history</source>
      <translation>Оқиғалар тарихы</translation>
    </message>
    <message>
      <source>unit id</source>
      <translation>бөлімше id</translation>
    </message>
    <message>
      <source>operator</source>
      <translation>оператор</translation>
    </message>
    <message>
      <source>words in the title</source>
      <translation>атаудағы сөздер</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Іздеу</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>CSV экспорты…</translation>
    </message>
    <message>
      <source>any</source>
      <translation>кез келген</translation>
    </message>
    <message>
      <source>searching…</source>
      <translation>ізделуде…</translation>
    </message>
    <message>
      <source> (scroll for more)</source>
      <translation> (көбірек көру үшін айналдырыңыз)</translation>
    </message>
    <message>
      <source>Export incidents</source>
      <translation>Оқиғаларды экспорттау</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
      <source>exporting…</source>
      <translation>экспортталуда…</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>Кез келген уақыт</translation>
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation>Соңғы 24 сағат</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Соңғы 7 күн</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Соңғы 30 күн</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Соңғы жыл</translation>
    </message>
    <message>
      <source>Between</source>
      <translation>Аралығында</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Кезең</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Бастап</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Дейін</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Бөлімше</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Мәтін</translation>
    </message>
    <message>
      <source>The start of the period must be before its end.</source>
      <translation>Кезеңнің басы оның соңынан бұрын болуы керек.</translation>
    </message>
    <message>
      <source>Search failed: {reason}</source>
      <translation>Іздеу сәтсіз аяқталды: {reason}</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>{count} оқиға</translation>
    </message>
    <message>
      <source>{count} incidents exported to {path}</source>
      <translation>{count} оқиға {path} файлына экспортталды</translation>
    </message>
    <message>
      <source>Export failed: {reason}</source>
      <translation>Экспорт сәтсіз аяқталды: {reason}</translation>
    </message>
  </context>
  <context>
    <name>IncidentList</name>
    <message>
      <source>Time</source>
      <translation>Уақыт</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Маңыздылығы</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>Камера</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Күйі</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Qala Console</source>
      <translation>Qala Console</translation>
    </message>
    <message>
      <source>Cameras</source>
      <translation>Камералар</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Карта</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Оқиғалар</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>қосылуда</translation>
    </message>
    <message>
      <source>backend: connecting</source>
      <translation>сервер: қосылуда</translation>
    </message>
    <message>
      <source>backend: online</source>
      <translation>сервер: желіде</translation>
    </message>
    <message>
      <source>backend: offline</source>
      <translation>сервер: байланыс жоқ</translation>
    </message>
    <message>
      <source>backend: stopped</source>
      <translation>сервер: тоқтатылған</translation>
    </message>
    <message>
      <source>events/s: {rate}   incidents: {count}</source>
      <translation>оқиға/с: {rate}   оқиғалар: {count}</translation>
    </message>
    <message>
      <source>bad data ignored: {count}</source>
      <translation>елеусіз қалған қате деректер: {count}</translation>
    </message>
    <message>
      <source>Messages from the backend the console could not use</source>
      <translation>Консоль пайдалана алмаған бэкенд хабарламалары</translation>
    </message>
  </context>
  <context>
    <name>ReviewCharts</name>
    <message>
      <source>acknowledge</source>
      <translation>қабылдау</translation>
    </message>
    <message>
      <source>dispatch</source>
      <translation>жіберу</translation>
    </message>
    <message>
      <source>on scene</source>
      <translation>орнында</translation>
    </message>
    <message>
      <source>resolve</source>
      <translation>шешу</translation>
    </message>
    <message>
      <source>Incident charts</source>
      <translation>Оқиғалар диаграммалары</translation>
    </message>
    <message>
      <source>per hour</source>
      <translation>сағат бойынша</translation>
    </message>
    <message>
      <source>per day</source>
      <translation>күн бойынша</translation>
    </message>
    <message>
      <source>by type</source>
      <translation>түрі бойынша</translation>
    </message>
    <message>
      <source>by district</source>
      <translation>аудан бойынша</translation>
    </message>
    <message>
      <source>per shift</source>
      <translation>ауысым бойынша</translation>
    </message>
    <message>
      <source>per operator</source>
      <translation>оператор бойынша</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Жаңарту</translation>
    </message>
    <message>
      <source>incidents</source>
      <translation>оқиғалар</translation>
    </message>
    <message>
      <source>minutes from creation (bar: median, mark: p90)</source>
      <translation>құрылғаннан бергі минуттар (баған: медиана, белгі: p90)</translation>
    </message>
    <message>
      <source>loading…</source>
      <translation>жүктелуде…</translation>
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation>Соңғы 24 сағат</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Соңғы 7 күн</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Соңғы 30 күн</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Соңғы жыл</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Кезең</translation>
    </message>
    <message>
      <source>Response times</source>
      <translation>Әрекет ету уақыты</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>{count} оқиға</translation>
    </message>
    <message>
      <source>other</source>
      <translation>басқа</translation>
    </message>
    <message>
      <source>Charts failed: {reason}</source>
      <translation>Диаграммалар жүктелмеді: {reason}</translation>
    </message>
  </context>
  <context>
    <name>SupervisorMenu</name>
    <message>
      <source>&amp;Supervisor</source>
      <translation>&amp;Супервайзер</translation>
    </message>
    <message>
      <source>Incident &amp;history…</source>
      <translation>Оқиғалар &amp;тарихы…</translation>
    </message>
    <message>
      <source>&amp;Charts…</source>
      <translation>&amp;Диаграммалар…</translation>
    </message>
    <message>
      <source>&amp;Audit log…</source>
      <translation>&amp;Аудит журналы…</translation>
    </message>
    <message>
      <source>No recorded footage around this incident</source>
      <translation>Бұл оқиға маңында жазба жоқ</translation>
    </message>
    <message>
      <source>Archive unavailable: {reason}</source>
      <translation>Мұрағат қолжетімсіз: {reason}</translation>
    </message>
  </context>
  <context>
    <name>VideoTile</name>
    <message>
      <source>connecting</source>
      <translation>қосылуда</translation>
    </message>
    <message>
      <source>live</source>
      <translation>тікелей</translation>
    </message>
    <message>
      <source>stalled</source>
      <translation>кідірді</translation>
    </message>
    <message>
      <source>reconnecting</source>
      <translation>қайта қосылуда</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>қате</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>тоқтатылған</translation>
    </message>
    <message>
      <source>empty</source>
      <translation>бос</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>кідіртілді</translation>
    </message>
  </context>
  <context>
    <name>WallKeyboard</name>
    <message>
      <source>number, Enter</source>
      <translation>нөмір, Enter</translation>
    </message>
    <message>
      <source>call that camera into the selected tile</source>
      <translation>сол камераны таңдалған ұяшыққа шығару</translation>
    </message>
    <message>
      <source>arrows</source>
      <translation>көрсеткілер</translation>
    </message>
    <message>
      <source>move the selection</source>
      <translation>таңдауды жылжыту</translation>
    </message>
    <message>
      <source>maximise the selected tile on the main stream, and back</source>
      <translation>таңдалған ұяшықты негізгі ағынмен толық экранға ашу және кері қайтару</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>Бос орын</translation>
    </message>
    <message>
      <source>pause or resume the selected tile</source>
      <translation>таңдалған ұяшықты кідірту немесе жалғастыру</translation>
    </message>
    <message>
      <source>clear the number, leave the maximised tile</source>
      <translation>нөмірді өшіру, толық экраннан шығу</translation>
    </message>
    <message>
      <source>wheel, drag</source>
      <translation>дөңгелек, сүйреу</translation>
    </message>
    <message>
      <source>digital zoom and pan inside a tile</source>
      <translation>ұяшық ішінде сандық үлкейту және жылжыту</translation>
    </message>
    <message>
      <source>double click</source>
      <translation>қос шерту</translation>
    </message>
    <message>
      <source>maximise a tile, and back</source>
      <translation>ұяшықты толық экранға ашу және кері қайтару</translation>
    </message>
    <message>
      <source>show or hide this help</source>
      <translation>осы анықтаманы көрсету немесе жасыру</translation>
    </message>
    <message>
      <source>Wall keyboard</source>
      <translation>Қабырға пернетақтасы</translation>
    </message>
    <message>
      <source>No camera {number}</source>
      <translation>{number} камера жоқ</translation>
    </message>
    <message>
      <source>Camera: {number}</source>
      <translation>Камера: {number}</translation>
    </message>
  </context>
  <context>
    <name>WallLibrary</name>
    <message>
      <source>Save layout</source>
      <translation>Орналасуды сақтау</translation>
    </message>
    <message>
      <source>Layout name:</source>
      <translation>Орналасу атауы:</translation>
    </message>
    <message>
      <source>Layout not shared: no backend</source>
      <translation>Орналасу бөлісілмеді: сервер жоқ</translation>
    </message>
    <message>
      <source>No shared layouts: no backend</source>
      <translation>Ортақ орналасулар жоқ: сервер жоқ</translation>
    </message>
    <message>
      <source>{count} new shared layouts</source>
      <translation>Жаңа ортақ орналасулар: {count}</translation>
    </message>
    <message>
      <source>Layout “{name}” saved</source>
      <translation>«{name}» орналасуы сақталды</translation>
    </message>
    <message>
      <source>Layout “{name}” opened</source>
      <translation>«{name}» орналасуы ашылды</translation>
    </message>
    <message>
      <source>Layout “{name}” shared</source>
      <translation>«{name}» орналасуы бөлісілді</translation>
    </message>
    <message>
      <source>{count} invalid ones skipped</source>
      <translation>{count} жарамсызы өткізілді</translation>
    </message>
    <message>
      <source>Layout not saved: {reason}</source>
      <translation>Орналасу сақталмады: {reason}</translation>
    </message>
    <message>
      <source>Layout not opened: {reason}</source>
      <translation>Орналасу ашылмады: {reason}</translation>
    </message>
    <message>
      <source>Layout not shared: {reason}</source>
      <translation>Орналасу бөлісілмеді: {reason}</translation>
    </message>
    <message>
      <source>Shared layouts not loaded: {reason}</source>
      <translation>Ортақ орналасулар жүктелмеді: {reason}</translation>
    </message>
    <message>
      <source>Shared layouts not saved: {reason}</source>
      <translation>Ортақ орналасулар сақталмады: {reason}</translation>
    </message>
  </context>
  <context>
    <name>WallMenu</name>
    <message>
      <source>Boxes</source>
      <translation>Жақтаулар</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Белгілер</translation>
    </message>
    <message>
      <source>Tracks</source>
      <translation>Іздер</translation>
    </message>
    <message>
      <source>Zones and lines</source>
      <translation>Аймақтар мен сызықтар</translation>
    </message>
    <message>
      <source>Overlays on this tile</source>
      <translation>Осы ұяшықтағы қабаттар</translation>
    </message>
    <message>
      <source>Overlays on the wall</source>
      <translation>Бүкіл қабырғадағы қабаттар</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Орналасу</translation>
    </message>
    <message>
      <source>Stop tours</source>
      <translation>Айналымдарды тоқтату</translation>
    </message>
    <message>
      <source>Save layout as…</source>
      <translation>Орналасуды басқа атпен сақтау…</translation>
    </message>
    <message>
      <source>Open saved layout</source>
      <translation>Сақталған орналасуды ашу</translation>
    </message>
    <message>
      <source>Share this layout</source>
      <translation>Осы орналасуды бөлісу</translation>
    </message>
    <message>
      <source>Get shared layouts</source>
      <translation>Ортақ орналасуларді алу</translation>
    </message>
    <message>
      <source>Full screen</source>
      <translation>Толық экран</translation>
    </message>
    <message>
      <source>Restore layout</source>
      <translation>Орналасуды қайтару</translation>
    </message>
    <message>
      <source>Maximise</source>
      <translation>Толық экранға ашу</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Жалғастыру</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Кідірту</translation>
    </message>
    <message>
      <source>Reset zoom</source>
      <translation>Үлкейтуді қалпына келтіру</translation>
    </message>
    <message>
      <source>Tour</source>
      <translation>Айналым</translation>
    </message>
    <message>
      <source>Send layout to monitor</source>
      <translation>Орналасуды мониторға жіберу</translation>
    </message>
    <message>
      <source>Open a wall on every monitor</source>
      <translation>Әр мониторда қабырға ашу</translation>
    </message>
    <message>
      <source>This tile through every camera, {seconds} s each</source>
      <translation>Осы ұяшық барлық камера бойынша, әрқайсысы {seconds} с</translation>
    </message>
    <message>
      <source>The wall through every camera, {seconds} s a page</source>
      <translation>Қабырға барлық камера бойынша, бетке {seconds} с</translation>
    </message>
    <message>
      <source>Send camera to monitor</source>
      <translation>Камераны мониторға жіберу</translation>
    </message>
  </context>
  <context>
    <name>WallScreens</name>
    <message>
      <source>Monitor {name} disconnected: its wall comes back when the monitor does</source>
      <translation>{name} мониторы ажыратылды: оның қабырғасы монитор қосылғанда қайтады</translation>
    </message>
    <message>
      <source>{number}: {name}</source>
      <translation>{number}: {name}</translation>
    </message>
    <message>
      <source>Monitor {number}</source>
      <translation>{number}-монитор</translation>
    </message>
    <message>
      <source>Monitor {name} connected: its wall is back</source>
      <translation>{name} мониторы қосылды: оның қабырғасы қайтты</translation>
    </message>
    <message>
      <source>Monitor {name} connected: right-click a tile to send a camera or the layout to it</source>
      <translation>{name} мониторы қосылды: оған камераны не орналасуды жіберу үшін ұяшықты тінтуірдің оң жағымен басыңыз</translation>
    </message>
  </context>
  <context>
    <name>WallWindow</name>
    <message>
      <source>Qala wall: monitor {number} ({name})</source>
      <translation>Qala қабырғасы: {number}-монитор ({name})</translation>
    </message>
  </context>
</TS>
