/// What `bench list` shows: kernels with sizes and work per call, ports with availability.
public struct SuiteListing: Sendable, Codable {
    /// One kernel row.
    public struct Kernel: Sendable, Codable {
        /// Kernel name.
        public var name: String
        /// What it computes.
        public var summary: String
        /// `label=dims` per rung with bytes and FLOPs per call.
        public var sizes: [Size]
        /// Checksum tolerance and why.
        public var tolerance: Double
        /// The reason for the tolerance.
        public var toleranceNote: String
        /// Ports implementing it that are available here.
        public var ports: [String]

        private enum CodingKeys: String, CodingKey {
            case name, summary, sizes, tolerance, ports, toleranceNote = "tolerance_note"
        }
    }

    /// One size rung.
    public struct Size: Sendable, Codable {
        /// Label.
        public var label: String
        /// Dimensions.
        public var dims: [Int]
        /// Bytes per call.
        public var bytes: Double
        /// FLOPs per call.
        public var flops: Double
    }

    /// Kernels.
    public var kernels: [Kernel]
    /// Ports with availability and reason.
    public var ports: [PortStatus]

    /// Builds the listing.
    public init(suite: KernelSuite, ports: [any BenchPort]) {
        self.ports = ports.map(PortStatus.init(port:))
        kernels = suite.specs.map { spec in
            Kernel(name: spec.id.rawValue, summary: spec.summary,
                   sizes: spec.sizes.map { Size(label: $0.label, dims: $0.dims, bytes: spec.bytes($0), flops: spec.flops($0)) },
                   tolerance: spec.tolerance, toleranceNote: spec.toleranceNote,
                   ports: ports.filter { $0.availability.isAvailable && $0.supportedKernels.contains(spec.id) }.map(\.name))
        }
    }

    /// Plain-text rendering.
    public var text: String {
        var rows = [["kernel", "sizes", "tolerance", "ports", "computes"]]
        for k in kernels {
            rows.append([k.name, k.sizes.map { "\($0.label)=\($0.dims.map(String.init).joined(separator: "x"))" }.joined(separator: " "),
                         "\(k.tolerance)", k.ports.joined(separator: ","), k.summary])
        }
        var out = TableReportWriter.render(rows) + "\n\nports:\n"
        for p in ports { out += "  \(p.name): \(p.available ? "available" : "unavailable") - \(p.detail)\n" }
        return out
    }
}
