import Foundation

extension ReportWriter {
    /// How many findings one rendering task takes.
    static let rowBatch = 4096

    /// Appends every finding's CSV row or JSON object to `out`, in order, draining full chunks.
    static func appendRows(_ findings: FindingList, format: FindingRowWriter.Format, to out: inout [UInt8], drain: Drain?) {
        let last = findings.count - 1
        let shared = FindingRowWriter.SharedPieces()
        appendBatches(count: findings.count, bytesPerItem: format == .csv ? 256 : 1024, to: &out, drain: drain) { range, bytes in
            var writer = FindingRowWriter(format: format, shared: shared)
            // Borrowed in place: subscripting copied each finding.
            findings.forEachInPlace(in: range) { finding, index in
                writer.append(at: finding, last: index == last, to: &bytes)
            }
        }
    }

    /// Appends the renderings of items `0..<count`, in order, to `out`, draining full chunks: `render` writes the items
    /// of a range into a byte array.
    ///
    /// Batches of `rowBatch` items are rendered on all cores: for a large scan, writing the report used to take as
    /// long as the scan itself on one core. While streaming, only a few batches per core are held at once.
    static func appendBatches(count: Int, bytesPerItem: Int, to out: inout [UInt8], drain: Drain?,
                              render: @escaping @Sendable (Range<Int>, inout [UInt8]) -> Void) {
        let batches = (count + rowBatch - 1) / rowBatch
        guard batches > 1 else {
            render(0..<count, &out)
            drainIfFull(&out, drain)
            return
        }
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Two batches per core in flight: enough to keep the cores busy, and each batch's buffer is reused wave after
        // wave (a JSON batch is 4 MB, whose first use costs a page fault per 4 KB).
        let wave = drain == nil ? batches : workers * 2
        var pool: [[UInt8]] = []
        var first = 0
        while first < batches {
            let waveCount = min(wave, batches - first)
            var rendered = renderBatches(count: count, first: first, batches: waveCount, bytesPerItem: bytesPerItem,
                                         buffers: &pool, render: render)
            for index in rendered.indices {
                // Taken out of `rendered`, so the chunk is uniquely held and emptying it keeps its memory for reuse
                // (a shared one would be copied, and fresh memory costs a page fault per 4 KB written).
                var chunk: [UInt8] = []
                swap(&chunk, &rendered[index])
                if let drain {
                    // Handed over as they are: copying every batch into `out` first cost a pass over the whole report.
                    if !out.isEmpty {
                        drain(out)
                        out.removeAll(keepingCapacity: true)
                    }
                    drain(chunk)
                } else {
                    out += chunk
                }
                chunk.removeAll(keepingCapacity: true)
                pool.append(chunk)
            }
            first += waveCount
        }
    }

    /// Renders batches `first..<first + batches` in parallel, one byte array each, writing into buffers taken from
    /// `buffers`.
    private static func renderBatches(
        count: Int, first: Int, batches: Int, bytesPerItem: Int, buffers: inout [[UInt8]],
        render: @escaping @Sendable (Range<Int>, inout [UInt8]) -> Void
    ) -> [[UInt8]] {
        let slots = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: batches)
        for task in 0..<batches { (slots.baseAddress! + task).initialize(to: buffers.popLast() ?? []) }
        defer { slots.deallocate() }
        // Each task writes only its own slot.
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: batches) { task in
            let start = (first + task) * rowBatch
            let end = min(start + rowBatch, count)
            var bytes = shared[task]
            shared[task] = []
            bytes.reserveCapacity((end - start) * bytesPerItem)
            render(start..<end, &bytes)
            shared[task] = bytes
        }
        return Array(slots.moveElementsAndDeinitialize())
    }
}

private extension UnsafeMutableBufferPointer {
    /// The elements, moved out; the buffer is left uninitialised.
    func moveElementsAndDeinitialize() -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let to = buffer.baseAddress, let from = baseAddress { to.moveInitialize(from: from, count: count) }
            initialized = count
        }
    }
}
