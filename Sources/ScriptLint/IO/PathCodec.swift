/// File names are bytes, not always UTF-8. A byte that is not part of valid UTF-8 is kept in a
/// Swift string as a private-use character (U+F780…U+F7FF, as macOS does for the same problem),
/// turned back into the same byte for every system call, and shown as `\xNN` in reports.
public enum PathCodec {
    static let base: UInt32 = 0xF700

    /// The last component of a path (after its last `/`), found on the UTF-8 bytes: splitting a
    /// String by Character costs more than the rest of a file's discovery.
    public static func fileName(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        let name = String(path[path.utf8.index(after: slash)...])
        return name.isEmpty ? path : name
    }

    /// The folder of a path (before its last `/`; `/` for a file at the root, "" for a bare name).
    public static func parent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// The string for a file name's bytes.
    public static func decode(_ bytes: [UInt8]) -> String {
        if EncodingSniffer.isValidUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let length = validSequenceLength(bytes, i)
            if length > 0 {
                out.append(contentsOf: String(decoding: bytes[i..<(i + length)], as: UTF8.self).unicodeScalars)
                i += length
            } else {
                out.append(Unicode.Scalar(base + UInt32(bytes[i]))!)
                i += 1
            }
        }
        return String(out)
    }

    public static func decode(_ cString: UnsafePointer<CChar>) -> String {
        var bytes: [UInt8] = []
        var p = cString
        while p.pointee != 0 {
            bytes.append(UInt8(bitPattern: p.pointee))
            p += 1
        }
        return decode(bytes)
    }

    /// The NUL-terminated bytes to hand to the system for a path.
    public static func encode(_ path: String) -> [CChar] {
        // Only kept bytes (U+F780…U+F7FF) need a scalar at a time: their UTF-8 starts with 0xEF.
        var path = path
        let plain: [CChar]? = path.withUTF8 { u in
            // On the contiguous bytes: `String.UTF8View.contains` costs some twenty instructions a byte.
            guard !u.contains(0xEF) else { return nil }
            var out = [CChar](repeating: 0, count: u.count + 1)
            out.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(u)) }
            return out
        }
        if let plain { return plain }
        var out: [CChar] = []
        out.reserveCapacity(path.utf8.count + 1)
        for scalar in path.unicodeScalars {
            if scalar.value >= base + 0x80 && scalar.value <= base + 0xFF {
                out.append(CChar(bitPattern: UInt8(scalar.value - base)))
            } else {
                for b in UTF8.encode(scalar)! { out.append(CChar(bitPattern: b)) }
            }
        }
        out.append(0)
        return out
    }

    /// A path as people should see it: kept bytes as `\xNN`.
    public static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value >= base + 0x80 && $0.value <= base + 0xFF }) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if scalar.value >= base + 0x80 && scalar.value <= base + 0xFF {
                out += "\\x" + String(scalar.value - base, radix: 16)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func validSequenceLength(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        let n: Int
        switch c {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: n = 2
        case 0xE0...0xEF: n = 3
        case 0xF0...0xF4: n = 4
        default: return 0
        }
        guard i + n <= b.count else { return 0 }
        return EncodingSniffer.isValidUTF8(Array(b[i..<(i + n)])) ? n : 0
    }
}
