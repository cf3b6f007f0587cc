import ScriptLint

enum ModelPrinter {
    static func print(_ target: Target) {
        switch target {
        case .file(let path):
            do {
                FileHandleStdout.write(ModelReporter.render(HTMLParser.parse(bytes: try FileSystem.read(path)), path: path))
            } catch {
                FileHandleStderr.write("scriptlint: \(path): \(error)\n")
            }
        case .standardInput(let name):
            if let bytes = try? FileSystem.readStandardInput() {
                FileHandleStdout.write(ModelReporter.render(HTMLParser.parse(bytes: bytes), path: name))
            }
        case .unusable(let path, let reason):
            FileHandleStderr.write("scriptlint: \(path): \(reason)\n")
        }
    }
}
