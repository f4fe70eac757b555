"""Qala Console core: Qt-free models, backend contract, video engine, domain state and the embedded backend."""
