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
    <name>ConsoleMenus</name>
    <message>
      <source>&amp;Site</source>
      <translation>&amp;Нысан</translation>
    </message>
    <message>
      <source>Switch to</source>
      <translation>Ауысу</translation>
    </message>
    <message>
      <source>Add site…</source>
      <translation>Нысан қосу…</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Шығу</translation>
    </message>
    <message>
      <source>&amp;Incident</source>
      <translation>&amp;Оқиға</translation>
    </message>
    <message>
      <source>Acknowledge selected incident</source>
      <translation>Таңдалған оқиғаны қабылдау</translation>
    </message>
    <message>
      <source>&amp;Administration</source>
      <translation>Ә&amp;кімшілік</translation>
    </message>
    <message>
      <source>Users…</source>
      <translation>Пайдаланушылар…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Тіл</translation>
    </message>
    <message>
      <source>signed out</source>
      <translation>жүйеден шықты</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Пайдаланушылар</translation>
    </message>
    <message>
      <source>Select an incident first</source>
      <translation>Алдымен оқиғаны таңдаңыз</translation>
    </message>
    <message>
      <source>not signed in</source>
      <translation>кірмеген</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Нысан</translation>
    </message>
    <message>
      <source>Acknowledged {id}</source>
      <translation>{id} қабылданды</translation>
    </message>
    <message>
      <source>Cannot open {name}: {reason}</source>
      <translation>{name} ашылмады: {reason}</translation>
    </message>
  </context>
  <context>
    <name>DroneView</name>
    <message>
      <source>traffic violation</source>
      <translation>жол ережесін бұзу</translation>
    </message>
    <message>
      <source>public order</source>
      <translation>қоғамдық тәртіп</translation>
    </message>
    <message>
      <source>illegal dump</source>
      <translation>заңсыз қоқыс</translation>
    </message>
    <message>
      <source>utility fault</source>
      <translation>коммуналдық апат</translation>
    </message>
    <message>
      <source>sanitation</source>
      <translation>санитария</translation>
    </message>
    <message>
      <source>fire / smoke</source>
      <translation>өрт / түтін</translation>
    </message>
    <message>
      <source>crowd</source>
      <translation>топ адам</translation>
    </message>
    <message>
      <source>road damage</source>
      <translation>жол бұзылуы</translation>
    </message>
    <message>
      <source>other</source>
      <translation>басқа</translation>
    </message>
    <message>
      <source>TIME {time}</source>
      <translation>УАҚЫТ {time}</translation>
    </message>
    <message>
      <source>no telemetry for this frame</source>
      <translation>бұл кадрдың телеметриясы жоқ</translation>
    </message>
    <message>
      <source>ALT {value}</source>
      <translation>БИІК {value}</translation>
    </message>
    <message>
      <source>HDG {value}</source>
      <translation>БАҒЫТ {value}</translation>
    </message>
    <message>
      <source>SPD {value}</source>
      <translation>ЖЫЛД {value}</translation>
    </message>
    <message>
      <source>POS {lat} {lon}</source>
      <translation>ОРЫН {lat} {lon}</translation>
    </message>
    <message>
      <source>note for the next tag (optional)</source>
      <translation>келесі белгіге ескертпе (міндетті емес)</translation>
    </message>
    <message>
      <source>no drone</source>
      <translation>дрон жоқ</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Жазу</translation>
    </message>
    <message>
      <source>Review…</source>
      <translation>Қарау…</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Тікелей</translation>
    </message>
    <message>
      <source>Export clip</source>
      <translation>Клипті экспорттау</translation>
    </message>
    <message>
      <source>Record the drone stream</source>
      <translation>Дрон ағынын жазу</translation>
    </message>
    <message>
      <source>Review a recorded flight</source>
      <translation>Жазылған ұшуды қарау</translation>
    </message>
    <message>
      <source>Export the tagged clip</source>
      <translation>Белгіленген клипті экспорттау</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>белгі</translation>
    </message>
    <message>
      <source>nothing to tag: no picture</source>
      <translation>белгілейтін ештеңе жоқ: сурет жоқ</translation>
    </message>
    <message>
      <source>tagged: {category}</source>
      <translation>белгіленді: {category}</translation>
    </message>
    <message>
      <source>choose a tag of a recorded flight first</source>
      <translation>алдымен жазылған ұшудың белгісін таңдаңыз</translation>
    </message>
    <message>
      <source>Stop recording</source>
      <translation>Жазуды тоқтату</translation>
    </message>
    <message>
      <source>LIVE {camera}</source>
      <translation>ТІКЕЛЕЙ {camera}</translation>
    </message>
    <message>
      <source>REVIEW {file}</source>
      <translation>ҚАРАУ {file}</translation>
    </message>
    <message>
      <source>recorded {file}</source>
      <translation>жазылды: {file}</translation>
    </message>
    <message>
      <source>exported {frames} frames to {file}</source>
      <translation>{frames} кадр {file} файлына экспортталды</translation>
    </message>
    <message>
      <source>backend unreachable, tags are kept</source>
      <translation>сервер қолжетімсіз, белгілер сақталады</translation>
    </message>
    <message>
      <source>KLV packets: {good}, bad: {bad}</source>
      <translation>KLV пакеттері: {good}, қате: {bad}</translation>
    </message>
    <message>
      <source>tags: {count}, waiting to send: {pending}</source>
      <translation>белгілер: {count}, жіберуді күтуде: {pending}</translation>
    </message>
    <message>
      <source>recording {file}</source>
      <translation>жазылуда: {file}</translation>
    </message>
  </context>
  <context>
    <name>GeoLayers</name>
    <message>
      <source>Add file...</source>
      <translation>Файл қосу...</translation>
    </message>
    <message>
      <source>Map layers</source>
      <translation>Карта қабаттары</translation>
    </message>
    <message>
      <source>Add map layer</source>
      <translation>Карта қабатын қосу</translation>
    </message>
    <message>
      <source>Map layers (*.geojson *.json *.csv)</source>
      <translation>Карта қабаттары (*.geojson *.json *.csv)</translation>
    </message>
    <message>
      <source>cannot load {file}: {error}</source>
      <translation>{file} жүктелмеді: {error}</translation>
    </message>
    <message>
      <source>{file} is broken, keeping the previous version: {error}</source>
      <translation>{file} бүлінген, алдыңғы нұсқасы қалды: {error}</translation>
    </message>
    <message>
      <source>{file}: {n} features</source>
      <translation>{file}: {n} нысан</translation>
    </message>
    <message>
      <source>Hydrants</source>
      <translation>Гидранттар</translation>
    </message>
    <message>
      <source>Schools</source>
      <translation>Мектептер</translation>
    </message>
    <message>
      <source>Hospitals</source>
      <translation>Ауруханалар</translation>
    </message>
    <message>
      <source>Districts</source>
      <translation>Аудандар</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Басқа</translation>
    </message>
    <message>
      <source>{n} features skipped, first: {why}</source>
      <translation>{n} нысан өткізілді, біріншісі: {why}</translation>
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
      <source>operator</source>
      <translation>оператор</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>ауысым басшысы</translation>
    </message>
    <message>
      <source>drone pilot</source>
      <translation>дрон операторы</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>әкімші</translation>
    </message>
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
      <source>Drone</source>
      <translation>Дрон</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>қосылуда</translation>
    </message>
    <message>
      <source>sign-in off</source>
      <translation>кіру өшірулі</translation>
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
      <source>{user} ({role})</source>
      <translation>{user} ({role})</translation>
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
    <name>MapPane</name>
    <message>
      <source>Basemap</source>
      <translation>Негізгі карта</translation>
    </message>
    <message>
      <source>Districts</source>
      <translation>Аудандар</translation>
    </message>
    <message>
      <source>Roads</source>
      <translation>Жолдар</translation>
    </message>
    <message>
      <source>Cameras</source>
      <translation>Камералар</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Оқиғалар</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Экипаждар</translation>
    </message>
    <message>
      <source>Drones</source>
      <translation>Дрондар</translation>
    </message>
    <message>
      <source>SOS points</source>
      <translation>SOS нүктелері</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <source>Open in selected tile</source>
      <translation>Таңдалған ұяшықта ашу</translation>
    </message>
    <message>
      <source>Find a street, district or place</source>
      <translation>Көшені, ауданды немесе орынды табу</translation>
    </message>
    <message>
      <source>Layers</source>
      <translation>Қабаттар</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Өлшеу</translation>
    </message>
    <message>
      <source>street</source>
      <translation>көше</translation>
    </message>
    <message>
      <source>district</source>
      <translation>аудан</translation>
    </message>
    <message>
      <source>landmark</source>
      <translation>бағдар</translation>
    </message>
    <message>
      <source>SOS point</source>
      <translation>SOS нүктесі</translation>
    </message>
    <message>
      <source>search: backend unavailable, showing local names</source>
      <translation>іздеу: сервер қолжетімсіз, жергілікті атаулар көрсетілді</translation>
    </message>
    <message>
      <source>no place matches “{text}”</source>
      <translation>«{text}» бойынша орын табылмады</translation>
    </message>
    <message>
      <source>distance: {d} (click to add points, Esc to finish)</source>
      <translation>қашықтық: {d} (нүкте қосу үшін басыңыз, аяқтау үшін Esc)</translation>
    </message>
    <message>
      <source>following {name}</source>
      <translation>{name} бақылануда</translation>
    </message>
  </context>
  <context>
    <name>MapView</name>
    <message>
      <source>camera</source>
      <translation>камера</translation>
    </message>
    <message>
      <source>PTZ camera</source>
      <translation>PTZ камера</translation>
    </message>
    <message>
      <source>unit available</source>
      <translation>экипаж бос</translation>
    </message>
    <message>
      <source>en route</source>
      <translation>жолда</translation>
    </message>
    <message>
      <source>on scene</source>
      <translation>оқиға орнында</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>бос емес</translation>
    </message>
    <message>
      <source>critical</source>
      <translation>шұғыл</translation>
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
      <source>drone</source>
      <translation>дрон</translation>
    </message>
    <message>
      <source>SOS point</source>
      <translation>SOS нүктесі</translation>
    </message>
    <message>
      <source>Stop following</source>
      <translation>Бақылауды тоқтату</translation>
    </message>
    <message>
      <source>Follow {name}</source>
      <translation>{name} бақылау</translation>
    </message>
  </context>
  <context>
    <name>MqttSos</name>
    <message>
      <source>MQTT: not configured</source>
      <translation>MQTT: бапталмаған</translation>
    </message>
    <message>
      <source>SOS (MQTT)</source>
      <translation>SOS (MQTT)</translation>
    </message>
    <message>
      <source>MQTT: connecting to {where}</source>
      <translation>MQTT: {where} қосылуда</translation>
    </message>
    <message>
      <source>MQTT: online ({where})</source>
      <translation>MQTT: желіде ({where})</translation>
    </message>
    <message>
      <source>MQTT: offline ({where})</source>
      <translation>MQTT: желіден тыс ({where})</translation>
    </message>
    <message>
      <source>MQTT: stopped</source>
      <translation>MQTT: тоқтатылды</translation>
    </message>
    <message>
      <source>MQTT broker unreachable: {why}</source>
      <translation>MQTT брокері қолжетімсіз: {why}</translation>
    </message>
    <message>
      <source>SOS pressed at {point} (location unknown)</source>
      <translation>{point} нүктесінде SOS басылды (орны белгісіз)</translation>
    </message>
    <message>
      <source>SOS pressed at {point}</source>
      <translation>{point} нүктесінде SOS басылды</translation>
    </message>
    <message>
      <source>MQTT: {error}</source>
      <translation>MQTT: {error}</translation>
    </message>
  </context>
  <context>
    <name>PluginApi</name>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Құралдар</translation>
    </message>
    <message>
      <source>&amp;Plugins...</source>
      <translation>&amp;Плагиндер...</translation>
    </message>
    <message>
      <source>Plugin {name} failed and was disabled: {error}</source>
      <translation>{name} плагині қате беріп, өшірілді: {error}</translation>
    </message>
    <message>
      <source>Plugin {name} blocked the console for {ms} ms ({hook})</source>
      <translation>{name} плагині консольді {ms} мс бөгеді ({hook})</translation>
    </message>
  </context>
  <context>
    <name>PluginManager</name>
    <message>
      <source>active</source>
      <translation>белсенді</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>өшірулі</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>қате</translation>
    </message>
    <message>
      <source>incompatible</source>
      <translation>үйлесімсіз</translation>
    </message>
    <message>
      <source>broken</source>
      <translation>зақымдалған</translation>
    </message>
    <message>
      <source>Plugins</source>
      <translation>Плагиндер</translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>Қосулы</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Нұсқа</translation>
    </message>
    <message>
      <source>API</source>
      <translation>API</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Күйі</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>Соңғы қате</translation>
    </message>
    <message>
      <source>Error: {text}</source>
      <translation>Қате: {text}</translation>
    </message>
    <message>
      <source>Slow: {text}</source>
      <translation>Баяу: {text}</translation>
    </message>
    <message>
      <source>Plugin API of this console: {version}</source>
      <translation>Осы консольдің плагин API нұсқасы: {version}</translation>
    </message>
    <message>
      <source>Provides: {list}</source>
      <translation>Ұсынады: {list}</translation>
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
    <name>SignInDialog</name>
    <message>
      <source>Wrong user name or password.</source>
      <translation>Пайдаланушы аты немесе құпия сөз қате.</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Кіру</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Пайдаланушы аты</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Құпия сөз</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <source>Site: {name}</source>
      <translation>Нысан: {name}</translation>
    </message>
  </context>
  <context>
    <name>SiteDialog</name>
    <message>
      <source>system certificates</source>
      <translation>жүйелік сертификаттар</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Шолу…</translation>
    </message>
    <message>
      <source>Allow unencrypted http to another machine (not recommended)</source>
      <translation>Басқа компьютерге шифрланбаған http рұқсат ету (ұсынылмайды)</translation>
    </message>
    <message>
      <source>Site name</source>
      <translation>Нысан атауы</translation>
    </message>
    <message>
      <source>Backend URL</source>
      <translation>Сервер мекенжайы</translation>
    </message>
    <message>
      <source>CA certificate</source>
      <translation>CA сертификаты</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Пайдаланушы аты</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сақтау</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer)</source>
      <translation>Сертификаттар (*.pem *.crt *.cer)</translation>
    </message>
    <message>
      <source>Welcome to Qala Console</source>
      <translation>Qala Console-ға қош келдіңіз</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Нысан</translation>
    </message>
    <message>
      <source>Add the site this console works for: its backend address and, if the site uses its own certificate authority, the CA certificate file.</source>
      <translation>Осы консоль жұмыс істейтін нысанды қосыңыз: сервер мекенжайы және, егер нысанның өз сертификаттау орталығы болса, CA сертификатының файлы.</translation>
    </message>
    <message>
      <source>Try the demo city</source>
      <translation>Демо-қаланы көру</translation>
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
      <source>full screen on this monitor, and back</source>
      <translation>осы мониторда толық экран және кері қайтару</translation>
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
