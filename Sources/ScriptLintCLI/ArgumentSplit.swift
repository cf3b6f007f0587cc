import ArgumentParser
import ScriptLint

/// Splits the command line into options (with their values) and paths before ArgumentParser sees
/// it. ArgumentParser records each value of a repeating positional argument with an origin set
/// that is copied on every append, so parsing is quadratic in the number of paths: 1 699 paths
/// with one option took 18 % of a whole lint run, and 16 000 would take seconds. Only the options
/// go through ArgumentParser; which options take a value is read from the command's own
/// definition (its help dump), so the split cannot drift from it. Short command lines are not
/// split at all.
enum ArgumentSplit {
    static func split(_ arguments: [String]) -> (options: [String], paths: [String]) {
        // A short command line goes to ArgumentParser whole: reading the help dump costs more
        // (about 18 million instructions) than parsing a few dozen paths.
        if arguments.count <= 64 { return (arguments, []) }
        let valued = optionsTakingValues
        var options: [String] = []
        var paths: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            i += 1
            if a == "--" {
                paths.append(contentsOf: arguments[i...])
                break
            }
            guard a.hasPrefix("-") && a != "-" else {
                paths.append(a)
                continue
            }
            options.append(a)
            // `--name=value` carries its value; `-qj 2` groups shorts, the last of which may take one.
            if a.contains("=") { continue }
            let takesValue = valued.contains(a)
                || (!a.hasPrefix("--") && a.count > 2 && valued.contains("-" + String(a.last!)))
            if takesValue && i < arguments.count {
                options.append(arguments[i])
                i += 1
            }
        }
        return (options, paths)
    }

    /// `--format`, `-f`, … : every spelling of every option that takes a value.
    static let optionsTakingValues: Set<String> = {
        // The dump is ArgumentParser's ToolInfoV0: command.arguments[].kind and .names[].{kind,name}.
        guard let dump = try? JSONValue.parse(Array(ScriptLintCommand._dumpHelp().utf8)),
              case .array(let arguments)? = dump["command"]?["arguments"] else { return [] }
        var names: Set<String> = []
        for argument in arguments where argument["kind"] == .string("option") {
            guard case .array(let spellings)? = argument["names"] else { continue }
            for name in spellings {
                guard case .string(let text)? = name["name"] else { continue }
                names.insert((name["kind"] == .string("long") ? "--" : "-") + text)
            }
        }
        return names
    }()
}
