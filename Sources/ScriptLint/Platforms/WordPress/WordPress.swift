/// WordPress's script API (`wp_register_script`, `wp_enqueue_script`, `$wp_scripts->add`, …) read
/// from PHP source: each call becomes a record, and the run's records together decide where
/// WordPress prints each script and how it loads it (`WordPressModel`, `WordPressRun`).
enum WordPress {
    /// What one file says about scripts through the API.
    struct FileCalls: Sendable {
        var registrations: [Registration] = []
        /// `wp_enqueue_script('handle')` without a source: enqueues what is registered elsewhere.
        var enqueues: [(handle: String, range: ByteRange, context: Context, late: Bool)] = []
        /// `wp_script_add_data(handle, key, value)` and `->add_data`.
        var data: [(handle: String, key: String, value: PHPValue)] = []
        /// Handles given an inline script printed after them (`wp_add_inline_script`, default position).
        var inlineAfter: [String] = []
        var deregistered: [String] = []
        /// Handles to which a `script_loader_tag` filter adds attributes.
        var filtered: [(handle: String, attribute: String)] = []
        /// Script modules (WordPress 6.5): `wp_register_script_module`, `wp_enqueue_script_module`.
        var modules: [Module] = []
    }

    /// A call of the script module API: `wp_enqueue_script_module( $id, $src )` registers and
    /// enqueues; without a source it enqueues a module registered elsewhere.
    struct Module: Sendable {
        var function: String
        var id: String
        var source: Source?
        var range: ByteRange
        var enqueued: Bool
    }

    enum Source: Sendable, Hashable {
        /// `false`, `''` or `null`: an alias that only pulls in its dependencies.
        case alias
        case literal(String)
        /// An expression (`get_template_directory_uri() . '/js/app.js'`): external, URL unknown.
        case expression(String)
    }

    struct Registration: Sendable {
        var function: String
        var handle: String
        /// For a handle that is not known: the expression that names it (`$this->plugin_name`);
        /// `handle` is then a key of this call alone.
        var shownHandle: String? = nil
        var source: Source
        /// `nil` when not a literal list.
        var dependencies: [String]?
        var range: ByteRange
        var enqueued: Bool
        /// The fifth argument (`$in_footer`, or `$args` since 6.3), if written.
        var args: PHPArgument?
        /// `nil` when the argument is not known; for `->add`, only a literal `1` means the footer.
        var argsValue: PHPValue
        /// Where an argument could be appended (before the call's `)`) and whether arguments are named.
        var close: Int
        var positionalCount: Int
        var named: Bool
        /// Where the last argument ends (an argument is added after it).
        var lastArgumentEnd: Int
        var isAddMethod: Bool
        var context: Context = .any
        /// Enqueued by a callback of a footer-time hook only (`wp_footer`, `wp_print_footer_scripts`,
        /// `admin_footer`, …): `<head>` is printed by then, so WordPress prints it (and whatever it
        /// pulls in that is not printed yet) in the footer, whatever its group.
        var late = false
    }

    /// Hooks that run after `<head>` has been printed, where an enqueued script can only go to the footer.
    static let footerTimeHooks: Set<String> = ["wp_footer", "wp_print_footer_scripts", "admin_footer", "admin_print_footer_scripts",
                                               "customize_controls_print_footer_scripts", "login_footer", "get_footer"]

    static let functions: Set<String> = ["wp_register_script", "wp_enqueue_script", "add", "wp_script_add_data", "add_data",
                                         "wp_add_inline_script", "add_inline_script", "wp_deregister_script", "add_filter",
                                         "wp_register_script_module", "wp_enqueue_script_module"]

    /// A quick test before lexing: the file mentions the script API at all.
    static func mayCall(_ b: [UInt8]) -> Bool { callWords.occur(in: b) }
    // `wp_enqueue_script` and `wp_register_script` also find their `_module` forms.
    static let callWordList = ["wp_enqueue_script", "wp_register_script", "scripts->add", "scripts()->add", "script_loader_tag"]
    private static let callWords = ByteNeedles(callWordList)

