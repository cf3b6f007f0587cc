/// A small streaming JSON writer: scriptlint's reports need nothing more, and it keeps the
/// library free of Foundation.
struct JSONWriter {
    /// The document so far, as UTF-8 (appending bytes is cheaper than growing a String).
    private(set) var bytes: [UInt8] = []
    var output: String { String(decoding: bytes, as: UTF8.self) }
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
    private static let newlines: [[UInt8]] = (0..<32).map { Array(("\n" + String(repeating: "  ", count: $0)).utf8) }

    private mutating func newline(depth: Int) {
        if depth < JSONWriter.newlines.count {
            bytes += JSONWriter.newlines[depth]
        } else {
            bytes += ("\n" + String(repeating: "  ", count: depth)).utf8
        }
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 { newline(depth: needsComma.count - 1) }
    }

    mutating func beginObject(_ key: String? = nil) { open(key, 0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray(_ key: String? = nil) { open(key, 0x5B) }
    mutating func endArray() { close(0x5D) }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        if let key { self.key(key) } else if needsComma.count > 1 { separator() }
        bytes.append(bracket)
        needsComma.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { newline(depth: needsComma.count - 1) }
        bytes.append(bracket)
    }

    private mutating func key(_ key: String) {
        separator()
        JSONWriter.appendQuoted(key, to: &bytes)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
    }

    private mutating func literal(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        if let value { JSONWriter.appendQuoted(value, to: &bytes) } else { literal("null") }
    }

    mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        bytes += String(value).utf8
    }

    mutating func field(_ key: String, _ value: Int?) {
        self.key(key)
        if let value { bytes += String(value).utf8 } else { literal("null") }
    }

    mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        if value { literal("true") } else { literal("false") }
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
        case .null: literal("null")
        case .bool(let b): if b { literal("true") } else { literal("false") }
        case .number(let n): bytes += (n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)).utf8
        case .string(let s): JSONWriter.appendQuoted(s, to: &bytes)
        case .array(let items):
            bytes.append(0x5B)
            for (k, item) in items.enumerated() {
                if k > 0 { bytes.append(0x2C); if pretty { bytes.append(0x20) } }
                write(item)
            }
            bytes.append(0x5D)
        case .object(let o):
            bytes.append(0x7B)
            for (k, entry) in o.sorted(by: { $0.key < $1.key }).enumerated() {
                if k > 0 { bytes.append(0x2C); if pretty { bytes.append(0x20) } }
                JSONWriter.appendQuoted(entry.key, to: &bytes)
                bytes.append(0x3A)
                if pretty { bytes.append(0x20) }
                write(entry.value)
            }
            bytes.append(0x7D)
        }
    }

    mutating func value(_ value: String) {
        separator()
        JSONWriter.appendQuoted(value, to: &bytes)
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
        // Most strings need no escaping: their bytes are copied whole.
        if s.utf8.withContiguousStorageIfAvailable({ p -> Bool in
            for b in p where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 { return false }
            out.append(0x22)
            out.append(contentsOf: p)
            out.append(0x22)
            return true
        }) == true { return }
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
