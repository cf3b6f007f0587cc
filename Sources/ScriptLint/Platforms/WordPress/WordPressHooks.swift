/// Callbacks hooked to the actions that print into a page's `<head>` or footer (`wp_head`,
/// `wp_footer`, `admin_head`, …): a `<script>` they print takes the place of the hook. Their markup
/// is either inline HTML inside the callback (already in the model, placed nowhere) or a literal
/// string they `echo`/`print`/`printf` (read here as HTML).
enum WordPressHooks {
    /// Where each hook prints: `<head>`, or the footer (the end of `<body>`).
    static let hooks: [String: Placement] = [
        "wp_head": .head, "admin_head": .head, "login_head": .head, "wp_print_scripts": .head, "admin_print_scripts": .head,
        "wp_print_styles": .head, "admin_print_styles": .head, "login_enqueue_scripts": .head, "embed_head": .head,
        "wp_footer": .body, "admin_footer": .body, "login_footer": .body, "wp_print_footer_scripts": .body,
        "admin_print_footer_scripts": .body, "embed_footer": .body,
    ]

    /// A quick test before lexing a file that calls `add_action`: it may name one of `hooks` (each
    /// holds one of `hookWords`), which only a literal string can name.
    static func mayNameHook(_ b: [UInt8]) -> Bool { hookWords.occur(in: b) }
    private static let hookWords = ByteNeedles(["_head", "_footer", "_print_", "login_enqueue_scripts"])

    struct Printed: Sendable {
        var hook: String
        var placement: Placement
        /// The callback's body.
        var body: ByteRange
        /// The hook's priority when a literal number (WordPress's default is 10).
        var priority: Double?
    }

    /// Each callback of this file hooked to a printing action, with the bytes of its body.
    static func callbacks(_ bytes: [UInt8], tokens: [PHPToken], calls: [PHPCall]? = nil) -> [Printed] {
        hooked(bytes, tokens: tokens, calls: calls) { hooks[$0] }.map { Printed(hook: $0.hook, placement: $0.value, body: $0.body, priority: $0.priority) }
    }

    /// Each callback of this file hooked (`add_action`, `add_filter`) to an action `select` knows,
    /// with the bytes of its body: a closure written in place, or a function (or method) of the
    /// same file named by a string. `calls`: the file's calls when the caller has read them
    /// (`add_action` and `add_filter` among their names).
    static func hooked<T>(_ bytes: [UInt8], tokens: [PHPToken], calls known: [PHPCall]? = nil,
                          _ select: (String) -> T?) -> [(hook: String, value: T, body: ByteRange, priority: Double?)] {
        let reader = PHPCallReader(bytes, tokens: tokens)
        var out: [(hook: String, value: T, body: ByteRange, priority: Double?)] = []
        var functions: [String: ByteRange]?
        func function(named name: String) -> ByteRange? {
            if functions == nil { functions = reader.functionBodies() }
            return functions?[name.lowercased()]
        }
        for call in known ?? reader.calls(named: ["add_action", "add_filter"])
        where call.receiver == nil && (call.name == "add_action" || call.name == "add_filter") {
            guard let hook = call.argument("hook_name", position: 0)?.value.string, let value = select(hook),
                  let callback = call.argument("callback", position: 1) else { continue }
            var range: ByteRange?
            switch callback.value {
            case .string(let name): range = function(named: name.split(separator: ":").last.map(String.init) ?? name)
            case .array(let entries) where entries.count == 2: range = entries[1].value.string.flatMap(function(named:))
            default:
                // A closure or arrow function written in place.
                let k = partitionPoint(tokens.count) { tokens[$0].range.start < callback.range.start }
                if k < tokens.count, tokens[k].range.start < callback.range.end, reader.isName(tokens[k], "function") || reader.isName(tokens[k], "static") {
                    range = reader.braceBody(from: k)?.body
                }
            }
            // The priority when a literal number (WordPress's default is 10).
            var priority: Double? = 10
            if let p = call.argument("priority", position: 2) {
                if case .number(let n) = p.value { priority = Double(n) } else { priority = nil }
            }
            if let range { out.append((hook, value, range, priority)) }
        }
        return out
    }

    /// What a file's hooked callbacks print: their bodies, and the literal strings holding
    /// `<script` that they `echo`, `print` or `printf` (with the string token's range).
    struct Facts: Sendable {
        var printed: [Printed] = []
        var echoed: [(value: String, range: ByteRange, printed: Printed)] = []
        /// A `wp_footer` callback after priority 20, where `wp_print_footer_scripts` runs, prints
        /// markup (an SVG sprite, a cookie banner): the footer scripts no longer end `<body>`.
        var printsAfterFooterScripts = false
    }

