import XCTest
import TestSupport
@testable import ScriptLint

/// Every entry of `ScriptLoader.all`, with the markup real pages carry: with the loader on the page
/// the script is deferred by it (no `script-never-runs`, no fix); without it, it never runs.
final class ScriptLoaderTests: XCTestCase {
    struct Case {
        var loader: String
        var script: String
        var loaderMarkup: String
        /// Whether the rewritten script, without its loader, looks meant as JavaScript.
        var reportedAlone: Bool
    }

    static let cases: [Case] = [
        Case(loader: "Cloudflare Rocket Loader",
             script: #"<script type="e3d0d1fa6f6cb4bc58ab2529-text/javascript" src="/wp-includes/js/jquery/jquery.min.js" async></script>"#,
             loaderMarkup: #"<script src="/cdn-cgi/scripts/7d0fa10a/cloudflare-static/rocket-loader.min.js" data-cf-settings="e3d0d1fa6f6cb4bc58ab2529-|49" defer></script>"#,
             reportedAlone: true),
        Case(loader: "WP Rocket",
             script: #"<script type="rocketlazyloadscript" data-rocket-src="/wp-content/plugins/x/app.js" defer></script>"#,
             loaderMarkup: "<script>class RocketLazyLoadScripts{constructor(){}}</script>",
             reportedAlone: false),
        Case(loader: "LiteSpeed Cache",
             script: #"<script type="litespeed/javascript" data-src="/wp-content/themes/t/main.js"></script>"#,
             loaderMarkup: #"<script data-no-optimize="1">const litespeed_ui_events=["mouseover"];document.querySelectorAll('script[type="litespeed/javascript"]')</script>"#,
             reportedAlone: true),
        Case(loader: "Partytown",
             script: #"<script type="text/partytown" src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>"#,
             loaderMarkup: "<script>!(function(w,p){w[p]=w[p]||{}})(window,'partytown');</script>",
             reportedAlone: false),
        Case(loader: "Perfmatters",
             script: #"<script type="pmdelayedscript" data-perfmatters-type="text/javascript" src="/a.js"></script>"#,
             loaderMarkup: #"<script>const pmDelayTimer=setTimeout(pmTriggerDOMListener,1e4);document.querySelectorAll("script[type=pmdelayedscript]")</script>"#,
             reportedAlone: false),
        Case(loader: "Cookiebot",
             script: #"<script type="text/plain" data-cookieconsent="statistics" src="https://www.google-analytics.com/analytics.js" async></script>"#,
             loaderMarkup: #"<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0000" type="text/javascript"></script>"#,
             reportedAlone: false),
        Case(loader: "OneTrust",
             script: #"<script type="text/plain" class="optanon-category-C0004" async src="https://connect.facebook.net/en_US/fbevents.js"></script>"#,
             loaderMarkup: #"<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="x"></script>"#,
             reportedAlone: false),
        Case(loader: "Klaro",
             script: #"<script type="text/plain" data-type="application/javascript" data-name="matomo" data-src="/matomo.js"></script>"#,
             loaderMarkup: #"<script defer src="/js/klaro.js"></script>"#,
             reportedAlone: false),
        Case(loader: "iubenda",
             script: #"<script type="text/plain" class="_iub_cs_activate" suppressedsrc="https://www.youtube.com/iframe_api" async></script>"#,
             loaderMarkup: #"<script src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>"#,
             reportedAlone: false),
        Case(loader: "Complianz",
             script: #"<script type="text/plain" class="cmplz-script" async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>"#,
             loaderMarkup: #"<script id="cmplz-cookiebanner-js" src="/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js"></script>"#,
             reportedAlone: false),
        Case(loader: "CookieYes",
             script: #"<script type="text/plain" data-cookieyes="cookieyes-analytics" src="/ga.js" defer></script>"#,
             loaderMarkup: #"<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/x/script.js"></script>"#,
             reportedAlone: false),
    ]

    private func lint(_ html: String) throws -> [Diagnostic] {
        try Linter(settings: RuleSettings(severities: [:])).lint(HTMLParser.parse(html))
    }

    func testEveryLoaderHasACase() {
        XCTAssertEqual(Set(Self.cases.map(\.loader)), Set(ScriptLoader.all.map(\.name)))
    }

    func testWithTheLoaderTheScriptIsDeferredByIt() throws {
        for c in Self.cases {
            let html = "<!doctype html><html><head>\(c.loaderMarkup)</head><body><p>x</p>\(c.script)<p>y</p></body></html>"
            let doc = HTMLParser.parse(html)
            let rewritten = try XCTUnwrap(doc.scripts.first { $0.kind == .data }, c.loader)
            XCTAssertEqual(rewritten.deferredBy, c.loader)
            let found: [Diagnostic] = try lint(html).filter { (d: Diagnostic) in d.byteRange.start == rewritten.tag.range.start }
            XCTAssertEqual(found.map { $0.ruleID }, [], "\(c.loader): \(found.map { $0.message })")
            XCTAssertTrue(ModelReporter.render(doc, path: "p").contains("\"deferredBy\":\"\(c.loader)\""), c.loader)
        }
    }

    func testWithoutTheLoaderItReallyNeverRuns() throws {
        for c in Self.cases {
            let html = "<!doctype html><html><head></head><body><p>x</p>\(c.script)<p>y</p></body></html>"
            let doc = HTMLParser.parse(html)
            XCTAssertNil(doc.scripts[0].deferredBy, c.loader)
            let rules = try lint(html).map(\.ruleID)
            XCTAssertEqual(rules.contains("script-never-runs"), c.reportedAlone, "\(c.loader): \(rules)")
        }
    }

    /// A data block with `src`: its `async`/`defer` are a loader's or a consent manager's, never "fixed".
    func testExternalDataBlockAttributesAreNeverFixed() throws {
        for html in [#"<script type="text/plain" class="unknown-consent" async src="https://x/ads.js"></script>"#,
                     #"<script type="application/deferred" src="/a.js" defer></script>"#] {
            let found = try lint(html)
            XCTAssertFalse(found.contains { $0.ruleID == "ineffective-script-attribute" }, html)
            XCTAssertTrue(found.allSatisfy { $0.fix == nil }, html)
        }
        XCTAssertEqual(try lint(#"<script type="application/ld+json" async>{}</script>"#).map(\.ruleID), ["ineffective-script-attribute"])
    }
}
