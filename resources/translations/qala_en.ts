<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>IncidentDesk</name>
    <message>
      <source>New incident [Ins]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>all actions delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Operator: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>offline, {n} actions queued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sending {n} actions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IncidentDetail</name>
    <message>
      <source>Acknowledge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dispatch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>En route</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On scene</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>False alarm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The unit is no longer available; choose another one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No incident selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a note and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer to (service or agency):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Looking for the nearest unit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{owner} has taken this incident; your action was not applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The incident has changed meanwhile; this step no longer applies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backend refused the action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{s} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Related incidents (same place and time)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not taken by anyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No snapshot: the image could not be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused: {action} on “{title}”. {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No unit is available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{call_sign} ({kind}) {km} km, ETA {eta}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not the usual kind for this incident)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dispatch {call_sign}, ETA {eta}? Enter confirms, Esc cancels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} action(s) queued → {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>units: {units}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owned by {owner}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activity unavailable: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No snapshot: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not allowed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No suggestion while the backend is unreachable ({reason})</source>
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
    <name>IncidentQueue</name>
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
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All types</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All districts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owned by {owner}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IncidentWords</name>
    <message>
      <source>Traffic violation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Road accident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vandalism</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SOS call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fire / smoke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Illegal dump</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sanitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Street lighting fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Water network fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Heating network fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Power network fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Road damage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resident report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>acknowledged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dispatched</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>en route</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on scene</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>false alarm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>transferred</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>busy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>out of service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>critical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ambulance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>utility crew</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>note</source>
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
    <name>ReportDialog</name>
    <message>
      <source>New incident (resident's report)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Longitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click the map to pick the place, or type the coordinates:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot create: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SosAlarm</name>
    <message>
      <source>SOS: {name}</source>
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