    static func facts(_ bytes: [UInt8], tokens: [PHPToken], calls: [PHPCall]? = nil) -> Facts {
        let printed = callbacks(bytes, tokens: tokens, calls: calls)
        guard !printed.isEmpty else { return Facts() }
        var out = Facts(printed: printed)
        let reader = PHPCallReader(bytes, tokens: tokens)
        out.printsAfterFooterScripts = printsAfterFooterScripts(printed, reader, tokens)
        for (k, t) in tokens.enumerated() {
            // The string's value, made last: only an echoed string in a callback is read.
            guard t.kind == .string, k > 0, tokens[k - 1].kind == .name,
                  let p = printed.first(where: { $0.body.start <= t.range.start && t.range.end <= $0.body.end }),
                  ["echo", "print", "printf"].contains(reader.text(tokens[k - 1]).lowercased()),
                  let value = reader.string(t), utf8Contains(value, "<script") || utf8Contains(value, "<SCRIPT") else { continue }
            out.echoed.append((value, t.range, p))
        }
        return out
    }

    /// Whether a callback hooked to `wp_footer` with a priority over 20 prints markup: inline HTML
    /// with more than whitespace, or `echo`/`print`/`printf`/`<?=`.
    private static func printsAfterFooterScripts(_ printed: [Printed], _ reader: PHPCallReader, _ tokens: [PHPToken]) -> Bool {
        let bytes = reader.bytes
        for callback in printed where callback.hook == "wp_footer" && (callback.priority ?? 0) > 20 {
            let body = callback.body
            let lo = partitionPoint(tokens.count) { tokens[$0].range.start < body.start }
            var k = lo
            while k < tokens.count && tokens[k].range.start < body.end {
                let t = tokens[k]
                if t.kind == .inlineHTML, bytes[t.range.start..<t.range.end].contains(where: { !isHTMLSpace($0) }) { return true }
                if t.kind == .name, ["echo", "print", "printf", "<?="].contains(reader.text(t).lowercased()) { return true }
                k += 1
            }
        }
        return false
    }

    /// Places the scripts that hooked callbacks print, and adds those printed from literal strings.
    static func apply(to document: inout ScriptDocument, facts: Facts, footerPrintsAfter: Bool = false) {
        let bytes = document.source.bytes
        let printed = facts.printed
        guard !printed.isEmpty else { return }
        for k in document.scripts.indices where document.scripts[k].api == nil {
            let start = document.scripts[k].tag.range.start
            guard let p = printed.first(where: { $0.body.start <= start && start < $0.body.end }) else { continue }
            place(&document.scripts[k], p, footerPrintsAfter: footerPrintsAfter)
        }
        // `echo '<script …>'`: the string's value is HTML the hook prints.
        for (value, range, p) in facts.echoed {
            let fragment = HTMLParser.parse(SourceText(bytes: Array(value.utf8), encoding: .utf8, bomLength: 0))
            // Positions map into the file when the literal is written byte for byte as its value.
            let raw = ByteRange(range.start + 1, range.end - 1)
            let exact = raw.end - raw.start == value.utf8.count && bytes[raw.start..<raw.end].elementsEqual(value.utf8)
            // `echo '<script>'; include …; echo '</script>'` prints one script over several statements: not read.
            for s in fragment.scripts where !s.isUnterminated {
                var script = s
                if exact {
                    script.tag = s.tag.shifted(by: raw.start)
                } else {
                    script.tag = StartTag(name: "script", attributes: s.tag.attributes.map {
                        var a = $0
                        a.range = range; a.valueRange = nil; a.leadingSpaceStart = range.start
                        return a
                    }, range: range, selfClosing: s.tag.selfClosing)
                }
                script.swallowedRange = nil
                script.textRange = nil
                script.index = document.scripts.count
                script.template = TemplateFacts(dialect: .php)
                if !exact { script.template?.dynamic = Set(s.tag.attributes.map(\.name)) }
                place(&script, p, footerPrintsAfter: footerPrintsAfter)
                document.scripts.append(script)
            }
        }
    }

    private static func place(_ s: inout ScriptElement, _ p: Printed, footerPrintsAfter: Bool) {
        s.placement = p.placement
        // What a later `wp_footer` callback prints follows it.
        s.atEndOfBody = p.placement == .body && !(footerPrintsAfter && p.hook == "wp_footer")
        if s.template == nil { s.template = TemplateFacts(dialect: .php) }
        s.template?.placementReason = "printed by a callback of the `\(p.hook)` action"
        s.template?.endOfBodyUnknown = false
    }
}
