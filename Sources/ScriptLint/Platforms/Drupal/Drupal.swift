/// Drupal's asset libraries (`*.libraries.yml`): each `js:` entry is a script Drupal prints at the
/// end of `<body>` (`<js-bottom-placeholder>`), or in `<head>` when its library says `header: true`
/// — and then every library it depends on is printed in `<head>` too. `attributes:` become the
/// tag's attributes (`defer`, `async`, `type: module`).
struct DrupalPlatform: Platform {
    static let id = APIFacts.Platform.drupal
    static let fileKinds = [FileKind(".libraries.yml", .platformSource(.drupal), walked: true)]

    init(settings: [String: JSONValue]) {}

    /// A `*.libraries.yml` file as the scripts Drupal prints for it; none when it is not YAML this
    /// reader understands.
    func document(_ file: ParsedFile, run: RunIndex) -> ScriptDocument? {
        let path = file.path ?? "unknown.libraries.yml"
        guard let libraries = Drupal.read(file.bytes, path: path) else { return nil }
        let drupal: DrupalRun
        if let path = file.path, run.contains(path) {
            drupal = run.shared("drupal.run") { DrupalRun(files: runLibraries(run)) }
        } else {
            drupal = DrupalRun(files: runLibraries(run) + [libraries])
        }
        return ScriptDocument(source: file.source, scripts: drupal.elements(file: file.path ?? "-", libraries: libraries),
                              links: [], comments: [], baseHref: nil)
    }

    private struct Libraries: Sendable { var files: [[Drupal.Library]] }

    /// The libraries of every `*.libraries.yml` file of the run.
    private func runLibraries(_ run: RunIndex) -> [[Drupal.Library]] {
        run.shared("drupal.libraries") {
            Libraries(files: run.fileList.filter { Self.fileKinds[0].matches($0) }.compactMap { p in
                (try? FileSystem.read(p)).flatMap { Drupal.read($0, path: p) }
            })
        }.files
    }
}

enum Drupal {
    struct Library: Sendable {
        /// `extension/name`, as other libraries name it in `dependencies:`.
        var name: String
        var header: Bool?
        var dependencies: [String]
        var scripts: [Script]
    }

    struct Script: Sendable {
        var path: String
        /// The entry's key (the file path) in the YAML file.
        var keyRange: ByteRange
        /// The entry's options (`{ attributes: { defer: true } }`), if a mapping.
        var options: YAMLNode?
        var attributes: [(name: String, value: String?)]
    }

    /// The extension a libraries file belongs to (`mymodule` for `mymodule.libraries.yml`).
    static func extensionName(_ path: String) -> String {
        let name = PathCodec.fileName(path)
        return String(name.dropLast(".libraries.yml".count))
    }

    static func read(_ bytes: [UInt8], path: String) -> [Library]? {
        guard let root = YAMLReader.parse(bytes), case .mapping(let libraries, _, _) = root else { return nil }
        let owner = extensionName(path)
        return libraries.map { entry in
            let lib = entry.value
            var scripts: [Script] = []
            for js in lib["js"]?.entries ?? [] {
                var attributes: [(String, String?)] = []
                for a in js.value["attributes"]?.entries ?? [] {
                    switch a.value.scalar?.lowercased() {
                    case "false"?: continue
                    case "true"?, ""?: attributes.append((a.key.lowercased(), nil))
                    case let v?: attributes.append((a.key.lowercased(), v))
                    case nil: attributes.append((a.key.lowercased(), nil))
                    }
                }
                scripts.append(Script(path: js.key, keyRange: js.keyRange, options: js.value, attributes: attributes))
            }
            let deps: [String]
            if case .sequence(let items, _)? = lib["dependencies"] { deps = items.compactMap(\.scalar) } else { deps = [] }
            return Library(name: "\(owner)/\(entry.key)", header: lib["header"].map { $0.bool ?? false }, dependencies: deps, scripts: scripts)
        }
    }
}

/// Which libraries of a run Drupal prints in `<head>`: those that say `header: true`, and what they
/// depend on.
struct DrupalRun: Sendable {
    var libraries: [String: Drupal.Library] = [:]
    /// Library → the header library that pulls it into `<head>` (itself for `header: true`).
    var inHead: [String: String] = [:]

    init(files: [[Drupal.Library]]) {
        for list in files { for l in list where libraries[l.name] == nil { libraries[l.name] = l } }
        var queue = libraries.values.filter { $0.header == true }.map { ($0.name, $0.name) }
        while let (name, by) = queue.popLast() {
            guard inHead[name] == nil else { continue }
            inHead[name] = by
            queue += (libraries[name]?.dependencies ?? []).map { ($0, by) }
        }
    }

    func elements(file: String, libraries: [Drupal.Library]) -> [ScriptElement] {
        var out: [ScriptElement] = []
        for lib in libraries {
            let by = inHead[lib.name]
            for js in lib.scripts {
                var attributes = [Attribute(name: "src", value: js.path, range: js.keyRange, valueRange: nil, leadingSpaceStart: js.keyRange.start)]
                for a in js.attributes where a.name != "src" {
                    attributes.append(Attribute(name: a.name, value: a.value, range: js.keyRange, valueRange: nil, leadingSpaceStart: js.keyRange.start))
                }
                // The whole entry, from its key to the end of its options (what a fix edits).
                let entry = ByteRange(js.keyRange.start, max(js.keyRange.end, js.options?.range.end ?? 0))
                let tag = StartTag(name: "script", attributes: attributes, range: entry, selfClosing: false)
                var s = ScriptElement.make(tag, isSVG: false, inert: nil, placement: by != nil ? .head : .body, index: out.count)
                s.atEndOfBody = by == nil
                let why = by == nil ? "library `\(lib.name)`, printed at the end of <body>"
                    : by == lib.name ? "library `\(lib.name)` has `header: true`" : "library `\(lib.name)`, in <head> because `\(by!)` (header: true) depends on it"
                var api = APIFacts(platform: .drupal, call: "libraries.yml", handle: lib.name, dependencies: lib.dependencies, why: why)
                api.additions = additions(js)
                s.api = api
                out.append(s)
            }
        }
        return out
    }

    /// `defer: true` / `async: true` under the entry's `attributes`, where its options are a flow
    /// mapping (`{}`, `{ minified: true }`, `{ attributes: { … } }`).
    private func additions(_ js: Drupal.Script) -> [String: [Edit]] {
        guard case .mapping(let entries, let range, flow: true)? = js.options else { return [:] }
        var out: [String: [Edit]] = [:]
        for name in ["defer", "async"] {
            if let attrs = entries.last(where: { $0.key == "attributes" })?.value {
                guard case .mapping(let inner, let r, flow: true) = attrs else { continue }
                out[name] = inner.isEmpty ? [Edit(range: r, replacement: "{ \(name): true }")]
                    : [Edit(range: ByteRange(r.start + 1, r.start + 1), replacement: " \(name): true,")]
            } else {
                out[name] = entries.isEmpty ? [Edit(range: range, replacement: "{ attributes: { \(name): true } }")]
                    : [Edit(range: ByteRange(range.start + 1, range.start + 1), replacement: " attributes: { \(name): true },")]
            }
        }
        return out
    }
}
