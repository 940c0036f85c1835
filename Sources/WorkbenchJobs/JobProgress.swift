/// How far a long piece of work has come, as the workbench's progress bar shows it.
public struct JobProgress: Sendable, Equatable {
    /// Done so far, 0…1 (nil while the total is unknown).
    public var fraction: Double?
    /// What is happening now, one short line.
    public var message: String

    /// Progress at `fraction` with `message`.
    public init(fraction: Double?, message: String) {
        self.fraction = fraction
        self.message = message
    }
}
