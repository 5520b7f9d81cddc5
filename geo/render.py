"""The map: a layered Folium (Leaflet) HTML page of what was read from an article.

Overlays, each toggled in the layer control: regions shaded by activity, places, events
(a symbol and colour per ACLED event type) and stated areas (hatched, since only their size
comes from the article). A time control plays the dated events in order; undated ones stay
shown. Base layers: an offline country map drawn from the boundaries file, so the page needs
no tile server, and OpenStreetMap tiles. With ``self_contained`` the page is one file that
opens with no network: Leaflet (Debian's ``libjs-leaflet``) is inlined, nothing else is
loaded and there are no tiles. Every piece of article text shown in the page goes through
``_e`` first, so an article cannot inject markup or script.
"""

from __future__ import annotations

import base64
import html
import re
from collections import defaultdict
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from geo.basemap import coarse_world
from geo.export import atomic_path, geojson_geometry
from geo.model import Area, Event, Place, Reading
from geo.styles import (
    ACTIVITY_COLOURS,
    AREA_COLOUR,
    AREA_DASH_PX,
    AREA_FILL_OPACITY,
    EVENT_STYLES,
    HATCH_OPACITY,
    HATCH_PX,
    HATCH_WIDTH_PX,
    OTHER_EVENT,
    OTHER_PLACE,
    PLACE_COLOURS,
    REGION_OPACITY,
    REGION_OUTLINE,
    activity_colour,
)

GEO_PRECISION = {1: "town or site", 2: "near a town, or a district", 3: "region only"}
ATTRIBUTION = (
    'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) | '
    'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
)
#: Decimals kept in the offline base map: the coarse world layer (``geo.basemap``), and a
#: finer one within DETAIL_PAD degrees of the content, where the map opens.
WORLD_DECIMALS = 2
DETAIL_TOLERANCE, DETAIL_DECIMALS, DETAIL_PAD = 0.01, 3, 10.0
REGION_TOLERANCE, REGION_DECIMALS = 0.005, 4
#: Where Debian's libjs-leaflet installs Leaflet, inlined by ``self_contained`` maps.
LEAFLET_DIR = Path("/usr/share/javascript/leaflet")
_ICON_PX = 24


class OfflineAssetsError(RuntimeError):
    """Leaflet is not installed where a self-contained map takes it from."""


def render_map(
    reading: Reading,
    *,
    regions: gpd.GeoDataFrame,
    countries: gpd.GeoDataFrame,
    world: list[BaseGeometry] | None = None,
    self_contained: bool = False,
) -> folium.Map:
    """Draw a reading as a layered Leaflet map.

    Parameters
    ----------
    reading : Reading
        What was read from the article.
    regions : geopandas.GeoDataFrame
        First-level regions with ``admin1_iso``, ``name``, ``country``, ``mentions``,
        ``events`` and polygons, EPSG:4326.
    countries : geopandas.GeoDataFrame
        Country polygons (EPSG:4326) for the offline base layer.
    world : list of shapely geometries, optional
        Those polygons already simplified by ``geo.basemap.coarse_world`` (as ``geo
        setup`` stores them); simplified here when not given.
    self_contained : bool
        Inline Leaflet from ``LEAFLET_DIR`` and load nothing else: no CDN, no tiles.

    Returns
    -------
    folium.Map
        Save it with ``save_map``.

    Raises
    ------
    OfflineAssetsError
        ``self_contained`` and Leaflet is not installed (Debian's ``libjs-leaflet``).
    """
    fmap = folium.Map(tiles=None, control_scale=True, zoom_start=2, location=(20, 0))
    if self_contained:
        _inline_leaflet(fmap)
    bounds = _content_bounds(reading, regions)
    if world is None:
        world = coarse_world(countries.geometry.values)
    _offline_base(countries, world, bounds).add_to(fmap)
    if not self_contained:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap tiles", show=False).add_to(fmap)
    top = _top_activity(regions)
    _regions_layer(regions, top).add_to(fmap)
    _areas_layer(reading.areas).add_to(fmap)
    _places_layer(reading.places()).add_to(fmap)
    events, markers = _events_layer(reading.events)
    events.add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    fmap.add_child(_Page(_title(reading), _legend(top)))
    if markers:
        fmap.add_child(_TimeControl(events, markers))
    if bounds is not None:
        fmap.fit_bounds(bounds, padding=(30, 30), max_zoom=9)
    return fmap


