#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the characters of a run are to be read: the tokenizer state that produced them.
enum TextKind: UInt8 {
    /// Data state: character references apply; a NUL is dropped outside foreign content.
    case data
    /// RCDATA (`<title>`, `<textarea>`): character references apply, NUL is U+FFFD.
    case rcdata
    /// RAWTEXT, script data, PLAINTEXT: bytes as they are, NUL is U+FFFD.
    case rawtext
    /// A `<![CDATA[` section in foreign content.
    case cdata
}

/// The tokenizer state that the tree builder switches to after some start tags.
enum ContentState { case data, rcdata, rawtext, scriptData, plaintext }

/// One attribute of the current tag, as byte offsets; the first occurrence of a name wins.
struct RawAttribute {
    var nameStart: Int
    var nameEnd: Int
    /// -1 when written without `=`.
    var valueStart: Int
    var valueEnd: Int
    /// After the value (closing quote included) or the name.
    var end: Int
    var leadingSpaceStart: Int
    /// A later attribute of the same name was dropped.
    var hasLaterDuplicate = false
}

enum HTMLToken {
    case characters(Int, Int, TextKind)
    /// Details in `Tokenizer.tag` and `Tokenizer.attributes`.
    case startTag
    case endTag
    /// The whole comment and its text.
    case comment(ByteRange, ByteRange)
    /// Details in `Tokenizer.doctype`.
    case doctype
    case eof
}

struct DoctypeToken {
    var name: ByteRange?
    var publicID: ByteRange?
    var systemID: ByteRange?
    var forceQuirks = false
}

/// The current start or end tag.
struct TagToken {
    var key: NameKey
    var tag: Tag
    var start: Int
    var end: Int
    var nameStart: Int
    var nameEnd: Int
    var selfClosing: Bool
}

/// The WHATWG HTML tokenizer ("13.2.5 Tokenization") over the file's bytes, every token with exact
/// byte offsets. Text is handed on as runs of bytes with the state that produced them; decoding a
/// run (character references, NUL, newlines) is left to whoever needs its characters. The states
/// that only report parse errors are folded into the ones that decide where a token ends.
/// What a byte is to tag and attribute scanning, one load instead of five comparisons:
/// `space` (HTML whitespace), `slashOrGT` (`/` or `>`), `equals`, `gt`.
private enum ByteClass {
    static let space: UInt8 = 1, slashOrGT: UInt8 = 2, equals: UInt8 = 4, gt: UInt8 = 8
    static let table: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        t.initialize(repeating: 0, count: 256)
        for b in [0x09, 0x0A, 0x0C, 0x0D, 0x20] { t[b] |= space }
        t[0x2F] |= slashOrGT
        t[0x3E] |= slashOrGT | gt
        t[0x3D] |= equals
        return UnsafePointer(t)
    }()
}

struct Tokenizer {
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    private(set) var i: Int
    /// `ByteClass.table`, held here so that hot loops do not touch a lazily made global.
    private let classes = ByteClass.table

    /// Set by the tree builder: the state for the text after the current start tag.
    var state: ContentState = .data
    /// Set by the tree builder before each token: whether `<![CDATA[` opens a CDATA section
    /// (the adjusted current node is not an HTML element).
    var allowCDATA = false

    private(set) var tag = TagToken(key: NameKey(a: 0, b: 0), tag: .other, start: 0, end: 0, nameStart: 0, nameEnd: 0, selfClosing: false)
    private(set) var attributes: [RawAttribute] = []
    private(set) var doctype = DoctypeToken()
    /// The name of the last start tag, for RCDATA/RAWTEXT/script data's "appropriate end tag".
    private var lastStartTag = NameKey(a: 0, b: 0)

    init(p: UnsafeBufferPointer<UInt8>, start: Int) {
        self.p = p
        self.n = p.count
        self.i = start
        attributes.reserveCapacity(16)
    }

