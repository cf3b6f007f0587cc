/// A CMS or framework whose API puts scripts on pages (SPEC §8): WordPress's `wp_enqueue_script`,
/// Drupal's `*.libraries.yml`, Rails' `javascript_include_tag`. Each is one folder under
/// `Platforms/` and one line in `Platforms.all`. The engine (`Linter`) composes platforms with the
/// template layer: a platform never calls a template dialect, and no dialect calls a platform.
///
/// What a platform adds is `ScriptElement`s whose `tag.range` is the call and whose `api` says the
/// platform, the call, the handle and why it lands where it does; rules see them as any script.
protocol Platform: Sendable {
    /// Its key in `platforms.<id>` settings and its name in `--print-model`.
    static var id: APIFacts.Platform { get }
    /// `platforms.<id>.<name>`: validated like rule options, listed by `--print-config`.
    static var settings: [PlatformSetting] { get }
    /// Files it reads as sources of scripts rather than as pages (Django's `.py`), or pages it
    /// places in its own way (Laravel's `.blade.php`).
    static var fileKinds: [FileKind] { get }
    /// For one configuration, with its `platforms.<id>` object (validated against `settings`).
    init(settings: [String: JSONValue])

    /// A file of one of its source kinds, as the scripts the platform prints for it.
    func document(_ file: ParsedFile, run: RunIndex) -> ScriptDocument?
    /// Maskers in front of the tokenizer for templates of `dialect`: helpers that print elements
    /// where they stand (`javascript_include_tag`, `encore_entry_script_tags`).
    func helperMaskers(for dialect: TemplateDialect) -> [TemplateHelperMasker]
    /// What it adds to a parsed template of `dialect`: scripts of API calls, placements of views
    /// in their layouts.
    func annotate(_ document: inout ScriptDocument, dialect: TemplateDialect, file: ParsedFile, run: RunIndex)
    /// Scripts that a JavaScript or TypeScript file (or a Vue component's `<script>` blocks) puts
    /// on pages through this framework's components and calls: JSX `<script>`, `next/script`,
    /// `useHead`, a bundler's HTML plugin. Numbered from 0; the engine numbers the file's whole list.
    func scripts(in file: ParsedFile, javaScript: JSSyntax, run: RunIndex) -> [ScriptElement]
    /// Names of files (`next.config.js`) whose presence in a folder makes a folder walk read the
    /// JavaScript and TypeScript files below it (`FileKind.walkedInProjects`).
    static var projectMarkers: [String] { get }
    /// npm packages whose presence among a `package.json`'s dependencies marks its folder as a
    /// project of this framework too (a Next.js app may have no `next.config.*`).
    static var projectPackages: [String] { get }
    /// Folders (absolute) where the framework looks up a template's parents and includes, for a
    /// template at `file`, as its own configuration names them (Django's `TEMPLATES` `DIRS`);
    /// searched after the configured roots. Asked once per folder: the files of a folder share the answer.
    func templateRoots(for file: String) -> [String]
}

extension Platform {
    func templateRoots(for file: String) -> [String] { [] }
    func scripts(in file: ParsedFile, javaScript: JSSyntax, run: RunIndex) -> [ScriptElement] { [] }
    static var projectMarkers: [String] { [] }
    static var projectPackages: [String] { [] }
    static var settings: [PlatformSetting] { [] }
    static var fileKinds: [FileKind] { [] }
    func document(_ file: ParsedFile, run: RunIndex) -> ScriptDocument? { nil }
    func helperMaskers(for dialect: TemplateDialect) -> [TemplateHelperMasker] { [] }
    func annotate(_ document: inout ScriptDocument, dialect: TemplateDialect, file: ParsedFile, run: RunIndex) {}
}

/// One setting of an object of settings: `platforms.<id>.<name>`, or `php.<name>`.
public struct PlatformSetting: Sendable {
    public enum Kind: Sendable {
        case boolean
        /// A release such as `"6.4"`: one to three numbers.
        case release
    }
    public var name: String
    public var kind: Kind
    public var defaultValue: JSONValue
    /// For the schema and the README.
    public var summary: String

    public init(_ name: String, _ kind: Kind, default defaultValue: JSONValue, _ summary: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// What is wrong with an object of settings at `path` (`platforms.wordpress`, `php`), naming
    /// the key and what is allowed; `nil` when nothing is.
    static func problem(_ value: JSONValue, at path: String, settings: [PlatformSetting]) -> String? {
        let names = settings.map(\.name)
        guard case .object(let object) = value else {
            return "'\(path)' must be an object with \(names.map { "'\($0)'" }.joined(separator: ", "))"
        }
        for name in object.keys.sorted() where !names.contains(name) {
            return "unknown key '\(path).\(name)' (allowed: \(names.joined(separator: ", ")))"
        }
        for setting in settings {
            guard let v = object[setting.name] else { continue }
            switch setting.kind {
            case .boolean:
                if case .bool = v { continue }
                return "'\(path).\(setting.name)' must be true or false (got \(Configuration.describe(v)))"
            case .release:
                if release(v) != nil { continue }
                return "'\(path).\(setting.name)' must be a release such as \"6.4\" (got \(Configuration.describe(v)))"
            }
        }
        return nil
    }

    /// A release's numbers (`"6.4"` → [6, 4]), or `nil` when it is not one.
    public static func release(_ value: JSONValue) -> [Int]? {
        guard case .string(let text) = value else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.map { $0! }
    }
}

/// The platforms scriptlint knows, in the order they annotate a file (the scripts each adds are
/// numbered after the previous one's).
enum Platforms {
    static let all: [any Platform.Type] = [
        BitrixPlatform.self,
        WordPressPlatform.self,
        LaravelPlatform.self,
        RailsPlatform.self,
        SymfonyPlatform.self,
        DjangoPlatform.self,
        DrupalPlatform.self,
        NextPlatform.self,
        NuxtPlatform.self,
        AstroPlatform.self,
        SvelteKitPlatform.self,
        WebpackPlatform.self,
        AngularPlatform.self,
    ]

