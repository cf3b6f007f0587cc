/// `content_for :head do … end` in a view, rendered where the run's layouts `yield :head` (or
/// print `content_for(:head)`): the view's scripts there take that place.
enum RailsLayouts {
    /// The spans of `<% content_for :name do %> … <% end %>` in a view, by name.
    static func contentForSpans(_ b: [UInt8], _ scan: TemplateScan) -> [(name: String, body: ByteRange, open: ByteRange)] {
        var out: [(String, ByteRange, ByteRange)] = []
        var stack: [(name: String?, open: ByteRange)] = []
        for c in scan.constructs where c.kind != .comment {
            let code = rubyCode(b, c.inner)
            let words = code.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "(" || $0 == ")" || $0 == "," })
            guard let first = words.first else { continue }
            if first == "end" || first == "}" {
                if let top = stack.popLast(), let name = top.name { out.append((name, ByteRange(top.open.end, c.range.start), top.open)) }
                continue
            }
            let opensBlock = words.last == "do" || words.last?.hasPrefix("|") == true && words.contains("do")
                || (c.kind == .control && ["if", "unless", "case", "while", "until", "begin", "for"].contains(String(first)))
            guard opensBlock else { continue }
            var name: String?
            if (first == "content_for" || first == "provide"), words.count > 1, words[1].hasPrefix(":") {
                name = String(words[1].dropFirst())
            }
            stack.append((name, c.range))
        }
        return out
    }

    /// The names a layout yields and where (`yield :head`, `yield(:head)`, `content_for :head`, `content_for?(:head)` excluded),
    /// including both sides of the nested-layout idiom `content_for?(:content) ? yield(:content) : yield`.
    static func yields(_ b: [UInt8], _ scan: TemplateScan) -> [(name: String, range: ByteRange)] {
        scan.constructs.flatMap { c -> [(name: String, range: ByteRange)] in
            guard c.kind == .output else { return [] }
            let words = rubyCode(b, c.inner).split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" })
            // A bare `yield` renders the view itself (named "" here).
            if words == ["yield"] { return [("", c.range)] }
            if words.count >= 2, words[0] == "yield" || words[0] == "content_for", words[1].hasPrefix(":") {
                return [(String(words[1].dropFirst()), c.range)]
            }
            // `content_for?(:x) ? yield(:x) : yield`: either is printed here.
            guard words.first == "content_for?", words.contains("?"), words.contains(":") else { return [] }
            var out: [(name: String, range: ByteRange)] = []
            for (k, w) in words.enumerated() where w == "yield" {
                let next = k + 1 < words.count ? words[k + 1] : ""
                let name = next.hasPrefix(":") && next.count > 1 ? String(next.dropFirst()) : ""
                if !out.contains(where: { $0.name == name }) { out.append((name, c.range)) }
            }
            return out
        }
    }

    private static func rubyCode(_ b: [UInt8], _ r: ByteRange) -> String {
        var s = r.start, e = r.end
        while s < e && (b[s] == 0x3D || b[s] == 0x2D || b[s] == 0x23) { s += 1 }
        if e > s && b[e - 1] == 0x2D { e -= 1 }
        return String(decoding: b[s..<e], as: UTF8.self).trimmingASCIIWhitespace()
    }

    private struct Yields: Sendable { var entries: [(name: String, placement: Placement, closes: Bool)] }

    /// Where a layout yields the view (`""`) and the names the view's `content_for` blocks fill.
    private static func yields(_ layout: String, filling spans: [(name: String, body: ByteRange, open: ByteRange)], depth: Int = 0) -> [(name: String, placement: Placement, closes: Bool)] {
        guard let bytes = try? FileSystem.read(layout), contains(bytes, "yield") || contains(bytes, "content_for") else { return [] }
        let source = SourceText(fileBytes: bytes)
        let ls = TemplateMasker.scan(source.bytes, dialect: .erb, start: source.bomLength)
        let ys = yields(source.bytes, ls).filter { y in y.name.isEmpty || spans.contains { $0.name == y.name } }
        guard !ys.isEmpty else { return [] }
        // A nested layout (`render template: "layouts/application"`, with no page of its own): all it
        // prints lands where the parent yields the view; what follows there is not known.
        if !ls.hasPageStructure, depth < 4, let parent = renderedLayout(source.bytes, ls, from: layout) {
            guard let view = yields(parent, filling: [], depth: depth + 1).first(where: { $0.name.isEmpty }) else { return [] }
            return ys.map { ($0.name, view.placement, false) }
        }
        let markers = ys.enumerated().flatMap { k, y in [(y.range.start, "open:\(k)"), (y.range.end, "close:\(k)")] }
        let (opens, closes) = TemplateResolver.markerPlacements(ls.masked, markers, source: source)
        var out: [(name: String, placement: Placement, closes: Bool)] = []
        for (k, y) in ys.enumerated() {
            guard let p = opens["\(k)"] else { continue }
            out.append((y.name, p, closes["\(k)"] == true))
        }
        return out
    }

    /// The layout a layout renders as its page (`render template: "layouts/application"`,
    /// `render :template => 'layouts/base'`), found under the same `views/` folder.
    private static func renderedLayout(_ b: [UInt8], _ scan: TemplateScan, from layout: String) -> String? {
        guard let root = layout.viewsFolder else { return nil }
        for c in scan.constructs where c.kind == .output {
            let code = rubyCode(b, c.inner)
            guard code.hasPrefix("render"), utf8Contains(code, "template") else { continue }
            let quoted = code.split(whereSeparator: { $0 == "\"" || $0 == "'" })
            guard quoted.count >= 2 else { continue }
            let name = String(quoted[1])
            guard name.hasPrefix("layouts/"), !name.contains("..") else { continue }
            for candidate in [root + name + ".html.erb", root + name + ".erb", root + name] {
                if FileSystem.isFile(candidate) { return candidate }
            }
        }
        return nil
    }

    /// Places the scripts of a view (a template under `views/`, not a layout or a `_partial`):
    /// those in `content_for` blocks where the run's layouts yield that name, the rest where they
    /// `yield` the view itself.
    static func place(_ document: inout ScriptDocument, path: String?, run: RunIndex) {
        guard let path, path.contains("/views/"), !path.contains("/layouts/"),
              !document.scripts.isEmpty, !TemplateDialect.hasPageStructure(document.source.bytes) else { return }
        // A partial's `content_for` blocks land where the layout yields them, as a view's do; the
        // rest of a partial goes where it is rendered (the include resolver's business).
        let isPartial = PathCodec.fileName(path).hasPrefix("_")
        let b = document.source.bytes
        let scan = TemplateMasker.scan(b, dialect: .erb, start: document.source.bomLength)
        let spans = contentForSpans(b, scan)
        // A layout's placements depend on which of its yields are marked: those the view fills.
        let names = Set(spans.map(\.name)).sorted().joined(separator: ",")
        var placements: [String: [(Placement, Bool, String)]] = [:]
        // The layout Rails renders the view in, when its controllers say which; else every layout of the run.
        // The views of one folder share their controller, so its files are read once for all.
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        let chosen = run.shared("rails.layouts-for:\(folder)") { Layouts(paths: layouts(forView: path)) }.paths
        for layout in chosen ?? run.fileList where layout.contains("/layouts/") && layout.hasSuffix(".erb") {
            let yields = run.shared("rails.layout:\(layout):\(names)") { Yields(entries: Self.yields(layout, filling: spans)) }
            for y in yields.entries { placements[y.name, default: []].append((y.placement, y.closes, layout)) }
        }
        for k in document.scripts.indices {
            let start = document.scripts[k].tag.range.start
            let span = spans.last(where: { $0.body.start <= start && start < $0.body.end })
            let name = span?.name ?? ""
            if isPartial && name.isEmpty { continue }
            guard let found = placements[name], let first = found.first else { continue }
            var s = document.scripts[k]
            if s.template == nil { s.template = TemplateFacts(dialect: .erb) }
            let what = name.isEmpty ? "the view" : "`content_for :\(name)`"
            guard found.allSatisfy({ $0.0 == first.0 }) else {
                s.placement = .unknown
                s.template?.placementReason = "\(what) is yielded at different places by \(found.count) layouts"
                document.scripts[k] = s
                continue
            }
            if name.isEmpty {
                // In the view's own flow: at the end of body when nothing follows it in the view and
                // the layout's `yield` ends the body.
                s.atEndOfBody = s.atEndOfBody && found.allSatisfy { $0.1 }
            } else {
                // Whatever else the view and other calls add to the same place is not known.
                s.atEndOfBody = false
                s.template?.endOfBodyUnknown = first.0 != .head
            }
            s.placement = first.0
            s.template?.placementReason = "\(what), yielded in \(first.0 == .head ? "<head>" : "<body>") by \(first.2)"
            document.scripts[k] = s
        }
    }
}

