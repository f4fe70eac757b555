"""REST client for the backend contract (httpx, async, runs on the console's one asyncio loop)."""

from __future__ import annotations

import asyncio
import ssl
from typing import Any
from urllib.parse import quote

import httpx

from console.api.auth import InsecureTransport, TokenKeeper, check_transport, tls_context
from console.api.models import Camera, ContractError, Incident, Site, Unit

_NO_TOKEN_PATHS = ("/auth/token", "/auth/refresh")
SIGN_IN_TIMEOUT_S = 30.0  # password hashing is slow on purpose, and a loaded backend slower still


class BackendError(RuntimeError):
    """The backend answered with an error or could not be reached; `reason` is for the operator."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class BackendClient:
    """Typed access to `/api/v1`. Every call raises `BackendError` with a readable reason on failure."""

    def __init__(self, base_url: str, *, timeout: float = 5.0, token: str | None = None,
                 keeper: TokenKeeper | None = None, ca_file: str | None = None,
                 allow_insecure_http: bool = False) -> None:
        self.base_url = base_url.rstrip("/")
        try:
            check_transport(self.base_url, allow_insecure_http)
            self.ssl_context: ssl.SSLContext = tls_context(ca_file)
        except (InsecureTransport, ValueError) as exc:
            raise BackendError(str(exc)) from exc
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.keeper = keeper
        self._refresh_lock = asyncio.Lock()
        self._http = httpx.AsyncClient(base_url=self.base_url + "/api/v1", timeout=timeout, headers=headers,
                                       verify=self.ssl_context)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return await self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise BackendError(f"backend unreachable: {exc.__class__.__name__}: {exc}") from exc

    async def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        keeper = self.keeper
        if keeper is not None and keeper.needs_refresh() and path not in _NO_TOKEN_PATHS:
            await self.refresh()
        if keeper is not None and keeper.access_token:
            kwargs["headers"] = {**kwargs.get("headers", {}), **keeper.headers()}
        response = await self._send(method, path, **kwargs)
        if (response.status_code == 401 and keeper is not None and keeper.refresh_token
                and path not in _NO_TOKEN_PATHS):
            keeper.expire_access()  # expired early, or the backend restarted with a new secret: refresh, once
            await self.refresh()
            kwargs["headers"] = {**kwargs.get("headers", {}), **keeper.headers()}
            response = await self._send(method, path, **kwargs)
        if response.status_code >= 400:
            try:
                body = response.json()
                reason = body.get("detail") or body.get("error") or response.text
            except ValueError:
                reason = response.text or response.reason_phrase
            raise BackendError(f"{method} {path}: {response.status_code} {reason}", response.status_code)
        try:
            return response.json()
        except ValueError as exc:
            raise BackendError(f"{method} {path}: answer is not JSON") from exc

    async def sign_in(self, username: str, password: str) -> dict[str, Any]:
        """Exchange a password for tokens (kept by `keeper`); answers the signed-in user. Raises BackendError."""
        if self.keeper is None:
            raise BackendError("this client keeps no tokens")
        tokens = await self._request("POST", "/auth/token", json={"username": username, "password": password},
                                     timeout=SIGN_IN_TIMEOUT_S)
        self.keeper.set_tokens(tokens)
        return dict(tokens["user"])

    async def refresh(self) -> None:
        """New tokens from the refresh token; one refresh at a time however many requests wait on it."""
        keeper = self.keeper
        if keeper is None:
            return
        async with self._refresh_lock:
            if keeper.access_token and not keeper.needs_refresh():
                return  # another request refreshed while we waited
            token = keeper.refresh_token
            if not token:
                raise BackendError("signed out: sign in again", 401)
            tokens = await self._request("POST", "/auth/refresh", json={"refresh_token": token},
                                         timeout=SIGN_IN_TIMEOUT_S)
            keeper.set_tokens(tokens)

    async def auth_headers(self) -> dict[str, str]:
        """Headers for a request made elsewhere (the event WebSocket), refreshing the token first if due."""
        if self.keeper is None:
            return {}
        if self.keeper.needs_refresh():
            await self.refresh()
        return self.keeper.headers()

    async def me(self) -> dict[str, Any]:
        return await self._request("GET", "/auth/me")

    async def users(self) -> list[dict[str, Any]]:
        """The backend's users (administrators only: others get a 403 BackendError)."""
        body = await self._request("GET", "/users")
        return [item for item in body.get("items", []) if isinstance(item, dict)]

    async def health(self) -> dict[str, Any]:
        return await self._request("GET", "/health")

    async def site(self) -> Site:
        return _parse(Site.from_json, await self._request("GET", "/site"))

    async def cameras(self) -> list[Camera]:
        body = await self._request("GET", "/cameras")
        return [_parse(Camera.from_json, item) for item in body.get("items", [])]

    async def units(self) -> list[Unit]:
        body = await self._request("GET", "/units")
        return [_parse(Unit.from_json, item) for item in body.get("items", [])]

    async def incidents(self, *, limit: int = 100, cursor: str | None = None, **filters: str) -> tuple[list[Incident], str | None]:
        params: dict[str, Any] = {"limit": limit, **{k: v for k, v in filters.items() if v}}
        if cursor:
            params["cursor"] = cursor
        body = await self._request("GET", "/incidents", params=params)
        items = [_parse(Incident.from_json, item) for item in body.get("items", [])]
        return items, body.get("next_cursor")

    async def history_incidents(self, params: dict[str, str], *, limit: int = 100, cursor: str | None = None
                                ) -> tuple[list[Incident], str | None]:
        """Supervisor search (`HistoryFilter.to_params()`), newest first, one page."""
        query = {**params, "limit": str(limit), **({"cursor": cursor} if cursor else {})}
        body = await self._request("GET", "/history/incidents", params=query)
        items = [_parse(Incident.from_json, item) for item in body.get("items", [])]
        return items, body.get("next_cursor")

    async def stats_incidents(self, params: dict[str, Any]) -> dict[str, Any]:
        """Counts per hour/day by type or district: {starts_ms, series: [{key, counts}]} (contract: stats)."""
        return await self._request("GET", "/stats/incidents", params=params)

    async def stats_response_times(self, params: dict[str, Any]) -> dict[str, Any]:
        return await self._request("GET", "/stats/response_times", params=params)

    async def audit(self, params: dict[str, Any], *, role: str = "supervisor") -> dict[str, Any]:
        """Operator actions, one page; the role header stands in until sign-in gives the backend the role."""
        return await self._request("GET", "/audit", params=params, headers={"X-Qala-Role": role})

    async def tags_between(self, from_ms: int, to_ms: int) -> list[dict[str, Any]]:
        """Tags (drone and operator tags, contract: tags) with frame_time_ms in the range; [] where the backend has
        no tags route."""
        try:
            body = await self._request("GET", "/tags", params={"since_ms": from_ms, "until_ms": to_ms})
        except BackendError as exc:
            if exc.status == 404:
                return []
            raise
        return [t for t in body.get("items", []) if isinstance(t, dict) and isinstance(t.get("frame_time_ms"), int)]

    async def archive_hold(self, hold: dict[str, Any]) -> dict[str, Any]:
        """Keep cameras' footage in a time range beyond retention (evidence)."""
        return await self._request("POST", "/archive/holds", json=hold)

    async def incident_detail(self, incident_id: str) -> dict[str, Any]:
        return await self._request("GET", f"/incidents/{incident_id}")

    async def layouts(self) -> list[dict[str, Any]]:
        """Layouts shared through the backend, as JSON (console.wall.WallLayout.from_json parses them)."""
        body = await self._request("GET", "/layouts")
        return [item for item in body.get("items", []) if isinstance(item, dict)]

    async def put_layout(self, layout: dict[str, Any]) -> dict[str, Any]:
        return await self._request("PUT", f"/layouts/{quote(str(layout.get('name', '')), safe='')}", json=layout)

    async def create_tag(self, payload: dict[str, Any]) -> dict[str, Any]:
        """POST /tags (a drone tag with its idempotency key); the stored tag."""
        return await self._request("POST", "/tags", json=payload)

    async def tags(self, **params: Any) -> list[dict[str, Any]]:
        body = await self._request("GET", "/tags", params={k: v for k, v in params.items() if v is not None})
        return [item for item in body.get("items", []) if isinstance(item, dict)]

    async def incident_action(self, incident_id: str, payload: dict[str, Any]) -> Incident:
        body = await self._request("POST", f"/incidents/{incident_id}/actions", json=payload)
        return _parse(Incident.from_json, body)

    async def places(self, query: str, limit: int = 10) -> list[Any]:
        """Streets, districts and landmarks matching `query` (console.map.places.Place)."""
        from console.map.places import Place

        body = await self._request("GET", "/places", params={"q": query, "limit": limit})
        return [_parse(Place.from_json, item) for item in body.get("items", [])]


    async def create_incident(self, payload: dict[str, Any]) -> Incident:
        """POST /incidents (an operator-entered incident); payload carries its idempotency_key."""
        return _parse(Incident.from_json, await self._request("POST", "/incidents", json=payload))

    async def incident_suggestions(self, incident_id: str) -> list[dict[str, Any]]:
        """Available units for this incident, suitable kinds first, then by ETA over the road graph."""
        body = await self._request("GET", f"/incidents/{quote(incident_id, safe='')}/suggestions")
        return [item for item in body.get("items", []) if isinstance(item, dict)]

    async def press_sos(self, point_id: str) -> dict[str, Any]:
        return await self._request("POST", f"/sos/{quote(point_id, safe='')}/press")

    async def camera_snapshot(self, camera_id: str) -> bytes:
        """The camera's current frame as JPEG bytes."""
        try:
            response = await self._http.get(f"/cameras/{quote(camera_id, safe='')}/snapshot.jpg")
        except httpx.HTTPError as exc:
            raise BackendError(f"backend unreachable: {exc.__class__.__name__}: {exc}") from exc
        if response.status_code >= 400:
            raise BackendError(f"snapshot of {camera_id}: {response.status_code}", response.status_code)
        return response.content

def _parse(parser: Any, obj: Any) -> Any:
    try:
        return parser(obj)
    except ContractError as exc:
        raise BackendError(f"backend answer does not match the contract: {exc}") from exc
