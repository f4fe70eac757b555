"""Sign-in for the embedded backend: users with scrypt-hashed passwords in `users.json`, and signed bearer
tokens (access and refresh) with expiry.

Tokens are `base64url(payload).base64url(HMAC-SHA256)` with a per-backend secret kept in the data folder, so
they survive a backend restart (consoles stay signed in) and need no token table.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.api.roles import ROLES

USERS_FILE = "users.json"
SECRET_FILE = "auth-secret"
ACCESS_TTL_S = 15 * 60
REFRESH_TTL_S = 12 * 3600
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}

# Documented in README.md and docs/contract.md; created only when the data folder has no users file.
DEMO_USERS: dict[str, tuple[str, str, str]] = {
    # username: (role, password, display name)
    "operator": ("operator", "qala-operator", "Duty operator"),
    "supervisor": ("supervisor", "qala-supervisor", "Shift supervisor"),
    "pilot": ("drone_pilot", "qala-pilot", "Drone pilot"),
    "admin": ("administrator", "qala-admin", "District IT"),
}


class AuthError(Exception):
    """Sign-in or token refused; `error` is the contract code (`invalid_credentials`, `token_expired`, ...)."""

    def __init__(self, error: str, detail: str) -> None:
        super().__init__(detail)
        self.error = error
        self.detail = detail


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


@dataclass(frozen=True)
class User:
    username: str
    role: str
    display_name: str

    def as_json(self) -> dict[str, Any]:
        return {"username": self.username, "role": self.role, "display_name": self.display_name}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Authenticator:
    """Users from `<data>/users.json` (demo users written when it is missing) and the token issuer."""

    def __init__(self, data_dir: Path, access_ttl_s: float = ACCESS_TTL_S, refresh_ttl_s: float = REFRESH_TTL_S) -> None:
        self.access_ttl_s = access_ttl_s
        self.refresh_ttl_s = refresh_ttl_s
        self.users_file = data_dir / USERS_FILE
        self._secret = self._load_secret(data_dir / SECRET_FILE)
        if not self.users_file.exists():
            write_users(self.users_file, {name: (role, pw, display) for name, (role, pw, display) in DEMO_USERS.items()})
        self._users = self._load_users()

    @staticmethod
    def _load_secret(path: Path) -> bytes:
        if path.exists() and len(path.read_bytes()) >= 32:
            return path.read_bytes()
        secret = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(secret)
        return secret

    def _load_users(self) -> dict[str, tuple[User, str]]:
        try:
            raw = json.loads(self.users_file.read_text(encoding="utf-8"))
            users = {}
            for item in raw["users"]:
                if item["role"] not in ROLES:
                    raise ValueError(f"unknown role {item['role']!r} for {item['username']!r}")
                user = User(item["username"], item["role"], item.get("display_name", item["username"]))
                users[user.username] = (user, item["password_hash"])
            return users
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise RuntimeError(f"cannot read the users file {self.users_file}: {exc}") from exc

    def users(self) -> list[User]:
        return [user for user, _ in self._users.values()]

    def sign_in(self, username: str, password: str) -> dict[str, Any]:
        entry = self._users.get(username)
        # hash even for an unknown user, so timing does not tell which usernames exist
        ok = verify_password(password, entry[1] if entry else hash_password("x", b"0" * 16))
        if entry is None or not ok:
            raise AuthError("invalid_credentials", "unknown user or wrong password")
        return self._issue(entry[0])

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        claims = self._verify(refresh_token, "refresh")
        entry = self._users.get(claims["sub"])
        if entry is None:
            raise AuthError("invalid_token", "the user no longer exists")
        return self._issue(entry[0])

    def user_for(self, access_token: str) -> User:
        claims = self._verify(access_token, "access")
        entry = self._users.get(claims["sub"])
        if entry is None:
            raise AuthError("invalid_token", "the user no longer exists")
        return entry[0]

    def _issue(self, user: User) -> dict[str, Any]:
        now = time.time()
        return {
            "access_token": self._sign({"sub": user.username, "typ": "access", "exp": now + self.access_ttl_s}),
            "refresh_token": self._sign({"sub": user.username, "typ": "refresh", "exp": now + self.refresh_ttl_s}),
            "token_type": "bearer",
            "expires_in": self.access_ttl_s,
            "refresh_expires_in": self.refresh_ttl_s,
            "user": user.as_json(),
        }

    def _sign(self, claims: dict[str, Any]) -> str:
        body = _b64(json.dumps({**claims, "jti": secrets.token_hex(8)}, separators=(",", ":")).encode())
        return body + "." + _b64(hmac.new(self._secret, body.encode(), hashlib.sha256).digest())

    def _verify(self, token: str, kind: str) -> dict[str, Any]:
        try:
            body, signature = token.split(".")
            expected = _b64(hmac.new(self._secret, body.encode(), hashlib.sha256).digest())
            if not hmac.compare_digest(signature, expected):
                raise ValueError("bad signature")
            claims = json.loads(_unb64(body))
            if claims["typ"] != kind:
                raise ValueError(f"not an {kind} token")
        except (ValueError, KeyError, TypeError) as exc:
            raise AuthError("invalid_token", f"the {kind} token is not valid") from exc
        if float(claims["exp"]) < time.time():
            raise AuthError("token_expired", f"the {kind} token has expired; refresh or sign in again")
        return dict(claims)


def write_users(path: Path, users: dict[str, tuple[str, str, str]]) -> None:
    """Write a users file: {username: (role, password, display name)}; passwords are stored hashed only."""
    items = [{"username": name, "role": role, "display_name": display, "password_hash": hash_password(password)}
             for name, (role, password, display) in users.items()]
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"version": 1, "users": items}, indent=2), encoding="utf-8")
    tmp.replace(path)
