/// A small streaming JSON writer: scriptlint's reports need nothing more, and it keeps the
/// library free of Foundation.
struct JSONWriter {
    private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private let pretty: Bool

    init(pretty: Bool = true) { self.pretty = pretty }

    /// A writer that continues a document written elsewhere: it starts `depth` levels deep, after
    /// `hasItems` earlier items at that level (so the first thing it writes starts with a comma).
    init(depth: Int, hasItems: Bool) {
        self.pretty = true
        needsComma = Array(repeating: true, count: depth) + [hasItems]
    }

    /// A line break and the indentation of each depth, made once (a report writes one per field).
    private static let newlines: [String] = (0..<32).map { "\n" + String(repeating: "  ", count: $0) }

    private mutating func newline(depth: Int) {
        if depth < JSONWriter.newlines.count {
            output.append(JSONWriter.newlines[depth])
        } else {
            output.append("\n" + String(repeating: "  ", count: depth))
        }
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output.append(",") }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 { newline(depth: needsComma.count - 1) }
    }

    mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    mutating func endArray() { close("]") }

    private mutating func open(_ key: String?, _ bracket: String) {
        if let key { self.key(key) } else if needsComma.count > 1 { separator() }
        output += bracket
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { newline(depth: needsComma.count - 1) }
        output.append(bracket)
    }

    private mutating func key(_ key: String) {
        separator()
        output += JSONWriter.quote(key) + (pretty ? ": " : ":")
    }

    mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        output += value.map(JSONWriter.quote) ?? "null"
    }

    mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        output += String(value)
    }

    mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        output += value ? "true" : "false"
    }

    /// Writes a `JSONValue` under a key.
    mutating func raw(_ key: String, _ value: JSONValue) {
        self.key(key)
        write(value)
    }

    /// A bare value, as the whole output.
    mutating func append(_ value: JSONValue) { write(value) }

    private mutating func write(_ value: JSONValue) {
        switch value {
        case .null: output += "null"
        case .bool(let b): output += b ? "true" : "false"
        case .number(let n): output += n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .string(let s): output += JSONWriter.quote(s)
        case .array(let items):
            output += "["
            for (k, item) in items.enumerated() {
                if k > 0 { output += pretty ? ", " : "," }
                write(item)
            }
            output += "]"
        case .object(let o):
            output += "{"
            for (k, entry) in o.sorted(by: { $0.key < $1.key }).enumerated() {
                if k > 0 { output += pretty ? ", " : "," }
                output += JSONWriter.quote(entry.key) + (pretty ? ": " : ":")
                write(entry.value)
            }
            output += "}"
        }
    }

    mutating func value(_ value: String) {
        separator()
        output += JSONWriter.quote(value)
    }

    static func quote(_ s: String) -> String {
        // Most strings need no escaping: check the bytes once and copy them whole.
        @inline(__always) func isPlain(_ b: UInt8) -> Bool { b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && b != 0xE2 }
        let plain = s.utf8.withContiguousStorageIfAvailable { p in
            for b in p where !isPlain(b) { return false }
            return true
        } ?? s.utf8.allSatisfy(isPlain)
        if plain { return "\"" + s + "\"" }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal to UTF-8 output: quotes, backslashes, control
    /// characters, DEL, U+2028 and U+2029 escaped (the last two break JavaScript string literals).
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        let utf8 = s.utf8
        var plainStart = utf8.startIndex
        var k = utf8.startIndex
        func hex4(_ v: UInt32) {
            let digits = Array("0123456789abcdef".utf8)
            out += [0x5C, 0x75, digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)], digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]]
        }
        while k != utf8.endIndex {
            let b = utf8[k]
            let escape: [UInt8]?
            var width = 1
            switch b {
            case 0x22: escape = [0x5C, 0x22]
            case 0x5C: escape = [0x5C, 0x5C]
            case 0x0A: escape = [0x5C, 0x6E]
            case 0x0D: escape = [0x5C, 0x72]
            case 0x09: escape = [0x5C, 0x74]
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                let n1 = utf8.index(after: k)
                if n1 != utf8.endIndex, utf8[n1] == 0x80, case let n2 = utf8.index(after: n1), n2 != utf8.endIndex,
                   utf8[n2] == 0xA8 || utf8[n2] == 0xA9 {
                    escape = Array((utf8[n2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                } else {
                    escape = nil
                }
            default:
                escape = b < 0x20 || b == 0x7F ? [] : nil
            }
            if let escape {
                out += utf8[plainStart..<k]
                if escape.isEmpty { hex4(UInt32(b)) } else { out += escape }
                for _ in 0..<width { k = utf8.index(after: k) }
                plainStart = k
            } else {
                k = utf8.index(after: k)
            }
        }
        out += utf8[plainStart..<k]
        out.append(0x22)
    }
}
