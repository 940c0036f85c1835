import CUDAScan
import Foundation

/// Finds and loads the catalog: the shipped `Data/catalog`, then the user's own catalog
/// directory (`$XDG_CONFIG_HOME/drawbridge/catalog`, else `~/.config/drawbridge/catalog`)
/// when it exists, then every `--catalog DIR`. Later directories add entries and override
/// earlier ones.
enum CatalogLocator {
    /// A `--catalog` directory that does not exist.
    struct MissingDirectory: Error, CustomStringConvertible {
        let path: String
        var description: String { "catalog directory not found: '\(TerminalSafe.text(path))'" }
    }

    /// The directories to load, in order.
    static func directories(extra: [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [URL] {
        var result = [URL(fileURLWithPath: try DataDirectory.locate()).appendingPathComponent("catalog")]
        let configBase: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            configBase = xdg
        } else {
            configBase = ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
        }
        let user = (configBase as NSString).appendingPathComponent("drawbridge/catalog")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: user, isDirectory: &isDirectory), isDirectory.boolValue {
            result.append(URL(fileURLWithPath: user))
        }
        for path in extra {
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw MissingDirectory(path: path)
            }
            result.append(URL(fileURLWithPath: path))
        }
        return result
    }

    /// Loads the catalog from every directory; a malformed line is an error naming file and line.
    static func load(extra: [String] = []) throws -> Catalog {
        try Catalog.load(directories: try directories(extra: extra))
    }
}
