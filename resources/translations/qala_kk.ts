<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>IncidentDesk</name>
    <message>
      <source>New incident [Ins]</source>
      <translation>Жаңа оқиға [Ins]</translation>
    </message>
    <message>
      <source>all actions delivered</source>
      <translation>барлық әрекеттер жеткізілді</translation>
    </message>
    <message>
      <source>Operator: {name}</source>
      <translation>Оператор: {name}</translation>
    </message>
    <message>
      <source>offline, {n} actions queued</source>
      <translation>байланыс жоқ, кезекте {n} әрекет</translation>
    </message>
    <message>
      <source>sending {n} actions</source>
      <translation>{n} әрекет жіберілуде</translation>
    </message>
  </context>
  <context>
    <name>IncidentDetail</name>
    <message>
      <source>Acknowledge</source>
      <translation>Қабылдау</translation>
    </message>
    <message>
      <source>Dispatch</source>
      <translation>Жіберу</translation>
    </message>
    <message>
      <source>En route</source>
      <translation>Жолда</translation>
    </message>
    <message>
      <source>On scene</source>
      <translation>Орнында</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Шешілді</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <source>False alarm</source>
      <translation>Жалған дабыл</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Беру</translation>
    </message>
    <message>
      <source>The unit is no longer available; choose another one.</source>
      <translation>Бұл экипаж енді бос емес; басқасын таңдаңыз.</translation>
    </message>
    <message>
      <source>No incident selected</source>
      <translation>Оқиға таңдалмаған</translation>
    </message>
    <message>
      <source>Add a note and press Enter</source>
      <translation>Жазба қосып, Enter басыңыз</translation>
    </message>
    <message>
      <source>Transfer to (service or agency):</source>
      <translation>Кімге беру (қызмет немесе ведомство):</translation>
    </message>
    <message>
      <source>Looking for the nearest unit…</source>
      <translation>Ең жақын экипаж ізделуде…</translation>
    </message>
    <message>
      <source>{owner} has taken this incident; your action was not applied.</source>
      <translation>{owner} бұл оқиғаны алды; сіздің әрекетіңіз қолданылмады.</translation>
    </message>
    <message>
      <source>The incident has changed meanwhile; this step no longer applies.</source>
      <translation>Осы уақытта оқиға өзгерді; бұл қадам енді қолданылмайды.</translation>
    </message>
    <message>
      <source>The backend refused the action.</source>
      <translation>Сервер әрекетті қабылдамады.</translation>
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation>{m} мин {s} с</translation>
    </message>
    <message>
      <source>{s} s</source>
      <translation>{s} с</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Тексеру тізімі</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Әрекеттер журналы</translation>
    </message>
    <message>
      <source>Related incidents (same place and time)</source>
      <translation>Байланысты оқиғалар (сол орын мен уақыт)</translation>
    </message>
    <message>
      <source>Not taken by anyone</source>
      <translation>Ешкім алмаған</translation>
    </message>
    <message>
      <source>No snapshot: the image could not be read</source>
      <translation>Кадр жоқ: суретті оқу мүмкін болмады</translation>
    </message>
    <message>
      <source>new incident</source>
      <translation>жаңа оқиға</translation>
    </message>
    <message>
      <source>Refused: {action} on “{title}”. {why}</source>
      <translation>Қабылданбады: «{title}» бойынша {action}. {why}</translation>
    </message>
    <message>
      <source>No unit is available</source>
      <translation>Бос экипаж жоқ</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>Сіздікі</translation>
    </message>
    <message>
      <source>{call_sign} ({kind}) {km} km, ETA {eta}</source>
      <translation>{call_sign} ({kind}) {km} км, келуі {eta}</translation>
    </message>
    <message>
      <source>(not the usual kind for this incident)</source>
      <translation>(бұл оқиғаға әдеттегі түрі емес)</translation>
    </message>
    <message>
      <source>Dispatch {call_sign}, ETA {eta}? Enter confirms, Esc cancels.</source>
      <translation>{call_sign} жіберу керек пе, келуі {eta}? Enter – растау, Esc – болдырмау.</translation>
    </message>
    <message>
      <source>{n} action(s) queued → {status}</source>
      <translation>кезекте {n} әрекет → {status}</translation>
    </message>
    <message>
      <source>units: {units}</source>
      <translation>экипаждар: {units}</translation>
    </message>
    <message>
      <source>Owned by {owner}</source>
      <translation>Иесі: {owner}</translation>
    </message>
    <message>
      <source>Activity unavailable: {reason}</source>
      <translation>Журнал қолжетімсіз: {reason}</translation>
    </message>
    <message>
      <source>No snapshot: {reason}</source>
      <translation>Кадр жоқ: {reason}</translation>
    </message>
    <message>
      <source>Not allowed: {reason}</source>
      <translation>Рұқсат етілмейді: {reason}</translation>
    </message>
    <message>
      <source>No suggestion while the backend is unreachable ({reason})</source>
      <translation>Сервер қолжетімсіз кезде ұсыныс жоқ ({reason})</translation>
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
    <name>IncidentQueue</name>
    <message>
      <source>Time</source>
      <translation>Уақыт</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Маңыздылық</translation>
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
      <source>District</source>
      <translation>Аудан</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Күйі</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Иесі</translation>
    </message>
    <message>
      <source>me</source>
      <translation>мен</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>Барлық түрлер</translation>
    </message>
    <message>
      <source>All districts</source>
      <translation>Барлық аудандар</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ашық</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Барлық күйлер</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Менікі</translation>
    </message>
    <message>
      <source>Owned by {owner}</source>
      <translation>Иесі: {owner}</translation>
    </message>
  </context>
  <context>
    <name>IncidentWords</name>
    <message>
      <source>Traffic violation</source>
      <translation>Жол ережесін бұзу</translation>
    </message>
    <message>
      <source>Road accident</source>
      <translation>Жол-көлік оқиғасы</translation>
    </message>
    <message>
      <source>Public order</source>
      <translation>Қоғамдық тәртіп</translation>
    </message>
    <message>
      <source>Vandalism</source>
      <translation>Вандализм</translation>
    </message>
    <message>
      <source>SOS call</source>
      <translation>SOS шақыру</translation>
    </message>
    <message>
      <source>Fire / smoke</source>
      <translation>Өрт / түтін</translation>
    </message>
    <message>
      <source>Illegal dump</source>
      <translation>Заңсыз қоқыс үйіндісі</translation>
    </message>
    <message>
      <source>Sanitation</source>
      <translation>Санитария</translation>
    </message>
    <message>
      <source>Street lighting fault</source>
      <translation>Көше жарығының ақауы</translation>
    </message>
    <message>
      <source>Water network fault</source>
      <translation>Су желісінің ақауы</translation>
    </message>
    <message>
      <source>Heating network fault</source>
      <translation>Жылу желісінің ақауы</translation>
    </message>
    <message>
      <source>Power network fault</source>
      <translation>Электр желісінің ақауы</translation>
    </message>
    <message>
      <source>Road damage</source>
      <translation>Жолдың бұзылуы</translation>
    </message>
    <message>
      <source>Resident report</source>
      <translation>Тұрғынның өтініші</translation>
    </message>
    <message>
      <source>new</source>
      <translation>жаңа</translation>
    </message>
    <message>
      <source>acknowledged</source>
      <translation>қабылданды</translation>
    </message>
    <message>
      <source>dispatched</source>
      <translation>жіберілді</translation>
    </message>
    <message>
      <source>en route</source>
      <translation>жолда</translation>
    </message>
    <message>
      <source>on scene</source>
      <translation>орнында</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>шешілді</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>жабылды</translation>
    </message>
    <message>
      <source>false alarm</source>
      <translation>жалған дабыл</translation>
    </message>
    <message>
      <source>transferred</source>
      <translation>берілді</translation>
    </message>
    <message>
      <source>available</source>
      <translation>бос</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>бос емес</translation>
    </message>
    <message>
      <source>out of service</source>
      <translation>жұмыста емес</translation>
    </message>
    <message>
      <source>critical</source>
      <translation>аса маңызды</translation>
    </message>
    <message>
      <source>high</source>
      <translation>жоғары</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>орташа</translation>
    </message>
    <message>
      <source>low</source>
      <translation>төмен</translation>
    </message>
    <message>
      <source>police</source>
      <translation>полиция</translation>
    </message>
    <message>
      <source>ambulance</source>
      <translation>жедел жәрдем</translation>
    </message>
    <message>
      <source>utility crew</source>
      <translation>коммуналдық бригада</translation>
    </message>
    <message>
      <source>fire</source>
      <translation>өрт сөндіру</translation>
    </message>
    <message>
      <source>created</source>
      <translation>құрылды</translation>
    </message>
    <message>
      <source>status</source>
      <translation>күйі</translation>
    </message>
    <message>
      <source>note</source>
      <translation>жазба</translation>
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
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>New incident (resident's report)</source>
      <translation>Жаңа оқиға (тұрғынның өтініші)</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Маңыздылық</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Сипаттама</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Орны</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Құру</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation>Ендік</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation>Бойлық</translation>
    </message>
    <message>
      <source>Click the map to pick the place, or type the coordinates:</source>
      <translation>Орынды картадан таңдаңыз немесе координаттарды енгізіңіз:</translation>
    </message>
    <message>
      <source>Cannot create: {reason}</source>
      <translation>Құру мүмкін емес: {reason}</translation>
    </message>
  </context>
  <context>
    <name>SosAlarm</name>
    <message>
      <source>SOS: {name}</source>
      <translation>SOS: {name}</translation>
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
      <source>Send to monitor</source>
      <translation>Мониторға жіберу</translation>
    </message>
  </context>
</TS>
