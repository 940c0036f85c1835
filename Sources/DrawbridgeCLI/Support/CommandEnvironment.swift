import Foundation
import WorkbenchStore

#if canImport(Glibc)
import Glibc
#endif

/// What commands read from the process environment, in one place.
enum CommandEnvironment {
    /// The clock: the system clock, or the instant in `DRAWBRIDGE_NOW` (ISO-8601) when set,
    /// which makes output reproducible for examples and tests.
    static func clock() -> WorkbenchClock {
        let environment = ProcessInfo.processInfo.environment
        if let text = environment["DRAWBRIDGE_NOW"], let date = Timestamp.date(from: text) {
            return .fixed(date)
        }
        return .system
    }

    /// The terminal's width when stdout is a terminal, else nil (no truncation in pipes).
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }

    /// Writes `text` to standard error.
    static func printError(_ text: String) {
        // Flush what `print` buffered first, so messages and output keep their order when
        // both go to one file.
        fflush(nil)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
