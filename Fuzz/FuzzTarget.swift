// libFuzzer entry points, compiled into the ScriptLint module by Fuzz/run.sh (not part of the
// package build). Each input is linted as a page and parsed as a configuration file; the checks
// below turn a broken invariant into a crash the fuzzer keeps.



@_cdecl("LLVMFuzzerTestOneInput")
public func scriptlintFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzChecks.run(bytes)
    return 0
}
