/// The report's own style sheet, script, fill patterns and controls. The style sheet and the script
/// are allowed by their SHA-256 in the report's Content-Security-Policy, so they must stay constant
/// strings (nothing from a linted file goes into them).
extension HTMLReporter {
    /// Colours: text on its background passes WCAG AA (4.5:1), the phases' edges and the event lines
    /// 3:1 against the page (HTMLReportTests checks both schemes). Phases differ by pattern and name too.
    static let css = """
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1b1b1b;--muted:#4d4d4d;--link:#0b57d0;--error:#a4001d;--warning:#7a4a00;\
--line:#767676;--panel:#f4f4f4;--mark:#fff1a8;--mark-fg:#1b1b1b;\
--parse:#d7efd7;--parse-edge:#2e6b2e;--blocked:#f7d6d6;--blocked-edge:#9b1c1c;--paused:#e6e6e6;--paused-edge:#575757;\
--download:#dbe6ff;--download-edge:#1d4ed8;--waiting:#ffffff;--waiting-edge:#575757;--run:#1d4ed8;--run-fg:#ffffff;\
--paint:#7a3e9d;--dcl:#0f6b5c;--load:#8a4b00}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#e8e8e8;--muted:#b3b3b3;--link:#8ab4f8;--error:#ff8f8f;--warning:#ffc866;\
--line:#8c8c8c;--panel:#1e1e1e;--mark:#5c4d00;--mark-fg:#fff7cc;\
--parse:#1d3a1d;--parse-edge:#7fcf7f;--blocked:#4a1c1c;--blocked-edge:#ff8f8f;--paused:#2e2e2e;--paused-edge:#a6a6a6;\
--download:#1b2b4d;--download-edge:#8ab4f8;--waiting:#121212;--waiting-edge:#a6a6a6;--run:#8ab4f8;--run-fg:#111111;\
--paint:#d7a6f2;--dcl:#6fd6c1;--load:#ffb866}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:75rem;padding:0 1rem 3rem;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--link)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:1}
h1{font-size:1.6rem;margin:1.2rem 0 .2rem}h2{font-size:1.35rem;border-bottom:1px solid var(--line);margin-top:2rem}h3{font-size:1.1rem;overflow-wrap:anywhere}h4{font-size:1rem;margin:1rem 0 .3rem}
.muted,.note{color:var(--muted)}
table{border-collapse:collapse;margin:.4rem 0}th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}td.num{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto;max-width:100%}
.sev{font-weight:600;white-space:nowrap}.error{color:var(--error)}.warning{color:var(--warning)}.fixable{color:var(--muted)}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.875rem}
pre{background:var(--panel);padding:.5rem;overflow-x:auto;margin:.2rem 0 1rem;white-space:pre}
.ln{display:inline-block;min-width:3.5em;color:var(--muted);user-select:none}
mark{background:var(--mark);color:var(--mark-fg);outline:1px solid var(--line)}
.ctl{color:var(--error);font-weight:600}
section.page{border-top:1px solid var(--line);padding-top:.3rem}
section.page.folded .page-body{display:none}
.fold{margin-left:.5rem;font-size:.85rem}
#controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;background:var(--panel);padding:.5rem .75rem;margin-top:1rem}
#controls[hidden]{display:none}
figure{margin:.5rem 0}figcaption{font-size:.875rem;color:var(--muted)}
.legend{display:inline}.key{white-space:nowrap;margin-right:.6rem}.key svg{vertical-align:middle;margin-right:.2rem}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
svg .lane-label{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px}
svg .axis{fill:var(--muted);font-size:10px}
svg .grid{stroke:var(--line);stroke-opacity:.35;stroke-width:1}
svg .inert .lane-label,svg .note{fill:var(--muted);font-style:italic}
.ph{stroke-width:1.2}
.ph.parse{fill:var(--parse);stroke:var(--parse-edge)}
.ph.blocked{fill:url(#sl-hatch);stroke:var(--blocked-edge)}
.ph.paused{fill:url(#sl-dots);stroke:var(--paused-edge)}
.ph.download{fill:url(#sl-stripes);stroke:var(--download-edge)}
.ph.waiting{fill:var(--waiting);stroke:var(--waiting-edge);stroke-dasharray:4 2}
.ph.run{fill:var(--run);stroke:var(--run)}
.ph-label{paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round;font-size:11px}
.ph-label.run{fill:var(--run-fg);stroke:var(--run)}
.pat-parse{fill:var(--parse)}.pat-blocked{fill:var(--blocked)}.pat-blocked-line{stroke:var(--blocked-edge);stroke-width:1.2}
.pat-paused{fill:var(--paused)}.pat-paused-dot{fill:var(--paused-edge)}.pat-download{fill:var(--download)}.pat-download-line{stroke:var(--download-edge);stroke-width:1.5}
.event line{stroke-width:2;stroke-dasharray:6 3}.event.paint line{stroke:var(--paint)}.event.dcl line{stroke:var(--dcl)}.event.load line{stroke:var(--load)}
.event.paint text{fill:var(--paint)}.event.dcl text{fill:var(--dcl)}.event.load text{fill:var(--load)}
.flag path{stroke:var(--bg);stroke-width:1}.flag.error path{fill:var(--error)}.flag.warning path{fill:var(--warning)}.flag text{fill:var(--bg);font-weight:700;font-size:11px}
.defs{position:absolute;width:0;height:0;overflow:hidden}
@media (max-width:40rem){body{padding:0 .5rem 2rem;font-size:15px}th,td{padding:.2rem .3rem}table.rules .desc{display:none}table.findings thead{position:absolute;left:-9999px}table.findings,table.findings tbody,table.findings tr,table.findings td{display:block}table.findings tr{border:1px solid var(--line);margin-bottom:.5rem}table.findings td{border:0}}
@media print{#controls,.skip,.fold{display:none}section.page.folded .page-body{display:block}body{max-width:none;color:#000;background:#fff}a{color:#000}.scroll{overflow:visible}pre{white-space:pre-wrap;overflow-wrap:anywhere}section.page{break-inside:avoid-page}}
"""

