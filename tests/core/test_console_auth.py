"""The console's sign-in against a live HTTPS backend with auth on: refresh on expiry, CA checks, transport
rules, the keyring, and no token in any log file."""

import asyncio
import logging
import time

import keyring.backend
import pytest

from console.api.auth import InsecureTransport, TokenKeeper, check_transport
from console.api.events import LinkState
from console.api.local_backend import LocalBackend
from console.api.rest import BackendClient, BackendError
from console.diagnostics import setup_logging
from console.session import ConsoleSession
from tests.core.tls_fixtures import make_ca, make_server_cert

TTL_S = 4


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pki")
    ca, ca_key, ca_cert = make_ca(folder, "district-ca")
    cert, key = make_server_cert(folder, ca_key, ca_cert)
    wrong_ca, _, _ = make_ca(folder / "other", "someone-elses-ca")
    return {"ca": str(ca), "cert": str(cert), "key": str(key), "wrong_ca": str(wrong_ca)}


@pytest.fixture(scope="module")
def tls_backend(tmp_path_factory, pki):
    local = LocalBackend(tmp_path_factory.mktemp("sim-tls"), extra_args=[
        "--auth", "on", "--token-ttl", str(TTL_S), "--video-workers", "1",
        "--tls-cert", pki["cert"], "--tls-key", pki["key"]])
    local.start()
    assert local.url.startswith("https://127.0.0.1:")
    yield local
    local.stop()


async def wait_healthy(client, timeout=30):
    """A loaded CI machine can be slow to answer the first TLS handshake."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return await client.health()
        except BackendError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.5)


class DictKeyring(keyring.backend.KeyringBackend):
    """An in-process keyring backend through keyring's own plugin interface (no OS keyring on CI)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self):
        super().__init__()
        self.items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.mark.parametrize("url, allowed", [
    ("http://127.0.0.1:8080", True), ("http://localhost:8080", True), ("http://[::1]:8080", True),
    ("https://10.0.0.5", True), ("http://10.0.0.5:8080", False), ("http://backend.city.kz", False),
    ("ftp://127.0.0.1", False),
])
def test_plain_http_only_to_loopback(url, allowed):
    if allowed:
        check_transport(url)
    else:
        with pytest.raises(InsecureTransport):
            check_transport(url)
        with pytest.raises(BackendError):
            BackendClient(url)
    check_transport("http://10.0.0.5:8080", allow_insecure_http=True)


def test_a_missing_ca_file_is_a_clear_error(tmp_path):
    with pytest.raises(BackendError, match="CA certificate"):
        BackendClient("https://127.0.0.1:1", ca_file=str(tmp_path / "nope.pem"))


