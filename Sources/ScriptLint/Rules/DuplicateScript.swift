/// The same classic script loaded twice is fetched and run twice.
public struct DuplicateScript: Rule {
    public static let info = RuleInfo(
        id: "duplicate-script", defaultSeverity: .warning,
        summary: "The same classic script URL (resolved against <base href>) loaded again: it downloads and runs twice.",
        brief: "the same classic script URL loaded twice (resolved against `<base href>`)")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        var seen: [String: [ScriptElement]] = [:]
        var findings: [Finding] = []
        let candidates = Self.candidates(document.scripts)
        guard !candidates.isEmpty else { return [] }
        let urls = URLKey(base: document.baseHref)
        for s in candidates {
            guard let src = s.src, let key = urls.key(src) else { continue }
            if let first = seen[key]?.first(where: { $0.canPair(with: s) }) {
                let line = document.source.line(of: first.tag.range.start)
                findings.append(Finding(
                    range: s.tag.range,
                    message: "Script \(s.label) is already loaded by the script on line \(line): browsers download "
                        + "and run it again. Remove this one."))
            } else {
                seen[key, default: []].append(s)
            }
        }
        return findings
    }

    /// The scripts that may share a URL with another: resolving every URL is most of this rule's
    /// cost, and on most pages no two scripts even end in the same file name.
    static func candidates(_ scripts: [ScriptElement]) -> [ScriptElement] {
        let external = scripts.filter { $0.isExternalClassic && $0.src != nil }
        guard external.count > 1 else { return [] }
        var tails: [[UInt8]] = []
        tails.reserveCapacity(external.count)
        for s in external {
            guard let tail = URLKey.tail(s.src!) else { return external }
            tails.append(tail)
        }
        var count: [[UInt8]: Int] = [:]
        for t in tails { count[t, default: 0] += 1 }
        return zip(external, tails).filter { count[$0.1]! > 1 }.map(\.0)
    }
}

/// Resolves a script URL far enough to compare two of them: against `<base href>`, dot segments
/// removed, scheme and host lowercased, default ports and the fragment dropped, query kept.
/// http and https share a key with the protocol-relative form (`//host/path`): the page is served
/// over one of them. Works on bytes: it runs for every external script of every file.
struct URLKey {
    private struct Parts {
        var scheme: [UInt8]
        var authority: [UInt8]
        /// Path and query, starting with "/".
        var path: [UInt8]
    }

    /// Where relative URLs resolve when the page's own URL is unknown: any two relative URLs that
    /// resolve alike here resolve alike on every page.
    private static let page = Parts(scheme: Array("https".utf8), authority: Array("page.invalid".utf8), path: Array("/dir/page.html".utf8))

    private let base: Parts
    private static let http = Array("http".utf8), https = Array("https".utf8)
    private static let port443 = Array(":443".utf8.reversed()), port80 = Array(":80".utf8.reversed())
    private static let dot = Array(".".utf8), dotEncoded = Array("%2e".utf8)
    private static let dotDots = [Array("..".utf8), Array(".%2e".utf8), Array("%2e.".utf8), Array("%2e%2e".utf8)]

    init(base: String?) {
        if let base, let parts = URLKey.resolve(URLKey.clean(Array(base.utf8)), against: URLKey.page) {
            self.base = parts
        } else {
            self.base = URLKey.page
        }
    }

    static func key(_ raw: String, base: String?) -> String? { URLKey(base: base).key(raw) }

    /// The URL's last path segment and query, ASCII-lowercased: equal keys always have equal
    /// tails. nil when resolution could change the last segment (empty, `.`/`..`, escapes, a port
    /// that may be a default one), so that such a URL is compared by its key.
    static func tail(_ raw: String) -> [UInt8]? {
        var b = Array(raw.utf8)
        while let l = b.last, isHTMLSpace(l) || l == 0 { b.removeLast() }
        while let f = b.first, isHTMLSpace(f) || f == 0 { b.removeFirst() }
        var segment: [UInt8] = []
        var inQuery = false
        for c in b {
            if c == UInt8(ascii: "#") { break }
            if c == 0x09 || c == 0x0A || c == 0x0D { continue }
            let c = c == UInt8(ascii: "\\") ? UInt8(ascii: "/") : c
            if !inQuery {
                if c == UInt8(ascii: "/") { segment.removeAll(keepingCapacity: true); continue }
                if c == UInt8(ascii: "?") { inQuery = true }
            }
            segment.append(asciiLower(c))
        }
        let name = segment.prefix { $0 != UInt8(ascii: "?") }
        if name.isEmpty || name.allSatisfy({ $0 == UInt8(ascii: ".") }) || name.contains(UInt8(ascii: "%")) || name.contains(UInt8(ascii: ":")) {
            return nil
        }
        return segment
    }

