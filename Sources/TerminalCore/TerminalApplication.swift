/// Something the event loop can run: it reacts to events and renders frames.
///
/// Everything runs on the main actor; background work (scans, benchmarks, database
/// observation) hands its results to the application, which picks them up on `.tick`.
@MainActor
public protocol TerminalApplication: AnyObject {
    /// True once the application wants the loop to stop.
    var isFinished: Bool { get }
    /// Reacts to one event; returns whether the screen needs redrawing.
    func handle(_ event: InputEvent) -> Bool
    /// Draws the whole screen into `canvas` (sized to the terminal) and returns where the
    /// text cursor belongs, or nil to hide it.
    func render(into canvas: inout Canvas) -> Point?
}
