import Foundation

/// Reads the per-sample GPU times nvbench writes beside its JSON with `--jsonbin`: little-endian
/// float32 seconds, one per sample, named (relative to the JSON file's directory) in the state's
/// `nv/json/bin:nv/cold/sample_times` summary together with their count.
enum NvbenchSampleFile {
    /// The most samples read from one file (4 bytes each).
    static let maxSamples = 16 << 20

    /// The samples in nanoseconds, or why the file cannot be used.
    static func read(_ name: String, count: Int, relativeTo directory: String) -> Result<[Double], SampleFileProblem> {
        guard count > 0, count <= maxSamples else { return .failure(.init("declares \(count) samples")) }
        let path = name.hasPrefix("/") ? name : (directory as NSString).appendingPathComponent(name)
        let data: Data
        switch RegularFile.read(path, limit: count * 4) {
        case let .success(contents): data = contents
        case let .failure(refusal): return .failure(.init("\(name): \(refusal)"))
        }
        guard data.count == count * 4 else {
            return .failure(.init("\(name): \(data.count) bytes where \(count) samples need \(count * 4)"))
        }
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for offset in stride(from: 0, to: data.count, by: 4) {
            let bits = UInt32(data[data.startIndex + offset]) | UInt32(data[data.startIndex + offset + 1]) << 8
                | UInt32(data[data.startIndex + offset + 2]) << 16 | UInt32(data[data.startIndex + offset + 3]) << 24
            let seconds = Double(Float(bitPattern: bits))
            guard seconds.isFinite, seconds > 0 else { return .failure(.init("\(name): sample \(offset / 4) is \(seconds)")) }
            samples.append(seconds * 1e9)
        }
        return .success(samples)
    }
}

/// Why an nvbench sample file was not used.
struct SampleFileProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
