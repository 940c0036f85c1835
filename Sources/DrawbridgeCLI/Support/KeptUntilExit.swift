/// Large values a command is done with but does not free: the process exits right after the
/// command, and releasing a scan's hundreds of thousands of findings one by one took about a
/// tenth of a second of a half-second scan. Small values are freed as usual, so commands run
/// in-process (the tests) leak nothing that matters.
enum KeptUntilExit {
    /// Keeps `findings` and `companions` (the catalog that made them) alive for the rest of the process
    /// when there are more than `threshold` findings: freeing a catalog of ten thousand entries costs milliseconds too.
    static func keep<Findings: Collection, Companions>(_ findings: Findings, along companions: Companions, threshold: Int = 10_000) {
        guard findings.count > threshold else { return }
        _ = Unmanaged.passRetained(Box((findings, companions)))
    }

    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
