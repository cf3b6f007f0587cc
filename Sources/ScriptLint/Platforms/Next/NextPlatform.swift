/// Next.js and React (docs/frameworks.md#nextjs): the scripts a component's JSX puts on the page.
///
/// - A JSX `<script>` (lowercase: the HTML element; JSX's `<script … />` is a closed element, not
///   HTML's self-closing trap) lands where it is written: in `<head>` inside `pages/_document`'s
///   `<Head>`, `next/head`'s `<Head>` or a root layout's `<head>`; in `<body>` inside `<body>`,
///   at its end when nothing renderable follows (`<NextScript />` prints scripts only). Elsewhere
///   in a component it is in `<body>` when renderable markup follows it in the same JSX, else
///   nowhere known. In the App Router (React 19) a `<script async src>` is hoisted into `<head>`.
/// - `next/script`'s `<Script>` (bound through its import, under any local name): `strategy`
///   `beforeInteractive` in the Pages Router (`pages/`) is printed by `_document` in `<head>` with
///   `defer` (unless the element writes `defer`); everywhere else — `afterInteractive` (the
///   default), `lazyOnload`, and the App Router's `beforeInteractive` (an inline push to
///   `self.__next_s` that the runtime loads) — Next's runtime inserts it
///   (`APIFacts.insertedAfterLoad`); `worker` hands it to Partytown (`type="text/partytown"`, a
///   data block until then).
struct NextPlatform: Platform {
    static let id = APIFacts.Platform.nextjs
    static let projectMarkers = ["next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs", "next.config.mts"]
    static let projectPackages = ["next", "react", "react-dom", "react-scripts", "gatsby", "@remix-run/react"]

    /// Props `<Script>` reads and does not print.
    static let scriptOnly: Set<String> = ["strategy", "onload", "onready", "onerror", "stylesheets"]

    init(settings: [String: JSONValue]) {}

    func scripts(in file: ParsedFile, javaScript js: JSSyntax, run: RunIndex) -> [ScriptElement] {
        guard !js.elements.isEmpty else { return [] }
        // `next/script`'s local names, looked up once rather than per element.
        let loaders = Set(js.localNames(of: "next/script"))
        let found = js.elements.indices.filter { js.elements[$0].name == "script" || loaders.contains(js.elements[$0].name) }
        guard !found.isEmpty else { return [] }
        let role = Role(path: file.path ?? "")
        return found.map { k in
            js.elements[k].name == "script" ? rawScript(k, js.elements[k], js, role) : nextScript(k, js.elements[k], js, role)
        }
    }

    /// Where a component file stands in a Next app.
    enum Role {
        /// `pages/_document.*`: the Pages Router's page shell.
        case document
        /// A page of the Pages Router (rendered inside `<body>`).
        case page
        /// Anything under `app/` (the App Router).
        case app
        case component

        init(path: String) {
            let parts = path.split(separator: "/")
            let name = parts.last.map { $0.split(separator: ".").first.map(String.init) ?? "" } ?? ""
            let folders = parts.dropLast()
            if let pages = folders.lastIndex(where: { $0 == "pages" }) {
                if name == "_document" && pages == folders.index(before: folders.endIndex) { self = .document; return }
                if name != "_app" { self = .page; return }
            }
            self = folders.contains("app") ? .app : .component
        }
    }

    // MARK: Placement

    /// What a JSX name is to the page: a container of `<head>`, `<body>`, markup, or nothing.
    private func container(_ name: String, _ js: JSSyntax) -> Placement? {
        if name == "head" || js.binds(name, to: "next/document", "Head") || js.binds(name, to: "next/head") { return .head }
        if name == "body" { return .body }
        return nil
    }

    /// Whether rendering `child` draws something: `true` for markup and text, `nil` for what may
    /// or may not (a component, an expression), `false` for what never does.
    private func renders(_ child: JSXChild, _ js: JSSyntax) -> Bool? {
        switch child {
        case .text: return true
        case .expression: return nil
        case .element(let k):
            let name = js.elements[k].name
            if ["script", "style", "link", "meta", "title", "template", "noscript", "base"].contains(name) { return false }
            if js.binds(name, to: "next/document", "NextScript") || js.binds(name, to: "next/script") || js.binds(name, to: "next/head") { return false }
            if js.binds(name, to: "next/document", "Main") { return true }
            if name.isEmpty { return js.elements[k].children.isEmpty ? false : nil }   // a fragment: what it holds
            return name.first.map { $0.isLowercase } == true ? true : nil
        }
    }

    struct Where {
        var placement: Placement
        var atEnd = false
        var endKnown = true
        var why: String
    }

