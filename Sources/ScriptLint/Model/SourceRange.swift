/// A half-open byte range `[start, end)` into the file as it is on disk.
public struct ByteRange: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { start >= end }
    public var count: Int { end - start }
}

/// A 1-based line and column. Columns count Unicode scalars; a tab is one column.
public struct SourcePosition: Hashable, Sendable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
