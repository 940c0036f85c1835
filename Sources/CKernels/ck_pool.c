/* A small pool of worker threads. Workers spin briefly on a generation counter before
   sleeping, so back-to-back kernel calls inside one sample do not pay a futex wake-up. */
#define _GNU_SOURCE
#include "ck_internal.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define CK_RELAX() _mm_pause()
#elif defined(__aarch64__)
#define CK_RELAX() __asm__ __volatile__("yield")
#else
#define CK_RELAX() ((void)0)
#endif

/* About 50 microseconds of spinning before a worker sleeps. */
#define CK_SPIN_LIMIT 20000

/* A task is split into a fixed number of chunks that whichever threads are running claim
   one at a time. On a machine shared with other work a worker may be descheduled for a
   millisecond or more; the caller then simply takes its chunks instead of waiting for it.

   Chunk claims go through one 64-bit word holding (generation << 32 | next chunk). A claim
   is a compare-and-swap on that word, so a worker that wakes up late can never claim a
   chunk of a task that has finished, nor mix one task's function with another's context. */
struct ck_pool {
    int nthreads;
    int nchunks;
    pthread_t *threads;
    pthread_mutex_t lock;
    pthread_mutex_t run_lock; /* one task at a time, whoever calls */
    pthread_cond_t wake;
    _Atomic uint64_t work;    /* generation << 32 | next chunk */
    _Atomic int done;         /* chunks finished in the current generation */
    _Atomic int quit;
    _Atomic(ck_task_fn) fn;
    _Atomic(void *) ctx;
    int pinned;               /* threads pinned one per CPU (see ck_pool_create) */
    int cpus[CK_MAX_WORKERS]; /* the CPU of each thread, the caller's first */
};

typedef struct {
    ck_pool *pool;
    int tid;
} ck_worker_arg;

#define CK_GEN(w) ((uint32_t)((w) >> 32))
#define CK_NEXT(w) ((uint32_t)(w))

/* Claims and runs chunks of generation `gen` until none are left. */
static void ck_pool_drain(ck_pool *p, uint32_t gen) {
    for (;;) {
        uint64_t w = atomic_load_explicit(&p->work, memory_order_acquire);
        if (CK_GEN(w) != gen || CK_NEXT(w) >= (uint32_t)p->nchunks) return;
        ck_task_fn fn = atomic_load_explicit(&p->fn, memory_order_relaxed);
        void *ctx = atomic_load_explicit(&p->ctx, memory_order_relaxed);
        if (!atomic_compare_exchange_weak_explicit(&p->work, &w, w + 1, memory_order_acq_rel,
                                                   memory_order_acquire))
            continue;
        fn(ctx, (int)CK_NEXT(w), p->nchunks);
        atomic_fetch_add_explicit(&p->done, 1, memory_order_release);
    }
}

uint64_t ck_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

