/* A thin OpenCL host layer over libOpenCL.so.1 loaded at run time, so the binary starts and
   every other port works on machines without OpenCL, and the build needs no CL headers. */
#ifndef CK_OPENCL_H
#define CK_OPENCL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An OpenCL device with its own context and profiling command queue. */
typedef struct ck_cl_ctx ck_cl_ctx;
/** A built program. */
typedef struct ck_cl_prog ck_cl_prog;
/** A kernel object created from a program. */
typedef struct ck_cl_kern ck_cl_kern;
/** A device buffer. */
typedef struct ck_cl_buf ck_cl_buf;

/** What a device reports about itself. */
typedef struct {
    char platform[128];
    char device[128];
    char version[128];
    char driver[128];
    int compute_units;
    int is_gpu;
    size_t max_work_group;
    uint64_t local_mem;
} ck_cl_device_desc;

/** Loads the OpenCL library; 0 on success, else writes the reason into err. */
int ck_cl_load(char *err, size_t errlen);

/** Counts devices over all platforms; 0 on success, else writes the reason into err. */
int ck_cl_device_count(int *count, char *err, size_t errlen);

/** Describes device `index` (platform-major order); 0 on success. */
int ck_cl_device_describe(int index, ck_cl_device_desc *out);

/** Creates a context and in-order profiling queue on device `index`; NULL with err set. */
ck_cl_ctx *ck_cl_ctx_create(int index, char *err, size_t errlen);

/** Releases the queue and context. */
void ck_cl_ctx_release(ck_cl_ctx *ctx);

/** Builds a program from source; NULL with the build log (or error) written into log. */
ck_cl_prog *ck_cl_prog_build(ck_cl_ctx *ctx, const char *source, const char *options,
                             char *log, size_t loglen);

/** Releases a program. */
void ck_cl_prog_release(ck_cl_prog *prog);

/** Creates kernel `name`; NULL with err set. */
ck_cl_kern *ck_cl_kern_create(ck_cl_prog *prog, const char *name, char *err, size_t errlen);

/** Releases a kernel. */
void ck_cl_kern_release(ck_cl_kern *kern);

/** Allocates a read-write buffer of `bytes`; NULL with err set. */
ck_cl_buf *ck_cl_buf_create(ck_cl_ctx *ctx, size_t bytes, char *err, size_t errlen);

/** Releases a buffer. */
void ck_cl_buf_release(ck_cl_buf *buf);

/** Blocking host-to-device copy; returns the OpenCL status (0 = success). */
int ck_cl_buf_write(ck_cl_ctx *ctx, ck_cl_buf *buf, const void *src, size_t bytes);

/** Blocking device-to-host copy; returns the OpenCL status. */
int ck_cl_buf_read(ck_cl_ctx *ctx, ck_cl_buf *buf, void *dst, size_t bytes);

/** Sets a buffer argument; returns the OpenCL status. */
int ck_cl_arg_buf(ck_cl_kern *kern, unsigned index, ck_cl_buf *buf);
/** Sets a 32-bit unsigned argument. */
int ck_cl_arg_u32(ck_cl_kern *kern, unsigned index, uint32_t value);
/** Sets a float argument. */
int ck_cl_arg_f32(ck_cl_kern *kern, unsigned index, float value);
/** Reserves `bytes` of local memory for an argument. */
int ck_cl_arg_local(ck_cl_kern *kern, unsigned index, size_t bytes);

/** Enqueues a 1-D or 2-D launch and keeps its event for timing; returns the status. */
int ck_cl_launch(ck_cl_ctx *ctx, ck_cl_kern *kern, unsigned dims, const size_t *global,
                 const size_t *local);

/** Waits for the queue; writes first-start to last-end nanoseconds of the kept events. */
int ck_cl_finish(ck_cl_ctx *ctx, uint64_t *elapsed_ns);

/** A short name for an OpenCL status code ("CL_OUT_OF_RESOURCES"). */
const char *ck_cl_status_name(int status);

#ifdef __cplusplus
}
#endif

#endif
