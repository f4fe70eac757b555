<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>IncidentDesk</name>
    <message>
      <source>New incident [Ins]</source>
      <translation>Новое происшествие [Ins]</translation>
    </message>
    <message>
      <source>all actions delivered</source>
      <translation>все действия доставлены</translation>
    </message>
    <message>
      <source>Operator: {name}</source>
      <translation>Оператор: {name}</translation>
    </message>
    <message>
      <source>offline, {n} actions queued</source>
      <translation>нет связи, в очереди действий: {n}</translation>
    </message>
    <message>
      <source>sending {n} actions</source>
      <translation>отправляется действий: {n}</translation>
    </message>
  </context>
  <context>
    <name>IncidentDetail</name>
    <message>
      <source>Acknowledge</source>
      <translation>Принять</translation>
    </message>
    <message>
      <source>Dispatch</source>
      <translation>Направить</translation>
    </message>
    <message>
      <source>En route</source>
      <translation>В пути</translation>
    </message>
    <message>
      <source>On scene</source>
      <translation>На месте</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Решено</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>False alarm</source>
      <translation>Ложная тревога</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Передать</translation>
    </message>
    <message>
      <source>The unit is no longer available; choose another one.</source>
      <translation>Этот экипаж больше не свободен; выберите другой.</translation>
    </message>
    <message>
      <source>No incident selected</source>
      <translation>Происшествие не выбрано</translation>
    </message>
    <message>
      <source>Add a note and press Enter</source>
      <translation>Добавьте заметку и нажмите Enter</translation>
    </message>
    <message>
      <source>Transfer to (service or agency):</source>
      <translation>Передать (служба или ведомство):</translation>
    </message>
    <message>
      <source>Looking for the nearest unit…</source>
      <translation>Поиск ближайшего экипажа…</translation>
    </message>
    <message>
      <source>{owner} has taken this incident; your action was not applied.</source>
      <translation>{owner} уже взял это происшествие; ваше действие не применено.</translation>
    </message>
    <message>
      <source>The incident has changed meanwhile; this step no longer applies.</source>
      <translation>Происшествие тем временем изменилось; этот шаг больше не применим.</translation>
    </message>
    <message>
      <source>The backend refused the action.</source>
      <translation>Сервер отклонил действие.</translation>
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
      <translation>Чек-лист</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Журнал действий</translation>
    </message>
    <message>
      <source>Related incidents (same place and time)</source>
      <translation>Связанные происшествия (то же место и время)</translation>
    </message>
    <message>
      <source>Not taken by anyone</source>
      <translation>Никем не взято</translation>
    </message>
    <message>
      <source>No snapshot: the image could not be read</source>
      <translation>Нет кадра: изображение не прочитано</translation>
    </message>
    <message>
      <source>new incident</source>
      <translation>новое происшествие</translation>
    </message>
    <message>
      <source>Refused: {action} on “{title}”. {why}</source>
      <translation>Отклонено: {action} по «{title}». {why}</translation>
    </message>
    <message>
      <source>No unit is available</source>
      <translation>Нет свободных экипажей</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>Ваше</translation>
    </message>
    <message>
      <source>{call_sign} ({kind}) {km} km, ETA {eta}</source>
      <translation>{call_sign} ({kind}) {km} км, прибытие через {eta}</translation>
    </message>
    <message>
      <source>(not the usual kind for this incident)</source>
      <translation>(необычный тип для этого происшествия)</translation>
    </message>
    <message>
      <source>Dispatch {call_sign}, ETA {eta}? Enter confirms, Esc cancels.</source>
      <translation>Направить {call_sign}, прибытие через {eta}? Enter — подтвердить, Esc — отмена.</translation>
    </message>
    <message>
      <source>{n} action(s) queued → {status}</source>
      <translation>в очереди действий: {n} → {status}</translation>
    </message>
    <message>
      <source>units: {units}</source>
      <translation>экипажи: {units}</translation>
    </message>
    <message>
      <source>Owned by {owner}</source>
      <translation>Взято: {owner}</translation>
    </message>
    <message>
      <source>Activity unavailable: {reason}</source>
      <translation>Журнал недоступен: {reason}</translation>
    </message>
    <message>
      <source>No snapshot: {reason}</source>
      <translation>Нет кадра: {reason}</translation>
    </message>
    <message>
      <source>Not allowed: {reason}</source>
      <translation>Не разрешено: {reason}</translation>
    </message>
    <message>
      <source>No suggestion while the backend is unreachable ({reason})</source>
      <translation>Нет предложения, пока сервер недоступен ({reason})</translation>
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
    <name>IncidentQueue</name>
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
      <source>District</source>
      <translation>Район</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <source>me</source>
      <translation>я</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>Все типы</translation>
    </message>
    <message>
      <source>All districts</source>
      <translation>Все районы</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открытые</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Все статусы</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Мои</translation>
    </message>
    <message>
      <source>Owned by {owner}</source>
      <translation>Взято: {owner}</translation>
    </message>
  </context>
  <context>
    <name>IncidentWords</name>
    <message>
      <source>Traffic violation</source>
      <translation>Нарушение ПДД</translation>
    </message>
    <message>
      <source>Road accident</source>
      <translation>ДТП</translation>
    </message>
    <message>
      <source>Public order</source>
      <translation>Общественный порядок</translation>
    </message>
    <message>
      <source>Vandalism</source>
      <translation>Вандализм</translation>
    </message>
    <message>
      <source>SOS call</source>
      <translation>Вызов SOS</translation>
    </message>
    <message>
      <source>Fire / smoke</source>
      <translation>Пожар / дым</translation>
    </message>
    <message>
      <source>Illegal dump</source>
      <translation>Несанкционированная свалка</translation>
    </message>
    <message>
      <source>Sanitation</source>
      <translation>Санитария</translation>
    </message>
    <message>
      <source>Street lighting fault</source>
      <translation>Неисправность уличного освещения</translation>
    </message>
    <message>
      <source>Water network fault</source>
      <translation>Авария водопровода</translation>
    </message>
    <message>
      <source>Heating network fault</source>
      <translation>Авария теплосети</translation>
    </message>
    <message>
      <source>Power network fault</source>
      <translation>Авария электросети</translation>
    </message>
    <message>
      <source>Road damage</source>
      <translation>Повреждение дороги</translation>
    </message>
    <message>
      <source>Resident report</source>
      <translation>Обращение жителя</translation>
    </message>
    <message>
      <source>new</source>
      <translation>новое</translation>
    </message>
    <message>
      <source>acknowledged</source>
      <translation>принято</translation>
    </message>
    <message>
      <source>dispatched</source>
      <translation>направлен экипаж</translation>
    </message>
    <message>
      <source>en route</source>
      <translation>в пути</translation>
    </message>
    <message>
      <source>on scene</source>
      <translation>на месте</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>решено</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>закрыто</translation>
    </message>
    <message>
      <source>false alarm</source>
      <translation>ложная тревога</translation>
    </message>
    <message>
      <source>transferred</source>
      <translation>передано</translation>
    </message>
    <message>
      <source>available</source>
      <translation>свободен</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>занят</translation>
    </message>
    <message>
      <source>out of service</source>
      <translation>не в работе</translation>
    </message>
    <message>
      <source>critical</source>
      <translation>критическая</translation>
    </message>
    <message>
      <source>high</source>
      <translation>высокая</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>средняя</translation>
    </message>
    <message>
      <source>low</source>
      <translation>низкая</translation>
    </message>
    <message>
      <source>police</source>
      <translation>полиция</translation>
    </message>
    <message>
      <source>ambulance</source>
      <translation>скорая помощь</translation>
    </message>
    <message>
      <source>utility crew</source>
      <translation>коммунальная бригада</translation>
    </message>
    <message>
      <source>fire</source>
      <translation>пожарные</translation>
    </message>
    <message>
      <source>created</source>
      <translation>создано</translation>
    </message>
    <message>
      <source>status</source>
      <translation>статус</translation>
    </message>
    <message>
      <source>note</source>
      <translation>заметка</translation>
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
    <name>ReportDialog</name>
    <message>
      <source>New incident (resident's report)</source>
      <translation>Новое происшествие (обращение жителя)</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Важность</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Создать</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation>Широта</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation>Долгота</translation>
    </message>
    <message>
      <source>Click the map to pick the place, or type the coordinates:</source>
      <translation>Выберите место на карте или введите координаты:</translation>
    </message>
    <message>
      <source>Cannot create: {reason}</source>
      <translation>Невозможно создать: {reason}</translation>
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
