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
    <name>ConsoleMenus</name>
    <message>
      <source>&amp;Site</source>
      <translation>&amp;Объект</translation>
    </message>
    <message>
      <source>Switch to</source>
      <translation>Перейти к</translation>
    </message>
    <message>
      <source>Add site…</source>
      <translation>Добавить объект…</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Выйти</translation>
    </message>
    <message>
      <source>&amp;Incident</source>
      <translation>&amp;Происшествие</translation>
    </message>
    <message>
      <source>Acknowledge selected incident</source>
      <translation>Принять выбранное происшествие</translation>
    </message>
    <message>
      <source>&amp;Administration</source>
      <translation>&amp;Администрирование</translation>
    </message>
    <message>
      <source>Users…</source>
      <translation>Пользователи…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>signed out</source>
      <translation>выход выполнен</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Пользователи</translation>
    </message>
    <message>
      <source>Select an incident first</source>
      <translation>Сначала выберите происшествие</translation>
    </message>
    <message>
      <source>not signed in</source>
      <translation>вход не выполнен</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Объект</translation>
    </message>
    <message>
      <source>Acknowledged {id}</source>
      <translation>{id} принято</translation>
    </message>
    <message>
      <source>Cannot open {name}: {reason}</source>
      <translation>Не удалось открыть {name}: {reason}</translation>
    </message>
  </context>
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
      <source>cannot load {file}: {error}</source>
      <translation>не удалось загрузить {file}: {error}</translation>
    </message>
    <message>
      <source>{file} is broken, keeping the previous version: {error}</source>
      <translation>{file} повреждён, оставлена прежняя версия: {error}</translation>
    </message>
    <message>
      <source>{file}: {n} features</source>
      <translation>{file}: объектов {n}</translation>
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
      <source>operator</source>
      <translation>оператор</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>руководитель смены</translation>
    </message>
    <message>
      <source>drone pilot</source>
      <translation>оператор дрона</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>администратор</translation>
    </message>
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
      <source>sign-in off</source>
      <translation>вход отключён</translation>
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
      <source>{user} ({role})</source>
      <translation>{user} ({role})</translation>
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
    <name>MapPane</name>
    <message>
      <source>Basemap</source>
      <translation>Подложка</translation>
    </message>
    <message>
      <source>Districts</source>
      <translation>Районы</translation>
    </message>
    <message>
      <source>Roads</source>
      <translation>Дороги</translation>
    </message>
    <message>
      <source>Cameras</source>
      <translation>Камеры</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Происшествия</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Экипажи</translation>
    </message>
    <message>
      <source>Drones</source>
      <translation>Дроны</translation>
    </message>
    <message>
      <source>SOS points</source>
      <translation>Точки SOS</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Open in selected tile</source>
      <translation>Открыть в выбранной ячейке</translation>
    </message>
    <message>
      <source>Find a street, district or place</source>
      <translation>Найти улицу, район или место</translation>
    </message>
    <message>
      <source>Layers</source>
      <translation>Слои</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Измерить</translation>
    </message>
    <message>
      <source>street</source>
      <translation>улица</translation>
    </message>
    <message>
      <source>district</source>
      <translation>район</translation>
    </message>
    <message>
      <source>landmark</source>
      <translation>ориентир</translation>
    </message>
    <message>
      <source>SOS point</source>
      <translation>точка SOS</translation>
    </message>
    <message>
      <source>search: backend unavailable, showing local names</source>
      <translation>поиск: сервер недоступен, показаны локальные названия</translation>
    </message>
    <message>
      <source>no place matches “{text}”</source>
      <translation>по запросу «{text}» ничего не найдено</translation>
    </message>
    <message>
      <source>distance: {d} (click to add points, Esc to finish)</source>
      <translation>расстояние: {d} (щелчок — добавить точку, Esc — завершить)</translation>
    </message>
    <message>
      <source>following {name}</source>
      <translation>слежение за {name}</translation>
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
      <translation>PTZ-камера</translation>
    </message>
    <message>
      <source>unit available</source>
      <translation>экипаж свободен</translation>
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
      <source>busy</source>
      <translation>занят</translation>
    </message>
    <message>
      <source>critical</source>
      <translation>критический</translation>
    </message>
    <message>
      <source>high</source>
      <translation>высокий</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>средний</translation>
    </message>
    <message>
      <source>low</source>
      <translation>низкий</translation>
    </message>
    <message>
      <source>drone</source>
      <translation>дрон</translation>
    </message>
    <message>
      <source>SOS point</source>
      <translation>точка SOS</translation>
    </message>
    <message>
      <source>Stop following</source>
      <translation>Прекратить слежение</translation>
    </message>
    <message>
      <source>Follow {name}</source>
      <translation>Следить за {name}</translation>
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
      <source>MQTT broker unreachable: {why}</source>
      <translation>MQTT-брокер недоступен: {why}</translation>
    </message>
    <message>
      <source>SOS pressed at {point} (location unknown)</source>
      <translation>Нажата кнопка SOS: {point} (место неизвестно)</translation>
    </message>
    <message>
      <source>SOS pressed at {point}</source>
      <translation>Нажата кнопка SOS: {point}</translation>
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
    <name>SignInDialog</name>
    <message>
      <source>Wrong user name or password.</source>
      <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Войти</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Имя пользователя</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Site: {name}</source>
      <translation>Объект: {name}</translation>
    </message>
  </context>
  <context>
    <name>SiteDialog</name>
    <message>
      <source>system certificates</source>
      <translation>системные сертификаты</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>Allow unencrypted http to another machine (not recommended)</source>
      <translation>Разрешить незашифрованный http к другому компьютеру (не рекомендуется)</translation>
    </message>
    <message>
      <source>Site name</source>
      <translation>Название объекта</translation>
    </message>
    <message>
      <source>Backend URL</source>
      <translation>Адрес сервера</translation>
    </message>
    <message>
      <source>CA certificate</source>
      <translation>Сертификат CA</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Имя пользователя</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer)</source>
      <translation>Сертификаты (*.pem *.crt *.cer)</translation>
    </message>
    <message>
      <source>Welcome to Qala Console</source>
      <translation>Добро пожаловать в Qala Console</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Объект</translation>
    </message>
    <message>
      <source>Add the site this console works for: its backend address and, if the site uses its own certificate authority, the CA certificate file.</source>
      <translation>Добавьте объект, с которым работает эта консоль: адрес сервера и, если у объекта свой удостоверяющий центр, файл сертификата CA.</translation>
    </message>
    <message>
      <source>Try the demo city</source>
      <translation>Открыть демо-город</translation>
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
      <source>full screen on this monitor, and back</source>
      <translation>во весь экран на этом мониторе и обратно</translation>
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
