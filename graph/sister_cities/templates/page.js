/* The page script: draws the network, fills the legend and builds the cards shown on hover.
   Every string in the data comes from news text and is untrusted: it only ever becomes
   textContent, and becomes a link only when its scheme is http or https. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("sc-data").textContent);
  var places = data.places;
  var twinnings = data.twinnings;
  var MAX_TWINNINGS_IN_CARD = 25;
  /* Exposed for inspection from the console and for the browser tests. */
  var state = { data: data, network: null, drawnAt: null };
  window.sisterCities = state;

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

  /* A link to an article, or plain text when the URL is not a web address. */
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

  function stageText(stageLabel, stage) {
    return stageLabel || stage || "stage unknown";
  }

  function appendTwinning(card, twinning) {
    card.appendChild(el("div", "Stage: " + stageText(twinning.stageLabel, twinning.stage) +
      (twinning.date ? " (" + twinning.date + ")" : "")));
    if (twinning.history.length) {
      var steps = el("ul");
      twinning.history.forEach(function (step) {
        var item = el("li", stageText(step.stageLabel, step.stage) + (step.date ? ", " + step.date : ""));
        if (step.title || step.url) {
          item.appendChild(document.createTextNode(": "));
          item.appendChild(sourceNode(step.href, step.url, step.title));
        }
        steps.appendChild(item);
      });
      card.appendChild(el("div", "History", "sc-meta"));
      card.appendChild(steps);
    }
    if (twinning.sources.length) {
      var sources = el("ul");
      twinning.sources.forEach(function (source) {
        var item = el("li");
        item.appendChild(sourceNode(source.href, source.url, source.title));
        if (source.published) item.appendChild(el("span", " (" + source.published + ")", "sc-meta"));
        sources.appendChild(item);
      });
      card.appendChild(el("div", "Sources", "sc-meta"));
      card.appendChild(sources);
    }
  }

  function placeCard(id) {
    var place = places[id];
    var card = el("div");
    card.appendChild(el("h3", place.label));
    card.appendChild(el("div", [place.kind, place.country || "country unknown"].join(" · "), "sc-meta"));
    if (place.wikidata && /^Q[1-9][0-9]*$/.test(place.wikidata)) {
      var item = el("div", "Wikidata: ");
      item.appendChild(sourceNode("https://www.wikidata.org/wiki/" + place.wikidata, null, place.wikidata));
      card.appendChild(item);
    }
    if (place.placement === "country") card.appendChild(el("div", "No coordinates: drawn near the centre of its country.", "sc-meta"));
    if (place.placement === "strip") card.appendChild(el("div", "No coordinates and no located place in its country: drawn in the strip right of the map.", "sc-meta"));
    var edgeIds = state.network.getConnectedEdges(id);
    card.appendChild(el("h4", "Twinnings (" + edgeIds.length + ")"));
    var rows = edgeIds.map(function (edgeId) {
      var edge = data.edges[edgeId];
      var partner = places[edge.from === id ? edge.to : edge.from];
      return { partner: partner, twinning: twinnings[edgeId] };
    });
    rows.sort(function (a, b) { return a.partner.label < b.partner.label ? -1 : a.partner.label > b.partner.label ? 1 : 0; });
    rows.slice(0, MAX_TWINNINGS_IN_CARD).forEach(function (row) {
      card.appendChild(el("h4", row.partner.label + (row.partner.country ? " (" + row.partner.country + ")" : "")));
      appendTwinning(card, row.twinning);
    });
    if (rows.length > MAX_TWINNINGS_IN_CARD) {
      card.appendChild(el("div", "… and " + (rows.length - MAX_TWINNINGS_IN_CARD) + " more", "sc-meta"));
    }
    card.appendChild(el("div", place.iri, "sc-meta"));
    return card;
  }

  function twinningCard(edgeId) {
    var edge = data.edges[edgeId];
    var card = el("div");
    card.appendChild(el("h3", places[edge.from].label + " – " + places[edge.to].label));
    card.appendChild(el("div", (places[edge.from].country || "country unknown") + " – " +
      (places[edge.to].country || "country unknown"), "sc-meta"));
    appendTwinning(card, twinnings[edgeId]);
    if (twinnings[edgeId].iri) card.appendChild(el("div", twinnings[edgeId].iri, "sc-meta"));
    return card;
  }

  var container = document.getElementById("sc-network");
  var tooltip = document.getElementById("sc-tooltip");
  var pinned = false;

  function showCard(card, pointer, pin) {
    tooltip.replaceChildren(card);
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
    tooltip.replaceChildren();
  }

  function fillLegend() {
    var legend = data.legend;
    document.getElementById("sc-summary").textContent = legend.nodeCount + " places, " +
      legend.edgeCount + " twinnings; layout: " + (data.layout === "geo" ? "map (longitude, latitude)" : "network");
    var stageList = document.getElementById("sc-stages");
    legend.stages.forEach(function (stage) {
      var item = el("li");
      var line = el("span", null, "sc-line");
      var pattern = stage.dashes ? (stage.dashes[0] <= 2 ? "dotted" : "dashed") : "solid";
      line.style.borderTop = Math.max(1, Math.round(stage.width)) + "px " + pattern + " " + stage.color;
      item.appendChild(line);
      item.appendChild(el("span", stage.label));
      item.appendChild(el("span", String(stage.count), "sc-count"));
      stageList.appendChild(item);
    });
    if (!legend.dashed) {
      stageList.appendChild(el("li", "So many twinnings are drawn faster without dashes: stages are told by colour and width here.", "sc-hint"));
    }
    var kindList = document.getElementById("sc-kinds");
    [["●", "city or other place"], ["■", "regency, province, state, prefecture, county or district"], ["◆", "country"]]
      .forEach(function (kind) {
        var item = el("li");
        item.appendChild(el("span", kind[0], "sc-shape"));
        item.appendChild(el("span", kind[1]));
        kindList.appendChild(item);
      });
    var countryList = document.getElementById("sc-countries");
    legend.countries.forEach(function (country) {
      var item = el("li");
      var button = el("button", null, "sc-country");
      button.type = "button";
      var swatch = el("span", null, "sc-swatch");
      if (/^#[0-9a-f]{6}$/.test(country.color)) swatch.style.background = country.color;
      button.appendChild(swatch);
      button.appendChild(el("span", country.name || "Country unknown"));
      button.appendChild(el("span", String(country.count), "sc-count"));
      button.addEventListener("click", function () { selectCountry(country.name); });
      item.appendChild(button);
      countryList.appendChild(item);
    });
    var placement = legend.placement;
    if (data.layout === "geo" && (placement.country || placement.strip)) {
      document.getElementById("sc-placement").textContent = "Without coordinates: " +
        (placement.country || 0) + " drawn near their country's centre (dashed border), " +
        (placement.strip || 0) + " in the strip right of the map.";
    }
  }

  /* Graticule, map frame and the strip for places without a location, in network units. */
  function drawMapBackground(context) {
    var unit = data.geo.scale;
    var scale = state.network.getScale();
    context.save();
    context.lineWidth = 1 / scale;
    context.strokeStyle = "#d7dee6";
    for (var lon = -180; lon <= 180; lon += 30) {
      context.beginPath(); context.moveTo(lon * unit, -90 * unit); context.lineTo(lon * unit, 90 * unit); context.stroke();
    }
    for (var lat = -90; lat <= 90; lat += 30) {
      context.beginPath(); context.moveTo(-180 * unit, -lat * unit); context.lineTo(180 * unit, -lat * unit); context.stroke();
    }
    context.strokeStyle = "#9fb0c2";
    context.strokeRect(-180 * unit, -90 * unit, 360 * unit, 180 * unit);
    if (data.legend.placement.strip) {
      var columns = Math.ceil(data.legend.placement.strip / 60);
      var left = (data.geo.stripLon - 3) * unit;
      context.setLineDash([6 / scale, 4 / scale]);
      context.strokeRect(left, -90 * unit, (3 * columns + 3) * unit, 180 * unit);
      context.setLineDash([]);
      context.fillStyle = "#5b6b7c";
      context.font = (12 / scale) + "px sans-serif";
      context.fillText("No known location", left, -91 * unit);
    }
    context.restore();
  }

  function selectPlaces(ids) {
    hideCard();
    state.network.selectNodes(ids, false);
    if (ids.length) state.network.fit({ nodes: ids, animation: false, maxZoomLevel: 1 });
  }

  function selectCountry(name) {
    var ids = [];
    places.forEach(function (place, id) { if (place.country === name) ids.push(id); });
    selectPlaces(ids);
  }

  /* Places whose label contains the query, ignoring case; the first one gets its card pinned. */
  function findPlaces(query) {
    var wanted = query.trim().toLocaleLowerCase();
    var ids = [];
    if (wanted) places.forEach(function (place, id) { if (place.label.toLocaleLowerCase().indexOf(wanted) !== -1) ids.push(id); });
    ids.sort(function (a, b) {
      var exactA = places[a].label.toLocaleLowerCase() === wanted, exactB = places[b].label.toLocaleLowerCase() === wanted;
      return exactA === exactB ? a - b : exactA ? -1 : 1;
    });
    document.getElementById("sc-found").textContent = wanted ? ids.length + (ids.length === 1 ? " place found" : " places found") : "";
    selectPlaces(ids);
    if (ids.length) {
      var box = container.getBoundingClientRect();
      var point = state.network.canvasToDOM(state.network.getPosition(ids[0]));
      showCard(placeCard(ids[0]), { x: Math.min(point.x, box.width - 20), y: Math.min(point.y, box.height - 20) }, true);
    }
  }

  document.getElementById("sc-find").addEventListener("submit", function (event) {
    event.preventDefault();
    findPlaces(document.getElementById("sc-query").value);
  });

  fillLegend();
  var network = new vis.Network(container, {
    nodes: new vis.DataSet(data.nodes),
    edges: new vis.DataSet(data.edges)
  }, data.options);
  state.network = network;

  var settled = !data.physics;
  network.on("afterDrawing", function () {
    if (settled && state.drawnAt === null) {
      state.drawnAt = performance.now();
      document.body.setAttribute("data-drawn", "true");
    }
  });
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      settled = true;
      network.redraw();
    });
  } else {
    network.fit({ animation: false });
  }
  if (data.layout === "geo") network.on("beforeDrawing", drawMapBackground);

  /* Hover is found here rather than by vis-network's hover option, which redraws the whole
     canvas on every change: over a second per hover on a 20,000-node page. */
  var hovered = null;
  var latestPointer = null;
  function updateHover() {
    var pointer = latestPointer;
    latestPointer = null;
    if (pinned || pointer === null) return;
    var node = network.getNodeAt(pointer);
    var edge = node === undefined ? network.getEdgeAt(pointer) : undefined;
    var key = node !== undefined ? "node " + node : edge !== undefined ? "edge " + edge : null;
    if (key === hovered) return;
    hovered = key;
    if (node !== undefined) showCard(placeCard(node), pointer, false);
    else if (edge !== undefined) showCard(twinningCard(edge), pointer, false);
    else hideCard();
  }
  container.addEventListener("mousemove", function (event) {
    var box = container.getBoundingClientRect();
    if (latestPointer === null) requestAnimationFrame(updateHover);
    latestPointer = { x: event.clientX - box.left, y: event.clientY - box.top };
  });
  container.addEventListener("mouseleave", function () { if (!pinned) hideCard(); });
  network.on("dragStart", function () { if (!pinned) hideCard(); });
  network.on("click", function (event) {
    if (event.nodes.length) showCard(placeCard(event.nodes[0]), event.pointer.DOM, true);
    else if (event.edges.length) showCard(twinningCard(event.edges[0]), event.pointer.DOM, true);
    else hideCard();
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hideCard(); });
})();
