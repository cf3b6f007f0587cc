#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading, walking and writing files with plain POSIX calls: no Foundation on the hot path.
public enum FileSystem {
    static func readBytes(_ fd: Int32, _ buf: UnsafeMutableRawPointer, _ n: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buf, n)
        #else
        return Darwin.read(fd, buf, n)
        #endif
    }

    public static func writeBytes(_ fd: Int32, _ buf: UnsafeRawPointer, _ n: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, buf, n)
        #else
        return Darwin.write(fd, buf, n)
        #endif
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func errnoMessage(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    /// Reads a regular file whole. Pipes, devices and folders are refused, not waited on.
    public static func read(_ path: String) throws -> [UInt8] {
        let fd = open(PathCodec.encode(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(description: "cannot read: \(errnoMessage())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(description: "cannot read: \(errnoMessage())") }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw Failure(description: "is a folder, not a file") }
        if type != S_IFREG { throw Failure(description: "not a regular file (a pipe, socket or device); skipped") }
        let size = Int(st.st_size)
        // Read straight into the array's storage, not into zeroed memory first; one spare byte
        // tells whether the file grew while it was being read.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buf, count in
            var total = 0
            while total < size + 1 {
                let got = readBytes(fd, buf.baseAddress! + total, size + 1 - total)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if got == 0 { break }
                total += got
            }
            count = total
        }
        if failure != 0 { throw Failure(description: "cannot read: \(errnoMessage(failure))") }
        guard bytes.count > size else { return bytes }
        // A file that grew while being read: take the rest too.
        while true {
            let chunk = [UInt8](unsafeUninitializedCapacity: 65536) { buf, count in
                count = max(0, readBytes(fd, buf.baseAddress!, 65536))
            }
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return bytes
    }

    public static func readStandardInput() throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let got = chunk.withUnsafeMutableBytes { readBytes(0, $0.baseAddress!, 65536) }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot read standard input: \(errnoMessage())")
            }
            if got == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<got])
        }
    }

    public enum Kind { case file, directory, other, missing(String) }

    public static func kind(_ path: String) -> Kind {
        var st = stat()
        guard stat(PathCodec.encode(path), &st) == 0 else {
            let code = errno
            var lst = stat()
            if code == ENOENT && lstat(PathCodec.encode(path), &lst) == 0 { return .missing("broken symbolic link") }
            if code == ELOOP { return .missing("symbolic link loop") }
            return .missing(code == ENOENT ? "no such file or folder" : errnoMessage(code))
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Replaces a linted file's content with its fixed version, only if the file still holds exactly
    /// `original`. Symbolic links are followed (the target is rewritten, the link stays); the
    /// file's permissions and owner are kept; a read-only file is left alone.
    public static func replace(_ path: String, original: [UInt8], with bytes: [UInt8]) throws {
        guard let resolved = realpath(PathCodec.encode(path), nil) else { throw Failure(description: "cannot fix: \(errnoMessage())") }
        let target = PathCodec.decode(resolved)
        free(resolved)
        var st = stat()
        guard stat(PathCodec.encode(target), &st) == 0 else { throw Failure(description: "cannot fix: \(errnoMessage())") }
        if st.st_mode & 0o222 == 0 {
            throw Failure(description: "is read-only; not fixed (make it writable to let --fix change it)")
        }
        guard (try? read(target)) == original else {
            throw Failure(description: "changed on disk while scriptlint ran; not fixed (run scriptlint --fix again)")
        }
        try writeAtomically(bytes, to: target, mode: st.st_mode & 0o7777, owner: (st.st_uid, st.st_gid))
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
    /// reader never sees half a file.
    public static func isFile(_ path: String) -> Bool {
        if case .file = kind(path) { return true }
        return false
    }

    public static func isDirectory(_ path: String) -> Bool {
        if case .directory = kind(path) { return true }
        return false
    }

    /// The names in a folder (not `.` and `..`), sorted; none when it cannot be read.
    public static func entries(_ folder: String) -> [String] {
        guard let handle = opendir(PathCodec.encode(folder)) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { PathCodec.decode($0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644, owner: (uid_t, gid_t)? = nil) throws {
        let file = try AtomicFile(path)
        do {
            try file.write(bytes)
            try file.commit(mode: mode, owner: owner)
        } catch {
            file.abandon()
            throw error
        }
    }
}

/// A file written piece by piece into a temporary file next to its destination, then renamed over
/// it: until `commit`, the destination is untouched, and it never holds half a document.
///
/// A destination that is not a regular file (`/dev/null`, a pipe, a terminal) is written
/// directly — renaming over it would replace the device with a file — and a symbolic link is
/// followed, so the link stays and its target gets the content.
public final class AtomicFile {
    public let path: String
    private let temporary: String?
    private var fd: Int32
    private var buffer: [UInt8] = []

    public init(_ path: String) throws {
        self.path = path
        var st = stat()
        if stat(PathCodec.encode(path), &st) == 0 && st.st_mode & S_IFMT != S_IFREG {
            fd = open(PathCodec.encode(path), O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw FileSystem.Failure(description: "cannot write \(path): \(FileSystem.errnoMessage())") }
            temporary = nil
            return
        }
        let target = AtomicFile.followLinks(path)
        let dir = target.lastIndex(of: "/").map { String(target[...$0]) } ?? ""
        let base = target.split(separator: "/").last.map(String.init) ?? target
        var template = PathCodec.encode(dir + "." + base + ".scriptlint-XXXXXX")
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FileSystem.Failure(description: "cannot write \(path): \(FileSystem.errnoMessage())") }
        temporary = template.withUnsafeBufferPointer { PathCodec.decode($0.baseAddress!) }
        self.target = target
        buffer.reserveCapacity(1 << 16)
    }

    /// The file the rename replaces (the path, or what its symbolic link points to).
    private var target: String?

    /// Follows symbolic links, even to a target that does not exist yet.
    static func followLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(PathCodec.encode(current), &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return current }
            var buf = [CChar](repeating: 0, count: 4096)
            let n = readlink(PathCodec.encode(current), &buf, buf.count - 1)
            guard n > 0 else { return current }
            let link = PathCodec.decode(buf[0..<n].map { UInt8(bitPattern: $0) })
            if link.hasPrefix("/") {
                current = link
            } else {
                let dir = current.lastIndex(of: "/").map { String(current[...$0]) } ?? ""
                current = dir + link
            }
        }
        return current
    }

    deinit {
        if fd >= 0 { abandon() }
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer += bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(_ text: String) throws { try write(Array(text.utf8)) }

    private func flush() throws {
        var written = 0
        while written < buffer.count {
            let n = buffer.withUnsafeBytes { FileSystem.writeBytes(fd, $0.baseAddress! + written, buffer.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystem.Failure(description: "cannot write \(path): \(FileSystem.errnoMessage())")
            }
            written += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    public func commit(mode: mode_t = 0o644, owner: (uid_t, gid_t)? = nil) throws {
        try flush()
        guard let temporary, let target else {
            close(fd)
            fd = -1
            return
        }
        fchmod(fd, mode)
        if let (uid, gid) = owner { _ = fchown(fd, uid, gid) } // keeps the owner where we may; EPERM leaves ours
        guard fsync(fd) == 0 || errno == EINVAL, close(fd) == 0 else {
            throw FileSystem.Failure(description: "cannot write \(path): \(FileSystem.errnoMessage())")
        }
        fd = -1
        guard rename(PathCodec.encode(temporary), PathCodec.encode(target)) == 0 else {
            let message = FileSystem.errnoMessage()
            unlink(PathCodec.encode(temporary))
            throw FileSystem.Failure(description: "cannot write \(path): \(message)")
        }
    }

    public func abandon() {
        if fd >= 0 { close(fd); fd = -1 }
        if let temporary { unlink(PathCodec.encode(temporary)) }
    }
}
