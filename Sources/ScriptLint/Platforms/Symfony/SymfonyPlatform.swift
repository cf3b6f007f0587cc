/// Symfony's Webpack Encore in Twig: `encore_entry_script_tags('app')` becomes the entry's
/// `<script>` tags, with the project's `script_attributes`.
struct SymfonyPlatform: Platform {
    static let id = APIFacts.Platform.symfony

    init(settings: [String: JSONValue]) {}

    func helperMaskers(for dialect: TemplateDialect) -> [TemplateHelperMasker] {
        dialect == .jinja ? [Encore.masker] : []
    }
}
