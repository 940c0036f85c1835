/* Timers, the worker pool and the deterministic input generator shared by every C kernel. */
#ifndef CK_CORE_H
#define CK_CORE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Monotonic time in nanoseconds (CLOCK_MONOTONIC); never goes backwards. */
uint64_t ck_now_ns(void);

/** Number of processors this process may run on. */
int ck_online_cpus(void);

/** A fixed set of worker threads that run one task at a time; the caller is worker 0. */
typedef struct ck_pool ck_pool;

/** A task body: called once per chunk with the chunk's index and the chunk count. */
typedef void (*ck_task_fn)(void *ctx, int tid, int nthreads);

/** Creates a pool of `nthreads` workers (the caller counts as one); NULL on failure. */
ck_pool *ck_pool_create(int nthreads);

/** Stops and joins the workers and frees the pool. */
void ck_pool_destroy(ck_pool *pool);

/** Number of workers, the caller included. */
int ck_pool_size(const ck_pool *pool);

/** Number of chunks every task is split into (fixed for a pool). */
int ck_pool_chunks(const ck_pool *pool);

/** Runs `fn` on every chunk, spread over whichever workers are running; returns when done. */
void ck_pool_run(ck_pool *pool, ck_task_fn fn, void *ctx);

/** A thread's CPU affinity as it was before `ck_pool_pin_caller` (opaque). */
typedef struct {
    unsigned char mask[128];
    int saved;
} ck_affinity;

/** Pins the calling thread to the CPU the pool keeps for its caller, saving the thread's
    affinity in `saved` (left unsaved when the pool does not pin: one worker, or fewer CPUs
    than workers). Call `ck_pool_unpin_caller` with it when the timed calls are done. */
void ck_pool_pin_caller(const ck_pool *pool, ck_affinity *saved);

/** Gives the calling thread back the affinity `ck_pool_pin_caller` saved (no-op if none). */
void ck_pool_unpin_caller(const ck_affinity *saved);

/** Number of CPUs the calling thread may run on now (its own affinity, not the process's). */
int ck_thread_cpus(void);

/** Whether the pool's threads are pinned one per CPU. */
int ck_pool_pinned(const ck_pool *pool);

/** Splits [0, n) into `parts` contiguous ranges aligned to `align`; writes range `index`. */
void ck_split(size_t n, int parts, int index, size_t align, size_t *begin, size_t *end);

/** The counter-based generator every port uses: 64 random bits for (seed, stream, index). */
uint64_t ck_bits(uint64_t seed, uint32_t stream, uint64_t index);

/** Fills out[i] = offset + scale * u(seed, stream, i), u uniform in [0, 1) with 24 bits. */
void ck_fill_uniform(ck_pool *pool, float *out, size_t n, uint64_t seed, uint32_t stream,
                     float scale, float offset);

/** Fills out[i] = top `bits` bits of ck_bits(seed, stream, i). */
void ck_fill_bits(ck_pool *pool, uint32_t *out, size_t n, uint64_t seed, uint32_t stream,
                  int bits);

/** Weighted checksum of a float array: sum of w(i) * x[i]; also sum of w(i) * |x[i]|. */
void ck_checksum_f32(const float *x, size_t n, double *sum, double *magnitude);

/** Weighted checksum of an integer array (values read as unsigned 32-bit). */
void ck_checksum_u32(const uint32_t *x, size_t n, double *sum, double *magnitude);

/** Allocates zeroed host memory: page-aligned, or 2 MiB-aligned on huge pages from 64 KiB up. */
void *ck_alloc(size_t bytes);

/** Frees memory from ck_alloc. */
void ck_free(void *p);

/** The checksum weight of element i: 0.5 + ((i * 2654435761) mod 2^32) / 2^32. */
double ck_weight(uint64_t index);

#ifdef __cplusplus
}
#endif

#endif
