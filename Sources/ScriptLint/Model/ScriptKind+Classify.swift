extension ScriptKind {
    /// JavaScript MIME type essences (WHATWG MIME Sniffing): with any parameter, a type is not one of them.
    static let javaScriptMIMETypes: Set<String> = [
        "application/ecmascript", "application/javascript", "application/x-ecmascript",
        "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
        "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
        "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript",
    ]

    /// "Prepare the script element", step "the script's type".
    static func classify(_ type: String?) -> ScriptKind {
        guard let type, !type.isEmpty else { return .classic }
        let lower = type.lowercased()
        if javaScriptMIMETypes.contains(lower) { return .classic }
        switch lower {
        case "module": return .module
        case "importmap": return .importmap
        case "speculationrules": return .speculationrules
        default: return .data
        }
    }
}