    /// File names that mark a JavaScript project's root (`FileKind.walkedInProjects`).
    static let projectMarkers: Set<String> = Set(all.flatMap { $0.projectMarkers })
    /// npm packages that mark one, from a `package.json`'s dependencies.
    static let projectPackages: Set<String> = Set(all.flatMap { $0.projectPackages })

    /// Every platform, built with a configuration's `platforms` object (validated by `validate`).
    static func make(_ settings: [String: [String: JSONValue]]) -> [any Platform] {
        all.map { $0.init(settings: settings[$0.id.rawValue] ?? [:]) }
    }

    /// Checks a configuration's `platforms` object; the message names the key and what is allowed.
    static func validate(_ value: JSONValue) -> Result<[String: [String: JSONValue]], PlatformSettingsError> {
        let configurable = all.filter { !$0.settings.isEmpty }
        guard case .object(let top) = value else {
            return .failure(PlatformSettingsError(message: "'platforms' must be an object such as {\"wordpress\": {\"version\": \"6.4\"}}"))
        }
        var out: [String: [String: JSONValue]] = [:]
        for key in top.keys.sorted() {
            guard let platform = configurable.first(where: { $0.id.rawValue == key }) else {
                let allowed = configurable.map { $0.id.rawValue }.sorted().joined(separator: ", ")
                return .failure(PlatformSettingsError(message: "unknown key 'platforms.\(key)' (allowed: \(allowed))"))
            }
            if let problem = PlatformSetting.problem(top[key]!, at: "platforms.\(key)", settings: platform.settings) {
                return .failure(PlatformSettingsError(message: problem))
            }
            if case .object(let object) = top[key]! { out[key] = object }
        }
        return .success(out)
    }
}

struct PlatformSettingsError: Error {
    var message: String
}

/// One file as the engine reads it, handed to each platform: what platforms read of it is read
/// once, however many of them ask (a PHP file's tokens serve 1C-Bitrix and WordPress alike).
final class ParsedFile {
    /// Absolute, or `nil` for standard input and an untitled buffer.
    let path: String?
    let source: SourceText
    private var tokens: [PHPToken]?

    /// PHP's short open tags, as the configuration reads them.
    let shortOpenTag: Bool

    init(path: String?, source: SourceText, options: TemplateOptions) {
        self.path = path
        self.source = source
        self.shortOpenTag = options.phpShortOpenTag
    }

    var bytes: [UInt8] { source.bytes }

    private var js: JSSyntax??

    /// The file as JavaScript (a `.vue` file's `<script>` blocks), lexed on first use; `nil` when
    /// it names none of what the framework platforms look for (`javaScriptNeedles`), which spares
    /// lexing most of a project's files.
    var javaScript: JSSyntax? {
        if let js { return js }
        let parsed = Self.readJavaScript(source.bytes, name: path ?? "")
        js = .some(parsed)
        return parsed
    }

    /// What a file must name for a framework platform to find anything in it: a JSX `<script>`,
    /// `next/script`'s import, a `script:` key (useHead, nuxt.config, head()), `useScript`,
    /// `HtmlWebpackPlugin`. ("script" alone would not do: "typescript" and "javascript" are in
    /// most files' imports.)
    static let javaScriptNeedles: [[UInt8]] = ["<script", "next/script", "script:", "script :", "script':", "script\":", "useScript", "HtmlWebpackPlugin", "html-webpack-plugin"].map { Array($0.utf8) }

    static func readJavaScript(_ bytes: [UInt8], name: String) -> JSSyntax? {
        guard JSSyntax.mentions(bytes, javaScriptNeedles) else { return nil }
        let lower = name.lowercased()
        if lower.hasSuffix(".vue") {
            let blocks = VueBlocks.scripts(bytes)
            guard !blocks.isEmpty else { return nil }
            return JSSyntax(bytes, ranges: blocks.map(\.range), jsx: blocks.contains { $0.jsx })
        }
        let typeScriptOnly = lower.hasSuffix(".ts") || lower.hasSuffix(".mts") || lower.hasSuffix(".cts")
        return JSSyntax(bytes, jsx: !typeScriptOnly)
    }

    /// The file's PHP tokens, lexed on first use.
    var phpTokens: [PHPToken] {
        if let tokens { return tokens }
        let lexed = PHPLexer.tokens(source.bytes, start: source.bomLength, shortOpenTag: shortOpenTag)
        tokens = lexed
        return lexed
    }
}
