/* OpenCL through dlopen. Only the handful of types, constants and entry points the harness
   uses are declared here (values from the Khronos OpenCL 1.2 API). */
#include "include/ck_opencl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int32_t cl_int;
typedef uint32_t cl_uint;
typedef uint64_t cl_ulong;
typedef cl_ulong cl_bitfield;
typedef struct _cl_platform_id *cl_platform_id;
typedef struct _cl_device_id *cl_device_id;
typedef struct _cl_context *cl_context;
typedef struct _cl_command_queue *cl_command_queue;
typedef struct _cl_mem *cl_mem;
typedef struct _cl_program *cl_program;
typedef struct _cl_kernel *cl_kernel;
typedef struct _cl_event *cl_event;
typedef intptr_t cl_context_properties;

#define CL_SUCCESS 0
#define CL_DEVICE_TYPE_GPU (1 << 2)
#define CL_DEVICE_TYPE_ALL 0xFFFFFFFF
#define CL_PLATFORM_NAME 0x0902
#define CL_DEVICE_TYPE 0x1000
#define CL_DEVICE_MAX_COMPUTE_UNITS 0x1002
#define CL_DEVICE_MAX_WORK_GROUP_SIZE 0x1004
#define CL_DEVICE_LOCAL_MEM_SIZE 0x1023
#define CL_DEVICE_NAME 0x102B
#define CL_DRIVER_VERSION 0x102D
#define CL_DEVICE_VERSION 0x102F
#define CL_QUEUE_PROFILING_ENABLE (1 << 1)
#define CL_MEM_READ_WRITE (1 << 0)
#define CL_PROGRAM_BUILD_LOG 0x1183
#define CL_PROFILING_COMMAND_START 0x1282
#define CL_PROFILING_COMMAND_END 0x1283
#define CL_TRUE 1

#define CK_CL_FUNCS(X)                                                                          \
    X(clGetPlatformIDs, cl_int, (cl_uint, cl_platform_id *, cl_uint *))                          \
    X(clGetPlatformInfo, cl_int, (cl_platform_id, cl_uint, size_t, void *, size_t *))            \
    X(clGetDeviceIDs, cl_int, (cl_platform_id, cl_bitfield, cl_uint, cl_device_id *, cl_uint *)) \
    X(clGetDeviceInfo, cl_int, (cl_device_id, cl_uint, size_t, void *, size_t *))                \
    X(clCreateContext, cl_context,                                                               \
      (const cl_context_properties *, cl_uint, const cl_device_id *, void *, void *, cl_int *))  \
    X(clReleaseContext, cl_int, (cl_context))                                                    \
    X(clCreateCommandQueue, cl_command_queue, (cl_context, cl_device_id, cl_bitfield, cl_int *)) \
    X(clReleaseCommandQueue, cl_int, (cl_command_queue))                                         \
    X(clCreateProgramWithSource, cl_program,                                                     \
      (cl_context, cl_uint, const char **, const size_t *, cl_int *))                            \
    X(clBuildProgram, cl_int,                                                                    \
      (cl_program, cl_uint, const cl_device_id *, const char *, void *, void *))                 \
    X(clGetProgramBuildInfo, cl_int, (cl_program, cl_device_id, cl_uint, size_t, void *, size_t *)) \
    X(clReleaseProgram, cl_int, (cl_program))                                                    \
    X(clCreateKernel, cl_kernel, (cl_program, const char *, cl_int *))                           \
    X(clReleaseKernel, cl_int, (cl_kernel))                                                      \
    X(clSetKernelArg, cl_int, (cl_kernel, cl_uint, size_t, const void *))                        \
    X(clCreateBuffer, cl_mem, (cl_context, cl_bitfield, size_t, void *, cl_int *))               \
    X(clReleaseMemObject, cl_int, (cl_mem))                                                      \
    X(clEnqueueWriteBuffer, cl_int,                                                              \
      (cl_command_queue, cl_mem, cl_uint, size_t, size_t, const void *, cl_uint, const cl_event *, cl_event *)) \
    X(clEnqueueReadBuffer, cl_int,                                                               \
      (cl_command_queue, cl_mem, cl_uint, size_t, size_t, void *, cl_uint, const cl_event *, cl_event *)) \
    X(clEnqueueNDRangeKernel, cl_int,                                                            \
      (cl_command_queue, cl_kernel, cl_uint, const size_t *, const size_t *, const size_t *,     \
       cl_uint, const cl_event *, cl_event *))                                                   \
    X(clFinish, cl_int, (cl_command_queue))                                                      \
    X(clGetEventProfilingInfo, cl_int, (cl_event, cl_uint, size_t, void *, size_t *))            \
    X(clReleaseEvent, cl_int, (cl_event))