    /// `tokens`: the file's tokens when the caller has lexed it from `start` already (and so has
    /// found that it may call the API); `calls`: its calls of `functions` and `add_action`, when
    /// the caller has read them.
    static func read(_ bytes: [UInt8], start: Int = 0, path: String? = nil, tokens lexed: [PHPToken]? = nil, calls known: [PHPCall]? = nil) -> FileCalls {
        var out = FileCalls()
        guard lexed != nil || mayCall(bytes) else { return out }
        let tokens = lexed ?? PHPLexer.tokens(bytes, start: start)
        let reader = PHPCallReader(bytes, tokens: tokens)
        let callbacks = WordPressHooks.hooked(bytes, tokens: tokens, calls: known, Context.of(hook:))
        // `wp-admin/update.php` → `update.php` (`network/sites.php`); not the libraries in `includes/`.
        let adminPage = path.flatMap { p -> String? in
            let parts = p.split(separator: "/", omittingEmptySubsequences: false)
            guard let k = parts.lastIndex(of: "wp-admin") else { return nil }
            let page = parts[(k + 1)...].joined(separator: "/")
            return page.hasPrefix("includes/") ? nil : page
        }
        let functionBodies = adminPage == nil ? [] : Array(reader.functionBodies().values)
        // Customizer controls, sections and panels: the customizer calls their `enqueue()`.
        var customizerClasses: [ByteRange] = []
        for k in tokens.indices.dropLast(3) where reader.isName(tokens[k], "class") && reader.isName(tokens[k + 2], "extends")
            && reader.text(tokens[k + 3]).split(separator: "\\").last?.lowercased().hasPrefix("wp_customize_") == true {
            if let b = reader.braceBody(from: k + 3) { customizerClasses.append(b.body) }
        }
        func context(_ r: ByteRange) -> Context {
            // The innermost callback holding the call, with every action it is hooked to.
            let holding = callbacks.filter { $0.body.start <= r.start && r.end <= $0.body.end }
            if let inner = holding.min(by: { $0.body.end - $0.body.start < $1.body.end - $1.body.start }) {
                var contexts: [Context] = []
                for c in holding where c.body == inner.body && !contexts.contains(c.value) { contexts.append(c.value) }
                return contexts.count == 1 ? contexts[0] : .several(contexts)
            }
            if customizerClasses.contains(where: { $0.start <= r.start && r.end <= $0.end }) { return .customizer }
            // A page of the admin (`wp-admin/edit.php`) enqueues at its top level for itself.
            guard let adminPage, !functionBodies.contains(where: { $0.start <= r.start && r.end <= $0.end }) else { return .any }
            return .adminPage(adminPage)
        }
        // Whether the innermost callback holding a call runs only on footer-time hooks.
        func late(_ r: ByteRange) -> Bool {
            let holding = callbacks.filter { $0.body.start <= r.start && r.end <= $0.body.end }
            guard let inner = holding.min(by: { $0.body.end - $0.body.start < $1.body.end - $1.body.start }) else { return false }
            return holding.filter { $0.body == inner.body }.allSatisfy { footerTimeHooks.contains($0.hook) || $0.hook.hasPrefix("admin_footer-") }
        }
        var literals: [String: String]?
        for call in known ?? reader.calls(named: functions) where functions.contains(call.name) {
            // Methods count only on a scripts object (`$wp_scripts`, `$scripts`, `wp_scripts()`).
            if let receiver = call.receiver, !receiver.lowercased().contains("scripts") { continue }
            if call.receiver == nil && ["add", "add_data", "add_inline_script"].contains(call.name) { continue }
            if call.hasSpread { continue }
            let handleArgument = call.argument("handle", position: 0)
            var handle = handleArgument?.value.string
            // A handle in a variable, a property or a constant that the file assigns one literal.
            if handle == nil, let a = handleArgument {
                if literals == nil { literals = literalNames(reader, tokens) }
                let expression = reader.text(a.range).filter { !$0.isWhitespace }
                // A class constant: `self::LIB`, `static::LIB`, `Plugin::LIB`.
                let parts = expression.split(separator: ":")
                let constant = parts.count == 2 && expression.contains("::") ? String(parts[1]) : nil
                handle = literals?[expression] ?? constant.flatMap { literals?[$0] }
            }
            // A handle that is not known, on a call whose placement is (the WordPress Plugin
            // Boilerplate's `$this->plugin_name`): the script is still reported, named by the
            // expression, under a key no other call can name.
            // A source that is only a variable (`$src`) is a wrapper's parameter: which scripts pass
            // through it is not known, and the wrapper is not reported.
            var shownHandle: String?
            if handle == nil, let a = handleArgument, call.name == "wp_register_script" || call.name == "wp_enqueue_script",
               let src = call.argument("src", position: 1), src.value != .string(""), src.value != .bool(false), src.value != .null,
               reader.text(src.range).contains(where: { $0 == "'" || $0 == "\"" }) {
                let expression = reader.text(a.range).filter { !$0.isWhitespace }
                shownHandle = expression
                handle = "\(expression)\u{1F}\(path ?? "-"):\(call.range.start)"
            }
            switch call.name {
            case "wp_register_script_module", "wp_enqueue_script_module":
                guard let id = call.argument("id", position: 0)?.value.string else { continue }
                let source: Source?
                switch call.argument("src", position: 1)?.value {
                case nil, .string("")?: source = nil
                case .string(let s)?: source = .literal(s)
                case let v?: source = v == .bool(false) || v == .null ? nil : .expression(call.argument("src", position: 1).map { reader.text($0.range) } ?? "")
                }
                out.modules.append(Module(function: call.name, id: id, source: source, range: call.range, enqueued: call.name == "wp_enqueue_script_module"))
            case "wp_register_script", "wp_enqueue_script", "add":
                guard let handle else { continue }
                let srcArgument = call.argument("src", position: 1)
                if call.name == "wp_enqueue_script" && (srcArgument == nil || srcArgument?.value == .string("")) {
                    out.enqueues.append((handle, call.range, context(call.range), late(call.range)))
                    continue
                }
                let source: Source
                switch srcArgument?.value {
                case .bool(false)?, .null?, .string("")?, nil: source = .alias
                case .string(let s)?: source = .literal(s)
                default: source = .expression(srcArgument.map { reader.text($0.range) } ?? "")
                }
                let deps = call.argument("deps", position: 2)
                let args = call.argument(call.name == "add" ? "args" : (call.arguments.contains { $0.name == "in_footer" } ? "in_footer" : "args"), position: 4)
                out.registrations.append(Registration(
                    function: call.receiver.map { "\($0)->\(call.name)" } ?? call.name, handle: handle, shownHandle: shownHandle, source: source,
                    dependencies: deps == nil || deps!.value == .null ? [] : deps!.value.strings, range: call.range, enqueued: call.name == "wp_enqueue_script",
                    args: args, argsValue: args?.value ?? .null, close: call.close,
                    positionalCount: call.arguments.prefix { $0.name == nil }.count, named: call.arguments.contains { $0.name != nil },
                    lastArgumentEnd: call.arguments.last?.fullRange.end ?? call.open + 1, isAddMethod: call.name == "add",
                    context: context(call.range), late: late(call.range)))
            case "wp_script_add_data", "add_data":
                guard let handle, let key = call.argument("key", position: 1)?.value.string,
                      let value = call.argument("value", position: 2)?.value else { continue }
                out.data.append((handle, key, value))
            case "wp_add_inline_script", "add_inline_script":
                guard let handle else { continue }
                let position = call.argument("position", position: 2)?.value ?? .string("after")
                if position != .string("before") { out.inlineAfter.append(handle) }
            case "wp_deregister_script":
                if let handle { out.deregistered.append(handle) }
            case "add_filter":
                guard call.argument("hook_name", position: 0)?.value == .string("script_loader_tag"),
                      let callback = call.argument("callback", position: 1) else { continue }
                out.filtered += loaderTagFilter(reader, tokens, callback: callback)
            default: break
            }
        }
        return out
    }

