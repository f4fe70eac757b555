<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
      <source>events/s: {rate}   incidents: {count}</source>
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
  </context>
</TS>
