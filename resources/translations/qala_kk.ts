<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
