<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>DroneView</name>
    <message>
      <source>traffic violation</source>
      <translation>нарушение ПДД</translation>
    </message>
    <message>
      <source>public order</source>
      <translation>общественный порядок</translation>
    </message>
    <message>
      <source>illegal dump</source>
      <translation>незаконная свалка</translation>
    </message>
    <message>
      <source>utility fault</source>
      <translation>коммунальная авария</translation>
    </message>
    <message>
      <source>sanitation</source>
      <translation>санитария</translation>
    </message>
    <message>
      <source>fire / smoke</source>
      <translation>пожар / дым</translation>
    </message>
    <message>
      <source>crowd</source>
      <translation>скопление людей</translation>
    </message>
    <message>
      <source>road damage</source>
      <translation>повреждение дороги</translation>
    </message>
    <message>
      <source>other</source>
      <translation>другое</translation>
    </message>
    <message>
      <source>TIME {time}</source>
      <translation>ВРЕМЯ {time}</translation>
    </message>
    <message>
      <source>no telemetry for this frame</source>
      <translation>нет телеметрии для этого кадра</translation>
    </message>
    <message>
      <source>ALT {value}</source>
      <translation>ВЫС {value}</translation>
    </message>
    <message>
      <source>HDG {value}</source>
      <translation>КУРС {value}</translation>
    </message>
    <message>
      <source>SPD {value}</source>
      <translation>СКОР {value}</translation>
    </message>
    <message>
      <source>POS {lat} {lon}</source>
      <translation>ПОЗ {lat} {lon}</translation>
    </message>
    <message>
      <source>note for the next tag (optional)</source>
      <translation>заметка к следующей метке (необязательно)</translation>
    </message>
    <message>
      <source>no drone</source>
      <translation>нет дрона</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Review…</source>
      <translation>Просмотр…</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Прямой эфир</translation>
    </message>
    <message>
      <source>Export clip</source>
      <translation>Экспорт клипа</translation>
    </message>
    <message>
      <source>Record the drone stream</source>
      <translation>Записать поток дрона</translation>
    </message>
    <message>
      <source>Review a recorded flight</source>
      <translation>Просмотр записанного полёта</translation>
    </message>
    <message>
      <source>Export the tagged clip</source>
      <translation>Экспорт клипа с меткой</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>метка</translation>
    </message>
    <message>
      <source>nothing to tag: no picture</source>
      <translation>нечего отмечать: нет изображения</translation>
    </message>
    <message>
      <source>tagged: {category}</source>
      <translation>отмечено: {category}</translation>
    </message>
    <message>
      <source>choose a tag of a recorded flight first</source>
      <translation>сначала выберите метку записанного полёта</translation>
    </message>
    <message>
      <source>Stop recording</source>
      <translation>Остановить запись</translation>
    </message>
    <message>
      <source>LIVE {camera}</source>
      <translation>ЭФИР {camera}</translation>
    </message>
    <message>
      <source>REVIEW {file}</source>
      <translation>ПРОСМОТР {file}</translation>
    </message>
    <message>
      <source>recorded {file}</source>
      <translation>записано: {file}</translation>
    </message>
    <message>
      <source>exported {frames} frames to {file}</source>
      <translation>экспортировано кадров: {frames} в {file}</translation>
    </message>
    <message>
      <source>backend unreachable, tags are kept</source>
      <translation>сервер недоступен, метки сохранены</translation>
    </message>
    <message>
      <source>KLV packets: {good}, bad: {bad}</source>
      <translation>пакетов KLV: {good}, с ошибкой: {bad}</translation>
    </message>
    <message>
      <source>tags: {count}, waiting to send: {pending}</source>
      <translation>меток: {count}, ожидают отправки: {pending}</translation>
    </message>
    <message>
      <source>recording {file}</source>
      <translation>идёт запись: {file}</translation>
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
      <source>Drone</source>
      <translation>Дрон</translation>
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
