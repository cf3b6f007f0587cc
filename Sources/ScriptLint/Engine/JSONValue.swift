/// A JSON value, for rule options and configuration files (read by `JSONParser`).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public var stringArray: [String]? {
        guard case .array(let items) = self else { return nil }
        var out: [String] = []
        for item in items {
            guard case .string(let s) = item else { return nil }
            out.append(s)
        }
        return out
    }
}

extension JSONValue {
    /// Parses strict JSON (RFC 8259): errors name line and column.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue { try JSONParser.parse(bytes) }

    /// A JSON string literal for `s` (quotes and escapes), for text assembled without a tree.
    public static func quoted(_ s: String) -> String { JSONWriter.quote(s) }

    /// Appends `s` as a JSON string literal to UTF-8 output, escaping as `quoted` does (control
    /// characters, quotes, backslashes, DEL, U+2028 and U+2029).
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
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

    /// Compact JSON text: integral numbers without a fraction, keys sorted.
    public var serialized: String {
        var w = JSONWriter(pretty: false)
        w.append(self)
        return w.output
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let o) = self else { return nil }
        return o[key]
    }

    public var string: String? { if case .string(let s) = self { return s } else { return nil } }
    public var int: Int? { if case .number(let n) = self, n == n.rounded(), abs(n) < 1e15 { return Int(n) } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
}
