import CByteSearch
import XCTest
import TestSupport
@testable import ScriptLint

/// The script model must describe what a browser builds. Each test pins one case where a naive or
/// HTML4 parser (libxml2 2.9, see docs/browser-model.md) goes wrong.
final class ParserTests: XCTestCase {

    // MARK: head / body / outside

    /// Long runs of spaces and line feeds (a masked template) are skipped eight bytes at a time:
    /// a character hidden anywhere in such a run is still found.
    func testWhitespaceRunsAndTheCharacterInThem() {
        let run = String(repeating: "        \n   \n", count: 40)
        XCTAssertEqual(HTMLParser.parse("<html><head>\(run)<script src=a.js></script>").scripts.first?.placement, .head)
        for offset in [0, 3, 8, 9, 17, 200, run.utf8.count - 1] {
            var bytes = Array(run.utf8)
            bytes[offset] = 0x78
            let page = "<html><head>" + String(decoding: bytes, as: UTF8.self) + "<script src=a.js></script>"
            XCTAssertEqual(HTMLParser.parse(page).scripts.first?.placement, .body, "an x at \(offset) starts the body")
        }
        for other in ["\t", "\r", "\u{0C}"] {
            let page = "<html><head>" + run.replacingOccurrences(of: "\n", with: other) + "<script src=a.js></script>"
            XCTAssertEqual(HTMLParser.parse(page).scripts.first?.placement, .head, "whitespace \(other.debugDescription)")
        }
    }

    func testUnknownHTML5ElementClosesHead() {
        XCTAssertEqual(placements("<html><head><script></script><my-widget></my-widget><script></script></head><body><p>x</p></body></html>"),
                       ["head", "body"])
        XCTAssertEqual(placements("<head><meta charset=utf-8><picture></picture><script src=a.js></script><p>x"), ["body"])
    }

    func testFormControlsAndSVGCloseHead() {
        for element in ["<input>", "<select></select>", "<button></button>", "<svg></svg>", "<video></video>", "<section></section>"] {
            XCTAssertEqual(placements("<head><title>t</title>\(element)<script src=a.js></script><p>x"), ["body"], element)
        }
    }

    func testNoscriptAndTemplateKeepHeadOpen() {
        XCTAssertEqual(placements("<head><noscript><link rel=stylesheet href=a.css></noscript><template><p>x</p></template><script src=a.js></script></head><body>x"),
                       ["head"])
    }

    func testNoscriptAfterHeadStartsBody() {
        // In head, <noscript> (raw text with scripting on) keeps the head open; after </head> it starts the body.
        XCTAssertEqual(placements("<head><noscript><p>x</p></noscript><script src=a.js></script>"), ["head"])
        XCTAssertEqual(placements("<head></head><noscript></noscript><script src=a.js></script>"), ["body/end"])
    }

    func testMissingHeadAndBodyTags() {
        XCTAssertEqual(placements("<!doctype html><title>t</title><script src=a.js></script><p>x</p><script src=b.js></script>"),
                       ["head", "body/end"])
        XCTAssertEqual(placements("<script src=a.js></script>"), ["head"])
    }

    func testTextBeforeHeadStartsBody() {
        XCTAssertEqual(placements("Hello<head><script src=a.js></script></head><p>x"), ["body"])
        XCTAssertEqual(placements("<html>\n  \n<head><script src=a.js></script>"), ["head"])
    }

    func testScriptBetweenHeadAndBodyIsInHead() {
        XCTAssertEqual(placements("<html><head></head><script src=a.js></script><body>x</body></html>"), ["head"])
    }

    func testScriptsAfterBodyAndHtmlAreOutside() {
        XCTAssertEqual(placements("<body><p>x</p></body><script src=a.js></script></html><script src=b.js></script>"),
                       ["outside/end", "outside/end"])
        XCTAssertEqual(placements("<body><p>x</p></body><script src=a.js></script><p>later</p>"), ["outside"])
    }

