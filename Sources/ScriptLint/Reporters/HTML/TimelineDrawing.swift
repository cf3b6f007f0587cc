/// Draws a page's `LoadingTimeline` as SVG: the parser's lane, then one lane per script in
/// document order; each phase is a bar with its own fill pattern and, where it fits, its name; the
/// first paint, `DOMContentLoaded` and `load` are marked; each finding is a link on its script's lane
/// to its source excerpt. Below it, the same as a table.
enum TimelineDrawing {
    static let labelWidth = 230.0, unit = 90.0, laneHeight = 26.0, top = 58.0
    /// Lanes drawn at most; the rest are counted.
    static let maxLanes = 150

    static func label(_ s: PageModel.Script) -> String {
        "line \(s.line): " + (s.src.map { $0.isEmpty ? "(empty src)" : $0 } ?? "inline")
    }

    static func kind(_ l: PageModel.Loading) -> String {
        switch l {
        case .blocking: return "classic, blocks the parser"
        case .async: return "async"
        case .deferred: return "defer"
        case .module: return "module (deferred)"
        case .moduleAsync: return "async module"
        case .inline: return "inline"
        case .inlineModule: return "inline module (deferred)"
        case .data: return "data block, never runs"
        case .inert: return "never runs"
        }
    }

    static func phaseName(_ p: LoadingTimeline.Phase) -> String {
        switch p {
        case .parse: return "parse"
        case .blocked: return "blocked"
        case .paused: return "script runs"
        case .download: return "download"
        case .waiting: return "waits"
        case .run: return "run"
        }
    }

