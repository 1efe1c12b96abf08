/* The deal index: filters, sorting and paging over window.KG_DEALS, drawn in
   pages of rows so that tens of thousands of deals stay fast. */
(function () {
  "use strict";
  var data = window.KG_DEALS, rows = data.rows, PAGE = 200;
  var tbody = document.querySelector("#deals tbody");
  var byId = function (id) { return document.getElementById(id); };
  var state = { org: "", type: "", status: "", year: "", sort: "d", dir: -1, shown: PAGE };
  var collator = new Intl.Collator(data.lang, { sensitivity: "base", numeric: true });
  var view = rows;

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function fill(select, values) {
    values.forEach(function (v) {
      var o = document.createElement("option"); o.value = v[0]; o.textContent = v[1];
      select.appendChild(o);
    });
  }
  var types = {}, statuses = {}, years = {};
  rows.forEach(function (r) {
    types[r.t] = 1; if (r.s) statuses[r.s] = 1; if (r.y) years[r.y] = 1;
    r.names = r.p.map(function (p) { return p[1].toLowerCase(); });
    r.pk = r.p.map(function (p) { return p[1]; }).join("; ");
  });
  fill(byId("f-type"), Object.keys(data.types).filter(function (t) { return types[t]; })
    .map(function (t) { return [t, data.types[t]]; }));
  fill(byId("f-status"), Object.keys(data.statuses).filter(function (s) { return statuses[s]; })
    .map(function (s) { return [s, data.statuses[s]]; }));
  fill(byId("f-year"), Object.keys(years).sort().reverse().map(function (y) { return [y, y]; }));

  function keyOf(r, k) {
    if (k === "p") return r.pk;
    if (k === "t") return data.types[r.t] || r.t;
    if (k === "s") return data.statuses[r.s] || r.s || "";
    return r[k];
  }
  function compare(a, b) {
    var x = keyOf(a, state.sort), y = keyOf(b, state.sort);
    if (x == null && y == null) return 0;
    if (x == null) return 1;  // empty cells last, whichever the direction
    if (y == null) return -1;
    var c = typeof x === "number" ? x - y : collator.compare(x, y);
    return c * state.dir;
  }
  function apply() {
    var org = state.org.trim().toLowerCase();
    view = rows.filter(function (r) {
      if (state.type && r.t !== state.type) return false;
      if (state.status && r.s !== state.status) return false;
      if (state.year && r.y !== state.year) return false;
      if (org && !r.names.some(function (n) { return n.indexOf(org) !== -1; })) return false;
      return true;
    });
    view.sort(compare);
    draw();
  }
  function rowHtml(r) {
    var parties = r.p.map(function (p) {
      return '<span class="role">' + esc(p[0]) + ':</span> <a class="party" href="' + esc(p[2]) + "/" +
        esc(p[3]) + '.html">' + esc(p[1]) + "</a>";
    }).join("<br>");
    var article = r.u ? '<a href="' + esc(r.u) + '" rel="external">' + esc(r.ar) + "</a>" : esc(r.ar);
    return '<tr data-deal="' + esc(r.k) + '" data-type="' + esc(r.t) + '" data-status="' + esc(r.s || "") + '">' +
      '<td><a class="deal-link" href="deal/' + esc(r.k) + '.html">' + esc(data.types[r.t] || r.t) + "</a></td>" +
      "<td>" + parties + "</td>" +
      '<td class="num amount">' + esc(r.a) + "</td>" +
      "<td>" + esc(data.statuses[r.s] || r.s || "") + "</td>" +
      '<td class="date">' + esc(r.df) + "</td>" +
      "<td>" + article + "</td></tr>";
  }
  function draw() {
    var shown = Math.min(state.shown, view.length);
    var html = [];
    for (var i = 0; i < shown; i++) html.push(rowHtml(view[i]));
    tbody.innerHTML = html.length ? html.join("") :
      '<tr><td colspan="6" class="empty">' + esc(data.text.no_deals) + "</td></tr>";
    var fmt = new Intl.NumberFormat(data.lang);
    byId("count").textContent = data.text.shown.replace("{shown}", fmt.format(shown))
      .replace("{total}", fmt.format(view.length));
    byId("more").hidden = shown >= view.length;
    document.querySelectorAll("#deals th[data-sort]").forEach(function (th) {
      if (th.dataset.sort === state.sort) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }
  function bind(id, field, event) {
    byId(id).addEventListener(event, function (e) { state[field] = e.target.value; state.shown = PAGE; apply(); });
  }
  bind("f-org", "org", "input");
  bind("f-type", "type", "change");
  bind("f-status", "status", "change");
  bind("f-year", "year", "change");
  byId("f-clear").addEventListener("click", function () {
    ["f-org", "f-type", "f-status", "f-year"].forEach(function (id) { byId(id).value = ""; });
    state.org = state.type = state.status = state.year = ""; state.shown = PAGE; apply();
  });
  byId("more").addEventListener("click", function () { state.shown += PAGE; draw(); });
  document.querySelectorAll("#deals th[data-sort]").forEach(function (th) {
    function sort() {
      var k = th.dataset.sort;
      state.dir = state.sort === k ? -state.dir : (k === "v" || k === "d" ? -1 : 1);
      state.sort = k; apply();
    }
    th.tabIndex = 0;  // sortable from the keyboard too
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
  });
  var params = new URLSearchParams(location.search);
  if (params.get("org")) { byId("f-org").value = state.org = params.get("org"); }
  apply();
  window.kgIndexReadyAt = performance.now();  // ms since navigation start (bench/)
  window.kgIndexReady = true;
})();
