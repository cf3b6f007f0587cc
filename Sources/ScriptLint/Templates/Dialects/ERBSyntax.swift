/// ERB and EJS: `<% code %>`, `<%= output %>` (`<%-` in EJS), `<%# comment %>`, `<%%` for a
/// literal `<%`. Code may decide anything, so scripts pair only between two code constructs;
/// partials are `render "shared/header"` (`_header.html.erb`). Rails' script helpers and
/// `content_for`/`yield` are the Rails platform's.
enum ERBSyntax: TemplateSyntax {
    static let fileExtensions = ["erb", "ejs", "rhtml"]
    static let htmlTemplateSuffixes = [".html.erb", ".ejs"]
    static let opener: UInt8 = 0x3C
    static let secondBytes: [UInt8] = [0x25]   // <%
    static let branchModel = TemplateBranchModel.segments

    static func classify(_ name: String) -> (TemplateStatementRole, String) { (.other, "") }
    static func closer(for kind: String) -> String { "end" }

    static func construct(_ m: inout Masker, at: Int) -> Masker.Found? {
        let b = m.b, n = m.n
        if at + 2 < n && b[at + 2] == 0x25 { return nil }   // <%% is a literal <%
        guard let close = m.find([0x25, 0x3E], from: at + 2, quotes: false) else { return m.unclosed(at, "<%") }
        let mark = at + 2 < n ? b[at + 2] : 0
        let kind: TemplateScan.ConstructKind = mark == 0x23 ? .comment : (mark == 0x3D || mark == 0x2D) ? .output : .control
        let innerStart = kind == .control ? at + 2 : at + 3
        return (close + 2, kind, kind == .control ? "code" : "", ByteRange(innerStart, close))
    }

    static func includedNames(_ text: [UInt8], _ c: TemplateScan.Construct) -> [String] { quotedNames(text, after: "render") }
    static let includeKeywords: [String]? = ["render"]

    static func includeCandidates(_ name: String) -> [String] {
        let slash = name.lastIndex(of: "/")
        let dir = slash.map { String(name[..<$0]) + "/" } ?? ""
        let base = slash.map { String(name[name.index(after: $0)...]) } ?? name
        return ["\(dir)_\(base).html.erb", "\(dir)_\(base).erb", "\(dir)_\(base)", name]
    }
}
