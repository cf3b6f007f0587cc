/// The namespace an element is created in.
public enum Namespace: UInt8, Sendable { case html, svg, math }

/// Where a node goes: appended to `parent`, or inserted before `before` (foster parenting).
/// Element ids are the tree builder's; -1 is the document.
struct InsertionPoint {
    var parent: Int32
    var before: Int32 = -1
}

/// What the tree builder tells about the tree it builds. The linter needs none of it (the builder
/// keeps the facts rules use by itself), so its sink does nothing and costs nothing once
/// specialised; the conformance tests use a sink that builds the whole tree and compare it with
/// the suite's expected trees.
protocol TreeSink {
    /// Whether the sink wants names, attributes, text and comments at all.
    static var buildsTree: Bool { get }
    mutating func createElement(_ id: Int32, name: String, ns: Namespace, attributes: [(String, String)])
    mutating func insert(_ id: Int32, at: InsertionPoint)
    mutating func insertText(_ text: String, at: InsertionPoint)
    mutating func insertComment(_ text: String, at: InsertionPoint)
    mutating func doctype(name: String, publicID: String?, systemID: String?)
    /// Attributes of a second `<html>` or `<body>` start tag, added where missing.
    mutating func addMissingAttributes(_ id: Int32, _ attributes: [(String, String)])
    mutating func remove(_ id: Int32)
    mutating func moveChildren(of: Int32, to: Int32)
    /// The parent of an element, if it has one (foster parenting asks for a table's parent).
    func parent(of id: Int32) -> Int32?
}

/// The linter's sink: no tree.
struct NoTree: TreeSink {
    static var buildsTree: Bool { false }
    @inline(__always) mutating func createElement(_ id: Int32, name: String, ns: Namespace, attributes: [(String, String)]) {}
    @inline(__always) mutating func insert(_ id: Int32, at: InsertionPoint) {}
    @inline(__always) mutating func insertText(_ text: String, at: InsertionPoint) {}
    @inline(__always) mutating func insertComment(_ text: String, at: InsertionPoint) {}
    @inline(__always) mutating func doctype(name: String, publicID: String?, systemID: String?) {}
    @inline(__always) mutating func addMissingAttributes(_ id: Int32, _ attributes: [(String, String)]) {}
    @inline(__always) mutating func remove(_ id: Int32) {}
    @inline(__always) mutating func moveChildren(of: Int32, to: Int32) {}
    @inline(__always) func parent(of id: Int32) -> Int32? { nil }
}
