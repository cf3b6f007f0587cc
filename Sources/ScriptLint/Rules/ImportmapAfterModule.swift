/// An import map must come before the first module script or modulepreload.
public struct ImportmapAfterModule: Rule {
    public static let info = RuleInfo(
        id: "importmap-after-module", defaultSeverity: .warning,
        summary: "An import map after the first module script or modulepreload link: specifiers already resolved ignore it.",
        brief: "an import map after the first module script or modulepreload")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        let modules = document.scripts.filter { $0.mayRun && $0.kind == .module }
        let firstPreload = document.links.first { $0.role == .modulepreload && !$0.inert }?.tag.range.start
        return document.scripts.compactMap { s in
            guard s.mayRun, s.kind == .importmap else { return nil }
            // The first module script the page can hold together with this import map.
            let firstModule = modules.first { $0.canPair(with: s) }?.tag.range.start
            guard let first = [firstModule, firstPreload].compactMap({ $0 }).min(), s.tag.range.start > first else { return nil }
            let what = first == firstModule ? "module script" : "modulepreload link"
            let line = document.source.line(of: first)
            return Finding(
                range: s.tag.range,
                message: "Import map after the first \(what) (line \(line)): modules already loaded or resolved ignore "
                    + "its mappings, and older browsers reject it. Move it above every module script and modulepreload link.")
        }
    }
}
