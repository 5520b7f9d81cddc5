/* geo-conflict-mapper: draws what was read from articles on a Leaflet map.
 *
 * Everything the page shows comes from one JSON document embedded in the page
 * (a script element of type application/json). Text from outside (article sentences, place names,
 * table values) is only ever set with textContent: it is never parsed as markup or code.
 */
(function (root) {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  /* A two-column table of [label, text] rows. */
  function table(rows) {
    var t = el("table", "geo-popup");
    rows.forEach(function (row) {
      var tr = t.insertRow();
      tr.appendChild(el("th", null, row[0]));
      tr.appendChild(el("td", null, row[1]));
    });
    return t;
  }

  /* A popup: its heading, its rows and the sentences it was read from. */
  function popup(item) {
    var box = el("div", "geo-popup-box");
    box.appendChild(el("b", "geo-popup-heading", item.heading));
    box.appendChild(table(item.rows));
    (item.sources || []).forEach(function (s) {
      box.appendChild(el("blockquote", "geo-quote", s));
    });
    return box;
  }

  function regionTooltip(r) {
    var box = el("div");
    box.appendChild(el("b", null, r.label));
    box.appendChild(el("div", null, r.events + " event(s), " + r.mentions + " mention(s)"));
    return box;
  }

  /* A GeoJSON layer drawn but not clickable (the offline base map). */
  function plain(collection, style) {
    return L.geoJSON(collection, { style: function () { return style; }, interactive: false });
  }

  /* Labels that are shown only where they do not overlap a label shown before them. */
  function Labels(map) {
    this.map = map;
    this.items = [];  // {marker, rank, minZoom}
  }
  Labels.prototype.add = function (marker, rank, minZoom) {
    this.items.push({ marker: marker, rank: rank, minZoom: minZoom || 0 });
  };
  Labels.prototype.declutter = function () {
    var zoom = this.map.getZoom(), taken = [];
    // Event symbols are never covered by a label.
    var icons = this.map.getContainer().querySelectorAll(".geo-event-icon");
    Array.prototype.forEach.call(icons, function (icon) {
      taken.push(icon.getBoundingClientRect());
    });
    this.items.slice().sort(function (a, b) { return a.rank - b.rank; }).forEach(function (item) {
      var tip = item.marker.getTooltip && item.marker.getTooltip();
      var node = tip ? tip.getElement() : item.marker.getElement();
      if (!node) { return; }
      node.style.visibility = "hidden";
      if (zoom < item.minZoom) { return; }
      var box = node.getBoundingClientRect();
      if (!box.width) { return; }
      var clear = taken.every(function (t) {
        return box.right < t.left || box.left > t.right || box.bottom < t.top || box.top > t.bottom;
      });
      if (clear) {
        node.style.visibility = "";
        taken.push(box);
      }
    });
  };

  function baseLayer(data, labels) {
    var land = data.base.style;
    var layer = L.featureGroup([
      plain(data.base.world, land),
      plain(data.base.detail, Object.assign({}, land, { stroke: false })),
      plain(data.base.borders, land)
    ]);
    data.base.labels.forEach(function (c) {
      var marker = L.marker([c.lat, c.lon], {
        icon: L.divIcon({ className: "geo-country-label", html: el("span", null, c.name),
                          iconSize: null }),
        interactive: false, keyboard: false
      });
      layer.addLayer(marker);
      labels.add(marker, 1000 + c.rank, c.min_zoom);
    });
    return layer;
  }

  function regionsLayer(data, labels) {
    var layer = L.featureGroup();
    data.regions.forEach(function (r) {
      var shape = L.geoJSON(r.geometry, {
        style: function () {
          return { color: data.styles.region_outline, weight: 1, fillColor: r.fill,
                   fillOpacity: data.styles.region_opacity };
        }
      });
      shape.bindTooltip(regionTooltip(r), { sticky: true });
      layer.addLayer(shape);
      var name = L.marker([r.label_lat, r.label_lon], {
        icon: L.divIcon({ className: "geo-region-label", html: el("span", null, r.name),
                          iconSize: null }),
        interactive: false, keyboard: false
      });
      layer.addLayer(name);
      labels.add(name, 500 + r.rank, 6);
    });
    return layer;
  }

  function areasLayer(data, popupOptions) {
    var layer = L.featureGroup();
    data.areas.forEach(function (a) {
      var shape = L.geoJSON(a.geometry, {
        style: function () {
          return { color: data.styles.area_colour, weight: 2, dashArray: data.styles.area_dash,
                   fillColor: data.styles.area_colour, fillOpacity: 0.3, className: "geo-area" };
        }
      });
      shape.bindTooltip(el("span", null, a.tooltip), { sticky: true });
      shape.bindPopup(function () { return popup(a); },
                      Object.assign({ maxWidth: 380 }, popupOptions));
      layer.addLayer(shape);
    });
    return layer;
  }

  function placesLayer(data, labels, popupOptions) {
    var layer = L.featureGroup();
    data.places.forEach(function (p, i) {
      var dot = L.circleMarker([p.lat, p.lon], {
        radius: p.kind === "city" ? 5 : 4, color: "white", weight: 1.5, fill: true,
        fillColor: p.colour, fillOpacity: 0.9
      });
      dot.bindTooltip(el("span", "geo-label-text", p.name),
                      { permanent: true, direction: "right", offset: [6, 0],
                        className: "geo-label" });
      dot.bindPopup(function () { return popup(p); },
                    Object.assign({ maxWidth: 300 }, popupOptions));
      layer.addLayer(dot);
      labels.add(dot, p.rank !== undefined ? p.rank : i, 0);
    });
    return layer;
  }

  function eventMarkers(data, popupOptions) {
    var size = data.styles.event_px;
    return data.events.map(function (e) {
      var badge = el("div", "geo-event", e.symbol);
      badge.style.background = e.colour;
      var marker = L.marker([e.lat, e.lon], {
        icon: L.divIcon({ html: badge, className: "geo-event-icon", iconSize: [size, size],
                          iconAnchor: [size / 2 - e.shift, size / 2] }),
        title: ""
      });
      marker.bindTooltip(el("span", null, e.tooltip));
      marker.bindPopup(function () { return popup(e); },
                       Object.assign({ maxWidth: 380 }, popupOptions));
      return { marker: marker, day: e.day, event: e };
    });
  }

  function titleBox(map, data) {
    var box = el("div", "geo-title");
    box.appendChild(el("b", null, data.title));
    box.appendChild(el("br"));
    box.appendChild(el("span", null, data.subtitle));
    map.getContainer().appendChild(box);
    return box;
  }

  function legend(data) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = el("div", "geo-legend");
      box.appendChild(el("b", null, "Events (ACLED type)"));
      data.styles.events.forEach(function (s) {
        var row = el("div");
        var key = el("span", "geo-event geo-key", s.symbol);
        key.style.background = s.colour;
        row.appendChild(key);
        row.appendChild(document.createTextNode(s.event_type));
        box.appendChild(row);
      });
      box.appendChild(el("div", "geo-note",
                         "The time control plays dated events; undated stay shown."));
      box.appendChild(el("b", null, "Stated area"));
      var area = el("div");
      area.appendChild(el("span", "geo-swatch geo-area-key"));
      area.appendChild(document.createTextNode("size stated in the article, shape illustrative"));
      box.appendChild(area);
      box.appendChild(el("b", null, "Activity (events + mentions)"));
      var ramp = el("div", "geo-ramp");
      ramp.style.background = "linear-gradient(to right, " + data.styles.activity.join(", ") + ")";
      box.appendChild(ramp);
      var ends = el("div", "geo-ramp-labels");
      ends.appendChild(el("span", null, "0"));
      ends.appendChild(el("span", null, data.styles.top_activity));
      box.appendChild(ends);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    return control;
  }

  /* A slider and a play button showing the events dated up to a day, earlier days faded. */
  function timeControl(map, group, items) {
    var days = [];
    items.forEach(function (it) {
      if (it.day !== null && days.indexOf(it.day) < 0) { days.push(it.day); }
    });
    days.sort();
    var undated = items.filter(function (it) { return it.day === null; }).length;
    var control = L.control({ position: "bottomleft" });
    var slider, button, label, timer = null;
    function show(k) {
      var until = k < days.length ? days[k] : null, shown = 0;
      items.forEach(function (it) {
        var on = it.day === null || until === null || it.day <= until;
        if (on && !group.hasLayer(it.marker)) { group.addLayer(it.marker); }
        if (!on && group.hasLayer(it.marker)) { group.removeLayer(it.marker); }
        if (on) {
          shown += 1;
          it.marker.setOpacity(until !== null && it.day !== null && it.day < until ? 0.45 : 1);
        }
      });
      slider.value = k;
      label.textContent = (until === null ? "All dates" : "Up to " + until) + ": " + shown +
        " of " + items.length + " events" +
        (undated ? " (" + undated + " undated, always shown)" : "");
    }
    function stop() {
      if (timer !== null) { clearInterval(timer); timer = null; }
      button.textContent = "\u25b6";
      button.title = "Play the events in order";
    }
    control.onAdd = function () {
      var box = el("div", "geo-time");
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
        show(+slider.value >= days.length ? 0 : +slider.value + 1);
        button.textContent = "\u23f8";
        button.title = "Pause";
        timer = setInterval(function () {
          if (+slider.value >= days.length) { stop(); return; }
          show(+slider.value + 1);
        }, 1200);
      });
      return box;
    };
    control.addTo(map);
    stop();
    show(days.length);
  }

  function attribution(map, data) {
    var span = el("span");
    data.attribution.forEach(function (part, i) {
      if (i) { span.appendChild(document.createTextNode(" | ")); }
      span.appendChild(document.createTextNode(part.label + ": "));
      var link = el("a", null, part.name);
      link.href = part.url;
      span.appendChild(link);
      if (part.licence) { span.appendChild(document.createTextNode(" (" + part.licence + ")")); }
    });
    // Leaflet's attribution control takes markup: ours is built here, so pass it as built.
    map.attributionControl.addAttribution(span.outerHTML);
  }

  /* The hatch that fills stated areas (CSS: path.geo-area { fill: url(#geo-hatch) }). */
  function hatchPattern(hatch) {
    var ns = "http://www.w3.org/2000/svg";
    function svg(tag, attributes) {
      var node = document.createElementNS(ns, tag);
      Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
      return node;
    }
    var box = svg("svg", { width: 0, height: 0, style: "position:absolute" });
    var defs = svg("defs", {});
    var pattern = svg("pattern", { id: "geo-hatch", patternUnits: "userSpaceOnUse",
                                   width: hatch.px, height: hatch.px,
                                   patternTransform: "rotate(45)" });
    pattern.appendChild(svg("rect", { width: hatch.px, height: hatch.px, fill: hatch.colour,
                                      "fill-opacity": hatch.fill_opacity }));
    pattern.appendChild(svg("line", { x1: 0, y1: 0, x2: 0, y2: hatch.px, stroke: hatch.colour,
                                      "stroke-width": hatch.width,
                                      "stroke-opacity": hatch.opacity }));
    defs.appendChild(pattern);
    box.appendChild(defs);
    document.body.appendChild(box);
  }

  /* Draw ``data`` (the page's JSON document) on ``map`` (an L.Map). */
  root.geoConflictMap = function (map, data) {
    hatchPattern(data.styles.hatch);
    document.documentElement.style.setProperty("--geo-area", data.styles.area_colour);
    var labels = new Labels(map);
    var title = titleBox(map, data);
    // Popups open below the title box, never under it.
    var popupOptions = {
      autoPanPaddingTopLeft: L.point(20, title.offsetTop + title.offsetHeight + 12)
    };
    var base = baseLayer(data, labels).addTo(map);
    var bases = { "Countries (offline)": base };
    if (data.tiles) {
      bases[data.tiles.name] = L.tileLayer(data.tiles.url,
                                           { attribution: data.tiles.attribution, maxZoom: 19 });
    }
    var events = L.featureGroup();
    var items = eventMarkers(data, popupOptions);
    items.forEach(function (it) { events.addLayer(it.marker); });
    var overlays = {
      "Regions by activity": regionsLayer(data, labels).addTo(map),
      "Stated areas": areasLayer(data, popupOptions).addTo(map),
      "Places": placesLayer(data, labels, popupOptions).addTo(map),
      "Events": events.addTo(map)
    };
    L.control.layers(bases, overlays, { collapsed: false }).addTo(map);
    legend(data).addTo(map);
    if (items.length) { timeControl(map, events, items); }
    attribution(map, data);
    var redraw = function () { labels.declutter(); };
    map.on("zoomend moveend overlayadd overlayremove", redraw);
    if (data.bounds) {
      map.fitBounds(data.bounds, { padding: [30, 30], maxZoom: 9, animate: false });
    }
    redraw();
  };
})(window);
