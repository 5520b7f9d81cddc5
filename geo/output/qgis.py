"""The QGIS project beside the GeoPackage: ``NAME.qgs`` opens every layer styled.

The project (plain XML, as QGIS 3 writes it) holds the article's layers from ``NAME.gpkg``
(events, places, stated areas, regions by activity) over the GeoPackage's ``countries``
layer as an offline base, each with the style of the HTML map (the same QML as the
GeoPackage's ``layer_styles``), labels on, and the Temporal Controller set to the
events' dates: the ``events`` layer is temporal by its ``date`` field (a Date field), and
the project's time range runs from the first event's day to the last, a day at a time.
Layers are referenced by a path relative to the project, so the two files move together.

Written with ``xml.etree.ElementTree`` from data: every text that comes from outside (the
article's title, file names) is escaped as XML text or attribute, never markup.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from pyproj import CRS, Transformer

from geo.model import Reading
from geo.output.basemap import content_bounds
from geo.output.files import write_text
from geo.output.styles import LayerStyle, base_style, qgis_styles

if TYPE_CHECKING:
    import geopandas as gpd

#: The QGIS version whose project format this writes (QGIS 3.22 and later read it).
QGIS_VERSION = "3.22.0-Białowieża"
#: The project's CRS: Web Mercator, as the HTML map; layers stay in WGS84 (EPSG:4326).
PROJECT_CRS, LAYER_CRS = 3857, 4326
#: The layers of the project, top to bottom, and the layer tree group each is in.
ARTICLE_LAYERS = ("events", "places", "areas", "regions")
BASE_LAYERS = ("countries",)
GEOMETRY = {"events": "Point", "places": "Point", "areas": "Polygon", "regions": "Polygon",
            "countries": "Polygon"}
WKB_TYPE = {"Point": "Point", "Polygon": "MultiPolygon"}
SEA_RGB = (201, 220, 234)
#: Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF):
#: replaced by U+FFFD so that any text makes a well-formed project.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
TITLES = {"events": "Events (ACLED type)", "places": "Places", "areas": "Stated areas",
          "regions": "Regions by activity", "countries": "Countries (offline)"}


def write_project(
    path: Path, *, gpkg: Path, reading: Reading, regions: gpd.GeoDataFrame
) -> Path:
    """Write a QGIS project that opens the layers of ``gpkg`` styled and labelled.

    Parameters
    ----------
    path : Path
        The ``.qgs`` file, written atomically.
    gpkg : Path
        The GeoPackage its layers come from (``geo.output.files.write_outputs`` with a
        ``base`` countries layer), in the same folder.
    reading : Reading
        What was read: the title, the events' dates, the extent to open on.
    regions : geopandas.GeoDataFrame
        The regions layer written to ``gpkg`` (its activity classes style it).

    Returns
    -------
    Path
        ``path``.
    """
    activities = (regions["events"] + regions["mentions"]).astype(int)
    text = project_xml(
        source=f"./{Path(gpkg).name}", title=reading.title,
        styles=[*qgis_styles(activities), base_style()],
        bounds=content_bounds(reading, regions),
        dates=[e.date for e in reading.events if e.date is not None],
    )
    write_text(Path(path), text)
    return Path(path)


def project_xml(
    *,
    source: str,
    title: str,
    styles: Iterable[LayerStyle],
    bounds: list[list[float]] | None,
    dates: Iterable[date],
) -> str:
    """The text of the project ``write_project`` writes; ``source`` is the GeoPackage's path
    relative to the project (parameters otherwise as there)."""
    by_layer = {s.layer: s for s in styles}
    title = _XML_INVALID.sub("\ufffd", title)
    root = ET.Element("qgis", {"version": QGIS_VERSION, "projectname": title})
    ET.SubElement(root, "homePath", {"path": ""})
    ET.SubElement(root, "title").text = title
    ET.SubElement(ET.SubElement(root, "projectCrs"), "spatialrefsys").extend(
        _srs(PROJECT_CRS))
    tree = ET.SubElement(root, "layer-tree-group")
    layers = ET.SubElement(root, "projectlayers")
    for group_name, names in (("Article", ARTICLE_LAYERS), ("Base map", BASE_LAYERS)):
        group = ET.SubElement(tree, "layer-tree-group",
                              {"name": group_name, "checked": "Qt::Checked", "expanded": "1"})
        for name in names:
            if name not in by_layer:
                continue
            layer_source = f"{source}|layername={name}"
            ET.SubElement(group, "layer-tree-layer", {
                "id": _layer_id(name), "name": TITLES[name], "source": layer_source,
                "providerKey": "ogr", "checked": "Qt::Checked", "expanded": "1"})
            layers.append(_map_layer(name, layer_source, by_layer[name]))
    root.append(_canvas(bounds))
    root.append(_time_settings(sorted(set(dates))))
    root.append(_view_settings(bounds))
    properties = ET.SubElement(root, "properties")
    paths = ET.SubElement(properties, "Paths")
    ET.SubElement(paths, "Absolute", {"type": "bool"}).text = "false"
    # QGIS reads the project's CRS only when projections are enabled.
    srs = ET.SubElement(properties, "SpatialRefSys")
    ET.SubElement(srs, "ProjectionsEnabled", {"type": "int"}).text = "1"
    gui = ET.SubElement(properties, "Gui")  # the sea, as on the HTML map
    for part, value in zip(("Red", "Green", "Blue"), SEA_RGB, strict=True):
        ET.SubElement(gui, f"CanvasColor{part}Part", {"type": "int"}).text = str(value)
    ET.indent(root, space=" ")
    doctype = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
    return doctype + ET.tostring(root, encoding="unicode") + "\n"


def _layer_id(name: str) -> str:
    # QGIS gives a layer a new id on reading when its id is shorter than 11 characters.
    return f"geo_{name}_layer"


def _map_layer(name: str, source: str, style: LayerStyle) -> ET.Element:
    """A ``maplayer``: where the layer is, its CRS, and its style's renderer and labels."""
    qml = ET.fromstring(style.qml.split("\n", 1)[1] if style.qml.startswith("<!DOCTYPE")
                        else style.qml)
    geometry = GEOMETRY[name]
    attributes = {k: v for k, v in qml.attrib.items() if k != "version"}
    layer = ET.Element("maplayer", attributes | {
        "type": "vector", "geometry": geometry, "wkbType": WKB_TYPE[geometry]})
    ET.SubElement(layer, "id").text = _layer_id(name)
    ET.SubElement(layer, "datasource").text = source
    ET.SubElement(layer, "layername").text = TITLES[name]
    ET.SubElement(ET.SubElement(layer, "srs"), "spatialrefsys").extend(_srs(LAYER_CRS))
    ET.SubElement(layer, "provider", {"encoding": "UTF-8"}).text = "ogr"
    layer.append(_temporal(name))
    layer.extend(list(qml))
    return layer


