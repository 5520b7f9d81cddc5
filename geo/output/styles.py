"""The map's colours and symbols, and the same style for QGIS (QML and SLD).

One table of colours serves both outputs: ``geo.output.map`` draws the HTML map with it and
``qgis_styles`` turns it into the layer styles QGIS reads from a GeoPackage's
``layer_styles`` table (as QGIS's own ``world_map.gpkg`` carries them), so the GeoPackage
dragged into QGIS looks like the HTML map. The QML and SLD shapes are Jinja2 templates in
``templates/qgis/``; this module only fills in colours, sizes and classes. No I/O beyond
reading those templates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader

#: Symbol and colour per ACLED event type.
EVENT_STYLES: dict[str, tuple[str, str]] = {
    "Battles": ("⚔", "#c62828"),
    "Explosions/Remote violence": ("✹", "#ef6c00"),
    "Violence against civilians": ("☠", "#6a1b9a"),
    "Protests": ("⚑", "#1565c0"),
    "Riots": ("⚡", "#ad1457"),
    "Strategic developments": ("★", "#2e7d32"),
}
OTHER_EVENT = ("●", "#616161")
PLACE_COLOURS = {
    "city": "#263238",
    "admin1": "#5d4037",
    "admin2": "#795548",
    "country": "#37474f",
    "facility": "#00838f",
    "water": "#0277bd",
    "region_other": "#6d4c41",
}
OTHER_PLACE = "#455a64"
AREA_COLOUR = "#4a148c"
REGION_OUTLINE = "#7f2704"
REGION_OPACITY = 0.55
#: Fill of regions by activity (events + mentions): from none to the most active region.
ACTIVITY_COLOURS = ["#fff7ec", "#fdbb84", "#d7301f"]
#: Sizes in screen pixels, as on the HTML map.
EVENT_PX, EVENT_GLYPH_PX = 22, 14
PLACE_PX = {"city": 10}
PLACE_DEFAULT_PX = 8
#: Area hatching: dark lines every HATCH_PX pixels at 45 degrees over a pale underlay, so
#: that it stands out on any region fill.
HATCH_PX, HATCH_WIDTH_PX, HATCH_OPACITY = 7, 2.5, 0.9
AREA_UNDERLAY, AREA_FILL_OPACITY = "#ffffff", 0.45
AREA_DASH_PX = (6, 4)


def activity_colour(activity: float, top: float) -> str:
    """The fill of a region with ``activity`` on a ramp from 0 to ``top``.

    Parameters
    ----------
    activity : float
        Events plus mentions in the region.
    top : float
        The activity that gets the last colour of ``ACTIVITY_COLOURS`` (at least 1).

    Returns
    -------
    str
        ``#rrggbb``, interpolated linearly in RGB between the ramp's colours.
    """
    t = min(max(activity / max(top, 1.0), 0.0), 1.0) * (len(ACTIVITY_COLOURS) - 1)
    i = min(int(t), len(ACTIVITY_COLOURS) - 2)
    low, high = _rgb(ACTIVITY_COLOURS[i]), _rgb(ACTIVITY_COLOURS[i + 1])
    mixed = [round(a + (b - a) * (t - i)) for a, b in zip(low, high, strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*mixed)


@dataclass(frozen=True)
class LayerStyle:
    """One row of a GeoPackage's ``layer_styles`` table."""

    layer: str
    qml: str
    sld: str
    description: str


def qgis_styles(activities: Iterable[int]) -> list[LayerStyle]:
    """QGIS styles of the four layers that ``geo.output.files`` writes.

    Parameters
    ----------
    activities : iterable of int
        Events plus mentions of each region in the regions layer; its classes (one per
        value) get the fills the HTML map gives those regions.

    Returns
    -------
    list of LayerStyle
        For ``places``, ``regions``, ``events`` and ``areas``.
    """
    values = sorted(set(activities)) or [0]
    top = max(values[-1], 1)
    layers = {
        "places": ("point", "name", _places()),
        "regions": ("polygon", "name", _regions(values, top)),
        "events": ("point", "sub_event_type", _events()),
        "areas": ("polygon", "stated_text", _areas()),
    }
    return [_style(layer, geometry, display, renderer, rules)
            for layer, (geometry, display, (renderer, rules)) in layers.items()]


