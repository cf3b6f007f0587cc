/// The same classic script loaded twice is fetched and run twice.
public struct DuplicateScript: Rule {
    public static let info = RuleInfo(
        id: "duplicate-script", defaultSeverity: .warning,
        summary: "The same classic script URL (resolved against <base href>) loaded again: it downloads and runs twice.")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        var seen: [String: ScriptElement] = [:]
        var findings: [Finding] = []
        for s in document.scripts where s.isExternalClassic {
            guard let src = s.src, let key = URLKey.key(src, base: document.baseHref) else { continue }
            if let first = seen[key] {
                let line = document.source.position(of: first.tag.range.start).line
                findings.append(Finding(
                    range: s.tag.range,
                    message: "Script \(s.label) is already loaded by the script on line \(line): browsers download "
                        + "and run it again. Remove this one."))
            } else {
                seen[key] = s
            }
        }
        return findings
    }
}

/// Resolves a script URL far enough to compare two of them: against `<base href>`, dot segments
/// removed, scheme and host lowercased, fragment dropped, query kept.
enum URLKey {
    /// Where relative URLs resolve when the page's own URL is unknown: any two relative URLs that
    /// resolve alike here resolve alike on every page.
    static let pageURL = "https://page.invalid/dir/page.html"

    static func key(_ raw: String, base: String?) -> String? {
        let url = raw.trimmingASCIIWhitespace()
        guard !url.isEmpty else { return nil }
        let baseURL = base.flatMap { resolve($0.trimmingASCIIWhitespace(), against: pageURL) } ?? pageURL
        guard let absolute = resolve(url, against: baseURL) else { return nil }
        // http and https share a key with the protocol-relative form: the page is served over one of them.
        if absolute.hasPrefix("https://") { return "//" + absolute.dropFirst(8) }
        if absolute.hasPrefix("http://") { return "//" + absolute.dropFirst(7) }
        return absolute
    }

    static func resolve(_ ref: String, against base: String) -> String? {
        var ref = ref.replacingBackslashes()
        if let hash = ref.firstIndex(of: "#") { ref = String(ref[..<hash]) }
        guard let (scheme, baseRest) = splitScheme(base) else { return nil }
        if let (refScheme, rest) = splitScheme(ref) {
            if refScheme != "http" && refScheme != "https" { return refScheme + ":" + rest }
            return normalize(scheme: refScheme, rest)
        }
        if ref.hasPrefix("//") { return normalize(scheme: scheme, ref) }
        // baseRest is "//host/path?query"
        let afterSlashes = baseRest.dropFirst(2)
        let hostEnd = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
        let authority = String(afterSlashes[..<hostEnd])
        var basePath = String(afterSlashes[hostEnd...])
        if let q = basePath.firstIndex(of: "?") { basePath = String(basePath[..<q]) }
        let path: String
        if ref.hasPrefix("/") {
            path = ref
        } else if ref.isEmpty {
            path = basePath
        } else if ref.hasPrefix("?") {
            path = basePath + ref
        } else {
            let dir = basePath.lastIndex(of: "/").map { String(basePath[...$0]) } ?? "/"
            path = dir + ref
        }
        return normalize(scheme: scheme, "//" + authority + path)
    }

    private static func splitScheme(_ s: String) -> (String, String)? {
        guard let colon = s.firstIndex(of: ":") else { return nil }
        let scheme = s[..<colon]
        guard let first = scheme.first, first.isLetter,
              scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) else { return nil }
        return (scheme.lowercased(), String(s[s.index(after: colon)...]))
    }

    /// `rest` is "//authority/path?query".
    private static func normalize(scheme: String, _ rest: String) -> String {
        let afterSlashes = rest.drop(while: { $0 == "/" })
        let hostEnd = afterSlashes.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterSlashes.endIndex
        var authority = afterSlashes[..<hostEnd].lowercased()
        if scheme == "https" && authority.hasSuffix(":443") { authority.removeLast(4) }
        if scheme == "http" && authority.hasSuffix(":80") { authority.removeLast(3) }
        var pathAndQuery = String(afterSlashes[hostEnd...])
        var query = ""
        if let q = pathAndQuery.firstIndex(of: "?") {
            query = String(pathAndQuery[q...])
            pathAndQuery = String(pathAndQuery[..<q])
        }
        var segments: [Substring] = []
        let parts = pathAndQuery.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (k, part) in parts.enumerated() {
            let last = k == parts.count - 1
            if part == "." || part.lowercased() == "%2e" {
                if last { segments.append("") }
            } else if part == ".." || part.lowercased() == ".%2e" || part.lowercased() == "%2e." || part.lowercased() == "%2e%2e" {
                if !segments.isEmpty { segments.removeLast() }
                if last { segments.append("") }
            } else {
                segments.append(part)
            }
        }
        return scheme + "://" + authority + "/" + segments.joined(separator: "/") + query
    }
}

private extension String {
    func replacingBackslashes() -> String { String(map { $0 == "\\" ? "/" : $0 }) }
}