int ck_online_cpus(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        int count = CPU_COUNT(&set);
        if (count > 0) return count;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

_Static_assert(sizeof(cpu_set_t) <= sizeof(((ck_affinity *)0)->mask), "ck_affinity holds a cpu_set_t");

static void ck_pin_to(pthread_t thread, int cpu) {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    (void)pthread_setaffinity_np(thread, sizeof(one), &one);
}

/* Picks one CPU per thread from those the process may run on, when there are enough.
   Why pin: on a machine where another process keeps one core busy, a woken worker is
   placed on its waker's CPU (the only one not running something else) and stays there, so
   the pool runs on one core and a whole process is twice as slow as the next one for as
   long as it lives; measured across fresh runner processes that is a ±40% spread between
   rounds. A pinned worker takes its own CPU back from the busy process on every wake-up,
   and any chunk it is late for goes to the caller. */
static void ck_choose_cpus(ck_pool *p) {
    cpu_set_t allowed;
    p->pinned = 0;
    if (p->nthreads < 2 || sched_getaffinity(0, sizeof(allowed), &allowed) != 0
        || CPU_COUNT(&allowed) < p->nthreads)
        return;
    int t = 0;
    for (int cpu = 0; cpu < CPU_SETSIZE && t < p->nthreads; cpu++)
        if (CPU_ISSET(cpu, &allowed)) p->cpus[t++] = cpu;
    p->pinned = t == p->nthreads;
}

static void *ck_worker_main(void *raw) {
    ck_worker_arg arg = *(ck_worker_arg *)raw;
    free(raw);
    ck_pool *p = arg.pool;
    if (p->pinned) ck_pin_to(pthread_self(), p->cpus[arg.tid]);
    uint32_t seen = 0;
    for (;;) {
        uint32_t gen;
        int spins = 0;
        while ((gen = CK_GEN(atomic_load_explicit(&p->work, memory_order_acquire))) == seen) {
            if (++spins < CK_SPIN_LIMIT) {
                CK_RELAX();
                continue;
            }
            pthread_mutex_lock(&p->lock);
            while (CK_GEN(atomic_load_explicit(&p->work, memory_order_acquire)) == seen)
                pthread_cond_wait(&p->wake, &p->lock);
            pthread_mutex_unlock(&p->lock);
            spins = 0;
        }
        seen = gen;
        if (atomic_load_explicit(&p->quit, memory_order_acquire)) break;
        ck_pool_drain(p, gen);
    }
    return NULL;
}

ck_pool *ck_pool_create(int nthreads) {
    if (nthreads < 1) nthreads = 1;
    if (nthreads > CK_MAX_WORKERS) nthreads = CK_MAX_WORKERS;
    ck_pool *p = calloc(1, sizeof(ck_pool));
    if (!p) return NULL;
    p->nthreads = nthreads;
    /* Four chunks per worker: small enough to rebalance when a worker is late, few enough
       that per-chunk overhead stays negligible. The count never depends on timing, so
       chunked reductions add up in the same order on every run. */
    p->nchunks = nthreads == 1 ? 1 : (4 * nthreads < CK_MAX_WORKERS ? 4 * nthreads : CK_MAX_WORKERS);
    pthread_mutex_init(&p->lock, NULL);
    pthread_mutex_init(&p->run_lock, NULL);
    pthread_cond_init(&p->wake, NULL);
    atomic_init(&p->work, 0);
    atomic_init(&p->done, 0);
    atomic_init(&p->quit, 0);
    atomic_init(&p->fn, NULL);
    atomic_init(&p->ctx, NULL);
    p->threads = calloc((size_t)nthreads, sizeof(pthread_t));
    if (!p->threads) {
        free(p);
        return NULL;
    }
    ck_choose_cpus(p);
    for (int t = 1; t < nthreads; t++) {
        ck_worker_arg *arg = malloc(sizeof(ck_worker_arg));
        if (!arg) {
            p->nthreads = t;
            break;
        }
        arg->pool = p;
        arg->tid = t;
        if (pthread_create(&p->threads[t], NULL, ck_worker_main, arg) != 0) {
            free(arg);
            p->nthreads = t;
            break;
        }
    }
    return p;
}

static void ck_noop(void *ctx, int tid, int n) {
    (void)ctx; (void)tid; (void)n;
}

void ck_pool_destroy(ck_pool *p) {
    if (!p) return;
    atomic_store_explicit(&p->quit, 1, memory_order_release);
    ck_pool_run(p, ck_noop, NULL);
    for (int t = 1; t < p->nthreads; t++) pthread_join(p->threads[t], NULL);
    pthread_mutex_destroy(&p->lock);
    pthread_mutex_destroy(&p->run_lock);
    pthread_cond_destroy(&p->wake);
    free(p->threads);
    free(p);
}

int ck_pool_size(const ck_pool *p) { return p ? p->nthreads : 1; }

int ck_pool_pinned(const ck_pool *p) { return p ? p->pinned : 0; }

int ck_thread_cpus(void) {
    cpu_set_t set;
    if (pthread_getaffinity_np(pthread_self(), sizeof(set), &set) != 0) return 0;
    return CPU_COUNT(&set);
}

void ck_pool_pin_caller(const ck_pool *p, ck_affinity *saved) {
    saved->saved = 0;
    if (!p || !p->pinned) return;
    cpu_set_t old;
    if (pthread_getaffinity_np(pthread_self(), sizeof(old), &old) != 0) return;
    /* Already pinned there (bench serve pins the whole session): nothing to move or give back. */
    if (CPU_COUNT(&old) == 1 && CPU_ISSET(p->cpus[0], &old)) return;
    memcpy(saved->mask, &old, sizeof(old));
    saved->saved = 1;
    ck_pin_to(pthread_self(), p->cpus[0]);
}

void ck_pool_unpin_caller(const ck_affinity *saved) {
    if (!saved->saved) return;
    cpu_set_t old;
    memcpy(&old, saved->mask, sizeof(old));
    (void)pthread_setaffinity_np(pthread_self(), sizeof(old), &old);
}

int ck_pool_chunks(const ck_pool *p) { return p ? p->nchunks : 1; }

void ck_pool_run(ck_pool *p, ck_task_fn fn, void *ctx) {
    if (!p || p->nthreads == 1) {
        if (!(p && atomic_load(&p->quit))) fn(ctx, 0, 1);
        return;
    }
    pthread_mutex_lock(&p->run_lock);
    atomic_store_explicit(&p->fn, fn, memory_order_relaxed);
    atomic_store_explicit(&p->ctx, ctx, memory_order_relaxed);
    atomic_store_explicit(&p->done, 0, memory_order_relaxed);
    uint32_t gen = CK_GEN(atomic_load_explicit(&p->work, memory_order_relaxed)) + 1;
    /* When quitting, publish an empty generation: workers wake, see quit and leave. */
    uint32_t first = atomic_load_explicit(&p->quit, memory_order_acquire) ? (uint32_t)p->nchunks : 0;
    pthread_mutex_lock(&p->lock);
    atomic_store_explicit(&p->work, ((uint64_t)gen << 32) | first, memory_order_release);
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->lock);
    ck_pool_drain(p, gen);
    int expected = (int)(p->nchunks - first);
    int spins = 0;
    while (atomic_load_explicit(&p->done, memory_order_acquire) < expected) {
        if (++spins < CK_SPIN_LIMIT) CK_RELAX();
        else sched_yield();
    }
    pthread_mutex_unlock(&p->run_lock);
}

void ck_split(size_t n, int parts, int index, size_t align, size_t *begin, size_t *end) {
    if (align == 0) align = 1;
    size_t blocks = (n + align - 1) / align;
    size_t per = blocks / (size_t)parts, extra = blocks % (size_t)parts;
    size_t i = (size_t)index;
    size_t b = i * per + (i < extra ? i : extra);
    size_t e = b + per + (i < extra ? 1 : 0);
    b *= align;
    e *= align;
    *begin = b < n ? b : n;
    *end = e < n ? e : n;
}
