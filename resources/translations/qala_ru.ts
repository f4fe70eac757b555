<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>IncidentList</name>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Важность</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>Камера</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
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
      <translation>Камеры</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Карта</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Происшествия</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>подключение</translation>
    </message>
    <message>
      <source>backend: connecting</source>
      <translation>сервер: подключение</translation>
    </message>
    <message>
      <source>backend: online</source>
      <translation>сервер: на связи</translation>
    </message>
    <message>
      <source>backend: offline</source>
      <translation>сервер: нет связи</translation>
    </message>
    <message>
      <source>backend: stopped</source>
      <translation>сервер: остановлен</translation>
    </message>
    <message>
      <source>events/s: {rate}   incidents: {count}</source>
      <translation>событий/с: {rate}   происшествий: {count}</translation>
    </message>
  </context>
  <context>
    <name>VideoTile</name>
    <message>
      <source>connecting</source>
      <translation>подключение</translation>
    </message>
    <message>
      <source>live</source>
      <translation>в эфире</translation>
    </message>
    <message>
      <source>stalled</source>
      <translation>нет кадров</translation>
    </message>
    <message>
      <source>reconnecting</source>
      <translation>переподключение</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>ошибка</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>остановлен</translation>
    </message>
    <message>
      <source>empty</source>
      <translation>пусто</translation>
    </message>
  </context>
</TS>
