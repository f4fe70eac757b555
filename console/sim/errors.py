"""The contract's error body for every route of the embedded backend."""

from __future__ import annotations

from aiohttp import web


def json_error(status: int, error: str, detail: str) -> web.Response:
    """`{"error": machine word, "detail": reason for the operator}` with the status."""
    return web.json_response({"error": error, "detail": detail}, status=status)
