/// Nuxt and unhead (docs/frameworks.md#nuxt): scripts given as objects.
///
/// - `useHead`, `useServerHead`, `useHeadSafe` (`{ script: [{ src, defer, … }] }`, also returned by a
///   getter `() => ({ … })`) and, in
///   `nuxt.config`, `app.head.script` (Nuxt 3) or `head.script` (Nuxt 2): printed by the server in
///   `<head>` unless `tagPosition` says `bodyOpen` (the start of `<body>`, before the app) or
///   `bodyClose` (its end; Nuxt 2's `body: true` too). Attributes are the object's keys;
///   `tagPosition`, `tagPriority`, `key` and the like are unhead's own.
/// - Nuxt 2 components (vue-meta): `head() { return { script: […] } }` or a `head: { script: […] }`
///   object, the same way.
/// - `useScript(src | { src, … }, options)`: by default loaded on the client after hydration
///   (`APIFacts.insertedAfterLoad`), with `defer` and `fetchpriority="low"` unless the input says
///   otherwise; `trigger: 'server'` prints it in `<head>` with those defaults.
struct NuxtPlatform: Platform {
    static let id = APIFacts.Platform.nuxt
    /// Nuxt's config, and Vite's: `useHead` from `@unhead/vue` serves Vue apps that Vite builds too.
    static let projectMarkers = ["nuxt.config.ts", "nuxt.config.js", "nuxt.config.mjs",
                                 "vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts", "vite.config.cjs", "vite.config.cts"]
    static let projectPackages = ["nuxt", "nuxt3", "@unhead/vue", "@vueuse/head", "vue"]

    static let unheadOnly: Set<String> = ["tagposition", "tagpriority", "body", "key", "hid", "vmid", "tagduplicatestrategy",
                                          "processtemplateparams", "once", "mode", "json"]

    init(settings: [String: JSONValue]) {}

    func scripts(in file: ParsedFile, javaScript js: JSSyntax, run: RunIndex) -> [ScriptElement] {
        var out: [ScriptElement] = []
        for call in ["useHead", "useServerHead", "useHeadSafe"] {
            for (name, arguments) in js.calls(call) {
                // `useHead(input)`, unhead's `useHead(head, input)`, or a getter `useHead(() => ({…}))`.
                guard let input = arguments.last(where: { if case .object = $0 { return true } else { return false } })
                        ?? js.arrowResult(from: name + 2) else { continue }
                out += entries(input["script"], call: call, js: js)
            }
        }
        for (_, arguments) in js.calls("useScript") {
            if let s = useScript(arguments, js) { out.append(s) }
        }
        // Nuxt 2 (vue-meta): a component's `head()` method or `head` object.
        if file.path.map({ $0.lowercased().hasSuffix(".vue") }) ?? false, let (component, _) = js.defaultExport() {
            if let head = component["head"] { out += entries(head["script"], call: "head.script", js: js) }
            out += entries(headMethod(js)?["script"], call: "head().script", js: js)
        }
        if let name = file.path.map(PathCodec.fileName), name.hasPrefix("nuxt.config."),
           let (config, _) = js.defaultExport() {
            out += entries(config["app"]?["head"]?["script"], call: "app.head.script (nuxt.config)", js: js)
            out += entries(config["head"]?["script"], call: "head.script (nuxt.config)", js: js)
        }
        return out
    }

    /// What a component's `head() { return {…} }` returns, when it returns an object literal.
    private func headMethod(_ js: JSSyntax) -> JSSyntax.Value? {
        var k = 0
        while k + 4 < js.tokens.count {
            if js.isIdentifier(k, "head"), js.isPunct(k + 1, 0x28), js.isPunct(k + 2, 0x29), js.isPunct(k + 3, 0x7B), js.isIdentifier(k + 4, "return") {
                let (value, _) = js.value(at: k + 5)
                if case .object = value { return value }
            }
            k += 1
        }
        return nil
    }

    private func entries(_ list: JSSyntax.Value?, call: String, js: JSSyntax) -> [ScriptElement] {
        guard let items = list?.items else { return [] }
        return items.compactMap { item in
            guard case .object = item else { return nil }
            let props = ScriptProps.from(object: item, in: js, frameworkOnly: Self.unheadOnly)
            var position = props.options["tagposition"]?.string
            if position == nil, props.options["body"]?.bool == true { position = "bodyClose" }
            let placement: Placement, atEnd: Bool, why: String
            switch position ?? "head" {
            case "bodyClose": (placement, atEnd, why) = (.body, true, "tagPosition bodyClose: at the end of <body>")
            case "bodyOpen": (placement, atEnd, why) = (.body, false, "tagPosition bodyOpen: at the start of <body>, before the app")
            default:
                // Nuxt 2's components and config go through vue-meta; the rest through unhead.
                let library = call.hasPrefix("head") ? "vue-meta" : "unhead"
                (placement, atEnd, why) = (.head, false, position == nil ? "in <head> (\(library)'s default)" : "tagPosition head")
            }
            var api = APIFacts(platform: .nuxt, call: call, handle: props.options["key"]?.string, why: why)
            api.endOfBodyUnknown = props.options["tagposition"].map { $0.string == nil } ?? false
            // `{ src: …, defer: true }`: a key added right after the brace.
            let brace = item.range.start + 1
            api.additions = ["defer": [Edit(range: ByteRange(brace, brace), replacement: " defer: true,")],
                             "async": [Edit(range: ByteRange(brace, brace), replacement: " async: true,")]]
            var s = props.element(at: item.range, placement: placement, index: 0, api: api)
            s.atEndOfBody = atEnd
            return s
        }
    }

    private func useScript(_ arguments: [JSSyntax.Value], _ js: JSSyntax) -> ScriptElement? {
        guard let input = arguments.first else { return nil }
        var props: ScriptProps
        if let src = input.string {
            props = ScriptProps()
            props.props.append(.init(name: "src", value: src, range: input.range, valueRange: input.range))
        } else if case .object = input {
            props = ScriptProps.from(object: input, in: js, frameworkOnly: Self.unheadOnly)
        } else {
            return nil
        }
        // unhead's defaults, where the input does not set them.
        let named = Set(props.props.map(\.name)).union(props.unknown)
        if !named.contains("defer") && !named.contains("async") && !props.anyUnknown {
            props.props.append(.init(name: "defer", value: nil, range: input.range))
        }
        if !named.contains("fetchpriority") { props.props.append(.init(name: "fetchpriority", value: "low", range: input.range)) }
        let options = arguments.count > 1 ? arguments[1] : nil
        let trigger = options?["trigger"]
        var api = APIFacts(platform: .nuxt, call: "useScript", handle: props.options["key"]?.string, why: "")
        if trigger?.string == "server" {
            api.why = "trigger server: printed in <head>"
            return props.element(at: input.range, placement: .head, index: 0, api: api)
        }
        api.why = trigger == nil ? "loaded on the client after hydration (useScript's default)" : "loaded on the client when its trigger fires"
        api.insertedAfterLoad = true
        return props.element(at: input.range, placement: .unknown, index: 0, api: api)
    }
}
