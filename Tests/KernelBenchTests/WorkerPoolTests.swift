import CKernels
import Foundation
import Testing
@testable import KernelBench

@Suite("Worker pool pinning")
struct WorkerPoolTests {
    @Test("a pool with one worker per CPU pins its caller for the span of a run, then gives its affinity back")
    func pinsTheCallerAndRestores() throws {
        let cpus = Int(ck_online_cpus())
        let before = Int(ck_thread_cpus())
        let pool = WorkerPool(threads: cpus)
        if cpus < 2 {
            #expect(!pool.isPinned, "one worker has nothing to pin")
            return
        }
        #expect(pool.isPinned)
        let inside = pool.withPinnedCaller { Int(ck_thread_cpus()) }
        #expect(inside == 1, "the caller runs on one CPU while pinned")
        #expect(Int(ck_thread_cpus()) == before, "and gets its own affinity back afterwards")
        let nested = pool.withPinnedCaller { pool.withPinnedCaller { Int(ck_thread_cpus()) } + Int(ck_thread_cpus()) * 10 }
        #expect(nested == 11, "a pin inside a pin keeps the thread on its one CPU until the outer one ends")
        #expect(Int(ck_thread_cpus()) == before)
    }

    @Test("a pool with more workers than CPUs pins nothing and leaves the caller alone")
    func tooManyWorkersPinsNothing() {
        let cpus = Int(ck_online_cpus())
        let pool = WorkerPool(threads: cpus + 1)
        #expect(!pool.isPinned)
        let before = Int(ck_thread_cpus())
        #expect(pool.withPinnedCaller { Int(ck_thread_cpus()) } == before)
    }
}
