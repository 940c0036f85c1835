/* Host buffers. Every buffer of 64 KiB or more starts on its own 2 MiB boundary with
   transparent huge pages asked for: the physical layout below 2 MiB, which decides the L2
   and L3 sets a buffer uses, is then the same for every instance of a kernel, so an A/A
   comparison measures the machine rather than where the allocator happened to put pages.
   Smaller buffers only touch L1 sets, which page offsets alone decide. */
#define _GNU_SOURCE
#include "ck_internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define CK_HUGE ((size_t)2 << 20)

void *ck_alloc(size_t bytes) {
    if (bytes == 0) bytes = 1;
    size_t align = bytes >= ((size_t)64 << 10) ? CK_HUGE : 4096;
    if (align == CK_HUGE) bytes = (bytes + CK_HUGE - 1) / CK_HUGE * CK_HUGE;
    void *p = NULL;
    if (posix_memalign(&p, align, bytes) != 0) return NULL;
#ifdef MADV_HUGEPAGE
    if (align == CK_HUGE) (void)madvise(p, bytes, MADV_HUGEPAGE); /* advisory only */
#endif
    memset(p, 0, bytes);
    return p;
}

void ck_free(void *p) { free(p); }
