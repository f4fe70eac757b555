<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
