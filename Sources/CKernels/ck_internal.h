/* Private helpers shared by the kernel files. */
#ifndef CK_INTERNAL_H
#define CK_INTERNAL_H

#include "include/ck_core.h"

/* Hot loops are compiled for several x86 levels and picked at load time, so one binary
   uses AVX-512 where it exists and still starts on older or other processors.
   Not under ThreadSanitizer: the load-time resolvers would be instrumented and run before
   the sanitizer's runtime is up, crashing the program before main. */
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CK_NO_CLONES 1
#endif
#endif
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__)) && !defined(CK_NO_CLONES)
#define CK_HOT __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define CK_HOT
#endif

#define CK_ALIGN 16

/* Upper bound on pool workers, so per-worker scratch can live on the caller's stack. */
#define CK_MAX_WORKERS 64

#endif