#define CK_DECLARE(name, ret, args) static ret(*p_##name) args;
CK_CL_FUNCS(CK_DECLARE)

static pthread_mutex_t ck_cl_lock = PTHREAD_MUTEX_INITIALIZER;
static int ck_cl_loaded = 0;
static char ck_cl_load_error[256];

struct ck_cl_ctx {
    cl_device_id device;
    cl_context context;
    cl_command_queue queue;
    cl_event first, last;
};
struct ck_cl_prog { cl_program program; cl_device_id device; };
struct ck_cl_kern { cl_kernel kernel; };
struct ck_cl_buf { cl_mem mem; };

static void ck_set(char *dst, size_t len, const char *msg) {
    if (dst && len) snprintf(dst, len, "%s", msg);
}

int ck_cl_load(char *err, size_t errlen) {
    pthread_mutex_lock(&ck_cl_lock);
    if (ck_cl_loaded == 0) {
        void *lib = dlopen("libOpenCL.so.1", RTLD_NOW | RTLD_LOCAL);
        if (!lib) lib = dlopen("libOpenCL.so", RTLD_NOW | RTLD_LOCAL);
        if (!lib) {
            snprintf(ck_cl_load_error, sizeof(ck_cl_load_error),
                     "no OpenCL library (libOpenCL.so.1) could be loaded");
            ck_cl_loaded = -1;
        } else {
            ck_cl_loaded = 1;
#define CK_RESOLVE(name, ret, args)                                                     \
    if (ck_cl_loaded == 1) {                                                            \
        p_##name = (ret(*) args)dlsym(lib, #name);                                      \
        if (!p_##name) {                                                                \
            snprintf(ck_cl_load_error, sizeof(ck_cl_load_error),                        \
                     "libOpenCL.so.1 lacks %s", #name);                                 \
            ck_cl_loaded = -1;                                                          \
        }                                                                               \
    }
            CK_CL_FUNCS(CK_RESOLVE)
        }
    }
    int ok = ck_cl_loaded == 1;
    if (!ok) ck_set(err, errlen, ck_cl_load_error);
    pthread_mutex_unlock(&ck_cl_lock);
    return ok ? 0 : -1;
}

/* Walks platforms in order; returns the device at `want` (or the count when want < 0). */
static int ck_cl_walk(int want, cl_device_id *found, cl_platform_id *found_platform,
                      char *err, size_t errlen) {
    if (ck_cl_load(err, errlen) != 0) return -1;
    cl_uint np = 0;
    cl_int st = p_clGetPlatformIDs(0, NULL, &np);
    if (st != CL_SUCCESS || np == 0) {
        ck_set(err, errlen, "no OpenCL platform found");
        return -1;
    }
    cl_platform_id plats[16];
    if (np > 16) np = 16;
    if (p_clGetPlatformIDs(np, plats, NULL) != CL_SUCCESS) {
        ck_set(err, errlen, "no OpenCL platform found");
        return -1;
    }
    int seen = 0;
    for (cl_uint p = 0; p < np; p++) {
        cl_uint nd = 0;
        if (p_clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_ALL, 0, NULL, &nd) != CL_SUCCESS) continue;
        cl_device_id devs[16];
        if (nd > 16) nd = 16;
        if (p_clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_ALL, nd, devs, NULL) != CL_SUCCESS) continue;
        for (cl_uint d = 0; d < nd; d++, seen++)
            if (seen == want) {
                *found = devs[d];
                if (found_platform) *found_platform = plats[p];
                return seen;
            }
    }
    if (want >= 0) {
        ck_set(err, errlen, seen ? "OpenCL device index out of range" : "no OpenCL device found");
        return -1;
    }
    return seen;
}