def _temporal(name: str) -> ET.Element:
    """Events are temporal by their date, a day each, earlier days kept (as on the HTML
    map); undated events have no date and QGIS keeps them shown. Other layers are not."""
    events = name == "events"
    temporal = ET.Element("temporal", {
        "enabled": "1" if events else "0", "mode": "1" if events else "0",
        "startField": "date" if events else "", "endField": "", "durationField": "",
        "startExpression": "", "endExpression": "", "fixedDuration": "1" if events else "0",
        "durationUnit": "d", "accumulate": "1" if events else "0", "limitMode": "0"})
    fixed = ET.SubElement(temporal, "fixedRange")
    ET.SubElement(fixed, "start")
    ET.SubElement(fixed, "end")
    return temporal


def _srs(epsg: int) -> list[ET.Element]:
    crs = CRS.from_epsg(epsg)
    values = {
        "wkt": crs.to_wkt(), "proj4": "", "srsid": "", "srid": str(epsg),
        "authid": f"EPSG:{epsg}", "description": crs.name,
        "projectionacronym": "longlat" if crs.is_geographic else "merc",
        "ellipsoidacronym": "EPSG:7030", "geographicflag": str(crs.is_geographic).lower(),
    }
    elements = []
    for tag, text in values.items():
        element = ET.Element(tag)
        element.text = text
        elements.append(element)
    return elements


def _extent(bounds: list[list[float]] | None) -> dict[str, str]:
    """The content's extent, padded by a tenth, in the project's CRS."""
    (south, west), (north, east) = bounds or [[-60.0, -170.0], [75.0, 170.0]]
    pad_lat, pad_lon = max((north - south) * 0.1, 0.2), max((east - west) * 0.1, 0.2)
    to_project = Transformer.from_crs(LAYER_CRS, PROJECT_CRS, always_xy=True)
    xmin, ymin = to_project.transform(west - pad_lon, max(south - pad_lat, -85))
    xmax, ymax = to_project.transform(east + pad_lon, min(north + pad_lat, 85))
    return {"xmin": repr(float(xmin)), "ymin": repr(float(ymin)), "xmax": repr(float(xmax)),
            "ymax": repr(float(ymax))}


def _view_settings(bounds: list[list[float]] | None) -> ET.Element:
    """The project's default view: the content (what QGIS server and renderers open on)."""
    view = ET.Element("ProjectViewSettings", {"rotation": "0", "UseProjectScales": "0"})
    ET.SubElement(view, "Scales")
    ET.SubElement(ET.SubElement(view, "DefaultViewExtent", _extent(bounds)),
                  "spatialrefsys").extend(_srs(PROJECT_CRS))
    return view


def _canvas(bounds: list[list[float]] | None) -> ET.Element:
    """The view the project opens on in QGIS: the content, in the project's CRS."""
    canvas = ET.Element("mapcanvas", {"name": "theMapCanvas", "annotationsVisible": "1"})
    ET.SubElement(canvas, "units").text = "meters"
    extent = ET.SubElement(canvas, "extent")
    for tag, value in _extent(bounds).items():
        ET.SubElement(extent, tag).text = value
    ET.SubElement(canvas, "rotation").text = "0"
    ET.SubElement(ET.SubElement(canvas, "destinationsrs"), "spatialrefsys").extend(
        _srs(PROJECT_CRS))
    ET.SubElement(canvas, "rendermaptile").text = "0"
    return canvas


def _time_settings(days: list[date]) -> ET.Element:
    """The Temporal Controller's range: the first event's day to the end of the last, a
    day a step; without dated events, no range."""
    settings = ET.Element("ProjectTimeSettings", {
        "timeStep": "1", "timeStepUnit": "d", "frameRate": "1",
        "cumulativeTemporalRange": "0"})
    if days:
        span = ET.SubElement(settings, "TemporalRange")
        ET.SubElement(span, "start").text = f"{days[0].isoformat()}T00:00:00Z"
        end = (f"{(days[-1] + timedelta(days=1)).isoformat()}T00:00:00Z"
               if days[-1] < date.max else f"{days[-1].isoformat()}T23:59:59Z")
        ET.SubElement(span, "end").text = end
    return settings
