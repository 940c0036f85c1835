import Foundation

/// A parsed JSON value with its path, so every type error names the exact field.
struct JSONNode {
    let value: Any?
    let path: String
    let source: String

    /// Deepest nesting accepted; real exports of the supported tools stay under 12.
    static let depthLimit = 64
    /// Largest file accepted.
    static let sizeLimit = 64 << 20

    /// Parses bytes after checking size and nesting depth without recursion.
    static func parse(_ data: Data, source: String) throws(ImportError) -> JSONNode {
        if data.isEmpty { throw ImportError.empty(source: source) }
        if data.count > sizeLimit { throw ImportError.tooLarge(source: source, bytes: data.count, limit: sizeLimit) }
        var depth = 0, deepest = 0, inString = false, escaped = false
        for b in data {
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                deepest = max(deepest, depth)
                if depth > depthLimit { throw ImportError.tooDeep(source: source, depth: depth, limit: depthLimit) }
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        do {
            let value = try JSONSerialization.jsonObject(with: data, options: [])
            return JSONNode(value: value, path: "$", source: source)
        } catch {
            if depth != 0 || inString {
                throw ImportError.malformedJSON(source: source, detail: "truncated (unclosed brackets or string)")
            }
            throw ImportError.malformedJSON(source: source, detail: "not valid JSON" + reason(of: error))
        }
    }

    /// The parser's own words for a failure (`Number 1e400 is not representable…`, `Invalid value around
    /// character 7.`), so a refused file says what is wrong; clipped and stripped of control characters.
    private static func reason(of error: any Error) -> String {
        guard let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String, !text.isEmpty else { return "" }
        return " (\(RunnerError.clip(text)))"
    }

    private func bad(_ detail: String) -> ImportError {
        .invalidField(source: source, path: path, detail: detail)
    }

    var isNull: Bool { value == nil || value is NSNull }

    /// The member `key` (a null node when absent).
    subscript(key: String) -> JSONNode {
        JSONNode(value: (value as? [String: Any])?[key], path: "\(path).\(key)", source: source)
    }

    /// Whether this is an object holding `key`.
    func has(_ key: String) -> Bool { (value as? [String: Any])?[key] != nil }

    func array() throws(ImportError) -> [JSONNode] {
        guard let a = value as? [Any] else { throw bad("expected an array") }
        return a.enumerated().map { JSONNode(value: $1, path: "\(path)[\($0)]", source: source) }
    }

    func string() throws(ImportError) -> String {
        guard let s = value as? String else { throw bad("expected a string") }
        return String(s.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? "?" : Character($0) }.prefix(200))
    }

    func optionalString() -> String? { try? string() }

    /// A finite number within ±1e300 (also accepts numeric strings, as nvbench writes them).
    func number() throws(ImportError) -> Double {
        let v: Double
        // JSON true/false arrive as Bool; NSNumber would otherwise bridge 0 and 1 to Bool.
        // Foundation's booleans are NSNumbers of type `c` (char), which JSON numbers never are.
        if let raw = value, type(of: raw) != Bool.self, let n = raw as? NSNumber, String(cString: n.objCType) != "c" {
            v = n.doubleValue
        } else if let s = value as? String, let d = Double(s) {
            v = d
        } else {
            throw bad("expected a number")
        }
        guard v.isFinite, abs(v) < 1e300 else { throw bad("number out of range (\(v))") }
        return v
    }

    /// A whole number that fits an `Int` (a count, an id, a clock rate); `Int(_:)` on a larger double would trap.
    func integer() throws(ImportError) -> Int {
        let v = try number()
        guard let n = Int(exactly: v.rounded(.towardZero)), abs(n) <= 1 << 53 else { throw bad("integer out of range (\(v))") }
        return n
    }

    /// A finite, positive duration in the given unit converted to nanoseconds (below a day).
    func duration(scale: Double) throws(ImportError) -> Double {
        let ns = try number() * scale
        guard ns > 0, ns < 86_400e9 else { throw bad("duration must be positive and below a day (got \(ns) ns)") }
        return ns
    }
}
