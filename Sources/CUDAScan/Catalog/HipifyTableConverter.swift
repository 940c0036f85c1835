import Foundation

/// Converts HIPIFY's CUDA→HIP documentation tables (`*_supported_by_HIP.md`) into catalog files,
/// so the `hip` column can be refreshed from a newer HIPIFY checkout.
public struct HipifyTableConverter: Sendable {
    /// One HIPIFY table and how its rows enter the catalog.
    struct TableSpec: Sendable {
        let file: String
        let output: String
        let family: String
        /// A table whose name column is used when the HIP cell is empty (MIOpen for cuDNN).
        let fallbackFile: String?
        let fallbackLabel: String?
    }

    static let tables: [TableSpec] = [
        TableSpec(file: "CUDA_Runtime_API_functions_supported_by_HIP.md", output: "hip-runtime", family: "runtime", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "CUDA_Driver_API_functions_supported_by_HIP.md", output: "hip-driver", family: "driver", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "CUDA_Device_API_supported_by_HIP.md", output: "hip-device", family: "device-intrinsic", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "CUDA_RTC_API_supported_by_HIP.md", output: "hip-nvrtc", family: "nvrtc", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "cuComplex_API_supported_by_HIP.md", output: "hip-cucomplex", family: "cucomplex", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "CUBLAS_API_supported_by_HIP.md", output: "hip-cublas", family: "cublas", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "CUDNN_API_supported_by_HIP.md", output: "hip-cudnn", family: "cudnn",
                  fallbackFile: "CUDNN_API_supported_by_MIOPEN.md", fallbackLabel: "MIOpen"),
        TableSpec(file: "CUFFT_API_supported_by_HIP.md", output: "hip-cufft", family: "cufft", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "CURAND_API_supported_by_HIP.md", output: "hip-curand", family: "curand", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "CUSOLVER_API_supported_by_HIP.md", output: "hip-cusolver", family: "cusolver", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "CUSPARSE_API_supported_by_HIP.md", output: "hip-cusparse", family: "cusparse", fallbackFile: nil, fallbackLabel: nil),
        TableSpec(file: "CUB_API_supported_by_HIP.md", output: "hip-cub", family: "cub", fallbackFile: nil, fallbackLabel: nil),
    ]

    /// One table row.
    struct Row: Sendable {
        let cuda: String
        let hip: String
        let section: String
        let cells: [String: String]
    }

    /// Names HIPIFY lists that belong to other libraries, so that code using them is not tied to CUDA: OpenGL's
    /// types (from the GL interop signatures) and the C library's `assert` helper and classification functions,
    /// which CUDA merely provides on the device. Scanning a system's headers reported tens of thousands of these.
    static let otherLibraryNames: Set<String> = [
        "GLenum", "GLuint", "__assert_fail",
        "__finite", "__finitef", "__finitel", "__isinf", "__isinff", "__isinfl", "__isnan", "__isnanf", "__isnanl",
        "__signbit", "__signbitf", "__signbitl",
    ]

    /// Types that are CUDA's only as templates with arguments (`texture<float, 2> tex`), catalogued as kind
    /// `template` so that the scanner reports them only when `<` follows: a plain `texture` is anyone's variable.
    static let templateTypes: Set<String> = ["texture"]

    /// Creates a converter.
    public init() {}