    func testEndBodyInsideTableCellOrTemplateIsIgnored() {
        XCTAssertEqual(placements("<body><table><tr><td></body><script>a()</script></td></tr></table><p>x</p>"), ["body"])
        XCTAssertEqual(placements("<body><template></body></template><script>a()</script>"), ["body/end"])
        XCTAssertEqual(placements("<body><object></body><script>a()</script></object>x"), ["body"])
    }

    func testEndBodyInHeadImpliesBodyThenAfterBody() {
        XCTAssertEqual(placements("<head><title>t</title></body><script>x()</script>"), ["outside/end"])
    }

    // MARK: inert, SVG, MathML

    func testTemplateScriptsAreInertExceptDeclarativeShadowRoots() {
        XCTAssertEqual(placements("<body><template><script src=a.js></script></template><template shadowrootmode=open><script src=b.js></script></template>x"),
                       ["body/template", "body"])
    }

    func testNoscriptScriptsAreInert() {
        let doc = model("<head><noscript><script src=a.js></script></noscript></head><body><noscript><p><script>b()</script></noscript>x")
        XCTAssertEqual(doc.scripts.map { $0.inert }, [.noscript, .noscript])
        XCTAssertEqual(doc.scripts.map { $0.placement }, [.head, .body])
    }

    func testRawTextElementsHoldNoScripts() {
        for wrapper in ["title", "textarea", "xmp", "iframe", "noembed", "noframes", "style"] {
            XCTAssertEqual(model("<body><\(wrapper)><script src=a.js></script></\(wrapper)>").scripts.count, 0, wrapper)
        }
        XCTAssertEqual(model("<body><plaintext><script src=a.js></script>").scripts.count, 0)
    }

    func testSVGScriptsRunAndForeignObjectHoldsHTMLScripts() {
        let doc = model("<body><svg><script href='a.js'/><foreignObject><script src=b.js></script></foreignObject></svg><p>x")
        XCTAssertEqual(doc.scripts.map(\.isSVG), [true, false])
        XCTAssertEqual(doc.scripts.map(\.src), ["a.js", "b.js"])
        XCTAssertEqual(doc.scripts.map(\.isExternal), [true, true])
        XCTAssertNil(doc.scripts[0].swallowedRange, "/> closes an SVG script")
        // Unquoted, the slash belongs to the value, as in browsers.
        XCTAssertEqual(model("<svg><script href=a.js/></svg>").scripts[0].src, "a.js/")
    }

    func testMathMLScriptIsNotAScript() {
        XCTAssertEqual(model("<body><math><script>x</script></math>").scripts.map(\.inert), [.mathml])
    }

    func testHTMLElementBreaksOutOfSVG() {
        XCTAssertEqual(model("<body><svg><p><script src=a.js></script></p></svg>").scripts.map(\.isSVG), [false])
    }

    // MARK: script data

    func testSelfClosingScriptSwallowsUpToNextEndTag() {
        let html = "<body><script src=a.js /><p>gone</p><script src=b.js></script><script src=c.js></script>"
        let doc = model(html)
        XCTAssertEqual(doc.scripts.map(\.src), ["a.js", "c.js"])
        XCTAssertTrue(doc.scripts[0].tag.selfClosing)
        let swallowed = doc.scripts[0].swallowedRange!
        XCTAssertEqual(String(decoding: Array(html.utf8)[swallowed.start..<swallowed.end], as: UTF8.self),
                       "<p>gone</p><script src=b.js></script>")
    }

    func testEndTagTextInsideScriptDoesNotCloseAnything() {
        XCTAssertEqual(placements("<head><script>document.write('</head><body>')</script><script src=a.js></script></head><body>x"),
                       ["head", "head"])
    }

    func testDoubleEscapedScriptData() {
        // Inside <!-- … <script> … --> the first </script> does not end the element.
        let doc = model("<head><script><!-- document.write('<script>x()</script>'); --></script><script src=a.js></script></head>")
        XCTAssertEqual(doc.scripts.count, 2)
        XCTAssertEqual(doc.scripts[1].src, "a.js")
        XCTAssertEqual(doc.scripts[1].placement, .head)
    }

