/// A unified diff between two versions of a file, as `patch -p0` and `git apply -p0` read it.
/// Lines are split at LF only (as diff tools do); CR bytes stay part of the line, so CRLF files
/// round-trip. Bytes are kept as they are, whatever the file's encoding.
public enum UnifiedDiff {
    public static func make(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> [UInt8] {
        guard old != new else { return [] }
        let a = lines(old), b = lines(new)
        // The fixes only shorten start tags, so a common prefix and suffix of lines bound the change;
        // inside it a small LCS finds the changed lines exactly.
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let ops = diff(Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]))

        // Full edit script over all lines.
        var script: [(Character, ArraySlice<UInt8>)] = a[..<prefix].map { (" ", $0) }
        script += ops
        script += a[(a.count - suffix)...].map { (" ", $0) }

        var out: [UInt8] = Array("--- \(path)\n+++ \(path)\n".utf8)
        var k = 0
        while k < script.count {
            guard script[k].0 != " " else { k += 1; continue }
            // A hunk: from `context` lines before the first change to `context` after the last
            // change that is less than 2*context+1 lines from the next.
            let start = max(0, k - context)
            var end = k
            var j = k
            while j < script.count {
                if script[j].0 != " " { end = j }
                if j - end > 2 * context { break }
                j += 1
            }
            let stop = min(script.count, end + context + 1)
            var oldStart = 0, newStart = 0
            for item in script[..<start] {
                if item.0 != "+" { oldStart += 1 }
                if item.0 != "-" { newStart += 1 }
            }
            let hunk = script[start..<stop]
            let oldCount = hunk.filter { $0.0 != "+" }.count
            let newCount = hunk.filter { $0.0 != "-" }.count
            out += Array("@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n".utf8)
            for (op, line) in hunk {
                out.append(UInt8(ascii: op == " " ? " " : op == "-" ? "-" : "+"))
                out += line
                if line.last != 0x0A { out += Array("\n\\ No newline at end of file\n".utf8) }
            }
            k = stop
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            out.append(bytes[start...i])
            start = i + 1
        }
        if start < bytes.count { out.append(bytes[start...]) }
        return out
    }

    /// Longest-common-subsequence diff of two short line lists.
    private static func diff(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [(Character, ArraySlice<UInt8>)] {
        guard a.count * b.count <= 4_000_000 else {
            return a.map { ("-", $0) } + b.map { ("+", $0) }
        }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [(Character, ArraySlice<UInt8>)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count && j < b.count && a[i] == b[j] {
                out.append((" ", a[i])); i += 1; j += 1
            } else if j < b.count && (i == a.count || table[i][j + 1] >= table[i + 1][j]) {
                out.append(("+", b[j])); j += 1
            } else {
                out.append(("-", a[i])); i += 1
            }
        }
        // Keep removals before additions within a change, as diff tools print them.
        var ordered: [(Character, ArraySlice<UInt8>)] = []
        var pendingAdds: [(Character, ArraySlice<UInt8>)] = []
        for item in out {
            switch item.0 {
            case "+": pendingAdds.append(item)
            case "-": ordered.append(item)
            default:
                ordered += pendingAdds
                pendingAdds = []
                ordered.append(item)
            }
        }
        return ordered + pendingAdds
    }
}
