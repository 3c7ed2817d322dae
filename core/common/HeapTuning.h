#pragma once

#include <cstddef>

namespace Kestrel::HeapTuning {

// Freed memory the C library keeps at the top of each heap for the next allocations, rather than giving
// it back to the system at once. See HeapTuning.cpp for why, and what it was measured to save.
inline constexpr std::size_t KeptFreeBytes = std::size_t(32) * 1024 * 1024;

// Called first thing in main() of both programs, before other threads exist. Returns false where the C
// library offers no such setting (only glibc's allocator gives its heap top back this eagerly).
bool apply();

} // namespace Kestrel::HeapTuning