    static func number(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func draw(_ h: inout HTMLText, page: PageModel, diagnostics: [Diagnostic], pageID: Int) {
        let timeline = LoadingTimeline(page)
        let lanes = Array(timeline.lanes.prefix(maxLanes + 1))
        let end = max(timeline.end, 1)
        let width = labelWidth + end * unit + 130
        let height = top + Double(lanes.count) * laneHeight + 10
        let x = { (t: Double) -> Double in labelWidth + t * unit }
        let titleID = "p\(pageID)-tl", descID = "p\(pageID)-tld"
        h.raw("<figure class=\"timeline\">\n<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">")
        h.raw("<title id=\"\(titleID)\">Loading timeline</title><desc id=\"\(descID)\">")
        h.text("A schematic of how the page loads: first paint at \(number(timeline.firstPaint)), DOMContentLoaded at \(number(timeline.domContentLoaded)), load at \(number(timeline.load)) units. The same data is in the table below.")
        h.raw("</desc>\n")
        // Time axis.
        var tick = 0.0
        while tick <= end {
            h.raw("<line class=\"grid\" x1=\"\(x(tick))\" y1=\"\(top - 6)\" x2=\"\(x(tick))\" y2=\"\(height - 6)\"/><text class=\"axis\" x=\"\(x(tick) + 2)\" y=\"\(top - 8)\">\(number(tick))</text>")
            tick += end > 12 ? 2 : 1
        }
        for (k, lane) in lanes.enumerated() {
            let y = top + Double(k) * laneHeight
            let script = lane.script.map { page.scripts[$0] }
            let name = script.map { label($0) } ?? "HTML parser"
            let grey = script.map { $0.loading == .data || $0.loading == .inert } ?? false
            h.raw("<g class=\"lane\(grey ? " inert" : "")\"><title>")
            h.text(script.map { "\(label($0)) — \(kind($0.loading))" } ?? "The HTML parser")
            h.raw("</title><text class=\"lane-label\" x=\"6\" y=\"\(y + 17)\">")
            h.text(name.count > 30 ? String(name.prefix(29)) + "…" : name)
            h.raw("</text>")
            if grey {
                h.raw("<text class=\"note\" x=\"\(x(0) + 4)\" y=\"\(y + 17)\">")
                h.text(kind(script!.loading))
                h.raw("</text>")
            }
            for span in lane.spans {
                let w = max(1.5, (span.end - span.start) * unit)
                h.raw("<rect class=\"ph \(span.phase.rawValue)\" x=\"\(x(span.start))\" y=\"\(y + 4)\" width=\"\(w)\" height=\"\(laneHeight - 8)\"><title>")
                h.text("\(phaseName(span.phase)): \(number(span.start))–\(number(span.end))")
                h.raw("</title></rect>")
                let name = phaseName(span.phase)
                if w >= Double(name.count) * 6.5 + 6 {
                    h.raw("<text class=\"ph-label \(span.phase.rawValue)\" x=\"\(x(span.start) + 3)\" y=\"\(y + 17)\">\(name)</text>")
                }
            }
            h.raw("</g>")
            // Findings on this script's lane.
            if let s = script {
                for (d, diagnostic) in diagnostics.enumerated() where diagnostic.byteRange.start == s.start {
                    let cx = labelWidth - 12 - Double(d % 3) * 2
                    h.raw("<a href=\"#p\(pageID)-f\(d + 1)\" class=\"flag \(diagnostic.severity.rawValue)\"><title>")
                    h.text("\(diagnostic.severity.rawValue): \(diagnostic.ruleID) — \(diagnostic.message)")
                    h.raw("</title>")
                    if diagnostic.severity == .error {
                        h.raw("<path d=\"M\(cx) \(y + 4) l8 9 l-8 9 l-8 -9 z\"/><text x=\"\(cx - 2)\" y=\"\(y + 17)\">!</text>")
                    } else {
                        h.raw("<path d=\"M\(cx) \(y + 4) l8 16 l-16 0 z\"/><text x=\"\(cx - 2)\" y=\"\(y + 18)\">!</text>")
                    }
                    h.raw("</a>")
                }
            }
        }
        for (label, t, cls) in [("first paint", timeline.firstPaint, "paint"), ("DOMContentLoaded", timeline.domContentLoaded, "dcl"), ("load", timeline.load, "load")] {
            let row = cls == "paint" ? 0.0 : cls == "dcl" ? 1 : 2
            h.raw("<g class=\"event \(cls)\"><line x1=\"\(x(t))\" y1=\"\(6 + row * 12)\" x2=\"\(x(t))\" y2=\"\(height - 6)\"/><text x=\"\(x(t) + 3)\" y=\"\(14 + row * 12)\">")
            h.text(label)
            h.raw("</text></g>")
        }
        h.raw("</svg></div>\n<figcaption>")
        if timeline.lanes.count > lanes.count { h.text("The first \(maxLanes) of \(timeline.lanes.count - 1) scripts are drawn. ") }
        h.text("A schematic computed from the script model, not a measurement: the parser reads \(Int(LoadingTimeline.bytesPerUnit / 1024)) KiB per unit of time, each download takes 1 unit and starts when the parser reaches the tag, each script runs for ½ unit, and the page does one thing at a time.")
        h.raw(" <span class=\"legend\">")
        for phase in LoadingTimeline.Phase.allCases {
            h.raw("<span class=\"key\"><svg width=\"30\" height=\"14\" aria-hidden=\"true\"><rect class=\"ph \(phase.rawValue)\" x=\"1\" y=\"1\" width=\"28\" height=\"12\"/></svg>")
            h.text(phaseName(phase))
            h.raw("</span> ")
        }
        h.raw("<span class=\"key\"><span class=\"sev error\">✖</span>/<span class=\"sev warning\">▲</span> a finding (links to its source)</span></span></figcaption>\n</figure>\n")

        // The same as a table, for screen readers and for reading values.
        h.raw("<details class=\"timeline-table\"><summary>The timeline as a table</summary><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Lane</th><th scope=\"col\">How it loads</th><th scope=\"col\">Phases (start–end, in units)</th></tr></thead><tbody>\n")
        for lane in timeline.lanes {
            let script = lane.script.map { page.scripts[$0] }
            h.raw("<tr><td>")
            h.text(script.map(label) ?? "HTML parser")
            h.raw("</td><td>")
            h.text(script.map { kind($0.loading) } ?? "—")
            h.raw("</td><td>")
            h.text(lane.spans.isEmpty ? "—" : lane.spans.map { "\(phaseName($0.phase)) \(number($0.start))–\(number($0.end))" }.joined(separator: ", "))
            h.raw("</td></tr>\n")
        }
        h.raw("<tr><td>events</td><td>—</td><td>")
        h.text("first paint \(number(timeline.firstPaint)), DOMContentLoaded \(number(timeline.domContentLoaded)), load \(number(timeline.load))")
        h.raw("</td></tr>\n</tbody></table></div></details>\n")
    }
}
