import CKernels
import Foundation

/// One OpenCL device opened through the run-time loaded library, with its compiled programs.
final class OpenCLRuntime: @unchecked Sendable {
    let context: OpaquePointer
    let description: ck_cl_device_desc
    let sourceDirectory: URL
    private let lock = NSLock()
    private let queueLock = NSLock()
    private var programs: [String: OpaquePointer] = [:]

    /// Opens device `index`, or says why not (the reason is shown as `opencl: <reason>`).
    static func open(deviceIndex: Int, sourceDirectory: URL?) -> Result<OpenCLRuntime, BenchError> {
        guard let sourceDirectory else {
            return .failure(.portUnavailable(port: "opencl", reason: "kernel sources (Data/kernels/opencl) not found; set \(DataLocator.environmentKey)"))
        }
        prepareCompilerCache()
        var err = [CChar](repeating: 0, count: 512)
        var count: Int32 = 0
        if ck_cl_device_count(&count, &err, err.count) != 0 {
            return .failure(.portUnavailable(port: "opencl", reason: cText(err)))
        }
        guard deviceIndex >= 0, deviceIndex < Int(count) else {
            return .failure(.portUnavailable(port: "opencl", reason: "no OpenCL device \(deviceIndex) (found \(count))"))
        }
        var desc = ck_cl_device_desc()
        _ = ck_cl_device_describe(Int32(deviceIndex), &desc)
        if desc.max_work_group < 256 {
            return .failure(.portUnavailable(port: "opencl", reason: "device work-group limit \(desc.max_work_group) is below the 256 the kernels use"))
        }
        guard let ctx = ck_cl_ctx_create(Int32(deviceIndex), &err, err.count) else {
            return .failure(.portUnavailable(port: "opencl", reason: cText(err)))
        }
        return .success(OpenCLRuntime(context: ctx, description: desc, sourceDirectory: sourceDirectory))
    }

    private init(context: OpaquePointer, description: ck_cl_device_desc, sourceDirectory: URL) {
        self.context = context
        self.description = description
        self.sourceDirectory = sourceDirectory
    }

    deinit {
        for p in programs.values { ck_cl_prog_release(p) }
        ck_cl_ctx_release(context)
    }

    /// `PoCL 3.1 · pthread-skylake-avx512 (OpenCL 3.0 PoCL ...)`.
    var deviceLine: String {
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
        }
        return "\(text(description.platform)) · \(text(description.device)) · \(text(description.version))"
    }

    /// Runs `body` with the command queue to itself: the queue tracks the first and last
    /// event of a timed batch, so two threads must not enqueue on it at once.
    func withQueue<T>(_ body: () throws(BenchError) -> T) throws(BenchError) -> T {
        queueLock.lock()
        defer { queueLock.unlock() }
        return try body()
    }

    /// PoCL compiles kernels on first use; a persistent cache keeps that out of later runs.
    private static func prepareCompilerCache() {
        guard ProcessInfo.processInfo.environment["POCL_CACHE_DIR"] == nil else { return }
        let base = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        let dir = base.appendingPathComponent("drawbridge/pocl")
        if (try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)) != nil {
            setenv("POCL_CACHE_DIR", dir.path, 0)
        }
    }

    /// The built program of `<name>.cl`, compiled once per runtime.
    func program(_ name: String) throws(BenchError) -> OpaquePointer {
        lock.lock()
        defer { lock.unlock() }
        if let p = programs[name] { return p }
        let file = sourceDirectory.appendingPathComponent("\(name).cl")
        guard let source = try? String(contentsOf: file, encoding: .utf8) else {
            throw BenchError.io(path: file.path, message: "cannot read OpenCL source")
        }
        var log = [CChar](repeating: 0, count: 8192)
        guard let p = ck_cl_prog_build(context, source, "-cl-std=CL1.2", &log, log.count) else {
            let text = cText(log).split(separator: "\n").prefix(6).joined(separator: " | ")
            throw BenchError.io(path: file.path, message: "OpenCL build failed: \(text)")
        }
        programs[name] = p
        return p
    }
}
