import ScriptLint
import ScriptLintWeb

enum ModelPrinter {
    static func print(_ target: Target, linter: Linter) {
        switch target {
        case .file(let path):
            do {
                FileHandleStdout.write(ModelReporter.render(linter.parse(path: path, bytes: try FileSystem.read(path)), path: path))
            } catch {
                FileHandleStderr.write("scriptlint: \(path): \(error)\n")
            }
        case .standardInput(let name):
            if let bytes = try? FileSystem.readStandardInput() {
                FileHandleStdout.write(ModelReporter.render(linter.parse(path: name == "-" ? nil : name, bytes: bytes), path: name))
            }
        case .unusable(let path, let reason):
            FileHandleStderr.write("scriptlint: \(path): \(reason)\n")
        case .url(let url):
            switch Fetcher().fetch(url) {
            case .success(let response):
                let document = HTMLParser.parse(SourceText(fileBytes: response.body, charset: response.charset))
                FileHandleStdout.write(ModelReporter.render(document, path: response.info.finalURL))
            case .failure(let failure):
                FileHandleStderr.write("scriptlint: \(url): \(failure.reason)\n")
            }
        }
    }
}