    /// Filtering (severity, rule, path, pages with problems) and folding. Reads only data
    /// attributes and form controls; writes only `hidden` and class names.
    static let script = """
(function () {
  "use strict";
  var controls = document.getElementById("controls");
  if (!controls) { return; }
  controls.hidden = false;
  var pages = Array.prototype.slice.call(document.querySelectorAll("section.page"));
  var rules = {};
  pages.forEach(function (page) {
    (page.getAttribute("data-rules") || "").split(" ").forEach(function (r) { if (r) { rules[r] = true; } });
  });
  // A large report keeps each page's body compressed (zlib, base64) and draws it when unfolded.
  var data = document.getElementById("page-data");
  var offsets = data ? data.getAttribute("data-offsets").split(" ").map(Number) : [];
  var bytes = null;
  function pageBytes() {
    if (!bytes) {
      var text = atob(data.textContent.trim());
      var raw = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) { raw[i] = text.charCodeAt(i); }
      var stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream("deflate"));
      bytes = new Response(stream).arrayBuffer().then(function (b) { return new Uint8Array(b); });
    }
    return bytes;
  }
  function load(page) {
    if (!page.classList.contains("lazy") || page.hasAttribute("data-loading")) { return; }
    page.setAttribute("data-loading", "");
    var k = Number(page.getAttribute("data-k"));
    pageBytes().then(function (all) {
      page.querySelector(".page-body").innerHTML = new TextDecoder().decode(all.subarray(offsets[k], offsets[k + 1]));
      page.classList.remove("lazy");
      page.removeAttribute("data-loading");
      apply();
      var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
      if (target && page.contains(target)) { target.scrollIntoView(); }
    });
  }
  var select = document.getElementById("f-rule");
  Object.keys(rules).sort().forEach(function (rule) {
    var option = document.createElement("option");
    option.value = rule;
    option.textContent = rule;
    select.appendChild(option);
  });
  function apply() {
    var show = { error: document.getElementById("f-error").checked, warning: document.getElementById("f-warning").checked };
    var rule = select.value;
    var query = document.getElementById("f-path").value.toLowerCase();
    var onlyProblems = document.getElementById("f-problems").checked;
    document.querySelectorAll(".finding, .finding-source").forEach(function (el) {
      el.hidden = !(show[el.getAttribute("data-severity")] !== false && (rule === "" || el.getAttribute("data-rule") === rule));
    });
    pages.forEach(function (page) {
      var path = (page.getAttribute("data-path") || "").toLowerCase();
      var visible = query === "" || path.indexOf(query) !== -1;
      if (onlyProblems && page.getAttribute("data-problems") === "0") { visible = false; }
      if (rule !== "" && (" " + (page.getAttribute("data-rules") || "") + " ").indexOf(" " + rule + " ") === -1) { visible = false; }
      page.hidden = !visible;
    });
  }
  ["f-error", "f-warning", "f-rule", "f-path", "f-problems"].forEach(function (id) {
    var el = document.getElementById(id);
    el.addEventListener(el.tagName === "INPUT" && el.type === "search" ? "input" : "change", apply);
  });
  function fold(page, folded) {
    if (!folded) { load(page); }
    page.classList.toggle("folded", folded);
    var button = page.querySelector("button.fold");
    button.setAttribute("aria-expanded", folded ? "false" : "true");
    button.textContent = folded ? "Unfold" : "Fold";
  }
  pages.forEach(function (page) {
    var heading = page.querySelector("h3");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "fold";
    heading.appendChild(button);
    button.addEventListener("click", function () { fold(page, !page.classList.contains("folded")); });
    fold(page, page.classList.contains("lazy"));
  });
  // A link to a page or one of its findings (#p12, #p12-f3) unfolds that page.
  function follow() {
    var id = location.hash.slice(1).split("-")[0];
    var page = id ? document.getElementById(id) : null;
    if (page && page.classList.contains("page")) { fold(page, false); }
  }
  window.addEventListener("hashchange", follow);
  follow();
  document.getElementById("fold-all").addEventListener("click", function () { pages.forEach(function (p) { fold(p, true); }); });
  document.getElementById("unfold-all").addEventListener("click", function () { pages.forEach(function (p) { fold(p, false); }); });
  window.addEventListener("beforeprint", function () { pages.forEach(function (p) { p.hidden = false; }); });
  apply();
})();
"""

