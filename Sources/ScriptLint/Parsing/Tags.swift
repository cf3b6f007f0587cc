/// A tag name packed into two words, ASCII-lowercased, so the scanner can compare names
/// without allocating strings.
struct NameKey: Hashable {
    var a: UInt64
    var b: UInt64

    init(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) {
        var a: UInt64 = 0, b: UInt64 = 0
        var k = 0
        var i = s
        while i < e {
            let c = UInt64(asciiLower(p[i]))
            if k < 8 { a |= c << (8 * UInt64(k)) } else if k < 16 { b |= c << (8 * UInt64(k - 8)) } else {
                b = (b ^ c) &* 0x100000001B3 // longer names: hashed; only equality with themselves matters
            }
            k += 1
            i += 1
        }
        if k > 16 { b |= 1 << 63 }
        self.a = a
        self.b = b
    }

    init(_ name: String) {
        let bytes = Array(name.utf8)
        self = bytes.withUnsafeBufferPointer { NameKey($0, 0, $0.count) }
    }
}

/// The elements whose names change how a browser parses or places a script.
enum Tag: UInt8 {
    case other
    case html, head, body, script, style, title, textarea, xmp, iframe, noembed, noframes, noscript, plaintext
    case template, svg, math, link, meta, base, basefont, bgsound, frameset, frame
    case table, caption, td, th, tr, tbody, thead, tfoot, colgroup, col
    case applet, marquee, object, select, input, img, image, video, audio, canvas, embed, button, br, hr
    case area, wbr, param, source, track, keygen
    case foreignobject, desc, annotationXML, mi, mo, mn, ms, mtext, font, p
    // Elements that end SVG/MathML content when met inside it.
    case b, big, blockquote, center, code, dd, div, dl, dt, em, h1, h2, h3, h4, h5, h6, i, li, listing
    case menu, nobr, ol, pre, ruby, s, small, span, strong, strike, sub, sup, tt, u, ul, `var`

    static let byKey: [NameKey: Tag] = {
        var map: [NameKey: Tag] = [:]
        let all: [(String, Tag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("script", .script), ("style", .style),
            ("title", .title), ("textarea", .textarea), ("xmp", .xmp), ("iframe", .iframe),
            ("noembed", .noembed), ("noframes", .noframes), ("noscript", .noscript), ("plaintext", .plaintext),
            ("template", .template), ("svg", .svg), ("math", .math), ("link", .link), ("meta", .meta),
            ("base", .base), ("basefont", .basefont), ("bgsound", .bgsound), ("frameset", .frameset),
            ("frame", .frame), ("table", .table), ("caption", .caption), ("td", .td), ("th", .th), ("tr", .tr),
            ("tbody", .tbody), ("thead", .thead), ("tfoot", .tfoot), ("colgroup", .colgroup), ("col", .col),
            ("applet", .applet), ("marquee", .marquee), ("object", .object), ("select", .select),
            ("input", .input), ("img", .img), ("image", .image), ("video", .video), ("audio", .audio),
            ("canvas", .canvas), ("embed", .embed), ("button", .button), ("br", .br), ("hr", .hr),
            ("area", .area), ("wbr", .wbr), ("param", .param), ("source", .source), ("track", .track),
            ("keygen", .keygen), ("foreignobject", .foreignobject), ("desc", .desc),
            ("annotation-xml", .annotationXML), ("mi", .mi), ("mo", .mo), ("mn", .mn), ("ms", .ms),
            ("mtext", .mtext), ("font", .font), ("p", .p), ("b", .b), ("big", .big),
            ("blockquote", .blockquote), ("center", .center), ("code", .code), ("dd", .dd), ("div", .div),
            ("dl", .dl), ("dt", .dt), ("em", .em), ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4),
            ("h5", .h5), ("h6", .h6), ("i", .i), ("li", .li), ("listing", .listing), ("menu", .menu),
            ("nobr", .nobr), ("ol", .ol), ("pre", .pre), ("ruby", .ruby), ("s", .s), ("small", .small),
            ("span", .span), ("strong", .strong), ("strike", .strike), ("sub", .sub), ("sup", .sup),
            ("tt", .tt), ("u", .u), ("ul", .ul), ("var", .var),
        ]
        for (name, tag) in all { map[NameKey(name)] = tag }
        return map
    }()

    /// An open-addressing table with a multiplicative hash: tag lookup runs for every tag of every
    /// file, and the standard Dictionary's seeded SipHash showed up in profiles.
    private static let tableBits = 10
    private static let slots: [(NameKey, Tag)?] = {
        var t = [(NameKey, Tag)?](repeating: nil, count: 1 << tableBits)
        for (key, tag) in byKey {
            var slot = slot(key)
            while t[slot] != nil { slot = (slot + 1) & ((1 << tableBits) - 1) }
            t[slot] = (key, tag)
        }
        return t
    }()

    @inline(__always) private static func slot(_ key: NameKey) -> Int {
        Int(truncatingIfNeeded: ((key.a &* 0x9E37_79B9_7F4A_7C15) ^ (key.b &* 0xC2B2_AE3D_27D4_EB4F)) >> UInt64(64 - tableBits))
    }

    static func lookup(_ key: NameKey) -> Tag {
        var s = slot(key)
        while let (k, tag) = slots[s] {
            if k == key { return tag }
            s = (s + 1) & ((1 << tableBits) - 1)
        }
        return .other
    }

    /// Elements with no end tag: never on the stack of open elements.
    var isVoid: Bool {
        switch self {
        case .area, .base, .basefont, .bgsound, .br, .col, .embed, .frame, .hr, .img, .image, .input,
             .keygen, .link, .meta, .param, .source, .track, .wbr:
            return true
        default:
            return false
        }
    }

    /// Start tags that end SVG/MathML content (`font` only with color, face or size).
    var breaksOutOfForeignContent: Bool {
        switch self {
        case .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed,
             .h1, .h2, .h3, .h4, .h5, .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr,
             .ol, .p, .pre, .ruby, .s, .small, .span, .strong, .strike, .sub, .sup, .table, .tt, .u, .ul, .var:
            return true
        default:
            return false
        }
    }

    /// Elements that bound "has a body element in scope": `</body>` beneath one of them is ignored.
    var isScopeBoundary: Bool {
        switch self {
        case .applet, .caption, .html, .table, .td, .th, .marquee, .object, .template:
            return true
        default:
            return false
        }
    }
}
