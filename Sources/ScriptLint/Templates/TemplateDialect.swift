#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The template languages scriptlint reads (SPEC §8).
public enum TemplateDialect: String, Sendable, CaseIterable, Codable {
    /// Jinja2, Django, Nunjucks, Twig, Liquid: `{% … %}`, `{{ … }}`, `{# … #}`.
    case jinja
    /// ERB and EJS: `<% … %>`, `<%= … %>`, `<%# … %>`.
    case erb
    /// `<?php … ?>`, `<?= … ?>`.
    case php
    /// Handlebars and Mustache: `{{ … }}`, `{{{ … }}}`, `{{! … }}`, `{{#…}}…{{/…}}`.
    case handlebars
    /// Go html/template and Hugo: `{{ … }}`, `{{- … -}}`, `{{/* … */}}`.
    case go

    /// The dialect a file name says (`FileKinds`).
    public static func fromFileName(_ name: String) -> TemplateDialect? {
        if case .template(let dialect)? = FileKinds.kind(of: name)?.reading { return dialect }
        return nil
    }

    /// Sniffs an `.html`/`.htm` file: the dialect whose constructs it holds, or `nil` for plain HTML.
    /// Only unambiguous signs count, so that a plain page with a stray `{{` stays plain.
    public static func sniff(_ bytes: [UInt8]) -> TemplateDialect? {
        let limit = min(bytes.count, 1 << 20)
        var jinja = 0, erb = 0, php = 0, handlebars = 0, go = 0
        // A construct counts only when it is well formed: an opening delimiter, a word, and the
        // closing delimiter soon after on the same line.
        func closes(_ from: Int, _ close: [UInt8], within: Int) -> Bool {
            var k = from
            let end = min(limit, from + within)
            while k + close.count <= end {
                if bytes[k] == 0x0A && close != [0x25, 0x3E] && close != [0x23, 0x7D] { return false }
                if bytes[k] == close[0] && Array(bytes[k..<(k + close.count)]) == close { return true }
                k += 1
            }
            return false
        }
        func wordAt(_ k0: Int, skipping: [UInt8]) -> Int? {
            var k = k0
            while k < limit && (bytes[k] == 0x20 || skipping.contains(bytes[k])) { k += 1 }
            return k < limit && isASCIIAlpha(bytes[k]) ? k : nil
        }
        if frontMatterNamesLayout(bytes) { return .jinja }   // Jekyll: a page with a layout is Liquid
        // Templates are text: a NUL byte says binary data, whose chance `{%…%}` says nothing.
        let binary = bytes.withUnsafeBufferPointer { p in p.baseAddress.map { memchr($0, 0, limit) != nil } ?? false }
        if binary { return nil }
        func find(_ byte: UInt8, from: Int) -> Int {
            guard from < limit else { return limit }
            return bytes.withUnsafeBufferPointer { p in
                memchr(p.baseAddress! + from, Int32(byte), limit - from).map { p.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? limit
            }
        }
        /// The next `first` `second` pair, found by its second byte (`%` and `?` are rarer than `<`).
        func find(_ pair: (UInt8, UInt8), from: Int) -> Int {
            var k = find(pair.1, from: from + 1)
            while k < limit && bytes[k - 1] != pair.0 { k = find(pair.1, from: k + 1) }
            return k < limit ? k - 1 : limit
        }
        // A data block (`<script type="text/template">`, `text/x-handlebars-template`, …) holds a
        // client-side template that the page ships as text: its `{{…}}` are not the file's. The
        // blocks are found only once a construct needs checking: most pages have none.
        var dataBlocks: [Range<Int>]?
        func inDataBlock(_ x: Int) -> Bool {
            if dataBlocks == nil {
                var found: [Range<Int>] = []
                var k = find(0x3C, from: 0)
                while k + 2 < limit {
                    if let end = dataBlockEnd(bytes, k, limit) {
                        found.append(k..<end)
                        k = find(0x3C, from: end + 1)
                    } else {
                        k = find(0x3C, from: k + 1)
                    }
                }
                dataBlocks = found
            }
            return dataBlocks!.contains { $0.contains(x) }
        }
        // `{`: Jinja, Handlebars and Go.
        var i = find(0x7B, from: 0)
        while i + 2 < limit {
            let d = bytes[i + 1]
            if d == 0x25, wordAt(i + 2, skipping: [0x2D, 0x2B, 0x7E]) != nil, closes(i + 2, [0x25, 0x7D], within: 400) {
                if !inDataBlock(i) { jinja += 1 }
            } else if d == 0x23 && (i == 0 || bytes[i - 1] != 0x7B), closes(i + 2, [0x23, 0x7D], within: 400) {
                if !inDataBlock(i) { jinja += 1 }
            } else if d == 0x7B, closes(i + 2, [0x7D, 0x7D], within: 300) {
                var k = i + 2
                while k < limit && bytes[k] == 0x20 { k += 1 }
                if k + 1 < limit {
                    var hb = 0, g = 0
                    switch bytes[k] {
                    case 0x23, 0x2F, 0x5E: if isASCIIAlpha(bytes[k + 1]) { hb = 1 }   // {{#if {{/if {{^x
                    case 0x21, 0x3E: hb = 1                                           // {{! {{>
                    case 0x2E: if isASCIIAlpha(bytes[k + 1]) || bytes[k + 1] == 0x20 || bytes[k + 1] == 0x7D { g = 1 } // {{ .Title
                    case 0x2D: if k + 1 < limit && bytes[k + 1] == 0x20 { g = 1 }     // {{- …
                    default:
                        if startsWord(bytes, k, limit, ["end }}", "end}}", "range ", "template \"", "define \"", "block \"", "/*"]) { g = 1 }
                    }
                    if hb + g > 0 && !inDataBlock(i) {
                        handlebars += hb
                        go += g
                    }
                }
            }
            i = find(0x7B, from: i + 1)
        }
        // `<%` (ERB, EJS) and `<?php` / `<?=` (PHP).
        i = find((0x3C, 0x25), from: 0)
        while i + 2 < limit {
            if bytes[i + 2] != 0x25, closes(i + 2, [0x25, 0x3E], within: 2000), !inDataBlock(i) { erb += 1 }
            i = find((0x3C, 0x25), from: i + 1)
        }
        i = find((0x3C, 0x3F), from: 0)
        while i + 2 < limit {
            if startsWord(bytes, i + 2, limit, ["php ", "php\n", "php\r", "php\t", "= "]), !inDataBlock(i) { php += 1 }
            i = find((0x3C, 0x3F), from: i + 1)
        }
        if php > 0 { return .php }
        if erb > 0 && erb >= jinja { return .erb }
        if jinja > 0 { return .jinja }
        if handlebars > 0 && handlebars >= go { return .handlebars }
        if go > 0 { return .go }
        return nil
    }

    /// For a `<script` start tag at `i` whose type makes it a data block: the offset of its end tag
    /// (or of `limit` when it has none). Nil for any other tag and for scripts that run.
    static func dataBlockEnd(_ b: [UInt8], _ i: Int, _ limit: Int) -> Int? {
        // A `<template>` element (AMP's `type="amp-mustache"`, Vue's and Alpine's in-page templates)
        // holds markup the page renders on the client: its `{{…}}` are not the server's either.
        if i + 9 < limit, b[i + 1] | 0x20 == 0x74, matchesCaseInsensitive(b, i + 1, "template"), isSpaceOrSlash(b[i + 9]) || b[i + 9] == 0x3E {
            var j = i + 9
            while j + 9 < limit {
                if b[j] == 0x3C, b[j + 1] == 0x2F, matchesCaseInsensitive(b, j + 2, "template") { return j }
                j += 1
            }
            return limit
        }
        guard i + 8 < limit, b[i + 1] | 0x20 == 0x73, b[i + 2] | 0x20 == 0x63, b[i + 3] | 0x20 == 0x72,
              b[i + 4] | 0x20 == 0x69, b[i + 5] | 0x20 == 0x70, b[i + 6] | 0x20 == 0x74, isSpaceOrSlash(b[i + 7]) else { return nil }
        // The parser's own tokenizer reads the start tag and its `type`.
        let startTag = b.withUnsafeBufferPointer { whole -> (type: String, end: Int)? in
            let p = UnsafeBufferPointer(rebasing: whole[..<limit])
            var t = Tokenizer(p: p, start: i)
            guard case .startTag = t.next(), let a = t.attribute("type"),
                  let type = t.value(a, decode: { String(decoding: p[$0.start..<$0.end], as: UTF8.self) }) else { return nil }
            return (type.trimmingASCIIWhitespace(), t.tag.end)
        }
        guard let (type, tagEnd) = startTag, ScriptKind.classify(type) == .data else { return nil }
        // A type written with a construct (`type="{{ t }}"`) is the template's, not a data block.
        if type.contains("{") || type.contains("<") { return nil }
        var j = tagEnd
        while j + 8 < limit {
            if b[j] == 0x3C, b[j + 1] == 0x2F, b[j + 2] | 0x20 == 0x73, b[j + 3] | 0x20 == 0x63, b[j + 4] | 0x20 == 0x72,
               b[j + 5] | 0x20 == 0x69, b[j + 6] | 0x20 == 0x70, b[j + 7] | 0x20 == 0x74 { return j }
            j += 1
        }
        return limit
    }

    /// Whether a fragment holds an output construct every `{{`-dialect shares (`{{ name }}`): alone it
    /// cannot tell Jinja from Handlebars or Go, but it says the file is a template.
    public static func hasSharedOutputConstruct(_ b: [UInt8]) -> Bool {
        let limit = min(b.count, 1 << 20)
        var i = 0
        while i + 4 < limit {
            if b[i] == 0x7B, b[i + 1] == 0x7B {
                var k = i + 2
                while k < limit && b[k] == 0x20 { k += 1 }
                if k < limit, isASCIIAlpha(b[k]) || b[k] == 0x5F {
                    var j = k
                    while j + 1 < limit && j < k + 300 && b[j] != 0x0A {
                        if b[j] == 0x7D && b[j + 1] == 0x7D { return true }
                        j += 1
                    }
                }
            }
            i += 1
        }
        return false
    }

    /// Whether the bytes hold a doctype or an `<html`, `<head` or `<body` tag (ASCII case-insensitive).
    public static func hasPageStructure(_ b: [UInt8]) -> Bool {
        var i = 0
        let n = b.count
        while i + 5 < n {
            if b[i] == 0x3C {
                let w = (b[i + 1] | 0x20, b[i + 2] | 0x20, b[i + 3] | 0x20, b[i + 4] | 0x20)
                if w == (0x68, 0x74, 0x6D, 0x6C) || w == (0x68, 0x65, 0x61, 0x64) || w == (0x62, 0x6F, 0x64, 0x79) { return true }
                if b[i + 1] == 0x21, i + 9 < n, b[(i + 2)..<(i + 9)].map({ $0 | 0x20 }).elementsEqual("doctype".utf8) { return true }
            }
            i += 1
        }
        return false
    }

    /// YAML front matter (`---` on the first line) with a `layout:` key before its closing `---`.
    static func frontMatterNamesLayout(_ b: [UInt8]) -> Bool {
        guard b.count > 4, b[0] == 0x2D, b[1] == 0x2D, b[2] == 0x2D, b[3] == 0x0A || b[3] == 0x0D else { return false }
        var lineStart = b[3] == 0x0D && b.count > 4 && b[4] == 0x0A ? 5 : 4
        for _ in 0..<200 where lineStart < b.count {
            var end = lineStart
            while end < b.count && b[end] != 0x0A { end += 1 }
            let line = b[lineStart..<end]
            if line.starts(with: "---".utf8) { return false }
            if line.starts(with: "layout:".utf8) { return true }
            lineStart = end + 1
        }
        return false
    }

    private static func startsWord(_ b: [UInt8], _ at: Int, _ limit: Int, _ words: [String]) -> Bool {
        words.contains { w in
            let u = Array(w.utf8)
            return at + u.count <= limit && Array(b[at..<(at + u.count)]) == u
        }
    }
}

/// How a configuration reads its templates, beyond the dialect.
public struct TemplateOptions: Sendable, Hashable {
    /// PHP's `short_open_tag`: `<?` opens PHP code as `<?php` does. PHP's built-in default, which
    /// 1C-Bitrix sites rely on; `"php": {"shortOpenTag": false}` in the configuration turns it off.
    public var phpShortOpenTag = true

    public init(phpShortOpenTag: Bool = true) { self.phpShortOpenTag = phpShortOpenTag }

    public static let standard = TemplateOptions()

    /// The configuration's `php` object.
    static let phpSettings = [PlatformSetting("shortOpenTag", .boolean, default: .bool(true),
                                              "PHP's short_open_tag: `<?` opens PHP code as `<?php` does.")]
}
