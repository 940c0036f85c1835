/// Why the ncurses terminal could not be started.
public enum NCursesTerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output (named) is not a terminal, e.g. piped or redirected.
    case notATerminal(stream: String)
    /// The `TERM` environment variable is unset or empty.
    case terminalTypeUnset
    /// ncurses has no description for this `TERM` value.
    case unknownTerminalType(String)
    /// A terminal session is already running in this process.
    case alreadyActive
    /// The terminal streams could not be opened (the failing call and `errno`).
    case streamUnavailable(call: String, errno: Int32)

    /// A message fit for stderr that says what is wrong and what to do.
    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "cannot start the full-screen interface: \(stream) is not a terminal (run it in a terminal, or use a subcommand for scripts)"
        case .terminalTypeUnset:
            return "cannot start the full-screen interface: TERM is not set (try TERM=xterm-256color)"
        case .unknownTerminalType(let term):
            return "cannot start the full-screen interface: unknown terminal type TERM='\(term)' (try TERM=xterm-256color)"
        case .alreadyActive:
            return "cannot start the full-screen interface: it is already running in this process"
        case .streamUnavailable(let call, let code):
            return "cannot start the full-screen interface: \(call) failed (errno \(code))"
        }
    }
}
