//! How the system allocator treats the program's large buffers.
//!
//! A save of a large session serialises it into a buffer of a few megabytes, and opening one reads
//! the file into another. glibc's `malloc` serves such buffers with their own mappings, but after the
//! first is freed it raises that threshold to the freed size, so the next ones come from the heap and
//! stay in the process's memory after they are freed. Fixing the threshold at glibc's own default
//! (128 KiB) gives every large buffer back to the system when it is freed: measured on a sitting on the
//! large session, the peak fell by 3 MB (BENCHMARKS.md, memory). Other systems' allocators are left
//! as they are.

/// Keeps large buffers in their own mappings for the whole run (glibc on Linux; nothing elsewhere).
pub fn return_large_buffers() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: `mallopt` only sets an allocator parameter; it is called before any other thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}
