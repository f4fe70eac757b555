"""Which hardware decoders this PyAV build offers, whether they work here, and the per-player choice.

Decoder requests: "software"; "auto" (the first hardware device of HARDWARE_DEVICES that this build's H.264/HEVC
decoders accept and that opens here, else software, and says why); or one device by name, e.g. "cuda" or "vaapi"
(hardware or nothing: the player FAILS with the reason, so a misconfigured GPU box is noticed, never silently run
on the CPU). A player asked for nothing gets the workstation's preference (`set_preferred_decoder`, the console's
`--decoder` setting), "auto" unless set.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import av
from av.codec.hwaccel import HWAccel, HWDeviceType, hwdevices_available

# in the order "auto" tries them: NVIDIA, Intel Quick Sync, VA-API (Intel/AMD on Linux), Windows, macOS
HARDWARE_DEVICES = ("cuda", "qsv", "vaapi", "d3d11va", "videotoolbox")
DECODER_REQUESTS = ("auto", "software", *HARDWARE_DEVICES)
_preferred = "auto"
_PROBED_CODECS = ("h264", "hevc")
# Every stream's decoder shares the GPU's primary CUDA context (FFmpeg's "primary_ctx"): without it each
# stream creates a context of its own, hundreds of MB of GPU memory apiece, created one at a time by the driver.
CUDA_DEVICE_OPTIONS: dict[str, object] = {"primary_ctx": "1"}
_device_lock = threading.Lock()
_device_status: dict[str, str | None] = {}  # device type -> None if it opened, else why not


def _codec_device_types(codec_name: str) -> set[str]:
    try:
        codec = av.codec.Codec(codec_name, "r")
    except Exception:
        return set()
    return {HWDeviceType(config.device_type).name for config in codec.hardware_configs}


def available_hwaccels() -> list[str]:
    """Hardware device types this FFmpeg build offers and its H.264/HEVC decoders accept (e.g. ["cuda"]).

    Says nothing about whether the device exists on this machine: see `device_unavailable_reason`.
    """
    offered = set(hwdevices_available())
    accepted: set[str] = set()
    for name in _PROBED_CODECS:
        accepted |= _codec_device_types(name)
    return sorted(offered & accepted)


def device_unavailable_reason(device_type: str = "cuda") -> str | None:
    """None when a `device_type` device can be created here, else why not. Probed once per process."""
    with _device_lock:
        if device_type not in _device_status:
            _device_status[device_type] = _probe_device(device_type)
        return _device_status[device_type]


def _probe_device(device_type: str) -> str | None:
    if device_type not in available_hwaccels():
        return f"{device_type} is not offered by this PyAV/FFmpeg build (offers: {available_hwaccels() or 'none'})"
    try:
        HWAccel(device_type, allow_software_fallback=False, options=device_options(device_type)).create(
            av.codec.Codec("h264", "r"))
    except Exception as exc:
        return f"{device_type} device could not be opened: {exc}"
    return None


def device_options(device_type: str) -> dict[str, object] | None:
    """Options for FFmpeg's av_hwdevice_ctx_create: a shared context for cuda, the defaults for the rest."""
    return dict(CUDA_DEVICE_OPTIONS) if device_type == "cuda" and CUDA_DEVICE_OPTIONS else None


def set_preferred_decoder(request: str) -> None:
    """What players asked for nothing decode with, from now on (one of DECODER_REQUESTS)."""
    global _preferred
    if request not in DECODER_REQUESTS:
        raise ValueError(f"unknown decoder {request!r}; expected one of {DECODER_REQUESTS}")
    _preferred = request


def preferred_decoder() -> str:
    return _preferred


def hwaccel_report() -> dict[str, object]:
    """For self-checks: device types of the build, per-codec hardware configs, and usability here."""
    return {
        "device_types": sorted(hwdevices_available()),
        "decoders": {name: sorted(_codec_device_types(name)) for name in _PROBED_CODECS},
        "usable": {name: device_unavailable_reason(name) or "ok" for name in available_hwaccels()},
    }


@dataclass
class DecoderChoice:
    """What one player decodes with; falls back to software on its own under "auto".

    The device probe runs on first use (on the decode thread), never in the constructor: creating a CUDA
    context can take a few hundred ms and the GUI thread constructs players. `requested=None` takes the
    workstation's preference.
    """

    requested: str | None = None
    device_type: str | None = None  # the hardware device in use, None for software
    fallback_reason: str = ""
    _resolved: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        if self.requested is None:
            self.requested = _preferred
        if self.requested not in DECODER_REQUESTS:
            raise ValueError(f"unknown decoder {self.requested!r}; expected one of {DECODER_REQUESTS}")

    @property
    def required(self) -> bool:
        """True when one hardware device was asked for by name: no software fallback."""
        return self.requested in HARDWARE_DEVICES

    def resolve(self) -> None:
        if self._resolved:
            return
        self._resolved = True
        if self.requested == "software":
            return
        candidates = [str(self.requested)] if self.required else \
            [d for d in HARDWARE_DEVICES if d in available_hwaccels()] or ["cuda"]  # "cuda": for the reason
        reasons = []
        for device in candidates:
            why_not = device_unavailable_reason(device)
            if why_not is None:
                self.device_type = device
                return
            reasons.append(why_not)
        self.fallback_reason = "; ".join(reasons)

    @property
    def usable(self) -> bool:
        """False when a device was required and cannot be had: the player must fail with `fallback_reason`."""
        self.resolve()
        return not (self.required and self.device_type is None)

    def hwaccel(self) -> HWAccel | None:
        self.resolve()
        if self.device_type is None:
            return None
        # software fallback inside FFmpeg covers streams the device cannot decode (e.g. 4:4:4)
        return HWAccel(self.device_type, allow_software_fallback=not self.required,
                       options=device_options(self.device_type))

    def hardware_failed(self, reason: str) -> None:
        """The device failed at open or mid-stream: later opens use software (unless it was required)."""
        self.fallback_reason = f"{self.device_type} failed: {reason}"
        self.device_type = None

    def describe(self, codec_name: str, hardware_active: bool) -> str:
        return f"{codec_name} ({self.device_type if hardware_active and self.device_type else 'software'})"
