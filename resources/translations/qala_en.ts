<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>ArchiveWindow</name>
    <message>
      <source>Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous frame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next frame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export evidence…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder for the evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (footage held)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence exported to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export failed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(hold failed: {reason})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>Audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>operator (all when empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit log unavailable: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryWindow</name>
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
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unit id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>words in the title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>searching…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (scroll for more)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 7 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The start of the period must be before its end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search failed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} incidents exported to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export failed: {reason}</source>
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
    <message>
      <source>bad data ignored: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Messages from the backend the console could not use</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewCharts</name>
    <message>
      <source>acknowledge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dispatch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on scene</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>resolve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident charts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>per hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>per day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>by type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>by district</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>per shift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>per operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>minutes from creation (bar: median, mark: p90)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 7 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Response times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Charts failed: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SupervisorMenu</name>
    <message>
      <source>&amp;Supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident &amp;history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Charts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Audit log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No recorded footage around this incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Archive unavailable: {reason}</source>
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
    <name>WallLibrary</name>
    <message>
      <source>Save layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout not shared: no backend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No shared layouts: no backend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} new shared layouts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout “{name}” saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout “{name}” opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout “{name}” shared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} invalid ones skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout not saved: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout not opened: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layout not shared: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shared layouts not loaded: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shared layouts not saved: {reason}</source>
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
      <source>Stop tours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save layout as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open saved layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share this layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Get shared layouts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Full screen</source>
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
      <source>Tour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send layout to monitor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a wall on every monitor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This tile through every camera, {seconds} s each</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The wall through every camera, {seconds} s a page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send camera to monitor</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WallScreens</name>
    <message>
      <source>Monitor {name} disconnected: its wall comes back when the monitor does</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{number}: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monitor {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monitor {name} connected: its wall is back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monitor {name} connected: right-click a tile to send a camera or the layout to it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WallWindow</name>
    <message>
      <source>Qala wall: monitor {number} ({name})</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
