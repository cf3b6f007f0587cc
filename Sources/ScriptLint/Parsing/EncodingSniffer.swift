import CByteSearch
/// Picks a file's encoding the way a browser does for a local file: byte order mark, then a
/// `<meta charset>` (or `http-equiv=content-type`) in the first 1024 bytes, then the content itself
/// (valid UTF-8 is read as UTF-8, anything else as windows-1252).
enum EncodingSniffer {
    static func sniff(_ b: [UInt8]) -> TextEncoding {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if b.starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true) }
        if b.starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false) }
        if let label = metaCharset(b), let enc = encoding(forLabel: label) { return enc }
        return isValidUTF8(b) ? .utf8 : .singleByte("windows-1252")
    }

    /// Maps a WHATWG encoding label to what scriptlint needs to know about it.
    static func encoding(forLabel raw: String) -> TextEncoding? {
        let label = raw.trimmingASCIIWhitespace().lowercased()
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
             // A <meta> that claims UTF-16 means UTF-8 (the bytes are evidently ASCII-compatible).
             "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "csunicode", "unicodefeff", "unicodefffe":
            return .utf8
        case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "cp1252", "windows-1252",
             "x-cp1252", "cp819", "ibm819", "iso-ir-100", "iso_8859-1", "csisolatin1", "ansi_x3.4-1968":
            return .singleByte("windows-1252")
        case "windows-1251", "cp1251", "x-cp1251":
            return .singleByte("windows-1251")
        case "koi8-r", "koi8", "koi", "cskoi8r", "koi8_r":
            return .singleByte("koi8-r")
        case "koi8-u", "koi8-ru":
            return .singleByte("koi8-u")
        case "ibm866", "866", "cp866", "csibm866":
            return .singleByte("cp866")
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis":
            return .multiByte("shift_jis")
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese":
            return .multiByte("euc-jp")
        case "iso-2022-jp", "csiso2022jp":
            return .multiByte("iso-2022-jp")
        case "gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "x-gbk", "cp936", "gb18030":
            return .multiByte("gb18030")
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
            return .multiByte("big5")
        case "euc-kr", "ks_c_5601-1987", "korean", "windows-949", "cseuckr", "ksc5601", "ksc_5601":
            return .multiByte("euc-kr")
        default:
            if label.hasPrefix("windows-125") && label.count == 12 { return .singleByte(label) }
            if label.hasPrefix("iso-8859-") || label.hasPrefix("iso8859-") {
                let n = label.split(separator: "-").last.map(String.init) ?? ""
                return .singleByte("iso-8859-" + n)
            }
            return nil
        }
    }

    /// The charset named by the first `<meta>` that names one within the first 1024 bytes.
    static func metaCharset(_ b: [UInt8]) -> String? {
        let n = min(b.count, 1024)
        var i = 0
        while i + 5 < n {
            // Only a `<` starts what the prescan reads: the bytes before the next are crossed
            // sixteen at a time.
            i = firstOf(0x3C, 0x3C, 0x3C, in: b, from: i, end: n)
            guard i + 5 < n else { break }
            if b[i] == 0x3C, b[i + 1] == 0x21, i + 3 < n, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
                // Skip comments: a commented-out <meta> does not count.
                var j = i + 4
                while j + 2 < n && !(b[j] == 0x2D && b[j + 1] == 0x2D && b[j + 2] == 0x3E) { j += 1 }
                i = j + 3
                continue
            }
            if b[i] == 0x3C, asciiLower(b[i + 1]) == 0x6D, asciiLower(b[i + 2]) == 0x65,
               asciiLower(b[i + 3]) == 0x74, asciiLower(b[i + 4]) == 0x61, isSpaceOrSlash(b[i + 5]) {
                // The same tokenizer the parser uses reads the tag and its attributes.
                let slice = Array(b[i..<min(b.count, i + 1024)])
                let meta = slice.withUnsafeBufferPointer { p -> (charset: String?, httpEquiv: String?, content: String?, end: Int)? in
                    var t = Tokenizer(p: p, start: 0)
                    guard case .startTag = t.next() else { return nil }
                    let tokenizer = t
                    func value(_ name: StaticString) -> String? {
                        tokenizer.attribute(name).flatMap { tokenizer.value($0) { r in String(decoding: p[r.start..<r.end], as: UTF8.self) } }
                    }
                    return (value("charset"), value("http-equiv"), value("content"), tokenizer.tag.end)
                }
                if let meta {
                    if let cs = meta.charset, !cs.isEmpty { return cs }
                    if meta.httpEquiv?.lowercased() == "content-type", let content = meta.content, let cs = charsetFromContentType(content) {
                        return cs
                    }
                    i += max(1, meta.end)
                    continue
                }
            }
            i += 1
        }
        return nil
    }

    /// The charset parameter of a `content` value such as `text/html; charset=windows-1251`.
    static func charsetFromContentType(_ content: String) -> String? {
        let bytes = Array(content.lowercased().utf8)
        let key = Array("charset".utf8)
        var k = 0
        while k + key.count <= bytes.count {
            if Array(bytes[k..<(k + key.count)]) == key {
                var j = k + key.count
                while j < bytes.count && isHTMLSpace(bytes[j]) { j += 1 }
                if j < bytes.count && bytes[j] == 0x3D {
                    j += 1
                    while j < bytes.count && isHTMLSpace(bytes[j]) { j += 1 }
                    if j < bytes.count && (bytes[j] == 0x22 || bytes[j] == 0x27) { j += 1 }
                    let start = j
                    while j < bytes.count && !isHTMLSpace(bytes[j]) && bytes[j] != 0x3B && bytes[j] != 0x22 && bytes[j] != 0x27 { j += 1 }
                    return j > start ? String(decoding: bytes[start..<j], as: UTF8.self) : nil
                }
            }
            k += 1
        }
        return nil
    }

    static func isValidUTF8(_ b: [UInt8]) -> Bool {
        // In C, ASCII sixteen bytes at a time: most files are ASCII but for a few bytes (a `©`).
        b.withUnsafeBytes { scriptlint_valid_utf8($0.baseAddress, $0.count) != 0 }
    }

    /// A UTF-8 copy of a UTF-16 file, with the file offset of each UTF-8 byte.
    static func transcodeUTF16(_ b: [UInt8], bigEndian: Bool) -> ([UInt8], [Int]) {
        var out: [UInt8] = []
        var offsets: [Int] = []
        out.reserveCapacity(b.count / 2)
        offsets.reserveCapacity(b.count / 2)
        var i = 2 // after the BOM
        func unit(_ at: Int) -> UInt16 {
            bigEndian ? UInt16(b[at]) << 8 | UInt16(b[at + 1]) : UInt16(b[at + 1]) << 8 | UInt16(b[at])
        }
        while i + 1 < b.count {
            let start = i
            var scalar: Unicode.Scalar = "\u{FFFD}"
            let u = unit(i)
            i += 2
            if u & 0xFC00 == 0xD800, i + 1 < b.count, unit(i) & 0xFC00 == 0xDC00 {
                let lo = unit(i)
                i += 2
                scalar = Unicode.Scalar((UInt32(u & 0x3FF) << 10 | UInt32(lo & 0x3FF)) + 0x10000) ?? "\u{FFFD}"
            } else if u & 0xF800 != 0xD800 {
                scalar = Unicode.Scalar(u) ?? "\u{FFFD}"
            }
            for byte in UTF8.encode(scalar)! {
                out.append(byte)
                offsets.append(start)
            }
        }
        offsets.append(b.count)
        return (out, offsets)
    }
}
