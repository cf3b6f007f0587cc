/// Angular CLI's `angular.json` (docs/frameworks.md#angular): the global `scripts` of each
/// project's build are bundled into `scripts.js` (or the entry's `bundleName`), which the CLI
/// prints with `defer` at the end of `<body>`; an entry with `"inject": false` is built and not
/// printed. Nothing in the file changes where or how the tag is printed, so it gets no finding
/// about its attributes (`APIFacts.setByBuildTool`); `--print-model` shows each bundle, reported
/// at its first entry.
struct AngularPlatform: Platform {
    static let id = APIFacts.Platform.angular
    static let fileKinds = [FileKind("angular.json", .platformSource(.angular), walked: true),
                            FileKind(".angular-cli.json", .platformSource(.angular), walked: true)]

    init(settings: [String: JSONValue]) {}

    func document(_ file: ParsedFile, run: RunIndex) -> ScriptDocument? {
        // JSON is a JavaScript expression: read with its positions by the JS reader.
        let js = JSSyntax(file.bytes, jsx: false)
        guard !js.tokens.isEmpty else { return nil }
        let (root, _) = js.value(at: 0)
        var scripts: [ScriptElement] = []
        var projects: [JSSyntax.Value] = []
        if case .object(let entries, _)? = root["projects"] { projects = entries.map(\.value) }
        // Angular ≤ 5's `.angular-cli.json`: `apps: [{ scripts: […] }]`.
        projects += root["apps"]?.items ?? []
        for project in projects {
            let list = project["architect"]?["build"]?["options"]?["scripts"] ?? project["scripts"]
            var bundles: [(name: String, first: ByteRange)] = []
            for entry in list?.items ?? [] {
                let name: String
                switch entry {
                case .string(_, _): name = "scripts"
                case .object:
                    if entry["inject"]?.bool == false { continue }
                    name = entry["bundleName"]?.string ?? "scripts"
                default: continue
                }
                if !bundles.contains(where: { $0.name == name }) { bundles.append((name, entry.range)) }
            }
            for bundle in bundles {
                let at = bundle.first
                let attributes = [Attribute(name: "src", value: bundle.name + ".js", range: at, valueRange: nil, leadingSpaceStart: at.start),
                                  Attribute(name: "defer", value: nil, range: at, valueRange: nil, leadingSpaceStart: at.start)]
                var s = ScriptElement.make(StartTag(name: "script", attributes: attributes, range: at, selfClosing: false),
                                           isSVG: false, inert: nil, placement: .body, index: scripts.count)
                s.atEndOfBody = true
                var api = APIFacts(platform: .angular, call: "scripts (angular.json)", handle: bundle.name,
                                   why: "bundled into \(bundle.name).js, printed by Angular CLI with defer at the end of <body>")
                api.setByBuildTool = true
                s.api = api
                scripts.append(s)
            }
        }
        return ScriptDocument(source: file.source, scripts: scripts, links: [], comments: [], baseHref: nil)
    }
}
