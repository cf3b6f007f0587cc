/// webpack's HtmlWebpackPlugin (docs/frameworks.md#webpack): `new HtmlWebpackPlugin({…})` writes
/// the bundle's `<script>` into the page it generates, reported at the call.
///
/// - `inject`: `false` prints nothing (the template places the tags); `'head'`/`'body'` say where;
///   `true` (the default) means `<head>` when the scripts are deferred or modules, else the end of
///   `<body>`.
/// - `scriptLoading`: `'blocking'`, `'defer'` or `'module'`; its default is `'defer'` from
///   version 5 and blocking before (version 4 added the option; 3 had none). The version is read
///   from the nearest `package.json` (`html-webpack-plugin` in its dependencies); without one,
///   the current major (5).
struct WebpackPlatform: Platform {
    static let id = APIFacts.Platform.webpack
    static let projectMarkers = ["webpack.config.js", "webpack.config.cjs", "webpack.config.mjs", "webpack.config.ts", "webpack.config.mts", "webpack.config.cts"]
    static let projectPackages = ["html-webpack-plugin"]

    static let needles: [[UInt8]] = [Array("html-webpack-plugin".utf8), Array("HtmlWebpackPlugin".utf8)]

    init(settings: [String: JSONValue]) {}

    func scripts(in file: ParsedFile, javaScript js: JSSyntax, run: RunIndex) -> [ScriptElement] {
        var out: [ScriptElement] = []
        guard JSSyntax.mentions(js.bytes, Self.needles) else { return out }
        // The plugin under whatever name the config gives it (`HtmlWebPackPlugin`, `HtmlPlugin`).
        let names = Set(js.localNames(of: "html-webpack-plugin") + ["HtmlWebpackPlugin"])
        for (name, arguments) in names.sorted().flatMap({ js.constructions($0) }).sorted(by: { $0.name < $1.name }) {
            let options = arguments.first ?? .object([], js.tokens[name].range)
            guard case .object = options else { continue }
            let major = file.path.flatMap { pluginMajor(near: $0, run: run) }
            // `new HtmlWebpackPlugin(…)`, to its `)` where it has one.
            let close = js.tokens.firstIndex { Int($0.start) >= options.range.end && $0.kind == .punctuator }
            let end = close.flatMap { js.isPunct($0, 0x29) ? Int(js.tokens[$0].end) : nil } ?? options.range.end
            let call = ByteRange(Int(js.tokens[name - 1].start), min(end, js.bytes.count))
            if let s = script(options, major: major, call: call) { out.append(s) }
        }
        return out
    }

    private func script(_ options: JSSyntax.Value, major: Int?, call: ByteRange) -> ScriptElement? {
        let version = major ?? 5
        let loadingValue = options["scriptLoading"]
        let injectValue = options["inject"]
        var unknown = false
        let loading: String
        switch loadingValue {
        case nil: loading = version >= 5 ? "defer" : "blocking"
        case .string(let s, _)?: loading = s
        default: loading = "blocking"; unknown = true
        }
        let inject: String
        switch injectValue {
        case nil, .bool(true, _)?: inject = loading == "blocking" ? "body" : "head"
        case .bool(false, _)?: return nil
        case .string(let s, _)?: inject = s == "head" ? "head" : "body"
        default: inject = "body"; unknown = true
        }
        var attributes: [Attribute] = [Attribute(name: "src", value: "the bundle's entry scripts", range: call, valueRange: nil, leadingSpaceStart: call.start)]
        switch loading {
        case "defer": attributes.append(Attribute(name: "defer", value: nil, range: call, valueRange: nil, leadingSpaceStart: call.start))
        case "module": attributes.append(Attribute(name: "type", value: "module", range: call, valueRange: nil, leadingSpaceStart: call.start))
        case "systemjs-module": attributes.append(Attribute(name: "type", value: "systemjs-module", range: call, valueRange: nil, leadingSpaceStart: call.start))
        default: break
        }
        let tag = StartTag(name: "script", attributes: attributes, range: call, selfClosing: false)
        var s = ScriptElement.make(tag, isSVG: false, inert: nil, placement: inject == "head" ? .head : .body, index: 0)
        s.atEndOfBody = inject != "head"
        let defaults = major == nil ? "version 5's defaults (no package.json names html-webpack-plugin)" : "version \(version)'s defaults"
        var api = APIFacts(platform: .webpack, call: "new HtmlWebpackPlugin", handle: nil,
                           why: "inject \(inject), scriptLoading \(loading)"
                            + (injectValue == nil || loadingValue == nil ? " (\(defaults))" : ""))
        api.unknownLoading = unknown
        // `scriptLoading: 'defer'`, in place of the written value or as a new first key.
        if case .string(_, let r)? = loadingValue {
            api.additions["defer"] = [Edit(range: r, replacement: "'defer'")]
        } else if loadingValue == nil, case .object(let entries, let r) = options {
            let at = r.start + 1
            api.additions["defer"] = [Edit(range: ByteRange(at, at), replacement: entries.isEmpty ? " scriptLoading: 'defer' " : " scriptLoading: 'defer',")]
        }
        s.api = api
        return s
    }

    /// The major version of `html-webpack-plugin` in the nearest `package.json` above `path`.
    private func pluginMajor(near path: String, run: RunIndex) -> Int? {
        var folder = PathCodec.parent(path)
        while !folder.isEmpty {
            let manifest = folder + "/package.json"
            if FileSystem.isFile(manifest) {
                return run.shared("webpack.plugin-version:" + manifest) { Self.major(manifest: manifest) ?? -1 }.nonNegative
            }
            let up = PathCodec.parent(folder)
            if up == folder { break }
            folder = up
        }
        return nil
    }

    static func major(manifest: String) -> Int? {
        guard let bytes = try? FileSystem.read(manifest), case .object(let root)? = try? JSONParser.parse(bytes) else { return nil }
        for key in ["dependencies", "devDependencies", "peerDependencies"] {
            guard case .object(let deps)? = root[key], case .string(let range)? = deps["html-webpack-plugin"] else { continue }
            let digits = range.drop { !$0.isNumber }.prefix { $0.isNumber }
            return Int(digits)
        }
        return nil
    }
}

private extension Int {
    var nonNegative: Int? { self >= 0 ? self : nil }
}
