"""The embedded city backend's HTTP + WebSocket server (aiohttp) and its command line."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import time
from pathlib import Path
from typing import Any

from aiohttp import WSCloseCode, web

from console.api.roles import ACTION_PERMISSIONS, can, permissions_of
from console.sim.archive_routes import ArchiveService
from console.sim.auth import Authenticator, AuthError
from console.sim.city import CitySimulation, camera_json
from console.sim.dispatch import DispatchDesk
from console.sim.district import KosshyDistrict
from console.sim.drone import DRONE_CAMERA_ID
from console.sim.drone_service import DroneService
from console.sim.errors import json_error as _error
from console.sim.event_hub import EventHub
from console.sim.history_routes import HistoryRoutes
from console.sim.incident_db import ActionRefused, IncidentDB
from console.sim.map_routes import MapRoutes
from console.sim.openapi import document
from console.sim.video_worker import VideoWorkers
from console.video.priority import DECODE_NICE, lower_process_to
from console.wall.model import LayoutError, WallLayout
from console.wall.store import LayoutStore

log = logging.getLogger("qala.sim")

PROFILES = ("main", "sub")
DEMO_BACKEND_NICE = DECODE_NICE  # the whole backend at the level of the console's decode threads


PUBLIC_PATHS = frozenset({"/openapi.json", "/api/v1/health", "/api/v1/auth/token", "/api/v1/auth/refresh"})


def _unauthorized(error: str, detail: str) -> web.Response:
    response = _error(401, error, detail)
    response.headers["WWW-Authenticate"] = f'Bearer error="{error}"'
    return response


def _forbidden(role: str, permission: str) -> web.Response:
    return web.json_response({"error": "forbidden", "detail": f"role {role} may not {permission.replace('.', ' ')}",
                              "permission": permission, "role": role}, status=403)


def _route_permission(request: web.Request) -> str | None:
    """The permission a route needs beyond being signed in (incident actions check theirs per action)."""
    if request.path == "/api/v1/users":
        return "users.read"
    if request.method == "PUT" and request.path.startswith("/api/v1/layouts/"):
        return "layout.write"
    path, post = request.path, request.method == "POST"
    if post and path == "/api/v1/incidents":
        return "incident.create"
    if post and path.startswith("/api/v1/sos/"):
        return "sos.press"
    if post and path == "/api/v1/tags":
        return "tag.write"
    if path == "/api/v1/audit":
        return "audit.read"
    if post and path == "/api/v1/archive/holds":
        return "archive.hold"
    if path.startswith(("/api/v1/history/", "/api/v1/stats/")):
        return "history.read"
    if request.method == "GET":
        return "city.read"
    return None


async def _json_object(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        raise web.HTTPBadRequest(text="the body must be JSON") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="the body must be a JSON object")
    return dict(body)


class CityBackend:
    def __init__(self, data_dir: Path, host: str = "127.0.0.1", video_workers: int = 2, *, auth: bool = False,
                 token_ttl_s: float | None = None, refresh_ttl_s: float | None = None) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.auth_required = auth  # off: every route open (tests, training); on: bearer tokens and roles
        ttls = {"access_ttl_s": token_ttl_s, "refresh_ttl_s": refresh_ttl_s}
        self.auth = Authenticator(data_dir, **{k: v for k, v in ttls.items() if v})
        self.district = KosshyDistrict()
        self.hub = EventHub(path=data_dir / "events.db")  # durable: seq and replay survive restarts
        self.db = IncidentDB(data_dir / "incidents.db")
        self.history = HistoryRoutes(data_dir / "incidents.db")  # supervisors: search, stats, audit
        self.archive = ArchiveService(data_dir / "archive", self.district, self.hub)  # recorded footage, holds
        self.city = CitySimulation(self.district, self.hub, self.db)
        self.desk = DispatchDesk(self.district, self.city, self.db, self.hub)
        self.layouts = LayoutStore(data_dir)
        self.map_routes = MapRoutes(self.district)

        self.workers = VideoWorkers(data_dir, host, [c.id for c in self.district.cameras] + [DRONE_CAMERA_ID],
                                    video_workers)
        self.drone = DroneService(data_dir, self.district, self.hub)
        self.base_url = ""

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._errors, self._authorize])
        app.router.add_get("/openapi.json", self.openapi)
        app.router.add_get("/api/v1/health", self.health)
        app.router.add_get("/api/v1/site", self.site)
        app.router.add_get("/api/v1/cameras", self.cameras)
        app.router.add_get("/api/v1/units", self.units)
        app.router.add_get("/api/v1/incidents", self.incidents)
        app.router.add_get("/api/v1/incidents/{id}", self.incident)
        app.router.add_post("/api/v1/incidents/{id}/actions", self.action)
        app.router.add_get("/api/v1/events", self.events)
        self.desk.add_routes(app.router)
        app.router.add_get("/api/v1/layouts", self.list_layouts)
        app.router.add_put("/api/v1/layouts/{name}", self.put_layout)
        app.router.add_get("/video/{camera_id}/{profile}.ts", self.video)
        self.map_routes.add_to(app)

        self.drone.add_routes(app.router)

        self.history.register(app)
        self.archive.register(app)

        app.router.add_post("/api/v1/auth/token", self.auth_token)
        app.router.add_post("/api/v1/auth/refresh", self.auth_refresh)
        app.router.add_get("/api/v1/auth/me", self.auth_me)
        app.router.add_get("/api/v1/users", self.list_users)
        app.on_startup.append(self._on_startup)
        app.on_shutdown.append(self._on_shutdown)
        return app

    @web.middleware
    async def _errors(self, request: web.Request, handler: Any) -> web.StreamResponse:
        try:
            return await handler(request)
        except ActionRefused as exc:
            return _error(exc.status, exc.error, exc.detail)
        except web.HTTPException as exc:
            if exc.status >= 400 and exc.content_type != "application/json":
                response = _error(exc.status, exc.reason.lower().replace(" ", "_"), exc.text or exc.reason)
                if "Allow" in exc.headers:  # a 405 says which methods the path takes (RFC 9110)
                    response.headers["Allow"] = exc.headers["Allow"]
                return response
            raise
        except Exception as exc:  # a bug: the client still gets the contract's error body, the log the traceback
            log.exception("%s %s failed", request.method, request.path)
            return _error(500, "internal_error", f"the backend failed on this request ({type(exc).__name__})")

    @web.middleware
    async def _authorize(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Bearer token -> request["user"]; with auth on, a missing token is a 401 and a missing role a 403."""
        path = request.path
        if path in PUBLIC_PATHS or not path.startswith("/api/v1/"):
            return await handler(request)
        header = request.headers.get("Authorization", "")
        request["user"] = None
        if header:
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token:
                return _unauthorized("invalid_token", "Authorization must be 'Bearer <access token>'")
            try:
                request["user"] = self.auth.user_for(token.strip())
            except AuthError as exc:
                return _unauthorized(exc.error, exc.detail)
        if not self.auth_required or path == "/api/v1/auth/me":
            return await handler(request)
        if request["user"] is None:
            return _unauthorized("unauthenticated", "sign in first: POST /api/v1/auth/token")
        permission = _route_permission(request)
        if permission and not can(request["user"].role, permission):
            return _forbidden(request["user"].role, permission)
        return await handler(request)

    async def auth_token(self, request: web.Request) -> web.Response:
        body = await _json_object(request)
        username, password = body.get("username"), body.get("password")
        if not isinstance(username, str) or not isinstance(password, str) or not username or len(password) > 1024:
            return _error(400, "invalid_request", "username and password must be strings")
        try:
            tokens = await asyncio.get_running_loop().run_in_executor(None, self.auth.sign_in, username, password)
        except AuthError as exc:
            return _unauthorized(exc.error, exc.detail)
        log.info("signed in: %s (%s)", username, tokens["user"]["role"])
        return web.json_response(tokens)

    async def auth_refresh(self, request: web.Request) -> web.Response:
        token = (await _json_object(request)).get("refresh_token")
        if not isinstance(token, str) or not token:
            return _error(400, "invalid_request", "refresh_token must be a string")
        try:
            return web.json_response(self.auth.refresh(token))
        except AuthError as exc:
            return _unauthorized(exc.error, exc.detail)

    async def auth_me(self, request: web.Request) -> web.Response:
        user = request.get("user")
        if user is None:
            return _unauthorized("unauthenticated", "no bearer token")
        return web.json_response({**user.as_json(), "permissions": permissions_of(user.role),
                                  "auth_required": self.auth_required})

    async def list_users(self, request: web.Request) -> web.Response:
        return web.json_response({"items": [user.as_json() for user in self.auth.users()]})

    async def _on_startup(self, app: web.Application) -> None:
        self.city.seed_history()
        self.desk.restore()
        await asyncio.get_running_loop().run_in_executor(None, self.workers.start)
        self.city.start()
        self.drone.start()

    async def _on_shutdown(self, app: web.Application) -> None:
        self.hub.close_all()
        await self.city.stop()
        await self.drone.stop()
        self.workers.stop()
        self.hub.close()
        self.db.close()
        self.drone.close()

    async def openapi(self, request: web.Request) -> web.Response:
        return web.json_response(document())

    async def health(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok", "version": "1", "time_ms": int(time.time() * 1000),
                                  "auth_required": self.auth_required})

    async def site(self, request: web.Request) -> web.Response:
        return web.json_response(self.district.site_json())

    async def cameras(self, request: web.Request) -> web.Response:
        recording = self.archive.recorder.recording()
        url_of = self.workers.url_of  # empty when the backend runs without video workers (--video-workers 0)
        items = [{**camera_json(c, url_of.get(c.id, self.base_url)), "recording": c.id in recording}
                 for c in self.district.cameras]
        items.append({**self.drone.camera_json(url_of.get(DRONE_CAMERA_ID, self.base_url)),
                      "recording": DRONE_CAMERA_ID in recording})
        return web.json_response({"items": items})

    async def units(self, request: web.Request) -> web.Response:
        return web.json_response({"items": [u.as_json() for u in self.city.units]})

    async def incidents(self, request: web.Request) -> web.Response:
        query = request.query
        try:
            limit = int(query.get("limit", "100"))
        except ValueError:
            return _error(400, "invalid_request", "limit must be an integer")
        if not 1 <= limit <= 500:
            return _error(400, "invalid_request", "limit must be between 1 and 500")
        items, cursor = self.db.query(limit=limit, cursor=query.get("cursor"), status=query.get("status"),
                                      type=query.get("type"), district=query.get("district"),
                                      camera_id=query.get("camera_id"))
        return web.json_response({"items": items, "next_cursor": cursor})

    async def incident(self, request: web.Request) -> web.Response:
        incident = self.db.get(request.match_info["id"])
        if incident is None:
            return _error(404, "not_found", f"no incident {request.match_info['id']}")
        return web.json_response({**incident, "activity": self.db.activity(incident["id"]),
                                  "units": self.db.assigned_units(incident["id"]), "related": self.db.related(incident)})

    async def action(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            return _error(400, "invalid_request", "the body must be JSON")
        if not isinstance(body, dict):
            return _error(400, "invalid_request", "the body must be a JSON object")
        for name, limit in (("action", 32), ("idempotency_key", 128), ("operator", 64)):
            value = body.get(name)
            if not isinstance(value, str) or not value or len(value) > limit:
                return _error(400, "invalid_request", f"{name} must be a string of 1..{limit} characters")
        user = request.get("user")
        if self.auth_required and user is not None:
            permission = ACTION_PERMISSIONS.get(body["action"])
            if permission and not can(user.role, permission):
                return _forbidden(user.role, permission)
            body["operator"] = user.username  # the activity log names who really acted
        if len(body["idempotency_key"]) < 8:
            return _error(400, "invalid_request", "idempotency_key must have at least 8 characters")
        note = body.get("note", "")
        if not isinstance(note, str) or len(note) > 4000:
            return _error(400, "invalid_request", "note must be a string of at most 4000 characters")
        return web.json_response(self.desk.act(request.match_info["id"], body))

    async def list_layouts(self, request: web.Request) -> web.Response:
        return web.json_response({"items": [layout.to_json() for layout in self.layouts.all()]})

    async def put_layout(self, request: web.Request) -> web.Response:
        try:
            layout = WallLayout.from_json(await request.json())
        except (ValueError, UnicodeDecodeError) as exc:  # LayoutError is a ValueError
            return _error(400, "invalid_request", str(exc) if isinstance(exc, LayoutError) else "the body must be JSON")
        if layout.name != request.match_info["name"]:
            return _error(400, "invalid_request", "the layout's name must match the path")
        self.layouts.save(layout)
        return web.json_response(layout.to_json())

    async def events(self, request: web.Request) -> web.StreamResponse:
        since_raw = request.query.get("since")
        since: int | None = None
        if since_raw is not None:
            if not (since_raw.isascii() and since_raw.isdigit()):  # isdigit() alone accepts "²"
                return _error(400, "invalid_request", "since must be a non-negative integer")
            since = int(since_raw)
        ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=1 << 16)
        await ws.prepare(request)
        subscriber, replay = self.hub.subscribe(since)
        try:
            for text in replay:
                await ws.send_str(text)
            reader = asyncio.ensure_future(ws.receive())  # notices the client closing
            while True:
                getter = asyncio.ensure_future(subscriber.queue.get())
                done, _ = await asyncio.wait({getter, reader}, return_when=asyncio.FIRST_COMPLETED)
                if reader in done:
                    getter.cancel()
                    break
                message = getter.result()
                if message is None:
                    reader.cancel()
                    if subscriber.overflowed:
                        await ws.close(code=WSCloseCode.TRY_AGAIN_LATER, message=b"too far behind: resume with since=")
                    else:
                        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutting down")
                    break
                await ws.send_str(message)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self.hub.unsubscribe(subscriber)
        return ws

    async def video(self, request: web.Request) -> web.StreamResponse:
        """Streams are served by the video workers; the API port redirects, so either URL plays."""
        camera_id, profile = request.match_info["camera_id"], request.match_info["profile"]
        if camera_id in self.district.camera_by_id and profile in PROFILES and camera_id not in self.workers.url_of:
            return _error(503, "video_off", "this backend runs without video workers (--video-workers 0)")
        if camera_id not in self.workers.url_of or profile not in PROFILES:
            return _error(404, "not_found", f"no stream {camera_id}/{profile}")
        raise web.HTTPTemporaryRedirect(f"{self.workers.url_of[camera_id]}/video/{camera_id}/{profile}.ts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qala-console sim", description="The embedded city backend")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--data", required=True, help="folder for the SQLite database and state")
    parser.add_argument("--ready-file", help="write {url, pid} here once listening")
    parser.add_argument("--video-workers", type=int, default=min(2, os.cpu_count() or 1),
                        help="processes that encode the camera streams (default: up to 2)")
    parser.add_argument("--auth", choices=("on", "off"), default="off",
                        help="on: bearer tokens and roles on every /api/v1 route (default off: open, for tests)")
    parser.add_argument("--token-ttl", type=float, help="access token lifetime in seconds (default 900)")
    parser.add_argument("--refresh-ttl", type=float, help="refresh token lifetime in seconds (default 12 h)")
    parser.add_argument("--tls-cert", help="serve HTTPS with this PEM certificate (chain)")
    parser.add_argument("--tls-key", help="the certificate's PEM private key")
    parser.add_argument("--nice", type=int, default=DEMO_BACKEND_NICE,
                        help="nice level to run at, at least (default %(default)s; 0 leaves it as started)")
    args = parser.parse_args(argv)
    # the demo and training mode run this backend on the operator's own workstation, where it stands in for
    # servers elsewhere: it must never take the CPU from the console's GUI thread (a 3-minute soak on 2 cores:
    # the GUI timer's p99 lateness fell from 143 to 62 ms when the backend gave way)
    lower_process_to(args.nice)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return asyncio.run(_serve(args))


async def _serve(args: argparse.Namespace) -> int:
    backend = CityBackend(Path(args.data), args.host, args.video_workers, auth=args.auth == "on",
                          token_ttl_s=args.token_ttl, refresh_ttl_s=args.refresh_ttl)
    ssl_context = None
    if args.tls_cert:
        import ssl

        ssl_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ssl_context.load_cert_chain(args.tls_cert, args.tls_key)
    runner = web.AppRunner(backend.app(), access_log=None, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, args.host, args.port, ssl_context=ssl_context)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    host = args.host if ":" not in args.host else f"[{args.host}]"
    backend.base_url = f"{'https' if ssl_context else 'http'}://{host}:{port}"
    if args.ready_file:
        tmp = Path(args.ready_file + ".tmp")
        tmp.write_text(json.dumps({"url": backend.base_url, "pid": os.getpid()}))
        tmp.replace(args.ready_file)
    print(f"QALA-SIM READY {backend.base_url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runner.cleanup()
    return 0
