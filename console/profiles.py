"""Site profiles: which backend a console connects to (URL, CA certificate, name), several per console.

Stored as JSON in the console's configuration folder (`$QALA_CONFIG_DIR`, else the platform's per-user config
folder). A profile holds no secret: tokens live in memory and the OS keyring only.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from console.api.auth import InsecureTransport, check_transport
from console.wall.store import config_dir  # one config folder for sites, layouts and the arrangement

PROFILES_FILE = "sites.json"
DEMO_ID = "demo"


class ProfileError(ValueError):
    """A profile that cannot be used; the message says which field and why."""


@dataclass
class SiteProfile:
    id: str
    name: str
    backend_url: str
    ca_file: str = ""  # PEM; empty: the system's trust store
    allow_insecure_http: bool = False  # plain http to another machine, only when a site's IT says so
    username: str = ""  # pre-filled in the sign-in dialog

    def validate(self) -> None:
        if not self.name.strip():
            raise ProfileError("the site needs a name")
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,47}", self.id):
            raise ProfileError(f"bad site id {self.id!r}")
        try:
            check_transport(self.backend_url, self.allow_insecure_http)
        except InsecureTransport as exc:
            raise ProfileError(str(exc)) from exc
        if self.ca_file and not Path(self.ca_file).is_file():
            raise ProfileError(f"the CA certificate {self.ca_file} does not exist")

    @classmethod
    def from_json(cls, obj: Any) -> SiteProfile:
        if not isinstance(obj, dict):
            raise ProfileError("a site profile must be an object")
        try:
            return cls(id=str(obj["id"]), name=str(obj["name"]), backend_url=str(obj["backend_url"]),
                       ca_file=str(obj.get("ca_file", "")), allow_insecure_http=bool(obj.get("allow_insecure_http")),
                       username=str(obj.get("username", "")))
        except KeyError as exc:
            raise ProfileError(f"a site profile lacks {exc}") from exc


def slug(name: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]
    return text or "site"


class ProfileStore:
    """The console's site profiles and which one was used last; every change is written at once (atomically)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or config_dir()) / PROFILES_FILE
        self.profiles: dict[str, SiteProfile] = {}
        self.last_used = ""
        self.problem = ""  # why the file could not be read, if it could not (the file is then left alone)
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            for item in raw.get("sites", []):
                profile = SiteProfile.from_json(item)
                self.profiles[profile.id] = profile
            self.last_used = str(raw.get("last_used", ""))
        except (OSError, ValueError, AttributeError) as exc:
            self.problem = f"cannot read {self.path}: {exc}"
            bad = self.path.with_suffix(".unreadable.json")
            self.path.replace(bad)  # keep it for IT to look at; start empty rather than lose it on next save
            self.problem += f" (kept as {bad.name})"
            self.profiles.clear()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {"version": 1, "last_used": self.last_used, "sites": [asdict(p) for p in self.profiles.values()]}
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(body, indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)

    def add(self, profile: SiteProfile) -> SiteProfile:
        profile.validate()
        self.profiles[profile.id] = profile
        self.save()
        return profile

    def new_id(self, name: str) -> str:
        base = slug(name)
        candidate, n = base, 1
        while candidate in self.profiles:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def remove(self, profile_id: str) -> None:
        self.profiles.pop(profile_id, None)
        if self.last_used == profile_id:
            self.last_used = ""
        self.save()

    def use(self, profile_id: str) -> None:
        self.last_used = profile_id
        self.save()

    def current(self) -> SiteProfile | None:
        return self.profiles.get(self.last_used) or next(iter(self.profiles.values()), None)

    def find(self, key: str) -> SiteProfile | None:
        """By id or (case-insensitive) name."""
        if key in self.profiles:
            return self.profiles[key]
        return next((p for p in self.profiles.values() if p.name.lower() == key.lower()), None)
