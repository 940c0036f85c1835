import CUDAScan

/// The scanner's target, under a name that does not clash with the store's `Target`.
typealias CUDATarget = CUDAScan.Target