def test_the_right_ca_connects_and_a_wrong_or_missing_one_is_refused(tls_backend, pki):
    async def scenario():
        for ca in (pki["wrong_ca"], None):  # None: the system's trust store does not know our CA either
            client = BackendClient(tls_backend.url, ca_file=ca, timeout=15)
            try:
                with pytest.raises(BackendError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
                    await client.health()
            finally:
                await client.aclose()
        client = BackendClient(tls_backend.url, ca_file=pki["ca"], timeout=15)
        try:
            assert (await client.health())["auth_required"] is True
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_expired_token_is_refreshed_for_rest_and_the_event_stream(tls_backend, pki, tmp_path):
    logs = tmp_path / "logs"
    setup_logging(verbose=True, folder=logs, console=False)
    logging.getLogger("httpx").setLevel(logging.DEBUG)
    keeper = TokenKeeper("test-site/operator", use_keyring=False)
    seen_tokens = []

    async def scenario():
        session = ConsoleSession(tls_backend.url, keeper=keeper, ca_file=pki["ca"])
        try:
            await wait_healthy(session.client)
            user = await session.client.sign_in("operator", "qala-operator")
            assert user["role"] == "operator" and keeper.role == "operator"
            seen_tokens.extend([keeper.access_token, keeper.refresh_token])
            await session.open()
            assert len(session.state.cameras) == 17  # 16 street cameras and the drone
            deadline = time.monotonic() + 20
            while session.events.state is not LinkState.ONLINE and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            assert session.events.state is LinkState.ONLINE

            first = keeper.access_token
            await asyncio.sleep(TTL_S + 1)  # the access token has expired on the server
            assert keeper.needs_refresh()
            items, _ = await session.client.incidents(limit=5)  # refreshed before the request
            assert items and keeper.access_token != first
            seen_tokens.extend([keeper.access_token, keeper.refresh_token])

            # the server refuses a token the client still thinks is good: refresh on the 401, retry once
            stale = keeper.access_token
            await asyncio.sleep(TTL_S + 1)
            keeper.expires_at = time.monotonic() + 3600
            await session.client.units()
            assert keeper.access_token != stale
            logging.getLogger("qala.test").info("signed in with %s; refresh %s", keeper.access_token,
                                                 keeper.refresh_token)
            seen_tokens.extend([keeper.access_token, keeper.refresh_token])

            # the event stream reconnects with a fresh token after its token expired
            await asyncio.sleep(TTL_S + 1)
            await session.events.drop()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                await asyncio.sleep(0.1)
                if session.events.state is LinkState.ONLINE and session.events.reconnects >= 1:
                    break
            assert session.events.state is LinkState.ONLINE and session.events.reconnects >= 1
            seen_tokens.extend([keeper.access_token, keeper.refresh_token])
        finally:
            await session.close()

    try:
        asyncio.run(scenario())
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_qala", False):
                logging.getLogger().removeHandler(handler)
                handler.close()
    text = "".join(p.read_text(errors="replace") for p in logs.rglob("*") if p.is_file())
    assert "signed in with ***" in text  # the line was written, the tokens scrubbed
    for token in filter(None, seen_tokens):
        assert token not in text


def test_an_expired_refresh_token_means_signing_in_again(tls_backend, pki):
    keeper = TokenKeeper("test-site/pilot", use_keyring=False)

    async def scenario():
        client = BackendClient(tls_backend.url, ca_file=pki["ca"], keeper=keeper, timeout=15)
        try:
            with pytest.raises(BackendError) as refused:
                await client.sign_in("pilot", "wrong-password")
            assert refused.value.status == 401 and keeper.access_token is None
            await client.sign_in("pilot", "qala-pilot")
            keeper.sign_out()
            with pytest.raises(BackendError, match="sign in") as signed_out:
                await client.cameras()
            assert signed_out.value.status == 401
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_the_refresh_token_goes_to_the_keyring_not_memory(tls_backend, pki):
    ring = DictKeyring()
    keeper = TokenKeeper("city/supervisor", keyring_backend=ring)
    assert keeper.storage.startswith("keyring")

    async def scenario():
        client = BackendClient(tls_backend.url, ca_file=pki["ca"], keeper=keeper, timeout=15)
        try:
            await client.sign_in("supervisor", "qala-supervisor")
            stored = ring.items[("qala-console", "city/supervisor")]
            assert keeper._refresh_memory is None and keeper.refresh_token == stored
            # a new console run (new keeper, same keyring) refreshes without a password
            again = TokenKeeper("city/supervisor", keyring_backend=ring)
            client2 = BackendClient(tls_backend.url, ca_file=pki["ca"], keeper=again, timeout=15)
            try:
                assert (await client2.me())["username"] == "supervisor"
            finally:
                await client2.aclose()
            keeper.sign_out()
            assert ("qala-console", "city/supervisor") not in ring.items
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_without_an_os_keyring_the_refresh_token_stays_in_memory():
    keeper = TokenKeeper("x", use_keyring=False)
    keeper.set_tokens({"access_token": "a" * 20, "refresh_token": "r" * 20, "expires_in": 60})
    assert keeper.storage == "memory" and keeper.refresh_token == "r" * 20
