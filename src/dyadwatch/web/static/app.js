// dyadwatch: the dashboard's one script (local; the CSP allows no inline script).
// It only makes the event filters update the table in place; every page works without it.
"use strict";
(function () {
  function eventFilters() {
    var form = document.getElementById("event-filters");
    var target = document.getElementById("events-table");
    if (!form || !target || !window.fetch) return;
    var seq = 0;
    function load(url, push) {
      var mine = ++seq;
      target.classList.add("loading");
      var sep = url.indexOf("?") < 0 ? "?" : "&";
      fetch(url + sep + "partial=1", { headers: { "Accept": "text/html" } })
        .then(function (r) { return r.text().then(function (t) { return { ok: r.ok, text: t }; }); })
        .then(function (res) {
          if (mine !== seq) return;
          if (!res.ok) { window.location.href = url; return; }
          target.innerHTML = res.text;
          target.classList.remove("loading");
          if (push) history.pushState({ url: url }, "", url);
        })
        .catch(function () { window.location.href = url; });
    }
    function formUrl() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (v, k) { if (v) params.append(k, v); });
      var q = params.toString();
      return form.getAttribute("action") + (q ? "?" + q : "");
    }
    form.addEventListener("submit", function (ev) { ev.preventDefault(); load(formUrl(), true); });
    form.querySelectorAll("select, input").forEach(function (el) {
      el.addEventListener("change", function () { load(formUrl(), true); });
    });
    target.addEventListener("click", function (ev) {
      var a = ev.target.closest ? ev.target.closest(".pager a") : null;
      if (a) { ev.preventDefault(); load(a.getAttribute("href"), true); }
    });
    window.addEventListener("popstate", function () { load(window.location.pathname + window.location.search, false); });
    document.body.setAttribute("data-filters-ready", "1");
  }
  document.addEventListener("DOMContentLoaded", eventFilters);
})();
