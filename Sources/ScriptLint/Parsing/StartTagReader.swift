/// Reads one start tag with the WHATWG tokenizer's attribute rules, keeping exact byte ranges.
enum StartTagReader {
    /// Reads the start tag whose `<` is at `at`. Returns `nil` when the file ends inside the tag
    /// (browsers drop such a tag). `decode` turns raw value bytes into text (the file's encoding).
    static func read(_ p: UnsafeBufferPointer<UInt8>, at: Int, decode: (ByteRange) -> String) -> StartTag? {
        let n = p.count
        var i = at + 1
        let nameStart = i
        while i < n && !isHTMLSpace(p[i]) && p[i] != 0x2F && p[i] != 0x3E { i += 1 }
        let name = lowercasedName(p, nameStart, i)
        var attributes: [Attribute] = []
        var selfClosing = false
        while true {
            let spaceStart = i
            while i < n && isHTMLSpace(p[i]) { i += 1 }
            guard i < n else { return nil }
            let c = p[i]
            if c == 0x3E {
                return StartTag(name: name, attributes: attributes, range: ByteRange(at, i + 1), selfClosing: selfClosing)
            }
            if c == 0x2F {
                i += 1
                if i < n && p[i] == 0x3E { selfClosing = true }
                continue
            }
            selfClosing = false
            // Attribute name: the first character may be '='; then up to space, '/', '>' or '='.
            let attrStart = i
            i += 1
            while i < n && !isHTMLSpace(p[i]) && p[i] != 0x2F && p[i] != 0x3E && p[i] != 0x3D { i += 1 }
            let attrName = lowercasedName(p, attrStart, i)
            var end = i
            var j = i
            while j < n && isHTMLSpace(p[j]) { j += 1 }
            var valueRange: ByteRange?
            if j < n && p[j] == 0x3D {
                j += 1
                while j < n && isHTMLSpace(p[j]) { j += 1 }
                guard j < n else { return nil }
                let q = p[j]
                if q == 0x22 || q == 0x27 {
                    var k = j + 1
                    while k < n && p[k] != q { k += 1 }
                    guard k < n else { return nil }
                    valueRange = ByteRange(j + 1, k)
                    end = k + 1
                } else if q == 0x3E {
                    valueRange = ByteRange(j, j)
                    end = j
                } else {
                    var k = j
                    while k < n && !isHTMLSpace(p[k]) && p[k] != 0x3E { k += 1 }
                    valueRange = ByteRange(j, k)
                    end = k
                }
                i = end
            }
            // Duplicates: the first occurrence wins, as in browsers.
            if !attributes.contains(where: { $0.name == attrName }) {
                let value = valueRange.map { CharacterReferences.decode(decode($0), inAttribute: true) }
                attributes.append(Attribute(name: attrName, value: value, range: ByteRange(attrStart, end),
                                            valueRange: valueRange, leadingSpaceStart: spaceStart))
            }
        }
    }

    static func read(_ bytes: [UInt8], at: Int) -> StartTag? {
        bytes.withUnsafeBufferPointer { p in
            read(p, at: at) { r in String(decoding: p[r.start..<r.end], as: UTF8.self) }
        }
    }

    static func lowercasedName(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(e - s)
        for i in s..<e { bytes.append(p[i] == 0 ? 0x3F : asciiLower(p[i])) }
        return String(decoding: bytes, as: UTF8.self)
    }
    }
