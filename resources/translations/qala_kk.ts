<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
      <source>{file}: {n} features</source>
      <translation>{file}: {n} нысан</translation>
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
      <source>SOS pressed at {point}</source>
      <translation>{point} нүктесінде SOS басылды</translation>
    </message>
    <message>
      <source>MQTT broker unreachable: {why}</source>
      <translation>MQTT брокері қолжетімсіз: {why}</translation>
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