    mutating func next() -> HTMLToken {
        switch state {
        case .data:
            return dataState()
        case .plaintext:
            guard i < n else { return .eof }
            defer { i = n }
            return .characters(i, n, .rawtext)
        case .rcdata, .rawtext, .scriptData:
            let contentEnd = state == .scriptData ? scriptDataEnd(from: i) : appropriateEndTag(from: i)
            if contentEnd > i {
                defer { i = contentEnd }
                return .characters(i, contentEnd, state == .rcdata ? .rcdata : .rawtext)
            }
            guard i < n else { return .eof }
            state = .data
            return endTagToken() ?? .eof
        }
    }

    // MARK: - Data state and tag open

    private mutating func dataState() -> HTMLToken {
        while i < n {
            let lt = nextByte(0x3C, from: i)
            if lt > i {
                defer { i = lt }
                return .characters(i, lt, .data)
            }
            // Tag open state.
            guard i + 1 < n else { defer { i = n }; return .characters(i, n, .data) }
            let c = p[i + 1]
            if c == 0x21 {
                return markupDeclaration()
            } else if c == 0x2F {
                guard i + 2 < n else { defer { i = n }; return .characters(i, n, .data) }
                if isASCIIAlpha(p[i + 2]) { return endTagToken() ?? .eof }
                if p[i + 2] == 0x3E { i += 3; continue }
                return bogusComment(textStart: i + 2)
            } else if isASCIIAlpha(c) {
                return startTagToken() ?? .eof
            } else if c == 0x3F {
                return bogusComment(textStart: i + 1)
            } else {
                defer { i += 1 }
                return .characters(i, i + 1, .data)
            }
        }
        return .eof
    }

    private mutating func markupDeclaration() -> HTMLToken {
        if i + 3 < n && p[i + 2] == 0x2D && p[i + 3] == 0x2D { return comment() }
        if matchesCaseInsensitive(i + 2, "doctype") { return doctypeToken() }
        if allowCDATA && matches(i + 2, "[CDATA[") {
            let start = i + 9
            var j = start
            while true {
                j = nextByte(0x5D, from: j)
                if j + 2 >= n { j = n; break }
                if p[j + 1] == 0x5D && p[j + 2] == 0x3E { break }
                j += 1
            }
            i = min(n, j + 3)
            return start < j ? .characters(start, j, .cdata) : next()
        }
        return bogusComment(textStart: i + 2)
    }

    /// Comment states: `<!--` … `-->` or `--!>`; `<!-->` and `<!--->` end at once; EOF ends it.
    private mutating func comment() -> HTMLToken {
        let start = i
        let body = i + 4
        var j = body
        var textEnd = n, end = n
        if j < n && p[j] == 0x3E {
            textEnd = j; end = j + 1
        } else if j + 1 < n && p[j] == 0x2D && p[j + 1] == 0x3E {
            textEnd = j; end = j + 2
        } else {
            while j < n {
                j = nextByte(0x2D, from: j)
                guard j + 2 < n else { break }
                if p[j + 1] == 0x2D {
                    if p[j + 2] == 0x3E { textEnd = j; end = j + 3; break }
                    if p[j + 2] == 0x21 && j + 3 < n && p[j + 3] == 0x3E { textEnd = j; end = j + 4; break }
                }
                j += 1
            }
            // At EOF the text runs to the end, less a trailing "-" or "--" (comment end (dash) state).
            if end == n && textEnd == n {
                var t = n
                if t > body && p[t - 1] == 0x2D { t -= 1; if t > body && p[t - 1] == 0x2D { t -= 1 } }
                textEnd = t
            }
        }
        i = end
        return .comment(ByteRange(start, end), ByteRange(body, max(body, textEnd)))
    }

    private mutating func bogusComment(textStart: Int) -> HTMLToken {
        let start = i
        let gt = nextByte(0x3E, from: textStart)
        i = min(n, gt + 1)
        return .comment(ByteRange(start, i), ByteRange(textStart, gt))
    }

    // MARK: - DOCTYPE