int ck_cl_device_count(int *count, char *err, size_t errlen) {
    int n = ck_cl_walk(-1, NULL, NULL, err, errlen);
    if (n < 0) return -1;
    *count = n;
    if (n == 0) {
        ck_set(err, errlen, "no OpenCL device found");
        return -1;
    }
    return 0;
}

int ck_cl_device_describe(int index, ck_cl_device_desc *out) {
    cl_device_id dev;
    cl_platform_id plat;
    if (ck_cl_walk(index, &dev, &plat, NULL, 0) < 0) return -1;
    memset(out, 0, sizeof(*out));
    p_clGetPlatformInfo(plat, CL_PLATFORM_NAME, sizeof(out->platform) - 1, out->platform, NULL);
    p_clGetDeviceInfo(dev, CL_DEVICE_NAME, sizeof(out->device) - 1, out->device, NULL);
    p_clGetDeviceInfo(dev, CL_DEVICE_VERSION, sizeof(out->version) - 1, out->version, NULL);
    p_clGetDeviceInfo(dev, CL_DRIVER_VERSION, sizeof(out->driver) - 1, out->driver, NULL);
    cl_uint cu = 0;
    p_clGetDeviceInfo(dev, CL_DEVICE_MAX_COMPUTE_UNITS, sizeof(cu), &cu, NULL);
    out->compute_units = (int)cu;
    cl_bitfield type = 0;
    p_clGetDeviceInfo(dev, CL_DEVICE_TYPE, sizeof(type), &type, NULL);
    out->is_gpu = (type & CL_DEVICE_TYPE_GPU) != 0;
    p_clGetDeviceInfo(dev, CL_DEVICE_MAX_WORK_GROUP_SIZE, sizeof(size_t), &out->max_work_group, NULL);
    cl_ulong lm = 0;
    p_clGetDeviceInfo(dev, CL_DEVICE_LOCAL_MEM_SIZE, sizeof(lm), &lm, NULL);
    out->local_mem = lm;
    return 0;
}

ck_cl_ctx *ck_cl_ctx_create(int index, char *err, size_t errlen) {
    cl_device_id dev;
    if (ck_cl_walk(index, &dev, NULL, err, errlen) < 0) return NULL;
    cl_int st = 0;
    cl_context c = p_clCreateContext(NULL, 1, &dev, NULL, NULL, &st);
    if (!c || st != CL_SUCCESS) {
        if (err) snprintf(err, errlen, "clCreateContext failed: %s", ck_cl_status_name(st));
        return NULL;
    }
    cl_command_queue q = p_clCreateCommandQueue(c, dev, CL_QUEUE_PROFILING_ENABLE, &st);
    if (!q || st != CL_SUCCESS) {
        if (err) snprintf(err, errlen, "clCreateCommandQueue failed: %s", ck_cl_status_name(st));
        p_clReleaseContext(c);
        return NULL;
    }
    ck_cl_ctx *ctx = calloc(1, sizeof(ck_cl_ctx));
    if (!ctx) {
        p_clReleaseCommandQueue(q);
        p_clReleaseContext(c);
        ck_set(err, errlen, "out of host memory");
        return NULL;
    }
    ctx->device = dev;
    ctx->context = c;
    ctx->queue = q;
    return ctx;
}

