"""Connects the main window to one site at a time: sign-in, session, role, and the window/dock/wall arrangement
saved and restored per site profile."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QTimer

from console.api.auth import TokenKeeper
from console.api.rest import BackendError
from console.profiles import ProfileStore, SiteProfile, config_dir
from console.session import ConsoleSession
from console.wall.model import LayoutError, WallLayout

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000  # window and docks have no "changed" signal: compared once a second, written when they differ
WALL_SAVE_DELAY_MS = 300  # as the arrangement file: both copies of the main wall are written within moments

# (profile, error text or "") -> (username, password), or None when the user cancels
AskCredentials = Callable[[SiteProfile, str], Awaitable[tuple[str, str] | None]]


def open_settings() -> QSettings:
    """The console's settings: an INI file in the configuration folder (never holds a token or password)."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(folder / "console.ini"), QSettings.Format.IniFormat)
    settings.setAtomicSyncRequired(True)  # Qt's default, relied on: a kill mid-write leaves the old file whole
    return settings


class SignInCancelled(Exception):
    """The user closed the sign-in dialog."""


class ConsoleController:
    """Owns the session of the site on screen. `switch_to` saves this site's arrangement, signs in to the next one
    and restores its arrangement."""

    def __init__(self, window: Any, settings: QSettings, *, profiles: ProfileStore | None = None,
                 ask_credentials: AskCredentials | None = None, keyring_backend: Any = None,
                 use_keyring: bool = True) -> None:
        self.window = window
        self.settings = settings
        self.profiles = profiles
        self.ask_credentials = ask_credentials
        self._keyring_backend = keyring_backend
        self._use_keyring = use_keyring
        self.session: ConsoleSession | None = None
        self.profile: SiteProfile | None = None
        self.user: dict[str, Any] | None = None  # None: the backend runs without sign-in (everything allowed)
        self.keeper: TokenKeeper | None = None
        self.on_session: list[Callable[[ConsoleSession], None]] = []  # called after each successful open
        self._resign_task: asyncio.Task[None] | None = None
        self._saved: tuple[QByteArray, QByteArray, str] | None = None  # as last written for the open site
        self._autosave = QTimer()
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self._wall_changed = QTimer()
        self._wall_changed.setSingleShot(True)
        self._wall_changed.setInterval(WALL_SAVE_DELAY_MS)
        self._wall_changed.timeout.connect(self.autosave)

    # -- site ------------------------------------------------------------------------------------------------------

    async def open_site(self, profile: SiteProfile, credentials: tuple[str, str] | None = None) -> None:
        """Close the current site (saving its arrangement), sign in to `profile` and load it.

        Raises BackendError (unreachable, TLS refused, bad answer) or SignInCancelled.
        """
        switching = self.session is not None
        if switching:
            await self.close()
        keeper = TokenKeeper(f"{profile.id}@{profile.backend_url}", keyring_backend=self._keyring_backend,
                             use_keyring=self._use_keyring)
        session = ConsoleSession(profile.backend_url, self.window.state, keeper=keeper,
                                 ca_file=profile.ca_file or None, allow_insecure_http=profile.allow_insecure_http)
        session.sig_link.connect(self.window.set_link)  # before open(): the stream goes online during it
        session.sig_link.connect(self._on_link)
        try:
            health = await _wait_healthy(session)
            user = await self._sign_in(session, keeper, profile, credentials) if health.get("auth_required") else None
            if not self.restore_arrangement(profile.id) and switching:
                self.window.wall.apply_layout(WallLayout("Wall", "4x4"))  # a new site starts with an empty wall
            await session.open()
        except BaseException:
            await session.close()
            raise
        self.session, self.profile, self.keeper, self.user = session, profile, keeper, user
        self._saved = None  # the next autosave writes this site's arrangement as it is now
        if self.profiles is not None and profile.id in self.profiles.profiles:
            self.profiles.use(profile.id)
        self.window.set_site(profile.name, user)
        for callback in self.on_session:
            callback(session)
        log.info("site %s (%s) open; signed in as %s", profile.name, profile.backend_url,
                 user["username"] if user else "nobody (sign-in off)")

    async def _sign_in(self, session: ConsoleSession, keeper: TokenKeeper, profile: SiteProfile,
                       credentials: tuple[str, str] | None) -> dict[str, Any]:
        if credentials is not None:
            return await session.client.sign_in(*credentials)
        if keeper.refresh_token:  # a refresh token from the keyring: no password needed
            try:
                await session.client.refresh()
                return keeper.user or await session.client.me()
            except BackendError as exc:
                log.info("stored sign-in no longer valid (%s); asking for the password", exc.status)
                keeper.sign_out()
        if self.ask_credentials is None:
            raise BackendError(f"{profile.name} requires sign-in", 401)
        error = ""
        while True:
            answer = await self.ask_credentials(profile, error)
            if answer is None:
                raise SignInCancelled(profile.name)
            try:
                return await session.client.sign_in(*answer)
            except BackendError as exc:
                if exc.status != 401:
                    raise
                error = "credentials"  # the dialog shows its own translated text

    def _on_link(self, state: Any, reason: str) -> None:
        """The refresh token ran out (the stream cannot reconnect with a 401): ask for the password again."""
        from console.api.events import LinkState

        expired = state is LinkState.OFFLINE and "401" in reason and "/auth/refresh" in reason
        if expired and self._resign_task is None and self.ask_credentials is not None and self.profile is not None:
            self._resign_task = asyncio.get_running_loop().create_task(self._sign_in_again())

    async def _sign_in_again(self) -> None:
        session, profile, keeper = self.session, self.profile, self.keeper
        try:
            if session is None or profile is None or keeper is None:
                return
            keeper.sign_out()  # the old refresh token is useless now
            self.user = await self._sign_in(session, keeper, profile, None)
            self.window.set_site(profile.name, self.user)
            for callback in self.on_session:
                callback(session)
        except (BackendError, SignInCancelled) as exc:
            log.warning("signing in again failed: %s", exc)
        finally:
            self._resign_task = None

    async def switch_to(self, profile: SiteProfile, credentials: tuple[str, str] | None = None) -> None:
        await self.open_site(profile, credentials)

    async def sign_out(self) -> None:
        if self.keeper is not None:
            self.keeper.sign_out()
        await self.close()

    async def close(self) -> None:
        if self._resign_task is not None:
            self._resign_task.cancel()
            self._resign_task = None
        session, self.session = self.session, None
        if session is None:
            return
        if self.profile is not None:
            self.save_arrangement(self.profile.id)
        self.window.wall.stop()
        await session.close()
        self.user = None

    # -- role ------------------------------------------------------------------------------------------------------

    @property
    def role(self) -> str | None:
        return str(self.user["role"]) if self.user else None

    async def acknowledge(self, incident_id: str) -> None:
        if self.session is None:
            return
        operator = self.user["username"] if self.user else "console"
        await self.session.client.incident_action(incident_id, {
            "action": "acknowledge", "idempotency_key": uuid.uuid4().hex, "operator": operator})

    # -- arrangement per site --------------------------------------------------------------------------------------

    def save_arrangement(self, profile_id: str) -> None:
        self._write(profile_id, self._arrangement())

    def start_autosave(self) -> None:
        """Keep the open site's arrangement saved as it changes, not only at close: a console killed mid-work
        (SIGKILL, power cut) comes back with its windows, docks and wall as they were."""
        if not self._autosave.isActive():
            self._autosave.start()
            self.window.wall.sig_layout_changed.connect(self._wall_changed.start)

    def stop_autosave(self) -> None:
        if self._autosave.isActive():
            self._autosave.stop()
            self._wall_changed.stop()
            self.window.wall.sig_layout_changed.disconnect(self._wall_changed.start)

    def autosave(self) -> bool:
        """Write the open site's arrangement if it changed since it was last written. True when it wrote."""
        if self.session is None or self.profile is None:
            return False  # between sites: what is on screen belongs to neither site yet
        arrangement = self._arrangement()
        if arrangement == self._saved:
            return False
        self._write(self.profile.id, arrangement)
        return True

    def _arrangement(self) -> tuple[QByteArray, QByteArray, str]:
        return (self.window.saveGeometry(), self.window.saveState(),
                json.dumps(self.window.wall.layout_model.to_json()))

    def _write(self, profile_id: str, arrangement: tuple[QByteArray, QByteArray, str]) -> None:
        geometry, state, wall = arrangement
        s = self.settings
        s.beginGroup(f"sites/{profile_id}")
        s.setValue("geometry", geometry)
        s.setValue("window_state", state)
        s.setValue("wall", wall)
        s.endGroup()
        s.sync()  # written through QSaveFile: the old file or the new one, never half of one
        if s.status() != QSettings.Status.NoError:
            log.error("cannot save the window arrangement in %s: %s", s.fileName(), s.status())
        self._saved = arrangement if self.profile is not None and profile_id == self.profile.id else None

    def restore_arrangement(self, profile_id: str) -> bool:
        """True when this site had a saved arrangement (window, docks, wall)."""
        s = self.settings
        s.beginGroup(f"sites/{profile_id}")
        try:
            geometry, state, wall = s.value("geometry"), s.value("window_state"), s.value("wall")
        finally:
            s.endGroup()
        if geometry is None:
            return False
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.window.restoreState(state)
        if isinstance(wall, str):
            try:
                self.window.wall.apply_layout(WallLayout.from_json(json.loads(wall)))
            except (ValueError, LayoutError) as exc:
                log.warning("saved wall of %s not restored: %s", profile_id, exc)
        return True


async def _wait_healthy(session: ConsoleSession, attempts: int = 20) -> dict[str, Any]:
    for attempt in range(attempts):
        try:
            return await session.client.health()
        except BackendError as exc:
            # a refused certificate or a plain-http refusal will not change by waiting
            if attempt == attempts - 1 or "CERTIFICATE" in exc.reason.upper():
                raise
            await asyncio.sleep(0.25)
    raise AssertionError("unreachable")
