import ArgumentParser
import CUDAScan
import Foundation

/// `drawbridge catalog`: what replaces a CUDA symbol on each target, and how hard it is.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Look up the CUDA → HIP / Ascend / SYCL mapping catalog.",
        subcommands: [Show.self, Search.self, Stats.self, Verify.self, ConvertHipify.self])

    /// Options every catalog command shares.
    struct CatalogOptions: ParsableArguments {
        @Option(name: .customLong("catalog"), help: "An extra catalog directory (repeatable; later ones override).")
        var catalogs: [String] = []
        @Option(help: "The Ascend chip generation assumed for Ascend efforts.")
        var generation: ChipGeneration = .defaultGeneration
    }

    /// `drawbridge catalog show SYMBOL`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a symbol's replacement, effort and note on every target.")
        @OptionGroup var options: CatalogOptions
        @Argument(help: "A CUDA symbol, e.g. cudaMemcpyAsync, __shfl_down_sync, torch.cuda.synchronize.") var symbol: String
        @Option(help: "Output format.") var format: OutputFormat = .table

        func run() throws {
            let catalog = try CatalogLocator.load(extra: options.catalogs)
            guard let shown = catalog.show(symbol) else {
                throw ValidationError("'\(TerminalSafe.text(symbol))' is not in the catalog (try: drawbridge catalog search \(TerminalSafe.text(symbol)))")
            }
            let rows: [[Tabular.Value]] = CUDAScan.Target.allCases.map { target in
                guard let mapping = shown.mappings[target] else {
                    return [.text(target.rawValue), .null, .text("unknown"), .text("not in the catalog for this target")]
                }
                let effort = mapping.effort(on: options.generation)
                return [.text(target.rawValue), .optional(mapping.replacement), .text(effort.rawValue), .optional(mapping.note)]
            }
            let table = Tabular(
                columns: [.init("target"), .init("replacement"), .init("effort"), .init("note", flexible: true)], rows: rows)
            if format == .table {
                let entry = shown.entry
                print("\(TerminalSafe.text(symbol))  \(entry.kind) · \(entry.family)"
                      + (shown.wildcardMatch != nil ? "  (rule \(TerminalSafe.text(entry.symbol)))" : "")
                      + (entry.origin.isEmpty ? "" : "  [\(TerminalSafe.text(entry.origin))]"))
            }
            print(format.render(table, terminalWidth: CommandEnvironment.terminalWidth()), terminator: "")
        }
    }

    /// `drawbridge catalog search TEXT`.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "search", abstract: "Entries whose symbol, family, replacement or note contains TEXT.")
        @OptionGroup var options: CatalogOptions
        @Argument(help: "Text to look for (case-insensitive).") var text: String
        @Option(help: "At most this many entries.") var limit = 50
        @Option(help: "Output format.") var format: OutputFormat = .table

        func run() throws {
            let catalog = try CatalogLocator.load(extra: options.catalogs)
            let hits = catalog.search(text, limit: max(1, limit))
            let table = Tabular(
                columns: [.init("symbol"), .init("family"), .init("kind"), .init("hip"), .init("ascend"),
                          .init("ascend_effort"), .init("sycl", flexible: true)],
                rows: hits.map { entry in
                    let hip = catalog.mapping(for: entry, target: .hip)
                    let ascend = catalog.mapping(for: entry, target: .ascend)
                    let sycl = catalog.mapping(for: entry, target: .sycl)
                    return [.text(entry.symbol), .text(entry.family), .text(entry.kind),
                            .optional(hip?.replacement), .optional(ascend?.replacement),
                            .optional(ascend.map { $0.effort(on: options.generation).rawValue }),
                            .optional(sycl?.replacement)]
                })
            print(format.render(table, terminalWidth: CommandEnvironment.terminalWidth(),
                                emptyMessage: "nothing in the catalog matches '\(TerminalSafe.text(text))'"), terminator: "")
        }
    }

    /// `drawbridge catalog stats`.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats", abstract: "Per family and target: entries with an answer, with a replacement, and the shares.",
            discussion: """
                An entry has an answer on a target when the catalog names its replacement, or says there is none and \
                why (a blocker or rewrite with its reason, or 'drop'). Entries left to a family default marked '?' \
                (not assessed) have none: that is the gap a team still has to research.
                """)
        @OptionGroup var options: CatalogOptions
        @Option(help: "Output format.") var format: OutputFormat = .table
        @Option(help: "Only these targets' columns (repeatable; default: all).") var target: [CUDAScan.Target] = []

        func run() throws {
            let stats = try CatalogLocator.load(extra: options.catalogs).stats()
            let targets = target.isEmpty ? CUDAScan.Target.allCases : CUDAScan.Target.allCases.filter(target.contains)
            func cells(answered: Int, replaced: Int, entries: Int) -> [Tabular.Value] {
                [.int(Int64(answered)), .int(Int64(replaced)),
                 .number(entries > 0 ? Double(answered) / Double(entries) * 100 : 0, decimals: 0),
                 .number(entries > 0 ? Double(replaced) / Double(entries) * 100 : 0, decimals: 0)]
            }
            var rows = stats.families.map { row -> [Tabular.Value] in
                [.text(row.family), .int(Int64(row.entries))] + targets.flatMap { target in
                    cells(answered: row.answered[target] ?? 0, replaced: row.withReplacement[target] ?? 0, entries: row.entries)
                }
            }
            rows.append([.text("total"), .int(Int64(stats.total))] + targets.flatMap { target in
                cells(answered: stats.families.reduce(0) { $0 + ($1.answered[target] ?? 0) },
                      replaced: stats.families.reduce(0) { $0 + ($1.withReplacement[target] ?? 0) }, entries: stats.total)
            })
            let columns: [Tabular.Column] = [.init("family"), .init("entries", alignRight: true)]
                + targets.flatMap { target -> [Tabular.Column] in
                    ["answered", "replaced", "answered_pct", "replaced_pct"].map { .init("\(target.rawValue)_\($0)", alignRight: true) }
                }
            print(format.render(Tabular(columns: columns, rows: rows), terminalWidth: CommandEnvironment.terminalWidth()),
                  terminator: "")
        }
    }

    /// `drawbridge catalog convert-hipify TABLES_DIR`: regenerates the `hip-*.catalog` files.
    struct ConvertHipify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert-hipify",
            abstract: "Regenerate the hip-*.catalog files from HIPIFY's *_supported_by_HIP.md tables.",
            discussion: "For maintainers refreshing the HIP column from a newer HIPIFY checkout (its docs/tables folder).")
        @Argument(help: "The folder holding HIPIFY's Markdown tables.") var tables: String
        @Option(help: "Where to write the catalog files.") var output = "."

        func run() throws {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("\(TerminalSafe.text(output)): not a directory")
            }
            let written = try HipifyTableConverter().write(tablesDirectory: URL(fileURLWithPath: tables),
                                                           outputDirectory: URL(fileURLWithPath: output))
            guard !written.isEmpty else {
                throw ValidationError("\(TerminalSafe.text(tables)): no HIPIFY tables (*_supported_by_HIP.md) found there")
            }
            print("wrote \(written.count) catalog files: \(written.joined(separator: ", "))")
        }
    }
}