    func key(_ raw: String) -> String? {
        let url = URLKey.clean(Array(raw.utf8))
        guard !url.isEmpty else { return nil }
        if let (scheme, rest) = URLKey.splitScheme(url), scheme != URLKey.http, scheme != URLKey.https {
            return String(decoding: scheme + [UInt8(ascii: ":")] + rest, as: UTF8.self)
        }
        guard let parts = URLKey.resolve(url, against: base) else { return nil }
        let prefix: [UInt8] = parts.scheme == URLKey.http || parts.scheme == URLKey.https ? [] : parts.scheme + [UInt8(ascii: ":")]
        return String(decoding: prefix + [0x2F, 0x2F] + parts.authority + parts.path, as: UTF8.self)
    }

    /// Trimmed, fragment dropped, backslashes as slashes (as browsers treat them in http URLs).
    private static func clean(_ b: [UInt8]) -> [UInt8] {
        var s = 0, e = b.count
        while s < e && (isHTMLSpace(b[s]) || b[s] == 0) { s += 1 }
        while e > s && (isHTMLSpace(b[e - 1]) || b[e - 1] == 0) { e -= 1 }
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        for c in b[s..<e] {
            if c == UInt8(ascii: "#") { break }
            if c == 0x09 || c == 0x0A || c == 0x0D { continue }
            out.append(c == UInt8(ascii: "\\") ? UInt8(ascii: "/") : c)
        }
        return out
    }

    private static func splitScheme(_ b: [UInt8]) -> ([UInt8], ArraySlice<UInt8>)? {
        guard let first = b.first, isASCIIAlpha(first) else { return nil }
        for (k, c) in b.enumerated() {
            if c == UInt8(ascii: ":") { return (b[..<k].map(asciiLower), b[(k + 1)...]) }
            let ok = isASCIIAlpha(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
            if !ok { return nil }
        }
        return nil
    }

    private static func resolve(_ url: [UInt8], against base: Parts) -> Parts? {
        let slash = UInt8(ascii: "/")
        if let (scheme, rest) = splitScheme(url) {
            guard scheme == http || scheme == https else {
                return Parts(scheme: scheme, authority: [], path: Array(rest))
            }
            return split(scheme: scheme, Array(rest.drop(while: { $0 == slash })))
        }
        if url.starts(with: [slash, slash]) {
            return split(scheme: base.scheme, Array(url.dropFirst(2)))
        }
        var basePath = base.path
        if let q = basePath.firstIndex(of: UInt8(ascii: "?")) { basePath.removeSubrange(q...) }
        var path: [UInt8]
        if url.first == slash {
            path = url
        } else if url.isEmpty {
            path = basePath
        } else if url.first == UInt8(ascii: "?") {
            path = basePath + url
        } else {
            let dir = basePath.lastIndex(of: slash).map { Array(basePath[...$0]) } ?? [slash]
            path = dir + url
        }
        return Parts(scheme: base.scheme, authority: base.authority, path: normalizePath(path))
    }

    /// `rest` is "authority/path?query" (no leading slashes).
    private static func split(scheme: [UInt8], _ rest: [UInt8]) -> Parts {
        let end = rest.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) ?? rest.endIndex
        var authority = rest[..<end].map(asciiLower)
        if scheme == https && authority.reversed().starts(with: port443) { authority.removeLast(4) }
        if scheme == http && authority.reversed().starts(with: port80) { authority.removeLast(3) }
        var path = Array(rest[end...])
        if path.first != UInt8(ascii: "/") { path.insert(UInt8(ascii: "/"), at: 0) }
        return Parts(scheme: scheme, authority: authority, path: normalizePath(path))
    }

    /// Removes `.` and `..` segments (also written %2e) from the path, keeping the query.
    private static func normalizePath(_ full: [UInt8]) -> [UInt8] {
        let q = full.firstIndex(of: UInt8(ascii: "?")) ?? full.endIndex
        let path = full[..<q], query = full[q...]
        // A dot segment starts right after a `/` with `.` or `%`: without one (the common case, as
        // in `/js/app.js`) there is nothing to remove.
        let slash = UInt8(ascii: "/"), dotByte = UInt8(ascii: "."), percent = UInt8(ascii: "%")
        if !zip(path, path.dropFirst()).contains(where: { $0 == slash && ($1 == dotByte || $1 == percent) }) { return full }
        let parts = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst()
        var segments: [ArraySlice<UInt8>] = []
        for (k, part) in parts.enumerated() {
            let last = k == parts.count - 1
            let lower = part.map(asciiLower)
            if lower == dot || lower == dotEncoded {
                if last { segments.append([]) }
            } else if dotDots.contains(lower) {
                if !segments.isEmpty { segments.removeLast() }
                if last { segments.append([]) }
            } else {
                segments.append(part)
            }
        }
        var out: [UInt8] = [UInt8(ascii: "/")]
        for (k, seg) in segments.enumerated() {
            if k > 0 { out.append(UInt8(ascii: "/")) }
            out += seg
        }
        return out + query
    }
}
