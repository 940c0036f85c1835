import CNcursesw
import Glibc

/// Restores the terminal when the process ends by any route other than `shutdown()`.
///
/// - At exit: an `atexit` hook calls `endwin` if full-screen mode is still on.
/// - SIGINT, SIGTERM, SIGHUP, SIGQUIT: `endwin`, then the default action is restored and
///   the signal re-raised, so the shell sees the conventional status (130, 143, 129, …)
///   rather than the plain exit(1) of ncurses' own handlers.
/// - Crashes (SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, e.g. a Swift runtime trap):
///   `endwin`, then the handler that was there before (the runtime's backtracer, or the
///   default) is put back and the signal re-raised, so the report lands on a sane terminal.
///
/// `endwin` is not formally async-signal-safe, but it is what ncurses itself calls in its
/// handlers, and a terminal left in raw mode is the worse failure.
enum TerminalRestorer {
    /// Signals that end the process and are re-raised with their default action.
    static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Signals raised by crashes, chained to the previously installed handler.
    static let crashSignals: [Int32] = [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

    /// The actions in place before ours, indexed by signal number (written once, before
    /// any of our handlers can run).
    nonisolated(unsafe) static let previousActions: UnsafeMutablePointer<sigaction> = {
        let table = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        table.initialize(repeating: sigaction(), count: 65)
        return table
    }()

    @MainActor private static var exitHookInstalled = false
    @MainActor private static var signalHandlersInstalled = false

    /// Installs the exit hook, and the signal handlers when `signals` is true; each once per process.
    @MainActor
    static func install(signals installSignals: Bool) {
        if !exitHookInstalled {
            exitHookInstalled = true
            atexit {
                if !isendwin() { endwin() }
            }
        }
        guard installSignals, !signalHandlersInstalled else { return }
        signalHandlersInstalled = true
        let table = previousActions
        for signalNumber in terminatingSignals {
            setHandler(signalNumber, previous: table + Int(signalNumber)) { received in
                endwin()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        for signalNumber in crashSignals {
            setHandler(signalNumber, previous: table + Int(signalNumber)) { received in
                endwin()
                sigaction(received, TerminalRestorer.previousActions + Int(received), nil)
                raise(received)
            }
        }
    }

    private static func setHandler(_ signalNumber: Int32, previous: UnsafeMutablePointer<sigaction>, _ handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signalNumber, &action, previous)
    }
}