    func testScriptEndTagNeedsDelimiter() {
        XCTAssertEqual(model("<script>a = '</scripts>'; b()</script><script src=x.js></script>").scripts.map(\.src), [nil, "x.js"])
    }

    func testUnterminatedScript() {
        let doc = model("<head><script src=a.js>")
        XCTAssertTrue(doc.scripts[0].isUnterminated)
    }

    func testCommentsDoNotHideOrRevealScripts() {
        XCTAssertEqual(model("<!-- <script src=a.js></script> --><script src=b.js></script>").scripts.map(\.src), ["b.js"])
        // <!--> ends the comment at once, as in browsers (libxml2 swallows what follows).
        XCTAssertEqual(model("<!--><script src=b.js></script>-->").scripts.map(\.src), ["b.js"])
        XCTAssertEqual(model("<!---><script src=c.js></script>").scripts.map(\.src), ["c.js"])
    }

    // MARK: attributes and kinds

    func testKinds() {
        let cases: [(String, ScriptKind)] = [
            ("", .classic), (" type=''", .classic), (" type=' TEXT/JavaScript '", .classic), (" type=module", .module),
            (" type=MODULE", .module), (" type=importmap", .importmap), (" type=speculationrules", .speculationrules),
            (" type='text/javascript; charset=utf-8'", .data), (" type=application/ld+json", .data),
            (" language=javascript", .classic), (" language=vbscript", .data), (" language=''", .classic),
            (" type=text/jscript", .classic), (" type=application/x-javascript", .classic),
        ]
        for (attrs, kind) in cases {
            XCTAssertEqual(model("<script\(attrs)></script>").scripts[0].kind, kind, attrs)
        }
    }

    func testBooleanAttributesAnyValueAnyCase() {
        let s = model("<script SRC=a.js ASYNC=false Defer='no' noModule></script>").scripts[0]
        XCTAssertTrue(s.isAsync && s.isDefer && s.isNoModule && s.isExternal)
    }

    func testDuplicateAttributesFirstWins() {
        let s = model("<script src=a.js src=b.js type=module type=text/javascript></script>").scripts[0]
        XCTAssertEqual(s.src, "a.js")
        XCTAssertEqual(s.kind, .module)
    }

    func testEmptyAndWhitespaceSrc() {
        let doc = model("<script src></script><script src=' \t'></script><script src=''>inline()</script>")
        XCTAssertEqual(doc.scripts.map(\.isExternal), [false, false, false])
        XCTAssertEqual(doc.scripts.map(\.isInline), [false, false, false])
    }

    func testCharacterReferencesInValues() {
        let s = model("<script src='a.js?x=1&amp;y=2' type='text&#47;javascript'></script>").scripts[0]
        XCTAssertEqual(s.src, "a.js?x=1&y=2")
        XCTAssertEqual(s.kind, .classic)
    }

    func testBlockingTokens() {
        XCTAssertEqual(model("<script src=a.js blocking='style  RENDER'></script>").scripts[0].blocking, ["style", "render"])
    }

    func testAttributeRanges() {
        let html = "<script  src=\"a.js\" async\tdefer=''>"
        let s = model(html).scripts[0]
        let bytes = Array(html.utf8)
        func text(_ r: ByteRange) -> String { String(decoding: bytes[r.start..<r.end], as: UTF8.self) }
        XCTAssertEqual(text(s.tag.range), html)
        XCTAssertEqual(text(s.tag.attribute("src")!.range), "src=\"a.js\"")
        XCTAssertEqual(text(s.tag.attribute("src")!.valueRange!), "a.js")
        XCTAssertEqual(text(ByteRange(s.tag.attribute("defer")!.leadingSpaceStart, s.tag.attribute("defer")!.range.end)), "\tdefer=''")
        XCTAssertEqual(text(ByteRange(s.tag.attribute("src")!.leadingSpaceStart, s.tag.attribute("src")!.range.end)), "  src=\"a.js\"")
    }

