/* The deal network, drawn by Cytoscape.js from window.KG_NETWORK: the top N
   nodes by money or by number of deals, and the deals among them. */
(function () {
  "use strict";
  var data = window.KG_NETWORK;
  var byId = function (id) { return document.getElementById(id); };
  var fmt = new Intl.NumberFormat(data.lang);
  var maxMoney = Math.max.apply(null, data.nodes.map(function (n) { return n.money; }).concat([1]));
  var maxDegree = Math.max.apply(null, data.nodes.map(function (n) { return n.degree; }).concat([1]));
  data.nodes.forEach(function (n) {
    // Area in proportion to money (the side grows with its square root); nodes
    // without known amounts sized by their number of deals.
    var m = Math.sqrt(n.money / maxMoney), d = Math.sqrt(n.degree / maxDegree);
    n.size = 16 + 48 * Math.max(m, 0.35 * d);
  });
  var cy = cytoscape({
    container: byId("cy"),
    style: [
      { selector: "node", style: {
        "width": "data(size)", "height": "data(size)", "label": "data(label)",
        "background-color": "#4a5a6a", "color": "#222", "font-size": 11,
        "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 120 } },
      { selector: "node[kind = 'person']", style: { "shape": "round-rectangle", "background-color": "#9a6fb0" } },
      { selector: "edge", style: {
        "width": 2.5, "line-color": "data(colour)", "line-style": "data(style)",
        "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
        "curve-style": "bezier", "label": "data(label)", "font-size": 9, "color": "#555",
        "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
      { selector: "edge[status = 'Completed']", style: { "width": 4 } },
      { selector: "edge[status = 'Cancelled']", style: { "opacity": 0.45 } },
      { selector: "edge[kind = 'co-party']", style: { "line-color": "#bbb", "target-arrow-shape": "none", "label": "" } },
      { selector: "edge.dense", style: { "curve-style": "haystack", "haystack-radius": 0.4,
        "label": "", "width": 1.5, "opacity": 0.55 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#f0a000" } }
    ]
  });
  function ranked() {
    var key = byId("rank").value;
    return data.nodes.slice().sort(function (a, b) {
      return (b[key] - a[key]) || (b.degree - a.degree) || (b.money - a.money) || (a.label < b.label ? -1 : 1);
    });
  }
  function draw() {
    var n = Math.max(1, parseInt(byId("top-n").value, 10) || 50);
    var nodes = ranked().slice(0, n), keep = {};
    nodes.forEach(function (x) { keep[x.id] = true; });
    var edges = data.edges.filter(function (e) { return keep[e.source] && keep[e.target]; });
    cy.elements().remove();
    cy.add(nodes.map(function (x) { return { group: "nodes", data: x }; }));
    cy.add(edges.map(function (e) { return { group: "edges", data: e }; }));
    // Many deals between the same two parties: drawn as straight overlapping lines
    // without labels, and laid out on one edge per pair (else their pull packs
    // every node into one clump).
    var dense = edges.length > 150;
    cy.edges().toggleClass("dense", dense);
    var seen = {}, skeleton = cy.collection();
    cy.edges().forEach(function (e) {
      var a = e.data("source"), b = e.data("target"), key = a < b ? a + "|" + b : b + "|" + a;
      if (!seen[key]) { seen[key] = true; skeleton = skeleton.union(e); }
    });
    cy.nodes().union(skeleton).layout({
      name: nodes.length > 400 ? "grid" : "cose", animate: false, randomize: false, padding: 30,
      nodeRepulsion: function (n) { return 8000 + 400 * n.data("size") * n.data("size"); },
      idealEdgeLength: function () { return 110; }, nodeOverlap: 20
    }).run();
    var deals = edges.filter(function (e) { return e.kind === "deal"; }).length;
    byId("net-count").textContent = data.text.nodes_shown.replace("{shown}", fmt.format(nodes.length))
      .replace("{total}", fmt.format(data.nodes.length)).replace("{edges}", fmt.format(deals));
    byId("grow").disabled = nodes.length >= data.nodes.length;
  }
  cy.on("tap", "node, edge", function (e) { window.location.href = e.target.data("href"); });
  byId("top-n").addEventListener("change", draw);
  byId("rank").addEventListener("change", draw);
  byId("grow").addEventListener("click", function () {
    byId("top-n").value = (parseInt(byId("top-n").value, 10) || 50) + 25; draw();
  });
  draw();
  window.kgCyAt = performance.now();  // ms since navigation start (bench/)
  window.kgCy = cy;
})();
