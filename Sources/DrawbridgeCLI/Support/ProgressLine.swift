import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress display on standard error, drawn only when standard error is a
/// terminal (so logs and pipes stay clean) and at most ten times a second.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    /// Whether anything is drawn: callers skip progress bookkeeping when not.
    let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drewSomething = false

    /// A progress line that draws when stderr is a TTY.
    init() {
        enabled = isatty(STDERR_FILENO) == 1
    }

    /// Shows `text` (replacing what was there), unless drawn less than 0.1 s ago; the text is only built when drawn.
    func update(_ text: @autoclosure () -> String, force: Bool = false) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            lastDraw = now
            drewSomething = true
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text()).utf8))
        }
    }

    /// Erases the line.
    func finish() {
        guard enabled else { return }
        lock.withLock {
            if drewSomething { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        }
    }

    /// A bar like `[#####.....] 50%`.
    static func bar(fraction: Double, width: Int = 20) -> String {
        let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
        let filled = Int((clamped * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + String(format: "%3.0f%%", clamped * 100)
    }
}
