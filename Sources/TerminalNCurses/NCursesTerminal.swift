import CNcursesw
import Glibc
import TerminalCore

/// The real terminal, driven through ncursesw.
///
/// Start it only from an interactive session: the initialiser checks that standard input
/// and output are terminals and that `TERM` is known, and throws instead of letting
/// ncurses print and exit. The terminal is restored (`endwin`) by `shutdown()`, when the
/// object goes away, at process exit, and on SIGINT, SIGTERM and SIGHUP, after which the
/// signal is re-raised so the process ends with the conventional status.
@MainActor
public final class NCursesTerminal: Terminal {
    /// Start-up settings.
    public struct Options: Sendable {
        /// Report mouse presses, releases and wheel turns (`--no-mouse` turns it off).
        public var mouse: Bool
        /// The colour mode wanted; capped to what the terminal has. Use `.monochrome` for
        /// `NO_COLOR` and `--no-color`.
        public var colorMode: ColorMode
        /// How long ncurses waits after Esc for the rest of an escape sequence. The ncurses
        /// default of one second makes Esc feel broken.
        public var escapeDelayMilliseconds: Int
        /// Restore the terminal and re-raise on SIGINT, SIGTERM and SIGHUP.
        public var restoreOnSignals: Bool

        /// Options with mouse on, 256 colours, a 25 ms Esc delay and signal handling.
        public init(mouse: Bool = true, colorMode: ColorMode = .palette256, escapeDelayMilliseconds: Int = 25, restoreOnSignals: Bool = true) {
            self.mouse = mouse
            self.colorMode = colorMode
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.restoreOnSignals = restoreOnSignals
        }
    }

    /// The colour mode in effect.
    public private(set) var colorMode: ColorMode
    /// The number of colours the terminal reports (0 when colour is off).
    public private(set) var colorCount: Int = 0
    /// The options the terminal was started with.
    public let options: Options

    let screen: OpaquePointer
    var previousFrame: Canvas?
    var needsFullRedraw = true
    var cursor: Point?
    var colorPairs: [ColorPairKey: Int32] = [:]
    var nextColorPair: Int32 = 1
    var keyCodeCtrlLeft: Int32 = -1
    var keyCodeCtrlRight: Int32 = -1
    private var isShutDown = false

    private static var isActive = false

    /// Starts full-screen mode on the controlling terminal.
    public init(options: Options = Options()) throws(NCursesTerminalError) {
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else { throw .terminalTypeUnset }
        guard !NCursesTerminal.isActive else { throw .alreadyActive }

        // Wide characters need a UTF-8 locale before ncurses starts.
        setlocale(LC_ALL, "")
        if nc_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }

        // newterm on duplicated descriptors: it returns nil for an unknown TERM instead of
        // exiting the process as initscr does, and closing our FILEs leaves fd 0/1 alone.
        guard let output = fdopen(dup(STDOUT_FILENO), "w") else { throw .streamUnavailable(call: "fdopen(stdout)", errno: errno) }
        guard let input = fdopen(dup(STDIN_FILENO), "r") else {
            fclose(output)
            throw .streamUnavailable(call: "fdopen(stdin)", errno: errno)
        }
        guard let screen = newterm(term, output, input) else {
            fclose(output)
            fclose(input)
            throw .unknownTerminalType(term)
        }
        self.screen = screen
        self.options = options
        self.colorMode = .monochrome
        NCursesTerminal.isActive = true
        set_term(screen)

        // raw (not cbreak) so Ctrl-C, Ctrl-S and Ctrl-Z arrive as keys the keymap can bind;
        // Ctrl-S would otherwise freeze output through XON/XOFF flow control.
        raw()
        noecho()
        nonl()
        let window = nc_stdscr()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(Int32(max(0, options.escapeDelayMilliseconds)))
        curs_set(0)
        applyColorMode(options.colorMode)
        setMouseEnabled(options.mouse)
        lookUpModifiedArrowKeys()
        TerminalRestorer.install(signals: options.restoreOnSignals)
    }

    isolated deinit {
        shutdown()
    }

    /// The current size in cells.
    public var size: Size {
        let window = nc_stdscr()
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Turns mouse reporting on or off.
    public func setMouseEnabled(_ enabled: Bool) {
        guard !isShutDown else { return }
        // Press and release arrive separately (no click synthesis, which adds latency).
        mouseinterval(0)
        mousemask(enabled ? nc_all_mouse_events() : 0, nil)
    }

    /// Changes the colour mode (capped to what the terminal supports) and redraws fully.
    public func setColorMode(_ mode: ColorMode) {
        guard !isShutDown else { return }
        applyColorMode(mode)
        needsFullRedraw = true
    }

    /// Shows the text cursor at `position`, or hides it when nil; takes effect at once and
    /// is kept for later frames.
    public func setCursor(_ position: Point?) {
        cursor = position
        guard !isShutDown else { return }
        curs_set(position == nil ? 0 : 1)
        let window = nc_stdscr()
        if let position, position.x >= 0, position.y >= 0, position.x < size.width, position.y < size.height {
            wmove(window, Int32(position.y), Int32(position.x))
            wnoutrefresh(window)
            doupdate()
        }
    }

    /// Stops the process as Ctrl-Z would in a cooked terminal (raw mode turns Ctrl-Z into a
    /// key): ncurses' SIGTSTP handler leaves full-screen mode, the shell takes over, and on
    /// `fg` the screen is restored; the next frame is then drawn in full.
    public func suspend() {
        guard !isShutDown else { return }
        raise(SIGTSTP)
        needsFullRedraw = true
    }

    /// Leaves full-screen mode and restores the terminal; safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        mousemask(0, nil)
        curs_set(1)
        endwin()
        NCursesTerminal.isActive = false
    }

    private func applyColorMode(_ mode: ColorMode) {
        guard mode != .monochrome, has_colors() else {
            colorMode = .monochrome
            colorCount = 0
            return
        }
        if colorCount == 0 {
            start_color()
            // Pair colour -1 is the terminal's own foreground/background.
            use_default_colors()
        }
        colorCount = Int(nc_colors())
        colorMode = (mode == .palette256 && colorCount >= 256) ? .palette256 : .ansi16
        colorPairs = [:]
        nextColorPair = 1
    }

    /// Finds the codes ncurses assigned to Ctrl-Left/Right from the terminfo extended caps.
    private func lookUpModifiedArrowKeys() {
        keyCodeCtrlLeft = NCursesTerminal.keyCode(forCapability: "kLFT5")
        keyCodeCtrlRight = NCursesTerminal.keyCode(forCapability: "kRIT5")
    }

    private static func keyCode(forCapability name: String) -> Int32 {
        guard let sequence = tigetstr(name) else { return -1 }
        // tigetstr returns (char *)-1 for a capability that is not a string.
        if Int(bitPattern: sequence) == -1 { return -1 }
        let code = key_defined(sequence)
        return code > 0 ? code : -1
    }
}