    private mutating func doctypeToken() -> HTMLToken {
        var d = DoctypeToken()
        var j = i + 9
        defer { doctype = d }
        func finish(_ at: Int) -> HTMLToken { i = min(n, at); return .doctype }
        func bogus(_ from: Int) -> HTMLToken { let gt = nextByte(0x3E, from: from); return finish(gt + 1) }
        while j < n && isHTMLSpace(p[j]) { j += 1 }
        guard j < n else { d.forceQuirks = true; return finish(n) }
        if p[j] == 0x3E { d.forceQuirks = true; return finish(j + 1) }
        let nameStart = j
        while j < n && !isHTMLSpace(p[j]) && p[j] != 0x3E { j += 1 }
        d.name = ByteRange(nameStart, j)
        while j < n && isHTMLSpace(p[j]) { j += 1 }
        guard j < n else { d.forceQuirks = true; return finish(n) }
        if p[j] == 0x3E { return finish(j + 1) }
        let isPublic = matchesCaseInsensitive(j, "public")
        guard isPublic || matchesCaseInsensitive(j, "system") else { d.forceQuirks = true; return bogus(j) }
        j += 6
        // An identifier in quotes; `nil` (force quirks) when it is missing or cut off by `>`/EOF.
        func identifier() -> ByteRange? {
            while j < n && isHTMLSpace(p[j]) { j += 1 }
            guard j < n, p[j] == 0x22 || p[j] == 0x27 else { return nil }
            let q = p[j]
            let s = j + 1
            var k = s
            while k < n && p[k] != q && p[k] != 0x3E { k += 1 }
            defer { j = k < n && p[k] == q ? k + 1 : k }
            return ByteRange(s, k)
        }
        func closedProperly(_ r: ByteRange) -> Bool { r.end < n && p[r.end] != 0x3E }
        guard let first = identifier() else {
            d.forceQuirks = true
            if j < n && p[j] == 0x3E { return finish(j + 1) }
            return j < n ? bogus(j) : finish(n)
        }
        if isPublic { d.publicID = first } else { d.systemID = first }
        guard closedProperly(first) else { d.forceQuirks = true; return finish(j < n ? j + 1 : n) }
        while j < n && isHTMLSpace(p[j]) { j += 1 }
        guard j < n else { d.forceQuirks = true; return finish(n) }
        if p[j] == 0x3E { return finish(j + 1) }
        if isPublic && (p[j] == 0x22 || p[j] == 0x27) {
            guard let system = identifier() else { return finish(n) }
            d.systemID = system
            guard closedProperly(system) else { d.forceQuirks = true; return finish(j < n ? j + 1 : n) }
            while j < n && isHTMLSpace(p[j]) { j += 1 }
            guard j < n else { d.forceQuirks = true; return finish(n) }
            if p[j] == 0x3E { return finish(j + 1) }
            return bogus(j)
        }
        if isPublic { d.forceQuirks = true }
        return bogus(j)
    }

    // MARK: - Tags

    private mutating func startTagToken() -> HTMLToken? {
        let start = i
        var j = i + 1
        while j < n && classes[Int(p[j])] & (ByteClass.space | ByteClass.slashOrGT) == 0 { j += 1 }
        let key = NameKey(p, i + 1, j)
        if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
        guard let (end, selfClosing) = readAttributes(from: j, keep: true) else { i = n; return nil }
        tag = TagToken(key: key, tag: Tag.lookup(key), start: start, end: end, nameStart: i + 1, nameEnd: j, selfClosing: selfClosing)
        lastStartTag = key
        i = end
        return .startTag
    }

    /// An end tag at `i` (`</` + letter); its attributes are read and dropped, as browsers do.
    private mutating func endTagToken() -> HTMLToken? {
        let start = i
        var j = i + 2
        while j < n && classes[Int(p[j])] & (ByteClass.space | ByteClass.slashOrGT) == 0 { j += 1 }
        let key = NameKey(p, i + 2, j)
        guard let (end, _) = readAttributes(from: j, keep: false) else { i = n; return nil }
        tag = TagToken(key: key, tag: Tag.lookup(key), start: start, end: end, nameStart: i + 2, nameEnd: j, selfClosing: false)
        i = end
        return .endTag
    }