    /// Variables (`$handle`), properties (`$this->handle`) and constants (`define('H', …)`,
    /// `const H = …`) that the file assigns exactly one string literal and nothing else, by their
    /// text without spaces.
    static func literalNames(_ reader: PHPCallReader, _ tokens: [PHPToken]) -> [String: String] {
        var values: [String: Set<String>] = [:]
        var other = Set<String>()
        func literal(at k: Int) -> String? {
            guard k + 1 < tokens.count, let s = reader.string(tokens[k]),
                  tokens[k + 1].kind == .punct(";") || tokens[k + 1].kind == .closeTag else { return nil }
            return s
        }
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            var name: String?
            var valueAt = 0
            if tokens[k].kind == .variable {
                // `$x =`, `$this->x =`, `self::$x =` (the last two as written).
                if k + 3 < tokens.count, tokens[k + 1].kind == .punct("->"), tokens[k + 2].kind == .name, tokens[k + 3].kind == .punct("=") {
                    name = reader.text(tokens[k]) + "->" + reader.text(tokens[k + 2])
                    valueAt = k + 4
                } else if tokens[k + 1].kind == .punct("="), k == 0 || tokens[k - 1].kind != .punct("->") && tokens[k - 1].kind != .punct("::") {
                    name = reader.text(tokens[k])
                    valueAt = k + 2
                }
            } else if reader.isName(tokens[k], "const"), tokens[k + 1].kind == .name, tokens[k + 2].kind == .punct("=") {
                name = reader.text(tokens[k + 1])
                valueAt = k + 3
            } else if reader.isName(tokens[k], "define"), k + 4 < tokens.count, tokens[k + 1].kind == .punct("("),
                      let constant = reader.string(tokens[k + 2]), tokens[k + 3].kind == .punct(",") {
                if let s = reader.string(tokens[k + 4]), k + 5 < tokens.count, tokens[k + 5].kind == .punct(")") {
                    values[constant, default: []].insert(s)
                } else {
                    other.insert(constant)
                }
                continue
            }
            guard let name else { continue }
            if let value = literal(at: valueAt) { values[name, default: []].insert(value) } else { other.insert(name) }
        }
        var out: [String: String] = [:]
        for (name, set) in values where set.count == 1 && !other.contains(name) { out[name] = set.first! }
        return out
    }

    /// A `script_loader_tag` filter that adds ` defer`/` async` to the tags of literal handles:
    /// a closure passed in place, or a function of the same file named by a string.
    private static func loaderTagFilter(_ reader: PHPCallReader, _ tokens: [PHPToken], callback: PHPArgument) -> [(handle: String, attribute: String)] {
        var body: Range<Int>?
        func braces(from k: Int) -> Range<Int>? {
            guard let open = tokens[k...].firstIndex(where: { $0.kind == .punct("{") }) else { return nil }
            var depth = 0
            for j in open..<tokens.count {
                if tokens[j].kind == .punct("{") { depth += 1 } else if tokens[j].kind == .punct("}") { depth -= 1; if depth == 0 { return open..<j } }
            }
            return nil
        }
        if let name = callback.value.string {
            if let k = tokens.indices.first(where: { $0 + 1 < tokens.count && tokens[$0].kind == .name && reader.text(tokens[$0]).lowercased() == "function"
                    && tokens[$0 + 1].kind == .name && reader.text(tokens[$0 + 1]) == name }) { body = braces(from: k) }
        } else if let k = tokens.firstIndex(where: { $0.range.start >= callback.range.start }), tokens[k].range.start < callback.range.end {
            body = braces(from: k)
        }
        guard let body else { return [] }
        var handles: [String] = [], attributes: [String] = []
        for k in body {
            guard let s = reader.string(tokens[k]) else { continue }
            let lower = s.lowercased()
            if lower.contains(" defer") || lower.contains("defer ") || lower.contains("defer=") { attributes.append("defer") }
            else if lower.contains(" async") || lower.contains("async ") || lower.contains("async=") { attributes.append("async") }
            else if !s.isEmpty, !s.contains(" "), !s.contains("<"), k > 0 || k + 1 < tokens.count {
                // A handle compared with `$handle` (`'my-js' === $handle`, `in_array($handle, [...])`).
                let near = tokens[max(body.lowerBound, k - 8)..<min(body.upperBound, k + 8)]
                if near.contains(where: { $0.kind == .variable && reader.text($0) == "$handle" }) { handles.append(s) }
            }
        }
        return handles.flatMap { h in Set(attributes).sorted().map { (h, $0) } }
    }
}