def save_map(fmap: folium.Map, path: Path) -> Path:
    """Write the map's HTML to ``path`` atomically.

    Parameters
    ----------
    fmap : folium.Map
    path : Path
        The HTML file; its folder is created if missing.

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        fmap.save(str(tmp))
    return path


def _inline_leaflet(fmap: folium.Map) -> None:
    """Replace every CDN link of the page by Leaflet's own JS and CSS, inlined."""
    js, css = LEAFLET_DIR / "leaflet.min.js", LEAFLET_DIR / "leaflet.css"
    if not (js.is_file() and css.is_file()):
        msg = (
            f"Leaflet not found in {LEAFLET_DIR}, which a self-contained map inlines: install "
            "Debian's libjs-leaflet (`apt-get install libjs-leaflet`, or `make setup`)"
        )
        raise OfflineAssetsError(msg)

    def data_uri(match: re.Match) -> str:
        image = (LEAFLET_DIR / match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(image).decode()})"

    style = re.sub(r"url\((images/[\w.-]+\.png)\)", data_uri, css.read_text(encoding="utf-8"))
    script = re.sub(r"//# sourceMappingURL=\S*", "", js.read_text(encoding="utf-8"))
    script = script.replace("</script", "<\\/script")
    fmap.default_js, fmap.default_css = [], []  # jQuery, Bootstrap, awesome-markers
    # folium builds popups with jQuery's $(html)[0] and nothing else of it: do just that.
    parse = (
        "window.$ = function (markup) { var t = document.createElement('template');"
        " t.innerHTML = markup.trim(); return [t.content.firstElementChild]; };"
    )
    fmap.get_root().header.add_child(
        Element(f"<style>{style}</style>\n<script>{script}\n{parse}</script>"), name="leaflet"
    )


def _e(value: object) -> str:
    """Text made safe for HTML and for the JS template literals folium puts it in."""
    text = html.escape(str(value), quote=True)
    return text.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def _rounded(geometry: BaseGeometry, decimals: int) -> dict:
    return mapping(shapely.transform(geometry, lambda xy: np.round(xy, decimals)))


def _offline_base(
    countries: gpd.GeoDataFrame, world: list[BaseGeometry], bounds: list[list[float]] | None
) -> folium.FeatureGroup:
    """Country polygons: coarse for the world, finer within ``DETAIL_PAD`` of the content."""
    base = folium.FeatureGroup(name="Countries (offline)", overlay=False)
    land = {"color": "#8d8d8d", "weight": 0.8, "fillColor": "#f3efe6", "fillOpacity": 1}
    _plain_geojson(world, land, WORLD_DECIMALS).add_to(base)
    if bounds is None:
        return base
    (south, west), (north, east) = bounds
    window = shapely.box(
        west - DETAIL_PAD, south - DETAIL_PAD, east + DETAIL_PAD, north + DETAIL_PAD
    )
    near = shapely.intersection(countries.geometry.values, window)
    near = shapely.coverage_simplify(near[~shapely.is_empty(near)], DETAIL_TOLERANCE)
    # Fill the window without outlines, then draw only the real borders, not its edges.
    borders = shapely.union_all(shapely.boundary(near)).difference(window.exterior.buffer(1e-6))
    _plain_geojson(near, land | {"stroke": False}, DETAIL_DECIMALS).add_to(base)
    _plain_geojson([borders], land, DETAIL_DECIMALS).add_to(base)
    return base


def _plain_geojson(geometries, style: dict, decimals: int) -> folium.GeoJson:
    features = [
        {"type": "Feature", "properties": {}, "geometry": _rounded(g, decimals)}
        for g in geometries
        if not g.is_empty
    ]
    return folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        style_function=lambda _: style,
        interactive=False,
    )


def _top_activity(regions: gpd.GeoDataFrame) -> int:
    activity = regions["events"] + regions["mentions"]
    return max(int(activity.max()) if len(activity) else 0, 1)


def _regions_layer(regions: gpd.GeoDataFrame, top: int) -> folium.FeatureGroup:
    layer = folium.FeatureGroup(name="Regions by activity")
    # Simplified as one coverage: neighbours keep one shared border, with no gaps.
    outlines = shapely.coverage_simplify(regions.geometry.values, REGION_TOLERANCE)
    for (_, row), outline in zip(regions.iterrows(), outlines, strict=True):
        activity = int(row["events"]) + int(row["mentions"])
        style = {
            "color": REGION_OUTLINE,
            "weight": 1,
            "fillColor": activity_colour(activity, top),
            "fillOpacity": REGION_OPACITY,
        }
        label = f"{row['name']} ({row['admin1_iso'] or row['country']})"
        folium.GeoJson(
            _rounded(outline, REGION_DECIMALS),
            style_function=lambda _, style=style: style,
            tooltip=folium.Tooltip(
                f"<b>{_e(label)}</b><br>{int(row['events'])} event(s), "
                f"{int(row['mentions'])} mention(s)"
            ),
        ).add_to(layer)
    return layer


