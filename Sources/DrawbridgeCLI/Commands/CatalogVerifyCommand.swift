import ArgumentParser
import CUDAScan
import Foundation

extension CatalogCommand {
    /// `drawbridge catalog verify --headers DIR…`: every vendor name the catalog writes, checked against the vendor's
    /// own headers and sources.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check every Ascend name the catalog writes against reference header and source trees.",
            discussion: """
                Reads each --headers tree (C/C++ headers and sources, Python, CMake, op-plugin's function YAML) and lists \
                every name in the catalog's mappings for the target that none of them declares or calls: \
                replacements that are code names or header paths, and names spelled the vendor's way in notes \
                (acl…, ACL_…, aclnn…, Hccl…, HCCL_…, AscendC::…, asc_…, torch_npu.…, torch.npu.…). Point it at, for \
                example, the AscendCL and HCCL headers that Ascend/pytorch vendors under third_party/, Ascend/op-plugin's \
                sources, CANN's Ascend C headers and the torch_npu package. Exit status 1 when a name is missing.
                """)
        @OptionGroup var options: CatalogOptions
        @Option(name: .customLong("headers"), help: "A reference tree to read (repeatable).") var trees: [String] = []
        @Option(help: "The target whose names are checked.") var target: CUDAScan.Target = .ascend
        @Option(help: "Output format.") var format: OutputFormat = .table
        @Flag(help: "List every name checked, not only the missing ones.") var all = false

        func validate() throws {
            guard !trees.isEmpty else { throw ValidationError("name at least one reference tree with --headers DIR") }
            guard target == .ascend else { throw ValidationError("only the ascend target's naming is known to verify") }
        }

        func run() throws {
            let catalog = try CatalogLocator.load(extra: options.catalogs)
            let index: DeclarationIndex
            do {
                index = try DeclarationIndex(roots: trees.map { URL(fileURLWithPath: $0) })
            } catch {
                throw ValidationError(TerminalSafe.text(error.description))
            }
            let read = index.filesRead
            guard read.c + read.python + read.yaml + read.cmake > 0 else {
                throw ValidationError(TerminalSafe.text(VerificationError.nothingToRead(paths: trees).description))
            }
            let result = CatalogVerification(catalog: catalog, target: target, index: index)
            let missing = Set(result.missing)
            let listed = all ? result.uses : result.missing
            let table = Tabular(
                columns: [.init("name"), .init("looked_up"), .init("declared"), .init("field"), .init("symbol"),
                          .init("origin", flexible: true)],
                rows: listed.map { use in
                    let lookedUp: String
                    switch use.name.lookup {
                    case let .identifier(name): lookedUp = name
                    case let .header(path): lookedUp = "header " + path
                    }
                    return [.text(use.name.written), .text(lookedUp), .text(missing.contains(use) ? "no" : "yes"),
                            .text(use.name.field.rawValue), .text(use.symbol), .text(use.origin)]
                })
            let empty = "every \(target.rawValue) name in the catalog is declared in the trees"
            print(format.render(table, terminalWidth: CommandEnvironment.terminalWidth(), emptyMessage: empty), terminator: "")
            if format == .table {
                let summary = "\(result.distinctNames) distinct \(target.rawValue) names in \(result.uses.count) uses checked "
                    + "against \(read.c) C/C++, \(read.python) Python, \(read.yaml) YAML and \(read.cmake) CMake files: "
                    + "\(result.distinctMissing) names (\(result.missing.count) uses) not declared; "
                    + "\(result.notCodeNames) replacements are not code names and were not checked"
                FileHandle.standardError.write(Data((summary + "\n").utf8))
            }
            if !result.missing.isEmpty { throw ExitCode(1) }
        }
    }
}