    /// Converts every known table found in `tablesDirectory`; returns catalog text by output file name (`hip-runtime.catalog`, …).
    public func convert(tablesDirectory: URL) throws(CatalogError) -> [String: String] {
        var outputs: [String: String] = [:]
        for spec in Self.tables {
            let url = tablesDirectory.appendingPathComponent(spec.file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let rows = try Self.rows(in: url)
            var fallback: [String: String] = [:]
            if let fallbackFile = spec.fallbackFile {
                let fallbackURL = tablesDirectory.appendingPathComponent(fallbackFile)
                if FileManager.default.fileExists(atPath: fallbackURL.path) {
                    for row in try Self.rows(in: fallbackURL) where !row.hip.isEmpty { fallback[row.cuda] = row.hip }
                }
            }
            outputs[spec.output + ".catalog"] = render(spec: spec, rows: rows, fallback: fallback)
        }
        return outputs
    }

    /// Converts and writes the catalog files into `outputDirectory`; returns the names written.
    @discardableResult
    public func write(tablesDirectory: URL, outputDirectory: URL) throws(CatalogError) -> [String] {
        let outputs = try convert(tablesDirectory: tablesDirectory)
        for (name, text) in outputs {
            let url = outputDirectory.appendingPathComponent(name)
            do { try Data(text.utf8).write(to: url) } catch { throw .unreadable(path: url.path, reason: "cannot write the catalog file") }
        }
        return outputs.keys.sorted()
    }

    /// The rows of one Markdown table file, with the section each sits in.
    static func rows(in url: URL) throws(CatalogError) -> [Row] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, reason: "cannot read the HIPIFY table")
        }
        var rows: [Row] = []
        var section = ""
        var header: [String] = []
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: " \r")
            if line.hasPrefix("#") {
                section = line.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: "# ")
                continue
            }
            guard line.hasPrefix("|") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "`", with: "").trimmingCharacters(in: " ") }
            if line.hasPrefix("|**") { header = cells; continue }
            if line.hasPrefix("|:") { continue }
            guard !header.isEmpty, cells.count == header.count else {
                throw .malformedLine(file: url.path, line: lineNumber, message: "table row does not match its header")
            }
            // Columns: CUDA A D C R, then the target name (HIP, MIOPEN, ROC…) with its own A D C R [E].
            var named: [String: String] = [:]
            var side = "cuda"
            for (index, title) in header.enumerated() {
                if index == 0 { continue }
                if title.count > 1 { side = "hip"; continue }
                named[side + title] = cells[index]
            }
            let targetColumn = header.indices.dropFirst().first { header[$0].count > 1 } ?? 5
            let cuda = cells[0]
            guard !cuda.isEmpty, !cuda.contains(" ") else { continue }
            rows.append(Row(cuda: cuda, hip: cells[targetColumn], section: section, cells: named))
        }
        return rows
    }

    private func render(spec: HipifyTableConverter.TableSpec, rows: [Row], fallback: [String: String]) -> String {
        var lines: [String] = [Self.header(for: spec)]
        var seen = Set<String>()
        for row in rows {
            guard seen.insert(row.cuda).inserted else { continue }
            let kind = Self.kind(of: row, family: spec.family)
            // Plain math functions (sinf, max, …) share their names with C/C++ and are not ties by themselves.
            if spec.family == "device-intrinsic", kind == "device-function",
               !(row.cuda.hasPrefix("__") || row.cuda.hasPrefix("atomic")) { continue }
            if Self.otherLibraryNames.contains(row.cuda) { continue }
            let family = Self.family(of: row, default: spec.family)
            var notes: [String] = []
            if let v = row.cells["cudaD"], !v.isEmpty { notes.append("deprecated in CUDA \(v)") }
            if let v = row.cells["cudaR"], !v.isEmpty { notes.append("removed in CUDA \(v)") }
            let mapping: String
            if !row.hip.isEmpty {
                if let v = row.cells["hipD"], !v.isEmpty { notes.append("deprecated in HIP \(v)") }
                if let v = row.cells["hipR"], !v.isEmpty { notes.append("removed in HIP \(v)") }
                if let v = row.cells["hipE"], !v.isEmpty { notes.append("experimental in HIP \(v)") }
                mapping = "hip = \(row.hip) [direct]"
            } else if let other = fallback[row.cuda], let label = spec.fallbackLabel {
                notes.append("\(label) API; arguments and descriptors differ")
                mapping = "hip = \(other) [mechanical]"
            } else {
                notes.append("no HIP equivalent in HIPIFY")
                let effort = kind == "function" || kind == "device-function" ? "blocker" : "rewrite"
                mapping = "hip = - [\(effort)]"
            }
            let note = notes.isEmpty ? "" : " " + notes.joined(separator: "; ")
            lines.append("\(row.cuda) | \(kind) | \(family) | \(mapping)\(note)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func kind(of row: Row, family: String) -> String {
        let section = row.section.lowercased()
        let isTypes = section.contains("data type") || section.contains("types")
        if !isTypes { return family == "device-intrinsic" ? "device-function" : "function" }
        let name = row.cuda
        if name.uppercased() == name { return "constant" }
        return templateTypes.contains(name) ? "template" : "type"
    }

    static func family(of row: Row, default family: String) -> String {
        let section = row.section.lowercased()
        if family == "cublas", section.contains("blaslt") { return "cublaslt" }
        if family == "cublas", section.contains("cuda library") { return "runtime" }
        return family
    }

    static func header(for spec: HipifyTableConverter.TableSpec) -> String {
        """
        # Drawbridge CUDA catalog: \(spec.family) (generated by HipifyTableConverter from \(spec.file)).
        # HIP names: ROCm/HIPIFY documentation tables (MIT).
        # Regenerate with `drawbridge catalog convert-hipify TABLES_DIR --output Data/catalog`; do not edit by hand —
        # put corrections in a hand-written file that sorts later (files load in name order, later wins).
        #
        # Format: symbol | kind | family | target = replacement [effort gen:effort…] note | …
        #   replacement '-' means none; effort is direct | mechanical | rewrite | blocker
        #   (direct = rename, mechanical = rename plus argument changes, rewrite = restructure, blocker = no equivalent).
        #   A HIP row with no HIP name is a blocker for functions and a rewrite for types and constants.
        #   Plain math device functions (sinf, max, …) are omitted: they are C/C++ names, not CUDA ties; so are
        #   other libraries' names HIPIFY lists (OpenGL's GLenum and GLuint, the C library's __isnan and kin).
        #   Kind 'template' marks a type that is CUDA's only with template arguments (texture<…>).
        """
    }
}