def _areas_layer(areas: list[Area]) -> folium.FeatureGroup:
    layer = folium.FeatureGroup(name="Stated areas")
    style = {
        "color": AREA_COLOUR,
        "weight": 2,
        "dashArray": " ".join(map(str, AREA_DASH_PX)),
        "fillColor": AREA_COLOUR,
        "fillOpacity": 0.3,
        "className": "geo-area",
    }
    for area in areas:
        folium.GeoJson(
            geojson_geometry(area.geometry),
            style_function=lambda _: style,
            tooltip=folium.Tooltip(f"{_e(area.stated_text)} ({_e(area.region.name)})"),
            popup=folium.Popup(_area_popup(area), max_width=380),
        ).add_to(layer)
    return layer


def _area_popup(area: Area) -> str:
    if area.shape_source == "illustrative":
        caveat = "Size stated in the article, shape illustrative."
    else:
        caveat = f"Size stated in the article, shape from {area.shape_source}."
    rows = [
        ("Stated", f"{area.stated_text} ({area.area_km2_stated:,.0f} km²)"),
        ("Drawn", f"{area.area_km2_drawn:,.1f} km² (equal-area)"),
        ("Region", area.region.label()),
        ("Held by", area.actor),
        ("Set at", area.anchor.label() if area.anchor else None),
        ("Method", area.method),
    ]
    return f"<b>{_e(caveat)}</b>{_table(rows)}{_quotes(area.sources)}"


def _places_layer(places: list[Place]) -> folium.FeatureGroup:
    layer = folium.FeatureGroup(name="Places")
    for place in places:
        rows = [
            ("Kind", place.kind),
            ("Region", place.admin1_name),
            ("ISO 3166-2", place.admin1_iso),
            ("Country", place.country),
            ("Population", f"{place.population:,}" if place.population else None),
            ("Source", place.source),
        ]
        folium.CircleMarker(
            (place.lat, place.lon),
            radius=5 if place.kind == "city" else 4,
            color="white",
            weight=1.5,
            fill=True,
            fill_color=PLACE_COLOURS.get(place.kind, OTHER_PLACE),
            fill_opacity=0.9,
            tooltip=folium.Tooltip(_e(place.label())),
            popup=folium.Popup(f"<b>{_e(place.name)}</b>{_table(rows)}", max_width=300),
        ).add_to(layer)
    return layer


