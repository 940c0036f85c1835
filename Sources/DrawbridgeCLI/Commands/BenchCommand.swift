import ArgumentParser
import Foundation
import KernelBench
import WorkbenchStore

/// `drawbridge bench`: measure how much performance each port of a kernel loses.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Kernel micro-benchmarks: the performance each port loses against its baseline.",
        subcommands: [List.self, BenchRunCommand.self, BenchImportCommand.self, BenchCompareCommand.self,
                      Runner.self, Serve.self])

    /// Ports for a run: the built-ins plus the external runners named on the command line.
    /// Runners come only from manifests the user names, never from anything found on disk.
    static func ports(runners: [String]) throws -> [any BenchPort] {
        let data = URL(fileURLWithPath: try DataDirectory.locate())
        var ports = PortRegistry.standard(dataDirectory: data)
        for path in runners {
            ports.append(ExternalRunnerPort(manifest: try RunnerManifest.load(path: path)))
        }
        return ports
    }

    /// `drawbridge bench list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Kernels, sizes and ports, with each port's availability and why.")
        @Option(name: .customLong("runner"), help: "An external runner's manifest (repeatable).") var runners: [String] = []
        @Option(help: "Output format.") var format: DetailFormat = .text

        func run() throws {
            let listing = SuiteListing(suite: .standard, ports: try BenchCommand.ports(runners: runners))
            switch format {
            case .text: print(listing.text, terminator: listing.text.hasSuffix("\n") ? "" : "\n")
            case .json: print(try JSONReportWriter.encode(listing))
            }
        }
    }

    /// `drawbridge bench runner check MANIFEST`.
    struct Runner: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "runner", abstract: "External runners.", subcommands: [Check.self])

        /// Validates a runner against the protocol.
        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "check", abstract: "Check that a runner speaks the protocol: handshake, listing, a run, checksums.")
            @Argument(help: "The runner's manifest file.") var manifest: String

            func run() throws {
                let report = RunnerCheck.run(manifest: try RunnerManifest.load(path: manifest))
                print(report.text, terminator: report.text.hasSuffix("\n") ? "" : "\n")
                if !report.passed { throw ExitCode.failure }
            }
        }
    }

    /// `drawbridge bench serve --port P`: this binary as an external runner.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Speak the runner protocol on standard input and output for a built-in port (for testing runners).")
        @Option(help: "The built-in port to serve.") var port = "c"

        func run() throws {
            guard let served = try BenchCommand.ports(runners: []).first(where: { $0.name == port }) else {
                throw ValidationError("unknown port '\(TerminalSafe.text(port))'")
            }
            RunnerServer(port: served).serve(input: .standardInput, output: .standardOutput)
        }
    }
}
