"""The body of a POST we serve, read with a size cap (Slack and QuickBooks routes alike)."""

from __future__ import annotations

from starlette.requests import Request


class BodyTooLarge(Exception):
    """More bytes than the route accepts (answer 413)."""


async def read_capped(request: Request, cap: int) -> bytes:
    """The raw body, refusing more than `cap` bytes whatever Content-Length claims.

    Raises BodyTooLarge, or starlette's ClientDisconnect when the sender hangs up.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)
