import Foundation

/// The CUDA port: `Data/kernels/cuda/runner.cu` built with nvcc into a cache directory on
/// first use and driven as an external runner (timed inside with CUDA events).
public enum CUDAPort {
    /// The runner source file inside `Data/kernels/cuda`.
    public static let sourceName = "runner.cu"

    /// The port, or an `UnavailablePort` saying exactly why it cannot run here.
    public static func make(dataDirectory: URL? = DataLocator.dataDirectory(), cacheDirectory: URL? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> any BenchPort {
        guard let nvcc = RunnerProcess.resolve("nvcc", environment: environment) else {
            return UnavailablePort(name: "cuda", reason: "nvcc not on PATH")
        }
        let fm = FileManager.default
        let devices = ["/dev/nvidia0", "/dev/nvidiactl"].filter { fm.fileExists(atPath: $0) }
        guard !devices.isEmpty || environment["DRAWBRIDGE_CUDA_ASSUME_DEVICE"] == "1" else {
            return UnavailablePort(name: "cuda", reason: "no CUDA device")
        }
        guard let dataDirectory else {
            return UnavailablePort(name: "cuda", reason: "kernel sources (Data/kernels/cuda) not found; set \(DataLocator.environmentKey)")
        }
        let source = dataDirectory.appendingPathComponent("kernels/cuda/\(sourceName)")
        guard let text = try? Data(contentsOf: source) else {
            return UnavailablePort(name: "cuda", reason: "cannot read \(source.path)")
        }
        let cache = cacheDirectory ?? defaultCache(environment)
        let dir = cache.appendingPathComponent(String(fnv1a(text), radix: 16))
        let binary = dir.appendingPathComponent("drawbridge-cuda-runner")
        if !fm.isExecutableFile(atPath: binary.path) {
            do {
                try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            } catch {
                return UnavailablePort(name: "cuda", reason: "cannot create cache \(dir.path): \(error.localizedDescription)")
            }
            // -arch=native targets the installed GPU; older nvcc lacks it, so retry without.
            let attempts = [["-O3", "-std=c++17", "-arch=native"], ["-O3", "-std=c++17"]]
            var lastError = ""
            for flags in attempts {
                let (status, output) = runTool(nvcc, flags + ["-o", binary.path, source.path])
                if status == 0 { lastError = ""; break }
                lastError = output.split(separator: "\n").prefix(3).joined(separator: " | ")
            }
            if !lastError.isEmpty { return UnavailablePort(name: "cuda", reason: "nvcc failed: \(RunnerError.clip(lastError))") }
        }
        let manifest = RunnerManifest(name: "cuda", command: binary.path, workingDirectory: dir.path, timeout: 120)
        return ExternalRunnerPort(manifest: manifest)
    }

    private static func defaultCache(_ env: [String: String]) -> URL {
        let base = env["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        return base.appendingPathComponent("drawbridge/cuda")
    }

    /// 64-bit FNV-1a of the source, naming the cache entry so an edited source is rebuilt.
    static func fnv1a(_ data: Data) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in data { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private static func runTool(_ path: String, _ args: [String]) -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        do { try p.run() } catch { return (-1, error.localizedDescription) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