#: How each layer's labels look in QGIS, as on the HTML map: places dark and bold beside
#: their dots (far enough to clear an event symbol on the dot), regions brown and italic,
#: countries grey capitals, both anywhere inside their polygon (QGIS's placement codes: 6
#: ordered around a point, 4 horizontal inside a polygon). Events draw no label but are
#: obstacles, so that no label covers an event symbol.
LABELS = {
    "events": {"colour": "0,0,0,0", "size": 8, "weight": 50, "italic": 0, "named": "Book",
               "capitals": 0, "placement": 6, "priority": 0, "draw": 0, "dist": 0},
    "places": {"colour": "27,27,27,255", "size": 8.5, "weight": 63, "italic": 0,
               "named": "Bold", "capitals": 0, "placement": 6, "priority": 9, "dist": 3.2},
    "regions": {"colour": "127,39,4,255", "size": 8, "weight": 50, "italic": 1,
                "named": "Oblique", "capitals": 0, "placement": 4, "priority": 5, "dist": 0},
    "countries": {"colour": "107,107,107,255", "size": 8, "weight": 50, "italic": 0,
                  "named": "Book", "capitals": 1, "placement": 4, "priority": 3, "dist": 0},
}
#: The offline base layer's fill and outline (the HTML map's land).
LAND_COLOUR, LAND_OUTLINE = "#f3efe6", "#8d8d8d"


def base_style() -> LayerStyle:
    """The QGIS style of the ``countries`` base layer: land, borders and country names."""
    fill = {"type": "fill", "layers": [_simple_fill(LAND_COLOUR, 1.0, LAND_OUTLINE, 0.6)]}
    renderer = {"kind": "single", "classes": [{"label": "countries", "symbol": fill}]}
    rules = [{"label": "countries", "fill": LAND_COLOUR, "fill_opacity": 1.0,
              "stroke": LAND_OUTLINE, "stroke_width": 0.6}]
    return _style("countries", "polygon", "name", renderer, rules)


def _style(layer: str, geometry: str, display: str, renderer: dict, rules: list[dict]
           ) -> LayerStyle:
    label = LABELS.get(layer)
    qml = _template("style.qml").render(
        renderer=renderer,
        geometry=geometry,
        display_field=display,
        label_field=display if layer == "events" else "name" if label else None,
        label=label,
    )
    sld = _template("style.sld").render(layer=layer, rules=rules, geometry=geometry)
    description = f"geo-conflict-mapper: the {layer} layer as on the HTML map"
    return LayerStyle(layer, qml, sld, description)


@cache
def _template(name: str):
    env = Environment(loader=PackageLoader("geo.output", "templates/qgis"), autoescape=True)
    return env.get_template(name)


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _qcolour(colour: str, opacity: float = 1.0) -> str:
    """A colour as QML writes it: 'r,g,b,a' with a from 0 to 255."""
    return ",".join(str(c) for c in (*_rgb(colour), round(opacity * 255)))


def _circle(fill: str, size: float, stroke_px: float) -> dict:
    return {
        "cls": "SimpleMarker",
        "props": {
            "angle": "0",
            "color": _qcolour(fill),
            "joinstyle": "bevel",
            "name": "circle",
            "offset": "0,0",
            "offset_unit": "Pixel",
            "outline_color": _qcolour("#ffffff"),
            "outline_style": "solid",
            "outline_width": stroke_px,
            "outline_width_unit": "Pixel",
            "scale_method": "diameter",
            "size": size,
            "size_unit": "Pixel",
            "vertical_anchor_point": "1",
            "horizontal_anchor_point": "1",
        },
    }


def _glyph(character: str) -> dict:
    return {
        "cls": "FontMarker",
        "props": {
            "angle": "0",
            "chr": character,
            "color": _qcolour("#ffffff"),
            "font": "DejaVu Sans",
            "horizontal_anchor_point": "1",
            "joinstyle": "miter",
            "offset": "0,0",
            "offset_unit": "Pixel",
            "outline_color": _qcolour("#ffffff", 0),
            "outline_width": "0",
            "size": EVENT_GLYPH_PX,
            "size_unit": "Pixel",
            "vertical_anchor_point": "1",
        },
    }


def _events() -> tuple[dict, list[dict]]:
    entries = [(event_type, colour, EVENT_PX, symbol)
               for event_type, (symbol, colour) in [*EVENT_STYLES.items(), ("", OTHER_EVENT)]]
    return _categorized("event_type", entries, stroke_px=1)


def _places() -> tuple[dict, list[dict]]:
    entries = [(kind, colour, PLACE_PX.get(kind, PLACE_DEFAULT_PX), None)
               for kind, colour in [*PLACE_COLOURS.items(), ("", OTHER_PLACE)]]
    return _categorized("kind", entries, stroke_px=1.5)