    /// Before attribute name … after attribute value: reads to the tag's `>`; `nil` if the file
    /// ends first (browsers drop such a tag).
    private mutating func readAttributes(from start: Int, keep: Bool) -> (Int, Bool)? {
        var j = start
        var selfClosing = false
        while true {
            let spaceStart = j
            while j < n && classes[Int(p[j])] & ByteClass.space != 0 { j += 1 }
            guard j < n else { return nil }
            let c = p[j]
            if c == 0x3E { return (j + 1, selfClosing) }
            if c == 0x2F {
                j += 1
                selfClosing = j < n && p[j] == 0x3E
                continue
            }
            selfClosing = false
            // The first character of a name may be '='.
            let nameStart = j
            j += 1
            while j < n && classes[Int(p[j])] & (ByteClass.space | ByteClass.slashOrGT | ByteClass.equals) == 0 { j += 1 }
            let nameEnd = j
            var end = j
            var valueStart = -1, valueEnd = -1
            var k = j
            while k < n && classes[Int(p[k])] & ByteClass.space != 0 { k += 1 }
            if k < n && p[k] == 0x3D {
                k += 1
                while k < n && classes[Int(p[k])] & ByteClass.space != 0 { k += 1 }
                guard k < n else { return nil }
                let q = p[k]
                if q == 0x22 || q == 0x27 {
                    let close = nextByte(q, from: k + 1)
                    guard close < n else { return nil }
                    valueStart = k + 1; valueEnd = close; end = close + 1
                } else if q == 0x3E {
                    valueStart = k; valueEnd = k; end = k
                } else {
                    var e = k
                    while e < n && classes[Int(p[e])] & (ByteClass.space | ByteClass.gt) == 0 { e += 1 }
                    valueStart = k; valueEnd = e; end = e
                }
                j = end
            }
            if keep {
                if let first = attributes.firstIndex(where: { sameName($0, nameStart, nameEnd) }) {
                    attributes[first].hasLaterDuplicate = true
                } else {
                    attributes.append(RawAttribute(nameStart: nameStart, nameEnd: nameEnd, valueStart: valueStart,
                                                   valueEnd: valueEnd, end: end, leadingSpaceStart: spaceStart))
                }
            }
        }
    }

    private func sameName(_ a: RawAttribute, _ s: Int, _ e: Int) -> Bool {
        guard a.nameEnd - a.nameStart == e - s else { return false }
        for k in 0..<(e - s) where asciiLower(p[a.nameStart + k]) != asciiLower(p[s + k]) { return false }
        return true
    }

    /// The current tag's attribute called `name` (lowercase ASCII), if present.
    func attribute(_ name: StaticString) -> RawAttribute? {
        let len = name.utf8CodeUnitCount
        let base = name.utf8Start
        outer: for a in attributes where a.nameEnd - a.nameStart == len {
            for k in 0..<len where asciiLower(p[a.nameStart + k]) != base[k] { continue outer }
            return a
        }
        return nil
    }

    func hasAttribute(_ name: StaticString) -> Bool { attribute(name) != nil }

    /// An attribute value, decoded from the file's bytes by `decode`, character references resolved.
    func value(_ a: RawAttribute, decode: (ByteRange) -> String) -> String? {
        guard a.valueStart >= 0 else { return nil }
        return CharacterReferences.decode(decode(ByteRange(a.valueStart, a.valueEnd)), inAttribute: true)
    }

    /// An order-independent fingerprint of the attributes, for the "Noah's Ark" clause.
    func attributeSignature() -> UInt64 {
        var sum: UInt64 = UInt64(attributes.count)
        for a in attributes {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for k in a.nameStart..<a.nameEnd { h = (h ^ UInt64(asciiLower(p[k]))) &* 0x100_0000_01B3 }
            h = (h ^ 0x3D) &* 0x100_0000_01B3
            if a.valueStart >= 0 { for k in a.valueStart..<a.valueEnd { h = (h ^ UInt64(p[k])) &* 0x100_0000_01B3 } }
            sum = sum &+ (h | 1) &* 0x9E37_79B9_7F4A_7C15
        }
        return sum
    }

