/* The page script: draws the twinning network on a canvas of its own, with focus and context,
   labels that never collide, cards on hover, filters and a country overview.
   Every string in the data comes from news text or a table and is untrusted: it only ever becomes
   textContent or canvas text, and becomes a link only when its scheme is http or https. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("sc-data").textContent);
  var places = data.places;
  var twinnings = data.twinnings;
  var sources = data.sources;
  var countries = data.countries;
  var N = places.length;

  /* Ten colours a reader can tell apart, given to the countries that matter in the current view. */
  var PALETTE = ["#1f77b4", "#e6550d", "#2ca02c", "#d62728", "#8e5bc4", "#8c564b", "#e377c2", "#17becf", "#b5a80c", "#393b79"];
  var OTHER = "#a7b0ba";
  var DIM = "#d6dbe0";
  var LABEL_FONT = "12px system-ui, sans-serif";
  var COUNTRY_FONT = "600 13px system-ui, sans-serif";
  var LABEL_HEIGHT = 14;
  var MAX_LABELS = 400;
  var MAX_LABEL_TRIES = 2500;  // places most connected first that may get a label: the rest never would
  var MAX_PARTNERS_IN_CARD = 60;
  var HIT_SLACK = 3;

  var container = document.getElementById("sc-network");
  var canvas = document.getElementById("sc-canvas");
  var context = canvas.getContext("2d");
  var tooltip = document.getElementById("sc-tooltip");

  /* Exposed for the console, for scripts and for the browser tests. */
  var state = { data: data, drawnAt: null };
  window.sisterCities = state;

  // --- the model --------------------------------------------------------------------------------

  var stageStyles = {};
  data.stages.forEach(function (stage) { stageStyles[stage.code === null ? "" : stage.code] = stage; });
  function styleOf(code) { return stageStyles[code] || stageStyles[""]; }
  function stageLabel(code) { return stageStyles[code] ? stageStyles[code].label : (code || "stage unknown"); }
  function yearOf(date) { var match = /^(\d{4})/.exec(date || ""); return match ? Number(match[1]) : null; }

  var incident = [];
  var byIri = new Map();
  for (var i = 0; i < N; i++) { incident.push([]); byIri.set(places[i].iri, i); }
  twinnings.forEach(function (twinning, j) {
    incident[twinning.a].push(j);
    if (twinning.b !== twinning.a) incident[twinning.b].push(j);
    twinning.year = yearOf(twinning.date);
  });
  function partnerOf(j, i) { return twinnings[j].a === i ? twinnings[j].b : twinnings[j].a; }
  function countryName(place) { return place.country >= 0 ? countries[place.country].name : null; }

  /* Places most connected first: the order labels are placed in; dots are drawn the other way. */
  var priority = [];
  for (i = 0; i < N; i++) priority.push(i);
  priority.sort(function (a, b) {
    return places[b].degree - places[a].degree || (places[a].label < places[b].label ? -1 : places[a].label > places[b].label ? 1 : a - b);
  });
  var radius = new Float64Array(N);
  for (i = 0; i < N; i++) radius[i] = Math.min(7, 1.6 + 0.75 * Math.sqrt(places[i].degree));

  var filters = { stages: {}, from: null, to: null, undated: true, unlocated: false, everyTwinning: false };
  data.stages.forEach(function (stage) { filters.stages[stage.code === null ? "" : stage.code] = true; });

  function shown(j) {
    var twinning = twinnings[j];
    var code = stageStyles[twinning.stage] ? twinning.stage : "";
    if (!filters.stages[code]) return false;
    if (twinning.year === null) return filters.undated;
    if (filters.from !== null && twinning.year < filters.from) return false;
    if (filters.to !== null && twinning.year > filters.to) return false;
    return true;
  }
  function drawable(i) {
    var placement = places[i].placement;
    return placement !== "none" && places[i].x !== null && (placement !== "country" || filters.unlocated);
  }

  // --- focus: a place, the places found, a country or a country pair, with their partners -------

  var selection = null;  // kept until cleared
  var hoverFocus = null; // while the pointer rests on a place
  function focus() { return hoverFocus || selection; }

  function makeFocus(kind, ids, text, keep) {
    var own = new Set(ids);
    var related = new Set(ids);
    var lines = [];
    var seen = new Set();
    ids.forEach(function (i) {
      incident[i].forEach(function (j) {
        if (seen.has(j) || !shown(j)) return;
        var other = partnerOf(j, i);
        if (keep && !keep(j, i, other)) return;
        seen.add(j);
        lines.push(j);
        related.add(other);
      });
    });
    return { kind: kind, own: own, related: related, lines: lines, text: text, ids: ids, keep: keep };
  }
  function placeFocus(i) { return makeFocus("place", [i], places[i].label); }
  function countryFocus(c) {
    var ids = [];
    for (var i = 0; i < N; i++) if (places[i].country === c) ids.push(i);
    return makeFocus("country", ids, countries[c].name);
  }
  function pairFocus(a, b) {
    var ids = [];
    for (var i = 0; i < N; i++) if (places[i].country === a || places[i].country === b) ids.push(i);
    var result = makeFocus("pair", ids, countries[a].name + " – " + countries[b].name, function (j, i, other) {
      var c1 = places[i].country, c2 = places[other].country;
      return (c1 === a && c2 === b) || (c1 === b && c2 === a);
    });
    var ends = new Set();
    result.lines.forEach(function (j) { ends.add(twinnings[j].a); ends.add(twinnings[j].b); });
    result.own = ends;
    result.related = ends;
    result.ids = Array.from(ends);
    return result;
  }
  function refreshFocus(current) {
    if (!current) return null;
    var again;
    if (current.kind === "pair") again = pairFocus(current.pair[0], current.pair[1]);
    else if (current.kind === "country") again = countryFocus(current.country);
    else again = makeFocus(current.kind, current.ids, current.text, current.keep);
    again.pair = current.pair;
    again.country = current.country;
    return again;
  }

  // --- the view ---------------------------------------------------------------------------------

  var view = { k: 1, x: 0, y: 0 };
  var base = { k: 1 };
  var size = { width: 0, height: 0, ratio: 1 };

  function toScreenX(x) { return x * view.k + view.x; }
  function toScreenY(y) { return y * view.k + view.y; }

  function resize() {
    var box = container.getBoundingClientRect();
    var ratio = window.devicePixelRatio || 1;
    var width = Math.max(1, Math.round(box.width)), height = Math.max(1, Math.round(box.height));
    if (width === size.width && height === size.height && ratio === size.ratio) return false;
    var centreX = (size.width / 2 - view.x) / view.k, centreY = (size.height / 2 - view.y) / view.k;
    var had = size.width > 0;
    size = { width: width, height: height, ratio: ratio };
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    if (had) { view.x = width / 2 - centreX * view.k; view.y = height / 2 - centreY * view.k; }
    return true;
  }

  function boundsOf(ids, withDiscs) {
    var box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    ids.forEach(function (i) {
      if (!drawable(i)) return;
      var place = places[i];
      box.left = Math.min(box.left, place.x); box.right = Math.max(box.right, place.x);
      box.top = Math.min(box.top, place.y); box.bottom = Math.max(box.bottom, place.y);
    });
    if (withDiscs && data.discs) countries.forEach(function (country) {
      if (country.x === null) return;
      box.left = Math.min(box.left, country.x - country.r); box.right = Math.max(box.right, country.x + country.r);
      box.top = Math.min(box.top, country.y - country.r); box.bottom = Math.max(box.bottom, country.y + country.r);
    });
    return box;
  }

  function wholeBounds() {
    var all = [];
    for (var i = 0; i < N; i++) all.push(i);
    var box = boundsOf(all, true);
    if (data.layout === "geo") {
      var unit = data.geo.scale;
      box.left = Math.min(box.left, -180 * unit); box.right = Math.max(box.right, 180 * unit);
      box.top = Math.min(box.top, -84 * unit); box.bottom = Math.max(box.bottom, 58 * unit);
    }
    return box;
  }

  function fitBox(box, maxK) {
    if (!isFinite(box.left)) return;
    var pad = 30;
    var width = Math.max(box.right - box.left, 1e-9), height = Math.max(box.bottom - box.top, 1e-9);
    var k = Math.min((size.width - 2 * pad) / width, (size.height - 2 * pad) / height);
    if (!isFinite(k) || k <= 0) k = base.k;
    if (maxK) k = Math.min(k, maxK);
    view.k = k;
    view.x = size.width / 2 - (box.left + box.right) / 2 * k;
    view.y = size.height / 2 - (box.top + box.bottom) / 2 * k;
  }

  function fitWhole() {
    var box = wholeBounds();
    var lone = box.right - box.left < 1e-6 && box.bottom - box.top < 1e-6;
    if (lone) { box.left -= 100; box.right += 100; box.top -= 100; box.bottom += 100; }
    fitBox(box);
    base.k = view.k;
  }

  function zoomAt(sx, sy, factor) {
    var k = Math.max(base.k * 0.5, Math.min(base.k * 5000, view.k * factor));
    view.x = sx - (sx - view.x) * (k / view.k);
    view.y = sy - (sy - view.y) * (k / view.k);
    view.k = k;
  }

  // --- colours for the countries that matter in the view -----------------------------------------

  var colourOf = countries.map(function () { return null; });
  function assignColours(current) {
    var weight = new Float64Array(countries.length);
    if (current) {
      current.related.forEach(function (i) { if (places[i].country >= 0) weight[places[i].country] += 1 + places[i].degree; });
    } else {
      for (var i = 0; i < N; i++) {
        var place = places[i];
        if (place.country < 0 || !drawable(i)) continue;
        var sx = toScreenX(place.x), sy = toScreenY(place.y);
        if (sx < 0 || sy < 0 || sx > size.width || sy > size.height) continue;
        weight[place.country] += 1 + place.degree;
      }
    }
    var ranked = [];
    for (var c = 0; c < countries.length; c++) if (weight[c] > 0) ranked.push(c);
    ranked.sort(function (a, b) { return weight[b] - weight[a] || a - b; });
    var top = new Set(ranked.slice(0, PALETTE.length));
    var used = new Set();
    var changed = false;
    colourOf.forEach(function (colour, c) {
      if (colour !== null && top.has(c)) used.add(colour);
      else if (colour !== null) { colourOf[c] = null; changed = true; }
    });
    var free = PALETTE.filter(function (colour) { return !used.has(colour); });
    ranked.slice(0, PALETTE.length).forEach(function (c) {
      if (colourOf[c] === null) { colourOf[c] = free.shift(); changed = true; }
    });
    if (changed) paintSwatches();
  }
  function colourOfPlace(i) { var c = places[i].country; return (c >= 0 && colourOf[c]) || OTHER; }

  // --- drawing ----------------------------------------------------------------------------------

  var drawnLines = [];   // what the pointer can hover: {kind, id, x1, y1, x2, y2} in layout units
  var drawnLabels = [];  // {iri, text, x, y, width, height} in canvas pixels
  var drawnDots = [];    // {i, dimmed}
  var dotDrawn = new Uint8Array(N);
  var widths = new Map();
  var drawPending = false;

  function requestDraw() {
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(function () { drawPending = false; draw(); });
  }

  function textWidth(text, font) {
    var key = font + "\u0000" + text;
    var width = widths.get(key);
    if (width === undefined) { context.font = font; width = context.measureText(text).width; widths.set(key, width); }
    return width;
  }

  function draw() {
    var ratio = size.ratio;
    var current = focus();
    assignColours(current);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, size.width, size.height);
    if (data.layout === "geo") drawMap();
    if (data.discs) drawDiscs(current);
    drawnLines = [];
    if (current) drawTwinnings(current.lines, 1, current);
    else if (overviewOn()) drawPairs();
    else drawTwinnings(allShown(), twinnings.length > 400 ? 0.55 : 0.9, null);
    drawPlaces(current);
    drawLabels(current);
    if (state.drawnAt === null) {
      state.drawnAt = performance.now();
      document.body.setAttribute("data-drawn", "true");
    }
  }

  function overviewOn() { return data.overview && !filters.everyTwinning; }
  function allShown() {
    var list = [];
    for (var j = 0; j < twinnings.length; j++) if (shown(j)) list.push(j);
    return list;
  }

  function drawMap() {
    var unit = data.geo.scale;
    var ratio = size.ratio;
    context.fillStyle = "#eef4f8";
    context.fillRect(0, 0, size.width, size.height);
    context.setTransform(ratio * view.k, 0, 0, ratio * view.k, ratio * view.x, ratio * view.y);
    context.beginPath();
    data.land.forEach(function (ring) {
      context.moveTo(ring[0], ring[1]);
      for (var p = 2; p < ring.length; p += 2) context.lineTo(ring[p], ring[p + 1]);
      context.closePath();
    });
    context.fillStyle = "#dfe4d9";
    context.fill("evenodd");
    context.lineWidth = 0.8 / view.k;
    context.strokeStyle = "#b9c2b3";
    context.stroke();
    context.beginPath();
    for (var lon = -180; lon <= 180; lon += 30) { context.moveTo(lon * unit, -90 * unit); context.lineTo(lon * unit, 90 * unit); }
    for (var lat = -60; lat <= 60; lat += 30) { context.moveTo(-180 * unit, -lat * unit); context.lineTo(180 * unit, -lat * unit); }
    context.lineWidth = 0.6 / view.k;
    context.strokeStyle = "rgba(120,140,160,0.25)";
    context.stroke();
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  function drawDiscs(current) {
    countries.forEach(function (country, c) {
      if (country.x === null) return;
      var r = country.r * view.k;
      var sx = toScreenX(country.x), sy = toScreenY(country.y);
      if (sx + r < 0 || sy + r < 0 || sx - r > size.width || sy - r > size.height) return;
      var colour = colourOf[c] || OTHER;
      context.beginPath();
      context.arc(sx, sy, r, 0, 2 * Math.PI);
      context.globalAlpha = current ? 0.05 : colourOf[c] ? 0.3 : 0.12;
      context.fillStyle = colour;
      context.fill();
      context.globalAlpha = current ? 0.2 : 0.6;
      context.lineWidth = 1;
      context.strokeStyle = colour;
      context.stroke();
      context.globalAlpha = 1;
    });
  }

  function drawPairs() {
    var rows = pairCounts();
    var max = rows.reduce(function (m, row) { return Math.max(m, row[2]); }, 1);
    var levels = [];
    for (var level = 0; level < 8; level++) levels.push([]);
    rows.forEach(function (row) {
      var a = countries[row[0]], b = countries[row[1]];
      if (a.x === null || b.x === null) return;
      var share = Math.log(1 + row[2]) / Math.log(1 + max);
      var line = { kind: "pair", id: row, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
      levels[Math.min(7, Math.floor(share * 8))].push(line);
      drawnLines.push(line);
    });
    levels.forEach(function (lines, level) {
      if (!lines.length) return;
      var share = (level + 0.5) / 8;
      context.beginPath();
      lines.forEach(function (line) {
        context.moveTo(toScreenX(line.x1), toScreenY(line.y1));
        context.lineTo(toScreenX(line.x2), toScreenY(line.y2));
      });
      context.lineWidth = 0.5 + 6 * share * share;
      context.strokeStyle = "rgba(40,62,84," + (0.04 + 0.5 * share * share).toFixed(3) + ")";
      context.stroke();
    });
  }

  /* One line per pair of countries, counting the twinnings that pass the filters. */
  var pairCache = null;
  function pairCounts() {
    if (pairCache) return pairCache;
    var counts = new Map();
    for (var j = 0; j < twinnings.length; j++) {
      if (!shown(j)) continue;
      var a = places[twinnings[j].a].country, b = places[twinnings[j].b].country;
      if (a < 0 || b < 0 || a === b) continue;
      var key = a < b ? a * 100000 + b : b * 100000 + a;
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    pairCache = [];
    counts.forEach(function (count, key) { pairCache.push([Math.floor(key / 100000), key % 100000, count]); });
    return pairCache;
  }

  function drawTwinnings(list, alpha, current) {
    var byStage = new Map();
    list.forEach(function (j) {
      var twinning = twinnings[j];
      if (!drawable(twinning.a) || !drawable(twinning.b)) return;
      var code = stageStyles[twinning.stage] ? twinning.stage : "";
      if (!byStage.has(code)) byStage.set(code, []);
      byStage.get(code).push(j);
    });
    context.globalAlpha = alpha;
    Object.keys(stageStyles).forEach(function (code) {
      var members = byStage.get(code);
      if (!members) return;
      var style = styleOf(code);
      context.beginPath();
      members.forEach(function (j) {
        var a = places[twinnings[j].a], b = places[twinnings[j].b];
        context.moveTo(toScreenX(a.x), toScreenY(a.y));
        context.lineTo(toScreenX(b.x), toScreenY(b.y));
        drawnLines.push({ kind: "twinning", id: j, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
      });
      context.setLineDash(style.dashes);
      context.lineWidth = current ? style.width : Math.max(1, style.width - 1);
      context.strokeStyle = style.color;
      context.stroke();
    });
    context.setLineDash([]);
    context.globalAlpha = 1;
  }

  /* Whether place i is drawn at the current view: placed, on screen (within margin pixels), and,
     on the country overview of a large network, zoomed in on or in focus. */
  function dotShown(i, current, margin) {
    if (!drawable(i)) return false;
    if (data.discs && overviewOn() && view.k < base.k * 3 && !(current && current.related.has(i))) return false;
    var sx = toScreenX(places[i].x), sy = toScreenY(places[i].y);
    return sx >= -margin && sy >= -margin && sx <= size.width + margin && sy <= size.height + margin;
  }

  function shapePath(i, sx, sy, r) {
    var shape = data.shapes[places[i].kind] || "dot";
    if (shape === "square") context.rect(sx - r * 0.9, sy - r * 0.9, r * 1.8, r * 1.8);
    else if (shape === "diamond") {
      context.moveTo(sx, sy - r * 1.2); context.lineTo(sx + r * 1.2, sy);
      context.lineTo(sx, sy + r * 1.2); context.lineTo(sx - r * 1.2, sy); context.closePath();
    } else { context.moveTo(sx + r, sy); context.arc(sx, sy, r, 0, 2 * Math.PI); }
  }

  function drawPlaces(current) {
    var dimmed = [];
    var buckets = new Map([[OTHER, []]]);
    drawnDots = [];
    dotDrawn.fill(0);
    for (var k = N - 1; k >= 0; k--) {
      var i = priority[k];
      if (!dotShown(i, current, 12)) continue;
      var isDim = Boolean(current) && !current.related.has(i);
      drawnDots.push({ i: i, dimmed: isDim });
      dotDrawn[i] = 1;
      if (isDim) { dimmed.push(i); continue; }
      var colour = colourOfPlace(i);
      if (!buckets.has(colour)) buckets.set(colour, []);
      buckets.get(colour).push(i);
    }
    /* One path per colour; only the larger dots get a white rim (outlining twenty thousand small
       ones took most of a frame). */
    if (dimmed.length) {
      context.beginPath();
      dimmed.forEach(function (i) { shapePath(i, toScreenX(places[i].x), toScreenY(places[i].y), Math.min(radius[i], 3)); });
      context.fillStyle = DIM;
      context.fill();
    }
    buckets.forEach(function (members, colour) {
      var big = members.filter(function (i) { return radius[i] >= 3.5; });
      if (big.length) {
        context.beginPath();
        big.forEach(function (i) { shapePath(i, toScreenX(places[i].x), toScreenY(places[i].y), radius[i] + 1); });
        context.fillStyle = "#ffffff";
        context.fill();
      }
      context.beginPath();
      members.forEach(function (i) { shapePath(i, toScreenX(places[i].x), toScreenY(places[i].y), radius[i]); });
      context.fillStyle = colour;
      context.fill();
    });
    var ringed = [];
    if (current) current.own.forEach(function (i) { if (drawable(i)) ringed.push(i); });
    if (data.centre !== null && drawable(data.centre)) ringed.push(data.centre);
    ringed.forEach(function (i) {
      context.beginPath();
      context.arc(toScreenX(places[i].x), toScreenY(places[i].y), radius[i] + 3, 0, 2 * Math.PI);
      context.lineWidth = 2;
      context.strokeStyle = "#111111";
      context.stroke();
    });
    if (filters.unlocated) {
      context.beginPath();
      drawnDots.forEach(function (dot) {
        if (places[dot.i].placement !== "country" || dot.dimmed) return;
        var sx = toScreenX(places[dot.i].x), sy = toScreenY(places[dot.i].y);
        context.moveTo(sx + radius[dot.i] + 2, sy);
        context.arc(sx, sy, radius[dot.i] + 2, 0, 2 * Math.PI);
      });
      context.setLineDash([2, 2]);
      context.lineWidth = 1;
      context.strokeStyle = "#333333";
      context.stroke();
      context.setLineDash([]);
    }
  }

  /* Labels most important first, each where it collides with no label already placed. */
  function drawLabels(current) {
    drawnLabels = [];
    var cell = 64;
    var grid = new Map();
    function fits(box) {
      for (var gx = Math.floor(box.x / cell); gx <= Math.floor((box.x + box.width) / cell); gx++) {
        for (var gy = Math.floor(box.y / cell); gy <= Math.floor((box.y + box.height) / cell); gy++) {
          var held = grid.get(gx * 65536 + gy);
          if (!held) continue;
          for (var h = 0; h < held.length; h++) {
            var other = held[h];
            if (box.x < other.x + other.width && other.x < box.x + box.width &&
                box.y < other.y + other.height && other.y < box.y + box.height) return false;
          }
        }
      }
      return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
    }
    function take(box) {
      for (var gx = Math.floor(box.x / cell); gx <= Math.floor((box.x + box.width) / cell); gx++) {
        for (var gy = Math.floor(box.y / cell); gy <= Math.floor((box.y + box.height) / cell); gy++) {
          var key = gx * 65536 + gy;
          if (!grid.has(key)) grid.set(key, []);
          grid.get(key).push(box);
        }
      }
      drawnLabels.push(box);
    }
    function write(box, font, colour) {
      context.font = font;
      context.textBaseline = "middle";
      context.lineJoin = "round";
      context.lineWidth = 3;
      context.strokeStyle = "rgba(255,255,255,0.92)";
      context.strokeText(box.text, box.x + 1, box.y + box.height / 2);
      context.fillStyle = colour;
      context.fillText(box.text, box.x + 1, box.y + box.height / 2);
    }
    function placeLabel(i, font, colour) {
      if (!dotDrawn[i]) return;
      var sx = toScreenX(places[i].x), sy = toScreenY(places[i].y);
      if (sx < 0 || sy < 0 || sx > size.width || sy > size.height) return;
      var text = places[i].label;
      var width = textWidth(text, font) + 2, r = radius[i] + 2;
      var spots = [[sx + r + 1, sy - LABEL_HEIGHT / 2], [sx - r - 1 - width, sy - LABEL_HEIGHT / 2],
                   [sx - width / 2, sy - r - LABEL_HEIGHT], [sx - width / 2, sy + r]];
      for (var s = 0; s < spots.length; s++) {
        var box = { iri: places[i].iri, text: text, x: spots[s][0], y: spots[s][1], width: width, height: LABEL_HEIGHT };
        if (fits(box)) { take(box); write(box, font, colour); return; }
      }
    }
    if (data.discs && !current) {
      var order = countries.map(function (country, c) { return c; });
      order.sort(function (a, b) { return countries[b].places - countries[a].places || a - b; });
      order.forEach(function (c) {
        var country = countries[c];
        if (country.x === null || country.r * view.k < 10) return;
        var text = country.name, width = textWidth(text, COUNTRY_FONT) + 2, r = country.r * view.k;
        var inside = r > width / 2 + 4;
        var box = { iri: null, text: text, x: toScreenX(country.x) - width / 2, width: width, height: LABEL_HEIGHT + 2,
                    y: inside ? toScreenY(country.y) - (LABEL_HEIGHT + 2) / 2 : toScreenY(country.y) - r - LABEL_HEIGHT - 3 };
        if (fits(box)) { take(box); write(box, COUNTRY_FONT, "#1d2a36"); }
      });
    }
    var bold = "600 " + LABEL_FONT;
    if (data.centre !== null) placeLabel(data.centre, bold, "#111111");
    if (current) {
      Array.from(current.own).sort(function (a, b) { return places[b].degree - places[a].degree; })
        .forEach(function (i) { if (drawnLabels.length < MAX_LABELS) placeLabel(i, bold, "#111111"); });
    }
    var tried = 0;
    for (var k = 0; k < N && drawnLabels.length < MAX_LABELS && tried < MAX_LABEL_TRIES; k++) {
      var i = priority[k];
      if (!dotDrawn[i]) continue;
      tried++;
      if (i === data.centre || (current && (current.own.has(i) || !current.related.has(i)))) continue;
      placeLabel(i, LABEL_FONT, "#1a1a1a");
    }
  }

  // --- picking ----------------------------------------------------------------------------------

  /* The drawn place whose centre is nearest the pointer, within its dot and a few pixels. */
  function placeAt(sx, sy) {
    var current = focus();
    var best = -1, bestDistance = Infinity;
    for (var i = 0; i < N; i++) {
      if (places[i].x === null) continue;
      var dx = toScreenX(places[i].x) - sx;
      if (dx > 12 || dx < -12) continue;
      var dy = toScreenY(places[i].y) - sy;
      if (dy > 12 || dy < -12 || !dotShown(i, current, 0)) continue;
      var reach = (current && !current.related.has(i) ? 3 : radius[i]) + HIT_SLACK;
      var distance = dx * dx + dy * dy;
      if (distance <= reach * reach && distance < bestDistance) { best = i; bestDistance = distance; }
    }
    return best;
  }

  function lineAt(sx, sy) {
    var best = null, bestDistance = 16;
    drawnLines.forEach(function (line) {
      var x1 = toScreenX(line.x1), y1 = toScreenY(line.y1);
      var dx = toScreenX(line.x2) - x1, dy = toScreenY(line.y2) - y1;
      var length = dx * dx + dy * dy;
      var t = length ? Math.max(0, Math.min(1, ((sx - x1) * dx + (sy - y1) * dy) / length)) : 0;
      var ex = x1 + t * dx - sx, ey = y1 + t * dy - sy;
      var distance = ex * ex + ey * ey;
      if (distance < bestDistance) { best = line; bestDistance = distance; }
    });
    return best;
  }

  function discAt(sx, sy) {
    if (!data.discs) return -1;
    for (var c = 0; c < countries.length; c++) {
      var country = countries[c];
      if (country.x === null) continue;
      var dx = toScreenX(country.x) - sx, dy = toScreenY(country.y) - sy, r = country.r * view.k;
      if (dx * dx + dy * dy <= r * r) return c;
    }
    return -1;
  }

  // --- cards ------------------------------------------------------------------------------------

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function isWebUrl(url) {
    if (typeof url !== "string") return false;
    var parsed;
    try { parsed = new URL(url); } catch (error) { return false; }
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  }

  /* A link to a source, or plain text when its URL is not a web address. */
  function sourceNode(href, rawUrl, title) {
    if (href && isWebUrl(href)) {
      var link = el("a", title || href);
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer nofollow";
      return link;
    }
    var text = el("span", title || "");
    if (rawUrl) text.appendChild(el("span", (title ? " " : "") + "(" + rawUrl + ")", "sc-meta"));
    return text;
  }

  function shortNames(twinning) {
    var names = [];
    twinning.sources.forEach(function (cited) { var name = sources[cited.source].short; if (names.indexOf(name) < 0) names.push(name); });
    return names.join(", ");
  }

  function placeCard(i, pinnedCard) {
    var place = places[i];
    var card = el("div");
    card.appendChild(el("h3", place.label));
    card.appendChild(el("div", [place.kind, countryName(place) || "country unknown"].join(" · "), "sc-meta"));
    if (place.wikidata && /^Q[1-9][0-9]*$/.test(place.wikidata)) {
      var item = el("div", "Wikidata: ");
      item.appendChild(sourceNode("https://www.wikidata.org/wiki/" + place.wikidata, null, place.wikidata));
      card.appendChild(item);
    }
    if (place.placement === "country") card.appendChild(el("div", "No coordinates: drawn near the centre of its country.", "sc-meta"));
    if (place.placement === "none" && data.layout === "geo") card.appendChild(el("div", "No coordinates: not on the map.", "sc-meta"));
    var lines = incident[i].filter(shown);
    var total = Math.max(place.all, incident[i].length);
    card.appendChild(el("h4", lines.length === total ? total + (total === 1 ? " twinning" : " twinnings")
      : lines.length + " of " + total + " twinnings shown"));
    var rows = lines.map(function (j) { return { j: j, partner: places[partnerOf(j, i)] }; });
    rows.sort(function (a, b) { return a.partner.label < b.partner.label ? -1 : a.partner.label > b.partner.label ? 1 : a.j - b.j; });
    var list = el("ul");
    rows.slice(0, MAX_PARTNERS_IN_CARD).forEach(function (row) {
      var twinning = twinnings[row.j];
      var item = el("li");
      var line = pinnedCard ? el("button", null, "sc-partner") : el("span");
      if (pinnedCard) {
        line.type = "button";
        line.addEventListener("click", function () { showCard(twinningCard(row.j), lastCardPointer, true); });
      }
      var partnerCountry = countryName(row.partner);
      line.appendChild(el("span", row.partner.label + (partnerCountry ? " (" + partnerCountry + ")" : "") + " — "));
      line.appendChild(el("span", stageLabel(twinning.stage) + (twinning.year ? " " + twinning.year : ""), "sc-stage"));
      var names = shortNames(twinning);
      if (names) line.appendChild(el("span", " · " + names, "sc-meta"));
      item.appendChild(line);
      list.appendChild(item);
    });
    card.appendChild(list);
    if (rows.length > MAX_PARTNERS_IN_CARD) card.appendChild(el("div", "… and " + (rows.length - MAX_PARTNERS_IN_CARD) + " more", "sc-meta"));
    if (!pinnedCard && rows.length) card.appendChild(el("div", "Click the place to keep this card and open each twinning.", "sc-meta"));
    card.appendChild(el("div", place.iri, "sc-meta"));
    return { node: card, place: place.iri };
  }

  function twinningCard(j) {
    var twinning = twinnings[j];
    var a = places[twinning.a], b = places[twinning.b];
    var card = el("div");
    card.appendChild(el("h3", a.label + " – " + b.label));
    card.appendChild(el("div", (countryName(a) || "country unknown") + " – " + (countryName(b) || "country unknown"), "sc-meta"));
    card.appendChild(el("div", "Stage: " + stageLabel(twinning.stage) + (twinning.date ? " (" + twinning.date + ")" : "")));
    if (twinning.history.length) {
      card.appendChild(el("h4", "History"));
      var steps = el("ul");
      twinning.history.forEach(function (step) {
        var text = stageLabel(step.stage) + (step.date ? ", " + step.date : "");
        if (step.source !== null) text += " — " + sources[step.source].short;
        steps.appendChild(el("li", text));
      });
      card.appendChild(steps);
    }
    if (twinning.sources.length) {
      card.appendChild(el("h4", "Sources"));
      var list = el("ul");
      twinning.sources.forEach(function (cited) {
        var source = sources[cited.source];
        var item = el("li");
        item.appendChild(sourceNode(source.href, source.url, source.title || source.short));
        var about = [source.outlet, source.published].filter(Boolean).join(", ");
        if (about) item.appendChild(el("span", " · " + about, "sc-meta"));
        if (cited.paragraph) item.appendChild(el("span", " · paragraph " + cited.paragraph, "sc-meta"));
        if (cited.quote) item.appendChild(el("blockquote", "“" + cited.quote + "”"));
        list.appendChild(item);
      });
      card.appendChild(list);
    }
    if (twinning.iri) card.appendChild(el("div", twinning.iri, "sc-meta"));
    return { node: card, twinning: twinning.iri || "" };
  }

  function pairCard(row) {
    var card = el("div");
    card.appendChild(el("h3", countries[row[0]].name + " – " + countries[row[1]].name));
    card.appendChild(el("div", row[2] + (row[2] === 1 ? " twinning" : " twinnings") + " between places of the two countries"));
    card.appendChild(el("div", "Click the line to draw them.", "sc-meta"));
    return { node: card };
  }

  function countryCard(c) {
    var card = el("div");
    card.appendChild(el("h3", countries[c].name));
    card.appendChild(el("div", countries[c].places + (countries[c].places === 1 ? " place" : " places") + " in this picture", "sc-meta"));
    card.appendChild(el("div", "Click to select its places and draw their twinnings.", "sc-meta"));
    return { node: card };
  }

  var pinned = false;
  var lastCardPointer = { x: 0, y: 0 };
  function showCard(card, pointer, pin) {
    lastCardPointer = pointer;
    tooltip.replaceChildren(card.node);
    if (card.place) tooltip.setAttribute("data-place", card.place); else tooltip.removeAttribute("data-place");
    if (card.twinning !== undefined) tooltip.setAttribute("data-twinning", card.twinning); else tooltip.removeAttribute("data-twinning");
    tooltip.hidden = false;
    pinned = Boolean(pin);
    tooltip.classList.toggle("sc-pinned", pinned);
    var box = container.getBoundingClientRect();
    var left = box.left + pointer.x + 14;
    var top = box.top + pointer.y + 14;
    var width = tooltip.offsetWidth;
    var height = tooltip.offsetHeight;
    if (left + width > window.innerWidth - 4) left = Math.max(4, box.left + pointer.x - width - 14);
    if (top + height > window.innerHeight - 4) top = Math.max(4, window.innerHeight - height - 4);
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  function hideCard() {
    hovered = null;
    pinned = false;
    tooltip.hidden = true;
    tooltip.classList.remove("sc-pinned");
    tooltip.removeAttribute("data-place");
    tooltip.removeAttribute("data-twinning");
    tooltip.replaceChildren();
  }

  // --- the side panel ---------------------------------------------------------------------------

  var swatches = [];
  var countryButtons = [];
  function paintSwatches() {
    swatches.forEach(function (swatch, c) { swatch.style.background = colourOf[c] || OTHER; });
  }

  function number(value) { return value.toLocaleString("en-US"); }

  function fillLegend() {
    var summary = number(N) + (N === 1 ? " place, " : " places, ") + number(twinnings.length) +
      (twinnings.length === 1 ? " twinning" : " twinnings") + "; " + (data.layout === "geo" ? "map" : "network") + ".";
    if (data.overview) summary += " Overview: one line per pair of countries, its width by the number of twinnings; select a place, a country or a line to draw single twinnings.";
    document.getElementById("sc-summary").textContent = summary;

    var options = document.getElementById("sc-options");
    function option(text, checked, onChange) {
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = checked;
      box.addEventListener("change", function () { onChange(box.checked); });
      label.appendChild(box);
      label.appendChild(el("span", text));
      options.appendChild(label);
      return box;
    }
    if (data.overview) option("Draw every twinning (slower)", false, function (on) { filters.everyTwinning = on; requestDraw(); });
    var near = 0, nowhere = 0;
    places.forEach(function (place) { if (place.placement === "country") near++; else if (place.placement === "none") nowhere++; });
    if (near) {
      var toggle = option("Show " + number(near) + " places without coordinates, near their country's centre (dashed ring)", false,
        function (on) { filters.unlocated = on; selection = refreshFocus(selection); requestDraw(); });
      toggle.id = "sc-unlocated";
    }
    if (nowhere) options.appendChild(el("p", number(nowhere) + " places have no coordinates and no located place in their country: they are in the cards of their partners, not on the map.", "sc-hint"));

    var stageCounts = {};
    twinnings.forEach(function (twinning) { var code = stageStyles[twinning.stage] ? twinning.stage : ""; stageCounts[code] = (stageCounts[code] || 0) + 1; });
    var stageList = document.getElementById("sc-stages");
    data.stages.forEach(function (stage) {
      var code = stage.code === null ? "" : stage.code;
      if (code === "" && !stageCounts[""]) return;
      var item = el("li");
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.setAttribute("data-stage", code);
      box.addEventListener("change", function () { filters.stages[code] = box.checked; filtersChanged(); });
      label.appendChild(box);
      var line = el("span", null, "sc-line");
      var pattern = stage.dashes.length ? (stage.dashes[0] <= 2 ? "dotted" : "dashed") : "solid";
      line.style.borderTop = Math.max(1, Math.round(stage.width)) + "px " + pattern + " " + stage.color;
      label.appendChild(line);
      label.appendChild(el("span", stage.label));
      label.appendChild(el("span", number(stageCounts[code] || 0), "sc-count"));
      item.appendChild(label);
      stageList.appendChild(item);
    });
    ["sc-from", "sc-to"].forEach(function (id) {
      document.getElementById(id).addEventListener("input", function () {
        var from = parseInt(document.getElementById("sc-from").value, 10);
        var to = parseInt(document.getElementById("sc-to").value, 10);
        filters.from = isFinite(from) ? from : null;
        filters.to = isFinite(to) ? to : null;
        filtersChanged();
      });
    });
    document.getElementById("sc-undated").addEventListener("change", function (event) { filters.undated = event.target.checked; filtersChanged(); });

    var kindList = document.getElementById("sc-kinds");
    [["●", "city or other place"], ["■", "regency, province, state, prefecture, county or district"], ["◆", "country"]]
      .forEach(function (kind) {
        var item = el("li");
        item.appendChild(el("span", kind[0], "sc-shape"));
        item.appendChild(el("span", kind[1]));
        kindList.appendChild(item);
      });

    var countryList = document.getElementById("sc-countries");
    var order = countries.map(function (country, c) { return c; });
    order.sort(function (a, b) { return countries[b].places - countries[a].places || a - b; });
    order.forEach(function (c) {
      var item = el("li");
      var button = el("button", null, "sc-country");
      button.type = "button";
      var swatch = el("span", null, "sc-swatch");
      swatches[c] = swatch;
      button.appendChild(swatch);
      button.appendChild(el("span", countries[c].name));
      button.appendChild(el("span", number(countries[c].places), "sc-count"));
      button.addEventListener("click", function () { selectCountry(c); });
      countryButtons[c] = button;
      item.appendChild(button);
      countryList.appendChild(item);
    });
  }

  function filtersChanged() {
    pairCache = null;
    selection = refreshFocus(selection);
    hoverFocus = null;
    showFocusStatus();
    draw();
  }

  function showFocusStatus() {
    var box = document.getElementById("sc-focus");
    countryButtons.forEach(function (button) { if (button) button.classList.remove("sc-selected"); });
    if (!selection) { box.hidden = true; return; }
    box.hidden = false;
    var text = selection.text + ": " + number(selection.lines.length) + (selection.lines.length === 1 ? " twinning" : " twinnings") +
      ", " + number(selection.related.size - selection.own.size) + " partners";
    if (selection.kind === "pair") text = selection.text + ": " + number(selection.lines.length) + " twinnings";
    document.getElementById("sc-focus-text").textContent = text;
    if (selection.kind === "country" && countryButtons[selection.country]) countryButtons[selection.country].classList.add("sc-selected");
  }

  function select(newSelection, fit) {
    selection = newSelection;
    hoverFocus = null;
    showFocusStatus();
    if (fit && selection) {
      var ids = Array.from(selection.related);
      fitBox(boundsOf(ids, false), base.k * (data.layout === "geo" ? 60 : 8));
    }
    draw();
  }

  function clearSelection() {
    hideCard();
    select(null, false);
  }

  function selectCountry(c) {
    hideCard();
    var chosen = countryFocus(c);
    chosen.country = c;
    select(chosen, true);
  }

  function selectPair(row) {
    var chosen = pairFocus(row[0], row[1]);
    chosen.pair = [row[0], row[1]];
    select(chosen, true);
  }

  /* Places whose label contains the query, ignoring case; the first one gets its card pinned. */
  function findPlaces(query) {
    var wanted = query.trim().toLocaleLowerCase();
    var ids = [];
    if (wanted) places.forEach(function (place, i) { if (place.label.toLocaleLowerCase().indexOf(wanted) !== -1) ids.push(i); });
    ids.sort(function (a, b) {
      var exactA = places[a].label.toLocaleLowerCase() === wanted, exactB = places[b].label.toLocaleLowerCase() === wanted;
      return exactA === exactB ? places[b].degree - places[a].degree || a - b : exactA ? -1 : 1;
    });
    document.getElementById("sc-found").textContent = wanted ? ids.length + (ids.length === 1 ? " place found" : " places found") : "";
    hideCard();
    if (!ids.length) { select(null, false); return; }
    var found = ids.length === 1 ? placeFocus(ids[0]) : makeFocus("found", ids, "“" + query.trim() + "”");
    select(found, true);
    draw();
    var first = ids[0];
    var point = drawable(first) ? { x: toScreenX(places[first].x), y: toScreenY(places[first].y) } : { x: 20, y: 20 };
    showCard(placeCard(first, true), { x: Math.min(point.x, size.width - 20), y: Math.min(point.y, size.height - 20) }, true);
  }

  // --- the pointer ------------------------------------------------------------------------------

  var hovered = null;
  var pointer = null;
  var hoverPending = false;
  var drag = null;

  function pointerIn(event) {
    var box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  function scheduleHover() {
    if (hoverPending) return;
    hoverPending = true;
    requestAnimationFrame(function () { hoverPending = false; updateHover(); });
  }

  /* Show the card of what is under the pointer, and focus on it; draws unless told not to. */
  function updateHover(noDraw) {
    if (pinned || pointer === null || drag) return false;
    var i = placeAt(pointer.x, pointer.y);
    var line = i < 0 ? lineAt(pointer.x, pointer.y) : null;
    var disc = i < 0 && !line ? discAt(pointer.x, pointer.y) : -1;
    var key = i >= 0 ? "place " + i : line ? line.kind + " " + (line.kind === "pair" ? line.id[0] + "-" + line.id[1] : line.id)
      : disc >= 0 ? "disc " + disc : null;
    canvas.classList.toggle("sc-pointing", key !== null);
    if (key === hovered) return false;
    hovered = key;
    var before = hoverFocus;
    hoverFocus = i >= 0 ? placeFocus(i) : null;
    if (i >= 0) showCard(placeCard(i, false), pointer, false);
    else if (line && line.kind === "twinning") showCard(twinningCard(line.id), pointer, false);
    else if (line) showCard(pairCard(line.id), pointer, false);
    else if (disc >= 0) showCard(countryCard(disc), pointer, false);
    else { tooltip.hidden = true; tooltip.removeAttribute("data-place"); tooltip.removeAttribute("data-twinning"); }
    if ((before || hoverFocus) && !noDraw) draw();
    return Boolean(before || hoverFocus);
  }

  function clickAt(point) {
    var i = placeAt(point.x, point.y);
    if (i >= 0) {
      hoverFocus = null;
      select(placeFocus(i), false);
      draw();
      showCard(placeCard(i, true), point, true);
      return;
    }
    var line = lineAt(point.x, point.y);
    if (line && line.kind === "twinning") {
      var twinning = twinnings[line.id];
      var chosen = makeFocus("twinning", [twinning.a, twinning.b], places[twinning.a].label + " – " + places[twinning.b].label,
        function (j) { return j === line.id; });
      select(chosen, false);
      showCard(twinningCard(line.id), point, true);
      return;
    }
    if (line) { hideCard(); selectPair(line.id); return; }
    var disc = discAt(point.x, point.y);
    if (disc >= 0) { selectCountry(disc); return; }
    clearSelection();
  }

  canvas.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) return;
    drag = { start: pointerIn(event), x: view.x, y: view.y, moved: false, id: event.pointerId };
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener("pointermove", function (event) {
    pointer = pointerIn(event);
    if (drag) {
      var dx = pointer.x - drag.start.x, dy = pointer.y - drag.start.y;
      if (!drag.moved && dx * dx + dy * dy < 16) return;
      if (!drag.moved) { drag.moved = true; canvas.classList.add("sc-dragging"); if (!pinned) { tooltip.hidden = true; } }
      view.x = drag.x + dx;
      view.y = drag.y + dy;
      requestDraw();
      return;
    }
    scheduleHover();
  });
  canvas.addEventListener("pointerup", function (event) {
    if (!drag) return;
    var wasDrag = drag.moved;
    drag = null;
    canvas.classList.remove("sc-dragging");
    if (!wasDrag) clickAt(pointerIn(event));
    else { hovered = null; scheduleHover(); }
  });
  canvas.addEventListener("pointercancel", function () { drag = null; canvas.classList.remove("sc-dragging"); });
  canvas.addEventListener("pointerleave", function () {
    pointer = null;
    if (pinned || drag) return;
    hovered = null;
    tooltip.hidden = true;
    if (hoverFocus) { hoverFocus = null; requestDraw(); }
  });
  canvas.addEventListener("wheel", function (event) {
    event.preventDefault();
    pointer = pointerIn(event);
    var delta = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;
    zoomAt(pointer.x, pointer.y, Math.exp(-delta * 0.0015));
    hovered = null;
    updateHover(true);
    draw();
  }, { passive: false });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") clearSelection();
  });
  document.getElementById("sc-find").addEventListener("submit", function (event) {
    event.preventDefault();
    findPlaces(document.getElementById("sc-query").value);
  });
  document.getElementById("sc-clear").addEventListener("click", clearSelection);
  document.getElementById("sc-fit").addEventListener("click", function () { fitWhole(); draw(); });
  window.addEventListener("resize", function () { if (resize()) requestDraw(); });

  // --- the scripting surface --------------------------------------------------------------------

  /* Where a place is on screen now, in CSS pixels of the page; null when it is not drawn. */
  state.locate = function (iri) {
    var i = byIri.get(iri);
    if (i === undefined || !dotShown(i, focus(), 0)) return null;
    var sx = toScreenX(places[i].x), sy = toScreenY(places[i].y);
    var box = canvas.getBoundingClientRect();
    return { x: box.left + sx, y: box.top + sy };
  };
  /* The labels drawn at the current view, in CSS pixels of the page. */
  state.labels = function () {
    var box = canvas.getBoundingClientRect();
    return drawnLabels.map(function (label) {
      return { iri: label.iri, text: label.text, x: box.left + label.x, y: box.top + label.y, width: label.width, height: label.height };
    });
  };
  /* The places drawn at the current view and whether each is dimmed by the focus. */
  state.drawnPlaces = function () {
    return drawnDots.map(function (dot) { return { iri: places[dot.i].iri, dimmed: dot.dimmed }; });
  };

  // --- start ------------------------------------------------------------------------------------

  fillLegend();
  resize();
  fitWhole();
  if (data.centre !== null) showFocusStatus();
  draw();
})();