    func testAttributeValueWithGreaterThan() {
        let doc = model("<script data-x='a>b' src=a.js></script>")
        XCTAssertEqual(doc.scripts[0].src, "a.js")
    }

    // MARK: at end of body

    func testAtEndOfBody() {
        XCTAssertEqual(placements("<body><p>x</p><script src=a.js></script><div id=s><script src=b.js></script></div> \n<!-- c --><style>p{}</style><link rel=x href=y><meta name=a><noscript><p>n</p></noscript><template><p>t</p></template>"),
                       ["body/end", "body/end"])
        XCTAssertEqual(placements("<body><script src=a.js></script><img src=x.png>"), ["body"])
        XCTAssertEqual(placements("<body><script src=a.js></script><input type=hidden><div></div>"), ["body/end"])
        XCTAssertEqual(placements("<body><script src=a.js></script><input>"), ["body"])
        XCTAssertEqual(placements("<body><script src=a.js></script><div><span>text</span></div>"), ["body"])
        XCTAssertEqual(placements("<body><script src=a.js></script><audio></audio>"), ["body/end"])
        XCTAssertEqual(placements("<body><script src=a.js></script><audio controls></audio>"), ["body"])
        XCTAssertEqual(placements("<body><script src=a.js></script></body></html>\ntrailing text"), ["body"])
    }

    // MARK: positions

    func testLineBreaksLFCRLFAndLoneCR() {
        for (nl, name) in [("\n", "LF"), ("\r\n", "CRLF"), ("\r", "CR")] {
            let doc = model("<html>\(nl)<head>\(nl)\t<script src=a.js></script>")
            XCTAssertEqual(doc.source.position(of: doc.scripts[0].tag.range.start), SourcePosition(line: 3, column: 2), name)
        }
    }

    func testColumnsCountCharactersNotBytes() {
        let doc = model("<title>Привет, 世界 😀</title><script src=a.js></script>")
        XCTAssertEqual(doc.source.position(of: doc.scripts[0].tag.range.start).column, 28)
    }

    func testByteOrderMarkIsNotAColumn() {
        let doc = HTMLParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("<script src=a.js></script>".utf8))
        XCTAssertEqual(doc.scripts[0].tag.range.start, 3)
        XCTAssertEqual(doc.source.position(of: 3), SourcePosition(line: 1, column: 1))
    }

    func testWindows1251() {
        // "<meta charset=windows-1251><title>Тест</title><script ...>" in windows-1251 bytes.
        var bytes = Array("<meta charset=windows-1251><title>".utf8)
        bytes += [0xD2, 0xE5, 0xF1, 0xF2]
        bytes += Array("</title><script src=\"".utf8) + [0xF4] + Array(".js\"></script>".utf8)
        let doc = HTMLParser.parse(bytes: bytes)
        XCTAssertEqual(doc.source.encoding, .singleByte("windows-1251"))
        XCTAssertEqual(doc.source.position(of: doc.scripts[0].tag.range.start).column, 47)
        XCTAssertEqual(doc.scripts[0].src, "ф.js")
    }

    func testInvalidUTF8AndNULDoNotEndTheParse() {
        var bytes = Array("<head><title>".utf8) + [0xFF, 0x00, 0xC3]
        bytes += Array("</title>\0<script src=a.js></script><p>\0x</p><script src=b.js></script>".utf8)
        let doc = HTMLParser.parse(bytes: bytes)
        XCTAssertEqual(doc.scripts.map(\.src), ["a.js", "b.js"])
        // Chromium drops a NUL in the data state before tree construction, so the NUL after
        // </title> does not end the head (the standard's text would open the body there).
        XCTAssertEqual(doc.scripts.map(\.placement), [.head, .body])
    }

    func testUTF16WithBOM() {
        let html = "<head>\n<script src=a.js></script>"
        var le: [UInt8] = [0xFF, 0xFE]
        for u in html.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let doc = HTMLParser.parse(bytes: le)
        XCTAssertEqual(doc.scripts.map(\.src), ["a.js"])
        XCTAssertEqual(doc.source.fileOffset(doc.scripts[0].tag.range.start), 2 + 7 * 2)
        XCTAssertEqual(doc.source.position(of: doc.scripts[0].tag.range.start), SourcePosition(line: 2, column: 1))
    }

    func testEmptyAndWhitespaceInput() {
        XCTAssertEqual(model("").scripts.count, 0)
        XCTAssertEqual(model(" \n\t").scripts.count, 0)
        XCTAssertEqual(model("<").scripts.count, 0)
        XCTAssertEqual(model("<script").scripts.count, 0)
    }

    func testBaseHrefAndLinks() {
        let doc = model("<head><base href='https://cdn.example.com/'><base href=ignored/><link rel='StyleSheet' href=a.css media=print><link rel=stylesheet href=b.css><link rel=modulepreload href=m.js>")
        XCTAssertEqual(doc.baseHref, "https://cdn.example.com/")
        XCTAssertEqual(doc.links.map(\.role), [.stylesheet, .stylesheet, .modulepreload])
        XCTAssertEqual(doc.links.map(\.blocksScripts), [false, true, false])
    }
}

