/// The edits of a registration's call that make WordPress print `defer` or `async` (the fixes
/// offered at the call).
extension WordPressRun {
    /// The edits that make WordPress print `defer` or `async` for a registration, where its
    /// arguments are literal: a `strategy` (6.3+), else moving it to the footer when nothing in
    /// <head> depends on it.
    func additions(_ r: WordPress.Registration, handle: Int) -> [String: [Edit]] {
        guard !r.isAddMethod else { return [:] }
        var out: [String: [Edit]] = [:]
        if supportsStrategies {
            // Only where WordPress would keep it: no dependent that must run at once.
            for strategy in ["defer", "async"] where self.strategy(handle, intending: strategy).strategy == .some(strategy) {
                let entry = "'strategy' => '\(strategy)'"
                if let args = r.args {
                    switch args.value {
                    case .array(let entries):
                        if let existing = entries.last(where: { $0.key == .string("strategy") }) {
                            out[strategy] = [Edit(range: existing.valueRange, replacement: "'\(strategy)'")]
                        } else if let last = entries.last {
                            guard !entries.contains(where: { $0.value == .unknown && $0.key == nil }) else { continue }
                            out[strategy] = [Edit(range: ByteRange(last.range.end, last.range.end), replacement: ", " + entry)]
                        } else {
                            out[strategy] = [Edit(range: args.range, replacement: "array( \(entry) )")]
                        }
                    case .bool(let footer):
                        out[strategy] = [Edit(range: args.range, replacement: footer ? "array( 'in_footer' => true, \(entry) )" : "array( \(entry) )")]
                    case .null:
                        out[strategy] = [Edit(range: args.range, replacement: "array( \(entry) )")]
                    default: break
                    }
                } else {
                    out[strategy] = [Edit(range: ByteRange(r.lastArgumentEnd, r.lastArgumentEnd), replacement: missingArguments(r, "array( \(entry) )"))]
                }
            }
            return out
        }
        // Before 6.3: the footer prints it after the content, which is what `defer` would buy —
        // where the footer ends the body.
        guard footerEndsBody != false, dependents(of: handle).allSatisfy({ group($0).group == 1 }) else { return [:] }
        let edit: Edit
        if let args = r.args {
            guard args.value.truthy == false else { return [:] }
            edit = Edit(range: args.range, replacement: "true")
        } else {
            edit = Edit(range: ByteRange(r.lastArgumentEnd, r.lastArgumentEnd), replacement: missingArguments(r, "true"))
        }
        out["defer"] = [edit]
        return out
    }

    /// The text that adds the fifth argument after the last one written: named when the call
    /// names its arguments, else with the defaults of the ones in between.
    private func missingArguments(_ r: WordPress.Registration, _ value: String) -> String {
        if r.named { return ", \(supportsStrategies ? "args" : "in_footer"): \(value)" }
        let defaults = ["array()", "false"]
        let between = r.positionalCount >= 2 ? Array(defaults[min(2, r.positionalCount - 2)...]) : []
        return ", " + (between + [value]).joined(separator: ", ")
    }
}
