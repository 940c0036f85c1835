import Foundation

/// A command typed after `:`.
enum AppCommand: Equatable, Sendable {
    /// `:q`, `:quit`.
    case quit
    /// `:attempt N`.
    case attempt(Int64)
    /// `:portfolio`, `:attempts`, `:interventions` (or `:1`, `:2`, `:3`).
    case screen(TopScreen)
    /// `:help`.
    case help
    /// `:scan` (the scan screen) or `:scan PATH` (scan PATH in the background).
    case scanPath(String?)
    /// `:catalog TEXT`: search the catalog.
    case catalogSearch(String)

    /// What the command line accepts, for the error message.
    static let usage = ":attempt N · :scan [PATH] · :catalog SYMBOL · :attempts · :interventions · :benchmarks · :portfolio · :help · :q"

    /// Why a command line was not understood.
    enum ParseError: Error, Equatable {
        /// Nothing was typed.
        case empty
        /// The first word is not a command.
        case unknown(String)
        /// `:attempt` without a valid id.
        case badAttempt(String)
    }

    /// Parses a command line (without the colon).
    static func parse(_ line: String) throws(ParseError) -> AppCommand {
        let words = line.split(separator: " ").map { String($0) }
        guard let first = words.first?.lowercased() else { throw .empty }
        switch first {
        case "q", "q!", "quit", "qa", "exit": return .quit
        case "help", "h", "?": return .help
        case "scan":
            // The rest of the line is the path, spaces and all.
            let path = line.drop(while: { $0 == " " }).dropFirst(first.count).trimmingCharacters(in: .whitespaces)
            return .scanPath(path.isEmpty ? nil : path)
        case "catalog", "cat":
            let text = line.drop(while: { $0 == " " }).dropFirst(first.count).trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? .screen(.catalog) : .catalogSearch(text)
        case "attempt", "a", "open":
            guard words.count == 2, let id = Int64(words[1].trimmingCharacters(in: ["#"])), id > 0 else {
                throw .badAttempt(words.dropFirst().joined(separator: " "))
            }
            return .attempt(id)
        default:
            if let number = Int(first), let top = TopScreen(rawValue: number) { return .screen(top) }
            if let top = TopScreen.allCases.first(where: { $0.title == first || ($0.title.hasPrefix(first) && first.count >= 3) }) {
                return .screen(top)
            }
            if first == "log" { return .screen(.interventions) }
            if first == "bench" { return .screen(.benchmarks) }
            throw .unknown(first)
        }
    }
}
