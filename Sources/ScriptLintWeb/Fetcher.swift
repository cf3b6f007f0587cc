import CWeb
import ScriptLint

/// Fetches pages over HTTP(S) with libcurl: redirects followed and recorded, every content encoding
/// libcurl decodes (gzip, deflate, br, zstd), a timeout and a size cap, `User-Agent:
/// scriptlint/<version>`, proxies from the environment (`http_proxy`, `https_proxy`, `no_proxy`),
/// no cookies kept.
public struct Fetcher: Sendable {
    public var timeoutMilliseconds: Int
    public var maxBytes: Int
    public var maxRedirects: Int
    public var userAgent: String

    public static let defaultTimeout = 30_000
    public static let defaultMaxBytes = 20 << 20

    public init(timeoutMilliseconds: Int = Fetcher.defaultTimeout, maxBytes: Int = Fetcher.defaultMaxBytes, maxRedirects: Int = 10) {
        self.timeoutMilliseconds = timeoutMilliseconds
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.userAgent = "scriptlint/\(ScriptLintVersion.current)"
    }

    public struct Response: Sendable {
        public var info: FetchInfo
        public var body: [UInt8]
        /// The `charset` parameter of the final `Content-Type`.
        public var charset: String?
        /// The media type of the final `Content-Type`, lowercased.
        public var mediaType: String?
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var info: FetchInfo?
        public var description: String { reason }
    }

    public static var libcurlVersion: String? { sl_curl_version().map { String(cString: $0) } }

    /// Why URLs cannot be fetched on this machine (libcurl is loaded on first use), or nil.
    public static var unavailableReason: String? {
        guard let error = sl_curl_load_error() else { return nil }
        return "fetching URLs needs libcurl (libcurl.so.4), which could not be loaded (\(String(cString: error))). "
            + "Install it: apt-get install libcurl4 (Debian, Ubuntu), dnf install libcurl (Fedora)."
    }

    /// The page, or why there is none: DNS, connection, TLS, timeout, too large, too many redirects,
    /// an HTTP error status, a type that is not HTML.
    public func fetch(_ url: String) -> Result<Response, Failure> {
        var r = sl_fetch_result()
        let code = sl_fetch(url, timeoutMilliseconds, maxBytes, maxRedirects, userAgent, &r)
        defer { sl_fetch_free(&r) }
        let finalURL = r.final_url.map { String(cString: $0) } ?? url
        let contentType = r.content_type.map { String(cString: $0) } ?? ""
        let error = r.error.map { String(cString: $0) } ?? ""
        let headers = r.headers.map { String(decoding: UnsafeBufferPointer(start: $0, count: r.headers_len).map { UInt8(bitPattern: $0) }, as: UTF8.self) } ?? ""
        let info = FetchInfo(url: url, finalURL: finalURL.isEmpty ? url : finalURL, redirects: Self.redirects(in: headers),
                             status: Int(r.status), contentType: contentType.isEmpty ? nil : contentType)
        if r.too_large != 0 {
            return .failure(Failure(reason: "too large: more than \(maxBytes) bytes (raise --max-size)", info: info))
        }
        guard code == 0 else {
            let what: String
            switch code {
            case 6: what = "DNS lookup failed"
            case 7: what = "connection refused or failed"
            case 28: what = "timed out after \(timeoutMilliseconds) ms (raise --timeout)"
            case 35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91: what = "TLS error"
            case 47: what = "too many redirects (more than \(maxRedirects): a redirect loop?)"
            case 1: what = "unsupported protocol (only http and https)"
            case 3: what = "malformed URL"
            default: what = "transfer failed"
            }
            return .failure(Failure(reason: "\(what): \(error)", info: info))
        }
        let body = r.body.map { Array(UnsafeBufferPointer(start: $0, count: r.body_len)) } ?? []
        guard (200..<300).contains(r.status) else {
            return .failure(Failure(reason: "HTTP \(r.status)", info: info))
        }
        let (media, charset) = Self.parseContentType(contentType)
        return .success(Response(info: info, body: body, charset: charset, mediaType: media))
    }

    /// Redirects in the order they happened: each status line 3xx with its `Location`.
    static func redirects(in headers: String) -> [(status: Int, location: String)] {
        var result: [(Int, String)] = []
        var status: Int?
        for rawLine in headers.split(whereSeparator: \.isNewline) {
            let line = String(rawLine)
            if line.hasPrefix("HTTP/") {
                let parts = line.split(separator: " ")
                status = parts.count > 1 ? Int(parts[1]) : nil
            } else if let s = status, (300..<400).contains(s), line.lowercased().hasPrefix("location:") {
                result.append((s, String(line.dropFirst(9)).trimming(" \t")))
            }
        }
        return result
    }

    /// `text/html; charset=windows-1251` → ("text/html", "windows-1251").
    public static func parseContentType(_ value: String?) -> (String?, String?) {
        guard let value, !value.isEmpty else { return (nil, nil) }
        let parts = value.split(separator: ";")
        let media = parts.first.map { String($0).trimming(" \t").lowercased() }
        var charset: String?
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1)
            if kv.count == 2, String(kv[0]).trimming(" \t").lowercased() == "charset" {
                charset = String(kv[1]).trimming(" \t").trimmingQuotes
            }
        }
        return (media, charset)
    }

    /// Whether a media type is a page scriptlint reads: HTML or XHTML.
    public static func isPage(_ media: String?) -> Bool {
        guard let media else { return true }   // no Content-Type: sniffed as HTML, as browsers do for text
        return media == "text/html" || media == "application/xhtml+xml"
    }
}

extension String {
    var trimmingQuotes: String {
        count >= 2 && (hasPrefix("\"") && hasSuffix("\"") || hasPrefix("'") && hasSuffix("'")) ? String(dropFirst().dropLast()) : self
    }
}
