/// Rails in ERB: the script helpers (`javascript_include_tag`, `javascript_pack_tag`,
/// `javascript_importmap_tags`) become the elements they print, and a view's scripts take the
/// place where the run's layouts `yield` them (`content_for :head`).
struct RailsPlatform: Platform {
    static let id = APIFacts.Platform.rails

    init(settings: [String: JSONValue]) {}

    func helperMaskers(for dialect: TemplateDialect) -> [TemplateHelperMasker] {
        dialect == .erb ? [RailsHelpers.masker] : []
    }

    func annotate(_ document: inout ScriptDocument, dialect: TemplateDialect, file: ParsedFile, run: RunIndex) {
        guard dialect == .erb else { return }
        RailsLayouts.place(&document, path: file.path, run: run)
    }
}
