"""The GPU tile: uploads the decoder's YUV 4:2:0 planes as three textures and converts to RGB in a shader
(QOpenGLWidget); overlays and chrome are painted on top with QPainter, exactly as on the CPU tile."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtGui import QColor, QPainter
from PySide6.QtOpenGL import QOpenGLPixelTransferOptions, QOpenGLShader, QOpenGLShaderProgram, QOpenGLTexture
from PySide6.QtOpenGLWidgets import QOpenGLWidget
from PySide6.QtWidgets import QWidget

from widgets.tile_base import BACKGROUND, TileBase

GL_FLOAT, GL_TRIANGLE_STRIP, GL_COLOR_BUFFER_BIT = 0x1406, 0x0005, 0x4000
GL_TEXTURE0 = 0x84C0

VERTEX = """
attribute vec2 pos;
attribute vec2 uv;
varying vec2 v_uv;
void main() { v_uv = uv; gl_Position = vec4(pos, 0.0, 1.0); }
"""
# BT.601 limited range, as FFmpeg's swscale converts for the CPU path (so both paths show the same colours)
FRAGMENT = """
#ifdef GL_ES
precision mediump float;
#endif
varying vec2 v_uv;
uniform sampler2D tex_y;
uniform sampler2D tex_u;
uniform sampler2D tex_v;
void main() {
    float y = 1.16438 * (texture2D(tex_y, v_uv).r - 0.0625);
    float u = texture2D(tex_u, v_uv).r - 0.5;
    float v = texture2D(tex_v, v_uv).r - 0.5;
    gl_FragColor = vec4(y + 1.59603 * v, y - 0.39176 * u - 0.81297 * v, y + 2.01723 * u, 1.0);
}
"""
QUAD = np.array([-1, 1, -1, -1, 1, 1, 1, -1], np.float32)  # top-left, bottom-left, top-right, bottom-right


class GlVideoTile(TileBase, QOpenGLWidget):
    renderer = "gpu"

    def __init__(self, index: int, parent: QWidget | None = None, owner: Any = None) -> None:
        QOpenGLWidget.__init__(self, parent)
        self._init_tile(index, owner)
        self._program: QOpenGLShaderProgram | None = None
        self._textures: list[QOpenGLTexture] = []
        self._texture_size: tuple[int, int] = (0, 0)
        self._uploaded_seq = -1
        self._uv = np.zeros(8, np.float32)
        self._transfer = QOpenGLPixelTransferOptions()
        self._transfer.setAlignment(1)  # chroma rows of odd width are not 4-byte aligned
        self.gl_error = ""

    def initializeGL(self) -> None:  # noqa: N802 - Qt override
        program = QOpenGLShaderProgram(self)
        ok = program.addShaderFromSourceCode(QOpenGLShader.ShaderTypeBit.Vertex, VERTEX)
        ok = ok and program.addShaderFromSourceCode(QOpenGLShader.ShaderTypeBit.Fragment, FRAGMENT)
        program.bindAttributeLocation("pos", 0)
        program.bindAttributeLocation("uv", 1)
        if not (ok and program.link()):
            self.gl_error = program.log() or "shader did not link"
            return
        self._program = program
        self.context().aboutToBeDestroyed.connect(self._release)

    def _release(self) -> None:
        self.makeCurrent()
        for texture in self._textures:
            texture.destroy()
        self._textures = []
        self.doneCurrent()

    def _upload(self, frame: Any) -> None:
        w, h = frame.width, frame.height
        if self._texture_size != (w, h):
            for texture in self._textures:
                texture.destroy()
            self._textures = []
            for pw, ph in ((w, h), (w // 2, h // 2), (w // 2, h // 2)):
                texture = QOpenGLTexture(QOpenGLTexture.Target.Target2D)
                texture.setFormat(QOpenGLTexture.TextureFormat.R8_UNorm)
                texture.setSize(pw, ph)
                texture.setMinMagFilters(QOpenGLTexture.Filter.Linear, QOpenGLTexture.Filter.Linear)
                texture.setWrapMode(QOpenGLTexture.WrapMode.ClampToEdge)
                texture.allocateStorage(QOpenGLTexture.PixelFormat.Red, QOpenGLTexture.PixelType.UInt8)
                self._textures.append(texture)
            self._texture_size = (w, h)
        flat = frame.image.reshape(-1)
        ends = (w * h, w * h + (w // 2) * (h // 2), w * h + 2 * (w // 2) * (h // 2))
        for texture, start, end in zip(self._textures, (0, *ends[:2]), ends, strict=True):
            texture.setData(QOpenGLTexture.PixelFormat.Red, QOpenGLTexture.PixelType.UInt8, flat[start:end],
                            self._transfer)
        self._uploaded_seq = frame.seq

    def paintGL(self) -> None:  # noqa: N802 - Qt override
        gl = self.context().functions()
        gl.glClearColor(BACKGROUND.redF(), BACKGROUND.greenF(), BACKGROUND.blueF(), 1.0)
        gl.glClear(GL_COLOR_BUFFER_BIT)
        frame = self.frame
        program = self._program
        if program is not None and frame is not None and frame.pixel_format == "yuv420p":
            if frame.seq != self._uploaded_seq or not self._textures:
                self._upload(frame)
            area, ratio = self.image_rect(), self.devicePixelRatioF()
            gl.glViewport(round(area.x() * ratio), round((self.height() - area.bottom() - 1) * ratio),
                          round(area.width() * ratio), round(area.height() * ratio))
            vx, vy, vw, vh = self.viewport()
            self._uv[:] = (vx, vy, vx, vy + vh, vx + vw, vy, vx + vw, vy + vh)  # row 0 of the texture is the top
            program.bind()
            for unit, (texture, name) in enumerate(zip(self._textures, ("tex_y", "tex_u", "tex_v"), strict=True)):
                gl.glActiveTexture(GL_TEXTURE0 + unit)
                texture.bind()
                program.setUniformValue1i(name, unit)
            program.enableAttributeArray(0)
            program.enableAttributeArray(1)
            program.setAttributeArray(0, GL_FLOAT, QUAD, 2)  # client arrays, alive until drawn
            program.setAttributeArray(1, GL_FLOAT, self._uv, 2)
            gl.glDrawArrays(GL_TRIANGLE_STRIP, 0, 4)
            program.disableAttributeArray(0)
            program.disableAttributeArray(1)
            for unit, texture in enumerate(self._textures):
                gl.glActiveTexture(GL_TEXTURE0 + unit)
                texture.release()
            gl.glActiveTexture(GL_TEXTURE0)  # QPainter's GL engine assumes unit 0 and draws the chrome with it
            program.release()
            gl.glViewport(0, 0, round(self.width() * ratio), round(self.height() * ratio))
        painter = QPainter(self)
        if self.gl_error:
            painter.setPen(QColor(230, 60, 60))
            painter.drawText(self.rect().adjusted(4, 20, -4, -4), 0, self.gl_error[:200])
        self.paint_overlays(painter)
        painter.end()


def opengl_renderer_name() -> str:
    """The OpenGL renderer string of a throwaway context ('' when none can be made, e.g. offscreen)."""
    from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

    if QGuiApplication.platformName() in ("offscreen", "minimal", "vnc"):
        return ""
    context = QOpenGLContext()
    if not context.create():
        return ""
    surface = QOffscreenSurface()
    surface.create()
    try:
        if not context.makeCurrent(surface):
            return ""
        name = context.functions().glGetString(0x1F01)  # GL_RENDERER
        context.doneCurrent()
        return str(name or "")
    finally:
        surface.destroy()


SOFTWARE_RENDERERS = ("llvmpipe", "softpipe", "swrast", "software")


def choose_renderer(setting: str = "auto") -> str:
    """'cpu' or 'gpu'. auto: the GPU path when OpenGL runs on real graphics hardware; a software rasteriser
    (Mesa llvmpipe) is slower than QPainter's 1:1 blit, so it gets the CPU path."""
    if setting in ("cpu", "gpu"):
        return setting
    name = opengl_renderer_name().lower()
    return "gpu" if name and not any(s in name for s in SOFTWARE_RENDERERS) else "cpu"