static void ck_cl_drop_events(ck_cl_ctx *ctx) {
    if (ctx->first) p_clReleaseEvent(ctx->first);
    if (ctx->last && ctx->last != ctx->first) p_clReleaseEvent(ctx->last);
    ctx->first = ctx->last = NULL;
}

void ck_cl_ctx_release(ck_cl_ctx *ctx) {
    if (!ctx) return;
    p_clFinish(ctx->queue);
    ck_cl_drop_events(ctx);
    p_clReleaseCommandQueue(ctx->queue);
    p_clReleaseContext(ctx->context);
    free(ctx);
}

ck_cl_prog *ck_cl_prog_build(ck_cl_ctx *ctx, const char *source, const char *options,
                             char *log, size_t loglen) {
    cl_int st = 0;
    cl_program p = p_clCreateProgramWithSource(ctx->context, 1, &source, NULL, &st);
    if (!p || st != CL_SUCCESS) {
        if (log) snprintf(log, loglen, "clCreateProgramWithSource failed: %s", ck_cl_status_name(st));
        return NULL;
    }
    st = p_clBuildProgram(p, 1, &ctx->device, options, NULL, NULL);
    if (st != CL_SUCCESS) {
        if (log && loglen) {
            log[0] = 0;
            p_clGetProgramBuildInfo(p, ctx->device, CL_PROGRAM_BUILD_LOG, loglen - 1, log, NULL);
            log[loglen - 1] = 0;
            if (!log[0]) snprintf(log, loglen, "clBuildProgram failed: %s", ck_cl_status_name(st));
        }
        p_clReleaseProgram(p);
        return NULL;
    }
    ck_cl_prog *out = calloc(1, sizeof(ck_cl_prog));
    if (!out) {
        p_clReleaseProgram(p);
        return NULL;
    }
    out->program = p;
    out->device = ctx->device;
    return out;
}

void ck_cl_prog_release(ck_cl_prog *prog) {
    if (!prog) return;
    p_clReleaseProgram(prog->program);
    free(prog);
}

ck_cl_kern *ck_cl_kern_create(ck_cl_prog *prog, const char *name, char *err, size_t errlen) {
    cl_int st = 0;
    cl_kernel k = p_clCreateKernel(prog->program, name, &st);
    if (!k || st != CL_SUCCESS) {
        if (err) snprintf(err, errlen, "clCreateKernel(%s) failed: %s", name, ck_cl_status_name(st));
        return NULL;
    }
    ck_cl_kern *out = calloc(1, sizeof(ck_cl_kern));
    if (!out) {
        p_clReleaseKernel(k);
        return NULL;
    }
    out->kernel = k;
    return out;
}

void ck_cl_kern_release(ck_cl_kern *kern) {
    if (!kern) return;
    p_clReleaseKernel(kern->kernel);
    free(kern);
}

ck_cl_buf *ck_cl_buf_create(ck_cl_ctx *ctx, size_t bytes, char *err, size_t errlen) {
    cl_int st = 0;
    cl_mem m = p_clCreateBuffer(ctx->context, CL_MEM_READ_WRITE, bytes ? bytes : 4, NULL, &st);
    if (!m || st != CL_SUCCESS) {
        if (err) snprintf(err, errlen, "clCreateBuffer(%zu bytes) failed: %s", bytes, ck_cl_status_name(st));
        return NULL;
    }
    ck_cl_buf *out = calloc(1, sizeof(ck_cl_buf));
    if (!out) {
        p_clReleaseMemObject(m);
        return NULL;
    }
    out->mem = m;
    return out;
}

void ck_cl_buf_release(ck_cl_buf *buf) {
    if (!buf) return;
    p_clReleaseMemObject(buf->mem);
    free(buf);
}

int ck_cl_buf_write(ck_cl_ctx *ctx, ck_cl_buf *buf, const void *src, size_t bytes) {
    return p_clEnqueueWriteBuffer(ctx->queue, buf->mem, CL_TRUE, 0, bytes, src, 0, NULL, NULL);
}

