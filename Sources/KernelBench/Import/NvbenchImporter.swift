import Foundation

/// Reads nvbench JSON: one result per state, from its per-sample times when the run wrote them
/// (`--jsonbin`), else from its summaries (values are strings).
enum NvbenchImporter {
    /// `directory` is where the JSON file lies: `--jsonbin` sample files are named relative to it.
    static func read(_ root: JSONNode, map: KernelNameMap, directory: String = ".") throws(ImportError) -> ImportedRun {
        var devices: [Int: String] = [:]
        if !root["devices"].isNull {
            for d in try root["devices"].array() {
                let id = (try? d["id"].integer()) ?? -1
                var line = (try? d["name"].string()) ?? "unknown device"
                if let sm = try? d["sm_version"].integer() { line += " (sm_\(sm / 10))" }
                if let bw = try? d["global_memory_bus_bandwidth"].number() { line += String(format: ", %.0f GB/s peak", bw / 1e9) }
                devices[id] = line
            }
        }
        let machine = MachineDescription(hostname: "unknown", cpu: "unknown", cores: 0, os: "unknown (nvbench export)",
                                         devices: devices.keys.sorted().map { "device \($0): \(devices[$0]!)" })
        var run = ImportedRun(machine: machine)
        for bench in try root["benchmarks"].array() {
            let name = try bench["name"].string()
            for state in try bench["states"].array() {
                let axes = state["axis_values"].isNull ? [] : try state["axis_values"].array()
                var label: [String] = []
                for a in axes { label.append("\(try a["name"].string())=\((try? a["value"].string()) ?? String((try? a["value"].number()) ?? 0))") }
                let sizeText = label.isEmpty ? "-" : label.joined(separator: ",")
                let (kernel, size) = map.resolve(label.isEmpty ? name : "\(name)/\(sizeText)", defaultSize: sizeText)
                if (state["is_skipped"].value as? Bool) == true {
                    run.failures.append(KernelFailure(kernel: kernel, size: size, port: "",
                                                      message: "skipped: \(state["skip_reason"].optionalString() ?? "no reason")", wrongResult: false))
                    continue
                }
                var tags: [String: JSONNode] = [:]
                var sampleFile: (path: String, count: Int)?
                for s in try state["summaries"].array() {
                    guard let tag = s["tag"].optionalString(), let data = try? s["data"].array() else { continue }
                    if tag == "nv/json/bin:nv/cold/sample_times" || tag == "nv/cold/sample_times",
                       let file = data.first(where: { $0["name"].optionalString() == "filename" })?["value"].optionalString(),
                       let count = try? data.first(where: { $0["name"].optionalString() == "size" })?["value"].integer() {
                        sampleFile = (file, count)
                    }
                    guard let v = data.first(where: { $0["name"].optionalString() == "value" }) else { continue }
                    tags[tag] = v["value"]
                }
                func seconds(_ tag: String) throws(ImportError) -> Double? {
                    guard let node = tags[tag], !node.isNull else { return nil }
                    return try node.duration(scale: 1e9)
                }
                var centre: Double?
                for tag in ["nv/cold/time/gpu/median", "nv/cold/time/gpu/mean", "nv/batch/time/gpu/mean"] where centre == nil {
                    centre = try seconds(tag)
                }
                guard let centre else {
                    run.failures.append(KernelFailure(kernel: kernel, size: size, port: "", message: "no GPU time summary", wrongResult: false))
                    continue
                }
                let rung = suiteDims(kernel: kernel, size: size)
                let dims = rung.isEmpty ? axes.compactMap { try? $0["value"].integer() }.filter { $0 > 0 } : rung
                let resultDims = KernelSuite.standard.spec(named: kernel) == nil ? [] : dims
                if let sampleFile {
                    switch NvbenchSampleFile.read(sampleFile.path, count: sampleFile.count, relativeTo: directory) {
                    case let .success(samples):
                        run.results.append(ImportedRun.result(kernel: kernel, size: size, dims: resultDims, samples: samples))
                        run.sampleFiles += 1
                        continue
                    case let .failure(problem):
                        run.missingSampleFiles.append("\(kernel) \(size): \(problem)")
                    }
                }
                var r = ImportedRun.result(kernel: kernel, size: size, dims: resultDims, samples: [centre])
                // nvbench keeps only summaries: carry its count and quartiles, not fake samples.
                if let n = try tags["nv/cold/sample_size"]?.integer(), n >= 1 { r.summary.count = n }
                if let v = try seconds("nv/cold/time/gpu/min") { r.summary.min = v }
                if let v = try seconds("nv/cold/time/gpu/q1") { r.summary.q1 = v }
                if let v = try seconds("nv/cold/time/gpu/q3") { r.summary.q3 = v }
                if let v = try seconds("nv/cold/time/gpu/max") { r.summary.max = v }
                if let v = try seconds("nv/cold/time/gpu/mean") { r.summary.mean = v }
                run.results.append(r)
            }
        }
        return run
    }
}
