// libFuzzer's entry point, compiled into the ScriptLint module by Fuzz/run.sh (not part of the
// package build). The invariants live in Sources/ScriptLint/Engine/FuzzChecks.swift, so the
// tests replay Fuzz/regressions/ through the same checks.

@_cdecl("LLVMFuzzerTestOneInput")
public func scriptlintFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzChecks.run(bytes)
    return 0
}
