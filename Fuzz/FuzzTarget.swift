// libFuzzer's entry point, compiled into the ScriptLint module by Fuzz/run.sh (not part of the
// package build), once per target: `-D FUZZ_PARSE`, `-D FUZZ_CONFIG`, … choose the layer. The
// invariants live in Sources/ScriptLint/Engine/FuzzChecks.swift, so the tests replay
// Fuzz/regressions/ through the same checks.

#if FUZZ_PARSE
let fuzzTarget = FuzzChecks.Target.parse
#elseif FUZZ_CONFIG
let fuzzTarget = FuzzChecks.Target.config
#elseif FUZZ_FIX
let fuzzTarget = FuzzChecks.Target.fix
#elseif FUZZ_REPORT
let fuzzTarget = FuzzChecks.Target.report
#elseif FUZZ_TEMPLATE
let fuzzTarget = FuzzChecks.Target.template
#elseif FUZZ_PLATFORMS
let fuzzTarget = FuzzChecks.Target.platforms
#else
let fuzzTarget = FuzzChecks.Target.all
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func scriptlintFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzChecks.run(Array(UnsafeBufferPointer(start: data, count: size)), target: fuzzTarget)
    return 0
}
