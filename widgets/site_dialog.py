"""Adding or editing a site profile (backend URL, CA certificate, name); on first run it also offers the demo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.profiles import ProfileError, ProfileStore, SiteProfile


def tr(text: str) -> str:
    return QCoreApplication.translate("SiteDialog", text)


class SiteDialog(QDialog):
    """`profile` set: edit it; else a new one. `first_run`: a welcome line and a "demo city" button."""

    def __init__(self, store: ProfileStore, profile: SiteProfile | None = None, *, first_run: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("site-dialog")
        self.store = store
        self.editing = profile
        self.result_profile: SiteProfile | None = None
        self.use_demo = False
        self.setWindowTitle(tr("Welcome to Qala Console") if first_run else tr("Site"))
        self.name = QLineEdit(profile.name if profile else "")
        self.url = QLineEdit(profile.backend_url if profile else "https://")
        self.ca_file = QLineEdit(profile.ca_file if profile else "")
        self.ca_file.setPlaceholderText(tr("system certificates"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(browse)
        self.allow_http = QCheckBox(tr("Allow unencrypted http to another machine (not recommended)"))
        self.allow_http.setChecked(bool(profile and profile.allow_insecure_http))
        self.username = QLineEdit(profile.username if profile else "")
        self.error_label = QLabel("")
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #ff8a80;")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Site name"), self.name)
        form.addRow(tr("Backend URL"), self.url)
        form.addRow(tr("CA certificate"), ca_row)
        form.addRow("", self.allow_http)
        form.addRow(tr("User name"), self.username)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(tr("Add the site this console works for: its backend address and, if the site uses "
                              "its own certificate authority, the CA certificate file."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        if first_run:
            self.demo_button = buttons.addButton(tr("Try the demo city"), QDialogButtonBox.ButtonRole.ActionRole)
            self.demo_button.clicked.connect(self._demo)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("CA certificate"), "", tr("Certificates (*.pem *.crt *.cer)"))
        if path:
            self.ca_file.setText(path)

    def _demo(self) -> None:
        self.use_demo = True
        super().accept()

    def accept(self) -> None:
        name = self.name.text().strip()
        profile = SiteProfile(id=self.editing.id if self.editing else self.store.new_id(name or "site"), name=name,
                              backend_url=self.url.text().strip().rstrip("/"), ca_file=self.ca_file.text().strip(),
                              allow_insecure_http=self.allow_http.isChecked(), username=self.username.text().strip())
        try:
            self.store.add(profile)
        except ProfileError as exc:
            self.error_label.setText(str(exc))  # stays open: nothing typed is lost
            return
        self.result_profile = profile
        super().accept()
