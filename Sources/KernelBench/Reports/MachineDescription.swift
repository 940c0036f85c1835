import CKernels
import Foundation

/// The machine results were measured on (or, for imports, the foreign machine's own words).
public struct MachineDescription: Sendable, Codable, Hashable {
    /// Host name as reported.
    public var hostname: String
    /// Processor model.
    public var cpu: String
    /// Usable processors.
    public var cores: Int
    /// Operating system and kernel.
    public var os: String
    /// Accelerators or devices involved, one line each (OpenCL device, runner devices).
    public var devices: [String]
    /// Roofs measured in this session, when any.
    public var calibration: Calibration?
    /// `local` for this run, else where it came from (`google-benchmark`, `nvbench`, ...).
    public var source: String

    /// Creates a description.
    public init(hostname: String, cpu: String, cores: Int, os: String, devices: [String] = [],
                calibration: Calibration? = nil, source: String = "local") {
        self.hostname = hostname
        self.cpu = cpu
        self.cores = cores
        self.os = os
        self.devices = devices
        self.calibration = calibration
        self.source = source
    }

    /// Describes this machine from /proc and uname.
    public static func current() -> MachineDescription {
        var cpu = "unknown"
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":")
        {
            cpu = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var name = utsname()
        uname(&name)
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
        }
        let os = "\(text(name.sysname)) \(text(name.release)) \(text(name.machine))"
        return MachineDescription(hostname: ProcessInfo.processInfo.hostName, cpu: cpu,
                                  cores: Int(ck_online_cpus()), os: os)
    }
}
