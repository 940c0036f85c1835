/// Checks the checksum a foreign runner reported against the `c` reference port, recomputed here
/// from the same deterministic inputs (the transcript records the kernel, size and seed).
enum TranscriptVerifier {
    /// What a reported checksum says about the result.
    enum Verdict: Equatable {
        /// No checksum was reported, or the kernel or size is not one of the suite's: nothing to compare with.
        case unverified
        /// Within the kernel's tolerance of the reference; the relative error.
        case agrees(Double)
        /// Outside the tolerance: the result is wrong.
        case wrong(String)
    }

    /// How many distinct kernel, size and seed references one import recomputes; later ones stay unverified, so a
    /// transcript of thousands of seeds cannot keep the import busy for minutes.
    static let maxReferences = 64

    /// Recomputed references of one import, by kernel, dimensions and seed (nil: none could be computed), and the
    /// port that computes them.
    final class References {
        let port: any BenchPort
        var checksums: [String: Checksum?] = [:]
        init(port: any BenchPort = CPort()) { self.port = port }
    }

    /// Compares `checksum` with the reference for `kernel` at `dims` and `seed`. Only the suite's own sizes are
    /// recomputed, so a transcript cannot make the importer allocate arbitrary amounts of memory.
    static func verify(kernel: String, dims: [Int], seed: UInt64, checksum: Double, references: References) -> Verdict {
        guard checksum.isFinite, let spec = KernelSuite.standard.spec(named: kernel),
              let size = spec.sizes.first(where: { $0.dims == dims }) else { return .unverified }
        let key = "\(kernel) \(dims) \(seed)"
        let known: Checksum?
        if let memo = references.checksums[key] {
            known = memo
        } else {
            guard references.checksums.count < maxReferences else { return .unverified }
            known = try? referenceChecksum(spec: spec, size: size, seed: seed, port: references.port)
            references.checksums[key] = .some(known)
        }
        guard let expected = known else { return .unverified }
        let error = expected.relativeError(of: checksum)
        guard error <= spec.tolerance else {
            return .wrong("wrong result: checksum \(checksum) differs from the reference \(expected.value) by \(error) "
                + "(tolerance \(spec.tolerance)); not stored as a timing")
        }
        return .agrees(error)
    }

    private static func referenceChecksum(spec: KernelSpec, size: ProblemSize, seed: UInt64,
                                          port: any BenchPort) throws(BenchError) -> Checksum? {
        let inputs = try KernelInputs(spec: spec, size: size, seed: seed)
        let prepared = try port.prepare(spec: spec, size: size, inputs: inputs)
        defer { prepared.close() }
        return try prepared.output()?.checksum
    }
}
