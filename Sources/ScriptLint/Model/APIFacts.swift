/// What the model knows of a script that a CMS or framework adds through its API (SPEC §8): the
/// element is the one the platform prints, and its `tag.range` is the call that adds it.
public struct APIFacts: Sendable, Hashable {
    public enum Platform: String, Sendable, Hashable, CaseIterable {
        case wordpress, bitrix, drupal, rails, django, symfony, laravel
        case nextjs, nuxt, astro, sveltekit, webpack, angular
        public var displayName: String {
            switch self {
            case .wordpress: return "WordPress"
            case .bitrix: return "1C-Bitrix"
            case .drupal: return "Drupal"
            case .rails: return "Rails"
            case .django: return "Django"
            case .symfony: return "Symfony"
            case .laravel: return "Laravel"
            case .nextjs: return "Next.js"
            case .nuxt: return "Nuxt"
            case .astro: return "Astro"
            case .sveltekit: return "SvelteKit"
            case .webpack: return "webpack"
            case .angular: return "Angular"
            }
        }
    }

    public var platform: Platform
    /// The function, method or key that adds it (`wp_enqueue_script`, `$scripts->add`).
    public var call: String
    /// The platform's name for the script (a WordPress handle, a Drupal library), if any.
    public var handle: String?
    public var dependencies: [String] = []
    /// Why the platform prints it where it does and loads it how it does, in a few words
    /// (`registered with in_footer false`, `moved into <head>: theme-js depends on it`).
    public var why: String
    /// Edits of the call that make the platform print an attribute (`defer`, `async`), where the
    /// arguments are literal; an attribute with no entry has no fix.
    public var additions: [String: [Edit]] = [:]
    /// How it is printed on each kind of page that the run's calls print it on (WordPress: front
    /// end, admin, block editor, customizer, login); empty when no call of the run enqueues it. The
    /// element itself is the kind of page that places it earliest.
    public var variants: [Variant] = []
    public struct Variant: Sendable, Hashable {
        public var context: String
        public var placement: Placement
        public var isAsync: Bool
        public var isDefer: Bool
        /// `nil` when not known.
        public var atEndOfBody: Bool?
    }

    /// The platform prints it where the call stands (a template helper such as Rails'
    /// `javascript_importmap_tags`), so it is ordered with the template's own scripts.
    public var printedInPlace = false
    /// Whether anything renderable follows is not known (WordPress's admin pages differ page by page).
    public var endOfBodyUnknown = false
    /// Whether the script gets `async`/`defer` is not known (a strategy from a variable): any may be present.
    public var unknownLoading = false
    /// The framework's runtime inserts it with DOM calls once the page has loaded or hydrated
    /// (Next.js's `afterInteractive`, unhead's `useScript`): it is not parser-inserted, so it
    /// blocks neither parsing nor rendering, and where it lands is not the page's markup.
    public var insertedAfterLoad = false
    /// A build tool prints the tag the way it always does (Angular CLI's `scripts.js` with `defer`
    /// at the end of `<body>`): no setting of the construct changes where or how, so advice about
    /// its attributes does not apply to it.
    public var setByBuildTool = false

    public init(platform: Platform, call: String, handle: String?, dependencies: [String] = [], why: String) {
        self.platform = platform
        self.call = call
        self.handle = handle
        self.dependencies = dependencies
        self.why = why
    }
}
