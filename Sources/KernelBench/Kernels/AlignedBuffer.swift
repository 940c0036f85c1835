import CKernels

/// A page-aligned, fixed-size host array, so C kernels vectorise and ports own their memory.
///
/// Buffers of 64 KiB or more are aligned to 2 MiB and asked for transparent huge pages: two
/// instances of the same kernel then see the same cache-set and TLB layout, so an A/A
/// comparison measures the machine rather than where the allocator happened to put pages.
public final class AlignedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The first element.
    public let base: UnsafeMutablePointer<Element>
    /// Number of elements.
    public let count: Int

    /// Allocates `count` zeroed elements; throws when the memory is not available.
    public init(count: Int) throws(BenchError) {
        let bytes = max(1, count) * MemoryLayout<Element>.stride
        guard let raw = ck_alloc(bytes) else { throw BenchError.outOfMemory(bytes: bytes) }
        base = raw.bindMemory(to: Element.self, capacity: max(1, count))
        self.count = count
    }

    /// Copies another buffer of the same length into this one.
    public func copy(from other: AlignedBuffer<Element>) {
        base.update(from: other.base, count: min(count, other.count))
    }

    /// The contents as a Swift array.
    public func toArray() -> [Element] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    deinit {
        ck_free(base)
    }
}
