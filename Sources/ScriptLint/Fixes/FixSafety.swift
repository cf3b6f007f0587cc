/// What "safe" means for a fix, as a check: after `--fix`, every script still loads and runs the
/// way it did. The property tests run it over every fixture, every conformance input and fuzzed
/// pages; the fuzzer's invariants include it.
public enum FixSafety {
    /// How a browser treats one script: the facts no safe fix may change.
    public struct Behaviour: Equatable, CustomStringConvertible {
        var kind: ScriptKind
        var external: Bool
        var inline: Bool
        /// classic external: blocking, async or defer; module: async or deferred; otherwise none.
        var loading: String
        var noModule: Bool
        var blockingRender: Bool
        var placement: Placement
        var atEndOfBody: Bool
        var inert: InertReason?
        var svg: Bool
        var deferredBy: String?
        var src: String?

        init(_ s: ScriptElement) {
            kind = s.kind
            external = s.isExternal
            inline = s.isInline
            switch (s.kind, s.isSVG) {
            case (.classic, false) where s.isExternal: loading = s.isAsync ? "async" : s.isDefer ? "defer" : "blocking"
            case (.module, false): loading = s.isAsync ? "async" : "deferred"
            case (.classic, _): loading = "at once"
            default: loading = "none"
            }
            noModule = s.isNoModule && s.kind == .classic // "prepare the script element" ignores it on modules
            blockingRender = s.isBlockingRender
            placement = s.placement
            atEndOfBody = s.atEndOfBody
            inert = s.inert
            svg = s.isSVG
            deferredBy = s.deferredBy
            src = s.src
        }

        public var description: String {
            "\(kind.rawValue) \(loading)\(external ? " external" : "")\(inline ? " inline" : "") \(placement.rawValue)"
                + "\(atEndOfBody ? " end" : "")\(inert.map { " inert:\($0.rawValue)" } ?? "")\(svg ? " svg" : "")"
                + "\(noModule ? " nomodule" : "")\(blockingRender ? " blocking=render" : "")\(deferredBy.map { " deferred-by:\($0)" } ?? "")"
        }
    }

    private static let linter = try! Linter(settings: RuleSettings(severities: Dictionary(uniqueKeysWithValues:
        RuleRegistry.all.map { ($0.info.id, Severity.warning) })))

    public static func behaviour(of bytes: [UInt8]) -> [Behaviour] {
        HTMLParser.parse(SourceText(fileBytes: bytes)).scripts.map(Behaviour.init)
    }

    /// Every way `--fix` (with every fixable rule on) changed how the page's scripts behave.
    public static func violations(_ bytes: [UInt8]) -> [String] {
        let fixed = Fixer.fix(bytes, with: linter)
        guard fixed.applied > 0 else { return [] }
        let before = behaviour(of: bytes), after = behaviour(of: fixed.bytes)
        guard before.count == after.count else { return ["\(before.count) scripts before the fix, \(after.count) after"] }
        return zip(before, after).enumerated().compactMap { k, pair in
            pair.0 == pair.1 ? nil : "script \(k + 1): \(pair.0) became \(pair.1)"
        }
    }
}
