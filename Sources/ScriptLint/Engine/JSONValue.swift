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

    /// Appends `s` as a JSON string literal to UTF-8 output, escaped as `quoted` escapes it.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) { JSONWriter.appendQuoted(s, to: &out) }

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
