import Foundation

/// Reads lines from a file descriptor on a background thread so callers can wait with a
/// deadline; a runner that hangs is then detected instead of blocking the harness.
final class LineReader: @unchecked Sendable {
    private let condition = NSCondition()
    private var lines: [String] = []
    private var partial = Data()
    private var closed = false
    private var overlong = false
    private let maxLength: Int

    /// Starts reading `fd` until end of file.
    init(fileDescriptor fd: Int32, maxLength: Int) {
        self.maxLength = maxLength
        let thread = Thread { [self] in self.pump(fd) }
        thread.stackSize = 1 << 18
        thread.start()
    }

    private func pump(_ fd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            condition.lock()
            if n <= 0 {
                closed = true
                condition.broadcast()
                condition.unlock()
                return
            }
            partial.append(contentsOf: buffer[0..<n])
            while let nl = partial.firstIndex(of: 10) {
                var line = partial[partial.startIndex..<nl]
                if line.last == 13 { line = line.dropLast() }
                lines.append(String(decoding: line, as: UTF8.self))
                partial.removeSubrange(partial.startIndex...nl)
            }
            if partial.count > maxLength {
                overlong = true
                partial.removeAll()
            }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// What a wait produced.
    enum Outcome {
        case line(String)
        case endOfFile
        case timedOut
        case tooLong
    }

    /// The next line, waiting until `deadline` at most.
    func next(deadline: Date) -> Outcome {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if overlong {
                overlong = false
                return .tooLong
            }
            if !lines.isEmpty { return .line(lines.removeFirst()) }
            if closed { return .endOfFile }
            if !condition.wait(until: deadline) && lines.isEmpty && !closed { return .timedOut }
        }
    }

    /// Everything buffered so far that is not yet a whole line, plus unread lines (for stderr).
    func drain() -> String {
        condition.lock()
        defer { condition.unlock() }
        let text = (lines + [String(decoding: partial, as: UTF8.self)]).joined(separator: "\n")
        return text
    }
}
