import pytest

from console.api.local_backend import LocalBackend


@pytest.fixture(scope="session")
def backend(tmp_path_factory):
    """One embedded city backend (API + video workers) for the end-to-end tests."""
    local = LocalBackend(tmp_path_factory.mktemp("sim"))
    local.start()
    yield local
    local.stop()