final class URLKeyTests: XCTestCase {
    func testResolution() {
        let k = URLKey(base: nil)
        XCTAssertEqual(k.key("js/a.js"), "//page.invalid/dir/js/a.js")
        XCTAssertEqual(k.key("./js/../js/a.js#x"), "//page.invalid/dir/js/a.js")
        XCTAssertEqual(k.key("/js/a.js?v=1"), "//page.invalid/js/a.js?v=1")
        XCTAssertEqual(k.key("HTTPS://CDN.Example.COM:443/a.js"), "//cdn.example.com/a.js")
        XCTAssertEqual(k.key("http://cdn.example.com:80/a.js"), "//cdn.example.com/a.js")
        XCTAssertEqual(k.key("//cdn.example.com/x/../a.js"), "//cdn.example.com/a.js")
        XCTAssertEqual(k.key("  \\js\\a.js "), "//page.invalid/js/a.js")
        XCTAssertEqual(k.key("data:text/javascript,1"), "data:text/javascript,1")
        XCTAssertNil(k.key("   "))
        let based = URLKey(base: "https://static.example.com/site/")
        XCTAssertEqual(based.key("vendor/a.js"), "//static.example.com/site/vendor/a.js")
        XCTAssertEqual(URLKey(base: "/assets/").key("a.js"), "//page.invalid/assets/a.js")
    }

