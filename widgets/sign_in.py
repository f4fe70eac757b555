"""The sign-in dialog: username and password for one site; the password never leaves this dialog but to the
backend's token endpoint."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("SignInDialog", text)


class SignInDialog(QDialog):
    def __init__(self, site_name: str, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign-in")
        self.setWindowTitle(tr("Sign in"))
        self.site_label = QLabel(tr("Site: {name}").format(name=site_name))
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel("")
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #ff8a80;")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.site_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def set_error(self, reason: str) -> None:
        self.error_label.setText(reason)

    def credentials(self) -> tuple[str, str]:
        return self.username.text().strip(), self.password.text()

    def clear_password(self) -> None:
        self.password.clear()


async def run_dialog(dialog: QDialog) -> bool:
    """Show `dialog` without a nested event loop and wait for it on the asyncio loop; True when accepted."""
    done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result == QDialog.DialogCode.Accepted.value)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await done
    finally:
        dialog.finished.disconnect(finished)


def wrong_credentials_text() -> str:
    return tr("Wrong user name or password.")
