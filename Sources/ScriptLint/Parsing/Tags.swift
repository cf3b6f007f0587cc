/// A tag name packed into two words, ASCII-lowercased, so the scanner can compare names
/// without allocating strings.
struct NameKey: Hashable {
    var a: UInt64
    var b: UInt64

    init(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) {
        #if _endian(little)
        // Most names are 1 to 8 bytes: one load, lowercased eight bytes at a time (SWAR), unless the
        // name holds a NUL or the buffer ends within eight bytes.
        let len = e - s
        if len > 0 && len <= 8 && s + 8 <= p.count, let base = p.baseAddress {
            let mask: UInt64 = len == 8 ? ~0 : (1 << (8 * UInt64(len))) - 1
            let x = UnsafeRawPointer(base + s).loadUnaligned(as: UInt64.self) & mask
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            // A zero byte inside the name (the bytes past it are masked to zero, so look only there).
            let zero = (x &- ones) & ~x & highs & mask
            if zero == 0 {
                let h = x & 0x7F7F_7F7F_7F7F_7F7F
                let upper = ((h &+ 0x3F3F_3F3F_3F3F_3F3F) ^ (h &+ 0x2525_2525_2525_2525)) & ~x & highs
                self.a = x | (upper >> 2)
                self.b = 0
                return
            }
        }
        #endif
        var a: UInt64 = 0, b: UInt64 = 0
        var k = 0
        var i = s
        while i < e {
            // A NUL is U+FFFD in a tag name: never the end of the name, never equal to nothing.
            let c = p[i] == 0 ? 0xFD : UInt64(asciiLower(p[i]))
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

    init(a: UInt64, b: UInt64) {
        self.a = a
        self.b = b
    }

    init(_ name: String) {
        let bytes = Array(name.utf8)
        self = bytes.withUnsafeBufferPointer { NameKey($0, 0, $0.count) }
    }
}

/// The elements whose names the tokenizer and tree builder act on (WHATWG HTML 13.2.6).
enum Tag: UInt8 {
    case other
    case annotationXML
    case a, address, applet, area, article, aside, audio, b, base, basefont, bgsound, big
    case blockquote, body, br, button, canvas, caption, center, code, col, colgroup, dd, desc
    case details, dialog, dir, div, dl, dt, em, embed, fieldset, figcaption, figure, font
    case footer, foreignobject, form, frame, frameset, h1, h2, h3, h4, h5, h6, head
    case header, hgroup, hr, html, i, iframe, image, img, input, keygen, li, link
    case listing, main, malignmark, marquee, math, menu, meta, mglyph, mi, mn, mo, ms
    case mtext, nav, nobr, noembed, noframes, noscript, object, ol, optgroup, option, p, param
    case plaintext, pre, rb, rp, rt, rtc, ruby, s, script, search, section, select
    case selectedcontent, small, source, span, strike, strong, style, sub, summary, sup, svg, table
    case tbody, td, template, textarea, tfoot, th, thead, title, tr, track, tt, u
    case ul, `var`, video, wbr, xmp

    static let byKey: [NameKey: Tag] = {
        var map: [NameKey: Tag] = [:]
        let all: [(String, Tag)] = [
            ("annotation-xml", .annotationXML),
            ("a", .a), ("address", .address), ("applet", .applet), ("area", .area), ("article", .article), ("aside", .aside),
            ("audio", .audio), ("b", .b), ("base", .base), ("basefont", .basefont), ("bgsound", .bgsound), ("big", .big),
            ("blockquote", .blockquote), ("body", .body), ("br", .br), ("button", .button), ("canvas", .canvas), ("caption", .caption),
            ("center", .center), ("code", .code), ("col", .col), ("colgroup", .colgroup), ("dd", .dd), ("desc", .desc),
            ("details", .details), ("dialog", .dialog), ("dir", .dir), ("div", .div), ("dl", .dl), ("dt", .dt),
            ("em", .em), ("embed", .embed), ("fieldset", .fieldset), ("figcaption", .figcaption), ("figure", .figure), ("font", .font),
            ("footer", .footer), ("foreignobject", .foreignobject), ("form", .form), ("frame", .frame), ("frameset", .frameset), ("h1", .h1),
            ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6), ("head", .head),
            ("header", .header), ("hgroup", .hgroup), ("hr", .hr), ("html", .html), ("i", .i), ("iframe", .iframe),
            ("image", .image), ("img", .img), ("input", .input), ("keygen", .keygen), ("li", .li), ("link", .link),
            ("listing", .listing), ("main", .main), ("malignmark", .malignmark), ("marquee", .marquee), ("math", .math), ("menu", .menu),
            ("meta", .meta), ("mglyph", .mglyph), ("mi", .mi), ("mn", .mn), ("mo", .mo), ("ms", .ms),
            ("mtext", .mtext), ("nav", .nav), ("nobr", .nobr), ("noembed", .noembed), ("noframes", .noframes), ("noscript", .noscript),
            ("object", .object), ("ol", .ol), ("optgroup", .optgroup), ("option", .option), ("p", .p), ("param", .param),
            ("plaintext", .plaintext), ("pre", .pre), ("rb", .rb), ("rp", .rp), ("rt", .rt), ("rtc", .rtc),
            ("ruby", .ruby), ("s", .s), ("script", .script), ("search", .search), ("section", .section), ("select", .select),
            ("selectedcontent", .selectedcontent), ("small", .small), ("source", .source), ("span", .span), ("strike", .strike), ("strong", .strong),
            ("style", .style), ("sub", .sub), ("summary", .summary), ("sup", .sup), ("svg", .svg), ("table", .table),
            ("tbody", .tbody), ("td", .td), ("template", .template), ("textarea", .textarea), ("tfoot", .tfoot), ("th", .th),
            ("thead", .thead), ("title", .title), ("tr", .tr), ("track", .track), ("tt", .tt), ("u", .u),
            ("ul", .ul), ("var", .`var`), ("video", .video), ("wbr", .wbr), ("xmp", .xmp),
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
}
