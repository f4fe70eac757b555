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
    <name>DroneView</name>
    <message>
      <source>traffic violation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>public order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>illegal dump</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>utility fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sanitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fire / smoke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>crowd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>road damage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TIME {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no telemetry for this frame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ALT {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>HDG {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SPD {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>POS {lat} {lon}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>note for the next tag (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no drone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Live</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export clip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record the drone stream</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review a recorded flight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the tagged clip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nothing to tag: no picture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tagged: {category}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>choose a tag of a recorded flight first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop recording</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LIVE {camera}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>REVIEW {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recorded {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>exported {frames} frames to {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>backend unreachable, tags are kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>KLV packets: {good}, bad: {bad}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tags: {count}, waiting to send: {pending}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recording {file}</source>
      <translation type="unfinished" />
    </message>
  </context>
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
      <source>cannot load {file}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is broken, keeping the previous version: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {n} features</source>
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
      <source>Drone</source>
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
    <name>MapPane</name>
    <message>
      <source>Basemap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Districts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cameras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SOS points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open in selected tile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find a street, district or place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>district</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>landmark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SOS point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>search: backend unavailable, showing local names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no place matches “{text}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>distance: {d} (click to add points, Esc to finish)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>following {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MapView</name>
    <message>
      <source>camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PTZ camera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unit available</source>
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
      <source>busy</source>
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
      <source>drone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SOS point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop following</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow {name}</source>
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
      <source>MQTT broker unreachable: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SOS pressed at {point} (location unknown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SOS pressed at {point}</source>
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
    <name>SosAlarm</name>
    <message>
      <source>SOS: {name}</source>
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
      <source>full screen on this monitor, and back</source>
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