def _categorized(
    attr: str, entries: list[tuple[str, str, float, str | None]], *, stroke_px: float
) -> tuple[dict, list[dict]]:
    """Circle markers by the value of ``attr``: (value, colour, size, glyph) each; the
    value "" is the class "other"."""
    classes, rules = [], []
    for value, colour, size, glyph in entries:
        layers = [_circle(colour, size, stroke_px), *([_glyph(glyph)] if glyph else [])]
        label = value or "other"
        classes.append({"value": value, "label": label,
                        "symbol": {"type": "marker", "layers": layers}})
        rule = {"label": label, "fill": colour, "stroke": "#ffffff", "stroke_width": stroke_px,
                "size": size}
        if value:
            rule["equals"] = (attr, value)
        rules.append(rule)
    return {"kind": "categorized", "attr": attr, "classes": classes}, rules


def _simple_fill(fill: str, opacity: float, outline: str, width_px: float) -> dict:
    props = {
        "border_width_unit": "Pixel",
        "color": _qcolour(fill, opacity),
        "joinstyle": "bevel",
        "offset": "0,0",
        "offset_unit": "Pixel",
        "outline_color": _qcolour(outline),
        "outline_style": "solid",
        "outline_width": width_px,
        "outline_width_unit": "Pixel",
        "style": "solid",
    }
    return {"cls": "SimpleFill", "props": props}


def _regions(values: list[int], top: int) -> tuple[dict, list[dict]]:
    classes, rules = [], []
    for i, value in enumerate(values):
        colour = activity_colour(value, top)
        fill = {"type": "fill",
                "layers": [_simple_fill(colour, REGION_OPACITY, REGION_OUTLINE, 1)]}
        lower = values[i - 1] if i else value
        label = str(value)
        classes.append({"lower": lower, "upper": value, "label": label, "symbol": fill})
        rules.append({"label": label, "between": (("events", "mentions"), lower, value),
                      "fill": colour, "fill_opacity": REGION_OPACITY,
                      "stroke": REGION_OUTLINE, "stroke_width": 1})
    renderer = {"kind": "graduated", "attr": '"events" + "mentions"', "classes": classes}
    return renderer, rules


def _areas() -> tuple[dict, list[dict]]:
    hatch_line = {
        "type": "line",
        "layers": [{
            "cls": "SimpleLine",
            "props": {
                "capstyle": "flat",
                "joinstyle": "bevel",
                "line_color": _qcolour(AREA_COLOUR, HATCH_OPACITY),
                "line_style": "solid",
                "line_width": HATCH_WIDTH_PX,
                "line_width_unit": "Pixel",
                "offset": "0",
                "offset_unit": "Pixel",
            },
        }],
    }
    hatch = {
        "cls": "LinePatternFill",
        "props": {
            "angle": "45",
            "color": _qcolour(AREA_COLOUR, HATCH_OPACITY),
            "distance": HATCH_PX,
            "distance_unit": "Pixel",
            "line_width": HATCH_WIDTH_PX,
            "line_width_unit": "Pixel",
            "offset": "0",
            "offset_unit": "Pixel",
            "outline_width_unit": "Pixel",
        },
        "sub": hatch_line,
    }
    base = _simple_fill(AREA_UNDERLAY, AREA_FILL_OPACITY, AREA_COLOUR, 2)
    outline = {
        "cls": "SimpleLine",
        "props": {
            "capstyle": "flat",
            "customdash": ";".join(map(str, AREA_DASH_PX)),
            "customdash_unit": "Pixel",
            "joinstyle": "bevel",
            "line_color": _qcolour(AREA_COLOUR),
            "line_style": "solid",
            "line_width": 2,
            "line_width_unit": "Pixel",
            "offset": "0",
            "offset_unit": "Pixel",
            "use_custom_dash": "1",
        },
    }
    base["props"]["outline_style"] = "no"  # the dashed outline is drawn on top
    symbol = {"type": "fill", "layers": [base, hatch, outline]}
    label = "size stated in the article, shape illustrative"
    rule = {"label": label, "fill": AREA_UNDERLAY, "fill_opacity": AREA_FILL_OPACITY,
            "stroke": AREA_COLOUR, "stroke_width": 2, "dash": " ".join(map(str, AREA_DASH_PX))}
    return {"kind": "single", "classes": [{"label": label, "symbol": symbol}]}, [rule]
