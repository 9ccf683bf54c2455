#pragma once

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace claimline {

// Runs body(i) for i in [0, count) on up to `threads` threads (0: one per core), handing
// out indexes one at a time so that uneven work (one huge file) does not stall the rest.
// `body` must be safe to call concurrently for different indexes; it returns false to stop.
inline void parallelFor(qsizetype count, int threads, const std::function<bool(qsizetype)> &body)
{
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads = int(std::min<qsizetype>(threads, count));
    std::atomic<qsizetype> next{0};
    std::atomic<bool> stop{false};
    auto worker = [&] {
        for (qsizetype i = next++; i < count && !stop; i = next++)
            if (!body(i))
                stop = true;
    };
    if (threads <= 1) {
        worker();
        return;
    }
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &th : pool)
        th.join();
}

} // namespace claimline