    // MARK: - RCDATA, RAWTEXT, script data

    /// Where RAWTEXT content that starts at `start` ends, for the current start tag.
    func rawTextEnd(from start: Int) -> Int { appropriateEndTag(from: start) }

    /// Where the content ends: at the "appropriate end tag" (`</` + the last start tag's name +
    /// whitespace, `/` or `>`), or the end of the file.
    private func appropriateEndTag(from start: Int) -> Int {
        var j = start
        while j < n {
            j = nextByte(0x3C, from: j)
            guard j + 1 < n else { return n }
            if p[j + 1] == 0x2F {
                var k = j + 2
                while k < n && isASCIIAlpha(p[k]) { k += 1 }
                if k > j + 2, k < n, isHTMLSpace(p[k]) || p[k] == 0x2F || p[k] == 0x3E, NameKey(p, j + 2, k) == lastStartTag {
                    return j
                }
            }
            j += 1
        }
        return n
    }

    /// Script data with its escaped and double-escaped states (`<!--` … `<script>` … `-->`), which
    /// decide which `</script>` ends the element.
    private func scriptDataEnd(from start: Int) -> Int {
        enum S { case data, escaped, escapedDash, escapedDashDash, double, doubleDash, doubleDashDash }
        var s = S.data
        var j = start
        func scriptName(_ at: Int) -> Bool {
            guard at + 6 < n else { return false }
            let word: [UInt8] = [0x73, 0x63, 0x72, 0x69, 0x70, 0x74]
            for k in 0..<6 where asciiLower(p[at + k]) != word[k] { return false }
            let c = p[at + 6]
            return isHTMLSpace(c) || c == 0x2F || c == 0x3E
        }
        while j < n {
            let c = p[j]
            switch s {
            case .data:
                if c != 0x3C { j = nextByte(0x3C, from: j); continue }
                if j + 1 < n && p[j + 1] == 0x2F && scriptName(j + 2) { return j }
                if j + 3 < n && p[j + 1] == 0x21 && p[j + 2] == 0x2D && p[j + 3] == 0x2D { s = .escapedDashDash; j += 4; continue }
            case .escaped, .escapedDash, .escapedDashDash:
                if c == 0x2D {
                    s = s == .escaped ? .escapedDash : .escapedDashDash
                } else if c == 0x3C {
                    if j + 1 < n && p[j + 1] == 0x2F && scriptName(j + 2) { return j }
                    if scriptName(j + 1) { s = .double; j += 7; continue }
                    s = .escaped
                } else if c == 0x3E && s == .escapedDashDash {
                    s = .data
                } else {
                    s = .escaped
                }
            case .double, .doubleDash, .doubleDashDash:
                if c == 0x2D {
                    s = s == .double ? .doubleDash : .doubleDashDash
                } else if c == 0x3C {
                    if j + 1 < n && p[j + 1] == 0x2F && scriptName(j + 2) { s = .escaped; j += 8; continue }
                    s = .double
                } else if c == 0x3E && s == .doubleDashDash {
                    s = .data
                } else {
                    s = .double
                }
            }
            j += 1
        }
        return n
    }

    // MARK: - Bytes

    /// A tag or attribute name as the DOM holds it: ASCII-lowercased (a NUL reads as `?`).
    static func lowercasedName(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(e - s)
        for i in s..<e { bytes.append(p[i] == 0 ? 0x3F : asciiLower(p[i])) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always) func nextByte(_ byte: UInt8, from: Int) -> Int {
        guard from < n, let base = p.baseAddress else { return n }
        guard let hit = memchr(base + from, Int32(byte), n - from) else { return n }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private func matches(_ at: Int, _ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        guard at + len <= n else { return false }
        for k in 0..<len where p[at + k] != s.utf8Start[k] { return false }
        return true
    }

    private func matchesCaseInsensitive(_ at: Int, _ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        guard at + len <= n else { return false }
        for k in 0..<len where asciiLower(p[at + k]) != s.utf8Start[k] { return false }
        return true
    }
}
