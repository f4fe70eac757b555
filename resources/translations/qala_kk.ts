<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
  </context>
</TS>