    /// duplicate-script resolves only URLs whose tails collide: two URLs with one key must never
    /// have different tails. Spellings of a few URLs are generated at random and every pair with
    /// equal keys is checked.
    func testEqualKeysHaveEqualTails() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["a.js", "A.JS", "js", "..", ".", "%2e", "%2E%2e", "x", "", "b.js?v=1", "b.js?V=1", "c.js#f", "d.js?x#y"]
        let starts = ["", "/", "//", "./", "../", "https://cdn.example.com/", "HTTPS://CDN.example.com:443/", "http://cdn.example.com:80/",
                      "//cdn.example.com/", "https://cdn.example.com", "http://cdn.example.com:8080", "?q", " ", "\\", "data:"]
        let noise = ["", " ", "\t", "\n", "\\", "\u{0}"]
        var urls: [String] = []
        for _ in 0..<4000 {
            var u = starts.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                u += pieces.randomElement(using: &rng)! + (Bool.random(using: &rng) ? "/" : "\\") + noise.randomElement(using: &rng)!
            }
            if Bool.random(using: &rng) { u += pieces.randomElement(using: &rng)! }
            urls.append(noise.randomElement(using: &rng)! + u + noise.randomElement(using: &rng)!)
        }
        for base in [nil, "https://static.example.com/site/", "/assets/x/"] {
            let k = URLKey(base: base)
            var byKey: [String: [String]] = [:]
            for u in urls { if let key = k.key(u) { byKey[key, default: []].append(u) } }
            for (key, group) in byKey {
                let tails = Set(group.compactMap { URLKey.tail($0) })
                XCTAssertLessThanOrEqual(tails.count, 1, "\(key): \(group) have tails \(tails.map { String(decoding: $0, as: UTF8.self) })")
            }
        }
    }

    /// The multi-needle search agrees with a search per needle at every offset: needles at the
    /// start, the end and across the sixteen-byte blocks, one-byte needles, and needles longer than
    /// what is left.
    func testByteNeedlesFindWhatEachNeedleFinds() {
        // Both vector paths where the processor has AVX2, then SSE2 alone.
        checkByteNeedles()
        scriptlint_allow_avx2 = 0
        defer { scriptlint_allow_avx2 = 1 }
        checkByteNeedles()
    }

    private func checkByteNeedles() {
        // A set with a one-byte needle; one of three-byte prefixes only; one of more needles than
        // the filter has buckets (two to a bucket), where one needle begins another.
        checkByteNeedles(["include", "require", "get_header(", "x", "wp_enqueue_script"], alphabet: "includerqgt_hawp(x ")
        checkByteNeedles(["wp_enqueue_script", "wp_footer", "scripts->add", "add_action", "addJs", "AddHeadS"], alphabet: "wp_enquscrit>adAHSJfo ")
        checkByteNeedles(["include", "require", "get_header(", "get_footer(", "wp_footer", "wp_enqueue_script", "wp_enqueue_script_module",
                          "scripts->add", "add_action", "addJs", "AddHeadS", "CJSCore::Init"], alphabet: "includerqgt_hawpfoSmJ:I>(A ")
    }

    private func checkByteNeedles(_ words: [String], alphabet text: String) {
        let needles = ByteNeedles(words)
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(text.utf8)
        for length in [0, 1, 5, 15, 16, 17, 31, 33, 34, 35, 64, 65, 200] {
            for _ in 0..<40 {
                var hay = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
                for _ in 0..<(length > 60 ? 3 : 1) where length > 20 && Bool.random(using: &generator) {
                    let w = Array(words.randomElement(using: &generator)!.utf8)
                    guard w.count <= length else { continue }
                    let at = Int.random(in: 0...(length - w.count), using: &generator)
                    hay.replaceSubrange(at..<at + w.count, with: w)
                }
                // Every offset where a needle stands, and the first needle (in the set's order) there.
                var expected: [Int] = [], expectedNeedles: [Int] = []
                for k in hay.indices {
                    if let w = words.firstIndex(where: { hay[k...].starts(with: $0.utf8) }) { expected.append(k); expectedNeedles.append(w) }
                }
                var offsets: [Int] = [], found: [Int] = [], from = 0
                while let hit = needles.first(in: hay, from: from) {
                    offsets.append(hit.offset)
                    found.append(hit.needle)
                    from = hit.offset + 1
                }
                XCTAssertEqual(offsets, expected, String(decoding: hay, as: UTF8.self))
                XCTAssertEqual(found, expectedNeedles, String(decoding: hay, as: UTF8.self))
                XCTAssertEqual(needles.occur(in: hay), !expected.isEmpty)
                // One needle alone (`firstIndex(of:in:from:)`), from anywhere.
                for w in words {
                    let n = Array(w.utf8), from = Int.random(in: 0...length, using: &generator)
                    XCTAssertEqual(firstIndex(of: n, in: hay, from: from), hay.indices.first { $0 >= from && hay[$0...].starts(with: n) })
                }
            }
        }
        XCTAssertNil(ByteNeedles([]).first(in: Array("abc".utf8)))
        XCTAssertNil(needles.first(in: Array(words[0].utf8), from: words[0].utf8.count))
    }

    /// Masking in C sixteen bytes at a time is the byte loop it replaces: the filler wherever the
    /// source has anything but a line break, the output's own byte where it has one.
    func testBlankKeepsLineBreaksOnly() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 15, 16, 17, 40, 100] {
            let source = (0..<length).map { _ in [0x0A, 0x0D, 0x61, 0x3C, 0xC3][Int.random(in: 0..<5, using: &generator)] as UInt8 }
            let before = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var out = before
            out.withUnsafeMutableBufferPointer { o in
                source.withUnsafeBufferPointer { s in
                    if length > 0 { scriptlint_blank(o.baseAddress!, s.baseAddress!, length, 0x78) }
                }
            }
            XCTAssertEqual(out, zip(source, before).map { $0 == 0x0A || $0 == 0x0D ? $1 : 0x78 })
        }
    }

    /// PHP's brace scan passes over bytes sixteen at a time to the next it must look at: the
    /// first offset the byte loop would stop at, from every starting offset.
    func testPHPCodeSkipStopsWhereTheByteLoopWould() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab fF'\"#/;{}\n\u{00}".utf8) + [0x66 | 0x80, 0x46 | 0x80, 0xE6]
        for length in [0, 1, 15, 16, 17, 33, 70] {
            let bytes = (0..<length).map { _ in Bool.random(using: &generator) ? alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] : 0x61 }
            for from in 0...length {
                let expected = bytes[from...].firstIndex { Array("'\"#/;{}".utf8).contains($0) || $0 | 0x20 == 0x66 } ?? length
                let found = bytes.withUnsafeBufferPointer { scriptlint_find_php_code($0.baseAddress, length, from) }
                XCTAssertEqual(found, expected, "\(bytes) from \(from)")
            }
        }
    }

    /// UTF-8 validated in C is Swift's own decoder's answer: every sequence of one and two bytes,
    /// lead bytes with every second byte before chosen continuations, with ASCII around them on
    /// either side of a sixteen-byte block.
    func testUTF8ValidationIsSwiftsDecoder() {
        func swift(_ b: [UInt8]) -> Bool {
            var it = b.makeIterator(), decoder = UTF8()
            while true {
                switch decoder.decode(&it) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
        var cases: [[UInt8]] = (0...255).map { [UInt8($0)] }
        for a in 0x80...0xFF { for b in 0...255 { cases.append([UInt8(a), UInt8(b)]) } }
        for a in 0xC0...0xFF { for b in stride(from: 0x70, through: 0xC7, by: 1) { for c in [0x41, 0x80, 0xBF, 0xC0] {
            cases.append([UInt8(a), UInt8(b), UInt8(c)])
            cases.append([UInt8(a), UInt8(b), UInt8(c), 0x80])
            cases.append([UInt8(a), UInt8(b), 0x80, UInt8(c)])
        } } }
        let ascii = Array("0123456789abcdefghijk".utf8)
        for bytes in cases {
            for padded in [bytes, Array(ascii.prefix(14)) + bytes, Array(ascii.prefix(17)) + bytes + ascii, bytes + ascii + ascii] {
                XCTAssertEqual(EncodingSniffer.isValidUTF8(padded), swift(padded), "\(padded)")
            }
        }
    }

    /// The run index tells a file's bytes from an editor's changed buffer by their hash: every
    /// change of one bit, and every shorter or longer buffer, hashes differently.
    func testRunHashTellsChangedBytesApart() {
        func hash(_ b: [UInt8]) -> UInt64 { b.withUnsafeBytes { scriptlint_hash64($0.baseAddress, $0.count) } }
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 8, 15, 16, 17, 31, 33, 100] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let h = hash(bytes)
            XCTAssertEqual(h, hash(bytes))
            var seen: Set<UInt64> = [h]
            for i in 0..<length {
                for bit in 0..<8 {
                    var changed = bytes
                    changed[i] ^= 1 << bit
                    XCTAssertTrue(seen.insert(hash(changed)).inserted, "length \(length), byte \(i), bit \(bit)")
                }
            }
            XCTAssertTrue(seen.insert(hash(bytes + [0])).inserted)
            if length > 0 { XCTAssertTrue(seen.insert(hash(Array(bytes.dropLast()))).inserted) }
        }
    }
}
