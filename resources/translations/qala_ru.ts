<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>GeoLayers</name>
    <message>
      <source>Add file...</source>
      <translation>Добавить файл...</translation>
    </message>
    <message>
      <source>Map layers</source>
      <translation>Слои карты</translation>
    </message>
    <message>
      <source>Add map layer</source>
      <translation>Добавить слой карты</translation>
    </message>
    <message>
      <source>Map layers (*.geojson *.json *.csv)</source>
      <translation>Слои карты (*.geojson *.json *.csv)</translation>
    </message>
    <message>
      <source>{file}: {n} features</source>
      <translation>{file}: объектов {n}</translation>
    </message>
    <message>
      <source>cannot load {file}: {error}</source>
      <translation>не удалось загрузить {file}: {error}</translation>
    </message>
    <message>
      <source>{file} is broken, keeping the previous version: {error}</source>
      <translation>{file} повреждён, оставлена прежняя версия: {error}</translation>
    </message>
    <message>
      <source>Hydrants</source>
      <translation>Гидранты</translation>
    </message>
    <message>
      <source>Schools</source>
      <translation>Школы</translation>
    </message>
    <message>
      <source>Hospitals</source>
      <translation>Больницы</translation>
    </message>
    <message>
      <source>Districts</source>
      <translation>Районы</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Прочее</translation>
    </message>
    <message>
      <source>{n} features skipped, first: {why}</source>
      <translation>пропущено объектов: {n}, первый: {why}</translation>
    </message>
  </context>
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
    <name>MqttSos</name>
    <message>
      <source>MQTT: not configured</source>
      <translation>MQTT: не настроен</translation>
    </message>
    <message>
      <source>SOS (MQTT)</source>
      <translation>SOS (MQTT)</translation>
    </message>
    <message>
      <source>MQTT: connecting to {where}</source>
      <translation>MQTT: подключение к {where}</translation>
    </message>
    <message>
      <source>MQTT: online ({where})</source>
      <translation>MQTT: в сети ({where})</translation>
    </message>
    <message>
      <source>MQTT: offline ({where})</source>
      <translation>MQTT: нет связи ({where})</translation>
    </message>
    <message>
      <source>MQTT: stopped</source>
      <translation>MQTT: остановлен</translation>
    </message>
    <message>
      <source>SOS pressed at {point}</source>
      <translation>Нажата кнопка SOS: {point}</translation>
    </message>
    <message>
      <source>MQTT broker unreachable: {why}</source>
      <translation>MQTT-брокер недоступен: {why}</translation>
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
      <translation>&amp;Сервис</translation>
    </message>
    <message>
      <source>&amp;Plugins...</source>
      <translation>&amp;Плагины...</translation>
    </message>
    <message>
      <source>Plugin {name} failed and was disabled: {error}</source>
      <translation>Плагин {name} дал сбой и отключён: {error}</translation>
    </message>
    <message>
      <source>Plugin {name} blocked the console for {ms} ms ({hook})</source>
      <translation>Плагин {name} заблокировал консоль на {ms} мс ({hook})</translation>
    </message>
  </context>
  <context>
    <name>PluginManager</name>
    <message>
      <source>active</source>
      <translation>активен</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>отключён</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>сбой</translation>
    </message>
    <message>
      <source>incompatible</source>
      <translation>несовместим</translation>
    </message>
    <message>
      <source>broken</source>
      <translation>повреждён</translation>
    </message>
    <message>
      <source>Plugins</source>
      <translation>Плагины</translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>Включён</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>API</source>
      <translation>API</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>Последняя ошибка</translation>
    </message>
    <message>
      <source>Error: {text}</source>
      <translation>Ошибка: {text}</translation>
    </message>
    <message>
      <source>Slow: {text}</source>
      <translation>Медленно: {text}</translation>
    </message>
    <message>
      <source>Plugin API of this console: {version}</source>
      <translation>API плагинов этой консоли: {version}</translation>
    </message>
    <message>
      <source>Provides: {list}</source>
      <translation>Предоставляет: {list}</translation>
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
    <message>
      <source>paused</source>
      <translation>пауза</translation>
    </message>
  </context>
  <context>
    <name>WallKeyboard</name>
    <message>
      <source>number, Enter</source>
      <translation>номер, Enter</translation>
    </message>
    <message>
      <source>call that camera into the selected tile</source>
      <translation>вывести эту камеру в выбранную ячейку</translation>
    </message>
    <message>
      <source>arrows</source>
      <translation>стрелки</translation>
    </message>
    <message>
      <source>move the selection</source>
      <translation>переместить выделение</translation>
    </message>
    <message>
      <source>maximise the selected tile on the main stream, and back</source>
      <translation>развернуть выбранную ячейку на основном потоке и обратно</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>Пробел</translation>
    </message>
    <message>
      <source>pause or resume the selected tile</source>
      <translation>приостановить или продолжить выбранную ячейку</translation>
    </message>
    <message>
      <source>clear the number, leave the maximised tile</source>
      <translation>стереть номер, выйти из развёрнутой ячейки</translation>
    </message>
    <message>
      <source>wheel, drag</source>
      <translation>колесо, перетаскивание</translation>
    </message>
    <message>
      <source>digital zoom and pan inside a tile</source>
      <translation>цифровое увеличение и сдвиг в ячейке</translation>
    </message>
    <message>
      <source>double click</source>
      <translation>двойной щелчок</translation>
    </message>
    <message>
      <source>maximise a tile, and back</source>
      <translation>развернуть ячейку и обратно</translation>
    </message>
    <message>
      <source>show or hide this help</source>
      <translation>показать или скрыть эту справку</translation>
    </message>
    <message>
      <source>Wall keyboard</source>
      <translation>Клавиатура видеостены</translation>
    </message>
    <message>
      <source>No camera {number}</source>
      <translation>Нет камеры {number}</translation>
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
      <translation>Рамки</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Подписи</translation>
    </message>
    <message>
      <source>Tracks</source>
      <translation>Треки</translation>
    </message>
    <message>
      <source>Zones and lines</source>
      <translation>Зоны и линии</translation>
    </message>
    <message>
      <source>Overlays on this tile</source>
      <translation>Оверлеи в этой ячейке</translation>
    </message>
    <message>
      <source>Overlays on the wall</source>
      <translation>Оверлеи на всей стене</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Раскладка</translation>
    </message>
    <message>
      <source>Restore layout</source>
      <translation>Вернуть раскладку</translation>
    </message>
    <message>
      <source>Maximise</source>
      <translation>Развернуть</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Продолжить</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Пауза</translation>
    </message>
    <message>
      <source>Reset zoom</source>
      <translation>Сбросить увеличение</translation>
    </message>
    <message>
      <source>Send to monitor</source>
      <translation>Отправить на монитор</translation>
    </message>
  </context>
</TS>
