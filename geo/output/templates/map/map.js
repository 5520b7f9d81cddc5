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

  /* A popup: its heading, its summary, why it is uncertain, its rows and the sentences it
     was read from. */
  function popup(item) {
    var box = el("div", "geo-popup-box");
    box.appendChild(el("b", "geo-popup-heading", item.heading));
    if (item.summary) { box.appendChild(el("div", "geo-summary", item.summary)); }
    if (item.doubt) { box.appendChild(el("div", "geo-doubt", item.doubt)); }
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

  function overlaps(a, b) {
    return !(a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom);
  }

  /* Where a label may sit beside its point: [dx, dy] as a side (right first). */
  var BESIDE = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [1, 1], [-1, -1], [-1, 1]];
  var CENTRED = [[0, 0]];

  /* Labels placed by rank where they overlap nothing shown before them: no other label, no
     event symbol, no place dot, no control. A place's label tries each side of its dot. */
  function Labels(map) {
    this.map = map;
    this.items = [];  // {marker, text, rank, minZoom, sides, gap}
  }
  Labels.prototype.add = function (marker, text, rank, options) {
    this.items.push({ marker: marker, text: text, rank: rank, minZoom: options.minZoom || 0,
                      sides: options.beside ? BESIDE : CENTRED, gap: options.gap || 0,
                      once: options.once || null });
  };
  Labels.prototype.obstacles = function () {
    var container = this.map.getContainer(), taken = [];
    var selectors = ".geo-event, .geo-place-dot, .leaflet-control, .geo-title";
    Array.prototype.forEach.call(container.querySelectorAll(selectors), function (node) {
      var box = node.getBoundingClientRect();
      if (box.width) { taken.push(box); }
    });
    return taken;
  };
  /* Reads every position and size first, then writes: one layout, not one per label. */
  Labels.prototype.declutter = function () {
    var map = this.map, zoom = map.getZoom(), taken = this.obstacles();
    var frame = map.getContainer().getBoundingClientRect();
    var wanted = this.items.filter(function (item) {
      if (zoom < item.minZoom || !map.hasLayer(item.marker)) { return false; }
      var p = map.latLngToContainerPoint(item.marker.getLatLng());
      item.x = frame.left + p.x;
      item.y = frame.top + p.y;
      return item.x >= frame.left && item.x <= frame.right && item.y >= frame.top &&
        item.y <= frame.bottom;
    });
    wanted.forEach(function (item) {  // a label's size does not change: measured once
      if (item.w === undefined || !item.w) {
        item.w = item.text.offsetWidth;
        item.h = item.text.offsetHeight;
      }
    });
    var placed = [], shown = {};  // a country named once on screen, at its best-ranked point
    wanted.sort(function (a, b) { return a.rank - b.rank; }).forEach(function (item) {
      var w = item.w, h = item.h;
      if (item.once && shown[item.once]) { return; }
      for (var k = 0; w && k < item.sides.length; k++) {
        var dx = item.sides[k][0], dy = item.sides[k][1];
        var gap = dx && dy ? item.gap * 0.7 : item.gap;
        var left = dx > 0 ? gap : dx < 0 ? -w - gap : -w / 2;
        var top = dy > 0 ? gap : dy < 0 ? -h - gap : -h / 2;
        var box = { left: item.x + left, top: item.y + top,
                    right: item.x + left + w, bottom: item.y + top + h };
        var inside = box.left >= frame.left && box.right <= frame.right &&
          box.top >= frame.top && box.bottom <= frame.bottom;
        if (inside && !taken.some(function (t) { return overlaps(box, t); })) {
          taken.push(box);
          placed.push([item, left, top]);
          if (item.once) { shown[item.once] = true; }
          return;
        }
      }
    });
    this.items.forEach(function (item) { item.text.style.visibility = "hidden"; });
    placed.forEach(function (p) {
      p[0].text.style.left = p[1] + "px";
      p[0].text.style.top = p[2] + "px";
      p[0].text.style.visibility = "visible";
    });
  };

  /* A label: a zero-sized marker at the point holding the text, which Labels places. */
  function label(latlng, name, className) {
    var text = el("span", "geo-label-text " + className, name);
    var marker = L.marker(latlng, {
      icon: L.divIcon({ className: "geo-label-icon", html: text, iconSize: [0, 0] }),
      interactive: false, keyboard: false
    });
    return { marker: marker, text: text };
  }

  function baseLayer(data, labels) {
    var land = data.base.style;
    var layer = L.featureGroup([
      plain(data.base.world, land),
      plain(data.base.detail, Object.assign({}, land, { stroke: false })),
      plain(data.base.borders, land)
    ]);
    data.base.labels.forEach(function (c) {
      var name = label([c.lat, c.lon], c.name, "geo-country-label");
      layer.addLayer(name.marker);
      labels.add(name.marker, name.text, 1000 + c.rank, { minZoom: c.min_zoom, once: c.name });
    });
    (data.base.region_labels || []).forEach(function (r) {
      var name = label([r.lat, r.lon], r.name, "geo-region-label geo-base-region");
      layer.addLayer(name.marker);
      labels.add(name.marker, name.text, 2000 + r.rank, { minZoom: data.styles.region_zoom });
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
      if (!r.named_as_place) {
        var name = label([r.label_lat, r.label_lon], r.name, "geo-region-label");
        layer.addLayer(name.marker);
        labels.add(name.marker, name.text, 500 + r.rank, { minZoom: 0 });
      }
    });
    return layer;
  }

  function areasLayer(data, popupOptions) {
    var layer = L.featureGroup();
    data.areas.forEach(function (a) {
      var shape = L.geoJSON(a.geometry, {
        style: function () {
          return { color: data.styles.area_colour, weight: 2.5, dashArray: data.styles.area_dash,
                   fillColor: data.styles.area_colour, fillOpacity: 1, className: "geo-area" };
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
      if (p.radius_m) {
        layer.addLayer(L.circle([p.lat, p.lon], {
          radius: p.radius_m, color: p.colour, weight: 1, dashArray: "3 3", fill: false,
          interactive: false
        }));
      }
      // A place the reading is unsure of is hollow and dashed.
      var dot = L.circleMarker([p.lat, p.lon], {
        radius: p.kind === "city" ? 5 : 4, className: "geo-place-dot",
        color: p.doubt ? p.colour : "white", weight: p.doubt ? 2 : 1.5,
        dashArray: p.doubt ? "2 2" : null, fill: true,
        fillColor: p.doubt ? "white" : p.colour, fillOpacity: p.doubt ? 0.6 : 0.9
      });
      dot.bindTooltip(el("span", null, p.name), { direction: "top", offset: [0, -6] });
      dot.bindPopup(function () { return popup(p); },
                    Object.assign({ maxWidth: 300 }, popupOptions));
      layer.addLayer(dot);
      var name = label([p.lat, p.lon], p.name, "geo-place-label" + (p.doubt ? " geo-doubtful" : ""));
      layer.addLayer(name.marker);
      // Beside the dot, or beyond the event symbol drawn on it.
      labels.add(name.marker, name.text, p.rank !== undefined ? p.rank : i,
                 { beside: true, gap: p.at_event ? data.styles.event_px / 2 + 4 : 8 });
    });
    return layer;
  }

  /* Each event: a marker (a symbol in its type's colour, hollow when its place is uncertain),
     and what else shows where it happened: its region's outline at region precision, a
     circle of its radius near a place. */
  function eventItems(data, popupOptions) {
    var size = data.styles.event_px;
    return data.events.map(function (e, index) {
      var badge = el("div", "geo-event" + (e.doubt ? " geo-event-doubt" : ""), e.symbol);
      badge.style.background = e.doubt ? "white" : e.colour;
      if (e.doubt) { badge.style.color = e.colour; badge.style.borderColor = e.colour; }
      var leader = el("div", "geo-leader");
      var holder = el("div", "geo-event-holder");
      holder.appendChild(leader);
      holder.appendChild(badge);
      var marker = L.marker([e.lat, e.lon], {
        icon: L.divIcon({ html: holder, className: "geo-event-icon", iconSize: [size, size] }),
        title: "", riseOnHover: true
      });
      marker.bindTooltip(el("span", null, e.tooltip), { direction: "top", offset: [0, -size / 2] });
      marker.bindPopup(function () { return popup(e); },
                       Object.assign({ maxWidth: 380 }, popupOptions));
      var extra = null;
      if (e.region !== null && data.regions[e.region]) {
        extra = L.geoJSON(data.regions[e.region].geometry, {
          style: function () {
            return { color: e.colour, weight: 2.5, opacity: 0.9, fill: false,
                     dashArray: e.doubt ? "6 4" : null, className: "geo-event-region" };
          },
          interactive: false
        });
      } else if (e.radius_m) {
        extra = L.circle([e.lat, e.lon], {
          radius: e.radius_m, color: e.colour, weight: 2, dashArray: "6 4", fillOpacity: 0.06,
          fillColor: e.colour, interactive: false, className: "geo-event-radius"
        });
      }
      return { marker: marker, extra: extra, badge: badge, leader: leader, day: e.day,
               event: e, index: index };
    });
  }

  /* Spread event symbols that would cover each other around their common centre, each
     with a line to its own point, so that every one can be clicked. */
  function fanOut(map, items, size) {
    var shown = items.filter(function (it) { return map.hasLayer(it.marker); });
    var points = shown.map(function (it) { return map.latLngToLayerPoint(it.marker.getLatLng()); });
    var group = shown.map(function (_, i) { return i; });
    function find(i) { while (group[i] !== i) { i = group[i] = group[group[i]]; } return i; }
    for (var i = 0; i < shown.length; i++) {
      for (var j = i + 1; j < shown.length; j++) {
        if (points[i].distanceTo(points[j]) < size + 2) { group[find(j)] = find(i); }
      }
    }
    var members = {};
    shown.forEach(function (_, k) { (members[find(k)] = members[find(k)] || []).push(k); });
    items.forEach(function (it) { place(it, 0, 0); });
    Object.keys(members).forEach(function (key) {
      var ks = members[key];
      if (ks.length < 2) { return; }
      var cx = 0, cy = 0;
      ks.forEach(function (k) { cx += points[k].x / ks.length; cy += points[k].y / ks.length; });
      var radius = Math.max(size * 0.9, ks.length * (size + 6) / (2 * Math.PI));
      ks.forEach(function (k, n) {
        var angle = -Math.PI / 2 + 2 * Math.PI * n / ks.length;
        place(shown[k], cx + radius * Math.cos(angle) - points[k].x,
              cy + radius * Math.sin(angle) - points[k].y);
      });
    });
    function place(it, dx, dy) {
      it.badge.style.transform = "translate(" + dx + "px," + dy + "px)";
      var length = Math.sqrt(dx * dx + dy * dy);
      it.leader.style.width = length + "px";
      it.leader.style.transform = "rotate(" + Math.atan2(dy, dx) + "rad)";
      it.leader.style.display = length ? "" : "none";
      it.marker.getPopup().options.offset = L.point(dx, dy - size / 2 + 7);
      it.marker.getTooltip().options.offset = L.point(dx, dy - size / 2);
    }
  }

  function titleBox(map, data) {
    var box = el("div", "geo-title");
    box.appendChild(el("b", null, data.title));
    box.appendChild(el("br"));
    box.appendChild(el("span", null, data.subtitle));
    map.getContainer().appendChild(box);
    return box;
  }

  function legendRow(box, key, text) {
    var row = el("div", "geo-legend-row");
    row.appendChild(key);
    row.appendChild(document.createTextNode(text));
    box.appendChild(row);
  }

  function eventKey(symbol, colour, doubt) {
    var key = el("span", "geo-event geo-key" + (doubt ? " geo-event-doubt" : ""), symbol);
    key.style.background = doubt ? "white" : colour;
    if (doubt) { key.style.color = colour; key.style.borderColor = colour; }
    return key;
  }

  function legend(data) {
    var control = L.control({ position: "bottomright" });
    var shows = data.styles.shows;
    control.onAdd = function () {
      var box = el("div", "geo-legend");
      var present = {};
      data.events.forEach(function (e) { present[e.event_type] = true; });
      var types = data.styles.events.filter(function (s) { return present[s.event_type]; });
      box.appendChild(el("b", null, "Events (ACLED type)"));
      (types.length ? types : data.styles.events).forEach(function (s) {
        legendRow(box, eventKey(s.symbol, s.colour, false), s.event_type);
      });
      var grey = "#616161";
      if (shows.region_event || shows.radius || shows.uncertain_event || shows.uncertain_place) {
        box.appendChild(el("b", null, "How precisely placed"));
      }
      if (shows.region_event) {
        legendRow(box, el("span", "geo-swatch geo-region-key"),
                  "event placed only to its region: the region is outlined");
      }
      if (shows.radius) {
        legendRow(box, el("span", "geo-swatch geo-radius-key"), "near a place: within the circle");
      }
      if (shows.uncertain_event) {
        legendRow(box, eventKey("?", grey, true), "hollow: event's place uncertain (see popup)");
      }
      if (shows.uncertain_place) {
        legendRow(box, el("span", "geo-dot-key geo-dot-doubt"), "hollow: place uncertain");
      }
      box.appendChild(el("div", "geo-note",
                         "The time control plays dated events; undated stay shown."));
      if (data.areas.length) {
        box.appendChild(el("b", null, "Stated area"));
        legendRow(box, el("span", "geo-swatch geo-area-key"),
                  "size stated in the article, shape illustrative");
      }
      box.appendChild(el("b", null, "Activity (events + mentions)"));
      var ramp = el("div", "geo-ramp");
      ramp.style.background = "linear-gradient(to right, " + data.styles.activity.join(", ") + ")";
      box.appendChild(ramp);
      var ends = el("div", "geo-ramp-labels");
      ends.appendChild(el("span", null, "0"));
      ends.appendChild(el("span", null, data.styles.top_activity));
      box.appendChild(ends);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    return control;
  }

  /* A slider and a play button showing the events dated up to a day, earlier days faded.
     Returns showAll(), which shows every event again. */
  function timeControl(map, group, items, changed) {
    var days = [];
    items.forEach(function (it) {
      if (it.day !== null && days.indexOf(it.day) < 0) { days.push(it.day); }
    });
    days.sort();
    var undated = items.filter(function (it) { return it.day === null; }).length;
    var control = L.control({ position: "bottomleft" });
    var slider, button, text, timer = null;
    function toggle(layer, on) {
      if (layer && on && !group.hasLayer(layer)) { group.addLayer(layer); }
      if (layer && !on && group.hasLayer(layer)) { group.removeLayer(layer); }
    }
    function show(k) {
      var until = k < days.length ? days[k] : null, shown = 0;
      items.forEach(function (it) {
        var on = it.day === null || until === null || it.day <= until;
        toggle(it.extra, on);
        toggle(it.marker, on);
        if (on) {
          shown += 1;
          it.marker.setOpacity(until !== null && it.day !== null && it.day < until ? 0.45 : 1);
        }
      });
      slider.value = k;
      text.textContent = (until === null ? "All dates" : "Up to " + until) + ": " + shown +
        " of " + items.length + " events" +
        (undated ? " (" + undated + " undated, always shown)" : "");
      changed();
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
      text = L.DomUtil.create("span", "geo-time-label", box);
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
    return function showAll() { stop(); show(days.length); };
  }

  /* The events, by date (undated last): a click zooms to one and opens its popup. */
  function eventsPanel(map, items, reveal, fitContent) {
    var control = L.control({ position: "topleft" });
    control.onAdd = function () {
      var box = el("div", "geo-panel");
      var bar = el("div", "geo-panel-bar");
      var head = el("button", "geo-panel-head", "Events (" + items.length + ")");
      head.type = "button";
      head.title = "Show or hide the list of events";
      var all = el("button", "geo-panel-all", "Whole map");
      all.type = "button";
      all.title = "Back to the view of every event";
      var list = el("ol", "geo-panel-list");
      L.DomEvent.on(head, "click", function () {
        list.style.display = list.style.display === "none" ? "" : "none";
      });
      L.DomEvent.on(all, "click", function () { map.closePopup(); fitContent(); });
      bar.appendChild(head);
      bar.appendChild(all);
      box.appendChild(bar);
      items.slice().sort(function (a, b) {
        if ((a.day === null) !== (b.day === null)) { return a.day === null ? 1 : -1; }
        if (a.day !== b.day) { return a.day < b.day ? -1 : 1; }
        return a.index - b.index;
      }).forEach(function (it) {
        var entry = el("li");
        var button = el("button", "geo-panel-item");
        button.type = "button";
        button.appendChild(eventKey(it.event.symbol, it.event.colour, !!it.event.doubt));
        button.appendChild(el("span", "geo-panel-date", it.day || "undated"));
        button.appendChild(el("span", "geo-panel-text", it.event.panel));
        L.DomEvent.on(button, "click", function () { reveal(it); });
        entry.appendChild(button);
        list.appendChild(entry);
      });
      box.appendChild(list);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.addTo(map);
    return control;
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
    pattern.appendChild(svg("rect", { width: hatch.px, height: hatch.px, fill: hatch.underlay,
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
      autoPanPaddingTopLeft: L.point(20, title.offsetTop + title.offsetHeight + 12),
      maxHeight: Math.max(200, map.getSize().y - title.offsetHeight - 120)
    };
    var base = baseLayer(data, labels).addTo(map);
    var bases = { "Countries (offline)": base };
    if (data.tiles) {
      bases[data.tiles.name] = L.tileLayer(data.tiles.url,
                                           { attribution: data.tiles.attribution, maxZoom: 19 });
    }
    var events = L.featureGroup();
    var items = eventItems(data, popupOptions);
    items.forEach(function (it) {
      if (it.extra) { events.addLayer(it.extra); }
      events.addLayer(it.marker);
    });
    var overlays = {
      "Regions by activity": regionsLayer(data, labels).addTo(map),
      "Stated areas": areasLayer(data, popupOptions).addTo(map),
      "Places": placesLayer(data, labels, popupOptions).addTo(map),
      "Events": events.addTo(map)
    };
    L.control.layers(bases, overlays, { collapsed: false }).addTo(map);
    var redraw = function () {
      fanOut(map, items, data.styles.event_px);
      labels.declutter();
    };
    var showAll = function () {};
    var panel = null;
    if (items.length) {
      panel = eventsPanel(map, items, function (it) {
        showAll();
        if (!map.hasLayer(events)) { events.addTo(map); }
        if (it.extra && it.extra.getBounds) {
          map.fitBounds(it.extra.getBounds(), { maxZoom: 9, animate: false,
                                                paddingTopLeft: topLeft(),
                                                paddingBottomRight: bottomRight() });
        } else {
          map.setView(it.marker.getLatLng(), Math.max(map.getZoom(), 9), { animate: false });
        }
        redraw();
        it.marker.openPopup();
      }, function () { fitContent(); });
    }
    var key = legend(data).addTo(map);
    if (items.length) { showAll = timeControl(map, events, items, function () { redraw(); }); }
    attribution(map, data);
    map.on("zoomend moveend overlayadd overlayremove", redraw);
    /* Room the title and the events panel take at the top left, kept clear when fitting. */
    function topLeft() {
      var left = panel ? panel.getContainer().offsetLeft + panel.getContainer().offsetWidth : 0;
      return [left + 20, title.offsetTop + title.offsetHeight + 20];
    }
    /* ... and the legend at the bottom right. */
    function bottomRight() {
      return [key.getContainer().offsetWidth + 30, 30];
    }
    function fitContent() {
      if (data.bounds) {
        map.fitBounds(data.bounds, { paddingTopLeft: topLeft(),
                                     paddingBottomRight: bottomRight(), maxZoom: 9,
                                     animate: false });
      }
    }
    map.geoFitContent = fitContent;
    fitContent();
    redraw();
  };
})(window);
