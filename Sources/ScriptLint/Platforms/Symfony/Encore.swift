/// Symfony's Webpack Encore in Twig: `{{ encore_entry_script_tags('app') }}` prints the entry's
/// `<script>` tags with the `script_attributes` of `config/packages/webpack_encore.yaml` (the
/// Flex recipe sets `defer: true`); without that file in the project, whether they are deferred is
/// not known. A masker writes a script where the call stands; the annotator gives it the attributes.
enum Encore {
    struct Call {
        var construct: ByteRange
        var entry: String?
        /// `nil` when the project's configuration is not found.
        var attributes: [(name: String, value: String?)]?
    }

    /// The masker the Jinja/Twig dialect runs in front of the tokenizer.
    static let masker: TemplateHelperMasker = { scan, bytes, path in
        let calls = mask(&scan, bytes, path: path)
        return { annotate(&$0, calls: calls) }
    }

    static func mask(_ scan: inout TemplateScan, _ bytes: [UInt8], path: String?) -> [Call] {
        var calls: [Call] = []
        var config: [(String, String?)]??
        let probe = Array("<script></script>".utf8)
        for c in scan.constructs where c.kind == .output && c.context == .text && c.range.end - c.range.start >= probe.count {
            let inner = String(decoding: bytes[c.inner.start..<c.inner.end], as: UTF8.self).trimming("-~ ")
            guard inner.hasPrefix("encore_entry_script_tags(") else { continue }
            let argument = String(inner.dropFirst("encore_entry_script_tags(".count).prefix { $0 != "," && $0 != ")" }).trimmingASCIIWhitespace()
            let entry = argument.count >= 2 && (argument.first == "'" || argument.first == "\"") && argument.last == argument.first
                ? String(argument.dropFirst().dropLast()) : nil
            if config == nil { config = .some(path.flatMap(scriptAttributes(near:))) }
            for (k, byte) in probe.enumerated() { scan.masked[c.range.start + k] = byte }
            calls.append(Call(construct: c.range, entry: entry, attributes: config!))
        }
        let starts = Set(calls.map(\.construct.start))
        scan.textOutputs.removeAll { starts.contains($0) }
        return calls
    }

    static func annotate(_ document: inout ScriptDocument, calls: [Call]) {
        for call in calls {
            guard let k = document.scripts.firstIndex(where: { call.construct.start <= $0.tag.range.start && $0.tag.range.start < call.construct.end }) else { continue }
            let parsed = document.scripts[k]
            let r = call.construct
            var attributes = [Attribute(name: "src", value: call.entry ?? document.source.text(r), range: r, valueRange: nil, leadingSpaceStart: r.start)]
            for a in call.attributes ?? [] where a.name != "src" {
                attributes.append(Attribute(name: a.name, value: a.value, range: r, valueRange: nil, leadingSpaceStart: r.start))
            }
            var s = ScriptElement.make(StartTag(name: "script", attributes: attributes, range: r, selfClosing: false),
                                       isSVG: false, inert: parsed.inert, placement: parsed.placement, index: parsed.index)
            s.atEndOfBody = parsed.atEndOfBody
            s.template = parsed.template
            var api = APIFacts(platform: .symfony, call: "encore_entry_script_tags", handle: call.entry,
                               why: call.attributes == nil ? "Encore entry; config/packages/webpack_encore.yaml not found"
                                    : "Encore entry with script_attributes from config/packages/webpack_encore.yaml")
            api.unknownLoading = call.attributes == nil
            s.api = api
            document.scripts[k] = s
        }
    }

    /// `webpack_encore.script_attributes` of the project holding `path`: the nearest
    /// `config/packages/webpack_encore.yaml` above it (`[]` when the file sets none).
    static func scriptAttributes(near path: String) -> [(String, String?)]? {
        var dir = path
        for _ in 0..<12 {
            guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { return nil }
            dir = String(dir[..<slash])
            let candidate = dir + "/config/packages/webpack_encore.yaml"
            guard let bytes = try? FileSystem.read(candidate) else { continue }
            guard let root = YAMLReader.parse(bytes) else { return nil }
            var out: [(String, String?)] = []
            for e in root["webpack_encore"]?["script_attributes"]?.entries ?? [] {
                switch e.value.scalar?.lowercased() {
                case "false"?: continue
                case "true"?, ""?, nil: out.append((e.key.lowercased(), nil))
                case let v?: out.append((e.key.lowercased(), v))
                }
            }
            return out
        }
        return nil
    }
}
