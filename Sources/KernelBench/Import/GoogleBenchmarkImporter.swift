/// Reads Google Benchmark JSON: per-repetition iteration rows become samples.
enum GoogleBenchmarkImporter {
    static func read(_ root: JSONNode, map: KernelNameMap) throws(ImportError) -> ImportedRun {
        let ctx = root["context"]
        let cores = (try? ctx["num_cpus"].integer()) ?? 0
        var cpu = "unknown"
        if let mhz = try? ctx["mhz_per_cpu"].integer() { cpu = "\(mhz) MHz" }
        let machine = MachineDescription(hostname: ctx["host_name"].optionalString() ?? "unknown", cpu: cpu, cores: cores,
                                         os: "unknown (Google Benchmark export)",
                                         devices: ctx["executable"].optionalString().map { ["executable \($0)"] } ?? [])
        var run = ImportedRun(machine: machine, date: ctx["date"].optionalString())
        var order: [String] = []
        var samples: [String: [Double]] = [:]
        var aggregates: [String: Double] = [:]
        for row in try root["benchmarks"].array() {
            let name = try (row["run_name"].isNull ? row["name"] : row["run_name"]).string()
            if !row["error_occurred"].isNull, (row["error_occurred"].value as? Bool) == true {
                let (k, s) = map.resolve(name, defaultSize: "-")
                run.failures.append(KernelFailure(kernel: k, size: s, port: "", message: row["error_message"].optionalString() ?? "error",
                                                  wrongResult: false))
                continue
            }
            if (row["skipped"].value as? Bool) == true { continue }
            let scale = try unitScale(row["time_unit"], path: row["time_unit"].path)
            let time = try row["real_time"].duration(scale: scale)
            if order.firstIndex(of: name) == nil { order.append(name) }
            if row["run_type"].optionalString() == "aggregate" {
                let agg = row["aggregate_name"].optionalString()
                if agg == "median" || (agg == "mean" && aggregates[name] == nil) { aggregates[name] = time }
            } else {
                samples[name, default: []].append(time)
            }
        }
        for name in order {
            // Aggregates stand in only when the file has no per-repetition rows.
            guard let s = samples[name] ?? aggregates[name].map({ [$0] }) else { continue }
            let (kernel, size) = map.resolve(name, defaultSize: "-")
            run.results.append(ImportedRun.result(kernel: kernel, size: size, dims: suiteDims(kernel: kernel, size: size), samples: s))
        }
        return run
    }

    static func unitScale(_ node: JSONNode, path: String) throws(ImportError) -> Double {
        switch node.optionalString() ?? "ns" {
        case "ns": return 1
        case "us": return 1e3
        case "ms": return 1e6
        case "s": return 1e9
        case let other: throw ImportError.invalidField(source: node.source, path: path, detail: "unknown time unit '\(other)'")
        }
    }
}
