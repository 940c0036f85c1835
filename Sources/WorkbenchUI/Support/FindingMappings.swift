import CUDAScan
import Foundation

/// A finding's stored mappings (the JSON object of every target the catalog knows),
/// decoded for display.
enum FindingMappings {
    /// What replaces a finding on one target.
    struct Entry: Equatable, Sendable {
        /// The replacement, when there is one.
        var replacement: String?
        /// `direct`, `mechanical`, `rewrite` or `blocker`.
        var effort: String
        /// The porting note.
        var note: String?
        /// False when the catalog has not assessed the symbol for this target (no answer, only general advice).
        var assessed = true
    }

    /// The mappings by target name; empty when the JSON is not what the scanner stores.
    static func decode(_ json: String) -> [String: Entry] {
        guard let decoded = try? JSONDecoder().decode([String: Mapping].self, from: Data(json.utf8)) else { return [:] }
        return decoded.mapValues { Entry(replacement: $0.replacement, effort: $0.effort.rawValue, note: $0.note, assessed: $0.assessed) }
    }
}
