/// Laravel's Blade views (`.blade.php`, read in the PHP dialect): what a view pushes to a stack or
/// puts in a section is printed where the run's layouts `@stack` or `@yield` it.
struct LaravelPlatform: Platform {
    static let id = APIFacts.Platform.laravel
    static let fileKinds = [FileKind(".blade.php", .template(.php), walked: false)]

    init(settings: [String: JSONValue]) {}

    static func isBlade(_ path: String) -> Bool { fileKinds[0].matches(path) }

    func annotate(_ document: inout ScriptDocument, dialect: TemplateDialect, file: ParsedFile, run: RunIndex) {
        guard dialect == .php else { return }
        BladeStacks.place(&document, path: file.path, run: run)
    }
}
