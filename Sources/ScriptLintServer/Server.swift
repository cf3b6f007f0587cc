import Dispatch
import Synchronization
import ScriptLint
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `scriptlint lsp`: the Language Server Protocol 3.17 over standard input and output. Messages are
/// handled one at a time on a serial queue; linting runs on other threads, one lint per document at
/// a time (changes during a lint are linted together after it), and a newer change makes older work
/// moot (its result is not published). The findings are the command
/// line's for the same bytes, with the same configuration files.
public final class LanguageServer: @unchecked Sendable {

    struct Document {
        var uri: String
        var path: String?
        var text: [UInt8]
        var version: Int
        /// Bumped by every change: work started for an older generation is dropped.
        var generation = 0
        /// A lint of this document is running; a change meanwhile asks for one more after it.
        var linting = false
        var lintAgain = false
    }

    private let transport: Transport
    private let loop = DispatchQueue(label: "scriptlint.lsp.loop")
    private let work = DispatchQueue(label: "scriptlint.lsp.work", attributes: .concurrent)
    private var documents: [String: Document] = [:]
    private var encoding = LineIndex.Encoding.utf16
    private var initialized = false
    private var shuttingDown = false
    private var pushDiagnostics = true
    private var docsBase = RuleCatalog.documentationBase
    private var resolver: ConfigurationResolver?
    /// One linter per configuration file, as on the command line: each has the run index that
    /// places scripts across files (parents, partials, layouts, platform registrations).
    private var linters: [String: Linter] = [:]
    /// The workspace's root folder (from `initialize`), and the files the command line would lint
    /// there, listed once and again when the client reports created or deleted files.
    private var workspaceRoot: String?
    private var workspaceFiles: [String]?
    private let listWorkspace: @Sendable (String) -> [String]
    private var nextRequestID = 1
    /// Request ids a `$/cancelRequest` named before their turn came.
    private let cancelled = Mutex<Set<String>>([])

    /// `listWorkspace`: the absolute paths of the files the command line lints in a folder (its
    /// file discovery), so that the editor sees the cross-file findings the command line sees.
    public init(listWorkspace: @escaping @Sendable (String) -> [String] = { _ in [] }) {
        transport = Transport()
        self.listWorkspace = listWorkspace
    }

