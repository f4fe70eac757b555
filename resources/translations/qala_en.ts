<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>GeoLayers</name>
    <message>
      <source>Add file...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Map layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add map layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Map layers (*.geojson *.json *.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {n} features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot load {file}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is broken, keeping the previous version: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hydrants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hospitals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Districts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} features skipped, first: {why}</source>
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
  </context>
  <context>
    <name>MqttSos</name>
    <message>
      <source>MQTT: not configured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SOS (MQTT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MQTT: connecting to {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MQTT: online ({where})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MQTT: offline ({where})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MQTT: stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SOS pressed at {point}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MQTT broker unreachable: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MQTT: {error}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PluginApi</name>
    <message>
      <source>&amp;Tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Plugins...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plugin {name} failed and was disabled: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plugin {name} blocked the console for {ms} ms ({hook})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PluginManager</name>
    <message>
      <source>active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>incompatible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>broken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plugins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>API</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slow: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plugin API of this console: {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Provides: {list}</source>
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
