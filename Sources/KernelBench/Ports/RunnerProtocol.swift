import Foundation

/// The external runner line protocol, version 1: requests, replies, and their parsing.
///
/// Requests (one line each): `hello 1`, `list`, `run KERNEL DIMS SEED SAMPLES REPS`,
/// `verify KERNEL DIMS SEED`, `quit`. Replies: see the README section "External runner protocol".
public enum RunnerProtocol {
    /// The protocol version this harness speaks.
    public static let version = 1
    /// The word that identifies the protocol in the greeting.
    public static let magic = "drawbridge-runner"
    /// Longest reply line accepted; anything longer is garbage.
    public static let maxLineLength = 65_536

    /// A runner's self-description from the handshake.
    public struct Hello: Sendable, Hashable, Codable {
        /// Protocol version the runner speaks.
        public var version: Int
        /// `info` lines: name, device, toolchain, ...
        public var info: [String: String]
    }

    /// A kernel the runner implements and its sizes (`label=dims`).
    public struct Listing: Sendable, Hashable {
        /// The kernel name.
        public var kernel: String
        /// The sizes it offers.
        public var sizes: [ProblemSize]
    }

    /// Parses `hello drawbridge-runner/1`; nil when it is not a greeting at all.
    public static func parseGreeting(_ line: String) -> Int? {
        let parts = line.split(separator: " ")
        guard parts.count == 2, parts[0] == "hello" else { return nil }
        let tag = parts[1].split(separator: "/")
        guard tag.count == 2, tag[0] == magic, let v = Int(tag[1]) else { return nil }
        return v
    }

    /// Parses `info KEY VALUE...`.
    public static func parseInfo(_ line: String) -> (String, String)? {
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0] == "info" else { return nil }
        return (String(parts[1]), parts.count > 2 ? String(parts[2]) : "")
    }

    /// Parses `kernel NAME LABEL=DIMS...`.
    public static func parseKernel(_ line: String) -> Listing? {
        let parts = line.split(separator: " ")
        guard parts.count >= 2, parts[0] == "kernel" else { return nil }
        var sizes: [ProblemSize] = []
        for p in parts.dropFirst(2) {
            let kv = p.split(separator: "=")
            guard kv.count == 2, let dims = ProblemSize.parseDims(kv[1]) else { return nil }
            sizes.append(ProblemSize(label: String(kv[0]), dims: dims))
        }
        return Listing(kernel: String(parts[1]), sizes: sizes)
    }

    /// Parses `result KERNEL DIMS SEED REPS`.
    public static func parseResultHeader(_ line: String) -> (kernel: String, dims: [Int], seed: UInt64, reps: Int)? {
        let p = line.split(separator: " ")
        guard p.count == 5, p[0] == "result", let dims = ProblemSize.parseDims(p[2]), let seed = UInt64(p[3]),
              let reps = Int(p[4]), reps > 0 else { return nil }
        return (String(p[1]), dims, seed, reps)
    }

    /// Parses `sample NANOSECONDS` (per call; finite and positive).
    public static func parseSample(_ line: String) -> Double? {
        let p = line.split(separator: " ")
        guard p.count == 2, p[0] == "sample", let v = Double(p[1]), v.isFinite, v > 0 else { return nil }
        return v
    }

    /// Parses `checksum KERNEL DIMS SEED VALUE`.
    public static func parseChecksum(_ line: String) -> (kernel: String, dims: [Int], seed: UInt64, value: Double)? {
        let p = line.split(separator: " ")
        guard p.count == 5, p[0] == "checksum", let dims = ProblemSize.parseDims(p[2]), let seed = UInt64(p[3]),
              let v = Double(p[4]), v.isFinite else { return nil }
        return (String(p[1]), dims, seed, v)
    }

    /// The message of an `error MESSAGE` line.
    public static func parseError(_ line: String) -> String? {
        line.hasPrefix("error") ? String(line.dropFirst(5)).trimmingCharacters(in: .whitespaces) : nil
    }
}
