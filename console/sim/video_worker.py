"""A video worker process of the embedded backend: serves the live streams of some cameras.

Encoding 16 cameras in the API process would put every encoder and the analytics under one GIL; workers
(one per core) encode in parallel and leave the API process free to publish events on time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from aiohttp import web

from console.frozen import child_command
from console.sim.district import KosshyDistrict
from console.sim.drone import DRONE_CAMERA_ID, DRONE_NAME, DRONE_NUMBER, DroneFlight
from console.sim.drone_painter import DronePainter
from console.sim.live_encoder import LiveEncoder
from console.sim.scene import CameraScene
from console.video.priority import DECODE_NICE, lower_process_to

PROFILES = {"main": (1280, 720), "sub": (640, 360)}


class VideoService:
    def __init__(self, loop: asyncio.AbstractEventLoop, camera_ids: set[str]) -> None:
        self._loop = loop
        self._district = KosshyDistrict()
        self._camera_ids = camera_ids
        self.encoders: dict[tuple[str, str], LiveEncoder] = {}

    async def video(self, request: web.Request) -> web.StreamResponse:
        camera_id, profile = request.match_info["camera_id"], request.match_info["profile"]
        camera = self._district.camera_by_id.get(camera_id)
        if camera_id == DRONE_CAMERA_ID and camera_id in self._camera_ids and profile in PROFILES:
            return await self._serve(request, self._drone_encoder(profile))
        if camera is None or camera_id not in self._camera_ids or profile not in PROFILES:
            return web.json_response({"error": "not_found", "detail": f"no stream {camera_id}/{profile}"}, status=404)
        encoder = self.encoders.get((camera_id, profile))
        if encoder is None:
            width, height = PROFILES[profile]
            encoder = LiveEncoder(self._loop, CameraScene(camera.number), f"{camera_id}-{profile}", width, height,
                                  camera.name)
            self.encoders[(camera_id, profile)] = encoder
        return await self._serve(request, encoder)

    def _drone_encoder(self, profile: str) -> LiveEncoder:
        encoder = self.encoders.get((DRONE_CAMERA_ID, profile))
        if encoder is None:
            width, height = PROFILES[profile]
            flight = DroneFlight(self._district)
            painter = DronePainter(flight, DRONE_NUMBER, DRONE_NAME, width, height, self._district)
            encoder = LiveEncoder(self._loop, CameraScene(DRONE_NUMBER), f"{DRONE_CAMERA_ID}-{profile}", width, height,
                                  DRONE_NAME, painter=painter, klv=flight.klv_at)
            self.encoders[(DRONE_CAMERA_ID, profile)] = encoder
        return encoder

    async def _serve(self, request: web.Request, encoder: LiveEncoder) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "video/mp2t", "Cache-Control": "no-store"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        client = encoder.subscribe()
        try:
            while (chunk := await client.queue.get()) is not None:
                client.taken(chunk)
                await response.write(chunk)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            encoder.unsubscribe(client)
        return response

    def stop(self) -> None:
        for encoder in self.encoders.values():
            encoder.close_clients()
            encoder.stop()


class VideoWorkers:
    """Starts the worker processes and says which one serves each camera."""

    def __init__(self, data_dir: Path, host: str, camera_ids: list[str], count: int) -> None:
        self._data_dir = data_dir
        self._host = host
        self._groups = [camera_ids[i::count] for i in range(count)]
        self._procs: list[subprocess.Popen[bytes]] = []
        self.url_of: dict[str, str] = {}

    def start(self, timeout: float = 20.0) -> None:
        ready_files = []
        for index, group in enumerate(self._groups):
            ready = self._data_dir / f"video-worker-{index}.json"
            ready.unlink(missing_ok=True)
            ready_files.append(ready)
            log = open(self._data_dir / f"video-worker-{index}.log", "ab")  # noqa: SIM115 - handed to the child
            self._procs.append(subprocess.Popen(
                [*child_command("console.sim.video_worker", "sim-video-worker"), "--host", self._host, "--cameras", ",".join(group),
                 "--ready-file", str(ready), "--parent", str(os.getpid())], stdout=log, stderr=subprocess.STDOUT))
            log.close()
        deadline = time.monotonic() + timeout
        for ready, group, proc in zip(ready_files, self._groups, self._procs, strict=True):
            while not ready.exists():
                if proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"video worker did not start; see {ready.with_suffix('.log')}")
                time.sleep(0.05)
            url = json.loads(ready.read_text())["url"]
            self.url_of.update({camera_id: url for camera_id in group})

    def stop(self) -> None:
        for proc in self._procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self._procs:
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
        self._procs = []


DEMO_ENCODER_NICE = DECODE_NICE + 5  # below the console's decoders too: see main()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m console.sim.video_worker")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cameras", required=True, help="comma-separated camera ids")
    parser.add_argument("--ready-file", required=True)
    parser.add_argument("--parent", type=int, help="exit when this process is gone")
    parser.add_argument("--nice", type=int, default=DEMO_ENCODER_NICE,
                        help="nice level to run at, at least (default %(default)s)")
    args = parser.parse_args(argv)
    # the demo runs this backend on the operator's own machine: its encoders must never take the CPU from the
    # console's GUI thread; at the console's decode-thread level they share what is left fairly. An absolute level:
    # the backend that starts this worker is already lowered itself
    lower_process_to(args.nice)
    return asyncio.run(_serve(args))


async def _serve(args: argparse.Namespace) -> int:
    service = VideoService(asyncio.get_running_loop(), set(args.cameras.split(",")))
    app = web.Application()
    app.router.add_get("/video/{camera_id}/{profile}.ts", service.video)
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, args.host, args.port)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    tmp = Path(args.ready_file + ".tmp")
    tmp.write_text(json.dumps({"url": f"http://{args.host}:{port}", "pid": os.getpid()}))
    tmp.replace(args.ready_file)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    while not stop.is_set():
        if args.parent and not _alive(args.parent):
            break  # the API process died without stopping us (SIGKILL): do not linger
        try:
            await asyncio.wait_for(stop.wait(), 1.0)
        except TimeoutError:
            pass
    service.stop()
    await runner.cleanup()
    return 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


if __name__ == "__main__":
    sys.exit(main())
