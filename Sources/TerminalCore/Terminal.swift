/// A place to show canvases and read input from: the real terminal (`NCursesTerminal`) or
/// an in-memory one for tests (`MemoryTerminal`).
///
/// Screens never talk to a terminal directly; they render into a `Canvas` and the run loop
/// hands the finished frame to `draw(_:)`.
@MainActor
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// The colour mode in effect (after capping to what the terminal supports).
    var colorMode: ColorMode { get }
    /// Shows `canvas` (cells beyond the terminal size are ignored).
    func draw(_ canvas: Canvas)
    /// The next input event, or `.tick` when none arrives within `timeoutMilliseconds`.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent
    /// Turns mouse reporting on or off.
    func setMouseEnabled(_ enabled: Bool)
    /// Changes the colour mode (capped to what the terminal supports).
    func setColorMode(_ mode: ColorMode)
    /// Shows the text cursor at `position`, or hides it when nil.
    func setCursor(_ position: Point?)
    /// Hands the terminal back to the shell until the user resumes the job (Ctrl-Z, `fg`);
    /// the next frame is drawn in full.
    func suspend()
    /// Restores the terminal to its normal state; safe to call more than once.
    func shutdown()
}
