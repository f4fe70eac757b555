"""One console's connection to a backend: loads the city over REST, then keeps it live from the event stream."""

from __future__ import annotations

import asyncio
import logging

from console.api.auth import TokenKeeper
from console.api.events import EventStream, LinkState
from console.api.rest import BackendClient, BackendError
from console.ops.city_state import CityState
from console.ops.signal import Signal

log = logging.getLogger(__name__)


class ConsoleSession:
    """Owns the REST client and the event stream for one backend; all work runs on the asyncio loop."""

    def __init__(self, base_url: str, state: CityState | None = None, *, keeper: TokenKeeper | None = None,
                 ca_file: str | None = None, allow_insecure_http: bool = False) -> None:
        self.base_url = base_url.rstrip("/")
        self.state = state or CityState()
        self.keeper = keeper
        self.client = BackendClient(self.base_url, keeper=keeper, ca_file=ca_file, allow_insecure_http=allow_insecure_http)
        self.events = EventStream(
            self.base_url, self.state.apply, on_state=self._on_link_state, on_gap=self._on_gap,
            headers=self.client.auth_headers if keeper is not None else None, ssl_context=self.client.ssl_context,
        )
        self.sig_link = Signal("session.link")  # (LinkState, reason)
        self.sig_error = Signal("session.error")  # (reason)
        self._reload_task: asyncio.Task[None] | None = None

    async def open(self, retries: int = 20) -> None:
        """Load site, cameras, units and incidents, then start the event stream. Raises BackendError."""
        for attempt in range(retries):
            try:
                await self.client.health()
                break
            except BackendError:
                if attempt == retries - 1:
                    raise
                await asyncio.sleep(0.25)
        # the stream starts first, from "now", so nothing that happens during the REST load is missed
        self.events.start()
        await self._load()

    async def _load(self) -> None:
        site, cameras, units, (incidents, _) = await asyncio.gather(
            self.client.site(), self.client.cameras(), self.client.units(), self.client.incidents(limit=200)
        )
        self.state.set_site(site)
        self.state.set_cameras(cameras)
        self.state.units.replace_all(units)
        self.state.incidents.replace_all(incidents)

    def _on_gap(self) -> None:
        if self._reload_task is None or self._reload_task.done():
            self._reload_task = asyncio.get_running_loop().create_task(self._reload())

    async def _reload(self) -> None:
        try:
            await self._load()
        except BackendError as exc:
            self.sig_error.emit(exc.reason)

    def bad_input(self) -> dict[str, int]:
        """Everything the backend sent that the console could not use, by kind (counted, logged once each)."""
        counts: dict[str, int] = dict(self.events.rejected)
        for kind, n in self.state.rejected.items():
            counts[kind] = counts.get(kind, 0) + n
        for kind, n in self.state.unknown_types.items():
            counts[f"unknown event type {kind}"] = n
        return counts

    def _on_link_state(self, state: LinkState, reason: str) -> None:
        self.sig_link.emit(state, reason)

    async def close(self) -> None:
        await self.events.stop()
        if self._reload_task is not None:
            self._reload_task.cancel()
        await self.client.aclose()