extension RailsLayouts {
    struct Layouts: Sendable { var paths: [String]? }

    /// The layouts a view (`app/views/CONTROLLER/name.html.erb`) is rendered in, as Rails picks
    /// them: the controller's own `layout "name"`; else `layouts/CONTROLLER` when it exists; else
    /// the same asked of its parent controller (`class X < Admin::BaseController`; without a
    /// controller file, `ApplicationController`), down to `layouts/application`. `[]` for
    /// `layout false`; `nil` when a controller picks its layout at run time (`layout :method`, a
    /// proc, `only:`/`except:`) or nothing is found: every layout is then a candidate.
    static func layouts(forView view: String) -> [String]? {
        guard let views = view.viewsFolder else { return nil }
        let relative = String(view.dropFirst(views.count))
        guard let slash = relative.lastIndex(of: "/") else { return nil }
        let app = String(views.dropLast("views/".count))
        func layoutFile(_ name: String) -> String? {
            for suffix in [".html.erb", ".erb"] {
                let candidate = views + "layouts/" + name + suffix
                if FileSystem.isFile(candidate) { return candidate }
            }
            return nil
        }
        var controller = String(relative[..<slash])
        var seen = Set<String>()
        while seen.insert(controller).inserted, seen.count < 8 {
            let source = (try? FileSystem.read(app + "controllers/" + controller + "_controller.rb")).map { String(decoding: $0, as: UTF8.self) }
            switch source.map(declaredLayout) ?? .none {
            case .named(let name): return layoutFile(name).map { [$0] } ?? nil
            case .noLayout: return []
            case .dynamic: return nil
            case .none: break
            }
            if let implied = layoutFile(controller) { return [implied] }
            guard let parent = source.map(parentController) ?? (controller == "application" ? nil : "application") else { return nil }
            controller = parent
        }
        return nil
    }