    /// Where element `k` lands, from its ancestors and what follows it.
    private func place(_ k: Int, _ js: JSSyntax, _ role: Role) -> Where {
        // What follows, level by level, until a `<head>`/`<body>` or the top of the JSX.
        var follows: Bool? = false
        var child = k
        var parent = js.elements[k].parent ?? js.elements[k].enclosing
        while let p = parent {
            let siblings = js.elements[p].children
            // Among its parent's children, or inside one of its `{…}`.
            let start = js.elements[child].openRange.start
            let at = siblings.firstIndex(of: .element(child)) ?? siblings.firstIndex {
                if case .expression(let r) = $0 { return r.start <= start && start < r.end } else { return false }
            }
            if let at {
                for s in siblings[(at + 1)...] {
                    switch renders(s, js) {
                    case true?: follows = true
                    case nil: if follows == false { follows = nil }
                    case false?: break
                    }
                }
            }
            if let c = container(js.elements[p].name, js) {
                let name = js.elements[p].name
                if c == .head {
                    let why = name == "head" ? "in the layout's <head>" : js.binds(name, to: "next/head") ? "in next/head's <Head>" : "in _document's <Head>"
                    return Where(placement: .head, why: why)
                }
                return Where(placement: .body, atEnd: follows == false, endKnown: follows != nil,
                             why: follows == false ? "last in <body>" : "in <body>")
            }
            child = p
            parent = js.elements[p].parent ?? js.elements[p].enclosing
        }
        // At the top of a component's JSX: inside `<body>` when markup follows it there (nothing
        // renderable sits in `<head>`), else wherever the component is used.
        if follows == true { return Where(placement: .body, why: "in a component, before its markup") }
        if role == .page { return Where(placement: .body, atEnd: false, endKnown: false, why: "in a page, inside <body>") }
        return Where(placement: .unknown, endKnown: false, why: "in a component: where it lands depends on where it is used")
    }

    // MARK: Elements

    private func rawScript(_ k: Int, _ e: JSXElement, _ js: JSSyntax, _ role: Role) -> ScriptElement {
        let props = ScriptProps.from(jsx: e, in: js, frameworkOnly: [])
        var at = place(k, js, role)
        // The App Router renders with React 19, which hoists a `<script async src>` into <head>
        // wherever it is rendered (react.dev, "<script>": "React will move it to the document's head").
        let async = props.props.contains { $0.name == "async" } && !props.unknown.contains("async")
        if role == .app, async, props.props.contains(where: { $0.name == "src" }) {
            at = Where(placement: .head, why: "async: hoisted into <head> by React 19 (App Router)")
        }
        var api = APIFacts(platform: .nextjs, call: "<script>", handle: nil, why: at.why)
        api.printedInPlace = true
        api.endOfBodyUnknown = !at.endKnown
        // Boolean JSX attributes print as HTML's (`<script defer src=…>`).
        let insert = [Edit(range: ByteRange(e.nameEnd, e.nameEnd), replacement: " defer")]
        api.additions = ["defer": insert, "async": [Edit(range: ByteRange(e.nameEnd, e.nameEnd), replacement: " async")]]
        var s = props.element(at: e.openRange, placement: at.placement, index: 0, api: api)
        s.atEndOfBody = at.atEnd
        return s
    }

    private func nextScript(_ k: Int, _ e: JSXElement, _ js: JSSyntax, _ role: Role) -> ScriptElement {
        let props = ScriptProps.from(jsx: e, in: js, frameworkOnly: Self.scriptOnly)
        let strategy: String?
        switch props.options["strategy"] {
        case nil: strategy = "afterInteractive"
        case .string(let s, _)?: strategy = s
        default: strategy = nil
        }
        var api = APIFacts(platform: .nextjs, call: "<\(e.name)> (next/script)", handle: e.attributes.first { $0.name == "id" }.flatMap {
            if case .string(let s, _) = $0.value { return s } else { return nil } }, why: "")
        switch strategy {
        case "beforeInteractive"? where role == .document || role == .page:
            // Pages Router: collected while rendering and printed by `_document`'s `<Head>` with
            // `defer` (Next's `getPreNextScripts`).
            api.why = "strategy beforeInteractive: printed in <head> with defer by _document"
            // `defer={scriptProps.defer ?? !disableOptimizedLoading}`: a written `defer` decides.
            let written = e.attributes.contains { $0.name == "defer" }
            return props.element(at: e.openRange, placement: .head, index: 0, api: api, extra: written ? [] : ["defer"])
        case "worker"?:
            api.why = "strategy worker: run by Partytown in a web worker"
            var worker = props
            worker.props.removeAll { $0.name == "type" }
            worker.props.append(.init(name: "type", value: "text/partytown", range: e.openRange))
            return worker.element(at: e.openRange, placement: .unknown, index: 0, api: api)
        case nil:
            api.why = "strategy from an expression: loaded by Next's runtime"
            api.insertedAfterLoad = true
            api.unknownLoading = true
            return props.element(at: e.openRange, placement: .unknown, index: 0, api: api)
        case let s?:
            api.why = s != "beforeInteractive" ? "strategy \(s): inserted by Next's runtime after hydration"
                : role == .app ? "strategy beforeInteractive in the App Router: preloaded, then inserted by Next's runtime before hydration"
                : "strategy beforeInteractive in a component: printed with defer (Pages Router) or inserted by Next's runtime (App Router)"
            api.insertedAfterLoad = true
            return props.element(at: e.openRange, placement: .unknown, index: 0, api: api)
        }
    }
}
