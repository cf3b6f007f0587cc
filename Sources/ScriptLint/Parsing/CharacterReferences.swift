/// HTML character references, as the WHATWG tokenizer resolves them ("character reference state"):
/// the standard's own table of names, the longest match, the legacy names that work without `;`,
/// and the attribute-value rule that leaves `&copy=` alone.
enum CharacterReferences {
    private static let names: [String: String] = {
        var map: [String: String] = [:]
        map.reserveCapacity(NamedCharacterReferences.count)
        for line in NamedCharacterReferences.table.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            map[String(line[..<space])] = String(line[line.index(after: space)...])
        }
        return map
    }()

    /// Code points 0x80–0x9F that a numeric reference maps to windows-1252 characters.
    private static let c1Replacements: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// Resolves every character reference in `s`; `inAttribute` applies the attribute-value rule.
    static func decode(_ s: String, inAttribute: Bool) -> String {
        guard s.utf8.contains(0x26) else { return s }
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&" else { out.append(scalars[i]); i += 1; continue }
            if let (text, length) = reference(scalars, at: i, inAttribute: inAttribute) {
                out.append(contentsOf: text.unicodeScalars)
                i += length
            } else {
                out.append("&")
                i += 1
            }
        }
        return String(out)
    }

    /// The reference starting at the `&` at `at`: its text and how many scalars it spans.
    static func reference(_ s: [Unicode.Scalar], at: Int, inAttribute: Bool) -> (String, Int)? {
        var j = at + 1
        guard j < s.count else { return nil }
        if s[j] == "#" {
            j += 1
            var hex = false
            if j < s.count && (s[j] == "x" || s[j] == "X") { hex = true; j += 1 }
            let digits = j
            var value: UInt32 = 0
            while j < s.count, let d = digit(s[j], hex: hex) {
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + d }
                j += 1
            }
            guard j > digits else { return nil }
            if j < s.count && s[j] == ";" { j += 1 }
            return (String(Character(numeric(value))), j - at)
        }
        // Named: the longest name in the table that the text starts with.
        var end = j
        while end < s.count && end - j < NamedCharacterReferences.longestName && isAlphanumeric(s[end]) { end += 1 }
        if end < s.count && s[end] == ";" && end - j < NamedCharacterReferences.longestName { end += 1 }
        var length = end - j
        while length > 0 {
            let candidate = String(String.UnicodeScalarView(s[j..<(j + length)]))
            if let text = names[candidate] {
                let afterName = j + length
                if inAttribute && s[afterName - 1] != ";" && afterName < s.count
                    && (s[afterName] == "=" || isAlphanumeric(s[afterName])) {
                    return nil
                }
                return (text, afterName - at)
            }
            length -= 1
        }
        return nil
    }

    private static func numeric(_ value: UInt32) -> Unicode.Scalar {
        if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return "\u{FFFD}" }
        if let mapped = c1Replacements[value] { return Unicode.Scalar(mapped)! }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9"))
    }

    private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f" where hex: return c.value - 87
        case "A"..."F" where hex: return c.value - 55
        default: return nil
        }
    }
}