int ck_cl_buf_read(ck_cl_ctx *ctx, ck_cl_buf *buf, void *dst, size_t bytes) {
    return p_clEnqueueReadBuffer(ctx->queue, buf->mem, CL_TRUE, 0, bytes, dst, 0, NULL, NULL);
}

int ck_cl_arg_buf(ck_cl_kern *kern, unsigned index, ck_cl_buf *buf) {
    return p_clSetKernelArg(kern->kernel, index, sizeof(cl_mem), &buf->mem);
}

int ck_cl_arg_u32(ck_cl_kern *kern, unsigned index, uint32_t value) {
    return p_clSetKernelArg(kern->kernel, index, sizeof(value), &value);
}

int ck_cl_arg_f32(ck_cl_kern *kern, unsigned index, float value) {
    return p_clSetKernelArg(kern->kernel, index, sizeof(value), &value);
}

int ck_cl_arg_local(ck_cl_kern *kern, unsigned index, size_t bytes) {
    return p_clSetKernelArg(kern->kernel, index, bytes, NULL);
}

int ck_cl_launch(ck_cl_ctx *ctx, ck_cl_kern *kern, unsigned dims, const size_t *global,
                 const size_t *local) {
    cl_event ev = NULL;
    cl_int st = p_clEnqueueNDRangeKernel(ctx->queue, kern->kernel, dims, NULL, global, local, 0,
                                         NULL, &ev);
    if (st != CL_SUCCESS) return st;
    /* Only the first and the latest event matter for the elapsed span. */
    if (!ctx->first) {
        ctx->first = ev;
        ctx->last = ev;
    } else {
        if (ctx->last != ctx->first) p_clReleaseEvent(ctx->last);
        ctx->last = ev;
    }
    return CL_SUCCESS;
}

int ck_cl_finish(ck_cl_ctx *ctx, uint64_t *elapsed_ns) {
    cl_int st = p_clFinish(ctx->queue);
    *elapsed_ns = 0;
    if (st == CL_SUCCESS && ctx->first) {
        cl_ulong start = 0, end = 0;
        st = p_clGetEventProfilingInfo(ctx->first, CL_PROFILING_COMMAND_START, sizeof(start), &start, NULL);
        if (st == CL_SUCCESS)
            st = p_clGetEventProfilingInfo(ctx->last, CL_PROFILING_COMMAND_END, sizeof(end), &end, NULL);
        if (st == CL_SUCCESS) *elapsed_ns = end > start ? end - start : 0;
    }
    ck_cl_drop_events(ctx);
    return st;
}

const char *ck_cl_status_name(int status) {
    switch (status) {
    case 0: return "CL_SUCCESS";
    case -1: return "CL_DEVICE_NOT_FOUND";
    case -4: return "CL_MEM_OBJECT_ALLOCATION_FAILURE";
    case -5: return "CL_OUT_OF_RESOURCES";
    case -6: return "CL_OUT_OF_HOST_MEMORY";
    case -7: return "CL_PROFILING_INFO_NOT_AVAILABLE";
    case -11: return "CL_BUILD_PROGRAM_FAILURE";
    case -30: return "CL_INVALID_VALUE";
    case -38: return "CL_INVALID_MEM_OBJECT";
    case -46: return "CL_INVALID_KERNEL_NAME";
    case -48: return "CL_INVALID_KERNEL";
    case -49: return "CL_INVALID_ARG_INDEX";
    case -51: return "CL_INVALID_ARG_SIZE";
    case -52: return "CL_INVALID_KERNEL_ARGS";
    case -53: return "CL_INVALID_WORK_DIMENSION";
    case -54: return "CL_INVALID_WORK_GROUP_SIZE";
    case -55: return "CL_INVALID_WORK_ITEM_SIZE";
    case -1001: return "CL_PLATFORM_NOT_FOUND_KHR";
    default: return "CL_ERROR";
    }
}