    /// Reads messages until `exit` or the end of input; returns the process's exit status.
    public func run() -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        while true {
            switch transport.next() {
            case .end:
                return loop.sync { shuttingDown ? 0 : 1 }
            case .malformed(let why):
                log("skipped \(why)")
                loop.async { self.send(error: -32700, "Parse error: \(why)", id: .null) }
            case .message(let body):
                guard let message = try? JSONValue.parse(body) else {
                    loop.async { self.send(error: -32700, "Parse error: the message is not JSON", id: .null) }
                    continue
                }
                if message["method"]?.string == "$/cancelRequest", let id = message["params"]?["id"] {
                    cancelled.withLock { _ = $0.insert(id.serialized) }
                    continue
                }
                if message["method"]?.string == "exit" {
                    return loop.sync { shuttingDown ? 0 : 1 }
                }
                loop.async { self.handle(message) }
            }
        }
    }

    // MARK: - Dispatch

    private func handle(_ message: JSONValue) {
        guard case .object = message else { return send(error: -32600, "Invalid Request: not an object", id: .null) }
        let id = message["id"]
        guard let method = message["method"]?.string else {
            // A response to one of our requests (client/registerCapability): nothing to do.
            if id != nil, message["result"] != nil || message["error"] != nil { return }
            return send(error: -32600, "Invalid Request: no method", id: id ?? .null)
        }
        let params = message["params"] ?? .object([:])
        if let id, cancelled.withLock({ $0.remove(id.serialized) != nil }) {
            return send(error: -32800, "Request cancelled", id: id)
        }
        if !initialized && method != "initialize" {
            if let id { send(error: -32002, "Server not initialized: send initialize first", id: id) }
            return
        }
        if shuttingDown && method != "exit" {
            if let id { send(error: -32600, "Invalid Request: the server is shutting down", id: id) }
            return
        }
        switch method {
        case "initialize": reply(id, initialize(params))
        case "initialized": registerWatchers()
        case "shutdown":
            shuttingDown = true
            reply(id, .null)
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didSave":
            // A saved parent template or partial changes what its children resolve to: the
            // resolvers read files again, and every open document is linted again.
            if params["textDocument"]?["uri"]?.string != nil { reloadConfiguration() }
        case "textDocument/didClose": didClose(params)
        case "textDocument/diagnostic": pullDiagnostics(id, params)
        case "textDocument/codeAction": reply(id, codeActions(params))
        case "textDocument/hover": reply(id, hover(params))
        case "workspace/didChangeWatchedFiles":
            // A created or deleted file changes the run's files, not only what they say.
            if params["changes"]?.array?.contains(where: { $0["type"]?.int != 2 }) ?? true { workspaceFiles = nil }
            reloadConfiguration()
        case "workspace/didChangeConfiguration": reloadConfiguration()
        default:
            if let id { send(error: -32601, "Method not found: \(method)", id: id) }
            // Unknown notifications ($/setTrace, …) are ignored, as the protocol asks.
        }
    }

    // MARK: - Lifecycle

    private func initialize(_ params: JSONValue) -> JSONValue {
        initialized = true
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
        encoding = offered.contains("utf-8") ? .utf8 : .utf16
        // A client that pulls diagnostics is not also sent them.
        pushDiagnostics = params["capabilities"]?["textDocument"]?["diagnostic"] == nil
        if let base = params["initializationOptions"]?["docsUrl"]?.string, !base.isEmpty {
            docsBase = base.hasSuffix("/") ? base : base + "/"
        }
        let root = params["workspaceFolders"]?.array?.first?["uri"]?.string ?? params["rootUri"]?.string
        workspaceRoot = root.flatMap(Self.path(of:)) ?? params["rootPath"]?.string
        return .object([
            "capabilities": .object([
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": .object(["openClose": .bool(true), "change": .number(2), "save": .object(["includeText": .bool(false)])]),
                "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix"), .string("source.fixAll.scriptlint")]),
                                               "resolveProvider": .bool(false)]),
                "hoverProvider": .bool(true),
                "diagnosticProvider": .object(["identifier": .string("scriptlint"), "interFileDependencies": .bool(true),
                                               "workspaceDiagnostics": .bool(false)]),
            ]),
            "serverInfo": .object(["name": .string("scriptlint"), "version": .string(ScriptLintVersion.current)]),
        ])
    }

    /// Asks the client to tell us about configuration files that change on disk.
    private func registerWatchers() {
        // Configuration files, and the files whose scripts land on other files' pages.
        let watchers = (["**/.scriptlintrc.json"] + FileKinds.all.map { "**/*" + $0.suffix })
            .map { JSONValue.object(["globPattern": .string($0)]) }
        let registration = JSONValue.object(["id": .string("scriptlint-config"), "method": .string("workspace/didChangeWatchedFiles"),
                                             "registerOptions": .object(["watchers": .array(watchers)])])
        let id = nextRequestID
        nextRequestID += 1
        send(.object(["jsonrpc": .string("2.0"), "id": .number(Double(id)), "method": .string("client/registerCapability"),
                      "params": .object(["registrations": .array([registration])])]))
    }

    // MARK: - Documents

    private func didOpen(_ params: JSONValue) {
        guard let item = params["textDocument"], let uri = item["uri"]?.string, let text = item["text"]?.string else { return }
        documents[uri] = Document(uri: uri, path: Self.path(of: uri), text: Array(text.utf8), version: item["version"]?.int ?? 0)
        schedule(uri)
    }

    private func didChange(_ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri] else { return }
        for change in params["contentChanges"]?.array ?? [] {
            guard let text = change["text"]?.string else { continue }
            if let range = change["range"] {
                let index = LineIndex(document.text, encoding: encoding)
                let start = offset(range["start"], index), end = offset(range["end"], index)
                let (a, b) = (min(start, end), max(start, end))
                document.text.replaceSubrange(a..<b, with: Array(text.utf8))
            } else {
                document.text = Array(text.utf8)
            }
        }
        document.version = params["textDocument"]?["version"]?.int ?? document.version + 1
        documents[uri] = document
        schedule(uri)
    }

    private func didClose(_ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.string else { return }
        documents[uri] = nil
        if pushDiagnostics {
            notify("textDocument/publishDiagnostics", .object(["uri": .string(uri), "diagnostics": .array([])]))
        }
    }

    private func offset(_ position: JSONValue?, _ index: LineIndex) -> Int {
        index.offset(line: position?["line"]?.int ?? 0, character: position?["character"]?.int ?? 0)
    }

    /// Lints a document off the message loop and publishes the findings, unless it changed
    /// meanwhile. A change is linted at once when the document is idle; changes that arrive while a
    /// lint runs are linted together right after it (one lint per document at a time, no timer).
    private func schedule(_ uri: String) {
        guard pushDiagnostics, documents[uri] != nil else { return }
        documents[uri]!.generation += 1
        if documents[uri]!.linting {
            documents[uri]!.lintAgain = true
            return
        }
        startLint(uri)
    }

    private func startLint(_ uri: String) {
        guard let snapshot = documents[uri] else { return }
        documents[uri]!.linting = true
        let linter = self.linter(for: snapshot.path)
        let (encoding, docsBase) = (self.encoding, self.docsBase)
        work.async { [self] in
            let diagnostics = linter.map { $0.lint(self.parse(snapshot, $0), fingerprints: false) } ?? []
            // The whole message is written here, off the loop, as text: a page with thousands of
            // findings would otherwise spend most of its time building and sorting a JSON tree.
            let message = #"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"diagnostics":"#
                + Self.diagnosticsJSON(diagnostics, snapshot.text, encoding: encoding, docsBase: docsBase)
                + #","uri":"# + JSONValue.quoted(uri) + #","version":\#(snapshot.version)}}"#
            loop.async { [self] in
                guard documents[uri] != nil else { return }
                documents[uri]!.linting = false
                if documents[uri]!.generation == snapshot.generation { transport.send(message) }
                if documents[uri]!.lintAgain {
                    documents[uri]!.lintAgain = false
                    startLint(uri)
                }
            }
        }
    }

    private func parse(_ document: Document, _ linter: Linter) -> ScriptDocument {
        linter.parse(path: document.path ?? "untitled.html", utf8: document.text)
    }

    private func pullDiagnostics(_ id: JSONValue?, _ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = documents[uri] else {
            return send(error: -32602, "Invalid params: the document is not open", id: id ?? .null)
        }
        let resultID = "\(document.version)-\(document.text.count)"
        if params["previousResultId"]?.string == resultID {
            return reply(id, .object(["kind": .string("unchanged"), "resultId": .string(resultID)]))
        }
        guard let id else { return }
        let linter = self.linter(for: document.path)
        let (encoding, docsBase) = (self.encoding, self.docsBase)
        work.async { [self] in
            let items = Self.diagnosticsJSON(linter.map { $0.lint(parse(document, $0), fingerprints: false) } ?? [], document.text, encoding: encoding, docsBase: docsBase)
            let message = #"{"id":"# + id.serialized + #","jsonrpc":"2.0","result":{"items":"# + items
                + #","kind":"full","resultId":"# + JSONValue.quoted(resultID) + "}}"
            loop.async { [self] in
                if cancelled.withLock({ $0.remove(id.serialized) != nil }) { return send(error: -32800, "Request cancelled", id: id) }
                transport.send(message)
            }
        }
    }

    // MARK: - Diagnostics, actions, hover

    private func range(_ r: ByteRange, _ index: LineIndex) -> JSONValue {
        let a = index.position(of: r.start), b = index.position(of: r.end)
        return .object(["start": .object(["line": .number(Double(a.line)), "character": .number(Double(a.character))]),
                        "end": .object(["line": .number(Double(b.line)), "character": .number(Double(b.character))])])
    }

    /// The LSP `Diagnostic[]` of a document as JSON text, written as bytes (a page can have
    /// thousands); the one place a Diagnostic's fields are spelled.
    static func diagnosticsJSON(_ diagnostics: [Diagnostic], _ text: [UInt8], encoding: LineIndex.Encoding, docsBase: String) -> String {
        let index = LineIndex(text, encoding: encoding)
        var out: [UInt8] = [0x5B]
        out.reserveCapacity(diagnostics.count * 320 + 2)
        var rules: [String: (code: [UInt8], href: [UInt8]?)] = [:]
        func number(_ n: Int) { out += String(n).utf8 }
        for (k, d) in diagnostics.enumerated() {
            if k > 0 { out.append(0x2C) }
            let rule = rules[d.ruleID] ?? {
                var code: [UInt8] = [], href: [UInt8]? = nil
                JSONValue.appendQuoted(d.ruleID, to: &code)
                if RuleDocs.pages[d.ruleID] != nil {
                    var h: [UInt8] = []
                    JSONValue.appendQuoted(docsBase + d.ruleID + ".md", to: &h)
                    href = h
                }
                rules[d.ruleID] = (code, href)
                return (code, href)
            }()
            let a = index.position(of: d.byteRange.start), b = index.position(of: d.byteRange.end)
            out += #"{"code":"#.utf8
            out += rule.code
            if let href = rule.href {
                out += #","codeDescription":{"href":"#.utf8
                out += href
                out.append(0x7D)
            }
            out += #","message":"#.utf8
            JSONValue.appendQuoted(d.message, to: &out)
            out += #","range":{"end":{"character":"#.utf8; number(b.character)
            out += #","line":"#.utf8; number(b.line)
            out += #"},"start":{"character":"#.utf8; number(a.character)
            out += #","line":"#.utf8; number(a.line)
            out += #"}},"severity":"#.utf8; number(d.severity == .error ? 1 : 2)
            out += #","source":"scriptlint"}"#.utf8
        }
        out.append(0x5D)
        return String(decoding: out, as: UTF8.self)
    }

    private func codeActions(_ params: JSONValue) -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = documents[uri], let linter = linter(for: document.path) else {
            return .array([])
        }
        let index = LineIndex(document.text, encoding: encoding)
        let wanted = params["context"]?["only"]?.array?.compactMap(\.string)
        let a = offset(params["range"]?["start"], index), b = offset(params["range"]?["end"], index)
        let diagnostics = linter.lint(parse(document, linter), fingerprints: false)
        var actions: [JSONValue] = []
        func edit(_ edits: [Edit]) -> JSONValue {
            .object(["changes": .object([uri: .array(edits.map { .object(["range": range($0.range, index), "newText": .string($0.replacement)]) })])])
        }
        let wantsQuickFix = wanted == nil || wanted!.contains { "quickfix".hasPrefix($0) || $0 == "quickfix" }
        if wantsQuickFix {
            for d in diagnostics where d.byteRange.start <= max(a, b) && min(a, b) <= d.byteRange.end {
                let lsp = (try? JSONValue.parse(Array(Self.diagnosticsJSON([d], document.text, encoding: encoding, docsBase: docsBase).utf8)))?.array?.first ?? .null
                for (fix, preferred) in (d.fix.map { [($0, true)] } ?? []) + d.suggestions.map({ ($0, false) }) {
                    actions.append(.object(["title": .string(fix.description + " (\(d.ruleID))"), "kind": .string("quickfix"),
                                            "diagnostics": .array([lsp]), "isPreferred": .bool(preferred), "edit": edit(fix.edits)]))
                }
            }
        }
        let wantsFixAll = wanted == nil || wanted!.contains { "source.fixAll.scriptlint".hasPrefix($0) }
        if wantsFixAll, diagnostics.contains(where: { $0.fix != nil }) {
            let fixed = Fixer.fix(document.text, with: linter, path: document.path ?? "untitled.html", utf8: true)
            if fixed.applied > 0 {
                // One edit from the first to the last changed byte.
                var p = 0
                while p < document.text.count && p < fixed.bytes.count && document.text[p] == fixed.bytes[p] { p += 1 }
                var s = 0
                while s < document.text.count - p && s < fixed.bytes.count - p
                        && document.text[document.text.count - 1 - s] == fixed.bytes[fixed.bytes.count - 1 - s] { s += 1 }
                let replacement = String(decoding: fixed.bytes[p..<(fixed.bytes.count - s)], as: UTF8.self)
                actions.append(.object(["title": .string("Fix all safe scriptlint problems (\(fixed.applied))"),
                                        "kind": .string("source.fixAll.scriptlint"),
                                        "edit": edit([Edit(range: ByteRange(p, document.text.count - s), replacement: replacement)])]))
            }
        }
        return .array(actions)
    }

    private func hover(_ params: JSONValue) -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = documents[uri], let linter = linter(for: document.path) else {
            return .null
        }
        let index = LineIndex(document.text, encoding: encoding)
        let at = offset(params["position"], index)
        let found = linter.lint(parse(document, linter)).filter { $0.byteRange.start <= at && at <= $0.byteRange.end }
        guard !found.isEmpty else { return .null }
        let text = found.map { d -> String in
            var s = "**scriptlint: \(d.ruleID)** (\(d.severity.rawValue))\n\n"
            if let summary = RuleRegistry.rule(d.ruleID)?.info.summary { s += summary + "\n\n" }
            if RuleDocs.pages[d.ruleID] != nil { s += "[Documentation](\(docsBase + d.ruleID + ".md"))" }
            return s
        }.joined(separator: "\n\n---\n\n")
        return .object(["contents": .object(["kind": .string("markdown"), "value": .string(text)]),
                        "range": range(found[0].byteRange, index)])
    }

    // MARK: - Configuration

    /// The linter for a document: its folder's `.scriptlintrc.json`, as on the command line, with
    /// the workspace's files as the run's.
    private func linter(for path: String?) -> Linter? {
        do {
            if resolver == nil { resolver = try ConfigurationResolver(explicitPath: nil) }
            let configuration = try resolver!.configuration(for: path ?? "untitled.html")
            let key = configuration.path ?? ""
            if let cached = linters[key] { return cached }
            let linter = try Linter(settings: configuration.settings, templates: configuration.templateSettings())
            if let root = workspaceRoot {
                if workspaceFiles == nil { workspaceFiles = listWorkspace(root) }
                linter.templates.setRunFiles(workspaceFiles!)
                linter.templates.run.workers = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            }
            linters[key] = linter
            return linter
        } catch {
            notify("window/showMessage", .object(["type": .number(1), "message": .string("scriptlint: configuration error: \(error)")]))
            return try? Linter()
        }
    }

    private func reloadConfiguration() {
        resolver = nil
        linters = [:]
        for uri in documents.keys { schedule(uri) }
    }

    // MARK: - Sending

    private func send(_ message: JSONValue) { transport.send(message.serialized) }

    private func reply(_ id: JSONValue?, _ result: JSONValue) {
        guard let id else { return }
        send(.object(["jsonrpc": .string("2.0"), "id": id, "result": result]))
    }

    private func send(error code: Int, _ message: String, id: JSONValue) {
        send(.object(["jsonrpc": .string("2.0"), "id": id, "error": .object(["code": .number(Double(code)), "message": .string(message)])]))
    }

    private func notify(_ method: String, _ params: JSONValue) {
        send(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
    }

    private func log(_ text: String) {
        let line = Array("scriptlint lsp: \(text)\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// A `file:` URI's path, percent-decoded; `nil` for other schemes (untitled buffers).
    static func path(of uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = Array(uri.utf8.dropFirst(7))
        // file://host/path: only the local host.
        if let slash = rest.firstIndex(of: 0x2F), slash > 0 { rest = Array(rest[slash...]) }
        var out: [UInt8] = []
        var i = 0
        while i < rest.count {
            if rest[i] == 0x25, i + 2 < rest.count, let v = UInt8(String(decoding: rest[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                out.append(v)
                i += 3
            } else {
                out.append(rest[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