    enum Declared { case named(String), noLayout, dynamic, none }

    /// What a controller's class body says with `layout`: the first call at the start of a line.
    static func declaredLayout(_ source: String) -> Declared {
        for raw in source.split(whereSeparator: \.isNewline) {
            var line = raw.drop { $0 == " " || $0 == "\t" }
            guard line.hasPrefix("layout"), line.dropFirst(6).first.map({ $0 == " " || $0 == "(" }) == true else { continue }
            line = line.dropFirst(6).drop { $0 == " " || $0 == "(" }
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let text = line.trimmingTrailing { $0 == " " || $0 == ")" || $0 == "\r" }
            if text == "false" || text == "nil" { return .noLayout }
            guard let quote = text.first, quote == "\"" || quote == "'",
                  let close = text.dropFirst().firstIndex(of: quote), text.index(after: close) == text.endIndex,
                  !text.contains("#{") else { return .dynamic }
            return .named(String(text[text.index(after: text.startIndex)..<close]))
        }
        return .none
    }

    /// `class PostsController < Admin::BaseController` → `admin/base`.
    static func parentController(_ source: String) -> String? {
        for raw in source.split(whereSeparator: \.isNewline) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            guard line.hasPrefix("class "), let lt = line.firstIndex(of: "<") else { continue }
            let name = line[line.index(after: lt)...].drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "_" }
            guard name.hasSuffix("Controller") else { return nil }
            return name.dropLast("Controller".count).split(separator: ":", omittingEmptySubsequences: true)
                .map { snake(String($0)) }.joined(separator: "/")
        }
        return nil
    }

    /// `BaseThing` → `base_thing`.
    private static func snake(_ s: String) -> String {
        var out = ""
        for (k, c) in s.enumerated() {
            if c.isUppercase { if k > 0 { out.append("_") }; out += c.lowercased() } else { out.append(c) }
        }
        return out
    }
}

private extension Substring {
    func trimmingTrailing(_ drop: (Character) -> Bool) -> Substring {
        var s = self
        while let last = s.last, drop(last) { s = s.dropLast() }
        return s
    }
}

extension String {
    /// The path up to and including its last `/views/` folder.
    fileprivate var viewsFolder: String? {
        let parts = split(separator: "/", omittingEmptySubsequences: false)
        guard let k = parts.lastIndex(of: "views") else { return nil }
        return parts[...k].joined(separator: "/") + "/"
    }
}
