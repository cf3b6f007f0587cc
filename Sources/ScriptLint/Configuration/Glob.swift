/// Glob patterns for `include` and `exclude`, matched against paths relative to the folder of the
/// configuration file: `*` and `?` within one path segment, `[abc]`/`[a-z]` classes, `**` for any
/// number of segments. A pattern without `/` matches a file or folder name at any depth; a
/// trailing `/` matches folders only; a leading `/` is just an anchor.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [[UInt8]]
    private let anyDepth: Bool
    let directoryOnly: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        var p = pattern
        directoryOnly = p.hasSuffix("/")
        while p.hasSuffix("/") { p.removeLast() }
        anyDepth = !p.contains("/")
        if p.hasPrefix("/") { p.removeFirst() }
        segments = p.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
    }

    /// `path` is relative, `/`-separated.
    public func matches(_ path: String, isDirectory: Bool = false) -> Bool {
        if directoryOnly && !isDirectory { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
        if anyDepth, let name = parts.last, let only = segments.first, segments.count == 1 {
            return Glob.matchSegment(only[...], name[...])
        }
        return Glob.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == Array("**".utf8) {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                if p.isEmpty { return false }
                p = p.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(first[...], segment[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    static func matchSegment(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        switch c {
        case UInt8(ascii: "*"):
            var rest = s
            while true {
                if matchSegment(p.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        case UInt8(ascii: "?"):
            return !s.isEmpty && matchSegment(p.dropFirst(), s.dropFirst())
        case UInt8(ascii: "["):
            guard let close = p.dropFirst().firstIndex(of: UInt8(ascii: "]")), let ch = s.first else {
                return s.first == c && matchSegment(p.dropFirst(), s.dropFirst())
            }
            var set = p[(p.startIndex + 1)..<close]
            let negate = set.first == UInt8(ascii: "!") || set.first == UInt8(ascii: "^")
            if negate { set = set.dropFirst() }
            var hit = false
            var k = set.startIndex
            while k < set.endIndex {
                if k + 2 < set.endIndex, set[k + 1] == UInt8(ascii: "-") {
                    if set[k] <= ch && ch <= set[k + 2] { hit = true }
                    k += 3
                } else {
                    if set[k] == ch { hit = true }
                    k += 1
                }
            }
            return hit != negate && matchSegment(p[(close + 1)...], s.dropFirst())
        default:
            return s.first == c && matchSegment(p.dropFirst(), s.dropFirst())
        }
    }
}