    static let controls = """
<div id="controls" role="search" aria-label="Filter the report" hidden>
<label><input type="checkbox" id="f-error" checked> errors</label>
<label><input type="checkbox" id="f-warning" checked> warnings</label>
<label>rule <select id="f-rule"><option value="">all rules</option></select></label>
<label>path <input type="search" id="f-path" placeholder="part of a path"></label>
<label><input type="checkbox" id="f-problems"> only pages with problems</label>
<button type="button" id="fold-all">Fold all</button> <button type="button" id="unfold-all">Unfold all</button>
</div>

"""

    static let patterns = """
<svg class="defs" aria-hidden="true" focusable="false" width="0" height="0"><defs>
<pattern id="sl-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="pat-download" width="6" height="6"/><line class="pat-download-line" x1="1" y1="0" x2="1" y2="6"/></pattern>
<pattern id="sl-hatch" width="7" height="7" patternUnits="userSpaceOnUse"><rect class="pat-blocked" width="7" height="7"/><path class="pat-blocked-line" d="M0 0L7 7M7 0L0 7"/></pattern>
<pattern id="sl-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect class="pat-paused" width="5" height="5"/><circle class="pat-paused-dot" cx="2.5" cy="2.5" r="1"/></pattern>
</defs></svg>

"""
}
