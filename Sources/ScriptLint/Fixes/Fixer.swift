/// Applies safe fixes to a file's bytes. Only the bytes of each edit change; everything else —
/// encoding, byte order mark, line endings — stays byte for byte.
public enum Fixer {
    public struct Outcome: Sendable {
        public var bytes: [UInt8]
        /// Fixes applied over all passes.
        public var applied: Int
        /// What is left after fixing, from linting the fixed bytes.
        public var diagnostics: [Diagnostic]
    }

    /// Fixes, lints again, and repeats while fixes keep applying (edits that overlap one already
    /// taken wait for the next pass, as in ESLint), at most `maxPasses` times.
    /// `utf8`: the bytes are decoded text (an editor's buffer), read as UTF-8 whatever `<meta charset>` says.
    public static func fix(_ bytes: [UInt8], with linter: Linter, path: String? = nil, maxPasses: Int = 10, utf8: Bool = false) -> Outcome {
        var current = bytes
        var applied = 0
        let parse = { (b: [UInt8]) in utf8 ? linter.parse(path: path, utf8: b) : linter.parse(path: path, bytes: b) }
        var diagnostics = linter.lint(parse(current))
        for _ in 0..<maxPasses {
            let (next, count) = apply(diagnostics.compactMap(\.fix), to: current)
            if count == 0 { break }
            applied += count
            current = next
            diagnostics = linter.lint(parse(current))
        }
        return Outcome(bytes: current, applied: applied, diagnostics: diagnostics)
    }

    /// Applies every fix whose edits overlap no edit already taken; returns the new bytes and how
    /// many fixes went in. Identical edits from two rules count once.
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> ([UInt8], Int) {
        var taken: [Edit] = []
        var count = 0
        for fix in fixes.sorted(by: { ($0.edits.map(\.range.start).min() ?? 0) < ($1.edits.map(\.range.start).min() ?? 0) }) {
            let fresh = fix.edits.filter { e in !taken.contains(e) }
            let conflicts = fresh.contains { e in
                taken.contains { t in overlaps(e.range, t.range) } || e.range.start < 0 || e.range.end > bytes.count
            }
            if conflicts { continue }
            taken += fresh
            count += 1
        }
        guard count > 0 else { return (bytes, 0) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pos = 0
        for edit in taken.sorted(by: { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }) {
            out += bytes[pos..<edit.range.start]
            out += Array(edit.replacement.utf8)
            pos = edit.range.end
        }
        out += bytes[pos...]
        return (out, count)
    }

    /// Two edits collide when their ranges share a byte, or when both insert at the same point.
    static func overlaps(_ a: ByteRange, _ b: ByteRange) -> Bool {
        if a.isEmpty && b.isEmpty { return a.start == b.start }
        return a.start < b.end && b.start < a.end
    }
}
