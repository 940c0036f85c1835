import ArgumentParser
import CUDAScan
import Foundation

/// Times the lexers alone, in one thread, on files already in memory: the part of a scan that is neither the file
/// system nor the report, measured without their noise.
struct LexerBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexers",
        abstract: "Time each lexer on the source files of a tree, read into memory first.",
        discussion: "Use the tree Scripts/bench-scan.sh generates (or any source tree). Prints MB/s per language, one thread.")

    @Argument(help: "The tree whose source files are lexed.") var tree: String
    @Option(help: "Timed passes over the files; the median is printed.") var runs = 5

    func run() throws {
        guard runs > 0 else { throw ValidationError("--runs must be positive") }
        guard let walker = FileManager.default.enumerator(atPath: tree) else { throw ValidationError("cannot list \(tree)") }
        var files: [Language: [[UInt8]]] = [:]
        while let relative = walker.nextObject() as? String {
            guard let language = Language.detect(fileName: (relative as NSString).lastPathComponent),
                  let data = FileManager.default.contents(atPath: tree + "/" + relative) else { continue }
            files[language, default: []].append(Array(data))
        }
        guard !files.isEmpty else { throw ValidationError("no source files under \(tree)") }
        let catalog = try ShippedCatalog.loader()
        for language in Language.allCases {
            guard let sources = files[language] else { continue }
            let lexer = language.lexer(catalog: catalog)
            let bytes = sources.reduce(0) { $0 + $1.count }
            var times: [Duration] = []
            var candidates = 0
            for _ in 0..<runs {
                let interner = SymbolInterner()
                let timed = TUIBenchmark.measure {
                    var found = 0
                    for source in sources {
                        found += source.withUnsafeBufferPointer { lexer.lex($0, interner: interner).candidates.count }
                    }
                    return found
                }
                times.append(timed.elapsed)
                candidates = timed.value
            }
            let median = times.sorted()[times.count / 2]
            let seconds = Double(median.components.seconds) + Double(median.components.attoseconds) / 1e18
            print("\(language.rawValue): \(sources.count) files, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB, "
                  + "\(candidates) candidates: \(TUIBenchmark.ms(median)) median of \(runs), "
                  + "\(String(format: "%.0f", Double(bytes) / 1_048_576 / seconds)) MB/s")
        }
    }
}
