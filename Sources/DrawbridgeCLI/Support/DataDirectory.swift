import Foundation

/// Finds the `Data/` directory Drawbridge ships (catalog, kernels, demo workspace) from any
/// working directory.
///
/// Looked for, in order: `$DRAWBRIDGE_DATA`; a `Data/` beside or above the executable
/// (a build tree, `swift run`); `../share/drawbridge/Data` beside the executable (an
/// installed copy); the source tree the binary was built from.
public enum DataDirectory {
    /// The error when no data directory can be found.
    public struct NotFound: Error, CustomStringConvertible {
        /// Where it looked.
        public var searched: [String]
        /// A one-line message.
        public var description: String {
            "cannot find Drawbridge's Data directory (looked in \(searched.joined(separator: ", "))); set DRAWBRIDGE_DATA"
        }
    }

    /// The data directory's path.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        var candidates: [String] = []
        if let explicit = environment["DRAWBRIDGE_DATA"], !explicit.isEmpty {
            candidates.append(explicit)
        }
        if let executable = executablePath() {
            var directory = (executable as NSString).deletingLastPathComponent
            candidates.append((directory as NSString).appendingPathComponent("../share/drawbridge/Data"))
            while directory.count > 1 {
                candidates.append((directory as NSString).appendingPathComponent("Data"))
                directory = (directory as NSString).deletingLastPathComponent
            }
        }
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("Data").path)
        for candidate in candidates where isDataDirectory(candidate) {
            return (candidate as NSString).standardizingPath
        }
        throw NotFound(searched: Array(candidates.prefix(3)) + (candidates.count > 3 ? ["…"] : []))
    }

    /// A directory counts when it holds the demo workspace, the one file every install has.
    private static func isDataDirectory(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("demo/workspace.json"))
    }

    /// This process's executable, symlinks resolved.
    private static func executablePath() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return Bundle.main.executablePath
    }
}
