// The page of `romanize --serve`, made live: as you type, it asks
// /api/romanize (the command line's --json object) and redraws the result
// with the same structure the server renders. Text is only ever set with
// textContent and value, never parsed as HTML. Without this script the page
// still works: the form submits with GET and the server fills it in.
(function () {
  "use strict";
  var form = document.getElementById("query");
  var result = document.getElementById("result");
  if (!form || !result || !window.fetch || !window.URLSearchParams) return;
  var timer = null;
  var asked = 0;
  var PARTS = [
    ["prefecture", "Prefecture"], ["county", "County"], ["city", "City"],
    ["ward", "Ward"], ["town", "Town"], ["sub_area", "Area"], ["building", "Building"]
  ];
  var FORMS = {};
  var formSelect = document.getElementById("opt-form");
  if (formSelect) {
    for (var i = 0; i < formSelect.options.length; i++) {
      FORMS[formSelect.options[i].value] = formSelect.options[i].text;
    }
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function sentence(message) {
    var s = String(message || "");
    s = s.charAt(0).toUpperCase() + s.slice(1);
    return /\.$/.test(s) ? s : s + ".";
  }

  function params() {
    var p = new URLSearchParams();
    var els = form.elements;
    for (var i = 0; i < els.length; i++) {
      var e = els[i];
      if (e.name && e.value !== "") p.set(e.name, e.value);
    }
    return p;
  }

  function render(v) {
    var nodes = [];
    if (v.error) {
      var box = el("div", { "class": "error", role: "alert", "data-kind": v.error.kind || "" });
      var p = el("p");
      p.appendChild(el("strong", {}, "Could not read this address."));
      p.appendChild(document.createTextNode(" " + (v.error.message || "")));
      box.appendChild(p);
      result.replaceChildren(box);
      return;
    }
    var f = v.form || { name: "aws", fields: [], warnings: [] };
    nodes.push(el("h2", {}, "Fields: " + (FORMS[f.name] || f.name)));
    var list = el("ol", { "class": "fields" });
    (f.fields || []).forEach(function (field, i) {
      var li = el("li", { "class": "field" });
      li.appendChild(el("label", { "for": "field-" + i }, field.label));
      var row = el("div", { "class": "row" });
      var input = el("input", { id: "field-" + i, "class": "value", readonly: "" });
      input.value = field.value;
      row.appendChild(input);
      row.appendChild(el("button", { type: "button", "class": "copy", "data-for": "field-" + i }, "Copy"));
      li.appendChild(row);
      list.appendChild(li);
    });
    nodes.push(list);
    var warnings = (v.warnings || []).concat(f.warnings || []);
    if (warnings.length) {
      nodes.push(el("h2", {}, "Check"));
      var ul = el("ul", { "class": "warnings" });
      warnings.forEach(function (w) { ul.appendChild(el("li", { "data-kind": w.kind || "" }, sentence(w.message))); });
      nodes.push(ul);
    }
    nodes.push(el("h2", {}, "Readings"));
    var table = el("table", { "class": "readings" });
    var head = el("thead");
    var hr = el("tr");
    ["Part", "Japanese", "Kana", "Romaji"].forEach(function (h) { hr.appendChild(el("th", {}, h)); });
    head.appendChild(hr);
    table.appendChild(head);
    var body = el("tbody");
    PARTS.forEach(function (pl) {
      var part = v.parts && v.parts[pl[0]];
      if (!part) return;
      var tr = el("tr");
      tr.appendChild(el("th", {}, pl[1]));
      tr.appendChild(el("td", { lang: "ja" }, part.ja || ""));
      tr.appendChild(el("td", { lang: "ja" }, part.kana || ""));
      tr.appendChild(el("td", {}, part.romaji || ""));
      body.appendChild(tr);
    });
    table.appendChild(body);
    nodes.push(table);
    result.replaceChildren.apply(result, nodes);
  }

  function update() {
    var p = params();
    var mine = ++asked;
    var address = p.get("address");
    try { history.replaceState(null, "", address ? "/?" + p.toString() : "/"); } catch (e) { /* not allowed: fine */ }
    if (!address) { result.replaceChildren(); return; }
    if (!p.get("form")) p.set("form", "aws");
    fetch("/api/romanize?" + p.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (v) { if (mine === asked) render(v); })
      .catch(function () {
        if (mine === asked) render({ error: { kind: "unreachable", message: "The local server did not answer: is romanize --serve still running?" } });
      });
  }

  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 150); });
  form.addEventListener("change", function () { clearTimeout(timer); update(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); update(); });

  function copied(button) {
    var before = button.textContent;
    button.textContent = "Copied";
    button.classList.add("done");
    setTimeout(function () { button.textContent = before; button.classList.remove("done"); }, 1200);
  }

  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("button.copy") : null;
    if (!button) return;
    var input = document.getElementById(button.getAttribute("data-for"));
    if (!input) return;
    var fallback = function () {
      input.focus();
      input.select();
      try { if (document.execCommand("copy")) copied(button); } catch (err) { /* selected: copy by hand */ }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(input.value).then(function () { copied(button); }, fallback);
    } else {
      fallback();
    }
  });
  document.documentElement.classList.add("js");
})();
