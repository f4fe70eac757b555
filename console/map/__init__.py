"""The map core (Qt-free): Web Mercator tile math, tile sources (XYZ with a disk cache, MBTiles), the project's
own basemap renderer, marker clustering and geodesy (distances, camera view cones)."""
