"""The main window's menus for sites, language, incidents and administration; what the signed-in role cannot
do is not offered."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from console.api.rest import BackendError
from console.api.roles import can
from widgets.translations import LANGUAGES, install_translation

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("ConsoleMenus", text)


LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}  # each in its own language, never translated


class ConsoleMenus:
    """Builds the menu bar on `window`; `controller` is a ConsoleController. Rebuilds its texts on a language
    change and its role-dependent entries on each sign-in."""

    def __init__(self, window: Any, controller: Any, settings: QSettings) -> None:
        self.window = window
        self.controller = controller
        self.settings = settings
        self._tasks: set[asyncio.Task[Any]] = set()
        bar = window.menuBar()
        self.site_menu = bar.addMenu("")
        self.sites_menu = self.site_menu.addMenu("")
        self.add_site_action = self.site_menu.addAction("", self._add_site)
        self.sign_out_action = self.site_menu.addAction("", lambda: self._spawn(self._sign_out()))
        self.incident_menu = bar.addMenu("")
        self.acknowledge_action = self.incident_menu.addAction("", lambda: self._spawn(self._acknowledge()))
        self.acknowledge_action.setShortcut("Ctrl+Return")
        self.admin_menu = bar.addMenu("")
        self.users_action = self.admin_menu.addAction("", lambda: self._spawn(self._show_users()))
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = self.language_menu.addAction(LANGUAGE_NAMES[code])
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        window.sig_retranslate.connect(self.retranslate)
        self.retranslate()
        self.apply_role(None)

    def retranslate(self) -> None:
        self.site_menu.setTitle(tr("&Site"))
        self.sites_menu.setTitle(tr("Switch to"))
        self.add_site_action.setText(tr("Add site…"))
        self.sign_out_action.setText(tr("Sign out"))
        self.incident_menu.setTitle(tr("&Incident"))
        self.acknowledge_action.setText(tr("Acknowledge selected incident"))
        self.admin_menu.setTitle(tr("&Administration"))
        self.users_action.setText(tr("Users…"))
        self.language_menu.setTitle(tr("&Language"))
        self.refresh_sites()

    def set_language(self, code: str) -> None:
        if install_translation(code):  # Qt sends LanguageChange: every window retranslates itself
            self.settings.setValue("ui/language", code)
        self.language_actions[code].setChecked(True)

    def apply_role(self, user: dict[str, Any] | None) -> None:
        """Offer only what the role may do; with sign-in off (user None while a session is open) offer all."""
        open_session = self.controller.session is not None or user is not None
        role = user.get("role") if user else None

        def allowed(permission: str) -> bool:
            return open_session and (user is None or can(role, permission))

        self.acknowledge_action.setVisible(allowed("incident.acknowledge"))
        self.incident_menu.menuAction().setVisible(allowed("incident.acknowledge"))
        self.users_action.setVisible(allowed("users.read") and user is not None)
        self.admin_menu.menuAction().setVisible(self.users_action.isVisible())
        self.sign_out_action.setVisible(user is not None)

    def refresh_sites(self) -> None:
        self.sites_menu.clear()
        profiles = self.controller.profiles
        current = self.controller.profile.id if self.controller.profile else ""
        for profile in (profiles.profiles.values() if profiles else []):
            action = self.sites_menu.addAction(profile.name)
            action.setCheckable(True)
            action.setChecked(profile.id == current)
            action.triggered.connect(lambda _=False, p=profile: self._spawn(self._switch(p)))
        self.sites_menu.setEnabled(not self.sites_menu.isEmpty())

    # -- actions ---------------------------------------------------------------------------------------------------

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _switch(self, profile: Any) -> None:
        from widgets.console_controller import SignInCancelled

        try:
            await self.controller.switch_to(profile)
        except SignInCancelled:
            self.window.set_site(tr("not signed in"), None)
        except BackendError as exc:
            self._tell(QMessageBox.Icon.Warning, tr("Site"), tr("Cannot open {name}: {reason}").format(
                name=profile.name, reason=exc.reason))
        self.refresh_sites()

    def _add_site(self) -> None:
        from widgets.site_dialog import SiteDialog

        if self.controller.profiles is None:
            return
        dialog = SiteDialog(self.controller.profiles, parent=self.window)
        dialog.accepted.connect(self.refresh_sites)
        dialog.open()

    async def _sign_out(self) -> None:
        await self.controller.sign_out()
        self.window.set_site(tr("signed out"), None)

    def selected_incident(self) -> str | None:
        view = self.window.incident_list
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        index: QModelIndex = rows[0] if rows else view.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    async def _acknowledge(self) -> None:
        incident_id = self.selected_incident()
        if incident_id is None:
            self.window.statusBar().showMessage(tr("Select an incident first"), 4000)
            return
        try:
            await self.controller.acknowledge(incident_id)
            self.window.statusBar().showMessage(tr("Acknowledged {id}").format(id=incident_id), 4000)
        except BackendError as exc:
            self.window.statusBar().showMessage(exc.reason, 8000)

    async def _show_users(self) -> None:
        session = self.controller.session
        if session is None:
            return
        try:
            users = await session.client.users()
        except BackendError as exc:
            self._tell(QMessageBox.Icon.Warning, tr("Users"), exc.reason)
            return
        lines = [f"{u['username']}: {u['role']} ({u['display_name']})" for u in users]
        self._tell(QMessageBox.Icon.Information, tr("Users"), "\n".join(lines))

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A window-modal message that does not block: these are shown from coroutines, and QMessageBox's static
        functions run a nested event loop there, in which asyncio cannot resume any other task (their wake-ups are
        lost: the event stream and the outbox would stop for good, and could not even be cancelled)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
