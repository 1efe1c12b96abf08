/* The query page of `kg serve`: SPARQL sent to the live store (same origin,
   forwarded to the oxigraph endpoint), results drawn as a table. */
(function () {
  "use strict";
  var queries = window.KG_QUERIES, text = window.KG_TEXT;
  var byId = function (id) { return document.getElementById(id); };
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }
  var select = byId("examples");
  var blank = document.createElement("option");
  blank.value = ""; blank.textContent = "—"; select.insertBefore(blank, select.firstChild);
  select.value = "";
  select.addEventListener("change", function () {
    var q = queries[select.value];
    if (!q) return;
    byId("sparql").value = q.text;
    byId("example-description").textContent = q.description;
  });
  function cell(term) {
    if (!term) return "";
    if (term.type === "uri") {
      var local = term.value.indexOf(text.idBase) === 0 ? term.value.slice(text.idBase.length) : null;
      if (local && /^(org|person|deal)\//.test(local)) {
        return '<a href="' + esc(local) + '.html">' + esc(term.value) + "</a>";
      }
    }
    return esc(term.value);
  }
  byId("run").addEventListener("click", function () {
    byId("status").textContent = "…";
    var body = new URLSearchParams(); body.set("query", byId("sparql").value);
    fetch("sparql", { method: "POST", body: body, headers: { "Accept": "application/sparql-results+json" } })
      .then(function (r) {
        return r.text().then(function (t) { if (!r.ok) throw new Error(t || r.statusText); return JSON.parse(t); });
      })
      .then(function (json) {
        var out = byId("results");
        if (typeof json.boolean === "boolean") { out.textContent = String(json.boolean); byId("status").textContent = ""; return; }
        var vars = json.head.vars, rows = json.results.bindings;
        var html = ['<table class="deals" id="result-table"><thead><tr>'];
        vars.forEach(function (v) { html.push("<th>" + esc(v) + "</th>"); });
        html.push("</tr></thead><tbody>");
        rows.forEach(function (b) {
          html.push("<tr>");
          vars.forEach(function (v) { html.push("<td>" + cell(b[v]) + "</td>"); });
          html.push("</tr>");
        });
        html.push("</tbody></table>");
        out.innerHTML = html.join("");
        byId("status").textContent = text.rows.replace("{n}", rows.length);
      })
      .catch(function (err) { byId("status").textContent = String(err.message || err); });
  });
})();
