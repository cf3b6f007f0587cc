/// The WHATWG HTML tree construction stage ("13.2.6 Tree construction"), insertion mode by
/// insertion mode, in the standard's order and names, so that each step can be checked against it.
/// Scripting is on. It keeps the stack of open elements, the list of active formatting elements
/// and the template insertion modes; the tree itself goes to a `TreeSink`. While it builds, it
/// records what the script model needs: each script with where it landed, style sheets, `<base>`,
/// comments, and the last renderable content.
///
/// Where Chromium and the standard's text differ, this follows Chromium, and says so:
/// - a NUL byte in the data state is dropped before tree construction (outside foreign content).
/// What an element's children inherit from where it stands.
struct ParseContext: OptionSet {
    let rawValue: UInt8
    static let head = ParseContext(rawValue: 1)
    static let inertTemplate = ParseContext(rawValue: 2)
    static let shadowRoot = ParseContext(rawValue: 4)
}

/// The insertion modes of tree construction.
enum InsertionMode {
    case initial, beforeHTML, beforeHead, inHead, afterHead, inBody, text, inTable, inTableText
    case inCaption, inColumnGroup, inTableBody, inRow, inCell, inTemplate, afterBody
    case inFrameset, afterFrameset, afterAfterBody, afterAfterFrameset
}

/// An element on the stack of open elements.
struct OpenElement {
    var id: Int32
    var key: NameKey
    var tag: Tag
    var ns: Namespace
    /// The context the element itself was inserted in.
    var context: ParseContext
    var htmlIntegrationPoint = false
    var hasShadowRoot = false
    /// For a `<template>`: what its contents are (inert, or a declarative shadow root).
    var templateContents: ParseContext = []
    var nameStart = -1
    var nameEnd = -1

    var childContext: ParseContext {
        var c = context.union(templateContents)
        if ns == .html && tag == .head { c.insert(.head) }
        return c
    }

    func isHTML(_ t: Tag) -> Bool { ns == .html && tag == t }
    var isMathMLTextIntegrationPoint: Bool {
        ns == .math && (tag == .mi || tag == .mo || tag == .mn || tag == .ms || tag == .mtext)
    }
}

/// An entry of the list of active formatting elements, with what it takes to create it again.
struct FormattingEntry {
    var element: OpenElement?
    /// Where the token that created it starts, and a fingerprint of its attributes (made only
    /// when the Noah's Ark clause needs it: three entries with its name).
    var tagStart = -1
    var signature: UInt64?
    var attributes: [(String, String)] = []
    var name: String = ""
    static var marker: FormattingEntry { FormattingEntry(element: nil) }
}

enum ElementScope { case normal, listItem, button, table }

struct TreeBuilder<Sink: TreeSink> {
    // Top-level types, so that no metadata is instantiated per generic argument at start-up.
    typealias Context = ParseContext
    typealias Mode = InsertionMode
    typealias Element = OpenElement
    typealias Formatting = FormattingEntry
    typealias Scope = ElementScope




    var sink: Sink
    var tokenizer: Tokenizer
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    let source: SourceText

    var mode: Mode = .initial
    var originalMode: Mode = .initial
    var templateModes: [Mode] = []
    var stack: [Element] = []
    var formatting: [Formatting] = []
    var openIDs: [Bool] = []
    var nextID: Int32 = 0
    var headID: Int32 = -1
    var formID: Int32 = -1
    var framesetOK = true
    var fosterParenting = false
    var quirks = false
    var pendingTableText: [(Int, Int, TextKind)] = []
    var pendingTableTextHasContent = false
    /// Set once the browser acts on a `</body>` or `</html>`: what follows in the source is "outside".
    var afterBodyEnd = false
    /// Where a newline is dropped (right after `<pre>`, `<listing>`, `<textarea>`).
    var skipNewlineAt = -1
    /// The linter's hooks: what it keeps of the page (`ScriptRecorder`).
    var recorder = ScriptRecorder()

    init(p: UnsafeBufferPointer<UInt8>, source: SourceText, sink: Sink) {
        self.p = p
        self.n = p.count
        self.source = source
        self.sink = sink
        self.tokenizer = Tokenizer(p: p, start: source.bomLength)
        stack.reserveCapacity(64)
    }

    // MARK: - Driver

    mutating func run() {
        while true {
            if let node = stack.last { tokenizer.allowCDATA = node.ns != .html } else { tokenizer.allowCDATA = false }
            var token = tokenizer.next()
            if skipNewlineAt >= 0 {
                // A newline right after <pre>, <listing> or <textarea> is not content.
                if case let .characters(s, e, k) = token, s == skipNewlineAt {
                    var t = s
                    if p[t] == 0x0A { t += 1 } else if p[t] == 0x0D { t += (t + 1 < e && p[t + 1] == 0x0A) ? 2 : 1 }
                    token = t < e ? .characters(t, e, k) : .characters(e, e, k)
                }
                skipNewlineAt = -1
                if case let .characters(s, e, _) = token, s == e { continue }
            }
            dispatch(token)
            if case .eof = token { break }
        }
    }

    func finish() -> ScriptDocument { recorder.document(source) }

    /// "Tree construction dispatcher".
    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#tree-construction-dispatcher
    mutating func dispatch(_ token: HTMLToken) {
        guard let node = stack.last, node.ns != .html else { return process(token) }
        switch token {
        case .startTag:
            let t = tokenizer.tag.tag
            if node.isMathMLTextIntegrationPoint && t != .mglyph && t != .malignmark { return process(token) }
            if node.ns == .math && node.tag == .annotationXML && t == .svg { return process(token) }
            if node.htmlIntegrationPoint { return process(token) }
        case .characters:
            if node.isMathMLTextIntegrationPoint || node.htmlIntegrationPoint { return process(token) }
        case .eof:
            return process(token)
        default:
            break
        }
        foreignContent(token)
    }

    mutating func process(_ token: HTMLToken) {
        process(token, in: mode)
    }

    mutating func process(_ token: HTMLToken, in m: Mode) {
        switch m {
        case .initial: initial(token)
        case .beforeHTML: beforeHTML(token)
        case .beforeHead: beforeHead(token)
        case .inHead: inHead(token)
        case .afterHead: afterHead(token)
        case .inBody: inBody(token)
        case .text: text(token)
        case .inTable: inTable(token)
        case .inTableText: inTableText(token)
        case .inCaption: inCaption(token)
        case .inColumnGroup: inColumnGroup(token)
        case .inTableBody: inTableBody(token)
        case .inRow: inRow(token)
        case .inCell: inCell(token)
        case .inTemplate: inTemplate(token)
        case .afterBody: afterBody(token)
        case .inFrameset: inFrameset(token)
        case .afterFrameset: afterFrameset(token)
        case .afterAfterBody: afterAfterBody(token)
        case .afterAfterFrameset: afterAfterFrameset(token)
        }
    }

    var tag: TagToken { tokenizer.tag }
}
