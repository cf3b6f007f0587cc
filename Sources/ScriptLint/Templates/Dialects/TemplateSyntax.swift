/// Everything about one template language that the template layer needs, so that each dialect is
/// one file in this folder and the masker, the annotator (`TemplateAnnotator`), the include resolver
/// and the model ask it instead of switching on the dialect.
protocol TemplateSyntax {
    /// Last extensions that name the dialect (`twig`, `erb`).
    static var fileExtensions: [String] { get }
    /// File names a folder walk lints without configuration (`.html.twig`, `.hbs`).
    static var htmlTemplateSuffixes: [String] { get }

    // MARK: Constructs

    /// The byte that opens every construct, and the bytes that may follow it.
    static var opener: UInt8 { get }
    static var secondBytes: [UInt8] { get }
    /// The construct at `at` (its opener and second byte are there): end, kind, statement name and
    /// inner range; `nil` when the bytes are not a construct after all.
    static func construct(_ m: inout Masker, at: Int) -> Masker.Found?

    // MARK: Structure

    /// How the pages a template can render are told apart (`ScriptElement.canPair`).
    static var branchModel: TemplateBranchModel { get }
    /// A statement's role in the block structure, and the kind it opens or closes.
    static func classify(_ name: String) -> (TemplateStatementRole, String)
    /// Whether an opening statement is written in a form that needs no closing one (Twig's
    /// `{% block title 'Text' %}`).
    static func closesItself(_ kind: String, _ m: Masker, inner: ByteRange) -> Bool
    /// Whether a closing statement names the kind it closes (`{% endif %}`), so a mismatch is an error.
    static var closesNameTheirKind: Bool { get }
    /// How the message about an unclosed `kind` spells its closing statement.
    static func closer(for kind: String) -> String
    /// Whether a child template fills its parent's blocks only with definitions (Go's `define`).
    static var childBlocksAreDefinitions: Bool { get }
    /// Whether pages name a layout in front matter, rendered where it prints `{{ content }}` (Jekyll).
    static var hasLayouts: Bool { get }
    /// Bodies written in one place and rendered where they are called (PHP functions that print).
    static func detachedBodies(_ b: [UInt8], _ constructs: [TemplateScan.Construct]) -> [(body: ByteRange, what: String)]

    // MARK: Includes

    /// The literal names an include construct names (`{% include "head.html" %}`, `get_header()`).
    static func includedNames(_ text: [UInt8], _ c: TemplateScan.Construct) -> [String]
    /// The file names an include name may stand for, tried in each folder in turn.
    static func includeCandidates(_ name: String) -> [String]
    /// Words every include construct holds (`include`, `render`): a file with none of them
    /// includes nothing, and is not scanned for includes. `nil`: always scan.
    static var includeKeywords: [String]? { get }
}

/// How the pages a template can render are told apart.
enum TemplateBranchModel {
    /// By the branch of each conditional (`{% if %}…{% else %}`): scripts in different branches of
    /// one conditional are never on the same page.
    case conditionals
    /// By the stretch of markup between two code constructs (ERB, PHP): code may decide anything.
    case segments
}

enum TemplateStatementRole { case open, separator, close, extends, other }

/// A masker in front of the tokenizer for a framework's script helper (`javascript_include_tag`):
/// it writes the elements the helper prints into the masked bytes and returns how to annotate them
/// once parsed. Platforms supply them (`Platform.helperMaskers`); the template layer only runs them.
typealias TemplateHelperMasker = @Sendable (_ scan: inout TemplateScan, _ bytes: [UInt8], _ path: String?) -> (inout ScriptDocument) -> Void

extension TemplateSyntax {
    static var includeKeywords: [String]? { nil }
    static func closesItself(_ kind: String, _ m: Masker, inner: ByteRange) -> Bool { false }
    static var closesNameTheirKind: Bool { false }
    static var childBlocksAreDefinitions: Bool { false }
    static var hasLayouts: Bool { false }
    static func detachedBodies(_ b: [UInt8], _ constructs: [TemplateScan.Construct]) -> [(body: ByteRange, what: String)] { [] }

    /// Quoted names after `keyword` in a construct's text (`include "a.html"`, `render 'b'`); with
    /// `bare`, also an unquoted name holding a dot (Jekyll's `{% include head.html %}`).
    static func quotedNames(_ text: String, after keyword: String, bare: Bool = false) -> [String] {
        quotedNames(Array(text.utf8), after: keyword, bare: bare)
    }

    /// On bytes: a PHP file can be one construct of hundreds of kilobytes, and a search by
    /// Characters made indexing WordPress's `formatting.php` take 0.2 s.
    static func quotedNames(_ b: [UInt8], after keyword: String, bare: Bool = false) -> [String] {
        let k = Array(keyword.utf8)
        var names: [String] = []
        var from = 0
        while let at = firstIndex(of: k, in: b, from: from) {
            from = at + k.count
            if let name = quotedName(b, at: at, keywordLength: k.count, bare: bare) { names.append(name) }
        }
        return names
    }

    /// The name after one occurrence of a keyword (`length` bytes at `at`), if it is quoted (or, with
    /// `bare`, a bare file name) and the keyword stands alone.
    static func quotedName(_ b: [UInt8], at: Int, keywordLength: Int, bare: Bool = false) -> String? {
        if at > 0 && continuesWord(b, before: at) { return nil }
        var t = at + keywordLength
        while t < b.count && (b[t] == 0x20 || b[t] == 0x28 || b[t] == 0x09 || b[t] == 0x0A || b[t] == 0x0D) { t += 1 }
        if b[t...].starts(with: "partial:".utf8) {
            t += 8
            while t < b.count && b[t] == 0x20 { t += 1 }
        }
        if t < b.count && (b[t] == 0x22 || b[t] == 0x27) {
            if let end = b[(t + 1)...].firstIndex(of: b[t]) { return String(decoding: b[(t + 1)..<end], as: UTF8.self) }
        } else if bare {
            var e = t
            while e < b.count && !isHTMLSpace(b[e]) && b[e] != 0x25 && b[e] != 0x7D { e += 1 }
            while e > t && b[e - 1] == 0x2D { e -= 1 }
            let name = b[t..<e]
            if name.contains(0x2E) && !name.contains(0x7B) { return String(decoding: name, as: UTF8.self) }
        }
        return nil
    }

    /// Whether the character before `at` is a letter, digit or `_` (so a keyword there is the
    /// tail of a longer word).
    private static func continuesWord(_ b: [UInt8], before at: Int) -> Bool {
        var s = at - 1
        if b[s] < 0x80 { return isASCIIWordByte(b[s]) }
        while s > 0 && b[s] & 0xC0 == 0x80 { s -= 1 }
        guard let scalar = String(decoding: b[s..<at], as: UTF8.self).unicodeScalars.last else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

extension TemplateDialect {
    /// The dialect's syntax: the one place a dialect is mapped to its file.
    var syntax: any TemplateSyntax.Type {
        switch self {
        case .jinja: return JinjaSyntax.self
        case .erb: return ERBSyntax.self
        case .php: return PHPSyntax.self
        case .handlebars: return HandlebarsSyntax.self
        case .go: return GoSyntax.self
        }
    }
}
