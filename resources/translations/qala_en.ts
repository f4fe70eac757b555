<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>ConsoleMenus</name>
    <message>
      <source>&amp;Site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Switch to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add site…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acknowledge selected incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>signed out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select an incident first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not signed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acknowledged {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot open {name}: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IncidentList</name>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>drone pilot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qala Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cameras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>connecting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sign-in off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>backend: connecting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>backend: online</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>backend: offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>backend: stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} ({role})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>events/s: {rate}   incidents: {count}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <source>Wrong user name or password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site: {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SiteDialog</name>
    <message>
      <source>system certificates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allow unencrypted http to another machine (not recommended)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backend URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome to Qala Console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add the site this console works for: its backend address and, if the site uses its own certificate authority, the CA certificate file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try the demo city</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VideoTile</name>
    <message>
      <source>connecting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>live</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stalled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reconnecting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>paused</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WallKeyboard</name>
    <message>
      <source>number, Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>call that camera into the selected tile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>arrows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>move the selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>maximise the selected tile on the main stream, and back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pause or resume the selected tile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>clear the number, leave the maximised tile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>wheel, drag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>digital zoom and pan inside a tile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>double click</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>maximise a tile, and back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show or hide this help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wall keyboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No camera {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Camera: {number}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WallMenu</name>
    <message>
      <source>Boxes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Labels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tracks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zones and lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overlays on this tile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overlays on the wall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maximise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset zoom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send to monitor</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