def _events_layer(
    events: list[Event],
) -> tuple[folium.FeatureGroup, list[tuple[folium.Marker, str | None]]]:
    """The events layer and each event's marker with its ISO date (None when undated)."""
    layer = folium.FeatureGroup(name="Events")
    markers = []
    at: dict[tuple[float, float], list[Event]] = defaultdict(list)
    for event in events:
        at[(round(event.location.lat, 4), round(event.location.lon, 4))].append(event)
    for point, here in at.items():
        for i, event in enumerate(here):
            # Events at one point (a region's centre) sit side by side instead of stacking.
            shift = round((i - (len(here) - 1) / 2) * (_ICON_PX + 2))
            symbol, colour = EVENT_STYLES.get(event.event_type, OTHER_EVENT)
            icon = folium.DivIcon(
                html=(f'<div class="geo-event" style="background:{colour}">{symbol}</div>'),
                icon_size=(_ICON_PX, _ICON_PX),
                icon_anchor=(_ICON_PX // 2 - shift, _ICON_PX // 2),
                class_name="geo-event-icon",
            )
            day = event.date.isoformat() if event.date else None
            where = f"{event.location.name} ({day or 'undated'})"
            marker = folium.Marker(
                point,
                icon=icon,
                tooltip=folium.Tooltip(f"{_e(event.sub_event_type)}: {_e(where)}"),
                popup=folium.Popup(_event_popup(event), max_width=380),
            ).add_to(layer)
            markers.append((marker, day))
    return layer, markers


def _event_popup(event: Event) -> str:
    when = event.date.isoformat() if event.date else "undated"
    if event.date and event.date_precision and event.date_precision != "day":
        when += f" ({event.date_precision})"
    counts = ", ".join(f"{n:,} {what}" for what, n in event.counts.items())
    rows = [
        ("Date", when),
        ("Where", event.location.label()),
        ("Precision", GEO_PRECISION.get(event.geo_precision, str(event.geo_precision))),
        ("Actor 1", event.actor1),
        ("Actor 2", event.actor2),
        ("Fatalities", event.fatalities),
        ("Injured", event.injured),
        ("Counts", counts or None),
        ("Notes", event.notes or None),
    ]
    heading = f"{event.event_type} / {event.sub_event_type}"
    return f"<b>{_e(heading)}</b>{_table(rows)}{_quotes(event.sources)}"


def _table(rows: list[tuple[str, object]]) -> str:
    cells = "".join(
        f"<tr><th>{_e(key)}</th><td>{_e(value)}</td></tr>"
        for key, value in rows
        if value is not None
    )
    return f'<table class="geo-popup">{cells}</table>'


def _quotes(sentences: list[str]) -> str:
    return "".join(f'<blockquote class="geo-quote">{_e(s)}</blockquote>' for s in sentences)


def _title(reading: Reading) -> str:
    published = reading.published.isoformat() if reading.published else "date unknown"
    return f"<b>{_e(reading.title)}</b><br><span>Published {_e(published)}</span>"


def _legend(top: int) -> str:
    events = "".join(
        f'<div><span class="geo-event geo-key" style="background:{colour}">{symbol}</span>'
        f"{_e(event_type)}</div>"
        for event_type, (symbol, colour) in EVENT_STYLES.items()
    )
    ramp = ", ".join(ACTIVITY_COLOURS)
    return (
        f"<b>Events (ACLED type)</b>{events}"
        '<div class="geo-note">The time control plays dated events; undated stay shown.</div>'
        '<b>Stated area</b><div><span class="geo-swatch geo-area-key"></span>'
        "size stated in the article, shape illustrative</div>"
        "<b>Activity (events + mentions)</b>"
        f'<div class="geo-ramp" style="background:linear-gradient(to right, {ramp})"></div>'
        f'<div class="geo-ramp-labels"><span>0</span><span>{top}</span></div>'
    )


def _content_bounds(reading: Reading, regions: gpd.GeoDataFrame) -> list[list[float]] | None:
    """South-west and north-east corners of everything the article located."""
    parts = [shapely.Point(p.lon, p.lat) for p in reading.places() if p.kind != "country"]
    parts += [shapely.Point(e.location.lon, e.location.lat) for e in reading.events]
    parts += [a.geometry for a in reading.areas]
    active = regions[(regions["events"] + regions["mentions"]) > 0]
    parts += list(active.geometry)
    if not parts:
        parts = [shapely.Point(p.lon, p.lat) for p in reading.places()]
    if not parts:
        return None
    minx, miny, maxx, maxy = shapely.GeometryCollection(parts).bounds
    return [[miny, minx], [maxy, maxx]]


class _Page(MacroElement):
    """Title box, legend, hatch pattern for areas and the data attribution."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
          .leaflet-container { background: #c9dcea; }
          .geo-title { position: absolute; top: 10px; left: 50%; transform: translateX(-50%);
            z-index: 1000; max-width: 60%; background: rgba(255,255,255,0.92);
            padding: 6px 12px; border-radius: 4px; font: 14px/1.3 sans-serif;
            box-shadow: 0 1px 4px rgba(0,0,0,0.3); text-align: center; }
          .geo-title span { color: #555; font-size: 12px; }
          .geo-legend { position: absolute; bottom: 24px; right: 10px; z-index: 1000;
            background: rgba(255,255,255,0.92); padding: 8px 10px; border-radius: 4px;
            font: 12px/1.5 sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
          .geo-legend b { display: block; margin-top: 4px; }
          .geo-event { width: 22px; height: 22px; border-radius: 50%; color: white;
            border: 1px solid white; text-align: center; font: 14px/22px sans-serif;
            box-shadow: 0 0 3px rgba(0,0,0,0.6); }
          .geo-event-icon { background: none; border: none; }
          .geo-key { display: inline-block; margin-right: 6px; vertical-align: middle;
            width: 16px; height: 16px; font-size: 10px; line-height: 16px; }
          .geo-swatch { display: inline-block; width: 22px; height: 12px; margin-right: 6px;
            vertical-align: middle; }
          .geo-area-key { border: 2px dashed {{ this.area_colour }};
            background: repeating-linear-gradient(45deg, {{ this.area_colour }} 0 2px,
              transparent 2px 6px); }
          path.geo-area { fill: url(#geo-hatch); }
          .geo-note { color: #555; font-size: 11px; }
          .geo-ramp { width: 160px; height: 10px; border: 1px solid #999; }
          .geo-ramp-labels { display: flex; justify-content: space-between; width: 162px; }
          table.geo-popup th { text-align: left; padding-right: 8px; vertical-align: top; }
          blockquote.geo-quote { margin: 6px 0 0; padding-left: 8px;
            border-left: 3px solid #bbb; color: #333; font-style: italic; }
        </style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <svg width="0" height="0" style="position:absolute">
          <defs>
            <pattern id="geo-hatch" patternUnits="userSpaceOnUse" width="{{ this.hatch[0] }}"
                     height="{{ this.hatch[0] }}" patternTransform="rotate(45)">
              <rect width="{{ this.hatch[0] }}" height="{{ this.hatch[0] }}"
                    fill="{{ this.area_colour }}" fill-opacity="{{ this.hatch[3] }}"/>
              <line x1="0" y1="0" x2="0" y2="{{ this.hatch[0] }}" stroke="{{ this.area_colour }}"
                    stroke-width="{{ this.hatch[1] }}" stroke-opacity="{{ this.hatch[2] }}"/>
            </pattern>
          </defs>
        </svg>
        <div class="geo-title">{{ this.title }}</div>
        <div class="geo-legend">{{ this.legend }}</div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution(
            {{ this.attribution|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, title: str, legend: str):
        super().__init__()
        self._name = "Page"
        self.title = title
        self.legend = legend
        self.area_colour = AREA_COLOUR
        self.hatch = (HATCH_PX, HATCH_WIDTH_PX, HATCH_OPACITY, AREA_FILL_OPACITY)
        self.attribution = ATTRIBUTION


class _TimeControl(MacroElement):
    """A slider and a play button that show the events dated up to a day, in order.

    The last position shows every event. Events before the chosen day are faded; undated
    events are always shown, since they cannot be placed in time.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
          .geo-time { background: rgba(255,255,255,0.92); padding: 6px 10px; border-radius: 4px;
            font: 12px/1.4 sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
          .geo-time button { width: 28px; margin-right: 6px; cursor: pointer; }
          .geo-time input { width: 180px; vertical-align: middle; }
          .geo-time-label { display: block; margin-top: 2px; color: #333; }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
          var group = {{ this.group }};
          var days = {{ this.days|tojson }};
          var events = [{% for name, day in this.markers %}
            [{{ name }}, {{ day|tojson }}],{% endfor %}
          ];
          var undated = events.filter(function (e) { return e[1] === null; }).length;
          var control = L.control({position: "bottomleft"});
          var box, slider, button, label, timer = null;
          function show(k) {
            var until = k < days.length ? days[k] : null;
            var shown = 0;
            events.forEach(function (e) {
              var on = e[1] === null || until === null || e[1] <= until;
              if (on && !group.hasLayer(e[0])) { group.addLayer(e[0]); }
              if (!on && group.hasLayer(e[0])) { group.removeLayer(e[0]); }
              if (on) {
                shown += 1;
                e[0].setOpacity(until !== null && e[1] !== null && e[1] < until ? 0.45 : 1);
              }
            });
            slider.value = k;
            label.textContent = (until === null ? "All dates" : "Up to " + until) + ": "
              + shown + " of " + events.length + " events"
              + (undated ? " (" + undated + " undated, always shown)" : "");
          }
          function stop() {
            if (timer !== null) { clearInterval(timer); timer = null; }
            button.textContent = "\u25b6";
            button.title = "Play the events in order";
          }
          control.onAdd = function () {
            box = L.DomUtil.create("div", "geo-time");
            button = L.DomUtil.create("button", "geo-time-play", box);
            slider = L.DomUtil.create("input", "geo-time-slider", box);
            slider.type = "range"; slider.min = 0; slider.max = days.length; slider.step = 1;
            slider.title = "Events up to a day";
            label = L.DomUtil.create("span", "geo-time-label", box);
            L.DomEvent.disableClickPropagation(box);
            L.DomEvent.disableScrollPropagation(box);
            L.DomEvent.on(slider, "input", function () { stop(); show(+slider.value); });
            L.DomEvent.on(button, "click", function () {
              if (timer !== null) { stop(); return; }
              var k = +slider.value >= days.length ? 0 : +slider.value + 1;
              show(k);
              button.textContent = "\u23f8";
              button.title = "Pause";
              timer = setInterval(function () {
                if (+slider.value >= days.length) { stop(); return; }
                show(+slider.value + 1);
              }, {{ this.interval_ms }});
            });
            return box;
          };
          control.addTo({{ this._parent.get_name() }});
          stop();
          show(days.length);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, group: folium.FeatureGroup, markers: list[tuple[folium.Marker, str | None]]):
        super().__init__()
        self._name = "TimeControl"
        self.group = group.get_name()
        self.markers = [(marker.get_name(), day) for marker, day in markers]
        self.days = sorted({day for _, day in markers if day is not None})
        self.interval_ms = 1200
