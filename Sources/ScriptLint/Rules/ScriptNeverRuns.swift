/// Scripts that look meant to run but that no browser runs.
public struct ScriptNeverRuns: Rule {
    public static let info = RuleInfo(
        id: "script-never-runs", defaultSeverity: .error,
        summary: "A script no browser runs: empty `src`, a JavaScript-looking `type` that is not a JavaScript MIME type, an import map or speculation rules with `src`, or a file that ends inside it.",
        brief: "empty `src`, `type` typos and parameters, external import maps, unterminated scripts")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        document.scripts.compactMap { s in
            guard s.inert == nil, s.deferredBy == nil, s.kindKnown else { return nil }
            if let reason = reason(s) {
                return Finding(range: s.tag.range, message: reason)
            }
            return nil
        }
    }

    private func reason(_ s: ScriptElement) -> String? {
        if s.isUnterminated {
            return "The file ends before this script's `</script>`: browsers never run an unterminated script. Add the missing `</script>`."
        }
        if !s.isInline && !s.isExternal {
            return "`src` is empty: the browser fires `error` and runs neither a file nor the inline text. Give `src` a URL or remove the attribute."
        }
        if (s.kind == .importmap || s.kind == .speculationrules) && s.tag.has("src") {
            return "`type=\(s.kind.rawValue)` with `src`: browsers do not fetch external \(s.kind == .importmap ? "import maps" : "speculation rules") from a script tag and ignore this one. Put the JSON inline."
        }
        if s.kind == .data, let type = s.typeValue, let hint = Self.meantAsJavaScript(type) {
            return "`type=\"\(type)\"` is not a JavaScript MIME type, so browsers treat this as a data block and never run it\(hint). Use `type=\"text/javascript\"` or remove `type`."
        }
        return nil
    }

    /// Why a data-block `type` looks like a JavaScript type that went wrong; `nil` if it looks deliberate.
    /// Data-block types seen everywhere, to skip the near-miss search for them.
    static let knownDataTypes: Set<String> = [
        "application/ld+json", "application/json", "text/template", "text/html", "text/x-template",
        "text/x-handlebars-template", "text/x-magento-init", "text/babel", "text/plain", "text/x-tmpl",
        "text/typescript", "text/x-jquery-tmpl", "text/ng-template", "text/x-kendo-template", "text/markdown",
    ]

    static func meantAsJavaScript(_ type: String) -> String? {
        let lower = type.lowercased()
        if knownDataTypes.contains(lower) { return nil }
        let essence = lower.split(separator: ";", maxSplits: 1).first.map { String($0).trimmingASCIIWhitespace() } ?? lower
        if essence != lower.trimmingASCIIWhitespace(), ScriptKind.javaScriptMIMETypes.contains(essence) || essence == "module" {
            return " (a MIME parameter such as `; charset=…` makes it unknown)"
        }
        if ["javascript", "js", "text/js", "application/js", "ecmascript", "jscript", "text/jscript1.0"].contains(essence) {
            return " (it is not a full MIME type)"
        }
        let targets = Array(ScriptKind.javaScriptMIMETypes) + ["module"]
        if targets.contains(where: { abs($0.utf8.count - essence.utf8.count) <= 2 && editDistance(essence, $0, limit: 2) <= 2 }) {
            return " (it looks like a misspelling)"
        }
        if essence.contains("javascript") || essence.contains("ecmascript") {
            return ""
        }
        return nil
    }

    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var prev = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var cur = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[y.count]
    }
}
