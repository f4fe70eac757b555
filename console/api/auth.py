"""The console's side of sign-in: tokens held in memory, the refresh token in the OS keyring where one exists,
and the transport rules (TLS verified by default, custom CA, plain HTTP only to loopback unless allowed).

Tokens are never written to a file or a settings store: without a usable keyring the refresh token lives in
memory only and the user signs in again after a restart.
"""

from __future__ import annotations

import ipaddress
import logging
import ssl
import time
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

KEYRING_SERVICE = "qala-console"
REFRESH_MARGIN_S = 30.0  # refresh this long before expiry (or at a quarter of a short lifetime)


class InsecureTransport(ValueError):
    """The backend URL would send tokens in clear text to another machine."""


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_transport(base_url: str, allow_insecure_http: bool = False) -> None:
    """Raise InsecureTransport unless the URL is https, or http to this machine, or http explicitly allowed."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https"):
        raise InsecureTransport(f"the backend URL must start with https:// (got {base_url!r})")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname or ""):
        raise InsecureTransport(
            f"plain http to {parts.hostname} would send passwords and tokens unencrypted; use https:// "
            "or allow insecure http for this site explicitly")


def tls_context(ca_file: str | None = None) -> ssl.SSLContext:
    """Certificate and host name verified; `ca_file` (PEM) replaces the system's trust store when given."""
    if ca_file:
        try:
            return ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ValueError(f"cannot load the CA certificate {ca_file}: {exc}") from exc
    return ssl.create_default_context()


def _keyring() -> Any | None:
    """The OS keyring backend when a real one is available here, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the console
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    # keyrings.alt's file backends would put the token in a file: refuse them
    if "file" in type(backend).__module__.lower() or "alt" in type(backend).__module__.lower():
        return None
    return backend


class TokenKeeper:
    """Access token and expiry in memory; the refresh token in the OS keyring (`keyring_account`) or memory.

    `keyring_backend` is for tests and callers that pick one; by default the OS keyring is looked up.
    """

    def __init__(self, keyring_account: str, *, keyring_backend: Any | None = None, use_keyring: bool = True) -> None:
        self.account = keyring_account
        self._keyring = (keyring_backend or _keyring()) if use_keyring else None
        self.access_token: str | None = None
        self.expires_at = 0.0
        self.lifetime_s = 0.0
        self.user: dict[str, Any] | None = None
        self._refresh_memory: str | None = None

    @property
    def storage(self) -> str:
        """Where the refresh token is kept: "keyring (<backend>)" or "memory"."""
        return f"keyring ({type(self._keyring).__name__})" if self._keyring is not None else "memory"

    def set_tokens(self, tokens: dict[str, Any]) -> None:
        self.access_token = str(tokens["access_token"])
        self.lifetime_s = float(tokens.get("expires_in", 0))
        self.expires_at = time.monotonic() + self.lifetime_s
        if isinstance(tokens.get("user"), dict):
            self.user = dict(tokens["user"])
        self._store_refresh(str(tokens["refresh_token"]))

    def _store_refresh(self, token: str) -> None:
        if self._keyring is not None:
            try:
                self._keyring.set_password(KEYRING_SERVICE, self.account, token)
                self._refresh_memory = None
                return
            except Exception as exc:  # locked or gone: keep it for this run only
                log.warning("the keyring refused the refresh token (%s); keeping it in memory", exc.__class__.__name__)
        self._refresh_memory = token

    @property
    def refresh_token(self) -> str | None:
        if self._refresh_memory is not None:
            return self._refresh_memory
        if self._keyring is not None:
            try:
                value = self._keyring.get_password(KEYRING_SERVICE, self.account)
                return str(value) if value else None
            except Exception:
                return None
        return None

    @property
    def role(self) -> str | None:
        return str(self.user["role"]) if self.user and "role" in self.user else None

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"} if self.access_token else {}

    def needs_refresh(self) -> bool:
        if self.access_token is None:
            return self.refresh_token is not None
        margin = min(REFRESH_MARGIN_S, self.lifetime_s / 4)
        return time.monotonic() >= self.expires_at - margin

    def expire_access(self) -> None:
        """The backend refused the access token: forget it so the next request refreshes."""
        self.access_token = None

    def sign_out(self) -> None:
        self.access_token = None
        self.user = None
        self._refresh_memory = None
        if self._keyring is not None:
            try:
                self._keyring.delete_password(KEYRING_SERVICE, self.account)
            except Exception:
                pass  # nothing stored
