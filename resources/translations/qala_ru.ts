<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ArchiveWindow</name>
    <message>
      <source>Play</source>
      <translation>Воспроизвести</translation>
    </message>
    <message>
      <source>Previous frame</source>
      <translation>Предыдущий кадр</translation>
    </message>
    <message>
      <source>Next frame</source>
      <translation>Следующий кадр</translation>
    </message>
    <message>
      <source>Set in</source>
      <translation>Начало</translation>
    </message>
    <message>
      <source>Set out</source>
      <translation>Конец</translation>
    </message>
    <message>
      <source>Export evidence…</source>
      <translation>Экспорт доказательств…</translation>
    </message>
    <message>
      <source>Folder for the evidence</source>
      <translation>Папка для доказательств</translation>
    </message>
    <message>
      <source>exporting…</source>
      <translation>экспорт…</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Архив</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Пауза</translation>
    </message>
    <message>
      <source> (footage held)</source>
      <translation> (запись сохранена)</translation>
    </message>
    <message>
      <source>Evidence exported to {path}</source>
      <translation>Доказательства экспортированы в {path}</translation>
    </message>
    <message>
      <source>Export failed: {reason}</source>
      <translation>Экспорт не удался: {reason}</translation>
    </message>
    <message>
      <source>(hold failed: {reason})</source>
      <translation>(сохранение не удалось: {reason})</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Audit log</source>
      <translation>Журнал аудита</translation>
    </message>
    <message>
      <source>operator (all when empty)</source>
      <translation>оператор (пусто — все)</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>More</source>
      <translation>Ещё</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Происшествие</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>{count} actions</source>
      <translation>Действий: {count}</translation>
    </message>
    <message>
      <source>Audit log unavailable: {reason}</source>
      <translation>Журнал аудита недоступен: {reason}</translation>
    </message>
  </context>
  <context>
    <name>HistoryWindow</name>
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
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>District</source>
      <translation>Район</translation>
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
      <translation>Название</translation>
    </message>
    <message>
      <source>Incident history</source>
      <translation>История происшествий</translation>
    </message>
    <message>
      <source>unit id</source>
      <translation>id экипажа</translation>
    </message>
    <message>
      <source>operator</source>
      <translation>оператор</translation>
    </message>
    <message>
      <source>words in the title</source>
      <translation>слова в названии</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Найти</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Экспорт CSV…</translation>
    </message>
    <message>
      <source>any</source>
      <translation>любой</translation>
    </message>
    <message>
      <source>searching…</source>
      <translation>поиск…</translation>
    </message>
    <message>
      <source> (scroll for more)</source>
      <translation> (прокрутите, чтобы увидеть ещё)</translation>
    </message>
    <message>
      <source>Export incidents</source>
      <translation>Экспорт происшествий</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
      <source>exporting…</source>
      <translation>экспорт…</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>За всё время</translation>
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation>Последние 24 часа</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Последние 7 дней</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Последние 30 дней</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Последний год</translation>
    </message>
    <message>
      <source>Between</source>
      <translation>В интервале</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <source>To</source>
      <translation>По</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Экипаж</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>The start of the period must be before its end.</source>
      <translation>Начало периода должно быть раньше его конца.</translation>
    </message>
    <message>
      <source>Search failed: {reason}</source>
      <translation>Поиск не удался: {reason}</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>Происшествий: {count}</translation>
    </message>
    <message>
      <source>{count} incidents exported to {path}</source>
      <translation>Экспортировано происшествий: {count} в {path}</translation>
    </message>
    <message>
      <source>Export failed: {reason}</source>
      <translation>Экспорт не удался: {reason}</translation>
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
    <message>
      <source>bad data ignored: {count}</source>
      <translation>пропущено ошибочных данных: {count}</translation>
    </message>
    <message>
      <source>Messages from the backend the console could not use</source>
      <translation>Сообщения бэкенда, которые консоль не смогла использовать</translation>
    </message>
  </context>
  <context>
    <name>ReviewCharts</name>
    <message>
      <source>acknowledge</source>
      <translation>принятие</translation>
    </message>
    <message>
      <source>dispatch</source>
      <translation>направление</translation>
    </message>
    <message>
      <source>on scene</source>
      <translation>на месте</translation>
    </message>
    <message>
      <source>resolve</source>
      <translation>решение</translation>
    </message>
    <message>
      <source>Incident charts</source>
      <translation>Графики происшествий</translation>
    </message>
    <message>
      <source>per hour</source>
      <translation>по часам</translation>
    </message>
    <message>
      <source>per day</source>
      <translation>по дням</translation>
    </message>
    <message>
      <source>by type</source>
      <translation>по типу</translation>
    </message>
    <message>
      <source>by district</source>
      <translation>по району</translation>
    </message>
    <message>
      <source>per shift</source>
      <translation>по сменам</translation>
    </message>
    <message>
      <source>per operator</source>
      <translation>по операторам</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <source>incidents</source>
      <translation>происшествия</translation>
    </message>
    <message>
      <source>minutes from creation (bar: median, mark: p90)</source>
      <translation>минуты с создания (столбец: медиана, метка: p90)</translation>
    </message>
    <message>
      <source>loading…</source>
      <translation>загрузка…</translation>
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation>Последние 24 часа</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Последние 7 дней</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Последние 30 дней</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Последний год</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <source>Response times</source>
      <translation>Время реагирования</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>Происшествий: {count}</translation>
    </message>
    <message>
      <source>other</source>
      <translation>прочие</translation>
    </message>
    <message>
      <source>Charts failed: {reason}</source>
      <translation>Графики не загрузились: {reason}</translation>
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
      <translation>&amp;История происшествий…</translation>
    </message>
    <message>
      <source>&amp;Charts…</source>
      <translation>&amp;Графики…</translation>
    </message>
    <message>
      <source>&amp;Audit log…</source>
      <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
      <source>No recorded footage around this incident</source>
      <translation>Нет записи вокруг этого происшествия</translation>
    </message>
    <message>
      <source>Archive unavailable: {reason}</source>
      <translation>Архив недоступен: {reason}</translation>
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
    <name>WallLibrary</name>
    <message>
      <source>Save layout</source>
      <translation>Сохранить раскладку</translation>
    </message>
    <message>
      <source>Layout name:</source>
      <translation>Название раскладки:</translation>
    </message>
    <message>
      <source>Layout not shared: no backend</source>
      <translation>Раскладка не опубликована: нет сервера</translation>
    </message>
    <message>
      <source>No shared layouts: no backend</source>
      <translation>Общих раскладок нет: нет сервера</translation>
    </message>
    <message>
      <source>{count} new shared layouts</source>
      <translation>Новых общих раскладок: {count}</translation>
    </message>
    <message>
      <source>Layout “{name}” saved</source>
      <translation>Раскладка «{name}» сохранена</translation>
    </message>
    <message>
      <source>Layout “{name}” opened</source>
      <translation>Раскладка «{name}» открыта</translation>
    </message>
    <message>
      <source>Layout “{name}” shared</source>
      <translation>Раскладка «{name}» опубликована</translation>
    </message>
    <message>
      <source>{count} invalid ones skipped</source>
      <translation>пропущено неверных: {count}</translation>
    </message>
    <message>
      <source>Layout not saved: {reason}</source>
      <translation>Раскладка не сохранена: {reason}</translation>
    </message>
    <message>
      <source>Layout not opened: {reason}</source>
      <translation>Раскладка не открыта: {reason}</translation>
    </message>
    <message>
      <source>Layout not shared: {reason}</source>
      <translation>Раскладка не опубликована: {reason}</translation>
    </message>
    <message>
      <source>Shared layouts not loaded: {reason}</source>
      <translation>Общие раскладки не загружены: {reason}</translation>
    </message>
    <message>
      <source>Shared layouts not saved: {reason}</source>
      <translation>Общие раскладки не сохранены: {reason}</translation>
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
      <source>Stop tours</source>
      <translation>Остановить обходы</translation>
    </message>
    <message>
      <source>Save layout as…</source>
      <translation>Сохранить раскладку как…</translation>
    </message>
    <message>
      <source>Open saved layout</source>
      <translation>Открыть сохранённую раскладку</translation>
    </message>
    <message>
      <source>Share this layout</source>
      <translation>Опубликовать эту раскладку</translation>
    </message>
    <message>
      <source>Get shared layouts</source>
      <translation>Получить общие раскладки</translation>
    </message>
    <message>
      <source>Full screen</source>
      <translation>Во весь экран</translation>
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
      <source>Tour</source>
      <translation>Обход</translation>
    </message>
    <message>
      <source>Send layout to monitor</source>
      <translation>Отправить раскладку на монитор</translation>
    </message>
    <message>
      <source>Open a wall on every monitor</source>
      <translation>Открыть стену на каждом мониторе</translation>
    </message>
    <message>
      <source>This tile through every camera, {seconds} s each</source>
      <translation>Эта плитка по всем камерам, по {seconds} с</translation>
    </message>
    <message>
      <source>The wall through every camera, {seconds} s a page</source>
      <translation>Стена по всем камерам, по {seconds} с на страницу</translation>
    </message>
    <message>
      <source>Send camera to monitor</source>
      <translation>Отправить камеру на монитор</translation>
    </message>
  </context>
  <context>
    <name>WallScreens</name>
    <message>
      <source>Monitor {name} disconnected: its wall comes back when the monitor does</source>
      <translation>Монитор {name} отключён: его стена вернётся вместе с монитором</translation>
    </message>
    <message>
      <source>{number}: {name}</source>
      <translation>{number}: {name}</translation>
    </message>
    <message>
      <source>Monitor {number}</source>
      <translation>Монитор {number}</translation>
    </message>
    <message>
      <source>Monitor {name} connected: its wall is back</source>
      <translation>Монитор {name} подключён: его стена вернулась</translation>
    </message>
    <message>
      <source>Monitor {name} connected: right-click a tile to send a camera or the layout to it</source>
      <translation>Монитор {name} подключён: щёлкните плитку правой кнопкой, чтобы отправить на него камеру или раскладку</translation>
    </message>
  </context>
  <context>
    <name>WallWindow</name>
    <message>
      <source>Qala wall: monitor {number} ({name})</source>
      <translation>Стена Qala: монитор {number} ({name})</translation>
    </message>
  </context>
</TS>
