import Foundation

/// Finds the shipped `Data/` directory from any working directory.
public enum DataLocator {
    /// The environment variable that overrides the search.
    public static let environmentKey = "DRAWBRIDGE_DATA"

    /// The first candidate holding `Data/kernels`: `$DRAWBRIDGE_DATA`, then the executable's
    /// directory and its parents, then the source tree this module was built from.
    ///
    /// The working directory is deliberately not searched: kernel sources are compiled and
    /// run, and a tree being scanned or benchmarked must never be able to supply them.
    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                     sourceFile: String = #filePath) -> URL? {
        let fm = FileManager.default
        func valid(_ url: URL) -> Bool {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.appendingPathComponent("kernels").path, isDirectory: &isDir) && isDir.boolValue
        }
        if let override = environment[environmentKey], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            return valid(url) ? url : nil
        }
        var starts: [URL] = []
        if let exe = Bundle.main.executableURL { starts.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: sourceFile).deletingLastPathComponent())
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("Data")
                if valid(candidate) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}
